import type { Phrasing } from '../ops';
import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder,
  moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText,
  resolution, sourceVolume, speed, startOver, text, then, trimBy, trimTo, tracks, undo, zoom, zoomAt,
} from '../ops';

/**
 * Held-out 31 (written as fresh 31; measured blind in sessions 29 to 31, opened in session 31), Chinese: a blind phrasing set written by a helper on 2026-12-03, to measure the parser on words it was
 * never tuned on. Its people hand a recording to the tool the way they would brief a freelance video editor or a
 * colleague (a demo for one client, an agency cut, a portfolio, a store preview, a talk or 直播回放, a 众筹 / 募資 video, a
 * product filmed on a phone, an onboarding video, a pitch, a 周会 demo, a 版本更新 video, a course trailer).
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13 (/work/briefs/issue13.md), /work/briefs/writer31-zh.md (the brief) and /work/briefs/headers32.txt (the header
 * comments of the earlier sets; they hold no phrasing lines): a `grep -n` for its "====" and heading lines (which printed
 * the list of set files whose headers it holds, so the names of the earlier sets' folders under bench/phrasings/, read
 * from that text only), the fresh30/zh.ts header read whole for the form; the rest only grepped: hit counts for some 350
 * candidate place names (Chinese and English spellings, mainland cities, Hong Kong, Macau and Taiwan districts, Malaysian
 * and Singaporean towns, cities abroad) and for some 60 trades and countries (售前, sales engineer, agency, 客户成功,
 * onboarding, 众筹, 路演, pitch, 民宿, 物流, 会计, 无人机 / drone, 书法, 木雕, 露营, 煤矿, 中药, 打火机, 社区团购, 果园 /
 * orchard, 苹果, Switzerland / Swiss, Canada, California, Sweden, 沙巴, 注音, …), then whole header lines (cut at 240-300
 * characters) holding some of those words, which showed voices of earlier sets (their wording, never a phrasing line).
 * Turned away by what that showed: a 晋江 pre-sales voice (an earlier Jinjiang shoe factory; 南平 taken, with the client
 * moved from 建阳, where an earlier Jian-ware kiln master was, to 武夷山), a 云林 and a 花蓮 voice (both places used),
 * Vientiane (used twice), Montreal, Toronto, Sydney, a 邵阳 lighter-factory boss (an earlier 邵东 lighter-factory
 * QC voice: 怀化 and portable power stations taken instead), a 临汾 coal-mine-safety software voice (an earlier 山西 coal-mine
 * safety officer: hospital software taken instead) and a Zurich ski app (earlier Zermatt ski-lift and Appenzell alphorn
 * voices: a hiking app taken). Every place kept had no hit in headers32.txt, in Chinese or English spelling; 宣城 has none
 * but 泾县 in it has one (an earlier rice-paper maker), so its voice here is a calligraphy teacher, not paper.
 * Not read: any other phrasing set or other file of bench/phrasings/ (kinds.ts, variants.ts, sets.ts), the parser
 * (src/engine), src/protocol/vocabulary.ts or any other src file, test/, scripts/, bench/*.ts, out/, dist/,
 * /work/*.txt, /work/main, any other worktree, any other brief; no git command was run but the one under Slip; no sentence was run
 * through the parser, the CLI, the engine or the bench. Then `mkdir -p bench/phrasings/fresh31` and an `ls` of that one
 * new folder (empty); no other listing of bench/phrasings/ was made. The lines were drafted in a private mktemp folder.
 * Run on this file only: the type-check the brief asks for, and a small python script over its own text to count its
 * lines, voices, nothing lines, requests per line, builders and repeats.
 * Slip: after the last type-check one `git status --porcelain` of the worktree ran in the same command, its output thrown
 * away unread (piped to `head -0`); nothing of it was seen. No other slip.
 *
 * Voices (30; trade and place grepped in headers32.txt first): 南平 tea-company ERP pre-sales engineer demoing for one
 * client (南平茶企 ERP 售前, 福建普通话: 有 + verb, 蛮, 哦, 王总, 全角逗号), 清远 ad-agency producer (清远广告公司乙方制片, 甲方腔,
 * 不打标点 run-on: 甲方爸爸, 改稿, final_final_v3, 搞掂), 南阳 new graduate's front-end portfolio (南阳应届生求职作品集, 河南话:
 * 俺, 中不中, 弄, 得劲, 最前头), 三明 camping-gear maker's crowdfunding video (三明露营装备摩点众筹, emoji in most lines), 临汾
 * hospital-software customer-success manager with an onboarding video (临汾医院 HIS 系统客户成功, 客气长句 + 山西话: 甚, 圪蹴,
 * 可 = 很, 不 as a question), 嘉峪关 cultural-tourism mini-program release video (嘉峪关文旅小程序版本更新, 西北话: 撒, 嘛达, 亚,
 * 谝), 铜仁 matcha seller's 直播回放 (铜仁抹茶主播, 贵州话: 哦豁, 咋个, 啥子, 得行, 嘛), 玉林 herbal-medicine B2B platform's 周会
 * demo (玉林中药材 B2B 周会, 桂普极短: 删了先, 咯, 就得), 宣城 calligraphy teacher's course trailer (宣城书法网课老师, 年长, 客气,
 * 您, 请, 错字 视屏, 一零八零, 中文引号), 新余 energy-storage founder's investor pitch (新余储能创业者路演, 江西话 + BP 腔: 冇,
 * 么子, 啰, FA, A轮), 怀化 portable-power-station workshop boss filming on a phone (怀化户外电源小厂老板, 湖南话: 咯, 冇得, 莫),
 * 荆门 community group-buying app's release video (荆门社区团购 App 版本更新, 湖北话: 撒, 搞, 冇得), 黄冈 tutoring school's
 * course trailer half in 拼音 (黄冈教培课程宣传, 拼音: biaoti, yinyue, shan diao, dao chu), 达州 cloud architect's recorded
 * conference talk (达州技术大会讲者录播, 四川话: 莫, 撒子, 莫得, 嘛, 不嘛), 德阳 industrial-software team's 周会 demo (德阳工业
 * 软件周会, 编号 1. 2. 3., 句号, 极短), 雅安 homestay-booking app's App Store preview (雅安民宿 App 预览视频, 网络用语: 家人们谁懂啊,
 * 救命, 绝绝子, yyds), 荃灣 logistics-SaaS customer success with an onboarding video (荃灣物流 SaaS 客戶成功, 繁體粵語: 錄咗, 嗰啲,
 * 冇郁, 改返, 唔使), 數碼港 mobile-game studio's store preview (數碼港手遊工作室, 港式中英: cut 個, slow 啲, set 做, off 佢),
 * 葵涌 container-terminal IoT pre-sales demo for one client (葵涌貨櫃 IoT 售前, 粵語極短: 聽朝, 唔要, cut 走, 列埋), 新口岸
 * researcher's talk recorded at Macau's convention centre (新口岸會展講座, 澳門繁體粵語 + 葡文: obrigado, 成個鐘), 汐止
 * smart-appliance start-up filming its robot vacuum on a phone (汐止智慧家電新創, 台灣繁體: 欸, 喔, 齁, 影片, 解析度, 匯出, 配樂),
 * 羅東 wood-carving studio's 嘖嘖募資 video (羅東木雕文創, 注音文: ㄉ, ㄅ, 偶, 惹, 粉), 裕廊 Singapore agency producer (新加坡裕廊
 * agency 制片, Singlish: lah, lor, can?, can or not, client ask), 淡滨尼 Singapore Shopee seller's livestream replay (新加坡淡滨
 * 尼网店直播回放, 华语 + English: part, highlight, then show 一下), 芙蓉 accounting-software onboarding for clients (马来西亚芙蓉
 * 会计软件, 马来西亚华语 + 粤语: 罢了, 酱, 嘅, 几时, SST), 斗湖 agri-drone start-up's investor pitch (沙巴斗湖农业无人机, 沙巴华语 +
 * 马来语 + 客家: boleh, tapi, sikit, 系), Chinese game-studio producer in Stockholm with a weekly demo (斯德哥尔摩游戏公司华人
 * 制作人, 中英 + 瑞典语: hej, fika, lagom, tack), Chinese new-grad UX designer in Irvine with a portfolio video (尔湾华人 UX
 * 求职作品集, 留学生中英夹杂: job, slow down, top, start over), Chinese hiking-app developer in Zurich with a release video
 * (苏黎世华人 app 开发者, 书面, 全角标点, 句号 + 瑞士德语: Grüezi, gell, merci vielmal), Chinese postdoc in Ottawa with a
 * recorded conference talk (渥太华博士后学术报告, 中英 + 法语: bon, voilà, merci).
 *
 * Counts: 270 (30 voices, 9 lines each), drafted in one pass and then reworded where the grep turned a voice away (eleven
 * lines: the 临汾, 怀化 and 苏黎世 voices' trades, the 南平 client's town) and where a line read two ways (a fade-in line
 * lost "不要淡出", which could be read as a fade-out of 0). Shaped while drafting to cover every builder of ops.ts:
 * lengths in 3分钟左右, 30秒 (three, one 最长只能30秒…剪个30秒的), 一分半, 2分钟, 两分钟 (two), 45秒, 45 miao, 5分钟, 5 分钟,
 * 1分钟, 一分钟左右, 一分鐘, 60s, 90秒, 40秒, 10分钟, 25 秒, 2 分半, 8 分鐘, 50 秒, 3 分钟, 75 秒, 1 min 10 s, 20 秒 (27 in all);
 * dead air (5); idle speed-up with no factor and at 2x, 3x, 5x; keep everything (4); uploads chosen: the second, two named
 * files; shapes and platforms: 16:9 (投影, 阿里国际站 with blur, B站, Google Play with crop), 9:16 (朋友圈广告 with blur, 视频号
 * with letterbox, 抖音, shu ping with blur, App Store, TikTok, 模糊填充), 1:1 (领英, 正方形, LinkedIn with letterbox), 4:5
 * (朋友圈 with letterbox, IG with blur); a fill alone: crop; resolution without export: 4K, 1080p; 48 exports: mp4 bare
 * (nine), 720p (nine), 1080p (thirteen), 4k (two); mov bare (two), 720p, 1080p, 4k (two); webm bare (two), 720p (two),
 * 1080p, 4k; gif bare (two), 720p; two exports in one line fourteen times (five with edits between them, one followed by
 * a track listing); titles (eleven new: three sliding in, one of them at the top and one at the bottom; four more at the
 * top, one center, one bottom, two unplaced), captions (nine: timed four,
 * start-anchored two, end-anchored two, top one), lower thirds (six); text 1's words (five), position (three), timing
 * (one) edited; text 1 removed (two); every text removed (two, one followed by a new caption); intro cards (six, three with
 * a length), outro cards (six, three with a length, one removed between two exports); music: the default lo-fi (eight, one
 * then louder, one then quieter, one at 25 % said through set_music_volume, one with ducking off, one with fades), lofi
 * named at 30 % and 15 %, seven uploaded files (levels 20 to 100 %, one at the default), ducking off three times and on once, music faded in, out, both, and
 * removed once between two exports; source volume 0 (three), 0.3, 0.4, 0.5, 0.6, 1.2, 1.3, 1.5; clip fades in alone (two),
 * out alone, both (three); crossfades 0 (two), 0.3, 0.5 (three), 0.8, 1 s; zoom auto (three), more (two), less, off (two),
 * at a time with a hold (five) and without (one); backgrounds: the default gradient (two), aurora named, two named images,
 * the just-uploaded image, and the default one removed between two exports; moments removed (nine), moved (five), trimmed
 * by (seven) and to (six), sped up or slowed (eight); cuts of a range (six, one from 0:00); whole-clip speed 1.1, 1.2, 1.25,
 * 1.5; undo (seven: once alone, twice in one line in two lines, before an export, before a redo), redo (two), start over (one), track
 * listings (seven, five of them next to an export).
 * 270 final (none repeated within this file, compared trimmed and lower-cased), of which 30 (11.1 %) must change
 * nothing, one a voice: 12 questions about the product or a platform (云端上传 / 保密, HR 时长, 众筹平台审核, 公众号发布,
 * 小程序公告, B 站上传, App Store 音乐审核, 嘖嘖拍片, Premiere project file, 马来文界面, Jira 集成, in-app purchase 價錢),
 * 4 beyond it or chatter (跟甲方沟通改稿, 估值, 做 excel, portfolio 多长), 8 negations (不要加片头, 不要再加音乐, 不用配乐,
 * 冇得音乐, 唔使音樂, 不用加 title, 不要背景音乐, 本周不做导出), 6 edits the product cannot make (讲解配音, 语音转字幕, 廣東話
 * 配音, 葡文投影片翻譯字幕, 雜物P掉, 德法字幕). 38 lines carry 2-5 requests (30 two, 4 three: 120 s + title + export 720p; webm + mp4 720p +
 * track listing; export + moment removed + export; export + whole-clip speed + export; 3 four: outro card + export + card removed + webm; default music + export 720p + music
 * removed + export 1080p; default background + export + background removed + export; 1 five: 1:1, default music, clip
 * fades 1 s, crossfade 0.5 s, export 1080p). Counted by requests: a ducking or a level said right after music is part of
 * the music, not a request of its own (four lines).
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: no line asks for a clip without a length (3分钟左右 180 s, 一分钟左右 /
 * 一分鐘 60 s, 一分半 90 s, 2 分半 150 s, 8 分鐘 480 s, 1 min 10 s 70 s); music with no track named (默认的背景音乐, 默认
 * 的就行, 默认背景音乐, 背景音樂要預設嗰首, 背景音乐用默认的, 配樂用 lofi, default 的 lofi, 加 lofi 的) is lo-fi at 35 % ducked, a
 * level said with it (30%, 15%, baifenzhi 25) replacing the 35 %; an uploaded audio file named is the track (brand_jingle.wav,
 * campfire.mp3, guzheng.mp3, tuangou_bgm.mp3, ost_main.wav, wood_guitar.mp3, hackbrett_loop.mp3; with a level that level,
 * "full volume 100%" 1, else 35 %); "讲话的时候不要压低音乐" / "講嘢嗰陣唔使壓低" / "说话时不要降低音乐" turn ducking off, "我讲话
 * 时要压低" keeps it on; "声音小些 别盖住我谝" right after adding music is quieter, "然后再大声一点" louder; 淡入 / 淡出 with no
 * length is 1 s ("开头结尾都淡入淡出一下" 1 s each), with one that length ("慢慢变黑，大概两秒" a 2 s fade-out); every crossfade
 * names its length (叠化0.3秒, 叠化半秒, 硬切 / hard cut 0, 0.5s, 0.8 秒, jiao cha 淡化 1 miao); idle stretches sped up with no
 * factor ("快进过去就是了") go 4x; a card with no length is 2 s; a zoom at a time with no hold ("在 0:32 放大一下") holds 3 s;
 * a background with no name (默认那个渐变, 預設漸層背景) is aurora, the just-uploaded picture 'image'; an export with no format
 * (导出 1080p, 导出720p, 再导一个 720p 的, 匯出 1080p, export 720p, 导出一次) is mp4.
 * Other readings: a length alone (剪成90秒, cut 到 2 分半) is best moments at that length. 素材都要保留，一点也别剪 / 全部放进去 /
 * 唔好剪，全部保留 keep everything; 没声音画面又不动的地方都剪掉 / 冷場，冇人講嘢又冇郁，剪走佢 / 没说话 画面也不动的 part 全部 cut
 * 掉 are dead air; the same stretches (or 等加载 / 等 load / 等 loading / 喝水那些空白的地方) with 快进 / 快轉 / 快一点 and a factor
 * or none are idle speed-up. 竖屏 / 竖的 / vertical / 9:16 are 9:16, 横的 / 横屏 / 橫向 16:9, 正方形 / 1:1 1:1, 4:5 4:5; 模糊 /
 * mo hu blur, 黑边 letterbox, crop crop; "然后 crop 就好 不要 blur" without a shape is set_fill. 分辨率 / 解像度 with 还不导 /
 * 先不要匯出 sets the resolution; with an export it is the export's. 标题 / title / 標題 of the draft is text 1 (改成 / 换成 /
 * 改做 words, 放到最下面 bottom, 正中間 center, 放上面 top, 時間改返由 0 秒到 4 秒 timing, 删了 remove it); 全部ㄉ字都刪掉 /
 * 所有的 text 拿掉 remove every text; 标题 / title a title, 字幕 / caption a caption, 人名条 / 名牌 / lower third a lower third
 * (the words inside the quotes exactly as typed; 林志强，售前工程师 and IP65 Waterproof without quotes taken whole);
 * 从第N秒到第M秒 / 由第 N 秒到第 M 秒 / N 到 M 秒 run N to M s, 开头显示N秒 anchored at the start for N s, 最后显示五秒 / 顯示在
 * 結尾 3秒 anchored at the end, a lower third said 开头 with no length is at the start for 3 s (the same draft either way);
 * 上面 / 最上面 / top top, 底下 / 下面 / 底部 bottom, 中间 center; 从旁边滑进来 / slide in / slide 进来 the slide motion. 片头 /
 * intro card / 开头…卡 are intro cards, 片尾 / outro / 最尾加張卡 outro cards. 第N段 is moment N (its description only describes
 * it); 最前面 / 最前头 place 1, 第2個位置 / 放到第2段后面 place 2, 最后 place 3; 只留 / 只要前面 / 保留 / 剪到只剩 N 秒 on a moment
 * is its length, 剪掉 / 剪短 / 縮短 / trim 掉 N 秒 a trim by N ("剪掉后面5秒" by 5 s); a moment with 删掉 / 去掉 / 唔要 /
 * shan diao and no seconds is removed. A range with 剪掉 / 删除 / cut 走 / cut 掉 / 唔要 ("頭 10 秒" 0-10 s) is cut. Source
 * volume: 原声 / 原来的录音 / 原聲 / 直播声音 (150% 1.5, 130% 1.3, 120% 1.2, 一半 50% 0.5, 关掉 / 静音 0). Speeds: 整个片子 /
 * 整体 set the whole clip's speed, a speed with 第N段 moment N. Zoom: 自动放大 / 自动跟住滑鼠 zoom / 自动fangda auto, 再放大多
 * 一点 / zoom 再多一点 more, 放大搞少点 less, 关了 / off 佢 off. A history step, a track listing or an export said between
 * edits stands where it is said; 撤销两步 / 撤回 再撤回一步 two undos, 再恢复一步 redo, 全部重来 start over.
 *
 * Read against a draft of 3 moments and 1 text (no music, no card, no background).
 * The lead dropped 2 lines shared with earlier sets (two undos, the tracks listed), 268 left. Measured blind on the
 * grammar of 68804da (session 29, before session 29's round): 218/268 = 81.3 % (15 wrong edits, 8 right edits with words
 * left unread, 13 asked first).
 * Measured blind again at the end of session 29 and the start of session 30 (10c95a8): 221/268 = 82.5 %; after session
 * 30's round (887535a): 223/268 = 83.2 % (13 wrong edits, 8 right edits with words left unread, 11 asked first).
 * Measured blind again at the start of session 31 (0092139): 223/268 = 83.2 % (13 wrong edits, 8 right edits with words left unread, 11 asked first); opened then.
 */
