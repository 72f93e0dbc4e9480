import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes of the held-out 18b Chinese set the grammar read wrong (an edit not asked) or unsure: each case, a
 * new wording of its class, asserts the exact operations (against a draft of 3 moments and 1 text), and the look-alikes
 * that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const MP4 = { op: 'export', format: 'mp4' } as const;

describe('edit agent: held-out 18b Chinese wrong edits → exact operations or nothing', () => {
  describe('a request fused to the export of a version of it (…BGM导一版, …导一个, …“…”导出一版, … export 一版) is two requests', () => {
    table([
      ['先把片尾去掉导一版', [{ op: 'remove_card', card: 'outro' }, MP4]],
      ['加个片尾“下期见”导一份给我看看', [{ op: 'add_card', card: 'outro', text: '下期见', duration_ms: 2000 }, MP4]],
      ['换成竖屏导个gif', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'export', format: 'gif' }]],
      ['加个lofi导出一版', [MUSIC, MP4]],
      ['背景换成 sunset export 一版', [{ op: 'set_background', background: 'sunset' }, MP4]],
      ['加个默认背景导一个', [{ op: 'set_background', background: 'aurora' }, MP4]],
      ['先换成竖屏导一版，再改回横屏导一版', [{ op: 'set_aspect', aspect: '9:16' }, MP4, { op: 'set_aspect', aspect: '16:9' }, MP4]],
    ]);
    nothing(['引导一个新手看', '他主导一个项目']);
  });

  describe('a hundred and a digit said without its ten (百分之一百五: 150 %), a factor and a half (三倍半: 3.5)', () => {
    table([
      ['原声开到百分之一百五', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['音乐开到百分之一百八', [{ op: 'set_music_volume', volume: 1.8 }]],
      ['原声百分之一百零五', [{ op: 'set_source_volume', volume: 1.05 }]],
      ['原声百分之一百二十', [{ op: 'set_source_volume', volume: 1.2 }]],
      ['第三段加速三倍半', [{ op: 'set_speed', factor: 3.5, index: 3 }]],
      ['第2段3倍半', [{ op: 'set_speed', factor: 3.5, index: 2 }]],
    ]);
  });

  describe('the finished video (成片) exported, saved or handed over is the one there is, no new cut of it', () => {
    table([
      ['把成片存成mov', [{ op: 'export', format: 'mov' }]],
      ['成片渲染成1080p', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['成片发我，要mp4', [MP4]],
      ['麻烦将成片保存成mov', [{ op: 'export', format: 'mov' }]],
      ['成片导出为1080p的mov', [{ op: 'export', format: 'mov', resolution: '1080p' }]],
      ['输出成片', [MP4]],
      // A cut asked of 成片 is still one.
      ['做一个30秒的成片', [{ op: 'compile_best_moments', target_ms: 30_000 }]],
      ['剪一分钟成片导出', [{ op: 'compile_best_moments', target_ms: 60_000 }, MP4]],
    ]);
    nothing(['这个成片的风格不错']);
  });

  describe('an export put off for now (暂不导出, 暂时不导, 暂且不导出) refuses it, as 先不 does', () => {
    table([
      ['比例改成竖屏，暂不导出', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['先调到720p，暂时不导', [{ op: 'set_resolution', resolution: '720p' }]],
      ['加个音乐，暂且不导出', [MUSIC]],
    ]);
    nothing(['这版暂不导出', '暂时不导出', '暂停']);
  });

  describe('a length said after a moment named, a remark between (哈哈, 笑死, 嗯, 太好笑了), is that moment\'s', () => {
    table([
      ['第二段是我在搬砖，笑死，剪短三秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['第三段是采访，嗯，剪到8秒', [{ op: 'trim_moment', index: 3, to_ms: 8000 }]],
      ['第一段是开场，太好笑了，剪掉两秒', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
      ['第三段是我家狗，笑死，剪到6秒', [{ op: 'trim_moment', index: 3, to_ms: 6000 }]],
    ]);
    // A clip's length said there is neither the moment's nor, guessed, the whole clip's.
    nothing(['第一段是开场，哈哈，剪个30秒的']);
  });

  describe('亮点 after a verb of making (整亮点, 弄亮点, 提亮点) is brighter, a look the clip cannot take: no highlights', () => {
    nothing(['太暗了，弄亮点', '画面搞亮点吧', '能不能提亮点']);
    table([
      ['挑几个亮点出来', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
      ['整个亮点集锦', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
    ]);
  });
});
