import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder,
  moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText,
  resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

/**
 * Held-out 19 (written as fresh 18; exposed in session 17 and looked at in session 18), Chinese: a blind phrasing set written by a helper on 2026-12-02, to measure the parser on words it was
 * never tuned on (the Chinese writer of round 18 for voices whose trade or role starts with A to L).
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13 (/work/briefs/issue13.md), /work/briefs/writer18-zh.md (the brief) and /work/briefs/headers18.txt (the header
 * comments of the earlier sets, for their form, their decided readings and the voices already used; no phrasing of
 * them). Not read: any other phrasing set or other file of fresh18/ (an `ls` of fresh18/ showed it empty before this
 * file was written), heldout18b/, the parser (src/engine), src/protocol/vocabulary.ts or any other src file, test/,
 * scripts/, bench/*.ts, out/, the bench's output; no git log / diff / show was run; no sentence was run through the
 * parser, the CLI, the engine or the bench. No slip. Run on this file only: the type-check the brief asks for, and a
 * compile of it (with ops.ts, which pulls in src/protocol's files as the compiler's dependencies, not opened) into /tmp
 * to count its own lines, operations and repeats.
 *
 * Voices (30, trades A to L, none of them in an earlier set): art-exam studio teacher (杭州美术艺考画室, 同学们, 句号),
 * ancient-building carpenter (山西古建修缮木匠, 晋语: 甚, 圪节, 话少), airport ground crew (白云机场地勤夜班, 对讲腔:
 * 收到, over, x2), bridal-shop consultant (婚纱店顾问, 姐妹们, ～, emoji), bone-setter (吉林正骨师傅, 东北话: 整, 嘎哈,
 * 贼拉, 杠杠的, 老铁), bookstore owner (独立书店老板, 文艺, 省略号), car-wash owner (郑州洗车店, 河南话: 中不中, 可得劲,
 * 拼音错字: 到处), cotton farmer (新疆兵团棉农, 咧, 嘛), construction foreman (四川籍包工头在上海工地: 搞快点, 莫得, 撒,
 * 要得), crab farmer (阳澄湖大闸蟹养殖户, 苏州话: 伐, 蛮好, 一歇歇, 伊拉), data annotator (数据标注员, 冒号分项, zoom /
 * label / caption / QA / redo 中英夹杂), duck farmer (高邮养鸭户, 拼音错字: 视屏, 因乐, 竖平, 到出, 无标点), dumpling-shop
 * owner (哈尔滨饺子馆老板娘, 老妹儿, 嗷, 咋整), emcee (婚礼司仪, 主持腔, 感叹号), English tutor (考研英语老师, cut /
 * highlight / zoom in / dead air / lower third / export 中英夹杂), exhibition-booth builder (展台搭建工, 空格代标点,
 * 极简), film extra (横店群演, 笑死, 破防了, 救命, emoji), food blogger (长沙探店博主, 宝子们, 咯, 哒), ginseng farmer
 * (长白山人参种植户, 老人, 您, 问句), golf caddie (海南球场球童, 贵州妹子, 礼貌, 哈), green-belt tree trimmer (园林绿化工,
 * 一大段不打标点), home inspector (杭州验房师, 问题1：…, 空鼓, 渗水), hydropower-station operator (山区水电站值班员, 值班记录腔),
 * incense maker (福建永春制香师傅, 半文雅: 劳您, 宜, 便好), juice-stall owner (厦门夜市果汁摊 00 后, xs, nsdd, emoji),
 * knife grinder (走街串巷磨刀师傅, 吆喝: 磨剪子嘞戗菜刀, 俺), Kunqu actor (苏州昆剧院演员, 书名号, 有劳, 可否),
 * karting instructor (卡丁车场教练, 全油门, 出弯, 急), lighthouse keeper (舟山灯塔守护人, 短句, 句号), lacquerware
 * artisan (福州脱胎漆器匠人, 髹漆行话, 书面, 伊).
 *
 * Counts: 257 written in a first pass (30 voices, 8-10 lines each, shaped while drafting to cover every operation of
 * ops.ts). In review 15 were added (a fill alone twice, only the last upload, only the second upload then keep
 * everything, both cards removed between two exports, music removed between two exports, music set to a level between
 * two exports, music quieter, start over then a length, undo undo redo, two resolutions set without export, a 1:05
 * length, a whole-clip slow-down, a 5-request message), 2 chatter lines were dropped (over the must-change-nothing
 * share), 1 line was replaced ("不要音乐", which earlier sets read both as music removal and as nothing, now music with
 * ducking), and 24 were reworded where a second reading was possible or a rule of the brief was broken: music fades,
 * louder and a level said in lines that did not add music (now added in the same line); music levels said with "轻轻的"
 * / "小点" / "小一点" / "要大" beside a percentage (could be quieter / louder as well); a title's words and place edited
 * at once (now its words only); "加速五倍" / "加速1.5倍" (could be read as 6x / 2.5x; now "5倍速" / "1.5倍速"); "模糊背景"
 * for the blur fill (could be read as a background); a "白底" default background; "安静一点的感觉" beside a length; auto
 * zoom "跟着鼠标" (could be the follow fill); "延时" beside a length; "存着" beside a resolution (could be an export); a
 * background added, removed and exported once (now two exports); a moment named beside dead-air removal; "弄清楚些"
 * (could be a resolution); a stretch "消音" (could be a source volume); a default background "想了想不要" said
 * unclearly; a redo worded close to a line an earlier header quotes; and 9 short lines were lengthened so they are less
 * likely to equal a stock phrasing of another set.
 * 270 final (none repeated within this file, compared trimmed and lower-cased), of which 30 (11.1 %) must change
 * nothing (questions about the product: auto-labelling boxes, auto-posting to 抖音, auto reports; negated requests:
 * 甚也不要动了, 其实不用加片头了, 本班次暂不导出; chatter and thanks; things the product cannot do: colour correction /
 * 调深 / 调色 / 漆面光泽, 磨皮 / P脸, 糊车牌, P掉人, 特效 (热气冒烟), 解说配音, 语音转字幕 / 唱词识别成字幕, turning
 * duck calls into music, weighing crabs, estimating cotton yield, a ginseng's age, a golf shot's distance, identifying a
 * bird's nest, lap times, judging a blade, smell through the screen, diagnosing patients). 29 lines carry 2-5 requests.
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: a clip with no length named would be 60 s (every length line here names
 * one); music with no track named is lo-fi at 35 % ducked (a level said with it replaces the 35 %: 音量25%, 百分之二十,
 * 百分之三十, 六成, 百分之十五, 八成, 50%, 百分之七十, 百分之四十五; an uploaded audio file named is the track: 棉花谣.mp3,
 * 婚礼进行曲.mp3, 南音.mp3; "人说话的时候压下去" / "我讲话时候自动压低" / "俺吆喝的时候让音乐让一让" is the default
 * ducking, "我说话的时候别给我压下去" / "讲话时不要压低" turns it off; "再轻一些" after adding it is quieter, "比默认的
 * 大声点" louder, "再把音乐调到百分之十" its level; "音乐开头淡入、结尾淡出" / "音乐结尾处淡出三秒" after adding music are
 * the music's fades); 淡入 / 淡出 with no length is 1 s, 淡入淡出 / 开头淡入结尾淡出 both, with a length that length; 叠化
 * with a length is that length (半秒 / 零点五秒 0.5 s, 一秒半 1.5 s), 硬切 不要过渡 0; idle stretches sped up with no factor
 * (快些放过去, 快快放过去) go 4x; a card (片头 / 片尾) with no length is 2 s; a zoom at a time with no hold is 3 s; a
 * background with no name (你们默认那个, 默认的渐变色, 默认背景) is aurora, "我刚上传的那张…照片" is 'image', a picture
 * file named is its name; an export with no format is mp4.
 * Other readings: a length alone (四十五秒, 一分半, 30s, 1:05, 20秒, 一分钟, 两分钟左右, 三十秒, 一分钟零十秒, 40秒, 一分十五
 * 秒, 50s, 半分钟, 25秒, 三分钟, one minute, 十五秒, 二十秒, 35秒, 两分半钟, 五十秒左右, 1分20秒, 90秒, 10秒, 五十五秒, 一分
 * 四十秒) is best moments at that length. 抖音 / 快手 named as where it goes is 9:16; 小红书 / 朋友圈 / 公众号 only with a
 * shape said (4:5, 1:1, 16:9). 两边模糊 / 用模糊填上 is blur, 黑边 / 上下留黑边 letterbox, 裁满 crop; a fill said alone
 * (别模糊了，用黑边; 两边别留边，直接裁满) is set_fill. 分辨率 / resolution with 先不导 / export 等会儿 sets the
 * resolution; with 导 / 出 / export / 出片 it is the export's (720 / 1080 without the p are 720p / 1080p, 超清的 4K /
 * 四K are 4k). 标题 / title of the draft is text 1 (改成 / 换成 / 改为 edits its words, 挪到 / 置于 its position, 从第2秒
 * 到第7秒显示 its timing, 删了 / 那行字…删掉 removes it); "画面上的字全部去掉" removes every text; 加标题 / 加字 / 加一行
 * 新的标题 adds a title, 字幕 / caption a caption, 人名条 / 名字条 / lower third a lower third, the words inside the
 * quotes exactly as typed; 前N秒 / 0到N秒 runs 0 to N s, 从第N秒到第M秒 N to M s, 结尾处 anchors at the end, 最后N秒 at
 * the end for N s; 从旁边滑进来 is the slide motion; 最上面 / 最上边 / 上头 top, 正中间 center, 下面 / 底部 / 下方 bottom.
 * 第N段 / 中间那段 is moment N / 2; 最前面 / 第一个 place 1, 第二个 place 2; "只留 / 只要前 / 只保留前 N秒" on a moment is
 * its length, "剪短 / 砍掉 / 缩短 N秒" and "最后五秒…砍了" a trim by N. A file named by its place is 'first' / 'second' /
 * 'last', by its name its name. 原声 / 视频本身声音 / 视频原来的声音 is the source volume (关 / 静音 0, 一成 0.1, 两成
 * 0.2, 百分之二十五 0.25, 三成 0.3, 一半 / 小一半 0.5, 七成 0.7, 百分之八十 0.8, 百分之百 1, 120% 1.2, 一百五 1.5).
 * Music, cards and backgrounds are only changed, faded or removed in a message that adds them (the draft has none); no
 * moment is named after a request that rebuilds the timeline or after a removal. A history step, a track listing or an
 * export said between edits stands where it is said; "连撤两步" is two undos, "撤销，再撤销，然后 redo 一步" two undos
 * and a redo, "刚才撤掉的又想要了，给我重做回来" / "又搞回来，重做" a redo, "清空重来" / "全部重来吧 清空" start over.
 *
 * Measured blind on 7b0eea9 (session 16's grammar, before session 17's changes): 221/268 = 82.5 % (24 wrong edits, 12 asked first); the lead removed 2 lines shared with held-out 7 ('刚才那下整错了，退回去', '导出为mov格式，1080p。'). Read against a draft of 3 moments and 1 text (no music, no card, no background).
 * Exposed in session 17, during its round: a bench output given to the grammar helpers kept this set's misses (its
 * summary lines taken out, the lines under them left), so the two Chinese helpers of held-out 18b read them under their
 * own section's heading; one said so and built nothing from them. Printed apart as 'fresh 18 (exposed)' since; fresh 19
 * was written blind to replace it. Opened as held-out 19 at the start of session 18 (its misses read by the grammar
 * helpers of that round).
 */
