/**
 * Held-out 12 (fresh 11 until session 11), Chinese: a blind phrasing set written by a helper of session 10 on 2026-12-01, to measure the parser on
 * words it was never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, the README's product description (lines 1-20, not its "What you can say" table), issue 13,
 * and /work/briefs/headers.txt (the header comments of the earlier sets, for their voices and form; no phrasing of
 * them). Not read: any other phrasing set, the parser (src/engine), src/protocol/vocabulary.ts, the tests, the
 * scripts, the bench's output; no sentence was run through the parser, the CLI, the engine or the bench.
 * One slip, said plainly: a `git log --oneline | head -5` run at the start showed the five latest commit subjects
 * (no diff, no code); nothing was written from them.
 *
 * Voices: 外贸业务员 (pls / ASAP 中英夹杂), 中医诊所, 乡村支教老师, 广场舞领队阿姨, 银行理财经理 (合规腔),
 * 跨境电商卖家 (TikTok Shop / 亚马逊), 美甲师, 剧本杀店主, 汉服博主 (半文半白), 非遗剪纸手艺人, 消防宣传员,
 * 村支书, 二手车商, 带娃的宝妈 (断断续续), 心理咨询师 (温和, 用"您"), 钓鱼佬, 电竞教练 (复盘), 脱口秀演员 (玩梗),
 * 算法工程师 (ML 中英夹杂), 大学辅导员, 北京胡同大爷 (京腔), 陕西话, 武汉话, 快递员, 营养师, 马拉松跑者,
 * 天文爱好者, 机关办公室 (公文腔), Tech lead (code review 腔: nit / LGTM / ship it), 围棋老师, 舟山渔民 (直播卖海鲜),
 * 小区物业管家, 高铁乘务员, 拼音打错字的人 (到出, 竖平, 背景因乐).
 *
 * Counts: 392 written. A first review dropped 1 (it read two ways) and rewrote 15 (they named a card, a background or
 * a text the draft does not have, or a music level the rules read another way); a second review dropped 6 (a moment
 * named after a best-moments cut, which renumbers them; an add that could be read as an edit of the title; a fade and
 * a ducking change the draft has nothing to act on; quieter / louder said right after adding music, which an editor
 * might give as a level instead); 117 more were left out only to bring the set near the brief's size (15 of them
 * must-change-nothing, to keep that share near 11 %). 268 final (none repeated within this file), of which 30 must
 * change nothing (questions about the product, negated requests, chatter and thanks, things the product cannot do:
 * 配音, 打码, 语音识别字幕, 调亮 / 滤镜, 美颜, 音效, 人声分离, 降噪, 发布到公众号 / 亚马逊后台 / 微信群, 挂小黄车,
 * 写段子, 算卡路里).
 *
 * Defaults of ops.ts that decided expectations: a clip with no length named is 60 s; music with no track named is
 * lo-fi at 35 % ducked (a volume said with it replaces the 35 %; an uploaded file named is the track); 淡入 / 淡出 /
 * 渐隐 with no length is 1 s; 叠化 / 转场 with no length 0.5 s, 硬切 0; 短一点 on a moment with no amount is 2 s;
 * idle stretches sped up with no factor go 4x; a card (片头 / 片尾 / 片头卡片) with no length is 2 s; a zoom at a time
 * with no hold is 3 s; a background with no name is aurora, 刚传的那张图 is 'image'; an export with no format is mp4.
 * 抖音 / 快手 / TikTok / Reels named as where it goes is 9:16; 小红书 / 视频号 / B站 only with a shape said. 加标题 /
 * 加字 adds a text (a title; 字幕 a caption, 人名条 / lower third a lower third), 标题改成 / 标题放… edits text 1,
 * 标题删掉 removes it; 开头 on a text is its start, 结尾 / 最后 its end anchor. 第二段 / 中间那段 is moment 2.
 *
 * Measured blind on main ed1332c (session 10, before its grammar rounds landed): 203/268 = 75.7 % understood, 41 wrong edits.
 * Session 11 made three expectations agree with every earlier set: music said unwanted (不要音乐, 全程不要BGM,
 * 背景音乐？不要) is its removal, a draft without music or not (was: nothing), as held-out 2, 5, 7, 9 and 10 read it.
 * Still blind on main ad1dc8b (session 10's end): 207/268 = 77.2 %, 38 wrong edits. Looked at from session 11 on (its misses tuned against, so
 * it overstates since). Read against a draft of 3 moments and 1 text.
 */
