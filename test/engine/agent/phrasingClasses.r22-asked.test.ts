import * as assert from 'node:assert/strict';
import { unsureOf } from '../../../src/engine/agent/doubts';
import { sure, understood } from './phrasingTable';

/**
 * Round 22's right readings the reply asked about first (doubts.ts): each class a figure said that the reading rightly
 * does not carry, in new wordings of it (against a draft of 3 moments and 1 text), read as exactly these operations
 * with no doubt; and the look-alikes where the figure may be the one meant, which must still be asked about.
 */

/** Phrases read as something the user may not have meant: the reply asks before the draft changes. */
const asked = (phrases: string[]) => it(`asks first: ${phrases.join(' | ')}`, () => {
  for (const phrase of phrases) assert.notEqual(unsureOf(phrase, understood(phrase)), undefined, phrase);
});

describe('edit agent: round 22, figures a right reading does not carry → no asking first', () => {
  describe('the length a moment or the clip has now, said before the one it should have (时长11秒, "why is it 2 minutes long")', () => {
    sure([
      ['第二段现在10秒，缩短到6秒', [{ op: 'trim_moment', index: 2, to_ms: 6000 }]],
      ['第三段时长12秒，改成5秒', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
      ['clip 2 is 9 seconds, make it 4 seconds', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
      ['why is it 90 seconds long? make it 45 seconds', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['怎么才20秒？重新剪一个一分钟的', [{ op: 'compile_best_moments', target_ms: 60000 }]],
    ]);
    // A moment's length beside a trim to more than it has, or beside an edit of another moment: the trim may be misread.
    asked(['第一段时长8秒，整体剪到30秒', 'clip 1 is 5 seconds, make it 8 seconds', 'clip 2 is 9 seconds, make clip 3 4 seconds']);
  });

  describe('the user\'s own deadline ("we present in 10 min", 还有十分钟就开会) is no length of the clip', () => {
    sure([
      ['we go live in 15 minutes, make a 30 second clip', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ["I'm presenting in 20 mins, cut it to 40 seconds", [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['they pitch in 5 minutes, export an mp4', [{ op: 'export', format: 'mp4' }]],
      ['还有十分钟就开会，剪个30秒的', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['我们20分钟后上台，快剪个一分钟的', [{ op: 'compile_best_moments', target_ms: 60000 }]],
    ]);
    // A length said before what the clip is for, with no "later" (两分钟汇报用), is the clip's.
    sure([
      ['做个两分钟演示用的', [{ op: 'compile_best_moments', target_ms: 120000 }]],
      ['剪个三分钟汇报用', [{ op: 'compile_best_moments', target_ms: 180000 }]],
    ]);
    // A time said with no event of the user's: it may be the clip's.
    asked(['we need 10 minutes, make a 30 second clip']);
  });

  describe('a figure typed for a word ("vertical 4 tiktok", 删了8, 666, 2333) carries no value', () => {
    sure([
      ['square 4 insta', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['landscape 4 youtube', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['字幕删了8', [{ op: 'remove_text' }]],
      ['加个背景音乐，666', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['剪个30秒的，2333', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    // "4" before a thing counted is a count, not "for".
    asked(['vertical 4 clips']);
  });

  describe('a step, slide or question named by its number ("Step 3 happens at 0:22") is no value', () => {
    sure([
      ['slide 4 shows the chart at 0:35, zoom there for 3s', [{ op: 'zoom_at', start_ms: 35000, duration_ms: 3000 }]],
      ['Step 2 is at 1:10, zoom in there for 4 seconds', [{ op: 'zoom_at', start_ms: 70000, duration_ms: 4000 }]],
    ]);
    // A moment named by its number is a part of the draft the zoom does not carry; "step 4 seconds" is a length.
    asked(['clip 3 happens at 0:22, zoom there for 5s', 'step 4 seconds later, zoom in']);
  });

  describe('a figure in a unit the editor has not, said again in one it has ("4 bars, call it 2 seconds")', () => {
    sure([
      ['fade out the music over 8 beats, call it 3 seconds', [{ op: 'fade', target: 'music', out_ms: 3000 }]],
      ['crossfade 2 beats, i.e. half a second', [{ op: 'crossfade', ms: 500 }]],
    ]);
    // Said in that unit alone, the reading's default is no reading of it.
    asked(['fade the music in over 4 bars', 'crossfade 2 beats']);
  });

  describe('a length said roughly, then exactly (一分钟出头…就六十五秒, "about 30 seconds, no, 32"): the rough one was the exact one', () => {
    sure([
      ['剪个两分钟左右的，就130秒吧', [{ op: 'compile_best_moments', target_ms: 130000 }]],
      ['做个大概40秒的，就42秒', [{ op: 'compile_best_moments', target_ms: 42000 }]],
      ['剪个一分钟出头的，70秒', [{ op: 'compile_best_moments', target_ms: 70000 }]],
      ['cut it to about 30 seconds, no, 32 seconds', [{ op: 'compile_best_moments', target_ms: 32000 }]],
    ]);
    // Far from the length read, the rough length may be another one meant.
    asked(['about 40 seconds, make it 30 seconds', '大概一分钟，剪个30秒的']);
  });

  describe('"nah" before the request meant (… nah just …, … nah 就…) takes back what came before', () => {
    sure([
      ['clip 2 and 3... nah just remove clip 2', [{ op: 'remove_moment', index: 2 }]],
      ['clip 1 and clip 2... nah just move clip 1 to the end', [{ op: 'move_moment', index: 1, to: 3 }]],
    ]);
  });
});
