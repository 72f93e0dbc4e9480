import * as assert from 'node:assert/strict';
import { ops, table, nothing, understood } from './phrasingTable';

/**
 * Round 22's Chinese misses of the sound, words, history and export kinds (classes of the other opened sets' misses),
 * read in new wordings of each class (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

describe('edit agent: round 22 Chinese sound, words, history and export classes → exact operations or nothing', () => {
  describe('the music lowered while whoever speaks does whatever (我吆喝的时候压下去) is its ducking', () => {
    table([
      ['加点背景音乐，我吆喝的时候自动压下去', [MUSIC]],
      ['配乐加上，老师讲课的时候让一让', [MUSIC]],
      ['主播带货时音乐自动降下去', [{ op: 'set_ducking', duck: true }]],
      ['加个bgm，百分之二十，我报价的时候压下来', [{ ...MUSIC, volume: 0.2 }]],
      ['我唱歌的时候音乐让一让', [{ op: 'set_ducking', duck: true }]],
      ['俺们讲解时把配乐压低', [{ op: 'set_ducking', duck: true }]],
    ]);
    // The speaker's own voice lowered, or a "make way" with no music named, is no ducking.
    nothing(['我拍的时候压低了嗓子', '我唱歌的时候会压低', '我走的时候让一让', '我说话的时候声音太小']);
  });

  describe('which way the sound goes, said with its degree or its 声 (调小点, 细声啲, 那段要响), beside the figure that sets it', () => {
    table([
      ['原声有点吵，调小点，百分之四十', [{ op: 'set_source_volume', volume: 0.4 }]],
      ['背景音乐整大些，60%', [{ op: 'set_music_volume', volume: 0.6 }]],
      ['音乐大声点，百分之八十', [{ op: 'set_music_volume', volume: 0.8 }]],
      ['鸟叫声细声啲，原声调到六成', [{ op: 'set_source_volume', volume: 0.6 }]],
      ['吆喝那里要响一点，原声调到140%', [{ op: 'set_source_volume', volume: 1.4 }]],
      ['原声调到五成，调小点', [{ op: 'set_source_volume', volume: 0.5 }]],
    ]);
    // A moment wanted loud is no sound of the scene; said alone, the wish is no level.
    nothing(['第二段要响', '尖叫那段要响', '调小点']);
  });

  describe('放大 with a level, after the recording\'s sound or the music is named (原声太小了，放大到150%), is that sound louder', () => {
    table([
      ['原声太小了，放大到150%', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['原声太小了，放大到两倍', [{ op: 'set_source_volume', volume: 2 }]],
      ['视频原声听不清，放大到180%', [{ op: 'set_source_volume', volume: 1.8 }]],
      ['人声太弱，给放大到1.5倍', [{ op: 'set_source_volume', volume: 1.5 }]],
    ]);
    // The sound switched off, then 放大: the zoom asked beside it.
    table([
      ['原声关掉，放大到150%', [{ op: 'set_source_volume', volume: 0 }, { op: 'set_zoom', mode: 'auto' }]],
    ]);
    it('after a text or a moment named, 放大 sets no sound level', () => {
      for (const phrase of ['字幕太小，放大到150%', '第二段看不清，放大到150%', '原声太吵了，第二段放大']) {
        assert.ok(ops(phrase).every((op) => op.op !== 'set_source_volume' && op.op !== 'set_music_volume'), phrase);
      }
    });
  });

  describe('a file of a format made (做个mov版的, 给我做个gif) is its export', () => {
    table([
      ['做个mov版的', [{ op: 'export', format: 'mov' }]],
      ['给我做个gif', [{ op: 'export', format: 'gif' }]],
      ['做一个webm的', [{ op: 'export', format: 'webm' }]],
      ['再做个动图版，发朋友圈', [{ op: 'export', format: 'gif' }]],
      ['再做个MP4版的，给客户用', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['做个片头', '这个gif做得不好']);
  });

  describe('who cannot follow the editing (老头子看不懂这些), beside a request, is why it is left to the tool', () => {
    table([
      ['导出吧，我爸妈看不懂这些', [{ op: 'export', format: 'mp4' }]],
      ['直接导出，客户根本看不懂这个', [{ op: 'export', format: 'mp4' }]],
      ['原声关掉，我奶奶也看不懂', [{ op: 'set_source_volume', volume: 0 }]],
      ['从头来，反正我搞不懂这些', [{ op: 'start_over' }]],
    ]);
    // What cannot be followed, a part of the draft the request does not change, may ask for a change of it.
    it('a part of the draft not followed stays unread beside a request of another part', () => {
      for (const phrase of ['导出吧，字幕看不懂', '原声关掉，标题看不懂']) assert.notDeepEqual(understood(phrase).unknown, [], phrase);
    });
    nothing(['我看不懂这些', '看不懂']);
  });

  describe('everything cleared, said alone (全部清掉, 算了统统清掉), is the start over', () => {
    table([
      ['全部清掉吧', [{ op: 'start_over' }]],
      ['算了，统统清掉', [{ op: 'start_over' }]],
      ['所有东西都清掉', [{ op: 'start_over' }]],
      ['干脆全都清光，明天重新弄', [{ op: 'start_over' }]],
    ]);
    it('what is named before it is what is cleared, no start over', () => {
      for (const phrase of ['字幕全部清掉', '音乐全部清掉', '第二段全部清掉']) assert.ok(!ops(phrase).some((op) => op.op === 'start_over'), phrase);
    });
  });
});
