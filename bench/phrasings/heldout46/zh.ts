/**
 * Held-out 46 (written as fresh 46; measured blind in session 44, opened in session 45), Chinese: a blind phrasing set written by a helper on 2026-12-06, to measure the parser on words it was
 * never tuned on. No theme: what people new to the tool ask day to day, in roughly the shares they ask it (lengths /
 * highlights / teasers, shapes and platforms, music, texts, exports, dead air and idle stretches and uploads, moment
 * edits and cuts, fades / crossfades / zoom / backgrounds / cards, history / tracks / source sound, and lines that must
 * change nothing), written as a forum question, a help-thread post, a message to a friend who edits, or a first try of
 * the tool: mostly plain requests; some with a reason (镜头对着地毯, 有人乱扔烟头不好看, 山上风太大呼呼的, 第一个拍糊咧
 * , 有人走错台了, 桥洞底下那段太暗, 网站后台只收webm, 手机晃了, 织布机声音太吵, 是我弟在做鬼脸, 摩托声太吵, 我的电话在
 * 响); some terse (介段音乐甭要了 / 第三段弗要了 / 导出，4K，mp4 / 出片，720p，mp4 / 最尾淡出一秒); some polite (您好,
 * 麻烦, 辛苦, 请, 請, 謝謝您, 唔該); some in dialect or regional speech (新疆话 亚克西 / 丫头子 / 歹得很, 东北话 贼 /
 * 嘎哈 / 整 / 老好了, 唐山话 介 / 甭, 陕西话 额 / 咧 / 么麻达 / 嫽, 河南话 中 / 哩 / 弄啥嘞 / 可, 山东话 俺 / 恁 / 杠赛
 * , 皖北 乖乖, 上海话 阿拉 / 侬 / 覅 / 删脱 / 老灵额 / 交关, 宁波 弗 / 列一记, 湖南话 咯 / 冇得 / 么子 / 要得, 重庆话
 * 嘛 / 莫 / 一哈 / 安逸 / 巴适, 四川话 撒 / 整成 / 要得不, 潮汕 欲 / 毋爱 / 好势, 广西 得不得, 粤语 嘅 / 咗 / 打直 / 擺
 * 最前 / 冇嘢 / 收細少少 / 畀, 台语 歹勢 / 足讚 / 母湯 / 水喔, 台湾网络用语 ㄉ / XD / 揪咪, 大马 酱 / 咯 / 甲霸未 / 有
 * 够); mixing English (layover, highlight reel, caption, bottom, vertical, Reels, upload, volume, title, ducking,
 * level, speed up, I changed my mind, export; can or not, lah, leh, sia, power, zoom, tracks, customer; farm, teaser,
 * part, top, fade out, kids, worksheet, start over; practice, cut, turn down, lower third, zoom in, hold, awesome,
 * parents, cool; mate, innit, remove, nice one, WhatsApp); a few with broken grammar or odd word order (欲做竖屏个; 剪
 * 成半分钟好伐; 第三段母湯，刪掉; 第一段剪短三秒酱就好; Title 唔使再改住，keep 住先). Six voices write traditional
 * characters (鰂魚涌, 錦田, 東涌 in 香港; 旗津, 田尾, 南庄 in 台灣). Every line was meant to have one reading a careful
 * editor would carry out without asking.
 *
 * Read while writing: /work/briefs/writer46-zh.md (the brief, whole, with `cat`); bench/phrasings/ops.ts,
 * bench/phrasings/sameEdit.ts, src/protocol/editOps.ts, src/protocol/draft.ts (all whole, with `cat`); lines 1-20 of
 * /work/wt-writers46/README.md (`sed -n 1,20p`: the product description and the backends table, not its "What you can
 * say" table); /work/briefs/issue13.md (whole); and /work/briefs/headers47.txt: one `wc -l` (12283 lines), one `grep -n
 * '^==='` piped into `grep -n fresh45` (it printed only the two fresh45 "===" lines with their line numbers, 772 and
 * 1047), one `grep -c '^==='` (105), one awk that printed only the line number of the first "===" line after 1047
 * (1294, no name); the fresh45/zh.ts header read whole with `sed -n 1047,1300p` (which printed 7 lines too many, see
 * slip 1) and the fresh45/en.ts header read whole with `sed -n 772,1046p`, for their form. The rest of headers47.txt
 * was only searched, on two private copies under /tmp/w46-zh (the leading " * " of every line stripped, lines joined
 * with a space, accents folded and lower-cased; and the same with whitespace, hyphens and apostrophes removed), by a
 * small python script that printed hit counts only (Chinese spellings as substrings in both copies; pinyin / English
 * spellings as whole words in the first copy and as substrings in the second), for about 1,800 spellings in 33 batches:
 * candidate places (simplified and traditional Chinese, pinyin or English) in every province, Hong Kong, Taiwan,
 * Singapore, Malaysia and overseas, their prefectures, provinces, regions and countries, about 90 trade and topic
 * words, about 20 dialect labels and words, and the 12 file names of this set. No context around any hit was printed:
 * the near neighbours below are said from the counts alone.
 *
 * Not read: any other phrasing set or other file of bench/phrasings/ (no listing of it was made), the parser
 * (src/engine), src/protocol/vocabulary.ts or any other src file, tsconfig.json, test/, scripts/, bench/*.ts, out/,
 * dist/, /work/*.txt, /work/main, any other worktree, every other file under /work/briefs (it was not listed),
 * /work/.library, the English set written beside this one; no git command was run; no sentence was run through the
 * parser, the CLI, the engine or the bench; no npm test. The new folder was made with `mkdir -p
 * /work/wt-writers46/bench/phrasings/fresh46` and only this file was checked with `test -e` (it printed "absent" before
 * the first copy). The lines were drafted in a private folder, /tmp/w46-zh (a python list of lines, each with its
 * expected operations written as calls of python mirrors of the ops.ts builders, written by me from ops.ts, nothing of
 * the project imported), counted there by a small python script, turned into this file by a small script and copied in.
 *
 * Slips, said exactly: (1) My `sed -n 1047,1300p` of headers47.txt, meant to print the fresh45/zh.ts header (lines
 * 1047-1293), printed seven lines past it (1294-1300): the line "=== bench/phrasings/heldout2/en.ts" and the first six
 * lines of that header, which say that Held out 2 is English written as the fresh set of session 3 by someone who had
 * not read the parser, its vocabulary or the other corpora's phrasings, in the voice of a new user of a
 * screen-recording tool (casual, terse, polite, numbers in words, platform names), after how people ask CapCut /
 * Descript / Premiere help pages, and that session 4 improved the grammar against its misses, so its share overstates
 * like the held-out set's. Nothing of it was used. (2) The two fresh45 headers, read whole as allowed, name that set's
 * voices, places, trades, file names, must-change-nothing topics and many phrasing fragments and decided readings, and
 * their slips name the files of /work/briefs of that round (g45-*.md to g48-*.md, headers42.txt to headers46.txt,
 * issue13.md, writer41-*.md to writer45-*.md) and voices, places, trades, file names and quoted line fragments of
 * earlier sets; nothing here was taken from them, and I kept my lines off the topics they list (no black-and-white,
 * watermark, phone, Mac, price, translation, dubbing, folder, five-videos-at-once, WhatsApp-sending, route-map,
 * counting, slow-preview, slow-Wi-Fi, hot-laptop or confusing-buttons line; five of my own lines that came near them, a
 * question about sending the video to a client's mailbox, one about counting the deer in the video and three complaints
 * about a frozen or slow preview, were replaced after the first copy, see the counts). (3) The brief's type-check
 * compiles the whole project, so tsc read src/protocol (vocabulary included) and whatever else tsconfig takes in, none
 * of it shown; its whole output was written to a private file (/tmp/w46-zh/tsc1.out, and the same for the later runs)
 * that was never printed, only filtered with `grep -F 'fresh46/zh.ts'`, which printed nothing each time; tsc's exit
 * status was 0 each time (so no other file's error exists to report).
 * Run on this file only: the type-check the brief asks for (run after every copy of this file into the worktree: the
 * first with a placeholder header, the others with this header as it was reworded; each printed nothing), two runs of
 * `npx tsc -p . --listFilesOnly` piped into `grep -F 'fresh46/zh.ts'` (each printed only this file's path, to be sure
 * the check reaches it), `cmp` of my private draft against the copy, and a small python script over this file's own
 * text (count of `say:` entries, of voice comments and of lines per voice, repeats compared trimmed and lower-cased,
 * must-change-nothing lines, operations per line and by kind; the shares by the brief's headings were counted on the
 * draft list this file was made from). The built-in gradient and music names other than aurora and lofi were not known,
 * so no line names another built-in; text positions are top / center / bottom (draft.ts), styles title / caption /
 * lower-third.
 *
 * Voices (30; each place searched in headers47.txt first, in Chinese (simplified and traditional where they differ) and
 * in pinyin / English, with no hit; six write traditional characters):
 * 1. 新疆哈密巴里坤: the owner of a yurt (毡房) restaurant by Barkol Lake (新疆普通话: 亚克西, 丫头子, 歹得很, 娃娃子);
 * 2. 内蒙古呼伦贝尔额尔古纳室韦: a Russian-Chinese (俄罗斯族) family's small bakery of 列巴 rye loaves (东北腔: 贼, 嘎
 * 哈, 整, 老好了, 俺);
 * 3. 辽宁本溪桓仁: the saleswoman of an ice-wine (冰酒) estate (business tone: 您好, 麻烦, 辛苦, 经销商);
 * 4. 河北唐山迁西, 喜峰口: a volunteer who picks up litter on the Great Wall (唐山话, very short: 介, 嘛, 甭);
 * 5. 陕西渭南白水: a volunteer guide at the Cangjie temple (仓颉庙) (陕西话: 额, 咧, 么麻达, 嫽, 美得很);
 * 6. 河南安阳滑县道口: an old shop of 道口烧鸡 braised chicken (河南话: 俺, 中不中, 哩, 弄啥嘞, 可);
 * 7. 山东济南平阴: a double-petal rose (重瓣红玫瑰) farm (山东话: 俺, 恁, 杠赛);
 * 8. 安徽滁州凤阳: the leader of a 凤阳花鼓 flower-drum troupe (皖北话: 俺们, 乖乖);
 * 9. 江苏盐城大丰: a guide at the Père David's deer (麋鹿) reserve (plain, with reasons);
 * 10. 上海青浦朱家角: a boatwoman who rows a sculling boat (摇橹船) (上海话: 阿拉, 侬, 覅, 伐, 删脱, 老灵额, 交关);
 * 11. 浙江宁波象山: a fisherman's daughter who sells dried seafood online after the fishing-season opening (开渔节) (宁
 * 波口音: 阿拉, 交关, 弗, 一记);
 * 12. 福建福州永泰: the clerk of a 李干 dried-plum works (formal, a full stop after every sentence);
 * 13. 湖南怀化溆浦, 雪峰山: a worker at a glass-walkway (玻璃栈道) scenic spot (湖南话: 咯, 冇得, 么子, 要得);
 * 14. 重庆大足: a guide at the Dazu rock carvings (石刻) (重庆话: 嘛, 莫, 一哈, 安逸, 巴适);
 * 15. 四川乐山犍为: a picker at a jasmine-tea (茉莉花茶) garden (四川话: 撒, 嘛, 整, 要得不, 哦);
 * 16. 广东汕头潮阳: the helper of an 英歌舞 dance team (潮汕话: 欲, 毋爱, 好势);
 * 17. 广西崇左大新: a weaver of Zhuang brocade (壮锦) (广西普通话: 咯, 得不得, 阿妈);
 * 18. 甘肃甘南迭部扎尕那: the owner of a guesthouse in a Tibetan village (藏寨) (plain, careful);
 * 19. 香港鰂魚涌 (Quarry Bay): a teacher at a flower-arranging (插花) studio (繁體, written style with a little 粵語);
 * 20. 香港錦田 (Kam Tin): a walled-village 盆菜 caterer (繁體粵語: 嘅, 咗, 打直, 擺最前, 唔該晒);
 * 21. 香港東涌 (Tung Chung): a flight attendant filming her layovers (繁體粵語, much English: layover, highlight reel,
 * caption, bottom, vertical, upload, volume, title, speed up, ducking, level, export);
 * 22. 台灣高雄旗津: a grilled-squid (烤小卷) stall by the beach (台灣繁體 with 台語: 歹勢, 足讚, 母湯, 水喔, 啦);
 * 23. 台灣彰化田尾: a succulent (多肉) greenhouse (台灣繁體 net style: ㄉ, XD, 欸, 超, 揪咪);
 * 24. 台灣苗栗南庄: a small osmanthus-wine (桂花釀) shop on the old street (台灣繁體, polite: 您好, 麻煩, 謝謝您);
 * 25. 新加坡惹兰勿刹 (Jalan Besar): an old chop-carving (刻印章) shop (Singapore 华语 with English: can or not, lah,
 * leh, sia, wah, tracks, customer);
 * 26. 新加坡克兰芝 (Kranji): a guide at a frog farm (Singapore 华语 with English: farm, teaser, part, top, open daily,
 * fade out, start over, kids, worksheet);
 * 27. 马来西亚彭亨劳勿 (Raub): a Musang King (猫山王) durian orchard (大马华语: 咯, 酱, agent, FB reels);
 * 28. 马来西亚雪兰莪吉胆岛 (Pulau Ketam): a shop of dried fish and shrimp (鱼干虾米) in the fishing village (大马华语,
 * 福建腔: 啦, 有够, 甲霸未);
 * 29. Rowland Heights (罗兰岗), California, USA: the coach of a youth lion-dance (醒狮) team (中英夹杂: practice,
 * video, highlight, vertical, kids, post, Title, turn down, lower third, zoom in, hold, Awesome, parents, cool, Fade
 * out, Export);
 * 30. Nottingham (诺丁汉), England: a Chinese family's fish-and-chip shop (中英夹杂, British: mate, innit, nice one,
 * square, upload, remove, Undo, speed up, WhatsApp).
 * Every voice place kept had no hit: 巴里坤 / Barkol, 额尔古纳 / Ergun / Erguna (and 室韦 / Shiwei), 桓仁 / Huanren, 迁
 * 西 / Qianxi (and 喜峰口), 白水 / Baishui (and 仓颉), 滑县 / Huaxian (and 道口), 平阴 / Pingyin, 凤阳 / Fengyang, 大丰
 * / Dafeng, 朱家角 / Zhujiajiao (and 青浦), 象山 / Xiangshan, 永泰 / Yongtai, 溆浦 / Xupu (and 雪峰山), 大足 / Dazu (as
 * a word; 1 as a substring of the spaceless copy), 犍为 / Qianwei (and 嘉阳, 芭石), 潮阳 / Chaoyang, 大新 / Daxin (and
 * 崇左 / Chongzuo, 德天 / Detian), 迭部 / Tewo / Diebu (and 扎尕那 / Zhagana), 鰂魚涌 / 鲗鱼涌 / Quarry Bay, 錦田 / 锦
 * 田 / Kam Tin, 東涌 / 东涌 / Tung Chung, 旗津 / Qijin / Cijin, 田尾 / Tianwei, 南庄 / Nanzhuang, 惹兰勿刹 / Jalan
 * Besar, 克兰芝 / Kranji, 劳勿 / Raub (as a word; 1 as a substring) (and 彭亨 / Pahang), 吉胆岛 / Pulau Ketam / Ketam,
 * Rowland Heights / 罗兰岗, Nottingham / 诺丁汉.
 * Turned away for a hit, among others: 蔚县, 武强, 吴桥, 曹县, 博山, 长岛, 浚县, 东港, 漠河, 额济纳, 中卫, 张掖, 茶卡,
 * 伊宁, 林芝, 稻城, 自贡, 阆中, 荣昌, 凤凰, 浏阳, 婺源, 乌镇, 义乌, 龙泉, 永定, 文昌, 潮州, 顺德, 阳朔, 喀纳斯, 布尔津,
 * 昭苏, 奇台, 吐鲁番, 若羌, 阿克苏, 库车, 和田, 阿勒泰, 阿尔山, 根河, 多伦, 锡林郭勒, 阿拉善, 虎林, 饶河, 抚松, 长白,
 * 集安, 珲春, 宽甸, 庄河, 兴城, 伊犁, 哈密, 围场, 坝上, 平遥, 碛口, 米脂, 府谷, 洛川, 丹巴, 理塘, 安岳, 石棉, 城口, 巫
 * 山, 奉节, 石柱, 酉阳, 秀山, 武隆, 新化, 安化, 城步, 隆回, 桑植, 修水, 资溪, 南丰, 樟树, 鄱阳湖, 利川, 秭归, 房县, 武
 * 当山, 英山, 罗田, 蕲春, 监利, 潜江, 恩施, 栾川, 登封, 禹州, 宝丰, 镇平, 商城, 光山, 淮阳, 兰考, 长垣, 荣成, 石岛, 乳
 * 山, 莱阳, 龙口, 东阿, 临清, 乐陵, 寿光, 青州, 郓城 (Yuncheng), 梁山 (Liangshan), 桐城, 六安, 天长, 宁国, 屯溪, 宝应,
 * 东台, 启东, 丹阳, 金坛, 宜兴, 太仓, 昆山, 同里, 桐乡, 海宁, 长兴, 德清, 桐庐, 诸暨, 嵊州, 天台, 磐安, 缙云, 遂昌, 景
 * 宁, 苍南, 洞头, 嵊泗, 崇明, 闽清, 古田, 诏安, 东山, 仙游, 惠安, 晋江, 台山, 开平, 鹤山, 新会, 兴宁, 丰顺, 澄海, 陆丰,
 * 化州, 怀集, 丹霞, 凭祥, 横州, 北流, 恭城, 荔浦, 靖西, 琼海, 琼中, 澄迈, 乐东, 建水, 石屏, 元阳, 红河, 会泽, 东川, 宾
 * 川, 鹤庆, 孟连, 勐腊, 通海, 丹寨, 雷山, 台江, 镇远, 从江, 三都, 仁怀, 湄潭, 余庆, 梵净山, 日喀则, 山南, 贵德, 热贡,
 * 互助, 门源, 玉树, 德令哈, 格尔木, 临夏, 夏河, 拉卜楞, 天水, 民勤, 肃南, 瓜州, 西吉, 青铜峡, 满洲里, 呼伦贝尔; 西貢,
 * 赤柱, 沙田, 荃灣, 上水, 油麻地, 西環, 灣仔, 長洲, 南丫島, 坪洲, 梅窩, 大嶼山, 將軍澳, 火炭, 太子 (Prince Edward), 石
 * 硤尾, 九龍城, 紅磡 (Hung Hom), 土瓜灣, 鴨脷洲, 西營盤, 上環 (上环), 中環 (Central), 柴灣, 北角, 流浮山, 大圍, 馬鞍山
 * (马鞍山), 沙頭角 (沙头角), 澳門, 氹仔, 路環; 鹿港, 埔里, 三義, 鶯歌, 鹿野, 關渡, 內灣, 竹東, 東石, 玉里, 白沙屯, 礁溪
 * , 冬山 (Dongshan), 苑裡, 集集, 竹山, 鹿谷, 西螺, 玉井, 恆春, 牡丹; 如切, 加东, 淡滨尼, 宏茂桥, 义顺, 蔡厝港, 后港, 乌
 * 敏岛, 勿洛, 金文泰, 女皇镇 (Queenstown), 林厝港, 三巴旺, 牛车水 (Chinatown); 关丹, 诗巫, 古晋, 民都鲁, 新山, 马六甲,
 * 太平, 江沙, 瓜拉登嘉楼, 哥打巴鲁 (Kota Bharu), 金马仑, 士毛月 (Semenyih), 蒲种, 适耕庄, 仙本那, 昔加末, 怡保, 金宝,
 * 巴生; Vancouver, Toronto, Markham, Calgary, Winnipeg, Montreal, Seattle, Portland, Irvine, San Gabriel, Chicago,
 * Sugar Land, Houston, Boston, Honolulu, London, Manchester, Sheffield, Bristol, Cardiff, Belfast, Aberdeen, Paris,
 * Milan, Prato, Madrid, Lisbon, Berlin, Hamburg, Munich, Budapest, Prague, Athens, Dubai, Perth, Adelaide, Hobart,
 * Darwin, Christchurch, Tokyo, Osaka, Kyoto, Sapporo, Seoul, Busan. Free but not used: 禾木, 特克斯, 鄯善, 塔什库尔干,
 * 哈巴河, 正蓝旗, 科尔沁, 嘉荫, 海林 (雪乡), 宁安 (镜泊湖), 敦化, 涉县, 井陉, 灵丘, 右玉, 绥德, 神木, 佛坪, 泸定, 康定,
 * 色达, 会理, 铜梁, 江津, 花垣, 永顺, 泰和, 龙南, 遂川, 咸丰, 鹤峰, 丹江口, 卢氏, 灵宝, 淅川, 蒙阴, 沾化, 寿县, 灵璧,
 * 界首, 震泽, 甪直, 周庄, 西塘, 莫干山, 枫泾, 柘荣, 上杭, 平和, 云霄, 从化, 增城, 博罗, 吴川, 雷州, 龙州, 宁明, 灵山,
 * 陵水, 保亭, 罗平, 剑川, 漾濞, 凤庆, 沧源, 正安, 黄果树, 江孜, 波密, 祁连, 玛曲, 山丹, 泾源, 銅鑼灣, 通霄, 卓蘭, 東勢,
 * 古坑, 鹽水, 關子嶺, 丹戎巴葛, 实龙岗, 巴西立, 云顶, 而连突, 丹绒士拔, 兰瑙, 邦咯岛, Bellevue, San Jose, Arcadia,
 * Plano, Quincy, Edison, Jersey City.
 * Near neighbours said plainly (every voice place is new; these prefectures, provinces, regions, countries, trades and
 * dialect labels had hits with other places or lines, whose context was not looked at; counts in the spaced copy): 新疆
 * 23 and 哈密 6 (turned away) near 巴里坤, and Kazakh 6 (哈萨克 1) near its 冬不拉 music; 内蒙古 2, 呼伦贝尔 6 and 满洲
 * 里 5 (both turned away), Russian 12, 俄罗斯 1 and bakery 16 near 室韦; 辽宁 6, 本溪 3, winery 6 and 酒庄 4 near 桓仁;
 * 河北 16 (Hebei 1) and 唐山 5 near 迁西; 陕西 17 and 渭南 5 (Weinan 1) near 白水; 河南 36 and 安阳 1 near 滑县; 山东
 * 34, 济南 3 and rose 7 (玫瑰 0) near 平阴; 安徽 6 and 滁州 5 near 凤阳; 江苏 8 and 盐城 3 (Yancheng 1) near 大丰; 上海
 * 19 and 崇明 5 (turned away) near 朱家角; 浙江 7, 宁波 7 and 海鲜 8 near 象山; 福建 18 and 福州 9 (Fuzhou 1) near 永泰
 * ; 湖南 17 and 怀化 7 near 溆浦; 重庆 37 (Chongqing 3) near 大足; 四川 27 (Sichuan 3), 乐山 9, 茉莉 1 and jasmine 9
 * near 犍为; 广东 9, 汕头 3 and 潮汕 6 near 潮阳; 广西 14 and brocade 4 near 大新; 甘肃 12, 甘南 3, homestay 11 and 民
 * 宿 11 near 扎尕那; 香港 43 and Hong Kong 25 near 鰂魚涌, 錦田 and 東涌, 元朗 5 (turned away) near 錦田, flight
 * attendant 3 near 東涌; 台灣 36, 台湾 17, Taiwan 21, 高雄 4 (Kaohsiung 2) and squid 3 near 旗津, 彰化 1 (Changhua 1)
 * near 田尾, 苗栗 10 (Miaoli 1) near 南庄; 新加坡 39 and Singapore 29 near 惹兰勿刹 and 克兰芝, frog 1 near 克兰芝; 马
 * 来西亚 31, Malaysia 7, durian 12 and 榴莲 5 near 劳勿; 雪兰莪 6, Selangor 2 and 巴生 4 (Klang 1, turned away) near 吉
 * 胆岛; California 9, 加州 2, Los Angeles 2, 洛杉矶 1 and 醒狮 3 near Rowland Heights; England 11 and 英国 1 near
 * Nottingham. Dialect labels with hits (other sets wrote in them too): 东北话 29, 四川话 18, 重庆话 12, 陕西话 10, 河南
 * 话 24, 山东话 19, 湖南话 12, 上海话 2, 潮汕话 2, 福建话 2, 粤语 36, 粵語 43, 台語 11, 台语 5, Singlish 27, ㄉ 3. No
 * hit for 毡房, 列巴, 冰酒, 长城, 喜峰口, 仓颉, 烧鸡, 花鼓, 麋鹿, 摇橹, 船娘, 开渔, 李干, 玻璃栈道, 石刻, 英歌, 壮锦,
 * 藏寨, 插花, 盆菜, 空姐, 小卷, 多肉, 桂花, 印章, 刻章, 青蛙, 猫山王, 鱼干, 虾米, 炸鱼薯条, chippy, fish and chips, 宁
 * 波话, 揪咪, 甲霸未. The 12 file names of this set (dongbula_evening.mp3, winter_strings.mp3, huagu_tune.mp3,
 * fishing_chant.mp3, zhuang_folk.mp3, layover_chill.mp3, osmanthus_guzheng.mp3, fryer_rock.mp3; boat_deck.jpg,
 * greenhouse_rows.jpg; cijin_grill.mp4, durian_drop.mp4) had no hit as names (of their parts, layover 1, greenhouse 8,
 * guzheng 8, fryer 3).
 *
 * Counts: 270 lines (30 voices, 9 lines each), none repeated within this file (compared trimmed and lower-cased),
 * drafted in one pass and then rebalanced to the brief's shares before the first copy (a version with a placeholder
 * header, copied in to run the type-check): three music lines became two uploads chosen (白水 "第二个上传的视频", 旗津
 * cijin_grill.mp4) and keep everything (鰂魚涌); two lines became must-change-nothing lines (an undo in the 東涌 voice
 * became a change of mind, a zoom-off line in the 溆浦 voice became chatter); and twenty-one lines took a second
 * request (lengths beside shapes, a text beside a shape or a length, exports beside shapes, texts, a moment edit and a
 * clip fade, the tracks after a moment speed and after a cut, keep everything beside a shape, a cut beside a shape); a
 * few lines were reworded to have one reading (剪20秒 became 剪成20秒, so it is a 20 s clip and not 20 s cut away; 声音
 * 小一点，百分之二十五 became 音量百分之二十五; 整个一分钟的 became 给整一个一分钟的; 所有片段 became 上載嗰幾條片, so
 * it is every upload and not the moments; 没有青蛙动的 became 什么都没在动的, so it is the idle stretches). After the
 * first copy six must-change-nothing lines were replaced (the five of slip 2, and 牦牛在镜头前站了半天 by the change of
 * mind 算了，音乐还是不换了) and three of these rewordings made (剪20秒, 声音小一点, 没有青蛙动的).
 * 30 lines (11.1 %) must change nothing: 6 questions about an edit or a use the tool has no operation for (a
 * side-by-side split screen, showing the export on the reserve's big screen, editing two projects at once, whether the
 * lofi music may be used commercially, a password on the video, turning frog calls into music), 2 changes of mind that
 * leave the draft as it is (算了，音乐还是不换了，就用现在这个; Title 唔使再改住，I changed my mind，keep 住先), 2
 * complaints with no request (弄啥嘞，俺打字打半天，输入法老跳; 么子情况，软件一更新字都变小了), 20 thanks, praise or
 * chatter (亚克西！丫头子说这个视频歹得很; 这玩意儿比俺想的好使多了，老好了; 下礼拜还上山，再拍; 嫽咋咧！这软件美得很;
 * 杠赛！俺娘看了直夸; 乖乖，这么快就剪好了; 老灵额！交关谢谢侬; 要得，等落雪了再来拍一回; 安逸！游客都说巴适; 好势好势
 * ，多谢; 看得很舒服，我阿妈也说好; 唔該晒，師傅睇完好開心; 足讚！客人都說水喔; 欸這個好好用，揪咪; 謝謝您，做得很細心
 * 。; Wah 这个 app 很 power sia; 今天榴莲掉太多，捡到手软咯; 有够方便，甲霸未？; Awesome，parents 都说 cool; 这个比我想
 * 的简单多了，nice one). Thanks or politeness said beside a request (麻烦, 辛苦, 请, 唔該) are that request.
 * Lines of several operations: 35 (13.0 %), every one two requests said except the two undos of 撤銷兩步; one of them (
 * 背景音乐用lofi，百分之三十，讲解的时候莫压低) folds into one operation under sameEdit: a length and a shape 6 (巴里坤
 * 30 s 9:16, 室韦 9:16 then 30 s, 平阴 40 s 9:16, 錦田 9:16 then 15 s, 南庄 4:5 then 30 s, 克兰芝 16:9 then 120 s), a
 * length and a new title 1 (潮阳), a shape and a new title 1 (桓仁), a shape and an export 6, keep everything and a
 * shape 1, a cut from the end and a shape 1, a text and an export 4 (a new title, the title reworded, a caption, the
 * title removed), a moment edit and an export 2, a moment speed and the tracks 1, a cut and the tracks 1, a clip fade
 * and an export 2, two exports 6, an export and the tracks 1, two undos 1, music and ducking off 1 (fold).
 * Operations by kind (275 in all, 274 after sameEdit's folding, in 240 lines): compile_best_moments 34 (30 s 7 "30秒",
 * "半分钟" twice, "三十秒", "30 秒" twice, "30秒哩"; 60 s 5 "一分钟" four times, "一分鐘"; 45 s 3, 20 s 3, 90 s 3 "一分
 * 半", "一分半鐘", "90 秒"; 15 s 3, 40 s 2, 120 s 2 "两分钟", "两分钟左右"; 25 s 2, 50 s 2 "五十秒", "50 秒"; 35 s 1,
 * 70 s 1 "一分十秒左右"), remove_dead_air 3, speed_up_idle 6 (2x, 3x, 4x, 5x, 6x, 8x, each said), keep_everything 2,
 * use_sources 3 ("second", cijin_grill.mp4, durian_drop.mp4), set_aspect 29 (9:16 16: plain 13, letterbox 1, crop 1,
 * blur 1; 1:1 6; 16:9 4; 4:5 3), set_fill 1 (blur), set_resolution 1 (1080p), add_text 31 (titles 15: top 7, the first
 * 5 s 1, no place 7; captions 10: bottom 7, top 2, center 1; lower thirds 6, "Name，role" kept as typed), edit_text 7
 * (words 5, place 2: center, bottom), remove_text 2, add_music 12 (lofi 4: 30 % with ducking off, 35 % unsaid, 20 %, 15
 * %; uploaded files 8: dongbula_evening.mp3 25 %, winter_strings.mp3 unsaid, huagu_tune.mp3 50 %, fishing_chant.mp3
 * unsaid, zhuang_folk.mp3 30 %, layover_chill.mp3 20 %, osmanthus_guzheng.mp3 unsaid, fryer_rock.mp3 unsaid),
 * set_music_volume 7 (quieter 3, louder 3, 0.15), set_ducking 2 (off twice, one after its music, which folds),
 * remove_music 4, set_source_volume 9 (0 three times, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8), fade 11 (clip 8: in and out 1 s
 * said, in and out 2 s, in 1 s twice (one unsaid, "开头淡入一下"), out 1 s twice, out 2 s twice; music 3: in 2 s, out 3
 * s, out 2 s), crossfade 5 (1 s twice, 0 "直接切", 0.3 s, 0.5 s unsaid "时长默认即可"), remove_moment 7, move_moment 7
 * (1 and 2 swapped twice, 3 to 1 twice, 2 to 1, 1 to 3 "放到最后", 2 to 3 "放到第三段后面"), trim_moment 7 (by 4 s, 2
 * s, 3 s twice, 5 s; to 6 s, 5 s), cut_range 5 (12-20 s, 20-26 s, the last 5 s, 4 s and 3 s), set_speed 9 (whole clip
 * 1.25, 1.5, 0.8; one moment 0.5 twice "放慢一半", "slow down 一半", 0.75, 2 twice, 1.5), undo 6 in 5 lines, redo 1,
 * start_over 2, show_tracks 6 (1 after an export, 2 after an edit), export 38 in 33 lines (mp4 1080p 13, mp4 720p 11,
 * mp4 4k 3, mov 4k 3, mov 1080p 2, gif 3, gif 720p 1, webm 2), set_zoom 3 (auto, less, more), zoom_at 6 (12 s held 4 s,
 * 18 s held 5 s, 8 s held 3 s, 25 s held 4 s, 32 s held 3 s, 40 s held 4 s, each said), set_background 3 (aurora,
 * boat_deck.jpg, greenhouse_rows.jpg), remove_background 0, add_card 6 (intro 2 s unsaid twice, intro 3 s; outro 3 s, 4
 * s, 2 s unsaid), remove_card 0, set_moment_range 0. By the brief's shares (a line with two requests counted under
 * each): lengths 34, shapes 30, music 27 (music fades counted here), texts 40, exports and resolutions 33 (32 lines
 * with an export, 1 setting a resolution alone), idle / dead air / keep everything / uploads 14, moment edits, cuts and
 * whole-clip speeds 35, clip fades / crossfades / zoom / backgrounds / cards 31, history / tracks / source sound 23,
 * must change nothing 30.
 *
 * Defaults of ops.ts that decided expectations: every length line names a length (best moments at that length); music
 * with no level (winter_strings.mp3, fishing_chant.mp3, osmanthus_guzheng.mp3, fryer_rock.mp3, lofi in the 犍为 line)
 * is at 35 % ducked, a level said replacing the 35 %; an uploaded file named is the track (背景音乐换成 X is add_music
 * of X); a clip fade with a length unsaid (开头淡入一下) is 1 s; a crossfade with its length left to the default (时长
 * 默认即可) 0.5 s; a card with no length 2 s; a text with no length keeps newText's default; "aurora" is the default
 * aurora; an uploaded image's file name is that background; an export with no format is mp4, with no resolution said it
 * has none; "1080" is 1080p, "4K" 4k.
 * Decided readings. Texts: 标题 / 標題 / Title alone is the draft's one when changed (改成, 改做, 放到中间, 挪到下面)
 * or removed (覅了，删脱; 拿掉); a new title is asked with 加个标题 / 加标题 / 加 title / 顶部加标题 and its words; 字
 * 幕 / caption a caption; 人名条 / lower third a lower third ("Name，role" kept as typed); words inside 「」 or “” or
 * after a colon (to the end of the line) are the text, exactly. 最上面 / 上边 / 顶上 / 上面 / 頂部 / top top, 底下 / 底
 * 部 / 下面 / bottom bottom, 中间 / 中間 center; 前五秒显示 0-5 s. Cards: 片头 … 卡片 / 片头加一个卡 intro, 片尾 / 結尾
 * … 卡片 outro. Music: 百分之 N / N% / volume N% the level; 整小点声 / 降低一些 / 收細少少 quieter, 大声点 / 大声一点 /
 * louder louder; 压到百分之十五 on the draft's music the level alone; 讲解的时候莫压低 / Ducking 唔使 ducking off; 甭要
 * 了 / 覅背景音乐了 / 毋爱了，拿掉 / 關掉 removed; 音乐 … 淡入 / 淡出 / fade out a music fade. Sound: 原声 the
 * footage's own sound (关了 / 关掉 0, 调到一半 0.5, turn down 到 30% 0.3). Moments: the draft has three; 第一个 / 最前
 * / 最前面 place 1, 最后 place 3, 放到第三段后面 place 3; 对调 / 調換 of neighbours a swap; 剪短 N 秒 / 缩短 N 秒 trim
 * by N, 剪到只剩 N 秒 / 剪到只餘 N 秒 trim to N; 最后 N 秒 … 剪掉 a cut from the end; a 到 b 秒 a cut by time. Speed:
 * 整个视频 / 成條片 / 整支影片 the whole clip, 第N段 … 倍 / 倍速 / 放慢一半 / slow down 一半 (0.5) that moment. Shapes:
 * every 9:16 line says a vertical word (竖屏, 竖的, 打直, 直向 9:16, 直的, vertical), whatever platform it names (抖音,
 * 快手, 视频号, Reels, Shorts, TikTok, FB reels); 横屏16:9 / 16:9 16:9, 方的 / 方形 / 正方形 / square / 1比1 1:1, 4:5
 * said in each 4:5 line; 两边留黑边 letterbox, 两边裁脱铺满 crop, 两边整成模糊的 blur, 画面两侧的黑边换成模糊填充 a
 * fill of blur alone. Idle: stretches where nothing happens sped up when 快进 / 快转 / 加速 / speed up is said (by the
 * factor said), cut (dead air) when 剪掉 is said; 全部放进去 / 原條放上去 … 不剪 keeps everything; 只用 X / 只要第二个
 * 上传的视频 that upload. Zoom: 开一哈自动放大 auto, zoom 调少一点 less, zoom 再多一点 more; 在第 t 秒放大 … 停 / 保持
 * / hold N 秒 a zoom at t held N s. History: 撤销 / 撤回 / Undo one undo, 撤銷兩步 two; 再做回来 a redo; 从头开始剪 /
 * Start over start over; 轨道 … 列出来 / 列一下 / 列一记 / show 我 tracks the tracks. Exports: 导出 / 匯出 / 出片 / 出
 * 个 gif / export the export; two exports in one line in the order said, each with only its own resolution (导出1080p，
 * 还要一个gif: the gif has none); an export or the tracks said after an edit stand after it. Times: 一分半 90 s, 半分钟
 * 30 s, 一分十秒 70 s, 0:40 40 s.
 * A request worded as a question is that request (中不中？; 得唔得; can or not; 要得不？; 得不得？); a question about
 * an edit with no operation, beside no request, changes nothing.
 *
 * Read against a draft of 3 moments and 1 text (a title), with music where a line speaks of the music.
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 * The lead converted the entries to the sets' [say, want] form by a script (each line's phrasing and expected operations
 * equal before and after: 270/270) and dropped 8 lines shared (letter case aside) with an earlier set, by a script that
 * printed counts only: 262. The lead saw no line of this file.
 * Measured blind on 5dd1be8 (session 44, the grammar at the session's start):
 * 235/262 = 89.7 % (8 wrong edits, 13 right edits with words left unread, 3 asked first, 3 not read).
 * Measured blind again on 399cb1a3 (session 45's start, after round 50): 235/262 = 89.7 % (8 wrong edits, 13 right
 * edits with words left unread, 3 asked first, 3 not read).
 * Opened in session 45, while fresh 47 was written by helpers who saw nothing of it.
 */
