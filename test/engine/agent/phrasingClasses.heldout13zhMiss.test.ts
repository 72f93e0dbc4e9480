import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes of the held-out 13 Chinese set the grammar used to leave unread (nothing or not all read):
 * each case asserts the exact operations (against a draft of 3 moments and 1 text), and the look-alikes that must
 * change nothing.
 */

describe('edit agent: held-out 13 Chinese phrasing classes left unread → exact operations', () => {
  describe('words quoted alone in the clause after one that named a text or card to add without them', () => {
    table([
      ['片尾加张卡，“感谢收看”', [{ op: 'add_card', card: 'outro', text: '感谢收看', duration_ms: 2000 }]],
      ['加个标题，「春季上新」', [{ op: 'add_text', text: '春季上新', style: 'title' }]],
      ['开场放个片头，“智能仓储 第一期”', [{ op: 'add_card', card: 'intro', text: '智能仓储 第一期', duration_ms: 2000 }]],
      ['加一行字幕，“限时八折”，放最下面', [{ op: 'add_text', text: '限时八折', style: 'caption', position: 'bottom' }]],
    ]);
    nothing(['我觉得，“好看”', '第二段叫什么，“开箱”？', '“春季上新”']);
  });

  describe('a removal in written style or mixed words (剔除, 剪除, cut掉, cut短), said alone after the part it takes (建议/可/一并/您给)', () => {
    table([
      ['第三段内容重复，建议剔除', [{ op: 'remove_moment', index: 3 }]],
      ['第一段剔掉', [{ op: 'remove_moment', index: 1 }]],
      ['中途那些冷场，可一并剪除', [{ op: 'remove_dead_air' }]],
      ['最后一段cut掉', [{ op: 'remove_moment', index: 3 }]],
      ['第二段cut短一秒', [{ op: 'trim_moment', index: 2, by_ms: 1000 }]],
    ]);
    nothing(['第三段不要剔除', '剔除了吗？', '第二段别cut掉']);
  });

  describe('去了 alone in its clause, after the part it takes away, is a removal', () => {
    table([
      ['第三段拍糊了，去了吧', [{ op: 'remove_moment', index: 3 }]],
      ['最后那段多余，您给去了', [{ op: 'remove_moment', index: 3 }]],
      ['第一段，给我去了', [{ op: 'remove_moment', index: 1 }]],
    ]);
    nothing(['我去了', '第二段我去了现场', '第二段好看，去了吗？', '我昨天去了']);
  });

  describe('roll forward (English in a Chinese message) is a redo', () => {
    table([
      ['roll forward 一下', [{ op: 'redo' }]],
      ['roll forward 回来', [{ op: 'redo' }]],
    ]);
    nothing(['不要 roll forward']);
  });

  describe('the undo said again as the step just made being wrong (刚那个改动不对), and the start over as when it is done again (明天重新弄)', () => {
    table([
      ['撤销，刚刚那个修改错了', [{ op: 'undo' }]],
      ['回退一步，刚才那个操作不行', [{ op: 'undo' }]],
      ['全部清空，改天重新做', [{ op: 'start_over' }]],
      ['清空，我回头再重新剪', [{ op: 'start_over' }]],
    ]);
    nothing(['刚那个改动不对', '明天重新弄', '刚才那个修改错了吗？']);
  });

  describe('how the result is to look (看清楚点, 看着利索点), beside the request it is the reason for', () => {
    table([
      ['第三段放慢一点，看清楚点', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
      ['停顿都剪掉，显得利索些', [{ op: 'remove_dead_air' }]],
      ['0:45放大，看着更清晰一点', [{ op: 'zoom_at', start_ms: 45_000, duration_ms: 3000 }]],
    ]);
    nothing(['看清楚点', '看着利索点', '字幕大一点，看清楚点']);
  });
});
