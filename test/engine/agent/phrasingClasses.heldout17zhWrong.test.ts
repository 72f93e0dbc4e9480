import { nothing, table } from './phrasingTable';

/**
 * Classes of the Chinese wrong edits (and readings asked about first) of held-out 17: each read in other wordings than
 * the set's, beside look-alikes that must stay as they were.
 */
describe('phrasing classes, held-out 17 zh wrong edits', () => {
  describe('a sound made bigger is louder, never a zoom', () => {
    table([
      ['把人声放大到原来的1.5倍', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['讲解的声音放大到1.2倍', [{ op: 'set_source_volume', volume: 1.2 }]],
      ['原声再放大到两倍', [{ op: 'set_source_volume', volume: 2 }]],
      ['原声调到原来的1.5倍', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['音乐放大一点', [{ op: 'set_music_volume', change: 'louder' }]],
      ['画面放大一点', [{ op: 'set_zoom', mode: 'more' }]],
      // The recording's sound made louder by no figure: a step louder (no zoom).
      ['把声音放大', [{ op: 'set_source_volume', change: 'louder' }]],
    ]);
    nothing(['音量放大一点点']);
  });

  describe('a version refused for now ("这版先不导出") exports nothing', () => {
    table([['这版导出吧', [{ op: 'export', format: 'mp4' }]]]);
    nothing(['这版我先不导出', '这个先别导出，明天再看', '今天先不导出了', '那版暂时不导出', '这个视频先别导出，等我改完']);
  });

  describe('别搞/别整/别弄 a transition refuses it', () => {
    table([
      ['别整那个转场，直接切', [{ op: 'crossfade', ms: 0 }]],
      ['直接硬接就得', [{ op: 'crossfade', ms: 0 }]],
      ['段落之间硬接', [{ op: 'crossfade', ms: 0 }]],
    ]);
    nothing(['别弄叠化了', '别整那个转场']);
  });

  describe('the step taken back (退回去的那步), asked back, is a redo', () => {
    table([
      ['刚才回退的那步帮我恢复', [{ op: 'redo' }]],
      ['退掉的那一步还原回来', [{ op: 'redo' }]],
      ['刚才那步退回去', [{ op: 'undo' }]],
      ['那就退回去', [{ op: 'undo' }]],
    ]);
  });

  describe('bars on the sides accepted, the space left over filled, the frame filled with no bars', () => {
    table([
      ['两边黑着也行', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['改成横屏，上下黑的也没关系', [{ op: 'set_aspect', aspect: '16:9', fill: 'letterbox' }]],
      ['左右留黑就行', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['多余的地方用模糊', [{ op: 'set_fill', fill: 'blur' }]],
      ['横屏，多出来的部分模糊填充', [{ op: 'set_aspect', aspect: '16:9', fill: 'blur' }]],
      ['铺满不要黑边', [{ op: 'set_fill', fill: 'crop' }]],
      ['裁剪画面不要黑边', [{ op: 'set_fill', fill: 'crop' }]],
      ['竖屏铺满屏幕不留黑边', [{ op: 'set_aspect', aspect: '9:16', fill: 'crop' }]],
    ]);
    // The bars complained of, or refused: no fill taken.
    nothing(['两边黑的不好看', '两边黑的也不行']);
  });

  describe('a zoom after a point said alone holds as long as the clause after it says', () => {
    table([
      ['第7秒那里，放大，停留三秒', [{ op: 'zoom_at', start_ms: 7000, duration_ms: 3000 }]],
      ['0:12，放大，持续两秒', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 2000 }]],
      ['射门那一下在第20秒，放大，停两秒', [{ op: 'zoom_at', start_ms: 20000, duration_ms: 2000 }]],
    ]);
  });

  describe('a speed-up of the idle stretches refused, and 去 as "go"', () => {
    table([
      ['没人说话的地方不要快进，全部保留', [{ op: 'keep_everything' }]],
      ['没动静的那些地方快进一下', [{ op: 'speed_up_idle', factor: 4 }]],
      ['我去倒水那段没人讲话的地方快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['我去接个电话那段没声音的地方删掉', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['静止的地方别加速']);
  });

  describe('the idle stretches named in literary words (无声无动之处), sped up in the clause after', () => {
    table([
      ['无声无动的地方，五倍速过去', [{ op: 'speed_up_idle', factor: 5 }]],
      ['静止无动之处，四倍速', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    nothing(['无动于衷']);
  });

  describe('posting to a shop (挂到快手小店) is no edit, no shape', () => {
    nothing(['能不能挂到抖音小店', '帮我挂到快手小店去']);
  });

  describe('a sound switched off as a list says it (原声关)', () => {
    table([
      ['竖屏，人声关，导出', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'set_source_volume', volume: 0 }, { op: 'export', format: 'mp4' }]],
      ['人声关，音乐开大', [{ op: 'set_source_volume', volume: 0 }, { op: 'set_music_volume', change: 'louder' }]],
    ]);
  });

  describe('Wu: 侬 (you) before the removal', () => {
    table([['背景覅了，侬帮我拿掉', [{ op: 'remove_background' }]]]);
  });

  describe('Cantonese: 讲嘢, 唔使, 同埋', () => {
    table([
      ['我讲嘢嘅时候唔使将音乐压低', [{ op: 'set_ducking', duck: false }]],
      ['佢讲嘢时音乐唔使压低', [{ op: 'set_ducking', duck: false }]],
      ['说话的时候不用将配乐压低', [{ op: 'set_ducking', duck: false }]],
      ['出个mp4同埋一个gif', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
    ]);
  });

  describe('a request, then a version of it exported, in one clause', () => {
    table([
      ['把配乐去掉导一个纯净版', [{ op: 'remove_music' }, { op: 'export', format: 'mp4' }]],
      ['字幕删掉再出第二版', [{ op: 'remove_text' }, { op: 'export', format: 'mp4' }]],
      ['音乐调响一点出第二版', [{ op: 'set_music_volume', change: 'louder' }, { op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('a request, then music put to it (配个音乐), in one clause typed without a comma', () => {
    table([
      ['人声给我关掉配首歌', [{ op: 'set_source_volume', volume: 0 }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['剪成30秒配首歌', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['把原声关掉配上音乐导出', [{ op: 'set_source_volume', volume: 0 }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('music too loud, beside the recording\'s sound turned down, is music in the recording', () => {
    table([
      ['窗外的音乐声太吵了，原声调到30%', [{ op: 'set_source_volume', volume: 0.3 }]],
      ['店里的歌太吵，原声压低到一半', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['音乐太吵，小声点', [{ op: 'set_music_volume', change: 'quieter' }]],
    ]);
  });
});
