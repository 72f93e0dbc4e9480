import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, idle, keepAll,
  louder, moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment,
  removeText, resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

/**
 * Held-out 25 (written as fresh 24; measured blind in sessions 22 and 24, opened in session 24), Chinese: a blind phrasing set written by a helper on 2026-12-02, to measure the parser on words it was
 * never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13 (/work/briefs/issue13.md), /work/briefs/writer24-zh.md (the brief) and /work/briefs/headers25.txt (the header
 * comments of the earlier sets, for their form, their decided readings and the voices already used; no phrasing of
 * them; grepped for each voice's trade and place, in Chinese and English, which turned away a Jingdezhen potter, a
 * Yiwu trader, a Harbin ice sculptor, a Lanzhou noodle puller, a Lhasa thangka painter, a Leishan silversmith, a
 * Shanghai tailor, a Dubai trader, a Dalian sea-cucumber farmer, a Beijing hutong elder, a Yanbian cold-noodle shop,
 * a hot-air-balloon pilot, a Los Angeles stunt double, a radio host, a kelp farmer, a football fan, a theme-park parade
 * performer, an airport ground crew, an incense maker, a Tahiti pearl farmer and a Mount Hua cableway worker, all
 * used or too close).
 * Not read: any other phrasing set or other file of bench/phrasings/, the parser (src/engine),
 * src/protocol/vocabulary.ts or any other src file, test/, scripts/, bench/*.ts, out/, /work/*.txt, /work/main, any
 * other worktree, the bench's output; no git log / diff / show / grep over the repository was run; no sentence was run
 * through the parser, the CLI, the engine or the bench. No slip. Said plainly: an `ls bench/phrasings/fresh24` at the
 * start found no folder yet; later a `git status --short bench/phrasings/` (it showed nothing) and an
 * `ls bench/phrasings/` showed the names of the files and folders there (names only, none opened), and an `ls -la` of
 * fresh24/ showed it empty before this file was written (the English file of this set was never opened); a
 * `git status --short bench/phrasings/fresh24` at the end showed only that folder as untracked. Run on this
 * file only: the type-check the brief asks for (it also checks the text styles, positions and motions against the
 * schema without showing them), and a small python script over its own text (drafted in a private mktemp folder) to
 * count its lines, voices, nothing lines, multi-request lines and repeats.
 *
 * Voices (30, none of them in an earlier set: each trade and place grepped in headers25.txt first): Zhangzhou
 * narcissus-bulb carver (漳州水仙花雕刻花农, 闽南腔普通话, 年纪大, 拼音错字: 视屏, 音月, 到出, 竖平), Penghu sea-fishing
 * boat captain (澎湖海钓船船长, 台湾腔: 欸, 齁, 喔, 影片, 解析度, 输出, IG 限动), Yilan Sanxing spring-onion farmer (宜兰
 * 三星葱农, 台语夹杂: 母湯, 卡, 足, 按呢, 嘿啦, 水喔, 阮, 汇出), Sham Shui Po paper-effigy craftsman (深水埗紮作师傅, 粤语:
 * 唔该, 嘅, 咗, 啲, 嗰, 郁), Kota Kinabalu island-hopping boatman (沙巴亚庇跳岛船夫, 沙巴华语 + 马来语: boleh, sikit,
 * jalan, terima kasih, 酱, 咯), Chinese student at a Cebu language school (宿务语言学校中国学生, 中英夹杂: class, vlog,
 * homework, highlight), Pulau Ubin bicycle-rental stall (新加坡乌敏岛脚车出租, Singlish: bro, lah, lor, sia, can or not,
 * paiseh, steady), Chinese petroleum engineer in Houston (休斯顿华人石油工程师, 中英夹杂: rig, safety meeting, render,
 * ASAP, y'all), Chinese night-shift clerk at a Nagoya convenience store (名古屋便利店华人夜班店员, 日语夹杂: えっと,
 * ちょっと, すみません, 了解, 大丈夫, お願いします), Chinese railway rolling-stock engineer in Mombasa (蒙巴萨中资铁路机务
 * 工程师, 斯瓦希里语: jambo, sawa, asante, pole pole; a numbered list), Ili lavender grower (伊犁薰衣草种植户, 语音输入,
 * 无标点, 新疆普通话: 喔哟, 一哈, 丫头子), Manzhouli matryoshka-shop owner (满洲里套娃店老板娘, 东北话 + 俄语: 整, 贼,
 * 啥, 达, Cyrillic), Kaili sour-soup-fish restaurant owner (凯里酸汤鱼店老板, 贵州话: 得行, 嘛, 拿克甩了, 后头), Chinese
 * student working at a Seoul fried-chicken shop (首尔炸鸡店打工留学生, 韩语夹杂: 阿西, 大发, 진짜, ㅋㅋ, 한글 titles),
 * Datong knife-cut-noodle chef (大同刀削面师傅, 晋北话: 俺们, 哇, 甚, 咋, 搁, 当中间), Meizhou-island Mazu-festival
 * shiyin-bayue musician (湄洲岛妈祖庙会十音八乐乐手, 莆仙腔: 伓, 哦), Tengchong hot-spring boiled-egg stall (腾冲热海
 * 煮鸡蛋摊, 云南话: 整, 咯, 嘞, 快起, 莫, 最上头), Yangjiang knife-factory export sales (阳江刀剪厂外贸业务, 阳江粤语 +
 * 外贸英语: buyer, sample, MOQ, file, 睇, 俾, 细声啲), Haikou speed-cubing high-schooler (海口魔方速拧中学生, 网络用语:
 * 芜湖, 破防, yyds, PB, TPS), Rongchang braised-goose shop (荣昌卤鹅店, 重庆话: 勒个, 嘛, 一哈, 巴适), Ejina
 * populus-forest travel photographer (额济纳胡杨林旅拍摄影师, 文艺: 省略号, 句号, ～), Wuyuan Huangling sun-drying
 * villager (婺源篁岭晒秋村民, 赣语: 个 for 的, 么子, 冇), Malacca nyonya-kueh shop (马六甲娘惹糕店, 峇峇: 福建话 + 马来语:
 * lah, 酱, sedap, jangan), interpreter on a Chinese building site in Luanda (罗安达中资工地翻译, 书面, 请, 句号, 葡语:
 * Bom dia, Está bem), Mauritius Chinese grocery (毛里求斯华人杂货店, 客家 + 克里奥尔 / 法语: bonzour, mersi, d'accord,
 * ayo), Daocheng Yading Tibetan horse-caravan guide (稻城亚丁藏族马帮马夫, 汉语不太地道, 词间空格, 扎西德勒), Wuzhen
 * theatre-festival volunteer (乌镇戏剧节志愿者, 大学生: emm, 啊啊啊, 救命, xswl, ！), Yuanyang Hani-terrace red-rice
 * e-commerce seller (元阳哈尼梯田红米电商青年, 电商腔: 主图视频, 详情页, 上架, 现货), Kaiping returned overseas-Chinese
 * elder (开平侨乡返乡阿伯, 台山话 / 粤语 + 英语: 阿伯, 啲, 俾, 睇唔切), Kanas Tuvan throat singer (喀纳斯图瓦人呼麦歌手,
 * 短句, 每句一个句号, 赛音).
 *
 * Counts: 270 written in one pass (30 voices, 9 lines each), shaped while drafting to cover every operation of
 * ops.ts: lengths in 十秒 / 15 秒 / 二十秒 / 二十五秒 / 三十秒 / 半分钟 / 三十五秒 / 四十秒 / 四十秒左右 / 45s / 四十五秒 /
 * 五十秒 / 五十五秒 / 1 min / 一分钟 / 一分钟左右 / 一分十秒 / 一分钟十五秒 / 90 秒 / 一分半左右 / 两分钟 / 两分半钟 /
 * 三分钟 and a length after start over; dead air (4); idle with and without a factor (4x twice, 6x, 8x); keep
 * everything; the first, second, last, first and second, and named uploads (one and two files); shapes and
 * platforms (抖音, 快手, IG 限动, IG reels, instagram reels, TikTok, 脸书, 小红书, LinkedIn, YouTube) with and without a
 * fill, a fill alone (letterbox); resolution set without export (1080p beside a shape, 720p alone); exports in mp4 /
 * mov / webm / gif with and without a resolution, two exports in one message (five times, six more with edits
 * between them); titles, captions, lower thirds, a slide-in text, start- and end-anchored and timed texts, text 1's
 * words, place, words and place together, and words and timing together edited, text 1 removed, every text removed,
 * text 1 removed and a new title added, a title and a caption added in one line; intro and outro cards, both in one
 * line (twice), an intro card removed between two exports, a default background beside an intro card; music
 * (default, a level, uploaded songs, ducking off, ducking off then on between two exports, quieter, louder, quieter
 * between two exports, a level between two exports, removed between two exports, music fades in / out / both); source
 * volume 0 to 1.5; clip fades in, out and both; crossfades 0 / 0.3 / default 0.5 / 0.5 / 0.8 / 1 s; zoom auto / less /
 * more / off / at a time with and without a hold; a default, just-uploaded and named background, the just-uploaded one
 * removed between two exports; moments removed, moved, trimmed by and to, sped up and slowed; cuts of a range;
 * whole-clip speeds 0.8x to 1.5x; undo, two undos (three times, once before an export), redo (twice), start over then a
 * length, track listings (four). While drafting, lines were worded so only one reading stays: music fades always said
 * with 音乐 ("音乐开头淡入两秒", "音乐最后淡出三秒", "音乐开头淡入、结尾淡出") in a line that adds the music, clip fades with
 * 整支 / 整个片子 / 整个影片 / 整个视频 or alone; source levels said as 原声 / video 本身的声音 / 整个视频个声音, never a bare
 * 声音 beside music; a music level said (mostly as 音月 / 音量 / volume) in the line that adds it, never beside 小声 before an
 * export (a first "不要太大声 百分之二十五" was reworded); no music, card or background changed that the same line does not add; no moment
 * named after start over, a removal, a move or a cut (two removals in one line were cut to one); slow-downs said with
 * 到 … 倍速 (a bare "放慢 0.25 倍" could be read as by); a crossfade beside a clip fade said as 段与段之间叠化; a new title
 * always said with 加 / 换一个新标题, 标题 alone only for text 1.
 * 270 final (none repeated within this file, compared trimmed and lower-cased), of which 30 (11.1 %) must change
 * nothing (questions about the product or beyond it: 球茎卖多少钱, 英文 subtitle 自动翻成中文, post 去 Carousell, 连 SAP
 * 系统, 斯瓦希里语讲解配成中文, 在网上直播, 算我的 TPS, 上架到淘宝, 面削得咋样, 葡萄牙语讲话自动配中文字幕, tag 去 Grab
 * Food, logo 自动打码; negated requests and chatter: 伓要背景音乐, 音乐 不要 加, 风浪好大, terima kasih … jalan 先, 了解
 * 大丈夫 お疲れ様です, 薰衣草开得好得很, 今天好热 冇客人, 我孙几时返嚟呢; things the product cannot do: 葱P得卡绿, 3D 纸扎
 * 公仔, 套娃整成会转的, 鱼的颜色调红, 炸鸡加滤镜, 鸡蛋冒热气, 卤鹅闪光, 天空再蓝一点, 辣椒更红, 剧场提亮). 35 lines carry
 * 2-5 requests (27 two, 2 three, 5 four, 1 five; several of them music with a detail of it, two of them two undos).
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: a clip with no length named would be 60 s (every length line here names
 * one: 一分钟 / 1 min / 一分钟左右 are 60 s, 一分十秒 70 s, 一分钟十五秒 75 s, 一分半左右 90 s, 两分半钟 150 s, 四十秒左右
 * 40 s); music with no track named (默认那个, 默认的, default, default 嘅, 默认音乐, 加。默认。) is lo-fi at 35 % ducked (a
 * level said with it replaces the 35 %: 百分之二十, 百分之二十五, 30%, 百分之四十; "百分之三十五 说话的时候要压低" is the
 * default); an uploaded audio file named is the track (sanxing.mp3, katyusha.mp3, kpop-beat.mp3 at 百分之六十,
 * desert-wind.mp3, dondang.mp3, sega.mp3 at 百分之四十); "我讲话的时候 don't 压低" / "我说话的时候不要压低" / "讲话的时候
 * jangan 压低" / "压低 不要" turn ducking off, "压低 要" after an export back on; "音乐小声点" after adding it is quieter,
 * "再大声一点" louder, "music 细声啲" after an export quieter, "music 调到百分之二十" after an export its level, "music
 * remove 掉" after an export its removal; 淡入 / 淡出 with no length is 1 s ("开头淡入 结尾淡出", "淡入淡出" both), with a
 * length that length (一秒, 1 秒, 2 秒, 两秒, 三秒); a crossfade with 默认 is 0.5 s, with a length that length (0.3 秒, 零点五秒,
 * 零点八秒, 一秒), "直接硬切" / "硬切" 0; idle stretches sped up with no factor ("快啲播过去就得", "快快的 过去 不要 剪") go
 * 4x; a card with no length is 2 s ("片尾也加一个「多谢来看」", "片头卡片「大同刀削面」", "片尾卡片 写「…」", "片头加张卡片
 * 「欢迎来荣昌」"), with one (三秒, 四秒, 时长三秒) that long; a zoom at a time with no hold ("喺 0:12 zoom 入去") holds 3 s,
 * with one (停个四秒, 停五秒) that long; a background with no name (默认的渐变) is aurora, "我刚上传的那张照片" is 'image',
 * cube_bg.png / gobi.jpg / oldhouse.jpg its name; an export with no format ("导出来 1080p 的", "导出来 4K",
 * "再 export", "再导出一版", "再出一个", "再 导出") is mp4.
 * Other readings: a length alone is best moments at that length; "一刀也不剪 原模原样都搁上" keeps everything; "没有人讲话
 * 又没在动的地方都剪掉" / "dead air 全部 remove 掉" / "么子都冇动 冇声音个地方 全剪掉" / "没有声音 也没有动 的地方。剪掉。"
 * remove dead air. 抖音 / 快手 / IG reels / instagram reels / TikTok named as where it goes are 9:16 (竖 / 竖屏 / 竖平 /
 * 直的 said too, IG 限动 with 直的); 脸书 with 正方形 and 主图视频 with 1:1 are 1:1, LinkedIn / 小红书 with 4:5 4:5, 小红书
 * with 竖屏 9:16, YouTube / homework with 16:9 16:9. 两边用模糊补起来 / 两边 blur 掉 / 两边模糊 is blur, 上下黑边 /
 * letterbox letterbox, 两边不要模糊 直接裁掉 crop; "上下加黑边" said alone is set_fill. 解析度 / 分辨率 with 先不要输出 / 先不
 * 导出 sets the resolution; with 输出 / 导出 / 出 / export / render it is the export's (1080 without the p is 1080p, 4K /
 * 4k 4k). 标题 / title of the draft is text 1 (改成 / 改为 / 改做 / 换成 edits its words, 挪到下面 / 放到当中间 / 放中间 /
 * 放上面 its position, 显示时间改成第1秒到第5秒 its timing, 删咗佢 / 拿掉 / 拿克甩了 / 删了 removes it); "去除所有文字"
 * removes every text; 加个标题 / 加一个标题 / 加 title / 加一行标题 / 字 加 adds a title, 字幕 / caption a caption, 人名条 /
 * lower third a lower third (two parts split by a comma), the words inside the quotes exactly as typed; 前五秒 / 前三秒 /
 * 前面三秒 / 显示到第五秒 run 0 to N s, 从第2秒到第6秒 / 第1秒到第4秒 N to M s, 持续四秒 / 持续六秒 / 从头显示五秒 from 0 for
 * that long, 开头出来 anchored at the start, 最后五秒出来 / 最后四秒 at the end for that long; 从旁边滑进来 is the slide
 * motion; 上面 / 最上面 / 最上头 / 整上面去 top, 中间 / 当中间 / 居中 center, 下面 / 最底 / 喺下面 bottom. 第N段 is moment N,
 * 最后那段 / 最尾嗰段 moment 3; 最前面 / 第一个 / 第一段前面 place 1, 第二个位置 place 2, 最后面 place 3; "剪到剩 / 剪到只剩 /
 * 剪到 / 截短至 N秒" on a moment is its length, "剪掉 / 剪短 / cut 短 N秒" a trim by N. A file named by its place is
 * 'first' / 'second' / 'last' (第二个 video, 第一个视频, 最后一个文件, 第一个和第二个文件), by its name its name. Source
 * volume: mute 掉 / 关掉 0, 百分之三十 0.3, 百分之五十 0.5, 100% 1, 百分之一百一十 1.1, 百分之一百二 1.2, 百分之一百五 1.5.
 * Zoom: 自动跟踪放大 auto, 放大 少一点 less, 放大多一点 more, 不要 zoom 了 全部关掉 off. Speeds: 1.25倍 / 1.5 倍速 / 1.1 倍 /
 * 0.9 倍速 / 0.8 倍速 of the whole clip (整支影片 / 整个视频 / 整体 / 整个 video), 两倍 / 两倍速 / 1.5倍速 / 1.25倍 / 0.75倍速 /
 * 0.5倍 / 0.8 倍 / 0.25 倍速 / 速度 0.75 of a moment named. Music, cards and backgrounds are only changed, faded or
 * removed in a message that adds them (the draft has none); no moment is named after a request that rebuilds the
 * timeline or after a removal or move. A history step, a track listing or an export said between edits stands where
 * it is said; "undo 两次" / "退回去 退两步" / "undo undo" are two undos, "退回去一步" / "撤销返上一步" / "undo 一下" /
 * "上 一 步 回去" one, "redo 刚刚 undo 掉的那一步" / "刚刚 undo 的 redo 回来" a redo, "从头来过 重新剪个三十秒" start over
 * then the length.
 *
 * Read against a draft of 3 moments and 1 text (no music, no card, no background).
 * The lead dropped 5 lines shared with an earlier set (a text removed, a moment trimmed to and by, top and bottom bars,
 * two undos), 265 left. Measured blind on 7723562 (session 21's grammar, before session 22's round): 233/265 = 87.9 %
 * (20 wrong edits, 6 asked first). On 63d3a32 (session 24, before its round): 236/265 = 89.1 % (18 wrong edits, 1 right
 * edit with words left unread, 6 asked first); on c4611f1 (after session 24's round): 238/265 = 89.8 % (17 wrong edits,
 * 1 unread, 6 asked first).
 */
