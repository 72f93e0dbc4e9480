import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 41, Chinese second thoughts, hedges, dead air described, levels, fades and texts:
 * - whether it can be done, asked opening a clause or after what it is of (能不能麻烦你去掉, 能否调小一点, 段和段之间能不能
 *   柔和一点), is the request, hedged; not what the user may do (我能不能…), nor a question of how;
 * - a length of a fade or transition said roughly (约三秒), or made each that long (都整成一秒的);
 * - a level said before its noun (0.7的音量);
 * - what the footage shows said to stay (动作要领都留着), beside a clip of the best moments or the idle stretches taken out
 *   or sped up, which keep it: no words left unread;
 * - second thoughts: a remark between the slip and what is meant (算了，…挺有味道的，还是别加了); a detail said after a
 *   request (放下面, 四秒) corrected by a slip, in Chinese figures too; the value taken back called too much after what is
 *   meant (…，1.5倍，2倍太鬼畜了);
 * - an idle stretch described, then pointed back at by 那段, 那几段 (画面没人也没声音，那段可以剪掉), and the while it was named
 *   beside it (我去拿器材那会儿); 没人讲解 is a quiet stretch;
 * - a text's words, unquoted, after a line added to its noun (字幕加一句 冷链到家 放下面);
 * - a point of the footage pointed at (那里), then a time in minutes and seconds (冒泡泡那里大概1分05秒), is when;
 * - an edit offered (要不试试…看看效果？, 不如…吧) is the request; an edit weighed aloud (改成竖屏会不会好点？, 音乐要不要加……),
 *   then decided (那就改吧, 加个默认的吧), is that edit;
 * - a sound named, then turned to a number of times (原声大点声，整到1.3倍), is its level, no speed;
 * - the empty sides filled with black (上下空的地方用黑色填); a shape whose sides are said empty or ugly is the one the
 *   video has (竖屏两边空着好难看，用模糊的填上吧), no shape asked;
 * - beside a request: where the file is put (放商品详情页的), who bounds it (平台限制), the uploads named (我那三个文件), a
 *   change maybe asked later (老师说不定还要改), why the opening goes (直接进正题好一点).
 * Own wordings, against a draft of 3 moments and 1 text.
 */

