import * as assert from 'node:assert/strict';
import { applyEdit, type DraftEditOp } from '../../../src/engine/agent/applyEdit';
import { describeEdit } from '../../../src/engine/agent/describeEdit';
import { plannedEdit } from '../../../src/engine/agent/describePlan';
import { EditOp } from '../../../src/protocol';
import { mediaContext, threeMoments } from './builders';
import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 46, the recording's own sound made louder or quieter with no figure: 原声大一点, 视频自带的声音开大一点, "turn
 * the original audio down a bit", "make my voice quieter" are a step of the recording's sound (as "make the music
 * quieter" is of the music's); so is a way complained of, then asked again ("the original audio is way too loud, bring
 * it down", 原声太吵了，小一点). A complaint alone ("my voice is too quiet") asks no way; a figure said wins; the music
 * named stays the music's; a question, a "no" or a bare "louder" (no sound named) changes nothing.
 */
const louder: EditOp[] = [{ op: 'set_source_volume', change: 'louder' }];
const quieter: EditOp[] = [{ op: 'set_source_volume', change: 'quieter' }];

describe('edit agent: round 46 sourcelevel classes', () => {
  it('takes a level or a way, exactly one (a tool call with neither or both is refused, not planned one way and applied another)', () => {
    assert.equal(EditOp.safeParse({ op: 'set_source_volume', volume: 0.5 }).success, true);
    assert.equal(EditOp.safeParse({ op: 'set_source_volume', change: 'louder' }).success, true);
    assert.equal(EditOp.safeParse({ op: 'set_source_volume' }).success, false);
    assert.equal(EditOp.safeParse({ op: 'set_source_volume', volume: 1, change: 'quieter' }).success, false);
  });
  describe("the recording's own sound a step louder or quieter, in Chinese", () => {
    sure([
      ['现场声调小点', quieter],
      ['视频自带的声音开大一点', louder],
      ['原来的声音关小点', quieter],
      ['把原声调大一些', louder],
      ['同期声小声点', quieter],
    ]);
  });

  describe("the recording's own sound a step louder or quieter, in English", () => {
    sure([
      ['make the original audio a little louder', louder],
      ['make my voice louder', louder],
      ["turn down the recording's sound a bit", quieter],
      ["turn the video's sound up", louder],
      ['bump up the source audio', louder],
      ['make my voice quieter', quieter],
    ]);
  });

  describe('a way complained of, then asked again with no part named, is one step', () => {
    sure([
      ['the original audio is way too loud, bring it down', quieter],
      ['my voice is too quiet, turn it up please', louder],
      ['原声太吵了，小一点', quieter],
      ['原声太小了，再调大点', louder],
      // A sound not heard is a complaint, no "no".
      ["can't hear the original sound, turn it up", louder],
      ['原声听不清，调大一点', louder],
    ]);
    // The other way asked after the complaint is not guessed at; a complaint alone asks no way.
    notSure(['原声太小了，小一点', 'the original sound is too loud, turn it up']);
    notSure(['我的声音太小声了', '录屏的声音太吵了', "the video's own sound is too loud", "can't hear the original sound"]);
  });

  describe('a figure said, the music named, and the steps said with other requests', () => {
    sure([
      ['原声小一点，调到一半', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['声音大一点，原声全开', [{ op: 'set_source_volume', volume: 1 }]],
      ['original audio louder, 150%', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['make the music louder', [{ op: 'set_music_volume', change: 'louder' }]],
      ['原声大一点，音乐小一点', [{ op: 'set_music_volume', change: 'quieter' }, ...louder]],
      ['原声调小一点，然后导出', [...quieter, { op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('a question, a "no", or no sound named changes nothing', () => {
    nothing([
      'can I make the original sound louder?', 'is the original audio too loud?', '原声是不是太大了？',
      '原声不用调大', '原声别调小', "don't make the video's own sound louder",
    ]);
    notSure(['louder please', '大一点']);
  });

  describe('the step applied and told', () => {
    const base = threeMoments().build();
    const step = (draft: typeof base, change: 'quieter' | 'louder') =>
      applyEdit(draft, { op: 'set_source_volume', change }, mediaContext);
    it('goes from the level there is (as recorded when none is set), within 0..2', () => {
      assert.equal(step(base, 'louder').m?.sourceVolume, 1.4);
      assert.equal(step(step(base, 'louder'), 'quieter').m?.sourceVolume, 1);
      const half = applyEdit(base, { op: 'set_source_volume', volume: 0.5 }, mediaContext);
      assert.equal(step(half, 'quieter').m?.sourceVolume, 0.36);
      assert.equal(step(step(step(base, 'louder'), 'louder'), 'louder').m?.sourceVolume, 2);
    });
    it('says the level it leaves, and the plan says the way, in both languages', () => {
      const op: DraftEditOp = { op: 'set_source_volume', change: 'louder' };
      const after = step(base, 'louder');
      assert.equal(describeEdit(op, base, after, 'en'), "The footage's own sound is at 140 %.");
      assert.equal(describeEdit(op, base, after, 'zh'), '原声音量现在是 140 %。');
      const quieterPlanned = plannedEdit({ op: 'set_source_volume', change: 'quieter' }, 'en');
      assert.equal(quieterPlanned, "make the recording's own sound quieter");
      assert.equal(plannedEdit({ op: 'set_source_volume', change: 'louder' }, 'zh'), '原声调大');
    });
  });
});