import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll,
  moveMoment, music, musicVolume, noMusic, nothing, only, redo, removeMoment, removeText, resolution, sourceVolume, speed,
  startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
  type Phrasing,
} from '../ops';

export const heldout12Zh: [string, Phrasing['want']][] = [
  // voice: 外贸业务员, 客户在德国, 明早开会要用, 中英夹杂
  ['pls 帮我剪个30s的产品demo，客户明天要看，ASAP', best(30)],
  ['加个片头卡片，写 Ningbo Sunrise Valves Co., Ltd. 就行', card('intro', 'Ningbo Sunrise Valves Co., Ltd.')],
  ['背景音乐要不要？算了不要了，老外开会放出来尴尬', nothing],
  ['第3段是包装，放到最前面 pls', moveMoment(3, 1)],
  ['再导一个mov格式的，他们公司全是mac', exportAs('mov')],
  ['客户那边回了：要60秒以内，开头加公司名的片头卡片写 Sunrise Valves，结尾淡出，然后导出1080p发我', then(best(60), card('intro', 'Sunrise Valves'), fade('clip', undefined, 1000), exportAs('mp4', '1080p'))],
  ['客户说 title 要改成 Sunrise Valves – Since 1998', editText({ text: 'Sunrise Valves – Since 1998' })],
  ['客户说段和段中间的转场太慢，改成0.2秒', crossfade(200)],
  ['能不能翻译成德语配音？客户是德国人', nothing],

  // voice: 中医诊所的助理, 给针灸科做介绍视频, 客气
  ['劳驾，把视频剪成一分钟左右', best(60)],
  ['片头卡片写上「仁和堂 针灸科」', card('intro', '仁和堂 针灸科')],
  ['患者的脸能不能给打个码？', nothing],
  ['中间那段讲穴位的，放慢到0.5倍，看得清楚些', speed(0.5, 2)],
  ['背景用 clinic_bg.jpg 这张图', background('clinic_bg.jpg')],
  ['0:48 讲足三里的地方放大，停六秒', zoomAt(48, 6)],
  ['请问能不能把医生说的话自动变成字幕', nothing],
  ['第二段大概删掉前面……不，把整个第二段都删掉吧', removeMoment(2)],

  // voice: 乡村支教老师, 学校电脑很旧
  ['给孩子们剪个上课的小片段，两分钟以内…算了就剪成一分半吧', best(90)],
  ['原来的声音太吵了孩子们叽叽喳喳的，原声关小到百分之三十', sourceVolume(0.3)],
  ['开头加一行字：大山里的第一堂英语课', text('大山里的第一堂英语课')],
  ['结尾放个卡片，写“谢谢爱心人士的捐赠”', card('outro', '谢谢爱心人士的捐赠')],
  ['画面能不能调亮一些，教室太暗了', nothing],
  ['能做成方形的吗 家长群里看方便', aspect('1:1')],
  ['把中间那段挪到第一个，孩子们在那段里笑得最开心', moveMoment(2, 1)],

  // voice: 广场舞领队阿姨, 手机上打字
  ['小同志，帮阿姨把视频弄成竖的，要发抖音', aspect('9:16')],
  ['用阿姨传的那个 最炫民族风.mp3 当音乐', music('最炫民族风.mp3')],
  ['加个字幕：幸福广场舞蹈队 欢迎你', text('幸福广场舞蹈队 欢迎你', { style: 'caption' })],
  ['哎呀弄错了，撤回撤回', undo],
  ['最后淡出，慢慢黑下去那种', fade('clip', undefined, 1000)],
  ['能加美颜不？阿姨们都想白一点😂', nothing],
  ['好了好了，导出来吧，阿姨发群里', exportAs()],
  ['字幕改一下，改成“幸福广场舞蹈队 欢迎新姐妹”', editText({ text: '幸福广场舞蹈队 欢迎新姐妹' })],
  ['放大那个功能给我关了，人都拍不全了', zoom('off')],

  // voice: 银行理财经理, 合规腔
  ['请将视频剪辑为45秒的版本，用于客户沟通。', best(45)],
  ['底部增加风险提示字幕：“理财有风险，投资需谨慎”', text('理财有风险，投资需谨慎', { style: 'caption', position: 'bottom' })],
  ['背景音乐请勿添加，合规部有要求', nothing],
  ['片尾卡片：本视频不构成任何投资建议，时长4秒', card('outro', '本视频不构成任何投资建议', 4)],
  ['原有标题请删除', removeText()],
  ['画面比例用16:9，两边加黑边，不要裁剪画面', aspect('16:9', 'letterbox')],
  ['请问导出的文件会上传到你们的服务器吗？', nothing],
  ['请将原声音量调整为80%', sourceVolume(0.8)],

  // voice: 跨境电商卖家, TikTok Shop 和亚马逊两头跑
  ['TikTok Shop 的商品视频，15s', then(aspect('9:16'), best(15))],
  ['亚马逊主图视频要横的 16:9 1080p', then(aspect('16:9'), resolution('1080p'))],
  ['加个 title：Portable Blender – 6 Blades', text('Portable Blender – 6 Blades')],
  ['第二个素材拍糊了，只用第一个文件', only('first')],
  ['Reels 也要一版，竖屏', aspect('9:16')],
  ['中间没动静的地方 speed up 一下', idle()],
  ['结尾放 Shop Now 三秒', text('Shop Now', { anchor: 'end', duration_ms: 3000 })],
  ['Shorts 版本 30 秒，加 music', then(aspect('9:16'), best(30), music())],
  ['Instagram feed 用 4:5', aspect('4:5')],
  ['上传到亚马逊后台你能搞吗', nothing],

  // voice: 美甲师, 给顾客看的教程
  ['姐妹帮我剪个美甲教程 30秒的💅', best(30)],
  ['竖屏！发小红书的', aspect('9:16')],
  ['第三段上色那段放慢一半', speed(0.5, 3)],
  ['开头加个标题「秋冬猫眼 | 五分钟学会」', text('秋冬猫眼 | 五分钟学会')],
  ['滤镜能加吗 想要奶油色调的', nothing],
  ['背景音乐加上，小声点，15%', music('lofi', 0.15)],
  ['竖屏 加音乐 然后把标题改成“冬日红棕色”', then(aspect('9:16'), music(), editText({ text: '冬日红棕色' }))],
  ['背景换成我刚传的那张粉色图', background('image')],

  // voice: 剧本杀店主, 做门店宣传
  ['片头卡片写“雾隐山庄·沉浸式剧本杀”，停5秒', card('intro', '雾隐山庄·沉浸式剧本杀', 5)],
  ['加个背景吧，别让画面光秃秃的', background()],
  ['NPC出场在第22秒，那里放大一下', zoomAt(22)],
  ['能配个恐怖点的音效吗 吱呀开门那种', nothing],
  ['剪成30秒，不对，店长说45', best(45)],
  ['片头停3秒…哦不，还是5秒吧，写“今晚8点开本”', card('intro', '今晚8点开本', 5)],
  ['全部推倒重来', startOver],
  ['开头淡入一秒半，结尾淡出三秒', fade('clip', 1500, 3000)],
  ['加个音乐然后关掉闪避', then(music(), ducking(false))],

  // voice: 汉服博主, 半文半白
  ['劳烦将此片剪成三十秒许', best(30)],
  ['片头题字「春日游园记」，留三秒', card('intro', '春日游园记', 3)],
  ['配乐取吾所传之 guqin.mp3，音量五成', music('guqin.mp3', 0.5)],
  ['画幅改作竖式，九比十六', aspect('9:16')],
  ['首段太长，截短三秒', trimBy(1, 3000)],
  ['末尾渐隐两秒', fade('clip', undefined, 2000)],
  ['首段移至末尾', moveMoment(1, 3)],
  ['标题移至画面上方', editText({ position: 'top' })],

  // voice: 非遗剪纸手艺人, 六十多岁, 打字慢
  ['你好，我是做剪纸的，想把录的视频剪短一点，一分钟左右就好', best(60)],
  ['我想全部都留着，一刀不剪，可以吗', keepAll],
  ['没人动的那些地方，快放四倍', idle(4)],
  ['加一行字：非遗剪纸 传承人 王秀兰', text('非遗剪纸 传承人 王秀兰')],
  ['谢谢你啊，现在的机器真厉害', nothing],
  ['再加一行字，从旁边滑进来的那种，写“一把剪刀 一张红纸”', text('一把剪刀 一张红纸', { motion: 'slide' })],

  // voice: 消防宣传员, 进社区讲用电安全
  ['开头加标题“冬季用电安全 五不要”', text('冬季用电安全 五不要')],
  ['第12秒到20秒是演示灭火器，这段放大看', zoomAt(12, 8)],
  ['最后加个片尾：火警电话119', card('outro', '火警电话119')],
  ['把35秒到41秒那段剪掉，演示失误了', cut(35, 41)],
  ['导出前把第一段删掉', then(removeMoment(1), exportAs())],
  ['在5秒到9秒加个字幕：“电动车严禁进楼入户”', text('电动车严禁进楼入户', { style: 'caption', start_ms: 5000, end_ms: 9000 })],

  // voice: 村支书, 乡村振兴宣传
  ['把咱村的脐橙宣传视频弄一下，剪成三十秒，发快手', then(best(30), aspect('9:16'))],
  ['标题改成“赣南脐橙 甜过初恋”', editText({ text: '赣南脐橙 甜过初恋' })],
  ['配上音乐，音量百分之六十，热闹点', music('lofi', 0.6)],
  ['片尾写上 联系人李支书 电话…… 算了电话别写了，就写 欢迎来村里采摘', card('outro', '欢迎来村里采摘')],
  ['叫乡亲们看得清，整个做成1080的', resolution('1080p')],
  ['这个视频你能帮我发到县里的公众号上吗', nothing],
  ['原声保留，再加个音乐，声音小点别盖过我讲话，百分之二十五', music('lofi', 0.25)],
  ['第一段太长了，剪短一点', trimBy(1, 2000)],

  // voice: 二手车商
  ['第一段是外观 太长了 剪到10秒', trimTo(1, 10000)],
  ['加字：2019款 凯美瑞 2.5G 准新车', text('2019款 凯美瑞 2.5G 准新车')],
  ['车牌能挡一下不', nothing],
  ['中间空着没人说话也没动的全删了', deadAir],
  ['行 到出吧', exportAs()],
  ['整体剪到50秒，然后导出', then(best(50), exportAs())],
  ['方的 1:1，两边加黑边', aspect('1:1', 'letterbox')],
  ['后面1:05到1:12那段拍到别家车了 剪掉', cut(65, 72)],
  ['加个人名条 王哥，二手车评估师', text('王哥，二手车评估师', { style: 'lower-third' })],

  // voice: 带娃的宝妈, 消息断断续续
  ['回来了 刚说到哪 哦对 加个音乐', music()],
  ['加个片头 写“小米粒一周岁啦”', card('intro', '小米粒一周岁啦')],
  ['第二段是吃蛋糕的 挪到最后', moveMoment(2, 3)],
  ['算了重新来吧 全部清空', startOver],
  ['结尾写 妈妈爱你 放最后五秒', text('妈妈爱你', { anchor: 'end', duration_ms: 5000 })],
  ['能不能把背景里我老公说话的声音去掉 只留宝宝的', nothing],
  ['把第三段换成2倍速 娃爬得太慢了哈哈', speed(2, 3)],
  ['一分钟的，竖屏，音乐加上，结尾写“宝贝生日快乐”，然后导出我发给奶奶', then(best(60), aspect('9:16'), music(), text('宝贝生日快乐', { anchor: 'end' }), exportAs())],
  ['加个背景音乐 我手机里存的 baby_song.mp3 已经传上去了', music('baby_song.mp3')],

  // voice: 心理咨询师, 正念练习视频, 温和
  ['您好，想请您帮忙把这段正念练习的视频剪成两分钟', best(120)],
  ['节奏可以慢一些，整体放到0.8倍速', speed(0.8)],
  ['加一点背景音乐，音量10%左右', music('lofi', 0.1)],
  ['开头和结尾都慢慢淡入淡出，各3秒', fade('clip', 3000, 3000)],
  ['片段之间的过渡柔和一点，用2秒的叠化', crossfade(2000)],
  ['不需要任何文字，把标题去掉吧', removeText()],
  ['麻烦您：先把第一段缩短到20秒，再把全片的淡入设成2秒，谢谢', then(trimTo(1, 20000), fade('clip', 2000))],
  ['能否导出一个MOV的文件给合作机构', exportAs('mov')],

  // voice: 钓鱼佬
  ['第18秒那里鱼出水 放大给我', zoomAt(18)],
  ['加字：3斤大鲫鱼！', text('3斤大鲫鱼！')],
  ['原声风太大 关掉', sourceVolume(0)],
  ['音乐40%，哦不对，太大了，20%', music('lofi', 0.2)],
  ['加个背景 算了不加了', nothing],
  ['26到31秒那段拍的是天 剪了', cut(26, 31)],
  ['那个字幕放中间去 挡鱼了', editText({ position: 'center' })],

  // voice: 电竞教练, 给队员做复盘
  ['复盘视频，没操作的时间8倍速过掉', idle(8)],
  ['第二波团战在0:35，放大5秒', zoomAt(35, 5)],
  ['第三段放慢到半速 看走位', speed(0.5, 3)],
  ['把1:10到1:25的泉水时间剪掉', cut(70, 85)],
  ['全程不要BGM，要听语音沟通', noMusic],
  ['加人名条“阿杰，战术教练”', text('阿杰，战术教练', { style: 'lower-third' })],
  ['导出webm发群里', exportAs('webm')],
  ['1) 第一段删掉 2) 标题删掉 3) 导出', then(removeMoment(1), removeText(), exportAs())],
  ['先做成9:16，再导出一版', then(aspect('9:16'), exportAs())],
  ['加个片头 2 秒，写“TES vs 我们 第三局复盘”', card('intro', 'TES vs 我们 第三局复盘', 2)],

  // voice: 脱口秀演员, 剪开放麦
  ['剪个一分钟的开放麦精华 包袱别剪没了就行', best(60)],
  ['观众没反应、台上也没动静的那几秒空档都给我切了', deadAir],
  ['标题改成「我妈催婚实录」', editText({ text: '我妈催婚实录' })],
  ['硬切 不要转场 喜剧要节奏', crossfade(0)],
  ['背景音乐？不要，笑声就是最好的BGM', noMusic],
  ['你能帮我想几个段子吗', nothing],
  ['开头加个标题“开放麦第38场”，结尾加个片尾写“关注我 下周见”', then(text('开放麦第38场'), card('outro', '关注我 下周见'))],

  // voice: 算法工程师, 论文 demo, ML 中英夹杂
  ['demo 视频帮我 compress 到 90s 左右', best(90)],
  ['inference 等待那段全是 idle，speed up 6x', idle(6)],
  ['加 lower third：Dr. Chen，Applied Scientist', text('Dr. Chen，Applied Scientist', { style: 'lower-third' })],
  ['resolution 拉到 4K，给 conference 用', resolution('4k')],
  ['把 0:40-0:52 的 loading 剪掉', cut(40, 52)],
  ['能不能 auto 生成英文字幕？ASR 那种', nothing],
  ['aspect 改 9:16，fill 用 blur，再把 zoom 打开', then(aspect('9:16', 'blur'), zoom('auto'))],
  ['zoom 太激进了，zoom out 一点', zoom('less')],
  ['zoom 再 aggressive 一点，看不清 terminal 的字', zoom('more')],

  // voice: 大学辅导员, 新生军训纪实
  ['同学们的军训视频，剪个三分钟的', best(180)],
  ['片头写“2026级新生军训纪实”，4秒', card('intro', '2026级新生军训纪实', 4)],
  ['第三段放在第二段前面', moveMoment(3, 2)],
  ['学生的脸不用打码，都签了授权的', nothing],
  ['导出1080P，发学院公众号', exportAs('mp4', '1080p')],
  ['撤销了又后悔了，给我恢复回来', redo],
  ['把第二段缩短到20秒，教官讲话太长了', trimTo(2, 20000)],
  ['各位领导看过了，意见如下：时长改为两分钟；片尾加卡片“青春无悔 强国有我”；配上音乐，百分之三十；导出1080P', then(best(120), card('outro', '青春无悔 强国有我'), music('lofi', 0.3), exportAs('mp4', '1080p'))],

  // voice: 北京胡同大爷, 京腔
  ['爷们儿，给我这视频拾掇拾掇，弄个半分钟的', best(30)],
  ['甭加那音乐，闹得慌', nothing],
  ['字儿往上挪挪，挡着鸟笼子了', editText({ position: 'top' })],
  ['头一段儿太长，给掐掉两秒', trimBy(1, 2000)],
  ['末了儿加个片尾，写：什刹海遛鸟', card('outro', '什刹海遛鸟')],
  ['这玩意儿能直接发微信群不？', nothing],
  ['甭管别的，先给我瞅瞅这轨道上都有啥', tracks],
  ['两边儿空着的地方，给糊上模糊的', fill('blur')],
  ['标题儿改成“胡同里的老北京”', editText({ text: '胡同里的老北京' })],

  // voice: 陕西话
  ['额想把这视频剪成四十秒，嘹咋咧', best(40)],
  ['加个字：西安回民街 肉夹馍', text('西安回民街 肉夹馍')],
  ['声音太杂咧，原声小些，调到一半', sourceVolume(0.5)],
  ['第一段剪成八秒就行咧', trimTo(1, 8000)],
  ['这个视频额想弄个背景，用额传滴那张 xian.png', background('xian.png')],
  ['45秒到50秒那块不要咧', cut(45, 50)],

  // voice: 武汉话
  ['搞么斯啊这视频太长了 给我剪到一分钟', best(60)],
  ['莫加音乐 蛮吵', nothing],
  ['第一段挪到最后克', moveMoment(1, 3)],
  ['热干面那段，第二段，放慢点到0.75倍', speed(0.75, 2)],
  ['搞个背景 好看些', background()],
  ['导出克 720p就行', exportAs('mp4', '720p')],
  ['原声莫要了 静音', sourceVolume(0)],

  // voice: 快递员, 站点培训视频, 派件间隙
  ['扫描那里 第8秒 放大', zoomAt(8)],
  ['加个字幕 底部 写“轻拿轻放 文明分拣”', text('轻拿轻放 文明分拣', { style: 'caption', position: 'bottom' })],
  ['整个1.5倍速播', speed(1.5)],
  ['13秒到17秒那里是我同事 剪了', cut(13, 17)],
  ['导出720 gif', exportAs('gif', '720p')],

  // voice: 营养师, 减脂餐视频
  ['这是一期减脂餐的视频，帮我剪成45秒，要发小红书，竖版', then(best(45), aspect('9:16'))],
  ['开头加标题：一周减脂餐不重样', text('一周减脂餐不重样')],
  ['第二段切菜那里2倍速', speed(2, 2)],
  ['在20秒到25秒加一行字幕“每份约350千卡”', text('每份约350千卡', { style: 'caption', start_ms: 20000, end_ms: 25000 })],
  ['加音乐，人说话的时候音乐也别自动降，保持一样大', then(music(), ducking(false))],
  ['能顺便帮我算下卡路里吗哈哈', nothing],
  ['第三段是成品展示，挪到第一个当封面，然后全片加个淡入淡出，音乐用我上传的 morning.mp3', then(moveMoment(3, 1), fade('clip', 1000, 1000), music('morning.mp3'))],
  ['原声静音，只要音乐', then(sourceVolume(0), music())],

  // voice: 马拉松跑者, 刚跑完全马
  ['跑完全马了！！视频剪个一分半的纪念一下', best(90)],
  ['前面排队等枪响那段全是干等 删掉，就是第一段', removeMoment(1)],
  ['冲线那段是第三段，放最前面当开头', moveMoment(3, 1)],
  ['加片尾：42.195km 4小时02分 PB！', card('outro', '42.195km 4小时02分 PB！')],
  ['背景音乐来一个 大声点 70%', music('lofi', 0.7)],
  ['导出4K 存档用', exportAs('mp4', '4k')],
  ['背景音乐音量调到50%', musicVolume(0.5)],
  ['视频前三秒显示“第一个全马”', text('第一个全马', { start_ms: 0, duration_ms: 3000 })],
  ['跑步的时候没变化的地方快进，6倍', idle(6)],

  // voice: 天文爱好者, 延时摄影
  ['延时拍的星空视频 全程保留 别剪', keepAll],
  ['整体加速到4倍', speed(4)],
  ['加个背景音乐，音乐淡入3秒', then(music(), fade('music', 3000))],
  ['加字：2026.8.12 英仙座流星雨 @ 纳木错', text('2026.8.12 英仙座流星雨 @ 纳木错')],
  ['能去掉噪点吗 ISO开太高了', nothing],
  ['加音乐，音乐结尾淡出五秒', then(music(), fade('music', undefined, 5000))],
  ['只用 startrail_02.mp4 这一个文件', only('startrail_02.mp4')],
  ['导出 mp4 4K，顺便问下渲染要多久', exportAs('mp4', '4k')],
  ['星轨那段，就是第二段，只留30秒', trimTo(2, 30000)],

  // voice: 机关办公室, 公文腔
  ['请协助将会议记录视频压缩至三分钟。', best(180)],
  ['请删除第二段（涉密内容）', removeMoment(2)],
  ['标题修改为“2026年第四季度工作部署会”', editText({ text: '2026年第四季度工作部署会' })],
  ['不添加背景音乐及任何特效', nothing],
  ['请在片头添加卡片：XX区人民政府办公室，时长三秒', card('intro', 'XX区人民政府办公室', 3)],
  ['请问本软件是否支持国产操作系统？', nothing],
  ['请将视频中无声且无画面变化的部分删除', deadAir],
  ['请将视频画面设置为自动放大操作区域', zoom('auto')],

  // voice: Tech lead, 像写 code review 一样提意见
  ['LGTM，但有几个 nit：1. crossfade 改成 0.8s 2. 结尾 fade out 1.5s', then(crossfade(800), fade('clip', undefined, 1500))],
  ['nit: 标题往上放', editText({ position: 'top' })],
  ['revert 上一次改动', undo],
  ['ship it，导出 1080p', exportAs('mp4', '1080p')],
  ['把 0:22~0:31 那段 npm install 的等待剪了', cut(22, 31)],
  ['resize 成 1:1，发 X 用', aspect('1:1')],
  ['crossfade 去掉，hard cut 就行', crossfade(0)],
  ['剪成 45s，然后 export webm', then(best(45), exportAs('webm'))],

  // voice: 围棋老师, 给学生讲棋
  ['给学生的对局讲解，剪到五分钟', best(300)],
  ['长考的时候盘面没动，那些地方快进，十倍速', idle(10)],
  ['第15秒那手妙手，放大显示4秒', zoomAt(15, 4)],
  ['不要音乐，下棋要安静', noMusic],
  ['棋盘是方的，视频也弄成方的吧', aspect('1:1')],
  ['加个字幕，放底部：“白棋第37手是败着”，从10秒显示到16秒', text('白棋第37手是败着', { style: 'caption', position: 'bottom', start_ms: 10000, end_ms: 16000 })],
  ['标题的显示时间改成0到5秒', editText({ start_ms: 0, end_ms: 5000 })],
  ['中间那段讲定式的，放到最后', moveMoment(2, 3)],

  // voice: 舟山渔民, 直播卖海鲜
  ['阿拉今早捕的梭子蟹，视频剪短，三十秒', best(30)],
  ['竖屏，快手上卖', aspect('9:16')],
  ['字打上：舟山野生梭子蟹 68一斤 包邮', text('舟山野生梭子蟹 68一斤 包邮')],
  ['船上马达声音太响，原声去掉，放个音乐', then(sourceVolume(0), music())],
  ['可以直接帮我挂小黄车吗', nothing],
  ['做成4:5的，朋友圈好看', aspect('4:5')],
  ['加个片尾，写“舟山老陈海鲜 诚信经营”，放三秒', card('outro', '舟山老陈海鲜 诚信经营', 3)],

  // voice: 小区物业管家, 业主群通知
  ['业主群要发个垃圾分类的视频，剪个一分钟，竖屏', then(best(60), aspect('9:16'))],
  ['开头加个标题“垃圾分类 从我做起”，放在最上面', text('垃圾分类 从我做起', { position: 'top' })],
  ['第三段拍到业主门牌号了，删掉', removeMoment(3)],
  ['结尾加字：有问题请联系物业前台', text('有问题请联系物业前台', { anchor: 'end' })],
  ['背景用我刚上传的那张小区照片', background('image')],
  ['原声调小一点到20%，然后加音乐', then(sourceVolume(0.2), music())],
  ['第1段跟第2段中间加个叠化，其他也一样', crossfade()],
  ['30秒的地方放大一下，那是分类垃圾桶', zoomAt(30)],

  // voice: 高铁乘务员, 技能比赛视频
  ['乘务技能比赛的视频，剪成2分30秒', best(150)],
  ['第一段太长了，缩短到15秒', trimTo(1, 15000)],
  ['加人名条：李婷，动车组乘务长', text('李婷，动车组乘务长', { style: 'lower-third' })],
  ['做成16:9横屏的', aspect('16:9')],
  ['两个视频只用第二个', only('second')],
  ['只用最后传的那个视频', only('last')],
  ['结尾最后4秒加一行“感谢观看”', text('感谢观看', { anchor: 'end', duration_ms: 4000 })],
  ['标题去掉吧，评委说不需要', removeText()],

  // voice: 拼音打错字的人, 手机上一口气打
  ['帮我做成竖平的 发抖音', aspect('9:16')],
  ['加个背景因乐 百分之四十', music('lofi', 0.4)],
  ['最后到出gif', exportAs('gif')],
  ['第二段剪短两秒 太拖了', trimBy(2, 2000)],
  ['把标提删掉', removeText()],
];
