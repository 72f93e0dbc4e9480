/**
 * Held-out 19b, Chinese: a blind phrasing set written by a helper on 2026-12-02, to measure the parser on words it was
 * never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13 (/work/briefs/issue13.md), /work/briefs/writer19b-zh.md (the brief) and /work/briefs/headers20.txt (the header
 * comments of the earlier sets, for their form, their decided readings and the voices already used; no phrasing of
 * them). Not read: any other phrasing set or other file of bench/phrasings/ (an `ls` of the new heldout19b/ folder
 * showed it empty), the parser (src/engine), src/protocol/vocabulary.ts or any other src file, test/, scripts/,
 * bench/*.ts, out/, /work/*.txt, the bench's output; no git log / diff / show was run; no sentence was run through the
 * parser, the CLI, the engine or the bench. No slip. Run on this file only: the type-check the brief asks for, and a
 * small script over its own text (drafted in a private mktemp folder) to count its lines, voices and repeats.
 *
 * Voices (30, none of them in an earlier set): Lhasa sweet-tea house owner (拉萨甜茶馆老板, 藏族, 咔卓, 亚古都, 阿佳),
 * Hezhen fisherman on the Ussuri (抚远赫哲族渔民, 东北话: 整, 贼, 嘎哈, 老鼻子了), Shaxian snack-shop owner (沙县小吃
 * 老板, 福建普通话: 有+动词, 喔, 厚), Tainan milkfish-congee shop owner (台南虱目魚粥店老闆, 繁體, 台語: 足, 歹勢, 攏,
 * 改做, 影片, 解析度, 輸出), Chinese garment-factory owner in Prato (普拉托华人服装厂老板, 青田人, 意大利语: ciao,
 * va bene, grazie, subito), Heihe cross-border trader with Russia (黑河对俄贸易商, 达瓦伊, 哈拉少, 斯巴西巴),
 * Antarctic expedition member (南极中山站科考队员, 卫星带宽, 极简, 空格代标点), guqin maker (古琴斫琴师, 文雅书面,
 * 句号), Heze dough-figurine artist (菏泽捏面人艺人, 山东话: 俺, 恁, 中), close-up magician (近景魔术师, reveal,
 * 说着改口), Tieling errenzhuan performer (铁岭二人转演员, 哎呀妈呀, 埋汰, 得劲), Chengdu Sichuan-opera face-changer
 * (川剧变脸演员, 四川话: 嘛, 要得, 巴适, 莫), bronze-ware conservator (国博青铜器修复师, 严谨书面), prosthetist (假肢
 * 矫形师, 耐心, 给家属看), court clerk (法院书记员, 公文腔: 予以, 现, 经核), tax adviser in filing season (税务师事务所,
 * 急, 一条塞好几件事), wafer-fab lithography engineer (晶圆厂光刻工艺工程师, cut / trim / source / lower third / mute
 * 中英夹杂), satellite tracking-station engineer (航天测控站工程师, 口令腔: 收到, 执行, 保持), waste-sorting monitor
 * (深圳垃圾分类督导员阿姨, 湖南人, 语音输入, 嗯那个, 哒, 几乎无标点), early-education teacher (早教中心老师, 宝贝, 叠词,
 * ～), boxing coach (拳击馆教练, 感叹号, combo / jab), paddleboard instructor (千岛湖桨板教练, 00后, 松弛感, emoji),
 * sushi chef (日料店寿司师傅, 大将, よろしく), Qinghai yak herder (青海牦牛牧民, 阿门, 尕娃, 好着呢), Kam grand-choir song
 * master (黎平侗族大歌歌师, 温和, 普通话不太地道), pet-funeral director (宠物殡葬师, 温和, 您), Chinese takeaway owner in
 * Manchester (英国华人外卖店老板, 手机打字, 拼音错字: 视屏, 竖频, 音月, 到出; mate, cheers), Bangkok Chinatown gold-shop
 * owner (曼谷唐人街金铺老板, 潮州人, 萨瓦迪卡, 克拉普), Shanghai perfumer (调香师, 文艺, top note, emoji), piano tuner
 * (钢琴调律师, 精确, 数字控).
 *
 * Counts: 273 written in a first pass (30 voices, 8-10 lines each, shaped while drafting to cover every operation of
 * ops.ts: lengths in 秒 / 分钟 / 一分半 / 两分半 / 三分半钟 / 两分二十秒 / 两分四十五秒 / 两分钟零五秒 / 一分十秒 /
 * 半分钟 / 2 min and a correction "45秒的……不对，40秒"; moments by ordinal, 头一段, 中间那段, 最后一段; trims by and to;
 * cuts of a range in 第N秒到第M秒 / 0:35-0:41 form; whole-clip and one-moment speeds from 0.5x to 2x; idle with and
 * without a factor; dead air; keep everything; the first / second / last and named uploads (one and two files);
 * shapes and platforms with and without a fill, a fill alone (crop twice, letterbox, blur); resolution set without
 * export (720p, 1080p, 4k); exports in mp4 / mov / webm / gif with and without a resolution, two exports in one
 * message; titles, captions, lower thirds, a slide-in text, start- and end-anchored texts, timed texts, text 1's words,
 * place and timing edited, text 1 removed, every text removed; intro and outro cards, an intro card removed between
 * two exports, both cards removed between two exports; music (default, a level, an uploaded song, ducking off,
 * quieter / louder / a level / removed between two exports, faded); source volume 0 to 1.5; clip fades in, out and
 * both; crossfades 0 / default / lengths; zoom auto / less / more / off / at a time; a default, named and
 * just-uploaded background, removed between two exports; undo, two undos, redo, start over, start over then a length,
 * track listings). In review 2 were added (both cards removed between two exports, an end-anchored text), 4 dropped as
 * redundant (3 plain mp4 exports, a third mute of the source), 1 plain undo replaced by a 5-request line, 2 single
 * edits turned into combinations, and 8 reworded: a moment named after a move (now a whole-clip speed), a length said
 * "1:15" (could be read as a ratio; now 1分15秒), a blur fill said "给整成模糊的" (could be read as blurring the
 * picture), "原声保持百分之百" (could be read as no change; now 一百一十), "四周留点边" beside a default background (could
 * be read as letterbox), a smell chatter line like one an earlier header quotes (now a negation), a dialect slip, and
 * one length said another way for variety.
 * 271 final (none repeated within this file, compared trimmed and lower-cased), of which 31 (11.4 %) must change
 * nothing (questions about the product: 收费吗, 能不能把 excel 一起录进去; negated requests: 标题的位置就不必动了, 先别
 * 出片, 这次先别加片头了; chatter and thanks; things the product cannot do: 藏语 / 意大利语 / 侗语 translated into
 * subtitles or dubbing, 音名识别成字幕, 去反光, 调亮 / 调鲜亮 / 调红 / 调黄 / 调新鲜 / 修毛色, 去油烟灰雾, 撒花特效 /
 * 贴纸, P掉藏牌, 打码 / 模糊当事人面部, 识别铭文 / 垃圾 / defect, 数拳, 称牦牛, 测音准). 29 lines carry 2-5 requests.
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: a clip with no length named would be 60 s (every length line here names
 * one); music with no track named is lo-fi at 35 % ducked (a level said with it replaces the 35 %: 百分之四十,
 * 百分之五十, 三成, 百分之三十, 百分之二十, 百分之二十五, 百分之六十, 20%; an uploaded audio file named is the track:
 * sunset-vibes.mp3, lullaby.mp3; "我说话的时候音乐自己压低" / "人声出现时自动压低" / "宝贝们说话的时候让音乐小下去" is
 * the default ducking, "我唱的时候莫压低" / "我喊口令的时候不要压低" turns it off; "音乐再小声点" / "音乐大声点" after
 * adding it and an export is quieter / louder, "音乐调到百分之十五" there its level; "音乐开头淡入结尾淡出" / "音乐淡入
 * 淡出" in a line that adds music are the music's fades, 1 s each); 淡入 / 淡出 with no length is 1 s, 淡入淡出 both,
 * with a length that length (两秒, 三秒, 各半秒); 叠化 with no length is 0.5 s, with a length that length (半秒 / 零点五秒
 * 0.5 s, 0.3 秒, 0.4秒, 零點八秒, 一秒, 一秒半), 硬切 / 一刀切过去 0; idle stretches sped up with no factor (快进过去，
 * 别剪 / 不要删) go 4x, with one (六倍速, 八倍速) at it; a card (片头 / 片尾 / 片尾卡片 / 片头卡片) with no length is
 * 2 s; a zoom at a time holds what is said (两秒 … 六秒); a background with no name (默认背景, 自带的默认渐变) is aurora,
 * "刚才上传的那张…照片" is 'image', a picture file named (shaxian.jpg, lab-bg.png) is its name; an export with no format is
 * mp4.
 * Other readings: a length alone is best moments at that length; a correction is the corrected value; 抖音 / 快手 /
 * tiktok named as where it goes is 9:16 (两边模糊 blur; IG限動 with 直式9:16 said and 旁邊黑邊 letterbox); 小红书 with
 * 4:5 said is 4:5, 朋友圈 / Instagram主页 with 正方形 / 方形 1:1, 视频号 with 竖屏 9:16. A fill said alone (多出来的边直接
 * 裁掉 / 直接裁满 crop, 两边模糊改成黑边 letterbox, 空出来那块…用模糊的填上 blur) is set_fill. 分辨率 / 解析度 with 还不要
 * 輸出 / 还没到导的时候 / 导出等我确认完再说 sets the resolution; with 导出 / 输出 / 导 / export it is the export's (720 /
 * 1080 without the p are 720p / 1080p). 标题 / 標題 / 原标题 of the draft is text 1 (改成 / 改做 / 改为 / 变更为 edits its
 * words, 挪到最下面 / 挪下面去 / 移到顶上 its position, 显示时间改成第1秒到第6秒 its timing, 删掉 / 删除 / 不要了
 * removes it); "画面中现有文字一律删除" removes every text; 加字 / 加一行字 / 加标题 adds a title, 字幕 a caption, 人名条 /
 * lower third a lower third, the words inside the quotes exactly as typed; 从第N秒到第M秒 / 自第N秒起至第M秒止 runs N to
 * M s, 在开头…显示五秒 0 to 5 s, 在开头 (no length) anchors at the start, 结尾处 at the end, 最后5秒 at the end for 5 s;
 * 从旁边滑进来 is the slide motion; 最上面 / 顶上 top, 中间 center, 下面 / 底部 / 画面底下 bottom. 第N段 is moment N,
 * 头一段 moment 1, 中间那段 moment 2; 最前头 / 第一个 place 1, 第二段的位置 place 2, 最后 / 末尾 place 3; "只留 / 只保留前
 * / 只要前 / 剪到只剩 / trim 到 N秒" on a moment is its length, "砍掉 / 剪掉 / 截去后面 / 剪去 / 缩短 / 短 N秒" a trim by N.
 * A file named by its place is 'first' / 'second' / 'last' (最新上传的那条 'last'), by its name its name. 原声 / 视频本身
 * 的声音 / 视频的声音 / 视频原来的声音 / source audio is the source volume (关掉 / mute 0, 一成 0.1, 两成 0.2, 三成 0.3,
 * 一半 0.5, 七成 0.7, 八成 0.8, 百分之九十 0.9, 百分之百 1, 百分之一百一十 1.1, 一百二 / 百分之一百二 1.2, 一百五 1.5).
 * Music, cards and backgrounds are only changed, faded or removed in a message that adds them (the draft has none); no
 * moment is named after a request that rebuilds the timeline or after a removal or move. A history step, a track
 * listing or an export said between edits stands where it is said; "退两次" is two undos, "复原一下" / "请撤回" /
 * "指令回退一步" one, "刚才撤销掉的那一步帮我恢复回来" a redo, "全部清空从头来过" start over, "时间线清掉，重新剪个
 * 一分钟的" start over then the length; "上传的三个视频都用上，一点都别剪" keeps everything.
 *
 * Measured blind on ed5ef72 (session 17's grammar, before session 18's round): 227/271 = 83.8 % (16 wrong edits, 7 asked
 * first); opened at once for the second half of that round. Read against a draft of 3 moments and 1 text (no music, no card, no background).
 */
