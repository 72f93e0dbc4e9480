import type { Phrasing } from '../ops';
import { best, deadAir, idle, keepAll, only, aspect, resolution, text, editText, removeText, music, quieter, ducking, noMusic, sourceVolume, fade, crossfade, removeMoment, moveMoment, trimBy, trimTo, cut, cutLast, speed, undo, redo, startOver, tracks, exportAs, nothing, then, zoom, zoomAt, background, noBackground, card } from '../ops';

/**
 * Held-out 48 (written as fresh 48; measured blind in session 46, opened in session 47), Chinese: a blind phrasing set written by a helper on 2026-12-06 (`date`: Sun Dec  6 13:17:04 UTC 2026), to
 * measure the parser on words it was never tuned on. No theme: the everyday asks of people new to the tool, in about
 * the shares they come (lengths / best moments / teasers, shapes and platforms, music, texts and titles, exports, idle
 * stretches / dead air / keep everything / which uploads, moment edits and cuts, fades / crossfades / zoom /
 * backgrounds / cards, history / tracks / source sound, and lines that must change nothing), written as a forum
 * question, a help-thread post, a message to a friend who edits, or a first try of the tool. Mostly plain requests;
 * some with a reason or who it is for (要发抖音, 发给我孙女, 拍到我的腳, 镜头晃得很, 刻石头的声音好听, 给客服发微信, for
 * the WhatsApp group, 这边客户都用 Facebook, 省点空间); some terse (正方形 / 横屏 / 撤回 / 出个mp4 / 存成 gif / set 做
 * square / zoom 少啲); some polite and written out (您好，麻烦, 请将……剪辑成, 請在畫面中間加上, 麻煩輸出一份 MOV，謝謝您);
 * some in regional speech (东北话 哥们儿 / 磨叽 / 杠杠的 / 嗯呐, 山西话 夜来 / 不哇 / 寻 / 甚, 陕西话 额 / 咥 / 得是 / 日
 * 塌, 山东话 俺 / 拾掇 / 木有 / 杠赛, 河南话 中不 / 搁 / 老些 / 排场 / 白要, 湖北话 蛮 / 莫, 湖南话 冇 / 霸蛮 / 加起,
 * 贵州话 莫得 / 恼火, 四川话 撇脱 / 归一 / 莫来头, 重庆话 啷个 / 莫慌, 甘肃话 攒劲, 新疆话 没麻达 / 巴郎子, 宁波话 侬 /
 * 勿要 / 灵光, 广东普通话 发抖音先 / 好正 / 有心啦 / 移去最后, 粤语 嘅 / 揀 / 嗰啲 / 調位 / 細聲少少 / 撤返佢 / 冇嘢發
 * 生 / 搞掂未 / 俾我睇, 台语 歹勢 / 讚啦 / 按呢, 大马华语 酱紫 / 而已 / 几时 / 拿掉 / 开小小, Singlish lah / can already
 * / Paiseh / steady / sure like); mixing English (bgm, export, teaser, aspect, title, Instagram feed, TikTok, Reels,
 * IG 動態, B站, lofi, cut, vlog, square, lower third, duck, speed up, crossfade, zoom, show tracks, slow
 * motion, video, promo, fade in fade out, remove) and Hungarian (Jó napot, rendben, szuper); lowercase and emoji in a
 * few voices (来凤 🍃✨👇😭, 蘭嶼 🐟😎🙈❤️); a few with typos or broken grammar (分变率, 倒出来, 加标提, 第三个段 不要,
 * 背景音乐 没有 加一个, 竖的 手机看 声音 关掉). Five voices write traditional characters (大尾篤 and 打鼓嶺 in 香港; 富里,
 * 蘭嶼 and 平溪 in 台灣); the other 25 write simplified. Every line is meant to have one reading a careful editor
 * would carry out without asking.
 *
 * Read while writing (every file and command, exactly): my first command `cat /work/briefs/writer48.md; echo; ls
 * /work/briefs/` (the brief, whole; see slip 1 for the `ls`); `date -u; date; cat /work/briefs/issue13.md` (whole); in
 * /work/wt-writers48: `cat bench/phrasings/ops.ts; echo ======; cat bench/phrasings/sameEdit.ts` and `cat
 * src/protocol/editOps.ts; echo =====; cat src/protocol/draft.ts; echo ====; sed -n 1,20p README.md` (all four whole;
 * README's lines 1-20: the product description, the backends table and the two picture lines, not its "What you can
 * say" table); the header doc comments of bench/phrasings/heldout47/en.ts and bench/phrasings/heldout47/zh.ts, printed
 * once with the brief's awk in one `for` loop over the two files (the tool cut the middle of that print: I saw the
 * English header from its start to its counts paragraph and from the middle of its decided readings to its end, and
 * the Chinese header whole). /work/briefs/headers48.txt was never printed: `wc -l` on it (13207 lines) and twelve
 * `grep -c` / `grep -ci` loops over it, hit counts only (three of the loops printed only the words with no hit), for
 * about 850 words in all: about 600 candidate places in simplified and traditional Chinese (mainland counties and
 * towns, Hong Kong, Macau, Taiwan, Malaysia, Singapore and abroad, and a few in English), about 90 trades, products and
 * topics, about 110 dialect words, particles and foreign greetings, this set's file names and their parts, and a few of
 * its text and English words. Also run: `date -u` and `date` (several times); `mkdir -p /tmp/w48-zh` with `test -e` on
 * this file only (it printed "absent"); the draft written as /tmp/w48-zh/body.ts (this file's entries, with ops.ts
 * builder calls; nothing of the project imported there) and this header as /tmp/w48-zh/header.txt, both with the
 * editing tool; /tmp/w48-zh/count.py, a small python script of my own over the draft's text (entries, voice comments,
 * voices of other than 9 lines, repeats trimmed and lower-cased, must-change-nothing lines, lines of two or more and of
 * three or more operations, builder calls by name), run after each change; two inline python replaces over body.ts
 * for rewordings; /tmp/w48-zh/gen.py, which writes the imports, this header and the entries into this file; `mkdir -p
 * bench/phrasings/fresh48`; `npx tsc -p . --noEmit` with its whole output to a private file /tmp/w48-zh/tsc.out, never
 * printed, then `grep -c -F 'fresh48/'` and `grep -F 'fresh48/zh.ts'` on it (see slip 3); `npx tsc -p .
 * --listFilesOnly` piped into `grep -F 'fresh48/zh.ts'` (see slip 4); count.py run on this file; an inline python check of the counts
 * below (lengths, music levels, fades, calls in all) and `grep -n` / `grep -c` on this file for leftover placeholders and
 * comment ends; gen.py run three more times (the counts below filled in, corrected, and this paragraph), each time followed
 * by the type-check, the two greps and count.py.
 *
 * Not read: any phrasing line of any set, any other file of bench/phrasings/ (the folder was not listed; the new
 * folder was made with `mkdir -p` and only this file was checked with `test -e`), the parser (src/engine),
 * src/protocol/vocabulary.ts or any other src file, tsconfig.json, package.json, test/, scripts/, out/, dist/, the rest
 * of README.md, every other file under /work/briefs (none opened), headers48.txt beyond the counts of the greps, other
 * /work files and worktrees, /work/.library, and the English file written beside this one. No git command; no
 * sentence run through the parser, the CLI, the engine or the bench; no npm test. The built-in music beds and
 * gradients other than lofi and aurora were not known (they live in vocabulary.ts), so no line names another built-in;
 * text positions top / center / bottom, styles title / caption / lower-third and the slide motion are from draft.ts.
 *
 * Slips, said exactly: (1) My first command ended with `ls /work/briefs/`, which printed the names of the files there:
 * fix51-common.md, fix51a.md, fix51b.md, fix51c.md, g51-common.md, g51-en.md, g51-zh.md, g52-common.md, g52-en.md,
 * g52-zh.md, h46-en-misses.txt, h46-zh-misses.txt, h47-en-misses.txt, h47-zh-misses.txt, headers47.txt, headers48.txt,
 * issue13.md, review51-report.md, review51.md, rfix-common.md, rfixA.md, rfixB.md, rfixC.md, writer47.md, writer48.md;
 * none of them was opened beyond the brief, issue13.md and the counts in headers48.txt. (2) The held-out 47 headers,
 * read as allowed, name that set's voices, places, trades and file names, its dialect words, the topics of its
 * must-change-nothing lines, many quoted phrasing fragments and its decided readings (the English one also lists
 * places and words its writer turned away). I kept this set's places, trades and file names off them (each also
 * checked with grep -c in headers48.txt) and its must-change-nothing lines off their topics (no 修音, 教学视频, 草稿,
 * 多人一起剪, 使用說明, and the taken-back line here takes back music, not a moment), and kept or changed wordings near
 * the fragments they quote: no 直嘅 (here 轉做9:16), no 恢复回来 (here 重做), 退回去一步 became 往回退一步, no 极光, no
 * 放大，维持四秒 (here 放大，多停一会，6秒 and 保持5秒), no 上下用黑边补齐 (here 上下加黑邊 and 空出来的地方用黑边). Plain
 * wordings any user writes are still shared with the kinds they list (剪短 N 秒, 撤销, 撤回, 放到最后, 整个……倍, 导出,
 * 竖屏 / 横屏, 字幕, 人名条, 片头, 片尾, lofi); none was taken from them. (3) The brief's type-check compiles the whole
 * project, so tsc read src/protocol (vocabulary included) and whatever else tsconfig takes in; its whole output went to
 * the private file /tmp/w48-zh/tsc.out, never printed, only counted with `grep -c -F 'fresh48/'` (it printed 0)
 * and filtered with `grep -F 'fresh48/zh.ts'`, which printed nothing; tsc's exit status was 0 each time it ran (four times:
 * after the first copy of this file, and after each later rewrite of this header). (4) The `--listFilesOnly` check was grepped for this
 * file's path only ('fresh48/zh.ts', not the brief's 'fresh48/'), so that the path of the other writer's file would not
 * be shown; it printed this file's path. (5) Words kept although they had hits in headers48.txt (seen only as counts),
 * because the voice needs them or they are plain words: 磨叽 1, 杠杠的 1, 嗯呐 2, 夜来 1, 甚 20, 额 29, 得是 5, 俺 71,
 * 木有 4, 杠赛 6, 中不中 14 (written 中不), 莫得 9, 啷个 2, 攒劲 2, 麻达 7, 巴郎子 1, 侬 9, 啱啱 5, 搞掂 13, 歹勢 10,
 * 按呢 3, 几时 13, paiseh 10, steady 3, lah 97, 咯 70, 冇 76, 晒 28, 整成 12, 快轉 9, teaser 52, WhatsApp 48,
 * Instagram feed 47, B站 39, 视频号 42, Reels 123, vlog 10, 珍珠 0 and 南珠 0 beside 北海 4 (the place said as 广西),
 * 梅州 7 (said as 粤东), 景德镇 7 (said as 江西), 恩施 6 (said as 湖北), 凉山 2 (said as 四川), 甘南 5 (said as 甘肃),
 * 象山 3 (said as 宁波), 花蓮 5 (said as 台東縱谷), 大埔 8 (said as 新界); words turned away for a hit: 老铁 12, 多谢晒 5,
 * 還原返 1, farm tour 1, 限動 8, 罢了 25, 芦笙 1, lusheng 1, vineyard 1, pontian 3, ketam 2, 童装 2, 羽绒服 1, 驾校
 * 5, 醒狮 5, 足球 1, 温泉 7, 人参 4, 红木 4, 唐卡 1, 土家 4, 钧瓷 1, 提线木偶 1, 竹编 3, 射箭 1, 酒庄 5, suona 1,
 * guqin 10, rawap 1, köszönöm 1, szia 1, köszi 1. No other slip.
 *
 * Voices (30; each place checked in headers48.txt with grep -c and no hit; dialect words as said in slip 5):
 * 1. 临江, 吉林: 鸭绿江上带人冰钓的大哥 (东北话); 2. 张北, 河北: 坝上莜面馆的老板娘 (话少); 3. 胜芳, 霸州: 古典家具厂
 * 的直播运营 (客气); 4. 偏关, 山西: 老牛湾窑洞民宿的老板 (山西话); 5. 合阳, 渭南: 踅面馆的小伙 (陕西话); 6. 单县, 山东:
 * 羊肉汤馆的老板 (山东话); 7. 固始, 河南: 鹅块馆的老板 (河南话); 8. 来凤, 湖北: 卖藤茶的妹子 (emoji); 9. 泸溪, 湘西: 种
 * 椪柑的大叔 (湖南话); 10. 浮梁, 江西: 茶厂的年轻厂长 (书面); 11. 五华, 粤东: 老年门球队的队长; 12. 恩平, 江门: 濑粉档
 * 的老板 (广东普通话夹粤语); 13. 合浦, 广西: 南珠养殖场的大姐; 14. 岜沙, 从江: 苗寨里带团的导游 (贵州话); 15. 丙中洛, 云
 * 南: 峡谷徒步的向导 (话短); 16. 昭觉, 四川: 悬崖村的彝族小伙 (普通话不太顺); 17. 邛崃, 成都: 酒厂的品酒师 (四川话);
 * 18. 彭水, 重庆: 晶丝苕粉作坊的嬢嬢 (重庆话); 19. 卓尼, 甘肃: 刻洮砚的老匠人; 20. 焉耆, 新疆: 葡萄酒厂的销售小哥 (夹英
 * 文); 21. 临高, 海南: 烤乳猪店的老板; 22. 石浦, 宁波: 渔港晒鱼鲞的阿姨 (宁波话); 23. 大尾篤, 香港: 租單車舖嘅老闆 (粵
 * 語); 24. 打鼓嶺, 香港: 有機農場嘅後生仔 (粵英夾雜); 25. 富里, 台東縱谷: 稻米便當店的老闆娘 (台語夾雜); 26. 蘭嶼: 飛魚季
 * 民宿的年輕人 (emoji); 27. 平溪, 新北: 天燈店的老闆娘 (客氣); 28. 笨珍, 柔佛: 螃蟹海鲜馆第三代 (大马华语); 29. 武吉班让,
 * 新加坡: 补习中心的老师 (Singlish); 30. 布达佩斯, 匈牙利: 四虎市场卖围巾的温州人 (夹匈牙利语).
 * File names of this set (no hit as names or parts, except as said in slip 5): shandong_bangzi.mp3, fuliang_qinqu.mp3,
 * basha_gesheng.mp3, yanqi_putao.mp3 (music); menqiu_final.mp4, kaizhu_02.mp4, kaozhu_1.mp4, kaozhu_3.mp4,
 * class_a.mp4, class_b.mp4 (uploads); haitan.jpg, kedai_logo.png (backgrounds).
 *
 * Counts (by count.py, on this file): 270 lines (30 voices x 9), none repeated (compared trimmed and lower-cased);
 * 27 (10 %) must change nothing (questions about the product: 零下三十度, 快手, 湘西话, 上传到网络, Mac, 天燈上的字; a
 * request taken back: 想把音乐加上……还是不加了; one put off: 标题要不要改呢…先不改了; thanks, praise, chatter and a status
 * question: 搞掂未呀？); 43 lines (16 %) of two or three requests (two of three); the other 243 lines make 289 builder
 * calls: exportAs 39, best 31 (15 s 2, 20 s 4, 25 s 2, 30 s 5, 35 s 1, 40 s 2, 45 s 3, 50 s 1, 60 s 6, 75 s 1, 90 s 2,
 * 120 s 1, 180 s 1), aspect 28, music 28 (with a level said 15, three followed by ducking off, which folds; one followed
 * by quieter, the only level change without music named), text 21, editText 12, speed 12, card 11, removeMoment 10,
 * sourceVolume 8, moveMoment 7, undo 7, fade 7 (one of the music), trimBy 6, crossfade 6, idle 5, zoomAt 5, zoom 5,
 * resolution 4, deadAir 4, cut 4, only 4, background 4, tracks 3, ducking 3, cutLast 3, removeText 3, trimTo 2,
 * startOver 2, redo 1, keepAll 1, quieter 1, noMusic 1 (on a draft with no music, the same as nothing under sameEdit),
 * noBackground 1.
 * Decided readings: a length alone is best moments at that length (半分钟 30 s, 一分半 90 s, 一分十五秒 75 s, 两分钟 120
 * s, 三分钟 180 s, 1 minute 60 s); 竖屏 / 竖的 / 直的 / 9:16 / 抖音 / TikTok / Reels / IG 動態 / 视频号 9:16, 横屏 / 横的
 * / 橫的 / B站 / YouTube 16:9, 方的 / 正方形 / 1比1 / square / Facebook 方的 1:1, 4:5 said in each 4:5 line; 模糊的画面
 * 填上 / 模糊背景补 blur, 上下别留黑边，裁满 crop, 黑边 letterbox; music with no track named is lofi, with no level 35 %
 * ducked; 人说话的时候不要把音乐压下去 / duck 唔使 / 不要 duck ducking off (folded into the music just added); 原声 / 声儿 /
 * 影片本身的聲音 the footage's own sound (关了 / 静音 / 关掉 0); a text with no number is the draft's one title (改成 / 写
 * 成 / 挪 / 搁 / 放 / 删掉), 加个标题 / 加行字 / 加个字 a new text; 字幕 a caption, 人名条 / lower third a lower third; words
 * after a colon up to the next instruction, or inside 「」 / “” / "", are the text; 上面 / 上头 / 上方 / 顶上 / on top
 * top, 下边 / 底下 / 底部 / 最下面 / 下方 bottom, 中间 center; 结尾加 anchored at the end; 前 N 秒 0-N s, 第a秒到第b秒 a-b,
 * 在第N秒 a start with the default length; 片头 / 开头……卡片 intro, 片尾 outro, 2 s unless said; 淡入 / 淡出 / fade in /
 * fade out 1 s unless said, of the clip unless 音乐 is said; 过渡 / 叠化 / 淡一下 between parts / 淡入淡出的轉場 /
 * crossfade 0.5 s unless said, 直接切换 0; 没动静 / 没人 / 冇嘢發生 with 快进 / 加快 / 快轉 / speed up the idle speed-up
 * (4x unless said), with 剪 dead air; 全部视频都留着，一点也不要剪 keep everything; 最后 / 最前头 place 3 / 1; 剪短 / 短 /
 * 剪掉 N 秒 of a moment trim by, 只留 / 留 N 秒 trim to; 最后 N 秒 cut from the end, 开头那三秒 / 前面10秒 a cut from 0,
 * a 到 b 秒 a cut; 第 N 秒放大 a zoom there, held 3 s unless said; 自动放大 auto, 再大一些 more, 少啲 less, 关了 off;
 * 默认背景 / 加个背景 aurora, an image's file name that image; 导出 / 出 / 倒出 / 輸出 / 存成 / export mp4 unless a format
 * is said, with the resolution said (1080 1080p, 4K 4k), several exports in the order said; 撤回 / 撤了 / 回去一步 /
 * 撤返 one undo, 撤销两步 two; 重做 redo; 从头来过 / 全部清掉 start over; 轨道 / tracks the tracks. A request worded as a
 * question is the request (请问可以改成4:5吗？); a question about the product beside no request changes nothing.
 *
 * Read against a draft of 3 moments and 1 text (a title), no music.
 * The lead dropped 8 lines shared (letter case aside) with an earlier set or repeated, by a script that printed
 * counts only: 262. The lead saw no line of this file.
 * Measured blind on 998ed88b (session 46, the grammar at the session's start):
 * 236/262 = 90.1 % (8 wrong edits, 7 right edits with words left unread, 5 asked first, 6 not read).
 * Measured blind again on 6095b0b4 (session 47's start, after round 52):
 * 236/262 = 90.1 % (8 wrong edits, 7 right edits with words left unread, 5 asked first, 6 not read).
 * Opened in session 47, while fresh 49 was written by helpers who saw nothing of it.
 */
