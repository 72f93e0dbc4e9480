import * as assert from 'node:assert/strict';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../../src/protocol';
import { ops, table, nothing } from './phrasingTable';

/**
 * Wrong edits the grammar made (session 10), each standing for a class: the right edit, or nothing when it cannot be
 * read without guessing (against a draft of 3 moments and 1 text).
 */

const vertical: EditOp = { op: 'set_aspect', aspect: '9:16' };

describe('edit agent: wrong edits → the right edit or nothing', () => {
  describe('a vertical-only platform named as where the clip goes is 9:16 beside any edit; one with several shapes gives its usual one only to a resize asked for it alone', () => {
    table([
      ['export it for reels', [vertical, { op: 'export', format: 'mp4' }]],
      ['add some lofi music, this goes on tiktok', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, vertical]],
      ['导出一个mp4发抖音', [vertical, { op: 'export', format: 'mp4' }]],
      ['cut it to 40 seconds for youtube', [{ op: 'compile_best_moments', target_ms: 40_000 }]],
      ['剪成50秒发视频号', [{ op: 'compile_best_moments', target_ms: 50_000 }]],
      ['vertical for linkedin', [vertical]],
      ['make this one for youtube', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['弄成小红书的', [vertical]],
      ['for bilibili please', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['linkedin size', [{ op: 'set_aspect', aspect: '1:1' }]],
      ["add music, it's for youtube", [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
    nothing([
      'upload it to tiktok for me', 'what length is best for tiktok?', 'not for tiktok', '来个B站版本', 'what size is best for linkedin?',
      'my sister saw this on tiktok', '这个是在抖音刷到的', '不发抖音了，发B站',
    ]);
    it('a platform where something was heard is not where the clip goes', () => {
      assert.ok(!ops('add the song I heard on tiktok').some((op) => op.op === 'set_aspect'));
    });
  });

  describe('a request, then after a comma a statement about another part (its reason): the request alone', () => {
    table([
      ['remove clip 2, the intro is boring', [{ op: 'remove_moment', index: 2 }]],
      ['delete clip 3, the outro drags', [{ op: 'remove_moment', index: 3 }]],
      ['remove clip 1, the background looks bad', [{ op: 'remove_moment', index: 1 }]],
      ['take out the second clip, the intro is too slow anyway', [{ op: 'remove_moment', index: 2 }]],
      // The same after "because", a dash, a bracket or a full stop; a reason that makes the request read as nothing too.
      ['delete clip 3 because the outro drags', [{ op: 'remove_moment', index: 3 }]],
      ['remove clip 1 (the intro is boring)', [{ op: 'remove_moment', index: 1 }]],
      ['cut clip 2 - the intro is boring', [{ op: 'remove_moment', index: 2 }]],
      ['drop clip 3, the zoom there is awful', [{ op: 'remove_moment', index: 3 }]],
      ['把第二段删了因为片头太无聊', [{ op: 'remove_moment', index: 2 }]],
      ['第三段加速因为背景太丑了', [{ op: 'set_speed', factor: 1.5, index: 3 }]],
    ]);
    // A statement that asks a change itself is still read ("the music is too loud" asks it quieter).
    table([['cut the second clip, the music is too loud there', [{ op: 'remove_moment', index: 2 }, { op: 'set_music_volume', change: 'quieter' }]]]);
  });

  describe('a complaint about a text, where it is named by its place, asks no change', () => {
    nothing(['the text in the middle is wrong', 'the title at the top is wrong', 'the caption at the bottom looks off', 'is the text in the middle wrong?', '中间的字幕不对']);
    table([['move the text in the middle to the top', [{ op: 'edit_text', position: 'top' }]]]);
    // The same of any part: a judgement with no change in it names the part (by a time, a place or the noun) and asks nothing.
    nothing(['the zoom at 0:12 is wrong', '转场怪怪的', '背景不好看', 'the vertical version looks bad', '背景太花了', '转场有点生硬']);
    nothing(['the background in the vertical version is weird', 'the zoom on the settings page is too much', 'the fade at the very end is too long']);
    table([['音乐太吵', [{ op: 'set_music_volume', change: 'quieter' }]]]);
    table([['删掉第三段，背景不好看', [{ op: 'remove_moment', index: 3 }]], ['背景去掉吧 难看', [{ op: 'remove_background' }]]]);
  });

  describe('the audio track is the recording\'s own sound, not the music', () => {
    table([
      ['strip the audio track', [{ op: 'set_source_volume', volume: 0 }]],
      ['remove the audio track', [{ op: 'set_source_volume', volume: 0 }]],
      ['get rid of the audio track', [{ op: 'set_source_volume', volume: 0 }]],
      ['strip the music track', [{ op: 'remove_music' }]],
      ['remove the voice track', [{ op: 'set_source_volume', volume: 0 }]],
      ['remove the original track please', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
    nothing(['does it keep the audio track?', "don't remove the audio track"]);
  });

  describe('a part named as not to be cut is what the draft already has: nothing', () => {
    nothing(['0:05到0:08别剪', '第二段别剪', '0:10到0:20不要剪', '开头那段别剪了', '前20秒全部保留', "don't cut anything from clip 3"]);
    table([['别剪了', [{ op: 'keep_everything' }]], ['不要剪', [{ op: 'keep_everything' }]]]);
    // A cut refused with words between the "no" and the verb.
    nothing(['do not under any circumstances remove clip 2', "I really don't want you to cut the second clip", 'never ever delete clip 3', '千万别把最后那一段给删了']);
    table([["don't forget to remove clip 2", [{ op: 'remove_moment', index: 2 }]]]);
    // The same of any edit refused from farther away.
    nothing(["I don't think we should add music", "I wouldn't add a background"]);
  });

  describe('"not X, Y": the moment corrected before the request is Y', () => {
    table([
      ['not the first clip, the second one, speed it up', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['not clip 1, clip 3, slow it down', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
      ['不是第一段，是第二段，加速', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
    ]);
    nothing(['not the first clip, speed it up', '第三段，不是第一段，加速']);
    // "Y, not X" too, and with a remove verb: the one refused is never changed.
    table([
      ['the second one, not the first, speed it up', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['clip 3 not clip 1, remove it', [{ op: 'remove_moment', index: 3 }]],
      ['是第二段不是第一段，删掉', [{ op: 'remove_moment', index: 2 }]],
      ['wait not clip 1, clip 2. remove it', [{ op: 'remove_moment', index: 2 }]],
    ]);
  });

  describe('the words a text already says, quoted in a statement, then "leave it": nothing', () => {
    nothing(["the text says 'export', leave it", 'the title says "Welcome", that\'s fine', '标题写的是「导出」，不用改', "the caption reads 'Step 1', keep it"]);
    nothing(["the title says 'Helo', fix the typo", '片尾写的是「谢谢」，别动', "the card says 'Thanks', leave it"]);
    // Words kept, or said to be wrong with no right ones given: nothing added or changed.
    nothing(["keep the title 'Intro'", "leave the caption as 'Step 1'", '标题「开场」不用改', "the text 'export' is misspelled", "I like the title 'Intro'"]);
    table([['把标题「开场」改成「欢迎」', [{ op: 'edit_text', text: '欢迎' }]]]);
    table([["add a text that says 'export'", [{ op: 'add_text', text: 'export', style: 'title' }]]]);
  });

  describe('"too long" said of a part with no number: no clip length', () => {
    nothing(['the opener is too long', 'the intro is way too long', 'the ending drags on too long', '开头太长了']);
    table([['the video is too long', [{ op: 'compile_best_moments', target_ms: 60_000 }]]]);
    // A length after it is that part's, not the whole clip's (unless the clip is named).
    nothing(['the ending is too long, cut it to 3 seconds', '结尾太长了，剪到3秒', '片头太长了，改成1秒']);
    table([
      ['the intro is too long, make the video 30 seconds', [{ op: 'compile_best_moments', target_ms: 30_000 }]],
      ['最后一段太长了，剪到3秒', [{ op: 'trim_moment', index: 3, to_ms: 3000 }]],
    ]);
  });

  describe('a speed direction said alone, then the figure for a moment: one speed, the moment\'s', () => {
    table([
      ['速度快一点，第二段1.5倍', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['速度慢一点，第一段0.5倍', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
      ['faster please, clip 3 at 2x', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['放慢一点，第三段0.5倍', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['加快，最后一段3倍', [{ op: 'set_speed', factor: 3, index: 3 }]],
    ]);
    table([['速度快一点', [{ op: 'set_speed', factor: 1.5 }]], ['放慢一点', [{ op: 'set_speed', factor: 0.75 }]]]);
  });

  describe('"music at 20%": music added at that level to a draft without music, the level of the music a draft has', () => {
    const withMusic = (music: boolean) => (phrase: string) => parseInstruction(phrase, { moments: 3, texts: 1, music }).ops;
    it('adds the music where there is none', () => {
      for (const phrase of ['music at 20%', 'lofi @ 20%', 'bgm at 20 percent please']) {
        assert.deepEqual(withMusic(false)(phrase), [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }], phrase);
      }
    });
    it('sets the level of the music there is, and a level changed is always a level', () => {
      assert.deepEqual(withMusic(true)('music at 20%'), [{ op: 'set_music_volume', volume: 0.2 }]);
      for (const phrase of ['music volume at 20%', 'turn the music down to 20%', 'the music should be at 20%']) {
        assert.deepEqual(withMusic(false)(phrase), [{ op: 'set_music_volume', volume: 0.2 }], phrase);
      }
    });
  });

  describe('a speed of a moment named by what it shows is not the whole video\'s (the moment is not guessed at)', () => {
    nothing(['speed the intro clip to 2x', 'make the login clip faster', 'slow down the checkout clip', 'rate stretch the intro clip to 200%']);
    table([
      ['speed the whole clip up 2x', [{ op: 'set_speed', factor: 2 }]],
      ['speed the last clip to 2x', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['slow down the middle clip', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
    ]);
  });

  describe('two formats joined under one export (导出mp4和gif) are two files; a format said alone after an export is that export\'s', () => {
    table([
      ['导出webm和mov', [{ op: 'export', format: 'webm' }, { op: 'export', format: 'mov' }]],
      ['导出gif跟mp4', [{ op: 'export', format: 'gif' }, { op: 'export', format: 'mp4' }]],
      ['导出1080p，webm格式', [{ op: 'export', format: 'webm', resolution: '1080p' }]],
      ['导出mov，导出mov', [{ op: 'export', format: 'mov' }]],
    ]);
  });

  describe('a part named by how it was taken away, asked back (刚才删掉的音乐恢复回来), is no removal: nothing is read', () => {
    nothing(['刚才撤掉的音乐恢复回来', '删掉的第二段恢复回来', '把删掉的标题加回来', '被删掉的第二段还原', '拿掉的片尾放回去吧，要回来']);
    table([
      ['删掉第二段', [{ op: 'remove_moment', index: 2 }]],
      ['把背景音乐删掉，回来再说', [{ op: 'remove_music' }]],
    ]);
  });

  describe('a zoom kept as it is ("don\'t zoom in any more") asks nothing: not zoom off, nor more', () => {
    nothing(['the zoom is fine, don\'t zoom in more', 'don\'t zoom in any further', 'do not zoom in closer']);
    table([
      ['don\'t zoom', [{ op: 'set_zoom', mode: 'off' }]],
      ['don\'t zoom in so much', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoom in more', [{ op: 'set_zoom', mode: 'more' }]],
    ]);
  });
});
