import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 37, two wrong edits the round's helpers found outside their classes, read by the lead:
 * - a factor said with slowing down: "slow it down 2x", "放慢2倍" divide the speed by it (half the speed), as
 *   "2x slower" already did; it read as twice as fast, a wrong edit in both languages. A whole clip made that slow is asked
 *   first (as "2x slower" is), and so is "slow clip 3 down 2x"; a pace complained of or described ("太慢了 2倍", "the
 *   typing is so slow") or a speed-up keeps the factor as said;
 * - stretches named by the music they lack ("the parts without music"): no removal of the music (it was taken out).
 * Own wordings, against a draft of 3 moments and 1 text.
 */

describe('edit agent: round 37, wrong edits found beside the round', () => {
  describe('slowing down by a factor over one: the speed divided by it', () => {
    table([
      ['slow it down 2x', [{ op: 'set_speed', factor: 0.5 }]],
      ['slow the video down 2x', [{ op: 'set_speed', factor: 0.5 }]],
      ['slow clip 3 down 2x', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['slow down by 2x please', [{ op: 'set_speed', factor: 0.5 }]],
      ['放慢2倍', [{ op: 'set_speed', factor: 0.5 }]],
      ['整体减速两倍', [{ op: 'set_speed', factor: 0.5 }]],
    ]);
    sure([['第二段放慢两倍', [{ op: 'set_speed', factor: 0.5, index: 2 }]]]);
  });

  describe('look-alikes: a factor under one, a pace complained of, a speed-up', () => {
    sure([
      ['slow down clip 2 to 0.5x', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['第三段太慢了 2倍', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['speed up clip 1 2x', [{ op: 'set_speed', factor: 2, index: 1 }]],
      ['double the speed, the typing is so slow', [{ op: 'set_speed', factor: 2 }]],
      ['播放太慢 调成1.5倍', [{ op: 'set_speed', factor: 1.5 }]],
    ]);
  });

  describe('stretches named by the music they lack: no removal of the music', () => {
    nothing(['make the parts without music faster', 'the moments without background music feel empty']);
    notSure(['speed up the sections with no music 2x']);
    sure([
      ['remove the music', [{ op: 'remove_music' }]],
      ['export it without music', [{ op: 'remove_music' }, { op: 'export', format: 'mp4' }]],
    ]);
  });
});