import {
  type Phrasing,
  best, deadAir, idle, keepAll, only, aspect, fill, resolution, text, editText, removeText, music, musicVolume,
  quieter, louder, ducking, noMusic, sourceVolume, fade, crossfade, removeMoment, moveMoment, trimBy, trimTo, cut,
  cutLast, speed, undo, redo, startOver, tracks, exportAs, nothing, then, zoom, zoomAt, background, card,
} from '../ops';

export const heldout46Zh: [string, Phrasing['want']][] = [
  // 1. 新疆哈密巴里坤：巴里坤湖边毡房饭馆的老板（新疆普通话：亚克西、丫头子、歹得很、娃娃子）
  ['游客拍的毡房视频太长了，剪个30秒的竖屏，发抖音。', then(best(30), aspect('9:16'))],
  ['背景音乐用我传的冬不拉 dongbula_evening.mp3，音量百分之二十五', music('dongbula_evening.mp3', 0.25)],
  ['开头加个标题，写“巴里坤湖边的毡房”，放最上面', text('巴里坤湖边的毡房', { position: 'top' })],
  ['手抓肉下锅那段是第二段，放慢一半，让人看清楚', speed(0.5, 2)],
  ['亚克西！丫头子说这个视频歹得很', nothing],
  ['第三段删掉，再导出1080p的，发给旅行社的娃娃子', then(removeMoment(3), exportAs('mp4', '1080p'))],
  ['没人说话也没人动的那些地方，快进过去，4倍就行', idle(4)],
  ['最后5秒镜头对着地毯，剪掉', cutLast(5)],
  ['刚才那步弄错了，撤销一下', undo],
  // 2. 内蒙古呼伦贝尔额尔古纳室韦：俄罗斯族人家烤列巴的小面包房（东北腔：贼、嘎哈、整、老好了、俺）
  ['给整一个一分钟的，烤列巴的好镜头都挑进去', best(60)],
  ['俺家列巴视频要发快手，整成竖的，半分钟就够', then(aspect('9:16'), best(30))],
  ['底下加个字幕：“室韦俄罗斯族列巴，柴火炉烤的”', text('室韦俄罗斯族列巴，柴火炉烤的', { style: 'caption', position: 'bottom' })],
  ['背景音乐贼吵，整小点声', quieter],
  ['第三段老长了，给它剪短4秒', trimBy(3, 4000)],
  ['开头淡入，结尾淡出，都一秒', fade('clip', 1000, 1000)],
  ['这玩意儿比俺想的好使多了，老好了', nothing],
  ['导出个720p的，俺闺女手机内存小', exportAs('mp4', '720p')],
  ['嘎哈呢这是，全乱了，从头开始剪', startOver],
  // 3. 辽宁本溪桓仁：冰酒酒庄的销售（客气的商务口吻：您好、麻烦、辛苦、经销商）
  ['您好，麻烦把葡萄园的视频剪成45秒，给经销商看', best(45)],
  ['麻烦做成横屏16:9，顶部加标题「桓仁冰酒」，展会的大屏要放', then(aspect('16:9'), text('桓仁冰酒', { position: 'top' }))],
  ['请加一个人名条：「王经理，桓仁冰酒庄园销售」', text('王经理，桓仁冰酒庄园销售', { style: 'lower-third' })],
  ['麻烦导出两个版本：一个4K的mov，一个1080p的mp4', then(exportAs('mov', '4k'), exportAs('mp4', '1080p'))],
  ['片尾加一张卡片，写“冰酒在零下十二度采摘”，显示3秒', card('outro', '冰酒在零下十二度采摘', 3)],
  ['背景音乐请换成我们上传的 winter_strings.mp3', music('winter_strings.mp3')],
  ['第一段和第二段的顺序请对调一下，辛苦', moveMoment(1, 2)],
  ['请问能不能把两个视频拼成左右分屏？', nothing],
  ['画面两侧的黑边，麻烦换成模糊填充', fill('blur')],
  // 4. 河北唐山迁西喜峰口：上长城捡垃圾的志愿者（唐山话，很短：介、嘛、甭）
  ['捡垃圾的视频，剪成20秒', best(20)],
  ['介段音乐甭要了', noMusic],
  ['加标题：喜峰口长城，垃圾不下山', text('喜峰口长城，垃圾不下山')],
  ['第二段删了，有人乱扔烟头不好看', removeMoment(2)],
  ['弄成方的，1比1，导出720p发志愿者群', then(aspect('1:1'), exportAs('mp4', '720p'))],
  ['原声关了，山上风太大呼呼的', sourceVolume(0)],
  ['出个gif，当表情包', exportAs('gif')],
  ['嘛呢介是，刚那步撤回', undo],
  ['下礼拜还上山，再拍', nothing],
  // 5. 陕西渭南白水：仓颉庙的义务讲解员（陕西话：额、嫽、咧、么麻达、美得很）
  ['额想把仓颉庙的视频弄成一分半，给游客介绍用', best(90)],
  ['古柏那段太快咧，第一段放慢到0.75倍', speed(0.75, 1)],
  ['只要第二个上传的视频，第一个拍糊咧', only('second')],
  ['标题改成“白水仓颉庙”，么麻达吧', editText({ text: '白水仓颉庙' })],
  ['给额在段落之间加个交叉淡化，一秒', crossfade(1000)],
  ['嫽咋咧！这软件美得很', nothing],
  ['视频号要竖的，弄成竖屏，两边留黑边', aspect('9:16', 'letterbox')],
  ['轨道都给额列出来看看', tracks],
  ['结尾淡出一秒，然后导出，4K，mp4', then(fade('clip', undefined, 1000), exportAs('mp4', '4k'))],
  // 6. 河南安阳滑县道口：道口烧鸡老店（河南话：俺、中、咋、得劲、弄啥嘞、可）
  ['俺想弄个30秒哩烧鸡视频，中不中？', best(30)],
  ['背景音乐可大声点，听不见', louder],
  ['捞鸡出锅那段，在第十二秒放大，停四秒', zoomAt(12, 4)],
  ['弄啥嘞，俺打字打半天，输入法老跳', nothing],
  ['第三段挪到第一个，先叫人看见出锅', moveMoment(3, 1)],
  ['那些没动静哩地方都剪掉，光留有人干活哩', deadAir],
  ['加个标题“道口烧鸡 百年老汤”，再导出720p', then(text('道口烧鸡 百年老汤'), exportAs('mp4', '720p'))],
  ['加个片头卡片：“道口老字号烧鸡”', card('intro', '道口老字号烧鸡')],
  // 7. 山东济南平阴：重瓣红玫瑰种植园（山东话：俺、恁、杠赛、咋弄）
  ['俺这玫瑰园的视频，剪成40秒的，再弄成竖屏', then(best(40), aspect('9:16'))],
  ['恁帮俺把第二段剪到只剩6秒', trimTo(2, 6000)],
  ['加个字幕在上边：「平阴重瓣红玫瑰，五月开花」', text('平阴重瓣红玫瑰，五月开花', { style: 'caption', position: 'top' })],
  ['杠赛！俺娘看了直夸', nothing],
  ['加个背景，用aurora那个', background()],
  ['再做回来，刚才撤多了', redo],
  ['导出1080p，还要一个gif', then(exportAs('mp4', '1080p'), exportAs('gif'))],
  // 8. 安徽滁州凤阳：凤阳花鼓队的队长（皖北话：俺们、乖乖、一大些、照）
  ['俺们花鼓队演出的视频，剪个两分钟的', best(120)],
  ['原声调到百分之六十，锣鼓太冲了', sourceVolume(0.6)],
  ['加个标题“凤阳花鼓 一敲就响”，放顶上', text('凤阳花鼓 一敲就响', { position: 'top' })],
  ['乖乖，这么快就剪好了', nothing],
  ['段跟段之间别要转场了，直接切', crossfade(0)],
  ['背景音乐用俺们录的 huagu_tune.mp3，音量百分之五十', music('huagu_tune.mp3', 0.5)],
  ['弄成横屏16:9，然后导出1080p', then(aspect('16:9'), exportAs('mp4', '1080p'))],
  ['把12秒到20秒那截剪掉，有人走错台了', cut(12, 20)],
  // 9. 江苏盐城大丰：麋鹿保护区的讲解员（平实，常带理由）
  ['麋鹿过河的素材太长，帮我剪成25秒的短片', best(25)],
  ['没有麋鹿的空镜头太多，这些静止的部分加速三倍', idle(3)],
  ['麋鹿离得太远，第18秒放大，保持5秒', zoomAt(18, 5)],
  ['在底部加一行字幕：“江苏大丰麋鹿保护区”', text('江苏大丰麋鹿保护区', { style: 'caption', position: 'bottom' })],
  ['背景音乐压到百分之十五，解说要听清楚', musicVolume(0.15)],
  ['结尾淡出两秒，看起来安静一些', fade('clip', undefined, 2000)],
  ['请问导出的视频可以直接投到保护区门口的大屏上吗？', nothing],
  ['最后4秒剪掉，再做成4:5，给公众号文章用', then(cutLast(4), aspect('4:5'))],
  ['导出mp4，1080p，另外列一下轨道', then(exportAs('mp4', '1080p'), tracks)],
  // 10. 上海青浦朱家角：摇橹船的船娘（上海话：阿拉、侬、覅、伐、老灵额、交关）
  ['阿拉摇橹船的视频，剪成半分钟好伐', best(30)],
  ['覅背景音乐了，河浪声音老好听额', noMusic],
  ['标题覅了，删脱', removeText()],
  ['侬帮我弄成竖屏，两边裁脱铺满', aspect('9:16', 'crop')],
  ['桥洞底下那段太暗，第二段删脱', removeMoment(2)],
  ['老灵额！交关谢谢侬', nothing],
  ['原声轻一眼，调到一半', sourceVolume(0.5)],
  ['加个人名条：“阿英，朱家角摇橹船”', text('阿英，朱家角摇橹船', { style: 'lower-third' })],
  ['导出，720p，阿拉阿姐要看', exportAs('mp4', '720p')],
  // 11. 浙江宁波象山：开渔节后网上卖海鲜干货的渔家女儿（宁波口音：阿拉、交关、弗）
  ['开渔节拍了交关多，剪成一分钟的精华', best(60)],
  ['阿拉要做直播间的预热视频，搞成竖屏，导出1080p', then(aspect('9:16'), exportAs('mp4', '1080p'))],
  ['加标题“象山开渔节 鲜货到家”，前五秒显示', text('象山开渔节 鲜货到家', { start_ms: 0, end_ms: 5000 })],
  ['背景音乐换成 fishing_chant.mp3', music('fishing_chant.mp3')],
  ['第三段弗要了', removeMoment(3)],
  ['背景用我上传的 boat_deck.jpg', background('boat_deck.jpg')],
  ['轨道帮我列一记', tracks],
  ['视频里是阿拉阿爸，加个人名条「王师傅，跑了三十年船」', text('王师傅，跑了三十年船', { style: 'lower-third' })],
  ['导出 mov 1080p，剪辑师要', exportAs('mov', '1080p')],
  // 12. 福建福州永泰：李干厂的文员（书面，句句有句号）
  ['李干晾晒的视频，请剪成五十秒。', best(50)],
  ['请在底部加字幕「永泰李干，三蒸三晒」。', text('永泰李干，三蒸三晒', { style: 'caption', position: 'bottom' })],
  ['画面请改为正方形。', aspect('1:1')],
  ['背景音乐音量请降低一些。', quieter],
  ['第一段请缩短两秒。', trimBy(1, 2000)],
  ['请问可以同时剪两个项目吗。', nothing],
  ['请撤销上一步操作，字幕位置不对。', undo],
  ['段落之间请加交叉淡化，时长默认即可。', crossfade()],
  ['网站后台只收webm，请导出webm格式。', exportAs('webm')],
  // 13. 湖南怀化溆浦雪峰山：玻璃栈道景区的工作人员（湖南话：咯、冇、么子、要得、霸蛮）
  ['玻璃栈道游客尖叫的视频，搞个15秒的预告片咯', best(15)],
  ['搞成竖屏咯，要发抖音', aspect('9:16')],
  ['冇得人走动的地方快进，两倍就要得', idle(2)],
  ['加个标题「雪峰山上走一回」，放顶上', text('雪峰山上走一回', { position: 'top' })],
  ['第二段放到第三段后面', moveMoment(2, 3)],
  ['么子情况，软件一更新字都变小了', nothing],
  ['导出1080p的mp4，再导一个720p的', then(exportAs('mp4', '1080p'), exportAs('mp4', '720p'))],
  ['要得，等落雪了再来拍一回', nothing],
  // 14. 重庆大足：大足石刻的讲解员（重庆话：嘛、要得、巴适、莫得、安逸、一哈）
  ['千手观音那段素材，剪个一分钟的出来嘛', best(60)],
  ['背景音乐用lofi，百分之三十，讲解的时候莫压低', then(music('lofi', 0.3), ducking(false))],
  ['加个人名条：「李导，大足石刻讲解员」', text('李导，大足石刻讲解员', { style: 'lower-third' })],
  ['第三段莫要了', removeMoment(3)],
  ['开一哈自动放大，石像看得清楚些', zoom('auto')],
  ['安逸！游客都说巴适', nothing],
  ['搞成横屏16:9，导出4K', then(aspect('16:9'), exportAs('mp4', '4k'))],
  ['片尾加个卡片，写“大足石刻欢迎你”，显示4秒', card('outro', '大足石刻欢迎你', 4)],
  // 15. 四川乐山犍为：茉莉花茶园的采花工（四川话：撒、嘛、哈、咋个、晓得、巴适得板）
  ['摘茉莉花的视频整成35秒的，要得不？', best(35)],
  ['弄成竖屏撒，两边整成模糊的', aspect('9:16', 'blur')],
  ['标题改成「犍为茉莉花茶」', editText({ text: '犍为茉莉花茶' })],
  ['第二段整成两倍速', speed(2, 2)],
  ['加个背景音乐，用lofi嘛', music()],
  ['lofi那个音乐能不能拿来商用哦？', nothing],
  ['最后三秒剪掉，手机晃了', cutLast(3)],
  ['开头淡入一下，再导出一个1080p的', then(fade('clip', 1000), exportAs('mp4', '1080p'))],
  ['导出720p，发茶厂的微信群', exportAs('mp4', '720p')],
  // 16. 广东汕头潮阳：英歌舞队的后勤（潮汕话：欲、毋爱、好势、伊）
  ['英歌舞出游的视频，剪一个20秒的预告，加标题「正月英歌」', then(best(20), text('正月英歌'))],
  ['欲做竖屏个，发抖音', aspect('9:16')],
  ['加个标题：「潮阳英歌 踏街」，放上面', text('潮阳英歌 踏街', { position: 'top' })],
  ['锣鼓声太大，原声调到百分之四十', sourceVolume(0.4)],
  ['第一段快两倍，然后列一下轨道', then(speed(2, 1), tracks)],
  ['背景音乐毋爱了，拿掉', noMusic],
  ['好势好势，多谢', nothing],
  ['打鼓那段从第8秒放大，放大3秒', zoomAt(8, 3)],
  ['导出1080p，再导出一个720p的gif', then(exportAs('mp4', '1080p'), exportAs('gif', '720p'))],
  // 17. 广西崇左大新：织壮锦的手艺人（广西普通话：咯、嘛、得不得）
  ['织壮锦的视频剪成45秒咯', best(45)],
  ['手上织布那里，在第25秒放大，停4秒', zoomAt(25, 4)],
  ['加个字幕放底下：「大新壮锦，一天织一寸」', text('大新壮锦，一天织一寸', { style: 'caption', position: 'bottom' })],
  ['背景音乐用我上传的 zhuang_folk.mp3，音量百分之三十', music('zhuang_folk.mp3', 0.3)],
  ['素材全部放进去，一点都不剪，做成方形的，得不得？', then(keepAll, aspect('1:1'))],
  ['没有人动的地方全部剪掉咯', deadAir],
  ['织布机声音太吵，把原声关掉', sourceVolume(0)],
  ['看得很舒服，我阿妈也说好', nothing],
  ['导出mp4，1080', exportAs('mp4', '1080p')],
  // 18. 甘肃甘南迭部扎尕那：藏寨里的民宿老板（平实、认真）
  ['扎尕那的日出素材，剪成一分十秒左右', best(70)],
  ['做成4:5的，发小红书', aspect('4:5')],
  ['加个片头卡片，写「扎尕那 石头匣子」，三秒', card('intro', '扎尕那 石头匣子', 3)],
  ['整个片子开头淡入两秒，结尾淡出两秒', fade('clip', 2000, 2000)],
  ['第二段剪短三秒', trimBy(2, 3000)],
  ['音乐用lofi，声音百分之二十', music('lofi', 0.2)],
  ['算了，音乐还是不换了，就用现在这个', nothing],
  ['标题改成「扎尕那的早晨」，然后导出 mov，4K', then(editText({ text: '扎尕那的早晨' }), exportAs('mov', '4k'))],
  // 19. 香港鰂魚涌：插花工作室的導師（繁體書面，夾少少粵語）
  ['請將插花示範剪成一分半鐘。', best(90)],
  ['影片請改為直向 9:16，學生多數用手機看。', aspect('9:16')],
  ['請在頂部加標題「鰂魚涌花藝 週六班」。', text('鰂魚涌花藝 週六班', { position: 'top' })],
  ['第三段剪到只餘五秒。', trimTo(3, 5000)],
  ['上載嗰幾條片全部原條放上去，一秒都唔好剪。', keepAll],
  ['兩段之間加 0.3 秒交叉淡化。', crossfade(300)],
  ['請問可唔可以幫影片設定密碼？', nothing],
  ['剪錯咗，撤銷兩步。', then(undo, undo)],
  ['匯出 1080p，要 mp4，畀學生下載。', exportAs('mp4', '1080p')],
  // 20. 香港錦田：圍村盆菜到會師傅（繁體粵語口語：唔該、嘅、咗、嚟、佢）
  ['幫我將整盆菜嘅片剪到三十秒得唔得', best(30)],
  ['要打直嘅，剪到十五秒，IG reels 用', then(aspect('9:16'), best(15))],
  ['加個標題：「錦田圍村盆菜 三代人手勢」', text('錦田圍村盆菜 三代人手勢')],
  ['第二段擺最前', moveMoment(2, 1)],
  ['冇嘢發生嘅位快轉五倍', idle(5)],
  ['啲背景音樂收細少少', quieter],
  ['唔該晒，師傅睇完好開心', nothing],
  ['最尾淡出一秒', fade('clip', undefined, 1000)],
  ['出片，720p，mp4', exportAs('mp4', '720p')],
  // 21. 香港東涌：空中服務員，拍外站的生活（繁體，夾大量英文：layover、highlight reel、caption、ducking）
  ['Layover 拍咗好多，幫我 cut 個 highlight reel，45 seconds', best(45)],
  ['Format 要 vertical，for Reels', aspect('9:16')],
  ['加個 caption 喺 bottom：「Crew life, day 3」', text('Crew life, day 3', { style: 'caption', position: 'bottom' })],
  ['Music 換成我 upload 嘅 layover_chill.mp3，volume 20%', music('layover_chill.mp3', 0.2)],
  ['Title 改做 “Off duty”', editText({ text: 'Off duty' })],
  ['成條片 speed up 1.5x', speed(1.5)],
  ['Ducking 唔使，music 一路保持同一個 level', ducking(false)],
  ['Title 唔使再改住，I changed my mind，keep 住先', nothing],
  ['Export 4K mov，仲要一個 720p mp4', then(exportAs('mov', '4k'), exportAs('mp4', '720p'))],
  // 22. 台灣高雄旗津：海邊烤小卷的攤子（台灣繁體夾台語：歹勢、足讚、母湯、水喔、啦）
  ['烤小卷的影片幫我剪成15秒啦', best(15)],
  ['要放 Shorts，改成直的喔', aspect('9:16')],
  ['加標題「旗津烤小卷 現烤的啦」，放上面', text('旗津烤小卷 現烤的啦', { position: 'top' })],
  ['只用 cijin_grill.mp4 這支，其他的不要', only('cijin_grill.mp4')],
  ['第三段母湯，刪掉', removeMoment(3)],
  ['歹勢，第一段跟第二段調換一下', moveMoment(1, 2)],
  ['足讚！客人都說水喔', nothing],
  ['影片開頭淡入，一秒就好', fade('clip', 1000)],
  ['解析度先設 1080p 就好，等一下再匯出', resolution('1080p')],
  // 23. 台灣彰化田尾：多肉植物溫室（台灣網路用語：ㄉ、欸、超、XD、揪咪）
  ['多肉換盆ㄉ影片剪成一分鐘XD', best(60)],
  ['換成正方形ㄉ，然後匯出 1080p 啦', then(aspect('1:1'), exportAs('mp4', '1080p'))],
  ['加字幕在中間：「今天換盆 30 株」', text('今天換盆 30 株', { style: 'caption', position: 'center' })],
  ['那些一直沒動ㄉ畫面直接剪掉', deadAir],
  ['在第 32 秒 zoom in 一下看葉子，停 3 秒', zoomAt(32, 3)],
  ['背景音樂超吵，關掉', noMusic],
  ['欸這個好好用，揪咪', nothing],
  ['加一個背景，用我上傳的 greenhouse_rows.jpg', background('greenhouse_rows.jpg')],
  ['第二段剪短 5 秒，太拖了', trimBy(2, 5000)],
  // 24. 台灣苗栗南庄：老街上的桂花釀小店（台灣繁體，客氣：您好、麻煩、謝謝您）
  ['您好，桂花釀的製作影片麻煩剪成 40 秒。', best(40)],
  ['麻煩改成 4:5，剪成 30 秒，要放臉書貼文。', then(aspect('4:5'), best(30))],
  ['麻煩加一個人名條「林阿姨，南庄老街桂花釀」。', text('林阿姨，南庄老街桂花釀', { style: 'lower-third' })],
  ['背景音樂換成我上傳的 osmanthus_guzheng.mp3。', music('osmanthus_guzheng.mp3')],
  ['結尾加一張卡片：「南庄老街 歡迎來坐」。', card('outro', '南庄老街 歡迎來坐')],
  ['麻煩把整支影片放慢一點，0.8 倍。', speed(0.8)],
  ['謝謝您，做得很細心。', nothing],
  ['請列出目前所有的軌道。', tracks],
  ['匯出 mov 1080p，另外再匯出一個 webm。', then(exportAs('mov', '1080p'), exportAs('webm'))],
  // 25. 新加坡惹兰勿刹：刻印章的老店（新加坡华语夹英文：lah、leh、can or not、sia）
  ['刻印章的 video 剪 30 秒 can or not', best(30)],
  ['Vertical lah，要 post TikTok', aspect('9:16')],
  ['加 title：「Jalan Besar 刻印章 since 1978」', text('Jalan Besar 刻印章 since 1978')],
  ['刻字那边还是看不清楚，zoom 再多一点', zoom('more')],
  ['Music 要 louder 一点 leh', louder],
  ['第二段 slow down 一半，看刀工', speed(0.5, 2)],
  ['Wah 这个 app 很 power sia', nothing],
  ['剪掉 20 秒到 26 秒那段，我的电话在响，然后 show 我 tracks', then(cut(20, 26), tracks)],
  ['Caption 加在 bottom：「地址 Jalan Besar 88号」，然后 export 720p 就好', then(text('地址 Jalan Besar 88号', { style: 'caption', position: 'bottom' }), exportAs('mp4', '720p'))],
  // 26. 新加坡克兰芝：青蛙农场的导览员（新加坡华语夹英文：teaser、part、kids）
  ['青蛙 farm 的导览，make 一个 50 秒的 teaser', best(50)],
  ['做 16:9，两分钟左右，要放 YouTube', then(aspect('16:9'), best(120))],
  ['什么都没在动的 part speed up 6 倍，太闷了', idle(6)],
  ['加一个 caption 在 top：「Kranji 青蛙农场 open daily」', text('Kranji 青蛙农场 open daily', { style: 'caption', position: 'top' })],
  ['背景音乐 at the end fade out 两秒', fade('music', undefined, 2000)],
  ['把 zoom 调少一点', zoom('less')],
  ['可以把青蛙的叫声变成音乐吗 haha', nothing],
  ['Start over 吧，我要换另一批素材', startOver],
  ['Export gif，给 kids 的 worksheet 用', exportAs('gif')],
  // 27. 马来西亚彭亨劳勿：猫山王榴莲园（大马华语：咯、酱、lah、不懂）
  ['猫山王榴莲园的视频剪一分钟咯，给游客看', best(60)],
  ['做竖的，要放 FB reels', aspect('9:16')],
  ['加标题：「劳勿猫山王 树上熟」', text('劳勿猫山王 树上熟')],
  ['只用 durian_drop.mp4 这个视频', only('durian_drop.mp4')],
  ['背景音乐大声一点，现在听不到', louder],
  ['第一段剪短三秒酱就好', trimBy(1, 3000)],
  ['今天榴莲掉太多，捡到手软咯', nothing],
  ['交叉淡化加一秒的', crossfade(1000)],
  ['标题拿掉，然后导出 1080p 给 agent 咯', then(removeText(), exportAs('mp4', '1080p'))],
  // 28. 马来西亚雪兰莪吉胆岛：渔村里卖鱼干虾米的店（大马福建腔：甲霸未、有够、啦）
  ['晒鱼干的视频剪到 25 秒啦', best(25)],
  ['那些没人讲话又没动的，快进 8 倍', idle(8)],
  ['加字幕在下面：「吉胆岛鱼干 直接从渔村来」', text('吉胆岛鱼干 直接从渔村来', { style: 'caption', position: 'bottom' })],
  ['背景音乐用 lofi 啦，声音小小，百分之十五', music('lofi', 0.15)],
  ['有够方便，甲霸未？', nothing],
  ['片头加一个卡，写「吉胆岛」', card('intro', '吉胆岛')],
  ['弄成方形，然后导出 720p', then(aspect('1:1'), exportAs('mp4', '720p'))],
  ['原声关掉，摩托声太吵', sourceVolume(0)],
  // 29. 美国加州罗兰岗 Rowland Heights：青少年醒狮队的教练（中英夹杂：practice、highlight、kids、cool）
  ['醒狮 practice 的 video，帮我 cut 一个 90 秒的 highlight', best(90)],
  ['改成 vertical，kids 要 post 到 Instagram Reels', aspect('9:16')],
  ['Title 改成「Rowland Heights 醒狮队」', editText({ text: 'Rowland Heights 醒狮队' })],
  ['鼓声太大，原声 turn down 到 30%', sourceVolume(0.3)],
  ['加个 lower third：「Coach Leung，醒狮教练」', text('Coach Leung，醒狮教练', { style: 'lower-third' })],
  ['狮子跳桩那段在 0:40 zoom in，hold 4 秒', zoomAt(40, 4)],
  ['Awesome，parents 都说 cool', nothing],
  ['Fade out 最后两秒', fade('clip', undefined, 2000)],
  ['Export 一个 4K 的 mp4 给学校', exportAs('mp4', '4k')],
  // 30. 英国诺丁汉 Nottingham：华人家的炸鱼薯条店（中英夹杂，英式：mate、innit、nice one）
  ['炸鱼的 video 帮我剪成 20 秒，mate', best(20)],
  ['加个标题「Lee\'s Chippy since 1992」', text('Lee\'s Chippy since 1992')],
  ['做成 square 的，Facebook 用', aspect('1:1')],
  ['背景音乐用我 upload 的 fryer_rock.mp3', music('fryer_rock.mp3')],
  ['原声调到 20%，油锅太吵了 innit', sourceVolume(0.2)],
  ['第二段 remove 掉，是我弟在做鬼脸', removeMoment(2)],
  ['这个比我想的简单多了，nice one', nothing],
  ['Undo 一下，刚才那个字幕加错了', undo],
  ['第一段 speed up 到 1.5 倍，然后 export 720p mp4，WhatsApp 给我妈', then(speed(1.5, 1), exportAs('mp4', '720p'))],
];