describe('edit agent: round 41, Chinese second thoughts, hedges, dead air, levels, fades and texts', () => {
  describe('whether it can be done, asked of a clause', () => {
    sure([
      ['片尾那张卡我们用不上了，能不能帮我去掉', [{ op: 'remove_card', card: 'outro' }]],
      ['第三段拍糊了，可不可以麻烦你删掉', [{ op: 'remove_moment', index: 3 }]],
      ['音乐太吵，能否调小一点', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['字幕能不能往上挪一点', [{ op: 'edit_text', position: 'top' }]],
      ['原声里风声太大，能不能调小一点，百分之四十', [{ op: 'set_source_volume', volume: 0.4 }]],
      ['片段之间能不能柔和一点，用一秒的叠化', [{ op: 'crossfade', ms: 1000 }]],
    ]);
    notSure(['我能不能自己加字幕？', '能不能告诉我怎么导出', '能不能看清楚一点']);
  });

  describe('a length of a fade or transition said roughly, or made each that long', () => {
    sure([
      ['片头渐显，约两秒', [{ op: 'fade', target: 'clip', in_ms: 2000 }]],
      ['音乐最后淡出，约莫三秒', [{ op: 'fade', target: 'music', out_ms: 3000 }]],
      ['加转场，都弄成一秒的', [{ op: 'crossfade', ms: 1000 }]],
      ['段落之间那个过渡，都改成0.8秒', [{ op: 'crossfade', ms: 800 }]],
      ['过渡，都整成两秒的', [{ op: 'crossfade', ms: 2000 }]],
    ]);
    sure([['加转场，剪成30秒', [{ op: 'crossfade', ms: 500 }, { op: 'compile_best_moments', target_ms: 30000 }]]]);
  });

  describe('a level said before its noun', () => {
    sure([
      ['加个音乐，0.5的音量', [{ op: 'add_music', track: 'lofi', volume: 0.5, duck: true }]],
      ['原声用0.8的音量', [{ op: 'set_source_volume', volume: 0.8 }]],
      ['背景音乐30的音量', [{ op: 'set_music_volume', volume: 0.3 }]],
      ['加首 rain.mp3，0.6 的音量', [{ op: 'add_music', track: 'rain.mp3', volume: 0.6, duck: true }]],
    ]);
  });

  describe('what the footage shows said to stay, beside a clip or idle stretches', () => {
    sure([
      ['剪成30秒，开箱的部分保留', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['剪辑成一分钟，精彩镜头留着', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['把发呆的地方快进，讲解的都留着', [{ op: 'speed_up_idle', factor: 4 }]],
      ['做个40秒的，小朋友唱歌的都留着', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['剪到半分钟，跳水嗰啲靚位留返', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    notSure(['剪成一分钟，音乐留着', '剪成一分钟，第二段留着', '加个音乐，都留着', '动作要领都留着']);
  });

  describe('second thoughts', () => {
    sure([
      ['去掉第三段，算了，那段其实挺好的，还是别删了', []],
      ['配个音乐，算了，现场的声音挺好听，还是不要了', []],
      ['标题“开业大吉”，放上面，哦不对，放中间吧', [{ op: 'add_text', text: '开业大吉', style: 'title', position: 'center' }]],
      ['加个片头“新品”，五秒，不对，三秒吧', [{ op: 'add_card', card: 'intro', text: '新品', duration_ms: 3000 }]],
      ['片尾“谢谢观看”，两秒，算了还是四秒', [{ op: 'add_card', card: 'outro', text: '谢谢观看', duration_ms: 4000 }]],
      ['剪成一分钟，不对，四十秒，一分钟太长了', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['整体1.5倍，不对，1.2倍，1.5倍太赶了', [{ op: 'set_speed', factor: 1.2 }]],
    ]);
    nothing(['2倍太鬼畜了', '三秒太短了']);
  });

  describe('an idle stretch described, then pointed back at', () => {
    sure([
      ['画面没人也没声音，那段可以剪掉', [{ op: 'remove_dead_air' }]],
      ['没人说话，那几段快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['我接电话的时候，没人说话，那段剪掉', [{ op: 'remove_dead_air' }]],
      ['没人解说的地方快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['中间他去倒水那会儿，没人说话，那段直接删', [{ op: 'remove_dead_air' }]],
    ]);
    notSure(['第二段很好，那段留着', '画面很好看，那段可以剪掉', '开头调焦那会儿，放大一下']);
  });

  describe('a text\'s words after a line added to its noun', () => {
    table([
      ['字幕加一句 冷链到家 放下面', [{ op: 'add_text', text: '冷链到家', style: 'caption', position: 'bottom' }]],
      ['标题加一行 新店开业', [{ op: 'add_text', text: '新店开业', style: 'title' }]],
      ['字幕加一句 三天发货 全国包邮 放上面', [{ op: 'add_text', text: '三天发货 全国包邮', style: 'caption', position: 'top' }]],
    ]);
    notSure(['字幕加一句话']);
  });

  describe('an edit offered, or weighed then decided', () => {
    sure([
      ['不如试试2倍速看看', [{ op: 'set_speed', factor: 2 }]],
      ['要不改成方的吧？', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['要不先加个音乐？', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['大家都用手机看，改成竖屏会不会好点？那就改吧', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['背景要不要换……换成模糊的吧', [{ op: 'set_fill', fill: 'blur' }]],
      ['音乐要不要加……加个默认的吧，百分之二十', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
      ['加个转场是不是更自然？那就加吧', [{ op: 'crossfade', ms: 500 }]],
    ]);
    notSure(['要不要改成竖屏？', '改成竖屏会不会好点？', '音乐要不要加？不加了']);
    nothing(['要不然太长了吗？']);
  });

  describe('a sound named, then turned to a number of times', () => {
    sure([
      ['原声大点声，整到1.3倍', [{ op: 'set_source_volume', volume: 1.3 }]],
      ['原声小声点，整到0.6倍', [{ op: 'set_source_volume', volume: 0.6 }]],
      ['原声大点声，调到1.5倍', [{ op: 'set_source_volume', volume: 1.5 }]],
    ]);
    sure([['第二段，调到1.5倍', [{ op: 'set_speed', factor: 1.5, index: 2 }]]]);
  });

  describe('the sides: filled with black, or ugly as the shape has them', () => {
    sure([
      ['上下空的地方用黑色填', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['两边空的地方用黑的补上', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['竖屏两边空着太丑了，用模糊的填', [{ op: 'set_fill', fill: 'blur' }]],
      ['横屏上下黑的太丑，用模糊填', [{ op: 'set_fill', fill: 'blur' }]],
    ]);
    sure([
      ['改成竖屏，两边空着的地方用黑色填', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['改成竖屏，两边用模糊', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]],
    ]);
  });

  describe('said beside a request', () => {
    sure([
      ['导出gif，发公司官网用', [{ op: 'export', format: 'gif' }]],
      ['最后导个gif，放店铺主页的', [{ op: 'export', format: 'gif' }]],
      ['剪成30秒，平台限制', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['我这两个文件，只用 a.mp4', [{ op: 'use_sources', files: ['a.mp4'] }]],
      ['导出mp4，客户可能还要改', [{ op: 'export', format: 'mp4' }]],
      ['去掉片头，进入正题更好', [{ op: 'remove_card', card: 'intro' }]],
    ]);
    notSure(['导出mp4，可能还要一个gif', '放到第二段']);
  });

  describe('a point pointed at, then its time', () => {
    sure([
      ['倒水那儿0:42，放大一下', [{ op: 'zoom_at', start_ms: 42000, duration_ms: 3000 }]],
      ['蛋糕切开那里大概2分10秒，放大', [{ op: 'zoom_at', start_ms: 130000, duration_ms: 3000 }]],
      ['签字那里差不多1分30秒，放大三秒', [{ op: 'zoom_at', start_ms: 90000, duration_ms: 3000 }]],
      ['割麦那里差不多0:35，放大', [{ op: 'zoom_at', start_ms: 35000, duration_ms: 3000 }]],
    ]);
  });
});
