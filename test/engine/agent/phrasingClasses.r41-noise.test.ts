import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 41, typing and dictation noise, English and Chinese: a message read through its noise where one reading is clear.
 * - typed in a hurry: a keyword typed with a letter swapped, added or held down ("trmi", "expoert", "zoooom"), two words
 *   run together ("addmusic", "deadair"), a resolution's p typed as o ("1080o"), autocorrect's "duckling", "b4 u export",
 *   "2 the end", "@" and "&" for "at" and "and", a thumbs-up between two requests, an emoji for its word ("add some 🎵",
 *   "🔇 the original audio", "第二段✂️"; not beside its word: "add the default music 🎶"), a request's opening said again
 *   ("put the title put the title at the top", "把音乐 音乐小点声");
 * - Chinese typed: figures and letters in full width ("导出１０８０ｐ", "９：１６"), 片投 for 片头;
 * - dictated: punctuation said as words ("comma", "period", "full stop", "new line", "quote … unquote", 逗号, 句号, 换行,
 *   引号…引号结束), numbers said ("nine sixteen", "four k", "for K", "zero colon twelve", "one point two five times",
 *   "for times", 是K); a value announced and never said ("speed it up for") is asked, not guessed.
 * Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; and look-alikes that must not change.
 */

describe('edit agent: round 41, typing and dictation noise', () => {
  describe('English typed in a hurry', () => {
    sure([
      ['pls trmi the dead air thx', [{ op: 'remove_dead_air' }]],
      ['make it vertcal for tiktok', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['add musci at 20%', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
      ['expoert 1080o', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['turn on duckling', [{ op: 'set_ducking', duck: true }]],
      ['MAKE IT SQUARE AND EXPORT', [{ op: 'set_aspect', aspect: '1:1' }, { op: 'export', format: 'mp4' }]],
      ['title top', [{ op: 'edit_text', position: 'top' }]],
      ['🔇 the original audio', [{ op: 'set_source_volume', volume: 0 }]],
      ['add some 🎵 pls', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['looks great 👍 export it', [{ op: 'export', format: 'mp4' }]],
      ['✂️ clip 2', [{ op: 'remove_moment', index: 2 }]],
      ['make the music sooo much quieter', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['pleeease remove the intro card', [{ op: 'remove_card', card: 'intro' }]],
      ['clip 3 -> start', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['music @ 40%', [{ op: 'set_music_volume', volume: 0.4 }]],
      ['vertical + music', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['can u make it 2x faster b4 u export', [{ op: 'set_speed', factor: 2 }, { op: 'export', format: 'mp4' }]],
      ['idk just make it 30 sec', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['btw the title should be at the bottom', [{ op: 'edit_text', position: 'bottom' }]],
      ['make it 9:16 rn and export asap', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'export', format: 'mp4' }]],
      ['tbh the music is way too loud', [{ op: 'set_music_volume', change: 'quieter' }]],
      [':) looks good, export 1080', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['1.5x speed pls 🙏', [{ op: 'set_speed', factor: 1.5 }]],
      ['remvoe the 2nd clip', [{ op: 'remove_moment', index: 2 }]],
      ['fade out teh end', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['moev clip 1 to the end', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['cut the dead air & add music', [{ op: 'remove_dead_air' }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['make it vertical w/ black bars', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['the the music quieter please', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['MUTE THE MIC AUDIO PLZ', [{ op: 'set_source_volume', volume: 0 }]],
      ['EXPORT IN 1080P PLEASE!!!', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['hey can u pls make it square thx :)', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['remove clip 2 & 3', [{ op: 'remove_moment', index: 3 }, { op: 'remove_moment', index: 2 }]],
      ['slow it down to point seven five x', [{ op: 'set_speed', factor: 0.75 }]],
      ['make the title say quote Big Sale unquote', [{ op: 'edit_text', text: 'Big Sale' }]],
      ['move clip 3 -> the beginning', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['add a fade in @ the start', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['can you make it sixteen nine', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['make it shrter', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['lower the muisc volume to 10 percent', [{ op: 'set_music_volume', volume: 0.1 }]],
      ['uhh so like cut out all the silent bits you know what i mean', [{ op: 'remove_dead_air' }]],
      ['export at seven twenty p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['trim the first clip by two seconds period', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
      ['mute original audio 🔇🔇', [{ op: 'set_source_volume', volume: 0 }]],
      ['add music plz plz plz', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['fade the music out at the end, fade the music out at the end', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
      ['make it vertical, I mean 9:16, vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['exprot as mp4', [{ op: 'export', format: 'mp4' }]],
      ['zoom in at one colon oh five', [{ op: 'zoom_at', start_ms: 65000, duration_ms: 3000 }]],
      ['speed up the boring parts 4x thx', [{ op: 'speed_up_idle', factor: 4 }]],
      ['put the title at the top new line and make it vertical', [{ op: 'edit_text', position: 'top' }, { op: 'set_aspect', aspect: '9:16' }]],
      ['i want it 30 secs max pls', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['zoooom in at 0:05', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 3000 }]],
      ['make the musiiic louuuder', [{ op: 'set_music_volume', change: 'louder' }]],
      ['addmusic', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['cut the deadair', [{ op: 'remove_dead_air' }]],
      ['move clip 1 2 the end', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['turn the music voluem down', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['exportin 4k', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['fadeout at the end pls', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['add a caption that says quote welcome comma everyone unquote', [{ op: 'add_text', text: 'welcome, everyone', style: 'caption' }]],
      ['delete the intro card full stop then export full stop', [{ op: 'remove_card', card: 'intro' }, { op: 'export', format: 'mp4' }]],
      ['so basically what i want is uh the music to be quieter', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['trim it to forty five seconds', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['make it one point two five times faster', [{ op: 'set_speed', factor: 1.25 }]],
      ['MUSIC TOO LOUD!!!!', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['mkae it vertical plz', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['slooooow it down a bit', [{ op: 'set_speed', factor: 0.75 }]],
      ['remove teh secnod clip', [{ op: 'remove_moment', index: 2 }]],
    ]);
  });

  describe('English dictated', () => {
    sure([
      ['nine sixteen please', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['export in ten eighty p', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['export in four k', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['speed it up one point five x', [{ op: 'set_speed', factor: 1.5 }]],
      ['set the music to thirty five percent', [{ op: 'set_music_volume', volume: 0.35 }]],
      ['zoom in at zero colon twelve', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]],
      ['make it vertical comma add music period', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['um so basically uh make it vertical you know', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['add a title that says quote Launch Day unquote', [{ op: 'add_text', text: 'Launch Day', style: 'title' }]],
      ['export in for K', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['add the low fi track', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['make it shorter like thirty seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['make it vertical I mean like portrait you know for reels', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['remove the dead air new line export it', [{ op: 'remove_dead_air' }, { op: 'export', format: 'mp4' }]],
      ['export it as a gif full stop', [{ op: 'export', format: 'gif' }]],
      ['cut it down to a minute period thanks', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['uh remove the the second clip', [{ op: 'remove_moment', index: 2 }]],
      ['trim clip two by three seconds', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
    ]);
  });

  describe('Chinese typed in a hurry', () => {
    sure([
      ['倒出1080p', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['加点因乐', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['改成竖平', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['字慕放上面', [{ op: 'edit_text', position: 'top' }]],
      ['片投删掉', [{ op: 'remove_card', card: 'intro' }]],
      ['加个bgm', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['给我整竖的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['导出１０８０ｐ', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['比例改成９：１６', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['加个music', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['export 一下', [{ op: 'export', format: 'mp4' }]],
      ['title 放 top', [{ op: 'edit_text', position: 'top' }]],
      ['音乐小声点🙏😂', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['导出orz', [{ op: 'export', format: 'mp4' }]],
      ['把片头删了[捂脸]', [{ op: 'remove_card', card: 'intro' }]],
      ['轉成豎屏', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['yyds 直接导出', [{ op: 'export', format: 'mp4' }]],
      ['整一个背景音乐', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['把第二段删删掉', [{ op: 'remove_moment', index: 2 }]],
      ['导出，，1080p', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['改成竖屏　加音乐', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['去掉背景因乐', [{ op: 'remove_music' }]],
      ['两倍速 搞快点', [{ op: 'set_speed', factor: 2 }]],
      ['帮我弄成竖版的呗 谢谢啦', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['把静音的部份剪掉', [{ op: 'remove_dead_air' }]],
      ['第三段移到最前面吧～', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['剪吉成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['导出 1080P！！！', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['给我整竖的 加个bgm 搞快点', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['背景音乐音量调到５０％', [{ op: 'set_music_volume', volume: 0.5 }]],
      ['第二段删了，，，第三段放最前面', [{ op: 'remove_moment', index: 2 }, { op: 'move_moment', index: 3, to: 1 }]],
      ['速度调成一点五倍速 谢谢🙏', [{ op: 'set_speed', factor: 1.5 }]],
      ['导出mp4 orz 急', [{ op: 'export', format: 'mp4' }]],
      ['把原生关掉', [{ op: 'set_source_volume', volume: 0 }]],
      ['字幕放下面 换行 导出一下', [{ op: 'edit_text', position: 'bottom' }, { op: 'export', format: 'mp4' }]],
      ['那个 那个 把音乐 音乐小点声', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['剪成六十秒 不对 就是说剪成一分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['改成９比１６', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['导出gif动图 动图', [{ op: 'export', format: 'gif' }]],
      ['🎵小声点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['第二段✂️', [{ op: 'remove_moment', index: 2 }]],
      ['竖屏!!!!', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['加个 music 然后 export 一下', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'export', format: 'mp4' }]],
      ['把BGM去了 谢谢', [{ op: 'remove_music' }]],
      ['淡出两秒钟 嗯 结尾淡出', [{ op: 'fade', target: 'clip', out_ms: 2000 }]],
      ['导出七二零p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['速度调到一点二五倍', [{ op: 'set_speed', factor: 1.25 }]],
      ['在十二秒的地方放大', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]],
      ['音乐音量百分之二十', [{ op: 'set_music_volume', volume: 0.2 }]],
      ['帮我把那个 那个 静音的地方去掉', [{ op: 'remove_dead_air' }]],
      ['导出 嗯 导出成gif', [{ op: 'export', format: 'gif' }]],
      ['竖屏竖屏竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['标题改成“开业大吉”！！', [{ op: 'edit_text', text: '开业大吉' }]],
      ['背景音乐关了吧😂😂', [{ op: 'remove_music' }]],
      ['给我整个九比十六的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['到出mp4', [{ op: 'export', format: 'mp4' }]],
      ['把片尾删了orz', [{ op: 'remove_card', card: 'outro' }]],
      ['原声静音[捂脸]', [{ op: 'set_source_volume', volume: 0 }]],
      ['分辨率１０８０Ｐ', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['加速到两倍 就是说 二倍速', [{ op: 'set_speed', factor: 2 }]],
      ['把第三段挪到第一个 谢谢～', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['音乐淡入淡出 各两秒', [{ op: 'fade', target: 'music', in_ms: 2000, out_ms: 2000 }]],
    ]);
  });

  describe('Chinese dictated', () => {
    sure([
      ['九比十六', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['导出一零八零p', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['导出四k', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['速度一点五倍', [{ op: 'set_speed', factor: 1.5 }]],
      ['音乐调到百分之三十五', [{ op: 'set_music_volume', volume: 0.35 }]],
      ['导出是K的', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['嗯 那个 就是说 把音乐关了', [{ op: 'remove_music' }]],
      ['改成竖屏逗号加点音乐句号', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['加个标题引号新品发布引号结束', [{ op: 'add_text', text: '新品发布', style: 'title' }]],
      ['然后呢 导出一下吧', [{ op: 'export', format: 'mp4' }]],
      ['等一下啊 先把第二段删了', [{ op: 'remove_moment', index: 2 }]],
      ['剪成半分钟左右吧 嗯', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['那个 静音原声 就是把原来的声音关掉', [{ op: 'set_source_volume', volume: 0 }]],
      ['音乐淡出 嗯 就是最后音乐慢慢没了', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
      ['在零分十二秒放大', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]],
    ]);
  });

  describe('two readings, or a value never said: left unread or asked', () => {
    notSure(['make it 9', 'export 108', 'speed it up for', '改成九', 'speed it up to', 'turn the music down to']);
  });

  describe('look-alikes: a mark, a symbol or an emoji named as a thing, or adorning its word', () => {
    nothing(['I love the quiet period at the start', 'is there a way to type a comma in the title?', 'the duckling in the video is cute',
      'follow us @acme', 'R&D team demo', '加个逗号']);
    sure([
      ['add the default music 🎶', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['mute the original audio 🔇', [{ op: 'set_source_volume', volume: 0 }]],
      ['add a title saying love u', [{ op: 'add_text', text: 'love u', style: 'title' }]],
      ['add a title that says Q&A', [{ op: 'add_text', text: 'Q&A', style: 'title' }]],
      ['加默认音乐 音乐再小声一点', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'set_music_volume', change: 'quieter' }]],
    ]);
  });
});
