/**
 * Held-out 42 (written as fresh 42; measured blind in session 40, opened in session 41), Chinese: a blind phrasing set written by a helper on 2026-12-05, to measure the parser on words it was
 * never tuned on. No theme: what people new to the tool ask day to day, in roughly the shares they ask it (lengths /
 * highlights / teasers, shapes and platforms, music, texts, exports, dead air and idle stretches, moment edits and
 * cuts, fades / crossfades / zoom / backgrounds / cards, history / tracks / source sound, and lines that must change
 * nothing), written as a forum question, a help-thread post, a message to a friend who edits, or a first try of the
 * tool: mostly plain requests, some with a reason (用于非遗展厅循环播放, 展厅的屏幕是横着挂的, 那段拍到了别的客户的货, 那是我在擦汗,
 * 学校网站只认这个, 客人要自己调色, 我手机空间不够, 芦笙太吵, 那边有人挡住镜头), some very short (竖屏，发视频号。 / 第一段删了 / 上一步撤销。 /
 * 导出1080p，mov。 / 第三段唔要), some polite (您好, 麻烦, 请, 谢谢～), some in dialect (闽南腔 啦 / 厚 / 歹势, 河北话 俺们 / 中不, 河南话
 * 恁 / 中不中 / 得劲, 桂柳话 莫 / 就得, 云南话 整 / 得呢, 四川话 嘛 / 哈 / 巴适, 重庆话 噻 / 莫 / 要得 / 安逸, 晋语 甚 / 一圪截, 冀东 贼带劲), with
 * emoji (🐷🎵😂🤔), mixing English or other languages (buyer, lace front, demo, BGM, file; Singlish lah / leh / paiseh /
 * shiok / can?; Thai sawasdee / khob khun ka; Indonesian ya / bagus / terima kasih banyak; Spanish hola / listo /
 * gracias), a few voice-typed or in broken grammar (the 合江 voice, no punctuation at all; Boss say want 30 second video;
 * Make it 竖的 for TikTok can?; I send whatsapp). Four voices write traditional characters (南丫島, 九龍城, 苑裡, 恆春).
 * Every line was meant to have one reading a careful editor would carry out without asking.
 *
 * Read while writing: /work/briefs/writer42-zh.md (the brief, whole); bench/phrasings/ops.ts,
 * bench/phrasings/sameEdit.ts, src/protocol/editOps.ts, src/protocol/draft.ts (all whole); lines 1-20 of
 * /work/wt-writers/README.md (`sed -n 1,20p`: the product description and the backends table, not its "What you can
 * say" table); /work/briefs/issue13.md (whole); and /work/briefs/headers43.txt: one `grep -n '^=== '` piped through
 * `grep -F fresh41` (it printed only the two fresh41 lines and their line numbers, 772 and 1010), one `grep -c ''` (a
 * line count), two awk runs printing the line number of the next "=== " line after each (1246 and 1010, numbers only),
 * and the fresh41/zh.ts and fresh41/en.ts headers read whole with `sed -n` over exactly their line ranges (1010-1245,
 * 772-1009), for their form. The rest of headers43.txt only searched, on two private copies under /tmp/w42-zh (the
 * leading " * " of every line stripped and the lines joined with a space; and the same with all whitespace removed):
 * hit counts (Chinese spellings as substrings in both copies; pinyin / English spellings case- and accent-folded, as
 * whole words in the first copy and as substrings in the second) for about 520 candidate place spellings in six
 * batches (mainland counties, Hong Kong, Taiwan, Macau, Singapore, Malaysia, Indonesia and cities abroad; the first and
 * last two batches printed with their counts, the middle three printed only the names with no hit), then counts for
 * about 45 trade words and about 45 prefectures, provinces, regions and countries of the places kept; and short
 * context (about 30 characters before and 20 after, at most three or four hits a word) around the hits of 28 trade
 * words (剪纸, 柳编, wicker, 厨师, 温泉, 侗族, 大歌, 篮球, basketball, 豆腐, tofu, 观鸟, 牦牛, 荔枝, lychee, 土家, 腊肉, jujube, 治沙, 秧歌,
 * yangge, 假发, wig, 装修, 咸鱼, 超市, rush, citrus) and of 23 prefectures, regions and countries (上饶, 漳州, 张家口, 临沂, 新乡, 铜仁,
 * 黔东南, 桂林, 红河, 德宏, 雅安, 泸州, 晋中, 张掖, 秦皇岛, 菏泽, 苗栗, 屏东, 屏東, 吉打, Panama, 印尼, Ngawa), to choose the trades and to
 * say the near neighbours below.
 * Turned away by what the searches showed (a hit in Chinese or in pinyin / English), among others: 歙县, 醴陵, 浏阳, 潜江, 随州,
 * 东兴, 容县, 兴宁, 开平, 阳江, 永定, 自贡, 郫都, 建水, 元阳, 林芝, 漠河, 抚松, 东港, 白沟, 沭阳, 丹阳, 永康, 嵊州, 诸暨, 镇平, 安化, 理塘, 荣昌,
 * 镇远, 文昌, 琼海, 湄潭, 吴桥, 大埔, 西貢, 荃灣, 鴨脷洲, 屯門, 氹仔, 美濃, 鹿港, 池上, 三義, 路環, 勿洛, 裕廊, 淡滨尼, 新山, 古晋, 关丹, 适耕庄, 坤甸,
 * Rotterdam, Frankfurt, Madrid, Johannesburg, Barcelona, Lima, Dubai, Vientiane, Yangon, Phnom Penh and almost every
 * city abroad tried (of 56 cities abroad in one batch only 巴拿马城 / Panama City and 山口洋 / Singkawang had no hit).
 * Every voice place kept had no hit in headers43.txt in Chinese (simplified and traditional) or pinyin / English
 * spelling: 铅山 / 鉛山 / Yanshan, 东山 / 東山 / Dongshan (东山岛), 蔚县 / 蔚縣 / Yuxian, 临沭 / 臨沭 / Linshu, 长垣 / 長垣 /
 * Changyuan, 石阡 / Shiqian, 从江 / 從江 / Congjiang, 台江 / 臺江 / Taijiang (and 台盘 / Taipan), 恭城 / Gongcheng, 石屏 / Shiping,
 * 盈江 / Yingjiang, 石棉 / Shimian, 若尔盖 / 若爾蓋 / Zoige / Ruoergai, 合江 / Hejiang, 酉阳 / 酉陽 / Youyang, 城口 / Chengkou, 临县 /
 * 臨縣 / Linxian (and 碛口 / Qikou), 左权 / 左權 / Zuoquan, 古浪 / Gulang (and 八步沙 / Babusha), 肃南 / 肅南 / Sunan, 昌黎 /
 * Changli, 鄄城 / Juancheng, 南丫島 / 南丫岛 / Lamma (and 榕樹灣 / Yung Shue Wan), 九龍城 / 九龙城 / Kowloon City, 苑裡 / 苑里 /
 * Yuanli, 恆春 / 恒春 / Hengchun, 蔡厝港 / Choa Chu Kang, 亚罗士打 / 亞羅士打 / Alor Setar, 山口洋 / Singkawang, 巴拿马城 / Panama
 * City. Their prefectures, provinces, regions or countries may have hits (as counted over both copies, so a hit is
 * counted about twice): 上饶 6, 江西 10, 漳州 6, 福建 24, 张家口 6, 河北 18, 临沂 14, 山东 46, 新乡 6, 河南 75, 铜仁 4, 黔东南 4, 贵州 38,
 * 桂林 9, 广西 14, 红河 5, 德宏 2, 云南 36, 雅安 6, 阿坝 0 (Ngawa 4), 泸州 10, 四川 40, 重庆 54, 吕梁 0, 晋中 8, 山西 22, 武威 0, 张掖 6,
 * 甘肃 14, 秦皇岛 4, 菏泽 6, 香港 90, 苗栗 10, 屏東 / 屏东 8, 台灣 / 台湾 / Taiwan 98, 新加坡 106, 吉打 4, 马来西亚 57, 加里曼丹 0, 印尼 46,
 * 巴拿马 0 (Panama 8).
 * Not read: any other phrasing set or other file of bench/phrasings/ (no listing of it was made; the new folder was
 * made with `mkdir -p /work/wt-writers/bench/phrasings/fresh42` and only this file was checked with `test -e`), the
 * parser (src/engine), src/protocol/vocabulary.ts or any other src file, tsconfig.json, test/, scripts/, bench/*.ts,
 * out/, dist/, /work/*.txt, /work/main, any other worktree, headers42.txt and every other file under /work/briefs but
 * the three named above, the English set written beside this one; no git command was run; no sentence was run through
 * the parser, the CLI, the engine or the bench; no npm test. The lines were drafted in a private folder under
 * /tmp/w42-zh (as a python list of lines with their expected builder calls), turned into this file by a small script
 * and copied in.
 * Slips, said exactly: one. My first command, meant to print the brief, also ran `ls /work/briefs` (before I had read
 * the brief's rule not to list it), which printed the names of the 15 files there: g45-common.md, g45-everyday.md,
 * g45-h40en.md, g45-h40zh.md, g45-idle.md, g45-wrongs.md, headers42.txt, headers43.txt, issue13.md,
 * writer41-common.md, writer41-en.md, writer41-zh.md, writer42-common.md, writer42-en.md, writer42-zh.md; names only,
 * no sizes, and none of them but the three allowed was opened. Said for completeness: the short-context searches
 * printed bits of other headers (voices with their places, trades and dialect words, e.g. a 夹江 bamboo-paper workshop,
 * a 漳州 narcissus-bulb carver in 闽南腔, a 新乡 vocational-college CAD teacher in 河南话, a 秦皇岛北戴河 seafood stall in 冀东话, a
 * 屏東 primary-school teacher in 繁體 with 台語, a 苗栗 Hakka lei-cha shop, a 吉打双溪大年 driving school, Jakarta Glodok and
 * 棉兰 Indonesian-Chinese voices, a shipping agent in Colón, Panama, a 许昌 wig factory, a 关丹 salted-fish yard, a 盛港 HDB
 * renovation contractor, lists of turned-away places and of earlier trade words, and a few topic words of other sets'
 * must-change-nothing lines, e.g. 柚子几时熟, 杨梅寄快递, 咸鱼的味道拍出来), no phrasing line of any set; no line here was taken
 * from them. The brief's type-check compiles the whole project, so tsc read src/protocol (vocabulary included) and
 * whatever else tsconfig takes in, none of it shown; its output was filtered to lines naming this file.
 * Run on this file only: the type-check the brief asks for (it printed nothing; to be sure it reaches this folder, the
 * first best(60) was once changed in place to best('x'), the check reported that error at (210,58) of the file as it
 * then was, the file was copied in again unchanged at once and checked again, printing nothing; after this note was
 * added it was copied in and checked once more, printing nothing), and a small python script over this
 * file's own text (count of `say:` entries and of voice comments, repeats compared trimmed and lower-cased, `want:
 * nothing` lines) besides the python count of the draft (builder names counted per line, with sameEdit's folding of
 * ducking said right after its music) for operations per line and by kind. The built-in gradient and music names other
 * than aurora and lofi were not known, so no line names another built-in; text positions are top / center / bottom
 * (draft.ts), styles title / caption / lower-third.
 *
 * Voices (30; each place searched in headers43.txt first with no hit, then its trade, prefecture and country; four
 * write traditional characters):
 * 1. 江西上饶铅山 连四纸 handmade-paper workshop (书面, 请, 句号);
 * 2. 福建漳州东山岛 dried-squid shop (闽南腔普通话: 啦, 厚, 歹势, 嘛);
 * 3. 河北张家口蔚县 window-papercut studio (河北话: 俺们, 咋, 中不, 给弄);
 * 4. 山东临沂临沭 wicker-basket export factory salesman (plain, with reasons);
 * 5. 河南新乡长垣 cooking-school teacher (河南话: 中不中, 恁, 弄, 得劲);
 * 6. 贵州铜仁石阡 hot-spring hotel marketing (您好, 麻烦, polite);
 * 7. 贵州黔东南从江 Xiang-pig web shop, young seller (emoji, 冲, 呜呜);
 * 8. 贵州黔东南台江 village-basketball (村BA) media volunteer (terse, 拉满);
 * 9. 广西桂林恭城 oil-tea (油茶) shop (桂柳话: 莫, 哦, 就得, 搞);
 * 10. 云南红河石屏 grilled-tofu workshop (云南话: 整, 嘛, 得呢);
 * 11. 云南德宏盈江 hornbill photography guide (precise, full sentences);
 * 12. 四川雅安石棉 huangguo-tangerine orchard (四川话: 嘛, 哈, 巴适);
 * 13. 四川阿坝若尔盖 Tibetan restaurant, young Tibetan owner (short, plain, 扎西德勒);
 * 14. 四川泸州合江 lychee orchard, older grower (voice-typed, no punctuation);
 * 15. 重庆酉阳 Tujia hand-waving-dance (摆手舞) teacher (重庆话: 噻, 要得, 莫, 安逸);
 * 16. 重庆城口 village e-commerce service point clerk (plain);
 * 17. 山西吕梁临县 碛口 old-town inn (晋语: 甚, 圪截, 咋);
 * 18. 山西晋中左权 kaihuadiao folk singer (plain, older);
 * 19. 甘肃武威古浪 八步沙 desert-planting forest farm (brisk);
 * 20. 甘肃张掖肃南 Yugur grassland tourism (gentle, 请, ～);
 * 21. 河北秦皇岛昌黎 地秧歌 troupe (casual, 冀东: 老, 贼);
 * 22. 山东菏泽鄄城 hair-products (wig) exporter (中英夹杂: buyer, lace front, demo, sample);
 * 23. 香港南丫島 seafood restaurant by the pier (繁體粵語: 啲, 嘅, 喺, 咗, 得㗎喇);
 * 24. 香港九龍城 Thai grocery (繁體粵語 with Thai: sawasdee, khob khun ka);
 * 25. 台灣苗栗苑裡 藺草 (rush) hat weaving studio (台灣繁體: 喔, 耶, 影片, 直式);
 * 26. 台灣屏東恆春 yueqin (月琴) folk musician (台灣繁體, 台語: 歹勢, 足讚, 按怎);
 * 27. 新加坡蔡厝港 hawker stall, second generation (Singlish: lah, can, leh, paiseh, shiok, sia);
 * 28. 马来西亚吉打亚罗士打 kaya-bread bakery (大马华语: 咯, 啦, 酱, 几时);
 * 29. 印尼西加里曼丹山口洋 Cap Go Meh parade committee (印尼华语: ya, sudah, bagus, terima kasih);
 * 30. 巴拿马巴拿马城 Chinese supermarket (中西夹杂: hola, listo, gracias).
 * Near neighbours said plainly (every voice place is new; these trades, prefectures, regions or countries had hits
 * with other places): a 夹江 bamboo-paper workshop (四川) near 铅山's 连四纸, and a 上饶广丰 pomelo orchard in the same
 * prefecture; a 漳州 narcissus-bulb carver writing 闽南腔普通话 (啦, 厚) near 东山岛; a papercut artist with no place and
 * 张家口 voices (a wind farm, an EV-charging operator) near 蔚县; a 博兴 wicker weaver (滨州, 山东话) and 临沂 voices (a logistics
 * park, a 兰陵 garlic buyer) near 临沭; a 新乡 vocational-college CAD teacher in 河南话 (中, 恁) and chefs with no place near
 * 长垣; a 铜仁 matcha seller, a 咸宁 hot-spring hotel and a 鹿儿岛 hot-spring inn near 石阡; a 黎平 Kam grand-choir song master and a
 * 黔东南镇远 inn near 从江 and 台江; a street-ball blogger and a Kaunas basketball coach near 台江's village basketball; a 漓江
 * bamboo-raft boatman in 桂林话 (莫) near 恭城; a 株洲攸县 dried-tofu workshop, a market tofu stall and a 红河弥勒 winery near
 * 石屏; a 鄱阳湖 bird guide and 德宏 lemons near 盈江; 雅安 voices (a homestay-booking app) near 石棉; 理塘 and 青海 yak voices
 * near 若尔盖 (this voice's trade is a restaurant, its caption names yak meat); a 茂名 lychee farmer and a 泸州分水 oil-paper
 * umbrella maker near 合江; a 石柱 water-shield grower (土家族) and an 恩施 Tujia cured-pork maker near 酉阳; 重庆 voices near
 * 城口; a 沧州 jujube grower and 晋中 voices (介休 Mianshan, vinegar) near 临县 and 左权; a 榆林 desert-planting charity near 古浪; a
 * 张掖七彩丹霞 shuttle-bus driver near 肃南; a 秦皇岛北戴河 seafood stall in 冀东话 and yangge troupes (胶州, 东北) near 昌黎; a 许昌
 * wig factory and a 菏泽 dough-figurine artist near 鄄城; Hong Kong voices (many districts, seafood) near 南丫島 and 九龍城;
 * Thai voices near the Thai grocery; a 苗栗 Hakka lei-cha shop near 苑裡; a 屏東 primary-school teacher (繁體, 台語 歹勢) and a
 * 屏东 betel-nut stand near 恆春; Singapore voices (盛港 renovation contractor, hawkers) near 蔡厝港; a 吉打双溪大年 driving
 * school and other Malaysian voices near 亚罗士打; Jakarta Glodok and 棉兰 Indonesian-Chinese voices (印尼华语: sudah, ya)
 * near 山口洋; a shipping agent in Colón, Panama, a Madrid Chinese supermarket owner (hola, vale) and a Lima Chifa cook
 * (listo) near the Panama City supermarket.
 *
 * Counts: 270 lines (30 voices, 9 lines each), none repeated within this file (compared trimmed and lower-cased),
 * drafted in one pass, then rebalanced to the brief's shares: six shape lines given a length beside them (抖音版 20秒,
 * 视频号 30秒, 抖音 20秒, 限時動態 15秒, 店里电视 一分钟 16:9) and one export line given a shape (整成竖的); four text lines given an
 * export; four length lines given a text (the title reworded three times, a caption once); four moment speeds became an
 * intro card, a clip fade, a background and a crossfade; three music lines became an idle speed-up, dead air and a
 * chosen upload, and one music removal became chatter; five single lines took a second request (a shape with a clip
 * fade, a shape with an outro card, an intro card before an export, an export with a track listing, an idle speed-up
 * before an export).
 * 30 lines (11.1 %) must change nothing: 15 questions about the product or an edit it has no operation for (纸张纹理调白,
 * 自动翻译成英文配音, 画面里的水汽去掉, 直接挂购物车, 自动上传到美团, 软件要钱不, 上门教, 导出会不会失败, 唱的词自动打成字幕, 画面划痕能修吗, 裕固语字幕,
 * 横竖两个版本一起出, 马来文字幕, 西班牙语界面, 设计窗花图样), 2 negations or changes of mind (标题就不改了，保持现在这样就好; 甚也不用改了，就这样),
 * 10 chatter or complaints with no request (今天风好大, 老得劲了, 观众太热情了, 今年果子结得巴适得很, 要得 这个效果安逸, Sample 寄到了, 今日风浪大,
 * 阿嬤說…很年輕耶, Wah the wok hei damn shiok sia, 俺闺女说这个视频老好看了), 3 thanks (扎西德勒，谢谢你; Khob khun ka，好靚; Bagus!
 * Terima kasih banyak). Thanks said beside a request (谢谢, gracias, listo) are that request.
 * Lines of several operations (after sameEdit's folding): 30 (11.1 %), every one of them two requests said; 1 more
 * line carries music with its ducking said after it (spa_bamboo.mp3 … 说话的时候不要压低), folded by sameEdit into one
 * operation: 31 lines with two requests said. The 30: a length and a shape 10 (30秒 竖屏 抖音, 抖音版 20秒 竖屏, 30秒 竖屏
 * twice (石棉, 视频号), 20秒的竖屏 抖音, 一分钟 竖屏, 50秒 快手, 45秒 直度 IG Reels, 15秒 直式 限時動態, 一分钟的横屏16:9),
 * a length and the title reworded 3, a length and a caption 1, a new text and an export 3 (two lower thirds, a caption), the title reworded and an export 1, two exports 3 (mp4 1080p + mp4 720p, mp4 + gif, mp4 1080p + gif), an
 * export and the tracks 3, a shape and an export 1, idle speed-up and an export 1, an intro card and an export 1, a
 * shape and a clip fade 1, a shape and an outro card 1, the source muted and lofi added 1.
 * Builders used (operations after folding, 270 in all, in 240 lines): best 34, deadAir 3, idle 7 (4 three times, 3, 5,
 * 6, 8), keepAll 1, only 3 (weaving_day2.mp4, lace_closeup.mp4, second), aspect 30 (9:16 15 with blur 1 and letterbox
 * 1, 16:9 8, 1:1 4, 4:5 3 with blur 1 and crop 1), text 29 (titles 10: top 5, center 2, at the start for 4 s and for
 * 3 s, untimed 1; captions 14: bottom 5, top 1, center 1, untimed 1, timed 6 (5-10 s, 2-6 s, 3-8 s, 4-9 s, 0-3 s, bottom
 * 1-5 s); lower thirds 5), editText 10 (words 8, place 2: bottom, center), removeText 1, music 17 (lofi 7: unsaid 35 %
 * 3, 25 %, 40 %, 30 %, 20 %; uploaded files 10: zhuxi_guqin.mp3 20 %, spa_bamboo.mp3 30 % not ducked, forest_dawn.mp3
 * 15 %, dranyen_song.mp3 unsaid, yugur_song.mp3 25 %, thai_market.mp3 unsaid, rush_weave.mp3 40 %, kopi_morning.mp3 20 %,
 * tatung_drum.mp3 50 %, cumbia_fiesta.mp3 45 %), musicVolume 1 (20 %), quieter 1, louder 2, ducking 2 alone (off, on)
 * and 1 folded into its music, noMusic 3, sourceVolume 9 (0 four times, 0.3, 0.5, 1.2, 1.3, 1.5), fade 9 (clip 8: in and
 * out 2 s, in and out 1 s twice, in 2 s, in 1 s, out 1 s, out 3 s, in 1 s and out 2 s; music out 2 s), crossfade 3
 * (0.5 s, 1 s, 0.3 s), removeMoment 6, moveMoment 8 (3 to 1 three times, 1 and 2 swapped twice, 2 and 3 swapped twice,
 * 3 to 2), trimBy 4 (3 s twice, 2 s, 4 s), trimTo 5 (10 s twice, 8 s, 12 s, 6 s), cut 3 (0:40-0:46, 1:10-1:18,
 * 0:50-0:55), speed 9 (whole clip 0.8, 1.5, 1.25; one moment 0.5 twice, 2, 0.75 twice, 0.8), undo 7, redo 2, startOver 1,
 * tracks 4 (1 alone, 3 after an export), exportAs 36 in 33 lines (mp4 unsaid resolution 10, mp4 1080p 7, mp4 720p 6,
 * mp4 4k 2, mov 1080p 3, mov 4k 1, webm 1, webm 1080p 1, webm 720p 1, gif 3, gif 720p 1; no resolution set without an
 * export), zoom 4 (auto, less, off, more), zoomAt 3 (0:32 4 s, 0:15 3 s, 0:20 3 s), background 2 (aurora), card 11
 * (intro 5, outro 6; 2 s 7, 3 s 4), nothing 30. By the brief's shares (a line with two requests counted under each):
 * lengths 34, shapes 30, music 27, texts 40, exports and resolutions 33, idle / dead air / keep everything / uploads 14,
 * moment edits, cuts and whole-clip speeds 35, fades / crossfades / zoom / backgrounds / cards 31, history / tracks /
 * source sound 23, must change nothing 30.
 * Defaults of ops.ts that decided expectations: every best-moments line names a length; music with no level (加个lofi🎵,
 * 就用那个lofi, 加lofi。, dranyen_song.mp3, thai_market.mp3) is at 35 % ducked, a level said replacing the 35 %; an
 * uploaded file named is the track; a card's length is said in every card line; clip fades with no length (开头淡入一下,
 * 结尾淡出一下, 開頭同結尾淡入淡出, 加上淡入淡出) 1 s; idle speed-up with no factor (快进一下) 4x; a text with no length keeps newText's
 * default; "aurora" is the default aurora; an export with no format (然后导出, 导个720p的, 导出来, 好了，导出吧, 弄好就导出, then export
 * for me, Export 720p mp4 names mp4) is mp4, and with no resolution said has none.
 * Decided readings. Texts: 标题 / 標題 is the draft's one when changed (改成, 改为, 换成, 改做, 挪到底下去, 拿到畫面中間) or removed (不要了删掉);
 * 再加一个标题 / 再加个标题 / 再添加一个标题 / 加多個標題 / 再加一個標題 a new title beside it (the brief's draft already has one, so a
 * plain 加个标题 was never written); 字幕 / caption a caption; 人名条 / lower third a lower third, its words after the colon or
 * inside 「」 ("Name，role" kept as typed); words inside 「」 or “” or after a colon up to the next comma are the text,
 * exactly (the voice-typed 合江 line: the words before the space); 上方 / 顶部 / 顶上 / 最頂 / 上面 / top top, 下面 / 底部 / 底下 /
 * bottom bottom, 中间 / 画面中间 / 畫面中間 center; 开头显示四秒 / 前三秒出現 / 开头三秒 at the start for that long; 从第a秒到第b秒 / 喺第a秒到第b秒
 * that span. Cards: 片头卡 / intro card intro, 片尾卡 / 片尾…卡片 / 片尾加一张卡 outro. Music: 音量 N% / 百分之 N the level; 细声啲
 * or 不用太大声 with a level said are that level; 小声点 quieter, 再大声一点点 / louder a bit louder; 说话的时候不要压低 / 莫要压低 ducking off,
 * 说话的时候音乐自动压低 on; 调到百分之二十 on the draft's music the level alone; 背景音乐莫要了 / 不要了 / 音樂關掉 removed; 结尾淡出两秒 of
 * 音乐 a music fade. Sound: 原声 / 原來的声音 / 原音 / 原录像的声音 the footage's own sound (关掉 / 关闭 / 熄咗 0, 百分之五十 / 三十 0.5 / 0.3,
 * 百分之一百二 / 一百三 / 一百五 1.2 / 1.3 / 1.5). Moments: 第一段 1, 第二段 / (第二段) 2, 第三段 3; 最前面 / 第一个 / 第一 place 1, 第二个 place
 * 2, 第三的位置 place 3; 换一下位置 / 换个位置 / 對調 of neighbours a swap; 剪短 / trim 掉 N 秒 trim by N, 剪到 N 秒 trim to N. Speed: 整个视频
 * the whole clip, 第N段 … 倍 that moment. Shapes: 竖屏 / 竖的 / 直式 / 直度 / 抖音 / 快手 / Reels / 限時動態 9:16 (视频号 only with 竖 said),
 * 横屏 / 横式 / 16:9 16:9, 方形 / 正方形 / 方的 / square / 1:1 1:1 (朋友圈, Facebook, Instagram with it said), 4:5 said in every 4:5
 * line; 两边用模糊 / 两边模糊的 blur, 两边用黑边 letterbox, 裁切铺满 crop. Idle: 没人动也没声音 / 画面静止没人说话 / 画面不动也没声音 / 没有动作也没有声音
 * sped up (idle) when 快进 / 快转 / 加速 is said, cut (dead air) when 删掉 / 剪掉 is said; 素材全部原样保留 keeps everything; 只用 X / 只用第二个文件
 * that upload. Zoom: 自动放大 auto, 放大少一点 less, zoom in more more, 自动放大关了 off; 在 t 放大 … 停 / 保持 N 秒 a zoom at t held N s.
 * History: 撤销 / 撤回去 / undo one undo; 撤销错了，恢复回来 and 復原的那一步再重做回來 redo (in Taiwan 復原 is undo, so that line says 重做);
 * 重新来，全部清空 start over; 轨道 … 看看 / 列一下 tracks. Exports: 导出 / 匯出 / 导个 / 出條 / export the export; 1080 / 1080的 1080p;
 * two exports said in one line in that order; an export said after an edit (然后导出, 弄好就导出, 再导出, 然后导个) stands after it.
 * Times: 0:40 40 s, 1:10 70 s, 一分半 90 s, 两分半 150 s, 3分钟 180 s, 半秒 0.5 s.
 *
 * Read against a draft of 3 moments and 1 text (a title), with music where a line speaks of the music.
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * The lead dropped 3 lines shared (letter case aside) with an earlier set, by a script that printed counts only: 267
 * left.
 * Measured blind on d994edf (session 40, the grammar at the session's start): 253/267 = 94.8 % (1 wrong edit, 8
 * unread, 2 asked first, 3 right edits with words left unread).
 * Opened in session 41, while fresh 43 was written by helpers who saw nothing of it.
 */
import { aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, idle, keepAll, louder, moveMoment, music, musicVolume, noMusic, nothing, only, redo, removeMoment, removeText, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt } from '../ops';
import type { Phrasing } from '../ops';

export const heldout42Zh: [string, Phrasing['want']][] = [
  // voice 1: 江西上饶铅山 连四纸 handmade-paper workshop (书面, 请, 句号)
  ['请将这段抄纸过程的录像剪成一分钟左右的短片，用于非遗展厅循环播放。', best(60)],
  ['请把画面改为横屏16:9，展厅的屏幕是横着挂的。', aspect('16:9')],
  ['请再添加一个标题「铅山连四纸·千年竹纸」，显示在画面上方。', text('铅山连四纸·千年竹纸', { position: 'top' })],
  ['第二段捞纸的镜头请放慢到0.5倍，便于观众看清手法。', speed(0.5, 2)],
  ['背景音乐请使用上传的 zhuxi_guqin.mp3，音量百分之二十。', music('zhuxi_guqin.mp3', 0.2)],
  ['请在结尾加一张片尾卡，写“欢迎来铅山看造纸”，停留三秒。', card('outro', '欢迎来铅山看造纸', 3)],
  ['请导出一个MOV格式、1080p的文件，交给展厅的技术人员。', exportAs('mov', '1080p')],
  ['请问可以把纸张的纹理自动调得更白一些吗？', nothing],
  ['请将原录像的声音完全关闭，只保留音乐。', sourceVolume(0)],
  // voice 2: 福建漳州东山岛 dried-squid shop (闽南腔普通话: 啦, 厚, 歹势, 嘛)
  ['帮我剪个30秒的啦，要竖屏，发抖音卖鱿鱼干', then(best(30), aspect('9:16'))],
  ['歹势厚，刚才那步撤销一下', undo],
  ['加一句字幕「东山岛现晒鱿鱼 一斤包邮」放下面嘛', text('东山岛现晒鱿鱼 一斤包邮', { style: 'caption', position: 'bottom' })],
  ['第三段晒鱼的放到最前面啦', moveMoment(3, 1)],
  ['没有人讲话又不动的那些地方删掉啦，好浪费时间', deadAir],
  ['音乐加那个lofi就好，不要太大声，百分之二十五', music('lofi', 0.25)],
  ['标题改成「阿美鱿鱼干 海边直发」，然后导出', then(editText({ text: '阿美鱿鱼干 海边直发' }), exportAs('mp4'))],
  ['今天风好大，鱼都晒不成了', nothing],
  ['导出来mp4啦，720p就好，我手机空间不够', exportAs('mp4', '720p')],
  // voice 3: 河北张家口蔚县 window-papercut studio (河北话: 俺们, 咋, 中不, 给弄)
  ['俺们剪窗花这段，给弄成四十五秒的中不？', best(45)],
  ['要方形的，1:1，俺发朋友圈', aspect('1:1')],
  ['加个人名条：高凤英，蔚县剪纸艺人', text('高凤英，蔚县剪纸艺人', { style: 'lower-third' })],
  ['第一段太长了，给剪到十秒', trimTo(1, 10000)],
  ['画面自动放大，跟着剪刀走，中不', zoom('auto')],
  ['俺闺女说这个视频老好看了', nothing],
  ['导个gif，俺要发给闺女', exportAs('gif')],
  ['你们这能帮俺设计窗花图样不？', nothing],
  ['整个视频都放慢点，0.8倍', speed(0.8)],
  // voice 4: 山东临沂临沭 wicker-basket export factory salesman (plain, with reasons)
  ['客户要看编织的全过程，素材全部原样保留，一段都别剪。', keepAll],
  ['只用 weaving_day2.mp4 这个文件，第一天拍的光线不好。', only('weaving_day2.mp4')],
  ['开头加一个片头卡：临沭柳编 手工编织，显示两秒。', card('intro', '临沭柳编 手工编织', 2)],
  ['转成横屏16:9，要放在公司官网首页', aspect('16:9')],
  ['没人动也没声音的地方快进一下，4倍就行，不然太拖了', idle(4)],
  ['加字幕“每个篮子由一位师傅独立完成”，从第5秒到第10秒。', text('每个篮子由一位师傅独立完成', { style: 'caption', start_ms: 5000, end_ms: 10000 })],
  ['导出4K的mp4，展会要用大屏放。', exportAs('mp4', '4k')],
  ['这个软件能自动翻译成英文配音吗？', nothing],
  ['把第二段删掉吧，那段拍到了别的客户的货。', removeMoment(2)],
  // voice 5: 河南新乡长垣 cooking-school teacher (河南话: 中不中, 恁, 弄, 得劲)
  ['学生颠勺那几段，弄个一分半的集锦，中不中', best(90)],
  ['弄成竖屏，发快手上招生', aspect('9:16')],
  ['再加个标题「长垣厨师 技压群雄」，搁中间', text('长垣厨师 技压群雄', { position: 'center' })],
  ['开头加个片头卡：长垣厨师学校 招生啦，两秒', card('intro', '长垣厨师学校 招生啦', 2)],
  ['配乐弄个lofi，音量百分之四十', music('lofi', 0.4)],
  ['恁给我看看现在都有哪些轨道', tracks],
  ['刚刚那一下撤回去', undo],
  ['老得劲了，学生们都说中', nothing],
  ['从0:40到0:46那段切掉，那是我在擦汗', cut(40, 46)],
  // voice 6: 贵州铜仁石阡 hot-spring hotel marketing (您好, 麻烦, polite)
  ['您好，麻烦把这些素材剪成20秒的预告，用在公众号推文里。', best(20)],
  ['麻烦整体做成4:5，放小红书笔记里', aspect('4:5')],
  ['您好，背景音乐想用 spa_bamboo.mp3，音量百分之三十，说话的时候不要压低。', then(music('spa_bamboo.mp3', 0.3), ducking(false))],
  ['麻烦把标题换成「石阡温泉 冬日限定」', editText({ text: '石阡温泉 冬日限定' })],
  ['开头淡入、结尾淡出，各两秒，麻烦了', fade('clip', 2000, 2000)],
  ['麻烦在画面底部加个字幕：预订电话见主页', text('预订电话见主页', { style: 'caption', position: 'bottom' })],
  ['您好，先导出1080p的mp4，再导一个720p的mp4，谢谢', then(exportAs('mp4', '1080p'), exportAs('mp4', '720p'))],
  ['请问可以把画面里的水汽去掉吗？', nothing],
  ['第一段和第二段换一下位置，麻烦', moveMoment(1, 2)],
  // voice 7: 贵州黔东南从江 Xiang-pig web shop, young seller (emoji, 冲, 呜呜)
  ['剪个15秒的小预告 猪猪们跑起来那种🐷', best(15)],
  ['抖音版！20秒 竖屏 冲', then(best(20), aspect('9:16'))],
  ['加个lofi🎵', music('lofi')],
  ['字幕：从江小香猪 山里散养 放在顶部！', text('从江小香猪 山里散养', { style: 'caption', position: 'top' })],
  ['第三段猪抢食那个加速两倍😂', speed(2, 3)],
  ['音乐再大声一点点', louder],
  ['呜呜点错了 撤销一下', undo],
  ['这个能直接挂购物车吗🤔', nothing],
  ['导出mp4 然后给我看看轨道', then(exportAs('mp4'), tracks)],
  // voice 8: 贵州黔东南台江 village-basketball (村BA) media volunteer (terse, 拉满)
  ['今晚决赛集锦，两分钟，标题改成「台盘村BA 决赛之夜」。', then(best(120), editText({ text: '台盘村BA 决赛之夜' }))],
  ['横屏16:9，发B站。', aspect('16:9')],
  ['片头卡「台盘村BA 总决赛」，3秒。', card('intro', '台盘村BA 总决赛', 3)],
  ['扣篮那段（第二段）放慢到0.5倍，慢动作拉满', speed(0.5, 2)],
  ['芦笙太吵，原声调到百分之五十', sourceVolume(0.5)],
  ['在0:32放大，停4秒，看清那个绝杀', zoomAt(32, 4)],
  ['导出1080p mp4，一小时后发。', exportAs('mp4', '1080p')],
  ['暂停时画面不动也没声音的地方，快进6倍', idle(6)],
  ['观众太热情了，现场炸了', nothing],
  // voice 9: 广西桂林恭城 oil-tea (油茶) shop (桂柳话: 莫, 哦, 就得, 搞)
  ['打油茶的视频剪成40秒哦', best(40)],
  ['搞成竖屏，两边用模糊填起', aspect('9:16', 'blur')],
  ['再加个标题：恭城油茶 一喝就上瘾', text('恭城油茶 一喝就上瘾')],
  ['第一段剪短三秒，太拖了', trimBy(1, 3000)],
  ['背景音乐莫要了', noMusic],
  ['加一下叠化，半秒就得', crossfade(500)],
  ['导出来发视频号，mp4就得', exportAs('mp4')],
  ['我们油茶店有没有办法让视频自动上传到美团？', nothing],
  ['原来的声音小一点，百分之三十', sourceVolume(0.3)],
  // voice 10: 云南红河石屏 grilled-tofu workshop (云南话: 整, 嘛, 得呢)
  ['烤豆腐的视频整成一分钟嘛', best(60)],
  ['整个方的，1:1', aspect('1:1')],
  ['标题挪到底下去', editText({ position: 'bottom' })],
  ['加个字幕「石屏包浆豆腐 外酥里嫩」，从第2秒到第6秒', text('石屏包浆豆腐 外酥里嫩', { style: 'caption', start_ms: 2000, end_ms: 6000 })],
  ['第三段删掉嘛，那段拍糊了', removeMoment(3)],
  ['结尾淡出一下', fade('clip', undefined, 1000)],
  ['整成竖的，再导出720p的mp4得呢', then(aspect('9:16'), exportAs('mp4', '720p'))],
  ['你们这个软件要钱不？', nothing],
  // voice 11: 云南德宏盈江 hornbill photography guide (precise, full sentences)
  ['把拍到的犀鸟喂食片段剪成50秒，给摄影团的客人做回顾。', best(50)],
  ['在0:15放大，保持3秒，能看清楚雏鸟。', zoomAt(15, 3)],
  ['加一个人名条：岩温，盈江观鸟向导。然后导出1080p的mp4。', then(text('岩温，盈江观鸟向导', { style: 'lower-third' }), exportAs('mp4', '1080p'))],
  ['第二段移到第三的位置。', moveMoment(2, 3)],
  ['背景音乐用上传的 forest_dawn.mp3，音量百分之十五。', music('forest_dawn.mp3', 0.15)],
  ['导出4K的MOV，客人要自己调色。', exportAs('mov', '4k')],
  ['等鸟出现的那些长时间静止、没有声音的段落，全部剪掉。', deadAir],
  ['改成4:5，裁切铺满，不要黑边。', aspect('4:5', 'crop')],
  ['标题就不改了，保持现在这样就好。', nothing],
  // voice 12: 四川雅安石棉 huangguo-tangerine orchard (四川话: 嘛, 哈, 巴适)
  ['帮我把摘果子的剪成30秒的短视频嘛，竖屏哈', then(best(30), aspect('9:16'))],
  ['标题改成「石棉黄果柑 酸甜巴适」', editText({ text: '石棉黄果柑 酸甜巴适' })],
  ['没人动又没声音的地方快进一下', idle(4)],
  ['第二段剪到8秒哈', trimTo(2, 8000)],
  ['放大少一点，要看到果园全景', zoom('less')],
  ['重新来，全部清空', startOver],
  ['导出mp4，要1080的', exportAs('mp4', '1080p')],
  ['今年果子结得巴适得很', nothing],
  ['加个片尾卡「石棉县 黄果柑之乡」，两秒', card('outro', '石棉县 黄果柑之乡', 2)],
  // voice 13: 四川阿坝若尔盖 Tibetan restaurant, young Tibetan owner (short, plain, 扎西德勒)
  ['店里的视频，剪一分钟。', best(60)],
  ['剪30秒，竖屏，发视频号。', then(best(30), aspect('9:16'))],
  ['加字幕：若尔盖牧场直供牦牛肉', text('若尔盖牧场直供牦牛肉', { style: 'caption' })],
  ['第一段删了', removeMoment(1)],
  ['音乐用 dranyen_song.mp3', music('dranyen_song.mp3')],
  ['好了，导出吧，导完把轨道列一下', then(exportAs('mp4'), tracks)],
  ['扎西德勒，谢谢你', nothing],
  ['整个视频快一点，1.5倍', speed(1.5)],
  ['撤销上一个', undo],
  // voice 14: 四川泸州合江 lychee orchard, older grower (voice-typed, no punctuation)
  ['帮我把摘荔枝的视频剪成一分半钟左右', best(90)],
  ['字幕打上合江带绿荔枝五月上市 放在下面', text('合江带绿荔枝五月上市', { style: 'caption', position: 'bottom' })],
  ['声音太吵了把原来的声音关掉', sourceVolume(0)],
  ['加个背景音乐就用那个lofi', music('lofi')],
  ['第二段和第三段换个位置', moveMoment(2, 3)],
  ['那个标题不要了删掉', removeText()],
  ['没人动没声音的地方快进一下再导出来 我要发给我儿子', then(idle(4), exportAs('mp4'))],
  ['我不会弄这些你们能不能上门教', nothing],
  ['开头淡入一下', fade('clip', 1000)],
  // voice 15: 重庆酉阳 Tujia hand-waving-dance (摆手舞) teacher (重庆话: 噻, 要得, 莫, 安逸)
  ['摆手舞比赛的视频剪个3分钟的噻', best(180)],
  ['横屏16:9 学校大屏幕要放', aspect('16:9')],
  ['再加个标题「酉阳摆手舞 土家人的节日」 放顶上', text('酉阳摆手舞 土家人的节日', { position: 'top' })],
  ['背景音乐莫要压低 说话的时候也一样大', ducking(false)],
  ['第三段移到第一个', moveMoment(3, 1)],
  ['开头淡入两秒', fade('clip', 2000)],
  ['导出1080p的webm 学校网站只认这个', exportAs('webm', '1080p')],
  ['要得 这个效果安逸', nothing],
  ['加个人名条「冉老师，摆手舞教练」', text('冉老师，摆手舞教练', { style: 'lower-third' })],
  // voice 16: 重庆城口 village e-commerce service point clerk (plain)
  ['帮我做一个45秒的介绍视频，讲我们站点怎么收山货', best(45)],
  ['改成20秒的竖屏，发抖音', then(best(20), aspect('9:16'))],
  ['没人说话画面也不动的地方直接删掉', deadAir],
  ['字幕“城口山货 电商服务站代发”放在中间', text('城口山货 电商服务站代发', { style: 'caption', position: 'center' })],
  ['导出一个mp4和一个gif', then(exportAs('mp4'), exportAs('gif'))],
  ['第一段快了，放成0.75倍', speed(0.75, 1)],
  ['我们这网络差，导出会不会失败啊', nothing],
  ['画面静止没人说话的地方，加速到8倍', idle(8)],
  ['背景换成aurora渐变', background('aurora')],
  // voice 17: 山西吕梁临县 碛口 old-town inn (晋语: 甚, 圪截, 咋)
  ['把客栈的视频弄成一分钟的，再弄成竖屏', then(best(60), aspect('9:16'))],
  ['再加个标题「碛口古镇 黄河边的客栈」，开头显示四秒', text('碛口古镇 黄河边的客栈', { start_ms: 0, end_ms: 4000 })],
  ['第二段太长，剪短两秒', trimBy(2, 2000)],
  ['音乐咋这么大，调到百分之二十', musicVolume(0.2)],
  ['做个片尾卡：碛口客栈 欢迎住宿，停三秒', card('outro', '碛口客栈 欢迎住宿', 3)],
  ['开头加个两秒的片头卡：碛口客栈，然后导个720p的', then(card('intro', '碛口客栈', 2), exportAs('mp4', '720p'))],
  ['甚也不用改了，就这样', nothing],
  ['从1:10到1:18那一圪截剪掉', cut(70, 78)],
  // voice 18: 山西晋中左权 kaihuadiao folk singer (plain, older)
  ['我唱开花调的视频，剪成两分钟左右', best(120)],
  ['背景音乐不要了，我唱的就是音乐', noMusic],
  ['原声大一点，百分之一百二', sourceVolume(1.2)],
  ['加个人名条「张桂兰，左权开花调歌手」，弄好就导出', then(text('张桂兰，左权开花调歌手', { style: 'lower-third' }), exportAs('mp4'))],
  ['第二段唱得不好，删了吧', removeMoment(2)],
  ['结尾慢慢淡出，三秒', fade('clip', undefined, 3000)],
  ['导出mp4，给县文化馆', exportAs('mp4')],
  ['这软件能帮我把唱的词自动打成字幕不？', nothing],
  ['画面换成横屏', aspect('16:9')],
  // voice 19: 甘肃武威古浪 八步沙 desert-planting forest farm (brisk)
  ['压草方格的视频，剪30秒。', best(30)],
  ['横屏，16:9，加上淡入淡出，汇报用。', then(aspect('16:9'), fade('clip', 1000, 1000))],
  ['标题改为「八步沙 三代人治沙」。', editText({ text: '八步沙 三代人治沙' })],
  ['风声太大，原声关掉，加lofi。', then(sourceVolume(0), music('lofi'))],
  ['第一段剪到12秒。', trimTo(1, 12000)],
  ['在0:20放大，停3秒。', zoomAt(20, 3)],
  ['导出1080p，mov。', exportAs('mov', '1080p')],
  ['上一步撤销。', undo],
  ['沙子进相机了，画面有划痕，能修吗？', nothing],
  // voice 20: 甘肃张掖肃南 Yugur grassland tourism (gentle, 请, ～)
  ['请把草原上的素材剪成一分钟的短片，开头三秒加字幕「欢迎来到肃南」，谢谢～', then(best(60), text('欢迎来到肃南', { style: 'caption', start_ms: 0, end_ms: 3000 }))],
  ['请改成竖屏9:16，两边用黑边', aspect('9:16', 'letterbox')],
  ['请再加一个标题「裕固家园 肃南草原」，放在画面中间', text('裕固家园 肃南草原', { position: 'center' })],
  ['背景音乐请用 yugur_song.mp3，音量百分之二十五', music('yugur_song.mp3', 0.25)],
  ['请让音乐在结尾淡出两秒', fade('music', undefined, 2000)],
  ['第三段请放慢到0.75倍', speed(0.75, 3)],
  ['请导出一个webm～', exportAs('webm')],
  ['请问能不能自动生成裕固语的字幕？', nothing],
  ['叠化请设成一秒', crossfade(1000)],
  // voice 21: 河北秦皇岛昌黎 地秧歌 troupe (casual, 冀东: 老, 贼)
  ['秧歌队过年演出的视频，剪个50秒的，发快手', then(best(50), aspect('9:16'))],
  ['加个字幕「昌黎地秧歌 扭起来」，从第3秒到第8秒', text('昌黎地秧歌 扭起来', { style: 'caption', start_ms: 3000, end_ms: 8000 })],
  ['只用第二个文件，第一个拍歪了', only('second')],
  ['第三段挪到第二个', moveMoment(3, 2)],
  ['导出1080p的mp4，再导一个gif', then(exportAs('mp4', '1080p'), exportAs('gif'))],
  ['这个能横的竖的两个版本一起出吗', nothing],
  ['原声大点儿，百分之一百五，锣鼓贼带劲', sourceVolume(1.5)],
  ['自动放大关了', zoom('off')],
  // voice 22: 山东菏泽鄄城 hair-products (wig) exporter (中英夹杂: buyer, lace front, demo, sample)
  ['Buyer 要看 lace front 的做法，剪个90秒的 demo，标题改成「Lace Front Wig Demo」', then(best(90), editText({ text: 'Lace Front Wig Demo' }))],
  ['做成 square，1:1，放 Instagram', aspect('1:1')],
  ['加个 lower third：Lily Zhang, Sales Manager', text('Lily Zhang, Sales Manager', { style: 'lower-third' })],
  ['只用 lace_closeup.mp4 这个 file', only('lace_closeup.mp4')],
  ['BGM 用 lofi，volume 百分之三十', music('lofi', 0.3)],
  ['Export 一个 4K 的 MP4，客户要看细节', exportAs('mp4', '4k')],
  ['第二段 trim 掉3秒', trimBy(2, 3000)],
  ['Sample 寄到了，client 说 OK', nothing],
  ['开头加个 intro card：Juancheng Hair Products，两秒', card('intro', 'Juancheng Hair Products', 2)],
  // voice 23: 香港南丫島 seafood restaurant by the pier (繁體粵語: 啲, 嘅, 喺, 咗, 得㗎喇)
  ['幫我將啲片剪成45秒，要直度，拎去IG Reels', then(best(45), aspect('9:16'))],
  ['加多個標題「南丫島 榕樹灣海鮮」，放喺最頂', text('南丫島 榕樹灣海鮮', { position: 'top' })],
  ['背景音樂用lofi，細聲啲，百分之二十', music('lofi', 0.2)],
  ['第三段唔要', removeMoment(3)],
  ['開頭同結尾淡入淡出', fade('clip', 1000, 1000)],
  ['匯出mp4，720p得㗎喇', exportAs('mp4', '720p')],
  ['今日風浪大，冇船入嚟', nothing],
  ['將第一段剪到六秒', trimTo(1, 6000)],
  ['頭先嗰下undo咗佢', undo],
  // voice 24: 香港九龍城 Thai grocery (繁體粵語 with Thai: sawasdee, khob khun ka)
  ['Sawasdee～幫我剪條20秒預告片，介紹新到嘅泰國香米', best(20)],
  ['要正方形，1:1，放Facebook專頁', aspect('1:1')],
  ['加字幕「九龍城 泰國直送」，喺第4秒到第9秒', text('九龍城 泰國直送', { style: 'caption', start_ms: 4000, end_ms: 9000 })],
  ['將原聲熄咗佢', sourceVolume(0)],
  ['加返首歌，用 thai_market.mp3', music('thai_market.mp3')],
  ['換個背景，用 aurora 嗰個漸變', background('aurora')],
  ['標題改做「阿Nok泰國雜貨」', editText({ text: '阿Nok泰國雜貨' })],
  ['Khob khun ka，好靚', nothing],
  ['出條mov，1080p', exportAs('mov', '1080p')],
  // voice 25: 台灣苗栗苑裡 藺草 (rush) hat weaving studio (台灣繁體: 喔, 耶, 影片, 直式)
  ['可以幫我把編藺草帽的影片剪成一分鐘嗎？', best(60)],
  ['剪成15秒的直式影片，要放 Instagram 限時動態', then(best(15), aspect('9:16'))],
  ['加一個字幕：苑裡藺草 手編百年，放在下面喔', text('苑裡藺草 手編百年', { style: 'caption', position: 'bottom' })],
  ['第二段的速度放慢成0.8倍', speed(0.8, 2)],
  ['音樂用 rush_weave.mp3，音量40%', music('rush_weave.mp3', 0.4)],
  ['標題拿到畫面中間', editText({ position: 'center' })],
  ['匯出成mp4，1080p喔', exportAs('mp4', '1080p')],
  ['沒有人動也沒有聲音的地方快轉，5倍', idle(5)],
  ['阿嬤說影片裡她看起來很年輕耶', nothing],
  // voice 26: 台灣屏東恆春 yueqin (月琴) folk musician (台灣繁體, 台語: 歹勢, 足讚, 按怎)
  ['彈月琴這支影片剪成兩分半，標題改成「月琴老師 阿松」', then(best(150), editText({ text: '月琴老師 阿松' }))],
  ['音樂關掉啦，會蓋過月琴', noMusic],
  ['原音調到百分之一百三', sourceVolume(1.3)],
  ['再加一個標題「恆春半島 月琴聲」，前三秒出現', text('恆春半島 月琴聲', { start_ms: 0, end_ms: 3000 })],
  ['片尾加一張卡片：恆春民謠館 歡迎來聽，三秒', card('outro', '恆春民謠館 歡迎來聽', 3)],
  ['第一段跟第二段對調', moveMoment(1, 2)],
  ['匯出webm，720p', exportAs('webm', '720p')],
  ['歹勢，剛剛復原的那一步再重做回來', redo],
  ['橫式16:9，要投影在廟口', aspect('16:9')],
  // voice 27: 新加坡蔡厝港 hawker stall, second generation (Singlish: lah, can, leh, paiseh, shiok, sia)
  ['Boss say want 30 second video of our char kway teow lah，剪30秒', best(30)],
  ['Make it 竖的 for TikTok can?', aspect('9:16')],
  ['Add caption「蔡厝港炒粿条 since 1988」at bottom, then export for me', then(text('蔡厝港炒粿条 since 1988', { style: 'caption', position: 'bottom' }), exportAs('mp4'))],
  ['第一段 too long，剪短四秒', trimBy(1, 4000)],
  ['The music louder a bit leh', louder],
  ['Paiseh, undo that', undo],
  ['Export 720p mp4, I send whatsapp', exportAs('mp4', '720p')],
  ['Wah the wok hei damn shiok sia', nothing],
  ['Zoom in more on the wok', zoom('more')],
  // voice 28: 马来西亚吉打亚罗士打 kaya-bread bakery (大马华语: 咯, 啦, 酱, 几时)
  ['帮我剪一个35秒的咯，介绍我们的咖椰面包', best(35)],
  ['换成4:5，两边模糊的，发面子书', aspect('4:5', 'blur')],
  ['再加一个标题「亚罗士打老字号 咖椰包」，放顶部', text('亚罗士打老字号 咖椰包', { position: 'top' })],
  ['背景音乐用 kopi_morning.mp3，不用太大声，百分之二十', music('kopi_morning.mp3', 0.2)],
  ['加个叠化咯，0.3秒', crossfade(300)],
  ['开头淡入1秒，结尾淡出2秒', fade('clip', 1000, 2000)],
  ['导出mp4啦，我几时都可以拿', exportAs('mp4')],
  ['这个可以自动翻成马来文字幕吗？', nothing],
  ['第三段移去第一', moveMoment(3, 1)],
  // voice 29: 印尼西加里曼丹山口洋 Cap Go Meh parade committee (印尼华语: ya, sudah, bagus, terima kasih)
  ['元宵游行的视频剪成一分钟，好多人等着看 ya', best(60)],
  ['竖屏 ya，放 Instagram Reels，片尾加一张卡「Sampai jumpa 2028」两秒', then(aspect('9:16'), card('outro', 'Sampai jumpa 2028', 2))],
  ['再加个标题「Cap Go Meh 山口洋 2027」在画面上面', text('Cap Go Meh 山口洋 2027', { position: 'top' })],
  ['音乐用 tatung_drum.mp3，音量百分之五十', music('tatung_drum.mp3', 0.5)],
  ['从0:50到0:55剪掉，那边有人挡住镜头', cut(50, 55)],
  ['第一段剪到十秒 ya', trimTo(1, 10000)],
  ['Bagus! Terima kasih banyak', nothing],
  ['导出1080p的MP4，再给我看看轨道', then(exportAs('mp4', '1080p'), tracks)],
  ['没有动作也没有声音的地方快进三倍', idle(3)],
  // voice 30: 巴拿马巴拿马城 Chinese supermarket (中西夹杂: hola, listo, gracias)
  ['Hola，帮我把超市开业的视频剪成25秒', best(25)],
  ['店里电视要放，剪一个一分钟的横屏16:9', then(best(60), aspect('16:9'))],
  ['字幕写「Súper Hermanos Wong」，放底部，从第1秒到第5秒', text('Súper Hermanos Wong', { style: 'caption', position: 'bottom', start_ms: 1000, end_ms: 5000 })],
  ['加背景音乐 cumbia_fiesta.mp3，音量百分之四十五', music('cumbia_fiesta.mp3', 0.45)],
  ['说话的时候音乐自动压低，listo', ducking(true)],
  ['第二段删掉，gracias', removeMoment(2)],
  ['导出一个gif，720p', exportAs('gif', '720p')],
  ['这个软件有西班牙语界面吗？', nothing],
  ['加个片尾卡：Calle 50 欢迎光临，两秒', card('outro', 'Calle 50 欢迎光临', 2)],
];
