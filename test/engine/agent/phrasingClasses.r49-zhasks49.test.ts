import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 49 (zhasks49) classes: an English edit word run into the Chinese figure after it ("crossfade半秒", "crossfade0.5秒")
 * is read with that figure; a place said noisy beside the music made louder ("夜市太吵听不见") is why, no complaint of the
 * music; the zoom said blurry ("晚上拍的放大很糊") is why it goes off; "只留音乐就好" beside the recording muted says it
 * again; asides beside a request: where the clip goes (a site or chat app that asks no shape, "放Facebook"; "IG feed";
 * social media at large; who it is sent to; the shop's TV; sent faster beside a smaller file), a reason ("頭先改錯咗"
 * before an undo, "晚上太暗" before the idle stretches go), what a zoom shows ("给人看…", "交换戒指那儿") and what the
 * best moments are like ("挑好看的").
 */
describe('edit agent: round 49 zhasks49 classes', () => {
  describe('an English edit word run into a Chinese figure', () => {
    sure([
      ['转场用crossfade一秒', [{ op: 'crossfade', ms: 1000 }]],
      ['crossfade0.5秒就好', [{ op: 'crossfade', ms: 500 }]],
      ['crossfade半秒就得，唔好hard cut', [{ op: 'crossfade', ms: 500 }]],
    ]);
  });

  describe('a place said noisy beside the music made louder', () => {
    sure([
      ['配乐大声一点，外面太吵了听不清', [{ op: 'set_music_volume', change: 'louder' }]],
      ['音乐响一点，菜市场太吵', [{ op: 'set_music_volume', change: 'louder' }]],
    ]);
    // The music itself said too loud is still the music's; said bad, then switched off, it goes.
    sure([
      ['音乐太吵', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['背景音乐贼难听，关了', [{ op: 'remove_music' }]],
    ]);
  });

  describe('the zoom said blurry, and the music alone said again', () => {
    sure([
      ['关掉自动放大，放大以后太模糊', [{ op: 'set_zoom', mode: 'off' }]],
      ['原声关掉，只要配乐就行', [{ op: 'set_source_volume', volume: 0 }]],
      ['mute the original audio, just the music please', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
  });

  describe('where the clip goes, said beside the request', () => {
    sure([
      ['改成1:1，要发到Facebook上', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['导出mp4，发whatsapp群', [{ op: 'export', format: 'mp4' }]],
      ['make it 4:5 for the IG feed', [{ op: 'set_aspect', aspect: '4:5' }]],
      ['竖屏9:16，用于社交媒体宣传', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['导出1080p，要发给所有家长', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['16:9，要在门店的大屏幕上放', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['导出720p，微信发比较快', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['export 720p, faster to send on whatsapp', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
    ]);
    // A platform alone still asks its shape; a place in the clip, or a speed, is no aside.
    sure([
      ['make it for IG', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['导出720p，剪快一点', [{ op: 'export', format: 'mp4', resolution: '720p' }, { op: 'set_speed', factor: 1.5 }]],
    ]);
    notSure(['改成1:1，放片尾上', '改成1:1，放到timeline上']);
    nothing(['放Facebook']);
  });

  describe('a reason before the request', () => {
    sure([
      ['啱啱删错咗，撤销', [{ op: 'undo' }]],
      ['夜里拍的很暗，没动静的地方都删掉', [{ op: 'remove_dead_air' }]],
    ]);
    // The draft's picture said dark may ask it brighter; a moment named may be what the mistake was.
    notSure(['画面太暗，没动静的地方都删掉', '晚上太暗，标题删掉', '晚上太暗']);
  });

  describe('what a zoom shows, and what the best moments are like', () => {
    sure([
      ['第8秒放大，给大家看清楚面团的纹路', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 3000 }]],
      ['交换礼物那里，第8秒放大', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 3000 }]],
      ['剪成40秒，选些好玩的', [{ op: 'compile_best_moments', target_ms: 40000 }]],
    ]);
    // A swap asked, or a length picked, is no aside.
    notSure(['第8秒放大，换个背景音乐那里', '剪成40秒，挑短的']);
  });
});
