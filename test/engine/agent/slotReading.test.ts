import * as assert from 'node:assert/strict';
import { nothing, table, understood } from './phrasingTable';

/**
 * A clause no form of the grammar read is read by the one part of the draft it names and the one thing it asks of
 * it, whatever words stand around them; two parts, two asks, a "no", a "but" or a question leave it unread.
 */
describe('edit agent: a clause nothing else read, read by the one part it names and the one thing it asks', () => {
  describe('a moment named by its place, in everyday nouns, and a remove verb or a new place', () => {
    table([
      ['yo that last piece, bin it', [{ op: 'remove_moment', index: 3 }]],
      ['that first chunk is me fixing the tripod, chuck it', [{ op: 'remove_moment', index: 1 }]],
      ['第二段那个我摔倒的画面，不要了', [{ op: 'remove_moment', index: 2 }]],
      ['the second part needs to come first', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['the last bit should go first', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['最后那段我想让它跑到最前面去', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第一段挪到最后面去吧', [{ op: 'move_moment', index: 1, to: 3 }]],
    ]);
  });

  describe('the music or the recording\'s sound, and a level or a loudness said as a state', () => {
    table([
      ["the music's kinda loud tbh", [{ op: 'set_music_volume', change: 'quieter' }]],
      ['the song is way too loud lol', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['soundtrack — bring it doon a bit', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['背景乐有点吵耳朵', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['配乐太响了吧，压一压', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['original audio, about 60% please', [{ op: 'set_source_volume', volume: 0.6 }]],
    ]);
  });

  describe('a text and its place or removal; the transitions and their length', () => {
    table([
      ['captions — lose em', [{ op: 'remove_text' }]],
      ['the heading should sit at the bottom', [{ op: 'edit_text', position: 'bottom' }]],
      ['the title, shove it up top', [{ op: 'edit_text', position: 'top' }]],
      ['the transitions feel sluggish, crossfade 0.25 seconds between clips', [{ op: 'crossfade', ms: 250 }]],
    ]);
  });

  describe('a part named in one clause and what is asked of it in the next', () => {
    table([['that soundtrack tho, turn it doon a wee bit', [{ op: 'set_music_volume', change: 'quieter' }]]]);
  });

  describe('two parts, two asks, a "no", a "but", a question, noise or "both" leave it unread', () => {
    nothing([
      'can it remove the background noise?',
      'did you remove the second clip?',
      'why is the music so loud',
      'the second clip is my favourite',
      "don't touch the music, it's perfect",
      'the crowd in the background is loud',
      '为什么音乐这么吵',
      'the first one was better',
      'the second part, could it come first?',
      'take out the hum but keep my voice',
      'the second clip or the music, lose one of em',
      'the music is loud, the title is tiny',
    ]);
    it('names what it left unread', () => assert.deepEqual(understood('the second clip is my favourite').unknown, ['the second clip is my favourite']));
  });
});
