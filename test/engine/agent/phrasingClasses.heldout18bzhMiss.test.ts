import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes of the held-out 18b Chinese set the grammar did not read, or read with words left unread: each
 * case, a new wording of its class, asserts the exact operations (against a draft of 3 moments and 1 text), and the
 * look-alikes that must change nothing.
 */

describe('edit agent: held-out 18b Chinese classes (not read, words left) → exact operations or nothing', () => {
  describe("a shoot's sync or ambient sound (同期声, 现场声, 环境声) is the recording's own", () => {
    table([
      ['同期声调到百分之六十', [{ op: 'set_source_volume', volume: 0.6 }]],
      ['把环境声关了', [{ op: 'set_source_volume', volume: 0 }]],
      ['同期声保留，音乐两成', [{ op: 'set_music_volume', volume: 0.2 }]],
      ['同期声留着', [{ op: 'set_source_volume', volume: 1 }]],
    ]);
    nothing(['现场声很吵']);
  });

  describe('a moment shorter by an amount, a spoken complement between (短上两秒, 短个三秒, 短它两秒)', () => {
    table([
      ['第二段短个三秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['最后一段再短上1秒', [{ op: 'trim_moment', index: 3, by_ms: 1000 }]],
      ['第一段给我短上两秒钟', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
      ['第三段短它两秒', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
    ]);
    nothing(['第二段短了两秒']);
  });

  describe('a card put where the video wraps up (收尾, 末尾, 最后弄个) is the outro', () => {
    table([
      ['收尾放个卡片“谢谢观看”', [{ op: 'add_card', card: 'outro', text: '谢谢观看', duration_ms: 2000 }]],
      ['末尾加张卡片“下期见”，两秒', [{ op: 'add_card', card: 'outro', text: '下期见', duration_ms: 2000 }]],
      ['最后弄张卡片“关注我们”', [{ op: 'add_card', card: 'outro', text: '关注我们', duration_ms: 2000 }]],
    ]);
    nothing(['收尾那段拍得不好']);
  });

  describe('a request and "the default will do" typed with spaces for commas (音乐来一首 默认的就行)', () => {
    table([
      ['来首音乐 默认的就好', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['配个乐 默认那个就行 音量30%', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: true }]],
      ['加个背景音乐 默认的就可以', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
    nothing(['默认那个就可以']);
  });

  describe('quieter said as 轻声 (轻声些, 轻声一点), beside the level that says how much', () => {
    table([
      ['加点背景音乐，轻声点，百分之二十', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
      ['音乐轻声一点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['背景乐轻声些', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
    nothing(['旁白轻声细语的']);
  });

  describe('a shape with 的 said as the region says it (竖嘞, 横哩, 竖滴, 竖咧)', () => {
    table([
      ['弄成竖嘞', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['整成横哩', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['改成竖滴，发快手', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['做成竖咧', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['竖着拍嘞']);
  });

  describe('an OK said twice over (要得要得, 好嘞好嘞, 得嘞得嘞) asks nothing', () => {
    table([
      ['好嘞好嘞，导出', [{ op: 'export', format: 'mp4' }]],
      ['得嘞得嘞，竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['妥了妥了，撤销', [{ op: 'undo' }]],
    ]);
    nothing(['好嘞好嘞']);
  });

  describe('after an undo said wrong, "do it back" (给我重新做回来, 弄回来) is the redo said again', () => {
    table([
      ['撤多了，给我做回来', [{ op: 'redo' }]],
      ['撤过头了，重新弄回来', [{ op: 'redo' }]],
      ['刚刚撤回错了，帮我重新搞回来', [{ op: 'redo' }]],
    ]);
    nothing(['给我整回来']);
  });

  describe('an edit owned up to as done wrong (刚才那下剪错了, 我弄错了) is why a step back beside it', () => {
    table([
      ['刚才那一刀剪错了，撤销', [{ op: 'undo' }]],
      ['我又弄错了，退回去', [{ op: 'undo' }]],
      ['这一步改错了，撤回', [{ op: 'undo' }]],
      ['刚刚加错了，撤销一下', [{ op: 'undo' }]],
    ]);
    nothing(['刚才那一刀剪错了']);
  });

  describe('what the user does with what is shown (我核对一下, 让我确认一下) asks nothing more', () => {
    table([
      ['列出轨道，我核对一下', [{ op: 'show_tracks' }]],
      ['给我看看轨道，我检查一下', [{ op: 'show_tracks' }]],
      ['显示时间线，让我确认一下', [{ op: 'show_tracks' }]],
    ]);
    nothing(['我检查检查']);
  });

  describe('where it will be played (用于路口大屏播放, 拿去地铁屏放) asks nothing; a platform there still names a shape', () => {
    table([
      ['剪成一分钟，用于展厅大屏播放', [{ op: 'compile_best_moments', target_ms: 60_000 }]],
      ['导出1080p，用来门店循环播放', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['压到三十秒，拿去地铁屏放', [{ op: 'compile_best_moments', target_ms: 30_000 }]],
      ['剪成30秒，用于抖音播放', [{ op: 'compile_best_moments', target_ms: 30_000 }, { op: 'set_aspect', aspect: '9:16' }]],
    ]);
  });

  describe('crisp, said of the result (干脆点, 弄得干脆些), beside the request that says how', () => {
    table([
      ['转场全去掉，干脆些', [{ op: 'crossfade', ms: 0 }]],
      ['硬切，弄得干脆点', [{ op: 'crossfade', ms: 0 }]],
    ]);
    nothing(['干脆删了']);
  });

  describe('the clearest file (要最清楚的, 最清晰的那种) is the highest resolution; not the clearest words or voice', () => {
    table([
      ['导出，要最清晰的', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['出个mp4，最清楚的那种', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['导出视频 画质要最清楚的', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
    ]);
    nothing(['字幕要最清楚的', '说话声要最清楚的']);
  });

  describe('a point named by what happens there (…那一下, …那一刻, …的瞬间, …之处) beside a zoom there', () => {
    table([
      ['杯子落地那一下，第9秒，放大，停两秒', [{ op: 'zoom_at', start_ms: 9000, duration_ms: 2000 }]],
      ['他开口说话的时候，在0:15，放大，保持3秒', [{ op: 'zoom_at', start_ms: 15_000, duration_ms: 3000 }]],
      ['门开的瞬间，第4秒放大，停两秒', [{ op: 'zoom_at', start_ms: 4000, duration_ms: 2000 }]],
      ['焊花溅起来那一刻，第20秒，放大，保持三秒', [{ op: 'zoom_at', start_ms: 20_000, duration_ms: 3000 }]],
      ['锄头落地的地方，自动跟随放大', [{ op: 'set_zoom', mode: 'auto' }]],
    ]);
    nothing(['锅铲翻起来那一下']);
  });

  describe('the idle stretches described (画面老半天不动) beside the request that speeds them up or cuts them', () => {
    table([
      ['等水烧开那会儿画面老半天不动，那些不动的地方给它快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['下载那段屏幕一直不动，不动的地方删掉', [{ op: 'remove_dead_air' }]],
      ['画面半天没动静，这些地方六倍速', [{ op: 'speed_up_idle', factor: 6 }]],
    ]);
  });

  describe('a sound of the scene said to stay, with no 的 (汽笛声留着), beside the recording\'s sound kept audible', () => {
    table([
      ['锣鼓声保留，原声调到八成', [{ op: 'set_source_volume', volume: 0.8 }]],
      ['原声八成，鸟叫声留着', [{ op: 'set_source_volume', volume: 0.8 }]],
      ['水声留着，原声百分之七十', [{ op: 'set_source_volume', volume: 0.7 }]],
    ]);
    nothing(['鸟叫声留着']);
  });
});
