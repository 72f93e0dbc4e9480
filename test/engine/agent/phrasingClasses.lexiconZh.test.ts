import { nothing, table } from './phrasingTable';

/**
 * Everyday Chinese words for the core requests that no phrasing set happened to hold (spoken, regional, net slang,
 * mixed with English, typed by sound): 扔掉/嘎了/pass掉 a moment, 拉到最前, 裁掉3秒 (a trim, not a crop), 速度调快,
 * 进度条 (a loading stretch), 沉默/安静的地方, 上个标题, 弄个动图, 首尾加渐变 (fades, not a gradient), 慢慢收掉 (a fade),
 * 10秒的地方推一下 (a push-in there, not a clip length), zoom掉 (off), 撤一下, 全删了重新弄, 就用第一个视频; with the
 * questions and refusals that look like them (导出要多久, 这是几倍速, 静音bgm said of the music), which change nothing.
 */
describe('edit agent: everyday Chinese words for the core requests → exact operations', () => {
  describe('length and best moments', () => {
    table([
      ['剪个30秒的精华', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['给我剪到一分钟以内', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['压到半分钟', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['控制在45秒左右', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['挑几个高光剪成20秒', [{ op: 'compile_best_moments', target_ms: 20000 }]],
      ['弄个15秒的短版', [{ op: 'compile_best_moments', target_ms: 15000 }]],
      ['搞个一分钟的cut', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['精剪成30s', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['留最精彩的30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['缩成三十秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['剪短到40秒', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['来个30秒集锦', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['做个30秒的highlight', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['30秒版本来一个', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['整个缩到1分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['剪个半分钟的', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['浓缩成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['帮我剪个一分钟左右的', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['时长压到30秒内', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['弄短点，40秒', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['剪个精华版', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['挑重点剪一下', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['只留高光', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['三十秒搞定', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['整个30秒的', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['剪成30秒钟', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    nothing(['我还没想好要多长', '现在多长了', '视频多长']);
  });
  describe('removing a moment', () => {
    table([
      ['第二个片段干掉', [{ op: 'remove_moment', index: 2 }]],
      ['去掉第2段', [{ op: 'remove_moment', index: 2 }]],
      ['第二段砍掉', [{ op: 'remove_moment', index: 2 }]],
      ['删掉第二个镜头', [{ op: 'remove_moment', index: 2 }]],
      ['第二段拿掉', [{ op: 'remove_moment', index: 2 }]],
      ['第二段咔掉', [{ op: 'remove_moment', index: 2 }]],
      ['第二截不要', [{ op: 'remove_moment', index: 2 }]],
      ['扔掉第二段', [{ op: 'remove_moment', index: 2 }]],
      ['第二段给我删咯', [{ op: 'remove_moment', index: 2 }]],
      ['把第二个cut掉', [{ op: 'remove_moment', index: 2 }]],
      ['第一个镜头删了吧', [{ op: 'remove_moment', index: 1 }]],
      ['开头那段不要', [{ op: 'remove_moment', index: 1 }]],
      ['最后一段砍了', [{ op: 'remove_moment', index: 3 }]],
      ['中间那段去掉', [{ op: 'remove_moment', index: 2 }]],
      ['第2个片段不需要', [{ op: 'remove_moment', index: 2 }]],
      ['第二段丢掉', [{ op: 'remove_moment', index: 2 }]],
      ['第二段整没了', [{ op: 'remove_moment', index: 2 }]],
      ['把第二段嘎了', [{ op: 'remove_moment', index: 2 }]],
      ['第二段直接毙了', [{ op: 'remove_moment', index: 2 }]],
      ['第二段pass掉', [{ op: 'remove_moment', index: 2 }]],
    ]);
    nothing(['别删第二段', '第二段挺好的']);
  });
  describe('moving a moment', () => {
    table([
      ['第三段移到第一个', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第二段跟第三段调换位置', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['第三段拉到最前', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第三段调到开头', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['把最后一段放最前面', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第一段放到末尾', [{ op: 'move_moment', index: 1, to: 3 }]],
    ]);
  });
  describe('trimming a moment', () => {
    table([
      ['第二段剪短2秒', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['第二段缩短3秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['第二段掐掉最后两秒', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['第二段尾巴去掉2秒', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['第二段收短一点', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['第二段裁掉3秒', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['第二段砍了2秒', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['第二段剪到5秒', [{ op: 'trim_moment', index: 2, to_ms: 5000 }]],
    ]);
  });
  describe('cutting a time range', () => {
    table([
      ['10秒到15秒那段删掉', [{ op: 'cut_range', start_ms: 10000, end_ms: 15000 }]],
      ['删掉10到15秒', [{ op: 'cut_range', start_ms: 10000, end_ms: 15000 }]],
      ['从第10秒到第15秒不要', [{ op: 'cut_range', start_ms: 10000, end_ms: 15000 }]],
      ['0:10-0:15去掉', [{ op: 'cut_range', start_ms: 10000, end_ms: 15000 }]],
      ['10s到15s剪了', [{ op: 'cut_range', start_ms: 10000, end_ms: 15000 }]],
    ]);
  });
  describe('speed', () => {
    table([
      ['快放两倍', [{ op: 'set_speed', factor: 2 }]],
      ['放慢一点', [{ op: 'set_speed', factor: 0.75 }]],
      ['整体快一点', [{ op: 'set_speed', factor: 1.5 }]],
      ['调成2倍速', [{ op: 'set_speed', factor: 2 }]],
      ['速度调快', [{ op: 'set_speed', factor: 1.5 }]],
      ['速度调慢一点', [{ op: 'set_speed', factor: 0.75 }]],
      ['二倍速播放', [{ op: 'set_speed', factor: 2 }]],
      ['慢放到0.5倍', [{ op: 'set_speed', factor: 0.5 }]],
      ['倍速1.5', [{ op: 'set_speed', factor: 1.5 }]],
      ['开个1.5x', [{ op: 'set_speed', factor: 1.5 }]],
      ['第二段加速两倍', [{ op: 'set_speed', factor: 2, index: 2 }]],
      ['第二段慢动作', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['节奏快一点', [{ op: 'set_speed', factor: 1.5 }]],
      ['搞快点', [{ op: 'set_speed', factor: 1.5 }]],
      ['太拖了加快点', [{ op: 'set_speed', factor: 1.5 }]],
      ['速度拉到两倍', [{ op: 'set_speed', factor: 2 }]],
    ]);
    nothing(['这是几倍速', '现在是几倍']);
  });
  describe('idle stretches sped up', () => {
    table([
      ['空闲的部分加速', [{ op: 'speed_up_idle', factor: 4 }]],
      ['发呆的地方快放', [{ op: 'speed_up_idle', factor: 4 }]],
      ['没操作的时候快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['加载的地方快进一下', [{ op: 'speed_up_idle', factor: 4 }]],
      ['卡住的地方快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['等待的地方加速', [{ op: 'speed_up_idle', factor: 4 }]],
      ['进度条那里快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['无聊的部分快进', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
  });
  describe('dead air', () => {
    table([
      ['去掉没声音的部分', [{ op: 'remove_dead_air' }]],
      ['把静音的地方剪掉', [{ op: 'remove_dead_air' }]],
      ['去掉空白', [{ op: 'remove_dead_air' }]],
      ['把冷场的地方剪掉', [{ op: 'remove_dead_air' }]],
      ['删掉停顿', [{ op: 'remove_dead_air' }]],
      ['没说话的部分去掉', [{ op: 'remove_dead_air' }]],
      ['气口剪掉', [{ op: 'remove_dead_air' }]],
      ['中间发呆的地方剪掉', [{ op: 'remove_dead_air' }]],
      ['没声的地方删了', [{ op: 'remove_dead_air' }]],
      ['沉默的地方剪掉', [{ op: 'remove_dead_air' }]],
      ['安静的部分去掉', [{ op: 'remove_dead_air' }]],
      ['把沉默去掉', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['保持安静']);
  });
  describe('shape and fill', () => {
    table([
      ['做成抖音的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['弄成9比16', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['转成方的', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['改成16:9', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['做成视频号的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['适配b站', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['做成1比1', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['竖版', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['做个shorts', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['做成4比5', [{ op: 'set_aspect', aspect: '4:5' }]],
      ['整个竖屏的', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['适配手机竖屏', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['搞成横版', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['竖评', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['做成vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['square一下', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['两边加黑边', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['背景模糊', [{ op: 'set_fill', fill: 'blur' }]],
      ['用模糊填充', [{ op: 'set_fill', fill: 'blur' }]],
      ['裁切填满', [{ op: 'set_fill', fill: 'crop' }]],
      ['铺满画面', [{ op: 'set_fill', fill: 'crop' }]],
      ['上下黑边', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['跟着鼠标裁', [{ op: 'set_fill', fill: 'follow' }]],
      ['画面撑满', [{ op: 'set_fill', fill: 'crop' }]],
      ['两边模糊', [{ op: 'set_fill', fill: 'blur' }]],
      ['裁掉两边', [{ op: 'set_fill', fill: 'crop' }]],
      ['crop一下', [{ op: 'set_fill', fill: 'crop' }]],
    ]);
  });
  describe('resolution', () => {
    table([
      ['分辨率调到720', [{ op: 'set_resolution', resolution: '720p' }]],
      ['改成1080', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['搞成超清', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['resolution改成1080p', [{ op: 'set_resolution', resolution: '1080p' }]],
    ]);
  });
  describe('export', () => {
    table([
      ['给我导个mp4', [{ op: 'export', format: 'mp4' }]],
      ['下载下来', [{ op: 'export', format: 'mp4' }]],
      ['渲染一下', [{ op: 'export', format: 'mp4' }]],
      ['出个gif', [{ op: 'export', format: 'gif' }]],
      ['弄个动图', [{ op: 'export', format: 'gif' }]],
      ['来个gif', [{ op: 'export', format: 'gif' }]],
      ['打包发我', [{ op: 'export', format: 'mp4' }]],
      ['发我一份', [{ op: 'export', format: 'mp4' }]],
      ['做成gif', [{ op: 'export', format: 'gif' }]],
      ['倒出', [{ op: 'export', format: 'mp4' }]],
      ['daochu', [{ op: 'export', format: 'mp4' }]],
      ['export一下', [{ op: 'export', format: 'mp4' }]],
      ['帮我export成gif', [{ op: 'export', format: 'gif' }]],
    ]);
    nothing(['还不用导出', '不要出片', '不用导出', '导出要多久', '渲染要多久啊']);
  });
  describe('titles and captions', () => {
    table([
      ['加个标题"产品演示"', [{ op: 'add_text', text: '产品演示', style: 'title' }]],
      ['开头加一行字：新功能上线', [{ op: 'add_text', text: '新功能上线', style: 'title', anchor: 'start' }]],
      ['标题写上 Demo Day', [{ op: 'add_text', text: 'Demo Day', style: 'title' }]],
      ['把标题改成"新版本"', [{ op: 'edit_text', text: '新版本' }]],
      ['标题换成 Hello', [{ op: 'edit_text', text: 'Hello' }]],
      ['标题去掉', [{ op: 'remove_text' }]],
      ['字幕删了', [{ op: 'remove_text' }]],
      ['加个字幕"点击这里"在10秒', [{ op: 'add_text', text: '点击这里', style: 'caption', start_ms: 10000 }]],
      ['标题挪到底部', [{ op: 'edit_text', position: 'bottom' }]],
      ['把字删了', [{ op: 'remove_text' }]],
      ['打个字幕：欢迎', [{ op: 'add_text', text: '欢迎', style: 'caption' }]],
      ['上个标题：年度回顾', [{ op: 'add_text', text: '年度回顾', style: 'title' }]],
      ['上个字幕"欢迎"', [{ op: 'add_text', text: '欢迎', style: 'caption' }]],
      ['加行字：新品发布', [{ op: 'add_text', text: '新品发布', style: 'title' }]],
      ['字幕改成"立即下载"', [{ op: 'edit_text', text: '立即下载' }]],
      ['把字幕往上挪', [{ op: 'edit_text', position: 'top' }]],
      ['标题放中间', [{ op: 'edit_text', position: 'center' }]],
      ['删字幕', [{ op: 'remove_text' }]],
      ['字幕不需要了', [{ op: 'remove_text' }]],
      ['加个人名条 李四，CEO', [{ op: 'add_text', text: '李四，CEO', style: 'lower-third' }]],
      ['加个字慕：你好', [{ op: 'add_text', text: '你好', style: 'caption' }]],
      ['加个title：Hello', [{ op: 'add_text', text: 'Hello', style: 'title' }]],
      ['caption改成 Hi', [{ op: 'edit_text', text: 'Hi' }]],
    ]);
    nothing(['标题挺好的', '字幕是什么字体']);
  });
  describe('cards', () => {
    table([
      ['加个片头"欢迎观看"', [{ op: 'add_card', card: 'intro', text: '欢迎观看', duration_ms: 2000 }]],
      ['结尾加个片尾"谢谢观看"', [{ op: 'add_card', card: 'outro', text: '谢谢观看', duration_ms: 2000 }]],
      ['片头卡去掉', [{ op: 'remove_card', card: 'intro' }]],
      ['开头放一张卡片写 Welcome', [{ op: 'add_card', card: 'intro', text: 'Welcome', duration_ms: 2000 }]],
      ['最后来个结束页"关注我们"', [{ op: 'add_card', card: 'outro', text: '关注我们', duration_ms: 2000 }]],
      ['片头写"Hello"', [{ op: 'add_card', card: 'intro', text: 'Hello', duration_ms: 2000 }]],
      ['开场加个"欢迎收看"', [{ op: 'add_card', card: 'intro', text: '欢迎收看', duration_ms: 2000 }]],
      ['片尾加上"下期见"', [{ op: 'add_card', card: 'outro', text: '下期见', duration_ms: 2000 }]],
      ['结尾卡片去掉', [{ op: 'remove_card', card: 'outro' }]],
      ['片头片尾都删了', [{ op: 'remove_card' }]],
    ]);
  });
  describe('music', () => {
    table([
      ['搞个bgm', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['给整点背景音乐', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['加首歌', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['整点音乐', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['配点轻音乐', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['bgm加上', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['音乐来个轻松点的', [{ op: 'add_music', track: 'ambient', volume: 0.35, duck: true }]],
      ['bgm调小', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['音乐声音开大点', [{ op: 'set_music_volume', change: 'louder' }]],
      ['bgm太吵了', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['音乐关小一点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['音乐声小点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['bgm开小点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['背景音乐音量调到30%', [{ op: 'set_music_volume', volume: 0.3 }]],
      ['把音乐降低一点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['音乐压一压', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['音乐盖住说话了', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['音乐给我整小点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['背景因乐小点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['说话的时候音乐压低', [{ op: 'set_ducking', duck: true }]],
      ['不要闪避', [{ op: 'set_ducking', duck: false }]],
      ['音乐别自动降', [{ op: 'set_ducking', duck: false }]],
      ['去掉音乐', [{ op: 'remove_music' }]],
      ['bgm删了', [{ op: 'remove_music' }]],
      ['背景音乐去掉吧', [{ op: 'remove_music' }]],
      ['bgm撤了', [{ op: 'remove_music' }]],
    ]);
    nothing(['先不要加音乐', '音乐要不要加', '这个bgm挺好听的', '背景音乐是哪首', '静音bgm', '把背景音乐静音']);
  });
  describe('original sound', () => {
    table([
      ['原声关掉', [{ op: 'set_source_volume', volume: 0 }]],
      ['去掉原音', [{ op: 'set_source_volume', volume: 0 }]],
      ['不要原声', [{ op: 'set_source_volume', volume: 0 }]],
      ['原声保留', [{ op: 'set_source_volume', volume: 1 }]],
      ['把录屏的声音关了', [{ op: 'set_source_volume', volume: 0 }]],
      ['环境音去掉', [{ op: 'set_source_volume', volume: 0 }]],
      ['只留音乐，原声不要', [{ op: 'set_source_volume', volume: 0 }]],
      ['录屏声音关掉', [{ op: 'set_source_volume', volume: 0 }]],
      ['静音一下原视频', [{ op: 'set_source_volume', volume: 0 }]],
      ['把人声去了', [{ op: 'set_source_volume', volume: 0 }]],
      ['去人声', [{ op: 'set_source_volume', volume: 0 }]],
      ['人声关掉', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
    nothing(['为什么没有声音']);
  });
  describe('fades and crossfades', () => {
    table([
      ['首尾加渐变', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['来个淡入淡出呗', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['开头渐显', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['结尾渐隐', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['音乐渐弱', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
      ['bgm慢慢收掉', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
      ['音乐慢慢消失', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
      ['淡入两秒', [{ op: 'fade', target: 'clip', in_ms: 2000 }]],
      ['段落之间加转场', [{ op: 'crossfade', ms: 500 }]],
      ['加个叠化', [{ op: 'crossfade', ms: 500 }]],
      ['片段之间交叉淡化', [{ op: 'crossfade', ms: 500 }]],
      ['每段之间淡一下', [{ op: 'crossfade', ms: 500 }]],
      ['硬切', [{ op: 'crossfade', ms: 0 }]],
      ['转场去掉', [{ op: 'crossfade', ms: 0 }]],
      ['加点过渡', [{ op: 'crossfade', ms: 500 }]],
      ['加个转场呗', [{ op: 'crossfade', ms: 500 }]],
      ['加个fade in', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['fade out一下', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
    ]);
    nothing(['这个转场怎么样', '不用加转场']);
    // A title's own fade is no fade of the clip: left unread.
    nothing(['标题慢慢消失']);
  });
  describe('zoom', () => {
    table([
      ['自动放大', [{ op: 'set_zoom', mode: 'auto' }]],
      ['跟着鼠标放大', [{ op: 'set_zoom', mode: 'auto' }]],
      ['放大一点', [{ op: 'set_zoom', mode: 'more' }]],
      ['镜头推近一点', [{ op: 'set_zoom', mode: 'more' }]],
      ['别放大了', [{ op: 'set_zoom', mode: 'off' }]],
      ['在10秒放大', [{ op: 'zoom_at', start_ms: 10000, duration_ms: 3000 }]],
      ['10秒的地方推一下', [{ op: 'zoom_at', start_ms: 10000, duration_ms: 3000 }]],
      ['在第5秒推进', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 3000 }]],
      ['局部放大', [{ op: 'set_zoom', mode: 'auto' }]],
      ['不要缩放', [{ op: 'set_zoom', mode: 'off' }]],
      ['缩小一点', [{ op: 'set_zoom', mode: 'less' }]],
      ['放大别那么狠', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoom掉', [{ op: 'set_zoom', mode: 'off' }]],
    ]);
  });
  describe('background', () => {
    table([
      ['加个背景', [{ op: 'set_background', background: 'aurora' }]],
      ['换个背景', [{ op: 'set_background', background: 'aurora' }]],
      ['背景去掉', [{ op: 'remove_background' }]],
      ['加个蓝色背景', [{ op: 'set_background', background: 'ocean' }]],
      ['背景换成紫色', [{ op: 'set_background', background: 'aurora' }]],
      ['背景用我上传的图', [{ op: 'set_background', background: 'image' }]],
    ]);
    nothing(['背景好看吗']);
  });
  describe('undo, redo, start over, tracks', () => {
    table([
      ['刚刚那个不对，撤回', [{ op: 'undo' }]],
      ['撤一下', [{ op: 'undo' }]],
      ['刚才那步撤了', [{ op: 'undo' }]],
      ['反悔了，撤回', [{ op: 'undo' }]],
      ['chexiao', [{ op: 'undo' }]],
      ['恢复撤销', [{ op: 'redo' }]],
      ['推倒重来', [{ op: 'start_over' }]],
      ['全删了重新弄', [{ op: 'start_over' }]],
      ['重新来过', [{ op: 'start_over' }]],
      ['看看有哪些轨道', [{ op: 'show_tracks' }]],
      ['时间线上有什么', [{ op: 'show_tracks' }]],
      ['列一下轨道', [{ op: 'show_tracks' }]],
    ]);
    nothing(['别撤销']);
  });
  describe('some uploads, or everything', () => {
    table([
      ['只要第二个文件', [{ op: 'use_sources', files: ['2'] }]],
      ['只用第二个素材', [{ op: 'use_sources', files: ['2'] }]],
      ['就用第一个视频', [{ op: 'use_sources', files: ['1'] }]],
      ['全都保留', [{ op: 'keep_everything' }]],
      ['原样保留', [{ op: 'keep_everything' }]],
      ['一刀不剪', [{ op: 'keep_everything' }]],
      ['别剪，全部保留', [{ op: 'keep_everything' }]],
      ['保留全部内容', [{ op: 'keep_everything' }]],
    ]);
    nothing(['不要改了', '算了不用了']);
  });
});
