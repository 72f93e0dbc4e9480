import {
  aspect,
  background,
  best,
  card,
  crossfade,
  cut,
  deadAir,
  ducking,
  editText,
  exportAs,
  fade,
  fill,
  idle,
  keepAll,
  louder,
  moveMoment,
  music,
  musicVolume,
  noBackground,
  noMusic,
  nothing,
  only,
  quieter,
  redo,
  removeCard,
  removeMoment,
  removeText,
  resolution,
  sourceVolume,
  speed,
  startOver,
  text,
  then,
  tracks,
  trimBy,
  trimTo,
  undo,
  zoom,
  zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

/**
 * Held-out 35 (written as fresh 35; measured blind in sessions 33 and 34, opened in session 35), Chinese: a blind phrasing set written by a helper on 2026-12-04, to measure the parser on words it was
 * never tuned on. Two kinds of asking. (1) Roundabout, polite, hesitant or self-correcting: 能不能麻烦你…, 要不…吧, 我在想是不是
 * 可以…, 如果方便的话…, 试试…看, 不知道行不行, 烦请 / 能否, 不好意思 / 抱歉 / 对不起 in every line; a change of mind inside one message
 * (剪到30秒，哦不对…45秒; 改成正方形，不对不对，竖屏; 1.5倍，算了1.25倍; 四秒，不对，三秒; 方的，不对，还是竖的; 50秒，哦不对，40秒; 2倍速，
 * 不对，1.5倍; 叠化去掉……不，所有转场都改成硬切; 放下面，哦还是放上面吧; 加个音乐，算了…还是别加了), where only the last meaning counts;
 * what not to touch and what only to do (音乐别动，把标题挪到…就行; 只改声音：…其他都不要动; 背景弄个…，标题别动); questions about the
 * product (能…吗？ 支持…吗？ 要钱吗？) that change nothing, written next to requests asked as questions (能不能麻烦你…？, …会不会好点？那就
 * 改吧, 可以慢一點嗎, 背景放…可以嗎？, 要不背景也加一个？) that a careful editor reads one way only. (2) The purpose or the destination
 * instead of the edit (要发抖音 / 快手 / 视频号那种竖版 / IG Reels / Instagram Reels → 9:16; 发B站 / LinkedIn / 候诊室电视是横的 / 组会投影仪是
 * 16:9的 → 16:9; 客户最多看半分钟 → best 30 s; 一分钟顶天了 → best 60 s; 空转等纸那几段客户没人想看 → dead air; 在县里的4K大屏播放 → 4k;
 * 淘宝那边720p就够了 → 720p; 候诊室一般不开声音 → source muted; 放商品详情页 → gif; 手机流量不多 → a 720p export), and purposes that fix
 * no single edit (要显得高档一点, 看着舒服点就好, 务必显得专业可信), which expect nothing. Tones: polite, apologetic, unhappy with the last
 * version (上次剪的太长了, 上次那个竖屏加黑边太丑了, 上一版时长过长), terse veterans, talkative ones; some type on a phone without stops,
 * one dictates by voice; some name what is already on the timeline (标题改成…, 原声, 刚才那步, 刚才那个放大, 刚才删第三段那个, 刚才撤回的那步,
 * 刚才那个片头). Titles in “”, 「」 or bare. Three voices write traditional characters (路環, 西貢, 礁溪).
 *
 * Read while writing: /work/briefs/writer35-zh.md (the brief), bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts,
 * src/protocol/editOps.ts, src/protocol/draft.ts (all whole), lines 1-20 of the README (the product description, not its
 * "What you can say" table), issue 13 (/work/briefs/issue13.md), and /work/briefs/headers36.txt: one `grep -n` for its
 * "===" lines, "#" lines and the words "bench/phrasings/" and "fresh34/zh.ts", cut at 100 lines of output (which printed
 * the list of set files and some 50 "Read while writing" / "Not read" lines of earlier headers), the fresh34/zh.ts
 * header (lines 524-704 of the copy) read whole for the form and its decided readings; the rest only grepped, on a private copy under /tmp with the
 * line breaks joined (once with a space, once with nothing): hit counts for some 300 spellings of candidate places
 * (mainland prefectures, counties and districts, Macau, Hong Kong, Taiwan, Singapore and Malaysian places, districts
 * abroad, in Chinese and English spelling) and some 120 trades and words, then excerpts (30-50 characters either side)
 * of header lines holding some of them (徽墨, 醒狮, 玉器, 人参, 枸杞, 酱香, 融媒体, 幼儿园, 驾校, 鹿港, 大巴, 药剂, 印刷, 跟单, 测绘,
 * 信息技术, 文旅, nuclear, 豆腐, 耗材, 体育, 马术, 货车, trucker, 潜水, diving, 汽修, 装修, 中文学校, 牙科, Yilan, 羅東, ski, 社工,
 * 温泉, 品控, 瓷, 律师, 葡萄牙, 澳門, Sydney, Melbourne, 马德里, Madrid, 海鲜, 移民, 药材, dentist, silkworm, elderly, Carousell),
 * which showed voices of earlier sets (their wording, never a phrasing line).
 * Turned away by what that showed: a 屯溪 ink-stick shop (an earlier 歙县徽墨师傅), a 鹤山 lion-dance troupe (佛山醒狮), 四会 jade
 * (揭阳玉器), 抚松 ginseng (长白山人参种植户), 中宁 goji (宁夏枸杞农户), 仁怀 liquor-plant marketing (白酒厂勾调师), a 湄潭 county media
 * centre (县融媒体中心主播), a 长兴 kindergarten (幼儿园老师), a 攸县 driving school (驾校教练); 羅東 and Yilan as a voice's own place
 * (both used: the Taiwan voice is 礁溪, 宜蘭 only named as its county); 氹仔 (used: the Macau voice is 路環); a Carousell question
 * (an earlier header lists "post 去 Carousell" among its nothing lines; the 盛港 voice asks about a phone app instead). Kept
 * with a neighbour said below: the 鹤山 social worker (the earlier one is in 屯門).
 * Every voice place kept had no hit in headers36.txt in Chinese or English spelling (屯溪 / Tunxi, 湄潭 / Meitan, 仁怀 /
 * Renhuai, 海宁 / Haining, 濮院 / Puyuan, 桐乡, 德清 / Deqing, 长兴 / Changxing, 泰顺 / Taishun, 玉环 / Yuhuan, 三门 / Sanmen,
 * 醴陵 / Liling, 攸县 / Youxian, 潮安 / Chao'an, 鹤山 / Heshan, 四会 / Sihui, 化州 / Huazhou, 锡林浩特 / Xilinhot, 五常 / Wuchang,
 * 抚松 / Fusong, 中宁 / Zhongning, 白沟 / Baigou, 北碚 / Beibei, 路環 / 路环 / Coloane, 西貢 / 西贡 / Sai Kung, 礁溪 / Jiaoxi,
 * 盛港 / Sengkang, 适耕庄 / Sekinchan, Usera, Hurstville, Box Hill); their prefectures, cities or countries (黄山, 遵义, 嘉兴,
 * 湖州, 温州, 台州, 株洲, 潮州, 江门, 肇庆, 茂名, 哈尔滨, 白山, 中卫, 保定, 重庆, 澳門, 香港, 宜蘭, 新加坡, 马来西亚, 马德里 / Madrid,
 * Sydney, Melbourne) may have hits.
 * Not read: any other phrasing set or other file of bench/phrasings/ (no listing of it was made; the new folder was made
 * with `mkdir -p bench/phrasings/fresh35` and a `test -e` of this one file, which did not exist), the parser (src/engine),
 * src/protocol/vocabulary.ts or any other src file, test/, scripts/, bench/*.ts, out/, dist/, /work/*.txt, /work/main, any
 * other worktree, any other brief; no git command of any kind was run; no sentence was run through the parser, the CLI, the
 * engine or the bench. The lines were drafted in a private folder under /tmp and copied in.
 * Run on this file only: the type-check the brief asks for (once also with a deliberate type error appended, to see that
 * it reads this file; tsc reported it at this file's line and the line was removed by copying the draft back), and a small
 * python script over its own text to count its lines, voices, nothing lines, builders per line, builder arguments and
 * repeats.
 * Slips: none. (The grep output of headers36.txt showed bits of earlier voices' descriptions and some of their nothing
 * lines' gists, which the brief allows; no phrasing line of any set was seen. The background names of vocabulary.ts were
 * not known, so the only gradient named is aurora through the default.)
 *
 * Voices (30; place, trade and country grepped in headers36.txt first; three write traditional characters):
 * 黄山屯溪 tour-bus fleet dispatcher making a training clip (屯溪旅游大巴车队调度: 能不能麻烦你, 不知道行不行, 如果方便的话, 要不…吧),
 * 遵义湄潭 tea-processing plant's QC officer (湄潭茶叶加工厂品控: 我在想是不是可以, 要不, 试试…看, 加个音乐，算了),
 * 遵义仁怀 liquor-box printing plant's salesman (仁怀酒盒包装印刷厂业务员: 要发抖音, 客户最多看半分钟, 没人想看, 发B站),
 * 嘉兴海宁 leather-city livestream room controller (海宁皮革城直播间场控: 哦不对, 不对不对, 算了, 手滑了),
 * 嘉兴桐乡濮院 sweater e-shop customer-service girl (濮院羊毛衫网店客服: 不好意思, 抱歉, 对不起, 打扰了, in nearly every line),
 * 湖州德清 remote-sensing software product manager (德清遥感软件产品经理: terse, 45s精华, 自动缩放开, 轨道列一下),
 * 湖州长兴 primary-school science teacher (长兴小学科学老师: talkative, 发家长群, 一点都别剪, 我也不太懂),
 * 温州泰顺 county culture-and-tourism publicity officer (泰顺文旅宣传干事: 能否, 烦请, 请, 即可, 4K大屏),
 * 台州玉环 valve-factory export salesman (玉环阀门厂外贸业务: 上次剪的太长了, 吵死了, LinkedIn, lower third, Can 你们),
 * 台州三门 nuclear-plant training instructor (三门核电站培训教员: 不得超过, 只改声音, 不加音乐。),
 * 株洲醴陵 tableware-factory designer (醴陵日用瓷厂设计师: 太丑了, 裁满, 音乐别动…就行, 四秒，不对，三秒),
 * 株洲攸县 dried-tofu workshop owner on her phone (攸县香干作坊老板娘: 妹子, no stops, 弄大点不, 退回去),
 * 潮州潮安 bathroom-fittings factory's e-commerce designer (潮安卫浴厂电商美工: 详情页主图视频, 0-3s, 淘宝那边),
 * 江门鹤山 elderly-centre social worker (鹤山长者中心社工: 阿婆们, 长者, 如果方便的话, 多谢晒),
 * 肇庆四会 secondary-school PE teacher (四会中学体育老师: 口令式, 慢动作, 学生听口令就行),
 * 茂名化州 huajuhong herb-shop owner (化州橘红药材店老板: 老板你好, 视频号那种竖版, 要钱吗),
 * 锡林浩特 racing-horse club trainer (锡林浩特赛马俱乐部驯马师: 最带劲, 冲线, 那达慕, 能加…不？),
 * 哈尔滨五常 rice co-operative chairman (五常大米合作社理事长, 东北话: 顶天了, 整成, 整岔劈了, 太磨叽),
 * 白山抚松 ski-resort instructor (抚松滑雪场教练: 鬼畜, 不对，1.5倍, GoPro, 招生视频),
 * 中卫中宁 cold-chain truck driver dictating by voice (中宁冷链货车司机: 跑车, 服务区, 风噪, 流量不多, spaces for stops),
 * 保定白沟 luggage wholesaler in a hurry (白沟箱包批发店主: 哦不对, 不对，还是, 一件代发, 要嗨),
 * 重庆北碚 sericulture master's student (北碚蚕学研究生: 我在想是不是可以, 要不试试, 组会, 我不太确定…不加了),
 * 澳門路環 Portuguese-restaurant manager (路環葡國餐廳經理, 繁體粵語 + 葡文: 唔該, 直嘅, 三成, Obrigado, 出埋),
 * 香港西貢 dive-shop instructor (西貢潛水店教練, 繁體粵語: 靚位, 刪咗佢, 熄咗佢, 加返, 細聲啲),
 * 宜蘭礁溪 hot-spring hotel marketer (礁溪溫泉飯店行銷, 台灣繁體: 想請你幫忙, 一支影片, 不好意思, 匯出, 解析度),
 * 新加坡盛港 HDB renovation contractor (盛港组屋装修承包商, Singlish: can or not, lah, ah, before and after),
 * 马来西亚适耕庄 fishing-boat seafood exporter (适耕庄渔船海鲜出口商, 大马华语: 啦, 酱, 黑黑, 几时),
 * 马德里 Usera Chinese travel agency (Usera 华人旅行社: 你知道的, 哈哈, vale, gracias, 托莱多一日游),
 * 悉尼 Hurstville dentist (Hurstville 牙医: I'm wondering, holds, thanks, 候诊室),
 * 墨尔本 Box Hill immigration-law firm's assistant (Box Hill 移民律师事务所助理: 书面, 请, 上一版…, 务必).
 * Near neighbours said plainly (trade used before with no place or in another place; every voice place here is new):
 * 新加坡大巴窑 (a place name only) for 屯溪's 大巴; 漯河辣条厂品控 for 湄潭 (QC, another product); 印刷厂老板 (no place) for 仁怀;
 * many livestream hosts (主播) for 海宁; 客服 voices (five hits) for 濮院; a 测绘员 with no place for 德清; 中学物理老师 and
 * 牡丹江信息技术老师 for 长兴; 嘉峪关文旅小程序 for 泰顺; a nuclear-plant control-room operator for 三门; 龙泉青瓷烧窑师傅 and
 * 景德镇陶艺师 for 醴陵; 菜市场豆腐摊老板娘 for 攸县; 屯門社工 for 鹤山; 体育解说腔 for 四会; 亳州中药材收购商, 旧金山唐人街药材行 and
 * 玉林中药材 B2B for 化州; 上海马术俱乐部 for 锡林浩特; an Innsbruck ski-rental manager and a ski instructor with no place for 抚松;
 * 长途货车司机 and an English long-haul trucker for 中宁; a 湖州 silkworm farmer for 北碚; 氹仔豬扒包檔, 黑沙環酒店 IT and 新口岸會展 for
 * 路環 (Macau voices); 三亚潜水教练 and a diving voice in 绿岛 for 西貢; 咸宁温泉酒店小程序 for 礁溪; 装修师傅 with no place for 盛港;
 * 舟山渔民 (直播卖海鲜) and 北戴河海鲜排档 for 适耕庄; 马德里华人超市老板 for Usera; 牙科诊所前台, 口腔诊所医生 and an English dentist for
 * Hurstville; 列治文移民顾问 and a 律师 (书面) for Box Hill.
 *
 * Counts: 270 lines (30 voices, 9 lines each), drafted in one pass, then reworded where a line could be read two ways or
 * came too near an earlier header ("原来那个标题改成…" after a new title was added became "标题改成…", the draft having one text;
 * "请删掉，重新加一个片头" became "请重新加一个片头" (one op, not remove + add on a draft with no card); "帮忙弄成适合视频号的" got
 * 竖版; "印刷机空转那几段，没人说话画面也不动" was cut back to the purpose alone; the Carousell question was replaced), and where
 * the nothing share was too high (four thank-yous became exports or a track listing).
 * 30 lines (11.1 %) must change nothing: 20 questions about the product or an edit it has no operation for (自动认车牌,
 * 直接发到抖音, 两个直播间出切片, 一次上传几个, 右上角常驻台标, 西班牙语字幕, 断网内网运行, 调暖 / 调色, 字弄大点, 粤语配音, 算跳了多远,
 * 要钱吗, 马蹄音效, GoPro 360, 连行车记录仪, 葡文版, 潛水相機 RAW, 最高支援多少解析度, 手机 app, 马来文), 1 chatter asking advice
 * (音乐到底要不要加啊？你们一般怎么弄), 3 changes of mind that end in nothing (加个音乐，算了…还是别加了, twice; 我不太确定要不要加音乐…
 * 嗯，不加了), 2 negations (不加音乐。; 背景音乐不用，学生听口令就行), 3 purposes that fix no edit (要显得高档一点, 看着舒服点就好, 务必
 * 显得专业可信), 1 thanks (謝謝，辛苦了).
 * 38 lines carry two requests (none three; a ducking said right after its music is part of the music and not counted, one
 * such line; "不要音乐，原声也不要" is counted, its remove_music being a no-op on the bench draft): best + 9:16 (three); shape +
 * export (two); background + zoom auto; background + zoom off; zoom off + no background; outro card + clip fade-out; lo-fi +
 * source muted; source muted + lo-fi; lo-fi + clip fades; lo-fi + music fade-out (two); clip fades + crossfade (three); two
 * trims to; two trims by; trim to + trim by; trim by + move; trim by + remove; trim to + moment speed; remove + trim to;
 * moment speed + remove; whole speed + crossfade; whole speed + 4k export; two music fades with the clip's
 * (clip out + music out); remove music + source muted; 9:16 + title; undo + move; undo + remove; two exports (six: mov
 * 1080p + gif 720p, mp4 1080p + mov, gif + mp4, gif 720p + mp4 1080p, webm 1080p + mp4 720p, mp4 1080p + mp4 720p).
 * Builders used (lines' operations): best 26, deadAir 5, idle 4, keepAll 1, only 1, aspect 20, fill 2, resolution 3,
 * text 24, editText 5, removeText 2, music 21, musicVolume 1, quieter 1, louder 1, ducking 5, noMusic 2, sourceVolume 10,
 * fade 15, crossfade 10, removeMoment 8, moveMoment 7, trimBy 6, trimTo 5, cut 3, speed 13, undo 4, redo 1, startOver 1,
 * tracks 3, exportAs 36, zoom 7, zoomAt 7, background 5, noBackground 2, card 10, removeCard 2, nothing 30.
 * Lengths (26 best-moments): 一分钟左右, 45秒, 半分钟, 30秒→45秒 (改口), 一分半, 45s, 两分钟 (不超过), 40秒, 三分钟 (不得超过),
 * 一分钟, 二十秒, 三十秒左右, 一分钟, 1分20秒, 一分钟顶天了, 15秒, 2分钟, 50秒→40秒 (改口), 一分鐘, 45秒左右, 30秒, 一分钟
 * (cut 成一分钟), 三十秒, 四十五秒, 一分钟以内, 九十秒. Dead air (5), idle speed-up at 4x and with no factor (4), keep everything (1),
 * one upload chosen by name (snow_day2.mp4).
 * Shapes (20): 9:16 bare (eleven: 抖音 twice, 快手 twice, 视频号 twice, IG Reels, Instagram Reels twice, 竖屏 via a change of mind,
 * 手机竖着看), 9:16 blur; 16:9 bare (four: B站, 横屏, 候诊室电视是横的, 投影仪是16:9的), 16:9 blur (LinkedIn, not letterbox); 1:1
 * crop, letterbox, blur. Fills alone: blur, letterbox. Resolution without export: 4k ("先不导出"), 720p, 1080p ("還不要匯出").
 * Exports (36): mp4 bare (seven), 720p (six), 1080p (eight), 4k (two); no format (two: 导出吧，格式你看着办; 导出来发我); mov bare,
 * 720p, 1080p (two), 4k; webm bare, 1080p; gif bare (two), 720p (two).
 * Texts: 24 new (13 titles: four top, two center, one 0-3 s top, one at the start for 5 s, one center at the start for 4 s,
 * one top at the start (two), two at the start with no length and no place; 7 captions: two bottom timed (3-8 s, 5-10 s),
 * two bottom untimed, one at the start bottom, one top, one at the end; 4 lower thirds: two timed (10-15 s, 2-7 s), one at
 * the start, one plain); text 1 edited: words (three), position center, timing 1-4 s; every text removed (two).
 * Cards: intro (four: 2 s default, 3, 5, 4 s), outro (six: 3, 2 s default twice, 3, 2, 5 s); intro removed (two). Music: the
 * default lo-fi at 35 % (three: "lofi的轻音乐", "加返預設嘅音樂", "音乐用 lofi"), lofi at 10, 15 (two), 20 (two), 25, 30, 40, 50,
 * 100 %; eight uploaded files (leather_beat.mp3 60 % no ducking, langqiao_guzheng.mp3 百分之二十五, chongyang.mp3 一半,
 * matouqin.mp3 80%, powder.mp3 0.7, fado_noite.mp3 三成, reno_upbeat.mp3 55%, flamenco_guitar.mp3 0.45); music level 30 %;
 * quieter (one), louder (one); ducking off (three, one folded into its music), on (two); music faded in 2 s, out with no
 * length (1 s), 1.5, 2, 3 s; music removed (two, both no-ops on the bench draft). Source volume 0 (six), 0.3, 0.4, 1.3, 1.5.
 * Clip fades: both 1 s (three), both 0.5 s, both 0 (淡入淡出都不要), in 1 s, out 1 s (no length), 1.5, 2, 2.5 s. Crossfades 0
 * (four), 0.3, 0.5 (two), 0.8, 1 s (two). Zoom auto (three), less, more, off (two); at a time with a hold (six: 0:12 4 s,
 * 1:12 3 s, 0:08 2 s, 1:40 5 s, 2:05 4 s, 0:15 3 s) and without (1分05秒). Backgrounds: the default gradient (three), two
 * named images (glaze_blue.jpg, lobby.png); removed (two). Moments removed (eight), moved (seven), trimmed by (six) and to
 * (five), sped up or slowed (seven moment speeds: 2, 0.5, 0.25, 3, 1.5 twice, 0.75); whole-clip speed 0.8, 1.1, 1.2, 1.25,
 * 1.5 (two); cuts of a range (three: 0:20-0:26, 0:30-0:34, 0:40-0:48). Undo (four: alone two, before an edit two), redo
 * (one), start over (one), track listings (three).
 *
 * Defaults of ops.ts that decided expectations: every best-moments line names a length; music with no track named
 * (默认的, 默认那首, lofi的轻音乐, 預設嘅, 轻音乐) is lo-fi at 35 % ducked, a level said with it replacing the 35 %; an uploaded file
 * named is the track; a fade with no length is 1 s (整体淡入淡出, 结尾再淡出一下, 音乐最后慢慢收掉); a card with no length is 2 s; a
 * zoom at a time with no hold holds 3 s; idle stretches sped up with no factor go 4x; a background with no name (默认那个渐变,
 * 默认的) is aurora; an export with no format (导出吧，格式你看着办, 导出来发我, 导出1080p) is mp4; a moment made shorter names
 * its seconds in every line here.
 * Other readings: in a change of mind only the last value counts (剪到30秒，哦不对…45秒 → 45 s; 正方形，不对不对，竖屏 → 9:16; 1.5倍，
 * 算了1.25倍 → 1.25; 四秒，不对，三秒 → 3 s; 放下面，哦还是放上面吧 → top; 叠化去掉……不，所有转场都改成硬切 → crossfade 0; 加个音乐，算了，
 * 还是别加了 → nothing). A request asked as a question is a request (能不能麻烦你把这段剪成…？, 改成竖屏会不会好点？那就改吧, 可以慢一點嗎,
 * 背景放…可以嗎？, 要不背景也加一个？); a question about what the tool can do is nothing, also when it is worded as a request for
 * something it has no operation for (请问可否在右上角常驻局里的台标, 字能弄大点不). "只改…其他都不要动", "…别动，…就行" are the one edit
 * named. Platforms: 抖音 / 快手 / 视频号 (said with 竖版 or 竖的) / IG Reels / Instagram Reels → 9:16; B站 / LinkedIn (said with 横屏) →
 * 16:9; a purpose naming a length (客户最多看半分钟, 一分钟顶天了, 西班牙人也没耐心…四十五秒) is best moments at that length; a purpose
 * naming the idle part as unwanted (空转等纸那几段，客户没人想看的) removes dead air, while "快进…别剪掉" / "快转就得，唔好剪走" /
 * "快进过去得了，别剪" speed idle stretches up; "一点都别剪，全部原样放上去" keeps everything; "在县里的4K大屏播放…先不导出" sets 4k;
 * "淘宝那边720p就够了" sets 720p without export; "候诊室一般不开声音，原声留着也没用" and "原声里全是风噪 关掉" mute the source; "放商品
 * 详情页的" gif is said. 标题 / 写 / 上面写 are titles, 字幕 / 一行字幕 captions, 人名条 / lower third lower thirds (the words inside
 * the quotes exactly as typed, "Kevin Chen, Export Sales" and "吴师傅，廊桥营造技艺传承人" whole); 上面 / 最上面 / 最上边 / 顶部 top,
 * 下面 / 底下 / 放底 bottom, 中间 / 居中 / 正中间 center; 开头加 anchors a text at the start (前四秒 / 持续五秒 its length), 结尾加
 * at the end; 第3秒到第8秒 / 0-3s / 喺5秒到10秒 / 第10秒至第15秒 run that span. The draft's one text is text 1 (标题改成 / 标题换成 words;
 * 把标题挪到画面正中间 center; 标题…只要第1秒到第4秒出现 timing; 标题删除 / 画面上的字全部删掉 removes it). 片头 / 片头卡 intro cards,
 * 片尾 / 片尾卡 outro cards ("第一段前面加五秒的片头" an intro of 5 s); "片头…不要了" removes the intro. 第N段 / 第N个 / 頭段 is moment
 * N; 最前面 / 第一个 place 1, 最后 place 3 (three moments), "第三个放到第二个前面" / "第三段与第二段的次序能否调换" place 2; 剪到 N 秒
 * a trim to N s, 去掉最后 N 秒 / 剪短 / 短 / 剪掉 N 秒 a trim by N; 删 / 去掉 / 不要了 / 刪咗佢 with no seconds removes the moment. A
 * range with 切掉 / 删掉 is a cut. Speeds: 整体 / 整个视频 the whole clip, 第N段 moment N; 慢动作，0.25倍 is 0.25. Zoom: 自动缩放开 /
 * 自动放大的那个开起来 / 画面放大的功能也开一下 auto, 缩放幅度收一点 less, 放大多一点 more, 自动缩放关 off. Source volume: 原声 / 原来的声音
 * (关掉 / 静音 / 熄咗佢 0, 百分之三十 0.3, 0.4, 1.3倍, 1.5倍). Music: 细声啲 quieter, 再大点声 louder (as said, music or not),
 * "音乐音量设为百分之三十" a level; "说话的时候也别压低" / "别自动降" / "别压下去" ducking off, "要自动小下来…没开就帮我开" / "要让一让，
 * 降下来" ducking on; "音乐不要" removes music (the same draft as nothing, there being none); "不加音乐。" / "背景音乐不用" are
 * negations. 结尾慢慢黑下去 / 淡出 clip fade-outs, 开头黑黑慢慢出来 / 从黑场淡入 clip fade-ins; "淡入淡出都不要" sets both to 0; 叠化 /
 * 转场 / 过渡 crossfades ("硬切" / "直接切" 0). 撤回 / 退回去 / 撤销 undo, 刚才撤回的那步还是要，给恢复了 redo, 全部清空重新来 start over,
 * 轨道列一下 / 看一下现在有哪些轨道 / 轨道给我看一下 show_tracks (an export said after edits stands where it is said). "1080" after an
 * export is 1080p. Background chatter around an ask (给新来的司机培训用的, 孩子声音本来就小) is part of nothing.
 *
 * Read against a draft of 3 moments and 1 text (no music, no card, no background), as fresh34 was.
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 * The lead dropped 3 lines shared with earlier sets (a 1080p export, a moment moved to the front, a title removed), 267 left.
 * Measured blind on the grammar of 6aa7374 (session 33, before its round): 222/267 = 83.1 % (12 wrong edits, 13 right edits with words left unread, 13 asked first).
 * After session 33's round 38 (six helpers on held-out 33's misses, by class; merged as r38-int): 222/267 = 83.1 % (12
 * wrong edits, 13 right edits with words left unread, 13 asked first).
 * With the bench's swap rule (5564e93: moving a moment to its neighbour's place is one swap whichever is named as
 * moved), on the same grammar: 223/267 = 83.5 % (11 wrong edits, 13 right edits with words left unread, 13 asked first).
 * After session 34's round 39 (three helpers on held-out 34's misses, by class, and the lead's format lists; merged as
 * r39-int): 223/267 = 83.5 % (11 wrong edits, 13 right edits with words left unread, 13 asked first).
 * After session 34's round 40 (one helper on the English theme): unchanged.
 * After session 34's mend (fc092f2): unchanged; opened at the start of session 35.
 * After session 35's round 41 (three helpers on held-out 35's misses, by class, and one told fresh 37's theme only, typing
 * and dictation noise; merged as r41-int, with the lead's two fixes at the merge): 250/267 = 93.6 % (4 wrong edits, 4 right
 * edits with words left unread, 6 asked first).
 * After session 36's round 42 (four helpers on held-out 36's and held-out 35's misses and held-out 34's Chinese ones,
 * by class; merged as r42-int, with the lead's fixes at the merge): unchanged.
 * After session 37's round 43 (four helpers: held-out 37's misses, held-out 33-36's leftovers, by class, and one,
 * everyday, told to write and read its own everyday requests, never a line of a set; merged as 17942c1, with the lead's
 * fixes at the merge): 252/267 = 94.4 % (2 wrong edits, 4 right edits with words left unread, 6 asked first).
 */
export const heldout35Zh: [string, Phrasing['want']][] = [
  // 黄山屯溪 tour-bus fleet dispatcher making a training clip for new drivers: polite, 能不能麻烦你 / 如果方便的话
  ["能不能麻烦你把这段剪成一分钟左右的？给新来的司机培训用的", best(60)],
  ["不知道行不行，开头加个标题“屯溪车队安全出车流程”", text('屯溪车队安全出车流程', { anchor: 'start' })],
  ["如果方便的话，配点轻音乐，声音别太大，百分之二十就行", music('lofi', 0.2)],
  ["想问一下，你们这个能自动认出车牌号吗？", nothing],
  ["第二段讲的是旧的GPS，我们早就不用了，能不能麻烦你去掉", removeMoment(2)],
  ["要不最后加一张片尾，写“安全第一 准点发车”，三秒吧，结尾再淡出一下", then(card('outro', '安全第一 准点发车', 3), fade('clip', undefined, 1000))],
  ["师傅们都是拿手机看的，改成竖屏会不会好点？那就改吧，两边用模糊的填", aspect('9:16', 'blur')],
  ["原声里发动机轰轰的，能不能调小一点，大概百分之三十", sourceVolume(0.3)],
  ["好的好的，太麻烦你了，导个1080p的mp4给我", exportAs('mp4', '1080p')],
  // 遵义湄潭 tea-processing plant QC officer: hesitant, 我在想 / 要不 / 试试…看, changes her mind
  ["我在想是不是可以压到45秒，领导没耐心看长的", best(45)],
  ["要不把第三段挪到最前面吧，先看成品再看过程", moveMoment(3, 1)],
  ["标题我在想……要不改成“湄潭翠芽 品控七步”", editText({ text: '湄潭翠芽 品控七步' })],
  ["烘干机等温度那段画面一动不动的，试试快进看，别剪掉", idle()],
  ["段和段之间能不能柔和一点，试试半秒的叠化看", crossfade(500)],
  ["加个音乐，算了，车间里机器的声音挺有味道的，还是别加了", nothing],
  ["结尾慢慢黑下去吧，两秒", fade('clip', undefined, 2000)],
  ["要不背景也加一个？就默认那个渐变，然后画面放大的功能也开一下试试", then(background(), zoom('auto'))],
  ["那就先这样，导出吧，格式你看着办", exportAs()],
  // 遵义仁怀 liquor-box printing plant salesman: says the purpose and the platform, not the edit
  ["这个要发抖音的，我们的客户都在上面刷", aspect('9:16')],
  ["客户最多看半分钟，再长就划走了", best(30)],
  ["印刷机空转等纸那几段，客户没人想看的", deadAir],
  ["上面加个标题：“仁怀酒盒 烫金工艺”", text('仁怀酒盒 烫金工艺', { position: 'top' })],
  ["烫金那一下要让人看清楚，0:12那里放大，停四秒", zoomAt(12, 4)],
  ["客户老板喜欢热闹的，加首默认的音乐，音量开一半，原声就不要了", then(music('lofi', 0.5), sourceVolume(0))],
  ["这个剪完能直接帮我发到抖音上吗，还是得我自己传？", nothing],
  ["对了还要发B站一份，那边是横屏的，改好了导个mp4", then(aspect('16:9'), exportAs('mp4'))],
  ["这条片子是给酒厂老板们看的，要显得高档一点", nothing],
  // 嘉兴海宁 leather-city livestream room controller: talkative, corrects herself mid-sentence
  ["剪到30秒，哦不对，老板刚说要45秒", best(45)],
  ["改成正方形，不对不对，竖屏，我们切片都是竖的", aspect('9:16')],
  ["竖屏两边空着好难看，用模糊的填上吧", fill('blur')],
  ["字幕加一句“海宁皮革城 源头工厂价”，放下面，哦还是放上面吧，下面有购物车挡着", text('海宁皮革城 源头工厂价', { style: 'caption', position: 'top' })],
  ["整体快一点，1.5倍，算了1.25倍吧，太快了衣服细节看不清", speed(1.25)],
  ["音乐用我传的 leather_beat.mp3，音量 60%，说话的时候也别压低", then(music('leather_beat.mp3', 0.6), ducking(false))],
  ["哎刚才那步撤回，我手滑了", undo],
  ["你们这个能同时给两个直播间出切片吗？", nothing],
  ["行就这样，先导一版720p的给老板过目", exportAs('mp4', '720p')],
  // 嘉兴桐乡濮院 sweater e-shop customer-service girl: apologises in every line
  ["不好意思又来麻烦你，能把视频剪成一分半吗", best(90)],
  ["抱歉上次没说清楚，第一段太长了，能剪到五秒吗？第三段也是，剪到五秒", then(trimTo(1, 5000), trimTo(3, 5000))],
  ["不好意思，开头加个片头卡“濮院羊毛衫 秋冬新款”", card('intro', '濮院羊毛衫 秋冬新款')],
  ["对不起对不起，刚才那个片头我们主管说不要了", removeCard('intro')],
  ["麻烦把视频原来的声音关掉，录的都是仓库打包的噪音，真不好意思", sourceVolume(0)],
  ["然后加个lofi的轻音乐，再整体淡入淡出一下，不好意思要求有点多", then(music(), fade('clip', 1000, 1000))],
  ["打扰了，请问一次最多能上传几个视频啊", nothing],
  ["抱歉再改一下，画面后面垫个背景吧，用默认的就好", background()],
  ["真的谢谢你，最后导个gif就好，放商品详情页的", exportAs('gif')],
  // 湖州德清 remote-sensing software product manager: a veteran, terse
  ["45s精华", best(45)],
  ["等影像加载那几段，快进，4倍", idle(4)],
  ["自动缩放开", zoom('auto')],
  ["缩放幅度收一点", zoom('less')],
  ["标题居中：“影像解译 一键出图”", text('影像解译 一键出图', { position: 'center' })],
  ["第2段2倍速，第3段删", then(speed(2, 2), removeMoment(3))],
  ["0:20-0:26 切掉", cut(20, 26)],
  ["出个1080p的mov，再来个720p的gif", then(exportAs('mov', '1080p'), exportAs('gif', '720p'))],
  ["轨道列一下", tracks],
  // 湖州长兴 primary-school science teacher: talkative, says who will watch
  ["这是发家长群的，家长们都是竖着拿手机看的，帮我弄成适合手机竖着看的吧", aspect('9:16')],
  ["孩子们做实验的部分我都想留着，一点都别剪，全部原样放上去", keepAll],
  ["中间我去拿器材那会儿，画面没人也没声音，那段可以剪掉", deadAir],
  ["加个字幕“小苏打和醋的秘密”，从第3秒到第8秒，放下面", text('小苏打和醋的秘密', { style: 'caption', start_ms: 3000, end_ms: 8000, position: 'bottom' })],
  ["冒泡泡那里大概1分05秒，放大一下让家长看清楚", zoomAt(65)],
  ["结尾加个片尾，写“长兴县实验小学 三年级二班”，时间默认就好", card('outro', '长兴县实验小学 三年级二班')],
  ["我也不太懂，音乐到底要不要加啊？你们一般怎么弄", nothing],
  ["那就加默认的吧，小一点，百分之十五，孩子声音本来就小，音乐最后慢慢收掉", then(music('lofi', 0.15), fade('music', undefined, 1000))],
  ["最后导出来，普通的mp4就行，我再自己发群里", exportAs('mp4')],
  // 温州泰顺 county culture-and-tourism publicity officer: formal, 能否 / 烦请
  ["能否剪成一条不超过两分钟的廊桥宣传片", best(120)],
  ["开头烦请加上标题“泰顺廊桥 千年守望”，持续五秒", text('泰顺廊桥 千年守望', { anchor: 'start', duration_ms: 5000 })],
  ["人物出场处请加人名条：“吴师傅，廊桥营造技艺传承人”，第10秒至第15秒", text('吴师傅，廊桥营造技艺传承人', { style: 'lower-third', start_ms: 10000, end_ms: 15000 })],
  ["此片将在县里的4K大屏播放，清晰度务必够用，先不导出", resolution('4k')],
  ["背景音乐请使用上传的 langqiao_guzheng.mp3，音量不宜过大，百分之二十五即可", music('langqiao_guzheng.mp3', 0.25)],
  ["音乐结尾请渐弱收掉，约三秒", fade('music', undefined, 3000)],
  ["第三段与第二段的次序能否调换一下", moveMoment(3, 2)],
  ["请问可否在右上角常驻局里的台标", nothing],
  ["辛苦了，导出一份4K的mp4即可", exportAs('mp4', '4k')],
  // 台州玉环 valve-factory export salesman: unhappy with the last cut, mixes English
  ["上次剪的太长了，老外根本不看完，这次给我控制在40秒", best(40)],
  ["上次音乐吵死了，这次加默认的就行，15%，别再那么大声", music('lofi', 0.15)],
  ["之前的转场拖拖拉拉的，改成0.3秒", crossfade(300)],
  ["这次是发 LinkedIn 的，视频用横屏，两边别给我补黑边，用模糊", aspect('16:9', 'blur')],
  ["第一段拍工厂大门那个删了，客户不关心大门", removeMoment(1)],
  ["加个 lower third：“Kevin Chen, Export Sales”", text('Kevin Chen, Export Sales', { style: 'lower-third' })],
  ["打压测试那里放大多一点，上次根本看不清表盘", zoom('more')],
  ["Can 你们自动翻译成西班牙语字幕吗？", nothing],
  ["OK 导出 mp4 1080p，再来一个 mov 给客户的设计师", then(exportAs('mp4', '1080p'), exportAs('mov'))],
  // 台州三门 nuclear-plant training instructor: exact, says what not to touch
  ["培训片要求：剪成三分钟，不得超过", best(180)],
  ["第二段慢放，0.5倍速，学员要看清每个操作步骤", speed(0.5, 2)],
  ["画面上的字全部删掉，我们另外发讲义", removeText()],
  ["只改声音：原声放大到1.5倍，其他都不要动", sourceVolume(1.5)],
  ["不加音乐。", nothing],
  ["开头从黑场淡入一秒，结尾淡出一秒，段与段之间硬切", then(fade('clip', 1000, 1000), crossfade(0))],
  ["第三段去掉最后四秒，第一段去掉最后两秒", then(trimBy(3, 4000), trimBy(1, 2000))],
  ["请问这个工具能在断网的内网电脑上运行吗", nothing],
  ["导出 mov 格式，720p", exportAs('mov', '720p')],
  // 株洲醴陵 tableware-factory designer: aesthetic, unhappy with the last version
  ["上次那个竖屏加黑边太丑了，这次做方的，裁满", aspect('1:1', 'crop')],
  ["背景换成我传的 glaze_blue.jpg，自动缩放关掉", then(background('glaze_blue.jpg'), zoom('off'))],
  ["音乐别动，把标题挪到画面正中间就行", editText({ position: 'center' })],
  ["转场全去掉，硬切干净些", crossfade(0)],
  ["拉坯那段从1分12秒开始，放大三秒", zoomAt(72, 3)],
  ["音乐我想要安静点的，默认那首，30%", music('lofi', 0.3)],
  ["再加个片尾“醴陵釉下五彩”，四秒，不对，三秒够了", card('outro', '醴陵釉下五彩', 3)],
  ["画面能不能调暖一点？你们有调色吗", nothing],
  ["嗯，这版可以，gif 和 mp4 各导一个", then(exportAs('gif'), exportAs('mp4'))],
  // 株洲攸县 dried-tofu workshop owner, typing on her phone, few stops
  ["妹子帮我弄个一分钟的 要发快手", then(best(60), aspect('9:16'))],
  ["整个视频快一点 1.2倍就行", speed(1.2)],
  ["字能弄大点不", nothing],
  ["开头写个 攸县香干 老字号 放上面", text('攸县香干 老字号', { anchor: 'start', position: 'top' })],
  ["音乐不要", noMusic],
  ["第三个放到第二个前面", moveMoment(3, 2)],
  ["刚才弄错了 退回去", undo],
  ["算了 全部清空重新来", startOver],
  ["好了 导出来发我", exportAs()],
  // 潮州潮安 bathroom-fittings factory's e-commerce designer: a veteran of product-page videos
  ["详情页主图视频，1:1，上下黑边", aspect('1:1', 'letterbox')],
  ["控制在二十秒", best(20)],
  ["花洒出水那下在0:08，放大2秒", zoomAt(8, 2)],
  ["标题：“潮安卫浴 恒温花洒”，0-3s，顶部", text('潮安卫浴 恒温花洒', { start_ms: 0, end_ms: 3000, position: 'top' })],
  ["不要音乐，原声也不要，全静音", then(noMusic, sourceVolume(0))],
  ["淘宝那边720p就够了", resolution('720p')],
  ["淡入淡出都不要", fade('clip', 0, 0)],
  ["第二段剪到3.5秒，第三段短一秒", then(trimTo(2, 3500), trimBy(3, 1000))],
  ["出 mp4", exportAs('mp4')],
  // 江门鹤山 elderly-centre social worker: gentle, long sentences
  ["我们中心长者活动的记录，想做个三十秒左右的小片子", best(30)],
  ["阿婆们跳舞的都留着，其他没人说话、画面也不动的地方可以去掉", deadAir],
  ["加个标题“鹤山长者中心 重阳敬老”，放中间，显示前四秒", text('鹤山长者中心 重阳敬老', { position: 'center', anchor: 'start', duration_ms: 4000 })],
  ["如果方便的话，最后加张片尾卡“多谢各位义工”", card('outro', '多谢各位义工')],
  ["音乐用 chongyang.mp3 吧，音量一半", music('chongyang.mp3', 0.5)],
  ["长者讲话的时候音乐要自动小下来，这个开着吗？没开就帮我开一下", ducking(true)],
  ["我想问下，你们可以自动加粤语配音吗", nothing],
  ["整体开头结尾淡一下，柔和点，转场也用0.8秒的", then(fade('clip', 1000, 1000), crossfade(800))],
  ["多谢晒，导出个720p的mp4就得", exportAs('mp4', '720p')],
  // 肇庆四会 secondary-school PE teacher: short, drill-like
  ["剪成一分钟，动作要领都留着", best(60)],
  ["第一段慢动作，0.25倍", speed(0.25, 1)],
  ["第三段删了，第二段剪到四秒", then(removeMoment(3), trimTo(2, 4000))],
  ["再加个标题“立定跳远 技术要点”，放最上面", text('立定跳远 技术要点', { position: 'top' })],
  ["标题改成“立定跳远 三个要点”", editText({ text: '立定跳远 三个要点' })],
  ["0:30到0:34有学生挡镜头，切掉", cut(30, 34)],
  ["能自动算出跳了多远吗？", nothing],
  ["背景音乐不用，学生听口令就行", nothing],
  // 茂名化州 huajuhong herb shop owner: polite, the platform decides the shape
  ["老板你好，我们要开视频号，帮忙弄成视频号那种竖版的", aspect('9:16')],
  ["上下空的地方用黑色填", fill('letterbox')],
  ["片头写“化州橘红 道地药材”，三秒钟", card('intro', '化州橘红 道地药材', 3)],
  ["片头要不还是不要了，直接进正题好一点", removeCard('intro')],
  ["音乐放默认的，40%的音量", music('lofi', 0.4)],
  ["音乐开头慢慢进来，两秒", fade('music', 2000)],
  ["切片那个镜头是第二段，剪短一秒，第三段挪到第一个", then(trimBy(2, 1000), moveMoment(3, 1))],
  ["这个软件要钱吗？贵不贵的", nothing],
  ["麻烦导出一个mp4，谢谢老板", exportAs('mp4')],
  // 锡林浩特 racing-horse club trainer: hearty, long-winded about the horses
  ["冲线那几段最带劲，给我剪个1分20秒的", best(80)],
  ["马跑太快了看不清，整体放慢点，0.8倍，转场也拉长，一秒", then(speed(0.8), crossfade(1000))],
  ["冲线那一下在1:40，放大，停五秒", zoomAt(100, 5)],
  ["音乐要 matouqin.mp3，大声点，80%", music('matouqin.mp3', 0.8)],
  ["解说的时候音乐别压下去，两边都要听得到", ducking(false)],
  ["开头加个字幕“锡林浩特 那达慕 速度赛马”，放底下", text('锡林浩特 那达慕 速度赛马', { style: 'caption', anchor: 'start', position: 'bottom' })],
  ["结尾淡出，两秒半", fade('clip', undefined, 2500)],
  ["能加马蹄的音效不？", nothing],
  ["行，导出个4k的mov", exportAs('mov', '4k')],
  // 哈尔滨五常 rice co-op chairman: northeastern, says who will watch
  ["这个给城里超市采购看的，人家忙，一分钟顶天了", best(60)],
  ["插秧机掉头那段干等着啥也没有，快进过去得了，别剪", idle()],
  ["这回得发视频号，整成竖的，再整个标题“五常稻花香 合作社直供”放最上边", then(aspect('9:16'), text('五常稻花香 合作社直供', { position: 'top' }))],
  ["加个音乐，算了算了，还是别加了，收割机的动静挺好", nothing],
  ["原声大点声，整到1.3倍", sourceVolume(1.3)],
  ["段跟段中间那个过渡，都整成一秒的", crossfade(1000)],
  ["整岔劈了，刚才撤回的那步还是要，给恢复了", redo],
  ["第二段三倍速，太磨叽", speed(3, 2)],
  ["整完了给我导个mp4，1080的", exportAs('mp4', '1080p')],
  // 白山抚松 ski-resort instructor: young, quick, changes his mind
  ["想做个15秒的招生视频，发抖音那种", then(best(15), aspect('9:16'))],
  ["我那三个文件，只用 snow_day2.mp4 就好", only('snow_day2.mp4')],
  ["整个视频2倍速，不对，1.5倍，2倍太鬼畜了", speed(1.5)],
  ["加个音乐 powder.mp3，0.7的音量", music('powder.mp3', 0.7)],
  ["人说话时音乐别自动降", ducking(false)],
  ["上面写“抚松粉雪 小白三天上道”", text('抚松粉雪 小白三天上道', { position: 'top' })],
  ["自动缩放关了吧，雪道全景要看全，背景也不要", then(zoom('off'), noBackground)],
  ["支持GoPro拍的360全景视频吗？", nothing],
  ["导出720p的gif，再导一个1080p的mp4", then(exportAs('gif', '720p'), exportAs('mp4', '1080p'))],
  // 中卫中宁 cold-chain truck driver, dictating by voice at a rest stop
  ["帮我把跑车这一路剪成2分钟就行", best(120)],
  ["服务区停车那段没人说话也没动静的不要了", deadAir],
  ["弄成横屏的 然后导个mp4", then(aspect('16:9'), exportAs('mp4'))],
  ["字幕加一句 中宁到广州 冷链两千公里 放下面", text('中宁到广州 冷链两千公里', { style: 'caption', position: 'bottom' })],
  ["能不能直接连车上的行车记录仪", nothing],
  ["原声里全是风噪 关掉 音乐用默认的 百分之二十五", then(sourceVolume(0), music('lofi', 0.25))],
  ["后面那些过渡不用了 直接切", crossfade(0)],
  ["第一段前面加五秒的片头 写 冷链老王", card('intro', '冷链老王', 5)],
  ["谢谢师傅 导出来 手机流量不多 720p 的就行", exportAs('mp4', '720p')],
  // 保定白沟 luggage wholesaler: in a hurry, corrects himself
  ["剪成50秒，哦不对，40秒，平台限制", best(40)],
  ["方的，不对，还是竖的，快手上发", aspect('9:16')],
  ["第一段短两秒，第二段删掉", then(trimBy(1, 2000), removeMoment(2))],
  ["标题换成“白沟箱包 一件代发”", editText({ text: '白沟箱包 一件代发' })],
  ["加音乐，默认的，开到百分之百，要嗨", music('lofi', 1)],
  ["再大点声", louder],
  ["背景去掉，不要那个边框", noBackground],
  ["导出，mp4，720p", exportAs('mp4', '720p')],
  // 重庆北碚 sericulture master's student: academic, unsure
  ["我在想是不是可以只留有变化的部分，蚕没动、也没人讲解的片段就去掉", deadAir],
  ["要不试试整体1.5倍速看看效果？", speed(1.5)],
  ["组会投影仪是16:9的，所以横屏吧", aspect('16:9')],
  ["开头加个人名条“李同学，蚕桑学硕士二年级”", text('李同学，蚕桑学硕士二年级', { style: 'lower-third', anchor: 'start' })],
  ["吐丝那个镜头在2:05，放大看一下，停四秒吧", zoomAt(125, 4)],
  ["我不太确定要不要加音乐……组会应该不用吧。嗯，不加了", nothing],
  ["有没有办法看一下现在有哪些轨道", tracks],
  ["刚才那个放大撤销一下，然后第二段挪到最后", then(undo, moveMoment(2, 3))],
  ["那先导出一个1080p的mp4看看，老师说不定还要改", exportAs('mp4', '1080p')],
  // 澳門路環 Portuguese-restaurant manager: 繁體粵語 with a little Portuguese
  ["唔該幫我剪成一分鐘，介紹我哋嘅葡撻同馬介休", best(60)],
  ["要擺上IG Reels，所以要直嘅", aspect('9:16')],
  ["開頭加個標題「路環 葡國小館」", text('路環 葡國小館', { anchor: 'start' })],
  ["音樂用我上傳嗰首 fado_noite.mp3，細聲啲，三成", music('fado_noite.mp3', 0.3)],
  ["第二段太長，剪到六秒，第三段快啲，1.5倍", then(trimTo(2, 6000), speed(1.5, 3))],
  ["焗葡撻嗰陣等咗好耐，冇嘢郁嗰啲位快轉就得，唔好剪走", idle()],
  ["片尾加「Obrigado 多謝光臨」，兩秒", card('outro', 'Obrigado 多謝光臨', 2)],
  ["可唔可以出埋葡文版？", nothing],
  ["Obrigado，出一個mp4俾我", exportAs('mp4')],
  // 香港西貢 dive-shop instructor: 繁體粵語, short
  ["剪到45秒左右，水底嗰啲靚位留返", best(45)],
  ["改做正方形吖，旁邊用模糊填", aspect('1:1', 'blur')],
  ["頭段刪咗佢，船上等人嗰段冇嘢睇", removeMoment(1)],
  ["字幕「西貢 潛水體驗」喺5秒到10秒，放底", text('西貢 潛水體驗', { style: 'caption', start_ms: 5000, end_ms: 10000, position: 'bottom' })],
  ["加返預設嘅音樂啦", music()],
  ["配樂細聲啲", quieter],
  ["水底啲聲好嘈，原聲熄咗佢", sourceVolume(0)],
  ["支唔支援潛水相機嘅RAW片？", nothing],
  ["出1080p webm同埋720p mp4", then(exportAs('webm', '1080p'), exportAs('mp4', '720p'))],
  // 宜蘭礁溪 hot-spring hotel marketer: 台灣繁體, very polite
  ["想請你幫忙剪一支30秒的影片，要放訂房網站", best(30)],
  ["不好意思，開頭加個標題「礁溪溫泉 湯屋早鳥優惠」，放上面", text('礁溪溫泉 湯屋早鳥優惠', { anchor: 'start', position: 'top' })],
  ["介紹房間那段，第三段，可以慢一點嗎，0.75倍", speed(0.75, 3)],
  ["配樂用預設的就好，不要太大聲，百分之二十", music('lofi', 0.2)],
  ["背景放我們上傳的 lobby.png 可以嗎？", background('lobby.png')],
  ["結尾淡出一秒半，音樂也跟著淡出一秒半", then(fade('clip', undefined, 1500), fade('music', undefined, 1500))],
  ["請問你們最高支援到多少解析度？", nothing],
  ["那解析度先設成1080p，還不要匯出", resolution('1080p')],
  ["謝謝，辛苦了", nothing],
  // 新加坡盛港 HDB renovation contractor: Singlish, short
  ["帮我 cut 成一分钟 can or not，要放 Instagram Reels 的", then(best(60), aspect('9:16'))],
  ["before and after 那个，第三段，放去第一个", moveMoment(3, 1)],
  ["字幕加“盛港组屋 三房翻新”，放底下", text('盛港组屋 三房翻新', { style: 'caption', position: 'bottom' })],
  ["电钻声太吵，原声小声一点，0.4", sourceVolume(0.4)],
  ["加 music，用 reno_upbeat.mp3，volume 55%", music('reno_upbeat.mp3', 0.55)],
  ["0:40 到 0:48 那段是我在讲电话，删掉 lah", cut(40, 48)],
  ["你们有没有手机 app 版的，我在工地上也想剪", nothing],
  ["整个 faster 一点，1.1 倍，然后 export mp4 4k 给客户", then(speed(1.1), exportAs('mp4', '4k'))],
  ["ok 先这样，轨道给我看一下 thanks ah", tracks],
  // 马来西亚适耕庄 fishing-boat seafood exporter: 大马华语
  ["老板讲要给新加坡客户看，不要太长，三十秒够了啦", best(30)],
  ["渔船回港那段，第二段，剪掉三秒酱", trimBy(2, 3000)],
  ["标题放“适耕庄 当天捕捞直送”，中间", text('适耕庄 当天捕捞直送', { position: 'center' })],
  ["标题太久了，只要第1秒到第4秒出现就好", editText({ start_ms: 1000, end_ms: 4000 })],
  ["音乐用 lofi，然后尾巴慢慢小声掉，两秒", then(music(), fade('music', undefined, 2000))],
  ["开头黑黑慢慢出来，一秒", fade('clip', 1000)],
  ["自动放大的那个开起来", zoom('auto')],
  ["几时可以用马来文？", nothing],
  ["好了，出个 mov，1080p", exportAs('mov', '1080p')],
  // 马德里 Usera Chinese travel agency: talkative, Spanish words
  ["我们要发 Instagram Reels 宣传托莱多一日游，你知道的，手机上竖着看的那种", aspect('9:16')],
  ["再剪成四十五秒，西班牙人也没耐心，哈哈", best(45)],
  ["用 flamenco_guitar.mp3 当背景音乐，音量 0.45", music('flamenco_guitar.mp3', 0.45)],
  ["导游讲话的时候音乐要让一让，降下来", ducking(true)],
  ["最后加片尾“Usera 华人旅行社 欢迎咨询”，五秒，vale", card('outro', 'Usera 华人旅行社 欢迎咨询', 5)],
  ["第三段大巴上睡觉的那段不要了", removeMoment(3)],
  ["背景弄个默认的渐变，标题别动", background()],
  ["等下，刚才删第三段那个撤销，改成删第二段", then(undo, removeMoment(2))],
  ["gracias，出一个 webm", exportAs('webm')],
  // 悉尼 Hurstville dentist: professional, tentative, some English
  ["I'm wondering 能不能剪成一分钟以内的科普短片，给病人在候诊室看", best(60)],
  ["候诊室电视是横的，所以16:9", aspect('16:9')],
  ["加个 lower third：“Dr. Amy Zhou，全科牙医”，第2秒到第7秒", text('Dr. Amy Zhou，全科牙医', { style: 'lower-third', start_ms: 2000, end_ms: 7000 })],
  ["牙线演示那里，0:15 开始放大，holds 3 秒", zoomAt(15, 3)],
  ["候诊室一般不开声音，原声留着也没用，静音吧", sourceVolume(0)],
  ["音乐要不要加……加个默认的吧，小声，10%", music('lofi', 0.1)],
  ["这个主要是让病人别那么紧张，看着舒服点就好", nothing],
  ["淡入淡出各半秒，转场也半秒", then(fade('clip', 500, 500), crossfade(500))],
  ["导出 mp4，1080p，thanks", exportAs('mp4', '1080p')],
  // 墨尔本 Box Hill immigration-law firm assistant: written register, unhappy with the last version
  ["上一版时长过长，请重新剪至九十秒", best(90)],
  ["上一版的片头时间太短，请重新加一个片头“移民政策解读 2026”，时长四秒", card('intro', '移民政策解读 2026', 4)],
  ["第二段和第三段之间的叠化去掉……不，所有转场都改成硬切", crossfade(0)],
  ["结尾加一行字幕：“本视频不构成法律意见”", text('本视频不构成法律意见', { style: 'caption', anchor: 'end' })],
  ["请将音乐音量设为百分之三十", musicVolume(0.3)],
  ["此片面向首次递交申请的客户，务必显得专业可信", nothing],
  ["第一段请以1.5倍速播放", speed(1.5, 1)],
  ["导出两份：1080p mp4 与 720p mp4", then(exportAs('mp4', '1080p'), exportAs('mp4', '720p'))],
];
