import * as assert from 'node:assert/strict';
import { nothing, table, understood } from './phrasingTable';

/**
 * Round 23's asides by their shape (no bench lines): beside a clause read as a request, a clause said as what is, a
 * question about what is, a greeting or a cry is the request's aside, in new wordings of each (against a draft of 3
 * moments and 1 text); a clause shaped as a request, a wish, or one naming a part the request does not change stays
 * named as not understood.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

/** Phrases whose reply must still name the clause it could not read. */
const named = (cases: [string, string][]) => {
  for (const [phrase, left] of cases) it(`names "${left}" in "${phrase}"`, () => assert.ok(understood(phrase).unknown.includes(left), JSON.stringify(understood(phrase))));
};

describe('edit agent: round 23 asides by their shape → exact operations, the aside not named', () => {
  describe('a question about what is (no "can you", no "why not"), beside a request, asks nothing', () => {
    table([
      ['is it legal? crop the sides instead of blurring', [{ op: 'set_fill', fill: 'crop' }]],
      ['was it always this long? cut it to 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['does the intro even matter? remove the first clip', [{ op: 'remove_moment', index: 1 }]],
      ['are the sides black now? fill the sides with blur', [{ op: 'set_fill', fill: 'blur' }]],
      ['is this thing on? add the default music', [MUSIC]],
      ['does it matter? export as mp4', [{ op: 'export', format: 'mp4' }]],
    ]);
    named([
      ['why not add music? export it', 'why not add music'],
      ['do you have other music? export it', 'do you have other music'],
    ]);
    nothing(['is it free?', 'why is the video standing?', 'does it matter?']);
  });

  describe('a statement (a subject, then a verb that is no wish), one or several, beside a request is why', () => {
    table([
      ['letterbox it. blur is tacky', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['blur is ugly, use black bars', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['remove the second clip; it is a repeat, and repeats are boring', [{ op: 'remove_moment', index: 2 }]],
      ["delete the third clip; it's boring and nobody watches it", [{ op: 'remove_moment', index: 3 }]],
      ['undo it, I change my mind', [{ op: 'undo' }]],
      ['go back one step, we change plan', [{ op: 'undo' }]],
    ]);
    // A request, a wish or a modal said with the statement, or a part of the draft the request does not change: named.
    named([
      ['tak it oot, I hate it', 'tak it oot'],
      ['remove clip 2, I forgot to add music', 'I forgot to add music'],
      ['go back one step, I wanna try the blur', 'I wanna try the blur'],
      ['long day, eyes are sore, export it as mp4', 'long day, eyes are sore'],
    ]);
    nothing(['blur is for cowards', 'I made mistake', 'it is redundant, and redundancy is the enemy']);
  });

  describe('a greeting, then a statement of who set things up, beside a request asks nothing', () => {
    table([
      ['Hello there, my nephew set this app up. Make it 45 seconds please.', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['good evening, my son put this on my laptop. export it as mp4', [{ op: 'export', format: 'mp4' }]],
      ['hi all, my daughter made this account. add the default music', [MUSIC]],
      ['hey, my boss got me this. make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    // A cry shouted alone that may be a request said with a particle ("heads up", "game on") stays named.
    named([['HEADS UP. mute the clip audio', 'HEADS UP']]);
    nothing(['hello there, my nephew set this app up']);
  });

  describe('in Chinese, a statement of what something is like, or that there is none of it, beside a request is why (an edit verb inside it names what it is about)', () => {
    table([
      ['原声关掉，现场没啥有用的动静', [{ op: 'set_source_volume', volume: 0 }]],
      ['第二段两倍速，剪线头很慢的', [{ op: 'set_speed', factor: 2, index: 2 }]],
      ['整体两倍速，切菜那段很慢的', [{ op: 'set_speed', factor: 2 }]],
      ['删掉第三段，挑的那段很糊', [{ op: 'remove_moment', index: 3 }]],
    ]);
    // A wish (可以, 要) or a part the request does not change (the title, beside a speed) stays named.
    named([
      ['整体两倍速，标题很丑', '标题很丑'],
      ['删掉第二段，标题要大一点', '标题要大一点'],
    ]);
    nothing(['挑毛很慢的', '现场没啥有用的声音', '我搞错了']);
  });

  describe('a clause of marks only (emoji, question marks) names no words', () => {
    table([
      ['Could you add the default music?? 🎶✨', [MUSIC]],
      ['can you make it vertical please?? 🙏🙏', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['remove clip 2 ?? 😬', [{ op: 'remove_moment', index: 2 }]],
    ]);
    nothing(['?? 🙉']);
  });
});