export const heldout31Zh: [string, Phrasing['want']][] = [
  // 南平 tea-company ERP pre-sales engineer, demo for one client (南平茶企 ERP 售前)
  ['明天要去给武夷山那个茶厂王总演示，录屏有二十多分钟，帮我剪成3分钟左右的精华版', best(180)],
  ['客户那边会议室是投影，16:9 就好啦，1080p 导出 mp4', then(aspect('16:9'), exportAs('mp4', '1080p'))],
  ['开头加个片头卡片「为王总茶业定制的 ERP 演示」，放 3 秒', card('intro', '为王总茶业定制的 ERP 演示', 3)],
  ['第二段我有讲错价格，那段删掉哦', removeMoment(2)],
  ['加个人名条：林志强，售前工程师', text('林志强，售前工程师', { style: 'lower-third' })],
  ['报价单那里鼠标点来点去的，自动放大跟一下鼠标', zoom('auto')],
  ['这个会不会上传到云端？客户资料有保密协议的', nothing],
  ['我讲话中间停顿蛮多的，没声音画面又不动的地方都剪掉', deadAir],
  ['第3段库存那个页面加载很慢，那段加速到2倍', speed(2, 3)],
  // 清远 ad-agency producer answering to the client (清远广告公司乙方制片)
  ['甲方又改需求了 这次要一个30秒的版本投朋友圈广告 然后竖屏 两边不要黑边用模糊的', then(best(30), aspect('9:16', 'blur'))],
  ['标题改成「清远鸡，一键溯源」 甲方爸爸说原来那个太长', editText({ index: 1, text: '清远鸡，一键溯源' })],
  ['上一步撤回 刚才那个改错了', undo],
  ['音乐用他们给的 brand_jingle.wav 音量30% 讲话的时候不要压低音乐 他们就要音乐一直在', then(music('brand_jingle.wav', 0.3), ducking(false))],
  ['结尾加个 outro 写「扫码了解更多」 四秒 然后导一版 mov 给他们审', then(card('outro', '扫码了解更多', 4), exportAs('mov'))],
  ['能不能直接帮我跟甲方沟通改稿 哈哈 开玩笑的', nothing],
  ['整体节奏太慢了 整个片子1.25倍速', speed(1.25)],
  ['每段之间的转场叠化0.3秒 别太硬', crossfade(300)],
  ['最终版 final_final_v3 导出 4k mp4 搞掂', exportAs('mp4', '4k')],
  // 南阳 new graduate, front-end portfolio for job hunting (南阳应届生求职作品集)
  ['俺做了个前端项目要放简历里，录了七八分钟，给俺弄成一分半的作品集视频中不中', best(90)],
  ['打个标题「南阳理工 · 张帅 · 前端作品集」，放上面', text('南阳理工 · 张帅 · 前端作品集', { position: 'top' })],
  ['第一段是登录页没啥看头，直接去掉', removeMoment(1)],
  ['把第3段挪到最前头，那个可视化大屏最得劲', moveMoment(3, 1)],
  ['声音别要了，俺说话一股南阳味儿，原声关掉', sourceVolume(0)],
  ['那就加个默认的背景音乐吧', music()],
  ['1:1 的，发领英', aspect('1:1')],
  ['HR 看视频是不是有时长限制啊，多长合适', nothing],
  ['中了，导出来 720p 就行，文件小点好发邮箱', exportAs('mp4', '720p')],
  // 三明 camping-gear maker's crowdfunding video (三明露营装备摩点众筹)
  ['我们的折叠营地车上摩点了🏕️ 素材全是手机拍的 帮我剪个2分钟的众筹视频🙏', best(120)],
  ['第2段展开车子那个过程太长了 剪掉8秒✂️', trimBy(2, 8000)],
  ['加字幕「30秒展开 一个人就能搞定」从第5秒到第9秒💪', text('30秒展开 一个人就能搞定', { style: 'caption', start_ms: 5000, end_ms: 9000 })],
  ['片尾加一张卡片「摩点搜：山野营地车」🔥 导一版 mp4 看看 然后把片尾去掉 再导一个 webm', then(card('outro', '摩点搜：山野营地车'), exportAs('mp4'), removeCard('outro'), exportAs('webm'))],
  ['音乐用 campfire.mp3 开头慢慢进来 2秒淡入🎵', then(music('campfire.mp3'), fade('music', 2000))],
  ['画面整体开头结尾都淡入淡出一下✨', fade('clip', 1000, 1000)],
  ['在第40秒那里放大一下 看清卡扣细节 停5秒🔍', zoomAt(40, 5)],
  ['众筹平台会帮我审核视频吗😅', nothing],
  ['导出 mp4 1080p 先上传摩点后台 再导一个 gif 做详情页动图', then(exportAs('mp4', '1080p'), exportAs('gif'))],
  // 临汾 customer-success manager of a hospital information system, onboarding video (临汾医院 HIS 系统客户成功)
  ['您好，我是做医院 HIS 系统客户成功的，想给新签的县医院做一个上手视频，素材都要保留，一点也别剪，麻烦了', keepAll],
  ['不过中间圪蹴着等系统加载的那些地方，画面不动也没声音，能不能快进过去，3倍就行', idle(3)],
  ['第一段开头加个字幕「第一步：登录门诊挂号模块」，开头显示5秒', text('第一步：登录门诊挂号模块', { style: 'caption', anchor: 'start', duration_ms: 5000 })],
  ['标题放到画面最下面，别挡住菜单', editText({ index: 1, position: 'bottom' })],
  ['原来的录音有电流声，音量调低到40%', sourceVolume(0.4)],
  ['甚都不懂的护士大夫也要能看明白，咱这工具能自动给配个讲解配音不', nothing],
  ['第2段讲医保结算那里说得可快了，这一段放慢点，0.75倍', speed(0.75, 2)],
  ['客户电脑老，导出成 720p 的 mp4，谢谢', exportAs('mp4', '720p')],
  ['麻烦先导出一个 mp4，再把时间线上有啥轨道都列一下，我跟领导汇报', then(exportAs('mp4'), tracks)],
  // 嘉峪关 cultural-tourism mini-program, version-update video (嘉峪关文旅小程序版本更新)
  ['小程序 3.2 版本更新了 录了一段新功能 剪个45秒的更新说明撒', best(45)],
  ['标题字换成「雄关漫游 3.2 更新啥了」', editText({ index: 1, text: '雄关漫游 3.2 更新啥了' })],
  ['竖屏 发视频号 旁边黑边就行 嘛达', aspect('9:16', 'letterbox')],
  ['第3段只留10秒 后面都不要', trimTo(3, 10000)],
  ['从0:20到0:26那段我手机来电话了 剪掉', cut(20, 26)],
  ['加个背景音乐 默认的就行 声音小些 别盖住我谝', then(music(), quieter)],
  ['不要加片头 直接开始', nothing],
  ['放大效果关了 晃得人眼晕', zoom('off')],
  ['亚 导出 webm 放官网 再出个 mp4 720p 发群里 然后给我看下轨道', then(exportAs('webm'), exportAs('mp4', '720p'), tracks)],
  // 铜仁 tea seller's livestream replay (铜仁抹茶主播直播回放)
  ['昨晚直播回放两个多小时 帮我剪个5分钟的精华嘛', best(300)],
  ['哦豁 第2段是我在吃饭 删了删了', removeMoment(2)],
  ['抖音要竖的 9:16', aspect('9:16')],
  ['加个标题「铜仁抹茶 源头直发」放中间', text('铜仁抹茶 源头直发', { position: 'center' })],
  ['我说话声音太小了 原声开大点到150%', sourceVolume(1.5)],
  ['直播间的背景音乐本来就有 就不要再加音乐了嘛', nothing],
  ['把第1段放到最后去', moveMoment(1, 3)],
  ['咋个看现在视频里有些啥子轨道', tracks],
  ['得行 先导出 1080p 然后把第2段删了 再导一个 720p 的', then(exportAs('mp4', '1080p'), removeMoment(2), exportAs('mp4', '720p'))],
  // 玉林 herbal-medicine B2B platform, weekly-meeting demo (玉林中药材 B2B 周会演示)
  ['周会演示用 剪1分钟', best(60)],
  ['第2段剪掉后面5秒', trimBy(2, 5000)],
  ['不用配乐 周会而已', nothing],
  ['第3段快一点 1.5倍咯', speed(1.5, 3)],
  ['标题删了先', removeText(1)],
  ['加个字「八角报价模块 v0.9」在上面', text('八角报价模块 v0.9', { position: 'top' })],
  ['再恢复一步', redo],
  ['导出 mp4 就得', exportAs('mp4')],
  // 宣城 calligraphy teacher, trailer for an online course (宣城书法网课老师课程宣传片)
  ['您好，我是教毛笔书法的老师，想把网课的录像做成一个一分钟左右的课程宣传片，不知道能不能做，麻烦您了', best(60)],
  ['开头请加一个片头，写上“宣纸上的楷书 二十一讲”，显示三秒钟就可以了', card('intro', '宣纸上的楷书 二十一讲', 3)],
  ['背景音乐我这里有一首古筝曲子 guzheng.mp3，请用这个，音量小一点，百分之二十吧', music('guzheng.mp3', 0.2)],
  ['第二段是我磨墨的镜头，太长了，请保留十五秒就好', trimTo(2, 15000)],
  ['写字的时候笔尖想看得清楚些，在第二十二秒的地方放大，放大四秒钟', zoomAt(22, 4)],
  ['请问这个视屏做好以后可以直接发到我的微信公众号吗', nothing],
  ['整个视屏结尾的时候慢慢变黑，大概两秒', fade('clip', undefined, 2000)],
  ['下面再加一行字幕：“每周三晚八点 直播答疑”，放在视屏最后显示五秒', text('每周三晚八点 直播答疑', { style: 'caption', position: 'bottom', anchor: 'end', duration_ms: 5000 })],
  ['谢谢您，麻烦再帮我做几件事：整个视屏改成正方形的，背景音乐用默认的，头尾各淡入淡出一秒，每段之间叠化半秒，最后导出一零八零的 mp4', then(aspect('1:1'), music(), fade('clip', 1000, 1000), crossfade(500), exportAs('mp4', '1080p'))],
  // 新余 energy-storage founder, investor pitch (新余储能创业者路演)
  ['下礼拜见投资人，产品 demo 录屏剪成90秒，配合 BP 讲', best(90)],
  ['开头加片头「储能云 · 让每度电都算数」，结尾片尾「A轮融资 3000万」', then(card('intro', '储能云 · 让每度电都算数'), card('outro', 'A轮融资 3000万'))],
  ['放大得还不够，整体再放大多一点', zoom('more')],
  ['加 lofi 的背景音乐，30% 就够了', music('lofi', 0.3)],
  ['冇必要的停顿全部剪掉，就是那种冇声音画面也不动的', deadAir],
  ['第1段放到第2段后面去', moveMoment(1, 2)],
  ['这个工具能帮我算一下估值么子', nothing],
  ['导出 mov 和 mp4 各一个，mov 给 FA 用', then(exportAs('mov'), exportAs('mp4'))],
  ['再把整个片子的转场做成硬切，投资人不喜欢花里胡哨', crossfade(0)],
  // 怀化 portable-power-station workshop boss, product filmed on a phone (怀化户外电源小厂老板手机拍产品)
  ['手机拍的户外电源淋水测试 几段都是竖着拍的 做个40秒的咯', best(40)],
  ['发阿里国际站要横的 16:9 两边用模糊填', aspect('16:9', 'blur')],
  ['第1段手抖得厉害 只要前面6秒', trimTo(1, 6000)],
  ['带电钻那一下慢放 第2段0.5倍速', speed(0.5, 2)],
  ['加个字幕 IP65 Waterproof 底下 从第10秒到15秒', text('IP65 Waterproof', { style: 'caption', position: 'bottom', start_ms: 10000, end_ms: 15000 })],
  ['原声留着 电钻声就是卖点 冇得音乐', nothing],
  ['手机拍的几段全部放进去 一秒都莫剪', keepAll],
  ['背景换成我发的那张工厂图 factory.jpg', background('factory.jpg')],
  ['加个默认背景音乐 导出 mp4 720p 发 WhatsApp 然后音乐去掉 再导一个 1080p 的', then(music(), exportAs('mp4', '720p'), noMusic, exportAs('mp4', '1080p'))],
  // 荆门 community group-buying app, release video (荆门社区团购 App 版本更新)
  ['新版本上线了 搞个更新介绍 30秒 发到用户群', best(30)],
  ['只用第二个录屏 第一个是旧版的', only('second')],
  ['加标题「荆门邻里团 v5.0」 从旁边滑进来', text('荆门邻里团 v5.0', { motion: 'slide' })],
  ['原来那个旧标题删了撒', removeText(1)],
  ['我自己传了个 tuangou_bgm.mp3 当背景音乐 音量40% 结尾淡出3秒', then(music('tuangou_bgm.mp3', 0.4), fade('music', undefined, 3000))],
  ['4:5 的也要一版 发朋友圈 上下留黑边', aspect('4:5', 'letterbox')],
  ['时间线上12秒到15秒那里卡住了 剪掉', cut(12, 15)],
  ['冇得问题了 导出 webm 720p', exportAs('webm', '720p')],
  ['这个能不能直接发到小程序后台的更新公告里', nothing],
  // 黄冈 tutoring school, course trailer typed half in pinyin (黄冈教培课程宣传, 拼音)
  ['bang wo jian yi ge 45 miao 的课程宣传视频', best(45)],
  ['加biaoti「黄冈名师 高考数学冲刺班」', text('黄冈名师 高考数学冲刺班')],
  ['加个yinyue 默认的就行 然后yinliang tiao dao baifenzhi 25', then(music(), musicVolume(0.25))],
  ['第三段shan diao', removeMoment(3)],
  ['shu ping 9:16 liang bian mo hu', aspect('9:16', 'blur')],
  ['讲题那里自动fangda', zoom('auto')],
  ['能不能把讲课的声音自动转成zimu', nothing],
  ['每段中间jiao cha 淡化 1 miao', crossfade(1000)],
  ['dao chu 1080p mp4 xiexie', exportAs('mp4', '1080p')],
  // 达州 cloud architect, recorded conference talk (达州技术大会讲者录播)
  ['我在大会上讲了40分钟 录播有点长 剪个10分钟的版本放B站嘛', best(600)],
  ['开头加个人名条 「李川，巴山云 架构师」', text('李川，巴山云 架构师', { style: 'lower-third' })],
  ['中间我喝水那些空白的地方 莫剪 快进过去就是了', idle()],
  ['有一段 Q&A 声音太小 撒子都听不到 整个原声开到120%', sourceVolume(1.2)],
  ['放大搞少点 PPT 的字都切到了', zoom('less')],
  ['在 3:05 那里放大代码 停6秒', zoomAt(185, 6)],
  ['B站横屏 16:9 莫得问题 分辨率先设成 4K 还不导', then(aspect('16:9'), resolution('4k'))],
  ['哈 刚才那步撤回 再撤回一步', then(undo, undo)],
  ['这个能直接帮我传到 B 站不嘛', nothing],
  // 德阳 industrial-software team, weekly-meeting demo, numbered notes (德阳工业软件周会)
  ['1. 剪成两分钟 2. 加标题「DY-MES 排产模块 周进展」 3. 导出720p', then(best(120), text('DY-MES 排产模块 周进展'), exportAs('mp4', '720p'))],
  ['1. 第3段剪短4秒 2. 第2段删', then(trimBy(3, 4000), removeMoment(2))],
  ['原声静音。配乐不要。', sourceVolume(0)],
  ['转场 0.5s', crossfade(500)],
  ['全片开头淡入 0.5s', fade('clip', 500)],
  ['时间轴 45s-52s 删除', cut(45, 52)],
  ['本周不做导出，只看效果', nothing],
  ['整体 1.1 倍速', speed(1.1)],
  // 雅安 homestay-booking app, App Store preview (雅安民宿 App 预览视频, 网络用语)
  ['家人们谁懂啊 App Store 预览视频最长只能30秒 帮我剪个30秒的', best(30)],
  ['要竖的 App Store 那个手机比例 9:16', aspect('9:16')],
  ['第1段太拖了救命 只留8秒', trimTo(1, 8000)],
  ['加个标题「雨城小住 订民宿」放最上面 绝绝子', text('雨城小住 订民宿', { position: 'top' })],
  ['App Store 预览视频能放背景音乐吗 会不会被拒审', nothing],
  ['那先不加音乐了 原声也关掉 静音', sourceVolume(0)],
  ['第2段速度拉到1.5倍 丝滑一点', speed(1.5, 2)],
  ['背景来个渐变的 默认那个就行 yyds', background()],
  ['导出 mov 4k 上传 App Store Connect', exportAs('mov', '4k')],
  // 荃灣 logistics SaaS customer success, onboarding (荃灣物流 SaaS 客戶成功, 繁體粵語)
  ['新客戶 onboarding 用，錄咗成個流程，唔好剪，全部保留', keepAll],
  ['等 load 嗰啲位冇聲又冇郁，幫我快轉佢，5 倍', idle(5)],
  ['喺開頭加個 intro card：「歡迎使用荃運通 · 新手教學」', card('intro', '歡迎使用荃運通 · 新手教學')],
  ['加字幕「Step 1：建立第一張運單」，由第 8 秒到第 14 秒，放喺上面', text('Step 1：建立第一張運單', { style: 'caption', start_ms: 8000, end_ms: 14000, position: 'top' })],
  ['原本個標題改做「荃運通 新手教學」', editText({ index: 1, text: '荃運通 新手教學' })],
  ['個標題時間改返由 0 秒到 4 秒', editText({ index: 1, start_ms: 0, end_ms: 4000 })],
  ['可唔可以幫我整埋廣東話配音？', nothing],
  ['背景音樂要預設嗰首，但講嘢嗰陣唔使壓低', then(music(), ducking(false))],
  ['匯出 mp4 1080p，另外再出一個 720p 嘅 webm 俾手機睇', then(exportAs('mp4', '1080p'), exportAs('webm', '720p'))],
  // 數碼港 mobile-game studio, store preview (數碼港手遊工作室, 港式中英)
  ['我哋個 game 要出 App Store preview，cut 個 25 秒版本 from gameplay 錄影', best(25)],
  ['Google Play 嗰個用 16:9 橫向，crop 填滿', aspect('16:9', 'crop')],
  ['第 2 段 boss fight slow 啲，0.75x', speed(0.75, 2)],
  ['title 加「Neon Harbour · Coming Soon」，slide in 入嚟，底部', text('Neon Harbour · Coming Soon', { motion: 'slide', position: 'bottom' })],
  ['BGM 用 ost_main.wav，full volume 100%', music('ost_main.wav', 1)],
  ['game 原聲 set 做 60%', sourceVolume(0.6)],
  ['zoom 唔好自動，off 佢', zoom('off')],
  ['preview video 可唔可以加 in-app purchase 價錢？Apple 會唔會 reject', nothing],
  ['export 一個 1080p mov，再 export 一個 720p gif 俾 Twitter', then(exportAs('mov', '1080p'), exportAs('gif', '720p'))],
  // 葵涌 container-terminal IoT pre-sales, demo for one client (葵涌貨櫃 IoT 售前, 粵語極短)
  ['聽朝 demo 俾 MSC 個客，追蹤平台錄影 cut 到 2 分半', best(150)],
  ['第 1 段 login 唔要', removeMoment(1)],
  ['第 3 段縮短 10 秒', trimBy(3, 10000)],
  ['客戶 logo 圖 msc_bg.png 做背景', background('msc_bg.png')],
  ['加 lower third「陳家明 Solutions Engineer」', text('陳家明 Solutions Engineer', { style: 'lower-third' })],
  ['地圖嗰度自動跟住滑鼠 zoom', zoom('auto')],
  ['唔使音樂', nothing],
  ['1:15 到 1:22 嗰段 cut 走', cut(75, 82)],
  ['ok 出 mp4，然後列埋啲 track 俾我 check', then(exportAs('mp4'), tracks)],
  // 新口岸 Macau researcher, talk recorded at the convention centre (新口岸會展講座, 澳門繁體 + 葡文)
  ['上星期喺新口岸會展中心講咗個 talk，錄影成個鐘，想剪個 8 分鐘嘅精華版，obrigado', best(480)],
  ['講者名牌：「Ana Leong，澳門大學 研究員」，用 lower third', text('Ana Leong，澳門大學 研究員', { style: 'lower-third' })],
  ['觀眾問問題嗰陣聽唔清楚，全片原聲加到 130%', sourceVolume(1.3)],
  ['頭 10 秒係主持人介紹，唔要', cut(0, 10)],
  ['最尾加張卡：「Obrigado · 多謝收看」，3 秒', card('outro', 'Obrigado · 多謝收看', 3)],
  ['中間啲冷場，冇人講嘢又冇郁，剪走佢', deadAir],
  ['可唔可以幫我將葡文投影片自動翻譯做中文字幕？', nothing],
  ['轉場柔和啲，0.8 秒 crossfade', crossfade(800)],
  ['匯出 1080p，webm 同 mp4 各一', then(exportAs('webm', '1080p'), exportAs('mp4', '1080p'))],
  // 汐止 smart-appliance start-up, product filmed on a phone (汐止智慧家電新創, 台灣繁體)
  ['欸我們的掃地機器人是用手機拍的，幫我剪成 50 秒的產品影片', best(50)],
  ['機器人過門檻那段是第 3 段，慢動作 0.5 倍', speed(0.5, 3)],
  ['標題改成「汐止製造 · 不卡門檻」喔', editText({ index: 1, text: '汐止製造 · 不卡門檻' })],
  ['標題移到畫面正中間', editText({ index: 1, position: 'center' })],
  ['配樂用 lofi，開頭淡入 1 秒、結尾淡出 2 秒', then(music(), fade('music', 1000, 2000))],
  ['手機拍的是直的，要改成 4:5 放 IG，旁邊模糊', aspect('4:5', 'blur')],
  ['解析度設 1080p 就好，先不要匯出', resolution('1080p')],
  ['可以幫我把背景的雜物P掉嗎', nothing],
  ['加個預設漸層背景 匯出 mp4 然後背景拿掉 再匯出一次比較看看', then(background(), exportAs('mp4'), noBackground, exportAs('mp4'))],
  // 羅東 wood-carving studio, crowdfunding video in 注音文 (羅東木雕文創嘖嘖募資)
  ['偶們ㄉ木雕文創要上嘖嘖募資惹 幫偶剪一個一分鐘ㄉ募資影片', best(60)],
  ['開頭加片頭卡「羅東木藝 · 手心的溫度」4秒', card('intro', '羅東木藝 · 手心的溫度', 4)],
  ['音樂用偶上傳ㄉ wood_guitar.mp3 音量50% 粉適合', music('wood_guitar.mp3', 0.5)],
  ['刻字ㄉ地方 在 0:32 放大一下', zoomAt(32)],
  ['加字幕「每一件都是手工」顯示在結尾 3秒', text('每一件都是手工', { style: 'caption', anchor: 'end', duration_ms: 3000 })],
  ['第1段移到第2個位置', moveMoment(1, 2)],
  ['嘖嘖會幫忙拍影片嗎 還是要自己來', nothing],
  ['全部ㄉ字都刪掉ㄅ 偶想重新加', removeText()],
  ['那加一個新ㄉ標題「手心的溫度」放下面 然後匯出 mp4 1080p', then(text('手心的溫度', { position: 'bottom' }), exportAs('mp4', '1080p'))],
  // 裕廊 Singapore agency producer (新加坡裕廊 agency 制片, Singlish)
  ['客户要一个 60s 的 LinkedIn 版本 帮忙 cut 一下 can?', best(60)],
  ['LinkedIn 用 1:1 正方形 lah 上下黑边', aspect('1:1', 'letterbox')],
  ['第3段移去最前面 client 说要先看 dashboard', moveMoment(3, 1)],
  ['结尾 outro 写「Book a demo at jurongtech.sg」 3 秒 can or not', card('outro', 'Book a demo at jurongtech.sg', 3)],
  ['放 default 的 lofi 音乐 然后再大声一点', then(music(), louder)],
  ['client 说不要任何 transition 直接 hard cut lor', crossfade(0)],
  ['client ask 可以出 Premiere 的 project file 吗', nothing],
  ['所有的 text 拿掉 再加 caption「Trusted by 200 SMEs」 在上面', then(removeText(), text('Trusted by 200 SMEs', { style: 'caption', position: 'top' }))],
  ['export 1080p mp4 then 4k mov 给 client archive', then(exportAs('mp4', '1080p'), exportAs('mov', '4k'))],
  // 淡滨尼 Singapore online seller, livestream replay (新加坡淡滨尼 Shopee 直播回放)
  ['Shopee live 的回放 太长了 剪 3 分钟 highlight', best(180)],
  ['主播没说话 画面也不动的 part 全部 cut 掉', deadAir],
  ['加 caption「$9.90 only tonight」 20 到 25 秒', text('$9.90 only tonight', { style: 'caption', start_ms: 20000, end_ms: 25000 })],
  ['第 2 段 trim 掉 6 秒', trimBy(2, 6000)],
  ['TikTok 要 vertical 的 lor', aspect('9:16')],
  ['然后 crop 就好 不要 blur', fill('crop')],
  ['直播声音开一半就好 50%', sourceVolume(0.5)],
  ['不用加 title 啦 原本的 OK', nothing],
  ['export mp4 720p 先 then show 一下 tracks', then(exportAs('mp4', '720p'), tracks)],
  // 芙蓉 accounting-software onboarding for clients (马来西亚芙蓉会计软件, 马来西亚华语 + 粤语)
  ['帮我们公司 SST 会计软件做个客户上手影片 不要剪 全部放进去罢了', keepAll],
  ['只是用 invoice_demo.mp4 和 gst_report.mp4 这两个 file 就好', only('invoice_demo.mp4', 'gst_report.mp4')],
  ['等 loading 的地方快一点 2倍就够了', idle(2)],
  ['加个人名条「Jason Lim，Customer Success，芙蓉」', text('Jason Lim，Customer Success，芙蓉', { style: 'lower-third' })],
  ['那个标题放上面咯 不要挡到 menu', editText({ index: 1, position: 'top' })],
  ['背景用我刚刚 upload 嘅那张图', background('image')],
  ['几时可以支持马来文界面 哈', nothing],
  ['整个影片头尾 fade 2 秒', fade('clip', 2000, 2000)],
  ['酱可以了 export 720p mp4 然后再来一个 1080p 的', then(exportAs('mp4', '720p'), exportAs('mp4', '1080p'))],
  // 斗湖 agri-drone start-up, investor pitch (沙巴斗湖农业无人机, 沙巴华语 + 马来语)
  ['下个月去 KL 见投资者 无人机喷油棕的 demo 剪个两分钟 boleh?', best(120)],
  ['开头加片头卡「Tawau AgriDrone · Seed Round」', card('intro', 'Tawau AgriDrone · Seed Round')],
  ['无人机飞的那段系第 2 段 tapi 太长 剪掉 15 秒', trimBy(2, 15000)],
  ['在 0:50 那里 zoom 去看 dashboard 数字 3 秒', zoomAt(50, 3)],
  ['背景音乐 lofi sikit 就好 15% 我讲话时要压低', then(music('lofi', 0.15), ducking(true))],
  ['风声太吵 原声调到 30%', sourceVolume(0.3)],
  ['把第 3 段删掉 然后导出 mp4', then(removeMoment(3), exportAs('mp4'))],
  ['投资者会问 ROI 你可以帮我做 excel 吗 哈哈', nothing],
  ['唉 刚刚删错了 撤销 再导出一次', then(undo, exportAs('mp4'))],
  // 斯德哥尔摩 game-studio producer, weekly demo (斯德哥尔摩游戏公司华人制作人, 中英 + 瑞典语)
  ['hej 周会 fika 之前要 demo 新关卡 剪个 lagom 的长度 大概 75 秒', best(75)],
  ['加个 caption「build 0.14.2 · sprint 31」 放下面 开头显示 4 秒', text('build 0.14.2 · sprint 31', { style: 'caption', position: 'bottom', anchor: 'start', duration_ms: 4000 })],
  ['第 1 段 loading 画面 剪到只剩 3 秒', trimTo(1, 3000)],
  ['zoom 再多一点 UI 太小了 看不到', zoom('more')],
  ['tack! 然后整体 speed 1.2 倍', speed(1.2)],
  ['从 0:40 到 0:48 是 crash 的画面 cut 掉 别让老板看到', cut(40, 48)],
  ['这个工具支持 Jira 集成吗', nothing],
  ['撤销 然后 redo 回来 我想看看区别', then(undo, redo)],
  ['导出 webm 4k 放 Confluence', exportAs('webm', '4k')],
  // 尔湾 new-grad UX designer, portfolio video for job applications (尔湾华人 UX 求职作品集, 留学生中英夹杂)
  ['在申请 UX 的 job 想把 Figma prototype 的录屏做成 portfolio video 大概 1 min 10 s', best(70)],
  ['加 title「Irvine · UX Portfolio · Amy Zhao」 slide 进来 放 top', text('Irvine · UX Portfolio · Amy Zhao', { motion: 'slide', position: 'top' })],
  ['原来那个 title 的字改一下 改成「Case Study: Campus Eats」', editText({ index: 1, text: 'Case Study: Campus Eats' })],
  ['第 2 段 user flow 太快了 slow down 到 0.8x', speed(0.8, 2)],
  ['background 用 aurora 那个 gradient', background('aurora')],
  ['recruiter 一般看 portfolio video 多长啊', nothing],
  ['clip 开头 fade in 1.5 秒', fade('clip', 1500)],
  ['全部重来 start over', startOver],
  ['export 一个 gif 放 Notion portfolio 再一个 mp4 1080p', then(exportAs('gif'), exportAs('mp4', '1080p'))],
  // 苏黎世 hiking-app developer, release video (苏黎世华人 app 开发者, 中文 + 瑞士德语, 全角标点)
  ['Grüezi，我们的徒步路线 app 出了 4.0 版本，想做一个更新介绍视频，20 秒就好。', best(20)],
  ['第 3 段是旧界面，请删掉，gell。', removeMoment(3)],
  ['加标题「Wanderweg 4.0：新地图」，在画面上方。', text('Wanderweg 4.0：新地图', { position: 'top' })],
  ['音乐用 hackbrett_loop.mp3，音量 45%，说话时不要降低音乐。', then(music('hackbrett_loop.mp3', 0.45), ducking(false))],
  ['请做成 9:16，用模糊填充两边。', aspect('9:16', 'blur')],
  ['第 1 段只保留 7 秒。', trimTo(1, 7000)],
  ['这个视频能不能自动加上德语和法语两个版本的字幕？', nothing],
  ['显示一下时间线上所有的轨道，然后导出 mp4，4K。', then(tracks, exportAs('mp4', '4k'))],
  ['merci vielmal，再导出一个 720p 的 mov。', exportAs('mov', '720p')],
  // 渥太华 postdoc, recorded conference talk (渥太华博士后学术报告, 中英 + 法语)
  ['刚在 conference 上做了 talk，录屏 25 分钟，想剪个 5 分钟的 summary 放 lab 网站', best(300)],
  ['talk 的 slides 切换的时候没声音画面也不动的地方 remove 掉', deadAir],
  ['加一个 lower third：「Dr. Wei Chen, University of Ottawa」', text('Dr. Wei Chen, University of Ottawa', { style: 'lower-third' })],
  ['第 2 段是 Q&A 的开头 剪掉 12 秒', trimBy(2, 12000)],
  ['Zoom 到公式那里 在 2:10 停 4 秒', zoomAt(130, 4)],
  ['结尾加 outro card「Merci · Questions: wchen@uottawa.ca」', card('outro', 'Merci · Questions: wchen@uottawa.ca')],
  ['bon 不要背景音乐 学术的东西', nothing],
  ['转场 crossfade 半秒 voilà', crossfade(500)],
  ['先导出 mp4 1080p 再把整个片子调成 1.5 倍速 导出一个 720p 的 preview', then(exportAs('mp4', '1080p'), speed(1.5), exportAs('mp4', '720p'))],
];
