import { table, nothing } from './phrasingTable';

/**
 * Round 21, one moment of the draft (removed, moved, trimmed, its range in the footage, its speed; moments named by what
 * happens in them beside their number): each class read in new wordings of it (against a draft of 3 moments and 1 text),
 * and the look-alikes that must change nothing.
 */

describe('edit agent: round 21 moments → exact operations or nothing', () => {
  describe('an amount taken off said after the verb and its particle ("take away 4 seconds", "short it 2 seconds") shortens the moment named', () => {
    table([
      ['clip 2 is too long, take away 3 seconds', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['the third clip runs long, knock off 2 seconds', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['take away 3 seconds from clip 1', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
      ['knock off 2 seconds from the third clip', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['clip 3: take off about 2 secs', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['the second clip, take away 4 seconds', [{ op: 'trim_moment', index: 2, by_ms: 4000 }]],
      ['the third clip, short it by 2 seconds', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['clip 2, shorten it 3 seconds', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['第二段太长了，减掉3秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
    ]);
    // From its start, or nothing measured: not guessed at (nor a moment's trim).
    nothing(['take off 5 seconds of the start of clip 2', 'the second clip is short, it 2 seconds']);
  });

  describe('a moment described, then named by its place alone after a comma ("the part where I cut the fabric, the first, …"), is that place', () => {
    table([
      ['the dancer part, the third, make it 5 seconds', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
      ['the bit where the dog sneezes, the last one, delete it', [{ op: 'remove_moment', index: 3 }]],
      ['the part with the cake, the second, slow it down', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
      ['the opening shot, clip 1, slow it down to half speed', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
      // The description's own verbs ask nothing ("cut" is no removal).
      ['the part where I cut the onions, the first clip, make it 3 seconds shorter', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
      ['the bit where we cut the cake, second one, make that 6 seconds long', [{ op: 'trim_moment', index: 2, to_ms: 6000 }]],
    ]);
    nothing(['the dancer part, the third, is great', 'the part where I cut the onions, the first clip, looks nice']);
  });

  describe('a request said with no object after a moment named ("the third clip, move to second") is of that moment', () => {
    table([
      ['the third clip, move to second', [{ op: 'move_moment', index: 3, to: 2 }]],
      ['the candle part is clip 2, put in first', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['the candle part is clip 2, move to the end', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['the drone shot is clip 3, make shorter by 2 seconds', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['clip 1 is too long, make shorter by 2 seconds', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
      ['the first clip, move to the end', [{ op: 'move_moment', index: 1, to: 3 }]],
    ]);
    nothing(['the second clip looks great, move on to the music', 'the third clip is fine, move to the next thing?']);
  });

  describe('a part described, asked of, then said to be a moment by its place ("…, it is clip 3") is that moment', () => {
    table([
      ['the gorilla bit goes first, it is clip 3', [{ op: 'move_moment', index: 3, to: 1 }]],
      ["put the cooking bit at the end, it's the first clip", [{ op: 'move_moment', index: 1, to: 3 }]],
      ["slow down the dance part, it's clip 2", [{ op: 'set_speed', factor: 0.75, index: 2 }]],
      ["remove the boring part, that's the second clip", [{ op: 'remove_moment', index: 2 }]],
    ]);
    nothing(["the title is fine, it's the second clip"]);
  });

  describe("a moment's speed halved (\"halve the speed of clip 2\", \"reduce … by half\") is half speed; sped up by half, more", () => {
    table([
      ['reduce the speed of clip 2 by half', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['halve the speed of clip 2', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['slow clip 3 down by half', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['cut the speed of the first clip in half', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
      ['speed up clip 2 by half', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
    ]);
    // A moment's length halved is a share not known: no removal, no speed.
    nothing(['cut clip 2 in half', 'reduce clip 2 by half']);
  });

  describe('a moment said to be one\'s highlight (第二段是我的高光) asks for no highlights', () => {
    table([
      ['第二段是我的高光，放慢到0.8倍', [{ op: 'set_speed', factor: 0.8, index: 2 }]],
      ['第三段是高光，移到第一个', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['剪个高光', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['做个30秒的高光集锦', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
  });

  describe('a moment named, then "get rid" said alone, goes (the middle one too)', () => {
    table([
      ['the second clip, get rid', [{ op: 'remove_moment', index: 2 }]],
      ['clip 3, get rid please', [{ op: 'remove_moment', index: 3 }]],
      ['the last clip - get rid', [{ op: 'remove_moment', index: 3 }]],
      ['the middle clip out', [{ op: 'remove_moment', index: 2 }]],
    ]);
    nothing(['get rid', "the middle clip is fine, don't get rid"]);
  });

  describe('a moment asked of a length pointed at and never said ("the last clip, cut it to that") is left alone', () => {
    table([
      ['the last clip, cut it out', [{ op: 'remove_moment', index: 3 }]],
    ]);
    nothing(['the second clip, trim it to that', 'cut the last clip to that', 'clip 2 cut it to that length']);
  });

  describe('a moment said to stay beside other moments\' speeds ("…, clip 1 stays") is what they leave', () => {
    table([
      ['slow down clip 2, the first clip stays as it is', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
      ['第二段和第三段加速，第一段不变', [{ op: 'set_speed', factor: 1.5, index: 2 }, { op: 'set_speed', factor: 1.5, index: 3 }]],
      ['remove clip 3, clip 1 stays', [{ op: 'remove_moment', index: 3 }]],
      ['speed up clips 2 and 3, the first clip remains', [{ op: 'set_speed', factor: 1.5, index: 2 }, { op: 'set_speed', factor: 1.5, index: 3 }]],
      // Session 20: said to be fine, and after the removed ones too, no item of the removal's list ("remove clip 1, clip 3").
      ['remove clip 1, clip 3 is fine', [{ op: 'remove_moment', index: 1 }]],
      ['remove clips 1 and 2, clip 3 stays', [{ op: 'remove_moment', index: 2 }, { op: 'remove_moment', index: 1 }]],
      ['delete the second clip, the last one looks good', [{ op: 'remove_moment', index: 2 }]],
      ["okay so here's the deal, drop clip 2, clip 1 is perfect", [{ op: 'remove_moment', index: 2 }]],
    ]);
    table([['remove clip 1, clip 3', [{ op: 'remove_moment', index: 3 }, { op: 'remove_moment', index: 1 }]]]);
  });

  describe('a moment\'s length now, said before the one it should have, is not that one (session 20)', () => {
    table([
      ['the first clip is 12 seconds, make it 6 seconds', [{ op: 'trim_moment', index: 1, to_ms: 6000 }]],
      ['第一段现在12秒，改成6秒', [{ op: 'trim_moment', index: 1, to_ms: 6000 }]],
      ['第二段目前8秒，缩到5秒', [{ op: 'trim_moment', index: 2, to_ms: 5000 }]],
      ['clip 3 runs 9 seconds, make it 4 seconds', [{ op: 'trim_moment', index: 3, to_ms: 4000 }]],
      ['make clip 2 only 3 seconds long', [{ op: 'trim_moment', index: 2, to_ms: 3000 }]],
    ]);
  });

  describe('a time said of a moment with no way it is meant ("clip 2: 0:05", "move clip 2 to 0:05") is not guessed at', () => {
    table([
      ['second clip: 4s', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
      ['clip 3: slow it down', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
    ]);
    nothing(['clip 2: 0:05', 'the third clip: 0:12', 'move clip 2 to 0:05', 'move the third clip to 1:10']);
  });

  describe('where a moment runs in its source, said "to source 0:03-0:19" or by where it starts and ends in the footage', () => {
    table([
      ['set clip 2 to footage 0:10-0:20', [{ op: 'set_moment_range', index: 2, in_ms: 10000, out_ms: 20000 }]],
      ['clip 2 should begin at 0:04 and stop at 0:09 of the source', [{ op: 'set_moment_range', index: 2, in_ms: 4000, out_ms: 9000 }]],
      ['the third clip: start at 0:02, end at 0:08 in the original recording', [{ op: 'set_moment_range', index: 3, in_ms: 2000, out_ms: 8000 }]],
      ['have clip 1 start at 0:05 and end at 0:12 in the raw footage', [{ op: 'set_moment_range', index: 1, in_ms: 5000, out_ms: 12000 }]],
    ]);
    // Where on the timeline it starts is not guessed at; a stretch of the source cut is a cut.
    nothing(['clip 2 should start at 0:04 and end at 0:16', 'make clip 3 start at 0:05']);
    table([['cut 0:03-0:19 from the source', [{ op: 'cut_range', start_ms: 3000, end_ms: 19000 }]]]);
  });

  describe('a remove verb said alone in English ("…, cut") after a stretch or a moment named takes it', () => {
    table([
      ['the part from 0:15 to 0:21, cut', [{ op: 'cut_range', start_ms: 15000, end_ms: 21000 }]],
      ["0:05 to 0:09 I'm coughing, delete", [{ op: 'cut_range', start_ms: 5000, end_ms: 9000 }]],
      ['0:40-0:52 是我在找文件，cut', [{ op: 'cut_range', start_ms: 40000, end_ms: 52000 }]],
      ['clip 2 is boring, cut', [{ op: 'remove_moment', index: 2 }]],
      ['第二段，delete', [{ op: 'remove_moment', index: 2 }]],
      ['the bit from 0:15 to 0:21 is boring, cut it for good', [{ op: 'cut_range', start_ms: 15000, end_ms: 21000 }]],
    ]);
    nothing(['cut', "clip 2 is boring, don't cut"]);
  });
});