export const heldout25Zh: [string, Phrasing['want']][] = [
  // 漳州水仙花雕刻花农 (闽南腔普通话, 年纪大, 拼音打错字: 视屏, 音月, 到出, 竖平)
  ['帮我把这个视屏剪成三十秒的 水仙花雕刻的 给客人看', best(30)],
  ['加一个标题 写「漳州水仙 雕刻过程」 放上面', text('漳州水仙 雕刻过程', { position: 'top' })],
  ['背景音月加一下 默认那个就好 音月开百分之二十', music('lofi', 0.2)],
  ['第二段太长了 剪掉五秒', trimBy(2, 5000)],
  ['这个能不能帮我算算一颗球茎卖多少钱', nothing],
  ['画面要竖平的 要发抖音', aspect('9:16')],
  ['到出 mp4', exportAs('mp4')],
  ['刚才那个不对 退回去一步', undo],
  ['片头加一个卡片 写「厚福水仙 欢迎参观」 三秒 片尾也加一个「多谢来看」', then(card('intro', '厚福水仙 欢迎参观', 3), card('outro', '多谢来看'))],

  // 澎湖海钓船船长 (台湾腔: 欸, 齁, 喔, 啦, 影片, 解析度, 输出)
  ['欸 这支影片帮我剪成一分钟的精华喔 客人要看', best(60)],
  ['没有人讲话又没在动的地方都剪掉齁', deadAir],
  ['字幕加一句「澎湖海钓 一日游」 在下面 前五秒就好', text('澎湖海钓 一日游', { style: 'caption', position: 'bottom', start_ms: 0, end_ms: 5000 })],
  ['第三段放到最前面啦 那个拉起来的画面比较猛', moveMoment(3, 1)],
  ['整支影片稍微快一点 1.25倍', speed(1.25)],
  ['解析度用 1080p 先不要输出喔 画面改直的 要放 IG 限动', then(resolution('1080p'), aspect('9:16'))],
  ['今天风浪好大 船晃到我快吐了 哈哈', nothing],
  ['输出 mov 档 4K 的', exportAs('mov', '4k')],
  ['镜头在0:20那边放大一下 鱼出水那里 停个四秒', zoomAt(20, 4)],

  // 宜兰三星葱农 (台语夹杂: 母湯, 卡, 足, 按呢, 嘿啦, 水喔, 阮)
  ['这个葱田的影片 剪一个四十五秒的就好 母湯太长', best(45)],
  ['音乐加阮上传的那首 sanxing.mp3 啦', music('sanxing.mp3')],
  ['那个标题改成「三星葱 足青」', editText({ index: 1, text: '三星葱 足青' })],
  ['卡慢一点 第一段用0.75倍速', speed(0.75, 1)],
  ['按呢做 整支开头淡入 结尾淡出', fade('clip', 1000, 1000)],
  ['可以帮我把葱P得卡绿吗', nothing],
  ['嘿啦 这样就水喔 汇出 mp4 720p', exportAs('mp4', '720p')],
  ['第二段剪到剩八秒就好', trimTo(2, 8000)],
  ['画面变正方形 两边用模糊补起来 要放脸书', aspect('1:1', 'blur')],

  // 深水埗紮作师傅 (粤语: 唔该, 嘅, 咗, 啲, 嗰, 佢, 冇, 郁)
  ['唔该帮我将呢条片剪成半分钟 扎狮头嗰啲', best(30)],
  ['静晒冇嘢做嗰啲位 唔好剪走 快啲播过去就得', idle()],
  ['加个人名条「陈师傅, 紮作师傅」 喺下面', text('陈师傅, 紮作师傅', { style: 'lower-third', position: 'bottom' })],
  ['片嘅原声收细啲 百分之三十', sourceVolume(0.3)],
  ['每段之间都加叠化 一秒', crossfade(1000)],
  ['你哋识唔识帮我整个3D嘅纸扎公仔出嚟', nothing],
  ['撤销返上一步 唔该', undo],
  ['出片 webm 格式 之后再出多个 mp4', then(exportAs('webm'), exportAs('mp4'))],

  // 亚庇跳岛船夫 (沙巴华语 + 马来语: boleh, sikit, jalan, lah, 酱, 咯)
  ['boss 这个跳岛的 video 帮我 cut 一个二十秒的 boleh?', best(20)],
  ['要放 IG reels 的 竖的咯', aspect('9:16')],
  ['第一段 speed 两倍 lah 开船那段很闷', speed(2, 1)],
  ['加 title「Jom 跳岛 Sapi Island」 开头出来酱', text('Jom 跳岛 Sapi Island', { anchor: 'start' })],
  ['music 要 volume 百分之二十五 就好 boleh', music('lofi', 0.25)],
  ['video 本身的声音 开到 100% 海浪声要听到', sourceVolume(1)],
  ['第二段 剪到剩 10 秒 sikit 就好', trimTo(2, 10000)],
  ['terima kasih ah boss 今天先酱 jalan 先', nothing],
  ['export 一个 gif 我要放 whatsapp status', exportAs('gif')],

  // 宿务语言学校的中国学生 (中英夹杂, 学生腔)
  ['我们 class 的 vlog 帮我剪个 1 min 的 highlight', best(60)],
  ['只用第二个 video 就好 第一个是 teacher 拍的糊了', only('second')],
  ['加 caption「Day 1 in Cebu」 在最上面 从第2秒到第6秒', text('Day 1 in Cebu', { style: 'caption', position: 'top', start_ms: 2000, end_ms: 6000 })],
  ['homework 要交 16:9 的 上下黑边那种', aspect('16:9', 'letterbox')],
  ['crossfade 不要了 直接硬切', crossfade(0)],
  ['这个能不能帮我把英文 subtitle 自动翻成中文', nothing],
  ['show 一下现在 timeline 有哪些 track', tracks],
  ['redo 刚刚 undo 掉的那一步', redo],
  ['OK 先 undo 两次 然后 export 1080p mp4', then(undo, undo, exportAs('mp4', '1080p'))],

  // 新加坡乌敏岛脚车出租 (Singlish: lah, lor, sia, can or not, paiseh, steady, 酱, 拿掉)
  ['bro 这个租脚车的 video 剪 15 秒 can or not', best(15)],
  ['酱 放 TikTok 的 竖的 lah 两边 blur 掉', aspect('9:16', 'blur')],
  ['加 title「Ubin 脚车 $8 一天」 最后五秒出来', text('Ubin 脚车 $8 一天', { anchor: 'end', duration_ms: 5000 })],
  ['那个 title 拿掉 lor 太乱了', removeText(1)],
  ['第三段 cut 短三秒 太长了 sia', trimBy(3, 3000)],
  ['music 放默认的 then 我讲话的时候 don\'t 压低', then(music(), ducking(false))],
  ['paiseh ah 刚刚按错 undo 一下', undo],
  ['steady 出 mp4 先 then 再出一个 gif', then(exportAs('mp4'), exportAs('gif'))],
  ['可以帮我 post 去 Carousell 吗', nothing],

  // 休斯顿华人石油工程师 (中英夹杂: rig, safety meeting, ASAP, y'all)
  ['明天 safety meeting 要放 帮我把 rig 的录像压到 90 秒', best(90)],
  ['dead air 全部 remove 掉 没人说话没动作的', deadAir],
  ['只要 rig_cam2.mp4 跟 rig_cam3.mp4 这两个', only('rig_cam2.mp4', 'rig_cam3.mp4')],
  ['加 lower third「Mike Zhang, HSE Supervisor」', text('Mike Zhang, HSE Supervisor', { style: 'lower-third' })],
  ['0:35 到 0:42 那段 cut 掉 有客户的 logo', cut(35, 42)],
  ['整个 clip 的原声 mute 掉', sourceVolume(0)],
  ['加 music default 的 然后 export mp4 然后 music remove 掉 再 export 一版 mp4', then(music(), exportAs('mp4'), noMusic, exportAs('mp4'))],
  ['y\'all 这个能不能直接连我们的 SAP 系统', nothing],
  ['render 一版 mov 1080p ASAP', exportAs('mov', '1080p')],

  // 名古屋便利店华人夜班店员 (日语夹杂: えっと, ちょっと, すみません, 了解, 大丈夫, お願いします)
  ['えっと 这个收银培训的录像 剪成四十秒左右', best(40)],
  ['第二段挪到第一个 ちょっと急ぎで', moveMoment(2, 1)],
  ['加字幕「レジ操作 收银操作」 放中间 持续四秒', text('レジ操作 收银操作', { style: 'caption', position: 'center', duration_ms: 4000 })],
  ['すみません 标题的位置挪到下面', editText({ index: 1, position: 'bottom' })],
  ['背景换成我刚上传的那张照片 先出一个 mp4 然后背景去掉 再出一个 mp4', then(background('image'), exportAs('mp4'), noBackground, exportAs('mp4'))],
  ['放大 少一点 ちょっと晕', zoom('less')],
  ['了解 大丈夫 お疲れ様です', nothing],
  ['最后那段 速度放慢到 0.5倍', speed(0.5, 3)],
  ['导出 4k 的 MP4 お願いします', exportAs('mp4', '4k')],

  // 蒙巴萨中资铁路机务工程师 (斯瓦希里语夹杂: jambo, sawa, asante, pole pole; 爱列清单)
  ['jambo 这段机车检修的视频 要做成两分钟的培训片', best(120)],
  ['1. 整个视频 1.5 倍速 2. 交叉淡化 0.3 秒 3. 导出 mp4', then(speed(1.5), crossfade(300), exportAs('mp4'))],
  ['sawa 第二段删掉 那是午休', removeMoment(2)],
  ['片尾加卡片「蒙内铁路 机务段」 四秒 asante', card('outro', '蒙内铁路 机务段', 4)],
  ['不要 zoom 了 全部关掉 看整个画面', zoom('off')],
  ['pole pole 一点 第三段放慢到 0.8 倍', speed(0.8, 3)],
  ['标题改为「制动系统检查」 显示时间改成第1秒到第5秒', editText({ index: 1, text: '制动系统检查', start_ms: 1000, end_ms: 5000 })],
  ['能不能把斯瓦希里语的讲解配成中文', nothing],
  ['只用最后一个文件 其他不要', only('last')],

  // 伊犁薰衣草种植户 (语音输入, 无标点, 新疆普通话: 喔哟, 一哈, 丫头子)
  ['喔哟 这个薰衣草的视频给我弄个三十秒的 发抖音', then(best(30), aspect('9:16'))],
  ['音乐加上 默认的 音量百分之四十 我说话的时候不要压低', then(music('lofi', 0.4), ducking(false))],
  ['你一哈把那个标题换成伊犁薰衣草', editText({ index: 1, text: '伊犁薰衣草' })],
  ['没有动静的地方快进过去八倍 不要剪掉', idle(8)],
  ['整个片子最后淡出两秒', fade('clip', undefined, 2000)],
  ['丫头子说要方的 一比一的 两边不要模糊 直接裁掉', aspect('1:1', 'crop')],
  ['喔哟 今年薰衣草开得好得很 你看见了没有', nothing],
  ['导出来 1080p 的', exportAs('mp4', '1080p')],

  // 满洲里套娃店老板娘 (东北话 + 俄语: 整, 贼, 咋整, 啥, 达)
  ['整个五十秒的 套娃店介绍 给俄罗斯客人看', best(50)],
  ['加个标题「满洲里套娃 Матрёшка」 整上面去', text('满洲里套娃 Матрёшка', { position: 'top' })],
  ['音乐整上 用我传的 katyusha.mp3 音乐开头淡入两秒', then(music('katyusha.mp3'), fade('music', 2000))],
  ['原声贼吵 整小点 百分之五十', sourceVolume(0.5)],
  ['第三段删了 不要了', removeMoment(3)],
  ['这套娃能不能给我在视频里整成会转的', nothing],
  ['达 达 就这么整 导出 mp4', exportAs('mp4')],
  ['退回去 退两步', then(undo, undo)],
  ['给我看看现在都有啥轨道', tracks],

  // 凯里酸汤鱼店老板 (贵州话: 得行, 哪样, 嘛, 甩, 后头)
  ['帮我把酸汤鱼这个视频整成二十五秒 得行不', best(25)],
  ['标题拿克甩了 不要了', removeText(1)],
  ['加个字幕「凯里红酸汤 一锅鲜」 从头显示五秒', text('凯里红酸汤 一锅鲜', { style: 'caption', start_ms: 0, end_ms: 5000 })],
  ['第二段剪短两秒嘛', trimBy(2, 2000)],
  ['背景音乐 默认的 加上 音乐小声点', then(music(), quieter)],
  ['鱼的颜色调红点 看起来更辣', nothing],
  ['整个片子加个淡入淡出', fade('clip', 1000, 1000)],
  ['只要第一个视频 后头那个不要', only('first')],
  ['导出个 webm 720p的', exportAs('webm', '720p')],

  // 首尔炸鸡店打工的中国留学生 (韩语夹杂: 阿西, 大发, 진짜, ㅋㅋ)
  ['阿西 老板让我把炸鸡店的宣传 video 剪成 15 秒 ㅋㅋ', best(15)],
  ['要发 instagram reels 竖屏的', aspect('9:16')],
  ['加 title「치킨 炸鸡 Fighting」 从旁边滑进来', text('치킨 炸鸡 Fighting', { motion: 'slide' })],
  ['第三段挪到第二个位置 진짜', moveMoment(3, 2)],
  ['音乐要 用 kpop-beat.mp3 音量开百分之六十', music('kpop-beat.mp3', 0.6)],
  ['大发 标题改成「치킨 맛집」', editText({ index: 1, text: '치킨 맛집' })],
  ['炸鸡能不能看起来更脆一点 加个滤镜', nothing],
  ['导出 mov 然后 再导一个 gif 给老板看', then(exportAs('mov'), exportAs('gif'))],
  ['第二段 1.5倍速 太慢了 ㅋㅋㅋ', speed(1.5, 2)],

  // 大同刀削面师傅 (晋北话: 俺们, 哇, 甚, 咋, 搁, 当中间)
  ['俺们削面的视频弄成一分钟的哇', best(60)],
  ['削面那几下 在0:08那儿放大 停五秒', zoomAt(8, 5)],
  ['一刀也不剪 原模原样都搁上', keepAll],
  ['标题放到当中间哇', editText({ index: 1, position: 'center' })],
  ['第二段快些 1.25倍', speed(1.25, 2)],
  ['交叉淡化 默认的就行', crossfade(500)],
  ['这面削得咋样 你说说', nothing],
  ['出 1080 的 mp4', exportAs('mp4', '1080p')],
  ['背景用个默认的渐变 再加个片头卡片「大同刀削面」', then(background(), card('intro', '大同刀削面'))],

  // 湄洲岛妈祖庙会十音八乐乐手 (莆仙腔普通话: 伓, 哦, 阿伯)
  ['妈祖庙会的录像 剪三分钟给理事会看', best(180)],
  ['我们十音八乐的声音要大 原声开到百分之一百二', sourceVolume(1.2)],
  ['伓要背景音乐哦 我们自己有乐器', nothing],
  ['人名条加一个「林阿伯, 十音八乐 鼓手」', text('林阿伯, 十音八乐 鼓手', { style: 'lower-third' })],
  ['最后那段 剪到剩十二秒', trimTo(3, 12000)],
  ['整个影片 开头淡入三秒 段与段之间叠化零点五秒', then(fade('clip', 3000), crossfade(500))],
  ['0:50 到 1:05 那一段剪掉 有人挡住', cut(50, 65)],
  ['这段可以直接在网上直播出去吗', nothing],
  ['导出 mov', exportAs('mov')],

  // 腾冲热海温泉煮鸡蛋摊 (云南话: 整, 咯, 嘞, 快起, 莫, 最上头)
  ['帮我整个三十五秒的 热海煮鸡蛋 给游客看咯', best(35)],
  ['没得人讲话 也不动的那些 给我快起放过去 六倍 莫剪', idle(6)],
  ['加个标题「热海温泉鸡蛋 五块一串」 放在最上头', text('热海温泉鸡蛋 五块一串', { position: 'top' })],
  ['鸡蛋冒热气能不能整得更明显些', nothing],
  ['第一段删掉嘞', removeMoment(1)],
  ['放大多一点 看清楚鸡蛋', zoom('more')],
  ['背景音乐 默认的 整起 音乐最后淡出三秒', then(music(), fade('music', undefined, 3000))],
  ['画面改成横的 16:9', aspect('16:9')],
  ['整好了导出来 4K', exportAs('mp4', '4k')],

  // 阳江刀剪厂外贸业务 (阳江粤语 + 外贸英语: buyer, sample, MOQ, file, 嘅, 睇, 俾)
  ['buyer 要睇 sample 嘅视频 帮我 cut 做一分十秒', best(70)],
  ['只要 knife_test.mp4 呢个 file', only('knife_test.mp4')],
  ['加个 caption「MOQ 3000 pcs」 喺最底', text('MOQ 3000 pcs', { style: 'caption', position: 'bottom' })],
  ['第二段 cut 短四秒', trimBy(2, 4000)],
  ['画面比例改成 4:5 放 LinkedIn', aspect('4:5')],
  ['音乐要 用 default 嘅 volume 30% 然后 export 一次 之后 music 细声啲 再 export', then(music('lofi', 0.3), exportAs('mp4'), quieter, exportAs('mp4'))],
  ['个 logo 可唔可以自动打码', nothing],
  ['先 export 一个 720p 嘅 mp4 俾 buyer 睇', exportAs('mp4', '720p')],
  ['切刀嗰下 喺 0:12 zoom 入去', zoomAt(12)],

  // 海口魔方速拧中学生 (网络用语: 芜湖, 破防, yyds; 海南口音: 无)
  ['芜湖 我的三阶复原视频 剪个十秒的 只要精华', best(10)],
  ['把第二段放慢到 0.25 倍速 让人看清我的手法', speed(0.25, 2)],
  ['加个字幕「PB 6.83s」 放中间 第1秒到第4秒', text('PB 6.83s', { style: 'caption', position: 'center', start_ms: 1000, end_ms: 4000 })],
  ['背景换成我传的 cube_bg.png', background('cube_bg.png')],
  ['这个能不能帮我算一下我的 TPS', nothing],
  ['原声 关掉 全是风扇声 破防了', sourceVolume(0)],
  ['自动跟踪放大 开一下', zoom('auto')],
  ['导出 gif 720p 发群里 yyds', exportAs('gif', '720p')],

  // 荣昌卤鹅店老板 (重庆话: 勒个, 嘛, 一哈, 巴适, 闪哈)
  ['勒个卤鹅的视频 帮我剪个五十五秒的嘛', best(55)],
  ['卤鹅切片那一段 第三段 弄成两倍速 太慢了', speed(2, 3)],
  ['加个标题「荣昌卤鹅 正宗」 前面三秒就行了', text('荣昌卤鹅 正宗', { start_ms: 0, end_ms: 3000 })],
  ['片头加张卡片「欢迎来荣昌」 片尾加张卡片「关注我们」', then(card('intro', '欢迎来荣昌'), card('outro', '关注我们'))],
  ['每段之间叠一哈 零点八秒', crossfade(800)],
  ['卤鹅能不能在视频头闪哈光 亮晶晶的那种', nothing],
  ['背景音乐加默认的 百分之三十五 说话的时候要压低', music()],
  ['巴适 导出 mp4 4k 的', exportAs('mp4', '4k')],
  ['从头来过 重新剪个三十秒', then(startOver, best(30))],

  // 额济纳胡杨林旅拍摄影师 (文艺, 省略号, 句号, ～)
  ['胡杨林的旅拍样片…想要一分半左右。', best(90)],
  ['画面比例 4:5，发小红书。', aspect('4:5')],
  ['加一行标题「额济纳·金秋」，居中，持续六秒～', text('额济纳·金秋', { position: 'center', duration_ms: 6000 })],
  ['音乐用我上传的 desert-wind.mp3，音乐开头淡入、结尾淡出。', then(music('desert-wind.mp3'), fade('music', 1000, 1000))],
  ['这一段天空能不能再蓝一点…', nothing],
  ['第三段移到第一段前面。', moveMoment(3, 1)],
  ['片段之间的过渡，一秒。背景用 gobi.jpg。', then(crossfade(1000), background('gobi.jpg'))],
  ['整体调到 0.9 倍速，慢一点点。', speed(0.9)],
  ['导出 mov，4k。', exportAs('mov', '4k')],

  // 婺源篁岭晒秋村民 (赣语: 个 (的), 么子, 冇)
  ['晒秋个视频 弄个二十秒个 发快手', then(best(20), aspect('9:16'))],
  ['么子都冇动 冇声音个地方 全剪掉', deadAir],
  ['标题改成「篁岭晒秋」', editText({ index: 1, text: '篁岭晒秋' })],
  ['第二段挪到最后面去', moveMoment(2, 3)],
  ['整个视频个声音 关掉 只要音乐 默认音乐', then(sourceVolume(0), music())],
  ['晒个辣椒要更红 能弄吗', nothing],
  ['导出 webm', exportAs('webm')],

  // 马六甲娘惹糕店 (峇峇娘惹: 福建话 + 马来语: lah, 酱, sedap, jangan, kueh)
  ['我的娘惹 kueh 视频 剪三十秒酱就好', best(30)],
  ['title 改做「Nyonya Kueh 娘惹糕」 放上面', editText({ index: 1, text: 'Nyonya Kueh 娘惹糕', position: 'top' })],
  ['加 caption「Sedap! 每天新鲜做」 最后四秒', text('Sedap! 每天新鲜做', { style: 'caption', anchor: 'end', duration_ms: 4000 })],
  ['第一段拿掉 lah', removeMoment(1)],
  ['music 用我的 dondang.mp3 讲话的时候 jangan 压低', then(music('dondang.mp3'), ducking(false))],
  ['整个 video 快一点 1.1 倍', speed(1.1)],
  ['可以帮我 tag 去 Grab Food 吗', nothing],
  ['export mp4 1080p 然后再 export 一个 720p 的', then(exportAs('mp4', '1080p'), exportAs('mp4', '720p'))],
  ['刚刚 undo 的 redo 回来', redo],

  // 罗安达中资工地翻译 (书面, 句号, 葡语: Bom dia, Está bem)
  ['Bom dia。请将工地安全培训录像剪辑为两分半钟。', best(150)],
  ['仅使用第一个和第二个文件。', only('first', 'second')],
  ['请添加片头卡片「安全第一 Segurança em primeiro lugar」，时长三秒；导出一版后，移除片头卡片，再导出一版。', then(card('intro', '安全第一 Segurança em primeiro lugar', 3), exportAs('mp4'), removeCard('intro'), exportAs('mp4'))],
  ['请删除第二段。', removeMoment(2)],
  ['请将第一段截短至十秒。', trimTo(1, 10000)],
  ['能否将葡萄牙语讲话自动配上中文字幕？', nothing],
  ['请去除所有文字。', removeText()],
  ['Está bem。请导出 MP4 格式，分辨率 1080p。', exportAs('mp4', '1080p')],
  ['请显示当前时间线的所有轨道。', tracks],

  // 毛里求斯华人杂货店 (客家 + 克里奥尔 / 法语: bonzour, mersi, d'accord, ayo)
  ['bonzour 帮我把店里的视频剪成一分钟 d\'accord', best(60)],
  ['加 title「Boutik Chan 陈记杂货」 开头出来', text('Boutik Chan 陈记杂货', { anchor: 'start' })],
  ['music 用 sega.mp3 音量百分之四十 出一个 mp4 然后 music 调到百分之二十 再出一个', then(music('sega.mp3', 0.4), exportAs('mp4'), musicVolume(0.2), exportAs('mp4'))],
  ['第三段 速度 0.75', speed(0.75, 3)],
  ['片尾卡片 写「Mersi, a la prochaine」', card('outro', 'Mersi, a la prochaine')],
  ['整个视频 最后淡出一秒', fade('clip', undefined, 1000)],
  ['ayo 今天好热 冇客人', nothing],
  ['做成正方形 letterbox 上下黑边', aspect('1:1', 'letterbox')],
  ['export 一个 mov 720p', exportAs('mov', '720p')],

  // 稻城亚丁藏族马帮马夫 (汉语不太地道, 词间空格, 扎西德勒)
  ['扎西德勒 我的马 带客人 视频 剪 四十秒', best(40)],
  ['字 加 「亚丁 骑马 找扎西」 下面', text('亚丁 骑马 找扎西', { position: 'bottom' })],
  ['没有 人 说话 没有 动 的 地方 快快的 过去 不要 剪', idle()],
  ['第二段 删掉 我 不 喜欢', removeMoment(2)],
  ['音乐 不要 加 我们 的 山歌 原来 的 声音 好听', nothing],
  ['画面 竖 的 抖音', aspect('9:16')],
  ['片尾 卡片 「扎西德勒 欢迎 再来」 加', card('outro', '扎西德勒 欢迎 再来')],
  ['上 一 步 回去', undo],
  ['导出 mp4 1080', exportAs('mp4', '1080p')],

  // 乌镇戏剧节志愿者 (大学生: emm, 啊啊啊, 救命, xswl, ！)
  ['emm 帮我把戏剧节志愿者 vlog 剪成 45s 啊啊啊 明天就要交', best(45)],
  ['前三秒加个标题「乌镇戏剧节 志愿者日记」 从旁边滑进来', text('乌镇戏剧节 志愿者日记', { start_ms: 0, end_ms: 3000, motion: 'slide' })],
  ['第二段剪到七秒 救命 太长了', trimTo(2, 7000)],
  ['音乐加默认的 再大声一点', then(music(), louder)],
  ['整个视频开头淡入 1 秒 结尾淡出 2 秒', fade('clip', 1000, 2000)],
  ['0:15-0:19 剪掉 那段我在打哈欠 xswl', cut(15, 19)],
  ['剧场里太暗了 能帮我提亮吗', nothing],
  ['竖屏 9:16 放小红书', aspect('9:16')],
  ['OK 导出！mp4！', exportAs('mp4')],

  // 元阳哈尼梯田红米电商青年 (电商腔: 主图视频, 详情页, 上架, 现货)
  ['给红米详情页做个主图视频 二十五秒', best(25)],
  ['主图视频要方的 1:1 两边模糊', aspect('1:1', 'blur')],
  ['加字幕「元阳梯田红米 现货」 显示到第五秒', text('元阳梯田红米 现货', { style: 'caption', start_ms: 0, end_ms: 5000 })],
  ['标题删了 换一个新标题「哈尼红米 一年一季」', then(removeText(1), text('哈尼红米 一年一季'))],
  ['只用 terrace_drone.mp4 这一个', only('terrace_drone.mp4')],
  ['云海那段 第一段 放慢到 0.5 倍', speed(0.5, 1)],
  ['帮我直接上架到淘宝可以吗', nothing],
  ['分辨率 720p 先不导出', resolution('720p')],
  ['好了 导出 一个 mp4 一个 gif', then(exportAs('mp4'), exportAs('gif'))],

  // 开平侨乡返乡阿伯 (台山话 / 粤语 + 英语: 阿伯, 啲, 嘅, 佢, 睇唔切)
  ['阿伯我想将碉楼啲片 剪成一分钟左右 俾美国嘅孙睇', best(60)],
  ['孙女话要 YouTube 横嘅 16:9', aspect('16:9')],
  ['加个标题「Kaiping 开平碉楼 1920」 放上面 再加个字幕「阿伯嘅屋企」 放下面', then(text('Kaiping 开平碉楼 1920', { position: 'top' }), text('阿伯嘅屋企', { style: 'caption', position: 'bottom' }))],
  ['阿伯把声细 原声开到百分之一百五', sourceVolume(1.5)],
  ['最尾嗰段删咗佢', removeMoment(3)],
  ['背景用 oldhouse.jpg 嗰张相', background('oldhouse.jpg')],
  ['我孙几时返嚟呢 唉', nothing],
  ['整体放慢到 0.8 倍速 阿伯睇唔切', speed(0.8)],
  ['出片 mp4 唔该', exportAs('mp4')],

  // 喀纳斯图瓦人呼麦歌手 (短句, 每句一个句号, 赛音)
  ['赛音。呼麦的视频。剪一分钟十五秒。', best(75)],
  ['音乐 加。默认。压低 不要。导出 mp4。压低 要。再 导出。', then(music(), ducking(false), exportAs('mp4'), ducking(true), exportAs('mp4'))],
  ['标题改成「喀纳斯 图瓦 呼麦」。放中间。', editText({ index: 1, text: '喀纳斯 图瓦 呼麦', position: 'center' })],
  ['第二段。慢一点。0.75 倍速。', speed(0.75, 2)],
  ['过渡不要。硬切。', crossfade(0)],
  ['呼麦的声音开到百分之一百一十。原声。', sourceVolume(1.1)],
  ['没有声音 也没有动 的地方。剪掉。', deadAir],
  ['看看轨道。', tracks],
  ['导出。mov。1080p。', exportAs('mov', '1080p')],
];