export const heldout48Zh: [string, Phrasing['want']][] = [
  // 1. 临江, 吉林: 鸭绿江上带人冰钓的大哥 (东北话: 磨叽, 杠杠的, 嗯呐, 整)
  ['哥们儿，冰钓这些素材给我剪成30秒的，别磨叽', best(30)],
  ['整成竖屏，完事儿导个1080的', then(aspect('9:16'), exportAs('mp4', '1080p'))],
  ['背景音乐来一个，声儿别太大，20%就行', music('lofi', 0.2)],
  ['开头那个标题改成「鸭绿江冰钓」', editText({ text: '鸭绿江冰钓' })],
  ['第二段凿冰窟窿那块儿太长了，剪短3秒', trimBy(2, 3000)],
  ['干坐着等鱼咬钩、啥动静没有的那些地方，快进过去', idle()],
  ['标题挪到中间，再把没用的第三段删了', then(editText({ position: 'center' }), removeMoment(3))],
  ['最后加个片尾，写“关注老李冰钓”', card('outro', '关注老李冰钓')],
  ['嗯呐，就这样，杠杠的', nothing],
  // 2. 张北, 河北: 坝上莜面馆的老板娘 (话少, 直来直去)
  ['弄个一分钟的，挑好的，横屏', then(best(60), aspect('16:9'))],
  ['分变率720p', resolution('720p')],
  ['加行字：张北莜面，放在下边', text('张北莜面', { position: 'bottom' })],
  ['第三段搓莜面的挪到最前头', moveMoment(3, 1)],
  ['原来的声儿关了，光要音乐', then(sourceVolume(0), music())],
  ['快点儿，整个1.5倍速', speed(1.5)],
  ['刚才撤销的那步，重做', redo],
  ['出个mp4', exportAs()],
  // 3. 胜芳, 霸州, 河北: 古典家具厂的直播运营 (客气, 电商口吻: 您好, 麻烦, 亲)
  ['您好，麻烦帮我把展厅视频剪成45秒的精华', best(45)],
  ['请问可以改成4:5吗？准备发IG', aspect('4:5')],
  ['麻烦在底部加个字幕：源头工厂 支持定制', text('源头工厂 支持定制', { style: 'caption', position: 'bottom' })],
  ['每段之间加个过渡，柔和一点的，开头结尾也淡一下', then(crossfade(), fade('clip', 1000, 1000))],
  ['背景音乐麻烦选lofi，音量30%，亲', music('lofi', 0.3)],
  ['片头放一张卡片，写“老榆木 新做工”，停3秒', card('intro', '老榆木 新做工', 3)],
  ['第二段沙发那段放慢一点，0.75倍，谢谢', speed(0.75, 2)],
  ['辛苦您了，效果很好', nothing],
  ['先导出一个1080p的mp4，再导一个720p的给客服发微信', then(exportAs('mp4', '1080p'), exportAs('mp4', '720p'))],
  // 4. 偏关, 山西: 老牛湾窑洞民宿的老板 (山西话: 夜来, 不哇, 寻, 甚)
  ['夜来拍的黄河日出，给咱剪个半分钟的，能不哇', best(30)],
  ['做成竖的，两边空的用模糊的画面填上', aspect('9:16', 'blur')],
  ['寻个背景音乐配上，小些，百分之十五', music('lofi', 0.15)],
  ['第一段只留5秒，第三段不要了', then(trimTo(1, 5000), removeMoment(3))],
  ['标题写成：老牛湾窑洞 看黄河', editText({ text: '老牛湾窑洞 看黄河' })],
  ['开头淡入，结尾淡出', fade('clip', 1000, 1000)],
  ['甚也不懂，这个能直接传到快手上不？', nothing],
  ['窑洞那段在第18秒，放大看看炕上的窗花', zoomAt(18)],
  ['弄好了就导出来，再叫我看看都有哪些轨道', then(exportAs(), tracks)],
  // 5. 合阳, 渭南, 陕西: 踅面馆的小伙 (陕西话: 额, 咥, 得是, 日塌)
  ['把咥踅面的镜头剪个20秒的短视频', best(20)],
  ['额想要方的，1比1，1080的', then(aspect('1:1'), resolution('1080p'))],
  ['加音乐，人说话的时候不要把音乐压下去', then(music(), ducking(false))],
  ['日塌了，刚才那步撤了', undo],
  ['第三段跟第二段换个位置', moveMoment(2, 3)],
  ['加个标题“合阳踅面 一碗十块”，放中间，就前四秒', text('合阳踅面 一碗十块', { position: 'center', start_ms: 0, end_ms: 4000 })],
  ['得是能把原声调小？调到百分之三十', sourceVolume(0.3)],
  ['中间没声音也没动静的地方剪了', deadAir],
  ['出个gif，额发到群里', exportAs('gif')],
  // 6. 单县, 山东: 羊肉汤馆的老板 (山东话: 俺, 拾掇, 木有, 杠赛)
  ['俺这个熬汤的视频拾掇拾掇，弄成40秒，竖屏，上下别留黑边，裁满了', then(best(40), aspect('9:16', 'crop'))],
  ['加个标题：单县羊肉汤 百年老店', text('单县羊肉汤 百年老店')],
  ['木有声音的那些空档子剪掉', deadAir],
  ['第一段快放，两倍', speed(2, 1)],
  ['背景音乐用俺传的 shandong_bangzi.mp3', music('shandong_bangzi.mp3')],
  ['杠赛！俺闺女看了都说好', nothing],
  ['把最后那段删了吧', removeMoment(3)],
  ['字太靠上了，标题挪到底下', editText({ position: 'bottom' })],
  ['导出4K的，mov格式', exportAs('mov', '4k')],
  // 7. 固始, 河南: 鹅块馆的老板 (河南话: 中, 排场, 老些, 白)
  ['鹅块视频剪一个15秒的预告，中不？', best(15)],
  ['白要横的，要竖的', aspect('9:16')],
  ['标题搁上头', editText({ position: 'top' })],
  ['老些没人的空镜头，都给它加快，8倍', idle(8)],
  ['段跟段之间加个叠化，一秒钟', crossfade(1000)],
  ['在第8秒那儿放大一下，叫人看清鹅块', zoomAt(8)],
  ['整得可排场，谢了啊', nothing],
  ['音乐加上，调到百分之二十，再导出一个mp4', then(music('lofi', 0.2), exportAs())],
  ['镜头晃得很，自动放大那个功能关了吧', zoom('off')],
  // 8. 来凤, 湖北: 卖藤茶的妹子 (小写英文, emoji, 湖北话: 蛮, 莫)
  ['帮我剪个25s的藤茶视频呀 🍃', best(25)],
  ['要发视频号，竖屏的哈', aspect('9:16')],
  ['bgm加一个 蛮轻的那种 25%', music('lofi', 0.25)],
  ['标题要不要改呢…先不改了', nothing],
  ['第一段莫要了', removeMoment(1)],
  ['结尾加一行字「下单链接在评论区」👇', text('下单链接在评论区', { anchor: 'end' })],
  ['哇 好好看 😭 开头再加个卡片「来凤藤茶」', card('intro', '来凤藤茶')],
  ['采茶那段是第二段，放慢到0.5倍', speed(0.5, 2)],
  ['export一下 1080p，再来一个gif', then(exportAs('mp4', '1080p'), exportAs('gif'))],
  // 9. 泸溪, 湘西: 种椪柑的大叔 (湖南话: 咯, 冇, 霸蛮)
  ['把摘椪柑的视频剪到一分钟咯', best(60)],
  ['冇人讲话、冇动静的地方都快进过去', idle()],
  ['横屏就好，背景音乐也加起，音量百分之四十', then(aspect('16:9'), music('lofi', 0.4))],
  ['第三段最后那几秒剪掉，短两秒，第一段也短两秒', then(trimBy(3, 2000), trimBy(1, 2000))],
  ['片尾加个卡片：泸溪椪柑 甜到心里', card('outro', '泸溪椪柑 甜到心里')],
  ['霸蛮搞了半天，还是从头来过吧', startOver],
  ['你们这个认得到湘西话不？', nothing],
  ['开头那三秒没用，剪掉', cut(0, 3)],
  ['导出，要高清的，1080', exportAs('mp4', '1080p')],
  // 10. 浮梁, 江西: 茶厂的年轻厂长 (书面, 规整, 句号)
  ['请将采茶和制茶的素材剪辑成一段90秒的宣传片。', best(90)],
  ['画面比例请设置为16:9，分辨率4K。', then(aspect('16:9'), resolution('4k'))],
  ['请添加标题“浮梁红茶”，显示在画面上方，从第0秒到第5秒。', text('浮梁红茶', { position: 'top', start_ms: 0, end_ms: 5000 })],
  ['在第10秒添加人名条：王师傅，制茶技师', text('王师傅，制茶技师', { style: 'lower-third', start_ms: 10000 })],
  ['背景音乐请使用我上传的 fuliang_qinqu.mp3，音量百分之二十五。', music('fuliang_qinqu.mp3', 0.25)],
  ['视频开头请淡入两秒。', fade('clip', 2000)],
  ['请问处理过程中，素材会上传到网络吗？', nothing],
  ['片段之间不需要转场，直接切换即可。', crossfade(0)],
  // 11. 五华, 粤东: 老年门球队的队长 (退休老人, 句子短, 打字慢)
  ['门球比赛的录像，帮我剪成两分钟', best(120)],
  ['全部视频都留着，一点也不要剪', keepAll],
  ['只要 menqiu_final.mp4 这一个文件', only('menqiu_final.mp4')],
  ['加标题：五华门球队 重阳杯', text('五华门球队 重阳杯')],
  ['击球那段第二段，放慢一半', speed(0.5, 2)],
  ['声音太小，原声调大到150%', sourceVolume(1.5)],
  ['老伙计们都等着看，等下我发给他们', nothing],
  ['往回退一步，然后导出', then(undo, exportAs())],
  ['帮我倒出来，要MP4的', exportAs('mp4')],
  // 12. 恩平, 江门: 濑粉档的老板 (广东普通话夹粤语: 啦, 咯, 先, 好正, 晒)
  ['帮我搞个25秒的濑粉视频啦', best(25)],
  ['要竖的，发抖音先', aspect('9:16')],
  ['字幕加个“恩平濑粉 好正”，放底下', text('恩平濑粉 好正', { style: 'caption', position: 'bottom' })],
  ['原声太吵啦，调到20%，加点lofi音乐咯，再自动放大', then(sourceVolume(0.2), music('lofi'), zoom('auto'))],
  ['第二段移去最后', moveMoment(2, 3)],
  ['加个片头：恩平濑粉 三代人做', card('intro', '恩平濑粉 三代人做')],
  ['好啦好啦，有心啦', nothing],
  ['标题五秒之后先出来，出到第九秒', editText({ start_ms: 5000, end_ms: 9000 })],
  ['gif同mp4各导一个', then(exportAs('gif'), exportAs())],
  // 13. 合浦, 广西: 南珠养殖场的大姐 (广西普通话: 嘛, 咯)
  ['开珠那段视频，剪成35秒的', best(35)],
  ['做成正方形的嘛', aspect('1:1')],
  ['加个标题：合浦南珠 千年传承，要滑进来的那种', text('合浦南珠 千年传承', { motion: 'slide' })],
  ['只用 kaizhu_02.mp4 这一个', only('kaizhu_02.mp4')],
  ['背景换成我传的 haitan.jpg', background('haitan.jpg')],
  ['帮我看下现在都有哪些轨道', tracks],
  ['那串珍珠项链是我妈年轻时候戴的', nothing],
  ['第三段放到第一段前面，然后导出 1080p 咯', then(moveMoment(3, 1), exportAs('mp4', '1080p'))],
  // 14. 岜沙, 从江, 贵州: 苗寨里带团的导游 (贵州话: 莫得, 恼火, 嘛)
  ['游客跟着跳舞那段，剪一个一分半的，竖屏，空出来的地方用黑边', then(best(90), aspect('9:16', 'letterbox'))],
  ['莫得人说话的地方剪了嘛', deadAir],
  ['第一段再短点，剪掉4秒', trimBy(1, 4000)],
  ['加个人名条：贾略，岜沙导游', text('贾略，岜沙导游', { style: 'lower-third' })],
  ['弄了半天好恼火，撤销两步', then(undo, undo)],
  ['今天团里来了四十几个人，累惨了', nothing],
  ['音乐换成我传的 basha_gesheng.mp3', music('basha_gesheng.mp3')],
  ['导一个webm的', exportAs('webm')],
  // 15. 丙中洛, 云南: 峡谷徒步的向导 (话短, 户外口吻)
  ['徒步视频，压缩到三分钟', best(180)],
  ['加个默认背景，圆角阴影那种', background()],
  ['在0:12的位置放大，保持5秒', zoomAt(12, 5)],
  ['溜索那段（第二段）加速到3倍', speed(3, 2)],
  ['加lofi，40%，音乐淡入3秒', then(music('lofi', 0.4), fade('music', 3000))],
  ['把40秒到50秒那段剪掉', cut(40, 50)],
  ['信号太差，明天再弄', nothing],
  ['结尾最后5秒不要，然后导出720p，省点空间', then(cutLast(5), exportAs('mp4', '720p'))],
  ['放大功能打开，自动的就行', zoom('auto')],
  // 16. 昭觉, 四川: 悬崖村的彝族小伙 (普通话不太顺, 空格断句)
  ['我爬钢梯的视频 剪短 30秒', best(30)],
  ['竖的 手机看 声音 关掉', then(aspect('9:16'), sourceVolume(0))],
  ['标题 改 “悬崖村 一起爬”', editText({ text: '悬崖村 一起爬' })],
  ['第三个段 不要', removeMoment(3)],
  ['背景音乐 没有 加一个', music()],
  ['钢梯那里 第5秒 放大', zoomAt(5)],
  ['刚才 不对 回去一步', undo],
  ['我 汉语 不好 对不起', nothing],
  ['好了 出 mp4 1080', exportAs('mp4', '1080p')],
  // 17. 邛崃, 成都: 酒厂的品酒师 (四川话: 撇脱, 归一, 莫来头)
  ['酒厂的素材剪个50秒的出来，撇脱点', best(50)],
  ['横的，B站用，每段之间淡一下', then(aspect('16:9'), crossfade())],
  ['标题放中间，5秒到10秒显示', editText({ position: 'center', start_ms: 5000, end_ms: 10000 })],
  ['第二段勾兑的，留6秒就够了', trimTo(2, 6000)],
  ['加个片头卡片“邛崃 · 酒乡”', card('intro', '邛崃 · 酒乡')],
  ['音乐用lofi，35%，说话的时候自动压低', music('lofi', 0.35)],
  ['想把音乐加上……想了想还是不加了，就原声', nothing],
  ['原声静音，莫来头', sourceVolume(0)],
  ['弄归一了就导出mov', exportAs('mov')],
  // 18. 彭水, 重庆: 晶丝苕粉作坊的嬢嬢 (重庆话: 莫慌, 啷个, 哈)
  ['苕粉视频剪成一分钟，莫慌，慢慢弄', best(60)],
  ['啷个把它弄成竖屏嘛', aspect('9:16')],
  ['加个字：彭水晶丝苕粉，放最下面', text('彭水晶丝苕粉', { position: 'bottom' })],
  ['晒粉那段太快了，第三段放慢到0.5倍', speed(0.5, 3)],
  ['背景音乐加一个，再小声一点', then(music(), quieter)],
  ['开头加个3秒的卡片：嬢嬢的苕粉', card('intro', '嬢嬢的苕粉', 3)],
  ['我孙女教我用的这个，她在重庆读大学', nothing],
  ['中间那段（第二段）删了哈', removeMoment(2)],
  ['导出来，发给我孙女', exportAs()],
  // 19. 卓尼, 甘肃: 刻洮砚的老匠人 (话少, 老派)
  ['刻砚台的视频，剪成四十五秒的', best(45)],
  ['刻字的时候在第15秒，放大，多停一会，6秒', zoomAt(15, 6)],
  ['放大的程度再大一些', zoom('more')],
  ['不要音乐，原声留着，刻石头的声音好听，调到百分之八十', then(noMusic, sourceVolume(0.8))],
  ['标题只显示前六秒', editText({ start_ms: 0, end_ms: 6000 })],
  ['标题改成「卓尼洮砚」，显示在顶上', editText({ text: '卓尼洮砚', position: 'top' })],
  ['攒劲！', nothing],
  ['导出4K的mp4', exportAs('mp4', '4k')],
  // 20. 焉耆, 新疆: 葡萄酒厂的销售小哥 (夹英文: teaser, aspect, title, bgm; 没麻达)
  ['酒厂航拍加葡萄园的，剪个 teaser，20秒', best(20)],
  ['aspect 改成 4:5，发 Instagram feed', aspect('4:5')],
  ['加个 title：焉耆 · 天山脚下的酒', text('焉耆 · 天山脚下的酒')],
  ['bgm 用 yanqi_putao.mp3', music('yanqi_putao.mp3')],
  ['没人说话画面也不动的那些，统统剪掉，没麻达', deadAir],
  ['整体加速1.25倍，再导个gif看看', then(speed(1.25), exportAs('gif'))],
  ['片尾卡片写 "Yanqi Wine 2026"，停3秒', card('outro', 'Yanqi Wine 2026', 3)],
  ['巴郎子们都说好看', nothing],
  ['导出 1080p，再导一个 4K 的', then(exportAs('mp4', '1080p'), exportAs('mp4', '4k'))],
  // 21. 临高, 海南: 烤乳猪店的老板 (海南普通话, 平实)
  ['烤乳猪的视频，剪三十秒', best(30)],
  ['竖的，两边用模糊背景补', aspect('9:16', 'blur')],
  ['加标提“临高乳猪 皮脆肉嫩”，就前3秒', text('临高乳猪 皮脆肉嫩', { start_ms: 0, end_ms: 3000 })],
  ['刷油那段，第二段，短2秒', trimBy(2, 2000)],
  ['明天还要去海口进货', nothing],
  ['音乐加一个，音量百分之五十，视频开始淡入一秒，结束淡出两秒', then(music('lofi', 0.5), fade('clip', 1000, 2000))],
  ['只用 kaozhu_1.mp4 跟 kaozhu_3.mp4', only('kaozhu_1.mp4', 'kaozhu_3.mp4')],
  ['原来那个标题删掉', removeText()],
  // 22. 石浦, 宁波: 渔港晒鱼鲞的阿姨 (宁波话: 侬, 勿要, 灵光)
  ['侬帮我把晒鱼鲞的视频剪成一分十五秒', best(75)],
  ['背景音乐放轻点，百分之十', music('lofi', 0.1)],
  ['第三段摆到最前头', moveMoment(3, 1)],
  ['标题勿要了，删掉，结尾加一句：欢迎来石浦', then(removeText(), text('欢迎来石浦', { anchor: 'end' }))],
  ['第二段放快点，1.5倍', speed(1.5, 2)],
  ['灵光的，谢谢侬', nothing],
  ['画面四周加个背景，好看点的', background()],
  ['导出 mp4', exportAs()],
  // 23. 大尾篤, 新界, 香港: 租單車舖嘅老闆 (粵語, 繁體: 嘅, 揀, 啱啱, 返)
  ['幫我剪條30秒嘅片，揀最精彩嗰啲', best(30)],
  ['轉做9:16，要擺上 Reels', aspect('9:16')],
  ['加個標題：大尾篤單車 一日遊', text('大尾篤單車 一日遊')],
  ['第一段同第二段調位', moveMoment(1, 2)],
  ['配返首lofi，細聲少少，20%', music('lofi', 0.2)],
  ['啱啱嗰步唔啱，撤返佢', undo],
  ['成段冇嘢發生嘅位快轉', idle()],
  ['搞掂未呀？', nothing],
  ['出條1080p mp4，再出多條 mov，唔該', then(exportAs('mp4', '1080p'), exportAs('mov'))],
  // 24. 打鼓嶺, 新界, 香港: 有機農場嘅後生仔 (粵英夾雜, 繁體)
  ['幫我 cut 個 45s 嘅農場 vlog', best(45)],
  ['set 做 square', aspect('1:1')],
  ['lower third 加「阿Ken，農場主」', text('阿Ken，農場主', { style: 'lower-third' })],
  ['music 加 lofi，duck 唔使', then(music('lofi'), ducking(false))],
  ['第三段 speed up 1.5x', speed(1.5, 3)],
  ['crossfade 0.8秒', crossfade(800)],
  ['zoom 少啲', zoom('less')],
  ['show 晒啲 tracks 俾我睇', tracks],
  ['export webm 同 gif', then(exportAs('webm'), exportAs('gif'))],
  // 25. 富里, 台東縱谷: 稻米便當店的老闆娘 (台語夾雜: 歹勢, 讚啦, 按呢; 繁體)
  ['歹勢，我第一次用，想請問這個在 Mac 上可以用嗎？', nothing],
  ['要直的，上下加黑邊，整支剪成一分鐘', then(aspect('9:16', 'letterbox'), best(60))],
  ['標題改成「富里便當 好吃啦」', editText({ text: '富里便當 好吃啦' })],
  ['加一首輕鬆的音樂，音量30%', music('lofi', 0.3)],
  ['第二段的稻田拍太久，後面剪掉3秒', trimBy(2, 3000)],
  ['片尾放一張卡片：富里農會旁邊 歡迎來吃', card('outro', '富里農會旁邊 歡迎來吃')],
  ['讚啦！順便第三段也刪掉', removeMoment(3)],
  ['按呢好像太長，第20秒到第30秒剪掉', cut(20, 30)],
  ['輸出 MP4 1080p', exportAs('mp4', '1080p')],
  // 26. 蘭嶼, 台東: 飛魚季民宿的年輕人 (台灣年輕人口吻, emoji: 欸, 超, 啦; 繁體)
  ['欸 幫我剪個15秒的短片 要超精華 🐟', best(15)],
  ['直的 要發 IG 動態', aspect('9:16')],
  ['加音樂 lofi 就好 😎', music('lofi')],
  ['把第2段刪掉啦 拍到我的腳 🙈', removeMoment(2)],
  ['最後加一張片尾卡「蘭嶼見」', card('outro', '蘭嶼見')],
  ['整支都加速 2 倍 哈哈', speed(2)],
  ['超可愛 謝謝 ❤️', nothing],
  ['欸 我想重來 全部清掉 重新剪一個20秒的', then(startOver, best(20))],
  ['存成 gif', exportAs('gif')],
  // 27. 平溪, 新北: 天燈店的老闆娘 (很客氣, 繁體)
  ['您好，請幫我把放天燈的影片剪成40秒，謝謝。', best(40)],
  ['請問可以改成橫的嗎？', aspect('16:9')],
  ['請在畫面中間加上「平溪天燈 願望成真」，第3秒到第7秒。', text('平溪天燈 願望成真', { position: 'center', start_ms: 3000, end_ms: 7000 })],
  ['原本的標題請移到下方。', editText({ position: 'bottom' })],
  ['片段之間請加上淡入淡出的轉場。', crossfade()],
  ['影片背景不要了，恢復原來的畫面。', noBackground],
  ['請問天燈上的字可以自動辨識出來嗎？', nothing],
  ['影片本身的聲音調到百分之六十，再加一點背景音樂。', then(sourceVolume(0.6), music())],
  ['麻煩輸出一份 MOV，謝謝您。', exportAs('mov')],
  // 28. 笨珍, 柔佛, 马来西亚: 螃蟹海鲜馆第三代 (大马华语: 酱紫, 而已, 几时, 拿掉)
  ['帮我弄一个20秒的螃蟹video，酱紫就好', best(20)],
  ['要放 TikTok 的，竖的，然后加 title「笨珍螃蟹 辣到你哭」', then(aspect('9:16'), text('笨珍螃蟹 辣到你哭'))],
  ['第一段拿掉', removeMoment(1)],
  ['背景用我们店的 kedai_logo.png', background('kedai_logo.png')],
  ['背景音乐放 lofi，然后声音开小小，15%而已', music('lofi', 0.15)],
  ['第二段做 slow motion，0.5', speed(0.5, 2)],
  ['ok 等下我看看，几时弄好再讲', nothing],
  ['整个视频最后五秒 cut 掉', cutLast(5)],
  ['export 720p 就好，不用那么大', exportAs('mp4', '720p')],
  // 29. 武吉班让, 新加坡: 补习中心的老师 (Singlish: lah, can, paiseh, steady)
  ['Can help me make a 1 minute promo? 一分钟 can already', best(60)],
  ['16:9 lah, 要放 YouTube, then 4K, 头尾 fade in fade out', then(aspect('16:9'), resolution('4k'), fade('clip', 1000, 1000))],
  ['Add title “华文补习 · 武吉班让” on top', text('华文补习 · 武吉班让', { position: 'top' })],
  ['Paiseh, 原本那个 title 不要了, remove 掉', removeText()],
  ['空课室没人的那些, 全部 speed up 6x', idle(6)],
  ['只用 class_a.mp4 和 class_b.mp4', only('class_a.mp4', 'class_b.mp4')],
  ['Music 不要 duck, volume 30%', then(music('lofi', 0.3), ducking(false))],
  ['Wah steady, the parents sure like', nothing],
  ['Export one mp4 then one gif for the WhatsApp group', then(exportAs(), exportAs('gif'))],
  // 30. 布达佩斯, 匈牙利: 四虎市场卖围巾的温州人 (夹匈牙利语: Jó napot, rendben, szuper)
  ['Jó napot! 帮我把店里的视频剪成一分钟的广告', best(60)],
  ['做成方的，这边客户都用 Facebook', aspect('1:1')],
  ['加个标题：新款围巾 Új kollekció', text('新款围巾 Új kollekció')],
  ['音乐加上，rendben', music()],
  ['中间第二段删掉', removeMoment(2)],
  ['前面10秒剪掉，最后3秒也剪掉', then(cut(0, 10), cutLast(3))],
  ['片尾加个卡片：Négy Tigris 市场 B 区 12 号', card('outro', 'Négy Tigris 市场 B 区 12 号')],
  ['szuper，我老公说好看', nothing],
];
