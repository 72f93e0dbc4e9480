import type { Phrasing } from '../ops';
import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder,
  moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText,
  resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
} from '../ops';

/**
 * Held-out 34 (written as fresh 34; measured blind in sessions 32 and 33, opened in session 34), Chinese: a blind phrasing set written by a helper on 2026-12-04, to measure the parser on words it was
 * never tuned on. Two kinds of writer. (1) People who paste a requirement instead of chatting: numbered asks (1. 2. 3. /
 * 一、二、三、 / 1）2） / - dashes), a storyboard with timecodes (0-3秒 标题…, 镜头2：…, 0:12 那里…), forwarded meeting minutes
 * (【会议纪要】, 纪要第3点, 待办) or a boss's words (行长说：“…”, 主任原话, 老闆 WhatsApp 講：「…」), or a paragraph about the product,
 * audience and deadline with the asks inside; every edit ask is expected in the order written, the background never is.
 * (2) People for whom Chinese is not the first or best language: foreigners working in China (Japanese, Korean, American,
 * German, Russian, Vietnamese, Thai, Senegalese, Lao, Iranian), overseas second generation (simple words, English or French
 * word order and words), and elders, small-shop owners and a village teacher who rarely use a computer (口语, 错别字, 同音字:
 * 视平, 两分中, 标提, 字母 for 字幕, 建掉 / 减了, 音亮, 倒出 / 到处 for 导出, 竖评, 黑编, 家个, 背进音乐; punctuation 。。 ,, !!! ??).
 * Some name what is already on the timeline (你刚才加的那个标题, 之前嗰首音樂, 刚才那个 outro, 刚才的片头). Titles come in “”, 「」 or
 * bare. What the tool has no operation for expects nothing.
 *
 * Read while writing: /work/briefs/writer34-zh.md (the brief), bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts,
 * src/protocol/editOps.ts, src/protocol/draft.ts (all whole), lines 1-20 of the README (the product description, not its
 * "What you can say" table), issue 13 (/work/briefs/issue13.md), and /work/briefs/headers35.txt: a `grep -n` for its "==="
 * lines and "#" / "---" lines (which printed the list of set files whose headers it holds), the fresh33/zh.ts header read
 * whole for the form and its decided readings; the rest only grepped, on a private copy under /tmp with the line breaks
 * joined (once with a space, once with nothing): hit counts for some 200 spellings of candidate places (mainland districts,
 * counties and prefectures, Hong Kong, Taiwan and Malaysian towns, towns abroad, in Chinese and English spelling), some 100
 * country names in Chinese and English, some 100 trades, words and file names, then excerpts (40-60 characters either
 * side) of header lines holding some of them (日本, 韩国, Senegal, Emei, Sugar, kalinka, Dakar, 奶茶, 樂從, 新发地, 姜, 煤矿,
 * 讲解员, 锂电, 服装批发, 独立游戏, 咖啡, Iran, 光伏, 眼镜, 信息科, hiking, physio, 家具, 广告公司, 物流), which showed voices of
 * earlier sets (their wording, never a phrasing line).
 * Turned away by what that showed: 峨眉 (an Emei monkey warden), 大连 / 合肥 / 金华 / 凭祥 / 景洪 / 普洱 / 怀化 / 台中 / 澳门 / 葵涌 /
 * 荃灣 / 將軍澳 / 麻坡 / 巴黎 / Auckland / Houston / 兀兰 as the voice's own name (all used; a district or town inside some of
 * them kept: 金普, 婺城, 浦寨, 孟连, 会同, 大里); a 长治 coal-mine safety trainer (a 山西煤矿安全员 was there: hospital IT taken),
 * then a 长治 solar-plant O&M voice (a 德令哈光伏电站运维 engineer was there: hospital IT again); a 北京丰台 flower-market stall on a
 * phone (新发地蔬菜批发 is in 丰台: 鹰潭余江 glasses shop taken); kalinka.mp3 (named in an earlier header: berezka.mp3) and
 * the client town Dakar (an earlier tailor in Dakar: Thiès); the phrase khaste nabashid (an earlier Tehran voice: mamnoon).
 * Every voice place kept had no hit in headers35.txt in Chinese or English spelling (滨江, 郫都, 相城, 静安, 鄞州, 顺义, 长治,
 * 延安, 包河, 宜春 (Yichun has 2 hits, read as 伊春), 大里 (Dali's one hit is inside Dalian), 沙田, 金普, 荣成 / 石岛, 孟连, 铁西, 东宁, 浦寨, 呈贡, 婺城, 磨憨 / 勐腊,
 * Sugar Land, Aubervilliers, 文冬 / Bentong, 于都, 普宁, 会同, 大埔, 乐从 / Lecong, 余江 / Yujiang); their prefectures or cities
 * (杭州, 成都, 苏州, 上海, 宁波, 北京, 合肥, 台中, 香港, 大连, 威海, 普洱, 沈阳, 凭祥, 昆明, 金华, 赣州, 揭阳, 怀化, 顺德, 鹰潭) may
 * have hits.
 * Not read: any other phrasing set or other file of bench/phrasings/ (no listing of it was made; the new folder was made
 * with `mkdir -p` and not listed), the parser (src/engine), src/protocol/vocabulary.ts or any other src file, test/,
 * scripts/, bench/*.ts, out/, dist/, /work/*.txt, /work/main, any other worktree, any other brief; no git log / diff /
 * show / grep was run (one `git status`, see Slip);
 * no sentence was run through the parser, the CLI, the engine or the bench. The lines were drafted in a private folder
 * under /tmp and copied in.
 * Run on this file only: the type-check the brief asks for (once also with a deliberate type error appended, to see that
 * it reads this file; the error was reported here and the line removed), and a small python script over its own text to
 * count its lines, voices, nothing lines, builders per line, repeats and builder arguments.
 * Slip, said exactly: at the end, after the last type-check, `git -C /work/wt-writers status --porcelain | head` was run once
 * to see that nothing but the new folder had changed; it printed one line, `?? bench/phrasings/fresh34/`, and nothing
 * else. No other slip. (The grep excerpts of headers35.txt showed bits of earlier voices' descriptions, which the
 * brief allows; no phrasing line of any set was seen.)
 *
 * Voices (30; place, trade and country grepped in headers35.txt first; three write traditional characters: 大里, 沙田, 大埔):
 * 杭州滨江 CRM software marketer pasting numbered lists (杭州滨江 CRM 软件公司市场专员: 需求如下：1. 2. 3., 补充一条, 修改意见),
 * 成都郫都 indie game studio's designer pasting a trailer storyboard (郫都独立游戏工作室策划: 分镜, 0-3秒, 0:12 那里, BGM),
 * 苏州相城 medical-device regulatory specialist forwarding minutes (相城医疗器械公司注册专员: 【会议纪要】, 第N点, 待办, 纪要补充),
 * 上海静安 ad-agency copywriter pasting a storyboard (静安广告公司文案: 分镜v2, 镜头2, 镜头3, 叠化, 定稿),
 * 宁波鄞州 rural commercial bank's IT department forwarding the president (鄞州农商行科技部: 行长说：“…”, 行长原话, 副行长补充, 科长问),
 * 北京顺义 logistics-park WMS implementation consultant (顺义物流园 WMS 实施顾问: 一、二、…十、),
 * 长治 county hospital IT office with a background paragraph (长治县医院信息科: 受众, 下周一要用, 护理部周五前),
 * 延安 red-tourism scenic area's guide department forwarding the director (延安红色旅游景区讲解部: 主任原话, 主任说, 转主任的话),
 * 合肥包河 EV maker's after-sales trainer with product / audience / deadline (包河新能源车企售后培训: 4S店, OTA, 经销商大会, 12月10号),
 * 宜春 lithium-materials plant's HR with dash lists (宜春锂电材料厂人事: - …, 视频号, 校园招聘),
 * 台中大里 machine-tool maker's sales rep (台中大里機床廠業務, 繁體: 一、…十、, 匯出, 解析度, 復原, redo),
 * 香港沙田 physiotherapy clinic forwarding the boss's WhatsApp (沙田物理治療診所, 繁體粵語: 老闆話, 條片, 細聲啲, 搞掂, 俾我),
 * Japanese section chief at a 大连金普新区 software-outsourcing firm (金普日企软件外包日本人课长: 日语语序, すみません, してください, お願いします, で),
 * Korean plant manager at a 荣成石岛 fishing-tackle factory (石岛韩资渔具厂韩国人厂长: 주세요, 바이어, 해주세요, 있어요, 감사합니다, 재시작, 으로),
 * American green-coffee buyer in 孟连 (孟连美国咖啡生豆采购商: English word order, I want 做, 把它们 cut, make it),
 * German engineer at a 沈阳铁西 car plant (铁西德国汽车厂工程师: Also, bitte, Doch, Prozent, und, das nervt),
 * Russian trader with a 东宁 border-port shop (东宁口岸俄罗斯商人: no measure words, spaced words, Спасибо, VK),
 * Vietnamese fruit seller in 凭祥浦寨 (浦寨越南水果商贩: chị, cảm ơn em nhiều nha, 黑黑的, spaced words),
 * Thai student in 昆明呈贡 university town selling Thai snacks (呈贡泰国留学生: สวัสดีค่ะ, ขอบคุณค่ะ, 小红书),
 * Senegalese student in 金华婺城 with a small-goods export side job (婺城塞内加尔留学生: Bonjour, c'est possible, Merci),
 * Lao clerk at a 磨憨 international logistics firm (磨憨国际物流老挝职员: ສະບາຍດີ, one-character spacing, 中老铁路),
 * Sugar Land second-generation boba shop owner (Sugar Land 奶茶店 ABC: make 它, my mom 问, then export),
 * Aubervilliers second-generation Wenzhou clothing wholesaler (欧贝维利耶温州二代服装批发: Salut, trop long, enlève, mon père, pas de),
 * 马来西亚文冬 ginger farm's third generation (文冬姜园第三代, 大马华语: 酱, lah, 啦, 几时, Astro),
 * 于都 retired grandmother in an elders' choir (于都老年合唱团奶奶: 视平, 两分中, 标提, 。。, !!!, 小同志),
 * 普宁 underwear wholesale shopkeeper (普宁内衣批发小店主: 字母=字幕, 建掉, 减了, 音亮, 倒出, ,, and ??),
 * 怀化会同 village primary-school teacher (会同乡下小学老师: 公开课, 教育局, 半角冒号, 无句号),
 * 香港大埔 retired hiking-club uncle (大埔行山隊阿伯, 繁體粵語: 熄咗佢, 配返, 搬去第一, 得嘞),
 * Iranian furniture buyer in 顺德乐从 (乐从伊朗家具采购商: Salam, mamnoon, spaced words),
 * 鹰潭余江 glasses shopkeeper typing on a phone (余江眼镜店老板, 拼音错字: 竖评, 黑编, 家个, 背进, 从新, 到处).
 * Near neighbours said plainly (trade used before with no place or in another place; every voice place here is new):
 * SaaS customer-success voices (one in 荃灣) for 滨江; a 咸阳 indie game developer's devlog for 郫都; a 清远 ad-agency producer
 * for 静安; a 临沂 logistics-park dispatcher for 顺义; a 医院信息科工程师 with no place for 长治; museum guides (博物馆讲解员, a
 * 曲阜 museum guide) for 延安; a 宁德 battery-maker's after-sales support for 宜春 (lithium, another job) and for 包河
 * (after-sales); a physiotherapist with no place for 沙田; the 仙台 Chinese student with Japanese words for 金普; a 韩国留学生
 * with no place for 石岛; a Milan coffee-bar owner and a 咖啡店老板 for 孟连; the 太仓 German-owned plant's HR trainer and the
 * Düsseldorf seller for 铁西; a 株洲芦淞 garment-wholesale stall for Aubervilliers; a 奶茶店店员 with no place for Sugar Land;
 * an Iranian restaurateur in LA and a Tehran PhD student for 乐从; a 仙游 mahogany furniture maker for 乐从; a 丹阳 eyeglass
 * wholesaler and an earlier phone-typing voice with the slips 视平 / 标提 / 到处 for 余江 and 于都; earlier 退休 voices for 于都
 * and 大埔; a Zurich hiking-app developer for 大埔.
 *
 * Counts: 270 lines (30 voices, 9 lines each), drafted in one pass, then reworded where a line could be read two ways
 * ("标题 写：…" with one text already in the draft became "加 标题：…"; "字太小看不清，标题放中间" lost the ask it cannot do;
 * "横屏，1080p，导出mp4" became "横屏，导出 1080p 的 mp4"; "快两倍" became "两倍速"; a per-moment source volume was not written)
 * and where the grep turned a voice away (voice 7's and voice 30's trades, two file or town names).
 * 30 lines (11.1 %) must change nothing: 20 questions about the product, a platform or an edit it cannot make (CRM 自动录屏,
 * AI 配音, 水印, 嵌到帮助页面, 大屏循环播, 导出成 PPT, 越南文字幕, 打格仔, 日语的界面, free / pay, 俄语版本, WhatsApp 直接发, 老挝文乱码,
 * Cantonese voice, 温州话字幕, Astro 播, 上传拼多多, xp 能用吗, 傳去 WhatsApp 群組, 咋收费), 3 pieces of background or a to-do
 * (待办：市场部确认 logo 版本, 工资待遇那块…不用做, 我们科没有专门做视频的人…), 1 negation (背景音乐不要加,我们自己唱的歌就是音乐),
 * 6 thanks or sign-offs (好的 需求就这些 辛苦了, 감사합니다 今天 이만, cảm ơn em nhiều nha 很好, ขอบคุณค่ะ 老师 说 你们 很 厉害,
 * 好了好了谢谢你啊小同志, mamnoon 谢谢 朋友).
 * 38 lines carry two or more requests (36 two, 2 three; a ducking said right after its music is part of the music and not
 * counted, one such line): best + shape (six), best + one upload, best + named file; three-request lines (best + 9:16 +
 * mp4 export; title + lo-fi + clip fades in and out); two exports (eight: webm 1080p + mp4 4k, mov 720p + mp4 1080p, mp4
 * 720p + mov 4k, mp4 1080p + mp4 720p, mp4 1080p + gif, mp4 + gif twice, mp4 1080p + mov 4k); resolution + gif export;
 * shape + export; speed + export; track listing + export; music level + ducking off; remove moment + crossfade; move +
 * crossfade; remove moment + trim to; moment speed + remove moment; two trims by; two trims to; whole speed + clip fade-out;
 * whole speed + cut; whole speed + crossfade; idle speed-up + whole speed; lo-fi + music fade-out; source volume + lo-fi;
 * zoom off + shape; no background + zoom off; two undos.
 * Lengths (29 best-moments): 45s, 30 秒以内, 1分钟, 一分半, 两分钟以内, 3分钟, 五分钟 (不要超过), 45秒, 一分钟, 九十秒, 40 秒, 60秒,
 * 30秒, 两分钟 long, 一分二十秒, 半分钟, 二十秒, 四十五秒, 一分钟, 一 分 半 钟, 30 seconds, 一分钟 以内, 1 分 15 秒, 两分中 (两分钟),
 * 三十秒, 十五分钟, 三分鐘, 四十 秒, 四十秒. Dead air (3), idle speed-up at 8x, 3x, 2x and with no factor; keep everything (1);
 * uploads chosen: the second, one named file, the last, the first and second.
 * Shapes (21): 9:16 bare (six: 竖屏 three, vertical for TikTok, 竖的, IG Reels), 9:16 blur (two), 9:16 letterbox (竖评 黑编也行);
 * 16:9 bare (four: 横屏 16:9, 横的 要, 横屏, 横 的), 16:9 letterbox; 1:1 bare (three: 正方形, 一比一, 正方形), 1:1 blur; 4:5 bare,
 * 4:5 crop (two). Fills alone: blur, letterbox, crop. Resolution without export: 1080p, 4k ("先不导出"), 720p.
 * Exports (36): mp4 bare (six), 720p (five), 1080p (nine), 4k (two); mov bare, 720p, 1080p, 4k (three); webm bare, 720p,
 * 1080p; gif bare (four), 720p.
 * Texts: 30 new (19 titles: six top, four center, one 0-3 s center, one 8-12 s top, one 3-9 s bottom, two anchored at
 * the start with no length, one at the start for 4 s, one center at the start for 5 s, two plain; 7 captions: two bottom
 * timed (5-10 s, 20-25 s), one bottom for 5 s, three bottom untimed, one 10-15 s unplaced; 4 lower thirds, one anchored at
 * the start); text 1 edited: words (three), position center and bottom, timing 2-6 s; text 1 removed (one); every text
 * removed (one).
 * Cards: intro (four: 5, 3, 2.5, 5 s), outro (five: 3, 2, 4, 2, 3 s; two with no length, 2 s); intro removed, outro removed,
 * both removed. Music: the default lo-fi (four bare: 默认的, 你们 有 的 那个, 预设嘅, lofi said with ducking off; lofi at 35 %
 * said as 35 Prozent), lofi at 15, 20 (two), 25 (two), 30, 40 %; seven uploaded files (fog_theme.wav 60 %, recruit_song.mp3
 * 一半, fishing_song.mp3 40 %, coffee_blues.mp3 百分之四十五, berezka.mp3 百分之五十, sawasdee.mp3 百分之三十, paris_hiver.mp3
 * 0.4, hiking_song.mp3 at the default); music level set to 20 % and 10 % (10 percent); quieter (one), louder (two); ducking
 * off (three, one with music), on alone (one); music faded in 3 s, out 2 s, both 2 s; music removed (one: "拿掉 吧，不要 音乐").
 * Source volume 0 (three), 0.3, 1, 1.2, 1.3, 1.5 (two). Clip fades: both 1 s (two), in 3 s, in 1 s, out 1 s, 1.5 s, 2 s
 * (three). Crossfades 0, 0.3, 0.5 (two: 0.5秒, 半秒), 0.6, 0.8, 1 s. Zoom auto (two), less, more, off (three); at a time with
 * a hold (three: 0:12 4 s, 0:35 5 s, 0:08 2 s) and without (0:25). Backgrounds: the default gradient (two), aurora named, two
 * named images; removed (one). Moments removed (eight), moved (six), trimmed by (five) and to (six), sped up or slowed
 * (seven moment speeds); whole-clip speed 0.9, 1.1, 1.2, 1.25, 1.5; cuts of a range (four). Undo (five: alone three, twice in
 * one line), redo (one), start over (two), track listings (three).
 *
 * Defaults of ops.ts that decided expectations: every best-moments line names a length; music with no track named
 * (默认的, 你们 有 的 那个 默认 的, 預設嘅, 内置的) is lo-fi at 35 % ducked, a level said with it replacing the 35 %; an uploaded
 * file named is the track; a fade with no length is 1 s (整体淡入淡出); a card with no length is 2 s; a zoom at a time with no
 * hold (在 0:25 的 地方 放大 一下) holds 3 s; idle stretches sped up with no factor (快进一下,不用删) go 4x; a background with no
 * name (默认那个渐变, 那个 漂亮 的 颜色 默认 的) is aurora; an export with no format (导出 1080p 的 视频) is mp4.
 * Other readings: a length alone (剪成45s, 压到 30 秒以内, 剪成两分钟以内, 不要超过五分钟, 越短越好 45秒, 剪成十五分钟) is best moments
 * at that length ("以内" / "不要超过" the bound itself). "没声音又不动的地方都剪掉", "没有人说话 and nothing moving…cut", "没人讲话的地方
 * 画面也不动的 都给我减了" are dead air; "等待…的空白部分快进", "进度条那段…不能剪…快进", "没 有 东西 动 的 地方，快进，不要 剪", "没说话的地方,
 * 快进一下,不用删" idle speed-up. "所有的文件都完整，不剪" keep everything. 竖屏 / 竖的 / 竖评 / vertical / Reels / 抖音 9:16 (视频号
 * and TikTok said with 竖屏 / vertical); 横屏 / 横的 16:9; 正方形 / 方的 一比一 1:1; 4:5 / 4比5 4:5 (小红书 said with 4比5); 黑边也行 /
 * 黑编也行 / 上下 放 黑边 letterbox, 模糊 blur, 裁掉 / crop 满 / 裁 掉 crop; a fill said without a shape is set_fill.
 * 标题 / title / 加 文字 / 写 字 are titles, 字幕 / 字母 (a 同音字) captions, 人名条 lower thirds (the words after the colon or inside
 * the quotes exactly as typed, "张敏，注册经理" whole); 上面 / 上方 / top / 最上面 / 最頂 top, 底部 / 下面 / 下边 / 在 下面 / 喺底部 bottom, 中间 /
 * 居中 center; "开头加标题" / "在 the beginning" / "在 开始" anchor the text at the start, with a length when one is said; "从第5秒到第
 * 10秒" / "20-25秒" / "出现在8秒到12秒" / "第十秒 到 第十五秒" run that span. The draft's one text is text 1 ("标题改成…", "标题 改 成",
 * "字母改成…" words; "你刚才加的标题，位置下面变更" bottom; "标题放中间" center; "你刚才加的那个标题…从第2秒到第6秒" timing; "前面 那个
 * 标题 不要了" removed); "画面上的字全部删掉" removes every text. 片头卡 / 片头 / 片头 卡 intro cards, 片尾卡 / 片尾字卡 / 片尾 / outro
 * outro cards (a card's length as said); "片头 und 片尾 的 卡片，都 删掉" both removed; "刚才 那个 outro 不要 了" / "刚才的片头不要了" the
 * one named. 第N段 / 第N个 part / 第三个 clip / 第二个的片段 / 头嗰段 is moment N; 最前面 / 第一个 / 第一 place 1, 最后 place 3 (three
 * moments), "放到第二段前面" place 2, "第三的位置" place 3; 剪到 N 秒 a trim to N s, 剪掉 / 短 / 建掉 N 秒 a trim by N; 删掉 / 拿掉 /
 * 剪掉 / 唔要 / delete with no seconds removes the moment. A range with 删掉 / 切掉 / 减掉 is a cut. Speeds: 整体 / 整个视频 / 成條片 /
 * 视频 整个 the whole clip, 第N段 moment N ("两倍速" 2x, "加快到兩倍速" 2x, "慢 一点，0.8 倍" 0.8x). Zoom: 鼠标点哪里就自动放大 / 打开
 * 自动 auto, 唔好咁誇張 less, 放大 多 一点 more, 关掉 / 完全关掉 / 不要 off. Source volume: 原声 / 原本的聲音 / 声音 原来 的 / 原本把聲
 * (静音 / 全部 不要 / 熄咗佢 0, 百分之三十 0.3, 100% 1, 一百二 1.2, 130% 1.3, 150% / 一点五倍 1.5). Music: "音乐小声一点" quieter,
 * "大聲少少" / "louder 一点" louder, "音乐音量调到百分之二十" / "make 它 10 percent" a level, "音乐开头渐入2秒，结尾渐出2秒" both music
 * fades, "结尾音乐慢慢收掉，两秒" a music fade-out; "说话时音乐不要自动压低" / "音乐不要变小" / "不要 压 下来" ducking off, "说话的时候，
 * 音乐自动小…打开" ducking on; "音乐 太 吵，拿掉 吧，不要 音乐" removes music (the same draft as nothing, there being none);
 * "背景音乐不要加" is a negation. "结尾 2 秒黑场淡出" / "慢慢黑" / "暗下去" clip fade-outs; "慢慢从黑里出来" / "开头 黑色 慢慢 出来" /
 * "開頭慢慢出返嚟" clip fade-ins. 转场 / 叠化 / 转换 / transition crossfades ("硬切" 0). 撤回刚才那步 / 回到上一步 / undo undo, "撤销
 * 两 次" two undos, redo redo, 重新开始 / 재시작 start over, 有哪些轨道 / 轨道列出来 / 有 什么 轨道 show_tracks (a listing or an export
 * said between edits stands where it is said). "720" / "1080" after an export are 720p / 1080p; "不用指定解析度" / "pas de
 * résolution" an export with no resolution. Said in a boss's or minutes' voice, an ask is still an ask; background around it
 * (受众, 截止, 品牌色, 待办, 后期统一配音) is nothing.
 *
 * Read against a draft of 3 moments and 1 text (no music, no card, no background), as fresh33 was.
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 * Measured blind on de4a2c0 (session 32, before its grammar round): 183/270 = 67.8 % (27 wrong edits, 14 right edits with words left unread, 22 asked first).
 * After session 32's round (round 36, merged as r36-int): 184/270 = 68.1 % (26 wrong edits, 14 right edits with words
 * left unread, 22 asked first).
 * After session 32's round 37 (one helper on this set's first theme, pasted briefs, in Chinese, told by the lead from the
 * writer's brief, none saw a line of the set; its second theme was not worked on; merged as r37-int with fix-slowby):
 * 186/270 = 68.9 % (27 wrong edits, 14 right edits with words left unread, 22 asked first).
 * After session 33's round 38 (six helpers on held-out 33's misses, by class; merged as r38-int): 187/270 = 69.3 % (27 wrong
 * edits, 14 right edits with words left unread, 22 asked first).
 * After session 33's mend (8f46a89): unchanged; opened at the start of session 34.
 * After session 34's round 39 (three helpers on held-out 34's misses, by class, and the lead's format lists; merged as
 * r39-int): 246/270 = 91.1 % (6 wrong edits, 7 right edits with words left unread, 7 asked first).
 * After session 36's round 42 (four helpers on held-out 36's and held-out 35's misses and held-out 34's Chinese ones,
 * by class; merged as r42-int, with the lead's fixes at the merge): unchanged.
 * After session 37's round 43 (four helpers: held-out 37's misses, held-out 33-36's leftovers, by class, and one,
 * everyday, told to write and read its own everyday requests, never a line of a set; merged as 17942c1, with the lead's
 * fixes at the merge): 248/270 = 91.9 % (5 wrong edits, 7 right edits with words left unread, 6 asked first).
 * After session 38's round 44 (four helpers: held-out 39's misses in English and in Chinese, a statement of who, what
 * or why beside a request, and the known wrong readings of the opened sets; with the lead's own everyday wordings;
 * merged as r44-int, with the lead's fixes at the merge): 255/270 = 94.4 % (2 wrong edits, 4 right edits with words
 * left unread, 5 asked first).
 */