import type { Phrasing } from '../ops';
import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder,
  moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment,
  removeText, resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
} from '../ops';

export const heldout19bZh: [string, Phrasing['want']][] = [
  // voice: 拉萨甜茶馆老板 (藏族, 汉语口语夹藏语: 咔卓, 亚古都, 啦, 阿佳)
  ['咔卓咔卓，帮我把甜茶馆的视频剪成四十五秒嘛，喝茶的人多多的那种', best(45)],
  ['要发抖音的，竖起来，两边模糊的那样，亚古都', aspect('9:16', 'blur')],
  ['在最上面加一行字“光明甜茶馆 一磅甜茶八块”', text('光明甜茶馆 一磅甜茶八块', { position: 'top' })],
  ['第二段是阿佳倒茶的，太长了，只留六秒就好啦', trimTo(2, 6000)],
  ['视频本身的声音（茶馆里吵吵的）小一半', sourceVolume(0.5)],
  ['再加点背景音乐嘛，我说话的时候音乐自己压低', music()],
  ['这个能不能帮我把藏语讲的话翻译成中文字幕？', nothing],
  ['段和段中间加个叠化，然后整个开头淡入一下，结尾淡出一下', then(crossfade(), fade('clip', 1000, 1000))],
  ['咔卓啦，阿佳说可以了，导出一个mp4给她', exportAs()],

  // voice: 抚远赫哲族渔民 (东北话: 整, 贼, 嘎哈, 老鼻子了)
  ['开江鱼的视频整个一分半的，别太长了哈', best(90)],
  ['第三段那条大鳇鱼往最前头挪', moveMoment(3, 1)],
  ['开头加个片头，写“乌苏里江 开江头网”，三秒', card('intro', '乌苏里江 开江头网', 3)],
  ['江面上没动静的地方快进过去，别剪，剪了就看不出江有多宽了', idle()],
  ['标题改成“赫哲人家 鲜鱼直发”', editText({ index: 1, text: '赫哲人家 鲜鱼直发' })],
  ['能不能帮我把鱼身上那反光给弄没了？贼晃眼', nothing],
  ['最后一段砍掉三秒，收网那块拖拉了', trimBy(3, 3000)],
  ['整个背景音乐导一版，再把音乐撤了导一版，两个版本俺比比', then(music(), exportAs(), noMusic, exportAs())],
  ['完事儿导个1080的，鱼鳞老鼻子了得看清楚', exportAs('mp4', '1080p')],

  // voice: 沙县小吃老板 (福建普通话: 有+动词, 喔, 厚)
  ['我有录三个视频，只要用第二个就好喔', only('second')],
  ['第一段拌面的有点慢，给它2倍速', speed(2, 1)],
  ['剪个半分钟就好，要发快手的', then(best(30), aspect('9:16'))],
  ['下面加一行字幕“扁肉 五块一碗”', text('扁肉 五块一碗', { style: 'caption', position: 'bottom' })],
  ['原来的声音有点吵厚，调到三成', sourceVolume(0.3)],
  ['店面招牌那张图我有传上去，当背景用喔，叫shaxian.jpg', background('shaxian.jpg')],
  ['有没有收费的？我有怕要钱', nothing],
  ['第5秒到第9秒我有打喷嚏，那一块删掉', cut(5, 9)],

  // voice: 台南虱目魚粥店老闆 (繁體, 台語: 足, 歹勢, 攏, 改做, 欸)
  ['欸這支影片幫我剪成一分鐘啦，原本足長的', best(60)],
  ['要放IG限動的，直式9:16，旁邊用黑邊就好', aspect('9:16', 'letterbox')],
  ['標題改做「阿和虱目魚粥 透早五點開」', editText({ index: 1, text: '阿和虱目魚粥 透早五點開' })],
  ['第一段煎魚肚的，放慢一點，0.5倍速', speed(0.5, 1)],
  ['這個可以幫我把影片調比較亮嗎？早上拍的足暗', nothing],
  ['解析度用1080p，還不要輸出喔', resolution('1080p')],
  ['歹勢，剛剛那個改錯了，復原一下', undo],
  ['第三段剪掉四秒，然後段跟段中間用交叉淡化零點八秒', then(trimBy(3, 4000), crossfade(800))],
  ['好啦，輸出mov檔，多謝', exportAs('mov')],

  // voice: 意大利普拉托华人服装厂老板 (青田人, 意大利语夹杂: ciao, va bene, grazie, subito)
  ['ciao，样衣走秀的视频剪个四十秒的，给客人看', best(40)],
  ['变成方形的，1:1，放Instagram主页用', aspect('1:1')],
  ['多出来的边直接裁掉，不要模糊', fill('crop')],
  ['加个人名条：“Lucia Chen，设计总监”', text('Lucia Chen，设计总监', { style: 'lower-third' })],
  ['工厂里机器声音太响了，视频的声音关掉，va bene?', sourceVolume(0)],
  ['再配个背景音乐，音量百分之四十，grazie', music('lofi', 0.4)],
  ['结尾加个片尾卡片：“Made in Prato · 订货请联系”', card('outro', 'Made in Prato · 订货请联系')],
  ['能不能帮我把意大利语翻译成中文配音？', nothing],
  ['subito! 导出webm给网站用', exportAs('webm')],

  // voice: 黑河对俄贸易商 (俄语夹杂: 达瓦伊, 哈拉少, 斯巴西巴)
  ['达瓦伊，把这几个视频里最好的剪成两分钟', best(120)],
  ['只用 products-ru.mp4 跟 warehouse.mp4 这两个文件', only('products-ru.mp4', 'warehouse.mp4')],
  ['在开头加标题“黑河—布拉戈维申斯克 一日达”，显示五秒', text('黑河—布拉戈维申斯克 一日达', { start_ms: 0, end_ms: 5000 })],
  ['第二段删掉，哈拉少', removeMoment(2)],
  ['整个视频快一点，1.25倍速', speed(1.25)],
  ['导出两个：一个mp4，一个gif', then(exportAs('mp4'), exportAs('gif'))],
  ['斯巴西巴！你这个比我侄子剪得快', nothing],
  ['镜头在第20秒的时候放大那个报关单，停四秒', zoomAt(20, 4)],
  ['时间线清掉，重新剪个一分钟的，老毛子客户没耐心', then(startOver, best(60))],

  // voice: 南极中山站科考队员 (卫星带宽小, 极简, 空格代标点)
  ['剪个30秒 站里带宽只够传这么点', best(30)],
  ['风声太大 原声调到一成', sourceVolume(0.1)],
  ['加音乐 默认的那个', music()],
  ['转场硬切 别叠化', crossfade(0)],
  ['没动静的雪地全剪了 有动作有声音的留着', deadAir],
  ['两边模糊改成黑边', fill('letterbox')],
  ['分辨率先设720p 还没到导的时候', resolution('720p')],
  ['网又断了 等我一下', nothing],
  ['标题挪到最下面 企鹅挡住了', editText({ index: 1, position: 'bottom' })],
  ['改成4比5 导720 mp4 省流量', then(aspect('4:5'), exportAs('mp4', '720p'))],

  // voice: 古琴斫琴师 (文雅, 书面, 句号)
  ['烦请将斫琴的录像剪为三分钟左右，不必太赶。', best(180)],
  ['第三段上漆的部分，请截去后面五秒。', trimBy(3, 5000)],
  ['标题请改为「一张琴的诞生」。', editText({ index: 1, text: '一张琴的诞生' })],
  ['原声中有刨木之声，甚好，音量调至八成即可。', sourceVolume(0.8)],
  ['诸段之间，以一秒叠化相接。', crossfade(1000)],
  ['片尾请加一张卡片，书“斫琴 · 山中一年”，停留四秒。', card('outro', '斫琴 · 山中一年', 4)],
  ['可否为琴声配上字幕，自动识别每个音名？', nothing],
  ['标题的位置就不必动了，现在这样甚好。', nothing],
  ['有劳。输出为mov，4K。', exportAs('mov', '4k')],

  // voice: 菏泽捏面人艺人 (山东话: 俺, 恁, 中, 杠好)
  ['俺捏孙悟空那个视频，恁给俺剪成一分钟中不', best(60)],
  ['头一段俺找材料的，不要了，删了', removeMoment(1)],
  ['中间那段捏脸的，放慢点，0.75倍速', speed(0.75, 2)],
  ['手那块在第十五秒给俺放大看看，放大五秒', zoomAt(15, 5)],
  ['加一行字“面人郭 非遗传承”放下面', text('面人郭 非遗传承', { position: 'bottom' })],
  ['俺要往快手上发，给俺整成竖屏', aspect('9:16')],
  ['能不能把俺捏的面人颜色调鲜亮点', nothing],
  ['放大再多一点，面人脸上的褶子要看清', zoom('more')],
  ['中，导出来吧，要720的就中', exportAs('mp4', '720p')],

  // voice: 近景魔术师 (close-up, 中英夹杂: reveal, 说着说着改口)
  ['剪一个45秒的……不对，40秒，观众注意力就这么长', best(40)],
  ['第2段是我的reveal，挪到最后', moveMoment(2, 3)],
  ['在第28秒放大两秒，那是牌翻过来的瞬间', zoomAt(28, 2)],
  ['整体速度别动，只把第1段加快到1.5倍速', speed(1.5, 1)],
  ['把第8秒到第12秒剪掉，那里穿帮了😅', cut(8, 12)],
  ['加标题“你选的牌是？”，从第0秒到第3秒', text('你选的牌是？', { start_ms: 0, end_ms: 3000 })],
  ['开头淡入……算了，淡入淡出都要，各半秒', fade('clip', 500, 500)],
  ['能帮我把袖子里藏的牌P掉吗哈哈', nothing],
  ['退两次，刚才那两下都不对', then(undo, undo)],

  // voice: 铁岭二人转演员 (东北话: 哎呀妈呀, 埋汰, 得劲, 整, 嘎哈, 俺们)
  ['哎呀妈呀，这三段整一块儿剪个两分半的', best(150)],
  ['手绢那段（第二段）搁最前头', moveMoment(2, 1)],
  ['配个背景音乐，默认那个就得，音量百分之五十', music('lofi', 0.5)],
  ['空出来那块别整黑边，埋汰，用模糊的填上', fill('blur')],
  ['嘎哈呢这是，字咋跑上面去了，标题给我挪下面去', editText({ index: 1, position: 'bottom' })],
  ['视频原来的声音大点，调到百分之一百二', sourceVolume(1.2)],
  ['能给我整点特效不，撒花那种', nothing],
  ['加个音乐先导一版，然后音乐再小声点，再导一版', then(music(), exportAs(), quieter, exportAs())],
  ['得劲！导出1080p的mp4，俺发家族群里', exportAs('mp4', '1080p')],

  // voice: 成都川剧变脸演员 (四川话: 嘛, 要得, 巴适, 莫, 啥子)
  ['变脸那段（第三段）只留八秒，多了就拖了', trimTo(3, 8000)],
  ['搞成竖屏嘛，两边用模糊的填起', aspect('9:16', 'blur')],
  ['在第10秒那里放大，三秒钟，脸一变就要看清楚', zoomAt(10, 3)],
  ['锣鼓声要得，视频原来的声音开到一百五', sourceVolume(1.5)],
  ['加个片头“川剧变脸 · 锦城艺苑”，两秒', card('intro', '川剧变脸 · 锦城艺苑', 2)],
  ['段与段之间莫加转场，一刀切过去就巴适', crossfade(0)],
  ['可不可以把我脸上的油彩弄得更红更亮？', nothing],
  ['整个剪成1分15秒左右，加背景音乐，音量三成，我唱的时候莫压低', then(best(75), music('lofi', 0.3), ducking(false))],
  ['要得，先出个gif，再出个mp4', then(exportAs('gif'), exportAs('mp4'))],

  // voice: 国博青铜器修复师 (严谨, 书面, 编号意识)
  ['请将修复过程录像剪辑为五分钟。', best(300)],
  ['仅使用 bronze-day3.mp4 这一个文件。', only('bronze-day3.mp4')],
  ['第一段移至末尾。', moveMoment(1, 3)],
  ['在画面底部添加字幕“除锈：机械法结合化学法”，自第5秒起至第12秒止。', text('除锈：机械法结合化学法', { style: 'caption', position: 'bottom', start_ms: 5000, end_ms: 12000 })],
  ['原标题删除。', removeText(1)],
  ['静止无变化的片段以八倍速播放，不要删除。', idle(8)],
  ['背景采用我上传的 lab-bg.png。', background('lab-bg.png')],
  ['可否识别器物铭文并自动标注释文？', nothing],
  ['加默认背景导出一版；然后去掉背景再导出一版，以作对比。', then(background(), exportAs(), noBackground, exportAs())],
  ['请列出当前所有轨道，我逐条核对。', tracks],

  // voice: 假肢矫形师 (康复中心, 耐心, 给患者家属看)
  ['帮我把患者试穿新假肢走路的视频剪成一分钟左右', best(60)],
  ['第二段走得慢，那段放到1.5倍速', speed(1.5, 2)],
  ['加个人名条，“张医生 假肢矫形师”', text('张医生 假肢矫形师', { style: 'lower-third' })],
  ['患者的脸能不能自动打码？', nothing],
  ['片尾加一个卡片：“康复之路，我们陪您走”', card('outro', '康复之路，我们陪您走')],
  ['加背景音乐，音量百分之二十', music('lofi', 0.2)],
  ['结尾淡出两秒', fade('clip', undefined, 2000)],
  ['第三段只保留前十秒，后面是调试的，不用给家属看', trimTo(3, 10000)],
  ['先导出一个mp4给家属看看', exportAs()],

  // voice: 法院书记员 (公文腔: 予以, 现, 经核)
  ['现需将庭审公开课录像剪辑为时长九十秒的宣传片。', best(90)],
  ['画面比例调整为16:9，空余部分以黑边填充。', aspect('16:9', 'letterbox')],
  ['第二段予以删除。', removeMoment(2)],
  ['标题内容变更为“走进法庭 · 公开庭审日”。', editText({ index: 1, text: '走进法庭 · 公开庭审日' })],
  ['全片无声且静止的部分予以删除，其余保留。', deadAir],
  ['原声音量设定为百分之九十。', sourceVolume(0.9)],
  ['当事人面部需作模糊处理，本工具可否实现？', nothing],
  ['画面中现有文字一律删除。', removeText()],
  ['经核，上一步操作有误，请撤回。', undo],
  ['输出格式为mp4，分辨率1080p，现予导出。', exportAs('mp4', '1080p')],

  // voice: 税务师事务所 (汇算清缴季, 急, 一条塞好几件事)
  ['汇算清缴讲解视频，剪成三分钟以内……就三分钟吧，竖屏发视频号，两边模糊，加标题“个税汇算 三步搞定”，导出1080', then(best(180), aspect('9:16', 'blur'), text('个税汇算 三步搞定'), exportAs('mp4', '1080p'))],
  ['第三段我讲错了一个数，删掉', removeMoment(3)],
  ['第10秒到第18秒那段卡壳了，去掉', cut(10, 18)],
  ['再加一个字幕在下面：“截止日期：6月30日”，最后5秒显示', text('截止日期：6月30日', { style: 'caption', position: 'bottom', anchor: 'end', duration_ms: 5000 })],
  ['算了标题不要了，加个片头代替，写“个税汇算 三步搞定”', then(removeText(1), card('intro', '个税汇算 三步搞定'))],
  ['我电脑上开着的excel表能一起录进去吗', nothing],
  ['整体1.2倍速，我讲得太慢了', speed(1.2)],
  ['急急急 导出 mp4 720p 先给合伙人看', exportAs('mp4', '720p')],

  // voice: 晶圆厂光刻工艺工程师 (中英夹杂: cut, trim, source, lower third, defect)
  ['training video 帮我 cut 到 2 min，给新人 onboarding 用', best(120)],
  ['只用 litho-training-v3.mp4 这个 source', only('litho-training-v3.mp4')],
  ['第 2 段 trim 到 10s，太长了', trimTo(2, 10000)],
  ['加个 lower third：“Kevin Wu, Litho PE”', text('Kevin Wu, Litho PE', { style: 'lower-third' })],
  ['zoom 关掉，wafer 的画面放大反而看不清', zoom('off')],
  ['moment 之间 crossfade 0.3 秒就好', crossfade(300)],
  ['机台噪音太大，source audio 直接 mute 掉', sourceVolume(0)],
  ['把 0:35-0:41 那段 cut 掉，里面有没脱敏的 recipe', cut(35, 41)],
  ['能不能自动识别 defect 并标出来？', nothing],
  ['OK export 一个 mp4 1080p，再 export 一个 webm', then(exportAs('mp4', '1080p'), exportAs('webm'))],

  // voice: 航天测控站工程师 (口令腔: 收到, 执行, 保持)
  ['测控站开放日视频，目标时长两分二十秒，开始剪辑。', best(140)],
  ['第三段移到第二段的位置，执行。', moveMoment(3, 2)],
  ['在第42秒天线转动处放大，保持五秒。', zoomAt(42, 5)],
  ['背景音乐加入，音量百分之三十，人声出现时自动压低。', music('lofi', 0.3)],
  ['片头卡片：“深空测控 · 开放日”，时长三秒。', card('intro', '深空测控 · 开放日', 3)],
  ['收到，状态正常。请汇报当前各条轨道情况。', tracks],
  ['指令回退一步。', undo],
  ['先别出片，等总师看过再说。', nothing],
  ['片头写“深空测控”、片尾写“感谢观看”，导出一版；再把两张卡都删了，导出第二版。', then(card('intro', '深空测控'), card('outro', '感谢观看'), exportAs(), removeCard(), exportAs())],
  ['全片首尾各淡入淡出一秒，然后以4K导出mp4。', then(fade('clip', 1000, 1000), exportAs('mp4', '4k'))],

  // voice: 深圳垃圾分类督导员阿姨 (湖南人, 语音输入, 嗯那个, 哒, 几乎不打标点)
  ['嗯那个帮我把这个垃圾分类宣传的视频剪成一分半钟哒', best(90)],
  ['那个第一段嗯就是我在那里讲厨余垃圾的那个放慢一点点零点八倍速', speed(0.8, 1)],
  ['加一个标题，写“垃圾分类从我做起”，放在最上面哒', text('垃圾分类从我做起', { position: 'top' })],
  ['嗯视频里面那个垃圾车的声音太吵了把原声关小一点调到两成', sourceVolume(0.2)],
  ['那个嗯就是没有人说话也没有动的那些地方帮我快进过去不要删', idle()],
  ['你这个能不能帮我认一下这个是什么垃圾咯', nothing],
  ['嗯那个刚才撤销掉的那一步帮我恢复回来咯', redo],
  ['嗯做完了帮我导出来嘛要mp4的', exportAs()],

  // voice: 早教中心老师 (宝贝, 叠词, ～)
  ['宝贝们的亲子课视频剪一个三十秒哒～短短的', best(30)],
  ['第二段宝宝哭了，删掉掉～', removeMoment(2)],
  ['在开头加一行字“小海豚早教 · 亲子音乐课”，从旁边滑进来～', text('小海豚早教 · 亲子音乐课', { anchor: 'start', motion: 'slide' })],
  ['背景音乐加一个，百分之二十五，宝贝们说话的时候让音乐小下去～', music('lofi', 0.25)],
  ['再加点可爱的贴纸呀，小星星那种⭐', nothing],
  ['改成正方形的，发朋友圈～', aspect('1:1')],
  ['加上背景音乐，音乐开头淡入结尾淡出～', then(music(), fade('music', 1000, 1000))],
  ['加个片头“小海豚早教”导一版，再把片头去掉导一版～', then(card('intro', '小海豚早教'), exportAs(), removeCard('intro'), exportAs())],
  ['导出一个gif发家长群～', exportAs('gif')],

  // voice: 拳击馆教练 (口令腔, 感叹号: jab, combo)
  ['combo 那段！第二段！慢放！0.5倍速！', speed(0.5, 2)],
  ['整个剪到四十五秒！不要拖！', best(45)],
  ['第12秒出拳那一下放大！停两秒！', zoomAt(12, 2)],
  ['加字“一二一二 jab jab cross”放中间！', text('一二一二 jab jab cross', { position: 'center' })],
  ['原声留着！音量调到七成！', sourceVolume(0.7)],
  ['配个音乐！音量百分之六十！我喊口令的时候不要压低！', then(music('lofi', 0.6), ducking(false))],
  ['这个能帮我数学员一共出了多少拳吗？', nothing],
  ['配个音乐先导一个！然后音乐大声点再导一个！', then(music(), exportAs(), louder, exportAs())],

  // voice: 千岛湖桨板教练 (00后, emoji, 松弛感, 氛围感)
  ['桨板日落那条帮我剪个25秒的🌅 松弛感拉满', best(25)],
  ['要发小红书，4:5的那种', aspect('4:5')],
  ['两边不要模糊啦，直接裁满就好🙏', fill('crop')],
  ['标题改成「千岛湖 · 日落桨板」✨', editText({ index: 1, text: '千岛湖 · 日落桨板' })],
  ['背景音乐来一首，用我传的 sunset-vibes.mp3🎵', music('sunset-vibes.mp3')],
  ['zoom 稍微收一点，放太大了有点晕😵', zoom('less')],
  ['哈哈哈哈你好懂我', nothing],
  ['第三段水花那段放第一个🌊 再加个标题“今天也要松弛”', then(moveMoment(3, 1), text('今天也要松弛'))],
  ['导出4K的mp4，画质要顶🔥', exportAs('mp4', '4k')],

  // voice: 日料店寿司师傅 (日语夹杂: 大将, よろしく)
  ['握寿司那段视频，剪成一分十秒', best(70)],
  ['第一段切鱼的，只留前七秒', trimTo(1, 7000)],
  ['人名条：“大将 林师傅 · 鮨 林”', text('大将 林师傅 · 鮨 林', { style: 'lower-third' })],
  ['视频里刀切的声音很好听，原声放大到一百二', sourceVolume(1.2)],
  ['自动放大打开，手上的动作要看清楚', zoom('auto')],
  ['画面放在背景上，用刚才上传的那张木纹照片', background('image')],
  ['能不能把鱼的颜色调得更新鲜一点', nothing],
  ['第三段醋饭那里整段加快，1.5倍速，然后第二段短三秒', then(speed(1.5, 3), trimBy(2, 3000))],
  ['よろしく，导出mov', exportAs('mov')],

  // voice: 青海牦牛牧民 (青海话: 阿门, 尕, 好着呢, 啦)
  ['牦牛转场的视频剪成两分钟零五秒，好着呢', best(125)],
  ['第二段尕娃赶牛的那段，剪掉四秒', trimBy(2, 4000)],
  ['加个背景音乐，阿门加？就默认的那个', music()],
  ['山上没动静的那些地方，六倍速快过去，再加个片尾“祁连山牧场 欢迎来”', then(idle(6), card('outro', '祁连山牧场 欢迎来'))],
  ['标题删掉，不要了', removeText(1)],
  ['这个能算出来一头牦牛多少斤不', nothing],
  ['加音乐导一版，然后音乐调到百分之十五再导一版', then(music(), exportAs(), musicVolume(0.15), exportAs())],
  ['好了导个720的，草原上网不好', exportAs('mp4', '720p')],

  // voice: 黎平侗族大歌歌师 (温和, 普通话不太地道)
  ['我们鼓楼唱大歌的录像，请帮剪成三分半钟', best(210)],
  ['只要第一个视频，别的不要', only('first')],
  ['第三段的后面，剪去六秒', trimBy(3, 6000)],
  ['加字幕在下面：“侗族大歌 · 蝉之歌”', text('侗族大歌 · 蝉之歌', { style: 'caption', position: 'bottom' })],
  ['可以把侗语的歌词翻成汉语字幕吗？', nothing],
  ['第25秒到第31秒有人走过去挡住了，去掉这一段', cut(25, 31)],
  ['开始淡入两秒，结束淡出两秒', fade('clip', 2000, 2000)],
  ['结尾处加一行字“欢迎来黎平听大歌”', text('欢迎来黎平听大歌', { anchor: 'end' })],
  ['唱歌的声音最重要，视频原来的声音开到百分之百', sourceVolume(1)],

  // voice: 宠物殡葬师 (温和, 您, 慢)
  ['您好，想为一只老猫做纪念短片，剪成四十秒就好', best(40)],
  ['整体放慢一点，0.8倍速，请别太快', speed(0.8)],
  ['结尾加一张卡片：“咪咪 2009—2025 谢谢你陪我们”，停留五秒', card('outro', '咪咪 2009—2025 谢谢你陪我们', 5)],
  ['加一点背景音乐，用主人给的 lullaby.mp3，音量百分之三十', music('lullaby.mp3', 0.3)],
  ['画面开头慢慢淡入，三秒', fade('clip', 3000)],
  ['段落之间用叠化，一秒半', crossfade(1500)],
  ['主人说中间那段看着太难过，拿掉吧', removeMoment(2)],
  ['可以把猫咪的毛色修得亮一点吗？有些画面太暗了', nothing],
  ['辛苦了，先导出mp4，主人要看', exportAs()],

  // voice: 英国曼城华人外卖店老板 (手机打字, 拼音错字: 视屏, 竖频, 音月, 到出; mate, cheers)
  ['mate 帮我把外卖店的视屏剪成三十五秒', best(35)],
  ['要发 tiktok 的，竖频', aspect('9:16')],
  ['加个背景音月，百分之四十', music('lofi', 0.4)],
  ['开头加个片头，写 “Golden Dragon Takeaway 01234 567890”', card('intro', 'Golden Dragon Takeaway 01234 567890')],
  ['第三段炒饭那段加快，两倍速', speed(2, 3)],
  ['油烟太大画面灰蒙蒙的能不能去掉', nothing],
  ['mate 剪四十秒，竖频，加背景音月，标题改成“Golden Dragon”，到出 mp4', then(best(40), aspect('9:16'), music(), editText({ index: 1, text: 'Golden Dragon' }), exportAs())],
  ['上传的三个视频都用上，一点都别剪，原样放', keepAll],
  ['全部清空从头来过，刚才剪得乱七八糟', startOver],
  ['cheers，到出来 mp4', exportAs()],

  // voice: 曼谷唐人街金铺老板 (潮州人, 泰语夹杂: 萨瓦迪卡, 克拉普)
  ['萨瓦迪卡，金铺开业的录像剪成五十秒', best(50)],
  ['第二段剪到只剩九秒就好', trimTo(2, 9000)],
  ['标题移到顶上，顶上比较显眼', editText({ index: 1, position: 'top' })],
  ['加一个人名条，“陈老板 · 泰京金行”', text('陈老板 · 泰京金行', { style: 'lower-third' })],
  ['金器那个地方在第6秒，放大给客人看清楚，放大四秒', zoomAt(6, 4)],
  ['转场用叠化，零点五秒', crossfade(500)],
  ['金子能不能调得更黄更亮？', nothing],
  ['就用最新上传的那条视频，前面那两条是试拍的', only('last')],
  ['克拉普，导出 1080 的 mp4 跟一个 gif', then(exportAs('mp4', '1080p'), exportAs('gif'))],

  // voice: 上海调香师 (文艺, 中英: top note, vibe)
  ['把调香的过程剪成30秒，像一支香水的前调一样短', best(30)],
  ['第一段是 top note，只要前五秒', trimTo(1, 5000)],
  ['画面底下加一行字幕“佛手柑 · 雪松 · 白麝香”，从第3秒到第9秒', text('佛手柑 · 雪松 · 白麝香', { style: 'caption', position: 'bottom', start_ms: 3000, end_ms: 9000 })],
  ['背景就用你们自带的默认渐变，简约一点', background()],
  ['加背景音乐，音量20%，音乐淡入淡出', then(music('lofi', 0.2), fade('music', 1000, 1000))],
  ['整体慢一点，0.9倍速，像香气慢慢散开', speed(0.9)],
  ['这次先别加片头了，调香的片子要干净一点😌', nothing],
  ['比例换成正方形 1:1，多的部分用模糊填', aspect('1:1', 'blur')],
  ['导出 mov，4k，给品牌方', exportAs('mov', '4k')],

  // voice: 钢琴调律师 (精确, 数字控)
  ['调律过程的录像剪成两分四十五秒，精确一点', best(165)],
  ['第三段缩短两秒半', trimBy(3, 2500)],
  ['琴声是主角，原声放大到百分之一百一十', sourceVolume(1.1)],
  ['标题显示时间改成第1秒到第6秒', editText({ index: 1, start_ms: 1000, end_ms: 6000 })],
  ['在第33秒放大到琴弦那里，停留六秒', zoomAt(33, 6)],
  ['有没有办法自动检测音准，把频率标出来？', nothing],
  ['分辨率先设成4K，导出等我确认完再说', resolution('4k')],
  ['把第二段移到最后，然后每段之间叠化0.4秒，再整体加速到1.1倍速', then(moveMoment(2, 3), crossfade(400), speed(1.1))],
  ['确认完毕，导出 mp4，4K', exportAs('mp4', '4k')],
];
