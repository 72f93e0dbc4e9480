import * as assert from 'node:assert/strict';
import { unsureOf } from '../../../src/engine/agent/doubts';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import { nothing, table } from './phrasingTable';

/**
 * Round 20's English misreadings (held-out 20's wrong and asked lines, no bench lines): each a class, read in new wordings
 * of it (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

/** Read as these operations and sure of them: nothing asked first. */
const sure = (phrases: string[]) => it(`asks nothing first: ${phrases.join(' | ')}`, () => {
  for (const phrase of phrases) assert.equal(unsureOf(phrase, parseInstruction(phrase, { moments: 3, texts: 1, music: false })), undefined, phrase);
});

describe('edit agent: round 20 English classes → exact operations or nothing', () => {
  describe('the length a moment is left at ("leave it at 7 seconds") is the length it keeps, no amount taken off', () => {
    table([
      ['the third clip drags, leave it at 4 seconds', [{ op: 'trim_moment', index: 3, to_ms: 4000 }]],
      ['clip 1 is too long, have it at 6 seconds', [{ op: 'trim_moment', index: 1, to_ms: 6000 }]],
      ['leave clip 2 at 5 seconds', [{ op: 'trim_moment', index: 2, to_ms: 5000 }]],
      ['第二段太长了，留四秒就行', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
    ]);
    nothing(['leave it at that', 'the second clip is too long, leave it']);
  });

  describe('bars said against the blur ("with bars not blur", 要黑边不要模糊) are the fill chosen', () => {
    table([
      ['vertical please, with bars not blur', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['make it square with bars instead of blur', [{ op: 'set_aspect', aspect: '1:1', fill: 'letterbox' }]],
      ['竖屏，加黑边不要模糊', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['竖屏，模糊不要黑边', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]],
      // Refused alone, the bars are no fill.
      ['竖屏，黑边不要了', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['are bars better than blur?']);
  });

  describe('a part judged to look bad ("looks unprofessional", "cheesy") asks nothing; the wish said after it is read', () => {
    table([
      ['the blurred sides look amateurish; use black bars instead', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['the black bars look cheesy. go with blur', [{ op: 'set_fill', fill: 'blur' }]],
    ]);
    nothing(['the blurred background looks unprofessional', 'the title looks amateurish', 'the black bars look clunky']);
  });

  describe('figures of no edit (the user\'s own time, a name of a figure and a letter, when a file is wanted) are not asked about', () => {
    table([
      ['we have 20 minutes until the meeting. 45 second clip', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['remove clip 2, it was for the 4-H fair', [{ op: 'remove_moment', index: 2 }]],
      ['render it in 5 minutes as a webm', [{ op: 'export', format: 'webm' }]],
    ]);
    sure(['we have 20 minutes until the meeting. 45 second clip', 'remove clip 2, it was for the 4-H fair', 'render it in 5 minutes as a webm']);
  });

  describe('footage had ("got 20 minutes of footage") and the draft\'s length said as it is ("this cut is 4 minutes") are no clip length', () => {
    table([
      ['got 20 minutes of raw footage, make a 40 second teaser', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['this cut is 4 minutes, bring it to a minute', [{ op: 'compile_best_moments', target_ms: 60000 }]],
    ]);
    sure(['got 20 minutes of raw footage, make a 40 second teaser', 'this cut is 4 minutes, bring it to a minute']);
    nothing(['the clip is 4 minutes']);
  });

  describe('stretches where nobody plays or works are idle ones, and "times three" is a factor', () => {
    table([
      ['fast forward the bits where nobody is working, times 5', [{ op: 'speed_up_idle', factor: 5 }]],
      ['speed up where no one is playing', [{ op: 'speed_up_idle', factor: 4 }]],
      ['speed up the idle parts times two', [{ op: 'speed_up_idle', factor: 2 }]],
    ]);
    nothing(["don't speed up where nobody's playing"]);
  });

  describe('"a second" joined by a hyphen to another word ("a second-hand camera") is no length; "a minute-long" is', () => {
    table([
      ['a minute-long clip', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['need a second-rate parade clip, a minute and ten seconds', [{ op: 'compile_best_moments', target_ms: 70000 }]],
    ]);
  });

  describe('the whole video said beside a pace complained of ("…slow to watch, all of it") is the whole video\'s speed', () => {
    table([
      ['the stirring is slow to watch, make the video twice as fast, all of it', [{ op: 'set_speed', factor: 2 }]],
      ['the intro is boring, speed the whole thing up 1.5x', [{ op: 'set_speed', factor: 1.5 }]],
      ['中间的视频太慢了，整个视频都加速1.5倍', [{ op: 'set_speed', factor: 1.5 }]],
      // Stretches named, or everything kept, are still the idle ones.
      ['speed up the boring parts of the whole thing 3x', [{ op: 'speed_up_idle', factor: 3 }]],
      ['keep everything but make it faster', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
  });

  describe('a name said last ("…, bro", "…, boss", "…, butt") asks nothing', () => {
    table([
      ['export it as a gif, bro', [{ op: 'export', format: 'gif' }]],
      ['make it 30 seconds, boss', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['export it now. gif format please, bro', [{ op: 'export', format: 'gif' }]],
    ]);
  });

  describe('an ellipsis before "actually" and a verb ends the request before it', () => {
    table([
      ["add intro 'Hola' and outro 'Adios' cards... actually drop the outro one", [
        { op: 'add_card', card: 'intro', text: 'Hola', duration_ms: 2000 }, { op: 'add_card', card: 'outro', text: 'Adios', duration_ms: 2000 },
        { op: 'remove_card', card: 'outro' }]],
      ['add music... actually drop it', [MUSIC, { op: 'remove_music' }]],
      // An ellipsis in what is said, no correction.
      ['breathe in... fade in 3 seconds', [{ op: 'fade', target: 'clip', in_ms: 3000 }]],
    ]);
  });

  describe('a fade put at the start and at the end is one fade at both ends', () => {
    table([
      ['put a fade at the beginning and at the end', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['add a 3 second fade at the start and at the end', [{ op: 'fade', target: 'clip', in_ms: 3000, out_ms: 3000 }]],
      ['开头和结尾都加个淡化', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
    ]);
  });

  describe('a zoom "on it" after a clause that names a point is a zoom there', () => {
    table([
      ['the price tag is at 0:21, zoom in on it', [{ op: 'zoom_at', start_ms: 21000, duration_ms: 3000 }]],
      ['the error pops up at 1:05, close-up on it', [{ op: 'zoom_at', start_ms: 65000, duration_ms: 3000 }]],
      ['报错在1:05，那里放大一下', [{ op: 'zoom_at', start_ms: 65000, duration_ms: 3000 }]],
    ]);
  });

  describe('what was just added, taken straight back off ("…, my mum hates it"), is removed again', () => {
    table([
      ['add music, then take it right off again', [MUSIC, { op: 'remove_music' }]],
      ['put a background on, then pull it off', [{ op: 'set_background', background: 'aurora' }, { op: 'remove_background' }]],
      ['add music then remove it, my mum hates it', [MUSIC, { op: 'remove_music' }]],
    ]);
    nothing(['take it off', 'take it off, my boss hates it']);
  });

  describe('a sound named by what makes it ("the table chatter", "the crowd cheering") is the recording\'s own', () => {
    table([
      ['kill the crowd cheering', [{ op: 'set_source_volume', volume: 0 }]],
      ['turn the kitchen chatter down to 20%', [{ op: 'set_source_volume', volume: 0.2 }]],
    ]);
  });

  describe('"no music?" asked before music is asked for is a question, no removal', () => {
    table([
      ["no title? then add one saying 'Hello'", [{ op: 'add_text', text: 'Hello', style: 'title' }]],
      ['what, no music? add music then', [MUSIC]],
      ['no music? put some music in', [MUSIC]],
    ]);
    nothing(['no music?', 'no title?']);
  });
});
