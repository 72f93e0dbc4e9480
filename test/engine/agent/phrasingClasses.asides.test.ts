import { table, nothing } from './phrasingTable';

/**
 * A request with an aside around it (who or what it is for, someone's wish, a courtesy, a judgement of the draft as
 * it is): read as the request alone; an "aside" that names a part of the draft, a length or a refusal stays read.
 */

describe('edit agent: an aside around a request asks for nothing', () => {
  describe('an aside after or before the request, in brackets or after a comma, is read away', () => {
    table([
      ['the investors are fussy, make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['make the clip 20 seconds, my manager asked for it', [{ op: 'compile_best_moments', target_ms: 20000 }]],
      ['turn it vertical (this is for our careers page)', [{ op: 'set_aspect', aspect: '9:16' }]],
      ["remove the second clip, if it's not too much trouble", [{ op: 'remove_moment', index: 2 }]],
      ['add music, the current one looks amateur', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['删掉第三段（给实习生看的）', [{ op: 'remove_moment', index: 3 }]],
      ['改成横屏，如果方便的话', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['因为老板不喜欢，把音乐去掉', [{ op: 'remove_music' }]],
      ['竖屏，现在这个太难看了', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
  });

  describe('a cry of surprise before the request ("what??") is read away', () => {
    table([
      ['huh? make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ["what?? that's not what I meant, undo", [{ op: 'undo' }]],
      ['啥？？撤销', [{ op: 'undo' }]],
    ]);
    nothing(['what?', 'huh?', 'what is this?']);
  });

  describe('look-alikes: a complaint, a length or a refusal beside the request is no aside', () => {
    table([
      ['make it vertical, the music is too loud', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'set_music_volume', change: 'quieter' }]],
      ["make it square, it's too long", [{ op: 'set_aspect', aspect: '1:1' }, { op: 'compile_best_moments', target_ms: 60000 }]],
      ['make it square, but no music', [{ op: 'set_aspect', aspect: '1:1' }, { op: 'remove_music' }]],
    ]);
    nothing(['the investors are fussy', '如果可以的话', '因为领导不喜欢', 'is this for the onboarding page?',
      "the investors are fussy, don't make it square", '删掉第三段（给实习生看的）吗？']);
  });
});