export const heldout34Zh: [string, Phrasing['want']][] = [
  // voice: 杭州滨江 CRM 软件公司市场专员, pastes numbered lists (1. 2. 3.)
  ['需求如下：1. 剪成45s 2. 竖屏 3. 导出mp4', then(best(45), aspect('9:16'), exportAs('mp4'))],
  ['1. 开头加标题“销售漏斗一目了然” 2. 背景音乐用默认的 3. 整体淡入淡出', then(text('销售漏斗一目了然', { anchor: 'start' }), music(), fade('clip', 1000, 1000))],
  ['补充一条：字幕放底部，内容是“客户跟进不再漏单”，从第5秒到第10秒', text('客户跟进不再漏单', { style: 'caption', position: 'bottom', start_ms: 5000, end_ms: 10000 })],
  ['修改意见：1. 第二段删掉 2. 段与段之间加0.5秒的转场', then(removeMoment(2), crossfade(500))],
  ['这个工具能直接连我们CRM系统自动录屏吗？', nothing],
  ['1. 音乐音量调到百分之二十 2. 说话时音乐不要自动压低', then(musicVolume(0.2), ducking(false))],
  ['3. 最后加片尾卡“免费试用 30 天”，3秒', card('outro', '免费试用 30 天', 3)],
  ['好的 需求就这些 辛苦了', nothing],
  ['4. 分辨率 1080p 5. 另外导一份 gif 放官网', then(resolution('1080p'), exportAs('gif'))],

  // voice: 成都郫都 独立游戏工作室策划, pastes a trailer storyboard with timecodes
  ['预告片分镜：0-3秒 标题“雾港”居中，3秒以后正常放游戏画面', text('雾港', { position: 'center', start_ms: 0, end_ms: 3000 })],
  ['0:12 那里 boss 出场，镜头推上去放大 4 秒', zoomAt(12, 4)],
  ['分镜第三条：整片压到 30 秒以内，横屏 16:9', then(best(30), aspect('16:9'))],
  ['第 1 段（跑图那段）太拖，加速到1.5倍', speed(1.5, 1)],
  ['20-25秒 字幕：“支持手柄”，放下面', text('支持手柄', { style: 'caption', position: 'bottom', start_ms: 20000, end_ms: 25000 })],
  ['结尾 2 秒黑场淡出', fade('clip', undefined, 2000)],
  ['BGM 用我们自己的 fog_theme.wav，音量 60%', music('fog_theme.wav', 0.6)],
  ['画面上的字全部删掉，分镜里没有字', removeText()],
  ['最后输出：webm 一份 1080p，mp4 一份 4K', then(exportAs('webm', '1080p'), exportAs('mp4', '4k'))],

  // voice: 苏州相城 医疗器械公司注册专员, forwards meeting minutes
  ['【会议纪要】参会：产品、注册、市场。结论：1）视频控制在1分钟 2）只用第二个录屏', then(best(60), only('second'))],
  ['纪要第3点：原声全部静音，后期统一配音', sourceVolume(0)],
  ['第4点：开头加人名条 张敏，注册经理', text('张敏，注册经理', { style: 'lower-third', anchor: 'start' })],
  ['待办：市场部确认 logo 版本（本周五前）', nothing],
  ['第5点：第三段挪到最前面', moveMoment(3, 1)],
  ['第6点：没声音又不动的地方都剪掉', deadAir],
  ['纪要补充：画面比例改成1:1，两边用模糊填充', aspect('1:1', 'blur')],
  ['第7点：加背景，用 aurora 那个渐变', background('aurora')],
  ['第8点：导出 mov 720p 给注册部归档，再导一个 mp4 1080p', then(exportAs('mov', '720p'), exportAs('mp4', '1080p'))],

  // voice: 上海静安 广告公司文案, pastes a storyboard (镜头1、镜头2…)
  ['分镜v2：0-5秒 片头卡，写“LUMEN 灯光控制”，然后进产品界面', card('intro', 'LUMEN 灯光控制', 5)],
  ['镜头2：第二段 app 调色温，节奏放慢一点，0.75倍', speed(0.75, 2)],
  ['镜头3：从 0:18 到 0:24 这段删掉，客户说太长', cut(18, 24)],
  ['字：在画面上方写“一句话，灯就懂你”，出现在8秒到12秒', text('一句话，灯就懂你', { position: 'top', start_ms: 8000, end_ms: 12000 })],
  ['整体：4:5 竖版投信息流，黑边不要，裁掉', aspect('4:5', 'crop')],
  ['音乐：内置的 lofi 就行，音量百分之三十，说话时压低', music('lofi', 0.3)],
  ['客户问能不能加一个 AI 配音读文案，可以吗', nothing],
  ['镜头切换之间加叠化，1秒', crossfade(1000)],
  ['先出一版 720p 的 mp4 给客户看；定稿后再出一版 4K mov', then(exportAs('mp4', '720p'), exportAs('mov', '4k'))],

  // voice: 宁波鄞州 农商行科技部, forwards the bank president's words (行长说：)
  ['行长说：“时间太长了，一分半足够”', best(90)],
  ['行长原话：标题要放中间，别放边上', editText({ index: 1, position: 'center' })],
  ['行长说了：原声要听得清，音量开到130%', sourceVolume(1.3)],
  ['结尾加个片尾卡：鄞州农商行 您身边的银行', card('outro', '鄞州农商行 您身边的银行')],
  ['副行长补充：手机银行开户那段（第一段）剪掉3秒', trimBy(1, 3000)],
  ['行长说撤回刚才那步，还是原来的好', undo],
  ['我们科长问：导出来的文件能加水印吗', nothing],
  ['按行长意思：横屏，导出 1080p 的 mp4', then(aspect('16:9'), exportAs('mp4', '1080p'))],
  ['把各段之间的转场去掉，硬切', crossfade(0)],

  // voice: 北京顺义 物流园 WMS 实施顾问, pastes 一、二、三、 lists
  ['一、剪成两分钟以内；二、只要 wms_inbound.mp4 这一个文件', then(best(120), only('wms_inbound.mp4'))],
  ['三、加字幕“扫码入库 三步完成”，放底部 显示5秒', text('扫码入库 三步完成', { style: 'caption', position: 'bottom', duration_ms: 5000 })],
  ['四、等待系统响应的空白部分快进，八倍速', idle(8)],
  ['五、鼠标点哪里就自动放大', zoom('auto')],
  ['六、展示一下现在都有哪些轨道', tracks],
  ['客户那边问这个视频能不能嵌到WMS的帮助页面里', nothing],
  ['七、整体加速 1.25 倍；八、结尾淡出 1.5 秒', then(speed(1.25), fade('clip', undefined, 1500))],
  ['九、第三段剪到8秒', trimTo(3, 8000)],
  ['十、分辨率设成 4K，先不导出', resolution('4k')],

  // voice: 长治 县医院信息科, a long background paragraph around the asks
  ['我们是县医院信息科的，这个录屏是给新来的护士看移动护理App怎么用，下周一要用。麻烦剪成3分钟。', best(180)],
  ['背景说一下：受众是病房护士，轮班很忙，都在手机上看。所以要竖屏的，两边用模糊填满', aspect('9:16', 'blur')],
  ['医院内网传文件有大小限制，所以别太大，720p 就够', resolution('720p')],
  ['领导想突出“扫腕带核对”这个功能，在 0:35 那里放大，停5秒', zoomAt(35, 5)],
  ['我们科没有专门做视频的人，所以才用你们这个工具，希望好用', nothing],
  ['原声有机房空调的噪音，调小到百分之三十', sourceVolume(0.3)],
  ['标题改成“移动护理App 上手指南”', editText({ index: 1, text: '移动护理App 上手指南' })],
  ['片头加个卡 写 新护士岗前培训 显示三秒', card('intro', '新护士岗前培训', 3)],
  ['护理部周五前要把 mp4 发到群里。现在先把轨道列出来我看看，再导出 mp4', then(tracks, exportAs('mp4'))],

  // voice: 延安 红色旅游景区讲解部, forwards the director's words (主任说)
  ['主任原话：“视频不要超过五分钟，游客没耐心”', best(300)],
  ['主任说：“开头要庄重，慢慢从黑里出来，3秒”', fade('clip', 3000)],
  ['转主任的话：“录的声音太小，原声开到150%”', sourceVolume(1.5)],
  ['主任又说，加个人名条：王丽，金牌讲解员', text('王丽，金牌讲解员', { style: 'lower-third' })],
  ['主任问：这个能不能放到景区的大屏上循环播？', nothing],
  ['主任说音乐要有，但要轻，百分之十五，结尾音乐慢慢收掉，两秒', then(music('lofi', 0.15), fade('music', undefined, 2000))],
  ['主任讲第三段放到第二段前面', moveMoment(3, 2)],
  ['主任：背景换成景区的照片 yanan_gate.jpg', background('yanan_gate.jpg')],
  ['主任最后说：出4K的mov，给电视台', exportAs('mov', '4k')],

  // voice: 合肥包河 新能源车企售后培训, product / audience / deadline background with the asks inside
  ['这条是给4S店售后技师看的，讲车机OTA升级怎么操作。技师都很忙，所以越短越好，45秒。', best(45)],
  ['产品经理那边12月10号要拿去经销商大会放，大屏是横的，所以给我横屏，黑边也行', aspect('16:9', 'letterbox')],
  ['升级进度条那段很长很无聊，但是不能剪，剪了技师会以为漏步骤，所以快进一下就好，三倍', idle(3)],
  ['OTA 就是 over-the-air，我们内部都这么叫，你不用管。标题写“OTA 升级 五步走”，放最上面', text('OTA 升级 五步走', { position: 'top' })],
  ['品牌色我们自己后期再调，背景就用默认那个渐变', background()],
  ['这个工具支持导出成 PPT 吗？经销商大会用 PPT 放', nothing],
  ['第二段删掉，第一段剪到10秒', then(removeMoment(2), trimTo(1, 10000))],
  ['你刚才加的那个标题，让它从第2秒到第6秒出现', editText({ index: 1, start_ms: 2000, end_ms: 6000 })],
  ['好，最后导出一个1080p mp4 一个720p mp4', then(exportAs('mp4', '1080p'), exportAs('mp4', '720p'))],

  // voice: 宜春 锂电材料厂人事, pastes dash lists (- …)
  ['- 剪到一分钟 - 竖屏，要发视频号', then(best(60), aspect('9:16'))],
  ['- 加标题：宜春锂材 2027 校园招聘 - 标题在中间', text('宜春锂材 2027 校园招聘', { position: 'center' })],
  ['- 背景音乐：recruit_song.mp3 - 音量：一半', music('recruit_song.mp3', 0.5)],
  ['- 音乐开头渐入2秒，结尾渐出2秒', fade('music', 2000, 2000)],
  ['- 工资待遇那块后面HR自己讲，不用做', nothing],
  ['- 车间那段（第三段）放慢到0.5倍 - 第一段删掉', then(speed(0.5, 3), removeMoment(1))],
  ['- 最后放片尾：扫码投简历 - 片尾4秒', card('outro', '扫码投简历', 4)],
  ['- 音乐小声一点，盖住说话了', quieter],
  ['- 导出 gif 720p，发公众号预览用', exportAs('gif', '720p')],

  // voice: 台中大里 機床廠業務 (繁體), 一、二、三、 lists
  ['一、影片剪成九十秒。二、改成正方形。', then(best(90), aspect('1:1'))],
  ['三、加標題「五軸加工中心 CNC-500」，放上面', text('五軸加工中心 CNC-500', { position: 'top' })],
  ['四、切削那段（第二段）加快到兩倍速', speed(2, 2)],
  ['五、原本的聲音保持原樣，音量100%', sourceVolume(1)],
  ['六、請問可以翻成越南文字幕嗎？客戶在越南', nothing],
  ['七、把 0:40 到 0:55 的換刀等待刪掉', cut(40, 55)],
  ['八、結尾加片尾字卡「大里精機 歡迎洽詢」', card('outro', '大里精機 歡迎洽詢')],
  ['九、剛才按了復原，按錯了，幫我 redo', redo],
  ['十、匯出 mov，不用指定解析度', exportAs('mov')],

  // voice: 香港沙田 物理治療診所 (繁體粵語), forwards the boss's WhatsApp
  ['老闆 WhatsApp 講：「條片剪到 40 秒，IG Reels 用」', then(best(40), aspect('9:16'))],
  ['老闆話：「頭嗰段（第一段）唔要」', removeMoment(1)],
  ['老闆又講：「加個字幕：每日十分鐘 腰痛走開，喺底部」', text('每日十分鐘 腰痛走開', { style: 'caption', position: 'bottom' })],
  ['佢話音樂用返預設嗰個，細聲啲，25%', music('lofi', 0.25)],
  ['老闆仲問可唔可以幫病人個樣打格仔', nothing],
  ['老闆：「成條片慢少少，0.9 倍」，仲有轉場半秒', then(speed(0.9), crossfade(500))],
  ['老闆話放大嘅效果唔好咁誇張', zoom('less')],
  ['老闆講 bye bye 嗰度慢慢黑，淡出1秒', fade('clip', undefined, 1000)],
  ['搞掂就出 mp4 1080p 俾我', exportAs('mp4', '1080p')],

  // voice: 大连金普新区 日企软件外包的日本人课长, Japanese word order and words
  ['すみません，这个视频，60秒的长度，请做成。', best(60)],
  ['标题的文字，「品質管理システム デモ」，上面放置，请。', text('品質管理システム デモ', { position: 'top' })],
  ['第二个的片段，删除してください。', removeMoment(2)],
  ['说话的时候，音乐自动小，这个功能，打开，请', ducking(true)],
  ['你刚才加的标题，位置下面变更，请', editText({ index: 1, position: 'bottom' })],
  ['结束的时候，淡出，2秒，お願いします', fade('clip', undefined, 2000)],
  ['这个软件，日语的界面有吗？', nothing],
  ['第一个片段，第三的位置移动，请。然后转场0.3秒。', then(moveMoment(1, 3), crossfade(300))],
  ['最后，mp4で、1080p で出力，请。', exportAs('mp4', '1080p')],

  // voice: 荣成石岛 韩资渔具厂的韩国人厂长, Korean mixed in
  ['这个视频 30秒 做 주세요，我们的 바이어 给看', best(30)],
  ['화면 竖的 不要，横的 要', aspect('16:9')],
  ['钓竿 测试 那个 第三段，慢慢 0.5倍 해주세요', speed(0.5, 3)],
  ['音乐 我们的 있어요，fishing_song.mp3，声音 40%', music('fishing_song.mp3', 0.4)],
  ['两边 黑色 的 不要，模糊 的 要', fill('blur')],
  ['감사합니다，今天 이만', nothing],
  ['前面 那个 标题 不要了，지워 주세요', removeText(1)],
  ['재시작，全部 重新 开始', startOver],
  ['webm 으로 导出，720p', exportAs('webm', '720p')],

  // voice: 孟连 美国咖啡生豆采购商, English word order
  ['I want 做一个 video 关于 我们的 coffee farm，两分钟 long', best(120)],
  ['Please 加 title “Menglian Natural Process” 在 the beginning', text('Menglian Natural Process', { anchor: 'start' })],
  ['所有 the parts 没有人说话 and nothing moving，把它们 cut', deadAir],
  ['music 用 my file，coffee_blues.mp3，volume 是 百分之四十五', music('coffee_blues.mp3', 0.45)],
  ['Is this 软件 free? 我需要 pay 吗', nothing],
  ['make 第一个 part 短 两秒，and 第二个 part 也 短 两秒', then(trimBy(1, 2000), trimBy(2, 2000))],
  ['music 太 小 了，louder 一点', louder],
  ['transition between parts，make it 0.8 秒', crossfade(800)],
  ['ok export 它，mp4，4K 因为 my boss 有 big TV', exportAs('mp4', '4k')],

  // voice: 沈阳铁西 德国汽车工厂的德国工程师, German mixed in
  ['Also，这个视频要缩短到一分二十秒，bitte', best(80)],
  ['我要所有的文件都完整，不剪，一个也不剪', keepAll],
  ['标题：“Presswerk Linie 3”，在中间，开始的时候5秒', text('Presswerk Linie 3', { position: 'center', anchor: 'start', duration_ms: 5000 })],
  ['机器人焊接那段是第二段，它应该是第一个', moveMoment(2, 1)],
  ['Doch，音乐要，内置的，35 Prozent', music('lofi', 0.35)],
  ['说话的时候，音乐不要变小，das nervt', ducking(false)],
  ['片头 und 片尾 的 卡片，都 删掉', removeCard()],
  ['整个视频速度 1.1，然后从 1:05 到 1:12 切掉', then(speed(1.1), cut(65, 72))],
  ['Zoom 完全关掉，我要看到整个画面', zoom('off')],

  // voice: 东宁 口岸商品店的俄罗斯商人, no measure words, Russian mixed in
  ['朋友，你帮我，视频做成 半分钟，好？', best(30)],
  ['我要 视频 方的，一比一，给 VK 用', aspect('1:1')],
  ['Спасибо. 加 标题：“俄罗斯商品 东宁 直供”', text('俄罗斯商品 东宁 直供')],
  ['音乐 我有，berezka.mp3，声音 百分之五十', music('berezka.mp3', 0.5)],
  ['音乐 太 吵，拿掉 吧，不要 音乐', noMusic],
  ['第二段 视频 长，剪 到 六秒', trimTo(2, 6000)],
  ['你们 有 俄语 版本 吗 这个 程序？', nothing],
  ['不对，撤销 两 次', then(undo, undo)],
  ['好了，视频 导出，mp4 格式，720', exportAs('mp4', '720p')],

  // voice: 凭祥浦寨 越南水果商贩, short words with spaces, Vietnamese mixed in
  ['chị 要 做 视频 卖 火龙果，剪 到 二十秒 就 好', best(20)],
  ['做 竖 的，抖音 用，两边 黑黑 的 不要，要 模糊', aspect('9:16', 'blur')],
  ['写 字：越南火龙果 新鲜到货，在 中间', text('越南火龙果 新鲜到货', { position: 'center' })],
  ['第三段 不好看，拿掉', removeMoment(3)],
  ['音乐 要，你们 有 的 那个，默认 的', music()],
  ['cảm ơn em nhiều nha，很好', nothing],
  ['声音 原来 的 全部 不要，有 很多 车 的 声音', sourceVolume(0)],
  ['视频 整个 快 一点，1.5 倍。然后 导出 mp4', then(speed(1.5), exportAs('mp4'))],
  ['导出 前 给 我 看 一下 有 什么 轨道', tracks],

  // voice: 昆明呈贡 大学城的泰国留学生, sells Thai snacks online, Thai mixed in
  ['สวัสดีค่ะ 我想 做 一个 视频 介绍 泰国零食，大概 四十五秒 可以吗', best(45)],
  ['请 加 标题“泰国小零食 开箱”，在 开始，显示 四 秒', text('泰国小零食 开箱', { anchor: 'start', duration_ms: 4000 })],
  ['我 想要 4比5 的，小红书 用', aspect('4:5')],
  ['第二段 太 长了，剪掉 三秒 吧', trimBy(2, 3000)],
  ['放大 多 一点 可以吗，看 零食 的 包装', zoom('more')],
  ['音乐 用 我 的 sawasdee.mp3，百分之三十', music('sawasdee.mp3', 0.3)],
  ['ขอบคุณค่ะ 老师 说 你们 很 厉害', nothing],
  ['加 一个 字幕：“价格 看 评论区”，第十秒 到 第十五秒', text('价格 看 评论区', { style: 'caption', start_ms: 10000, end_ms: 15000 })],
  ['最后 导出 1080p 的 视频，再 导 一个 gif 给 朋友', then(exportAs('mp4', '1080p'), exportAs('gif'))],

  // voice: 金华婺城 塞内加尔留学生, small-goods export on the side, French mixed in
  ['Bonjour，我 需要 一个 video 给 我的 客户 在 Thiès，一分钟', best(60)],
  ['只要 最后 一个 文件，其他 的 不要', only('last')],
  ['商品 那段，第一段，太快了，慢 一点，0.8 倍', speed(0.8, 1)],
  ['加 人名条：Moussa Diop，外贸经理', text('Moussa Diop，外贸经理', { style: 'lower-third' })],
  ['背景 要 那个 漂亮 的 颜色，默认 的', background()],
  ["c'est possible 发 WhatsApp 直接 从 这里 吗？", nothing],
  ['开头 黑色 慢慢 出来，一秒，结尾 也 一样', fade('clip', 1000, 1000)],
  ['在 0:25 的 地方 放大 一下', zoomAt(25)],
  ['Merci！导出 mp4 和 gif 两个', then(exportAs('mp4'), exportAs('gif'))],

  // voice: 磨憨 国际物流公司的老挝职员, Lao mixed in
  ['ສະບາຍດີ 你好，我们 公司 的 视频，要 剪 成 一 分 半 钟，横 的', then(best(90), aspect('16:9'))],
  ['只 用 第一个 和 第二个 视频', only('first', 'second')],
  ['标题 改 一下，改 成：中老铁路 冷链 运输', editText({ index: 1, text: '中老铁路 冷链 运输' })],
  ['画面 不要 切掉，上下 放 黑边', fill('letterbox')],
  ['第二段 放 到 最后', moveMoment(2, 3)],
  ['没 有 东西 动 的 地方，快进，不要 剪，两倍 就 好', idle(2)],
  ['这个 可以 放 老挝文 吗？ຂໍ້ຄວາມ 会 不会 乱码', nothing],
  ['加 片头 卡：磨憨—万象 48小时 到达，两 秒 半', card('intro', '磨憨—万象 48小时 到达', 2.5)],
  ['导出 mov 1080p，发 给 万象 的 老板', exportAs('mov', '1080p')],

  // voice: Sugar Land 奶茶店的华裔二代 (ABC), simple words, English order
  ['Hi 我是 Sugar Land 的 boba shop，我要 make 一个 video，30 seconds', best(30)],
  ['add 一个 title 在 top：“Brown Sugar Boba 买一送一”', text('Brown Sugar Boba 买一送一', { position: 'top' })],
  ['the music，我要 use lofi，volume 25 percent', music('lofi', 0.25)],
  ['我妈妈 说 music 太 loud，make 它 10 percent', musicVolume(0.1)],
  ['可以 make 它 vertical 吗，for TikTok', aspect('9:16')],
  ['Oh wait 不要 那个，undo', undo],
  ['第三个 clip 我不要 了，delete 它', removeMoment(3)],
  ['my mom 问 你们 有 没有 Cantonese 的 voice？', nothing],
  ['OK good，export 成 mp4 then export 一个 gif', then(exportAs('mp4'), exportAs('gif'))],

  // voice: Aubervilliers 服装批发的温州二代, French mixed in
  ['Salut，我要 把 这个 视频 剪 到 一分钟 以内，pour les clients', best(60)],
  ['Instagram 那个 feed 的 格式，4:5，crop 满', aspect('4:5', 'crop')],
  ['标题 在 中间：“Nouvelle collection 冬季新款”', text('Nouvelle collection 冬季新款', { position: 'center' })],
  ['第一段 trop long，剪 到 五 秒', trimTo(1, 5000)],
  ['音乐 我 有 file，paris_hiver.mp3，volume 0.4', music('paris_hiver.mp3', 0.4)],
  ['音乐 一 开始 慢慢 进来 三秒', fade('music', 3000)],
  ['mon père 问 可以 做 温州话 字幕 吗', nothing],
  ['enlève 背景，我 要 全 画面，zoom 也 不要', then(noBackground, zoom('off'))],
  ["c'est bon，导出 webm，pas de résolution 特别", exportAs('webm')],

  // voice: 马来西亚文冬 姜园第三代, 大马华语
  ['我们 文冬 姜园 的 视频，剪 到 1 分 15 秒 酱 就 够 了', best(75)],
  ['加 一个 字幕：“文冬老姜 直送 KL”，放 下面', text('文冬老姜 直送 KL', { style: 'caption', position: 'bottom' })],
  ['音乐 用 你们 的 lofi，不过 讲话 的 时候 不要 压 下来 lah', then(music(), ducking(false))],
  ['第二段 两倍速', speed(2, 2)],
  ['放大 的 东西 关掉 啦，头晕。然后 做 成 正方形', then(zoom('off'), aspect('1:1'))],
  ['你们 这个 可以 用 Astro 播 吗', nothing],
  ['结尾 加 outro：Bentong Ginger Farm，3 秒', card('outro', 'Bentong Ginger Farm', 3)],
  ['刚才 那个 outro 不要 了，拿掉', removeCard('outro')],
  ['ok 了，export 1080p MP4', exportAs('mp4', '1080p')],

  // voice: 于都 老年合唱团的退休奶奶, 错别字 and stray punctuation
  ['你好。我是于都老年合唱团的。这个视平帮我剪成两分中。。', best(120)],
  ['加个标提 于都夕阳红合唱团 放在中间', text('于都夕阳红合唱团', { position: 'center' })],
  ['背景音乐不要加,我们自己唱的歌就是音乐', nothing],
  ['原来的声音大一点!!!开到一百二', sourceVolume(1.2)],
  ['第一段是排练的不好看剪掉吧', removeMoment(1)],
  ['我孙子说要弄成竖的发微信朋友圈。。竖的', aspect('9:16')],
  ['结尾要慢慢暗下去.两秒', fade('clip', undefined, 2000)],
  ['弄错了 回到上一步', undo],
  ['好了好了谢谢你啊小同志', nothing],

  // voice: 普宁 内衣批发小店主, 同音字 and doubled commas
  ['老板帮我剪成三十秒,,发抖音的,竖屏', then(best(30), aspect('9:16'))],
  ['加个字母 爆款文胸 三件包邮 在下边', text('爆款文胸 三件包邮', { style: 'caption', position: 'bottom' })],
  ['背景音乐加默认那个音亮百分之四十', music('lofi', 0.4)],
  ['第二段太长了建掉两秒', trimBy(2, 2000)],
  ['没人讲话的地方 画面也不动的 都给我减了', deadAir],
  ['这个能直接上传到拼多多吗??', nothing],
  ['字母改成 爆款文胸 四件包邮', editText({ index: 1, text: '爆款文胸 四件包邮' })],
  ['在0:08放大一下停两秒', zoomAt(8, 2)],
  ['倒出mp4 720', exportAs('mp4', '720p')],

  // voice: 怀化会同 乡下小学老师, 口语 and loose punctuation
  ['各位老师好 我是会同乡下小学的 这个公开课录像要剪成十五分钟', best(900)],
  ['画面上面加标题:分数的初步认识 三年级', text('分数的初步认识 三年级', { position: 'top' })],
  ['录的原声太小了 放大到一点五倍', sourceVolume(1.5)],
  ['中间我在黑板写字没说话的地方,快进一下,不用删,整体再快一点1.2倍', then(idle(), speed(1.2))],
  ['学校电脑是xp能用吗', nothing],
  ['加个人名条：周晓红，数学老师', text('周晓红，数学老师', { style: 'lower-third' })],
  ['片头加个卡片 公开课展示 五秒钟', card('intro', '公开课展示', 5)],
  ['刚才的片头不要了', removeCard('intro')],
  ['导出来 分辨率720的 mp4 教育局要求文件小', exportAs('mp4', '720p')],

  // voice: 香港大埔 行山隊的退休阿伯 (繁體粵語)
  ['喂 幫我將段片剪到三分鐘 行山隊睇嘅', best(180)],
  ['行山嗰陣啲風聲好大 原本把聲熄咗佢，再配返首預設音樂', then(sourceVolume(0), music())],
  ['音樂用 hiking_song.mp3 啦 唔該', music('hiking_song.mp3')],
  ['之前嗰首音樂大聲少少', louder],
  ['第三段大帽山嗰度 搬去第一', moveMoment(3, 1)],
  ['加個標題：大埔行山隊 八仙嶺 喺最頂', text('大埔行山隊 八仙嶺', { position: 'top' })],
  ['點樣整先可以傳去 WhatsApp 群組？', nothing],
  ['段片開頭慢慢出返嚟 一秒', fade('clip', 1000)],
  ['出片 mp4 得嘞', exportAs('mp4')],

  // voice: 顺德乐从 家具城的伊朗采购商, Persian words
  ['Salam，我的 老板 要 看 家具 视频，四十 秒', best(40)],
  ['画面 两边 的 模糊 不要，裁 掉', fill('crop')],
  ['我 要 背景，用 我 的 照片 showroom.jpg', background('showroom.jpg')],
  ['加 文字：“Lecong Furniture Export” 在 下面，从 3 秒 到 9 秒', text('Lecong Furniture Export', { position: 'bottom', start_ms: 3000, end_ms: 9000 })],
  ['mamnoon，谢谢 朋友', nothing],
  ['每 个 部分 之间 的 转换，0.6 秒', crossfade(600)],
  ['音乐 不要 太 大，百分之二十 好了，内置 的', music('lofi', 0.2)],
  ['把 zoom 打开，自动 的', zoom('auto')],
  ['导出 两 个：mp4 1080p 和 mov 4k', then(exportAs('mp4', '1080p'), exportAs('mov', '4k'))],

  // voice: 鹰潭余江 眼镜店老板, types on a phone with pinyin slips
  ['师傅 帮我把视频剪成 四十秒的', best(40)],
  ['快手上要竖评的 黑编也行', aspect('9:16', 'letterbox')],
  ['家个标题 余江眼镜 厂家直销', text('余江眼镜 厂家直销')],
  ['背进音乐 用默认的 声音小点 百分之二十', music('lofi', 0.2)],
  ['第一段剪到 五秒 第二段剪到 五秒', then(trimTo(1, 5000), trimTo(2, 5000))],
  ['从十秒到十五秒那块 减掉', cut(10, 15)],
  ['咋收费的 这个软件', nothing],
  ['全部从新来 重新开始', startOver],
  ['到处mp4 要高清的 1080', exportAs('mp4', '1080p')],
];