export const heldout19Zh: [string, Phrasing['want']][] = [
  // voice: art-exam studio teacher (美术艺考画室老师, 杭州, 带学生, 爱用"同学们"口吻, 句号)
  ['同学们范画的录屏太长了，帮我剪成四十五秒的精华。', best(45)],
  ['第二段我在讲明暗交界线，这段放慢一点，0.75倍速。', speed(0.75, 2)],
  ['开头加个标题“色彩静物 示范”，显示前4秒。', text('色彩静物 示范', { start_ms: 0, end_ms: 4000 })],
  ['调色板那一段（第三段）挪到最前面去，先讲颜料再讲画。', moveMoment(3, 1)],
  ['做成竖的发抖音，两边空的地方用模糊填上。', aspect('9:16', 'blur')],
  ['第12秒我点了一下画布那里，放大给学生看清楚。', zoomAt(12)],
  ['能不能自动把画面里的颜色调得更准一点？色差太大了。', nothing],
  ['好了，导出一个1080p的mp4，我发家长群。', exportAs('mp4', '1080p')],
  ['再加个片尾，写“西湖画室 招生中”，停3秒。', card('outro', '西湖画室 招生中', 3)],

  // voice: ancient-building carpenter (山西古建修缮木匠, 晋语: 甚, 咋, 圪, 话少)
  ['这修斗拱的录像，给咱弄成一分半的。', best(90)],
  ['没人动弹的那些圪节，不要剪，快些放过去就行。', idle()],
  ['第一段拆构件的太长，剪短五秒。', trimBy(1, 5000)],
  ['标题改成“晋祠献殿 斗拱修缮”。', editText({ index: 1, text: '晋祠献殿 斗拱修缮' })],
  ['锯木头的声音太吵，原声给压到三成。', sourceVolume(0.3)],
  ['甚也不要动了，就这样。', nothing],
  ['段和段中间加个叠化，一秒的。', crossfade(1000)],
  ['背景就用你们默认那个，再导个mov。', then(background(), exportAs('mov'))],
  ['木纹的颜色能给调深些不？', nothing],

  // voice: airport ground crew (白云机场地勤, 夜班, 缩写多, 对讲机腔: 收到, over)
  ['收到。行李装卸的录屏，剪个30s，over', best(30)],
  ['第3段删掉，那段是拍到旅客脸的', removeMoment(3)],
  ['第一段 x2 速', speed(2, 1)],
  ['拖车等待那几分钟没动静的，直接剪了，别留', deadAir],
  ['加字幕“地面保障 安全第一”，放底部', text('地面保障 安全第一', { style: 'caption', position: 'bottom' })],
  ['tracks 列一下我看看现在几条轨', tracks],
  ['撤回上一步，over', undo],
  ['全部压到1:05，over', best(65)],
  ['出个720p的webm发群里', exportAs('webm', '720p')],

  // voice: bridal-shop consultant (婚纱店顾问, 姐妹, 小仙女, ～, emoji)
  ['姐妹们试纱的视频帮我剪成20秒的呀～发小红书 ✨', best(20)],
  ['小红书用4:5的，两边不要模糊，上下留黑边就好💕', aspect('4:5', 'letterbox')],
  ['加个标题“春日限定 法式缎面”，从第1秒到第5秒～', text('春日限定 法式缎面', { start_ms: 1000, end_ms: 5000 })],
  ['配点音乐吧，音量25%就好🎵', music('lofi', 0.25)],
  ['第二段转圈圈那个慢一点，半速！', speed(0.5, 2)],
  ['开头淡入结尾淡出，都要～', fade('clip', 1000, 1000)],
  ['能把新娘皮肤磨得白一点嘛🥺', nothing],
  ['用我刚上传的那张店面照片当背景吧', background('image')],
  ['好啦好啦，导出gif给客户预览一下～', exportAs('gif')],

  // voice: bone-setter (吉林正骨师傅, 东北话: 整, 嘎哈, 贼, 杠杠的, 老铁)
  ['老铁，这正骨的视频给整成一分钟的，别太长', best(60)],
  ['第二段贼拉长，给我只留8秒', trimTo(2, 8000)],
  ['整个视频快一点，1.25倍', speed(1.25)],
  ['加个人名条“王氏正骨 王德福，第三代传人”', text('王氏正骨 王德福，第三代传人', { style: 'lower-third' })],
  ['患者嗷嗷叫那声儿太大了，视频本身声音小一半', sourceVolume(0.5)],
  ['标题嘎哈在中间，挪到最上边去', editText({ index: 1, position: 'top' })],
  ['杠杠的，导出来吧，要4K', exportAs('mp4', '4k')],
  ['这玩意儿能给人看病不？开玩笑的哈哈', nothing],

  // voice: bookstore owner (独立书店老板, 文艺, 省略号, 慢)
  ['新书分享会的录屏……想剪成两分钟左右的，慢慢看的那种', best(120)],
  ['画面上现有的那行字……先删掉吧', removeText(1)],
  ['加一行新的标题“在书店过一个下午”，放在正中间', text('在书店过一个下午', { position: 'center' })],
  ['背景音乐……要，音量百分之二十，人说话的时候压下去', then(music('lofi', 0.2), ducking(true))],
  ['每段之间慢慢化过去……两秒的叠化', crossfade(2000)],
  ['结尾淡出，三秒……像翻完最后一页那样', fade('clip', undefined, 3000)],
  ['其实不用加片头了……就这样挺好', nothing],
  ['加点音乐……再轻一些', then(music(), quieter)],
  ['方形的吧，1:1，朋友圈发', aspect('1:1')],
  ['谢谢你……今天帮了大忙', nothing],

  // voice: car-wash owner (郑州洗车店老板, 河南话: 中, 可, 得劲, 恁)
  ['洗车打蜡这个视频，弄个三十秒中不中', best(30)],
  ['发快手的，画面要竖的', aspect('9:16')],
  ['泡沫喷上去那一段（第二段）可得劲，挪到第一个', moveMoment(2, 1)],
  ['加个片头“老王洗车 精洗38”，两秒就中', card('intro', '老王洗车 精洗38')],
  ['高压水枪那声儿太响，原声直接关了', sourceVolume(0)],
  ['整体1.5倍速，看着利索', speed(1.5)],
  ['中，到处一个MP4', exportAs('mp4')],
  ['车牌能给我糊上不？', nothing],
  ['第三段最后五秒没用，砍了', trimBy(3, 5000)],

  // voice: cotton farmer (新疆兵团棉农, 豫籍二代, 咧, 啥, 嘛, 朴实)
  ['采棉机下地的视频，剪成一分钟零十秒的咧', best(70)],
  ['中间那段采棉机掉头的，删了嘛', removeMoment(2)],
  ['没啥动静的地方快进，四倍就行', idle(4)],
  ['标题换成“兵团棉花 机采全程”', editText({ index: 1, text: '兵团棉花 机采全程' })],
  ['再加个音乐，我传的那个“棉花谣.mp3”', music('棉花谣.mp3')],
  ['画面弄成16:9横的', aspect('16:9')],
  ['能帮我算算今年亩产多少不？', nothing],
  ['先出个720的看看，再出个1080的', then(exportAs('mp4', '720p'), exportAs('mp4', '1080p'))],

  // voice: construction foreman (四川籍包工头在上海工地, 老子, 搞快点, 要得, 撒)
  ['工地浇筑的录像搞快点，剪个40秒的', best(40)],
  ['只用第二个视频，第一个拍得歪歪扭扭的', only('second')],
  ['泵车等料那些空档，莫得声音莫得动作的，全部剪掉撒', deadAir],
  ['加个字“安全生产 人人有责”在下面', text('安全生产 人人有责', { position: 'bottom' })],
  ['原声三成，背景音乐百分之四十', then(sourceVolume(0.3), music('lofi', 0.4))],
  ['要得，导一个高清1080的', exportAs('mp4', '1080p')],
  ['先配上音乐出一版mp4，然后音乐去掉再出一版', then(music(), exportAs('mp4'), noMusic, exportAs('mp4'))],
  ['把画面上那个没戴安全帽的P掉', nothing],
  ['前面那个字不对，撤销', undo],
  ['又搞回来，重做', redo],

  // voice: crab farmer (阳澄湖大闸蟹养殖, 苏州话: 伐, 蛮好, 一歇歇)
  ['捕蟹的视频剪个一分十五秒伐', best(75)],
  ['第一段网兜拎起来那一歇歇，只要前6秒', trimTo(1, 6000)],
  ['加个片头“阳澄湖 正宗大闸蟹”，片尾“顺丰包邮”', then(card('intro', '阳澄湖 正宗大闸蟹'), card('outro', '顺丰包邮'))],
  ['背景音乐要伐？要的，默认那个就蛮好', music()],
  ['加首背景音乐，音乐开头淡入、结尾淡出', then(music(), fade('music', 1000, 1000))],
  ['两边空出来的地方别模糊了，用黑边', fill('letterbox')],
  ['把0:20到0:26那段剪掉，拍到隔壁塘了', cut(20, 26)],
  ['发抖音，竖屏，两边黑边', aspect('9:16', 'letterbox')],
  ['伊拉问螃蟹能不能自动称重显示在画面上？', nothing],
  ['导出mp4，分辨率720p，蟹塘信号差传不动大的', exportAs('mp4', '720p')],

  // voice: data annotator (数据标注员, 工号腔, bbox / label / QA 中英夹杂, 冒号分项)
  ['需求：标注工具演示录屏，目标时长 50s', best(50)],
  ['第2段：拉框那里放慢到0.5x，新人看得清', speed(0.5, 2)],
  ['第3段：缩短2秒', trimBy(3, 2000)],
  ['zoom：打开自动放大，哪里有操作就放大哪里', zoom('auto')],
  ['zoom 放大太多了，收一点', zoom('less')],
  ['label：加一条caption“快捷键 W 画框”，0到6秒', text('快捷键 W 画框', { style: 'caption', start_ms: 0, end_ms: 6000 })],
  ['QA 问一下：这个工具能自动帮我标框吗', nothing],
  ['撤销，再撤销，然后 redo 一步', then(undo, undo, redo)],
  ['resolution 先设成 4K，export 等会儿再说', resolution('4k')],
  ['输出：webm，1080p', exportAs('webm', '1080p')],
  ['把现在的轨道情况列出来，我截图交差', tracks],

  // voice: duck farmer (高邮养鸭户, 老实, 拼音错字: 视屏, 因乐, 到出)
  ['赶鸭子下河的视屏剪成半分钟', best(30)],
  ['加个背景因乐 音量百分之三十', music('lofi', 0.3)],
  ['只要最后传的那个视屏 前面的不用', only('last')],
  ['鸭子嘎嘎叫的原声留着 调到百分之八十', sourceVolume(0.8)],
  ['标题删了 不要了', removeText(1)],
  ['第三段放到第二个', moveMoment(3, 2)],
  ['竖平的 快手上发', aspect('9:16')],
  ['到出来 要清楚点的 1080', exportAs('mp4', '1080p')],
  ['能不能让鸭子叫声变成音乐那样的', nothing],

  // voice: dumpling-shop owner (哈尔滨饺子馆老板娘, 东北话: 老妹儿, 咋整, 可好了, 嗷)
  ['老妹儿，包饺子那录像给我整个25秒的嗷', best(25)],
  ['擀皮儿那段是第一段，速度快点，两倍速', speed(2, 1)],
  ['加个标题“东北酸菜馅 现包现煮”，最后4秒出来', text('东北酸菜馅 现包现煮', { anchor: 'end', duration_ms: 4000 })],
  ['背景整个默认的渐变色吧', background()],
  ['音乐来一个，我说话的时候别给我压下去嗷', then(music(), ducking(false))],
  ['方的，1:1，裁满别留边', aspect('1:1', 'crop')],
  ['咋整的，刚才撤掉的又想要了，给我重做回来', redo],
  ['行了，导个mov给我闺女', exportAs('mov')],
  ['饺子那热气能加点特效不，冒烟那种', nothing],

  // voice: emcee (东北婚礼司仪, 主持腔: 各位来宾, 下面有请, 掌声)
  ['各位亲朋好友！婚礼集锦给我剪成三分钟！', best(180)],
  ['下面有请——第二段新人交换戒指，放慢到0.8倍！', speed(0.8, 2)],
  ['加一个标题“执子之手 与子偕老”，从第3秒显示到第8秒！', text('执子之手 与子偕老', { start_ms: 3000, end_ms: 8000 })],
  ['新人上传的“婚礼进行曲.mp3”当背景音乐，音量六成！', music('婚礼进行曲.mp3', 0.6)],
  ['掌声响起来！原声要大，调到120%！', sourceVolume(1.2)],
  ['开场淡入两秒，让气氛慢慢起来！', fade('clip', 2000)],
  ['片尾来一张“感谢各位来宾”，放四秒！', card('outro', '感谢各位来宾', 4)],
  ['最后导一个4K的MP4，新人要收藏！', exportAs('mp4', '4k')],
  ['音乐加上先导一版！再把音乐调到百分之十，再导一版！', then(music(), exportAs('mp4'), musicVolume(0.1), exportAs('mp4'))],
  ['来！剪两分钟，淡入淡出，竖屏发抖音，加上音乐，最后导1080p！', then(best(120), fade('clip', 1000, 1000), aspect('9:16'), music(), exportAs('mp4', '1080p'))],
  ['能不能把伴郎喝多了那段换成我的解说配音？', nothing],

  // voice: English tutor (考研英语老师, 中英夹杂, 语法梗)
  ['这节长难句讲解 screen record，cut 成 one minute 的 highlight，谢谢', best(60)],
  ['第一段我口误了，整段 delete 掉', removeMoment(1)],
  ['title 改一下，改成“长难句 三步拆解法”', editText({ index: 1, text: '长难句 三步拆解法' })],
  ['在第25秒那里 zoom in 一下，放大4秒，那是主谓宾', zoomAt(25, 4)],
  ['我讲课停顿很多，那些没声音的 dead air 全 cut 掉', deadAir],
  ['加个 lower third：“Tina老师，考研英语主讲”', text('Tina老师，考研英语主讲', { style: 'lower-third' })],
  ['能自动生成英文字幕吗？就是我说的话转成字', nothing],
  ['export 成 mp4，720p 就 enough 了', exportAs('mp4', '720p')],
  ['Not bad！下周继续，thanks a lot', nothing],

  // voice: exhibition-booth builder (展台搭建工, 撤展赶工, 极简, 空格代标点)
  ['搭展的录像 剪20秒', best(20)],
  ['整体 4倍速 延时那种感觉', speed(4)],
  ['原声 静音 电钻吵死', sourceVolume(0)],
  ['加音乐 用默认的', music()],
  ['再加首歌 比默认的大声点', then(music(), louder)],
  ['片头“XX展 搭建实录” 片尾“撤展完毕” 导一版 再两个卡都删了 导一版', then(card('intro', 'XX展 搭建实录'), card('outro', '撤展完毕'), exportAs('mp4'), removeCard(), exportAs('mp4'))],
  ['标题 挪到下面', editText({ index: 1, position: 'bottom' })],
  ['段之间 硬切 不要过渡', crossfade(0)],
  ['导 1080 mp4 完事', exportAs('mp4', '1080p')],

  // voice: film extra (横店群演, 网络用语: 笑死, 破防了, 绝了, 救命, 表情)
  ['救命 我演尸体的那几段素材 剪个十五秒的给我😂', best(15)],
  ['我躺着一动不动的那些镜头笑死 没动静的地方全剪了', deadAir],
  ['算了算了 清空重来 剪个二十秒的就行', then(startOver, best(20))],
  ['加个标题“横店第108具尸体”放最上面', text('横店第108具尸体', { position: 'top' })],
  ['发抖音 竖的 两边要模糊那种', aspect('9:16', 'blur')],
  ['音乐来个 音量50%', music('lofi', 0.5)],
  ['破防了 帮我把脸P帅一点 下巴尖一点', nothing],
  ['全部重来吧 清空 我重新弄', startOver],
  ['先用第一个素材 别的不要', only('first')],
  ['导出gif 发朋友圈装x', exportAs('gif')],

  // voice: food blogger (长沙探店博主, 宝子们, 冲鸭, 咯, 哒)
  ['宝子们今天探的臭豆腐店，素材剪个35秒咯', best(35)],
  ['第二段咬下去那一口，慢放0.5倍哒', speed(0.5, 2)],
  ['加人名条“小鱼吃长沙，美食博主”', text('小鱼吃长沙，美食博主', { style: 'lower-third' })],
  ['在第8秒放大给个特写，放2秒', zoomAt(8, 2)],
  ['加背景音乐，音量百分之四十五，我讲话时候自动压低', then(music('lofi', 0.45), ducking(true))],
  ['发小红书，比例4:5', aspect('4:5')],
  ['能不能把臭豆腐拍得更有食欲一点，调个色', nothing],
  ['导一版1080p的，再导一版720p的小的', then(exportAs('mp4', '1080p'), exportAs('mp4', '720p'))],

  // voice: ginseng farmer (长白山人参种植户, 老人, 慢, 用"您", 问句多)
  ['您好，挖参的视频，能给剪成两分半钟吗？', best(150)],
  ['那个标题，能不能改成“长白山林下参 十五年”？', editText({ index: 1, text: '长白山林下参 十五年' })],
  ['第一段太长了，能剪短十秒吗？', trimBy(1, 10000)],
  ['每一段接的地方，能柔和一点吗，半秒的叠化就行', crossfade(500)],
  ['这个参能看出来是几年的吗？', nothing],
  ['能把背景音乐加上吗？音量百分之十五就行', music('lofi', 0.15)],
  ['麻烦您导出来，MP4就行', exportAs('mp4')],
  ['我也不知道现在都弄了啥，能给我看看有哪些轨道吗？', tracks],

  // voice: golf caddie (海南球场球童, 贵州妹子, 礼貌, 果岭 / 推杆 / 小鸟球)
  ['老板打的小鸟球那个录像，帮忙剪成40秒的哈', best(40)],
  ['推杆进洞那段是第三段，放到最前面', moveMoment(3, 1)],
  ['第三段推杆那一下慢放，0.5倍', speed(0.5, 3)],
  ['加个字幕“第7洞 小鸟球”，结尾处显示', text('第7洞 小鸟球', { style: 'caption', anchor: 'end' })],
  ['风声太大了，视频原来的声音调成一成', sourceVolume(0.1)],
  ['只用老板传的那个“hole7.mp4”', only('hole7.mp4')],
  ['只用第二个视频，整段都留着不要剪', then(only('second'), keepAll)],
  ['能帮我测一下这一杆打了多少码吗？', nothing],
  ['好的，导出mov，4k的', exportAs('mov', '4k')],

  // voice: green-belt tree trimmer (园林绿化工, 修剪行道树, 老实, 一大段不打句号)
  ['我们修剪行道树的视频帮我剪一下剪成五十秒左右发单位公众号用的然后横屏16:9就行', then(best(50), aspect('16:9'))],
  ['第二段高空车升上去那段太慢了给它两倍速', speed(2, 2)],
  ['标题那个字从第2秒到第7秒显示就行别一直挂着', editText({ index: 1, start_ms: 2000, end_ms: 7000 })],
  ['油锯的声音吵得很原声关到两成', sourceVolume(0.2)],
  ['加片头写“城市绿化 养护作业”三秒钟', card('intro', '城市绿化 养护作业', 3)],
  ['树上那个鸟窝能自动识别出来标一下吗', nothing],
  ['整个视频从头到尾都留着别剪了原样拼起来', keepAll],
  ['导出来mp4', exportAs('mp4')],

  // voice: home inspector (杭州验房师, 专业腔: 空鼓, 渗水, 问题1:)
  ['问题1：验房录屏太长，压缩到1分20秒。', best(80)],
  ['问题2：第二段测空鼓的地方，只保留前10秒。', trimTo(2, 10000)],
  ['问题3：第0:33到0:40拍到业主门牌，剪掉。', cut(33, 40)],
  ['问题4：加字幕“卫生间 渗水”，从第15秒到第20秒。', text('卫生间 渗水', { style: 'caption', start_ms: 15000, end_ms: 20000 })],
  ['第18秒墙角的裂缝，镜头推过去，停3秒。', zoomAt(18, 3)],
  ['画面上的字全部去掉，重新加标题“滨江某小区 交付验房”。', then(removeText(), text('滨江某小区 交付验房'))],
  ['能自动把房屋问题写成报告吗？', nothing],
  ['出一版720p的webm给业主，再出一版1080p的mp4存档。', then(exportAs('webm', '720p'), exportAs('mp4', '1080p'))],

  // voice: hydropower station operator (山区水电站值班员, 值班日志腔, 信号差)
  ['值班记录：巡检录像剪成90秒。信号差，回复慢。', best(90)],
  ['值班记录：闸门开启过程是第一段，加速到3倍。', speed(3, 1)],
  ['机组噪音大，原声调成百分之二十五。', sourceVolume(0.25)],
  ['加标题“3号机组 日常巡检”，前五秒。', text('3号机组 日常巡检', { start_ms: 0, end_ms: 5000 })],
  ['加背景音乐，讲话时不要压低，音量30%。', then(music('lofi', 0.3), ducking(false))],
  ['全片开头淡入、结尾淡出。', fade('clip', 1000, 1000)],
  ['连撤两步，刚才那两下都不要。', then(undo, undo)],
  ['本班次暂不导出，交接后再说。', nothing],
  ['分辨率先设成720p，先不导。', resolution('720p')],
  ['缩放关掉，看全景。', zoom('off')],

  // voice: incense maker (福建永春制香师傅, 闽南普通话, 半文雅)
  ['制香的视频，劳您剪成一分钟。', best(60)],
  ['第三段晒香的画面，只留12秒便好。', trimTo(3, 12000)],
  ['段落之间，宜用叠化，零点五秒。', crossfade(500)],
  ['标题请置于画面下方。', editText({ index: 1, position: 'bottom' })],
  ['加一段音乐，用我上传的“南音.mp3”，音量两成。', music('南音.mp3', 0.2)],
  ['再配默认的音乐，音乐结尾处淡出三秒。', then(music(), fade('music', undefined, 3000))],
  ['香味能不能从屏幕飘出去，哈哈，说笑了。', nothing],
  ['背景用我刚上传那张香坊的照片，导一版；再把背景拿掉，导一版对比看看。', then(background('image'), exportAs('mp4'), noBackground, exportAs('mp4'))],

  // voice: juice-stall owner (厦门夜市鲜榨果汁摊, 00后, nsdd, xs, 表情)
  ['榨果汁的视频剪个10秒就行 短短的🍹', best(10)],
  ['xs 第一段切芒果切歪了 删了吧', removeMoment(1)],
  ['竖屏 发抖音用的 🥤', aspect('9:16')],
  ['加个标题“夜市第一杯 芒果冰”，要从旁边滑进来那种', text('夜市第一杯 芒果冰', { motion: 'slide' })],
  ['加个音乐 音量百分之七十 nsdd 要炸', music('lofi', 0.7)],
  ['原声留一半', sourceVolume(0.5)],
  ['超清的 4K 出片！！', exportAs('mp4', '4k')],
  ['能不能直接帮我发到抖音上呀', nothing],

  // voice: knife grinder (走街串巷磨刀师傅, 老人, 吆喝腔: 磨剪子嘞戗菜刀)
  ['磨剪子嘞戗菜刀～俺磨刀的视频剪成五十五秒', best(55)],
  ['第二段太长，砍掉八秒', trimBy(2, 8000)],
  ['磨刀那个沙沙声要听见，原声开到一百五', sourceVolume(1.5)],
  ['加个字“老张磨刀 三十年”在上头', text('老张磨刀 三十年', { position: 'top' })],
  ['加点音乐，俺吆喝的时候让音乐让一让', then(music(), ducking(true))],
  ['中间有俺歇着抽烟的，不剪，快快放过去', idle()],
  ['这刀磨得快不快，你看得出来不？', nothing],
  ['导出来，要mp4，俺孙子会弄', exportAs('mp4')],

  // voice: Kunqu actor (苏州昆剧院演员, 文雅, 有劳, 水袖, 身段)
  ['《牡丹亭》排练录像，有劳剪为两分钟。', best(120)],
  ['第二段水袖一段，宜放慢至0.6倍。', speed(0.6, 2)],
  ['标题改为“游园惊梦 排练实录”。', editText({ index: 1, text: '游园惊梦 排练实录' })],
  ['笛子伴奏的原声要保留，百分之百。', sourceVolume(1)],
  ['首尾各淡入淡出两秒。', fade('clip', 2000, 2000)],
  ['片头题“姹紫嫣红开遍”，三秒。', card('intro', '姹紫嫣红开遍', 3)],
  ['可否替我把唱词自动识别成字幕？', nothing],
  ['导出一份mp4，四K。', exportAs('mp4', '4k')],

  // voice: karting instructor (卡丁车场教练, 弯心 / 出弯 / 全油门, 急)
  ['学员跑圈录像，剪个45s的，快！', best(45)],
  ['直道全油门那段是第一段，再快点，1.5倍', speed(1.5, 1)],
  ['出弯那段（第三段）挪到第二个', moveMoment(3, 2)],
  ['第0:05到0:09出赛道了，剪掉', cut(5, 9)],
  ['镜头放大再多一点，看清方向盘', zoom('more')],
  ['加个背景音乐，音量八成', music('lofi', 0.8)],
  ['两边别留边，直接裁满', fill('crop')],
  ['加个名字条“教练 阿杰，卡丁车俱乐部”', text('教练 阿杰，卡丁车俱乐部', { style: 'lower-third' })],
  ['能显示圈速吗？实时那种', nothing],
  ['导出webm，给车队群里发', exportAs('webm')],

  // voice: lighthouse keeper (舟山灯塔守护人, 话少, 海风, 孤独感)
  ['灯塔的录像。剪三分钟。', best(180)],
  ['海浪声，原声留着，七成。', sourceVolume(0.7)],
  ['结尾淡出，慢一点，四秒。', fade('clip', undefined, 4000)],
  ['加个片尾，“东海 某灯塔 第六年”。', card('outro', '东海 某灯塔 第六年')],
  ['加个默认背景导一版。再把背景拿掉，导一版。', then(background(), exportAs('mp4'), noBackground, exportAs('mp4'))],
  ['整个放慢一点，0.8倍。', speed(0.8)],
  ['第一段只要前15秒。', trimTo(1, 15000)],
  ['段之间用一秒半的叠化。', crossfade(1500)],

  // voice: lacquerware artisan (福州脱胎漆器匠人, 髹漆行话, 书面, 伊)
  ['脱胎漆器的髹漆过程，剪为一分四十秒。', best(100)],
  ['第一段上漆，5倍速，伊太慢了。', speed(5, 1)],
  ['只用“漆器-第二天.mp4”和“漆器-第三天.mp4”两个文件。', only('漆器-第二天.mp4', '漆器-第三天.mp4')],
  ['加一条字幕“一髹一磨 百遍成器”，放在底部，最后五秒。', text('一髹一磨 百遍成器', { style: 'caption', position: 'bottom', anchor: 'end', duration_ms: 5000 })],
  ['背景改用我传的“漆色.png”。', background('漆色.png')],
  ['画面里漆面的光泽能否再润一些？', nothing],
  ['片头“福州脱胎漆器”，片尾“一器一生”，各两秒，再导一版mp4。', then(card('intro', '福州脱胎漆器'), card('outro', '一器一生'), exportAs('mp4'))],
  ['先加片头“闽都漆艺”导一版，再把片头去掉导一版，对比。', then(card('intro', '闽都漆艺'), exportAs('mp4'), removeCard('intro'), exportAs('mp4'))],
];
