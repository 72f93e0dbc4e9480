import * as assert from 'node:assert/strict';
import { notSure, nothing, sure, understood } from './phrasingTable';

/**
 * Round 49's look-alikes, read as before the round's rules: the music said first then "remove" only where the verb ends
 * the clause ("music remove the fade out" takes the fade off); a level then a part split in two only where the second
 * part's level is said too (not "音乐降低人声说话的时候"); music noisy enough to drown the voice made quieter (only a
 * place's noise asks it louder); 汇 + a count an export only before a file's kind (not "汇个款"); capitalised words after
 * "put a title" its words, not how it comes in; a moment named as what a zoom is to show left unread beside the zoom.
 */
describe('edit agent: round 49 fixb49 classes', () => {
  describe('the music said first, then remove or delete ending the clause', () => {
    sure([
      ['music delete', [{ op: 'remove_music' }]],
      ['the soundtrack remove, too loud', [{ op: 'remove_music' }]],
      ['bgm remove the fade out please', [{ op: 'fade', target: 'music', out_ms: 0 }]],
      ['music remove the caption', [{ op: 'remove_text' }]],
    ]);
    notSure(['the background music remove the reverb']);
  });

  describe('a level then a part, split only where the second part has a level too', () => {
    sure([
      ['配乐降低原声调高', [{ op: 'set_music_volume', change: 'quieter' }, { op: 'set_source_volume', change: 'louder' }]],
      ['音乐降低我讲话的时候', [{ op: 'set_ducking', duck: true }]],
    ]);
  });

  describe('music noisy enough to drown the voice is made quieter; a noisy place asks it louder', () => {
    sure([
      ['背景音乐吵得我说话都听不清', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['店里太吵听不见，音乐大声点', [{ op: 'set_music_volume', change: 'louder' }]],
    ]);
  });

  describe('汇 and a count an export only before the kind of file', () => {
    sure([['再汇一个动图', [{ op: 'export', format: 'gif' }]]]);
    notSure(['汇个钱过去', '帮我汇一份报告', '把照片汇一个相册']);
  });

  describe('capitalised words after "put a title" are its words; a lower-case how-word alone is not', () => {
    sure([['add the title Gently Used Books on the bottom', [{ op: 'add_text', text: 'Gently Used Books', style: 'title', position: 'bottom' }]]]);
    nothing(['add a title gently in the centre']);
  });

  describe('a moment named as what a zoom shows is left unread beside the zoom', () => {
    it('"放大，给人看清楚第一段的细节"', () => {
      const parsed = understood('放大，给人看清楚第一段的细节');
      assert.deepEqual(parsed.ops, [{ op: 'set_zoom', mode: 'auto' }]);
      assert.deepEqual(parsed.unknown, ['给人看清楚第一段的细节']);
    });
  });
});
