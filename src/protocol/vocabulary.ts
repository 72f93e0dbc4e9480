/**
 * Every domain word of Demo Clip Maker, spelled once: output formats and resolutions, music beds and their `bgm:`
 * sources, quotes, and the English and Chinese words of each intent. The engine's parser, the client's router, the
 * webview and the README's "What you can say" table (tested against it) all read them from here.
 */
import { say, type Lang } from './language';

export const OUTPUT_FORMATS = ['mp4', 'mov', 'webm', 'gif'] as const;
export type OutputFormatName = (typeof OUTPUT_FORMATS)[number];
/** What a user can export at; 540p is the engine's preview size and a GIF's own (`sizeOf`). */
export const EXPORT_RESOLUTIONS = ['720p', '1080p', '4k'] as const;
export type ExportResolution = (typeof EXPORT_RESOLUTIONS)[number];
export const RENDER_RESOLUTIONS = ['540p', ...EXPORT_RESOLUTIONS] as const;
export const FORMAT_LABELS: Record<OutputFormatName, string> = { mp4: 'MP4', mov: 'MOV', webm: 'WebM', gif: 'GIF' };
export const RESOLUTION_LABELS: Record<ExportResolution, string> = { '720p': '720p', '1080p': '1080p', '4k': '4K' };
/** A size written as its figure, as the size words read it (ResolutionWords): "gif 720p", "the mp4 at 4k". */
export const SIZE_WRITTEN = String.raw`\d{3,4}p|[248]k`;

/** The audio files the cloud takes (api.ts's CLOUD_EXTENSIONS), and those the upload picker offers besides. */
export const CLOUD_AUDIO_EXTENSIONS = ['mp3', 'wav', 'm4a', 'aac'] as const;
export const AUDIO_EXTENSIONS = [...CLOUD_AUDIO_EXTENSIONS, 'opus', 'flac'] as const;
/**
 * A music file the user names ("add chiptune_loop.ogg at 30%"): an audio file, or an .ogg, offered as footage (it may be
 * Theora video) but mostly Vorbis audio; the media store reads either by its content.
 */
export const MUSIC_FILE_EXTENSIONS = [...AUDIO_EXTENSIONS, 'ogg'] as const;
/**
 * An audio file's kind said alone ("export it as mp3", "export it as opus", 导出成 opus); "opus" not when it is the
 * English word ("export my magnum opus").
 */
const OPUS_AS_KIND = String.raw`(?<!\b(?:magnum|my|our|your|his|her|their)\s+)opus`;
const AUDIO_NAMED_ALONE = MUSIC_FILE_EXTENSIONS
  .map((extension) => (extension === 'opus' ? OPUS_AS_KIND : extension)).join('|');

export const MUSIC_BEDS = ['lofi', 'upbeat', 'ambient', 'corporate'] as const;
export type MusicBed = (typeof MUSIC_BEDS)[number];
const BGM_PREFIX = 'bgm:';
/** A built-in bed as a segment source: `bgm:lofi`. */
export const musicBedSrc = (bed: MusicBed): string => `${BGM_PREFIX}${bed}`;
export const isMusicBedSrc = (src: string | undefined): boolean => src !== undefined && src.startsWith(BGM_PREFIX);
/** The bed a `bgm:` source names, or undefined (not a bed, or an unknown one). */
export function musicBedOf(src: string | undefined): MusicBed | undefined {
  if (!isMusicBedSrc(src)) return undefined;
  const name = src!.slice(BGM_PREFIX.length);
  return (MUSIC_BEDS as readonly string[]).includes(name) ? (name as MusicBed) : undefined;
}
const BED_LABELS: Record<Lang, Record<MusicBed, string>> = {
  en: { lofi: 'lo-fi music', upbeat: 'upbeat music', ambient: 'ambient music', corporate: 'corporate music' },
  zh: { lofi: 'lo-fi 音乐', upbeat: '欢快音乐', ambient: '舒缓音乐', corporate: '商务音乐' },
};
/** "lo-fi music" / "lo-fi 音乐", for replies and the timeline; a `bgm:` source naming no known bed reads as itself. */
export function musicBedLabel(src: string | undefined, lang: Lang = 'en'): string | undefined {
  if (!isMusicBedSrc(src)) return undefined;
  const bed = musicBedOf(src);
  const name = src!.slice(BGM_PREFIX.length);
  return bed ? BED_LABELS[lang][bed] : say(lang, `${name} music`, `${name} 音乐`);
}

export const ASPECTS = ['16:9', '9:16', '1:1', '4:5'] as const;
export const FILLS = ['blur', 'letterbox', 'crop', 'follow'] as const;
export const ZOOM_MODES = ['auto', 'less', 'more', 'off'] as const;
export const POSITIONS = ['top', 'center', 'bottom'] as const;
export const TEXT_STYLES = ['title', 'caption', 'lower-third'] as const;
/**
 * A text of a style named again right after one of it was added ("加标题：… - 标题在中间", "add a caption '…', caption at the
 * top"): the one just added; not one named as another ("原来的标题", "the old title").
 */
export const STYLE_NAMED_AGAIN: Readonly<Record<(typeof TEXT_STYLES)[number], RegExp>> = {
  title: /^(?!.*(?:原来|原先|之前|以前|旧|另一|其他|别的|\b(?:old|original|other|previous|existing)\b)).*(?:标题|\btitle\b)/i,
  caption: /^(?!.*(?:原来|原先|之前|以前|旧|另一|其他|别的|\b(?:old|original|other|previous|existing)\b)).*(?:字幕|\b(?:caption|subtitle)\b)/i,
  'lower-third': /^(?!)/,
};
/** How a text comes in and goes out. */
export const TEXT_MOTIONS = ['fade', 'slide'] as const;
/** Full-frame cards before and after the footage ("add an intro card 'Acme'", "end with 'Try it at acme.io'"). */
export const CARD_KINDS = ['intro', 'outro'] as const;

/**
 * Built-in backgrounds for a framed recording: gradients the engine draws with ffmpeg at render time (no
 * downloaded pictures). As a draft value, `gradient:<name>`; an uploaded image is its media id.
 */
export const BACKGROUNDS = ['aurora', 'sunset', 'ocean', 'midnight', 'mint'] as const;
export type BackgroundName = (typeof BACKGROUNDS)[number];
const GRADIENT_PREFIX = 'gradient:';
export const gradientSrc = (name: BackgroundName): string => `${GRADIENT_PREFIX}${name}`;
/** The built-in a `gradient:` source names, or undefined (an uploaded image, or an unknown name). */
export function gradientOf(src: string | undefined): BackgroundName | undefined {
  if (!src?.startsWith(GRADIENT_PREFIX)) return undefined;
  const name = src.slice(GRADIENT_PREFIX.length);
  return (BACKGROUNDS as readonly string[]).includes(name) ? (name as BackgroundName) : undefined;
}
export const isGradientSrc = (src: string | undefined): boolean => src?.startsWith(GRADIENT_PREFIX) === true;

/** What a straight single quote closes before: the end, a space, punctuation, a digit or a Chinese character. */
const QUOTE_CLOSES = String.raw`(?=$|[\s,.;:!?)，。！？；：\u4e00-\u9fff]|\d)`;
/**
 * Quoted text, every way people quote: "…", `…` (as code is quoted), “…”, „…“ (German, Polish: „…”, typed „…"), «…» and
 * ‹…› (French, Italian, Russian; German »…« and ›…‹; not »…» nor ›…›, which also part a menu path, "File › Export ›
 * MP4"), 「…」, 『…』, ‘…’, and '…' (a straight single quote only opens
 * after a space, the start or a Chinese character (标题改成'…') and only closes before a space, punctuation, a digit or a
 * Chinese character, so "don't" is no quote; nor after "an", the "and" of "my 'ansum, cut it an' send it"; nor opening a word clipped in front before a quote that
 * opens later, "don't chop 'em, and add 'Hi'"; 'Em dash' alone is quoted; nor after an s before a space when the next
 * single quote closes the words after it, the apostrophe of a plural's possessive: 'Parents' Evening').
 */
const QUOTE = String.raw`„([^“”„"]*)[“”"]|«([^«»]*)»|»([^«»]*)«|‹([^‹›]*)›|›([^‹›]*)‹|"([^"]*)"|\`([^\`]*)\`|“([^”]*)”|「([^」]*)」|『([^』]*)』|‘([^’]*)’|(?<=^|[\s(:：，\u4e00-\u9fff])'(?!(?:em|cause|cos|til|bout|round)\b[^'\n]*\s')([^\n]+?)(?<!\ban)(?!(?<=s)'\s[^'\n]*[A-Za-z\u00c0-\u024f\d.!?]'${QUOTE_CLOSES})'${QUOTE_CLOSES}`;
export const quotePattern = (): RegExp => new RegExp(QUOTE, 'g');
/**
 * "“扫腕带核对”这个功能", "the 'Sync now' button": words quoted as the name of a thing the recording shows (a feature, a
 * button, a menu), no words of a text; a clause telling of it may still be an aside.
 */
export const thingShownQuoted = new RegExp(String.raw`(?:${QUOTE})\s*(?:这个|那个|这一?个?|那一?个?)?(?:功能|按钮|按键|菜单|选项|页面|界面|模块|标签页?|入口)|(?:${QUOTE})\s+(?:button|menu|tab|option|feature|page|screen|field|setting|dialog|toggle)s?\b`, 'g');
/** Every quotation, in order: its words, trimmed ('' when blank), and where it ends in the text. */
export const quotations = (text: string): { words: string; end: number }[] => [...text.matchAll(quotePattern())]
  .map((match) => ({ words: match.slice(1).find((group) => group !== undefined)?.trim() ?? '', end: match.index + match[0].length }));
/** Every quoted words, trimmed, blanks left out. */
export const quotedAll = (text: string): string[] => quotations(text).map(({ words }) => words).filter((words) => words !== '');
/** The first quoted words, trimmed; undefined when nothing (or only blanks) is quoted. */
export const quoted = (text: string): string | undefined => quotedAll(text)[0];
/** The text with every quotation taken out, so words inside a title never read as instructions (an upload's name quoted alone stays). */
export const withoutQuotes = (text: string): string => text.replace(quotePattern(), (said) => {
  const extension = QUOTED_SOURCE.exec(said)?.[1];
  return extension === undefined ? ' ' : `upload.${extension}`;
});

/** Aspect ratios by the words that name a shape. */
export const AspectWords: [RegExp, (typeof ASPECTS)[number]][] = [
  // ("make it wide", "wide format": the frame wider than tall, as "tall" says the other way; not asked, doubted, left
  // open or a condition: "make it wide?", "wide or tall", "wide-angle", "if you make it wide …", "wide, the title I
  // mean".)
  // "make it tall", "tall with blurred sides", "a tall version": the frame taller than wide; 直式, 直版, 改直的 as Taiwan
  // says 竖 (not 一直的, 是直的: straight).
  [/\b9:16\b|vertical(?! (lines?|bars?|scroll(ing)?|split|stripes?|axis|space|spacing|text|menu|tabs?|list)\b)|portrait(?! (mode photos?|of|photos?|shots?)\b)|phone screen|\b(?:make|turn|have|go|put|set|get) (?:it|this|the (?:video|clip)|the whole thing) tall\b|^(?:and )?tall(?= (?:format|version|video|frame|shape|with)\b|\s*(?:,|$))|\b(?:a|the) tall (?:format|version|video|frame|one|shape)\b|\bwatch\w*\b[^,.;]{0,40}\b(?:phones?|mobiles?) held (?:upright|vertically)\b|竖屏|竖版|竖过来|竖的|竖起来|竖着(?!拍|录)|直式|直版|直屏|(?<=[成要弄整搞做改变换]\s*)直的|\b(phone|mobile)[- ](format|size|shape|version|friendly)\b|手机(尺寸|版|格式)/, '9:16'],
  [/\b4:5\b/, '4:5'],
  [/\b1:1\b|square(?! one\b(?! more\b))|正?方(形|的|画幅|幅)|(?<=[成要弄整搞做改变裁切]\s*)(?:方方正正|四四方方)/, '1:1'],
  [/\b16:9\b|landscape(?! (photos?|shots?|of)\b)|horizontal(?! (lines?|bars?|scroll(ing)?|split|stripes?|axis|space|spacing|text|menu|tabs?|list)\b)|widescreen|(?<!\b(?:if|when|once|whether|unless) (?:you |we |i |they |u )?)\b(?:make|turn|have|go|put|set|get) (?:it|this|the (?:video|clip)|the whole thing) wide\b(?!-| (?:shot|angle|lens|view|zoom)\b|\s*\?|,? (?:or|and) (?:tall|narrow|vertical|portrait|square)\b|,? or\b|, (?:the|that|this) [a-z]+ i mean)|^(?:and )?wide(?= (?:format|version|frame|shape)\b)|横屏|横版|横过来|横的|横着(?!拍|录)|横式|宽屏|宽银幕|宽幅|\bdesktop (format|size|version)\b|电脑(尺寸|版|格式)/, '16:9'],
];
/** A part of the day said after the day ("明天早上", "明天 morning"): still later, the same day put off to. */
const DAY_PART = String.raw`早上|上午|中午|下午|傍晚|晚上|一早|morning|afternoon|evening|night`;
/**
 * A speed slowed to half the one recorded: "slow clip 1 down to half", "slow the first clip by half", 放慢到一半, 慢到原来的
 * 一半, "slow down 一半" (not "slow it by half a second", nor 放慢到一半的长度, a length).
 */
const SLOWED_TO_HALF = String.raw`\bslow\b[^,;]*?\b(?:to|by) half\b(?! an?\b)|慢到(?:原来|原速)?的?一半(?!的?(?:长度|时长|时间))|\bslow(?:s|ed|ing)? down\s*(?:到|成)?\s*(?:原来的?|原速的?)?一半(?!的?(?:长度|时长|时间))`;
/** When the user will do it, later (回头, 等下, 等一哈 as said in the southwest, 明天), or when free (得闲 in Cantonese, 有空; not 清空了再…, cleared and then): what follows 再 is put off till then. */
export const LATER_ZH = String.raw`(?:回头|待会儿?|晚点|以后|等下|等一[下哈吓]|等会儿?|一会儿?|稍后|过会儿?|明天|明早|明晚|下次|得闲|有空|有时间|闲了)(?:\s*(?:${DAY_PART}))?`;
/**
 * "等我确认完", "等客户看过", "待复核后": waiting until someone has done something (the formal 待 names no one), before
 * which what follows is put off (…再导出).
 */
export const WAIT_UNTIL_ZH = String.raw`(?:等(?:我|咱|你|我们|咱们|客户|老板|领导|他|她|他们)|待)[^，,。]{1,8}?(?:完|好|了|过|后|之后|以后)`;
/** Words that open a reason ("反正B站会压", "because the client asked"): what follows says why, not what to do. */
export const REASON_OPENS = '因为|由于|根据|按照|依照|不然|否则|要不然|毕竟|反正|because|since|otherwise';

/** Reaching a part of the video ("get to the story", "skip to the good bit"): a place in it, not where it is posted. */
const REACHED_EN = String.raw`get|gets|getting|got|skip|skips|skipping|jump|jumps|jumping|go|goes|going`
  + String.raw`|come|comes|coming|cut|cuts|cutting|move|moves|moving|fast[- ]forward|straight|right|back|ahead`;

/**
 * A story as where the clip is posted: one of an app's ("for my insta story", "Facebook stories"), stories ("vertical
 * for Stories"), or a story the clip goes to or is made as ("post it on our story", "as a story", "story format"); not
 * the story told ("the sanding is the story", "that's the whole story", "the glaze tells the story", "long story
 * short", "for the story of our shop"), nor a part of the video reached ("get to the story faster", "skip to the
 * story").
 */
const STORY_POSTED = String.raw`\b(?:insta(?:gram)?|ig|fb|facebook|whatsapp|snap(?:chat)?|messenger)\s+stor(?:y|ies)\b|(?<!\b(?:web|news|success|user|brand|love|back|side|origin|bedtime|long) )(?:\bstories\b|(?<!\b(?:${REACHED_EN})\s+to\s+(?:the\s+)?)(?<=\b(?:for|on|to|into|as)\s+(?:(?:my|our|your|their|his|her|a|an|the)\s+)?|\bin\s+(?:my|our|your|their|his|her|a|an)\s+)story\b(?!\s+(?:of|about|behind)\b)|\bstory\s+(?:format|size|shape|ratio|mode|post|version)\b)`;

/**
 * Where the video goes, and the shape it takes there. A platform that shows one shape only (TikTok, Reels, Shorts,
 * stories (IG 限动), 抖音, 快手) named as where the clip goes is that shape ("for TikTok", "a 30 second clip for tiktok", "export
 * it for reels"). One that shows several (YouTube, LinkedIn, the Instagram feed, 小红书, B站, 视频号) has a usual one,
 * taken only when a resize for it is all the clause asks ("resize for LinkedIn", "Instagram feed", 做成B站的): named as
 * where a clip goes ("a 1 minute clip for youtube", 剪一分钟发B站, "it's for youtube") it picks none. Neither is read
 * where the user asks to post it ("upload it to tiktok for me").
 */
export const PlatformWords: [RegExp, (typeof ASPECTS)[number], 'only' | 'usual'][] = [
  [new RegExp(String.raw`tiktok|(?<!(highlights?|sizzle|demo) )\breels?\b|\bshorts\b|\byoutube short\b|${STORY_POSTED}|抖音|快手|限动|限时动态`), '9:16', 'only'],
  [/(?:instagram|\big) (?:main |home )?(feed|post)|feed post|\bthe feed\b|信息流/, '4:5', 'usual'],
  // ("IG": Instagram said short.)
  [/instagram|\big\b|linkedin/, '1:1', 'usual'],
  [/youtube|b站|哔哩哔哩|bilibili/, '16:9', 'usual'],
  [/小红书|视频号/, '9:16', 'usual'],
];
/**
 * Where a clip is shared that asks no frame shape, so none of PlatformWords (Facebook takes any, chat apps send a file):
 * "放Facebook", "LINE传", "发微信".
 */
const SHAPELESS_SITES = String.raw`facebook|\bfb\b|脸书|面子书|whatsapp|\bline\b|微信|wechat|telegram|微博|推特|twitter`;

/** Where a start over goes back to, as said ("from zero", "from scratch", "from square one", "from the top"). */
const FROM_THE_START = String.raw`zero|scratch|nothing|square one|the (?:very )?(?:beginning|start|top)`;
/** The whole edit, as a redo of it is said ("redo it all", "remake the whole thing"): starting over, no step redone. */
const ALL_OF_IT = String.raw`everything|it all|the (?:whole |entire )?(?:thing|video|clip|edit)`;
/** The platforms' names, as PlatformWords spell them, in one pattern ("抖音|快手|…|instagram|…"). */
const PLATFORM_NAMES = PlatformWords.map(([platform]) => platform.source).join('|');
/** Where a clip is posted, in Chinese: a platform, or a public account or the friends' feed (公众号, 朋友圈). */
const POSTED_PLACES = String.raw`(?:${PLATFORM_NAMES}|公众号|朋友圈)`;

/**
 * After 也要, a post to a platform and nothing more ("LinkedIn 上也要发", "也要发到 B站"): the video goes there too, no other
 * edit asked beside it.
 */
const POSTED_THERE_TOO_ZH = String.raw`(?!\s*(?:发|传|上传|发布|投)(?:到|去|在)?\s*(?:${PLATFORM_NAMES})?\s*(?:上|里)?\s*(?:的|吧)?\s*$)`;

/** Things reset that a recording shows ("a password reset", "factory reset the router"): no start over of the edit. */
const RESET_THINGS = 'password|passcode|pin|factory|account|email|login|phone|device|router|modem';
/** A frame shape said in English words or as its ratio ("square", "9:16"). */
const SHAPE_EN = 'landscape|portrait|vertical|horizontal|square|widescreen|9:16|16:9|1:1|4:5';
/** Edits said of a clip whose "is" seems dropped ("the last clip very slowly fade out"): a request, not how it is. */
const COPULA_NOT_BEFORE = String.raw`fade|zoom|speed|cut|trim|crop|mute|move|put|add|turn|delete|remove|drop`
  + String.raw`|brighten|darken`;
/** A length said in figures ("25 seconds", "1.5 min"). */
const LENGTH_ONLY = String.raw`\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)\b`;
/** A platform named by its own name, as "for tiktok only" says where the one shape goes (no part, no thumbnail). */
const SHAPED_PLATFORMS = String.raw`tiktok|reels?|shorts|youtube(?: shorts?)?|instagram|insta|ig|linkedin|facebook|fb`
  + String.raw`|snapchat|stories`;
/** A place in the order said as an ordinal ("the third", "the 2nd", "the last"). */
const PLACE_ORDINAL = String.raw`first|second|third|fourth|fifth|last|final|\d+(?:st|nd|rd|th)`;
/** What a moment of the timeline is called: "clip 2", "the last section", "the second sequence" (séquence, secuencia). */
export const MOMENT_NOUN = 'moment|clip|segment|section|part|scene|shot|piece|passage|portion|sequence';
/** Verbs that put a moment in another place or trade two ("move", "swap"): a span after them is no set of moments. */
const REORDER_VERBS = String.raw`move[ds]?|moving|swap(?:s|ped|ping)?|switch(?:es|ed|ing)?|exchang(?:e[ds]?|ing)`
  + String.raw`|put(?:s|ting)?|drag(?:s|ged|ging)?|shift(?:s|ed|ing)?|reorder(?:s|ed|ing)?|flip(?:s|ped|ping)?`
  + String.raw`|trade[ds]?|trading`;
/** A moment by its place, said first in a clause ("the second clip", "clip 3", "part two"). */
const MOMENT_SAID_FIRST = String.raw`(?:the )?(?:(?:${PLACE_ORDINAL}) (?:${MOMENT_NOUN})|(?:${MOMENT_NOUN}) ?#?(?:\d+|one|two|three|four|five))`;
/** A moment's nouns, and "bit", a stretch named by what happens in it ("the bit where I drop the pot"). */
export const DESCRIBED_NOUN = `${MOMENT_NOUN}|bit`;
/**
 * Nouns after "the second", "the last" that name no moment: "the last thing", "the second time", "the first version";
 * nor a stretch of time ("the first half", "the last few seconds", "the first minute").
 */
export const NO_MOMENT_NOUN = 'things?|times?|steps?|versions?|edits?|changes?|tries|try|takes?|points?|questions?|requests?|options?|idea|half|halves|few|couple|seconds?|secs?|minutes?|mins?|frames?';

/** A moment named by its place in Chinese: 第二段, 最后一段, 开头那段, 头一段, 最前面那个片段. */
const PLACED_ZH = String.raw`第|最后|(前|头|后面?)两(段|个片段)|片段\s*#?\s*\d|\b(${MOMENT_NOUN})\s*#?\s*\d|(开头|开场|结尾|末尾|最前面?|头|首|末|尾|中间)(?=(那|这)?一?个?(段|片段|镜头))|\b(last|first|second|third) (${MOMENT_NOUN})\b`;
/**
 * No 第 ahead in the clause: no moment named by its place ("给人看清楚第二段", "第二段删错了"; any 第 is taken for one), so a
 * clause said beside a request, of no moment, may be why it is asked.
 */
const NO_MOMENT_AHEAD_ZH = String.raw`(?![^，,。]*第)`;
/** 请, 帮我, 麻烦 opening a Chinese clause: asking, no part of what is asked (帮我去背景, 帮我快点导出). */
const ASK_OPENING_ZH = '请|帮我|麻烦(?:你|您)?';
/** "成片导出mp4", "成片请导出成webm": the finished video said first (asked for or not), what an export is of. */
export const FINISHED_FIRST_ZH = String.raw`^成片(?:${ASK_OPENING_ZH})?`;
/** A text or the music, laid on the recording: 字幕, 标题, 文字, 音乐, 配乐, bgm. */
const TEXT_OR_MUSIC_ZH = '字幕|标题|文字|音乐|配乐|bgm';
/** What is laid on the recording and can be taken off it: the music, a text, a card, a watermark. */
const LAID_ON_ZH = `${TEXT_OR_MUSIC_ZH}|片头|片尾|水印`;
/** Parts of the draft a bare 去 takes away (去背景, 背景去了). */
const REMOVABLE_ZH = `背景|${LAID_ON_ZH}|转场|黑边|原声`;
/** When later, said of what is done after the request ("回头", "到时候", "待会儿"). */
const AFTERWARDS_ZH = '后面|后头|之后|以后|过后|后期|待会儿?|等会儿?|回头|等下|稍后|晚点|到时候';
/** Someone other than the user and the tool, in Chinese ("客人", "甲方", Cantonese 佢哋). */
const OTHER_PERSON_ZH = '客人|客户|老板|领导|甲方|同事|朋友|老师|学员|学生|对方|买家|买手|剪辑师|调色师|设计师|人家|他们|她们|他|她|佢哋|佢';
/** The same named in English amid the Chinese ("buyer 要自己调色", "client 回头亲自配音"). */
const OTHER_PERSON_EN = 'buyers?|clients?|boss|editor|colou?rist|designer';
/** Someone other than the user and the tool, who gets the file, in either language: what they will do with it is theirs. */
const OTHER_PERSON = `${OTHER_PERSON_ZH}|${OTHER_PERSON_EN}`;
/**
 * What someone else will do with the file themselves ("the client will grade it himself", "the boss wants to add his own
 * music", 客人要自己调色, 老板回头亲自配音): not asked of the tool (not "你自己看着改", the tool told to; nor a thing that does
 * it by itself, 音乐自己淡出; nor a stretch named by what someone does in it, 老师自己讲的部分).
 */
const OTHERS_OWN_DOING = String.raw`^(?:(?:and|so|but|because|cause|cos|coz|since|as)\s+)?(?:he|she|they|(?:the|my|our) (?:client|customer|boss|editor|colou?rist|buyer|designer|team|teacher|producer)s?)(?:'ll| will| wants? to| is going to|'s going to| are going to|'re going to| is gonna| are gonna| plans? to| would like to|'d like to) (?:[\w'-]+ ){1,4}?(?:himself|herself|themselves|his own|her own|their own)\b|^(?:${OTHER_PERSON})\s*(?:们)?(?:${AFTERWARDS_ZH})?(?:要|会|想|打算|准备)?(?:${AFTERWARDS_ZH})?(?:自己|亲自)(?![^，,。]*的)[^，,。\d]{0,8}$`;
/** The video's parts and places in it (片头, 背景, 第二段, 结尾): a clause naming one may ask to change it. */
const PART_OF_VIDEO_ZH = `${REMOVABLE_ZH}|段|秒|画面|开头|开场|结尾|结束|收尾|中间|前面|后面|最后|第`;
/** A part of the draft or a sound said ("音乐吵", "这段太吵"): what is noisy is no place the video is heard in. */
const SOUND_NAMED_ZH = `${PART_OF_VIDEO_ZH}|音乐|配乐|bgm|歌|声|音|它|这|那`;
/**
 * "the basket toss in clip 2", "my silks drop is in the middle clip": a taking-away verb that is also a noun, said after
 * a determiner (a word or two between) with no object after it, names a thing shown, no removal ("the first clip, drop it",
 * "remove the intro and drop clip 2" still remove).
 */
const NOUN_NOT_VERB = String.raw`(?<=\b(?:the|my|his|her|their|our|your|a|an|this|that)\s+(?:(?!(?:and|then|or|also|just|please|now|pls)\b)[\w'-]+\s+){0,2})(?:drop|toss|scrap|trash|snip|axe)\b(?!\s+(?:it|them|that|this|those|these|the|my|all|em|'em|out)\b)`;
/** "when they take off", "as the planes take off": a subject filmed before the verb says what happens in the footage, no removal. */
const UNFILMED = String.raw`(?<!\b(?:when|while|as|once|until|till|before|after) (?:he|she|they|we|it|people|the [a-z]+|[a-z]+s) )`;
// zh lexicon: 扔掉/丢掉, 砍了, 嘎了/毙了/pass掉 (net slang), cut掉 (mixed), 不需要 at the end, 撤了 after a part (bgm撤了), or after all of it (字儿全给我去了), remove too.
// Everyday takers-away too: "leave out", "dump", "get shot of"; "lose/ditch 0:12-0:14" (a stretch by its times); "strike
// the title", "chuck the first clip" (not "chuck the music on", "chuck clip 1 to the end", "strike a balance"); "pull the
// intro card" (not "pull the music down", "pull the second clip forward").
/** Verbs that take something away, shared by every "remove X" intent ("lose the music", "take out the intro", 音乐不要了). */
const REMOVE = String.raw`\b(?!${NOUN_NOT_VERB})(?:remove|delete|quita(?:lo|le)?(?= |$)|(?<=\b(?:mind|try|consider) )(?:removing|deleting)|drop(?! shadows?\b)|scrap|toss|trash|axe|nuke|yank|snip(?: out)?|get rid (?:of|a)(?= )|${UNFILMED}take (?:[\w:.–-]+ ){0,3}(?:back )?(?:out|off|away)\b|chop (?:[\w:.–-]+ ){1,3}out\b|${UNFILMED}take (?:off|away)|(?:lose|ditch|kill|clear|bin|dump|quit)(?= (?:the|that|this|those|these|my|all|any|every|(?:${MOMENT_NOUN})s?)\b| (?:from )?\d{1,2}:\d{2}\b)|chuck (?:out|away)\b|(?:strike|chuck)(?= (?:the|those|these|my|all|any|every|(?:${MOMENT_NOUN})s?)\b)(?![^,;.]*\b(?:in|on|onto|into|over|under|underneath|beneath|behind|at|a|down|up|to|back)\b)|get shot of|pull(?= (?:the|that|this|those|these|my|our) )(?![^,;.]*\b(?:in|on|onto|into|over|at|a|down|up|to|back|forward|forwards|ahead|earlier|later|before|after|closer|tighter|apart|together|from|out of|focus|quote)\b)|(?:lose|ditch|kill|bin)(?= \d{1,2}:\d\d\s*(?:-|–|to|through|till|until)\s*\d)|strike(?: (?:out|off|from the record))?(?! an?\b)(?=[^,;.]*\b\d{1,2}:\d\d\s*(?:-|–|to|through|till|until)\s*\d{1,2}:\d\d)|leave out|exclude|omit|strip|eliminate|yeet|nix)\b|删除|删掉|删了|删去|剪除|去掉|去除|移除|拿掉|撤掉|干掉|砍掉|掐掉|切掉|切除|割掉|割了(?=它|$)|咔掉|咔嚓(?:了|掉)?|扔掉|丢掉|cut\s?掉|砍了|嘎了|毙了|毙掉|pass\s?掉|不要了|不用了|不要$|不需要了?$|(?<=^(?:${ASK_OPENING_ZH})?)删(?![除掉了去光])|(?<!增)删$|(?<=^(?:${ASK_OPENING_ZH})?)去了?(?=${REMOVABLE_ZH})|(?<=(?:${REMOVABLE_ZH})\s?)(?:去|撤)了|(?<=(?:${REMOVABLE_ZH}|字儿?)\s?(?:全|都|全都|全部|统统|通通)?(?:给我|给|帮我)?)(?:去|撤)了(?=$|[，,。!！\s])`;
/**
 * Someone speaking (or calling, singing) on the recording, said in Chinese, which the music dips under: 说话, 讲解, 吆喝
 * ("俺吆喝哩时候"), 喊价, and 说 alone before when it is ("俺说的时候", "我说那会儿").
 */
const SPEAKING_ZH = String.raw`人声|说话|讲话|解说|讲解|讲课|旁白|口播|配音|喊麦|通话|对讲|喊话|对话|开口|唱歌|吆喝|喊价|叫卖|说(?=的?(?:时|那会))`;
/** When it is said in Chinese: 的时候, 时, 那会儿, 那阵, and the dialects' 哩/嘞/个 for 的 ("吆喝哩时候"). */
const WHEN_SAID_ZH = String.raw`(?:[的哩嘞个]?时候?|的?那(?:会儿?|阵子?|一?下))`;
/** The music's own words in Chinese, 背景 before them or not: 音乐, 配乐, bgm, 背景乐. */
const MUSIC_WORDS_ZH = '音乐|配乐|bgm|背景乐';
/** The music named in Chinese: "不需要背景音乐", "不用配乐" say it is not wanted (a removal), no refusal of an action. */
const MUSIC_NOUN_ZH = String.raw`(?:背景)?(?:${MUSIC_WORDS_ZH})`;
/** The music named by the instrument heard in it ("the santoor", 古筝), as one speaks of a track beside its level. */
const INSTRUMENT_EN = String.raw`santoor|sitar|tabla|guitar|piano|violin|cello|flute|drums?|harp|sax(?:ophone)?|trumpet|ukulele|banjo|accordion|synth|organ|oud|kora|strings|erhu|guzheng|pipa|bagpipes?`;
const INSTRUMENT_ZH = String.raw`古筝|二胡|琵琶|笛子|竹笛|钢琴|吉他|鼓点?|唢呐|扬琴|马头琴|小提琴|大提琴|萨克斯|手风琴`;
/** "不要这么亮", "别太快": a degree said with a "no" asks for less of it, not for none. */
const LESS = String.raw`(?!这么|那么|太|那样|这样)`;
/** A "no" just before a verb ("剪成30秒不要导出", "先别加音乐"): the verb is refused, no request of its own split off after it. */
export const NO_FIRST_ZH = String.raw`(?:[不别莫勿甭覅]|不要|不用|不必|无需|唔好|唔要|冇要)`;
/** Adding refused in Chinese: 不要加, 别加了, 也不用加上. */
export const ADD_REFUSED_ZH = String.raw`(?:也|就|都)?(?:不要|别|不用|甭|莫|无需|不必)(?:再|给我|帮我)?(?:加|添|添加|加上|放)(?:了|啦|吧|啊|呀|上去|进去|上)?`;
/** A step refused for now ("先别导出", "暂时不要导出", "还不用导出"): put off, not refused for good. */
export const PUT_OFF_ZH = String.raw`(?:先|暂时?|暂且|还)${NO_FIRST_ZH}`;
/** "but" said before a step put off ("4K 但先不要导出"): the request before it stands. */
export const BUT_ZH = String.raw`(?:但是?|可是|不过)`;
/** A unit said after its figure in Chinese, in either script (35 秒, 2 分鐘, 1.5 倍, 3 個小時): one word with the figure, however typed. */
export const UNIT_ZH = String.raw`(?:秒|分|[个個]?小[时時]|倍|[帧幀])`;
/** A length's unit in Chinese, after its figure: "12秒", "12秒钟", "2分钟". */
const LENGTH_UNIT_ZH = String.raw`(?:秒钟?|分钟)`;
/** A unit after a figure in Chinese, or a percent sign: a length (LENGTH_UNIT_ZH, "500毫秒", "2分"), a factor, a share. */
export const FIGURE_UNIT_ZH = String.raw`(?:毫秒|${LENGTH_UNIT_ZH}|分|倍|%)`;

/**
 * "前5秒", "前面5秒", "头3秒", "开头的5秒", "一开始5秒", "开场5秒": the start of the clip said before a length; 头 said alone as
 * 前 (not 镜头, 码头: only opening the clause, or after a space, a comma, 就, 只 or a verb), the start said 最前头, 一开始,
 * 开场 too (not 提前, 往前: earlier by; nor 结束前, 结尾前: before the end, CLIP_END_ZH).
 */
export const CLIP_START_ZH = String.raw`(?<![提往向束尾])前[面头]?的?|(?<=^|[\s，,就只仅在掉删剪去留要的示])头的?|开头的?|片头的?|[最一]开始的?|开场的?`;
/**
 * "后面5秒", "后5秒", "尾巴3秒", "结束前3秒", "最后5秒": the end of the clip said before a length, as 前 says its start (not
 * 往后, 之后, 然后: later by).
 */
export const CLIP_END_ZH = String.raw`最后面?的?|结尾的?|片尾的?|末尾的?|(?<![往向之以然背落延推挪随稍前])后面?的?|尾巴的?|(?:结束|结尾)前的?`;

/** "最后那5秒", "最后几秒": a length after 最后, which then says the clip's last seconds, no last moment. */
export const LAST_SECONDS_ZH = String.raw`(?:那|这)?个?\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十几]+)\s*(?:秒|分钟)`;
/** The "no" before 硬切 ("hard cut"): 别硬切 asks for a transition, and is no hard cut. */
const NO_HARD_CUT = String.raw`(?:不要|不想要?|别|唔好|唔要|不用|勿|莫|不能|不可以?)再?`;
/**
 * "别把第二段放到最后", "千万别把第二段挪到最后", "不要把标题放中间": a thing (put with 把) refused somewhere is not
 * moved there (a refusal: nothing changes).
 */
const PUT_REFUSED_ZH = String.raw`把(?!它)[^，,。\s]{1,8}?(?:放|移|挪|搬|拉|排|提|拿)(?:到|在|去|至)?`;
/**
 * "forget the vertical", "forget about the music": a part said to be forgotten is not wanted ("don't forget to …" asks
 * it; "forget it", the last request taken back, is read apart).
 */
const FORGET_PART = String.raw`\bforget(?: about)?(?= (?:the|that|this|those|these|my|our|any|all)\b)`;
/**
 * "altitude and speed numbers from my GPS watch", "a speed overlay", "the speed limit sign": speed as a figure measured
 * or shown, no pace of the clip.
 */
const SPEED_SHOWN_EN = String.raw`numbers?|readouts?|read-outs?|data|overlays?|stats|figures|gauges?|graphs?|displays?|limits?|metrics|telemetry|info|signs?|cameras?|dials?|meters?|trackers?`;
/** 不得, 不准, 禁止 (a rule's "must not": 本视频不得加入音乐, 禁止删除第二段) say no as 不要 does; 不得不 ("has to") says yes. */
const NO_RULE_ZH = String.raw`不(?:得|准|许)(?!不)|禁止|严禁`;
/**
 * A "no" said before what is not wanted ("not vertical", 不要竖屏, 不加速, 没必要加音乐: no need for it); 别 inside a word
 * (告别仪式 "farewell", 特别 "especially", 区别) is no "don't".
 */
const NOT = String.raw`\b(not?|never)\b|n't|${FORGET_PART}|不需要|(?:没有?|不太?)必要(?!的)|不必(?!要的)|无需|不想要|不要${LESS}|(?<![告区分特类级个性识差离辞道送惜派鉴判甄])别${LESS}|不想要?|不用|不是|唔使|唔好|唔要|请?勿|${NO_RULE_ZH}|不(?=加|减|放|剪|删|配|设|改|换|调|裁|缩|发|传|投)|莫(?=加|减|放|剪|删|配|设|改|换|调|裁|缩|动|搞|整|弄)`;
/** "I want it away", "I'd like the music gone": the state a part is wished in when it goes. */
const WANTED_GONE = String.raw`(?:gone|away|removed|deleted|taken (?:out|off))`;
/**
 * "the middle clip has to go", "the outro card can go": what may go, said after the thing (an English remove verb said
 * last); "go" ends the request, so "the music can go quieter" is no removal.
 */
const MAY_GO = String.raw`\b(?:has to|have to|can|could|should|must|needs? to|gotta|got to|may) go(?: away)?(?=\s*$|\s*[,.;!?]|\s+(?:now|too|as well|please|entirely|completely|altogether)\b)`;
/**
 * Verbs a request may open with that the grammar may not know ("tighten", "jazz", "snip"): a clause opening with one
 * is no aside, however little else it says (Words.aside.imperative).
 */
const IMPERATIVE_VERBS = String.raw`(?:add|adjust|align|amp|apply|axe|balance|blow|boost|brighten|bring|bump|burn|center|centre|change|chop|clean|clip|close|combine|compress|condense|convert|copy|crank|create|crop|cut|darken|delete|dial|dim|ditch|do|drag|drop|duck|dump|edit|enlarge|export|extend|fade|fill|finish|fit|fix|flip|focus|frame|freeze|get|give|glue|grab|halve|have|hide|highlight|hold|improve|include|increase|insert|jazz|join|keep|kill|knock|label|lay|leave|lengthen|let|lift|limit|loop|lose|lower|make|merge|mix|move|mute|nix|nudge|open|pad|pan|paste|pause|pick|place|play|polish|pop|position|post|prepend|prepone|preview|pull|pump|push|put|raise|re-?do|re-?order|re-?arrange|re-?size|re-?cut|reduce|remove|rename|render|reorder|repeat|replace|resize|restore|reverse|rewind|rotate|run|save|scale|scrap|scrub|send|set|shave|shift|shorten|show|shrink|shuffle|skip|slash|slice|slide|slow|smooth|snip|soften|sort|space|speed|spice|split|squash|squeeze|stack|start|stick|stitch|stop|straighten|stretch|strip|swap|switch|take|tidy|tighten|time|tint|toggle|tone|toss|trim|try|tune|turn|tweak|undo|unmute|up|update|use|warm|widen|wrap|write|zap|zoom)`;

/**
 * Other video editors a user speaks of ("in Premiere I ripple delete", "I recorded it in Camtasia", 剪映里叫画布模糊): what
 * is done or called there is said beside a request here, never asked of this editor.
 */
const OTHER_EDITORS = String.raw`(?<![a-z])(?:premiere(?:\s*pro)?|pr|final\s*cut(?:\s*pro)?|fcpx?|(?:davinci\s*)?resolve|davinci|descript|camtasia|imovie|capcut|clipchamp|filmora|shotcut|kdenlive|openshot|lumafusion|inshot|screenflow|vegas|after\s*effects|剪映|达芬奇|必剪|会声会影|爱剪辑|快剪辑)(?![a-z])`;
/** How a wish or a question to this editor is said in English: a clause with one speaks to it, whatever else it tells. */
const ASKED_HERE = String.raw`want|wanna|need|like|love|prefer|wish|hope|please|pls|can you|could you|should|must|let's`;

/** A modal or a verb of asking a request may open with ("can", "let's", "go", "try"): what follows may be the request. */
const MODAL_OPENERS = String.raw`(?:can|could|would|will|won't|wouldn't|might|may|shall|should|must|do|don't|does|did|pls|please|let's|lets|go|gotta|need|needs|want|wanna|try|help)`;

/** The words after a verb that show it takes something: an object, an article, a particle ("nix it", "tighten up"). */
const TAKEN = String.raw`(?:it|its|this|that|these|those|them|him|her|me|us|the|a|an|my|our|your|some|any|every|all|everything|up|down|out|off|away|back|over|in|around|together|apart|through)`;

/** A verb of being, having or a past a statement says what is with ("is", "got", "set" as in "my granddaughter set this up"). */
const BEING = String.raw`(?:is|are|was|were|has|had|have|got|gets|isn't|aren't|wasn't|weren't|hasn't|haven't|doesn't|didn't|made|took|went|came|gave|said|told|set|put|cut|left|lost|broke|fell|ran|kept|saw|shot|did|does)`;

/**
 * A wait for a machine ("the parts where the router is rebooting", "part where machine is waiting", "when it's
 * processing"; "the dashboard takes a while to load"): time spent on the machine's work, idle for the one watching (not
 * "where the dog is sitting", what the video shows, nor "the intro takes too long to start", a moment too long); "the
 * parts where I don't move the model": the hands off the work.
 */
const WAITED_ON_EN = String.raw`\b(?:where|when|while) (?:i|we|he|she|they) (?:don't|dont|do not|doesn't|does not) (?:move|touch|do|type|click|scroll)\b|\b(?:where|when|while) (?:the |a |my |our |his |her |their |its |this |that )?[a-z]+(?:'s| is| are|'re| was| were) (?:still |just |only )?(?:waiting|idling|rebooting|restarting|booting(?: up)?|updating|processing|rendering|uploading|installing|compiling|buffering|loading)\b|\btakes? (?:(?:a|quite a) (?:while|bit|minute|moment)|ages|forever|(?:so |too |a bit |really )?long|a long time|some time|time) to (?:load|boot(?: up)?|reboot|restart|render|install|compile|build|respond|process|upload|download|update)\b`;
/** "where there's nothing going on", "where is nothing going on" (its "there" left out): nothing there to show. */
const NOTHING_THERE_EN = String.raw`\b(?:there(?:'s| is| was)|(?<=\bwhere )is) nothing (?:much )?`
  + String.raw`(?:happening|going on|moving|changing)\b`;
/**
 * "where I'm not doing anything", "where nobody says or does anything", "when the screen doesn't change", "the installs", "the loading screens": stretches where
 * nothing happens (waiting for something), in English; "where my hands stop", "when we pause", "where my hands aren't
 * moving": where the work stops (not
 * "where I stop talking", a quiet stretch, nor "when I stop the timer"); "where I'm just reheating the glass", said with a speed-up ("…
 * can go quicker"): a chore the user says they are "just" doing (not talking or showing something: what the video is
 * about; nor one to cut: "cut the part where I'm just opening the app" names a part, no idle time); "where there's
 * nothing to see": nothing happening to show; "where nobody is in the bakery", "when no one is around": no one there
 * (a place after "in", not "where nobody is in focus", "… in the frame", what the picture shows).
 */
const IDLE_EN = String.raw`\b(nothing|nobody|no one) (?:(?!else\b|more\b)[a-z]+ )?(much )?(moves?|changes?|happens?)\b|\bnothing (?:much )?(?:to (?:see|look at|watch)|worth (?:seeing|watching))\b|\b(?:nobody|no one) (?:says or |talks or )?does (?:anything|much)\b|\bnothing(?:'s| is) (?:said or done|done or said)\b|(where|when) (i|we|you|he|she|they|the [a-z]+) (just |only )?((stand|sit|wait|idle|hang)s?( there| around| still)|waits? (for|on|until|till|around))\b|(where|when) (nobody|no one)('s| is| was) (just )?[a-z]+in[g']?\b|(where|when) (nobody|no one)(?:'s| is| was) (?:in (?:the |my |our |his |her |their |this |that )(?!(?:focus|frame|shot|picture|view|spotlight|mood|way|lead|loop|know|mix|wrong|right)\b)[a-z]+|there|around|on (?:screen|camera))\b|(where|when) (the |a |my |our |his |her |their )?[a-z]+('s| is| are|'re| was| were) just (standing|sitting|waiting|idling|hanging|doing nothing)( there| around)?|\b(standing|standin'?|sitting|sittin'?|hanging|hangin'?) around\b(?! (the|a|an|my|our|his|her|their|this|that|these|those|it|them)\b)|\bstatic (stretch(es)?|parts?|bits?|sections?|spots?|screens?|moments?)\b|\b(nothing|nowt)('s| is) (happening|happenin'?|moving|changing|going on)\b|\b(loading|install(ing|ation)?s?|buffering|compil(ing|ation)s?|download(ing|s)?)( screens?| bars?| parts?| bits?| time)?\b|\bdead (time|spots?|stretch(es)?|bits?|parts?|moments?)\b|\bdown ?time\b|\binactiv(e|ity)\b|(where|when) (i'm|im|i am|i was|we're|we are|we were|nobody is|no one is|nobody's|nobody was|no one was) (not |just )?(doing|typing|moving|clicking|thinking|waiting|sitting|standing|idling|hanging)( anything| there| around)?|(where|when) (i'm|im|i am|i was|we're|we are|we were) just (?!(?:talking|speaking|explaining|chatting|rambling|saying|telling|showing|presenting|narrating|describing|singing|playing|demoing|demonstrating)\b)[a-z]+ing\b(?=.*\b(?:quicker|faster|speed|sped|fast-?forward(?:ed)?|\d+(?:\.\d+)?x)\b)|(where|when) (the )?(screen|nothing|the picture) (is idle|is static|(doesn't|does not|isn't|is not) (change|changing|move|moving)|changes|moves)|(where|when) (?:(?:my|our|his|her|their|the) )?(?:hands?|mouse|cursor) (?:(?:aren't|are not|isn't|is not) moving|(?:don't|do not|doesn't|does not) move)\b|where nothing (changes|moves)|\b(nobody|no one)('s| is| was)? (moving|playing|working|doing (nothing|anything))\b|\bstill (stretch(es)?|parts?|bits?|sections?|spots?|moments?|shots?)\b|(where|when) (i|we|he|she|they|(my|our|his|her|their|the) [a-z]+) (just )?(stop|stops|pause|pauses|freeze|freezes)\b(?! (the|a|an|my|our|it|this|that|talking|speaking|to (talk|speak|say|explain)))|${WAITED_ON_EN}|${NOTHING_THERE_EN}`;
/**
 * Stretches named by what they lack ("the segments without speech or screen activity", "the parts with no talking and
 * no movement", "the intervals with neither scrolling nor speech", "the moments without action" as "los momentos sin acción"
 * says it, "the part where no action" with no verb): the silent or still ones.
 */
const LACKING_EN = String.raw`\b(?:parts?|bits?|segments?|sections?|stretches|intervals?|spots|places|periods?|moments) (?:with [^,.;]{1,40}? and |with [^,.;]{1,40}?, )?(?:without|with no|with neither|that have no|where there(?:'s| is) no|where no|no) (?:any )?(?:speech|talk|talking|narration|voice|voice-?over|sound|audio|movement|motion|activity|screen activity|scrolling|action|typing|clicking)\b`;
/**
 * Boring stretches sped up ("speed up the boring bits"), not a moment said to be boring as the reason its speed changes
 * ("clip 3 speed up 2x dat part boring", "speed clip 2 up, so dull": that moment's speed).
 */
const BORING_PARTS = String.raw`(?<!\b(?:that|dat|this|dis|it|it's|its|is|so|too|kinda|very|real|really|part|bit|one|cuz|coz|because)\s)(?:boring|dull)`;
/**
 * "I don't want any of the bits where nothing's happening", "we don't need the silences": silent or idle stretches not
 * wanted, no refusal (not "… cut", "… sped up", "don't want to lose the pauses": what is done to them is said).
 */
const UNWANTED = String.raw`(?! to\b)(?!.*\b(?:cut|remov|trim|touch|drop|lost|los|delet|gone|go|kept|keep|left|leave|speed|sped|fast|slow|short))(?=.*\b(?:silen(?:ce|ces|t)|pauses|gaps|dead (?:air|time|spots?)|quiet (?:bits|parts|stretches|sections|spots)|${IDLE_EN}))`;
const UNWANTED_STRETCH = String.raw`^(?:i |we )?(?:don't|do not) (?:want|need)\b${UNWANTED}`;
/** Stretches said to be static ("the solver runs are long and static"), not a text or picture made still ("keep the title static"). */
const STATIC_STATE_EN = String.raw`\b(?:is|are|was|were|stays?|goes|go|gets?)\b(?: (?:[a-z]+ and|pretty|very|mostly|totally|just|so|kinda|completely))* static\b(?! (?:text|titles?|images?|pictures?|captions?|backgrounds?|logos?|cards?|camera)\b)`;
/** A stretch said to be idle or waited through ("the cell execution waits are idle"): no silence to cut, a speed-up's object. */
const IDLE_STATE_EN = String.raw`\b(idle|frozen)\b|\bwaits\b|\bwaiting (around|time|parts?|bits?|screens?)\b|${STATIC_STATE_EN}`;
/**
 * Stretches where nothing happens, in Chinese: what "remove the idle parts" and "speed up the idle parts" name (无聊,
 * "boring", only for a speed-up: a boring part is not silence to cut; 没人动弹的, 歇着抽烟的, 没活儿的时候, 没事干的,
 * 闲着的: no one at work; 没有东西动的地方: nothing at all moving; 等汤煮的那些地方, 等客户回复的时候, 干等着: waiting for
 * something, named as the places or the time it fills, or idly (not "那段全是干等", which may say what a moment is);
 * 没东西看的, 没啥看头的地方: nothing to see; 等虾上钩那些没动的: waiting for something, then the ones where nothing moves
 * (not "其他没动的" alone, the ones left untouched); 没人的那些, 冇人嘅地方: where no one is at all.
 */
const IDLE_ZH = String.raw`(?:没有?|冇)(?:人|谁)在?的(?:那些|这些|地方|时候|片段|部分|那几段)|等(?!一?下(?!载)|会儿?|等|于|级)[^，,。]{1,15}?(?:的?(?:那些|这些|那几段|这几段)|的时候|时)(?:都|也|一直)?(?:没有?|不)在?动(?:静|弹)?的|没(?:有|啥|什么)?事(?:情)?(?:可|能)?(?:干|做)的|没(?:有|啥|什么)?(?:东西|嘢|啥|什么|内容)(?:好|可|可以|能)?看(?:头)?的|没(?:有|啥|什么)?看头的?|(?<!别|不要)闲着的|无所事事|(?:没有?|冇得?|没得)(?:人|谁)?在?动弹?的(?:那些|这些)(?=(?:都|全|全都)?(?:剪|删|砍|去掉|不要))|(?:没有?|无)声音?(?:也|又|还)?(?:没有?|无)(?:动静|动作|动)(?![手过])|(?:没有?|无)(?:人|谁)?在?(?:动静|动作|动)(?:也|又|还)?(?:没有?|无)声音?(?=的)|挂机|等(?:待)?复活|没有?(?:人|谁)?在?走动|空镜头?|(?:人|画面|屏幕|盘面|棋盘|鼠标|光标|页面|界面|台上|场上)(?:都|也|一直|完全|基本)?没有?在?动(?!过|手|了?[第这那])|(?:思考|长考|考虑|犹豫)的?(?:时候|时|地方|那段|部分)|没有?(?:人|谁|东西|嘢|啥|什么)?在?动弹?的(?:(?:那些|这些)?(?:地方|部分|时候|片段|时间|画面)|[那这]几段)|干等着|没有?(?:人|谁)在?动弹?的(?:那些|这些)(?![^，,。]*(?:段|片段|镜头|视频|文件|素材))|没有?(?:人|谁)?在?动弹?的[^，,。]{1,8}?(?:那些|这些)(?=$|[，,。])|(卡住|没有?反应)的?(那些|这些)?(地方|部分|时候|片段)|卡住了?(也)?没有?动|等(?!一?下(?!载)|会儿?|等|于|级)[^，,。]{1,15}?(的时候|时|的?(?:那些|这些|那几|这几)?(?:地方|部分|片段)|的那段)|空闲|闲置|静止|没(有|啥|什么)?动静|(?:啥|什么|一点儿?|半点)(?:动静|动作)(?:都|也)?没有?|没(有|啥|什么)?动作|(什么|啥)(?:事情?)?(都|也)没有?在?(发生|做|干|动|变)|没有?(?:啥|什么)?(?:事情?|嘢|东西)(?:在)?发生|(?:没(有|啥|什么)?|无)[^，,。的]{0,4}?变化|发呆|(?:歇着|歇一?会儿?|歇息|休息|抽烟|打盹)[^，,。]{0,4}?的(?!话)|没有?(?:人|谁)?在?操作|没有?(?:人|谁)在?(?:干活儿?|做事|干事|工作|忙活?)的?(?:时候|地方|部分|那段|那些|片段)|没(?:有|啥|什么)?(?:活儿?|事儿?|事情|内容|事干|活干)(?:干|做)?的?(?:时候|地方|部分|那段|那些|片段)|不动|等待|加载|(安装|下载|编译|渲染|上传|缓冲|转圈)(的)?(那段|那些|那几段|的时候|过程|部分|地方)`;
/**
 * "等接口返回那段", "等烤箱那几段": the stretch spent waiting for something, named as 那段 with no 的; idle for a speed-up only
 * ("等枪响那段 删掉, 就是第一段" may be a moment taken out).
 */
const WAITED_ZH = String.raw`等(?!一?下(?!载)|会儿?|等|于|级)[^，,。]{1,15}?[那这]几?段`;
/** The uploads not chosen, refused (别的不要, 前面几个不要): Words.otherUploadsRefused. */
const OTHERS_REFUSED_ZH = String.raw`(?:别的|其他的?|其它的?|其余的?|剩下的|前面(?:那?几个|的)|后面(?:那?几个|的))(?:都|就|全)?(?:不要|不用|别用)了?`;
/** "… is fine", "… is heaps", "… will do": a figure said alone, approved as enough. */
export const FIGURE_APPROVED = String.raw`(?:\s+(?:(?:is|would be|should be|will be|'s|sounds|seems)\s+(?:fine|ok|okay|good|enough|plenty|great|grand|perfect|right|heaps|ample|loads|lovely|ideal|brilliant)|will do|(?:is )?enough))`;
/**
 * A speed factor said alone, maybe as an approval: "3x is fine", "say 2x", "1.5x would be good", "8倍速", "倍率6", "x4",
 * "perhaps twice as fast", "4倍要得", or offered ("Three quarters speed maybe?"); with the speed-up named again ("快6倍", "加速到8倍"), or
 * the speed ("速度六倍"), the same.
 */
export const FACTOR_ALONE = new RegExp(String.raw`^(?:(?:at|maybe|perhaps|say|like|about|try|or)\s+|(?:再|就)?(?:快|加快|加速|快进|快放|提速)(?:到|成|个)?\s*|(?:速度|倍率)(?:为|是|设为|调到|[=:：])?\s*)?(?:x\s?\d+(?:\.\d+)?|倍速\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:[x×]|倍速?)|(?:twice|\d+ times) as fast|\d+ times faster|(?:three[\s-]quarters?|(?:a |one )?quarter|0?\.\d+) speed)${FIGURE_APPROVED}?(?:\s+(?:please|i think|or so|then|maybe|perhaps|i guess))?(?:就行|就好|就可以|就够了?|即可|吧|就?(?:要得|中|行|可以))?[.!?？。！]*$`);
/** "还要一个gif": one more file named by its kind alone, after 还要 or 另要. */
export const ONE_MORE_FILE_ZH = String.raw`\s*一[个份条支]\s*(?:mp4|mov|gif|webm)(?![a-z\d])`;
/**
 * A file made, counted and named by its size or kind ("来一个 1080p 的", "整个gif", "汇一支gif", "出一条 1080 的"): after 再, one more file
 * (not 整个…都, "the whole …").
 */
export const ANOTHER_FILE_ZH = String.raw`(?:来|倒|整(?!个[^，,。]*[都也])|汇|弄|搞|出|导)出?\s*一?[个支份条](?=\s*(?:的\s*)?(?:\d{3,4}p?|4k|mp4|mov|gif|webm)(?![a-z\d]))`;
/** One more of the kind just named ("… and another 'Done' at 0:20", 再来一个): it stands for that kind said again. */
export const ONE_MORE = String.raw`another(?: one)?|one more|a second(?: one)?|(?:再来|再|还有|来)一[个条句]`;
/** What is said of a moment named after a request ("…, the second clip is too long", "…, clip 2 drags"): a statement of its own. */
export const MOMENT_STATED = String.raw`is|are|was|feels?|seems?|looks?|drags?`;
/**
 * What is done to a moment, said after it as in a list of edits ("the second clip 4 seconds long, the third clip moved
 * first", "clip 2 out, clip 3 first"): a participle, a place, or the length it is to have.
 */
export const MOMENT_DONE = String.raw`moved|removed|deleted|dropped|cut|trimmed|shortened|gone|out|first|last|sped up|slowed(?: down)?|(?:to|at) (?:the )?(?:start|end|front|back|beginning)|\d+(?:\.\d+)? ?(?:s|secs?|seconds?)(?: long)?`;
/** "clip 3 stays", "the last one is fine": a moment said to stay as it is (beside requests for others, no item of theirs). */
export const STAYS = String.raw`stays?|remains?|can stay|is (?:fine|good|ok(?:ay)?|perfect|great)|looks (?:fine|good|great)`;
/** How a part is said to be left as it is ("leave the music alone", "keep the title as is"). */
export const KEPT_AS_IS = String.raw`alone|as is|as it is|unchanged|untouched`;
/**
 * A file the user names, of a kind by its extensions ("samba.mp3", "用我的 燃.mp3", “棉花谣.mp3”, 漆器-第二天.mp4): every place
 * that reads a file's name reads it so. A name with Chinese in it starts the clause or stands after a space, a quote or
 * a colon (in "用song.mp3" the 用 is no part of it; nor, in "bgm用我传的lunamix.mp3", the words before the Latin name
 * that 的, 用, 成, 为 or 是 ends: "dy热门.mp3" is a name); a Latin letter with a mark is part of a name ("jalapeño_salsa.mp4",
 * "brötchen.png"); written without \p{…}, it fits patterns with and without the u flag.
 */
export const fileNamed = (extensions: readonly string[]) =>
  String.raw`(?:(?<=^|[\s"'“”‘’「」『』《》(（:：])(?:[\u3400-\u9fff][\u3400-\u9fff\d_-]*|[\w-]+[\u3400-\u9fff](?:[\u3400-\u9fff]|(?<![的用成为是])[\w-])*)|[\w\u00c0-\u024f.-]+)\.(?:${extensions.join('|')})\b`;
/** An upload named by its file ("lake.mov"). */
const SOURCE_FILE = fileNamed(['mp4', 'mov', 'avi', 'webm', 'mkv']);
/**
 * An upload's name quoted alone ("use 'demo.mov' only", "the file designated 'a.mov'"): a name, no title's words, so it
 * stays read as an upload named ("upload.mp4": by its extension only, so "canting-closeup.mp4" asks for no zoom; its name
 * is read from the clause as said).
 */
const QUOTED_SOURCE = new RegExp(String.raw`^.\s*(?=${SOURCE_FILE}\s*.$)[^"'“”‘’「」『』]*\.(\w+)\s*.$`);
/**
 * Uploads named one after another ("a.mp4 跟 b.mp4", "a.mp4、b.mp4", "second file"), then how many they are and what
 * ("这两个file", "两个"): the files a "just use" names.
 */
const SOURCE_FILES_ZH = String.raw`(?:${SOURCE_FILE}(?:\s*(?:和|跟|与|及|、|还有|&)\s*${SOURCE_FILE})*|(?:the\s+)?(?:first|second|third|last|latest)\s+(?:file|video|upload|recording))\s*(?:(?:这|那)?[一两二三四几]?个\s*(?:文件|视频|素材|录屏|录像|files?|videos?)?)?\s*(?:就行|就好|就可以了?|就够了?|即可)?(?=$|[，,。])`;
/** Uploads named, by file or by their place (a.mp4, 上传的第一个, 第二个视频). */
// ("first file 同 second file", "第三个file": the English words for a place or a file, as a Chinese sentence borrows them.)
const UPLOADS_ZH = String.raw`(?:${SOURCE_FILE}|上传的第[一二三四五六七八九十\d]+个|第[一二三四五六七八九十\d]+个\s*(?:上传的|视频|文件|素材|录屏|录像|file\b|video\b)|\b(?:first|second|third|fourth|fifth|last)\s*(?:file|video|upload)\b)`;
/** An upload named by its place alone: 第二个, 最后一个, 最后那个, 最新的那个 (a 视频 or 文件 said with it or not). */
const UPLOAD_PLACE_ZH = String.raw`(?:第[一二三四五六七八九十\d]+|最后(?:一|那)|最新的?(?:一|那))个\s*(?:上传的|视频|文件|素材|录屏|录像)?`;
/**
 * Two uploads named by their place, joined ("第二个视频和最后一个", "第一个跟最后那个视频"): the uploads a "用" names, when
 * one of them is said to be a 视频, 文件 or 素材 (not "第一个和最后一个", which may be moments).
 */
const UPLOAD_PAIR_ZH = String.raw`(?=[^，,。]*?个\s*(?:上传的|视频|文件|素材|录屏|录像))${UPLOAD_PLACE_ZH}\s*(?:和|跟|与|及|、|还有)\s*${UPLOAD_PLACE_ZH}\s*(?:就行|就好|就可以了?|就够了?|即可)?(?=$|[，,。])`;
/** "能的话", "可以的话": if it can be done (said before what is then done). */
export const IF_IT_CAN_ZH = '(?:能|可以|行)的话';
/** The undo said in Chinese by its word (撤销, 撤消, 撤回), which said over, apart ("撤销 撤销"), counts the undos. */
const UNDO_SAID_ZH = String.raw`(?:撤销|撤消|撤回)(?!了?的)`;
/** "undo the last two", "redo the last 3, please": the count of steps said after "last", their noun left out. */
const undoneLast = (count: string) => String.raw`|\b(?:un|re)do (?:the )?(?:last|previous|past) (?:${count})(?=\s*(?:$|[,.;!?]|(?:please|pls|then|and)\b))`;
/**
 * "undid that by mistake", "I hit undo by accident", "accidentally clicked undo": the undo was a mistake, which a redo
 * mends.
 */
const UNDONE_BY_MISTAKE_EN = String.raw`\b(undid|undone|undo) (that |it )?(?:by (?:mistake|accident)|accidentally)\b`
  + String.raw`|\b(?:hit|clicked|pressed|tapped) undo (?:by (?:mistake|accident)|accidentally)\b`
  + String.raw`|\baccidentally (?:hit|clicked|pressed|tapped|undid) (?:undo|that|it)\b`;
/** Steps back counted, 退两步 / 往回退三步 / 退两次 / 后退两下 / 回去一步: that many undos (one reading for every form
 * of it), said on its own ("进一步退两步" is a figure of speech). */
const STEPS_BACK_ZH = String.raw`(?<=^|[\s，,。！!])(?:(?:再|往回|往后|后|倒|回)?退回?|回去(?=[一1两二2三3]步))(一|1|两|二|2|三|3)(?:步|次|下)(?!棋)`;
/** Stretches that drag (慢吞吞的地方): for a speed-up only, like 无聊; dragging is no silence to cut. */
const SLOW_ZH = String.raw`慢吞吞|磨磨蹭蹭|磨蹭|拖沓|拖拉|拖拖拉拉`;
/** Sounds a recording is heard to make, each no thing seen ("the burner roar", "camel grunts", "the splashing"). */
const HEARD_NOUN = String.raw`roar(?:s|ing)?|grunt(?:s|ing)?|hum(?:s|ming)?|buzz(?:es|ing)?|hiss(?:es|ing)?|crackl(?:e|es|ing)|rumbl(?:e|es|ing)|splash(?:es|ing)?|chirp(?:s|ing)?|birdsong|squeak(?:s|ing)?|squeal(?:s|ing)?|clank(?:s|ing)?|clatter(?:ing)?|whir+(?:s|ing)?|thud(?:s|ding)?|beep(?:s|ing)?|honk(?:s|ing)?|barks|barking|bleat(?:s|ing)?|moo(?:s|ing)|howl(?:s|ing)?|whin(?:e|es|ing)|purr(?:s|ing)?|growl(?:s|ing)?|sizzl(?:e|es|ing)|whoosh(?:es|ing)?`;
/**
 * "can you remove my neighbour's voice from the background?", "take out the dog barking", "remove the voices in the
 * background", 去掉背景里邻居的声音, 把狗叫声去掉: one voice or sound of someone or something else taken out of the
 * recording's sound (Words.unmadeEdit). Not the user's own voice ("remove my voice"), nor the recording's ("remove the
 * video's sound"), nor a stretch named by its sound ("remove the part where the dog barks", "remove the moments
 * without talking").
 */
const OTHER_SOUND_REMOVED = String.raw`\b(?:remove|take out|take away|get rid of|cut out|erase|filter out|eliminate|delete|strip out|edit out)\s+(?:(?:only|just) )?(?:the |my |our |that |this |those |these )?(?:(?:[a-z-]+ ){0,2}(?!(?:recording|video|vid|footage|clip|mic|microphone|camera|audio|own)(?:'s|s')\s)[a-z-]+(?:'s|s') (?:voices?|talking|chatter|speech)|(?:voices?|talking|chatter|chatting|conversations?) (?:in|from) the background|(?:(?:[a-z-]+ )?(?!(?:i'm|i|we|we're|you|you're|he|she|they|they're|where|when|that|which|while|part|bit|without|no|any|with)\b)[a-z-]+ )(?:barking|crying|screaming|shouting|yelling|talking|chatting|laughing|coughing|${HEARD_NOUN}))\b|(?:去掉|去除|删掉|删除|消除|拿掉|弄掉)[^，,。]{0,6}?(?:邻居|狗|猫|小孩|孩子|宝宝|别人|旁人|路人|同事|鸟)[^，,。]{0,3}?(?:声音|说话声|讲话声|叫声|哭声|吵闹声)|(?:邻居|狗|猫|小孩|孩子|宝宝|别人|旁人|路人|同事|鸟)[^，,。]{0,3}?(?:声音|说话声|讲话声|叫声|哭声|吵闹声)[^，,。]{0,4}?(?:去掉|去除|删掉|删除|消除|拿掉|弄掉)|(?:去掉|去除|删掉|删除|消除|拿掉)背景(?:里|中)的?(?:说话声|讲话声|人声|聊天声)`;
/** "边上黑的就行", "两边黑的就好", "两边黑色的不要": the sides said to be black, the bars (wanted, or refused by 不要 after them). */
const BLACK_SIDES_ZH = String.raw`(?:边上|两边|两侧|左右|上下|旁边)(?:的)?(?:就|都)?(?:是|留|空|弄成|搞成)?黑色?的?(?:(?:就行|就好|就可以|吧)?$|(?=\s*(?:不要|不用)(?:了|吧)?$))`;
/**
 * "I like the background", "nice background", 背景很好看, 我喜欢这个转场: a look praised approves it, asking for nothing (no
 * background added where there is none); a change said with it ("背景弄好看点", "I'd like the background") is a request.
 */
const LOOKED_AT_EN = String.raw`background|backdrop|look|zooms?|fades?|crossfades?|transitions?|shape|framing|blur`;
const LOOKED_AT_ZH = String.raw`背景|转场|缩放|淡入淡出|渐变|比例|画面`;
const NO_CHANGE_ZH = String.raw`(?!.*(?:去|删|换|改|加|掉|关|调|弄|搞|做|变|让|整|用|要|设|开))`;
const PRAISING_EN = String.raw`(?:(?:i )?(?:really |just |kinda )?(?:like|love|dig)|(?:i'm |im )?loving`
  + String.raw`|(?:what a |such a )?(?:nice|cool|great|lovely|beautiful|pretty|neat))`;
const PRAISED_LOOK = [
  String.raw`^(?:(?:oh|wow|ok|okay|yeah)[,!\s]+)*${PRAISING_EN} (?:the |this |that |my |your )?(?:[a-z]+ )?`
    + String.raw`(?:${LOOKED_AT_EN})(?: (?:a lot|so much|very much))?[.!]*$`,
  String.raw`^${NO_CHANGE_ZH}我?(?:很|挺|真|好|蛮|超|还挺)?(?:喜欢|爱)(?:这个|那个|现在的?|这种)[^，,。\s]{0,6}?`
    + String.raw`(?:${LOOKED_AT_ZH})(?:了|的|啊|呀|哦|耶)?[!！。~]*$`,
  String.raw`^${NO_CHANGE_ZH}(?:这个|那个|现在的?|这种)?[^，,。\s]{0,6}?(?:${LOOKED_AT_ZH})(?:真|很|挺|好|蛮|超|太)`
    + String.raw`(?:好看|漂亮|美|酷|棒|赞|舒服)(?:了|的|啊|呀|哦|耶|哇)?[!！。~]*$`,
].join('|');
/** How a part is judged to look when no change is said with it ("the blur looks cheap", "the fill looks unprofessional"). */
const LOOKS_BAD = String.raw`ugly|bad|cheap|awful|terrible|horrible|tacky|weird|odd|distracting|messy|gross|meh|wrong|off|broken|janky|unprofessional|amateurish|amateur|cheesy|clunky|daft|silly|naff|rubbish|stupid|dumb|lame|mid|crap|crappy|not (?:good|great|nice|working|right)`;
/**
 * "出了 4.0 版本", "3.2 版本更新了", "v2.1", "version 3.0 is out", "since release 1.4.2": a release's number, no figure of an
 * edit (dotted, or after a "v"; "做2版" counts versions, and "剪个1.5版本" may be a length: they stay figures).
 */
const VERSION_NUMBER = String.raw`(?<![\w.])(?:v|ver\.?\s*|version\s*|release\s*|版本\s*)\d+(?:\.\d+)*(?![\w.%％]|\s*(?:(?:s|secs?|seconds?|mins?|minutes?|x)\b|秒|分|倍))|(?<![\w.])\d+(?:\.\d+){2,}(?![\w.])|(?<![\w.]|(?:剪|做|弄|整|搞|来|要|cut|make)\s*(?:个|成|一个|a|an)?\s*)\d+\.\d+(?=\s*(?:版本?|version\b|release\b|update\b|正式版|测试版|beta\b))`;
/** Hours or minutes from now ("1小时后", "两个钟头以后"; read in digits), after which something is done. */
const FIGURE_LATER_ZH = String.raw`\d+(?:\.\d+)?\s*(?:分钟|个?小时|个?钟头)(?:后|以后|之后)`;
/** Sending or posting the file, or fetching it ("发出去", "上传", "来拿"), said with when. */
const SENT_OR_FETCHED_ZH = '发|发出去|发布|上传|推送|拿(?![掉走开下出])|取(?!消)|交';
/**
 * The user's own time ("my 10 min break", "before our 30 minute meeting", "we've only got 5 minutes"), and when they are on
 * ("we present in 10 min", 还有十分钟就上台): Words.ownTime.
 */
const OWN_TIME = String.raw`(?:\b(?:my|our|a|the) |^(?:on |during )?)\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?)\s+(?:break|lunch|meeting|call|class|shift|commute|window|slot)\b|\b(?:i|we)(?:'ve|\s+have)?\s+(?:only\s+|just\s+)?(?:have|got)\s+(?:only |just |like |about )?\d+(?:\.\d+)?\s*(?:minutes?|mins?|hours?|hrs?)\b|\b(?:i|we|they|he|she|you)(?:'re|'m|\s+are|\s+am|\s+is)?\s+(?:present|pitch|demo|go|going|live|on|start|leave|board|meet|speak|talk|record|stream)(?:ing)?(?:\s+(?:live|on|on stage|on air))?\s+in\s+(?:about |like |around |just |only )?\d+(?:\.\d+)?\s*(?:minutes?|mins?|hours?|hrs?)\b|(?:(?:还有|再过|(?<![超越])过)\s*\d+(?:\.\d+)?\s*(?:分钟|个?小时)(?:后|以后|之后)?|\d+(?:\.\d+)?\s*(?:分钟|个?小时)(?:后|以后|之后))(?:就|就要|马上)?(?:要)?(?:开会|上台|演示|汇报|开讲|上课|直播|开播|登机|出发|下班|交稿|路演)|(?<![剪成到为压缩截留])${FIGURE_LATER_ZH}(?:再|就|才)?(?:${SENT_OR_FETCHED_ZH})(?![^，,。]*\d)`;
/** Kinds of recording whose length is the source's when told after them ("Usability session recording, 50 min."). */
const RECORDING_KINDS = String.raw`recording|footage|session|lecture|webinar|screencast|stream|livestream|vod|podcast|time[- ]?lapse|interview|meeting`;
/**
 * "the video has 30 seconds of silence at the start", "there's 2 minutes of me waiting for the build": a stretch the
 * recording has, told by how long it lasts, is no length asked (not "30 seconds of highlights", the clip).
 */
const STRETCH_TOLD = String.raw`(?<=\b(?:has|have|had|got|contains|there's|there is|there are|there was|there were)\s+(?:(?:about|around|roughly|almost|over|nearly|like|just|a good) )?)\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|minutes?|mins?)\s+of\b(?!\s+(?:the\s+)?(?:best|highlights?|good|top|key|main|nice|great)\b)`;

/**
 * "that blur on the sides looks a bit off mate chuck black bars in instead": a part judged, then what to have "instead",
 * typed with no comma between: the judgement ends where the request starts (who it is said to goes with the break).
 */
export const JUDGED_BEFORE_INSTEAD = String.raw`(?<=\b(?:looks?|seems?|is|are|feels?)\s+(?:(?:a bit|a little|a tad|kinda|kind of|so|really|too|pretty|very|quite|well)\s+)?(?:off|bad|wrong|ugly|weird|terrible|awful|cheap|messy|odd|meh|rubbish|crap|naff|tacky|busy|distracting))(?:\s+(?:mate|tbh|honestly|lol|bro|man|imo|ngl|innit))?\s+(?=[^,.;!?]*\binstead\b)`;

/**
 * "Usability session recording, 50 min.", "timelapse of a back piece, 4 hours off my phone", "I recorded the lecture in
 * Camtasia, 55 minutes": a recording named where a sentence starts (no verb, modal, subject or "for" before it, which may
 * ask for a clip of it) or told as recorded, then after a comma its length in minutes or hours, closing the sentence or
 * said with where it came from ("off my phone"): the source's length, never the clip's ("…, 2 minutes please" may be).
 */
const SOURCE_TOLD = String.raw`(?:(?<=(?:^|[.!?;:]\s*)(?!(?:${IMPERATIVE_VERBS}|${MODAL_OPENERS}|i|we|you|they|it|for|to|into|as)(?![\w-]))(?:[a-z'-]+\s+){0,3}?(?:${RECORDING_KINDS})s?(?:\s+(?:of|from|with|at)\s+[^,.!?;]{1,40}?)?,\s*)|(?<=\b(?:i|we)(?:'ve| have)?\s+(?:just\s+)?(?:recorded|filmed|shot|captured|streamed)\s+[^,.!?;]{1,60}?,\s*))(?:about |like |around |over |nearly |almost |roughly |just )?\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?)\b(?=\s*(?:[,.!;]|$)|\s+(?:long\b|(?:off|from|on|with) (?:my|the|a|an|our|his|her|their) ))`;
/**
 * The figures of a story told beside a request, no value of an edit: how long the making took ("we build it in 3 weeks",
 * "I made flija for 6 hours", "2 days of shooting": days to years, or hours after "for", "in", "over"), and how many
 * things it had ("we cook 40 pigs", "6 leashes in one hand"): a count of a noun in the plural that no edit counts (no
 * unit, no part of the draft, no upload; not "make 2 versions", "3 clips", "10 and 20"), said after a word (not after
 * a length's minutes: "1 minute 30 second highlights").
 */
const STORY_DURATION = String.raw`\b\d+(?:\.\d+)?\s*-?\s*(?:days?|weeks?|months?|years?|nights?|decades?|generations?|centuries)\b(?!\s+old\b)|(?<=\b(?:for|in|over|after|took|takes|spent|spend|all)\s+(?:(?:about|like|around|nearly|almost|over|a good|the last|the past)\s+)?)\d+(?:\.\d+)?\s*-?\s*(?:hours?|hrs?)\b(?!\s+(?:of\s+)?(?:video|clip|cut|edit|version|long)\b)`;
/** What a business or product counts and grows, in Chinese (simplified and traditional): 销量, 營收, 用户数, 性能, 转化率. */
const GROWN_ZH = String.raw`销量|销售额?|营收|营业额|收入|利润|业绩|用户数?|用户量|客户数?|流量|访问量|播放量|下载量|阅读量|观看量|点击率?|点击量|转化率?|粉丝数?|订单量?|性能|效率|产能|产量|价格|成本|回报|收益|市值|估值|跑分|增长|涨幅|提升|銷量|銷售額?|營收|營業額|利潤|業績|用戶數?|用戶量|客戶數?|流量|訪問量|下載量|閱讀量|觀看量|點擊率?|點擊量|轉化率?|轉換率|訂單量?|產能|產量|價格|回報|增長|漲幅`;
/**
 * "性能提升了3倍", "用户数是去年的3倍", "双十一做了2倍的销量", "比竞品快5倍": a multiple of what the business or the product
 * grew or beats others by, told beside a request, no speed (Words.speed and Words.noEditFigure). Not with a speed or a
 * playing word between ("销量那段加速3倍"), nor against the clip itself ("比原来快2倍", "比现在快两倍" ask a speed).
 */
const GROWTH_MULTIPLE_ZH = String.raw`(?:(?<=(?:${GROWN_ZH})[^，,。\d速快慢放播]{0,8})|(?<=比(?!原|现在|之前|刚才|正常|平时)[^，,。\d]{1,10}(?:快|高|多|大|强|好|便宜|低|少|省)了?\s*))\d+(?:\.\d+)?\s*倍(?!速)|\d+(?:\.\d+)?\s*倍(?=\s*的?\s*(?:${GROWN_ZH}))`;
/**
 * "Ciao!! I film me making a crossbow, 4 videos, use only the first and the last", "Stage is 3 clips.": how many uploads
 * there are, said alone between stops or as what something is, beside a request that picks among them.
 */
const UPLOADS_COUNTED = String.raw`(?<=^\s*|(?<!\d)[,.;!:]\s+|\s[-–—]\s+)\d{1,2}(?![:.]?\d)(?=\s+(?:(?!(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|sec|min)\b)[a-z'-]+\s+)?(?:videos?|vids?|files?|recordings?|uploads?|takes?|clips?)\s*(?:[,.;!]|$))|(?<=\b(?:is|are|was|were)\s+(?:just\s+|only\s+)?)\d{1,2}(?=\s+(?:videos?|vids?|clips?|files?|recordings?|uploads?|takes?)\b)`;
/**
 * Money said beside a request, no value of an edit: a price or a sum after its currency's sign ("$49/month", "we raised
 * $5M", "€99"), before its currency's name ("199 dollars", "99 euros"), or a sum in thousands, millions or billions after
 * what a business counts in money ("our ARR is 3M", "revenue hit 1.2m"; "5m" alone stays a length of five minutes).
 */
const MONEY_FIGURE = String.raw`[$€£¥₹]\s*\d+(?:[.,]\d+)*(?:\s*(?:k|m|mm|bn|b|million|billion|thousand)\b)?(?:\s*(?:/|per\s+|an?\s+)\s*(?:month|mo|year|yr|seat|user|head)\b)?|\b\d+(?:[.,]\d+)*\s*(?:k|m|mm|bn|million|billion|thousand)?\s*(?:dollars?|bucks|euros?|usd|eur|gbp|rupees?|yuan|rmb|yen)\b|(?<=\b(?:arr|mrr|revenue|raised|raise|funding|valuation|sales|budget|gmv|profit|turnover)\s+(?:(?:is|was|of|at|hit|reached|to|now|about|around|over|nearly|almost)\s+)*)\d+(?:\.\d+)?\s*(?:k|m|mm|bn|million|billion)\b`;
/**
 * How a business grew or shrank, said as the reason for the video ("sales up 3x since v2", "the team grew 40%",
 * "customers saved 30% on average"): a share or a multiple after what a business counts, or after a verb of its growth.
 */
const GROWTH_FIGURE = String.raw`(?<=\b(?:(?:sales|revenue|growth|signups?|sign-ups|users|traffic|conversions?|profits?|engagement|retention|arr|mrr|downloads|leads|orders|bookings|margins?|churn|costs?|prices?|headcount|subscribers|followers)\s+(?:(?:are|is|were|was|went|have|has|had|grew|grown|rose|jumped|increased|dropped|fell|decreased|up|down|by|over|about|nearly|almost|roughly)\s+)*|(?:grew|grown|rose|jumped|soared|saved|save)\s+(?:(?:by|over|about|nearly|almost|roughly)\s+)*))\d+(?:\.\d+)?\s*(?:x|%|percent|times|-?fold)(?![\w%])`;
/**
 * The quality the source was recorded at ("recorded at 4k", "I filmed it in 4K", "shot in 1440p at 60fps"): what the
 * user has, not the file to make.
 */
const SOURCE_QUALITY = String.raw`(?<=\b(?:recorded|filmed|shot|captured|streamed)(?:\s+(?:it|this|that|them|everything|all|the\s+(?:video|clip|footage|demo|screen)))?\s+(?:at|in|on)\s+(?:native\s+|full\s+)?)(?:\d{3,4}p|[2458]k|\d+\s*fps)\b(?:\s+(?:at|and|in)\s+\d+\s*(?:fps|p)\b)?`;
/**
 * "appear from black", "start in black", "finish in black", "end on black": the fade in or out asked with the verb of
 * starting or ending (as aparecer de negro, finir au noir say it); the bare verb only, since "the video starts in black"
 * tells what the footage is.
 */
const FROM_BLACK = String.raw`\b(?:appear|start|begin|open) (?:from|out of|in) (?:black|darkness)\b`;
const TO_BLACK = String.raw`\b(?:disappear|finish|end|close) (?:in|on|into|to) (?:black|darkness)\b`;
/** How a thing comes or goes softly: "slowly", "gently", "smoothly". */
const SOFTLY_EN = 'slowly|gradually|softly|gently|smoothly';
/**
 * "disappear slowly", "appear little by little": the fade said by what it looks like (desaparecer lentamente,
 * apparaître peu à peu); "the music comes in slowly", "bring the music in gently": the music brought in so.
 */
const GRADUALLY = String.raw`(?:${SOFTLY_EN}|progressively|little by little|bit by bit)`;
/** How a thing on screen comes in or goes, said by a manner adverb: softly (SOFTLY_EN), "quickly", "subtly". */
export const MANNER_EN = `${SOFTLY_EN}|quickly|subtly`;
const APPEARS_SLOWLY = String.raw`\b(?:appears?|comes? in|brings? the (?:music|song|track|bgm) in) ${GRADUALLY}`;
const DISAPPEARS_SLOWLY = String.raw`\b(?:disappear|vanish|go away|die away) ${GRADUALLY}`;
/**
 * "bring the start in from black", "ease it in from black", "ease the end out to black": the picture brought in from
 * black, or taken out to it, by a verb and its particle (in, out): a fade.
 */
const IN_FROM_BLACK = String.raw`\b(?:bring|brings|ease|eases|open|opens|come|comes|fade|fades)\b[^,;.]{0,25}?\bin from (?:black|darkness)\b`;
const OUT_TO_BLACK = String.raw`\b(?:ease|eases|go|goes|fade|fades|close|closes)\b[^,;.]{0,25}?\bout to (?:black|darkness)\b`;
/**
 * A month named (not "may" nor "march", which are verbs as often, nor "jan", a word of endearment beside a request in
 * Armenian or Persian: "no cutting jan").
 */
const MONTH = String.raw`(?:january|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/**
 * A day on the calendar, when something happens around the video ("deadline is the 15th", "next meeting: the 12th",
 * "launch on Dec 3", "the 15th of June", 12月10号): a date, no moment's place nor length. "The 3rd" alone stays an
 * ordinal: a day of the month is only one after a word for what is scheduled.
 */
const CALENDAR_DATE = String.raw`(?<=\b(?:deadline|due|meeting|launch(?:es|ing)?|review|call|sync|event|release|ship(?:s|ping)?|presentation|live|fair|show|conference|webinar)\b[^,;.\d]{0,20}?)\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|\d{1,2}\s*月\s*\d{1,2}\s*[号日號]`;
/** A fade named in what is filmed, not asked of the clip (see Words.fade): the lookarounds put before its "fade". */
const FADE_DESCRIBED = String.raw`(?<!\b(?:skin|taper|burst|bald|drop)[- ]|\b(?:logo|sign|title|text|caption|photo|paint)'s )(?!fade(?:d|s)?\s+(?:lines?|colou?rs?|photos?|pictures?|jeans|paint|marks?|haircuts?)\b)(?!fades?\s+of\s+(?:the\s+|that\s+|this\s+|my\s+|our\s+|his\s+|her\s+)?(?!(?:the|that|this|my|our|his|her|its|a|an|video|vid|clip|music|song|track|film|footage|picture|audio|sound|intro|outro|end|ending|start|beginning|opening|whole|entire|screen|bgm|image|visuals|recording)\b)[a-z]+)(?!faded\s+(?!in\b|out\b|away\b|to\b|from\b|into\b|up\b|down\b|slowly|gently|softly|smoothly|nicely|gradually)[a-z]+)`;
const COUNTED_NOT = String.raw`(?:${NO_MOMENT_NOUN}|bars|beats|measures|counts|notes|loops|breaths|cycles|repeats|hours|hrs|millis|milliseconds|ms|fps|pixels|px|percents?|per|clips|moments|parts|bits|segments|scenes|shots|sections|pieces|chunks|cuts|videos|vids|files|recordings|uploads|sources|titles|texts|captions|subtitles|cards|words|lines|layers|tracks|songs|fades|transitions|exports|copies|gifs|mp4s|levels|notches|decibels|dbs|stars|places|spots|was|has|does|is|this|plus|less|unless|perhaps|always|thus|yes|its|pls|plz|thanks|thx|tops|max|ish)`;
/**
 * How many times the user recorded or tried it ("I recorded this three times", "we shot the intro 4 times over"): takes
 * counted in a story, no figure of an edit.
 */
const TAKES_COUNTED = String.raw`(?<=\b(?:recorded|re-?recorded|filmed|shot|did|redid|tried|took)\b[^,.;!?\d]{0,50}?\s)\d+(?=\s+times\b)`;
const STORY_COUNT = String.raw`(?<=\b(?!(?:${MOMENT_NOUN}|take|video|file|track|step|number|no|at|to|by|of|minutes?|mins?|hours?|hrs?)\b)[a-z'-]+\s+)\d+\s+(?:[a-z'-]+\s+)?(?!${COUNTED_NOT}\b)[a-z'-]{2,}[a-z](?<=s)\b(?!\s*(?:long|each|apiece|max|tops)\b)`;
/**
 * Thanks, an "all right" and farewells in tongues of southern and eastern Africa (Setswana "ke a leboga", Sesotho "ke a
 * leboha", "go siame", Zulu / Xhosa "ngiyabonga", "enkosi", Chichewa "zikomo", Shona "ndatenda", Afrikaans "dankie",
 * Hausa "nagode"), said before or after a request as the English ones are.
 */
const THANKS_AFRICA = String.raw`(?:(?:ke|re) a lebo[gh]a|kea lebo[gh]a|go siame|tsamaya sentle|sala sentle|siyabonga|ngiyabonga|enkosi|zikomo|ndatenda|ndinotenda|dankie|baie dankie|totsiens|hamba kahle|sala kahle|nagode|medaase|webale)`;
/**
 * Thanks and farewells in English or another tongue, as a message opens or closes with them ("obrigado mano", "gracias
 * amigo", "shukran", "cheers", "ta", "peace out"); a greeting asked as how one is ("how are u", "wut a way yu": Pitkern).
 * And who is called dear beside them ("Ahlan my dear", "Ay up me duck", "ya akhi").
 */
const THANKS_OR_FAREWELL = String.raw`(?:thanks|thank you|thank u|thx|ty|tysm|cheers|ta|obrigad[oa]|gracias|merci|danke|grazie|shukran|asante|arigato|terima kasih|dank je|tack|kiitos|spasibo|mahalo|efharisto|dhanyavaad|shukriya|salamat|toda|bedankt|bye|cya|peace out|adios|adiós|tchau|tschüss|au revoir|inshallah|inchallah|mashallah|bless|${THANKS_AFRICA})`;
const HOW_ARE_YOU = String.raw`(?:how (?:are|r|re) (?:you|u|ya|yu)|how (?:you|ya|u) doin'?g?|how's it going|hows it going|how ya going|what's up|whats up|wassup|wut a way (?:yu|you)|whata way (?:yu|you))`;
const DEAR = String.raw`(?:dear|darling|friend|friends|brother|bro|sister|sis|duck|love|luv|pet|hen|mate|man|boy|lad|girl|habibi|habibti|akhi|ukhti|amigo|amiga|hermano|hermana|fam|bestie|buddy|pal|chief|guys|people|folks)`;
/**
 * The silent stretches named as a topic before the verb that cuts them ("the dead air, strip every bit of it out", "the
 * pauses, cut them all"): the nouns, and how much of them is said ("every bit of it", "every last one of them").
 */
const SILENCE_NAMED = String.raw`\b(?:dead (?:air|time|space)|silences|pauses|gaps)\b`;
const EVERY_BIT = String.raw`every(?: last)? (?:bit|one|second|scrap) of (?:it|them)|all of (?:it|them)`;
/**
 * "I have 3 videos, use only the first and the last", "I have uploaded two recordings; I should like only the second of
 * them to be used": uploads counted, then the ones used named by their places alone (no "file", no "one"), with "only"
 * or "just"; not "only the second" with no uploads counted (a moment could be meant), nor "only the first 10 seconds",
 * nor "the draft is 3 clips, keep only the first" (clips are the draft's moments).
 */
const UPLOAD_PLACE_ALONE = '(?:first|second|third|last|latest|1st|2nd|3rd)';
const UPLOADS_COUNTED_THEN_PLACES = String.raw`^(?=.*\b(?:two|three|four|five|[2-5]) (?:uploads|files|recordings|videos)\b).*\b(?:(?:use|want) )?(?:only|just) (?:use )?the ${UPLOAD_PLACE_ALONE}(?:(?:,| and|,? and| &) (?:the )?${UPLOAD_PLACE_ALONE})*(?: ones?| of them| of the (?:two|three|four|five|[2-5]))?(?=\s*(?:$|[,.;!?]|\s(?:to be used|please|pls|one)\b))`;
/**
 * A sound said to go down ("softer", "turn it down"), after which a share said alone is the level it goes to ("make the
 * video sound softer, like a quarter" is a quarter); not up ("louder, like half" says no level it could go up to).
 */
export const LEVEL_DOWN = String.raw`\b(?:softer|quieter|lower|down)\b`;
/**
 * Where bars go around the picture ("bars on the sides", "bars top and bottom"); a side said alone or with either/each/both
 * ("bars on the side instead of the blur", "bars on either side") is the same black bars.
 */
const BARS_PLACE = String.raw`(?:(?:on |at |down )?(?:the |either |each |both )?(?:top and bottom|sides?|left and right)|above and below)`;
/**
 * "cut the sides", "cut off the sides": the picture's sides cut away, the crop, as 两边裁了 is (not the sides of a moment:
 * "cut the sides of clip 2").
 */
const SIDES_CUT = String.raw`\b(?:cut|chop)(?: off| away)? (?:the |both |the two )?sides\b(?! of\b)`;
/** Bars named by where they go: the letterbox fill (read by fill and FillWords alike). */
const BARS_AROUND = String.raw`\bbars ${BARS_PLACE}\b`;
/**
 * Bars named alone, last, as the fill chosen ("square, and bars", "go with bars", "vertical with bars, not blur", "with bars not blur"): the
 * black ones (not "the loading bars", "no bars").
 */
const BARS_ALONE = String.raw`(?:^|[,;]\s*|\b(?:and|with|use|using|go with|prefer|want|then|just|only|rather)\s+)(?:the )?bars(?: better| please| pls)?(?:$|,?\s+(?:not|no|instead of|rather than|over)\s+(?:the |a )?blur(?:red|ry)?\b)`;
/**
 * "I would like Fill", "go with Fit", "set it to Fill mode": a fill chosen by the name other editors give it (Clipchamp,
 * CapCut: Fill crops the picture to the frame, Fit shows it whole with bars), said as the choice and nothing after it.
 */
const FILL_NAMED = (name: string) => String.raw`^(?:(?:i(?:'d| would) (?:like|prefer|want|go with|take)|i (?:want|prefer|choose|pick)|i'll (?:take|go with)|go with|use|choose|pick|select|set (?:it|the fill|the frame) to|switch(?: it)? to|change it to)\s+(?:the\s+)?)${name}(?:\s+(?:mode|option|setting|one))?(?=\s*(?:[,.!]|$))`;

/** The frame kept on the pointer (画面跟着鼠标走, crop 跟住 cursor): the fill that follows the action. */
const FOLLOW_ZH = String.raw`跟(着|住|随)[^，,。]{0,8}(光标|鼠标|指针|cursor|mouse|pointer)`;
/** Quiet stretches said in English ("the pauses", "gaps", "where nobody talks", "when I'm not speaking", "where I stop talking"): sped up like idle ones, as QUIET_ZH. */
const QUIET_EN = String.raw`${SILENCE_NAMED}|\b(?:where|when|while)\b[^,.;]*?\b(?:nobody|no one)(?:'s| is)? (?:talks?|speaks?|says (?:anything|a word)|talking|speaking)\b|\b(?:where|when|while) (?:i|we) (?:don't|dont|do not) (?:talk|speak)\b|\b(?:where|when|while) (?:i'm|im|i am|we're|we are) not (?:talking|speaking)\b|\b(?:where|when|while) (?:i|we|he|she|they) (?:stop|stops|pause|pauses) (?:talking|speaking)\b|\b(?:where|when|while) (?:i|we|he|she|they)\b[^,.;]*? (?:say|says) nothing\b`;
/** Quiet stretches (空白停顿的地方, 没人说话的时候): what a speed-up of "those places" names, sped up like idle ones, not the whole video. */
// "安静的地方快进", "静悄悄的部分加速", "没有声的地方快转" ("静晒又冇声嘅位", Cantonese, reads so): a quiet place named as a
// place is a stretch (not 安静 alone, "音乐安静一点", nor "静音", the sound switched off).
const QUIET_ZH = String.raw`空白|空档|空当|停顿|冷场|无声|没(有|啥|什么)?人?(说话|讲话|出声|讲解|解说)|不(说话|讲话|出声|讲解|解说)(?=的)|(?:安静|静悄悄|静晒|没有?声音?)的(?:地方|部分|片段|时候|那些|那几段)`;
/**
 * "那几段没讲话、手也没动的", "没人说话的": stretches named, clause-final, by what does not happen in them (no talking, nothing
 * moving), 的 standing for "the ones": the places a speed said next is for, as 没讲话的地方 is.
 */
// (Who or what does not move is said: "其他没动的" are the ones left untouched.)
// ("没人讲话又没动的": no talking and nothing moving, both said.)
const LACKING_ONES_ZH = String.raw`(?:(?:${QUIET_ZH})(?:[、，,]?(?:也|又|还|都)?没有?在?动弹?)?|(?:手|人|谁|画面|屏幕|东西|什么|啥)(?:也|都)?没有?在?动弹?)的$`;
/**
 * A fade said by how the picture or the music comes and goes, slowly: "开头慢慢亮起来", "音乐慢慢进来" (in); "结尾慢慢没有",
 * "bgm慢慢收掉", "画面渐渐暗下去", "结尾慢慢变黑" (out; "天色慢慢变黑的那段" is the footage). The part (or the end) is named
 * first, so "他慢慢走进来" is no fade; the sound is not one ("声音慢慢小下去" may be the music's or the recording's).
 */
const SLOWLY_ZH = String.raw`(?:慢慢|渐渐|缓缓)(?:地|的)?`;
// ("慢慢从黑里出来", 从黑屏里慢慢出来: out of black is where a picture fading in comes from, whatever part is named.)
const FROM_BLACK_ZH = String.raw`从黑(?:暗|屏|场)?(?:里|中|当中)?`;
const FADING_IN_ZH = String.raw`(?:音乐|配乐|bgm|背景乐|画面|视频|开头|开始)[^，,。]{0,3}${SLOWLY_ZH}(?:进来|亮起来|亮起|出来|浮现|显出来)|(?:${SLOWLY_ZH})?${FROM_BLACK_ZH}(?:${SLOWLY_ZH})?(?:进来|亮起来|亮起|出来|浮现|显出来|淡进来)`;
const FADING_OUT_ZH = String.raw`(?:${SLOWLY_ZH})(?:暗|黑)下去|(?:音乐|配乐|bgm|背景乐|画面|视频|结尾|结束|片尾|末尾|最后)[^，,。]{0,3}${SLOWLY_ZH}(?:收掉|收了|消失|隐去|没有|没了|散去|弱下去|小下去|静下去|暗下去|黑下去|(?:变(?:暗|黑)|黑(?:掉|屏))(?!的))`;
/**
 * The empty sides of the frame, described (两边空着的地方, 两侧黑的地方, 多的部分, 空出来那块): what a fill fills (not 空白的地方 alone, which may
 * be a silent stretch, even blurred; 空的地方, 空位 only with the blur they get: "空的地方糊一下", "空位用模糊填").
 */
const EMPTY_SIDES_ZH = String.raw`(?:两边|两侧|左右|上下|边上|边缘|旁边|四周)[^，,。]{0,4}?(?:空着|空白|空的|黑的|黑着|黑边)|(?:空出来|多出来|多余|多)(?:的|那)?(?:那|这)?一?(?:地方|部分|位置|区域|块)|空(?:的|着的)?(?:地方|位置?|区域)(?=[^，,。]{0,8}?(?:模糊|虚化|blur|糊))`;
/** "上下空的地方用黑色填", "两边空着的用黑的补上": the empty sides filled with black, the bars. */
const BLACK_FILLED_ZH = String.raw`(?:${EMPTY_SIDES_ZH})[^，,。]{0,6}?(?:用|拿)黑色?的?(?:填|补|铺|涂)`;
/** Chinese verbs of a speed-up (快放, 加快, 快些放过去, 快快的放: played fast through): besides 加速 and 快进. */
const FASTER_ZH = String.raw`加速|加快|放快|快进|快放|倍速|快(?:快|些|点|一点)?地?(?:放|播|过)过去|快(?:快|些|点|一点)地?过去|快快[地的]?(?:放|播)(?![^，,。]*(?:音乐|配乐|bgm|歌))`;
/** "把 zoom 调少一点", "zoom 弄多点": the zoom set to a degree by a verb of setting, as "zoom 少一点" says it. */
const ZOOM_SET_ZH = String.raw`(?:调|弄|搞|整|改|设)(?:得|成|到)?`;
/** "the camera zoom, a bit less please", "the zoom — more": the zoom named, then how much of it said alone after a pause. */
const ZOOM_THEN_DEGREE = String.raw`\bzoom(?:ing)?\s*[,—–-]\s*(?:(?:a )?(?:bit|little|tad|touch|lot|way|much) )?`;
/** What a recording was made on comes after these words ("recorded over", "taught on"). */
const RECORDED_ON = String.raw`\b(?:via|over|through|from) |\b(?:recorded|filmed|held|taught|done|did|happened|took place|meeting|class|call|lecture) (?:on|in|over|with|using|via) `;
/**
 * Zoom the meeting app, named as where the footage came from: by what it made or held after it ("Zoom class recording",
 * "zoom lecture", "Zoom 录屏", "Zoom 的声音", "zoom 上课") or by the recording done on it before ("recorded over Zoom",
 * "taught on zoom"); not the zoom of the picture, which is followed by how much or on, off ("zoom 也关掉", "zoom less").
 */
const ZOOM_APP = String.raw`(?<!${RECORDED_ON})\bzoom(?:'s)?\b(?=\s*(?:(?:video |audio )?(?:calls?|meetings?|recordings?|recorded|chats?|links?|rooms?|webinars?|app|account|class(?:es)?|lectures?|lessons?|sessions?|interviews?|seminars?|workshops?|stand-?ups?|standups?|audio|sound|mic)\b|(?:上|里|里面)?\s*的?\s*(?:录屏|录像|录制|录的|录下|会议|开会|网课|上课|课|直播|通话|声音|音频|录音|麦)))|(?<=${RECORDED_ON})\bzoom\b`;
const DEGREE_ALONE = String.raw`(?=\s*(?:please|pls|plz|of it|than (?:now|that|before))?\s*[.!?]*$)`;
/**
 * A factor named as such: "by a factor of 6", "by factor 6", "factor 6", "6-fold" (not a zoom's factor, "zoom factor
 * 2"). The figure is the first number in it.
 */
export const FACTOR_NAMED = [
  String.raw`(?<!\bzoom\s+)\bfactor(?:\s+of)?\s*[:=]?\s*\d+(?:\.\d+)?`, String.raw`\b\d+(?:\.\d+)?\s*-?\s*fold\b`,
].join('|');
/** A speed said as a factor ("8x", 六倍 → 6倍, "by factor 6", "6-fold"). */
const FACTOR = String.raw`\d+(\.\d+)?\s*[x×倍]|\bx\s?\d|\b\d+(\.\d+)? times\b(?! (?:as|louder|quieter|longer|shorter|more|less)\b)|${FACTOR_NAMED}`;
/** "要最清楚的", "最清晰的那种": the clearest file there is, the highest resolution (not the clearest words or voice). */
const CLEAREST = String.raw`(?<!(?:字幕|标题|文字|字|声音?|音乐|说话|讲话|讲解|发音)[^，,。]{0,3})最(?:清楚|清晰)(?!一?[点些])`;
/** A text or card whose words are said in quotes ("the title says 'Intro'", 标题「开场」不用改). */
const SAID_TEXT = String.raw`(text|title|caption|subtitle|label|(intro |outro |end )?card|intro|outro|word|lettering|wording|writing)s?`;
const SAID_TEXT_ZH = String.raw`(标题|字幕|文字|片头|片尾)卡?`;
const OPEN_QUOTE = String.raw`["'“‘「『]`;
const QUOTED_WORDS = String.raw`["'“‘「『][^"'”’」』]*["'”’」』]`;
const words = (...parts: string[]) => new RegExp(parts.join('|'));
/** How loud something is put, the words "put" makes a level of (Words.putAsMade). */
const PUT_LEVEL = String.raw`(?:lower|higher|louder|quieter|softer|up|down)\b`;
/**
 * 特写 (a close-up), not the shot a moment shows, named right after the moment's place (no verb between, no 的) and before
 * how long it is or a shortening ("第二段针脚特写太长", "第二段那个特写剪短2秒": the moment; "第二段加个特写": a zoom asked),
 * or said to be a moment ("绣娘的特写是第三段": the moment's shot, named).
 */
const CLOSE_UP_ZH = String.raw`(?!(?<=第[一二三四五六七八九十\d]+段(?!的)(?:那个|这个)?(?:(?![加给来拉推放做要用换改弄搞整上])[\u4e00-\u9fff]){0,4})特写(?:镜头)?(?:(?:有点|有些|太|挺|很|过于)?(?:长|拖)|[，,\s]*(?:剪短|缩短)))(?!特写(?:镜头)?(?:那段|那个|片段)?\s*(?:就|正好|刚好)?是第)特写`;
/**
 * What names the music; "the score" too, not a game's ("the score overlay", "the score at 2:10"); "the audio track" (or
 * the voice, original, mic track) is the recording's own sound ("strip the audio track"), no music.
 */
const MUSIC_NOUN = String.raw`music|bgm|soundtrack|song|(?<!\b(?:audio|voice|original|mic|microphone|narration|source) )track|tunes?|(?<=\b(?:the|a|an|some|our|my|this|that|background|film|orchestral|epic) )score(?! (?:board|card|line|screen|overlay|graphic|of|at|in|was|is (?:\d|tied|level)))`;
/** The recording's own voice, named as a sound kept beside the music ("keep my voice"). */
const KEPT_VOICE_EN = String.raw`voices?|narration|voice-?over|(?:original|video's|recording's) (?:sound|audio)|mic`;
/**
 * After a comma (or a "but") before the music said to be fine ("turn my voice down, the music is fine"), or left as
 * it is ("turn my voice down, leave the music", "…, but the music stays"): it asks nothing of the music, a clause of
 * its own (run on, the way asked of the voice was read as the music's).
 */
export const MUSIC_APPROVED = String.raw`(?:,\s*|,?\s+but\s+)(?=(?:the\s+)?(?:background\s+)?(?:${MUSIC_NOUN})`
  + String.raw`(?:\s+(?:is|sounds|seems)|'s)\s+(?:(?:just|totally|completely)\s+)?`
  + String.raw`(?:fine|good|ok(?:ay)?|great|perfect)\b`
  + String.raw`|(?:leave|don't touch)\s+(?:the\s+)?(?:background\s+)?(?:${MUSIC_NOUN})\b`
  + String.raw`|(?:the\s+)?(?:background\s+)?(?:${MUSIC_NOUN})\s+(?:stays|remains|can stay)\b)`;
/**
 * "clip 1 out", "the part where I sneeze, clip two, gone", "clip 1. out.", "clip 3 — gone", "the middle clip, get rid": a
 * moment named, then only that it goes.
 */
const MOMENT_GONE = String.raw`(?:^|,\s*)(?:the )?(?:(?:${MOMENT_NOUN}) #?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|middle) (?:${MOMENT_NOUN}))(?:\s*[,.:;]\s*|\s+[-–—]\s*|\s+)(?:gone|out|get rid)(?: please| pls)?[.!]*$`;
/**
 * What the whole edit is called when a moment is moved to open or close it ("move the last moment up to open the piece",
 * "put clip 1 at the back to close the video").
 */
const PIECE_NOUN = 'video|clip|reel|edit|piece|montage|film|show|thing|vlog|story|teaser|trailer|recap';
/**
 * "can clip 3 open the teaser", "I'd like clip 2 to close the video", "let clip 1 open the reel", "the third moment
 * must open the video": a moment numbered or placed, then the place it should take, wished or asked (not "clip 3 opens
 * the video", which tells what is there now).
 */
const PLACE_WANTED = String.raw`(?:\b(?:can|could|should|will|would|might|let|make|have)\s+(?:${MOMENT_NOUN})s? #?\d+ |\b(?:(?:${MOMENT_NOUN})s? #?\d+|(?:${PLACE_ORDINAL}) (?:${MOMENT_NOUN})),? (?:(?:should|can|could|will|would|must|might) |to |(?:needs?|has|ought|gets?) to ))`;
/**
 * "the video should open with the third moment", "I want the reel to end on clip 1": the whole edit wished to open or
 * close with a moment (the verb, open or close, said after).
 */
const PIECE_WANTED = String.raw`\b(?:${PIECE_NOUN}) (?:should|must|will|can|needs? to|has to|ought to|to) `;
/**
 * "can clip 3 open the teaser? just asking", "…？只是问问": a question said to be only a question, asking for no edit.
 */
export const ONLY_ASKING = new RegExp(String.raw`[?？]\s*(?:(?:i'?m|i am|i was)\s+)?`
  + String.raw`(?:just|only)\s+(?:asking|curious|wondering)\b`
  + String.raw`|[?？]\s*(?:我)?(?:只是|就是)?(?:随便)?问问`, 'i');
/**
 * "…? i'm just wondering if that's possible — please do it", "…？只是问问，能的话就做": said after the remark, the question
 * asked is still to be made.
 */
export const ASKED_GONE_AHEAD = /\b(?:do it|go ahead|go for it)\b|就做|就弄|就改|做吧|弄吧|改吧/i;
/**
 * "music remove from clip 2", "take the logo out of the second clip": something taken from a moment, not the moment
 * (not "from clip 2 on", "from clip 1 to clip 2": moments from one to another).
 */
export const TAKEN_FROM_MOMENT = new RegExp(String.raw`\S\s+.*\b(?:from|out of)\s+(?:the\s+)?`
  + String.raw`(?:(?:${MOMENT_NOUN})s?\s*#?\d+|(?:${PLACE_ORDINAL})\s+(?:${MOMENT_NOUN}))\b`
  + String.raw`(?!\s*(?:on(?:wards?)?|to|until|till|through|-)\b)`);
/**
 * "put the houses first, they are in clip 3", "move the dogs last, it's in the second clip": a thing shown placed first
 * or last, the moment it is in said apart after it (the place word no moment's).
 */
export const THING_PLACED_APART = new RegExp(String.raw`^(?:please\s+)?(?:put|move|place|bring|have)\s+`
  + String.raw`(?:the|my|our|those|these|that|this)\s+(?!(?:${MOMENT_NOUN})s?\b)[a-z'-]+(?:\s+[a-z'-]+)?`
  + String.raw`\s+(?<place>first|last)`
  + String.raw`\s*,\s*(?:they|it|those|these|that|this)\s*(?:'re|'s|\s+are|\s+is)\s+(?:all\s+)?in\s+(?:the\s+)?`
  + String.raw`(?<moment>(?:${MOMENT_NOUN})\s*#?\d+|(?:${PLACE_ORDINAL})\s+(?:${MOMENT_NOUN}))\s*$`);
/** "標題不要換成：X", "標題唔好換成：X": new words refused before 换成 (either script, Cantonese too) rename nothing. */
export const RENAME_REFUSED_ZH = String.raw`(?:不要|不用|不必|别|別|唔好|唔使|莫|甭|勿|不想|不)`;
/** "第二段别放到最后", "第三段不要挪到前面": a moment's move refused, said between the moment and where it would go. */
export const MOVE_REFUSED_ZH = /(?:别|不要|不用|甭|不必|莫)(?:再|给我)?(?:放|挪|移|搬|调|排)(?:到|在|去|至)/;
/**
 * "from the first to the third clip", "clips 1 to 3", 第一段到第三段: moments from one to another, a span of them (no
 * one moment of the two named).
 */
export const MOMENTS_SPAN = new RegExp(String.raw`\bfrom (?:the )?(?:(?:${PLACE_ORDINAL})(?: (?:${MOMENT_NOUN}))?|(?:${MOMENT_NOUN}) #?\d+)`
  + String.raw` (?:to|until|till|through) (?:the )?(?:${PLACE_ORDINAL}|(?:${MOMENT_NOUN}) #?\d+)`
  + String.raw`|\b(?:${MOMENT_NOUN})s #?\d+ ?(?:to|-|through|thru) ?#?\d+\b`
  + String.raw`|第\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:段|个片段|个镜头|片段|镜头)?\s*(?:到|至|~|-)\s*第\s*(?:\d+|[一二两三四五六七八九十]+)`);
/**
 * "start with the logo from clip 3", "end on the shot in the second moment": a thing shown, said with the moment it is
 * in, is what the edit opens or closes on, not the moment (whose start may not be that thing). Not a moment named by
 * its place, then where it is ("start with the second clip of the video", "open with the third clip in the draft").
 */
const THING_FROM = String.raw`(?!the (?!(?:${PLACE_ORDINAL}) (?:${MOMENT_NOUN}) )`
  + String.raw`(?:[a-z'-]+ ){1,2}(?:from|in|of|at|inside|out of) )`;
/**
 * 让第三段开场, 用第二段来收尾: the words between the moment and the place it takes say no part of it ("用第二段的声音
 * 开场": its sound; "以第二段结尾的画面做封面": its last frame).
 */
const OWN_WORDS_ZH = String.raw`[^，,。\s的]{0,6}?`;
/**
 * After the place a moment takes, what is no wish for it: a part of that place (开场的时候, 结尾的画面), a time (开场时) or
 * a judgement of it ("视频以第三段开头太无聊了").
 */
const PLACE_WISHED_ZH = String.raw`(?!\s*(?:的|时|太|很|有点|有些|真|挺|好无聊|无聊|不好|没意思))`;
/**
 * "让第三段开场，第一段收尾": after one moment wished at one end, another moment and the other end said alone (the verb
 * said once, for both).
 */
export const OTHER_END_ZH = new RegExp(String.raw`^(?:${PLACED_ZH})${OWN_WORDS_ZH}(?:来)?(?:(?<lead>开场|打头)|收尾|压轴)`
  + String.raw`${PLACE_WISHED_ZH}\s*[吧。！!]*$`);
/**
 * "make clip 3 …", "clip 1 should be …", "can clip 3 be …": a moment made what follows (the opener, the last one); asked,
 * only when the place closes the question ("can clip 3 be the first?", not "could clip 1 be the last thing you fix?").
 */
const MADE_PLACE = String.raw`(?:\b(?:make|have|let|set|want)\b.*\b(?:${MOMENT_NOUN})s?\b.*|^(?:can|could|should|would)\s+(?:the\s+)?(?:\S+\s+)?(?:${MOMENT_NOUN})s?\b.*\bbe (?=(?:the\s+)?(?:first|last|opener|closer|final|opening|ending|start|end|beginning)(?:\s+(?:one|${MOMENT_NOUN}))?\s*[?.!]*$)|\b(?:${MOMENT_NOUN})s?\b.*\b(?:should|must|will|can|could|needs? to|has to|(?:is|are) (?:meant|supposed) to|ought to) be )`;
/** The source a moment is taken from, named: "of its source", "in the footage", "to source 0:03-0:19". */
const IN_SOURCE = String.raw`\b(?:(?:of|from|in) (?:its|the|their)|to(?: (?:its|the|their))?) (?:source|original|recording|footage|upload|raw)\b`;
/** An in or out point: where a moment starts or ends in its source recording. */
const EDIT_POINT = String.raw`\b(?:in|out)[- ]?points?\b`;
/** What was meant, said again in English: "I meant clip 3", "…, I mean 45". */
const MEANT = String.raw`i meant|i mean`;
/** What a part shows, said with no verb: "just me sweepin'", "only the dog sleeping", "mostly us setting up". */
const SHOWN_EN = String.raw`(?:just|only|mostly|basically)\s+(?:me|us|him|her|them|(?:the|my|our|his|her|their|a|some)\s+[a-z'-]+)\s+[a-z]{2,}(?:ing|in)[.!]*$`;
/** "not exceed", "shouldn't go over", "never run past": a length the clip must not pass, said by the verb refused. */
export const NOT_OVER = String.raw`(?:\bnot|n't|\bnever) (?:exceed|go (?:over|past|beyond)|run (?:over|past|longer than))`;
/** "under a minute", "no longer than 90 seconds", "at most 45 seconds": a length said after these caps the clip. */
export const CAP_BEFORE_EN = String.raw`under|below|less than|shorter than|within|at most|no (?:more|longer) than`;
/** "60秒以内", "两分钟之内": a cap said in Chinese, after its length. */
export const CAP_AFTER_ZH = '以内|之内';

/** The ends of the clip, as an amount is taken off them: "3 seconds off the front", "trim the tail by 2 seconds". */
export const CLIP_START_EN = 'start|beginning|front';
export const CLIP_END_EN = 'end|ending|tail';
/** Verbs that take an amount off an end of the clip: "trim the end by 2 seconds", "shave the start by 1 second". */
export const TAKE_OFF_EN = 'trim|cut|shorten|chop|shave';
/** Seconds written after a figure: "5 s", "5 secs", "5 seconds". */
export const SECONDS_EN = String.raw`s|secs?|seconds?`;
/** How someone feels about a part, said after a comma as why ("…, take it off, my cousin hates it"): a reason, a clause of its own. */
export const FEELING_REASON = String.raw`(?:my|our|his|her|their|the) [a-z'-]+ (?:hates?|hated|dislikes?|loves?|(?:can't|cannot|can not) stand|(?:doesn't|don't|does not|do not) like)\b`;
/** A pause typed before a slip owned up to: 嗯, 呃, "emmm" (the chat spelling of 呃…, "1.5倍速 emmm 不对 1.25"), "hmm", "um". */
const HESITATION = String.raw`[嗯唉哎啊哦噢呃]+|em{2,}|hmm+|um+|uh+|erm?`;
/** "oh", "ok", "right": a word said before what was just thought of, asking nothing itself. */
const INTERJECTION_EN = String.raw`oh|ah|ok(?:ay)?|right|alright|well|fine|yeah|yep`;
/** "a WebM at 1080p and, separately, a GIF": "and" with a word set off by commas after it, saying how the second comes. */
export const AND_ASIDE = String.raw`\s+and,\s+(?:separately|also|additionally|as well|too|if possible|ideally|maybe)\s*,\s+`;
/** "…, then, uh, …": "then" and a pause after it, each set off by commas, between two requests. */
export const THEN_PAUSED = String.raw`,\s*(?:and\s+)?then\s*,\s*(?:(?:${HESITATION}|${INTERJECTION_EN})\s*,\s*)?`;
/** A slip that says "no" in it ("actually no", "nope"): what was asked before it is taken back. */
export const SLIP_SAYS_NO = /\b(?:no|nope|nah)\b/i;

/** "wait", "hold on", "hang on": a pause owned up to before a slip. */
const WAIT = String.raw`wait|hold on|hang on`;
/** "jk", "lol jk", "just kidding": what was just asked, said to be no request (a slip, when what is meant follows). */
const KIDDING = String.raw`(?:lol\s+)?(?:jk|j/k|just kidding)`;
/** "想了想还是不加了", "后来想想，还是要竖的": thought over, before what is meant after all (还是 or a pause after it). */
const THOUGHT_AGAIN_ZH = String.raw`(?:我)?(?:想了想|想了一下|再想想|转念一想|仔细想想|后来想想|回头想想)(?=\s*[,，…。]|\s*还是)`;
/**
 * A slip owned up to ("不对", "啊不是", "哦不", "no wait", "scratch that"; "nah" before the value or request meant: "nah, make it
 * 40", "nah just move clip 1", "… nah 就把第1段挪到最后"): said between two requests, what follows is meant instead of the request before it ("不，" too, with its pause). A "不是" with no pause after it ("删第二段，不是第三段") says what is not meant.
 */
export const SLIP = String.raw`(?:(?:${HESITATION}|oops|sorry)\s*[…。.,，~]*\s*)*(?:(?:不对|不是)+|不不+|哦不|噢不|错了|说错了|我说错了|口误|打错了|no(?:,?\s*no)*(?:,?\s*(?:${WAIT}))?|nah(?=,?\s*(?:\d|[\u4e00-\u9fff]|just |(?:make|change) (?:that|it)\b))|(?:${WAIT})(?:,?\s*no(?:pe)?)?|nope|scratch that|${KIDDING}|my bad|actually,?\s*no(?:pe)?|actually|correction|oops|sorry|不(?=\s*[,，…]|$))(?:啊|呀|了)?`;
/** "no wait", "wait, no", "wait nope": a slip owned up to in English, before what is meant. */
export const NO_WAIT = String.raw`no,?\s*(?:${WAIT})|(?:${WAIT}),?\s*no(?:pe)?`;
/**
 * A slip plain enough to be one typed without a comma around it: not a bare "no" ("music no ducking"), nor "scratch that"
 * before what it scratches ("scratch that last change" asks an undo).
 */
const SLIP_TYPED = String.raw`${KIDDING}|${NO_WAIT}|scratch that(?!\s+(?:last|previous|latest|most|recent|change|edit|step|one)\b)`;
/** A slip said right before the figure meant ("wait 40", "correction 25", "no wait 40"): the figure is meant instead. */
export const SLIP_BEFORE_FIGURE = String.raw`actually|correction|wait|sorry|${NO_WAIT}`;
/** "i mean", "or rather": what is meant, said again (not MEANT's "i meant", which the separator does not part at). */
export const SAID_AGAIN = String.raw`i mean|or rather`;
/**
 * "改成 1:1 不对不对 要 9:16", "剪成30秒 说错了 40秒": a slip typed between spaces, as a chat message is, ends the request
 * before it as a comma would (a lone 不是, "这个 不是 我要的", says what something is not).
 */
export const SPACED_SLIP_ZH = String.raw`(?<=[\p{Script=Han}\d%％])\s+(?=(?:(?:${HESITATION})\s*)?(?:不对|不是(?:不是)+|(?<=[啊哦噢])不是|说错了|我说错了|错了|口误|打错了|不不+|哦不|噢不)+(?:啊|呀|了)?\s+\S)`;
/**
 * The music's giving way, as a doing: "no going down when I speak", "don't go dropping it down when I talk" (after a bare
 * "not" it is said of the music as it is: "the music is not going down when I speak" asks the ducking).
 */
const LOWERING_EN = String.raw`(?:(?:going|getting|turning|bringing) (?:(?:it|the (?:music|bgm|song|track)) )?(?:down|quieter|softer|lower)|(?:lowering|dipping|dropping|ducking)(?: (?:it|the (?:music|bgm|song|track)))?(?: down)?)\b`;
/** The music spoken of, by its name or as "it". */
const MUSIC_IT = String.raw`(?:it|the (?:music|bgm|song|track|soundtrack))`;
/**
 * The music's giving way refused with "it" for it, the speaking said before or after: "when I'm talking don't make the music quiet",
 * "don't lower it when I talk", "while we chat, never let it get softer" (not "don't make it quiet" alone, nor "when I
 * speak, make it quiet").
 */
const REFUSED_LOWERING_EN = String.raw`\b(?:don't|do not|never) (?:(?:make|let|have) ${MUSIC_IT} (?:go |get )?(?:quiet|soft|low)(?:er)?|(?:lower|dip|drop|turn down) ${MUSIC_IT}|turn ${MUSIC_IT} down|(?:want|need) ${MUSIC_IT} (?:to be )?(?:lowered|dipped|ducked|turned down|pushed down))\b`;

/**
 * The ducking said unwanted: "I do not want it ducking", "we don't need any ducking", "I don't want the music to duck"
 * (one of Words.noDuck's ways).
 */
const DUCKING_UNWANTED_EN = String.raw`\b(?:don'?t|dont|do not|never|doesn'?t|does not) (?:want|need) (?:(?:it|the (?:music|bgm|song|track|soundtrack)) )?(?:to )?(?:any )?duck(?:ing)?\b`;
/**
 * The music lowered under speech ("dip under my voice", "lower it under speaking", "drop the music under the narration"):
 * its ducking, not a level (nor, for "drop", a removal).
 */
const UNDER_SPEECH = String.raw`\b(?:dip|drop|go|fall|sink|get|lower|bring|turn)(?: (?:it|the (?:music|bgm|song|track|soundtrack)))?(?: (?:down|quieter|lower))? (?:under|beneath|below) (?:(?:my|the|our|his|her|their|any|all) )?(?:talk(?:ing|in'?)?|voices?|voice-?overs?|speech|speaking|narration|commentary|dialogue)\b`;
/** The speech a sound is weighed against ("louder than my voice", "than the narration"): what the music sits under. */
const SPEECH_AGAINST = String.raw`(?:the |my |our |his |her |their )?`
  + String.raw`(?:voices?|voice-?over|narration|narrator|talking|speech|speaker|dialogue|commentary|host|presenter`
  + String.raw`|me|us|him|her|them)\b`;
const SPEAKING_EN = String.raw`\b(?:when|while|whenever|as|if) [^,.;]*\b(?:talk|speak|chat|narrat|explain)\w*`;
/**
 * The music played on as it is where someone speaks ("有人讲话都照样放", "the music keeps playing even when I talk"); not
 * where nobody speaks ("keep the music playing, even when it gets boring"), nor refused ("说话的时候不要照样放音乐").
 */
const PLAYS_ON_SPEAKING = String.raw`(?:${SPEAKING_ZH})(?:${WHEN_SAID_ZH})?(?:(?![不别莫甭])[^，,。\d]){0,6}?`
  + String.raw`(?:照样|照常|照旧)(?:地|的)?(?:放|播|响|播放)`
  + String.raw`|\b(?:(?:keep|keeps|kept) (?:it|the (?:music|bgm|song|track|soundtrack)) (?:playing|going)`
  + String.raw`|(?:the )?(?:music|bgm|song|track|soundtrack) (?:keeps (?:playing|going)|plays on|carries on))`
  + String.raw`(?: as (?:it is|is|normal|usual))?,? even (?=${SPEAKING_EN.slice(2)})`;
/**
 * The music said to stay as loud as it is while someone speaks (one of Words.noDuck's ways): "the music should stay the
 * same level when I talk", "di music fi stay di same level when mi a chat" (read "the music fi stay the same level"),
 * "the music stays level", "music same volume even when I speak", "说话的时候音乐保持一样大", "音乐保持一样大 我说话的时候";
 * not the same track kept ("the music stays the same, make it 30s": no level, no speech).
 */
const DUCKING_HELD = String.raw`(?<=\b(?:music|bgm|song|track|soundtrack)\b[^,.;]{0,20})\bstay(?:s|ing)?\s+(?:at\s+)?(?:(?:the same|a constant|a steady|an even|one)\s+(?:level|volume|loudness)|level|steady|constant)\b|(?<=\b(?:music|bgm|song|track|soundtrack)\b[^,.;]*)\b(?:same (?:level|volume|loudness)|the same|unchanged)(?=,?\s+(?:even\s+)?${SPEAKING_EN.slice(2)})|(?:${SPEAKING_ZH})[^，,。]{0,8}${MUSIC_NOUN_ZH}的?(?:音量)?(?:要|就|也|都)?(?:保持|维持)(?:同样|一样|相同|不变|原样)|${MUSIC_NOUN_ZH}的?(?:音量)?(?:要|就|也|都)?(?:保持|维持)(?:同样|一样|相同|不变|原样)[^，,。]{0,3}[，,]?\s*(?:我|人)?(?:${SPEAKING_ZH})`;
/**
 * "don't cut anything", "do not cut a single frame", "don't cut nothin'" (the double negative of many Englishes): what a
 * verb of cutting, said with a "not", keeps (all of it; not "don't cut anything else", no cut more than those made).
 */
const NOTHING = String.raw`(?:anything|everything|a (?:single )?(?:thing|frame|second|bit)|nothin(?:g|')?)\b(?! (?:else|more)\b)`;
/** Zooming out said without "zoom" ("缩小一点", "拉远点", 往回缩点, 放得太大了): a zoom only when nothing else is there to shrink. */
const ZOOM_SHRINK = String.raw`缩小(一)?点|缩小些|镜头(跟|拉|推|贴)?(得|的)?(太|有点|有些)(紧|近)了?|缩回(来|去)?(一)?[点些]|往(?:回|后)(?:缩|收|拉)(一)?[点些]|拉远(一)?[点些]|拉远一些|放(得|的)?(太|有点|有些|那么|这么)(大|近)`;

/**
 * English keywords a typo of is read as ("remvoe", "muisc", "exprot", "verticle", "zom", "expor", "remmove"): two letters
 * swapped, or a vowel left out, in a keyword of four letters or more ("trmi", "mkae"); its last letter left off or a
 * letter typed inside it ("expoert"; six or more), a letter typed twice, or a double letter typed once ("botom", "midle";
 * five or more); or two slips in one of eight or more. Shorter words are never guessed at.
 */
export const TYPO_KEYWORDS = [
  'zoom', 'trim', 'make', 'remove', 'delete', 'music', 'volume', 'export', 'vertical', 'horizontal', 'portrait', 'landscape', 'title',
  'caption', 'subtitle', 'background', 'crossfade', 'highlights', 'silence', 'square', 'shorten', 'shorter', 'faster', 'slower', 'louder',
  'quieter', 'intro', 'outro', 'bottom', 'middle',
] as const;

/**
 * A word typed with a letter held down ("zoooom", "musiiic", "louuuder", "pleeease", "sooo"): read with that letter
 * once, or twice where the word has it twice (these, and TYPO_KEYWORDS' own).
 */
export const STRETCHED_DOUBLE = ['too', 'zoom', 'off', 'add', 'all', 'full', 'still', 'small', 'boost', 'speed', 'less', 'little', 'good', 'cool'] as const;
/** …and the words read with it once ("slooow", "pleeease"); any other ("emmm", "hmmm") stays as typed. */
export const STRETCHED_ONCE = ['please', 'so', 'slow', 'long', 'loud', 'quiet', 'soft', 'more', 'much', 'fast', 'short', 'now', 'yes', 'very', 'way'] as const;

/**
 * Two words typed without the space between them ("addmusic", "cut the deadair", "exportin 4k", "fadeout"): a verb of
 * the editor run into the word after it, or a part of it named in two words; read apart. Not a word of its own
 * ("makeup", "cutout", "setup").
 */
export const RUN_TOGETHER = /\b(add|make|remove|delete|export|render|mute|cut|trim|fade|speed|slow|zoom|move|put|turn)(music|title|text|caption|it|in|out|as|the|up|down|clip|intro|outro|vertical|square)\b(?<!\b(?:makeup|cutout|cutup|putout|turnout|turnup|turnin))|\b(dead)(air|space)\b|\b(background)(music)\b/g;

/** A lower third named in Chinese: the name strip (人名条) or the name plate (名牌, as a speaker's is called). */
export const LOWER_THIRD_ZH = String.raw`(?:人名|姓名|名字)条|名牌`;

/**
 * A lower third named in English: by its name, a name tag or plate, or by how the news shows a name ("like the news
 * does", "news style", "like on TV news"; not the news said as a subject: "the news is boring").
 */
export const LOWER_THIRD_EN = String.raw`lower[- ]third|name (?:tag|plate)|\b(?:like|as) (?:on |in )?(?:the )?(?:tv |evening |local |nightly )?news\b(?! (?:is|was|says|said)\b)|\bnews[- ]style\b|\bthe way (?:the )?(?:tv )?news (?:does|do|shows)\b`;

/** "加个字 …", "加一行字 …": 字 (characters) said alone as the noun of a text added, its words after a space. */
export const TEXT_WORD_ADDED_ZH = String.raw`(?<=加(?:一?个|一行|几个|点|些)?)字(?![幕体数号母])`;

/** A text named in Chinese by its noun: a title, a caption, words, a lower third. */
export const TEXT_NOUN_ZH = String.raw`标题|字幕|文字|${LOWER_THIRD_ZH}`;
/** A text counted as one more wanted ("一个人名条", "一行字"; not 一个字体, 一个字号). */
const TEXT_WANTED_ZH = String.raw`${TEXT_NOUN_ZH}|字(?![幕体数号母])`;
/** "标题换 Hougang Kopi 1985": 换 alone, right after the text's noun, before what is set apart by a space, changes it as 换成. */
export const TEXT_SWAPPED_ZH = String.raw`(?<=(?:标题|字幕|文字|题目)\s*)换(?=\s+\S)`;
/** How many texts are put on, or 上, said after the verb: "加一条字幕", "打个标题", "加上字幕". */
export const TEXT_COUNTED_ZH = String.raw`(?:一?[个条行]|上)`;
/** A text added in Chinese: 加, or 打 (typed on) before its count or 上 ("打上字幕", "打个标题"; not 打开). */
export const TEXT_ADDED_ZH = String.raw`(?:加|打(?=${TEXT_COUNTED_ZH}))`;
/** What a text is to say, the verb before its words: "must say", "should read", "shall say". */
export const MUST_SAY_EN = String.raw`(?:must|should|shall) (?:say|read)`;
/** The same, or said with "has to", "needs to" ("the title has to say Open All Year"). */
export const HAS_TO_SAY_EN = String.raw`(?:${MUST_SAY_EN}|(?:has|needs) to (?:say|read))`;
/** The small words a title written in capitals keeps in lower case ("Day of the Dead", "Open All Year in Town"). */
export const TITLE_SMALL_WORDS_EN = 'a|an|the|of|and|or|to|in|on|at|for|by|with|from';

/**
 * "加一行字幕博兴草柳编纯手工从第五秒到第十秒", "加个标题年终大促从0:02到0:06": when a text shows, run on after its unquoted
 * Chinese words with no space, opened by 从 and closed by the end of the clause with seconds or clock times at both ends
 * (not "从零到一", words).
 */
export const SHOWN_RUN_ON_ZH = /(?<=\p{Script=Han})(?=从\s*(?:第\s*)?(?:[\d.]+|[零一二两三四五六七八九十]+)\s*秒钟?\s*(?:到|至|-|~|～)\s*(?:第\s*)?(?:[\d.]+|[零一二两三四五六七八九十]+)\s*秒钟?$|从\s*\d{1,2}:[0-5]\d\s*(?:到|至|-|~|～)\s*\d{1,2}:[0-5]\d$)/u;
/**
 * What is said after a text's or a card's unquoted words of how they show, set apart by a space: when or where ("from
 * 0:10", "at ten seconds", "for the first five seconds", "at the top", "放在最上面", "显示在底部"), how long in Chinese ("三秒",
 * "两秒就行"), or "that'll do" ("就行"); after a comma alone, a place or a first stretch (", bottom", ", first 3 seconds").
 * Cut off the words, in any order, with the pieces a text's slots read (textOps' shownHow) and the lengths below.
 */
export const SAID_AFTER_WORDS = /(?:\s*[,，]\s*(?:on\s+(?:the\s+)?)?(?:top|bottom|center|centre|middle)|\s*[,，]\s*(?:for\s+)?(?:the\s+)?(?:first|last|opening|final)\s+(?:\d+(?:\.\d+)?|[a-z]+)\s*(?:s|secs?|seconds?)\b)$|\s+(?:(?:from|at|between|for|until|till|starting)\s+(?:\d[\d:.]*(?:s\b|\b)|(?:the (?:first|last|opening|final)\s+)?[a-z]+(?:-[a-z]+)?\s+(?:seconds?|secs?|minutes?|mins?)\b).*|[\d.一二两三四五六七八九十半]+\s*秒钟?|(?:at|on|in) the (?:start|end|beginning|top|bottom|middle|center|centre)\b.*|(?:along|across) the (?:top|bottom)\b.*|(?:放|摆|显示|出现)(?:在|到)?[^\s，,。]{1,6}|就(?:行|好|可以)了?)$/i;
/** "标题换 Hougang Kopi 1985 lah", "标题改成 春季招生 吧": a particle closing the sentence, set apart by a space, is no word. */
export const CLOSING_PARTICLE = /\s+(?:lah|leh|lor|啦|吧|哈|呀|啊|喔|哦|嘛)[.!！。~～]*$/i;
/** How long it shows, said after the words and a space ("… 显示三秒", "… 两秒就行"); in figures of seconds, after a comma ("…, 3s"). */
export const LENGTH_SAID_AFTER = /(?:\s+(?:显示|停留|停|持续)?\s*[\d.一二两三四五六七八九十半]+\s*秒钟?|\s*[,，]\s*(?:显示|停留|停|持续)?\s*\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|秒钟?))(?:左右)?(?:\s*就(?:行|好|可以)了?)?$/u;
/**
 * A card's length in figures of seconds after its words and a space ("片头 写 Acme Labs 3s"): a card lasts a few seconds and
 * is seldom about them, while a text's words may well end so ("ready in 5 seconds").
 */
export const CARD_LENGTH_AFTER = /\s+(?:显示|停留|停|持续)?\s*\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)(?:左右)?(?:\s*就(?:行|好|可以)了?)?$/u;
/** "交叉淡化加一秒的", "淡入加两秒": a length added to the fade or transition named before it, no addition of its own. */
export const FADE_LENGTHENED_ZH = String.raw`(?<=(?:淡化|淡入|淡出|叠化|溶解|渐变|转场|过渡))加\s*(?:[\d.]+|[一二两三四五六七八九十半]+)\s*秒`;
/** A length in seconds run on at the end of unquoted words ("写欢迎光临三秒"): it may as well be theirs. */
export const LENGTH_RUN_ON = /[\d一二两三四五六七八九十半]\s*秒钟?$/u;

/**
 * What may stand before a card or a text named as the label of the words after a colon ("给个 outro：…", "来个片尾卡：…",
 * "开头 intro card: …", "做个片尾卡：…，停三秒"): a verb of giving or making said light, or the end of the clip it goes at.
 */
export const LABEL_LEAD_ZH = /^(?:(?:给|来|整|弄|搞|做)(?:一?个|一张|张)|开头|结尾|最后)\s*/u;

/** "标题 X 放在上面", "title 放 top: …": a text named by its noun, then more words (its words, or where it goes). */
export const TEXT_NAMED_LEAD = /^(?:标题|字幕|title|caption)\s*\S/;

/**
 * "new text at top: …", "chuck a title up the top: …", "a caption for the first 3 seconds: …": what may open a text
 * said as new before its noun (a verb that puts it, an article, "new"), its words to follow a colon.
 */
export const TEXT_LABEL_LEAD_EN = /^(?:(?:please\s+)?(?:add|put|chuck|pop|stick|slap|throw|bung|place)\s+)?(?:(?:a|an|one)\s+)?(?:new\s+)?/;

/**
 * "片头加个卡片 公开课展示 五秒钟", "加个片尾卡 谢谢观看 三秒", "加个片头 金乡徽章定制 四秒", "片尾加一个 欢迎订购 两秒就好": a
 * card added, its words set apart by a space after its noun (or after 加 said after it), as a text's are; only with how
 * it shows said after them.
 */
export const CARD_RUN_ON_ZH = /加(?:一?[个张])?(?:片头|片尾)?(?:卡片?|字卡)\s+(?=\p{Script=Han})|加(?:一?[个张])?(?:片头|片尾)\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|(?:片头|片尾)(?:卡片?|字卡)?加(?:一?[个张]|上)\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;

/** "number 2", "no. 2": a moment's place said by its number alone. */
export const PLACE_NUMBER = String.raw`(?:number|no\.?|nr\.?)`;

/** A verb of setting, then the level with nothing between ("make 1.3", "put 0.8"). */
export const OBJECT_LEFT_OUT = /^((?:please )?(?:make|put|set|leave))\s+(?=\d)/;
/** "片尾留着了", "片头留着吧": the particles that may close a short Chinese clause and say nothing more. */
export const CLOSING_PARTICLES_ZH = /[了吧啊哈]+$/u;

/**
 * "再加个片头 写 新店开业 三秒 片尾也加一个 写 欢迎再来": the other card said with 也 (too), after the first one's words and a
 * space, is a request of its own.
 */
export const OTHER_CARD_TOO = String.raw`\s+(?=(?:片头|片尾|开头|结尾)(?:卡片?|的卡)?也)`;

/** "字幕咋个跑到中间去了 放回底下": where a part has got to, said as a complaint, ends before what is asked after a space. */
export const DRIFTED_THEN = String.raw`(?<=(?:跑|跳|窜|溜|掉)[^\s，,。]{0,8}去了)\s+(?=\S)`;

/** "放在顶部", "置于画面中央": where a text is put, said in Chinese. */
const PUT_AT_ZH = '放在|放到|置于';

/**
 * Traditional characters of the words an edit is asked in (無聲停頓處一概刪去, 放慢為零點五倍), or an aside says who it is
 * for (新客戶, 學生), what the recording shows (訂購頁面) or what the user is used to in another editor (達芬奇裡我習慣…),
 * each read as its simplified form before the grammar sees a clause (quoted words are taken out first, so a title keeps
 * its characters). Only characters with one simplified form are listed.
 */
const TRADITIONAL_PAIRS = '訂订購购習习慣惯達达刪删無无聲声處处頓顿為为點点標标題题樂乐導导畫画視视頻频靜静開开頭头轉转場场換换變变調调時时間间鐘钟個个後后來来這这們们說说話话邊边帶带進进與与兩两減减長长數数豎竖橫横圖图關关閉闭過过縮缩設设圓圆銷销復复還还輸输鏡镜對对錯错麼么嗎吗讓让從从現现種种幾几當当給给幫帮請请謝谢將将節节輕轻緩缓寬宽遠远裡里裏里張张條条應应該该會会傳传網网錄录質质幀帧總总級级選选動动響响亂乱貼贴適适顯显較较廣广結结隱隐檔档載载劃划蓋盖擊击彈弹別别沒没問问僅仅覺觉寫写夠够號号竪竖發发匯汇暫暂細细軌轨聽听見见滿满準准擺摆書书剛刚於于頂顶疊叠銜衔戶户學学師师觀观眾众議议資资簡简歷历掃扫機机紹绍產产闆板禮礼週周員员課课訪访團团隊队講讲壓压預预陣阵編编輯辑認认漸渐啟启譯译區区塊块層层顏颜獨独淨净濾滤頁页飛飞綠绿紅红藍蓝黃黄閃闪擴扩氣气體体試试斷断續续辦办類类專专單单鬆松緊紧穩稳線线實实際际驟骤麥麦風风讚赞歡欢讀读齊齐熱热雜杂難难舊旧項项順顺須须廳厅謂谓窩窝慮虑劑剂補补裝装據据壞坏確确嚴严態态虛虚擬拟獲获臉脸';
export const TRADITIONAL_ZH: Readonly<Record<string, string>> = Object.fromEntries(
  [...TRADITIONAL_PAIRS.matchAll(/(.)(.)/gu)].map(([, traditional, simplified]) => [traditional, simplified]),
);

/**
 * "remove the man from the background of the shot", "a fan in the background", "the background behind me", "blur the
 * background of my room": a place in the filmed picture, no backdrop nor fill. So is one thing of it named, "背景里的人",
 * "背景那个杯", "背景里那个人", "背景嗰個杯" (not the backdrop's own look: "背景那个渐变").
 */
export const SCENE_BACKGROUND = /背景(?:里|中|上)面?的|背景(?:里面?|中|当中)?(?:那|这)(?:个|只|张|些|位|条|块|盆|台|把)(?!渐变|颜色|图|照片|模糊|效果|画面|音乐|样式|背景)|\b(in|from|out of) the background\b|\bbackground (behind|around) (me|us|him|her|them)\b|\bbackground (from|of|in) (my|the|our) (webcam|camera|cam|room|office|shot|footage|face ?cam|kitchen|house|home|studio)\b/;

/**
 * A word of the clause splitter as typed in either script ("然后", "然後"): the splitter sees the message as typed, before
 * its traditional characters are read as simplified.
 */
export const inEitherScript = (word: string): string => word.replace(/./gu, (char) => {
  const traditional = Object.keys(TRADITIONAL_ZH).filter((form) => TRADITIONAL_ZH[form] === char).join('');
  return traditional === '' ? char : `[${char}${traditional}]`;
});

/**
 * The part of the draft a yes/no question asks of, said first ("音乐能关掉吗", "那个标题…"): not the user, nor "这个", nor
 * one a question is said to be about ("请问背景能去掉吗" asks what the editor can do).
 */
const ASKED_TOPIC_ZH = String.raw`(?!(?:我|我们|咱|咱们|俺|额|人家)(?:能|可以)|[^，,。？?]*问)([^，,。？?]{0,8}?(?:段|片段|镜头|音乐|配乐|bgm|标题|字幕|文字|字|背景|视频|画面|片头|片尾|转场|原声|声音|音量|缩放|速度|比例|尺寸|画幅|分辨率|清晰度|时长|长度))`;
/** The edit asked in that question, opened by its verb ("关掉", "改成…", "往上挪"). */
const ASKED_VERB_ZH = String.raw`(?:再|帮我|给我|稍微|帮忙)?((?:改|调|换|加|删|剪|关|去掉|拿掉|挪|移|往|变|设|缩|弄|搞|整|放|小|大|快|慢|短|淡|静音|竖|横|裁|导)[^，,。？?]*?)`;
/** The recording's own sound, the voice in it: "原声", "人声". */
const RECORDED_VOICE_ZH = '原声|人声';
/** A sound, or its level, named in Chinese ("声音", "原声", "人声", "音量", "音乐", "配乐"). */
export const SOUND_ZH = String.raw`声音|${RECORDED_VOICE_ZH}|音量|音乐|配乐`;
/**
 * A part whose level or size is turned, in Chinese: the music (MUSIC_WORDS_ZH, 背景 before it or not), the recorded voice
 * (RECORDED_VOICE_ZH), a title or a caption ("人声小点", "标题大点").
 */
export const TURNED_PART_ZH = String.raw`(?:背景)?(?:${MUSIC_WORDS_ZH}|${RECORDED_VOICE_ZH}|标题|字幕)`;
/** A level or a size turned up or down, by a degree or a verb: "大点", "响一些", "调小点", "调低", "降低", "提高". */
export const LEVEL_TURNED_ZH = '(?:(?:[大小高低响轻]|调[大小高低])一?[点些]|调[大小高低]|降低|提高)';
/** What makes a sound, named before it ("炒锅的声音", "海浪声"): no music, nor a part of the clip ("第二段的", "最后三秒的"). */
const SOUND_MAKER_ZH = String.raw`(?![^，,。\s声]*(?:音乐|配乐|歌|bgm|段|秒|分钟|开头|结尾|最后|前面|后面|\d))[^，,。\s]{1,6}?的?声音?`;

/**
 * A text's noun typed by its sound with the wrong character, read as the noun: mended in the whole message before it is
 * split (outside quotes), as where a text's words start is told by its noun.
 */
export const TEXT_NOUN_SLIPS_ZH: readonly [RegExp, string][] = [
  // 标提, 表题 (biaoti) for 标题: "标提改成铜陵白姜", "加个标提 于都合唱团 放在中间", "表题换成…" (not 图表题, 列表题).
  [/标提|(?<![图列报代])表题/g, '标题'],
  // 字慕 (zimu) for 字幕, 片投 (piantou) for 片头: "字慕加一个 五米钢卷尺现货 放下面", "片投加一个 红心地瓜干 两秒就好".
  [/字慕/g, '字幕'],
  [/片投/g, '片头'],
  // 字母 (zìmǔ) typed for 字幕 (zìmù) where a text is put up ("加个字母“满50包邮”") or changed (字母改成 …); not 大写字母,
  // 英文字母, 字母表.
  [/(?<=(?:加|添|上|放|打|配)(?:个|一?条|一?行|一?段|上|点)?)字母(?!表)|(?<=^|[\s，,。])字母(?=\s*(?:改成|换成|改为|改一下|放|移|挪|删|去掉))/g, '字幕'],
];
/** "boleh?", "can or not?", "ok?": "can?" asked in Malay or English after a request, closing it. */
const CAN_ASKED = String.raw`(?:boleh|ok|okay|can)(?:\s*(?:tak|ke|kah|x|or not|not|anot))?\s*[?？]+`;
/** A length said next in Chinese ("一秒", "45秒", "三十秒"), looked ahead at. */
const LENGTH_AHEAD_ZH = String.raw`(?:[\d.]+|[一二两三四五六七八九十半]+)\s*(?:秒|分|s\b|sec|min)`;
/**
 * Colloquial Chinese verbs, read as the plain ones before the grammar sees a clause: 弄短/整短 → 剪短, 整小点 → 调小点,
 * 整没了/甩了 → 删掉, 忒 → 太, 没得 → 没有.
 */
export const COLLOQUIAL_ZH: readonly [RegExp, string][] = [
  // Cantonese "no", read first so that every rule after it that reads a "no" reads it too ("上下唔好黑边，用模糊" as
  // 不要黑边): 唔使 → 不用 ("都唔使压低"), 唔要 → 不要 ("片头卡唔要再导一次"), 唔好压低 → 不要压低 (唔好 before a verb is
  // "don't"; not 唔好睇, 唔好听: not nice to watch, to hear).
  [/唔使/g, '不用'],
  // Cantonese 撤返 ("撤返佢", "撤返一步") is 撤回, the undo (返 after a verb is "back").
  [/撤返/g, '撤回'],
  // "片尾放一张卡片：…": a card put (放, 摆) at an end, its words after a colon, is a card added.
  [/(?<=(?:片尾|片头|结尾|开头|最后|最前面?)\s*)(?:放|摆)(?=\s*一?[张個个]?\s*(?:卡片|卡)\s*(?:[：:"“「]|$))/g, '加'],
  [/唔要/g, '不要'],
  // Taiwan and Hong Kong: 快转 (快轉) is 快进, fast-forward ("帮我快转它"; not 加快转场, the transitions made quicker).
  [/快转(?!场)/g, '快进'],
  [/唔好(?=[\p{Script=Han}a-z])(?![睇听食玩彩意])/gu, '不要'],
  // Taiwanese 母湯 (毋通, "must not", typed by its sound) is 不要 ("母湯剪掉 快轉過去就好"); Jiang-Huai and Wu 莫消 ("need not")
  // is 不用 ("莫消剪掉"): read before the rules that read a refused cut beside a speed-up.
  [/[母毋]湯|[母毋]汤/g, '不要'],
  [/莫消/g, '不用'],
  // Taiwan: 预设 (預設) is 默认, the default ("背景音乐 预设", "转场用预设的").
  [/预设/g, '默认'],
  // Taiwan and Hong Kong: 录影 (錄影) is 录像, a recording ("订购页面的录影", "呢段係我哋嘅录影").
  [/录影/g, '录像'],
  // Hakka 𠊎 is 我 ("𠊎用 CapCut 剪过啦", "𠊎讲话的声音"); Cantonese 我哋, 你哋 are 我们, 你们.
  [/𠊎/gu, '我'],
  [/([我你])哋/g, '$1们'],
  // Southwest Mandarin, Hunan, Hubei: 一哈 (and Cantonese 一吓) is 一下, "a bit", "once" ("删一哈", "叠一哈", "你一哈把…").
  [/一[哈吓]/g, '一下'],
  // "快快的过去", "慢慢地淡出": a doubled adverb with 的 or 地 before passing by or fading is that adverb (快快过去; not
  // 快快的放音乐, "hurry up and add music").
  [/([快慢])\1[的地](?=\s*(?:放?过去?|淡))/g, '$1$1'],
  // Pinyin input's slips, a homophone picked for an editing word, read as that word where only it fits: 第三断 (duan) is
  // 第三段; 原生 (yuansheng) before what is done to a sound is 原声 (not 原生态); 方大 (fangda) before how much is 放大;
  // 因月/音月 (yinyue) is 音乐, and 家 (jia) before a part asked for is 加.
  [/(?<=第\s*[\d一二三四五六七八九十]+\s*)断/g, '段'],
  // 件成 (jiancheng) before a length is 剪成 ("件成一分钟的"; not 一件成品, no length after it); 份钟 (fenzhong) after a
  // count is 分钟 (one 份 of a clock is no word: "一份钟"); 轨到 (guidao) closing a clause is 轨道 ("显示轨到"; not
  // 到处, 导出 typed by its sound, nor 音轨到第二段, a place after it).
  [/(?<=[\d一二两三四五六七八九十半])份钟/g, '分钟'],
  [/件成(?=\s*(?:[\d.]+|[一二两三四五六七八九十半]+)\s*(?:秒|分|s\b|min))/g, '剪成'],
  [/轨到(?=\s*(?:吧|啊|呀|嘛|哈|一下)?\s*(?:$|[，,。!！?？]))/g, '轨道'],
  // 淡如 (danru) closing a clause or before 淡出 is 淡入 (not 平淡如水).
  [/淡如(?=\s*(?:淡出|\d|[一二两三半]秒|$|[，,。!！\s]))/g, '淡入'],
  // 单入单出 (dan) is 淡入淡出: 单 before 入, or before 出 right after a fade in ("单入单出 各两秒"; not 单出一份, one file apart).
  [/(?<![菜订账买清名表简单])单(?=入)|(?<=[淡单]入\s*)单(?=出)/g, '淡'],
  // 刚 alone before the step it names is 刚才 ("刚那步撤了", "刚那下不要"; 刚刚 stays as it is).
  [/(?<![刚才])刚(?=[那这](?:一?[步下]|个))/g, '刚才'],
  // 减掉 (jiandiao) with no amount after it is 剪掉 typed by its sound: taken out whole ("第三段减掉"); with an amount
  // ("减掉两秒", "减掉一点") it stays the part taken off.
  [/减(掉|去)(?=\s*(?:了|吧|啊|呀|哈|呗|嘛)?\s*(?:$|[，,。!！；;]))/g, '剪$1'],
  // 减了 (jianle) closing a request for the user (都给我减了, 给我减了吧) is 剪了: nothing said that it lessens.
  [/(?<=(?:给我|帮我)\s*)减了(?=\s*(?:吧|啊|呀|哈|呗|嘛)?\s*(?:$|[，,。!！；;]))/g, '剪了'],
  // 静因, 净音, 禁音 (jingyin) after the sound it silences or closing a clause is 静音 ("原声静因": not 因, a cause).
  [/(?<=(?:原声|原音|声音|音频|人声|视频)\s*)(?:静因|净音|禁音)|(?:静因|净音)(?=\s*(?:吧|了|一下)?\s*(?:$|[，,。!！]))/g, '静音'],
  // "PR入面我惯咗用一秒", "我一般用两秒", "平时习惯给半秒": a length said as the user's habit (in another editor too) is that
  // length, as said alone after the request it is of (the fade's, not a clip of that length).
  [new RegExp(String.raw`^(?:在|喺)?(?:${OTHER_EDITORS}(?:里面?|入面|中|上)?)?\s*(?:我们?|我哋)?\s*(?:平时|平常|一般|通常|习惯了?|惯咗|惯了|一向|向来)+\s*(?:都|就)?\s*(?:用|是|设|给|做)\s*(?=[\d一二两三四五六七八九十半.]+\s*秒钟?\s*$)`, 'i'), ''],
  // Terse: "二段删。", "3段往前挪": a moment's place said first without 第, its verb right after it, is that moment (not
  // "三段都删", all three, nor 一段, "a stretch").
  [/(?<=^|[，,。；;：:\s])([二三四五六七八九2-9])段(?=删|去掉|拿掉|不要|剪|砍|挪|移|放到|放在|换|调|加速|减速|静音|往)/g, '第$1段'],
  [/原生(?=\s*(?:关|静音|去掉|不要|调|小|大|降|拉|mute|音量|声音|百分|[\d一二三四五六七八九十两半]成|\d+\s*%|太|有点))/g, '原声'],
  // The recording's sound said other ways: 原音 (not 原音乐) is 原声; Beijing's 声儿 is 声音 (not 大声儿, 小声儿: loudly,
  // softly); 嘞, 哩, 滴 before it are the dialects' 的 ("原来嘞声儿", "炒茶锅哩声音").
  [/原音(?!乐)/g, '原声'],
  // "视频自己的声音大一点", "录像自带的声音", "原来的声音": the recording's own sound, said by whose it is, is 原声 (not
  // "我自己的声音", a voice, nor 音乐原来的声音).
  [/(?:(?:视频|录像|录屏|影片|素材|片子)(?:自己|本身|自带)的?|(?<![\p{Script=Han}])(?:原来|原本)的)声音?/gu, '原声'],
  // "原来视频里炒锅的声音 调小到一半", "录的炒锅声调到五成": the recording's sound named by what makes it, in the video
  // or as recorded, is 原声 (not 视频里音乐的声音, the music, nor 视频里第二段的声音, 录的最后三秒的声音, a part of it).
  [new RegExp(String.raw`(?:(?:(?:原来|原本|原始)的?)?(?:视频|录像|录屏|素材|片子)(?:里面?|里头|中)的?|录(?:下来|进去)?的)${SOUND_MAKER_ZH}`, 'g'), '原声'],
  [/(?<![大小])声儿/g, '声音'],
  // Said loose, the sound first and whose after it: "声音 原来的 小一点", "声音 原本的 关掉" is 原声 (not "声音原来的
  // 太小", said run on, a judgement).
  [/(?<![\p{Script=Han}])声音\s*[,，]?\s*(?:原来|原本)的(?=\s*[,，]|\s)/gu, '原声'],
  // Wu, Hakka, Teochew: 个 between a thing and what it has is 的 ("整个视频个声音 关掉", "视频个原声").
  [/(?<=视频|录像|录屏|片子)个(?=\s*(?:声音|原声))/g, '的'],
  [/(?<=\p{Script=Han})[嘞哩滴](?=声)/gu, '的'],
  // "速度放到0.75", "音量搞到百分之八十", "原声降到三成": a speed or a level put, brought or dropped to a figure is set to it
  // (调到); written "剪至六秒", "调至80%": 至 after such a verb, before a figure, is 到.
  [new RegExp(String.raw`(?<=(?:速度|倍速|${SOUND_ZH}|bgm)(?:再|也|都|给我|稍微)?)(?:放|弄|整|搞|降|减|变|搁|拧)(?=[到成至]\s*(?:[\d.零一二两三四五六七八九十半]|百分之))`, 'g'), '调'],
  [/(?<=[剪缩压截短调拉开降提放])至(?=\s*(?:[\d.零一二两三四五六七八九十半]|百分之))/g, '到'],
  [/方大(?=\s*(?:一下|一点|点|些|看|\d|[一二三四五六七八九十两]倍|$))/g, '放大'],
  [/(?:因|音)月/g, '音乐'],
  // 是K (shi, heard for si) after what is exported or how sharp is 4K ("导出是K的").
  [/(?<=(?:导出|输出|导|出|分辨率|画质|清晰度)(?:成|为|个|一个|一版)?\s*)是(?=\s*k(?![a-z]))/g, '4'],
  // More of the kind: 背静音乐 (beijing) is 背景音乐 (its 静音 no mute: "背静音乐加一首"); 因乐 (yinyue) is 音乐; 标提
  // (biaoti) is 标题 (字慕 and 片投 are read with the text's nouns, TEXT_NOUN_SLIPS_ZH).
  [/背静(?=\s*(?:音乐|因乐|乐|bgm))/g, '背景'],
  [/因乐/g, '音乐'],
  [/标提/g, '标题'],
  // 推进, 拉进 (tui jin, la jin) before a degree are 推近, 拉近: the camera brought closer (not 拉进时间线, 推进度, nor
  // "项目推进一点了", work said done).
  [/(?<!项目|进度|工作|任务|计划)([推拉])进(?=\s*(?:一?[点些]|一下)(?!了))/g, '$1近'],
  [/家(?=(?:一?个|点|些)?(?:音乐|配乐|背景|标题|字幕|文字|片头|片尾))/g, '加'],
  // "需要一个人名条：…", "要一条字幕 …": a text wanted is a text added (not "不需要字幕", "不要一个标题").
  [new RegExp(String.raw`(?<![不别没需想])(?:需要|想要|要)(?=一?[个条行]\s*(?:${TEXT_WANTED_ZH}))`, 'g'), '加'],
  // "标题下面加一个人名条：周经理", "标题上面来一行字幕": where a new text goes, said against the title, is no place on
  // the screen the editor can set (not the bottom, nor the top): the text is added, its place its own.
  [new RegExp(String.raw`^标题的?(?:下面|下方|下边|底下|上面|上方|上边|旁边)\s*(?=(?:加|来)一?[个条行]\s*(?:${TEXT_WANTED_ZH}))`, 'g'), ''],
  // "四倍就得", "半秒就得了", "两秒就得行": 就得 closing a clause (Southwest Mandarin) is 就行, that will do (not 就得剪掉, "must").
  [/就得[了行]?(?=\s*(?:$|[，,。!！~～]))/g, '就行'],
  // Taiwanese Hokkien: 卡 (khah, 较) before slower or faster is "more so" ("卡慢一点": a bit slower; not 卡住, 卡顿, nor 卡片).
  [/(?<![\p{Script=Han}])卡(?=[快慢](?:一?点|一些|些))/gu, ''],
  // "BGM默认", "背景音乐：默认", "配乐默认的", "默认的配乐 三成": the music named with "the default" as what it is, before
  // or after it, is the default music used (with music there too: the bed named replaces it); "背景音乐 default", mixed,
  // the same (not "default 音量", the level's).
  [/((?:背景)?音乐|背景乐|bgm|配乐)\s*[:：]?\s*(?:默认(?:的|那个|那首)?|default(?:\s*(?:的|那个|那首|track|music|one))?)(?=$|[，,。；;\s])/gi, '$1用默认'],
  [/^默认的?((?:背景)?音乐|背景乐|bgm|配乐)(?=$|[，,。；;\s])/g, '$1用默认'],
  // "…安静点的，默认那首": the default said alone as a song (首, counted as a song is) is the default music used.
  [/^(?:就|还是)?(?:默认|内置|自带)的?那?首(?:歌|曲子)?(?=\s*(?:吧|就行|就好|就可以)?\s*$)/g, '用默认那首'],
  // "回到加音乐之前", "退回到剪短之前": back to before an edit named by what it did, however many steps ago: how many to
  // undo is not guessed (the edit it names is no request either).
  [/(?<=(?:回到|退回到?|恢复到|变回|回退到)\s*)(?:还没)?(?:加|添加|配|放|上|剪|删|改|调|换)[^，,。]{0,8}?(?=之前|以前)/g, '那一步'],
  // "音乐默认的就好", "配乐用默认那首就行": the music said to be the default one, as 音乐用默认 says (not "音乐默认就好",
  // the music left as it is by default).
  [/^((?:背景)?音乐|背景乐|bgm|配乐)\s*(?:就|用)?默认(?:的|那首|那个)(?=\s*(?:就好|就行|就可以了?|即可|吧)?\s*$)/g, '$1用默认'],
  // "标题只留前三秒", "字幕只显示开头5秒": a text shown only over the video's first seconds, from its start; so is
  // "标题只在开头两秒出现就行", "字幕前三秒显示", the verb after them (not "开头两秒后出现", after them).
  [/(?<=(?:标题|字幕|文字)[^，,。\d]{0,6}?(?:留|显示|出现|保留|停留|要)\s*(?:在)?\s*)(?:前|开头|最开始)\s*(?=(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*秒)/g, '0到'],
  [/(?<=(?:标题|字幕|文字)\s*(?:就|只)?\s*(?:在)?\s*)(?:前|开头|最开始)\s*(?=(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*秒\s*(?:内|里|之内)?\s*(?:出现|显示|露脸|亮相))/g, '0到'],
  // "刚加的音乐小点", "之前配的背景音乐调到三成": the music named by the edit that put it there is the music there now, no
  // music asked (not "加的音乐要安静点的", which says what to add: a time or who added it comes first).
  [/(?:刚才?|刚刚|之前|前面|上次|你)(?:给我|帮我)?(?:加|添加|配|放|上|垫)(?:上|进去|进来)?的(?=(?:背景)?音乐|配乐|bgm|背景乐)/g, ''],
  // "刚才撤掉的音乐恢复回来", "把删掉的标题加回来": a part named by how it was taken away, asked back; the removal is
  // what happened to it, no request (the grammar has no "bring back" of one part, so the clause is left unread; "刚撤掉的
  // 恢复回来", "刚撤的给我恢复", with no part named (who does it is none), is a redo).
  [/(?:被)?(?:删|撤|去|拿|剪|砍|移|关)(?:掉|除|走)?了?的(?!(?:再|给我|帮我|给|请|麻烦)*(?:恢复|还原|回来)|(?:那|这)?一?[步下])(?=[^，,。；;]+(?:恢复|还原|加回|放回|找回|弄回|拿回|回来))/g, ''],
  // "两边给模糊了", "音乐给关了": 给 before the verb only marks what it is done to.
  // "两边给它糊上": 给它 the same, "it" being the part named before; "全给我剪了", "给俺删了", "给额剪咧" (我 as said in the
  // north and northwest) the same, "me" being who asks.
  [/(?<=\p{Script=Han})(?<![交发送递留带])给(?:它|他|我|俺|额)?(?=删|去掉|关|模糊|糊|静音|剪|拿掉|换|调|掐)/gu, ''],
  // Northern: "全给掐了", "那段掐掉": 掐 (pinch off) is cut, said of a stretch (not 掐头去尾, which trims both ends).
  [/掐(?:掉|了|去)(?=$|[，,。!！]|它|吧)/g, '剪掉'],
  // "全给我咔嚓了", "咔嚓掉": the scissors' sound said as the cut (not 咔嚓一声, a sound heard, nor 咔嚓 alone, a photo taken).
  [/(?:咔嚓|喀嚓|咔擦|卡擦)(?:咔嚓)?(?:掉|了)(?!一声)/g, '剪掉'],
  // Northern: "第一段跟第二段换个个儿", "调个个儿", "掉个儿": two things swapped end for end (个儿, their places) is 换一下.
  [/(?:换|调|掉)(?:个个|个)儿/g, '换一下'],
  // "开始和结束都慢慢黑一下": the picture taken slowly to black for a moment, at an end or both, is a fade there (淡一下).
  [/(?:慢慢|渐渐|缓缓)(?:地|的)?黑一下/g, '淡一下'],
  // "全部 keep", "都 keep 住", "keep 全部": the English verb, said of everything in a Chinese sentence, is 保留; only
  // opening its clause (not refused: "不要全部 keep"; not of things named before: "音乐和字幕都 keep", "字幕全部 keep")
  // (with an exception said, "除了第二段，全部 keep", Words.keptAllExcepted leaves it unread).
  [/(?<=^|[，,。；;！!]\s*)(全部|全都|统统|通通|都|全)\s*keep(?:\s*住)?(?![a-z])/g, '$1保留'],
  [/(?<=^|[，,。；;！!]\s*)keep\s*(全部|所有)/g, '保留$1'],
  // "第25秒放大，维持四秒", "保持住三秒": kept on for a length is how long it shows (as 保持三秒), no clip length.
  [/(?:维持|保持)住?(?=\s*[\d一二两三四五六七八九十半]+\s*秒)/g, '保持'],
  // "在十秒放大 一直放到十五秒": held on until a point is held to it (放, 播, 持续 say only that it goes on).
  [/一直(?:放|播|持续|保持|停留?)(?=[到至]\s*第?\s*[\d一二两三四五六七八九十])/g, '一直'],
  // "剪个一分钟出头，不要太长，就六十五秒", "覅太长": a bound on the length asked, no complaint that it is too long.
  [/(?:不要|不能|不宜|别|覅|莫)(?:太|过)长了?/g, ''],
  // Wu: 摆辣下头 → 摆在下头 (辣 is 在 after a verb of putting); Cantonese: 擺喺上面 → 摆在上面.
  [/(?<=[摆放搁])[辣喺](?=\p{Script=Han})/gu, '在'],
  // "从头到第六秒", "开头到5秒", "从一开始到第三秒": a span from the start of the video is one from its second 0 (not 片头, the card).
  [/(?:从|由)?(?<!片)(?:头|开头|一开始|最开始|起头)(?:到|至)(?=\s*第?\s*[\d一二两三四五六七八九十]+(?:\.\d+)?\s*(?:秒|s\b))/g, '从第0秒到'],
  // Northern: "第二段搁最前头", "搁到最后": 搁 (put down) before where it goes is 放 (not 搁着, 耽搁: left alone, delayed);
  // Cantonese and Wu: "第三段摆去最前面", "摆到第一个", 摆 (set out) the same (not 摆脱, 摆拍, 摇摆: no place after it).
  [/(?<!耽)搁(?=在|到|最|第|开头|结尾|前头|后头|前面|后面|头里)|(?<![摇停])摆(?=去|到|在|最|第|开头|结尾|前头|后头|前面|后面|头里)/g, '放'],
  // Cantonese: "摆去最尾", "放喺最尾": 最尾 (the very tail) is 最后, the last place.
  [/最尾(?:嗰度|那里|那儿|处)?/g, '最后'],
  // "第三段往最前头挪", "往最后面放": the end it goes to said before the verb of moving is the move to it (not 往前挪, by how much).
  [/往(最前头|最前面|最前边|最前|开头|最后头|最后面|最后边|最后|结尾|末尾)(挪|放|移|搬|调|排|拿|提)(?:一下|过去|过来|去)?/g, '$2到$1'],
  // "第二段应该是第一个", "…那段是第二段，它应该在最后": a moment (or 它, one just named) said to belong at a place is put
  // there (放在); not 要是, "if", nor a place it only has ("第二段是第一个拍的").
  [/(?<=(?:段|它|佢)\s*)(?:应该|应当|应|得)(?:是|在|排在?)(?=\s*(?:第[\d一二三四五六七八九十]+个|最后一个|最前面?|最后面?|开头)(?:才对|吧|啦|了)?\s*(?:$|[，,。!！]))/g,
    '应该放在'],
  // "第二段搬去最后面", "拿去第二", "第三段放第一个去": a place a moment is taken to, said with 去 (before or after the
  // place), is the move to it (not 拿去 said of a file handed over: no place after it).
  [/(?<=第[\d一二三四五六七八九十]+(?:段|个片段|个镜头|个)[^，,。]{0,4}?)(挪|放|移|搬|调|排|拿|提)(?:过)?去(?=最前|最后|开头|结尾|末尾|前头|后头|前面|后面|第[\d一二三四五六七八九十]+)/g, '$1到'],
  [/(?<=第[\d一二三四五六七八九十]+(?:段|个片段|个镜头|个)[^，,。]{0,4}?)(挪|放|移|搬|调|排|拿)(最前面?|最后面?|开头|结尾|末尾|前头|后头|第[\d一二三四五六七八九十]+(?:个|位|段)?)(?:过)?去(?=$|[，,。!！\s]|吧|了)/g, '$1到$2'],
  // "第三段…，截去后面五秒", "剪掉后头两秒": the end of a moment named before, said between the verb and the length, is said
  // before the verb (后面剪掉五秒); with no moment named, which end of what is cut is left unread.
  [/(?<=第[\d一二三四五六七八九十]+(?:段|个片段|个镜头|个)[^。；;]*?)(剪掉|剪去|截去|截掉|砍掉|切掉|去掉|删掉|裁掉)(后面|后头|后边|末尾|结尾|最后)(?=[\d一二两三四五六七八九十]+(?:\.\d+)?\s*秒)/g, '$2$1'],
  // "快进过去不要删", "加速别剪", "快进四倍 唔好剪", "加速 十倍 不要删", "快转五倍罢了 不要剪" (罢了, 就好: "just that"): the
  // speed-up (with its factor), then with no comma
  // the "no" to cutting that stretch instead, said apart (run on with a space, the "no" would read as the speed-up's).
  [new RegExp(String.raw`(?<=(?:${FASTER_ZH})(?:过去)?(?:\s*(?:[\d.]+|[一二两三四五六七八九十]+)\s*[x×倍]速?)?(?:就好|就行|就得|就可以了?|即可|罢了|而已|便是|得了)?)\s*(?=(?:不要|别|不用|甭|莫|唔好)(?:删|剪|切))`, 'g'), '，'],
  // "空出来那块别整黑边，用模糊的填上", "两边别留黑边，用模糊填上": the empty place or sides said to get no bars, before a
  // blur, name where that fill goes.
  [/((?:两边|两侧|左右|上下|四周|(?:空出来|多出来)(?:的|那)?(?:那|这)?一?(?:块|地方|部分|位置|区域)))(?:就|也)?(?:别|不要|莫|甭)(?:整|弄|搞|留|加|要)?(?:成)?黑边(?=[^。]*?(?:模糊|虚化))/g, '$1'],
  // "别整黑边", "甭留黑边", "莫加黑边": bars refused by the verb that would make them are bars not wanted.
  [/(?:别|莫|不要)(?:整|弄|搞|留|加|要)(?=黑边)/g, '不要'],
  // Taiwan's net typing: ㄉ (its phonetic letter for de) is 的 ("沒動ㄉ畫面").
  [/ㄉ/g, '的'],
  // Cantonese: "背景音乐收细少少", 收细声: 收细 (turn down) is 调小.
  [/收细(?:声|聲)?/g, '调小'],
  // "那俩边", "俩侧": 俩 (two of them) before the sides is 两.
  [/俩(?=边|侧)/g, '两'],
  // "画面两边空出来的 用模糊补上", "上下多出来的地方 用虚化填": the sides left empty, then what fills them, name where the
  // fill goes (as "两边用模糊补上" does).
  [/(?:画面)?(两边|两侧|左右|上下|四周)(?:空出来|多出来|空着|空出|空白)的?(?:地方|部分|位置|区域)?\s*(?=用?(?:模糊|虚化))/g, '$1'],
  // "两边不要模糊 直接裁掉", "别加黑边 直接撑满": what is refused, then 直接 (just, instead) after a space: what is wanted
  // in its stead, a request of its own (run on, the "no" would read as its).
  [/(?<=(?:不要|别|不用|甭|莫)[^\s，,。；;]{1,6})\s+(?=直接)/g, '，'],
  // Henan, Sichuan, Hubei: 做成竖嘞, 改成横哩, 弄成竖滴: 的 after the shape said as the region says it.
  [/(?<=[竖横])(?:嘞|哩|滴|嘀|咧)/g, '的'],
  // Henan: "要720的就中", "这样就中": 中 closing a clause after 就 is 行 (that'll do).
  [/(?<=就)中(?=$|[，,。!！])/g, '行'],
  // "导个mp4，720的就行", "mov格式，1080个": a resolution said by its number alone.
  [/(?<![\d.:：x×*]\s*)(720|1080|2160)(?=\s*(?:[的个]?(?:就行|就好|就够了?|就可以|吧)|[的个]$))/g, '$1p'],
  // "导出来一份gif，一份mp4": one more file listed by its format, after a file ("再一支 gif": 支, 条 count a file too).
  [/^(?:再)?(?:来|要)?一[份支条](?=\s*(?:gif|mp4|mov|webm|动图))/g, '导出一份'],
  // "从一分钟那里到一分十秒", "从1:00那儿开始到1:10": the point the stretch starts at, pointed at, is that time.
  [/(?<=(?:从|由)\s*[^，,。到至]{1,12}?)(?:那里|那儿|这里|这儿|那边|这边|那个地方)(?=\s*(?:开始|起)?\s*(?:到|至))/g, ''],
  [/(弄|整|搞)短/g, '剪短'],
  // "片鸭那段给我整成四十秒的", "这段素材切成15s的": made (or cut) into a length of time is cut to it (not 切成两段, 整成竖的).
  [new RegExp(String.raw`(?:弄|整|搞|切|拾掇)成(?=\s*${LENGTH_AHEAD_ZH})`, 'g'), '剪成'],
  [/(弄|整|搞)(小|大|快|慢|轻|响)/g, '调$2'],
  // "淡入淡出都搞一秒", "两张卡各弄三秒": each of them made a length (都, 各 before the verb) is each that long, as "都一秒"
  // says; "雕玉这段给整个45秒的": one made of a length, said last, is one cut to it, as 剪个 says (not 整个视频, the whole).
  [new RegExp(String.raw`(?<=都|各)(?:弄|整|搞|来)(?=\s*${LENGTH_AHEAD_ZH})`, 'g'), ''],
  // (Not of a text or a card: "字幕整个3秒的", "片头搞个3秒的".)
  [new RegExp(String.raw`(?<!(?:字幕|标题|文字|片头|片尾|卡片?)\s*)(?:弄|整|搞)一?个(?=\s*${LENGTH_AHEAD_ZH}[^，,。\d]{0,2}的\s*(?:$|[，,。!！]))`, 'g'), '剪个'],
  // Mixed: "帮我cut一下best的部分": the English verb before 一下 is 剪, "best" before the parts it names 最好的.
  [/\bcut\s*(?=一下)/g, '剪'],
  [/\bbest\s*的?\s*(?=部分|片段|镜头|地方)/g, '最好的'],
  // "一分钟前还好好的": a time ago, before what was so then, is when (刚才), no length.
  [/(?:[\d.]+|[一二两三四五六七八九十半几]+)\s*(?:分钟|秒钟?|个?小时)(?:之?前|以前)(?=\s*(?:还|明明|好好|挺好|是好))/g, '刚才'],
  // "背景音乐咋这么埋汰", "音乐怎么这么难听": why so, before 这么, a complaint, no question wanting an answer ("音乐这么难听").
  // (Not after 配乐 opening the clause, read as its verb: "配乐怎么这么吵" stays a question.)
  // Only of a thing laid on the recording, LAID_ON_ZH ("导出怎么这么久" asks about the export; "背景咋这么白" of a background:
  // no request).
  [new RegExp(String.raw`(?<=(?:${LAID_ON_ZH}|BGM)\s*)(?<!(?:^|[，,。\s])配乐)(?:咋个|咋|怎么|为啥|为什么|干嘛)(?=这么|那么)`, 'g'), ''],
  [/(整|弄|搞)没了?|甩了|甩掉/g, '删掉'],
  // "配乐好土", "配乐贼难听", "配乐好吵": 配乐 opening the clause before a judgement of how it sounds is the music there
  // is (音乐), not its verb "add music" ("配乐轻快" still asks for a bed).
  [/(?<=^|[，,。；;\s])配乐(?=\s*(?:也|真的?|好|贼|很|超|挺|有点|特别|非常|巨|蛮|怪|不)*(?:土|难听|不好听|俗气?|low|丑|吵|刺耳|尬)(?![^，,。；;\s]))/gi, '音乐'],
  // Written style and mixed: 剔除, 剪除 (建议剔除, 可一并剪除) → 删掉; cut掉, cut短 (第一段cut短两秒) → 剪掉, 剪短.
  [/剔除|剔掉|剪除/g, '删掉'],
  // Literary: 之处 (无声之处) is 的地方, 悉数 全部, 略去 去掉 ("静止无声之处，可否悉数略去").
  [/之处/g, '的地方'],
  // "刻刀刮来刮去", "鼠标晃来晃去": a verb said back and forth (X来X去) is what goes on, its 去 no removal (来回X).
  [/(\p{Script=Han})来\1去/gu, '来回$1'],
  // "头鱼出水那会儿 0:33 放大", "进球的时候 1:05": a clock time right after when something happens is when it does (在),
  // a point in the footage, not a length for the clip.
  [new RegExp(String.raw`(?<=\p{Script=Han}${WHEN_SAID_ZH})\s*(?=\d{1,2}[:：][0-5]\d(?![\d:：]))`, 'gu'), '在'],
  // Wu: "没声音个地方", "没人动个时候": 个 after what a stretch lacks is 的, the stretch named (not 这个地方, 一个地方).
  [/(?<=(?:没有?|冇|无)[^，,。\s个]{1,4})个(?=地方|时候|部分)/g, '的'],
  // Wu, Jianghuai: "原来个声音关掉", "整个视频个声音 关掉", "录屏个声": 个 after the recording named, before its sound, is 的
  // (its own sound; not 这个声音, 一个声音, one sound).
  [/(?<=原来|原本|原始|视频|影片|录屏|片子)个(?=声)/g, '的'],
  // "添加下三分之一字幕：“马工，光伏运维工程师”", "加个下三分一 写 …" (Cantonese 三分一), "底部三分之一的字条", "下三分之一的字“…”": the lower
  // third, named by where it sits, is the name strip (人名条; before its noun, words or a quote: not "下面三分之一裁掉").
  [/(?:下|底部|底下|下方|下面|下边)的?三分之?一(?:处|位置|区域)?的?\s*(?:字幕|字条|文字|标题|条|栏|字(?=\s*(?:写|[:：“「"『\u0000]|$)))?(?=\s*(?:写|[:：“「"『]|$)|\s*[，,]|(?<=字幕|字条|文字|标题|条|栏|字))/g, '人名条'],
  // "加个下方字条：林小姐，前台", "底部字条写 …": a strip of words named by where it sits, below, is the name strip, as the
  // replies call a lower third (下方字条); not a caption (字幕条), nor a strip said alone (字条).
  [/(?:下方|底部|底下|下面|下边|最下面|最下方)的?字条/g, '人名条'],
  // "静音那些段落都去掉", "停顿这些剪掉": the stretches named by what they are, pointed at with 那些 / 这些, are those stretches.
  [/(?<=静音|静默|空白|停顿|无声|冷场)的?(?:那些|这些)(?=部分|地方|片段|段落?|时间|时候)/g, '的'],
  [/(?<=静音|静默|空白|停顿|无声|冷场)的?(?:那些|这些)(?=\s*(?:都|全|全都|统统)?(?:去|删|剪|砍|不要))/g, '的部分'],
  [/悉数/g, '全部'],
  // "无声无动之处": 无动 is 不动 (still), said of the stretches.
  [/无动(?=的(?:地方|部分|时候|片段))/g, '不动'],
  [/略去|略掉/g, '去掉'],
  // "别cut", "不要 cut": cut refused in Chinese is 别剪 (beside a speed-up, "快进 6倍 别cut", the stretch is kept).
  [new RegExp(String.raw`\bcut\s?(?=掉|短)|(?<=${NO_FIRST_ZH}\s*)cut\b`, 'gi'), '剪'],
  // 削去, 削掉 ("首段尾部，削去两秒"): cut off, in writing, said of a length as of a part.
  [/削(?:去|掉)/g, '剪掉'],
  // "声音放大到1.8倍", "把人声放大一点": a sound made bigger is made louder (放大 of the picture is a zoom).
  [new RegExp(String.raw`(?<=(?:${SOUND_ZH}|说话声|讲话声|bgm)(?:再|也|都|给我|稍微)?)放大`, 'g'), '调大'],
  // "景区要放大屏上", "放大屏幕上播": put on the big screen (放 大屏), no zoom (not "放大屏幕上的字", the words zoomed into).
  [/放大屏(幕?)(上|里)(?=$|[，,。!！]|放|播|用|去)/g, '放到大屏$1$2'],
  // "倍率拉到1.5": the rate said before a figure is the speed (not 放大倍率, 缩放倍率, the zoom's).
  [/(?<!放大|缩放|变焦|缩小)倍率(?=[^，,。]{0,5}[\d一二两三四五六七八九十])/g, '倍速'],
  // "画面切换请不要生硬": not abrupt is soft (a "no" said of the abruptness, none of the transition).
  [/(?:不要|别|不能)(?:太|那么|这么)?(?:生硬|突兀)/g, '柔和一点'],
  // "上下黑黑的那种", "不要糊糊的": the bars and the blur said by their look, doubled as in speech (黑边, 模糊).
  [/(?<=上下|两边|左右|两侧|四周)(?:是|留|要|留点)?黑黑的(?:那种|那样)?/g, '黑边'],
  [/糊糊的?/g, '模糊'],
  // "展示加速感", "要有放大感": the feel of an edit (a verb made a noun by 感) is how the video should feel, no edit of its own.
  [/(?:加速|减速|快进|慢放|放大|缩放)感/g, '那种感觉'],
  // "空的地方糊一下", "多出来的地方糊掉": the empty place said to be blurred (糊, not 糊涂) is the blur fill.
  [new RegExp(String.raw`(?<=(?:${EMPTY_SIDES_ZH})[^，,。]{0,6}?)(?<!模)糊(?!涂)`, 'g'), '模糊'],
  // "两边黑的就照", "上下留黑也行": the bars left on the sides, accepted, are the bars asked for.
  [/(?:两边|两侧|左右|上下)(?:是|留|有)?(?:黑的|黑着|黑色的?|黑边|留黑|黑)(?:的话)?(?:就|也)(?:照|行|好|可以|没事|没关系|无所谓|中|ok)/gi, '黑边'],
  [/忒/g, '太'],
  // "竖频", "横平": 竖屏 and 横屏 typed by their sound (shu ping, heng ping), closing the word (not 横平竖直).
  [/(?<=[竖横])(?:频|平|瓶|萍|凭)(?=$|[\s，,。!！的吧版])/g, '屏'],
  // "剪掉仨秒", "俩片段": 仨 and 俩 (three, two, with their measure word) before a unit are the numbers.
  [/仨(?=\s*(?:秒|分钟?|倍|个|段|片段|镜头|小时))/g, '三'],
  [/俩(?=\s*(?:秒|分钟?|倍|个|段|片段|镜头|小时))/g, '两'],
  // "裁满，不留边", "不留黑边": no bars left around the picture.
  [/不留(?:黑)?边/g, '不要黑边'],
  // "两边裁满不要黑边", "铺满屏幕不留黑边": the picture filled, then the bars it leaves none of, said as two things (the
  // "no" is of the bars, not of the filling before it).
  [/(?<=(?:裁满|铺满|填满|撑满|裁剪|裁切)(?:画面|屏幕|整个屏幕|全屏)?)\s*(?=不要黑边)/g, '，'],
  // "整体快点 1.5陪", "2背速": 倍 (bei) typed as a character of a like sound right after a figure, before 速, or beside
  // 快 or 慢 (not "2杯咖啡", "我喝了2杯": 杯 is cups; "备份", "陪我"; 被 only before 速).
  [/(?<=\d(?:\.\d+)?\s*)[被背备贝辈陪](?=速|的?速度)/g, '倍'],
  [/(?<=[快慢][^，,。\d]{0,6}\d(?:\.\d+)?\s*)[背备贝辈陪](?=\s*$|\s*[，,。!！])|(?<=\d(?:\.\d+)?\s*)[背备贝辈陪](?=\s*[快慢])/g, '倍'],
  // "好了到出 1080", "到出视频吧", "到出来 1080p": 导出 typed by its sound (到出, 倒出: dao chu), before what it makes, or
  // 到出 before 来 closing it, or before who it is sent to ("到出来我发给儿子", "到出来发群里"; not 放到出现…, 看到出来的,
  // 倒出来: poured out, unless a file's size or kind follows: "倒出来 1080p的", "倒出来吧720的").
  [/(?<![放移挪拖调剪跳拉推走看想找听])[到倒]出(?=\s*(?:\d|mp4|mov|gif|webm|4k|视频|动图|高清|一?[个版份]|吧|了|一下|$|(?<=到出)来(?=\s|$|吧|了|[，,。!！]|一?[个版份]|[我俺]?(?:发|传|给|分享))|来\s*(?:吧|了|啊)?[\s，,]*(?:\d{3,4}p|(?:720|1080|2160)(?=的)|4k|mp4|mov|gif|webm)(?![a-z\d])))/g, '导出'],
  // "帮我倒出来", "麻烦倒出来吧": 倒出来 asked of the editor, closing a clause, is 导出 too (it pours nothing; not "把水倒出来").
  [/(?<=(?:^|[\s，,。])(?:(?:帮我|给我|帮忙|麻烦你?|请)\s*)+)倒出来?(?=\s*(?:吧|一下|了)?\s*(?:$|[，,。!！]))/g, '导出'],
  // "到处一个看看", "到处一版 mp4": 导出 picked as 到处 (daochu, "everywhere") before the file it makes (not 到处都是, 到处乱跑,
  // 到处一个样).
  [/到处(?=\s*(?:一?[个版份](?!地方|人|样)|mp4|mov|gif|webm))/g, '导出'],
  // "慢一点点", "大一丢丢", "短一丁点": a little, said smaller, is still 一点.
  [/一点点|一丢丢|一丁点|一咪咪|一滴滴/g, '一点'],
  // "第三段嫑要了", "音乐覅要了", "bgm 嫑要": 嫑 and 覅 are 不要 written as one character, and typed with 要 after them all
  // the same (嫑要 is 不要, not "don't" then "want": not "音乐 … 要", the music wanted); so is Sichuan 莫要 before a part that
  // can go, pointed at or not ("莫要音乐", "莫要那个背景": read as 要 alone, the part was added; before a verb, "莫要加音乐",
  // "莫要配乐" (配 puts music in), the refusal below).
  // ("第三段弗要了": Wu 弗要 the same; "覅背景音乐了": 覅 alone before a part that can go refuses it as 不要 does.)
  [new RegExp(String.raw`[嫑覅弗]要(?![求紧])|(?<![约莫])莫要(?!\s*配)(?=\s*(?:[那这]个?)?\s*(?:${REMOVABLE_ZH}|BGM))|[覅嫑](?=\s*(?:[那这]个?)?\s*(?:${REMOVABLE_ZH}|BGM))`, 'g'), '不要'],
  // "莫要了" (Sichuan), "覅了" (Wu), "唔要啦" (Cantonese), "别要了": no longer wanted, in any region's words.
  // "第三段不要啦": 不要 closed by another particle than 了. Shaanxi: "标题嫑咧" (嫑, one character for 不要).
  [/(?:莫|甭|唔|别)要(?:了|咯|啦|喽|嘞|咧)|嫑(?:了|咯|啦|喽|嘞|咧)|不要(?:啦|咯|喽|嘞|咧)|覅(?:了|咯|啦|喽)?(?=$|[，,。!！嘛吧呀])/g, '不要了'],
  // "头 10 秒是主持人介绍，不要", Cantonese "…，唔要": a "no" that is the whole clause, after the part it is said of, is that
  // part no longer wanted.
  [/^(?:不要|不需要)(?=[。!！]*$)/g, '不要了'],
  // "音乐能关掉吗", "第二段可以删掉么？", "标题能改成「…」吗", "音乐能不能关掉": a part named, then asked of as a yes/no
  // question, is the request said outright ("标题能看清吗", no edit verb, stays a question; "我能加音乐吗" asks what the user
  // may do; "这个能加…特效吗" names no part).
  [new RegExp(String.raw`^${ASKED_TOPIC_ZH}(?:能|可以)${ASKED_VERB_ZH}(?:吗|么)[?？]?$`, 'g'), '$1$2'],
  [new RegExp(String.raw`^${ASKED_TOPIC_ZH}(?:能不能|可不可以|能否|可否)${ASKED_VERB_ZH}(?:呢|啊)?[?？]?$`, 'g'), '$1$2'],
  // "…，能不能麻烦你去掉", "能不能调小一点", "段和段之间能不能柔和一点": whether it can be done, asked opening the clause or
  // after what it is of, before an edit verb or a degree (一点), is the request, hedged (not "我能不能…", what the user
  // may do; nor a question of how or of something else: 能不能告诉我…).
  [new RegExp(String.raw`^(?!(?:我|我们|咱|咱们|俺|人家)(?:能|可以))([^，,。？?问]{0,10}?)(?:能不能|可不可以|能否|可否)(?:麻烦(?:你|您)|请(?:你|您)|帮(?:我|忙)|给我)?(?=${ASKED_VERB_ZH}(?:呢|啊)?[?？]?$|[^，,。？?\d]{1,4}(?:一?点|一些|些)(?:呢|啊)?[?？]?$)`, 'g'), '$1'],
  // "2倍速，不对，1.5倍，2倍太鬼畜了", "30秒，40秒太长了": a value called too much, opening its clause, is the value
  // complained of (why another is asked), no value asked: the complaint alone is read; so is a length in minutes and
  // seconds ("1分20太长 改成一分钟", "1:20太长了"). So is a length called too long or short set apart by a space where a
  // comma would be ("要不压到40秒吧 一分钟太长了", "一分钟有点太长 剪到45秒"; not "第二段 加速 3x 太无聊了", the reason
  // for the speed asked, nor "cut 走 2 秒 太拖了", for the cut).
  [/(?<=^|[，,。；;！!？?]\s*)(?:(?:\d+|[一二两三四五六七八九十]+)\s*分钟?\s*(?:\d+|[一二三四五六七八九十]+)\s*秒?|\d{1,2}:\d{2}|(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百半]+)\s*(?:倍速?|秒钟?|分钟|%|％|x|成))\s*(?:的话|也|还是|实在|真的|确实|有点|有些)?(?=太[^，,。\s\d]{1,4}了?(?:吧|啊|呀)?(?:$|[，,。；;！!]|\s+\S))/gu, ''],
  [/(?<=\p{Script=Han}\s+)(?:(?:\d+|[一二两三四五六七八九十]+)\s*分钟?\s*(?:\d+|[一二三四五六七八九十]+)\s*秒?|\d{1,2}:\d{2}|(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百半]+)\s*(?:秒钟?|分钟))\s*(?:的话|也|还是|实在|真的|确实|有点|有些)?(?=太(?:长|短|久)了?(?:吧|啊|呀)?(?:$|[，,。；;！!]|\s+\S))/gu, ''],
  // "冒泡泡那里大概1分05秒", "倒水那儿0:42": a point of the footage pointed at (那里), then a time in minutes and seconds,
  // roughly or not, is when it happens there (在), no clip's length.
  [/(?<=(?:那里|那儿|这里|这儿|那块|那个地方))\s*(?:大概|大约|差不多|约)?\s*(?=\d{1,2}\s*(?::|分钟?)\s*\d{1,2}(?!\d))/g, '在'],
  // "竖屏两边空着好难看，用模糊的填上吧", "横屏上下黑的太丑": a shape whose sides are said to be empty or ugly is the shape
  // the video has (its fill the request), no shape asked (not after a verb that makes it: 改成竖屏两边空着的用模糊填); so is
  // one whose sides are padded with a fill ("竖屏两边用模糊的垫上", "方的那两边用模糊的补上": what pads them is the request).
  [/(?<![改做转换变弄搞整调]成?\s*|[要用]\s*)(?:竖屏|横屏|竖版|横版|(?:正)?方形?)的?(?=那?(?:两边|两侧|上下|左右)(?:(?:都|还)?(?:空着|空空的?|空的|是空的|黑的|黑着|黑黑的)?(?:好|太|很|有点|真)?(?:难看|丑)?(?<=空着|空的|黑的|黑着|难看|丑)|用[^，,。\s]{1,4}?的?(?:补|垫|填)上?))/g, ''],
  // "要不试试整体1.5倍速看看效果？", "不如改成竖屏吧", "要不先加个音乐？": an edit offered ("how about …"), asked or not, is
  // the request (not 要不然, "otherwise", nor 要不要, "whether to").
  [/^(?:那)?(?:要不|不如)(?![然要])(?:就|先|咱们?|我们)?(?:试试看?|试一下)?\s*(\S.*?)\s*(?:看看|看一下)?(?:效果)?(?:吧|呢)?[?？]?$/g, '$1'],
  // Wu: "删掉伐", "音乐加上伐": 伐 closing a request asks if it is wanted (吧), not 步伐, 砍伐.
  [/(?<![步砍征讨北杀攻])伐(?=\s*[?？!！。~～]*$)/g, '吧'],
  // "甭加音乐" (northern): 甭 before any other verb is 别; "嫑加音乐", "嫑动标题" (northwest) the same before a verb that adds
  // or changes (before 剪 and the other verbs that take away, the rule below).
  [/甭|嫑(?=加|放|配|用|开|动|改|换)/g, '别'],
  // "嫑横的，弄成竖的", "嫑黑边": 嫑 before what is not wanted (a shape, a look, a degree) is 不要.
  [/嫑(?=[横竖方黑白快慢大小长短]|太)/g, '不要'],
  // Cantonese "冇使加音乐" is 不用 (唔使); so are Hakka 毋使 and, before a verb, 无用 as Cantonese, Hakka and Min say it
  // ("背景音乐就无用加了"; not "无用的部分", the useless parts).
  [/冇使|毋使|无用(?=(?:再|去)?[加放配剪删改调换做搞弄整导压关开])/g, '不用'],
  // Wuhan "压下克", "降下克": 克 is 去, the music pushed down (not 克, a gram).
  [/(?<=[压降拉放调沉])下克/g, '下去'],
  // "莫加转场", "唱的时候莫压低", "莫要配乐" (southwestern, Hunan), "先覅导出", "配乐覅加" (Wu): 莫, 莫要 and 覅 before a verb
  // are 别 (not 莫名, 莫非, 约莫); so is 嫑 (northwest) before the verbs the rule above leaves ("嫑剪 全部都留着").
  [/(?<![约莫])莫要?(?=加|放|配|用|开|动|改|换|剪|删|切|压|降|关|调|搞|整|弄|去|拿|减|淡|转|裁|缩|导)|[覅嫑](?=加|放|配|用|开|动|改|换|剪|删|切|压|降|关|调|搞|整|弄|去|拿|减|淡|转|裁|缩|导)/g, '别'],
  // "剪是覅剪个" (Wu), "加是不加的", "剪就别剪了": the verb said as the topic, then refused, is the refusal alone (个, 的
  // closing it are 了, not "cut a …").
  [/(\p{Script=Han})(?:是|就|倒是)(别|不要|不用|不)\1(?:个|的|了)?(?=$|[，,。!！])/gu, '$2$1了'],
  // Shaanxi, Gansu: "删咧", "给额剪咧", "音乐关咧": 咧 closing a verb that takes away is 了.
  [/(?<=[删剪切关去拿砍掐掉])咧(?=$|[，,。!！])/g, '了'],
  // 删喽, 剪咯: 喽/咯 closing a removal is 掉 (before the particles that say nothing are dropped); so is 了去 closing it,
  // as the North says it ("给俺剪了去").
  [/(删|剪|切|拿|去)掉?(喽|咯)/g, '$1掉'],
  [/(删|剪|切|砍|拿)了去(?=$|[，,。!！])/g, '$1掉'],
  // A particle closing a spoken clause (删咯, 弄一下啦, 竖屏噻, 小声点撒, 关咯, 删掉吧, 导出哈, 竖屏呀, 在0:15吧, 放最上面哒, 放最上面哦;
  // not 干嘛, a question) asks nothing more.
  [/(?<=[\p{Script=Han}\d])(?<!干)(?:咯|嘛|噻|撒|呗|啰|嘞|喔|哟|哈|呀|吧|啦|哒|哦|噢|嗷|喽|哇|呐|昂)+(?=$|[，,。!！?？])/gu, ''],
  // "…，去了吧", "…，您给去了": 去了 alone in its clause, after what it takes away, is a removal (not 我去了).
  [/^(?:(?:您|你)?给(?:我)?)?去了$/g, '删掉'],
  // "第一段删一下", "音乐去掉一下": a removal softened with 一下 is the removal.
  [/(删除|删掉|删|去掉|去除|移除|拿掉|剪掉|切掉)一下(?=$|[，,。!！?？])/g, '$1'],
  // Tianjin: 介段儿 → 这段儿 (介 for 这 before a measure word).
  [/(?<![简评引中媒推])介(?=段|个|块|里|边|儿|会儿|地方|部分|时候)/g, '这'],
  // Southwestern and Wu: 勒个 → 这个 (勒 for 这 before a measure word: 勒段, 勒个画面).
  [/(?<![勾拉])勒(?=个|段|块|里|边|些)/g, '这'],
  // Northern: 全乎 (保留全乎了) is 完整, whole.
  [/全乎/g, '完整'],
  // Beijing: 两边儿, 那段儿, 这块儿: a place said with 儿 is the place.
  [/(?<=边|段|块)儿/g, ''],
  // "用不着加音乐", "标题删了，用不着": no need for it is 不需要 (its 用 is no "use").
  [/(?:用|犯)不[着上]/g, '不需要'],
  // "别问了直接导出": impatience said first asks for nothing itself.
  [/^(?:别|不用|不要)再?问了[\s,，.。!！~]*/g, ''],
  // "关掉关掉", "删了删了": a verb said twice over is said once.
  [/(关掉|关了|删掉|删了|去掉|拿掉|不要了?)\1+/g, '$1'],
  // "bgm 不要了", "不要字了": the part and the verb that takes it away, said with a space or the other way round.
  [/(?<=[\p{Script=Han}a-z\d])\s+(?=(?:不要|不用)了|(?:删掉|去掉|删了|拿掉|去了)$)/gu, ''],
  [/不要(字|字幕|文字|标题|音乐|配乐|bgm|背景|转场)了/g, '$1不要了'],
  // "宝宝们最后再改一下下：…": a label over the changes listed after it asks nothing (最后 there is "one last time", no moment).
  [/^[^：:，,。]{0,6}?(?:最后)?再?(?:改|调|动|修改)(?:一下下?|几(?:个地方|处|点)|两处)[:：]\s*/g, ''],
  // "删除区间 [12s, 18s]": a stretch written as an interval.
  [/[[［【]\s*(\d+(?:\.\d+)?\s*(?:s|秒)?)\s*[,，、]\s*(\d+(?:\.\d+)?\s*(?:s|秒)?)\s*[\]］】]/g, '$1到$2'],
  // "第2段 -3s": a moment's length less some seconds, written as a minus.
  [/(第[\d一二三四五六七八九十]+(?:段|个片段))\s*[-−–]\s*(\d+(?:\.\d+)?)\s*(?:s|秒)(?![a-z])/g, '$1缩短$2秒'],
  // Hainan: 无要 → 不要 ("背景先无要"); Min and Hakka write the same "don't want" 伓要, 毋要, 嘸要 ("伓要配乐"); Cantonese
  // 冇要 ("还冇要汇出"). Taiwan: 汇出 (匯出) is 导出, refused or put off as it is ("先不要汇出"); so is 汇 alone before
  // the file it makes ("顺便汇一个gif": 导一个; not "汇个款", "汇一份" to the boss, "汇一个文件夹").
  [new RegExp(String.raw`汇(?=出|[一两1-9]?[个份]\s*(?:${OUTPUT_FORMATS.join('|')}|动图|版本?|视频))`, 'g'), '导'],
  // Cantonese 嘈 after how much is 吵, noisy ("Source audio 太嘈"; not 嘈杂, said as it is).
  [/(?<=[太好很咁超几幾])嘈(?!杂|雜)/g, '吵'],
  // English "set" with a Chinese result after it: "set 做 0.3", "set 成 50%" is 调到 a figure; "先 set 好" is 设好 (put in
  // place, nothing more: "1080p 先 set 好，还不 export" sets the resolution).
  [/\bset\s*(?:做|成|到|为)\s*(?=\d|百分)/gi, '调到'],
  [/\bset\s*好/gi, '设好'],
  // English "export" in a Chinese clause is 导出, so that what is said around it in Chinese reads as it would with 导出
  // ("还不 export": put off; "export 1080p 两个版本 mp4 和 webm": both at 1080p; "export 成 Lottie": a format not made).
  [/(?<=\p{Script=Han})\s*export(?![a-z])|(?<![a-z])export(?![a-z])(?=[^，,。.!?]*\p{Script=Han})/giu, '导出'],
  // English "move" before a Chinese moment and where it goes ("move 第三段到第二个位置") is 把…移到.
  [/\bmove\s*(第\s*[\d一二三四五六七八九十]+\s*(?:段|个片段|个镜头))\s*(?=到|去)/gi, '把$1移'],
  // Wuhan and Jiang-Huai 么事 (么斯) is 什么 ("么事叫ducking": a question; not 什么事, 怎么事); 搞么事, 搞么斯搞 (what on
  // earth) is the cry 搞啥, no request.
  [/搞么[事斯](?:搞)?/g, '搞啥'],
  [/(?<![什怎那这甚])么[事斯](?!情)/g, '什么'],
  // English "less", "more" before a Chinese "a bit" ("less 一点") is 少, 多: how much, said in the clause's Chinese.
  [/\bless\s*(?=一?点|一些)/gi, '少'],
  [/\bmore\s*(?=一?点|一些)/gi, '多'],
  // 搞, 弄, 整 between the zoom and how much more or less ("zoom搞少点", "放大搞多点") only say "make it so".
  [/(放大|缩放|zoom)\s*(?:搞|弄|整)得?(?=\s*(?:多|少)一?点)/gi, '$1'],
  // "原声大一点 1.3 倍", "人声小点 0.5倍": the recording's sound turned the way its multiple goes is set to that multiple (a
  // volume, not a speed); a multiple against the way ("大一点 0.5倍") stays as it is.
  [/(原声|人声)\s*再?(?:大|响)(?:一?点|一些)?\s*[，,]?\s*(?=(?:[1-9](?:\.\d+)?)\s*倍)/g, '$1调到'],
  [/(原声|人声)\s*再?(?:小|轻)(?:一?点|一些)?\s*[，,]?\s*(?=0?\.\d+\s*倍)/g, '$1调到'],
  // "人声1.5倍", "原声0.5倍": a sound named, its multiple run on, is set to it (not "人声1.5倍速", a speed).
  [/(?<=^|[，,。；;\s])(原声|人声|音乐|配乐|bgm)(?=\d+(?:\.\d+)?\s*倍(?!速))/gi, '$1调到'],
  // A label before the clip's length ("最终版本：90 秒，4:5，…") names the list that follows: no export of its own.
  [/^(?:最终|最后|终)的?(?:版本?|成品|成片)\s*[:：]\s*(?=(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*(?:秒|分钟|分|s\b|min))/g, ''],
  // "每段之间加 1 秒淡化": a fade of some seconds added between the pieces is a crossfade that long (not the clip's length).
  [/(之间|中间)\s*(?:加|用|做|来)(?:个|一个)?\s*((?:\d+(?:\.\d+)?|[一二两三半])\s*秒)钟?的?\s*(淡化|淡入淡出|渐变)/g, '$1$3 $2'],
  // "两边直接裁了": the sides cut off "just like that" is asked (裁掉; "两边裁了" alone may tell what was done: unread);
  // "别弄模糊的" beside it refuses the blur (不要模糊).
  [/(?<=(?:两边|两侧|左右|上下|四周)[^，,。]{0,4}直接)裁了(?=\s*(?:吧|啊)?\s*(?:$|[，,。]))/g, '裁掉'],
  [/(?:别|不要|莫|甭)(?:弄|搞|整|做)成?(模糊|虚化)的?(?=\s*(?:$|[，,。]))/g, '不要$1'],
  [/[无伓毋嘸冇]要(?![求紧])/g, '不要'],
  // Written: "将第二段延至最末", "挪至最末": the very last place is the end.
  [/(?:延|挪|移|放|调|排)(?:至|到)最末(?:尾|端)?/g, '移到最后'],
  // Written: "请移作第一段", "挪为第一个": moved to be that place is moved to it.
  [/(?<=[移挪调放排])(?:作|为|成)(?=第[\d一二三四五六七八九十]+(?:段|个|位))/g, '到'],
  // Hunan, Sichuan, Hubei: 冒得, 冇得 → 没有 ("音乐冒得用", "冇得动静的地方").
  [/没得|冒得|莫得|冇得/g, '没有'],
  // "第一段两倍速 其他的不动": the others not touched (不动, "not moved") is 别动, a "leave them be"; not the stretches
  // where nothing moves, idle ("没动的地方"). Said apart only: run on, "第一段短两秒就行了别的不动" reads as it is.
  [/(?<=(?:^|[\s，,])(?:其他|其它|其余|别的|剩下)的?(?:都|也|就|全)?)不(?=动(?:了|吧|哈)?(?:$|[，,。\s]))/g, '别'],
  // "整个视频慢一点 零点九", "速度 0.9": a bare factor, with no unit, after a speed said, is that factor (倍); not a length
  // or a level ("慢一点 0.9秒").
  [/(?<=(?:速度|倍速|慢|快)[^，,。\d]{0,4}?\s*)(\d\.\d+|零点[一二三四五六七八九]+)(?!\s*(?:倍|x|×|秒|s\b|%|分|[\d.]))(?=\s*(?:吧|就行|就好)?\s*(?:$|[，,。]))/g, '$1倍'],
  // Written, classical: 无须, 毋须, 毋需 (no need) are 无需 ("说话之时无须压低"); 说法之时, 言语之时 (when the words are
  // spoken) are 说话的时候 (not 说法, a wording, said alone: "这个说法不对").
  [/无须|毋须|毋需/g, '无需'],
  [/(?:说法|言语|讲话|说话)(?:之时|之际)/g, '说话的时候'],
  // "从第五秒放大一下", "从5秒拉近": a zoom from a second, with no 开始, starts there (as "从第五秒开始放大"; not "从第五秒
  // 到第八秒放大", a stretch).
  [/(?<=从\s*第?\s*[\d一二两三四五六七八九十.]+\s*秒)(?=\s*(?:放大|拉近|推近|特写))/g, '开始'],
  // Online slang: 木有 (mu you) is 没有 ("木有动静的地方加速").
  [/木有/g, '没有'],
  // Cantonese: 几多 (how many, how much) is 多少 ("显示下有几多条轨").
  [/几多(?=条|个|段|秒|[\s，,。?？]|$)/g, '多少'],
  // Malay in a Chinese sentence: "讲话的时候 jangan 压低", jangan (jgn) is "don't"; "sudah 下载了", sudah (udah) is 已经.
  [/\b(?:jangan|jgn)\s*(?=\p{Script=Han})/gu, '不要'],
  [/\b(?:sudah|udah)\s*(?=\p{Script=Han})/gu, '已经'],
  // "整个视频淡入 一秒 sudah": sudah closing a Chinese request is "that's it", nothing more asked.
  [/(?<=\p{Script=Han}[^a-z]*)\s*\b(?:sudah|udah)[.!。！]*$/gu, ''],
  // "剪一个 fifty seconds 的 boleh?", "改竖屏 ok?", "加字幕 can?": a Chinese request closed by "can?" asked in Malay or
  // English (boleh, ok, can) asks for it, as 可以吗 does (what is asked is said before it).
  [new RegExp(String.raw`(?<=\p{Script=Han}[^?？]*?)\s*\b${CAN_ASKED}$`, 'gu'), ''],
  // Cantonese: 嗰度 ("that spot") after a time or a thing is 那里 ("1:05嗰度放大"); zoom埋去, 推埋去: 埋 ("near") after
  // pushing in is 进 (in closer); so is 入 ("in": zoom入去多啲).
  [/嗰度/g, '那里'],
  [/(?<=\bzoom|推|拉)\s*[埋入]\s*(?=去|嚟|来)/g, '进'],
  // Cantonese: 删咗佢 → 删掉, 细声啲 → 小声点, 冇郁嘅位 → 没有动的地方, 嗰段 → 那段, 放去 → 放到; 清咗佢 → 清掉 ("全部清咗佢":
  // everything cleared), 由头嚟过 → 从头来过 (由, "from": start again).
  [/(删|剪|去|清)咗(?:佢|它)?/g, '$1掉'],
  [/由头(?=[来嚟]|再|开始|重)/g, '从头'],
  // Cantonese: 剪走佢 → 剪掉, 两边裁走 → 两边裁掉 (走 for away, 佢 for "it"); 音乐拿走, 字幕撤走 → 拿掉, 撤掉 (taken away).
  [/(删|剪|切|裁|拿|撤)走佢?/g, '$1掉'],
  // "删咗啲音乐", "拿走啲字幕": 啲 after a verb that takes away, before a part the draft has whole, is "the" (not 点, a bit of it).
  [/(?<=(?:删|剪|切|裁|去|拿|撤|关)掉)啲(?=背景音乐|音乐|配乐|bgm|字幕|文字|标题|转场|片头|片尾)/giu, ''],
  // "第三段 cut 走 2 秒", "开头 cut 咗 3 秒": the English verb said with the Cantonese "away" after it is the same 剪掉.
  [/\b(?:cut|chop|trim)\s*(?:走|咗)\s*佢?/g, '剪掉'],
  // Cantonese, Malaysian: 出多一个 gif, 加多一个字幕 → 再出一个, 再加一个 (多 between the verb and the count is one more).
  [/(出|导|加|做|剪|配|放)多(?=一[个份版张条首段次])/g, '再$1'],
  // Cantonese: 得返, 剩返, 净返 before how much ("剪到得返8秒", "剪到剩返十秒") is what is left, 只剩.
  [/(?:得返|剩返|净返)(?=\s*[\d一二三四五六七八九十两半])/g, '只剩'],
  // Cantonese 喇 closing a clause ("第二段太长喇", "好喇，导出") is 啦 (not 喇叭, a speaker: no clause closed).
  [/(?<=\p{Script=Han})喇(?=\s*(?:$|[，,。!！~～]))/gu, '啦'],
  // "之后再出多个 mp4": 多 before the count of a file named by its kind, with no 一, is one more file (or several: a file
  // exported all the same). (Not after a "don't": "别出多条gif" asks no more files.)
  [/(?<!(?:别|不要|不用|不|没|甭|莫)\s*)(出|导)多(?=[个份版条]\s*(?:mp4|mov|gif|webm|\d{3,4}p|4k)(?![a-z\d]))/g, '再$1'],
  // Cantonese: "出 mp4 720p 再出埋 webm", "导埋个 gif": 埋 after the verb of exporting, before the file's kind, is "as well":
  // one more file, counted as 出多一个 is (its own, no size of the other; not 埋 elsewhere: 同埋, "and").
  [/(出|导)埋\s*一?([个份版])(?=\s*(?:mp4|mov|gif|webm|\d{3,4}p|4k)(?![a-z\d]))/g, '再$1一$2'],
  [/(出|导)埋(?=\s*(?:mp4|mov|gif|webm|\d{3,4}p|4k)(?![a-z\d]))/g, '再$1一个'],
  [/再再/g, '再'],
  // "再来一个 1080p 的", "再倒一个720P", "再整个gif", "再汇一支gif" (支 counts a video in Taiwan): one more file, named by
  // its size or kind after 再, whatever the verb of making it, is one more exported.
  [new RegExp(String.raw`再\s*${ANOTHER_FILE_ZH}`, 'g'), '再导出一个'],
  // "导出1080p，还要一个gif": one more file wanted, named by its kind alone after a comma, is one more exported (its own).
  [new RegExp(String.raw`(?<=^|[，,。]\s*)(?:还|另外|另)要(?=${ONE_MORE_FILE_ZH}\s*(?:的)?\s*(?:$|[，,。!！]))\s*一[个份条支]`, 'g'), '再导出一个'],
  // Malaysian: 标题换去「…」 → 换成 (去 after a verb of changing, before the words it changes to: their quotes, or the end
  // of the clause, where the quoted words were taken out).
  [/(?<=[换改变])去(?=\s*(?:[「“"‘『《]|$))/g, '成'],
  // Cantonese: 熄咗佢, 熄埋佢, 闩咗佢 → 关掉 (熄 "put out", 闩 "shut", of a light or a setting); 关咗佢, 关埋佢 → 关掉 (关咗
  // alone may tell it is off already: only with 佢, what it acts on, is it asked).
  [/[熄闩閂](?:咗|埋|掉)佢?|关(?:咗|埋)佢/g, '关掉'],
  // "声音off掉", "zoom off咗佢", "声音 off": the English "off" said as a Chinese verb's end (掉, 咗) or closing a Chinese
  // clause is 关掉, switched off.
  [/(?<=\p{Script=Han}\s*|\b[a-z]+\s*)\boff\s*(?:掉|咗|埋)\s*(?:佢|它)?|(?<=\p{Script=Han}\s*)\boff(?=\s*(?:吧|啦|了)?\s*(?:$|[，,。!！；;]))/gu, '关掉'],
  [/细声/g, '小声'],
  // "啲冇动又冇声嘅位": 啲 opening a clause, before what it names, is 那些 (those); after a word, 点 (大啲, a bit more).
  [/(?<=^|[\s，,。])啲(?=\p{Script=Han})/gu, '那些'],
  // Cantonese: 悶位 (the dull spots) are the boring places, 无聊的地方 ("打印緊嗰啲悶位 快轉": the dull stretches while it prints).
  [/[闷悶]位/g, '无聊的地方'],
  // "静晒冇嘢做嗰啲位": 嗰啲 (those) between what goes on there and the place (位, 度) joins them, as 的 does.
  [/(?<=\p{Script=Han})嗰啲(?=位|度|地方)/gu, '的'],
  // 嗰啲 anywhere else is "those" too (never 点, "a bit", as 啲 alone may be).
  [/嗰啲/g, '那些'],
  [/啲/g, '点'],
  // Cantonese typed by its sound: 滴 (di) after how much is 啲, 点 ("放大多滴", "快滴", "细声滴"; not 一滴, 水滴).
  [/(?<=[多快慢大小高低长短响轻声])滴(?![水答滴])/g, '点'],
  // Cantonese: 净系 (净係, 淨係) is "only" ("净系用第一个同最后嗰个视频"); Hakka and Teochew: 爱 before 用 is 要, wanted
  // ("我爱用第二个视频同最后一个").
  [/净[系係]/g, '只'],
  [/(?<=^|[我俺]|[，,。\s])爱(?=用)/g, '要'],
  // Cantonese 係 is "is" ("头十秒係片头"): 是 (not the 系 of 关係, 联係, 体係, 係统).
  [/(?<![关联体派干直])係(?![统列数])/g, '是'],
  // Cantonese: 竖住嘅 → 竖着的 (住 after a verb is 着, what it stays); 打竖, 打横 (stood upright, laid sideways) → 竖屏, 横屏.
  [/(?<=[竖横])住(?=的|嘅|$|[，,。])/g, '着'],
  [/打(竖|横)(?=(?:的|嘅)?(?:啦|吖|啊)?(?:$|[，,。!！]))/g, '$1屏'],
  // Cantonese: 直度, 直嘅 (upright: "要直度") → 竖屏; 橫度 (sideways) → 横屏. Not 垂直度, 一直嘅; not 打直, which in Mandarin
  // straightens (画面歪了，帮我打直).
  [/(?<![垂笔一])直度|(?<=^|[要做整改剪转变成]\s*)打?直嘅/g, '竖屏'],
  [/(?<![纵縱])[橫横]度/g, '横屏'],
  [/冇/g, '没有'],
  [/嘅/g, '的'],
  [/郁/g, '动'],
  // Cantonese: 讲嘢嗰阵(时) → 讲话的时候 (嗰阵, "that moment", after what goes on then is when it goes on).
  [/(?<=\p{Script=Han})嗰阵时?/gu, '的时候'],
  [/嗰/g, '那'],
  // "啱啱撤咗嗰步做返": a step named by what was done to it (咗 then 嗰), restored after, is that step (撤了的那步).
  [/(?<=\p{Script=Han})咗(?=那一?[步下][^，,。]{0,4}?(?:做返|做回来|恢复|还原|回来))/gu, '了的'],
  // Cantonese 佢 ("it", "him", "her"): after its verb, closing the clause or before how much, it is what the verb acts on
  // ("快转佢，5 倍", "off 佢"); before a verb, who does it ("佢讲话的时候").
  [/佢(?=\s*(?:$|[，,。!！、；;\d]|[啦吧呀啊喇嘞]))/g, '它'],
  [/佢哋/g, '他们'],
  [/佢/g, '他'],
  // Cantonese 嚟 is 来, and 入嚟 (come in) 进来; "slide in 进来": the way in said twice, in both languages, is said once.
  [/入嚟/g, '进来'],
  [/嚟/g, '来'],
  [/(?<=\bin)\s*进来/g, ''],
  // Cantonese: 下底 (below) is 底下, where a text goes ("人名条 放下底", "字幕放喺下底").
  [/下底/g, '底下'],
  // "冇动静又冇声的地方 唔好剪 快进就得", "没人说话的地方 不要剪 快进三倍": the "no" to cutting, then the speed-up said after
  // it with a space, the same two requests (run on, the "no" would read as the speed-up's; not "不要剪快进", no space).
  // Read after the Cantonese words: "唔好剪走 快啲播过去".
  [new RegExp(String.raw`(?<=(?:不要|别|不用|甭|莫|唔好)(?:删|剪|切)(?:掉|走)?)\s+(?=(?:${FASTER_ZH}))`, 'g'), '，'],
  // "压低再打开", "把自动压低关掉", "打开闪避": 压低 (闪避) switched on or off is the ducking named as a setting, as
  // "ducking打开" says it (not "音乐压低", the music made quieter, nor "压低一点").
  // "压低 不要。…压低 要。": the ducking answered yes, 要 alone after it, is switched on as 不要 switches it off.
  [/(?<=^|\s)(?:压低|闪避|避让)\s*要(?:的|了)?(?=$|[，,。!！])/g, 'ducking打开'],
  [/(?:自动)?(?:压低|闪避|避让)(?:功能|效果)?(?=(?:再|重新|又|也|就)?(?:打开|开启|开回来?|恢复|关掉|关了|关闭|关上|取消|停掉)(?:吧|了|啊|呀)?(?:$|[，,。!！\s]))/g, 'ducking'],
  [/(?<=(?:打开|开启|关掉|关闭|取消|恢复))(?:自动)?(?:压低|闪避|避让)(?:功能|效果)?(?=(?:吧|了|啊|呀)?(?:$|[，,。!！\s]))/g, 'ducking'],
  // Cantonese: 啱啱 → 刚刚, 上载 → 上传, 嗰张相 → 那张照片 (相 counted by 张 is a photo), 第一段同第二段 → 第一段和第二段
  // (同 between two parts or files named is "and", and between two kinds of file: "webm 同 mp4 各一").
  [/啱啱/g, '刚刚'],
  [/上载/g, '上传'],
  [/(?<=[那这一]张)相(?![机册框])/g, '照片'],
  [new RegExp(String.raw`(?<=(?:段|个|文件|视频|素材|file|video|\.[a-z\d]{2,4}|\b(?:${OUTPUT_FORMATS.join('|')}))\s*)同(?=\s*(?:第|最后|最新|(?:first|second|third|fourth|fifth|last)\b|[\w-]+\.[a-z\d]{2,4}\b|(?:${OUTPUT_FORMATS.join('|')})\b))`, 'g'), '和'],
  // "webm 和 mp4 各一", "gif 同 mp4 各一份": one of each kind listed is what listing them asks, a file a kind.
  [new RegExp(String.raw`(?<=\b(?:${OUTPUT_FORMATS.join('|')})\s*)各(?:一|1)\s*(?:个|份|版)?(?=\s*(?:$|[，,。!！]))`, 'g'), ''],
  // Japanese endings and order inside Chinese: a request's polite ending (删除してください: "please do") is the request;
  // where a thing goes said before the verb that puts or moves it there (上面放置, 第三的位置移动) is said after it (before 的位, Cantonese "the spot", is read as 地方).
  [/(?<=\p{Script=Han})(?:して|し)?(?:ください|下さい)/gu, ''],
  [/(上面|下面|中间|顶部|底部|上方|下方)(?:に|へ)?(?:放置|放)(?=\s*(?:$|[，,。！!]))/g, '放在$1'],
  [/(第[\d一二三四五六七八九十]+个?)的?位置(?:に|へ)?(?:移动|移)(?=\s*(?:$|[，,。！!]))/g, '移到$1'],
  [/(?<=的)位/g, '地方'],
  // Cantonese 去 after a verb of moving, before the place it goes (放去最尾, 拉去第二, "move 去第一"): 到, where to.
  [/(?<=(?:放|拉|摆|搬|挪|\b(?:move|put|drag|shift))\s*)去(?=\s*(?:最后|最前|开头|前面|后面|第|\d))/g, '到'],
  // Cantonese: 条片, 段片 (片 with its measure word): the video.
  [/[条段]片(?![段子头尾花])/g, '视频'],
  // Cantonese: 咁 before how big, loud, fast ("唔好咁大", "咁快"): 那么, so much.
  [/咁(?=[大多快慢近远长短小细响猛])/g, '那么'],
  // Japanese katakana loanwords of the edits said inside Chinese ("ズーム 自动的那个 开一下"): the English word they spell.
  ...Object.entries({ ズーム: 'zoom', カット: 'cut', エクスポート: 'export', オフ: 'off', オン: 'on' }).map(
    ([word, said]): [RegExp, string] => [new RegExp(String.raw`(?<![\p{Script=Katakana}ー])${word}(?![\p{Script=Katakana}ー])`, 'gu'), said]),
  // Cantonese: 喺0:18 → 在0:18 (喺, "at", before a place or a time).
  [/喺/g, '在'],
  // "剛才按了復原，按錯了，幫我 redo", "刚刚点了撤销": a history button the user pressed, reported, is no step asked (what
  // they ask follows it).
  // "刚才不小心点了撤销", "手滑按到撤回", "点错了撤销": the undo button pressed by mistake is a step undone wrongly (撤销错了,
  // what a redo mends), not only a button pressed.
  [new RegExp(String.raw`(?:我)?(?:刚才|刚刚|头先)?(?:(?:一?不小心|手滑|手抖|误)(?:按|点|摁|点击|触)(?:了|到|错了?)?`
    + String.raw`|(?:按|点|摁)错了?)(?:一下)?(?:撤销|撤回|复原|还原|undo)(?:键|按钮|那个键)?`, 'gi'), '撤销错了'],
  [/(?:我)?(?:刚才|刚刚|头先)?(?:不小心)?(?:按|点|摁|点击)(?:了|到|错了?)(?:一下)?(?:撤销|撤回|复原|还原|undo|redo|重做)(?:键|按钮|那个键)?/gi, '按错了'],
  // Cantonese: 头先嗰步撤返 → 刚才那步撤回 (头先 "just now", 返 "back" after a verb).
  [/头先/g, '刚才'],
  [/(?<=撤|退|改|变|弄|搞)返(?=$|[，,。!！]|去|来)/g, '回'],
  // "嗰步做返", "加返", "放返": 返 closing a request to do, add or put something is "back" (做回来, the step redone).
  [/(?<=[做加放])返(?=\s*(?:啦|吧|喇|先)?\s*(?:$|[，,。!！]))/g, '回来'],
  // "开头慢慢出返嚟": 出返嚟 (come back out) of the picture at the start is 出来, as it comes from black.
  [/出返(?=来)/g, '出'],
  // "原本把聲熄咗佢": 把声 (the voice, counted by 把) of the original recording is its own sound, 原声 (not 把声音…, the
  // Mandarin "take the sound and …").
  [/原[本来]把声(?!音)/g, '原声'],
  // 讲嘢 → 讲话 ("我讲嘢嘅时候").
  [/讲[嘢野]/g, '讲话'],
  // 冇嘢做嘅位 → 没有事做的地方 (嘢 "thing" before a doing is something to do).
  [/(?<=没有)[嘢野](?=[做干])/g, '事'],
  // Wu: 删脱伊 → 删掉 (脱 for 掉, 伊 for "it"), 唱得勿好 → 唱得不好.
  [/(删|剪|去|拿|切)(?:脱|掉)伊?/g, '$1掉'],
  [/(?<=得)勿(?=好|行|对|清)/g, '不'],
  // "剪30s，竖屏，原声关，加音乐": a sound switched off, said as a list would (关 alone, last in its clause).
  [/(?<=原声|人声|现场声|视频声音?)关$/g, '关掉'],
  // Wu: 侬 → 你 ("侬帮我拿掉").
  [/侬/g, '你'],
  // "把 cover.png 作为底图": the picture under the recording is its backdrop.
  [/(?<=作为|当作?|当做|用作|做|设为|设成|换成|改成)\s*底图/g, '背景'],
  // "背景说一下：受众是护士…", "先交代下背景：": the background of the story told (背景 as in 背景介绍), no backdrop asked.
  [/背景(?=(?:先|我)?(?:说|讲|交代|补充)(?:一下|下|说)?\s*[:：，,])|(?<=(?:说|讲|交代|补充)(?:一下|下)?)背景(?=\s*[:：])/g, '情况'],
  // "第5点：第三段挪到最前面", "纪要第3点：…", "第二条、…": an item's number in a list of points, no moment's place.
  [/(?<=^|[。；;\s])(?:(?:会议)?纪要|需求|要求|意见|反馈)?第[\d一二三四五六七八九十]{1,3}(?:点|条|项)\s*[:：、.]\s*/g, ''],
  // "第2、3段", "第二、三个片段": two moments listed under one noun.
  [/第([\d一二三四五六七八九十]+)[、和]([\d一二三四五六七八九十]+)(段|个片段|个)/g, '第$1$3和第$2$3'],
  // "转场：无", "缩放：关", "音乐：没有": a part labelled off, as a form would say it.
  [/^([^:：，,。\s]{1,8}?)\s*[:：]\s*(?:无|没有|不要|关|关闭|关掉|none|off|no)$/g, '去掉$1'],
  // "第3段 → 开头": an arrow between Chinese words says where it goes.
  [/\s*(?:→|->|=>|⟶)\s*(?=\p{Script=Han})/gu, '移到'],
  // English verbs inside a Chinese sentence: "remove 掉", "move 到", "show 一下", "list 一下 track".
  // (The space before goes too: "music remove 掉" is read as "music删掉", its subject and verb run together as typed so.)
  [/\s*\b(remove|delete)\s*(?=掉)/g, '删'],
  [/\bmove\s*(?=到)/g, '移'],
  // "…，delete 它", "remove 它们吧": 它 (it) after an English verb, closing the clause, is the English "it" of that verb.
  [/(?<=\b(?:remove|delete|cut|drop|mute|move|export|undo)\s*)它们?(?=\s*(?:吧|啦|了)?\s*$)/g, 'it'],
  [/\b(show|list)\s*(?=一下)/g, '显示'],
  [/(?<=\p{Script=Han}\s?)tracks?\b/gu, '轨道'],
  // "导个4K", "麻烦导一个", "再导一次gif", "最后导1080p": 导 said short for 导出 before a count of the files it makes, or
  // of the times, or before the size or kind of the file.
  [/(?<![引指领主报倡误辅疏开教向])导(?=一?(个|版|份|次|遍)(?!出来)|\s*(?:\d{3,4}p|4k|mp4|mov|gif|webm)(?![a-z\d]))/g, '导出'],
  // "整完直接导", "好了就导", "完事儿导一下": 导 alone closing a clause, after what says when, is 导出 (not 指导, 导演).
  [/(?<=^|直接|就|再|马上|赶紧|立马|然后|完|完事儿?|好了?)导(?=\s*(?:一下|了)?\s*(?:$|[，,。!！]))/g, '导出'],
  // "…第二段删了 再输出", "然后输出一个", 输处 typed by its sound: 输出 closing a clause after what says when (again, then)
  // is the file exported, as 导出 is, and so is 输出 said alone, or alone after 再 (not 输出一个观点).
  [/(?<=(?:^|直接|就|再|马上|然后|之后|完了?)\s*)输[出处](?=\s*(?:一?[个份版遍次])?\s*(?:一下|了|吧|看看)?\s*(?:$|[，,。!！]))/g, '导出'],
  // "把歌去掉", "歌小声点": the song, said first or after 把, is the music (not 歌手, 歌词).
  [/(?<=^|[把将])歌(?![手词声唱谱曲])/g, '音乐'],
  // "先出一版", "音乐大声点再出一版": a version put out is a file exported (not 出版, 推出一版).
  [/(?<![导输推演支])出(?=一版)/g, '导出'],
  // "音乐调到百分之二十 再出一个": one more put out, closing the clause (alone after 再), is one more file.
  [/(?<=(?:^|再|又)\s*)出(?=\s*一?[个份](?:\s*(?:吧|看看|来))?\s*(?:$|[，,。!！]))/g, '导出'],
  // "四K": the size said with a Chinese numeral.
  [/四\s*k(?![a-z])/gi, '4k'],
  // "再出一个720p的", "出4K mov", "出个1080的": a file put out, named by its kind or size, is a file exported (not 推出, 输出一个…).
  // "出條mov" (Cantonese counts a file with 條): so does any measure word of a file.
  [/(?<![导输推演支突提产做])出(?=(?:一|1)?[个份条支版]?的?\s*(?:\d{3,4}p|(?:720|1080|2160)(?=的)|4k|mp4|mov|gif|webm)(?![a-z\d]))/g, '导出'],
  // "做好了给我个 mp4", "最后给我一份 1080p 的 mov": a file of a kind asked to be handed over is that file exported.
  [/(?<![发寄传送交])给我(?:发|来|出)?(?:一|1)?[个份条支](?=\s*(?:(?:\d{3,4}p|4k)\s*的?\s*)?(?:mp4|mov|gif|webm)(?![a-z\d])(?!\s*(?:的|文件)?\s*(?:链接|教程|格式|吗|\?|？)))/g, '导出一个'],
  // "改直身", "转直身" (Cantonese): the picture turned upright, a vertical video (not 直身裙, a dress's cut).
  [/(?<=[改转整变做剪弄](?:成|做)?\s*)直身(?![裙杯瓶款])/g, '竖屏'],
  // Typed by sound (pinyin input): 导处/到处 before a file kind → 导出 (到出 above), 音月/因乐 → 音乐, 竖瓶/竖平 → 竖屏.
  // ("到处一个MP4": also before a count of the files, then what they are; not 到处一个样.)
  [/(导处|到处)(?=\s*(?:一?[个份版]\s*)?(mp4|mov|gif|webm|视频|动图|\d{3,4}p|4k|吧|了|一下|$))/g, '导出'],
  // Same sound, other character: 标提 → 标题, 视屏 → 视频, 片断 (a variant writing) → 片段, 字慕 → 字幕.
  [/标(提|体)/g, '标题'],
  [/视屏/g, '视频'],
  [/片断/g, '片段'],
  // 自幕, 子幕: 字 typed as another zi of the same sound before 幕 (not 来自幕后, behind the scenes).
  [/字(慕|目)|[自子]幕(?!后)/g, '字幕'],
  // "放在视频最后", "放到整个视频的开头": the video named before its end or start is that end of it (放在最后). "第一段开头加个字幕",
  // "最后一段结尾打上文字": words put at the first moment's start, or the last one's end, go at the video's (no other moment's
  // edge is a place a text takes).
  [/(?<=(?:放|摆)(?:在|到))(?:整个)?(?:视频|片子|影片)的?(?=最后|最前|开头|结尾|末尾)/g, ''],
  [/(?:第一|头一)(?:段|个片段)的?(?=(?:开头|开始|最前面?)[^，,。]{0,3}(?:加|放|打|写|上)[^，,。]{0,6}(?:字幕|文字|标题|字))/g, ''],
  [/最后一(?:段|个片段)的?(?=(?:结尾|末尾|最后)[^，,。]{0,3}(?:加|放|打|写|上)[^，,。]{0,6}(?:字幕|文字|标题|字))/g, ''],
  ...TEXT_NOUN_SLIPS_ZH,
  [/音月|(?<!原)因乐/g, '音乐'], // not 原因乐观
  [/(竖|横)(瓶|平|评)/g, '$1屏'],
  // "中间我在黑板写字没说话的地方，快进": 中间 (midway) before someone doing something in the stretches named is when they
  // are in the video, no place in the frame (nor is what they do a text written: the stretch is read as said after it).
  [/(?<=^|[\s，,。])中间(?=(?:我|他|她|我们|他们|老师|大家)[^，,。]{1,14}的(?:地方|时候))/g, ''],
  // 黑编 (heibian) is 黑边, the bars ("竖评的 黑编也行").
  [/黑编/g, '黑边'],
  // "开始的时候5秒", "结束时 显示三秒": the start or end of the clip said as the time it begins or ends, before how long
  // something shows there, is 开头 or 结尾 (not "从开始的时候", "刚开始时", said of the footage).
  [/(?<![从刚一])开始(?:的时候|时)(?=\s*(?:显示|停留|出现|停)?\s*[\d一二两三四五六七八九十半]+\s*(?:秒|s\b))/g, '开头'],
  [/(?<![从刚一])结束(?:的时候|时)(?=\s*(?:显示|停留|出现|停)?\s*[\d一二两三四五六七八九十半]+\s*(?:秒|s\b))/g, '结尾'],
  [/(树|数)(屏|瓶|平)/g, '竖屏'],
  // 掉 typed as 调 (去调 → 去掉), 转换 as 装换, 重做 as 重作.
  [/(去|删|关|拿|剪)调(?![色整音速成到低高大小亮暗])/g, '$1掉'],
  [/装换/g, '转换'],
  [/重作/g, '重做'],
  // Written style: 改作 → 改成, 竖式/横式 (a frame's shape, not a sum) → 竖屏/横屏.
  [/改作/g, '改成'],
  [/(竖|横)式(?![计运算加减乘除])/g, '$1屏'],
  // Written: "录像剪为四十五秒", "压缩为一分钟": 为 after a verb of cutting, before a length, is 成 (剪成).
  [/(?<=[剪缩压截短])为(?=\s*[\d一二两三四五六七八九十半][^，,。]{0,6}?(?:秒|分钟?|min|s\b))/g, '成'],
];

/**
 * A noun of the timeline typed as a word that sounds or looks like it, read as that noun where only it fits: "speed up
 * the idol parts" (idle), "delete the second clop" (clip, after a word that names which one; "clop" alone stays a sound).
 */
export const NOUN_SLIPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bidol(?= (?:parts?|bits?|time|stretch(?:es)?|sections?|moments?|footage|spots?)\b)/g, 'idle'],
  // "export in 720 p as a web m", "a 1080 p mp 4": a file's size or kind typed with a space inside it is that size or kind.
  [/\b(720|1080|2160)\s+p\b/g, '$1p'],
  [/\bweb\s+m\b/g, 'webm'],
  // "export 1080o": the p of a resolution typed as the o beside it.
  [/\b(720|1080|2160)o\b/g, '$1p'],
  // "turn on duckling": a phone's autocorrect of the music's ducking (not "a duckling", "the little duckling").
  [/(?<!\b(?:a|an|the|little|cute|baby|yellow|ugly|my|our) )\bduckling\b/g, 'ducking'],
  [/\bmp\s+4\b/g, 'mp4'],
  [new RegExp(String.raw`(?<=\b(?:first|second|third|fourth|fifth|last|middle|next|final|\d+(?:st|nd|rd|th)|the|that|this|each|every) )cl[oi]p(?=s?\b)|\bcl[oi]p(?=s? \d\b)`, 'g'), 'clip'],
];

/**
 * A length's unit shortened as another language shortens it, read only joined to a figure ("30sn", "45sek", "2dk",
 * "20dtk"): apart, "sn" or "dk" may be no unit ("4 dk" is "4, don't know"; "15 sek" apart is TEXTING_SHORTHAND's).
 */
export const UNIT_ABROAD: Readonly<Record<string, string>> = {
  sek: 'seconds', seg: 'seconds', sn: 'seconds', dk: 'minutes', dtk: 'seconds', mnt: 'minutes', saat: 'seconds', minit: 'minutes',
};
/** Of UNIT_ABROAD, the Malay units, read apart from their figure too ("剪 30 saat 就好", "2 minit"): no other word of theirs. */
export const UNIT_ABROAD_APART: readonly string[] = ['saat', 'minit'];

/**
 * A comparative said against what was wanted ("louder than I wanted", "more than we asked for"): the excess it complains
 * of, as "too …" says it ("too loud", "too much"), never more of it.
 */
export const TOO_COMPARED: Readonly<Record<string, string>> = {
  louder: 'loud', quieter: 'quiet', softer: 'soft', longer: 'long', shorter: 'short', bigger: 'big', smaller: 'small', larger: 'large',
  faster: 'fast', quicker: 'quick', slower: 'slow', brighter: 'bright', darker: 'dark', more: 'much',
};

/** Vietnamese "first" and "later" said after a request (Words.stepOrderAbroad), as English says them. */
export const STEP_ORDER_ABROAD: Readonly<Record<string, string>> = { 'trước': 'first', truoc: 'first', sau: 'later' };

/**
 * An ordinal typed short or with letters swapped ("use only secnd file", "the thrid clip"): too short for TYPO_KEYWORDS,
 * yet no other word is spelled so.
 */
export const ORDINAL_SLIPS: Readonly<Record<string, string>> = {
  frist: 'first', fisrt: 'first', frst: 'first', secnd: 'second', scnd: 'second', secound: 'second', seccond: 'second',
  thrid: 'third', thrd: 'third', secnod: 'second', seocnd: 'second', sceond: 'second', tihrd: 'third',
};

/**
 * The toneless pinyin of each character of PINYIN_TYPED, as a pinyin keyboard takes it before a character is picked.
 */
const PINYIN_OF = '删shan 除chu 掉diao 剪jian 去qu 放fang 大da 缩suo 小xiao 交jiao 叉cha 淡dan 化hua 入ru 出chu 音yin 量liang 乐yue 配pei 百bai 分fen 之zhi 竖shu 屏ping 横heng 两liang 边bian 模mo 糊hu 黑hei 自zi 动dong 导dao 加jia 速su 快kuai 进jin 慢man 字zi 幕mu 标biao 题ti 调tiao 到dao 成cheng 改gai 帮bang 我wo 一yi 个ge 秒miao 倍bei 钟zhong 视shi 频pin 片pian 头tou 尾wei 开kai 结jie 静jing 转zhuan 场chang';
/**
 * Editing words that may come typed in pinyin, their characters never picked ("第三段shan diao", "自动fangda", "jiao cha
 * 淡化 1 miao"): each is read as its characters when the whole of it is typed, its syllables together or apart. A word
 * of one syllable stands in a run of such words (bang wo jian yi ge: 帮我剪一个), or is a unit right after its figure
 * (45 miao); alone, a syllable is too like other words (and English ones) to guess.
 */
const PINYIN_TYPED = [
  '删掉', '删除', '剪掉', '去掉', '剪', '放大', '缩小', '交叉', '淡化', '淡入', '淡出', '音量', '音乐', '配乐', '百分之', '竖屏', '横屏',
  '两边', '模糊', '黑边', '自动', '导出', '加速', '快进', '慢放', '字幕', '标题', '调到', '调成', '改成', '帮我', '一个', '视频',
  '片头', '片尾', '开头', '结尾', '静音', '转场', '秒', '倍', '分钟',
];
/** The units of PINYIN_TYPED, read alone only after their figure. */
export const PINYIN_UNITS: ReadonlySet<string> = new Set(['秒', '倍', '分钟']);
const SYLLABLE: Readonly<Record<string, string>> = Object.fromEntries([...PINYIN_OF.matchAll(/(\p{Script=Han})([a-z]+)/gu)].map(([, han, sound]) => [han, sound]));
const syllablesOf = (word: string) => [...word].map((han) => SYLLABLE[han]);
const SPELLINGS = PINYIN_TYPED.map((word) => syllablesOf(word).join(''));
/**
 * Each word of PINYIN_TYPED by its syllables, keyed by them run together ("fangda" → 放大, syllables fang, da). A spelling
 * two of the words share is neither's: which was meant is not guessed.
 */
export const PINYIN_ZH: ReadonlyMap<string, { word: string; syllables: readonly string[] }> = new Map(PINYIN_TYPED
  .filter((_, i) => SPELLINGS.indexOf(SPELLINGS[i]) === SPELLINGS.lastIndexOf(SPELLINGS[i]))
  .map((word) => [syllablesOf(word).join(''), { word, syllables: syllablesOf(word) }]));

/**
 * Common texting shorthand, and a word spelled the way another language spells it ("musik"), read as the words it
 * stands for before the grammar sees a clause ("pls rm txt" → "please remove text").
 */
export const TEXTING_SHORTHAND: Readonly<Record<string, string>> = {
  pls: 'please', plz: 'please', thx: 'thanks', u: 'you', ur: 'your', rn: 'right now', wat: 'what', wats: "what's",
  txt: 'text', del: 'delete', rm: 'remove', rmv: 'remove', sq: 'square', vid: 'video', msg: 'message', mv: 'move', bg: 'background',
  vol: 'volume', orig: 'original', musik: 'music', muzik: 'music', musique: 'music',
  // A small word typed with two letters swapped ("show teh tracks", "jsut the first clip"): too short for TYPO_KEYWORDS.
  teh: 'the', hte: 'the', adn: 'and', jsut: 'just', waht: 'what', taht: 'that',
  // Away from the keyboard, as a gamer or a streamer says of the stretches nothing is done: "the afk parts", "where I'm afk".
  afk: 'idle',
  // A length's unit said in the user's other language: "40 segundos", "30 secondes", "1 minuto", "20 Sekunden" (segundo
  // and seconde are "second" the ordinal too: "el segundo clip").
  segundos: 'seconds', segundo: 'second', secondes: 'seconds', seconde: 'second', secondi: 'seconds', sekunden: 'seconds',
  sekunde: 'second', sekund: 'seconds', minutos: 'minutes', minuto: 'minute', minuten: 'minutes', minuti: 'minutes',
  // and shortened as those languages shorten it: "15 sek", "30 seg", "20 sekunder" (joined to the figure: UNIT_ABROAD).
  sek: 'seconds', seg: 'seconds', sekunder: 'seconds', saniye: 'seconds', dakika: 'minutes', detik: 'seconds', menit: 'minutes',
  // Hinglish: "music daalo" (put music in), "aur" (and) between two requests.
  daalo: 'add', dalo: 'add', aur: 'and',
  // …its possessives: "meri photo" (my photo), "hamara logo" (our logo);
  meri: 'my', mera: 'my', hamara: 'our', hamari: 'our', humara: 'our', humari: 'our',
  // …and its words of amount: "zoom thoda kam karo" (a bit less), "music zyada loud" (more).
  thoda: 'a bit', thodi: 'a bit', kam: 'less', zyada: 'more', jyada: 'more',
  // Malay inside Chinese or English: "第一段 potong 掉三秒" (cut), "tepi 放 blur" (the edges), "zoom sikit" (a little).
  potong: 'cut', tepi: 'edges', sikit: 'a bit',
  // A count, an ordinal, a place or "another" said in the user's other language inside English: "clip número dos", "clip
  // namba 2" (Swahili, Kenyan and Tanzanian English),
  // "crossfade d'une seconde", "yung pangalawang clip" (Tagalog), "add otro título arriba" (otro is no typo of "outro").
  'número': 'number', numero: 'number', namba: 'number', uno: 'one', una: 'one', une: 'one', dos: 'two', tres: 'three', trois: 'three',
  pangalawang: 'second', pangalawa: 'second', pangatlong: 'third', pangatlo: 'third', unang: 'first',
  ...ORDINAL_SLIPS,
  otro: 'another', otra: 'another', autre: 'another', nuevo: 'new', nueva: 'new', 'título': 'title', titulo: 'title',
  // ("quita la parte 2": a moment named in Spanish, Italian or Portuguese.)
  parte: 'part', partes: 'parts',
  arriba: 'at the top', abajo: 'at the bottom',
  // Québec French inside English: "juste" (just), "pis" (and then) between two requests: "cut clip 2 pis export".
  juste: 'just', pis: 'and',
  // Spanish verbs of taking away (and what they take) in an English request: "borra clip 2", "…, quita eso" (quita is
  // one of REMOVE's: said alone, as in "quita, I mean remove, the title", it is a slip, no verb to leave unread).
  borra: 'delete', borralo: 'delete it', eso: 'that', esto: 'this',
  // French verbs of taking away, beside the part in Chinese or English: "enlève 背景", "supprime the title" (not the
  // backdrop asked for, which 背景 alone beside an unread word was).
  'enlève': 'remove', enleve: 'remove', enlever: 'remove', enlevez: 'remove', supprime: 'delete', supprimer: 'delete', supprimez: 'delete',
  // The blur named in French, Spanish, Italian and Portuguese inside English: "with flou behind", "sides desenfocado".
  flou: 'blur', floue: 'blurred', 'flouté': 'blurred', flouter: 'blur', desenfoque: 'blur', desenfocado: 'blurred',
  sfocato: 'blurred', sfocatura: 'blur', desfoque: 'blur', desfocado: 'blurred',
  // Spoken contractions typed as said: "gimme an mp4", "lemme see the tracks", "get the music outta there".
  gimme: 'give me', lemme: 'let me', wanna: 'want to', outta: 'out of',
  // Internet spellings: "zoom in moar", "moar music".
  moar: 'more',
  // Caribbean English spelled as said: "tek out di second clip", "mek di ting 30 second for reels".
  tek: 'take', mek: 'make', di: 'the', de: 'the', fuh: 'for', ting: 'thing', everyting: 'everything', anyting: 'anything',
  // …and Cajun, Caribbean and Southern US English: "take dat intro card off", "cut dis part".
  dat: 'that', dis: 'this', dese: 'these',
  // Northern English and Scots spelled as said: "divvent want the bits where nowt's happenin an naebody's talkin", "fade it oot",
  // "set it but dinna export", "cut it doon tae 30 seconds".
  divvent: "don't", dinnae: "don't", dinna: "don't", tae: 'to', naebody: 'nobody', nae: 'no', owt: 'anything', em: 'them', oot: 'out', wi: 'with',
  // Scots and Shetland spelled as said: "start ower, clear da timeline, den gie me a minute", "turn it doon".
  ower: 'over', da: 'the', gie: 'give', doon: 'down',
  // …and "start again fae scratch", "cut frae the start".
  fae: 'from', frae: 'from',
  // …and "you" as Scotland, Ireland and the north say it: "can ye make a wee 30 second highlight?", "could youse
  // cut it".
  ye: 'you', yous: 'you', youse: 'you',
  // …and "turn the zoom aff", "show the hale video"; "the video's ain soond", "pit the music on", "aff a'thegither".
  aff: 'off', hale: 'whole', ain: 'own', soond: 'sound', pit: 'put', "a'thegither": 'altogether', thegither: 'altogether',
  // Nigerian and West African pidgin: "comot the title" (take it away); Melanesian pidgin: "the sound blo video" (of the
  // video), "music blong me".
  comot: 'remove', blo: 'of', blong: 'of',
  // Hindi "own" inside English ("video ka apna sound", Words.ofAbroad), and "something" as said in the north of England
  // ("dragging on summat rotten").
  apna: 'own', apni: 'own', apne: 'own', summat: 'something',
  // …and their "no": "nomo music" (Bislama, no more), "nogat music" (Tok Pisin, none), "maku need for music" (Solomons
  // Pijin, no need).
  nomo: 'no', nogat: 'no', maku: 'no',
  // Rioplatense Spanish, its stress written: "quitá the sound", "sacá el título" (as quita, sacá takes away).
  'quitá': 'remove', 'sacá': 'remove',
  // Trinidadian English spelled as said: "doh dip it when i talk", "doh cut the intro".
  doh: "don't",
  // Nigerian Pidgin's relative "wey" ("the spots wey nothing happens", "the clip wey i send"): where, that.
  wey: 'where',
  // "no" as it is said in Hindi and Marathi, inside English: "nakko blur on the sides", "nahi music".
  nahi: 'no', nakko: 'no', nako: 'no',
  // …and Shetland, Scots and West Country: "can du mak it a peerie bit shorter", "dunna cut ony o da feeding bits",
  // "turn it doon", "tek the fust clip out".
  du: 'you', mak: 'make', dunna: "don't", canna: "can't", ony: 'any', peerie: 'little', fust: 'first',
  // "mak it jist 6 seconds lang" (not "tak" for "take": it is "thanks" in Danish and Norwegian, "Tak." said last).
  jist: 'just', lang: 'long',
  // A dropped g, spelled as said ("nothin's goin on", "talkin", "happenin").
  ...Object.fromEntries(['nothin', 'somethin', 'anythin', 'goin', 'happenin', 'talkin', 'speakin', 'doin', 'movin', 'typin', 'waitin', 'sayin', 'playin', 'runnin', 'loadin', 'clickin', 'fadin', 'cuttin',
    'sittin', 'thinkin', 'workin', 'lookin', 'scrollin', 'standin', 'chattin', 'fiddlin', 'messin', 'droppin', 'zoomin', 'duckin', 'speedin', 'slowin']
    .map((word) => [word, `${word}g`])),
};

/**
 * A message's figures and Latin letters typed on a Chinese keyboard left in full width ("导出１０８０ｐ", "９：１６",
 * "音量５０％"), and a colon or point between full-width digits: read as typed in half width (FULL_WIDTH_OFFSET apart).
 * Chinese punctuation (，。：) elsewhere stays as the grammar already reads it.
 */
export const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ％＠＆＋]|(?<=[0-9０-９])[：．](?=[0-9０-９])/gu;
export const FULL_WIDTH_OFFSET = 0xfee0;

/** "looks just like", "is basically the same as", "feels similar to": one thing likened to another. */
const LIKENED_AS = String.raw`looks (?:(?:just|a lot|very|a bit|kind of|kinda) )?like|(?:is|feels|sounds) `
  + String.raw`(?:(?:just|basically|pretty much|a bit|kind of|kinda|too|very) )?(?:like|the same as|similar to|a (?:copy|repeat|duplicate) of)`;

/** A place on the screen, as a text is put there: "at the top", "in the middle", "centre". */
export const SCREEN_PLACE_EN = [...POSITIONS, 'middle', 'centre'].join('|');
/** Every one of the texts just named: "both", "all of them", "all three", "each of them" (at the top). */
export const EVERY_ONE_EN = String.raw`both|all of them|all (?:two|three)|each of them`;

/** A place on screen or in the clip, or a stretch of time: "in the middle of the screen", "at the top", "from 0:10 to 0:15". */
const PLACE_FIRST = String.raw`(?:(?:right |just )?(?:in|at|on) the (?:very )?(?:${SCREEN_PLACE_EN}|start|beginning|end)`
  + String.raw`(?: of the (?:screen|frame|video|clip|picture))?|(?:from |between )?\d[\d:.]*\s*(?:s|secs?|seconds?|秒)?\s*`
  + String.raw`(?:to|and|until|till|-|到|至)\s*\d[\d:.]*\s*(?:s|secs?|seconds?|秒)?)`;

/** Words shortened with a full stop, which ends no sentence ("e.g.", "Acme Co.", "Globex Inc.", "Prof. Rueda"). */
export const ABBREVIATED = String.raw`\b(?:e\.g|i\.e|etc|vs|dr|mr|mrs|ms|prof|st|co|ltd|inc|corp|llc|jr|sr)`;

/** A word before "period" that makes it a stretch of time ("the quiet period", "a period of silence"), no full stop. */
const PERIOD_NOUN = String.raw`(?<!\b(?:the|a|an|that|this|each|every|any|quiet|silent|idle|dead|waiting|loading|long|short|trial|grace|same|whole|time) )`;

/**
 * Punctuation said aloud and left in by voice typing, read as the mark it names before a message is split: "quote
 * Launch Day unquote" and 引号新品发布引号结束 are quoted words, "new line" and 换行 part two requests, "comma", "period",
 * "full stop", 逗号, 句号 are their marks ("make it vertical comma add music period"). Not a mark named as a thing ("remove
 * the comma", "the quiet period of the video", 加个逗号).
 */
export const DICTATED_MARKS: readonly [RegExp, string][] = [
  [/\s*[.,]?\s*\b(?:new line|new paragraph|next line|line break)\b[.,]?\s*/gi, '. '],
  [/\s*[，,。]?\s*(?:换行|另起一行)\s*/gu, '。'],
  [new RegExp(String.raw`(?<=\S)\s+${PERIOD_NOUN}(?:full stop|period)\b(?!\s+of\b)`, 'gi'), '.'],
  [/(?<=\S)\s+(?<!\b(?:the|a|no|any|with|without) )comma\b(?=\s|$)/gi, ','],
  [/(?<=\S)\s+(?<!\b(?:the|a|no|any|with|without) )question mark\b/gi, '?'],
  [/(?<=\S)\s+(?<!\b(?:the|an|no|any|with|without) )exclamation (?:mark|point)\b/gi, '!'],
  [/(?<=[\p{Script=Han}\w])(?<![个的把掉要加删有带用])逗号/gu, '，'],
  [/(?<=[\p{Script=Han}\w])(?<![个的把掉要加删有带用])句号/gu, '。'],
  // "…各两秒 句号": the mark said last, after a pause (typed as a space), closes the message as one said run on does.
  [/(?<=[\p{Script=Han}\w])(?<![个的把掉要加删有带用])\s+[逗句]号\s*$/gu, '。'],
  // Quotes said aloud come last: a mark said inside them is read first ("quote welcome comma everyone unquote"), while
  // one typed inside quotes is a word of the text.
  [/\b(?:open )?quote\s+(.+?)\s+(?:unquote|end quote|close quote|end of quote)\b/gi, '"$1"'],
  [/(?:前|左|开|上)?引号\s*(.+?)\s*(?:引号结束|结束引号|后引号|右引号|下引号|反引号|引号完|关引号|引号)/gu, '“$1”'],
];

/**
 * An emoji typed in place of the word it shows, read as that word, in English or (beside Chinese) in Chinese: "🔇 the
 * original audio", "add some 🎵", "✂️ clip 2", "🎵小声点"; not beside its word said ("add the default music 🎶", "mute
 * it 🔇"), where it only adorns it. Emoji that only say how the user feels stay as they are.
 */
export const EMOJI_SAID: Readonly<Record<string, readonly [string, string]>> = {
  '🔇': ['mute', '静音'], '🎵': ['music', '音乐'], '🎶': ['music', '音乐'], '✂': ['cut', '剪掉'],
};
/** "✂️掉两秒", "✂️短点": a verb's own ending typed after an emoji read as a verb: the emoji is the verb alone, its 掉 not said twice. */
export const ENDING_AFTER_EMOJI_ZH = /^\s*[掉短成到去]/u;

/**
 * What is typed short for a word, read before a message is split (so the splitter's own words see it): "music @ 40%",
 * "zoom in @0:12", "title @ top", "cut the dead air & add music" ("at" before a time, a level or a place, "and" before a
 * request; not "@acme", "Live @ Mao", "Bloom & Co"); "b4 u export" (before
 * you; "u" only after a word that says when, so a title's "love u" stays); a thumbs-up or folded hands typed between
 * two requests part them as a comma would ("looks great 👍 export it"); a comma left out where what follows is plainly
 * another clause (a slip, a setting left open) typed in.
 */
export const TYPED_FOR: readonly [RegExp, string][] = [
  // (A piece after a quote starts the stretch read: "caption 'Sale' @ 0:05" has its "@" first.)
  [/(?<=\S|^)\s*@\s*(?=\d|(?:the )?(?:top|bottom|start|end|beginning|middle|cent(?:er|re))\b)/gi, ' at '],
  [/(?<=\S)\s+&\s+(?=(?:add|make|remove|delete|cut|trim|export|render|mute|fade|move|put|speed|slow|zoom|turn|set|change|use|take|drop|lower|raise|keep)\b)/gi, ' and '],
  // "bars top & bottom", "fade in & out": "&" between two sides or ends of one request.
  [/\b(top|bottom|left|right|in|out|start|end|beginning)\s*&\s*(?=(?:the )?(?:top|bottom|left|right|in|out|start|end|beginning)\b)/gi, '$1 and '],
  // "export gif no wait mp4", "export gif lol jk mp4", "no wait make it 9:16": a slip of more than "no", typed with no
  // comma around it, parts what it takes back from what is meant as a comma would.
  [new RegExp(String.raw`(?<=[\p{L}\d%])\s+(${SLIP_TYPED})\s+(?=[\p{L}\d])`, 'giu'), ', $1, '],
  // (Not before a step back, "no wait put it back": the slip is how that undo is asked.)
  [new RegExp(String.raw`^(\s*(?:(?:${HESITATION})\s+)*)(${SLIP_TYPED})\s+(?!(?:put|bring|change|set) (?:it|that|them|everything) back\b|undo\b|go back\b|revert\b)(?=[\p{L}\d])`, 'iu'), '$1$2, '],
  [/\bb4\b/gi, 'before'],
  // "move clip 1 2 the end": "2" typed for "to" before what it goes to (not a moment's number: "make clip 2 the opener").
  [new RegExp(String.raw`(?<=\d|\b(?!(?:${MOMENT_NOUN})s?\b|number\b|no\b)[a-z]+)\s+2\s+(?=(?:the|my|your)\s)`, 'gi'), ' to '],
  // "export mp4 any size is ok": a setting left open, typed on after the request with no comma, is a remark of its own
  // (read with the request, "… is ok" would make it all an approval).
  [/(?<=[\p{L}\d%])\s+(?=(?:whatever|any) (?:size|resolution|res|format|length|track|song|music|font|colou?r)s? (?:is|are|'s|works|will do)\b)/giu, ', '],
  // "start it @ 0:02 not 0:00", "make it 30s not 45s": a value, then the one it replaces after "not", typed with no comma.
  [/(?<=\d[a-z%]*)\s+(?=not (?:at |to )?\d)/gi, ', '],
  // "cut it 2 30 sec", "trim this down 2 45s": "2" typed for "to" before the length something is cut to.
  [/(?<=\b(?:it|this|that|them|everything|down)\s+)2\s+(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)\b)/gi, 'to '],
  [/\b(before|after|when|once|until|till|if) u\b/gi, '$1 you'],
  [/(?<=[\p{L}\d])\s*(?:👍|👌|🙏)(?:\p{Emoji_Modifier}|\uFE0F)*\s*(?=\p{Script=Latin})/gu, ', '],
  // "make it vertical!!!1": a 1 typed for the ! it shares a key with, in a run of them.
  [/(?<=!)[!1]*1(?![\d.])/g, ''],
  // "撤销撤销再重做", "撤回撤回然后重做": the undo word doubled run on, then another step, is a list of steps, each said (as
  // "撤销 撤销 再重做" is); alone ("撤回撤回") it is one undo said with feeling.
  [new RegExp(String.raw`(${UNDO_SAID_ZH})\1(?=\s*(?:再|然后|接着)?\s*(?:重做|恢复|还原))`, 'g'), '$1 $1 '],
];

/**
 * A value announced and never said, the message cut off or its figure heard as a word ("speed it up for", "turn the
 * music down to"): what it was to be is asked, not guessed as the default.
 */
export const VALUE_CUT_OFF = /\b(?:up|down|faster|slower|louder|quieter|speed|volume|music|export|render|it)\s+(to|at|for|by)\s*[.!]*$/i;

/**
 * A request restarted as it is said, its first words said again ("put the title put the title at the top", opening the
 * message or after a pause; "把音乐 音乐小点声": what 把 names said again after a space, "音乐 音乐小点声" being two
 * requests): said once.
 */
export const RESTARTED: readonly [RegExp, string][] = [
  [/(^|[,.]\s*|\b(?:uh+|um+|er+|i mean|like)\s+)((?:[a-z']+\s+){1,4}?[a-z']+)[\s-]+\2(?=\s)(?!\s+(?:too|again|also|as well)\b)/gi, '$1$2'],
  [/([把将])(\p{Script=Han}{2,4})\s+\2(?=\p{Script=Han})/gu, '$1$2'],
  // "撤了撤了 刚那步撤了", "快点快点": a short request said twice in a row, as one urges, said once (not one character said
  // over: 哈哈哈哈, 谢谢).
  [/(^|[\s，,。！!])((\p{Script=Han})(?!\3)\p{Script=Han}{1,2})\2(?=$|[\s，,。！!])/gu, '$1$2'],
];

/**
 * Hindi verbs inside English, by their stem, read only in a request's forms: the imperative ("title hatao", "music
 * lagao") or the stem with a light verb after it ("title hata do", "photo laga dijiye"; alone, "hata" is Swahili's
 * "even"); after a "don't" ("title mat hatao", HINDI_DONT) it is not read.
 */
export const HINDI_VERBS: Readonly<Record<string, string>> = { hata: 'remove', nikal: 'remove', nikaal: 'remove', laga: 'put' };
export const HINDI_LIGHT_VERB = 'do|de|dena|dijiye|dijie|dein|dijiyega';
export const HINDI_DONT = 'mat|mt|na|nahi|nahin';

/** A participle after "be" and the verb that asks for it ("the music should be removed" → "remove the music"). */
export const PARTICIPLES: Readonly<Record<string, string>> = {
  removed: 'remove', deleted: 'delete', dropped: 'drop', cut: 'cut', trimmed: 'trim', shortened: 'shorten', muted: 'mute',
  silenced: 'mute', unmuted: 'unmute', moved: 'move', added: 'add', faded: 'fade', 'sped up': 'speed up', 'slowed down': 'slow down',
  exported: 'export', cropped: 'crop', replaced: 'replace', changed: 'change', placed: 'put', put: 'put', lowered: 'lower',
  reduced: 'reduce', raised: 'raise', increased: 'increase', decreased: 'decrease', 'turned down': 'turn down', 'turned up': 'turn up',
  'turned off': 'turn off', centered: 'center', centred: 'centre', renamed: 'rename', kept: 'keep', 'taken out': 'take out',
  swapped: 'swap', crossfaded: 'crossfade', 'zoomed in': 'zoom in on', 'made': 'make', set: 'set', relocated: 'relocate',
  repositioned: 'reposition', shifted: 'shift',
};

const PARTICIPLE_SAID = Object.keys(PARTICIPLES).join('|');

/** "moving", "cutting", "speeding up": a verb's -ing form, as a request said as a wish opens with it. */
function gerundOf(verb: string): string {
  const [first, ...rest] = verb.split(' ');
  const stem = /[^e]e$/.test(first) ? first.slice(0, -1) : /^[^aeiou]*[aeiou][bdgmnpt]$/.test(first) ? first + first.slice(-1) : first;
  return [`${stem}ing`, ...rest].join(' ');
}

/** The -ing form of the verbs a request said as a wish opens with ("moving the middle clip to the start would be great"), and the verb. */
export const GERUNDS: Readonly<Record<string, string>> = Object.fromEntries(['add', 'move', 'remove', 'delete', 'drop', 'cut', 'trim', 'shorten',
  'put', 'make', 'swap', 'mute', 'unmute', 'export', 'fade', 'crop', 'change', 'replace', 'set', 'speed up', 'slow down', 'turn', 'lower',
  'raise', 'take out', 'get rid of', 'lose', 'switch', 'use', 'bring', 'place', 'insert', 'reorder', 'render', 'zoom in on', 'undo']
  .map((verb) => [gerundOf(verb), verb]));

/**
 * What lies between the things done and their regret ("making it square and exporting it was a mistake"): no comma and no
 * word opening another clause ("removing clip 2 and adding music, the old edit was stupid", "… since the old one is
 * wrong" regret another thing: the things are asked).
 */
const REGRET_REACH = String.raw`(?:(?!\b(?:since|because|cause|cuz|coz|as|so|but|though|although|while|when|if)\b)[^.!?;,])*`;

/**
 * What was done said to be a mistake ("making it square and exporting it was a mistake", "adding music was a bad
 * idea"): a regret, no request.
 */
const REGRETTED_EN = String.raw`\b(?:was|were|is|has been|had been)\b(?: (?:a|an|such a|really|so|totally|clearly`
  + String.raw`|definitely|kind of|kinda|a bit of a|just|my|big|huge|complete|total))*`
  + String.raw` (?:mistake|error|bad (?:idea|call|move)|wrong|dumb|stupid|pointless|unnecessary)\b`;

/** Past forms of the verbs a part is said to do after "it'd work better if …" ("… if the title came in later"), and the verb. */
export const PAST_FORMS: Readonly<Record<string, string>> = {
  came: 'come', went: 'go', sat: 'sit', stayed: 'stay', faded: 'fade', started: 'start', ended: 'end', moved: 'move', showed: 'show',
  appeared: 'appear', played: 'play', ran: 'run', stopped: 'stop',
};

/** Past forms of the verbs asked of the editor after "I'd rather you …" ("… took the title away"), and the verb. */
export const PAST_ASKED: Readonly<Record<string, string>> = {
  took: 'take', removed: 'remove', deleted: 'delete', dropped: 'drop', cut: 'cut', trimmed: 'trim',
  shortened: 'shorten', moved: 'move', made: 'make', put: 'put', added: 'add', changed: 'change', used: 'use',
  kept: 'keep', left: 'leave',
  muted: 'mute', faded: 'fade', swapped: 'swap', replaced: 'replace', exported: 'export', turned: 'turn', got: 'get',
  sped: 'speed', slowed: 'slow', lost: 'lose', brought: 'bring', started: 'start', undid: 'undo',
};

/** What a passive request acts on: a part of the draft named, with no "not" in it. */
const PASSIVE_PART = String.raw`(?:the|this|that|my|our|all|any|clip|moment|segment)\b(?:(?!\b(?:not|never|no)\b|n't)[^,;?])*?`;

/** Who tells of their own editing, in Chinese (Hakka 𠊎 and Cantonese 我哋 are read as 我, 我们 first). */
const SELF_ZH = String.raw`(?:我们|我|咱们|咱|俺们|俺|额|人家|本人)(?:自己)?`;
/** When or how often one does it: a habit or a past (平时, 一般, 习惯, 以前). */
const HABIT_ZH = String.raw`(?:平时|平常|平日|一般|通常|日常|经常|常常|向来|一向|一直|老是|总是|习惯了?|以前|之前|原来|原先|过去|从前|早先|先前|上次|以往|本来|主要|基本上?)`;
/** Said between who and what they do ("我都是用…", "我也在…"): no habit alone. */
const SELF_FILLER_ZH = '都|也|还|是|就';
/** Who tells, or when they do it, and the words between ("我平时都", "以前", "我一般是"). */
const TELLER_ZH = String.raw`(?:${SELF_ZH}|${HABIT_ZH})(?:${SELF_ZH}|${HABIT_ZH}|${SELF_FILLER_ZH})*`;
/** "我讲解", "俺讲", "旁白": who speaks, or the speaking. */
const SPEAKER_ZH = String.raw`(?:${SELF_ZH}(?:讲解|解说|说话|讲话|讲|说|念|唱)?|讲解|解说|旁白|说话|讲话)`;
/**
 * "声音大点", "声音调小", as "把声音调大": the sound said plainly, first in its clause and turned (by a verb or a degree),
 * with no music named in it, is the recording's ("声音大" alone may be a complaint; "声音放大两倍", times with no
 * sound named, is not guessed at). After the music just named
 * ("配个背景音乐，声音小点儿") it is the music's, gone on about (fragments.ts's continued).
 */
const PLAIN_SOUND_TURNED = String.raw`^声音(?![^，,。]*(?:音乐|配乐|bgm|歌|伴奏|倍))(?=(?:要|得|再|稍微|稍稍|给我)*(?:(?:调|开|拉|弄|搞|整)得?(?:大|小|高|低)|(?:大|小|响|轻)一?[点些]))`;
/** "原声", "我讲解的原声", "讲话的声音", "俺讲的声音": the recording's sound, or the speaker's voice named by who speaks. */
const VOICE_ZH = String.raw`(?:(?:${SPEAKER_ZH}的?)?(?:原声|人声|同期声|现场声)|${SPEAKER_ZH}的?声音)`;
/**
 * "原声保留", "讲话的声音留着", "我的声音留着", "留我讲话的声音": the recording's sound or the speaker's voice said to stay,
 * before its verb or after it ("只留原声", only that, is what taking the music out leaves: Words.result.voiceOnly); not
 * refused ("别留原声").
 */
const VOICE_KEPT_ZH = String.raw`${VOICE_ZH}(?:要|都|就|得|一定要)?(?:保留|留着|留下)|(?<![只仅就保])(?<!(?:${NO_FIRST_ZH}|没)再?)(?:保留|留下|留着|留)${VOICE_ZH}(?!的话)`;
/**
 * "不要保留原声", "原声不用保留": the recording's sound refused its keeping is taken off (not "要不要保留原声", asked,
 * nor "留不留原声"; "别留原声", beside the music, may say only the music goes: not sure).
 */
const VOICE_REFUSED_ZH = String.raw`(?<![要用留必])(?:${NO_FIRST_ZH}|没必要)再?(?:保留|留下|留着)${VOICE_ZH}(?!的话|以外|之外)|${VOICE_ZH}(?:就|也|都)?(?<![要用留必])(?:${NO_FIRST_ZH}|没必要)再?(?:保留|留下|留着|留)(?!的话)`;
/**
 * "我平时用PR剪片的", "以前用会声会影做培训片", "𠊎用 CapCut 剪过啦", "达芬奇里我习惯渲染前先看一眼时间线", "PR可以导出XML工程文件":
 * what the user does, did or is used to doing in another editor, or what that editor can do, told to the end of the
 * clause: its verbs are done there, nothing is asked of this one. Said with no one doing it and no habit ("用剪映的模板加
 * 字幕", "就用剪映那种字幕"), or with the editor as a likeness ("像PR那样淡出"), it may be a request, read as any other.
 */
const OTHER_EDITOR_TOLD = new RegExp(String.raw`^(?:其实)?(?:${TELLER_ZH}(?:用|在|拿)(?:惯了?|习惯了?)?\s*${OTHER_EDITORS}|在?\s*${OTHER_EDITORS}\s*(?:里面?|上面?|中)\s*${TELLER_ZH}|${OTHER_EDITORS}\s*(?:本身|自己)?(?:就|都|也)?(?:可以|能够?|会|支持|自带))[^，,。]*$`, 'u');

/** A point a clip is cut at, as said in Chinese: a clock time or seconds, "there" after it (0:20那, 20秒处). */
const CUT_POINT = String.raw`(\d{1,2}:[0-5]\d|\d+(?:\.\d+)?\s*秒)\s*(?:那[里裡边邊]?|这[里裡]?|這[裡里]?|处|處|的地方)?`;
const CUT_POINT_EN = String.raw`(\d{1,2}:[0-5]\d)`;
/** A split made at a point: 分割一刀, 切一下, 剪开, "cut" typed in English. */
const SPLIT_ZH = String.raw`(?:分割|分开|分開|切|剪|割|断|斷|cut|split)\s*(?:一刀|一下|开|開|一次|断|斷)?`;
/**
 * The words the edit agent understands, English and Chinese side by side, in one place. Each entry is tested
 * against one lower-cased clause of the user's message (see splitClauses).
 */
export const Words = {
  // "画面歪咗，要打直嘅": the picture said to be tilted (歪, 斜, not 斜体), 打直 straightens it, as in Mandarin; no 竖屏 (the
  // Cantonese 打直嘅 of COLLOQUIAL_ZH, read clause by clause, is kept from it by saying it 打直).
  tiltStraightened: /(?<=(?:歪|斜(?!体))[^]*)打直嘅|打直嘅(?=[^]*(?:歪|斜(?!体)))/g,
  // "除了第二段，全部 keep", "全部 keep，除了第二段": everything kept but for an exception is no keeping everything; the
  // English verb of COLLOQUIAL_ZH's 全部 keep, read clause by clause, is kept from it by saying it "keeps" (left unread).
  keptAllExcepted: new RegExp(String.raw`(?<=除[了开去][^]*(?:全部|全都|统统|通通|都|全)\s*)keep(?![a-z])`
    + String.raw`|(?<=(?:全部|全都|统统|通通|都|全)\s*)keep(?![a-z])(?=[^]*除[了开去])`
    + String.raw`|(?<=除[了开去][^]*)keep(?=\s*(?:全部|所有))|keep(?=\s*(?:全部|所有)[^]*除[了开去])`, 'g'),
  // "keep the grill sizzle loud", "the grill sizzle is loud": a sizzle heard is a sound, no sizzle reel. "the typing test
  // is the best part": a part judged the best asks for no clip of the best parts. "第二段是我的高光": a moment said to be one's
  // highlight, the same. "剪辑点卡在鼓点上": the cut points, no
  // cut asked; nor editing named as a craft or its tools (剪辑教程, 剪辑软件, 剪辑讲究节奏), nor as whose job it is (由小李负责剪辑); "出个gif当预告": what a file serves as, no trailer cut.
  // "把成片导出为MOV", "成片输出为mp4", 成片请输出为mov: the finished video exported or handed over is the one there is, no
  // new cut of it.
  // "the notable parts are at the end": where those parts are, said, asks for no clip of them.
  // "the most beautiful koi moments", "the most bellissimo moments": the best ones, said of what they show or in another
  // language's word (not "the most boring moments").
  // "画面太黑，能整亮点不", "弄亮点", "搞得油亮点": 亮点 after a verb of making (or a kind of bright) is brighter (no look the
  // clip can take), no highlights.
  // "bring it down to 25%": a level, no length.
  compile: new RegExp(String.raw`(?<!\b(?:is|was|are|were|'s) (?:the |my |our )?(?:very |absolute )?)best (moments?|parts?|bits?|clips?|shots?)|\b(cut|chop|get|bring) (it |this |the (video|clip|recording) )?(down )?to (under |about |around )?\d(?![\d.]*\s*(%|percent|per cent))|\b(cut|chop|clip|edit|squeeze|condense|boil|compress|turn) ([\w'-]+ ){0,3}(down )?into (a |an |just |only )?\d|highlights?\b(?! (the|my|our|this|that|where|when|each|every|it|them)\b)|(?<!\bthe (?:[a-z-]+ )?)\bcompile\b|\btrim\b|demo clip|\b(cut|edit|boil|trim) (it |this |the (video|recording|clip) )?down\b|shorten (it|this|the (clip|video|recording))|\bshorten to\b|summar(y|ise|ize)|\brecap\b|teaser|trailer|\bpromo\b|(?<!\bthe (?:[a-z-]+ )?)\bsizzle\b(?! (?:is|was|gets|loud|louder|quiet|quieter|sound|sounds|noise|audible)\b)|good (parts|bits)|key moments|(most )?(interesting|important|relevant|exciting|salient|notable|noteworthy|significant|compelling|standout|stand-out) (moments|parts|bits)(?! (?:are|were)\b)|\b(most (beautiful|memorable|striking|impressive|dramatic|fun)|strongest|finest|greatest|coolest|nicest|prettiest|juiciest) ([a-z]+ )?(moments|parts|bits|shots|scenes)\b|\bmost (?!(?:boring|dull|tedious|annoying|awkward|embarrassing|useless|repetitive|cringe\w*|${LOOKS_BAD})\b)[a-z]+ ([a-z]+ )?moments\b|\bcondense\b|\bshort(er)? (version|cut|edit)\b|\bsqueeze\b|\breduce (it|this|the video)\b(?!'s\b|\s+(?:sound|audio|volume|noise|voice)s?\b)|(?:make|(?<!\bdon't |\bdo not )(?:need|want|like|get|have)) (it|this|the (video|clip|recording)|the (?:video|recording) (?:of|from|with) [a-z' -]{1,30}?) (a ((little|tiny|wee|teeny) )?(bit|little|lot|touch|tad) )?shorter|^shorter\b|\btighten (it|this|the (video|clip|recording)) up\b|under a minute|(?<!太|很|真|好|超|挺|非常|特别|这么|那么)精彩|(?<!给|负责)剪辑(?!师|那边|组|部|团队|同事|点|软件|工具|技巧|教程|课|讲究|思路|经验|水平|方法|手法|知识|功能)|集锦|精华|合成|合集|(?<!是(?:我们?|他|她)?的?)高光|回顾|(?<!当|当作|当做|作为|用作)预告|宣传片|短视频|浓缩|精简|(?<!(文件|体积)[^，,。]{0,4})压缩(?![^，,。]{0,4}(文件|体积|大小|码率|画质))|缩短到|剪成(?!止)|压(到|成)(?=\s*[\d一二三四五六七八九十两半][^，,。%％]{0,6}(秒|分钟|min|sec|s\b))|剪短|自动剪|缩短(?!\s*\d)|剪一?个|截取|控制在|一键成片|(?<!把|将|导出|输出)成片(?!宜|应|里|中|的?(风格|基调|氛围|整体|色调|调子)|\s*(?:${ASK_OPENING_ZH})?\s*(?:导出|输出|渲染|保存|存成|存为|发给?我|给我))|最好的(片段|部分|镜头)|最(好|精彩|有意思|重要)的(几|那几|一些)(段|个|部分|片段|镜头)|(?<![得调更再红白明鲜透清艳整弄搞变提油光])亮点|(做|剪|出|来)(一)?个.{0,4}预览|短版|精简版|(重点|亮点|精彩)(部分|片段|内容)?(剪|挑|找|拿)出来|挑(出)?(好的|重点|精彩|亮点)|^(再|能不能|能|可以|请|稍微|帮我|整体)*(剪)?短(一)?(点|些)儿?(吧|吗|啊|呢)?$|^(帮我|给我|请|随便|简单)*剪(一下|剪|一剪)(吧|就行|就好|就可以)?$`),
  /**
   * "5分钟讲了3个功能", "10分钟讲完了", "加载只要2秒", "只需3秒就能出图": how long the speaker talked, or the product took, told
   * as what happened (讲了, 录完了: with 了; "1分钟讲完" may ask a length), no length of the clip.
   */
  storyLengthZh: /\d+(?:\.\d+)?\s*(?:秒钟?|分钟|个?小时)\s*(?:就|都|才|里|内)?\s*(?:讲|说|聊|录|拍|演示|介绍|讲解)完?了|(?:加载|启动|部署|安装|开机|运行|响应|上线|出图|生成|处理|充电|配送|发货|编译|打包|注册|下单)\s*(?:只|只要|只需要?|仅需?|不到|才|需要|要|就)\s*\d+(?:\.\d+)?\s*(?:秒钟?|分钟)|(?:只要|只需要?|仅需|不到)\s*\d+(?:\.\d+)?\s*(?:秒钟?|分钟)\s*就?(?:能|可以)?(?:加载|启动|完成|搞定|部署|安装|跑完|出图|生成|上线|到货|送达)/,
  /**
   * "the sermon highlight for 1 minute", "a teaser for 20 seconds": the length of the clip made, said with "for" as
   * por, pour, für say it (not "show the title for 3 seconds", how long something shows; nor one told of: "I watched the
   * highlight for 5 minutes", "the trailer for 2 minutes is too long").
   */
  madeForLength: /(?<!\b(?:watched|saw|seen|played|viewed|made|did|had|posted|uploaded|was|were)\b[^,.;]*)\b(?:highlights?|highlight reel|teaser|trailer|recap|summary|promo)\s+for\s+(?:about\s+|around\s+|only\s+|just\s+)?\d(?![^,.;]*\b(?:is|was|are|were|too|looks?|seems?|feels?)\b)/,
  /**
   * "每个功能留10秒", "每段10秒左右": a length for each of the parts, which the clip's whole length is not (how many parts
   * there are is not said), so no clip length is guessed from it; the gap between them ("每段之间 2 秒") is a transition's.
   */
  lengthOfEach: /每一?(?:个|段|条|节|部分|块)[^，,。\d]{0,6}?\d+(?:\.\d+)?\s*(?:秒|分钟)(?![^，,。]*(?:之间|中间|间隔|转场|淡|过渡|叠|溶解))/,
  /**
   * "clip 2 is 12 seconds", 第一段现在12秒, 第一段时长11秒, "why is it 2 minutes long", 为什么只有40秒: the length a moment or
   * the clip has now, said before the one it should have.
   */
  lengthNow: new RegExp(String.raw`(?:现在|目前|原来|本来|原本|时长|(?:为什么|为啥|怎么)[^，,。？?]{0,4}(?=只有|才|就))(?:是|有|才|只有|就)?\s*\d+(?:\.\d+)?\s*${LENGTH_UNIT_ZH}长?|\b(?:is|was|runs?)\s+(?:it\s+|currently\s+|now\s+|about\s+|like\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)(?:\s+long)?\b`),
  /**
   * "这是腾讯会议录的培训", "这是周会的录屏", "this is our standup recording": the recording told of, by what it is or where
   * it was recorded (a length said beside it may be the recording's).
   */
  recordingTold: /录|视频|素材|原片|回放|直播|会议|\b(?:recording|recorded|footage|video|stream|call|meeting|webinar|session)s?\b/,
  /**
   * A length said roughly ("about 60 seconds", "a minute or so", 一分钟出头, 大概40秒): the number and its unit, in the first
   * pair of groups when the hedge comes first, in the second when it comes after.
   */
  roughLength: /(?:\b(?:about|around|roughly|approximately|approx\.?|like)\s+|~\s*|大概|大约|差不多|约)(\d+(?:\.\d+)?)\s*(秒钟?|分钟|(?:s|secs?|seconds?|mins?|minutes?)\b)|(\d+(?:\.\d+)?)\s*-?\s*(秒钟?|分钟|s|secs?|seconds?|mins?|minutes?)(?:\s*(?:出头|左右|上下|多)|\s+or so\b|-?ish\b)/g,
  /** "cut it to that", 就剪到这个长度: the length the clause before said, asked for as the clip's. */
  thatLength: new RegExp(String.raw`\b(cut|trim|shorten|make|get|bring|keep|edit) (it|this|the (video|clip|recording)|the (?:[a-z]+ )?(?:${MOMENT_NOUN})|(?:${MOMENT_NOUN}) \d+) (down )?to (that|this)( length| long)?$|\bthat long\b|\bto that length\b|(剪|压缩|缩短|控制)(到|成)(这个|那个)(长度|时长)|就(这么|那么)长`),
  /**
   * "too long, cut it", 剪一下: the clip just asked for, asked again with a verb alone. "剪个30秒的，保留最佳片段": the clip said
   * again, or how it is made (its best parts, which it keeps); "把这个视频弄一下", "给我这视频拾掇拾掇", "烦请将此段录像删繁就简", "帮我剪一下这个视频",
   * "edit this video for me": the video asked edited in general words.
   */
  compileAgain: /^(?:please )?(cut|trim|shorten|edit|chop) (it|this|(?:this|the|my|our) (?:video|recording|footage))( down| up)?( for me| please)?$|^(?:你|您)?(帮我?|给我|请)?(?:剪|压|做短的?)(一下|短)?吧?$|^(?:烦请|请|麻烦|帮忙|帮我|给我|你)*(?:把|将|给)?[^，,。\d]{0,12}?(?:视频|录像|录屏|片子|影片)(?:给我|帮我)?(?:弄|整|搞|剪|调|处理|整理|拾掇|收拾|剪辑|编辑|删繁就简)(?:一下|一番|拾掇|收拾)?$|^(?:烦请|请|麻烦|帮忙|帮我|给我|你)*(?:剪|弄|整|搞|处理|整理|剪辑|编辑)一下(?:这个|那个|我的|我们的)?(?:视频|录像|录屏|片子|影片)$|^(keep|use|pick) (only )?the best (parts|moments|bits)$|^(?:keep|use|pick|show) (?:only |just )?the best (?:of|from) (?:the |my |our )?[a-z'-]+[.!]*$|^(只)?(保留|留下|挑|选|用)(最佳|最好|精彩|精华)的?(片段|部分|内容|镜头)$/,
  /**
   * "no longer than 50 seconds", "sixty seconds, no more", "nothing longer", "less than 2 minutes" (not "10 seconds less"):
   * an upper bound, not a change of a length
   * ("forty seconds, no more, no less": nor a lower one).
   */
  lengthLimit: /(\b(no|not|nothing|never)|n't)( be| go| run)? (any )?(longer|more) than\b|\bless than(?= (?:a|an|one|two|three|four|five|half|\d))|\bno (more|longer|less|shorter)\b|\b(anything|nothing) (longer|more)\b|\bat (the )?most\b|\bor less\b/g,
  /**
   * "needs to be under a minute", "below 90 seconds", 一分钟以内, "not exceed ninety seconds", "no longer than 2 minutes", "at
   * most 45 seconds": a length said as a bound the clip keeps within.
   */
  lengthUnder: new RegExp(String.raw`\b(?:${CAP_BEFORE_EN})\b|${NOT_OVER}\b|${CAP_AFTER_ZH}`),
  /** "1080p太大了", "4k is too big": a size said to make too big a file. */
  sizeTooBig: /太(?:大|占(?:空间|地方)?)|\btoo (?:big|large|heavy)\b/,
  /** "the music is too loud", 太快了: a complaint, which asks for the change the request beside it may name again. */
  tooMuch: /\btoo (loud|quiet|soft|fast|slow|dark|bright|big|small|close|far)\b|太(吵|响|大声|小声|快|慢|近|远)/,
  /**
   * "加字幕，底部：不要", "…：太小了", "…：不要太大": after a colon, a refusal or a complaint, no words to show ("bottom: too
   * small", "bottom: no").
   */
  refusedOrComplained: /^(?:不要|不用|不需要|别|不想|不行|不好|算了|太)|太[^，,。\s]{0,4}了$|^(?:no|nope|not|don't|too)\b/i,
  /**
   * "它自己放大了", "zoom in is bad", "I wanted to zoom in but no", "zoom in? or not": a zoom told of, complained of,
   * refused or asked about, no zoom asked for.
   */
  zoomNotAsked: new RegExp(String.raw`[?？吗]|自己|了$|不要|别|不用|不好|太|\b(?:is|was|looks?|seems?) (?:bad|wrong|weird|awful|`
    + String.raw`terrible|off|ugly|too)\b|\b(?:but|or) (?:no|not|nope)\b|\b(?:wanted|meant|was going|thought|tried)\b|`
    + String.raw`\b(?:don't|do not|no|not|never|didn't)\b`, 'i'),
  /** "at 0:15, zoom in? or not", "第15秒，放大，还是算了": the zoom just said taken back in the clause after it. */
  zoomTakenBack: /^(?:or (?:not|no)|(?:but )?(?:no|nope)|not|never ?mind)\b|^(?:还是)?(?:算了|不要了?|不用了?|不放大了?)$/i,
  /** "It's too long": a complaint that asks for the best moments, when nothing else is named. */
  tooLong: /\btoo long\b|太长/,
  /** "both at the top", "all of them in the middle", "两个都放中间": what is said next is of every one just named. */
  everyOfThem: /^(?:(?:both|all|each)(?: of them| two| three)?|(?:两个|两条|三个|三条)?(?:都|全都|全部))\s*/i,
  /** "第一段蛮长", "clip 2 is too long": a moment said long (not 长一点, longer). */
  saidLong: /\btoo long\b|太长|(?:蛮|挺|很|好|有点|有些|特别|比较|偏)长(?![度一些点])/,
  /**
   * "video too long, need 1 minute 30 seconds", "it's too long — make it 45 seconds", "too long, want like 90s": the
   * complaint, then the length wanted said after it (the tail from the match's end); not "30 seconds is too long" (the
   * length unwanted, said before), nor "too long, it's 3 minutes" (what it is now) or "too long, need to lose 20 seconds".
   */
  lengthAfterTooLong: /\btoo long\b[.!]*\s*(?:[,;:—–-]|\.{2,})\s*(?:(?:so |just |i |we |really |honestly )*(?:need|want|wanna|'d like|would like)(?: it)?(?: to be| at)? |(?:make|get|cut|bring|trim|chop) it(?: down)? (?:to )?)?(?=(?:like |about |around |roughly |maybe |just )?(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety|half)\b))/,
  // zh lexicon: 沉默 and 安静的地方 are the silent stretches too. "the empty bits cut out": the stretches named (empty or
  // blank ones too), then said taken out; not by a cut refused ("keep all of it, no cutting, people pause it").
  deadAir: words(
    String.raw`(?<!\b(?:no|not|without|never|don't|dont|do not)\s+)(${REMOVE}|\b(remov(e|ing)|cut(ting)?|drop(ping)?|delet(e|ing)|skip(ping)?|trim(ming)?|strip(ping)?|eliminat(e|ing)|get(ting)? rid of|jump[- ]?cut|chop(ping)?|tighten(ing)? up)\b).*\b(silen(ce|ces|t)|(quiet|empty|blank) (bits|parts|stretches|sections)|dead (air|space)|pauses?|gaps?|waits|dead time|downtime|idle (time|parts?|bits|stretches|sections)|where nothing (happens|is happening)|(where|when) ((i'm|i am|we're|we are) not|nobody is|no one is|nobody's) (talking|speaking)|${IDLE_EN}|${QUIET_EN}|${LACKING_EN})\b|no dead air|\b(dead air|silences?|pauses|gaps|dead time|(silent|quiet|empty|blank) (bits|parts|stretches|spots|sections|moments))\s+((cut|taken|snipped|chopped|trimmed|edited)\s+(out|away)|removed|deleted|out|gone)\b|\b(silences|(silent|quiet) (bits|parts|stretches|spots|sections)|pauses|gaps|dead (air|time|spots|bits|parts|moments))\b.*${MAY_GO}|^(?![^,]*(?:\d|\b(?:first|second|third|fourth|fifth|last|middle)\b))[^,]*(?:${IDLE_EN}|${QUIET_EN})[^,]*,.*${MAY_GO}|^(?=(?:when|whenever|where|wherever|while)\b)[^,]*(?:${IDLE_EN})[^,]*,\s*(?:(?:just|please|then|so)\s+)*(?:${REMOVE}|cut\b)(?:\s+(?:those|these|them|that|it|the|parts?|bits?|stretches|sections|moments|out|away))*[.!]*$|^(?![^,]*(?:\d|\b(?:first|second|third|fourth|fifth|last|final|middle|opening|closing|intro|outro|start|end|beginning|ending)\b))[^,]*(?:${IDLE_EN}|${LACKING_EN}|\b(?:silent|quiet|empty|blank)\s+(?:bits|parts|stretches|spots|sections|moments)\b|${SILENCE_NAMED})[^,]*,\s*(?:(?:just|please|then|so)\s+)*(?:${REMOVE}|cut\b|strip\b)(?:\s+(?:those|these|them|'?em|that|it|the|parts?|bits?|stretches|sections|moments|out|away|all|please|${EVERY_BIT}))*[.!]*$`,
    // "cut the waits": the stretches waited through, cut as the pauses are.
    // (The last forms: the idle stretches said first, as when or where, or as what they are, then cut: "when nothing
    // happens, cut those parts away", "the empty parts where nothing moves, take them out"; not a moment named by its
    // place or number, "the first clip where nothing happens, cut it", which is that moment.)
    // "I don't want any of the bits where nothing's happening": the silent or idle stretches not wanted (not "… cut").
    UNWANTED_STRETCH,
    // "nobody needs to watch me wait for the build", "no one wants to see us sitting around": the idle stretches, said as
    // what no viewer should sit through, are cut (not "nobody wants to watch me type", work going on).
    String.raw`^(?:(?:honestly|seriously|look|i mean),?\s+)?(?:nobody|no one)(?: (?:needs|wants|has|cares) to| is going to| will| should (?:have to )?)? (?:watch|see|sit through)\s+(?:me|us|him|her|them|someone)\s+(?:(?:just|literally)\s+)?(?:wait(?:ing)?|sit(?:ting)? (?:there|around)|stand(?:ing)? around|do(?:ing)? nothing|star(?:e|ing) at (?:the|a|my) (?:screen|spinner|progress bar|terminal))\b`,
    // "the bits where nothing is happening and nobody is speaking should go", "the parts where no one talks have to go":
    // the stretches named as where nothing goes on, then said to go (not "the first clip where nothing happens …").
    String.raw`\b(?:the|those|these|all the) (?:bits|parts|stretches|sections|spots|places)\b[^,.;]*?(?:${IDLE_EN}|${QUIET_EN})[^,.;]*?${MAY_GO}`,
    // "我去拿工具那些没人说话的地方快进": 去 before another verb is "go", no removal.
    // "那个剪的时候 画面不动的地方 就快进": 剪的时候 is when the video is edited, no cut.
    String.raw`不要的?(静音|停顿|空白|无声)的?(部分|地方|片段|段落)|(去掉|删除|删掉|剪掉|去除|去(?![拿买找接取吃喝搬倒打])|剪(?!辑|的时候|时)|删).*(静音|空白|空档|停顿|无声|冷场|沉默的?(部分|地方|片段|段落|时间|时候)?|安静的?(部分|地方|片段|段落|时间|时候)|没有?声音?(?=的|$|\s)|没有?声音|(没|莫)(有|得)?人?(说话|讲话)|气口|${IDLE_ZH})`,
    String.raw`(dead air|silences?|pauses|把静音|空白|空档|停顿|无声|冷场|沉默的?(部分|地方|片段|段落|时间|时候)?|安静的?(部分|地方|片段|段落|时间|时候)|没有?声音?(?=的|$|\s)|没有?声音|(没|莫)(有|得)?人?(说话|讲话)|气口|静(音|默)的?(片段|部分|地方|段落?|时间|时候)|^静音(?=[全都统通部]*(去|删|剪|不要))|${IDLE_ZH}).*(?<!不要|不用|不能|别|勿|莫)((?<!(?:不要|不用|不能|别|勿|莫|不)(?:全部|统统|全都|[全都])?)删$|去掉|删除|删掉|删了|删去|剪掉|减掉|剪了|去除|拿掉|(?<!了)去了|切掉|切了|砍掉|砍了|(?<![别不勿]|不要|不用)(?:全部|统统|[全都])(?:砍|删|剪|切)(?:掉|了|光)?(?=$|[，,。\s])|不要了?$)`,
  ),
  // zh lexicon: 进度条 on screen is a loading stretch (进度条那里快进 is not a whole-clip speed).
  speedUpIdle: words(
    String.raw`\bspeed (the |those |these |all )?((idle|boring|waiting|loading|static|slow|empty|quiet|silent)( \w+)?|${IDLE_EN}) up\b`,
    // "the timelapse part is slow": a timelapse named as what a part shows asks for none.
    String.raw`(speed (up|through)|fast[- ]?forward|\b(?:play|run) (?=[^,.;]*\bfast\b)|(?<!\b(?:the|that|this|my) )time[- ]?lapse(?! (?:part|bit|section|clip|shot|scene|footage|segment)s?\b)|faster|accelerat(e|ed|ing)|${FASTER_ZH}).*(idle|${BORING_PARTS}|slow|quiet|silent|static|waiting|loading|nothing (is )?happen(s|ing)|${IDLE_EN}|${LACKING_EN}|无聊|进度条|${SLOW_ZH}|${IDLE_ZH}|${QUIET_EN}|${QUIET_ZH})`,
    String.raw`(idle|boring|slow|quiet|silent|static|waiting|loading|无聊|进度条|${SLOW_ZH}|${IDLE_EN}|${IDLE_STATE_EN}|${LACKING_EN}|${IDLE_ZH}|${WAITED_ZH}|${QUIET_EN}|${QUIET_ZH}).*(faster|quicker|\b(?:make|play|run) (?:(?:them|those|these|it|em|'em) )?(?:go )?fast\b|(twice|\d+ times) as fast|speed up|accelerat(e|ed|ing)|fast[- ]?forward|time[- ]?lapse|${FASTER_ZH}|(跑|放|播|过)得?快|快一?[点些])|keep everything but (make it )?faster`,
    // "where nothing happens, speed those up", "dead bits where it's loading, speed dem bits up": the stretches named, then "those".
    String.raw`(${IDLE_EN}|${IDLE_STATE_EN}|${QUIET_EN}).*(?<!\b(don't|dont|do not|never|not|no need to) )\bspeed ((it|them|those|these|dem|dose|'?em)( (bits|parts|sections|stretches|ones|places|spots))?|the (bits|parts|sections|stretches|places|spots)) up\b`,
    // "play idle stretches at 8x", "when the screen is idle play it at 6x": a stretch where nothing happens and a factor
    // ("the quiet parts where I'm just stacking, speed those 8x": the quiet stretches are the idle ones).
    String.raw`(\bidle\b|\bstatic\b|\b(?:quiet|silent) (?:bits|parts|stretches|sections|spots)\b|\bwaiting\b|\bloading\b|\bboring\b|${IDLE_EN}|${IDLE_STATE_EN}|${IDLE_ZH}|${QUIET_EN}|${QUIET_ZH}).*(${FACTOR})|(${FACTOR}).*(\bidle\b|${IDLE_ZH})`,
  ),
  // "keep all of my talking": the speech kept, which a removal of silences leaves; not the whole recording.
  // "keep it whole", "keep the footage intact", "just use all of it as is": the whole recording kept (not "don't keep it whole").
  /**
   * "先全部留着不要剪，再把发呆的地方快转4倍": the whole kept said as the first of the steps (先, 首先, 第一步), the speed-up after it
   * a step of its own (said plainly, "保留所有内容，空闲的地方快放", keeping everything is how the speed-up is done).
   */
  keptFirst: /^(?:先|首先|第一步[，,：:]?\s*)/,
  /**
   * "keep everything, just remove the silences", "全部保留，只把没声音的地方删掉": a cut said as the only one after the whole
   * kept (just, only, 只) is what the keeping leaves out: one step.
   */
  keptButOne: /^(?:(?:but|and|yet)\s+)?(?:just|only|simply|merely)\b|^(?:只|就只|只是|仅)/u,
  // "I should like the footage kept whole", "I want everything kept", "…, with nothing cut": the whole wished kept, said
  // with its past participle (not "I'd like it kept under a minute", a length).
  keepEverything: new RegExp(String.raw`(?<!\b(?:don't|do not|not|never) )\b(keep|retain|preserve) (it )?(all|everything)(?! (?:else|the rest|the others?|that|which|where|when)\b)(?! (?:the |my |our )?[a-z'-]+s [a-z]+ing\b)(?! (of )?((my|the|our|his|her|their) )?(talking|talkin'?|speech|speaking|voice|words|narration|explanations?|dialogue|commentary)\b)(?! (i|we|they|he|she) (say|said|says)\b)|(?<!\b(?:don't|do not|not|never) )\b(keep|retain|preserve) (every|each) (single |last )?(recorded )?(second|frame|minute|moment)\b|\bnot (a|one|1) (single )?(second|frame|thing|bit) (cut|trimmed|removed|dropped|lost)\b|\bnothing (at all )?(cut|trimmed|removed|dropped|taken out) (from|out of)\b|(?<!\b(?:don't|do not|not|never) )\b(cut|trim|remove) (out )?nothing(?=\s*$|\s*[,.;!]|\s+(at all|whatsoever|please|of it|from it)\b)|\bno (edits|changes|cuts) to (the |its )?length\b|(?<!\b(?:don't|do not|not|never) )\bleave (it all|everything|all of it|every (single )?(second|frame|bit)) in\b|(?<!\b(?:don't|do not|not|never|no need to) )(?:(use|put|keep) (the )?(whole|entire|full) (video|footage|file|recording)s?|\buse the (whole|entire) thing\b|\buse (it all|all of it|all the footage)(?= as (it is|is)\b|\s*$|\s*[,.;!]))|no cuts|^no cut(?=\s*$|\s*[,.;!])|\bno cutting( at all| whatsoever)?$|(don't|do not|not) (cut|trim|remove|drop|lose) ${NOTHING}|(don't|do not|never) want ${NOTHING} (cut|trimmed|removed|dropped|skipped)|\b(put|use|keep) (every|each|all the) (files?|clips?|recordings?|uploads?) (on the timeline )?(exactly )?as (it is|they are)\b|\bkeep (the )?(whole|entire) (?!(title|text|caption|music|song|track|intro|outro|card|background|zoom|fade|audio|sound)s?\b)[\w-]+$|keep (the )?(whole|entire) (?:(?:dang|damn|darn|bloody|freaking|frigging|flipping|blooming) )?thing|(?<!\b(?:don't|do not|not|never) )\bkeep (?:it|them|the (?:video|footage|recording|upload)s?) (?:whole|intact|uncut|in full|full[- ]length)\b|\buse everything\b|\bno trimming\b|(?<!\b(?:don't|do not|not|never|no need to) )\b(?:(?:keep|leave|want|need|use|put) |^)(?:all (?:of )?(?:the |my )?|every )(?:clips?|files?|recordings?|uploads?|footage|videos?)(?: in)?,? (?:whole|intact|uncut|complete|in full)\b|(?<!\b(?:don't|do not|not|never|no need to) )\b(?:put|want|need) (?:it all|everything|all of it|all (?:of )?(?:the |my )?(?:footage|clips|files|recordings|uploads|videos)|every (?:file|clip|recording|upload)) in\b(?! (?:the |a )?(?:${MOMENT_NOUN}|\d))|\b(whole|entire) thing uncut\b|(?<!\b(?:don't|do not|never) (?:keep|leave)\b.*)\buncut\b|(?<!\b(?:don't|do not|not|never) )\b(?:like|want|need|prefer|have) (?:it|it all|everything|all of it|(?:the|my|our) (?:whole |entire )?(?:video|footage|recording|clip|upload)s?) (?:kept|left) (?:whole|intact|uncut|in full|complete|as (?:it )?is)\b|\b(?:like|want|need|prefer) (?:everything|it all|all of it) kept(?=\s*$|\s*[,.;!]|\s+(?:please|pls|thanks)\b)|(?:^|\bwith |,\s*)nothing (?:cut|trimmed|removed|dropped)(?=\s*$|\s*[,.;!]|\s+(?:please|pls|at all|whatsoever)\b)|不要剪|不用剪(?=$|[，,。])|(别|不)剪了?$|原样(地)?(放|用|保留|拼|接|连|上(?=时间线|轨道))|不剪(也|又)?不(加速|快进|删)|(不要|不用|别)(剪|加速|快进|删)[^，,。]{0,3}(也|又)(不要|不用|别)(剪|加速|快进|删)|(每个|每一个|所有的?|全部的?)(文件|视频|素材|片段|录屏)(都)?完整(地)?(放|用|保留)|原封不动|全程(都|全部?)?保留|保留全程|一刀(都|也)?[不无]剪|(一|1)\s*(秒|帧|刀|点|个字|句话?)(都|也)(别|不要|不能?|莫)(给我|帮我)?(剪|删|少|丢)|保留全部|全部保留|完整保留|(用|使用|保留)整个视频|整个视频(都|全)?(保留|留着|不剪)|(都|全都|全)保留|保留(完整|整个|整段)|(用|使用)完整的?(视频|录屏|素材)|(用|使用|保留)(全部|所有|整个)的?(素材|视频|内容|片段|录屏)|(原片|原视频|素材|录屏)(完整|全部|整段)(地|的)?(放|用|保留)|(原片|原视频|影片|素材|录屏)(全都|全|都|全部)(放进去|放进来|放上去|用上|保留|留着|留下)|(?:全部|所有|整个)的?(?:素材|视频|录屏|原片)(?:都|全都|全)?(?:留着|留下)(?=\s*(?:$|[，,。!！]))(?![^。]*(?:只|但|除了|除开))|^(?:全部|所有的?|全)(?:都|全)?(?:放上|放进|用上)(?:去|来)?(?=$|[，,。])`),
  // zh lexicon: 就用第N个视频 ("just use") picks an upload as 只用 does; so does one named by its upload order (就用第二个上传的,
  // 只要我上传的最后一个).
  /** Uploads named and put in ("把 a.mp4 和 b.mp4 放进来", 用上传的第一个): with the others refused after, the ones used. */
  uploadsPut: new RegExp(String.raw`^(?:就|先)?(?:(?:用|要|留)[^，,。]*?${UPLOADS_ZH}[^，,。]*|(?:把|将)?[^，,。]*?${UPLOADS_ZH}[^，,。]*?(?:放进来|放进去|放上去|用上|加进来|加进去|留着|留下))$`),
  // "用 demo-v2.mp4 这一个文件就行", "用 b.mp4 就好": one file said to be enough, or the one alone, is the only one used.
  /**
   * Beside uploads chosen, the rest refused ("ignore the other uploads", "disregard the others", 别的不要, 前面几个不要):
   * why the chosen ones, no step of its own.
   */
  otherUploadsRefused: new RegExp(String.raw`^(?:and |but )?(?:please )?(?:ignore|disregard|skip|drop|leave out|forget(?: about)?|(?:don't|do not) use|not|no) (?:all )?(?:of )?(?:the )?(?:others|rest|(?:other|remaining) (?:uploads?|files?|videos?|recordings?|ones?|clips?))[.!]*$|^${OTHERS_REFUSED_ZH}$`),
  /**
   * Beside uploads chosen, the rest said to be spoiled ("另一个拍糊了", "其他的都没录好", "the other one is blurry", "the rest
   * are unusable"): why they are left out, no step of its own.
   */
  otherUploadsFaulted: new RegExp(String.raw`^(?:另一个|另外一个|另外那个|另一条|其他的?|其它的?|其余的?|别的|剩下的)(?:视频|文件|素材|录像|录屏)?(?:都|也|全)?`
    + String.raw`(?:(?:拍|录|弄|搞)(?:糊|花|歪|砸|坏|废|得?不好|得?不行)|没(?:拍|录)好|(?:糊|花|坏|废)|(?:不能|没法|用不了)用?)了?(?:的)?$`
    + String.raw`|^(?:and |but )?(?:the )?(?:other (?:one|upload|file|video|recording|take)s?|others|rest)(?: (?:one|ones))? (?:is|are|was|were|'s|'re) (?:all )?`
    + String.raw`(?:too )?(?:blurry|blurred|out of focus|shaky|broken|corrupted|unusable|no good|useless|bad|ruined)[.!]*$`),
  /** "use the first and second videos, not the last": an upload refused after those chosen, to its end. */
  // "只用第二个文件 第一个是QC没拍好的", "只用 b.mp4，另一个拍糊了", "只要第三个 第一个第二个不要": another upload said to be
  // something (or not wanted) after the one chosen is why, or the refusal, to its end; never one more to use.
  uploadRefusedAfter: /,?\s+(?:but |and )?(?:not|except|minus) (?:the )?(?:first|second|third|last|latest|other)\b.*$|[\s，,；;]+(?:第[一二三四五六七八九十\d]+个|另(?:外)?(?:一|那)个|其他的?|别的)\s*(?:文件|视频|素材|录屏|录像|file|video)?\s*(?:是|就是|有|拍|录|太|没|不|唔|糊|废|坏|错|用不了).*$/i,
  /** "use the first two uploads": the first few, counted (the last few are not known by their places). */
  firstFewUploads: /\bfirst (two|three|2|3) (?:files|uploads|videos|recordings)\b/i,
  /** "先用第一个素材 别的不要": the rest refused, typed after a space, opens a clause of its own. */
  othersRefusedZh: new RegExp(OTHERS_REFUSED_ZH),
  /** "第 2 段", "第2 个片段": an ordinal typed with spaces around its figure, one word (no clause ends at "第 2"). */
  spacedOrdinal: /(?<=第)\s*(\d+)\s*(?=段|个片段|个镜头|条|个(?!\p{Script=Han}))/gu,
  /** "…音乐再调小声一点 그리고 导出 mp4": "and then" in another tongue, between Chinese requests (splitClauses parts them at it). */
  thenOtherTongue: /그리고|그다음에?|그러고\s*나서|そして|それから/,
  /** "…, sau đó export": Vietnamese "then" between English requests ("sau" said last is "later": Words.stepOrderAbroad). */
  thenVietnamese: /(?<!\p{L})sau đó(?!\p{L})/u,
  /**
   * "the first one all blurry", "the other video too dark": what an upload or a clip is, said with its "is" dropped before
   * how it is (as many say it); not "the first one too, please", an addition, nor a request said of it with an adverb
   * ("the last clip very slowly fade out", "really zoom in", "super fast zoom") or a need ("really needs a fade out").
   */
  copulaDropped: new RegExp(String.raw`(?<=(?:^|[,;.:!]\s*|\b(?:but|because|cause|cos|coz|since|as)\s+))(the (?:first|second|third|last|other|old|new) (?:one|video|clip|file|upload|recording)) (?=(?:all|so|very|really|super|kinda|quite|too) (?!(?:please|pls|thanks|and|then|as|much|many|the|needs?|needed|${COPULA_NOT_BEFORE})\b)(?![a-z]+ly (?:${COPULA_NOT_BEFORE})\b)[a-z]{3,}\b(?! (?:${COPULA_NOT_BEFORE})\b))`, 'g'),
  /** "just lake.mov is broken", "only b.mp4 looks blurry": what an upload is, said of it, is no choice of the uploads to use. */
  uploadStated: new RegExp(String.raw`^(?:(?:just|only) )?${SOURCE_FILE} (?:is|are|was|were|looks?|seems?|feels?|sounds?)\b`),
  /**
   * "use only that one", "just use that file", 就用这个, 只用那个吧: the upload just named (in the clause before), pointed back
   * to as the one to use; not "use that one for the music", "use it at 50%".
   */
  uploadPointedBack: /^(?:(?:so|then|and|just|only|please|pls|ok)\s+)*(?:use|keep|go with|stick (?:to|with)|take)\s+(?:only\s+|just\s+)?(?:that|this|it)(?:\s+(?:one|file|video|recording|upload))?(?:\s+(?:only|alone))?(?:\s+(?:please|pls|po))?[.!]*$|^(?:就|只)(?:用|要)(?:这|那)一?个(?:文件|视频|素材|录屏|录像)?(?:吧|就行|就好|就可以了?)?[。!！]*$/,
  // "最新上传的那个视频单独用": an upload named, then said to be used alone. "我拍了三条，用第二条和最后一条": the uploads
  // counted, then some chosen by their place. "只要晒池那个视频，文件叫 shaichi.mp4": the one video wanted, then its file name.
  // "俺那个 donkey-01.mp4 就用这一个": the file named, then pointed back to as the one to use.
  // "只是用 a.mp4 和 b.mp4", "就是用 a.mp4 就行", "只需用 b.mov": 只是, 就是, 只需 before 用 say "only" as 只 does.
  // "my phone only takes vertical video", "the portal only accepts mp4 files": what something only does names no upload to use.
  useSources: new RegExp(String.raw`(?<=^(?:请|帮我|麻烦)?(?:我|我们|俺)?(?:就|只|要|想|还是|先)*)(?:用|使用)\s*${UPLOAD_PAIR_ZH}|仅(使)?用|(就|只)用\s*${SOURCE_FILE}\s*(这个|那个)?(文件|视频|素材|录屏)?(?=$|[，,。])|(?<=^(?:请|帮我|麻烦)?)用\s*${SOURCE_FILE}\s*(?:(?:这|那)一个(?:文件|视频|素材|录屏)?\s*(?:就行|就好|就可以了?|就够了?|即可)?|(?:(?:这|那)个(?:文件|视频|素材|录屏)?)?\s*(?:就行|就好|就可以了?|就够了?|即可))(?=$|[，,。])|\b(use )?only\b(?! (?:takes|plays|shows|accepts|supports|allows|records|shoots|films|displays|handles)\b).*\b(file|upload|video|recording)s?\b|\b(only|just) ((want|need|wanna|'d like) to )?(use )?(the (file|video|recording|upload|footage|clip|take) )?[\w-]+\.\w{2,4}\b|${SOURCE_FILE}['"”’]? only\b|^(?=.*\b(?:(?:first|second|third|last|other) (?:upload|file|recording|video)s?|(?:two|three|four|five|[2-5]) (?:uploads|files|recordings|videos))\b).*\b(?:only|just) (?:use )?the (?:first|second|third|last|latest) one\b|${UPLOADS_COUNTED_THEN_PLACES}|\b(?:use|work (?:from|with|off)|go with|stick (?:to|with)|edit|build (?:it |this )?from) (?:the )?${SOURCE_FILE} alone\b|\b(?:use|keep|take|go with|stick (?:to|with)|work (?:from|with|off)) (?:just |only )?the (?:first|second|third|last|latest) (?:thing|one|file|video|clip|recording)s? (?:that )?(?:i|we)(?:'ve| have)? (?:just )?(?:uploaded|sent|added|dropped in)\b(?![^,.;]*\bas\b)|\b(just )?(?:use|go with|stick (?:to|with)) (just |only )?(the )?(?:first|second|third|last|latest|1st|2nd|3rd)(?:(?:,|,? and| &) (?:the )?(?:first|second|third|last|latest|1st|2nd|3rd))* (file|upload|video|recording)|\b(?:just |only )?use (?:just |only )?the first (?:two|three|2|3) (?:files|uploads|videos|recordings)\b|\b(?:restrict|limit|confine)\b[^,;]*? to (?:just |only )?(?:the )?(?:(?:first|second|third|last|latest) (?:file|upload|video|recording)|(?:(?:file|upload|video|recording)s? (?:designated |named |called )?)?['"“‘]?${SOURCE_FILE})|\b(?:use|keep|take|go with|stick (?:to|with)|work (?:from|with|off))\b[^,;]*? (?:named|called|designated|titled) ['"“‘]?${SOURCE_FILE}(?![^,.;]*\bas\b)|\b(first|second|third|last|latest) (file|upload|recording|video)s? only[.!]*$|^(?:(?:just|pick|take|choose|keep|go with) )+(?:only )?the (first|second|third|last|latest|1st|2nd|3rd) (?:(?:video|recording) )?(file|upload|recording|video)[.!]*$|只用|只使用|就用第[一二三四五六七八九十\d]+个(视频|文件|素材|录屏|录像)|(?:就|只)(?:用|要)(?:我|我们)?(?:刚|最后)?上传的(?:第[一二三四五六七八九十\d]+|最后一|最新的?一?)个|就(?:用|要)(?:第[一二三四五六七八九十\d]+|最后一|最新的?一?)个(?:我|我们)?上传的|(?:就|先|^)(?:用|要|拿)(?:我|我们)?(?:最新|最后|刚才?|刚刚)(?:上传|传)的(?:那|这)?一?[条个](?:视频|文件|素材|录屏|录像)?(?:就行|就好|就可以了?|即可)?(?=$|[，,。\\s])|(?:^|先)用第[一二三四五六七八九十\\d]+个(?:上传的|传的)?(?:视频|文件|素材|录屏|录像)(?:就行|就好|就可以了?|即可)?(?=$|[，,。\\s])|只要(用|使用)?(第|最后|最新|刚)(?![^，,。]{0,6}(段|片段|镜头|分钟|秒|分))|只(剪|做|处理|留|保留)(第[一二三四五六七八九十\d]+个|最后|最新|刚|后)[^，,。]{0,6}(视频|文件|素材|录屏|录像)|(只要|只留|只保留)\s*(?:${SOURCE_FILE}\b|(?:first|second|third|fourth|fifth|last)\s*(?:file|video|upload|recording)\b)|(?<=(?:视频|文件|素材|录屏|录像)\s*)(?:就)?单独(?:使)?用(?:吧|就行|就好|就可以了?)?(?=$|[，,。])|^(?=[^，,。]*(?:上传|传|拍|录)了[两二三四五六七八九十\d]+(?:个|条))[^，,。]*[，,。]\s*(?:就|只)?(?:用|要)(?:第[一二三四五六七八九十\d]+|最后一)[个条]|只要[^，,。]{1,8}(?:那|这)个(?:视频|文件|素材|录屏|录像)(?:[，,]\s*(?:文件名?|名字)(?:叫|是))?\s*${SOURCE_FILE}\b|(?:只|就|仅)(?:(?:要|想)(?:用|使用)?|(?:是|需要?)(?:用|使用))\s*${SOURCE_FILES_ZH}|^(?:请|帮我|麻烦)?(?:就|只)?用\s*${SOURCE_FILES_ZH}|${SOURCE_FILE}\s*(?:就|只)(?:用|要)(?:这|那)一?个(?:文件|视频|素材|录屏|录像)?(?:就行|就好|就可以了?|即可)?(?=$|[，,。])`),

  // zh lexicon: 裁掉 before a length or 最后 is a trim (第二段裁掉3秒), not a crop.
  fill: new RegExp(String.raw`${FILL_NAMED('(?:fill|fit)')}|\bblur(red|ry)?\b.*\b(background|fill|sides|edges|bars|(empty|blank) (space|area)s?)\b|\b(background|fill|sides|edges)\b.*\bblur|\b(use|with|add|want|prefer|go with) (a |the )?blur(red)?\b|^blur(red)?$|\bblur(?:red)? behind\b|letterbox|black (?:bars|bands|borders|stripes)\b|${BARS_AROUND}|${BARS_ALONE}|${BLACK_SIDES_ZH}|\bcrop\b|${SIDES_CUT}|fill the (frame|screen)|zoom to fill|(fit|show) the (whole|entire|full) (screen|frame|recording)|\b(keep|see) the (whole|entire|full) (screen|frame|recording|picture) (visible|in view)\b|follow the (action|cursor|pointer|mouse)|背景.*(模糊|虚化)|(模糊|虚化).*(背景|填充)|填充(方式|模式)?(用|成|为|改成|换成|是|设为|设成)?(模糊|虚化)|(两边|两侧|左右|上下|边上|边缘|旁边|四周|空白处?)\s*(用|加|放|做成?|是|填充?|(?:整|弄|搞|改|换|变)成?)?\s*(模糊|虚化|blur)|(?:${EMPTY_SIDES_ZH})[^，,。]{0,8}?(模糊|虚化|blur)|${BLACK_FILLED_ZH}|(模糊|虚化)(两边|两侧|边缘)|黑边|裁剪|裁掉(?!\s*(\d|[一二两三四五六七八九十半]+\s*(秒|s)|最后|一点|一些|点))|裁切|裁满|填满|铺满|撑满|完整画面|跟随|${FOLLOW_ZH}|(两边|两侧|左右|上下|边上|边缘|旁边|四周)(用|加|做成?|是|都)?糊|^(用|要|改成|换成|改用)\s*(模糊|虚化|blur)(填充|的)?$|^(模糊|虚化|blur)\s*的?\s*(就)?要(的|吧)?$`),
  // zh lexicon: a push-in said at a time (10秒的地方推一下) zooms there; the time is no clip length. 特写 is a close-up
  // asked, unless it is the shot a moment shows, said after its place and before its length ("第二段针脚特写太长，剪短2秒").
  // "…, the nozzle close-up": a close-up named by what it shows, a phrase of its own, is a shot the footage has, none asked;
  // so is "the chips close up part 3", a moment named by the shot it is.
  zoom: new RegExp(String.raw`(?!${ZOOM_APP})\bzoom(ed|ing|s)?\b|(?<!\b(?:has|have|had|with|shows?|showing|got|contains?) (?:the |a |an |my |our |this |that |his |her )?(?:[\w'-]+ ){0,3})(?!(?<=(?:^|[,;:]\s*)(?:the|that|this) (?:[\w'-]+ ){1,3})close[- ]?ups?\s*(?:$|[,.;!]))\bclose[- ]?ups?\b(?!\s+(?:${MOMENT_NOUN})\s*#?\s*\d)|\bpunch(es|ed|ing)? in\b|\bpush(es|ed|ing)? in (?=at|on|around)\b|(别|不要)?(拉|推)(得)?(那么|这么|太)?近|缩放|放大|${CLOSE_UP_ZH}|(?:拉|推)(?:一?个)?近景|(秒|s)的?(地方|那里|那儿|处|时候|位置)?\s*推(一下|进)|镜头(?:往前|向前)?推(?:过去|上去|进去)`),
  /** A text made bigger ("字幕放大一点", "放大标题"): its size, not a zoom. */
  textEnlarged: /(字幕|标题|文字|字体|字)\s*(再|都|也|要)?\s*放大|放大\s*(一下|一点|些)?\s*(的)?(字幕|标题|文字|字体|字)/,
  /** "缩小一点", "拉远点": zooming out, when the clause names nothing else to shrink (a title, the music, the file). */
  zoomShrink: new RegExp(ZOOM_SHRINK),
  // zh lexicon: zoom掉 takes the zoom away (掉 after a verb), it does not turn it on; "不要 zoom 了", "关掉 auto zoom": the
  // Latin word refused or switched off as 缩放 is (not "别 zoom 那么近", how much of it).
  // The zoom named by its push-in (自动推近取消) or its mode (放大模式关掉, "zoom mode off") is switched off the same way;
  // so are all of them (关闭所有自动放大效果), and the zoom pointed at (zoom 那个关掉, 缩放这个关了), its things (放大的东西关掉) and
  // it wholly (zoom 完全关掉). "zoom remove karo", "zoom
  // hata do": named first, then the verb that takes it away, as Hindi puts it (not "zoom" alone, the auto zoom).
  // The zoom's automatic mode refused ("zoom 不要自动", "缩放唔好自动", "zoom: not auto", "don't auto zoom") leaves no zoom,
  // as 不要自动缩放 does.
  zoomOff: /\bno (more |auto[- ]?)?zoom|\bzoom(?:ing)? (?:remove|delete|disable|kill|ditch|nuke|scrap)(?=(?: (?:it|please|now|karo))?\s*[.!]*$)|\b(turn off|switch off|remove|disable|stop|without|undo|kill|ditch|drop|lose|nuke|scrap|get rid of)\b.*\bzoom|\bzoom(ing)?(?: mode| auto(?:matic)?| automatically)? off\b|\bzoom(ing)?\b[^,.;]*,\s*(?:(?:just|please|pls|so) )?(?:turn|switch|shut|flick) (?:it|that) off\b|(don't|do not) zoom(?! (in )?(so|as|that|too|more|further|closer|any)\b)|(不要|取消|关闭|关掉|关上|停用|禁用|去掉|别|不)((?:所有|全部|一切)的?)?(自动)?(缩放|放大|推近|拉近|\s*(?:auto[- ]?)?zoom(?:ing)?\b(?!\s*(?:in\s*)?(?:太|那么|这么|得|过)))|(删掉|删除|去掉|去除|拿掉)(那个|这个|所有的?|全部的?)(自动)?(缩放|放大)|(缩放|放大|(?:推|拉)近|\bzoom(ing)?)\s*((那个|这个|的)?(功能|效果|模式|东西)|那个|这个)?\s*(也都|也|还是|全|全部|都|全都|统统|通通|完全)?\s*((给|帮)我|给|请|麻烦)?\s*(全|全部|都|全都|统统|通通|完全)?\s*(关掉|关了|关闭|关上|取消|停用|去掉|不要了|不用了|不要(?=\s*(?:$|[，,。!！])))|(缩放|放大|\bzoom)[^，,。\s]{0,10}\s+(关掉|关了|关闭|关上)(吧|啊|呀)?$|^(缩放|放大|自动缩放|自动放大)(\s+|\s*(全|全部|都|全都|统统)\s*)关$|\bzoom\s?掉|(?:\bzoom(?:ing)?|缩放|放大)\s*(?:[:：]\s*)?(?:not|不要|别|不)\s*(?:auto(?:matic)?|自动)(?=\s*(?:$|[，,。.!！]))|\b(?:don't|do not|never) auto(?:matically)?[- ]?zoom(?:ing)?(?=\s*(?:please|pls)?\s*[.!]*$)/,
  // "放大弄得太近了": the zoom said too much with the verb that made it (弄得, 拉得) between. "reduce the zoom", "lower the zoom":
  // less of it, as for any level (not the zoom switched on again). "放大的效果不要那么夸张", 放大嘅效果唔好咁誇張: the zoom's
  // effect said to be overdone, less of it.
  zoomLess: new RegExp(String.raw`\bless zoom|(?<!too )\bzoom(ed|ing)? (back )?out\b|\bzoom\w* (in )?(so|too|that) (much|close|far|tight)|(缩放|放大|特写)[^，,。]{0,4}(小|少|弱|收(?:着|敛)?)一?[点些]|(缩放|放大|特写|\bzoom\b)[^，,。]{0,8}?收(?:着|敛)(?:一?[点些])?|\bzoom\s*(?:的|得)?\s*(?:幅度|程度|力度)?\s*(?:${ZOOM_SET_ZH})?\s*(?:再)?(?:小|少|弱)一?[点些]|(别|不要)?(拉|推)(得)?(那么|这么|太)近|别放(那么|这么)大|(缩放|放大|\bzoom\b)(?:的|嘅)?(?:效果|幅度|程度|力度)?\s*(别|不要|唔好)\s*(那么|这么|太|咁)(猛|狠|大|多|厉害|频繁|[夸誇][张張])|zoom (out |in )?(a (bit|little) )?less|${ZOOM_THEN_DEGREE}less${DEGREE_ALONE}|\b(not|less) so close|zoom out a (bit|little)|too much zoom|zoom(ing|s)? (is |are )?too (much|strong|aggressive|close|tight|big|intense)|too (zoomed in|close|tight)\b|(tone|dial|pull|ease) (it |the zoom(ing)? )?(down|back)\b(?! (?:to|at|on|from)\b)|\brein (it |the zoom(ing)? )?in\b|\b(?:reduce|lower|decrease|lessen|weaken) (?:the |that |this )?(?:auto[ -]?)?zoom(?:ing)?\b|\bzoom(?:'s|ing| is| was)? (?:a (?:bit|little|tad|touch)|way|kinda|rather|bit) (?:much|strong|aggressive|close|tight|intense|heavy|too much)\b|(缩放|放大|\bzoom)(?:\s*(?:in\b|进去?))?\s*(得|的)?(小|少|弱)一?[点些]|少(一点)?(缩放|放大)|别放太大|(缩放|放大|\bzoom)\s*(弄|搞|整|拉|推|放)?(?:弄|搞|整|调)?(得|的)?(幅度|程度|力度)?(太|有点|有些|过于)(多|大|狠|近|厉害|猛)|${ZOOM_SHRINK}`),
  /** Closer said with no more of it (拉近一下, 推近点; not 再拉近, 更近): at a point, a zoom there. */
  zoomCloserAt: /^(?!.*(?:再|更|多|太))(?=.*(?:推|拉)近)/,
  /** "zoom in at 0:18, hold for 2", "… for 4": how long a zoom at a time holds, its seconds said without their unit. */
  zoomHeldBare: /\b(?:for|(?:hold|stay)(?: it| there)?(?: for)?)\s+(\d+(?:\.\d+)?)(?=\s*(?:$|[,.;!]|\band\b))/,
  /** "在十秒放大 一直到十五秒", "zoom at 10s until 15s": a zoom held until a later point, which is where it ends (not how long). */
  zoomHeldUntil: /(?:[到至]|\b(?:until|till|to)\s)\s*第?\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(?:秒钟?|s\b|secs?\b|seconds?\b)/,
  /**
   * "I want the crossfade back", "bring the title back", "刚才那个 crossfade 我要回来的", "把转场找回来": a part of the
   * draft wished back, said after an undo, is what that undo brings back (not "put the title back at the top", a place).
   */
  wishedBack: /\b(?:want|need|get|bring|have)\b[^,.;]*\bback(?: (?:please|pls|again|now))?[.!]*$|\bbring back\b|(?:要|找|弄|拿|变|恢复|还原)回来(?:的|了|吧|啊|哈)?[。！!]*$/,
  /** What was just taken away, wanted again after all (又想要了, 还是要的, 后悔了): said before bringing it back. */
  wantedAgain: /^(?:[嘿哎唉嗯啊哦]+\s*)?(?:又|还是)(?:想)?要(?:了|的)?$|^(?:又|还是)(?:想要|觉得要)(?:了|的)?$|^(?:我)?后悔了$/,
  /**
   * A close-up asked for (给个特写, 拉个近景, 局部放大, 放大给学生看清楚, "zoom in on it"): after a clause naming a point, a zoom there; so too a
   * zoom said with what it is to make seen clearly, in its clause or the one after (放大，看清边).
   */
  closeUp: /(?:给|拉|来|推)(?:一?个)?(?:特写|近景)|局部放大|放大[^，,。]{0,6}看(?:清|得清|仔细)|\bzoom(?:ed|ing)? (?:in )?(?:on|onto) (?:it|that|this|them|those|there)\b|\bclose[- ]?up (?:on|of) (?:it|that|this|them|those)\b/,
  seenClosely: /^(?:好|让人|让大家|给[^，,。]{0,4})?看(?:清|得清|仔细)/,
  /** "don't zoom in any more": the zoom kept as it is, no change asked (not zoom off, nor more). */
  zoomNoMore: /\b(?:don't|do not|never|no need to) zoom(?:\s+in)?\s+(?:any\s+)?(?:more|further|closer)\b/,
  /** "…, but a bit less of it", "not so much": how much zoom, said after the zoom is named (no point in time said). */
  zoomToned: /\bbut (?:just |only )?(?:a (?:bit|little|touch|tad) |slightly )?less\b|\bless of it\b|\bnot (?:so|too) (?:much|strong|aggressive|intense)\b/,
  /** A zoom named as the automatic one, or as the rest of the clip's ("其他地方自动放大", "auto zoom the rest"): no zoom at a point. */
  zoomAutoSaid: /\bauto(?:matic)?[- ]?zoom|自动|跟随|\b(?:everywhere|elsewhere|the rest)\b|其他地方|其余|别的地方/,
  /** "auto zoom on", "turn on the auto zoom", "enable auto-zoom", 打开自动放大, 跟随放大开着: the automatic zoom switched on. */
  zoomOn: /\bauto(?:matic)?[- ]?zoom(?:ing)? (?:back )?on\b(?!\s+(?:the|clip|moment|segment|part|my|that|this|it)\b)|\b(?:turn|switch|put|flip) (?:on (?:the )?auto(?:matic)?[- ]?zoom|(?:the )?auto(?:matic)?[- ]?zoom(?:ing)? on)\b|\benable (?:the )?auto(?:matic)?[- ]?zoom|(?:打开|开启|启用|开)(?:一下)?(?:自动|跟随)(?:放大|缩放|变焦)|^(?:把)?(?:自动|跟随)(?:放大|缩放|变焦)(?:功能)?(?:给我)?(?:打开|开启|开着|开上|开起来|开)(?![始头场篇心])/,
  // "zoom in多一点", "zoom入去多啲" (入去 read as 进去): zoom said with its way in, then how much more, is more zoom.
  zoomMore: words(String.raw`${ZOOM_THEN_DEGREE}more${DEGREE_ALONE}`, String.raw`\bzoom\s*(?:的|得)?\s*${ZOOM_SET_ZH}\s*(?:再|更)?(?:多|更多|大)一?[点些]`, /\bmore zoom|\b(increase|raise|boost|up|bump up|crank up|strengthen) (the |that |our )?zoom(ing)?\b(?! (in|out|on|at|to|from|off)\b)|\b(?:crank|turn|bump|kick|ramp|dial|jack) (?:the |that |our )?zoom(?:ing)? up\b|\bzoom (in )?(harder|further|deeper|tighter)\b|too zoomed out|\bzoom (?:(?:way|even|much|right|a lot|a bit|a little) )?(in )?(?:(?:a (?:bit|little|lot)|way|even|much) )?more\b|(缩放|放大|特写|\bzoom)(?:\s*(?:in\b|进去?))?\s*(得|的)?(再|更)?(多|更多|大)一?(点|些)|zoom (in )?more|\bcloser\b|\btight(er|en)\b|再放大|放大一点|更近|(?<!自动)(推|拉)近|(?<=(?:放大|特写|缩放|镜头)[^，,。]{0,3})再近一?[点些]|(缩放|放大|zoom)\s*的?(力度|幅度|倍数|程度)(再|更)?(大|强|高|多)一?[点些]|(缩放|放大|\bzoom)\s*(得|的)?\s*(再|更)?\s*(aggressive|激进|猛|狠)\s*一?[点些]|\bzoom (more aggressively|harder)\b|\bmore aggressive zoom/.source),
  /**
   * A resolution; a bare "1080" only as one: after "in", "at", "to", beside a file format ("1080 mp4", "gif please, 720"),
   * or said of the picture ("make the picture 720"; not "make it 1080", which may be a length or a width), or as the
   * file's size ("small size 720").
   */
  // "landscape, 1080": a resolution by its lines alone, as an item of a list of settings.
  resolution: new RegExp(String.raw`\b(720p|1080p|4k|2160p|uhd|full hd|fhd|hd|resolution)\b|^(720|1080|2160)[.!]*$|\bsize:? (?:720|1080|2160)\b(?![.:x×]|\s*(?:x|×|by|px|pixels|wide)\b)|\b(in|at|to) (720|1080|2160)\b|\b(make|set|change|switch|turn|put) the (video|picture|image|export|file|footage) (to |at |in )?(720|1080|2160)\b(?![.:x×]|\s*(x|×|by|s|secs?|seconds?|%|percent|fps|pixels|px|wide)\b)|\b(720|1080|2160) (${OUTPUT_FORMATS.join('|')})\b|\b(${OUTPUT_FORMATS.join('|')})(?: please| pls| thanks)?,? (720|1080|2160)\b|\b(highest|best|max(imum)?) (quality|resolution)\b|(做|改|弄|调|导|变)成\s*(720|1080|2160)(?![\d.]|\s*[x×*:])|超高清|全高清|高清|超清|分辨率|清晰度|画质|${CLEAREST}`),

  // "remove the words", "change the words to …": the words on screen (not "the words I say", "the words in the video").
  text: new RegExp(String.raw`\b(title|caption|subtitle|lower[- ]third|text|heading|label)s?\b|\bretitle\b|\b(writing|lettering|words) on (the )?(video|screen|clip|footage)\b|\b((every|each|any) word|(writing|lettering|words)) (on|off|from) (the )?(video|screen|clip|footage)\b|\bthe (writing|lettering|wording)\b|\bthe words\b(?! (i|we|you|he|she|they|that|which|where|when|in|of|from)\b)|标题|题名|字幕|文字|${LOWER_THIRD_ZH}|一行(字|说明)|说明文字|文案|(?<![数汉打名关键])字(?![体数号母])`),
  /** "结尾写 妈妈爱你", "结尾放 Shop Now 三秒": words set apart by a space, written or put at an end of the clip. */
  writtenAtEnd: /(?:开头|结尾|最后|最前面?|末尾)(?:写|放|打)\s+\S/,
  // zh lexicon: 上个标题/上条字幕 puts a text up, as 上个音乐 adds music.
  textAdd: /\b(add|put|insert|show|place|overlay|create|write|type|display|appears?|slap|stick|throw)\b|\b(?:i|we)(?:(?: would|'d) like| want| need)\b(?![^.?!]*\b(?:gone|removed|deleted|changed|replaced|moved|out|off|away|fixed|edited|renamed|instead)\b)|加|添加|显示|写|出现|打上|打个|标上|标个|标一下|标注|^上(一?个|一?条|一?行)(?=标题|字幕|文字|字|花字)/,
  /**
   * "make the title show up at 0:03", "can the caption come in at 2s", "… come in a little later, at about 2 seconds": when a
   * text comes (later or earlier said before the point, which says how much).
   */
  textComes: /\b(appear|show up|shows up|come in|comes in|pop up|pops up|start|starts|begin|begins)\s+(?:(?:a (?:little|bit|touch|tad) |slightly )?(?:later|earlier|sooner),?\s+)?(at|from)\s/,
  /**
   * "title only for the first 6 seconds pls", "show the caption just for the first 4 seconds": a text there, shown from the
   * start for a span, said with nothing else (not "the title for the first 3 seconds is too big", nor "… of clip 2").
   */
  textShownFirst: /^(?:(?:please|just|only|and|then)\s+)*(?:(?:show|keep|display|have|leave)\s+)?(?:(?:the|my|that)\s+)?(?:title|caption|subtitle|text|heading)(?:\s+(?:up|on screen|visible))?\s+(?:only\s+|just\s+)?(?:for|during)\s+the\s+first\s+[\w.]+\s+(?:seconds?|secs?|s)(?:\s+(?:only|please))*[.!]*$/,
  /** "标题请在2秒出现": when a text there is comes, said as a point before the verb. */
  textComesAt: /在\s*第?\s*[\d.]+\s*秒钟?(?:时|的时候)?\s*(?:再|才)?(?:出现|出来|弹出|显示)/,
  /** "the title should disappear from second 2 until second 4", 标题从第2秒到第4秒消失: a text hidden for a stretch, a gap in it. */
  textGap: /\b(?:disappear|vanish|go away|hide|be hidden|not (?:show|be shown|be visible))(?:s|ed|ing)?\s+(?:from|between)\s|从[^，,。]{1,12}到[^，,。]{1,12}(?:消失|隐藏|不显示|不要显示)/,
  /** "make the title disappear at 0:08", "the caption should end at 12s", "show the title until 0:05": when a text goes. */
  textGoes: /\b(disappear|vanish|go away|go off|come off|end|stop|leave)(s|ed|ing)? (at|from)\s|\b(until|till)\s/,
  /** "make the title 2x bigger", "3 times as large": a multiple said of a size, which no speed is. */
  timesAsBig: /\b\d+(?:\.\d+)?\s*(?:x|×|times)\s+(?:as )?(?:bigger|larger|smaller|wider|taller|big|large|small)\b/,
  /**
   * What a text is changed to that is no words of it: a language it is put in, a case, a size, a colour or a font ("change
   * the title to Spanish", "… to Uppercase", "… to Large", "… to 24pt", "… to 50% Larger", "… to Light Grey", "… to
   * Comic Sans").
   */
  textChangedToNoWords: /^(?:(?:simplified|traditional|brazilian|european|british|american|plain|all)\s+)?(?:english|chinese|mandarin|cantonese|spanish|french|german|italian|portuguese|japanese|korean|arabic|hindi|russian|dutch|turkish|vietnamese|thai|indonesian|malay|tagalog|swahili|upper ?case|lower ?case|caps|capitals|title case|sentence case|large|larger|small|smaller|big|bigger|medium|default|normal|none|nothing|blank|empty)\b|^\d+(?:\.\d+)?\s*(?:pt|px|points?|pixels?|%|percent|x|times)(?:\s+(?:larger|bigger|smaller|higher|lower|wider|taller))?$|\b(?:white|black|gr[ae]y|silver|brown|beige|navy|teal|cyan|magenta|sans|serif|mono|monospace|roman|gothic|condensed|font|typeface)\b/,
  /**
   * A text's look the draft cannot set (its colour, font, size: "in red", 要红色, 字体大一点, 大号): said with a text added,
   * those words are said back as unread, not dropped.
   */
  textLook: /[红黄蓝绿白紫橙粉灰金银](?:色|颜色)|颜色|字体|字号|大号|小号|粗体|加粗|斜体|描边|\b(?:red|yellow|blue|green|purple|orange|pink|gold|bold|italic|fonts?|colou?rs?|underlined?)\b/,
  /** A corner a text is put in (左上角, "the top left corner"): a place no edit gives a text (top, middle, bottom only). */
  textCorner: /[左右][上下]角|\b(?:top|bottom|upper|lower)[- ](?:left|right)\b/,
  /**
   * A size asked with no part named ("放大一点", "大一点", "make it bigger"): right after a text is added or changed,
   * that text's size, which the draft cannot set (said back as unread, not read as a zoom or dropped).
   */
  textSized: /(?:^|\s)(?:再|稍微|稍稍)?(?:放大|大|缩小|小)(?:一?点儿?|一些|些)(?:吧|啊|呀)?$|(?:^|\s)(?:make (?:it|them|that|this) )?(?:a (?:bit|little|lot|tad|touch) |much )?(?:bigger|larger|smaller)(?: please)?[.!]*$/,
  /** Stickers, emoji, effects: things put on screen that are no text (their quoted name is no words to show). */
  sticker: /\bstickers?\b|\bemojis?\b|贴纸|贴图|表情包|特效/,
  /**
   * A text's or card's words said as what it says now or keeps ("the text says 'export', leave it", 片尾写的是「谢谢」,
   * "keep the title 'Intro'", 标题「开场」不用改, "the text 'export' is misspelled"): the words it has, not new ones
   * (nothing added or changed); "the title is 'Launch'" may still ask for them.
   */
  textSays: new RegExp([
    String.raw`^\s*(the|my|our|this|that) (current |existing )?${SAID_TEXT} (currently |now |still |already )?(says|reads|shows)\s*${OPEN_QUOTE}`,
    String.raw`^\s*(keep|leave|(?:i|we) (?:really )?(?:like|love)) (the|my|our|this|that) ${SAID_TEXT} (as |at |with )?${OPEN_QUOTE}`,
    String.raw`${SAID_TEXT} ${QUOTED_WORDS}\s*(stays|is misspelled|is spelled wrong|has a typo)\b`,
    String.raw`${SAID_TEXT_ZH}(现在|目前|上面)?(写的是|显示的是|现在是|目前是|还是)\s*${OPEN_QUOTE}`,
    String.raw`${SAID_TEXT_ZH}\s*${QUOTED_WORDS}\s*(不用改|别改|不要改|不改|别动|保留|留着|不变)`,
  ].join('|'), 'i'),
  /**
   * A judgement with no change in it ("the zoom at 0:12 is wrong", 背景不好看, 转场怪怪的, 画面放大反而看不清, praise: "it's the best shot we
   * got", which names no clip of the best): what the part is named by
   * (a time, a place, the noun alone) asks nothing; "too loud" or "too long" say which way to change it, and a verb
   * said with it ("背景去了 不好看") is the request.
   * A part said to have been edited wrongly (那个zoom加错地方了) is the history, no request either (the step back said with
   * it, 刚才弄错了退回去, is the request). A resolution judged ("720p is too low") is no wish for it: which one is
   * wanted is not said. An interjection before the judgement ("yeah nah that blur looks a bit off") leaves it one. What
   * was done said a mistake ("making it square was a mistake") is a regret, no request.
   */
  judged: new RegExp(String.raw`^(?:(?:${Object.keys(GERUNDS).join('|')})\b[^,;]*?${REGRETTED_EN})|^(?:(?:yeah|yea|yep|ok|okay|so|well|hmm+|nah)[,\s]+)*(the|my|this|that|our) [^,]{0,40}?(?:'s| (?:is|are|looks?|seems?|feels?)) (a bit |kind of |so |really |just |all )?(${LOOKS_BAD})$|^(?:it's|it is|its|that's|that is|thats|this is) (?:by far |easily )?(?:the|our|my) (?:best|nicest|coolest|strongest|funniest|greatest|prettiest|favou?rite) (?:shot|part|bit|clip|moment|scene|take|one)s?(?: (?:we|i|you|they)(?:'ve)? (?:got|have|had|shot|filmed|took|recorded)\b[^,]*)?$|^(?!.*(去|删|换|改|加|掉|关|调))\S{1,12}?(不好看|难看|太丑|好丑|很丑|怪怪的|有点怪|不自然|别扭|不舒服)了?(吧|啊|呀)?$|^(?!.*(去|删|换|改|加|掉|关|调))[^，,。]{0,12}?放大(?:了|以后|之后)?(?:反而|就|倒|很|太|有点|好|贼|都)(?:更)?(?:看不清|看不到|不清楚|糊了?|模糊)了?$|(?<!(?:撤|退|恢复|还原|重做)[^，,。]*)(?:加|放|删|改|弄|调|剪|搞|设)错(?:了|地方|位置|时间)(?![^，,。]*(?:撤|退|回|恢复|还原|重做))|^(?:the )?(?:\d{3,4}p|[248]k)(?: resolution| res)?(?: is|'s| looks?| seems?) (?:a bit |way |far |much |kinda |just )?too (?:low|small|blurry|grainy|soft|high|big|large|heavy)\b[^,]*$`),
  /**
   * "帮我写 caption 去 post 面子书", "write me a caption to post on Instagram", 写个文案发朋友圈: words written to post with
   * the video on a social feed, no text on the video.
   */
  captionToPost: /\b(?:to|and|then|for) post\b|\bpost(?:ing)? (?:it |this |that )?(?:on|to)\b|去\s*post\b|发(?:到|去|在)?\s*(?:朋友圈|微博|小红书|面子书|脸书|facebook|fb|ig|instagram|抖音|快手)/,
  /**
   * "change the tile to 'Spring Sale'", "the tile should say …": "title" as a phone's autocorrect types it, said where only
   * a text's words change (not "a blank map tile loads there", "shuffling tiles").
   */
  titleAutocorrected: /(?<=\b(?:change|rename|edit|fix|update|reword) )the tile\b(?= (?:to|so)\b)|\bthe tile(?= (?:should|must|needs? to) (?:say|read)\b)/g,
  /**
   * A text named by where it is, in a statement about it ("the text in the middle is wrong", 中间的字幕不对): the place
   * says which text, no place to move it to (but "the title at the bottom is better" wants it there).
   */
  textByPlace: /\b(text|title|caption|subtitle|label|words)s? (in|at|on) the (very )?(middle|top|bottom|center|centre|left|right)\b( of the (screen|frame|video))? (is|are|looks?|seems?|was|were|feels?)\b(?! (?:(?:much|way|a lot|a bit|so much) )?(?:better|nicer|best)\b)|(中间|正中|顶部|底部|上面|下面|上方|下方|左边|右边)的?(字幕|标题|文字|字)(不对|写?错|有问题|不好|难看|怪)/,
  // "swap/switch the title for/to 'X'": new words for the text there (not a second text).
  /** "上字幕“…”，走人名条样式", "…, as a lower third": the style of the text just added, named after its words. */
  // "…，用 lower third": the English name of the style after the Chinese verb that picks it.
  lowerThirdAfter: new RegExp(String.raw`^(?:(?:用|走|做成|弄成|按|改成|换成|要)\s*)?(?:(?:${LOWER_THIRD_ZH})(?:的)?(?:样式|风格|形式|那种)?|(?:(?:make it |style it )?(?:as|in|like) )?(?:a )?(?:lower[- ]third|name (?:tag|plate))(?: style)?)$`),
  /**
   * A person's role said after their name on a lower third, past a comma: a job title, in English capitalised as one is,
   * in two words or more ("Export Manager", "Speed Team Captain", "Head of Music": a word of an op in it names the job,
   * no request; "Export" alone may be one); in Chinese closed by the noun of a post ("导出业务经理", "音乐总监", "剪辑师",
   * "店长"). Not a request typed in capitals with a figure or a format ("Export MP4").
   */
  roleAfterName: /^(?:[A-Z][a-z]+(?:[-'][A-Za-z]+)?(?:\s+(?:of|and|&|for|the|[A-Z][a-z]+(?:[-'][A-Za-z]+)?))+|(?!\p{Script=Han}*(?:然后|接着|再|并且|加个|加一|删掉|剪到|剪成|改成|调到|给))\p{Script=Han}{0,10}(?:经理|总监|主管|主任|总裁|董事|专员|助理|顾问|代表|负责人|创始人|合伙人|主理人|师|员|[店队院校部科处局厂社组班会]长|教授|博士|医生|主播|博主|专家))$/u,
  /** "字幕“…”放在顶部": the verb a text is put somewhere by, which moves one only when no new one is named (textOps). */
  textPutAt: new RegExp(PUT_AT_ZH, 'g'),
  /**
   * Chinese run on after a text's noun, or set apart after it with no verb, that is no words to show: a particle or a word
   * that goes on with the request ("加个字幕吧", "加个标题在底下", "加个标题和字幕", "加个标题给第二段"), the kind of text it is
   * ("标题卡", "字幕条", "标题动画", "字幕样式"), or what is thought of the one there ("字幕 太小了", "标题 不对", "字幕 看不清",
   * "字幕 有问题").
   */
  notTextWords: /^(?:[的吧呢啊呀吗嘛了在给到于放摆和跟与也都就再先还要把让哦啦卡条框栏轨错]|动画|动效|效果|样式|格式|太|很|有(?:点|些|问题|错)|挺|好像|不(?:对|行|好|清|够|要|用|见)|看不|没|别)/,
  // "alter the title so it reads …", "modify the caption": an edit of it (not "…, alter", German for "mate", said last).
  // "the title: 'X'", "title says 'X' and goes to the top": the text there, labelled or said with its words as a spec
  // says it (not "a title: …", nor "the title says 'X'", what it says now: textSays), is given them; "title to read 'X'",
  // the bare noun as a spec says it, too; "title → 'X'", "caption to 'Y'": the noun, then "to" (or an arrow) and the
  // quoted words, with no verb. "center the title" centres the one there: "center" is a verb only before what it
  // centres ("caption 'Hi' center", "title 'X' in center" place a new one).
  textEdit: new RegExp(String.raw`^(?:\d+[.)]\s*)?(?:the|my|our|this|that) (?:title|caption|subtitle|heading)\s*[:：]|^(?:\d+[.)]\s*)?(?:(?:the|my|our|this|that) )?(?:title|caption|subtitle|heading) to(?=\s*$|\s+(?:and|then)\b)|^(?:\d+[.)]\s*)?(?:title|caption|subtitle|heading) (?:says|reads|to (?:read|say))\b|\b(change|alter(?= (?:the|it|this|that|my|our)\b)|modify|revise|edit|rename|retitle|update|move|replace|swap|switch|reword|fix|correct|tweak|amend|set|say|(?<!\b(?:in|at) (?:the )?)(?:center|centre)(?= (?:the|it|its|this|that|these|those|my|our|them|all|both|everything|title|caption|subtitle|heading|text)\b)|align)\b|\b(should|must|needs? to|has to|ought to) (be|read|say)\b|\b(?:the|my|our|this|that|thy) (?:title|caption|subtitle|heading|text) (?:to |shall |will |would |should )?(?:henceforth |now |instead )?(?:read|say|be)\b|\bfor (?:the|my|our|this|that) (?:title|caption|subtitle|heading)\b[^.!?]*\b(?:write|say|use|go with)\b|\binstead\b|\b(typo|misspell(ed|ing)?|spelled wrong|spelling)\b|\bbada?l(?:o|do|ke|kar|na|iye)?\b|改|修改|更正|订正|纠正|更新[为成]|变更|调整[为成]|换成|换为|${TEXT_SWAPPED_ZH}|替换|挪|移到|${PUT_AT_ZH}|放回|(?<=(?:标题|字幕|文字|文案)(?:的)?(?:内容|文字|文案|字)?\s*)(?:写|搞|弄|整|变)[成为]|写错|打错|应该是|应该叫|其实是|正确的是|提前|推迟|推后|延后|延长|往后推|往前推|设为|设成|设在|设到|调到|调成|定在`),
  /**
   * The text there named first as what the clause is about, then the words put in it ("the title put 'Café' and show it
   * from 1 to 6 seconds", "the caption, write 'Hi'", "for the title put 'X'"), or words put in it ("write 'X' in the
   * title"): that text's words changed, no text added. Not a title put somewhere ("put the title 'X' at the top").
   */
  textWordsPut: /^(?:(?:so|ok|okay|and|now|then|also|oh)\s*,?\s+)*(?:for |on |in |with )?(?:the|my|our|this|that) (?:title|caption|subtitle|heading)\s*[,:-]?\s+(?:(?:please|pls|plz|just|can you|could you|you)\s+)*(?:put|write|type|make it say|have it say)\b|\b(?:put|write|type)\b[^,;.]*\b(?:in|into|inside|on) (?:the|my|our|this|that) (?:title|caption|subtitle|heading)\b(?! cards?\b)/,
  /** "I want the caption 'Hi' gone", "the title 'Old' deleted": a text named by its words, said to go. */
  textSaidGone: /\b(gone|removed|deleted)\b/,
  /** "the fade in of the title", "the title's fade", 标题的淡入: a fade named as a text's own. */
  textFade: new RegExp(String.raw`\bfade(?:[- ]?(?:in|out))? (?:of|on|from) (?:the |my |that )?(?:title|caption|subtitle|text|heading)\b`
    + String.raw`|\b(?:title|caption|subtitle|text|heading)(?:'s)? fade|(?:${TEXT_NOUN_ZH})的?(?:淡入|淡出|渐入|渐出)`),
  textRemove: words(REMOVE, MAY_GO, String.raw`\bhide\b|\b(titles?|captions?|subtitles?|text) off\b|删光|删干净|清干净|清空|清掉|(全|都)删`),

  /**
   * What names the music: its nouns, "my own mix", or an audio file by its name ("use sunset-mix.wav"); not the
   * activity filmed ("this beat-making session", "my song-writing vlog").
   */
  // "加个歌", "配个歌", "放首歌": a song asked with its measure word after a verb of adding (not 歌词 lyrics, 歌手 the singer).
  music: words(String.raw`\b(${MUSIC_NOUN}|beat|background (audio|sound))\b(?!-(?:making|maker|makers|writing|writer|producing|production|recording) )|\bmy (own )?mix\b|[\w-]+\.(${MUSIC_FILE_EXTENSIONS.join('|')})\b|lo-?fi|音乐|配乐|背景乐|背景音(?!效)|底乐|配[个点首段]乐|bgm|(那|这|一)首|首歌|(?<=[加配放弄搞])[个首支]歌(?![词手声单名])|歌曲|曲子`),
  /**
   * Words that ask for music: a verb, a wish, the music put as a bed "under it" or "in behind it" ("music under it, ducked, 30%"); a
   * "please" only where no level is said ("upbeat music please", not "music volume 25% please").
   */
  // "try music at the default", "try some lofi": music tried is music added.
  musicAdd: /\btry (?:some |adding |out )?(?:music|lo-?fi|bgm|tunes)\b|\b(add|added|adding|put|putting|use|play|include|give|throw in|with|please(?<!\b(?:volume|level|loud|quiet|down|reduce|lower|drop|only|beat)\b.*)(?!.*\b(?:volume|level|loud|quiet|down|reduce|lower|drop|only|beat)\b)|some|want|need|could use|slap|stick|pop in)\b|\b(under|underneath|beneath|behind) (it|this|the (video|clip|voice|voiceover|narration|talking))\b|加|添加|配|(?<!没有?)用|来点|放(点|个|一?首|一?段|些)|来一?段|来一?[个首]|要|搞|整|弄|垫|铺|上(个|一?首|一?段|点)|走起|安排|(?<=(?:音乐|配乐|bgm|背景乐)\s*)(?:来|上)(?:一?[个首段])?(?=$|[！!~～]|吧)/,
  /**
   * Music asked for outright, so a setting said with it in one breath is the new music's: "add music with a fade in",
   * "add the default music, ducking off", "a music bed underneath that dips when I speak", "let there be music beneath",
   * "put music, but not going down when I speak" (its article left out); "music default one", "default music": the music
   * named by which it is, no verb, is asked for as the Chinese "背景音乐默认" is (not "put a fade on the music", "play the
   * music quieter", "put music lower": music there is).
   */
  musicAddedWith: /^(?:the )?(?:background )?(?:music|bgm|soundtrack)\s*[,:]?\s+(?:the )?(?:default|usual|normal|standard|regular)(?: one| track| music)?(?=$|[,.;!]|\s+(?:please|pls|but|and|at|with)\b)|^(?:the )?(?:default|usual|standard|regular) (?:music|bgm|soundtrack)(?=$|[,.;!]|\s+(?:please|pls|but|and)\b)|\b(?:add|adding|include|throw in|lay in|bring in|slap on|pop in|(?:put|play|chuck|stick|bung|throw|slap|pop) (?:in|on)? ?(?:some|an?)\b)(?: in| on)? (?:(?:some|an?|the|my|default|standard|normal|usual|regular|lo-?fi|background|soft|chill|nice|little|bit of) )*(?:music|bgm|tunes|song|soundtrack|lo-?fi|beat|(?:music )?bed)\b|\b(?:put|play) (?:music|bgm|tunes)\b(?! (?:volume|level|louder|quieter|softer|lower|higher|up|down|off|out)\b)|\b(?:music|bgm) bed\b|\bbed of (?:music|tunes)\b|\blet there be (?:some )?music\b|\b(?:music|bgm|tunes)(?: \w+)? (?:underneath|beneath)\b|\b(?:put|stick|chuck|slap|pop|lay|throw|bung) (?:the |our |my )?(?:usual|default|standard|normal|regular) (?:music|bgm|tunes|song|soundtrack|track)\b|\b(?:put|stick|slap|pop|lay|bung) (?:the |some |our |my )?(?:(?:lo-?fi|background|soft|chill|nice|little) )*(?:music|bgm|tunes|song|soundtrack)(?: track)? (?:in|on|under|underneath|beneath)(?= it\b| this\b| the (?:video|clip|voice|talking|narration)\b| (?:but|and|with|without|at)\b|$|[,.;!])|\b(?:chuck|throw) (?:the |some |our |my )?(?:(?:lo-?fi|background|soft|chill|nice|little) )*(?:music|bgm|tunes|song|soundtrack)(?: track)? (?:under|underneath|beneath)\b/,
  /**
   * Music said with the level it plays at: "music at 20%", "lo-fi @ 30%"; or named first with no verb, a figure after it
   * ("music 20%", "music too, the normal one, 35%", 背景音乐15%).
   */
  musicAt: /\b(?:music|bgm|lo-?fi|beat|soundtrack|song)\s+(?:at|@)\s*\d|^(?:the |some )?(?:lo-?fi |background )?(?:music|bgm|soundtrack)(?=[\s,:;.!]|$)|^(?:背景音乐|音乐|配乐|bgm)\s*\d+(?:\.\d+)?\s*%/,
  /** Words of a level changed, not set with the music: "volume", "down to", "should be at" (not "would be": a wish). */
  levelChanged: /\b(?:volume|level|down|up|drop|reduce|lower|raise|should|(?<!\b(?:would|'d) )be)\b/,
  /**
   * "music, at half volume", "background music please, 50% volume", "music at a quarter volume": music named, then the
   * level it plays at, is asked for (with music there, that music's level: ParseContext.music).
   */
  musicThenLevel: /^(?:some |background )?(?:music|bgm|soundtrack)(?: please)?(?:,\s*|\s+(?=at\b))(?:at )?(?:an? )?(?:half|full|quarter|low|\d+\s*(?:%|percent)?) (?:of )?(?:its |the )?volume\b/,
  /** "set the music to 15", "make music fifteen": the music set to a bare whole figure, said last (no unit, no time after it). */
  musicSetTo: /\b(?:set|put|make|change|turn|bring|drop|lower|raise|bump|crank|push|knock|dial|pump|nudge)\s+(?:the\s+)?music(?:'s)?(?:\s+(?:volume|level))?\s+(?:to\s+|at\s+)?(?:like |about |around |maybe |roughly )?(\d{1,3}|[a-z]+(?:[\s-][a-z]+)?)\s*$/,
  /** What a clause about the music says beside naming it, as the music's readers (mediaOps) tell its requests apart. */
  musicSaid: {
    /**
     * "the music is louder than the wind and the horses", "the music's quieter than before": how loud the music is,
     * told against another sound or another time, asks nothing; what is asked is said apart ("…, make it quieter"). Not
     * against the speech it sits under: "the music is louder than my voice" is a complaint (Words.quieter), as is
     * "my voice is quieter than the music".
     */
    comparedStated: new RegExp(String.raw`\b(?:is|are|was|were|'s|sounds?|seems?|gets?) `
      + String.raw`(?:(?:a (?:bit|little|touch|tad|lot)|slightly|much|way|far|even|already|still|now|clearly) )?`
      + String.raw`(?:louder|quieter|softer) than (?!${SPEECH_AGAINST}|(?:the |my |our )?(?:background )?(?:${MUSIC_NOUN})\b)`),
    /**
     * "take out the fade in of the music", "remove the fade out on the song", "no fade in on the music", "take the fade
     * out off the music", 音乐的淡入去掉, "remove the music fade in": the music's fade taken off (no fade at that end), not
     * the music.
     */
    fadeTakenOff: new RegExp(String.raw`(?:${REMOVE})\s*(?:the |my |our |this )?(?:background )?(?:${MUSIC_NOUN})(?:'s)? fade(?:s|[- ]?(?:in|out))?\b|(?:${REMOVE}|\b(?:no|without|stop|turn off|switch off)\b)\s*(?:the |its |any |that )?fade(?:s|[- ]?(?:in|out))?\s+(?:of|on|from|in|at the (?:start|beginning|end) of)\s+(?:the |my |our |this )?(?:background )?(?:${MUSIC_NOUN})\b|\btake (?:the |its )?fade(?:s|[- ]?(?:in|out))? (?:off|out of|away from) (?:the |my |our |this )?(?:background )?(?:${MUSIC_NOUN})\b|(?:${MUSIC_NOUN_ZH})的?(?:开头|结尾)?的?(?:淡入|淡出|渐入|渐出|渐强|渐弱)(?:效果)?(?:太[^，,。\d不别没]{1,2}了?)?(?:给我|帮我)?(?:去掉|删掉|拿掉|取消|不要了?|关掉)`),
    /**
     * "用第二首音乐30", "use the second song": a piece of music named by its place in a list (of the user's uploads or
     * the built-in beds, which is not said): no track to name for sure.
     */
    counted: /\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) (?:song|track|tune|music|bgm|soundtrack)\b|第\s*[一二三四五六七八九十\d]+\s*首/,
    /**
     * "lofi那个音乐能不能拿来商用？", "这首歌可以商用吗": whether the music may be used commercially, asked; no music asked for
     * (not "用一首能商用的音乐", "配一首能商用音乐": music that may be, wanted, 的 said or not).
     */
    commercialAsked: new RegExp(String.raw`(?:能不能|能否|可不可以|可以|能|允不允许)(?:拿来|拿去|用来|用于|用作|做|被)?`
      + String.raw`(?:商用|商业(?:用途|使用))(?!的|\s*(?:${MUSIC_NOUN_ZH}|歌|曲))`),
    /**
     * "bad experiences with music licensing", "copyrighted songs got us muted": music named as a matter of rights, no
     * sound asked for (nor refused: what is wanted of the music is said apart, if at all).
     */
    rights: /\b(?:music|song|track|soundtrack)s? (?:licen[cs]\w*|rights?|copyrights?|royalt\w+|clearances?|claims?|strikes?)\b|\bcopyright(?:ed)? (?:music|songs?|tracks?)\b/g,
    /**
     * "add jazz music", "some piano tracks", "a rock song": a style of music no built-in bed plays (the beds' own words,
     * "jazzy", "chill", "upbeat", are MusicWords), said right before the music.
     */
    styleNotOffered: /\b(?:jazz|piano|classical|hip[- ]?hop|rock|acoustic|guitar|orchestral|cinematic|electronic|edm|techno|country|reggae|metal|rap|funk|blues|folk|synthwave|trap|christmas|8-?bit)(?:\s+[a-z]+)?\s+(?:music|tracks?|songs?|bgm|beats?|tunes?|soundtrack)\b/,
    /** "re-enable the ducking": ducking named, the music's whether or not the music is. */
    ducking: /\bducking\b/,
    /** "remove clip 2 but keep the music": the music said to stay, not what goes. */
    kept: /\b(keep|leave)\s+(the\s+|my\s+)?(music|bgm|song|soundtrack)\b/,
    /** "make the parts without music faster": stretches named by the music they lack, no removal of it. */
    lackedBy: /\b(?:parts?|bits?|segments?|sections?|stretches|spots|places|moments|scenes?) (?:without|with no|that have no) (?:any )?(?:background )?(?:music|bgm|soundtrack)\b/,
    /** "stop the music at 1:00": a time from which, no removal of all of it. */
    fromTime: /\b(at|from|after|before|until|till)\s+\d/,
    /** "drop the music a bit": a degree, which makes a removal verb a level's. */
    degree: /\b(a (bit|little|touch|notch|tad)|slightly|somewhat)\b/,
    /** "drop the music volume to 20%", "music down": a level said beside a removal verb, which is then the level's. */
    level: /\bvolume\b|音量|\b(down|up)\b|\d\s*(%|percent)/,
    /** The removal verbs that lower the music when said with a degree ("cut the music a little"). */
    lowered: /\b(drop|cut|lower|reduce)\b/,
    /**
     * "I want to check the music's there", "see if the music got added", "确认音乐有没有加上", "音乐加上没": whether the
     * music is in, asked or checked, no music asked for (the tracks shown answer it).
     */
    checked: /\b(?:check|see|make sure|confirm|verify|know)\b[^,.;]*\b(?:whether|if)\b[^,.;]*\b(?:music|bgm|song|soundtrack)\b|\b(?:check|see|make sure|confirm|verify)\b[^,.;]*\b(?:music|bgm|song|soundtrack)(?:'s| is| was| got| has been)? (?:there|in|on|added|included)\b|(?:音乐|配乐|bgm|背景乐|music)[^，,。？?]{0,4}(?:有没有|是不是|是否|在不在|(?:加|放|配|铺)(?:没|不)(?:加|放|配|铺))(?:加|放|配|铺)?(?:上|好|进去|进来)?了?(?:吗|么|呢)?[?？]?$|(?:音乐|配乐|bgm|背景乐|music)[^，,。？?]{0,3}(?:加|放|配|铺)(?:上|好|进去|进来)?了?(?:没有?|吗|么|嘛)[?？]?$|(?:确认|检查|核对|看看|看一下)[^，,。]{0,4}(?:有没有|是否)[^，,。]{0,4}(?:音乐|配乐|bgm|背景乐)/,
    /** "音乐已经加了 再大声一点", "the music's already in, louder": music said to be there already, no adding asked. */
    alreadyThere: /已经|已(?=加|配|放|有)|\balready\b/,
    /**
     * "音乐要 默认的", "背景音乐 默认的 整起", "music, lofi", "BGMを入れて", "pit the default music on", "the music, … the
     * default": music asked for loosely, by a verb of putting it in or by the bed it is (no level verb: 加大, 放慢, 不要 are
     * none; 弄 and 搞 make a level as often, so they are not here). Not the verb of the change itself: "淡入淡出都加上",
     * "加个淡入" add a fade; "音乐要自动低下去" says what the music must do (要 asks for music only said before a pause or the bed).
     * So "put a fade in of 1 second on the music", "add a quick fade out to the song": the fade is what is put on it.
     * ("有人说话也照样放": the music played on as it is, none put in.)
     */
    askedLoosely: /\b(?:add|adding|put|pit|pon|include)\b(?! (?:(?:in|on|a|an|the|some|quick|gentle|slow|short|long|soft|nice|little|smooth|one|two|three|half|\d+(?:\.\d+)?(?:s|secs?|seconds?)?|s|secs?|seconds?)[- ]){0,4}(?:fade|fading|crossfade))|\b(?:default|usual|normal|standard|regular)\b|lo-?fi|(?<!淡[^，,。]{0,4})加(?![大快速强重粗宽长])(?![^，,。]{0,3}淡)|(?<!照[样常旧][地的]?)放(?![大慢缓小])|整起|(?<![不别])要(?=\s|$|[，,。]|默认)|配上|(?<![不别])铺(?=上|一下|进去|$|[，,。\s])|入れ|默认|来[点个首段]/,
    /** "put it to 15%", "put it down to 10", 放到百分之十五: a level "it" is put at. */
    levelPut: /\bput (?:it|that|this) (?:(?:down |up )?(?:to|at|on) \d|(?:down|up)\b)|放[到在]\s*(?:百分之|\d)/,
    /** Music added beside its ducking asked ("add some music, ducked under me"): the music added, not the ducking alone. */
    addedBesideDucking: /\b(add|play|put)\b|\bsome (\w+ )?(music|bgm|tunes)\b|加|添加/,
    /** "NO lofi", "no upbeat stuff": a "no" said just before a bed (a word between at most). */
    refusedBefore: /\b(?:no|not|without|never)\s+(?:[\w-]+\s+)?$/,
    /**
     * "add the lo-fi music, 20 percent", "背景音乐来一个 大声点 70%", "throw some music on it, but turn it up, 60%": music
     * added (or some of it put on), with which or how loud said.
     */
    addedOutright: /\badd\b|\b(?:put|throw|chuck|slap|stick|pop|lay|bung)(?: on| in)? (?:some|a bit of|a little|an?) (?:[\w-]+ )?(?:music|bgm|tunes|lo-?fi|beat)\b|添加|加(点|个|一?段|一?首|上)|来一?[个首段]/,
    /** "加背景音乐 别太大声", "no louder than that": a cap on how loud the new music is. */
    capped: /(别|不要|不用|莫)(整|弄|搞)?(太|那么|这么)?(大声|响|吵)|\bnot too loud\b|\bno louder\b/,
    /** "set the music to 30%", 调到: a level set on the music there is. */
    setVerb: /\b(set|change|turn)\b|调|设/,
    /**
     * "put the lofi on at 50", "add music at 40", "lofi @ 0.15", "lofi at 0.3, and no ducking": a bare figure the music is
     * put at, said last or before a comma, out of a hundred or a share of one (not a point in time: "start the music at 50", "music at 0:50"; nor one digit, maybe an
     * hour: "music at 5").
     */
    atFigure: /^(?!.*\b(?:start|begin|kick|come|comes|stop|end|from|till|until)\b).*\b(?:music|bgm|lo-?fi|beat|soundtrack|song|tune|track)\b.*(?:\bat|@)\s*(?:like |about |around |maybe |roughly )?(\d{2,3}|0?\.\d{1,2})(?:\s*,?\s*(?:please|pls))?\s*(?:[.!]*$|,)/,
    /**
     * "bring the music down to like 15", "down to 0.15": a bare figure a level is turned to, out of a hundred or a share of
     * one (no unit of time or speed after it).
     */
    turnedTo: /\b(?:down|up) to (?:like |about |around |maybe |roughly )?(0?\.\d{1,2}|\d{1,3})\b(?!\s*(?:s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|x\b|[:.]\d))/,
    /** "music: the file x.mp3, 0.25": a share of one said last, alone after a comma, is the music's level (no time is said so). */
    shareLast: /\b(?:music|bgm|lo-?fi|beat|soundtrack|song|tune|track)\b.*,\s*(?:like |about |around |maybe |roughly )?(0?\.\d{1,2})(?:\s*,?\s*(?:please|pls))?\s*[.!]*$/,
  },
  /** A clip of the best parts named as such: its length is the clip's, whatever moment was named before. */
  highlights: /\b(highlights?|best (parts|moments|bits)|recap|montage)\b|精彩|集锦|精华|高光/,
  /** "太长了", "太慢了", "too slow": a complaint that, said of idle stretches, asks them sped up, not the clip shortened. */
  idleComplaint: /太(长|慢|久|拖|磨叽)|\btoo (long|slow)\b/,
  /** "none" as the amount wanted ("…, so none please"; not "none of the music"). */
  noneWanted: /\bnone\b(?! of\b)/,
  musicRemove: words(
    // "no sound from the video, only music": the music that stays (only, just, but it) is not the one removed.
    // "turn off the music", "switch off the background music": removed (not "turn off the music ducking", nor its fade).
    // "no music with lyrics" (a rule from legal, a client's taste) refuses one kind of music only: no removal.
    String.raw`(${REMOVE}|\b(no(?!\s*[,!.?])|without|stop)\b).*(?<!\b(?:only|just|but|except)(?: the)? )\b(${MUSIC_NOUN})\b(?! (?:with|that has|that have|containing) (?:any )?(?:lyrics|vocals|words|singing))|\b(mute|silence) (the |that |this |our |my )?(background )?(${MUSIC_NOUN})\b|\b(${MUSIC_NOUN})\b.*${MAY_GO}|\bcut (out )?(the |that |this )?(background )?(${MUSIC_NOUN})\b|\btake (the |that |this )?(background )?(${MUSIC_NOUN}) (out|away|off)\b|\b(music|bgm|soundtrack) off\b|\b(?:turn|switch|shut) off (?:the |that |this |my |our )?(?:background )?(?:music|bgm|soundtrack)\b(?! (?:ducking|duck|fades?|fading)\b)|\bpull (the |that |this |our |my )?(background )?(${MUSIC_NOUN})\b(?! (?:in|back|forward|closer|from|to|under)\b)|^(the )?(${MUSIC_NOUN}) (?:out|gone)(?: please| pls)?[.!]*$|\b(?:want|need|like|prefer)s? (?:the |that |this |my |our )?(?:background )?(?:${MUSIC_NOUN}) ${WANTED_GONE}\b`,
    // "Music remove, is too happy for this", "the bgm delete please": the music said first, as a topic, then the verb.
    // The verb ends the clause ("music remove the fade out" takes the fade off, no music).
    String.raw`^(?:(?:the|that|this|our|my) )?(?:background )?(?:${MUSIC_NOUN}),? (?:remove|delete)(?: please| pls)?(?=\s*(?:[,.!?]|$))`,
    String.raw`(${REMOVE}|不要|不用|不需要|(?<!不要|不用|别|莫|甭|不)(?:关掉|关闭|关了|停掉|取消))(背景)?(音乐|配乐|bgm|背景乐|music)(?![的之]?\s*(?:淡|闪避|避让|压低|音量))|(音乐|配乐|bgm|背景乐|music)(也|都|就|请|帮我|给我|给它|把它|先|直接|麻烦|全部|全都|统统|通通)*(${REMOVE}|关掉|关了|关闭|停掉|取消|清掉|清除)`,
    // "取消背景音乐": the music cancelled is removed (not its fade or its ducking: "关掉音乐的淡出"; not when refused: "不要关掉音乐").
    // "音乐莫要了" (Sichuan), "背景音乐覅了" (Wu), "配乐唔要啦" (Cantonese), "音乐关": the music no longer wanted, in any region's words.
    // "music拿掉", "不要music": the English noun in a Chinese sentence, the same. "音乐清掉", Cantonese 音乐清咗佢: cleared.
    String.raw`(音乐|配乐|bgm|背景乐|music)(也|都|就|直接|干脆)*((莫|覅|唔|甭|不|别)要(了|咯|啦|喽|嘞)|覅(了|咯|啦)?$|关$)`,
    // "音乐冒得用 删咯", "音乐太吵，拿掉吧", "背景音乐贼吵，关了吧": the music, a word on it, then the removal said last (after a
    // space or a comma, or run on).
    String.raw`^(背景)?(音乐|配乐|bgm|背景乐)((?!别|不|莫|先|再|等|小|大|轻|响|没有?(删|关|去))[^，,。\s]){0,6}?\s*(删掉|删了|删除|去掉|去除|拿掉|移除|关掉|关了|删|关|不要了?)$`,
    // "Musique 不要", "music 不要": the noun in another language (read as music), the removal right after it; a part of
    // it named between ("music的淡出不要", "music里的人声不要") is that part refused, not the music.
    String.raw`^(背景)?music\s*(删掉|删了|删除|去掉|去除|拿掉|移除|关掉|关了|删|关|不要了?)$`,
  ),
  // zh lexicon: 音乐压一压/压一下 is quieter. "the music is louder than the voice", 音乐比人声还大: louder than the speech it
  // sits under is too loud (a complaint, not more asked).
  // "the voice is too quiet compared to the music", "my narration is lost under the music": the speech too quiet beside
  // the music is the music too loud (the music is what is turned, not made louder).
  // "reduce the music slightly", "decrease the music", "music slightly down": less of it asked by a verb of lessening
  // (not by a time: "reduce the music by 2 seconds").
  quieter: new RegExp(String.raw`quieter|softer|lower|\b(?:reduce|decrease|lessen)\b(?![^,.;]*\d\s*(?:s|secs?|seconds?|ms|min(?:ute)?s?)\b)|\b(?:slightly|a (?:bit|little|touch|tad)) down\b|\bdown (?:slightly|a tad)\b|(turn|bring|dial|tone|take|drop|crank) ([\w']+ ){0,3}down|\bvolume down\b|\bdown a (bit|little|notch|touch)\b|less loud|too loud|(别|不要|莫)(整|弄|搞|要)?(那么|这么|太)(大声|响|吵)|(?<!太)小声|(?<!太)轻声(?!细语)|调低|降低|降一?[点些]|拉低|压低|压小|压一压|压一下|轻一?[点些]|小一?[点些]|调小|太大|太响|太吵|盖过|盖住|压过|\bhear (myself|me|my voice|the voice|the narration)\b.*\bover the (music|bgm|song|track)\b|\bdrown(s|ing)? (\w+ )?out\b|\boverpower(s|ing)?\b|\b(?:my |the |our )?(?:voices?|voice-?over|narration|speech|talking|dialogue|commentary)\b[^,.;]{0,24}?\b(?:too (?:quiet|soft|low)|(?:hard|difficult) to hear|quieter|softer|lost|buried|drowned)\b[^,.;]{0,16}?\b(?:compared (?:to|with)|against|under|over|next to|behind|beneath|than|relative to) (?:the )?(?:background )?(?:music|bgm|song|track|soundtrack)\b|\blouder than ${SPEECH_AGAINST}|(?:音乐|配乐|bgm|背景乐)[^，,。]{0,4}比(?:人声|我|说话|讲话|解说|旁白|讲解)[^，,。]{0,5}?(?:还|更)?(?:大|响)`),
  /** Louder, or a complaint that the music can't be heard ("can barely hear the music", 音乐听不清). */
  louder: /louder|\bincrease\b|\b(?:slightly|a (?:bit|little|touch|tad)) up\b|\bup (?:slightly|a tad)\b|\bcrank (the |that |my )?(music|bgm|song|tunes?|soundtrack)\b(?! (down|off|out)\b)|响一?[点些眼]|加大|开大|调大|(turn|bring|pump|crank|bump|push|kick) ([\w']+ ){0,3}up|\bvolume up\b|\bup a (bit|little|notch|touch)\b|raise|boost|more loud|too quiet|too soft|\b(can't|cannot|can not|can barely|can hardly|hardly|barely) hear (the )?(music|bgm|song|track|soundtrack)\b|大声|调高|提高|大一?[点些]|调大|太小声|太轻|(音乐|配乐|bgm|背景乐)((?!讲话|说话|人声|解说|声音)[^，,。]){0,3}听不(太)?(清|见|到)(?![^，,。]*(我|人|讲话|说话|声音|解说|旁白))/,
  /** The word that says no in a refusal (where it stands tells whose refusal it is). */
  refusalNegation: /\b(?:don'?t|dont|do not|never|not|no)\b|[不别没甭莫]/u,
  /**
   * The ducking switched off, or removed ("get rid of the ducking"); also said of the music as "it" with when it would
   * dip ("don't have it duck", "do not make it go down when people talk", "don't have it going quiet when I talk", "it
   * should NOT dip when I talk"), the time said first too ("when I talk the music must not go down"), or the dip refused
   * by a bare "not" after the music asked ("add music, but not going down when I speak"; "the music is not going down
   * when I talk" says how it plays, and said alone may be either), or after an "and" or a "but" that goes on about it
   * ("could that go underneath at a quarter, and not dip when people speak").
   */
  // "唱的时候不必压低", "我说话不压低": 压低 with any "no" (不, 不必, 无需) is the ducking refused, said of the music; not
  // 不压低画质, which is the picture's. "要一块儿响" (the music and the voice heard together) is no dip either. Typed in
  // mixed words ("don't 压低") or refused after it ("压低 不要", "ducking 不用"), the same.
  // "never duck it", "DON'T YOU DARE DUCK IT", "dont ever duck the music": ducking refused however strongly.
  // "有人讲话都照样放", "说话的时候音乐也照常放", "keep the music playing even when I talk": the music played on as it
  // is where someone speaks, no dip (not "继续放", which may say only that it goes on).
  // "说话的时候，音乐不要变小": the refusal after a comma that parts it from when it would dip is refused all the same
  // (read without it, the when alone asked the ducking on).
  noDuck: new RegExp(String.raw`\b(?:never|(?:don'?t|do not)(?: you)?(?: dare| ever)?|no need to)\s+duck(?:ing)?\b|${DUCKING_UNWANTED_EN}|${DUCKING_HELD}|\b(keep|want|leave|have) (the )?(music|bgm|song|track|soundtrack)('s)? (volume )?(level|steady|constant|even|unchanged|the same)\b(?! (at|to|of|as)\b)|\b(keep|stop|prevent)(s|ing)? (the )?(music|bgm|song|track|soundtrack) from (getting |going |being |becoming )?(quieter|softer|lower(ed)?|dipping|dropping|ducking|turned down|fading)|\b(don't|do not|never) let (the )?(music|bgm|song|track|soundtrack) (get|go|drop|dip|duck|fade)\b|\b(let|have|make) (it|the (music|bgm|song|track|soundtrack)) not (duck|dip|drop|go down|yield|back off|get (quieter|softer|lower))\b|\b(when|while|whenever|as) (i|we|someone|somebody|anyone|people|they)('m|'re)? (am |are |is )?(speak|talk)\w*,? (it|the (music|bgm|song|track|soundtrack)) (should|must|shall|will|can|does|do)(n't| not|not) (ever )?(duck|dip|drop|go down|get (quieter|softer|lower)|yield|back off)\b|\b(it|which|that|the (music|bgm|song|track|soundtrack)) (should|must|shall|will|can|does|do)(n't| not|not) (ever )?(duck\b|(dip|drop|go down|yield|back off|get (quieter|softer|lower))(?= (under|beneath|below|when|while|whenever|as|if) [^,.;]*\b(talk|speak|voice|narrat|speech|commentary)))|\b(don't|do not|never) (have|make|let) (it|the (music|bgm|song|track|soundtrack)) (duck(?:ing)?\b|(dip(?:ping)?|drop(?:ping)?|go(?:ing)? down|(?:get(?:ting)?|go(?:ing)?) (?:quiet|soft|low)(?:er)?)(?= (under|beneath|below|when|while|whenever|as|if) [^,.;]*\b(talk|speak|voice|narrat|speech|commentary)))|(?<=\b(?:music|bgm|song|track|soundtrack|lo-?fi)\b[^.;]*)(?:(?<=(?:,|\bbut|\band)\s+)not|\bwithout (?:it|the (?:music|bgm|song|track|soundtrack))) (?:ducking|dipping|dropping|going down|(?:getting|going) (?:quiet|soft|low)(?:er)?)(?= (?:under|beneath|below|when|while|whenever|as|if) [^,.;]*\b(?:talk|speak|voice|narrat|speech|commentary))|\b(it|the (music|bgm|song|track|soundtrack)) (should|must|shall|will|can|does|do)(n't| not|not) (ever )?(duck\b|(dip|drop|go down|(?:get|go) (quieter|softer|lower))(?= (under|beneath|below|when|while|whenever|as|if) [^,.;]*\b(talk|speak|voice|narrat|speech|commentary)))|\b(?:when|while|whenever|as|if) [^,.;]*\b(?:talk|speak|voice|narrat|speech|commentary)\w*,? (?:it|the (?:music|bgm|song|track|soundtrack)) (?:should|must|shall|will|can|does|do)(?:n't| not|not) (?:ever )?(?:duck|dip|drop|go down|(?:get|go) (?:quieter|softer|lower))\b|(no|without|don't|do not|disable|turn off|switch off|take off|take away|take out|stop|remove|delete|get rid of|lose|ditch|kill|scrap) (the )?((music|audio|auto(matic)?)[- ])?duck|\b(?:no|never|without|(?:don't|do not|never) go) ${LOWERING_EN}(?= (?:when|while|whenever|as|if) [^,.;]*\b(?:talk|speak|voice|narrat|speech|commentary))|\b(?:when|while|whenever|as|if) [^,.;]*\b(?:talk|speak)\w*,? (?:no|never) ${LOWERING_EN}|(?<=${SPEAKING_EN},?\s+)${REFUSED_LOWERING_EN}|${REFUSED_LOWERING_EN}(?=\s+${SPEAKING_EN})|(?<=^|(?:,|\bbut|\band)\s+)(?:not|never) (?:dip|drop|duck|go down|(?:get|go) (?:quiet|soft|low)(?:er)?)(?= (?:under|beneath|below|when|while|whenever|as|if) [^,.;]*\b(?:talk|speak|voice|narrat|speech|commentary))|\bduck(ing)? off\b|\bducking:?\s*(no|none|nope|disabled)(?=\s*(?:$|[,.;!]))|\bkeep the music('s)? (volume |level )?(at )?(a |the )?(same|constant|steady|even)\b|(音乐|配乐|bgm)的?(音量)?(一直|始终|全程)(保持)?(同样|一样|相同|不变|恒定|一个音量|同一个?音量)|\b(don't|do not|never|stop) (lower(ing)?|dip(ping)?|turn(ing)? down|drop(ping)?) the (music|bgm|song|track)\b|(不要|别|关闭|关掉|关了|取消|停掉|\b(?:don't|do not|no)\s*)(自动)?(闪避|压低|降低|避让)|(不用|不必|无需|不需要|不)(自动)?(闪避|压低|避让)(?![^，,。]{0,4}(画质|分辨率|清晰度|码率|体积|亮度|人声|原声))|(不要|别|不用|关闭|关掉|取消)\s*duck(ing)?\b|(去掉|去除|删掉|移除|不要|关掉|关闭|取消)[^，,。]{0,6}闪避|(别|不要|不用|不能|不许)自动(变小|变低|变轻|变弱|压低|降低|调低|减小|小下去|降下去|降)|(?:${SPEAKING_ZH})[^，,。]{0,8}(?:[，,]\s*(?:背景)?(?:音乐|配乐|bgm|背景乐)?\s*)?(别|不要|不能|不许|不用|不必|无需|不需要|请?勿)(给我|帮我)?([把将](音乐|配乐|bgm|背景乐|它))?((变小|变低|变轻|变弱|压低|降低|调低|减小|小下去|降下去|压下去|压下来|降下来|调小|压小)|[压降](它|音乐|配乐|bgm|背景乐)?(?=$|[，,。\s]))|^(?:要|得|就要)?(?:和我|跟我|跟人声)?(?:一块儿?|一起|同时)响(?:着)?$|(闪避|自动压低|自动降低|\bduck(ing)?)\s*(功能)?\s*(关掉|关了|关闭|取消|停掉|不要了)|(闪避|压低|\bduck(ing)?)\s*(不要|不用)了?(?=$|[，,。!！\s])|(?:别|不要|不能|不许|不想|不希望)(?:让)?(?:${MUSIC_NOUN_ZH}|它)?被(?:${SPEAKING_ZH}|我)[^，,。]{0,4}?(?:压低|压下去|压小|压住)|(?:别|不要|不能|不许)让(?:${SPEAKING_ZH})声?[把将](?:${MUSIC_NOUN_ZH}|它)(?:压低|压下去|压小|压住)|\b(?:don't|do not|never) let (?:(?:my|the|our|his|her|their|any) )?(?:voice|talking|speech|narration|voice-?over|commentary)s? (?:push|pull|drag|bring|force) ${MUSIC_IT} down\b|\bno (?:dipping|ducking|dropping|lowering) (?:under|beneath|below|when|while)\b|${PLAYS_ON_SPEAKING}`),
  // "have it drop down under my talking", "dip beneath the voice", "lower when the man speaks": the music lowered where someone speaks ("我喊价的时候…压下去":
  // whoever speaks, doing whatever, before how the music gives way). Whoever it is may be named bare, the verb as said in
  // pidgins and second-language English: "when mami talk", "when actors dey talk", "when grandpa speaks".
  duck: new RegExp(String.raw`\bduck(s|ing)?\b|压在(人声|说话声?|讲话声?|解说|旁白|配音)的?(下面|底下|之下|下)|${UNDER_SPEECH}|\b(when|while|whenever) (someone|somebody|anyone|people|i|we|they|i'm|we're|they're) (is |are |am )?(talk|speak|chat|explain|narrat|present|teach|walk(ing)? (you |them |people )?through)|\b(when|while|whenever) (the|a|my|our) [a-z]+ (talks|speaks|is (talking|speaking))\b|\b(?:when|while|whenever) (?:(?:the|a|my|our|his|her|their) )?(?!(?:it|this|that|there|you)\b)[a-z']+ (?:dey |is |are |be )?(?:talk|talks|talking|speak|speaks|speaking)\b|闪避|(?:${SPEAKING_ZH})(出现|进来|响起|起来|起)?${WHEN_SAID_ZH}|(有人|一)(说话|讲话|开口)就|(?:我|俺|咱|他|她|主播|老师|老板|师傅|有人)们?(?![^，,。]*第)[\u4e00-\u9fff]{1,3}?的?时(?:候)?(?=[^，,。\d]{0,8}(?:压|让|降|小))`),
  /**
   * "压下去", "小下去", "压低点", "调小些": the music lowered where someone speaks (Words.duck), the music unnamed; not the speaker's own
   * ("我会压低", 压低了嗓子), nor a "让一让" of no music named ("我走的时候让一让" asks the people filmed). In English, "drop
   * it when I talk", "lower it while she speaks", "make it go down whenever we chat": "it" lowered, said just before when
   * someone speaks (not "drop the second clip when I talk", nor "drop it" alone, a removal); "make e go down when…", "it"
   * as said in Nigerian and West African pidgin; or lowered under speech (UNDER_SPEECH).
   */
  duckYields: new RegExp(String.raw`(?<!会|我)(?:压低|压下去|压下来|降下去|降下来|小下去|调低|调小|降低|放低)(?:一?点|一些|些)?儿?(?=$|[，,。！!\s])|\b(?:drop|lower|dip|turn down|bring down|(?:make|let|have) (?:it|e|am) go (?:down|lower|quieter|softer))(?: it)?(?: down)? (?=(?:when|while|whenever)\b)|${UNDER_SPEECH}`),
  // 不要现场声, 去掉同期声: the scene's sound named, the same.
  // zh lexicon (原音 read as 原声 already): 不要/删掉 原声, 人声去了, 去人声 mute; 静音 said of the music (静音bgm) is no mute of the recording.
  // "sound off entirely", "turn the audio off": the sound said alone, switched off, is the recording's (music is named).
  // "take the sound off the recording": the recording's sound taken off it.
  // How the viewers watch ("the audience watches on mute", "videos autoplay on mute in the feed") is the brief's context.
  mute: new RegExp(String.raw`${VOICE_REFUSED_ZH}|`.concat(/\b(?<!\b(?:watch|watches|watched|watching|view|views|viewed|viewing|scroll|scrolls|scrolling|autoplays?|autoplayed|autoplaying)(?: (?:it|them|videos?|clips?))? on )mute\b|^(?:(?:turn|switch|put) )?(?:the |all )?(?:audio|sound) (?:off|muted)(?: (?:entirely|completely|totally|altogether|fully))?$|\b(remove|strip|drop|kill|cut|turn off) (the |all )?(original |source )?(audio|sound|voice|narration)$|\bsilence the (original|source|video|footage)|(remove|drop|no|without) (the )?(original|source|video's|footage's|voice|narration) (audio|sound)|\b(remove|strip|drop) (the )?(audio|sound) (from|of) (the )?(video|footage|clip|recording)\b|\b(?:take|pull) (?:the |all )?(?:original |source )?(?:audio|sound) (?:off|out of|from) (?:the )?(?:video|footage|clip|recording)\b|^(no|without) (audio|sound) (from|of|in|on) (the )?(video|footage|recording)$|(?<!(音乐|配乐|bgm|背景乐|取消|解除|关掉|关闭)\s*)静音(?!的?(部分|地方|片段|段落?|时间|时候)|\s*(背景)?(音乐|配乐|bgm|背景乐)|\s*(取消|解除|关掉|关闭|撤销|撤掉))|(去掉|关闭|关掉|(?<![开机相])关|不要|删掉|拿掉|去除)(?:原声|现场声|同期声)|(原声|人声)\s?去了|(原声|人声)\s?关$|^去(原声|人声)$|原声.*(关掉|关闭|去掉)|(去掉|关掉|关闭|删掉)(视频)?(原来|原始|自带)的?声音|^(把)?(视频的?)?声音(都|全)?(关掉|关了|关闭|去掉)$|^(关掉|关闭|去掉)声音$/.source)),
  /** A stretch named by what is heard in it ("mute the part with the screaming", "the bits where the dog barks"): no sound of the whole clip. */
  stretchHeard: /\b(?:parts?|bits?|sections?|stretches|spots?|moments?) (?:with|where|when)\b/,
  /** Switching a sound off: with the recording's own sound named, a mute ("silence my mic audio", 把原声关了). */
  silence: /\b(silence|mute|turn off|switch off|off|kill|cut out|remove|drop|strip|get rid of)\b|关掉|关了|关闭|关上|去掉|拿掉|静音|不要了?$/,
  /**
   * "the hammering in the video's too loud", "the wind in the recording is terrible", "line noise in the video": a sound
   * heard in the recording (its `place`), known for one by what makes it or by its loudness (its `sound`).
   */
  heardInRecording: {
    // ("the customers talking in background": the scene's background, where a sound is heard, no backdrop.)
    place: /\b(?:in|from|on|of) (?:the |my |our |this |that |da |dat )?(?:video|vid|recording|footage|raw footage)\b|\b(?:in|from) (?:the )?background\b/,
    sound: /\b(?:loud|louder|noisy|deafening|blaring|booming|overpowering|noise|hum|humming|hiss|hissing|buzz|buzzing|whine|whining|wind|clatter|clattering|rattle|rattling|roar|roaring|racket|din|banging|clanging|clanking|hammering|hammerin|drilling|sawing|grinding|traffic|engines?|machines?|machinery|generators?|sea|waves|surf|rain|thunder|crowd|echo|static|chatter|barking|sizzle|sizzling|beeping|beeps|talking|chatting|voices|birds?|chirping|horns?|hooters?|honking|bells?)\b/,
    /** "turn it off", "mute them": the sound heard switched off, which only the recording's whole sound can be ("get rid of it" cleans it). */
    off: /\b(?:mute|silence|off)\b/,
  },
  /** "halve it", "cut the video sound in half": a level made half what it was (the recording's own: half as recorded). */
  halved: /\bhalve\b|\b(?:cut|turn|bring|take|knock)\b.*\bin half\b/,
  /** "40 is fine", "30 seconds was right", "the 720 is ok": a figure said again, after a slip, to be as it was. */
  figureFine: /^(?:the )?(\d+(?:\.\d+)?)\s*(?:%|percent|seconds?|s|x|p)?\s+(?:is|was|'s)\s+(?:(?:just|totally|actually|perfectly) )?(?:fine|good|ok|okay|right|enough|perfect)\b/,
  /** "halve that", "half of it", "cut that in half", 减半, 砍一半: said alone after a level, half that level. */
  halvedThat: /^(?:(?:then|so|just|make it)\s+)?(?:(?:half|halve) (?:of )?(?:that|it)|cut (?:that|it) in half)[.!]*$|^(?:那就|就|直接|干脆)?(?:减半|砍半|减一半|砍一半|降一半|小一半)(?:吧|了|啊)?[.!。！]*$/,
  /** "back to normal", 恢复成原始音量, 原声全开: the recording's sound at its level as recorded (said of it). */
  fullSourceLevel: /\bback to (normal|full)\b|\b(normal|original|full|recorded)(,? (recorded|original))? (volume|level)\b|(原始|原来的?|正常)的?音量|全开|开到最大|开满/,
  /**
   * "原声留着", "保留原声", "keep the original audio": the recording's sound said to stay as it is (not brought back: 取消静音,
   * 原声恢复, "unmute" change it). Beside music added ("原声留着 加个音乐 百分之四十") it is what adding the music leaves.
   * "keep the recording's sound": the recording named by its own noun, the same.
   */
  soundLeftAsIs: new RegExp(String.raw`${VOICE_KEPT_ZH}|\bkeep (the )?(original|source|video's|footage's|recording's) (audio|sound)\b`),
  keepAudio: new RegExp(String.raw`(取消|解除|关掉|关闭)静音|(刚才|之前|前面)?的?静音(取消|解除|撤销|撤掉)|原声恢复|${VOICE_KEPT_ZH}|(keep|restore|unmute|bring back) (the )?(?:(original|source|video's|footage's|recording's|recording)(?: own)? )?(audio|sound)|\b(bring|put) (the |my )?(original|source|mic) (audio|sound|voice) back\b(?! (in|at|from|after|for|during|between)\b)|\bunmute\b|恢复原声`),

  // zh lexicon: 渐变 at both ends (首尾加渐变, 开始和结束都渐变, 片头片尾都渐变) is a fade, not a gradient background; nor is 渐渐变暗 ("slowly goes dark").
  /** "add a background", "frame it on a gradient", "use my image as background", 加背景; not "blurred background". */
  // "place the photograph I've just uploaded behind it": a picture put behind the footage is its backdrop.
  // "place our campus photo, campus.jpg, behind the recording", "harbour.png, set that behind the video": the picture by its file, too.
  background: /\b(background|backdrop|wallpaper|gradient)\b|(?:\b(?:my|our|the|this|that) (?:[\w-]+ )?(?:image|picture|photo|photograph|pic|screenshot|png|jpe?g)\b|\b[\w-]+\.(?:png|jpe?g|webp|avif)\b)[^;]{0,60}?\bbehind (?:it|them|everything|(?:the|my|our) (?:video|clip|footage|recording|screen|whole thing))\b|rounded corners|drop shadow|\bframe (it|the (video|recording|screen|footage))\b|背景(?!音|声)|(?<!(首尾|头尾|开头|结尾|两头|结束|片尾)[^，,。]{0,3})(?<!渐)渐变|圆角|壁纸/,
  /** "默认的背景", "the built-in one": the default asked for by name, no picture of the user's. */
  defaultKind: /默认|自带|内置|系统的|\b(?:default|built-in|stock|standard|usual)\b/,
  /** Words before "background" that name no particular one: "a nice background", "add some background", "the default backdrop". */
  // ("put it on background": the word before it may be how it is put.)
  anyBackground: /^(on|onto|as|into|to|for|a|an|the|my|some|nice|cool|pretty|new|different|another|gradient|fancy|good|soft|subtle|gentle|calm|colou?red|colou?rful|add|use|with|put|set|change|a new|default|built-in|standard|usual|彩色|好看)$/,
  /**
   * What a backdrop is said to be, after its noun ("background: the shot from our trip", "set the background to the
   * beach") or before it ("use all of it as the background").
   */
  // "把背景的杂物P掉", "背景里的路人抠掉", "背景修一下": something in the footage's own background taken out, or the picture
  // retouched (P掉: photoshopped out), which no operation here does; no backdrop is put on or taken off for it.
  footageRetouched: /(?<![a-z])p(?:掉|一下|一p|了|走|没|干净)|抠(?:掉|走|了|图|一下)|修(?:掉|走|没|图|一下)|涂掉|擦掉|打(?:个|一下)?码|马赛克|背景(?:里|中|上)?面?的(?!话)[^，,。]{1,6}?(?:去掉|删掉|拿掉|弄掉|清掉|清理)/i,
  backgroundSaid: /\b(?:background|backdrop|wallpaper)s?\s*(?::|=|\b(?:to|as|of|be|showing|from)\b|(?<=\b(?:make|set|change|switch|turn) (?:the |my |our )?(?:background|backdrop|wallpaper))(?= (?:our|my|the|a|an|this|that)\b))\s*(.+)$|\b(?:use|make|set|put) (.+?) as (?:the |a |an |my |our )?(?:background|backdrop|wallpaper)s?\b/,
  /** Words that, said as what a backdrop is, name none the product cannot draw ("to something nice", "to the video please"). */
  backgroundFiller: /^(a|an|the|some|any|my|our|your|this|that|it|one|something|else|nice|cool|pretty|new|different|another|gradient|fancy|good|soft|subtle|gentle|calm|colou?red|colou?rful|default|built-in|standard|usual|regular|stock|basic|please|instead|too|also|video|clip|recording|footage|screen|whole|entire|thing|everything|all|behind|for|me|us|on|again|background|backdrop|wallpaper|intro|outro|card|title|frame|framed|rounded|corners|drop|shadow|and)$/,
  /** Music named by another that the product cannot find: "the same as the intro", "like the one in our last video". */
  musicLikeOther: /\bsame\b(?! (volume|level|time)\b)|\b(?:like|from|matching|similar to|as in)\s+(?:the|our|my|that|this|last|in|what)\b/,
  /** "… without it", "minus that": what the clause before took away, said again. */
  withoutIt: /\s*\b(?:without|minus|with no) (?:it|that|them|those)\b/,
  /** "again in webm", "webm too", "gif也要一个": a file said again the way the one before was. */
  again: /\b(again|too|also|once more|as well)\b|也|还要/,
  /**
   * "export the same again", "export another one", "render the same file", "…, then export again": a file made as the one
   * the message exported before.
   */
  exportSame: /\b(?:export|render|do|make)\b.*\b(?:the same(?: one| file| thing| version| export)?(?: again)?|another one|another copy|one more(?: copy| file)?)\b|\b(?:export|render)(?: (?:it|that|this))? (?:once )?again\b/,
  /** Taking a look away: "no background", "remove the intro", 去掉背景. */
  without: words(REMOVE, MAY_GO, String.raw`\b(no|without|turn off|switch off)\b|不要${LESS}|取消|关掉|关闭|关了|关上`),
  /**
   * What an export cannot make: an audio file, stills or a document, another container, a frame rate. Named as what the
   * file is ("as a powerpoint", 导出成PPT, 导出音频), not where a video goes ("for my powerpoint", 放到PPT里用). Nor a 3D
   * render ("render the 3D model with better light", 渲染一下模型): rendering said of a model or its light, no video file.
   * Nor a see-through picture ("export with a transparent background", 导出带透明背景的视频, "with an alpha channel").
   */
  unmadeOutput: new RegExp(String.raw`\b(?:transparent|see-through)(?: background| bg| backdrop)\b|\balpha(?: channel| matte)\b|\bwith (?:an? )?(?:transparent|see-through|alpha)\b|\btransparent (?:gif|webm|mov|video|export)s?\b|透明(?:背景|底|通道)|背景透明|(?:alpha|阿尔法)\s*通道|\brender(?:ing)?\s+(?:out\s+)?(?:the |a |this |that |my |our |it |them )?(?:3d\b|models?\b|mesh(?:es)?\b|objects?\b|characters?\b|assets?\b|lighting\b|shadows?\b|textures?\b|materials?\b|(?:with |in )(?:better |more |nicer |softer )?(?:light|lighting|shadows|ray ?tracing)\b)|渲染(?:一下)?(?:这个|那个)?(?:3d|模型|灯光|光影|材质|贴图|光线)|\b(lottie|svg|webp|apng|swf|${AUDIO_NAMED_ALONE}|png|jpe?g|pdf|avi|mkv|wmv|flv|frames|stills|\d+\s*fps|frame ?rate)\b|\b(audio|sound) only\b|\bonly the (audio|sound)\b|\bjust the (audio|sound)\b|\b(?:as|into) (?:an? |one )?(?:(?:audio|sound|word|text|image|picture|photo|powerpoint|keynote|excel) )?(?:powerpoint|ppt|pptx|keynote|slides?|slideshow|word|docx?|document|excel|spreadsheet|images?|pictures?|photos?|audio|sound|text|transcript)(?: files?)?\b(?! (?:deck|presentation|slides?)\b)|(?:导出|输出|转|存|生成)(?:成|为)?\s*(?:一?[个份张套]\s*)?(?:pptx?|幻灯片|演示文稿|word|docx?|文档|excel|表格|图片|照片|截图|音频|声音文件|文字稿|逐字稿)`),
  /**
   * Both ends of one moment cut ("第二段两边剪掉", "trim clip 3 at both ends", 第一段掐头去尾): no operation trims a
   * moment's start (trim_moment shortens its end), so the clause is left unread and the reply says so; not a removal.
   */
  bothEndsCut: new RegExp(String.raw`^(?=.*\b(?:${MOMENT_NOUN}|bit)s?\b)(?=.*\b(?:trim|cut|chop|snip|shave)(?:s|ted|ped|ping|ting)?\b).*\b(?:both (?:its |their )?ends|each end|either end|head and tail)\b|(?:第[一二三四五六七八九十两\d]+|这|那|[上下]一)(?:段|个片段|个镜头|个clip)[^，,。]{0,4}(?:(?:两边|两头|头尾|首尾|前后)(?:都|各)?(?:给我)?(?:剪|切|砍|删|去|裁)|掐头去尾|去头去尾)`),
  /** What the user does in another editor, or what it can do (OTHER_EDITOR_TOLD): no edit of this one. */
  otherEditorTold: OTHER_EDITOR_TOLD,
  /** An editing term for what the product does not do, whose words read as another edit: "add a J-cut from shot 1 into
   * shot 2" is no cut, a "zoom transition" no zoom, "green screen the background" no green backdrop; "keyframe a zoom at
   * 0:14", "keyframe 在 0:12 zoom in" is a zoom at that time. One voice taken out of the recording's sound, the others
   * kept ("把路人的说话声去掉", "我老公说话的声音去掉", not 我说话的声音 nor 视频里说话的声音, the whole sound;
   * OTHER_SOUND_REMOVED): no mute. Cuts
   * timed to the music's beat ("make the beat sync with the cuts", "cut on the beat"): no music added. One thing in
   * the picture given a pace of its own ("make the arrow fly slower, only the arrow and not me", "make the ball roll
   * faster", "make the bikes go faster but not the marshals"): the video's speed is all there is, so no speed. */
  unmadeEdit: new RegExp(String.raw`${OTHER_SOUND_REMOVED}|`.concat(/\bmake (?:the|that|this|my|his|her|their|our) (?!(?:video|vid|clip|footage|recording|film|movie|demo|walkthrough|tutorial|reel|teaser|highlights?|edit|cut|thing|one|start|beginning|opening|middle|end|ending|whole|entire|idle|boring|music|song|intro|outro|rest|parts?|bits?|moment|segment|section|scene|shot|piece|passage|portion|transitions?|fades?|zoom|text|title)\b)[a-z]+ (?:fly|flies|move|moves|go|goes|run|runs|ride|rides|race|races|spin|spins|fall|falls|drive|drives|walk|walks|swim|swims|roll|rolls|bounce|bounces|float|floats|drift|drifts|flap|flaps)(?: (?:a (?:bit|little|lot)|much|way))? (?:slower|faster|quicker)\b|(?<![把将我俺咱己里中上的])的?(?:说话|讲话|聊天)的?声音?(?=[^，,。]{0,6}?(?:去掉|删掉|消掉|去除|拿掉|弄掉|关掉))|\b[jl][- ]?cuts?\b|\b(match|smash|cross)[- ]?cuts?\b|\bsplit[- ]edits?\b|\bgreen[- ]?screen|\bchroma[- ]?key|\b(zoom|whip(?:[- ]pan)?|spin|glitch|wipe) transitions?\b|\bkey ?fram(e|es|ed|ing)\b(?![^,，。]{0,14}?(?:\bzoom (?:at|in)\b|放大))|\b(?:sync|synch?ed|syncing|line up|lined up|time|timed)\b[^,.;?]{0,30}?\b(?:beats?|rhythm|tempo)\b|\b(?:beats?|rhythm|tempo)\b[^,.;?]{0,30}?\b(?:sync|synced|in sync|line up|lines up)\b|\bon the beats?\b|\bbeat[- ]?sync(?:ed|ing)?\b/.source)),
  /** Background noise is sound, not a backdrop: "remove the background noise" is nothing the editor does. */
  noise: /\bnoise\b|\bhum\b|\bhiss\b|噪音|噪声|杂音|底噪/,
  /** A noise made quieter ("lower the room noise", "tone down the hum"): what turning the recording's sound down does. */
  noiseLowered: /\b(?:lower|reduce|turn down|bring down|tone down|tame|dampen|soften|quieten|quiet down|cut down(?: on)?)\s+(?:the |that |this |all |any |some |our |my )?(?:[a-z'-]+ ){0,2}(?:noise|hum|hiss|buzz)\b/,
  /**
   * "remove the fan noise", "get rid of the hum", "remove the sound of the sea", "remove only the seagull sound" (a sound named by
   * what makes it, not the recording's: "remove the clip sound"): a noise as what the verb takes (not "kill the audio, it's all wind
   * noise"; not "the static stretches", where nothing moves). Muted ("mute the generator noise") it is the recording's
   * sound switched off, which the editor does. So is a noise said to have to go ("the crowd noise must go"). Not the
   * sound of the original recording, the recording's own.
   */
  noiseRemoval: /(?:^|\b(?:the|that|this|all|any|our|my) )(?:[a-z'-]+ ){0,2}(?:noises?|hum|hiss|buzz) (?:must|has to|needs to|should|has got to|gotta|got to) go\b|\b(remove|get rid of|kill|cut( out)?|drop|strip|eliminate|clean( up)?|reduce|filter( out)?|fix)\s+(out\s+)?(the |that |this |all |any |some |our |my )?([a-z'-]+ ){0,2}(noises?|hum|hiss|buzz|static(?! (stretch(es)?|parts?|bits?|sections?|spots?|shots?|screens?|moments?)\b))\b|\b(remove|get rid of|kill|cut( out)?|strip|eliminate|filter( out)?)\s+(out\s+)?(the |that |this |all )?(sound|noise)s? of (the |my )?(?!(the|my|video|vid|recording|footage|clip|music|song|original|source|raw)\b)[a-z]+|\b(remove|get rid of|kill|cut( out)?|strip|eliminate|filter( out)?)\s+(out\s+)?((only|just) )?(the |that |this |all )?(?!(the|that|this|my|our|your|video|vid|recording|footage|clip|music|song|original|source|ambient|natural|background|bg|camera|audio|own|whole|entire|all|raw|live|mic|phone|voice)\b)[a-z'-]+\s+sounds?\b/,
  /**
   * "my image", "the photo I've just uploaded", a picture's file name: the user's upload as the background; "background
   * image, the one I just sent": a picture named, then which by when it was sent.
   */
  ownImage: /\b(?:image|picture|photo|photograph|pic|wallpaper)\b[^.;]*?,\s*(?:the|that) one (?:that )?(?:i|we)(?:'ve | have | )(?:just |recently )?(?:uploaded|added|sent|shared|attached|gave you)\b|\bmy (own )?(image|picture|photo|photograph|wallpaper|logo)\b|\b(image|picture|photo|photograph|screenshot|snapshot|pic|png|jpe?g|file|logo|graphic|wallpaper|artwork)( (of|from|with) (?!(?:the )?(?:video|clip|footage|recording)\b)[\w'-]+( [\w'-]+){0,3})? (that )?(i|we|mi)('ve | have | )(just |recently )?(uploaded|upload|added|sent|shared|dropped( in)?|attached|gave you)\b|\b(my|our|the) (uploaded|attached) (image|picture|photo|pic|logo|graphic|wallpaper|artwork)\b|\b[\w-]+\.(png|jpe?g|webp|gif|avif)\b|我(刚刚?|之前)?(上传|传)?的(图片|照片|图)|(我|额|俺|刚刚?|刚才|方才|之前|新)[^，,。]{0,3}(上传|传|发)(上来|过来|上去)?了?[的滴嘞]?(那|这|一)?(张|幅|个)?[^，,。]{0,6}?(图片|照片|图|壁纸|截图|logo|海报)|(上传|传)[的滴嘞](那|这)?(张|个)?(图片|照片|图|截图|logo)?$|(那|这)张[^，,。]{0,6}?(图片|照片|图|截图)|新上传的/,
  /**
   * An intro or outro card: "add an intro card 'Acme'", "end with 'Try it at acme.io'", 加片头“产品演示”, 片尾“…” (not
   * "the boring intro bit", the opening of the footage; nor "an intro title 'Acme' for 3 seconds", a title over the
   * start, nor "a title 'Acme' at the start with slide", where "start with" is no opening card; nor "a caption 'X' at
   * the end with slide", a caption at the clip's end that slides in, no closing card).
   */
  intro: /\bintro(duction)?( card| slide| screen)?\b(?! (?:bits?|parts?|sections?|stretch|footage|scenes?|shots?|titles?|captions?|text)\b)|\b(title|opening|introductory|starting|start|first|lead-in|welcome) (card|slide|screen)\b|(?<!\bthe (?:very )?)\b(start|begin|open) with\b|\b(start|begin|kick)( it| things)? off with\b|片头|开场/,
  outro: /\boutro( card| slide| screen)?\b|\b(end|closing|final|last|concluding|ending|sign-off) (card|slide|screen)\b|(?<!\bthe (?:very )?)\bend (it )?with\b|\b(end|finish|close) (it )?on an? (card|slide|screen)\b|\bclose with\b|\bfinish with\b|片尾|结尾卡|结束页/,
  /** "字幕咋个跑到中间去了", "标题怎么跑上面去了": where a text has got to, said as a complaint, is no place asked of it. */
  textDrifted: /(?:咋个|咋|怎么|怎么又|又)?(?:跑|跳|窜|溜|掉)(?:到|去)?[^\s，,。]{1,6}去了/u,
  /** "下方人名条", "bottom name strip": the place a lower third's name says it sits, no place asked of it. */
  lowerThirdPlace: new RegExp(String.raw`(?:下方|底部|下面|底下)的?(?=${LOWER_THIRD_ZH})|\bbottom (?=name (?:tag|plate|strip|bar)s?\b)`),
  /** What only names the words that follow it ("文字“…”", "内容：“…”", "text: '…'"): said after a card named with no words, they are its words. */
  wordsLabel: /^(?:文字|内容|文案|字|写(?:上|着)?)(?:是|为)?\s*[:：]?$|^(?:with )?(?:the )?(?:text|words|wording)\s*:?$|^(?:saying|reading|that says|which says)$/,
  /** A full-frame card, its end said by where it goes: "a card at the end saying …", 结尾加一张卡片. */
  card: /\bcards?\b|卡片|字卡|(?<=(?:两|俩|几|每|加一?|放一?|插一?)(?:张|个))卡(?![顿住壳])/,
  /**
   * One card said to stay as it is ("片尾留着", "片尾留到" as said in the southwest, "片头保留", "outro stays", "keep the
   * outro"), beside the other taken away: that one is none of the removal.
   */
  cardKept: /(?:片头|片尾|开头|结尾)(?:那个|的)?(?:卡片?)?\s*(?:就|还|要|可以)?(?:留着|留下|保留|不动|别动|不变|留到(?=$|[\s，,。]))|\b(?:the )?(?:intro|outro)(?: card)? (?:stays|can stay)\b|\bkeep (?:the )?(?:intro|outro)\b/,
  /**
   * A card named by the stock words it shows ("a thank you card", "a thanks-for-watching screen", 谢谢观看的片尾, 片尾加个谢谢观看):
   * those words are its words, and a card of thanks closes the clip.
   */
  thanksCard: /\b(?<en>thank(?:s|[- ]you)(?:[- ]for[- ]watching)?)[- ](?:card|slide|screen|outro)\b|(?<zh>(?:谢谢|感谢)(?:观看|收看|大家|支持))(?:的)?(?:片尾|结尾卡|卡片?|字卡)|片尾(?:卡片?)?(?:加|放)(?:一?[个张]|上)?(?<runOn>(?:谢谢|感谢)(?:观看|收看|大家|支持))[!！~～。]*$/iu,
  /** "Add card for the end: …", "a card for the very beginning": the edge a card goes at, said as what it is for. */
  cardFor: /\bcards? (?:for|to go at) (?:the )?(?:very )?(?:(start|beginning|opening|front)|end|ending|close|finish)\b/,
  /** "drop the card", "remove that card": one card, the one the message put on, not both. */
  oneCard: /\b(the|that|this) card\b|(这|那)张(卡片|字卡)/,
  /**
   * "remove both cards", "all the cards", 卡片都删掉, 两张卡片: every card named (against "card 拿掉", "再把卡片删掉", a card
   * named bare after the message added one: that card).
   */
  everyCard: /\b(both|all|every|each)\b[^,.;]*\bcards?\b|\bcards\b|都|全部|全都|所有|两张|统统|通通|每张|各/,
  // "从 旁边 滑 进来" (typed a word at a time), "从右边划进来" (划, hua, typed for 滑 before coming in).
  slide: /\bslid(e|es|ing)\b|滑入|滑出|滑动|滑\s*着?\s*(进|出)\s*来?|滑\s*(上|下)\s*来|划\s*(进|入)\s*(来|场|画面)/,
  // A fade of something in the footage, said not asked (the edit stays): a barber's "skin fade" and its "fade lines", a
  // "faded" colour or photo, "the fade of the logo", "the sign's fade"; not the clip's, the music's or its ends' fade.
  // zh lexicon: 首尾加渐变, 开头结尾都渐变 fade both ends; the music or picture 慢慢收掉/消失 (bgm慢慢收掉) fades out (a title's is its own);
  // 淡进(来) fades in; 渐黑, 渐暗, 慢慢暗下去 fade out.
  /** A fade, or an editor's "dip to black" (a fade out and in through black). */
  fade: new RegExp(String.raw`${FADE_DESCRIBED}\bfade|\bfading (in|out)\b|\bdip(s|ped)? (to|from) (black|white)\b|\b(go|goes|fall|falls|sink|sinks) (in)?to (black|darkness)\b|${TO_BLACK}|${DISAPPEARS_SLOWLY}|\b(rise|rises|come|comes|emerge|emerges) (up )?(from|out of) (black|darkness)\b|${FROM_BLACK}|${APPEARS_SLOWLY}|${IN_FROM_BLACK}|${OUT_TO_BLACK}|淡入|淡出|淡进|渐强|渐弱|渐显|渐隐|渐入|渐出|渐黑|渐暗|${FADING_OUT_ZH}|${FADING_IN_ZH}|(首尾|头尾|两头|开头(和|跟|与)?结尾|开始(和|跟|与)?结束|片头(和|跟|与)?片尾)[^，,。]{0,3}渐变(?!背景|色)|(首尾|头尾|两头|开头(和|跟|与)?结尾|开始(和|跟|与)?结束)[^，,。]{0,3}(?<![平冷清暗惨])淡(化|掉)?(一下|一淡)?(?=$|[，,。]|一点|些|\s*[\d一二两三四五六七八九十半]+(?:\.\d+)?\s*(?:秒|s\b))`),
  /**
   * The music named last, after a fade's end ("then a 4 sec fade-out on the music"): the part the fades said before it
   * (naming none) are of too; not "…, on the music too", a second fade.
   */
  musicLast: /\b(?:on|for|to|of|over|under) (?:the |my |our )?(?:background |bg )?(?:music|bgm|song|soundtrack|tunes)(?: track| bed)?(?: only)?[.!]*$/,
  /** The music said alone after a fade naming no part ("…, on the music", "music only", "淡入淡出，音乐的", "都是给音乐的"): the part it fades. */
  musicAlone: /^(?:(?:and |but )?(?:both |all |each |just |only )?(?:on|for|to|of) (?:the |my |our )?(?:background |bg )?(?:music|bgm|soundtrack|song)(?: track)?(?: only)?|(?:the )?(?:background )?(?:music|bgm) only|(?:just|only) (?:the )?(?:background )?(?:music|bgm)|(?:都是|都|全是|全都|两个都是)?(?:给|对|在)?(?:背景)?(?:音乐|配乐|背景乐|bgm)(?:的|上的)|(?:都是|都|全是|全都|两个都是)(?:给|对|在)(?:背景)?(?:音乐|配乐|背景乐|bgm)上?|只(?:给|对|在)?(?:背景)?(?:音乐|配乐|背景乐|bgm)(?:的|上)?)(?:哈|啊|呀|吧|哦)?[.!。！]*$/,
  /**
   * A clause that opens with "with", adding to the request before it ("lofi music please, with fade in 2 seconds and fade
   * out 2 seconds", "add lofi, with a fade out"): what it has is that request's (the music's fade, not the clip's).
   */
  withDetail: /^(?:and |but |also )?with(?:out)?\b/,
  /** A clause said as a step after the one before ("then fade in", 然后淡入, 再淡出): a request of its own, no detail of that one. */
  stepAfter: /^(?:(?:and|so|but)\s+)?then\b|^(?:然后|再|接着|之后|随后)/,
  /**
   * A fade's other end said alone, maybe with its length: "out 1 second", "then in over 2s", "and out too", "out the
   * same"; in Chinese the end named and said to be the same (结尾也一样, 片尾同样, 开头也是这样): the end of the clip
   * (group 2) or its start (group 3).
   */
  fadeOtherEnd: /^(?:(?:然后|还有|那)?(?:(结尾|结束|片尾|末尾|最后)|(开头|开始|片头))(?:的时候|那里|那边)?(?:也|同样|也同样|照样)(?:是|要|这样|一样|这么做)*(?:的|吧|啊|哦|喔)?[。.!！]*$)|^(?:(?:and|then|but|also|,)\s+)*(in|out)(?:\s+(?:over|for|in|at|with|by|of))?(?:\s+(?:a|one|an?|about|around|like|maybe|just))?(?:\s*(?:\d+(?:\.\d+)?|one|two|three|four|five|half a)\s*-?\s*(?:s|secs?|seconds?|ms|milliseconds?)\b)?(?:\s+(?:too|as well|also|each|the same|same|please|then))?[.!]*$/,
  /** "fade the music and the video out", "the picture and the song": the music and the picture named together, one verb for both. */
  musicAndPicture: /\b(?:music|bgm|song|track|soundtrack|audio) and (?:the )?(?:video|picture|image|footage|visuals?)\b|\b(?:video|picture|image|footage|visuals?) and (?:the )?(?:music|bgm|song|track|soundtrack)\b/,
  /** The picture named as what fades ("fade the video out", 画面淡出), not the music faded just before. */
  picture: /\b(video|clip|picture|image|footage|screen|visuals?)\b|to black|from black|to darkness|from darkness|视频|画面|影片|片子|全片|黑场|黑屏/,
  /**
   * "crossfade 设 0", "转场调成0", "set them to zero", "调成零": a zero said without a unit, which needs none (in figures or a
   * word); so is one right after the word ("crossfade 0, hard cuts only", "转场 0"): a crossfade of nothing is a hard cut.
   */
  zero: /(?:设|设为|设成|调成|调到|改成|改为|=|\bto|\bat|\bcross[- ]?fades?\s*[:：]?|转场\s*[:：]?)\s*(?:0(?![.\d])|zero\b|零(?![点.\d一二三四五六七八九]))/,
  // "fading in", "it fades in": the verb in its other forms.
  // "fade the beginning in", "fade the ending out": the end named between the verb and its particle; "fade the end",
  // "only fade the start": the end named alone as what fades (not both ends named: "fade the start and the end").
  // "Fade clip in 1 second, out 1 second", "fade out 2s, in 1s": the other end said after a comma, with its length or alone
  // (a figure's decimal point no stop before it: "fades: in 0.5, out 2", the ends said after the word as its label).
  fadeIn: new RegExp(String.raw`\bfades?\s*[:：]\s*in\b|(?<=\bfad(?:e|es|ing)\b(?:[^.;]|\.(?=\d))*\bout\b(?:[^.;]|\.(?=\d))*),\s*(?:and\s+|then\s+)?in\b(?=\s*[.!]*$|\s+\d|\s+(?:over|for|a|an|one|two|three|four|five|half|too|as well|also|the same|same)\b)|fad(?:e|es|ing)[- ]?in\b|\bfad(?:e|es|ing) (?:the |its )?(?:very )?(?:beginning|start|opening) in\b|\bfade (?:only |just )?(?:the |its )?(?:very )?(?:beginning|start|opening)\b(?! out\b|,? (?:and|&) (?:the |its )?(?:very )?(?:end|ending|close|finish)\b)|\bfade (?:the |this |that )?(?:whole thing|everything|entire (?:thing|video|clip)|whole (?:video|clip)|lot) in\b|fade (up )?from black|\b(rise|rises|come|comes|emerge|emerges) (up )?(from|out of) (black|darkness)\b|${FROM_BLACK}|${APPEARS_SLOWLY}|${IN_FROM_BLACK}|\bin and out\b|\b(music|it|clip|video) in\b|\bfades? (?:the |this |that |my |our )?(?:picture|footage|recording|screen|image|visuals|song|track|audio|sound|film|movie|opening)s? in\b|\bfades? (?:gently|slowly|softly|smoothly|gradually|nicely|slow|gently up) (?:in|up from black|from black)\b|淡入|淡进|渐强|渐显|渐入|${FADING_IN_ZH}|(首尾|头尾|两头)[^，,。]{0,3}渐变`),
  fadeOut: new RegExp(String.raw`\bfades?\s*[:：]\s*out\b|(?<=\bfad(?:e|es|ing)\b(?:[^.;]|\.(?=\d))*\bin\b(?:[^.;]|\.(?=\d))*),\s*(?:and\s+|then\s+)?out\b(?=\s*[.!]*$|\s+\d|\s+(?:over|for|a|an|one|two|three|four|five|half|too|as well|also|the same|same)\b)|fad(?:e|es|ing)[- ]?out|\bfad(?:e|es|ing) (?:the |its )?(?:very )?(?:end|ending|close|finish) out\b|\bfade (?:only |just )?(?:the |its )?(?:very )?(?:end|ending|close|finish)\b(?! in\b|,? (?:and|&) (?:the |its )?(?:very )?(?:beginning|start|opening)\b)|(?<!\b(?:the|a|that|this|those|these|any|all|no|my|its) )\bfad(?:e|es|ing) (?:(?:the |this |that )?(?:music|song|track|video|clip|picture|it|everything|whole thing) )?away\b|\bfade (?:the |this |that )?(?:whole thing|everything|entire (?:thing|video|clip)|whole (?:video|clip)|lot) out\b|\bin ?[/&+] ?out\b|fade to black|\b(go|goes|fall|falls|sink|sinks) (in)?to (black|darkness)\b|${OUT_TO_BLACK}|${TO_BLACK}|${DISAPPEARS_SLOWLY}|\band out\b|\b(music|it|clip|video) out\b|\bfades? (?:the |this |that |my |our )?(?:picture|footage|recording|screen|image|visuals|song|track|audio|sound|film|movie|ending)s? out\b|\bfades? (?:gently|slowly|softly|smoothly|gradually|nicely|slow) (?:out|to black|to darkness)\b|淡出|渐弱|渐隐|渐出|渐黑|渐暗|${FADING_OUT_ZH}|(首尾|头尾|两头)[^，,。]{0,3}渐变`),
  /** The kind of text named, as a correction says it again ("Title 'X', actually make it a caption"). */
  textKind: /\b(?:lower[- ]thirds?|name (?:tags?|plates?)|captions?|subtitles?|titles?)\b|字幕|标题/gi,
  /** Which end of the video a text goes at, as a correction says it again ("… at the start, no wait, at the end"). */
  videoEdge: /\b(?:at|on|in) (?:the )?(?:very )?(?:start|beginning|front|end|close|finish)\b|开头|结尾/g,
  /** Which ends a fade is at, as a correction says them again ("开头淡入……算了，淡入淡出都要"): the fade's value. */
  fadeEnds: /淡入淡出|渐入渐出|淡入|淡出|渐入|渐出|(?:两头|两端|首尾)都?淡|\bfade[- ]?in and out\b|\bfade[- ]?(?:in|out)\b/g,
  // zh lexicon: 每段之间淡一下: a fade between the moments.
  /** "nice and languid", "make them smooth", 柔和一点: how a transition should feel, said beside its length. */
  transitionFeel: /^(?:(?:and|but|nice and|make (?:them|it|those|'em)|keep (?:them|it)|(?:very|really|super|real|more|extra|a bit|kinda) )*\s*)*(?:smooth|soft|slow|gentle|languid|subtle|lazy|dreamy|easy|leisurely|mellow|silky|gradual|long|longer|slower|softer|smoother|gentler)\b|柔和|柔一点|慢一点|缓一点/,
  // "let each moment melt into the next", "the clips blend into each other": one moment dissolving into the next crossfades.
  // "牦牛转场的视频": 转场 naming what a video shows (a herd moved to new pasture) is no transition.
  // "段落之间柔和一点", "片段换的时候慢慢地过": the change between moments made soft, or slow, is a crossfade; so is the
  // change between them named (每个部分之间的转换，0.6秒: 转换 said for 转场), not what it is changed into.
  crossfade: /cross[- ]?fad(e|es|ed|ing)\b|\bx-?fade|\bx-?fade\b|dissolve|\bfades? (between|from one)\b|smooth (out )?(the )?(cuts|transitions)|\bsoften (the |all the )?cuts\b|\bblend (the |all the )?(clips|cuts|shots|scenes)( together)?\b|\b(melt|fade|blend|bleed|flow|dissolve|ease|drift)(s|ing)? (in)?to (the next|one another|each other)\b|transitions?\b|交叉(淡化|溶解|渐变|淡入淡出)|溶解|叠化|转场(?!的(?:视频|录像|片子|素材))|(?<!走)过场(?![戏子]|动画)|过渡(?![到段期])|(段|片段|镜头)(之间|中间|和段之间)[^，,。]{0,4}(?:淡|フェード|\bfade(?![a-z]))|(段|片段|镜头)(之间|中间)[^，,。]{0,2}叠(?=一下|起来|着|$|\s)|(画面|镜头|片段)切换[^，,。]{0,4}(柔和|顺滑|平滑)|(段落?|片段|镜头)(之间|中间)的?(衔接|切换)?(柔和|顺滑|平滑|丝滑)|(段落?|片段|镜头|部分)(之间|中间)的(转换|切换)(?!成|为|到)|(段落?|片段|镜头|画面)(切换|换)的?(时候|时)[^，,。]{0,2}(慢慢|柔和|顺滑|平滑)/,
  /** A transition named again with its length ("半秒的淡化", "过渡1秒", "a 1 second dissolve"). */
  transitionNoun: /cross[- ]?fad(e|es|ed|ing)\b|\bx-?fade|dissolve|transitions?\b|交叉(淡化|溶解|渐变|淡入淡出)|溶解|叠化|转场|过渡(效果|动画)?|淡化|渐变/,
  /** "不要硬切", "别硬切": no hard cut is a transition asked for (not a cut of anything, nor one without transitions). */
  notHardCut: new RegExp(`${NO_HARD_CUT}硬切`),
  // "straight cuts" ("just cut straight"): the editor's other name for them; 直切 (said alone, not 直切主题 "straight to
  // the point") the same.
  hardCuts: new RegExp(String.raw`hard cuts|\bstraight cuts\b|^(?:just |simply )?(?:cut|jump) straight(?: (?:to|into) (?:the )?next(?: (?:one|clip|part|shot|scene))?)?[.!]*$|^hard[- ]?cut (就行|就好|就可以)$|\b(cross[- ]?fades?|transitions) off\b|\boff (the |all )?(cross[- ]?fades?|transitions)\b|(?<!${NO_HARD_CUT})(?:硬[切接]|直切(?=$|即可|就行|就好|就可以|吧|[，,。]))|直接\s*(?:切|跳|cut\s*)(?:换|过去|到下一?(?:段|个))?(?:就行|就好|就可以|即可|吧)?$|no (cross[- ]?fades?|transitions)|remove (the )?(cross[- ]?fades?|transitions)|(不要|去掉|删除|删掉|取消|关掉|关闭|关了|去除)[^，,。]{0,8}(转场|叠化|过渡)|(转场|叠化|过渡)(效果|动画)?(都|也|全部?|统统)?(关掉|关了|关闭|去掉|删掉|删了|不要了?|取消)|(?:(?:别|不|勿)再?(?:加|用|要|搞|整|做|弄|上)|(?:不用|不需要|无需|不必)再?(?:加|用|要|搞|整|做|弄|上)?)(?:任何|什么)?[^，,。太]{0,4}?(转场|叠化|过渡)|(转场|叠化|过渡)(效果|动画)?(都|也|全部?|统统|就)?(?:别|不用|不需要|不)(?:加|用|要|搞|整|上)了?(?=$|[，,。!！])|一刀切(?:过去|下去|到底)`),
  // "take clip 3 off": the clip named between the verb and its particle goes.
  removeMoment: words(
    String.raw`(${REMOVE}|\b(cut|skip)\b).*\b(${MOMENT_NOUN})s?\b|\b(${MOMENT_NOUN})s?\b.*${MAY_GO}|\btake (the )?(\w+ )?(${MOMENT_NOUN})s? (\d+ )?off\b|${MOMENT_GONE}`,
    String.raw`(${REMOVE}|剪掉|删)(${PLACED_ZH})|(${PLACED_ZH}).*(${REMOVE}|剪掉)`,
  ),
  /**
   * "86 clip two", "86 the second clip": a kitchen's word for "off the menu", said first of a moment or of something named
   * with an article, is "remove" (not "86 seconds", nor "clip 86").
   */
  eightySixed: new RegExp(String.raw`^86(?:'?d)?\s+(?=(?:the |that |this )?(?:${MOMENT_NOUN})s?\b|(?:the|that|this) [a-z])`),
  /** "everything except clip 2", "all but the first": what is named is what stays. */
  except: /\b(except( for)?|other than|apart from|besides|save for)\b|\b(everything|all|anything|all (the )?clips) but\b/,
  /**
   * "leave it at 7 seconds", "have clip 2 at 5 seconds": the length a moment is left at, the one it keeps (no amount taken
   * off); "let it with 8 seconds", "leave it with 8 seconds", as déjalo con, lass es bei, lascialo a say it.
   */
  leftAt: /\b(?:leave|have|let) (?:[\w'-]+ ){1,3}?(?:at|with) \d/,
  /**
   * "make the first clip 5 seconds", "第一段太长了，改成5秒": a length a moment is made, said beside a complaint that it is
   * too long, is the length it keeps (not "make it 2 seconds shorter", nor "it's 3 seconds too long").
   */
  lengthMade: /\b(?:make|set)\b[^,.;]*?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b(?!\s*(?:too|over|longer|shorter|less|more)\b)(?![^,.;]*\b(?:shorter|longer|by)\b)|(?:改成|变成|改为|设为|设成|调成|调为|定为|定成)\s*\d+(?:\.\d+)?\s*秒(?!\s*(?:就行|左右)?[^，,。]{0,2}(?:短|长))/,
  /** "keep only clip 2", "just keep the first and last clips": the others go. */
  keepOnly: /\b(keep|leave) (only|just)\b|\b(only|just) (keep|leave)\b|(只|仅)(要|留|保留)(?=(第|最后|开头|开场|结尾|头|中间)[^，,。]{0,6}(段|片段|镜头))|(保留|留下|留着)[^，,。]*[，,]?\s*(其他|其余|别的|剩下)的?(段|片段)?(都|全|全部)?(删|去掉|不要)/,
  /** "swap clip 1 and clip 2", 第一段和第二段互换. */
  // "flip the order of clips 1 and 2" swaps them; "moment 1 and 2 change places" too; "第一段同第二段調轉" (turned round).
  swapMoments: /\b(swap|switch|exchange|trade)\b|\bflip the order of\b|\bchange (?:places?|positions?|spots?)\b|交换|调换|互换|对调|换(一下|个)?(位置|顺序)|位置(?:互?换|对调|调换)|(?<=段\s*)(?:调|掉|對|对)位|(?<=(?:段|片段|镜头)\s*)(?:换(?:一?下|换)|[调掉]转(?:一?下)?)(?=\s*(?:吧|呗|啊)?\s*(?:$|[，,。!！]))/,
  /**
   * "swap them", "switch dem round", "change their places": two moments named in the clause before swapped (not "switch
   * them off").
   */
  swapThem: /^(?:(?:please|pls|just|now|then|and|so)\s+)*(?:(?:swap|switch|exchange|trade|interchange)(?: (?:them|dem|em|'em|those|these|the two|those two|(?:their )?places|(?:their )?positions))(?: (?:round|around|over))?|change (?:their )?(?:places|positions))(?: (?:please|pls))?[.!]*$/,
  /** What joins two moments named together ("moment 1 an moment 2", "both the first and the second clip"). */
  pairJoined: /\b(?:and|an|n|both|the|\d+)\b|[,&\s]/g,
  /** "segment 2 should play 0:04 to 0:10 of its source", "clip 1: use 0:30-0:45 of the recording": where in its source a moment runs. */
  momentSpan: words(String.raw`\b(play|plays|use|uses|run|runs|span|spans|cover|covers|take|takes)\b|\bin\b.*\bout\b`, IN_SOURCE, EDIT_POINT),
  /** "set clip 1 to source 0:03-0:19", "… in the footage": the recording a moment is taken from, named. */
  inSource: new RegExp(IN_SOURCE),
  /**
   * "first clip should start at 0:04 and end at 0:16 in the footage": where a moment starts and ends, said of its source,
   * are its in and out points.
   */
  sourceEdge: { start: /\b(?:start|begin)s?(?: at| from)?\b/, end: /\b(?:end|stop|finish)(?:es|s)?(?: at)?\b/ },
  /**
   * "2分钟以后的都不要", "30秒之后的删掉", "3秒以后正常放": the footage after a point of it, no length of the clip (nothing
   * cuts from a point to the end: not read).
   */
  footageAfterPoint: /(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百半]+)\s*(?:秒钟?|分钟?)半?\s*(?:以后|之后|过后|后)(?:的|正常|照常)/,
  /** "set clip 2's in point to 0:12": where a moment starts or ends in its source, no length it is trimmed to. */
  editPoint: new RegExp(String.raw`入点|出点|${EDIT_POINT}`),
  /**
   * "make clip 3 the opener", "open with clip 3", "clip 3 should kick things off", "move the last moment up to open the
   * piece", "the video should open with the third moment", 让第三段开场, 视频以第三段开头: a moment made the first one
   * (not "the first to go", the first one taken away).
   */
  leadMoment: new RegExp(String.raw`${MADE_PLACE}(the (opener|opening( one| ${MOMENT_NOUN})?|first( one| ${MOMENT_NOUN})?|start|beginning|lead)|first|leading)\b(?! \d| to\b)|^(open|start|lead|begin|kick (it |things )?off)( the (video|clip|reel|edit))? (with|on) (${THING_FROM}the |${MOMENT_NOUN})|\bshould (open|start|begin|lead|kick( it| things| everything)? off)( (the|our) (video|reel|edit|montage)| (it|things|everything))?$|\b(?:move|put|bring|bump|shift|place)\b.*\bto (?:open|start|begin|kick off) (?:the|our|my|this) (?:${PIECE_NOUN})\b|${PLACE_WANTED}(?:open|start|begin|lead|kick off) (?:the|our|my|this) (?:${PIECE_NOUN})\b|${PIECE_WANTED}(?:open|start|begin|kick off) (?:with|on) (?:${THING_FROM}the |${MOMENT_NOUN})|(?:让|用|拿|以)(?:${PLACED_ZH})${OWN_WORDS_ZH}(?:来|作为?|当)?(?:开场|打头)${PLACE_WISHED_ZH}|以(?:${PLACED_ZH})${OWN_WORDS_ZH}开头${PLACE_WISHED_ZH}`),
  /**
   * "make clip 1 the closer", "end on clip 2", "clip 2 should close the video", "put clip 1 back to close the show",
   * 用第一段收尾: a moment made the last one.
   */
  // "let clip 2 last about 7 seconds": "last" before a length is how long it plays, no place.
  closeMoment: new RegExp(String.raw`${MADE_PLACE}(the (closer|ending|end|last( one| ${MOMENT_NOUN})?|final( one| ${MOMENT_NOUN})?|finale)|last)\b(?! (?:for |about |around |roughly |exactly |precisely |just |only )?\d)|^(end|close|finish|wrap (it |things )?up)( the (video|clip|reel|edit))? (with|on) (${THING_FROM}the |${MOMENT_NOUN})|\bshould (end|close|finish|wrap( it| things| everything)? up)( (the|our) (video|reel|edit|montage)| (it|things|everything))?$|\b(?:move|put|bring|bump|shift|place)\b.*\bto (?:close|end|finish|wrap up) (?:the|our|my|this) (?:${PIECE_NOUN})\b|${PLACE_WANTED}(?:close|end|finish|wrap up) (?:the|our|my|this) (?:${PIECE_NOUN})\b|${PIECE_WANTED}(?:close|end|finish|wrap up) (?:with|on) (?:${THING_FROM}the |${MOMENT_NOUN})|(?:让|用|拿|以)(?:${PLACED_ZH})${OWN_WORDS_ZH}(?:来|作为?|当)?(?:收尾|压轴)${PLACE_WISHED_ZH}|以(?:${PLACED_ZH})${OWN_WORDS_ZH}结尾${PLACE_WISHED_ZH}`),
  /**
   * Where a moment moved is said to go, first ("to the start", "in the beginning", "up front", "in first place", "3
   * first", "go first", 开头, 最前): "in front" is the same place, said with "in"; "in front of clip 2" is no place.
   */
  firstPlace: /(to|at) (the )?(start|beginning|front|top)\b|\bin the (start|beginning)\b|\b(?:up|in) (the )?front\b(?! of\b)|first place|\d\s+first( please| pls)?$|\b(go|goes|come|comes|be) first\b|开头|最前|最开始|头里|前头|头前/,
  /** Where a moment moved is said to go, last ("to the end", "in the back", "3 last", 结尾, 挪到最后); not "in the end of". */
  lastPlace: /(to|at) (the )?(end|back)\b|\bin the (end|back)\b(?! of\b)|last place|\d\s+last( please| pls)?$|\b(go|goes|come|comes|be) last\b|结尾|末尾|最后面|(移到|移至|放到|挪到|调到)最后/,
  /**
   * "move clip 1 after clip 2", "put it before the last one", 放到第三段后面: where a moment goes, by the one it then follows
   * or leads; not a before-and-after (the two looks compared: "put the last clip first, it's the before and after"),
   * nor "after all".
   */
  placeAfter: /\bafter\b(?!\s+all\b)(?<!\bbefore\s*(?:and|&|\/|n|'n')\s*after)|之后|后面/,
  placeBefore: /\bbefore\b(?!\s*(?:and|&|\/|n|'n')\s*after\b)|之前|前面/,
  // zh lexicon: 拉到 (drag to) and 排到 move a moment too; so do 弄到, 搞到 before the place ("把第三段弄到第二个去").
  // A clip shoved, dragged or slid somewhere is moved there; so is "the third bit" put (or going) before or after another ("bit" alone
  // is too often "a bit" to name a moment); a clip said to go in (to, at) the middle, the end or the start goes there ("clip 3 go
  // in the middle", "the second clip must go at the end"; not "…the end of the song", nor "shouldn't go at the end").
  moveMoment: new RegExp(String.raw`\b(move|put|place|bump|shift|send|stick|shove|drag|slide|relocate|reposition)\b.*\b(${MOMENT_NOUN})s?\b|\b(put|place|stick|shove)\b.*\b(first|second|third|fourth|fifth|last|\d+(st|nd|rd|th)) bit\b.*\b(before|after|ahead of|behind)\b|\b(first|second|third|fourth|fifth|last|\d+(st|nd|rd|th)) bit\b.*\b(go|goes|come|comes) (first|last|after|before)\b|^(?:(${MOMENT_NOUN})s?\s*#?\s*\d+|(?:the )?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last) (?:${MOMENT_NOUN})) (to (the )?(end|start|beginning|front|\w+ place|position \d+)|first|last)( please| pls)?$|\b(${MOMENT_NOUN})s?\b.*(?<!(?:\bnot|n't|\bnever)\s+)\b(go|goes|come|comes|moved) (first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|last|after|before|(?:in|to|into|at) the (?:middle|centre|center|end|start|beginning|back)\b(?! of\b))|\b(${MOMENT_NOUN})s?\b.*\b(?:go|goes|come|comes|be|sit|sits|moved?) (?:to |in |into |at )?(?:position|spot|slot|place) #?\d+\b(?![:.]\d)|(${PLACED_ZH}).*(移到|放到|挪到|调到|(?:弄|搞|整)到(?=第|最)|移至|放去|挪去|提到|提前到|拿到|搬到|拉到|排到|(放|挪|移)(在)?最(后|前)|(放|挪|移|排)(在)?(头前|前头|头里)|(放|挪|移|排)(在)?第[一二三四五六七八九十\d]+(个|位)?(?=$|[，,。!！])|(放|挪|移|搬)在(${PLACED_ZH})[^，,。]{0,8}(前面|后面|之前|之后|前头|后头))|移动第`),
  // zh lexicon: 砍了N秒 as 砍掉N秒; 砍N秒 (砍 never says a length to keep) too.
  // 第一段短上两秒, 短个三秒: "shorter by", a spoken complement (上, 个) between 短 and the amount.
  // "reduce clip 2 by 1.5 seconds": a moment reduced by a time is shortened (by a share, "by 20%", it is no length).
  // "trim the end of clip 1" shortens it (its start is not guessed at: momentOps); "snip a second off" ("take it off",
  // "take clip 3 off": the whole of it, no amount taken off it).
  /**
   * A moment shortened at its start ("2 seconds off the start of clip 1", 第二段开头剪掉2秒), which is not guessed at; not
   * the moment said to be the start of something ("第 2 段是 Q&A 的开头 剪掉 12 秒", "clip 2 is the start of the talk, trim
   * 12 seconds": what it shows, then how much it is shortened by).
   */
  startShortened: /(?<!\b(?:is|was|'s) (?:the |just the )?(?:very )?)\b(start|beginning|front) of\b|(?<!(?:是|为)[^，,。]{1,12}的)开头(?!(那|这)?一?个?(段|片段|镜头))/,
  // "clip 1 should end 2 seconds sooner": its end brought that much earlier, the moment shortened by it.
  // "第三段最后那几秒剪掉": a few seconds off a moment's end, no amount said, shortens it by the unsaid amount (no removal;
  // off its start, 开头那几秒, a shortening too, which startShortened leaves unguessed). 不要 is the verb only at the
  // clause's end ("最后几秒不要了"): before a verb ("最后几秒不要删掉") it refuses the cut.
  shorter: /(?:最后|结尾|末尾|尾巴|尾部|开头)(?:那|的)?几秒钟?(?:(?![别不没莫])[^，,。\d]){0,3}?(?:剪掉|删掉|去掉|砍掉|切掉|裁掉|不要(?=\s*[了吧啦]?\s*(?:[，,。！!～~]|$)))|\bshorter\b|\b(?:end|finish|stop)s? (?:(?:about|around|maybe|like) )?(?:\d+(?:\.\d+)?|a|one|two|three|four|five|half a) ?(?:s|secs?|seconds?) (?:sooner|earlier)\b(?! than\b)|(?<!剪|缩|截|裁)短\s*(?:上|个|它)?\s*\d+(\.\d+)?\s*秒|(剪|删|去|砍|切|裁|截|咔|掐|trim|cut)\s*(掉|去|了)\s*\d+(\.\d+)?\s*秒钟?(?!\s*(?:(?:以|之)?[后前]|的|那|这|处|到|至|左右的))|砍\s*\d+(\.\d+)?\s*秒钟?(?!\s*(?:(?:以|之)?[后前]|的|那|这|处|到|至|左右|钟?的))|出点\s*(往前|向前|提前|前移)\s*(收|缩|挪|移|调|拉)?\s*\d|出点\s*(收|缩)\s*\d|\b(take|knock|shave|cut|chop|lop|trim|snip|lose|pare) (?!(it|that|this|them|those|these|(the )?(clip|part|section|segment|scene|shot|moment) \d+|the (first|second|third|fourth|fifth|last|final) (clip|part|section|segment|scene|shot|moment)) off\b)(\S+ ){1,3}(off|from the end)\b|\b(?:take|knock|shave|cut|chop|lop|trim|snip|pare) (?:off|away) (?:about |like |around |maybe )?\d+(?:\.\d+)? ?(?:s|secs?|seconds?)\b(?! (?:of|from) the (?:start|beginning|front|middle)\b)|短一点|短点(?!的)|短一些|短些|减掉|减去|减少|减\s*\d|(?:掐|砍)\s*\d+(\.\d+)?\s*秒钟?(?!\s*(?:(?:以|之)?[后前]|的|那|这|处|到|至|左右的))|\btrim (the (end|tail|ending|start|beginning|front) of )?(the (first|second|third|fourth|fifth|last) )?(moment|clip|segment|part)s?\b|\bshorten (moments?|clips?|segments?|parts?|the (first|second|third|last))|\bshorten the [\w-]+ (moment|clip|segment|section|part|scene|shot)\b|\b(reduce|decrease) (moment|clip|segment|section|part|scene|shot|the ([\w-]+ )?(moment|clip|segment|section|part|scene|shot))\b(?=.*\bby (about )?\d+(\.\d+)? ?(s|secs?|seconds?)\b)|缩短|剪短|截短|裁短|\bshort(?:en)? (?:it|that|this)(?: one)?\b(?=\s+(?:by\s+)?\d)|\b(?:pare|whittle|slim|cut|trim) (?:down )?(?:\S+ ){0,3}?(?:down )?by (?:about )?\d+(?:\.\d+)? ?(?:s|secs?|seconds?)\b/,
  /** The speed as recorded: "set the speed back to normal", 恢复正常速度, "real time", "1x speed" (not the end of "1.1x speed"). */
  normalSpeed: /\breset (the |my )?(playback )?speed\b|\b(normal|regular|original|real[- ]?time|(?<![\d.])1x) speed\b|\bspeed (back )?to (normal|1x|regular)\b|\bplay (it )?(at|in) real[- ]?time\b|(正常|原始|原来的?)(速度|倍速)|原速(?!的?一半)|速度(恢复|回到|调回|改回|变回)(成|到)?(正常|原速|原来的?)/,
  /**
   * The recording's own sound, not the music: "my mic audio", "the original sound", 视频原声; and a sound named by where
   * it was recorded ("the kitchen sound", "the camera's audio", 现场同期声: a shoot's sync sound), or by who or what made it ("the screaming in the video", "the sound of the sea from the video",
   * "the applause", "the sound of the welding machines", "the talking of tourists", "the sewing machine noise", "the
   * bird sounds" (not "the video sounds great", a verb), "engine
   * noise to 20 percent"), or by the video it is in ("the video volume"): any sound
   * but the music's is the recording's. A sound said short as its maker and 声 is the
   * recording's where it is said to be the video's ("视频本身那个风声") or its level is named ("琴声的音量"): else 声 may be
   * another word's (大声, 声调).
   */
  // ("engine sound too loud, make 30%": a sound of the footage named bare, then how it is too loud, is that sound; so is
  // "发动机声音调到120%", "电钻声音开大点": one named before the verb that turns it, not music, a card nor a moment's; "the
  // burner roar in the video", "camel grunts in the recording": a sound heard in the footage, named by what it is.)
  // ("turn the recording up to 140%": the recording itself turned to a level is its sound; "remove sound of original
  // recording": so is the sound of the original one, and "the sound from the camera", what the camera recorded.)
  sourceAudio: new RegExp(String.raw`\b(?:turn|bring|crank|boost|raise|push|pump) (?:the |my |our )?(?:recording|footage)(?= (?:up|down) to \d+(?:\.\d+)?\s*(?:%|percent))|\b(?:the |those |these |all (?:the )?)?(?:[a-z]+ )?(?:${HEARD_NOUN}) (?:in|on|from|of) (?:the |my |this |our )?(?:recording|video|vid|footage)\b|`.concat(/(影片|视频|录屏)?原(本|来|始)的?(声音|录音)|(声音|录音)原(本|来|始)的|(录屏|录像|直播)的?声音|原始?音轨|\b(audio|voice|original|mic|microphone|narration|source) track\b|现场(的)?(声音|音)|同期声|现场声|环境(音|声)|\b(original|source|mic|microphone|recording'?s?|video'?s?|vid'?s?|footage'?s?|clip's|my)( own)? (audio|sound|voice)\b|\b(recording|footage|video|vid)('s)?( own)? volume\b|\b(audio|sound) (of|from) (the |my |our )?(original |source |raw )?(recording|video|vid|footage|camera|cam|phone|mic|microphone)( itself)?\b|\b(sound|noise)s? of (the )?[a-z]+( [a-z]+)? (from|in|on) (the |my )?(recording|video|vid|footage)\b|\b(?:sound|noise|talking|chatter)s? of (?:the |those |these |all (?:the )?)?(?!(?:music|bgm|song|track|soundtrack|video|vid|recording|footage|clip|it|this|that|my|our|your|silence)\b)[a-z]+|\b(?!(music|bgm|background|song|track|soundtrack|whole|entire|overall|same|other|new|final)\b)[a-z]+ (sound|noise)s? (from|in|on) (the |my |this )?(recording|video|vid|footage)\b|\b(the|my|our|his|her|their|your) (?!(music|bgm|background|song|track|soundtrack|whole|entire|overall|full|same|other|new|final|loud|quiet|white)\b)[a-z]+('s|(?<=s)')?( (?!(?:music|bgm|song|track|soundtrack|own)\b)[a-z]+)?( own)? (audio|sound|noise|noises|sounds(?! (?:great|good|fine|nice|off|weird|bad|like|better|worse|ok|okay|perfect|amazing|awesome|right|wrong|too|a bit|kinda|so|really|muffled|quiet|loud)\b))\b(?! effects?)|^[a-z]+('s|(?<=s)')? (audio|sound) (?=(off|down|up|to|at)\b)|^(?:(?:and|but|also|plus|then) )?(?!(?:music|bgm|background|song|track|soundtrack|the|my|this|that|it)\b)[a-z]+ (?:sound|noise|audio) (?=(?:is |'s )?(?:(?:way|much|a bit|a little|kinda|so|very|really) )?too (?:loud|quiet|soft|low)\b)|^[a-z]+ noises? (?=(down )?(to|at) (?!the\b))|^(sound|audio) (?=(off|down|up) (on|in|for) (the |my |this )?(video|vid|recording|footage)\b)|^(keep|set|leave|put|turn|bring) (?!(music|bgm|background|song|track|soundtrack|the|my|all|this|that)\b)[a-z]+ (audio|sound) (?=(at|to)\b)|\b(my )?(voices?(over)?|narration)\b|\b(the|my|our) (recording|footage|playing)\b(?= (to|at) (\d|full|half))|\b(the|that|this|all (the|that|this)) ((?!(?:music|bgm|song|track|soundtrack)\b)[a-z]+ )?(screaming|screams|shouting|yelling|cheering|laughing|laughter|chatter|chattering|crying|barking|clapping|applause|singing)\b|原声|人声|录音的?声音|录屏(本身|里|里面)?的?声音|视频(本身|里|里面|自己|自带)?的?声音|视频(?:本身|里|里面|自己|自带|中)(?:的|那个|这个)?(?![^，,。]*(?:音乐|配乐|bgm|歌|伴奏))[^，,。\s\d]{0,4}?声(?!音)|麦克风|我(说话)?的声音|(说话|讲话)声|(讲解|解说|旁白|说话|讲话)的?声音|旁白|(?<!看|听)讲解(?!的时候|时)|(?<!看|听)解说(?!的时候|时)|(?:^|(?<=[，,。\s]))(?!(?:背景)?音乐|配乐|bgm|歌|曲子|转场|标题|字幕|片头|片尾|音效|提示)[^，,。\s]{1,6}?(?:的|那个?)(?:声音|声儿)|(?:^|(?<=[，,。\s]))(?!(?:背景)?音乐|配乐|bgm|歌|曲子|伴奏|音效|提示|大声|小声)[^，,。\s\d]{1,6}?声(?:音|儿)?的音量|(?:^|(?<=[，,。\s]))(?!(?:背景)?音乐|配乐|bgm|歌|曲子|伴奏|音效|提示|转场|标题|字幕|片头|片尾|整体|整个|大声|小声)[^，,。\s\d第段]{1,6}?声音(?=(?:要|得)?(?:再|稍微)?(?:调|开|拉|放|设|降|压|提|加)(?:到|成|为|大|小|高|低))/.source, '|', PLAIN_SOUND_TURNED)),
  /** The plain 声音 turned, first in its clause: the recording's, unless it goes on about the music just named. */
  plainSoundTurned: new RegExp(PLAIN_SOUND_TURNED),
  /**
   * "make the video sound a bit louder than the music", "my voice should be louder than the music",
   * 把人声调得比背景音乐大: the recording's sound asked louder (or quieter) than the music turns that sound its way (the
   * music is only what it is measured against). Not said as a state: "my voice is quieter than the music" complains of
   * the music (Words.quieter), "原声比音乐大(一点)" tells how they are. The way is the group matched: `way` says which.
   */
  soundAgainstMusic: {
    said: new RegExp(String.raw`\b(?:(?:the|my|our) )?(?:(?:video|vid|recording|footage|original|source|mic)(?:'s)? `
      + String.raw`(?:sound|audio|volume)|voice(?:-?over)?|narration|speech|talking)\s+`
      + String.raw`(?:\d+(?:\.\d+)?\s*(?:%|percent|x|times)\s+)?(?:(?:should|must|needs? to|has to|ought to|to) be\s+)?`
      + String.raw`(?:(?:a (?:bit|little|touch|tad|lot)|slightly|much|way|somewhat|even|just|clearly)\s+)?`
      + String.raw`(louder|quieter|softer|lower|higher)\s+than\s+(?:the\s+|my\s+|our\s+)?(?:background\s+)?`
      + String.raw`(?:${MUSIC_NOUN})\b`
      + String.raw`|(?:${VOICE_ZH}|视频的?声音)(?:要|得|需要|应该|(?:调|弄|开|放|搞)得)比${MUSIC_NOUN_ZH}(?:还|更|再)?(大|响|高|小|轻|低)`),
    quieter: /^(?:quieter|softer|lower|小|轻|低)$/,
  },
  /**
   * "原声拉到0", "人声调到0.8", "put the video sound to zero", "vid sound 0": a bare figure (no %) a sound is turned to, said
   * after a verb of turning (Chinese), or last (before a comment: ", is horrible") after "to" or right after the sound
   * (English; not "at 10" or "from 0:10 to 20", times, nor "slow the footage to 0.75", a pace); "make my voice louder,
   * 1.3", "my voice too small, make 1.3": a factor alone (0 to 2), last, after a comma that follows how the sound should go
   * or what is wrong with it.
   */
  bareLevel: /(?<=\b(?:louder|higher|stronger|too (?:small|quiet|low|soft|weak))\b[^,;]*,\s*(?:(?:make|put|set|turn)(?: it)?\s+)?)(1\.\d*[1-9]\d*|2(?:\.0+)?)(?:\s+(?:please|pls|thanks))?[.!]*$|(?<=\b(?:quieter|softer|lower|weaker|too (?:loud|strong|high))\b[^,;]*,\s*(?:(?:make|put|set|turn)(?: it)?\s+)?)(0?\.\d*[1-9]\d*)(?:\s+(?:please|pls|thanks))?[.!]*$|(?:(?:调|拉|开|放)(?:大|小|高|低)?到|调成|提到|加到|升到|降到|设为|设成|改成|改为)\s*(\d+(?:\.\d+)?)(?![\d.]*\s*(?:秒|分|倍|[xpk:]|帧))|(?<!\b(?:slow|speed|faster|slower|pace|play|plays|run|runs)\b.*)(?:(?<!\bfrom\s+[\d:.]+\s+)\bto|\b(?:sound|audio|volume|voice)|\bat(?= (?:0|zero)\b))\s+(\d+(?:\.\d+)?|zero)(?:\s+(?:please|pls|thanks))?[.!]*(?=$|\s*[,;])/,
  /**
   * A stretch of the source file, said of a moment ("第二段改用原素材里0:20到0:35", 起止点设为素材的第5秒至第12秒,
   * "clip 2 should play 0:20-0:35 of the source"): which part of its recording the moment plays.
   */
  sourceSpan: /素材|原片|原视频|原始视频|原录屏|源文件|原文件|起止|起点和终点|入点|出点|\b(source|original) (file|footage|recording|video)\b|\bof the (source|original|recording)\b/,
  /** A remove verb right after a "no" ("第二段不要删", "0:05到0:08别剪"): nothing goes (不要了 alone is a removal). */
  notRemoved: /(不要|别|不用|(?<!能)不能|莫|千万别|请勿)(再)?(删|去掉|剪|砍|切|拿掉|去除|移除)/,
  /**
   * "the extra bits of clip 2", 第二段多的部分, 第二段后面的地方: a part within a moment, which is not the moment (how much,
   * and where, is not guessed at).
   */
  partOfMoment: /\b(?:extra|excess|surplus|unused|useless|spare|boring|dead|slow|long) (?:bits?|parts?|stuff|footage|sections?)\b|(?:多余|多出来|多|没用|无用|拖沓|无聊|废话|后面|后头|后边|前面|前头|中间)的?(?:部分|地方|内容)|(?:里|中)(?:面|间)?的?(?:多余|没用)的/,
  /**
   * With a time range in the clause: "cut from 0:10 to 0:15", "remove 0:10-0:12"; "take the bit from 0:05 to 0:08 out",
   * "get the whole stretch between 0:18 and 0:24 out": a stretch of the timeline named by its noun between the verb and its
   * particle (not "take the music from 0:05 to 0:08 out", which may be the music there only: not guessed at).
   */
  cutRange: words(REMOVE, String.raw`\b(?:take|get|pull) (?:the |that |this |those |these )?(?:(?:whole|entire|little|boring|bad|awkward|messy) )?(?:bit|part|stretch|section|chunk|piece|portion|segment|span|footage|stuff)s? (?:[\w:.–-]+ ){1,5}(?:out|away)\b`, String.raw`\b(cut|excise|skip|trim (?:out|away|off)|chop out)\b|\btrim\b.{1,30}\b(?:out|away)$|剪掉|剪去|剪了|切了|减掉|减去|(剪|删|切)(到|至)`),
  // ("make the video slow, 0.8", "make slow the whole video": the pace said as an adjective after make, of the video named;
  // not "make the video a little slow", which reads as a complaint of slowness.)
  // zh lexicon: 速度调快/调慢 sets a speed. ("a slow motion replay" is a part played again, which no speed makes.)
  // ("my upload speed is slow": a connection's speed is no playback speed.)
  // ("节奏可以慢一些", "想要慢一点的感觉": a pace said with 一些 as with 一点, or as the feel wished.)
  // "the third clip must play at 90%": a share a moment or the video plays at is its speed (not a sound's level).
  speed: words(String.raw`\b(?:play|run)(?:s|ing)?\b(?:(?!\b(?:music|song|track|volume|sound|audio|voice|bgm)\b)[^,.;]){0,30}?\bat \d{1,3}(?:\.\d+)?\s*(?:%|percent)(?! (?:volume|loud))|(?<![\d.a-z])(?!${GROWTH_MULTIPLE_ZH})\d{1,2}(\.\d+)?\s*(?:x(?![a-z])|[×倍])(?!\s*\d)|\bx\s?\d|faster|quicker|slower|(?<![\d.])\d{1,2}(\.\d+)?\s*times (?:as )?(?:fast|quick)\b|(?<!\b(?:upload|download|internet|connection|wi-?fi|network|data) )speed(?! (?:${SPEED_SHOWN_EN})\b)|\brate[- ]stretch(ed|ing)?\b|slow (it )?down|(?:slow[- ]?motion|slo-?mo|\bslow[- ]mo\b)(?! (?:replay|repeat|instant replay)s?\b)|half speed|double speed|twice as fast|\b(?:play|run|make) (?:them|those|these|em|'em) (?:go )?fast\b|\b(twice|double|half) (the|its|their) (speed|pace)\b|\b(?:make|let) (?:it|the (?:whole )?(?:video|vid|recording|footage)) (?:run|play) (?:at )?\d\.\d{1,2} times\b(?! (?:longer|shorter|slower|over|in a row|as|the|louder|quieter|softer|and then|then)\b)|[×]\s?\d|\baccelerat(e|ed|ing)\b|加速|减速|提速|降速|降低(?:播放)?速度|速度(?:降低|调低|放低)|倍速|慢放|快放|快进|加快|放慢|慢动作|升格|降格|${SLOWED_TO_HALF}|慢一半|半速|原速的?一半|一半的?速度|速度减半|(播放)?速度(先|再)?(调成|调到|改成|设为|设成|改为|拉到|拉成|提到|开到|为|是)?\s*\d(?![\d.]*\s*(秒|分))|速度(调|放|变|弄|搞)得?(快|慢)|(播放|速度)?(?<!(?:发|传|下载|加载|打开)(?:得|起来)?)(慢|快)(?:一?点儿?|一?些)(?:的\s*(?:感觉|feel|vibe))?$|(慢|快)(?:一?点儿?|一?些)(放|播)|快快[地的]?(?:放|播)(?=$|[，,。\s])|快(?:快|一?点儿?|一?些)[地的]?(?:放|播)?过去|^(超级|超|特别|非常|很|贼|巨|嘎嘎|飞)?(快|慢)$|分之[一二两三四五六七八九十\d]+的?\s*速|(?<![\d.])\d{1,3}(?:\.\d+)?\s*[%％]\s*的?\s*(?:速度|速率)`, String.raw`\bslow (?:it|this|that|them|things) (?:(?:just )?a (?:little(?: bit)?|bit|touch|tad|notch)|slightly)\b|\bslow (?:things|everything|the whole thing|the (?:video|recording)|(?:the )?(?:\w+ )?(?:${MOMENT_NOUN})s?(?: \d+)?) down\b|\bslow (?:the (?:whole|entire|hole) (?:lot|video|vid|recording|footage)|the lot) down\b|\bslow (?:(?:the )?(?:whole |entire )?(?:video|recording|footage|thing)|everything)(?: down)? to (?:0?\.\d|\d(?:\.\d+)?\s*x\b)|\bmake (?:(?:slow|fast) (?:the )?(?:whole |entire )?(?:video|vid|recording|footage)|(?:the )?(?:whole |entire )?(?:video|vid|recording|footage) (?:(?:little|lil|tiny|bit) )*(?:slow|fast))\b`,
    // "slow it to 0.8", "slow clip 2 to 0.75": a factor under one, said after the verb ("slow the press run, the third
    // clip, to 0.75": the moment said again by its place between); "slow all video to 0.9": the whole of it.
    String.raw`\bslow (?:it|them|this|that|everything|(?:all )?(?:the )?(?:\w+ )?(?:${MOMENT_NOUN}|video|vid|footage|recording)s?(?: \d+)?|[^,]{1,30}, (?:the )?(?:\w+ )?(?:${MOMENT_NOUN})s?(?: \d+)?,) (?:down )?to 0?\.\d+\b(?!\s*(?:s|secs?|seconds?)\b)`),
  /** A speed slowed to half the one recorded (SLOWED_TO_HALF): "slow clip 1 down to half", 放慢到一半. */
  slowedToHalf: new RegExp(SLOWED_TO_HALF),

  // zh lexicon: 撤一下 or 撤了 alone, 刚才那步撤了, 刚才那个不要了 (the step just made, not wanted, said alone), pinyin
  // chexiao undo; "undo" said after Chinese (先undo一下, 那样不好 undo
  // 一下; not 写 undo, the words written).
  /** The verb of an undo said outright ("undo", 撤销, 撤回, 退两步), not the steps named unwanted (那两步都不要了). */
  undoVerb: new RegExp(String.raw`\bundo\b|${UNDO_SAID_ZH}|${STEPS_BACK_ZH}`),
  /** "刚才那步撤了", "上一步撤回": the one step undone named (not 那两步, two of them). */
  lastStepNamed: /(?:刚才|刚刚|上)(?:那|这)?一?(?:步|下)/,
  /**
   * "undo the last two clips", "undo the second scene", 撤销最后两段: an undo said of moments of the video, not of steps of
   * the edit (cut them, or take back what was done to them? not known): no step back.
   */
  undoOfMoment: new RegExp(String.raw`\bundo (?:the |that |those |these |my )?(?:(?:last|first|final|previous|second|third|\d+|two|three|four) )*(?:${MOMENT_NOUN})s?\b|(?:撤销|撤消|撤回)(?:掉)?(?:最后|前面?|后面?|第)?(?:一|两|二|三|四|\d)?(?:段|个片段|个镜头)`),
  /**
   * "go back to how it was before the music", "undo back to before the zoom": back to before a part was added, which may
   * be more than one step (and the part may not be in the draft): not one step back guessed at ("undo, and the step
   * before that" is two).
   */
  backToBefore: /\b(?:go|get|take (?:it|me|us)|revert|roll(?: it)?|undo|jump)(?: back(?: to)?| to) (?:how it was |the way it was |what it was |the version |where (?:it|we) (?:was|were) )?before (?!(?:the |that |this |my )?(?:last|previous|latest) (?:change|edit|step|one)\b)(?:the |that |this |my |our |i |we |you )/,
  /**
   * "no wait, put it back": the edit just made, regretted (alone, "put it back" may as well ask for a redo: not guessed
   * at); "run it back: undo twice": asked after a lead-in and a colon; "back please", "I did mistake, back please":
   * "back" alone (or after the slip it mends) steps back; "could you undo what I just did?": the step named by what the
   * user did, asked at the end of the clause; "could you reverse whatever you just did?": the step just made, reversed.
   * 不要刚才那步 (the step refused, said first), 恢复刚才的样子 (back to how it was): one step back. "Return back", as
   * "go back" is said by many learning English.
   */
  undo: new RegExp(`${STEPS_BACK_ZH}|${/(^|(?<!\b(to|say|says|saying|read|reads|reading|text|title|caption|words?)): |(?<=[\u4e00-\u9fff]\s*)(?<![写叫成为是着印标]\s*))(please |(?:先|请|麻烦)\s*)?undo\b(?!\s*掉?了?的(?:(?:那|这)?(?:一?步|个|一?下)|\s*$))|(?:^|\b(?:mistake|wrong|oops),\s*)(?:(?:please|pls|just|go) )*back(?: (?:a|one) step| once more| again)?(?: please| pls)?[.!]*$|^(?:[a-z']+, )?(?:(?:then|now|just|ok) )*back (?:a|one|two|three|[123]) (?:steps?|changes?|edits?)[.!]*$|\broll (it |that |this )?back\b|\brollback\b|\b(back up|step back|go back) (a|one|1) (step|action|change|edit|move|operation)\b|^step back$|\breverse (that|the last (change|step|edit|alteration|modification|amendment|adjustment))\b|\b(?:reverse|revert|take back|roll back) (?:what(?:ever)?|everything|all) (?:you|i|we)(?:'ve| have)? just (?:did|done|changed|made|added)\b|\bchange (it|that|them) back\b(?! to\b)|回滚|回退(一步)?|撤了刚才|^撤(一下|一步|了)$|(刚才|刚刚|上一)(那|这)?一?(下|步)撤(了|掉|回|销)|(?:刚才|刚刚)?(?:那|这)(?:两|三|2|3)(?:下|步)(?:都|全)?(?:给我|帮我)?撤(?:了|掉|回|销)|(?:最后|刚才|刚刚)(?:那|这)?(?:一|两|三|2|3)?步(?:都|全)?(?:不要了?|撤(?:了|掉|回|销)|取消|算了)|(刚才|刚刚)那(下|步)不算|^(?:不要|别要)了?(?:刚才|刚刚)(?:那|这)一?(?:步|下)(?:了|吧)?$|^(刚才|刚刚)(那|这)(一?步|个|下)(不要了?|算了|不算|取消)(吧|啦|了)?$|改回(去|来)$|变回(原来|之前|刚才)|\b(put|bring|change|set|make|turn|get) (it|that|them|everything|things) (back )?(to )?(the way|how|what|like|as) (it|they) (was|were|looked)( before( (?:the|that|my|your) (last|previous|latest) (change|edit|step|request|instruction|action|command|message))?)?[.!?]*$|\b(please|just|then|now) undo\b|^(no,? )?wait,? (put|bring|change|set) (it|that|them|everything|things) back( (the way|how|to how|to what) (it|they) (was|were))?$|\bundo (that|the last|it)\b|\bundo (?:what|whatever) (?:i|we|you) (?:just |last )?(?:did|changed|added|made)(?=\s*[.!?]*$)|\b(ctrl|cmd|command|control)\s*[+-]?\s*z\b|\b(?:go|return) back\b(?!\s+to\b(?!\s+(before|the (previous|last|earlier|old) (version|step|one)|how it was)))|\brevert\b|\b(?:go|get|return|revert) (?:back )?to (?:the )?(?:previous|last|earlier|former|old) (?:state|version|step)\b|\brestore (?:the |my )?(?:previous|earlier|former|old|last) (?:state|version)\b|\btake (that( one)?|it|(?:that|the|my) (?:last|previous|latest) (?:change|edit|step|one)) back\b|\btake back (?:that|the|my) (?:last |previous |latest )?(?:[a-z\d-]+ ){0,2}?(?:change|edit|step)\b(?! (?:at|in|on|between|around|near)\b)|^还原(一下)?$|^(恢复|还原)回来$|还原(刚才|上一步)|退回去|往回退|(往前|往回|向前|向后|再)?撤(?:掉|回)?一?(一|1|两|2|三|3)步|退回(到)?(上一步|一步)|(?<!恢)复原(?!的?(?:视频|录像|片子|素材|过程|教程|记录|演示))|撤消|\bche ?xiao\b|(?:回到|恢复(?:到|成)?)(之前|上一个|刚才)的?(版本|样子|状态)|(撤销|撤回)(?!了?的(?:(那|这)?(一?步|个|一?下)|\s*$))|上一步|(刚才|刚刚|上一(个|次)?)(的|那个?|这个?)?(改动|修改|操作|更改|编辑|指令|命令)(不要了?|算了|取消|撤(掉|销|回)|去掉)|取消(刚才|刚刚|上一(个|次|条)?)(的|那个?|这个?|那条)?(改动|修改|操作|更改|编辑|指令|命令)|\b(scrap|forget|discard|cancel|ditch|belay|countermand|rescind) (?:(that|the|my) (last |previous )?(?:[a-z\d-]+ ){0,2}?(step|change|edit|alteration|modification|amendment|adjustment)|(?:the|my) (?:(?:last|previous) )?(?:two|three|four|five|couple of|[2-9]) (?:[a-z\d-]+ )?(?:step|change|edit|alteration|modification|amendment|adjustment)s)\b(?! (?:at|in|on|between|around|near)\b)|\b(dispel|erase|delete|remove|reverse|revert|kill|nuke|wipe|zap|bin|trash|toss|drop|lose|nix|void|strike|scratch) (that|the|my) (last|previous|latest|most recent) (step|change|edit|alteration|modification|amendment|adjustment)\b|^(scratch|scrap|forget|cancel) (that|it)$|\b(?:cancel|annul|scrap|forget) (?:the|my|that) (?:last|previous|latest) (?:thing|action|operation|command|instruction)(?: (?:i|we|you) (?:did|asked|said|made))?\b(?!\s*(?:at|in|on|of|for|with|between|around|near)\b)/.source}`),
  /**
   * "make it 60 seconds with a fade out at the end", "a 45 second clip that fades in": the length is the clip's and the
   * fade, said after "with" or "that", its own request (of the default length); not after a fade ("fade in 3 seconds
   * with …"), whose length it is.
   */
  lengthWithFade: /(?<!\bfad\w*\b[^,.;]*)\b((?:make it|cut it(?: down)? to|trim it to|get it(?: down)? to|keep it(?: to| at)?|a|an) (?:about |around |roughly |like |just )?(?:\d+(?:\.\d+)?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety|(?:twenty|thirty|forty|fifty)[- ]five|half a|a)[ -]?(?:seconds?|secs?|s|minutes?|mins?)(?: long)?(?: (?:clip|video|version|cut|edit|highlight|reel|short))?) (?:with|that|which) (?=(?:(?:a|an|some|nice|gentle|soft|slow|little|quick|short)\s+)*fad(?:e|es|ing)\b)/gi,
  /**
   * "两侧的黑边，麻烦换成模糊填充", "模糊，改成黑边": a fill named, then what it is changed into after a comma, is one change
   * (as 黑边换成模糊), not two fills. In the raw message. A fill refused first ("两边别用黑边，改用模糊") is read as
   * it was.
   */
  fillChangedApart: /(?<!(?:别|別|不要|不|甭|莫|覅|唔好)(?:用|要|加|放)?)(黑[边邊]|模糊(?:填充|背景)?|虚化|虛化)\s*[，,]\s*(?:那就|就|麻烦|麻煩|请|請|帮我|幫我|帮忙|幫忙)*\s*(?=(?:换|換|改|变|變)(?:成|为|為)?(?:用)?\s*(?:黑[边邊]|模糊|虚化|虛化))/g,
  /**
   * "结尾断得太突然了 就是 慢慢收一下", "片尾慢慢暗下去": the end said, then eased (慢慢收, 渐渐暗掉, 缓缓黑下来), is a fade out
   * ("音乐结尾慢慢收" the music's); eased with no end said ("慢慢收一下" alone) stays unread. In the raw message.
   */
  endEased: /(?<=(?:结尾|結尾|片尾|末尾|收尾)[^。！!?？]{0,20}?)(?:慢慢|缓缓|緩緩|渐渐|漸漸|慢一点|慢一點|慢点|慢點)(?:地|的)?\s*(?:收(?:一下|一收|尾)?|暗(?:下去|下来|下來|掉)|黑(?:下去|下来|下來|掉))/gu,
  /**
   * "第三段 就是跟第一段重复了 删了", "第二段和第四段一样 不要了": the moment a named one is compared with (跟第一段重复) is
   * why, not what the bare verb after it is done to; with the verb's own object after it ("删掉后面那个") it is left as said.
   */
  comparedMoment: /(?<=第[^段]{1,3}段[^。！!?？]{0,12}?(?:跟|和|与|與|同)\s*)第[\d一二三四五六七八九十]+段(?=\s*(?:的内容|的內容)?\s*(?:重复|重複|重了|一样|一樣|一模一样|一模一樣|差不多|相同|雷同|撞了)[了啦喇咗]?[^，,。\s]{0,4}[，,。\s]+(?:就|直接|给我|給我)?(?:删|刪|去|剪|砍|拿|不要)[掉了除去咗]*(?:吧|啊|哈)?[。!！]*\s*$)/gu,
  /**
   * "没人说话画面也不动，这种都 cut 掉", "静止不动的，这些全部加速", "画面没人也没声音，那段可以剪掉": a kind of stretch
   * described, then pointed back at (这种, 这些, 那段) with what is done to all of it, is that kind's places (…的地方都 cut
   * 掉), when what was described is idle ("没有人动，那里快一点": 没有人动的地方快一点).
   */
  kindPointedBack: /\s*[，,]\s*(?:这种|這種|这些|這些|这类|這類|这样的|這樣的|像这样的|像這樣的|那段|那几段|那幾段|那些|那部分|那里|那裡|那儿|那兒|那边|那邊)(?:的)?(?:地方|部分|片段|情况|情況)?(?=\s*(?:都|全部?|统统|統統|一律)?\s*(?:可以|就|直接)?\s*(?:cut|删|刪|剪|去|砍|不要|加速|快进|快進|快转|快轉|快一?[点點些]))/gu,
  /**
   * "在0:20和0:26各分割一刀 中间那截删掉", "1:10切一下 1:18再切一下 中间不要", "split at 0:20 and 0:26, delete the middle": a
   * stretch named by the two cuts around it and then "the middle" is that stretch, whatever is asked of it ("A到B删掉");
   * the cuts alone (no middle named) say nothing of what goes. In the raw message, so traditional (中間) as well.
   */
  stretchBetweenCuts: new RegExp(String.raw`(?:(?:在|从|從)?\s*${CUT_POINT}\s*(?:和|跟|与|與|同|、)\s*(?:在)?\s*${CUT_POINT}\s*(?:各\s*${SPLIT_ZH})?|(?:在)?\s*${CUT_POINT}\s*${SPLIT_ZH}[，,\s]*(?:然后|然後|再)?\s*(?:在)?\s*${CUT_POINT}\s*(?:再|也)?\s*${SPLIT_ZH})`.concat(String.raw`[，,\s]*(?:然后|然後|再|最后|最後)?\s*(?:把)?\s*(?:中[间間]|之[间間]|两刀之[间間]|兩刀之[間间])(?:[那这這]一?)?[截块塊段部分个個节節]?(?:的|部分)?|\b(?:split|cut|slice)(?: it| the (?:clip|video))? at ${CUT_POINT_EN} and (?:at )?${CUT_POINT_EN},?(?: and| then)* (delete|remove|cut|drop|lose|ditch|kill) (?:the )?(?:middle|(?:part|bit|section|piece|chunk) (?:in )?between|in-?between)\b`), 'giu'),
  /**
   * "oops bring that one back", "whoops, put it back": what the last step took away, wanted back at once after a slip, is
   * that step undone (not "bring it back" alone, which may mean anything taken away before: left unread).
   */
  backAfterSlip: /^(?:oops|whoops|woops|oopsie|my bad|sorry|ah no|oh no)\b[,!.…\s]*(?:(?:please|pls|just|quick(?:ly)?) )?(?:bring|put|get|add) (?:that|it|this|them)(?: one| bit| clip| part)? back(?: in)?(?: (?:please|pls))?(?=[.!]*$)/i,
  /** ", both of them", ", each", ", all three": the moments just listed said again as one, no clause of its own. */
  listSaidAgain: /[,，]\s*(?:both|each|all (?:three|four|five)|all of them)(?: of them)?\b/,
  /** "the clip between clips 1 and 3", 第一段和第三段之间那段: a moment by the two around it. */
  between: /\bbetween\b|之间|中间/,
  /** The clip's ends, or a fade's ("fade in", "at the start", "the ending", 开头, 结尾): where a fade is, not between clips. */
  clipEnds: /\b(in|out|start|starts|beginning|begin|end|ends|ending|open|opening|close|closing|intro|outro|first|last|black)\b|开头|结尾|片头|片尾|淡入|淡出/,
  /** The whole video, said of a speed ("整体1.5倍", "the whole thing at 2x"): not the moment named before. */
  wholeVideo: /\b(whole|entire|overall|everything|all of it|throughout)\b|整体|全部|整个|全片|全程|所有/,
  /** "整个影片 开头淡入三秒 …", "全片 …": the whole video named alone, before what is done to it (no request of its own). */
  wholeVideoAlone: /^(?:(?:整个|整部|全部|这个|这部)(?:影片|视频|片子|录像|录屏)|全片|整体|全程)(?:的话|呢|啊)?$/,
  /** How many times a history step is asked for: "undo twice", 撤销两次. */
  // "undo undo", "undo that, and the one before (it)", "the last two alterations": two steps said other ways; "undo x2",
  // "redo ×3", 撤销x2: the count written as a multiplier after the step.
  // ("undo 2 time", "redo two time": the count said with "time" left singular, as a second language may say it.)
  // "撤销 撤销 改乱套了", "撤回，撤回": the undo word said over, apart, each once more (an undo of its own; not "撤销刚才的
  // 撤销", which names one; run on, "撤回撤回" is one step said with feeling).
  twice: new RegExp(String.raw`${UNDO_SAID_ZH}[\s，,、!！~]+${UNDO_SAID_ZH}|`.concat(/\btwice\b|\b(?:un|re)do (?:(?:it|that|this) )?(?:two|2) time\b|(?:\b(?:un|re)do|撤销|撤回|重做)\s*(?:[x×]\s?2|2\s?[x×])(?!\w|\.\d)|\b(two|2) (times|steps|changes|edits|things|alterations|modifications|actions|moves|operations|commands)\b|\bundo[,!.]? (?:and )?undo\b|\b(?:and|an|an'|plus|&) (?:also )?(?:the )?(?:one|wan|change|step|edit|thing) (?:right )?(?:before|prior to)(?: (?:it|that|this)\b|[.!]*$)|两次|2次|二次|(?<![第一二三四五六七八九十\d])(两|2)(?:步|下(?=$|[，,。!！]|(?:都|全)?(?:给我|帮我)?撤))/.source, undoneLast('two|2'))),
  thrice: new RegExp(String.raw`${UNDO_SAID_ZH}(?:[\s，,、!！~]+${UNDO_SAID_ZH}){2}|`.concat(/\b(?:un|re)do (?:(?:it|that|this) )?(?:three|3) time\b|(?:\b(?:un|re)do|撤销|撤回|重做)\s*(?:[x×]\s?3|3\s?[x×])(?!\w|\.\d)|\b(three|3) (times|steps|changes|edits|things|alterations|modifications|actions|moves|operations|commands)\b|\bundo[,!.]? (?:and )?undo[,!.]? (?:and )?undo\b|三次|3次|(?<![第一二三四五六七八九十\d])(三|3)(?:步|下(?=(?:都|全)?(?:给我|帮我)?撤))/.source, undoneLast('three|3'))),
  /** "退两步", "往回退三步", "退两次": how many steps back the draft goes, a total (after undos said, their count said again). */
  stepsBack: new RegExp(STEPS_BACK_ZH),
  /**
   * "then clip 1", "and the third one too", "same for clip 3", "第三段也一样", "第三段同样处理": the words beside a moment named
   * alone after an operation on another, which say it is done to that one as well (not "也一样长", how it is, nor asked:
   * "也一样吗").
   */
  momentAlso: /\b(?:and|then|also|plus|the|one|too|as well|(?:do (?:that|this|it|the same)(?: again)?|same|likewise|ditto)(?: (?:for|with|on|to))?)\b|(?:那|然后|还有)?(?:也|同样|照样|同理|一样)(?:是|要)?(?:一样|同样|这样|这么(?:弄|做|办|来|处理)|照做|照办|处理)?(?:的|吧|啊|哦|哈)?|[.,!，。！]/gu,
  /**
   * "then same but vertical", "and again but in 4:5", "another one but square": after an export, the same one again with a
   * change said after "but".
   */
  sameButChanged: /^(?:(?:and|then|now|also)\s+)*(?:(?:the|do the|make the)\s+)?(?:same(?: thing| one| file| export| again)?|again|another(?: one| copy)?|one more)(?: again)?,?\s+but\b/,
  /**
   * "Everything you did in the last round", "all the changes you made today": the steps taken so far, named all at once,
   * how many unsaid (taken back by "scrap it" after it, the count is not guessed).
   */
  everythingDone: /^(?:everything|all (?:of )?(?:the |those |these )?(?:changes|edits|stuff|things|steps)|all(?: of it| of that)?) (?:that )?(?:you|we|i)(?:'ve| have)? (?:just )?(?:did|done|changed|made|added|tried)\b/,
  /** "undo", "Undo, undo": the step back said by its own word, first in the clause. */
  undoWord: /^(?:(?:please|just|then) )?undo\b/,
  /**
   * "再给我恢复回来", "put it back": what was there, asked back, naming no part (alone, 恢复回来 may undo; Words.rightBeforeUndo
   * says which).
   */
  askedBack: /^(?:再|请|帮我|给我|麻烦|你)*(?:恢复|还原|弄|改|变|换)回来(?:吧|啊|呀)?[。!！]*$|^(?:(?:please|just|then|now) )*(?:bring|put|change|get) (?:it|that|them|everything) back(?: please)?[.!]*$/,
  /**
   * "撤之前那样是对的", "it was right before the undo": how it was before the step undone, said to be right, which makes
   * what is asked back beside it ("再给我恢复回来，…") a redo.
   */
  rightBeforeUndo: /^(?:撤(?:销|回)?|undo)\s*(?:之前|以前|前)(?:那样|那个样子|的样子|的)?(?:才|就)?(?:是)?(?:对的|对|好的|没错的?|正确的)(?:啊|呀|嘛|吧)?[。!！]*$|^(?:it|that|everything) was (?:right|fine|good|correct|better) before (?:the undo|(?:i|you|we) undid it|undoing(?: it)?)[.!]*$/,
  /** "back two steps, then forward one": a step forward said bare, with no step noun, only right after a step back. */
  stepForward: /^(?:(?:then|and|now|just) )*(?:go |step |jump )?(?:forward|ahead) (?:a|one|1)(?: step)?[.!]*$/,
  /** "undo that. and the one before it.": the step before the one just undone, said alone after it. */
  stepBefore: /^(?:and |plus |also |then )*the (?:one|step|change|edit|thing) (?:before|prior to)(?: (?:it|that|this)(?: one)?)?(?: too| as well| also)?[.!]*$/,
  /** "accidentally clicked undo", 撤销错了 (误点撤销, 不小心点了撤销 as read): an undo told as a mistake. */
  undoneByMistake: new RegExp(String.raw`${UNDONE_BY_MISTAKE_EN}|撤(?:销|回)?错了`),
  /** "it's fine, leave it", "never mind", 也没事, 没关系, 算了, 就这样吧: the undo told as a mistake, let stand. */
  undoLetStand: new RegExp(String.raw`\b(?:it'?s|that'?s|it is|that is|all) (?:fine|ok(?:ay)?|alright|all right|good)\b`
    + String.raw`|\bleave it\b|\bnever ?mind\b|\bno (?:need|harm|worries|problem)\b|\b(?:doesn'?t|does not) matter\b`
    // ("…, don't put it back", "…, don't redo it": no redo, said outright.)
    + String.raw`|\b(?:don'?t|do not) (?:put|bring|change|set) (?:it|that|them) back\b|\b(?:don'?t|do not) redo\b`
    + String.raw`|没事|没关系|不要紧|无所谓|不碍事|算了|不用|不必|就这样`),
  /**
   * Read before undo: "undo the undo", 恢复刚才撤销的, 取消撤销 name an undo but ask for a redo; "再恢复一步", "恢复两步": 恢复
   * counted in steps is the editors' 恢复 (Ctrl+Y), a step forward ("恢复回来" alone may as well restore what was before); so does 再恢复一步, a
   * step restored (恢复 is the editors' redo), said alone. "刚才撤掉的那一步又要了", "撤销的还是想要": the step undone, wanted "reinstate it", "reapply that change": the change brought back.
   * again, is redone (not undone once more); so is the step undone said with the editors' words ("undo 掉的 redo 回来").
   * 重做 after 清空 or 全部 ("清空重做", "全部重做") makes the whole clip again: a start over, no redo. "redo it all", "redo the
   * whole thing" may make the whole edit again or every step undone: no one step redone (unread alone).
   */
  redo: new RegExp(String.raw`^(?:(?:and|then|now|please|just) )*(?:reinstate|reapply|re-apply) (?:it|that|this|them|the (?:last )?(?:change|edit|step))\b|(^|(?<!\b(to|say|says|saying|read|reads|reading|text|title|caption|words?)): |(?<![写叫成为是着印标]\s*)(?:帮我|给我|请|麻烦)\s*)(please )?redo\b(?!\s+(?:${ALL_OF_IT})[.!]*$)(?!.*\b(from scratch|from (the )?(start|beginning|top)|all over|as an?|into an?)\b)|^(?:(?:please|just|now|then|ok) )*roll (it |that |this |things )?forward\b(?! (to|by|\d))|\brollforward\b|\b(?:go|step|jump) (?:forward|ahead) (?:a|one|two|three|[123]) (?:steps?|changes?|edits?)\b|^(?:(?:then|now|just|ok) )*forward (?:a|one|two|three|[123]) (?:steps?|changes?|edits?)[.!]*$|恢复(刚才|刚刚|刚)?撤(掉|销|回)的|撤(销|回|掉)?(了|完)?又后悔了?|\b(bring|put|get|restore|reapply|return|reinstate)\b.*\b(undid|undone|(?:just|last) (?:reversed|reverted|rolled back)|(?:you|i|we) (?:reversed|reverted|rolled back|took back)(?: (?:it|that|them|(?:the|my) (?:last )?(?:change|edit|step)))?)\b|\bredo (that|it)\b(?! all[.!]*$)(?!.*\b(from scratch|from (the )?(start|beginning|top)|all over|as an?|into an?)\b)|\b(ctrl|cmd|command|control)\s*[+-]?\s*(shift\s*[+-]?\s*z|y)\b|(?:撤(销|回)?|\bundo\s*)(错了|多了|过头了?)|${UNDONE_BY_MISTAKE_EN}|\bundo (the|my|that) undo\b|(?<!推倒|清空[了后]?|全部|全都)重做|^(?:再|请|帮我|给我)*恢复(?:一|1|两|2|三|3)步(?:吧)?[!！。]*$|(恢复|再来一[遍次]|再做一[遍次]|重新执行)(刚才|刚刚|之前)?(被)?(撤销|撤回)|(撤销|撤回|撤掉|(?<=刚才?|刚刚)撤|\bundo\s*)(掉)?(了)?的(那|这)?(一?步|个|一?下)?(操作|步骤|改动|修改)?\s*再?(?:帮我|给我|给俺|给额|给|请|麻烦)?再?(恢复|还原|(做|弄|搞|改|加|拿|放|变|找)?回来|再做一[遍次]|再来一[遍次]|重做|redo\b)|(恢复|还原|找回)[^，,。]{0,6}被(撤销|撤回)|取消(刚才的)?(撤销|撤回|复原)|(?:撤销|撤回|撤消)(?:刚才|刚刚)的(撤销|撤回|撤消)|反撤销|(撤销|撤回|撤掉|退回去?|回退|退掉)掉?了?的(那|这)?一?步[^，,。]{0,8}?(?<!不|别|不要|不用)(恢复|还原|(重新)?(做|弄|搞)回来|重做)|(撤销|撤回|撤掉)了?的(那|这)?一?步?(操作|改动|修改)?(又|还是)(想|想要)?要(了|啦|的)?$`),
  /**
   * "stop making it square", "stop adding music" (said first): what the user wants the tool to stop doing, a complaint
   * whose edit is not said (not "stop zooming in", "stop lowering the music", which switch a behaviour off).
   */
  stoppedDoing: new RegExp(String.raw`^(?:(?:please|pls|just|now|so|ok(?:ay)?|and),?\s+)*(?:stop|quit)\s+`
    + String.raw`(?:(?:making|turning) (?:it|this|that|the (?:video|clip))\b|(${Object.keys(GERUNDS).join('|')})\b)`),
  /** "adding music" after "stop making it square and": a request said by its -ing form alone, no verb asking it. */
  gerundOpening: new RegExp(String.raw`^(?:also |then )?(?:${Object.keys(GERUNDS).join('|')})\b`),
  /**
   * "由头嚟过都唔使" (从头来过都不用), "撤销就不用了": a step of the history said, then said not needed, ending the clause
   * ("撤销不用确认", "重新开始也不用问我" refuse something else: the step is asked).
   */
  stepRefusedAfter: /^\s*(?:都|也|就|倒)?\s*(?:不用|不必|不需要|没必要|用不着|免了)(?:了|啦|吧|的)*\s*[。！!.～~]*\s*$/,
  /**
   * "try again from the beginning tomorrow": a step of the history said for a later time, none taken now; the time said
   * after the step, of it ("undo it and we'll fix the rest tomorrow" times another thing; "tonight" may be now).
   */
  stepLater: new RegExp(String.raw`^(?:(?!\b(?:and|but|then|so|because|since|while|if|we|we'll|i|i'll|you|you'll|they|let's)\b)[^,;，；。])*?`
    + String.raw`\b(?:tomorrow|later|next (?:week|time)|another (?:day|time)|some other time)\b`),
  // zh lexicon: 全删了重新弄/重新做, 全部重做 start over.
  // "I want to try again from beginning": the edit tried again from its start (not "I want to do it again from zero",
  // which may be one step done again).
  // "全部清掉", "算了统统清掉": everything cleared, said alone (not what is named before it: 字幕全部清掉).
  // "从头开始播标题": what plays or shows from the start is no start over.
  startOver: new RegExp(String.raw`start over|\btry again from (?:the )?(?:very )?(?:beginning|start|scratch)\b|\b(full|complete|total|clean|fresh) restart\b(?! of\b)|重头来|从零开始|start again|\bstart (fresh|afresh|from zero)\b|\bstart (?:it all|everything|the (?:whole|entire) (?:thing|edit|project|draft)|this (?:whole )?(?:thing|edit|project)) (?:all )?over\b|\bbegin (over|again|afresh)\b|from scratch|\bfrom nothing\b|(?<!\b(?:${RESET_THINGS})[- ])\breset\b(?!\s+(the\s+|my\s+|your\s+|a\s+)?(speed|music|volume|zoom|background|title|text|captions?|fades?|crossfades?|aspect|shape|resolution|ducking|audio|sound|voice|clip|moment|segment|${RESET_THINGS})s?\b)|(clear|wipe|blank|empty) (out )?(the )?(whole |entire )?timeline|\b(delete|remove|clear|wipe|erase) (everything|it all) (on|in|from|off) (the )?timeline\b(?!.*\b(except|but|apart from|other than|besides|save)\b)|\b(clear|wipe) (everything|it all)\b|(全|都)删(了|掉)?[，, ]?重新(弄|做|剪|来)|重新开始|从头开始(?!(?:就|都|一直)?(?:播|放|显示|出现|展示|亮))|从头再来|推倒重(?:来|做|剪|弄|搞|新来)|(?:全部|全都)重做|^(?:全部|整个|全都|都)?重新?剪(?:一遍|一次|过)?(?:吧|了)?$|从头来过?|重来|重新来|清空|(?:时间线|时间轴|轨道)上?的?(?:东西|内容|素材|所有东西)?(?:给我|都|全|全部|全都)?(?:清掉|清除|清了|清光|清干净|删光|删干净)|(?:清掉|清除|清光)(?:整个)?(?:时间线|时间轴)|^(?:算了|那就|干脆|索性|直接)?\s*(?:全部|全都|统统|通通|所有的?东西)(?:都|全)?(?:给我)?(?:清掉|清除|清了|清光|清干净|清空)(?:吧|了)?$|(?:时间线|时间轴)上?的?(?:东西|内容|素材|所有东西)?(?:全部|全都|都|全)删(?:了|掉|除)`),
  // "list the clips", "what do I have so far", 列一下现在的片段, 现在有哪些片段: the moments listed are on the tracks
  // shown (not "show the first clip", one moment named).
  // "list them" said alone asks for the tracks; "for whatsapp status", "on my status" is where the clip is posted, no
  // status of the edit asked. "show me all the track": every track, the plural said as many learners say it. "有哪些轨",
  // "几条轨": 轨 said short for 轨道 after which or how many. "describe the timeline", "walk me through the tracks",
  // "what is there on every track": shown too.
  // ("时间线上12秒到15秒", "时间线的0:30": the timeline named as where a time is, no view asked.)
  showTracks: /^(给我|帮我)?列(一下|出来)$|^(?:(?:then|and|now|so|please|pls)\s+)*(?:all (?:the )?|every |the |my )?(?:tracks|timeline|layers) (?:show|list|display)(?: (?:me|us|them|all))?(?: please| pls)?[.!]*$|^(?:(?:please|pls|can you|could you) )?(?:list|show(?: me)?)(?: all)?(?: of)? (?:the |my )?(?:current )?(?:clips|segments|moments)(?: (?:so far|i have|we have|there are))?(?: please)?[.!?]*$|^(?:so )?what (?:do|have) (?:i|we) (?:got|have)(?: got)? so far\b|^(?:what|which) (?:clips|segments|moments) (?:are there|do (?:i|we) have)\b|^(?:给我|帮我)?(?:列|看看|看一下|显示)(?:一下|出来)?(?:现在|目前)?的?(?:所有的?)?片段(?:吧)?$|^(?:现在|目前)?(?:都|一共|总共)?有(?:哪些|什么|几个|多少个?)片段(?:吗|呢)?[?？]*$|^(?:(?:just|please|pls|simply) )*list (?:them|'em|those|it)(?: all| out)?(?: please| for me)*[.!]*$|^(the )?(tracks|timeline)\s*[?？]*$|\b(tracks?|timeline) (listing|list|overview|rundown|readout|read-out|breakdown)\b|(现在|目前)[^，,。]{0,4}(什么|啥)样|(show|list|display|see|view|describe|summari[sz]e|read(?: out)?|(?:walk|talk|run) (?:me )?through|(?:provide|give|send|produce|print|output)(?= (?:me |us )?a (?:list|listing|rundown) of)) (me |us )?(a (?:list|listing|rundown) of )?((all )?(of )?(the |my )?(tracks|timeline|layers)|all (of )?(the |my )?track\b|(every|each) (single )?track\b|(the|my) track\b(?!\s*(?:i|you|we|that|which|from|called|named|by|for|to)\b)(?!\.\w)|track(?=\s*[.!]*$))|\b(rundown|overview|summary|run-through|readout|read-out|breakdown) of ((all )?(of )?(the |my )?(current |whole )?(edit|timeline|draft|tracks|project)|(every|each) track)\b|\b(what|which) tracks\b|\bwhat('s| is)(?: there)? (in|on) (each|every) track\b|\bwhat(?:'ve| have| do| did)? (?:i|we) (?:got|have|get)(?: got)? (?:in|on) (?:the |my )?(?:timeline|tracks)\b|preview in timeline|what( all)?('s| is)(?: there)? (in|on) (the )?(timeline|tracks)\b|(?<!\b(?:whatsapp|wa|my|(?:for|on|to|in|as) (?:the |a |my )?)\s*)\bstatus\b|状态|(?:(?:几|多少|哪几)条|哪些|什么)轨(?!道)|(?<!(放|分|拆|移|挪|搬|导|丢|拖|扔|拉)(上|到|进|在|成|开)[^，,。]{0,4})(时间线|轨道)(?!上的?(第|最后|开头|结尾|中间|\s*\d)|(?:的|里的?)\s*\d)/,
  // zh lexicon: pinyin daochu; 弄个/搞个/来个/做个 gif or 动图 export.
  /**
   * An export: its verbs, a file format asked for, a file handed over as one ("spit it out as an mp4", "bang it out as an
   * mp4"), or a format said alone as the whole clause ("gif.", 要mp4, "…, then the MP4").
   */
  // "I require the output as a .mov file", "send it us as an mp4" (British "send it me"), "send me as mov file" (the "it"
  // left out): the file wished for in a format.
  // ("720p, no export yet", "no render for now": an export refused is none.)
  // "超清的 4K 出片": 出片 (the film put out) after the size asked for is the export too.
  // "产品渲染 demo", 3D渲染效果: a rendering shown (of a product, a model) is what the clip is about, no export.
  // "已经下载了", "…下载了" closing the clause: a download said done is news, no file asked for.
  // "2万次下载", "下载量破10万": the downloads of the product counted, no file asked for.
  // ("exporta en gif", "exportiere als mp4": the verb in the languages English is mixed with; "Share > File", "File > Share":
  // another editor's export menu, named by its path.)
  // "用mov格式输出", "output 一个 webm": the file's format said before 输出, or the English verb counted in Chinese.
  export: /(?<!\bno )\bexport(?:a|ar|e|ez|iere|ieren|eer)?\b|\bshare\s*>\s*(?:export )?(?:file|master file)\b|\bfile\s*>\s*share\b|\bdaochu\b|(?<!\b(?:if|when|whether|unless) )\b(?:i|we)(?: would|'d)? (?:need|want|require|like|prefer) (?:it|this|that|the (?:output|video|file|clip|edit|export|render|result|final (?:file|video|cut|version)|finished (?:file|video)))(?: back)? (?:as|in) (?:an? )?\.?(?:mp4|mov|webm|gif)\b|\b(?:send|give|get) (?:(?:it|this|that)(?: (?:to )?(?:me|us))?|(?:me|us)(?: (?:it|this|that))?) (?:as|in) (?:an? )?\.?(?:mp4|mov|webm|gif)\b|^(?:(?:so|and|then|now) )?(?:can|could|may) (?:i|we) (?:please )?have (?:it|this|that|the (?:video|clip|edit|cut)) (?:as|in) (?:an? )?\.?(?:mp4|mov|webm|gif)\b|(?<![导输推演支做])出第[二两三四2-4]版(?!本)|\b(?:make|create|produce|generate|prepare) (?:me )?(?:the|a) (?:final |finished |video |mp4 |mov |webm |gif )?file(?=$|[,.!]| (?:now|please|so)\b)|\b(?:make|turn|convert|save|put) (?:it|this|that|everything|the (?:video|clip|edit|cut|whole thing)) (?:into|as|in) (?:a|one) (?:(?:single|proper|video|small|smaller|little|final) )*file\b(?! (?:name|size|format|type)\b)|\bship (it|this|that)\b(?! to\b)|\bfinali[sz]e (it|this|that|the (video|clip|edit|cut))\b|\b(?:spit|bang|pump|churn) (it|this|that) out\b(?! of\b)|\bkick (it |this |that )?out\b(?! of\b)|\bkick out (a|the) (copy|file|version|video)\b|\bsend (it|this|that) (over|across|through)\b|\blet me have (it|the (file|video|clip|mp4|cut|edit))\b|\boutput (it|this|that|the (video|clip|file))\b|\boutput (?:me )?(?:an? |the )?(?:(?:\d{3,4}p|4k|hd|full hd|final|finished|mp4|mov|webm|gif) )+(?:file|video|version|copy)\b|\bgive me the (finished|completed|done) (video|clip|file|cut|edit)\b|^(?:can|could|may) i (?:get|have|grab) the (?:final |finished )?(?:file|export|mp4)\b(?= please|\?|$)|\bbounce (it|this|that)( out| down)?\b|出(个|一?版|一?份)(成品|成片)(?=$|吧|给我|发我|[，,。!！])|输出一[版份](?=$|吧|给我|发我|看看|[，,。!！])|出一?版(给我|发我)|(可以|能|就)出(片)?了(?=$|吧|[，,。!！])|交片|(就|可以)导吧|(成片|成品)(发|给)我|^生成一下$|输出一?(个|版)?(?=[^，,。]{0,4}(\d{3,4}p|4k|gif|mp4|mov|webm|动图|高清|超清))|(?:gif|mp4|mov|webm|动图)\s*(?:格式|形式|文件)\s*(?:来|去)?输出|\boutput\s*(?:一个|一份|个)\s*(?=gif|mp4|mov|webm)|\bdownload\b|(输出|做成|转成|转换|生成|存|出|导|弄|搞|整|来|做(?=一?个))(成|为)?(一个|个|一份|份)?\s*(?:(?:\d{3,4}p?|4k)\s*的?\s*)?(gif|动图|mp4|mov|webm)|(?:^|(?<=就|直接|马上|立刻|然后|(?:\d{3,4}p|4k|高清|超清)\s*的?\s*))出片(?=$|\s|\d|吧|了|[!！。])|(?:(?:弄|做|剪|搞|整)(?:好|完)了?|搞定了?|搞掂|直接|马上|就)\s*(?:就|直接|马上)?出片(?=$|\s|\d|吧|了|给我|[，,。!！])|生成(视频)?文件|导一?个[^，,。]{0,8}出来|\b(need|want|get|give me|make|send|like|create|produce|generate|spit out|kick out) (me )?an? (gif|mp4|mov|webm)\b|\b(?:(?:need|want|get|give me|send me|like) )?both (?:an? )?(?:gif|mp4|mov|webm) and (?:an? )?(?:gif|mp4|mov|webm)\b|^(?:我们?)?(?:要|想要|需要|给我)(?:一个|个|一份)?\s*(?:gif|mp4|mov|webm)\s*(?:和|跟|还有|、|，|,)\s*(?:一个|个|一份)?\s*(?:gif|mp4|mov|webm)|\b(make|turn|convert|save|export|render) (it|this|that|the (video|clip|whole thing)) (into |as |to )?an? (gif|mp4|mov|webm)\b|\b(put|spit|send|give|get|hand|bounce|bang|knock|pump|churn) (it|this|that)( out| over| back| to me)? as an? (gif|mp4|mov|webm)\b|^an? (?:(?:ordinary|normal|regular|standard|plain|basic|simple|usual|classic|good old) )?(gif|mp4|mov|webm)\b(?! (of|as|background)\b)|^(?:and )?(?:then )?the (gif|mp4|mov|webm)(?: (?:file|version|export))?(?: (?:after that|at the end|afterwards|last|please|pls))*[.!]*$|^(?:要|用|换成?|改成)?(?:一[个份版]\s*)?(gif|mp4|mov|webm)(?:\s*一[个份版])?[.!。！]*$|^(?:the |my )?(?:final |finished )?(?:file|video|clip|edit|cut) (?:as|in) (?:an? )?(gif|mp4|mov|webm)(?=[.!]*$|\s+(?:please|pls|for|to|now|then|if)\b)|^(gif|mp4|mov|webm)(?: (?:please|pls|plz))? for (?!(?:the |a |an )?(?:intro|outro|title|background|music|clip|moment|part)\b)|^(gif|mp4|mov|webm) (it|this|that)\b(?! (is|was)\b)|\b(convert|turn|save|export|render) (it |this |that )?(to|into|as) (an? )?(gif|mp4|mov|webm)\b|生成最终|(输出|生成|出)(成品|最终)|输出成片|最终(的)?(视频|版本|成品)|(send|give|get|hand|email|mail) me (the|that|this) (final )?(video|clip|file|mp4|mov|webm|gif)\b|\b(send|share|deliver|give|post|upload|hand|provide|supply) (me )?(it|this|that|the (final |finished )?(video|clip|edit|cut|film|movie)) (over |(?:un)?to (?:me|us) )?(as|in) (an? )?(gif|mp4|mov|webm)\b|\b(gif|mp4|mov|webm) (version|copy|export)\b|(?<!\bno )\brender\b|\bsave (it |the (video|clip) )?as\b|\bsave (?:her|him)(?: out)? as (?:an? )?\.?(?:mp4|mov|webm|gif)\b|\bsave (it|this|the (final |finished )?(video|clip|movie|cut))\b(?! (project|draft|for later)\b)|导出(?!的(?!时候))|汇出|(?<!产品|模型|建模|三维|3[dD]|场景|实时)渲染(?!图|效果|器|引擎)|(?<!已经?\s*|次|刚|才)下载(?!量|数|次数|的?(那段|那些|时候|过程|部分|地方)|了\s*$)|(?:保存|存成|存为)(?!(?:成|为|到|一下|一个|个)?\s*(?:模板|预设|默认|草稿|工程|项目|样式|风格))|发给?我(?=$|吧|一下|一份|看看|[，,。!！]|\s*(?:mp4|mov|gif|webm|\d{3,4}p|4k))|出口(?=视频|成|为|\s*(?:mp4|mov|gif|webm))/,

  /**
   * A length put forward with a hedge and a question mark: "maybe 45 seconds?", "I'd like a short version, around a minute?",
   * "30 sec or so?", 30秒左右吗？, 一分钟左右？ — a wish said shyly, no question about the clip (not "is it about 30
   * seconds?", "30 seconds?" alone, "is 30 seconds too short?").
   */
  lengthProposed: /(?:^|[,，]\s*)(?:(?:maybe|perhaps|like|around|about|roughly|approximately|approx|say|something like|somewhere around)\s+)+(?:a |an )?\d+(?:\.\d+)?\s*-?\s*(?:s|secs?|seconds?|mins?|minutes?|m)\b(?:\s+(?:or so|long|tops|max|ish))*\s*[?？]+$|(?:^|[,，]\s*)\d+(?:\.\d+)?\s*-?\s*(?:s|secs?|seconds?|mins?|minutes?)(?:\s+or so|-?ish)\s*[?？]+$|(?:^|[，,]\s*)(?:大概|大约|差不多)?\s*\d+(?:\.\d+)?\s*(?:秒钟?|分钟|分)\s*(?:左右|上下|出头)(?:吧|吗|呢|啊|的)?\s*[?？]*$|(?:^|[，,]\s*)(?:大概|大约|差不多)\s*\d+(?:\.\d+)?\s*(?:秒钟?|分钟|分)(?:吧|吗|呢|啊|的)?\s*[?？]*$/,
  /**
   * The export talked about as a thing, not asked for: trouble with it ("export is so slow", "export keeps failing", "every
   * export looks soft",
   * "export button doesnt work", 导出卡住了, 导出一直转圈, 导出不了, 导出完了没) or where it is ("where's the export
   * button", "where to find the exported file", 导出按钮在哪). News or a question about the product: no file is made
   * (not "export it", "export so I can post it", 导出慢动作版本, 导出前放慢第二段).
   */
  exportTrouble: new RegExp(String.raw`\bexport(?:ing|s|ed)?(?: (?:button|menu|option|tab|icon|panel|dialog|window|bar|progress|queue|page|screen|function|feature))?(?:'s| is| was| has| keeps| kept| still| just| always| been| takes| took| taking| so| too| very| really| super| kinda| way| totally| completely)* (?:slow|broken|stuck|bugged|fail(?:s|ed|ing)?|crash(?:es|ed|ing)?|hangs?|hanging|frozen|froze|freez(?:es|ing)|not (?:working|showing|there|loading|starting|finishing|responding)|(?:doesn'?t|does not|didn'?t|won'?t|will not|isn'?t|is not|can'?t|cannot) (?:work|start|finish|load|show|open|respond|be found)\w*|forever|ages|grey(?:ed)? out|gray(?:ed)? out|disabled|missing|gone|disappeared|(?:looks?|looked|seems?|comes? out|came out)(?: (?:a bit|a little|kind of|kinda|so|too|really|very|pretty|quite|all))* (?:soft|blurry|fuzzy|grainy|pixelated|washed out|low[- ]res|muddy|awful|terrible))\b|\bwhere(?:'s|s| is| are| to| do (?:i|we|you)| can (?:i|we)| did (?:it|you|the))\b[^,.;!?]*\bexport|导出(?:按钮|键|选项|进度|速度)?[怎咋为什么这么那么好太很也还又一直总是老是都]{0,4}(?:失败|卡住|卡死|卡了|卡顿|慢(?!动作|放|镜头|速)|转圈|不了|没反应|不动|报错|出错|崩|闪退|(?:完|好)了?(?:没|吗|么))|导出(?:按钮|键|选项|的(?:文件|视频|东西)?)?[^，,。]{0,3}在哪`),
  // zh lexicon: 多久 (导出要多久) and a closing 几倍速 ask, as 多长 does; 啥是, 哪样是 (Guizhou), 是啥 ask what a word means;
  // 么事, 么斯 (Wuhan: 么事叫ducking) are 什么 (not 没么事, "nothing much"); 么样 (Wuhan: 么样弄) is 怎么样, how (not when it complains, "么样那么长", "么样一直放大": "why so", no question to answer).
  /**
   * "加个字幕 自动翻译得唔得", "加标题 自动生成可以吗": words said after a request and closed by a yes/no tag (可以吗, 行不行,
   * 得唔得) ask whether something can be done; they are never the words a text shows.
   */
  askedTag: /(?:好吗|好不好|行吗|行不行|成吗|成不成|中不中|得唔得|得不得|可唔可以|可以吗|可不可以|好伐|可好)[?？]?$/,
  /**
   * A question about the tool, not an instruction: answered by the reply, never by an edit ("音乐现在多大声" asks how
   * loud, no louder).
   */
  // ("鼠标点哪里就跟着放大", "哪儿有操作就放大哪儿": 哪里 … 就 is "wherever", no question; nor is 没什么, "nothing much":
  // "没什么好看的部分加速", but "有没有什么…" asks.)
  // ("digga, why is the export so slow": a word of address, then the question word.)
  // ("can this thing export 4k", "can the app do 4k": what the product can do, asked.)
  // ("do 25 seconds of the best stuff", "do me a 45 sec cut", "do the third clip in slow motion": "do" before a figure,
  // an article or a moment and how it is done asks it done; "do the clips have sound", "do you…" ask.)
  question: /^(what|how|why|who|which|is|are|does|do(?! not\b)(?!\s+(?:\d|me\b|us\b|an?\b|one\b|another\b|(?:the\s+)?(?:first|second|third|fourth|fifth|last|final|middle|\d+(?:st|nd|rd|th))\s+(?:clip|moment|segment|section|part|scene|shot|bit|one)\s+(?:in|at|as)\b))|did|was|were|can i|should)\b|^(?:can|could|will|would) (?:this|the|your) (?:thing|app|tool|extension|program|software|plugin|plug-in|editor|product)\b|^[a-z'-]+,\s*(?:what|how|why|who|which)\b|^(has|have) (you|it|i|we)\b|^(what )?if\b.*\b(will|would|does|is|can) (it|this|that|they)\b|为啥|咋|干嘛|会不会|是不是|要不要|行不行|对不对|^(when|where) (will|would|does|do|did|is|are|can|could|should|was|were)\b(?! (?:nothing|nobody|no one)\b)|[?？]\s*$|吗\s*$|(?<!(?<!有)没有?)什么(?![都也])|(?<!没)么[事斯](?![都也])|(?<![什怎这那多要])么样(?![都也]|那么|这么|一直|老是|总是|又)|为什么|怎么|多长|多久(?![都也])|多大声|几倍速?$|多少|还是.*好|哪个好|好不好|(?<!就[^，,。]{0,6})哪(?:里|儿)(?![^，,。]{0,6}就)|在哪|(?:哪样|啥)是|是(?:啥|哪样)(?![都也])/,
  /**
   * "will the export be HD?", "so will the title be in the middle?": what an edit will give, asked (its question mark
   * may be split off); not "will it be possible to …", a request asked politely. `subject`: the thing named, not a
   * pronoun.
   */
  resultAsked: new RegExp(String.raw`^(?:[a-z'-]+,?\s+)?will (?:it|this|that|(?<subject>(?:the|this|that|my|our|your) [a-z]+)) be\b`
    + String.raw`(?!\s+(?:possible|able|ok|okay|alright|fine)\b)`),
  /** "the export will be HD?": the same question said in a statement's order, as "will the export be HD?" asks it. */
  resultDeclaredAsked: /\b((?:the|this|that|my|our|your) [a-z]+) will be ([^.,;!?]*)\?/gi,
  /**
   * Asking which or how much ("能导出哪些格式？", "can you tell me which formats there are?"): a question even when
   * it starts like a request.
   */
  asks: /\b(summari[sz]e|tell me|explain|describe) (for me )?(what|why|how|who|where|when|whether|which)\b|\btell me (the|its|his|her|their)\b|\blet me know (the|its|his|her|their|what|how)\b|(告诉|教|跟)我(一下)?(怎么|如何|怎样|为什么|什么)|\b(which|what) (formats?|resolutions?|options?|music|songs|tracks|backgrounds?|styles?|kinds?|types?|sizes?|lengths?)\b|\bhow (many|much|long)\b|哪些|哪几|哪种|什么(格式|样的?|分辨率|音乐|背景|风格|类型|尺寸)|多少|多久|多长|(?<!挑|选|找|来)几(步|次|个|种|条|遍|层|秒|分钟)/,
  /**
   * "结尾都加一个 “…”", "片尾也来一张", "开头同样加一个": the other end given one too (也, 都: as the card just said), the
   * words quoted (readable, quotes out); the end it goes to is the group.
   */
  cardAlike: /^(?:在|到)?(?:(结尾|末尾|最后|片尾|最末)|开头|片头|最前面?)(?:处|那里|那儿)?\s*(?:也|都|同样|一样|照样)\s*(?:再)?(?:加|放|来|整|弄|搞)(?:上|个|一[个张])?\s*$/,
  /** "do that for the outro too", "the same for the outro", "likewise for the outro": the edit just asked, asked again of another part. */
  doneAlike: /\bdo (?:that|this|it|the same)(?: again)? (?:for|with|on)\b|\b(?:the )?same (?:for|with|on)\b|\b(?:likewise|ditto)\b/,
  /**
   * "导出 1080p 的mp4 发快手", "导出，发抖音用": a platform the file is sent to, said alone after an export, is where it
   * goes, no shape asked ("发抖音" alone, or "做成发抖音的", still gives it its shape).
   */
  postedAlone: new RegExp(String.raw`^(?:然后|再|拿去|好)?(?:发|传|上传|发布|投|丢)(?:到|去|给|上)?\s*(?:${PlatformWords.map(([platform]) => platform.source).join('|')})\s*(?:上|里)?\s*(?:用|的|去|了|吧)?$`),
  /**
   * Asking the tool to post the video ("upload it to youtube for me", 帮我发到抖音上, 能传到B站吗, 可以帮我直接post去TikTok吗), or to
   * stream it live (推流到抖音, "livestream it to TikTok"): a platform named there is where
   * it goes, not a frame shape to pick; "I want to post this on Reels" or 发B站 as a purpose still picks the shape.
   */
  publish: /^(please |can you |could you |would you )?(upload|post|publish|share)\b|\b(upload|post|publish|share)\b.*\bfor me\b|\b(?:make|have|let|set) (?:it|this|that|the (?:video|clip)) (?:auto[- ]?)?(?:upload|post|publish|share)\b|\bauto[- ]?(?:upload|post|publish|shar)\w*|\b(?:upload|post|publish|share)\w*\b[^,.;]*\bautomatically\b|帮我(?:直接)?(发|上传|发布|分享|post|upload|share)|(发|上传|发布|分享)(到|去)[^，,。]*上|(能|可以|可否|能否)[^，,。]{0,4}(发|传|上传|发布|分享|post|upload|share)\s*(到|去)[^，,。]*(吗|么|嘛|\?|？)$|(能不能|可不可以|行不行)[^，,。]{0,4}(发|传|上传|发布|分享|post|upload|share)\s*(到|去)|(推流|直播|开播|串流)\s*(到|去|在)|帮我(?:直接)?(推流|直播|开播)|\blive[- ]?stream(?:ing)? (?:it |this )?(?:to|on)\b/,
  /**
   * "夜市太吵听不见", "外面太吵了": a place named noisy (no part of the draft, no sound of its own named), the noise the music
   * is heard against, never the music's own.
   */
  placeNoisy: new RegExp(String.raw`^(?![^，,。]*(?:${SOUND_NAMED_ZH}))[^，,。\d]{1,6}?`
    + String.raw`(?:太|很|好|特别|超|贼|有点|比较|真)(?:吵|嘈杂|闹)了?(?:[，,]?\s*听不(?:见|清楚?|到))?(?:了|啊|呀)?[^\p{L}\p{N}]*$`, 'u'),
  /**
   * The subject a clause without one continues ("add music, then turn it down", 放大，再多一点, 配乐太吵了，小声一点),
   * said in the clause's language: the part of the draft the clause before it changed.
   */
  continued: { music: { en: 'the music', zh: '音乐' }, zoom: { en: 'zoom', zh: '放大' }, moment: { en: 'clip', zh: '段' }, text: { en: 'the title', zh: '标题' } },
  /**
   * The state an operation leaves, said as a clause of its own ("remove the background and go back to full frame",
   * 把原声静音，只留音乐, 刚才那步不要了，撤销一下): that operation said again, not a second request.
   */
  result: {
    // "Take off the background, show the video full", "…, only the video": the picture alone, at its full size, is
    // what is left.
    remove_background: /^(?:(?:show|make|have|keep|leave) )?(?:the |my |our )?(?:video|recording|footage|picture) (?:at )?full(?:[- ]?size)?$|^(?:(?:show|keep|leave) )?(?:just|only) (?:the |my |our )?(?:video|recording|footage|picture)(?: itself| alone)?$|\bfull[- ]?(frame|screen)( again)?$|\bedge to edge\b|^(录屏|画面|视频)?全屏显示$|^(恢复|回到|变回)?(全屏|满屏)(画面|显示|播放)?$|\b(the )?(recording|video|footage|screen|it) (fills|filling) the (whole |entire )?(frame|screen)$|^(让)?(录屏|画面|视频|录像)?(还是|要|就|都)?(铺满|占满|填满|撑满)(全屏|屏幕|画面|整个画面|整个屏幕)?$|^(?:要|恢复|回到|变回|还原)(?:成|到)?(?:原来|原本|本来|之前)的?(?:全|整个)?(?:画面|样子)$/,
    // "zoom off, I want the whole forest", "zoom less, i want to see the whole sweater", "I want see all the table": what
    // the wider picture shows, wished ("zoom off, show all the stand": or asked); "游戏画面要完整", the picture said to stay whole.
    zoomOff: /\b(show|see|fit) (me )?(the )?(whole|entire|full) (screen|frame|recording)\b|^(?:(?:i )?(?:want|wanna|need)(?: to)? )?(?:see|show) all (?:of )?(?:the|my|our) [a-z'-]+$|^(?:to )?(?:(?:see|show|have|keep|get) )?(?:all of )?(?:the |my |our )?(?:whole|entire|full) (?!.*\b(?:bigger|smaller|larger|louder|quieter|longer|shorter|faster|slower|brighter|darker|removed|gone|back|cut)\b)(?:[a-z'-]+ ){0,2}[a-z'-]+(?: (?:visible|in (?:the )?(?:frame|shot|view|picture)|showing))?$|^(?:show|see) (?:it )?(?:all|everything)$|\b(the )?(whole|entire|full) [a-z]+ (in (the )?(frame|shot|view)|visible)\b|\b(whole|entire|full) (screen|frame|recording) (visible|in view|showing)\b|^(我要|我想|要)?(显示|恢复|看到|看)?(完整|全部|整个|全)的?(画面|屏幕|界面|录屏)$|^(能)?(看到|看见|看清|看全|看得到|看得见|显示)(完整|全部|整个|全)的?[^，,。]{1,6}$|^(?:我要|我想|要|想|好)?(?:看|看到|保持|显示)(?:整幅|全幅|全景|全貌|全画面|整个画面|整个[^，,。\d]{1,6}?(?:全景|全貌))$|^(?!第)[^，,。\d]{0,6}?(?:画面|屏幕|界面|录屏)(?:要|得|必须|需要|都要|要保持|保持)?(?:完整|全)(?:的|一点|一些|些)?$/,
    /** "letterbox it, I want no part of the map cropped": bars around the picture crop none of it. */
    uncropped: /^(?:no|none|nothing|no part|no bit|not a (?:bit|part|pixel))(?: of (?:the |my |our |it)?(?:[a-z'-]+(?: [a-z'-]+)?)?)? (?:cropped|cut off|chopped off|lost)$/,
    /**
     * "镜头跟着动作走", "哪里有操作就放大哪里": what the auto zoom does, said beside it switched on; "the auto zoom, turn on
     * please", "auto zoom, activate": the switch said after the thing named first, as many languages order it.
     */
    zoomAuto: /^(?:(?:please|pls|now|just) )?(?:turn|switch|put|flip)(?: it)? on(?: (?:please|pls|now|again))?$|^(?:(?:please|pls|now|just) )?(?:activate|enable)(?: it)?(?: (?:please|pls|now|again))?$|^(?:镜头|画面)?(?:跟着|跟随|随着)[^，,。\d]{1,10}?(?:走|动|移动)$|^(?:哪里|哪儿)有?[^，,。\d]{0,6}?就(?:跟着)?(?:放大|推近)(?:哪里|哪儿)?$|^(?:鼠标|光标)(?:点|点击|点到|移到|走到|指到?)(?:哪里|哪儿|哪)就?(?:跟着)?(?:放大|推近)(?:哪里|哪儿|哪)?$/,
    // "mute the recording's sound, we will put only music": the music alone, told as what the user goes on to do; "只留音乐就好",
    // "just the music please": the music alone, said to do.
    muted: /\b(i )?only (want|need|keep|hear) the (music|bgm|soundtrack)\b|^(?:i|we)(?:'ll| will| are going to|'re going to|'re gonna) (?:put|use|have|play) (?:only|just) (?:the )?(?:music|bgm|soundtrack)$|^(with )?(the )?(music|bgm|soundtrack) only$|^(with )?(?:only|just) (the )?(music|bgm|soundtrack)(?: please| pls)?$|^只(留|要|保留|听|剩)下?(背景)?(音乐|配乐|bgm)(?:就好|就行|就可以了?|就够了?)?$/,
    // ("no ducking, I want it always same level", "…, i want it always same loud": the level kept, wished; "…, music stays
    // flat", "…, the music always same level stay": the level said to stay, the verb before it or, as some say it, after; a
    // "with" the list put before it, as before "only the music".)
    // ("no ducking, I want the santoor steady", "不要闪避，古筝一直稳稳的": the music named by its instrument, kept level.)
    noDuck: new RegExp(String.raw`\b(keep )?the (music('s)? )?volume (the same|steady|constant|as it is)\b|^(?:with )?(?:it|(?:the )?(?:music|bgm|song))(?:'s| is)? (?:always |all the time |to stay |stays? |staying |remains? |keeps? |to be |at )*(?:(?:the )?(?:same|one|one and the same|a steady|a constant) (?:level|volume|loud(?:ness)?)|flat|steady|constant|even|unchanged)(?: (?:always|all the time|throughout|the whole time|stays?|remains?))?$|^(音乐)?音量(保持|不变|一样|别变)+$|^(音乐|音量)?(保持|一直)(一样|同样)(大|响)?$|^(?:the |my |our )?(?:${INSTRUMENT_EN}) (?:to )?(?:stay |staying |be |kept |remain )?(?:steady|level|constant|even|flat|unchanged)(?: (?:throughout|all the way|the whole time|all the time))?$|^(?:${INSTRUMENT_ZH})(?:声|的声音)?(?:一直|始终|全程)?都?(?:稳稳的|稳稳当当的|平稳|稳定|不变)$`),
    /**
     * "撤销错了，重做", "undid that by mistake, redo": the undo was a mistake, which the redo after it mends (said after
     * it, the same: "redo一下，刚才undo错了"); "redo that, I want the zoom back", "撤过头了，给我重新做回来", "…又要了，给我重做
     * 回来": what the redo brings back.
     */
    redo: new RegExp(String.raw`(^|\b(i )?(want|need|'d like) )(the |my |our )?[a-z-]+ back$|^恢复一步$|^((给|帮)我?)?再?(恢复|还原|重做)(一下)?(吧|了|啦)?$|(?:撤(销|回)?|\bundo\s*)(?:错|多|过头)了|${UNDONE_BY_MISTAKE_EN}|^(?:(?:(?:can|could|would|will) you|please|pls|just|now|then) )*(?:put|bring|get) (?:it|that|them) back(?: (?:please|pls|now))?$|^(?:(?:(?:can|could|would|will) you|please|pls|just|now|then) )*(?:restore|reinstate) (?:it|that|them)(?: (?:please|pls|now))?$|^((给|帮)我?)?(?:重新|重|再)?(恢复|还原|做|弄|搞|整)回来$`),
    /** "音乐拿掉，只留我讲解的原声", "去掉配乐，只要同期声": only the voice or the recording's sound left, which taking the music out leaves. */
    voiceOnly: new RegExp(String.raw`^(?:只|仅|就|就只|只要|就要|只需要)(?:保留|留下|留着|留|要)?${VOICE_ZH}(?:就行|就好|就可以了?|就够了?)?$`),
    /**
     * "导出720p，文件小一点", "drop it to 720p, the file is too big", "导出gif，小一点，720p": a lower resolution makes the file
     * smaller; so it is sent or loaded faster ("LINE傳比較快", "faster to send on whatsapp").
     */
    smallerFile: new RegExp(String.raw`(文件|档案|体积)(别|不要)?(太大了?|小一点|小一些|小些|小点|更小|比较小)|^(?:要|弄|搞|做)?得?小(?:一点|一些|些|点)(?:的)?(?:吧)?$|\bsmaller file\b|\bfile('s| is) too (big|large)\b|\b(make|keep) the file smaller\b`
      + String.raw`|^(?![^，,。]*(?:剪|段|秒|速|播放))[^，,。\d]{0,8}?(?:传|发|上传|下载|加载|打开)(?:起来|得)?(?:比较|会|更|能|就)?快(?:一?点|一些|些)?(?:吧|啦|嘛)?$|^(?:it's |its |it is |so it's |so it is )?(?:faster|quicker) to (?:send|upload|share|load|download)\b[^,.;\d]*$|^(?:so )?it (?:sends|uploads|loads|downloads) (?:faster|quicker)\b[^,.;\d]*$`),
    /**
     * "不剪，整段录像都放上去", "全留着", "I want the whole tour", "…, uncut, I want the whole make-ready", "素材都要保留", "所有文件都要完整", "this
     * onboarding video must show every step": everything kept, said again.
     */
    keep_everything: /^(还是|就)?(全|都|全部|全都)(都)?(留着|保留|要|用上)(吧)?$|^.{1,12}?的?(地方|部分|片段|内容)(也|都|全)要?(保留|留着)$|^整段.{0,6}(放上去|保留|留着|都要)$|^(?:素材|视频|录像|录屏|片子|原片)?从头(?:到|至)尾(?:全|都|全都)?(?:放上去|保留|留着|都要|用上)$|^(所有|全部|每个)的?(我?上传的?)?(素材|视频|文件|录屏)(都|全)?(放进去|放进来|放上去|用上|用进去)$|^(?:我要|要)?(所有|全部|每个)的?(我?上传的?)?(素材|视频|文件|录屏)(都|全)?(?:要|得)?(?:是)?完整(?:的)?$|^要?完整的|\b(i want )?the (whole|entire) (?!(?:more|less|bigger|smaller|louder|quieter|longer|shorter|faster|slower)\b)[a-z]+(?:-[a-z]+)*$|^(retain|keep) all\b(?! (of )?((my|the|our|his|her|their) )?(talking|talkin'?|speech|speaking|voice|words|narration|explanations?|dialogue|commentary)\b)(?! (i|we|they|he|she) (say|said|says)\b)|^(i|we) (want|need) (every|each|all) (single )?(step|bit|part|second|frame|moment|minute)s?( of it)? (in (there|it)|kept|to stay)$|^(i'd|i would|we'd|we would) rather (nothing|none of it) (were|was|is|be|gets?|got) (cut|removed|trimmed|dropped)$|^(?:素材|视频|录像|录屏|片子|原片|内容|画面)(?:都|全|全部|全都)(?:要|得)?(?:保留|留着|留下|用上)$|^(?:this|the|our|my) (?:[a-z-]+ ){0,2}(?:video|recording|clip|tutorial|demo|walkthrough|guide) (?:must|should|has to|needs to|ought to) (?:show|have|include|contain|keep) (?:every|each|all(?: the)?) (?:single )?(?:step|bit|part|second|frame|moment|minute|detail)s?$/,
    /** "the lads watch on tiktok so make it for that": the shape of the platform just named, asked for it again. */
    // "要发 YouTube Shorts，比例改一下", "for shorts, change the ratio": the shape changed, said loosely beside the one read.
    set_aspect: /^(?:so )?(?:make|do|format|resize|size|fit|shape|cut) (?:it|this|the (?:video|clip)) (?:for|to fit) (?:that|there|it|them|that one|that platform|that app)$|^(?:(?:so|and|then|just|please) )*(?:change|fix|adjust|switch|update|sort out) the (?:ratio|aspect(?: ratio)?|frame (?:size|shape)|dimensions)(?: (?:for (?:it|that|them)|accordingly|to match|to fit))?(?: (?:please|pls))?$|^(?:把)?(?:画面)?(?:比例|画幅|宽高比|长宽比)(?:也|就)?(?:要|得)?(?:改|调|换|变|弄|整)(?:一下|下|过来|好)?(?:吧|哈|啊|哦)?$/,
    /** "加个背景，画面四周留点边", "把画面框起来": a backdrop leaves a margin around the picture, framing it. */
    set_background: /^(画面|录屏|视频)?(四周|周围|外圈|边上|旁边)(留|空|露)出?(一?点|些)?(边|空白|边框|白边)(好看|漂亮)?(一?点|些)?$|^(把|让|给)?(画面|录屏|视频)(被)?(框|围|衬|包)(起来|住)$/,
    /**
     * "全部清空，我重新剪", "全部清掉，明天重新弄", "start over, delete all": the timeline cleared, said again (or when it is
     * done again); "弄乱了": why.
     */
    // "再来一遍 推倒重剪": "once more" beside a start over is that start over said again (alone it may be a redo: unread).
    // "I want to do it all again from zero", "let's redo the whole thing from the top", 我要从头再剪一遍: the same in other
    // words (beside another request, a redo from the top may be a step of its own).
    start_over: new RegExp(String.raw`^(全部|都|全都)?(清掉|清空|清除|删光)$|^(?:全部|都|全都)?(?:再|重新)来一[遍次](?:吧|了)?$|^(都|全)?(被我)?(弄|搞|剪|改|整)(乱套|乱|砸|坏)了$|^我?(明天|改天|回头|待会儿?|等下|晚点)?(要|想)?再?(换一?个.{1,8}?)?重新(剪|来|做|开始|弄)(?![^，,。]*\d)|\b(begin|start) (again|anew|over)\b|^(?:delete|remove|erase|clear|wipe|scrap|bin|trash|nuke) (?:it all|all|everything)(?: of it)?$|^(?:scrap|bin|trash|ditch|forget|nuke|wipe|toss) (?:it|that|this|all that|all this)(?: lot)?$|^(?:(?:so|and|yeah|just|ok(?:ay)?),?\s+)?(?:(?:i|we)(?:'ll| will|'d like to| would like to| am going to|'m going to| are going to|'re going to|'re gonna| gonna) |let's )?(?:(?=[^,;]*\b(?:again|over|from (?:${FROM_THE_START})|afresh|anew)\b)(?:do|redo|make|remake|edit|re-?edit|start|begin|build|rebuild)(?:\s+(?:it|this|that|${ALL_OF_IT}))?(?:\s+(?:all|over|again|from (?:${FROM_THE_START})|afresh|anew)){1,3}|(?:redo|remake|rebuild)\s+(?:${ALL_OF_IT}))$|^(?:我|我们)?(?:全部|全都|整个|都)?(?:从头|从零|重头|从0)(?:再|重新)?(?:来|剪|做|弄|开始|搞|整)(?:一遍|一次|过)?(?:吧|了)?$`),
    /**
     * "字全部去掉，画面要干净", "remove all the text. clean frame": a picture without the text is a clean one; "…, let the
     * footage speak", "…; these clips carry no graphics": the pictures alone, with nothing over them.
     */
    remove_text: /^(画面|屏幕|视频)(要|就|得|会)?(干净|清爽|简洁)(一?点|些)?$|^(?:(?:a|the|just|keep|keep it|want|i want|we want)\s+)*(?:clean|clear|uncluttered|bare|empty)(?:er)? (?:frame|screen|picture|image|look|shot)s?$|^(?:just )?(?:let|have) the (?:images?|pictures?|footage|visuals|video|shots?|clips?) (?:speak|talk|breathe|do the talking)(?: for (?:itself|themselves))?$|\b(?:carry|carries|have|has|with|want|need|needs|wants) no (?:graphics|overlays|captions|titles|text)$|^(画面|视频)?(只?留|只要)(画面|影像|图像)(就行|就好|就够了)?$/,
    /**
     * "the second moment 8 seconds long, cut the rest", "第二段留8秒，剩下的剪掉", "make it 30 seconds, lose the rest": what a
     * moment or the clip is cut to leaves the rest out, said again.
     */
    restCut: /^(?:and )?(?:cut|remove|delete|drop|lose|trim|ditch|get rid of) (?:off )?(?:all )?the rest(?: of it)?$|^(?:剩下|其余|其他)的?(?:部分)?(?:都|全)?(?:剪掉|删掉|去掉|切掉|不要了?)$/,
    /** "只用X，别的不要": the other uploads left out, said again. */
    // "work from a.mp4 alone; the other upload has consent issues": what the other uploads are, why they are left out.
    use_sources: /^(别的|其他的?|其余的?)(都)?(不要|不用)了?$|\bnothing else\b|\b(not|none of) the others?\b|^(?:the|that|those) others? (?:upload|file|video|recording|take|one)s? (?:is|was|are|were|has|had|have)\b/,
    // "撤销 撤销 改乱套了", "撤回 搞砸了": what went wrong, said beside the undos, is why (no request of its own).
    // "还是原速吧", "还是原来的好", "还是之前那样": the state before the step, chosen again (said after the undo that goes back to it).
    // "撤了撤了 刚那步撤了", "撤回撤回，刚才那下不要", "撤销，上一步", "undo, scrap that last change": after an undo, the
    // step it takes back named as the last one is which, no second undo.
    // "Undo, I want the old title back", "…, the previous music back please": what was there before, wished back.
    // "I prefer how it was before. Go back", 我更喜欢之前的样子: the state before the step, preferred (alone, how many steps back is
    // not known: unread).
    undo: /^(?:the|my|our) (?:old|previous|former|earlier) [a-z'-]+(?: [a-z'-]+)? back(?: (?:please|pls|again))?$|^(?:刚才|刚刚)(?:那|这)一?[步下](?:给我|帮我)?撤(?:了|掉|回|销)?(?:吧|啦)?$|^(?:我看|我觉得|感觉)?还是(?:用|要|保持|按|回到)?(?:原速|原样|原版|原来(?:的|那样)?(?:速度|样子|版本)?|之前(?:的|那样)(?:速度|样子|版本)?)(?:比较|更)?(?:好|好看|顺)?(?:一?点|些)?(?:吧|啦|了|好了|算了|就好|就行)?$|^(?:i (?:like|liked|prefer|preferred)(?: it)?|it was better|(?:keep|leave) it) (?:before|as it was|(?:the way|how) it was(?: before)?)$|^我(?:更|还是)?喜欢(?:之前|原来)(?:的|那样)(?:样子|版本)?$|^(?:都|全)?(?:被我|给我)?(?:弄|搞|剪|改|整)(?:乱套|乱|砸|坏|糊|错)了(?:啦|啊|呀)?$|\b(scrap|forget|drop|cancel|belay|countermand|rescind) (that|(the|my|that) last) (step|change|edit)\b|^(put|bring|change|set) (it|that|them|everything|things) back\b|^(?:(?:刚才|刚刚)的)?(刚才|刚刚|上一)(那|这)?一?[步下](不要了|不要|算了|不算|取消)(?:吧|啦)?$|^(?:上一步|(?:刚才|刚刚)(?:那|这)一?[步下])$|^(?:最后|刚才|刚刚)(?:那|这)?(?:两|三|2|3)?步(?:都|全)?(?:不要了?|算了)$|^(刚才|刚刚|刚|上一步|上一下)(那|这)?(个|一?步|下|样)?的?(改动|修改|操作|编辑)?(?:是|有点)?(不对|不好|错了|不行|有误|有问题|(?:改|弄|做|搞|剪|删|加|调)错了)$|^(?:the |my |that )?(?:last|previous) (?:step|change|edit) (?:was|is) (?:wrong|a mistake|incorrect)$/,
  },
  /**
   * A direction said with no subject of its own but "the sound" or "the speed" ("声音大点", "速度再慢些", "放慢一点", "加速"): beside the
   * figure that sets that sound or speed ("原声调到120%"), it only says which way.
   */
  direction: {
    // ("…，留着，就是小点，三成": the way said as a "but" after keeping it, too.)
    // ("…，要响，原声调到百分之一百二", "…，调大，150%": wanted, or the turn said alone, the way is said without a degree.)
    // ("调小点", "整大些": the turn with its degree; "大声点", "细声啲": the way said of the voice, 声 after it.)
    sound: /^(?:就是|但是?|只是|不过|可是)?(?:整体|整个视频)?(?:的)?(?:声音|音量)?(?:(?:要|得)(?:再|稍微)?(?:大|小|响|轻)声?|(?:调|整|弄|搞)(?:大|小)声?(?:一?(?:点|些)儿?)?|(?:再|稍微)?(?:大|小|响|轻)声?(?:一)?(?:点|些)儿?)[!！]*$/,
    /** "锣鼓声大点，原声开到一百二": a sound the recording has, named, beside the figure its sound is set to. */
    // ("讲解声音要大一点", "喊“起”的声音要大！" (its quote read away), "高压水枪那声儿太响": wanted so, or too loud as it is.)
    // ("娃娃们喊加油的声音大点": named by who makes it and what they do.)
    // ("锣鼓声细声啲": 声 again after the way; "尖叫那段要响": the stretch where the sound is, named by what happens there.)
    sceneSound: /^(?!(?:背景)?音乐|配乐|bgm|歌)[^，,。\d\s]{1,10}?(?:\s[^，,。\d\s]{1,4}?)?(?:声音|声儿?)(?:要|得|太|有点)?(?:再|稍微)?(?:大|小|响|轻|吵)声?(?:一?(?:点|些)儿?|了)?[!！]*$|^(?!第|(?:背景)?音乐|配乐|bgm|歌)[^，,。\d\s]{1,6}?(?:那段|那里|那下|那会儿?|的时候)(?:声音)?(?:要|得)(?:再|稍微)?(?:大|响)(?:一?(?:点|些)儿?)?[!！]*$/,
    speed: /^(?:整体|整个视频)?(?:都)?(?:的)?(?:速度|节奏)?(?:再)?(?:(?:放|加)?(?:快|慢)(?:一)?(?:点|些)儿?|加速|减速|加快|放慢)$/,
    /**
     * The way or the feel of the result wished in English, beside the request that goes that way: "whole thing 1.5x, make
     * it zippy", "the middle section should go, I want this to feel short and sweet", "zoom at 0:08 — the cuckoo should
     * be seen bigger", "might the bells be heard at full strength? set the recording's own sound to 100 per cent", "make
     * it stand up tall" beside 9:16. The wish (make it, I want it / this to feel, should be seen / heard) before words of
     * ways and feelings only (asides.ts: wayWished); one whose way is not the request's ("make it short" beside music)
     * or whose words are not known ("make it monochrome", a request the editor cannot do) stays unread.
     */
    en: {
      wish: /^(?:(?:so|and|but|just|please|pls|also)\s+)*(?:make (?:it|this|them|the (?:video|clip|edit|whole thing))|(?:i|we) (?:just |really )?(?:want|need|'d like|would like|wanna) (?:it|this|the (?:video|clip|edit|whole thing))(?: to (?:feel|be|look|sound|get|stay))?|(?:it|this) (?:should|must|has to|needs to|gotta) (?:feel|be|look|sound)|let it be|keep it)\s+(.+)$|^(?:(?:might|could|can|may|should|will)\s+)?(?:the|my|our|that|this|those|these)\s+[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:(?:should|must|needs? to|has to|have to|might|could|can|may|will)\s+)?be\s+(?:seen|heard|shown)\s+(.+)$/,
      /** The words between the ways and feelings wished ("short and sweet", "brutal, short"). */
      between: /\s*,\s*(?:and\s+)?|\s+(?:and|but|yet|n|'n')\s+/,
      /** A call to the one addressed after the wish ("…, bey", "…, man"): no way of the result. */
      called: /\s*,?\s+(?:man|mate|bro|bey|bhai|dude|da|dear|love|pal|buddy|boss|yaar|lah)$/,
      ways: {
        /**
         * Quicker, shorter: beside a cut, a clip of the best moments or a speed-up ("punchy" is no such way: "make it 30
         * seconds, I want it punchy" may ask for cuts or music of its own, and stays unread as an earlier test asks).
         */
        quicker: /^(?:(?:a bit|a little|nice and|real|really|super|more)\s+)?(?:short|shorter|brief|briefer|tight|tighter|quick|quicker|snappy|snappier|zippy|zippier|pacy|pacey|brisk|speedy|fast|faster)$/,
        slower: /^(?:(?:a bit|a little|nice and|real|really|more)\s+)?(?:slow|slower|slowed down|unhurried)$/,
        bigger: /^(?:(?:a bit|a little|a lot|much|way|real|really)\s+)?(?:big|bigger|large|larger|close|closer|up close|close up|in close)$/,
        louder: /^(?:(?:a bit|a little|a lot|much|way|real|really|nice and)\s+)?(?:loud|louder|clear|clearer|clearly|at full (?:strength|volume|blast|power|level)|full(?: (?:strength|volume|blast))?)$/,
        quieter: /^(?:(?:a bit|a little|a lot|much|way|real|really|nice and)\s+)?(?:quiet|quieter|soft|softer|low|lower|gentle|gentler|in the background)$/,
        taller: /^(?:(?:nice and|real|really)\s+)?(?:tall|taller|upright|standing|standing up|stand up(?: tall| straight)?|stood up|vertical|portrait|up and down)$/,
        wider: /^(?:(?:nice and|real|really)\s+)?(?:wide|wider|lying down|lie down|laid down|landscape|widescreen|sideways)$/,
      },
      /** How the result is to feel, no edit the editor can make of it: beside any request, why it is asked. */
      feel: /^(?:(?:a bit|a little|nice and|real|really|super|more|proper|dead|well)\s+)?(?:sweet|brutal|pumping|pumpin'?|banging|bangin'?|epic|fun|lively|energetic|hype|hyped|fire|lit|awesome|cool|nice|great|amazing|beautiful|lovely|pretty|perfect|good|special|heavy|savage|sick|wicked|rad|dope|legit|classy|fancy|slick|pro|professional)$/,
    },
  },
  /** A wish said before a state ("要满屏", "我要看到整个模型"): the state is what is said. */
  wish: /^(?:我们?|你)?(?:要|想要?|希望|需要|得)(?=[\u4e00-\u9fff])|^(?:i|we) (?:(?:just|really|still) )?(?:want|need|wanna|'d like|would like)(?: to)? (?=[a-z])/,
  /**
   * "landscape only", "9:16 only", "客户只要 1:1", "只做竖屏的": the one shape wanted, no restriction to a file or a part.
   * So with a platform named ("make it square for instagram only"): not a part ("for the intro only", "for the
   * thumbnail only"), nor a platform for a part named before the shape ("make the intro vertical for tiktok only").
   */
  shapeOnly: new RegExp(String.raw`\b(${SHAPE_EN}) only\b|(?<=^(?:(?:please |just |now )*`
    + String.raw`(?:make|set|turn|export|render|crop|resize|change|do|put) (?:it|this|that|the (?:whole |entire )?`
    + String.raw`(?:video|thing|edit)) (?:to |into |in |as )?(?:an? )?)?)`
    + String.raw`(${SHAPE_EN}) (?:for|on) (?:${SHAPED_PLATFORMS}) only\b|`
    + /只(?:要|做|出)(?:成|一?个)?\s*(?:9:16|16:9|1:1|4:5|3:4|竖屏|横屏|竖版|横版|正?方形|方的|竖的|横的)(?:的|版)?(?:就行|就好|就够了?|吧)?$/.source),
  /**
   * "make it 25 seconds only for reels", "only 30 seconds for tiktok": the "only" is of the length, the clip made goes to
   * a platform of one shape (not "only the intro for tiktok", a part; nor "keep the intro only 5 seconds for tiktok", a
   * part's length; a shape refused beside it, "…, not vertical though", is Words.shapeRefusedEn).
   */
  lengthOnlyForPlatform: new RegExp(String.raw`(?<!\b(?:intro|outro|opening|ending|title|card|credits|music|song|`
    + String.raw`part|section|scene|segment|moment|shot|first|second|third|last)\b.*)`
    + String.raw`(?:\bonly\s+${LENGTH_ONLY}|${LENGTH_ONLY}\s+only)\s+(?:for|on|fi|pon)\s+`
    + String.raw`(?:an?\s+)?(?:instagram\s+|insta\s+|ig\s+|youtube\s+)?(?:tiktok|reels?|shorts)\b`),
  /** "…, not vertical though", "don't make it square": a shape refused (its platform's shape not taken). */
  shapeRefusedEn: new RegExp(String.raw`\b(?:not|no|never|without|don'?t (?:make it|go))\s+`
    + String.raw`(?:vertical|portrait|tall|upright|square|wide|landscape|horizontal|9:16|16:9|1:1)\b`),
  /** "make it wide? nah", "make the video wide? I'm not sure": made wide, asked or doubted, is no request. */
  madeWideAsked: /\b(?:make|turn|have|go|put|set|get) (?:it|this|the (?:video|clip)|the whole thing) wide\s*\?/,
  /** "make it play 1.5 times and then stop": a count of plays, no speed. */
  playedTimesThen: new RegExp(String.raw`\b(?:make|let) (?:it|the (?:whole )?(?:video|vid|recording|footage)) `
    + String.raw`(?:run|play) (?:at )?\d\.\d{1,2} times,? (?:and )?then\b`),
  /**
   * "…, only best moments of the lake, square size", "only the best bits, 30 seconds, vertical format": a shape said
   * alone at the clause's end, after a comma, with "size" or "format" or nothing; the "only" before it is of what else is
   * said (not "only the square one").
   */
  shapeLast: new RegExp(String.raw`,\s*(?:in\s+)?(?:(?:a|the)\s+)?(?:${SHAPE_EN})(?:\s+(?:size|format|shape|ratio|aspect ratio|frame))?(?:\s+(?:please|pls))?[.!]*$`),
  /** A platform said as a shape ("Reels format", 抖音尺寸): the shape, riding along like "vertical" does. */
  shapeNoun: /\b(format|size|ratio|aspect( ratio)?|dimensions?|layout)\b|尺寸|比例|画幅|格式/,
  /**
   * A resize for a platform and nothing else, the words before it and after it: "resize for LinkedIn", "make it for
   * youtube", "Instagram feed", "for bilibili please", 做成小红书的, 改成B站的尺寸 (not "it's for youtube", "a clip for
   * linkedin", 发B站).
   */
  platformResize: {
    before: /^(?:(?:please|pls|could you|can you|can we|let's|now)\s+)*(?:(?:make|resize|reformat|format|crop|size|fit|adapt|turn|convert|change|switch|redo)\b(?:\s+(?:it|this|that|this one|the (?:video|clip|frame|whole thing)))?\s*)?(?:(?:for|to|into)\b\s*)?(?:(?:the|our|my|an?)\b\s*)?$|^(?:做成|改成|弄成|换成|适配|调成)$/,
    after: /^\s*(?:feed|post|format|size|version|ratio|one)?\s*(?:please|pls|thanks)?[\s.!?]*$|^(?:的|用的)?(?:尺寸|格式|比例|版本?)?(?:吧|的)?$/,
  },
  /**
   * The words before a platform that make it where the clip goes ("export it for reels", "add music, it's going on
   * tiktok", 导出来发快手), not where something was heard ("add the music I heard on tiktok").
   */
  platformBound: /(\b(for|onto|to|4)|\b(go|goes|going|post|put|publish|share|upload)( it| this| that)? on|发|投|传|给|适配)\s*((the|our|my|a|an|their|instagram|youtube|ig)\s+)*$/,
  /**
   * A reel named with "the", "my", "our"…: the video being edited, not the platform ("move clip 3 to open the reel", "end
   * the reel on the demo"); it takes Reels' shape only as the clip made for it ("make the reel 30 seconds").
   */
  platformAsVideo: /\b(the|my|our|this|that|your) reel\b(?! (?:format|size|ratio|version|style)\b)/,
  /** Words that make a platform where something was seen ("I saw this on tiktok", 在抖音上刷到的): no shape. */
  platformSeen: /\b(saw|seen|watched|found|heard|noticed|came across)\b|看到|看过|刷到|听到/,
  /**
   * A platform named as the kind of clip being made, not where it goes: followed by what is made ("a shorts version",
   * 抖音视频, "Reels version") or led by a length or an article ("a 20 second tiktok"). Its shape rides along.
   */
  platformKind: {
    after: /^\s*(videos?|versions?|vids?|edit|cut|视频|短视频|版本?|风格)/,
    before: /(\b(a|an)|\d+(\.\d+)?\s*-?\s*(s|secs?|seconds?|mins?|minutes?)|\d+(\.\d+)?\s*(秒|分钟)的?)\s*-?\s*$/,
  },
  /**
   * The length of what the user has, not of the clip to make: "my 10 minute recording", "this 5-min video",
   * "it's 3 minutes now", "currently it's 2 minutes", "its 4 mins long" (not "make sure it's 30 seconds long"),
   * "the recording is 10 minutes long", "the meeting lasted 45 minutes" (a length said in the past is what happened),
   * "got 14 min of footage", "I recorded this on my phone for like 20 min", "recorded about 20 minutes of my app",
   * what the recording is, however named ("a 3 hour stream vod": no clip is hours long; "our 20-minute benefits
   * walkthrough", "a lecture of 50 minutes", "3 hour stream replay -> …" opening a clause; not "a 2 minute walkthrough",
   * which may be the clip asked), "the stream is 4 hours", "I recorded the lecture and it's 50 minutes", the draft's said as it is ("that clip is 3 minutes. I asked for short"), 这个10分钟的录屏, 我录了一个大概3分钟的演示,
   * and how long something took (折了四十分钟, 讲了一个小时: done, in the past, by a verb that edits nothing); a recording
   * named, then its length alone ("录屏 25 分钟，想剪个 5 分钟的": not 视频, which may be the clip asked). Read as the
   * recording alone, so the length said for the clip is the one taken. "the video has 12 minutes", "actually the tutorial
   * makes 4 minutes": its length said with the verb of Spanish tener, French faire, opening a sentence (not "I want the
   * video has 30 seconds", the clip asked).
   */
  sourceLength: new RegExp(String.raw`${SOURCE_TOLD}|${STRETCH_TOLD}|` + /(?<!\b(?:sure|ensure|so|until|till|if|once|when|that|make|makes) )\b(?:it's|it is|its|it was) (?:(?:currently|now|already|still|about|around|roughly|almost|over|nearly|like|just) )*\d+(\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)(?:(?=\s+(?:now|currently|already|right now|at the moment|atm|rn)\b)|\s+long\b)(?!\s+(too|over|under|longer|shorter|more|less)\b)|(?<!\b(?:sure|ensure|so|until|till|if|once|when|that|make|makes) )\b(?:it's|it is|its) (?:currently|now|already) (?:(?:about|around|roughly|almost|over|nearly|like|just) )?\d+(\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)\b(?!\s+(too|over|under|longer|shorter|more|less)\b)|\b(?:currently|right now|at the moment|atm|rn),? (?:it's|it is|its) (?:(?:about|around|roughly|almost|over|nearly|like|just) )?\d+(\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)\b(?!\s+(too|over|under|longer|shorter|more|less)\b)|(?<!\b(?:sure|ensure|so|until|till|if|once|when) )\b(?:that|this|the|your) (?:clip|cut|edit|draft|version) (?:is|was|came out|comes out) (?:at )?(?:about |around |roughly |almost |over |nearly |like |already |now |currently )?\d+(\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?)( long)?\b(?!\s+(too|over|under|longer|shorter|more|less)\b)|(?<=\b(?:have|got|filmed|shot|recorded|captured|took|made|there's|there is|here's|here is)\s+(?:a|an|the|this|my|our|some)\s+(?:[a-z'-]+\s+)?(?:video|vid|footage|recording|film|clip)s?\s+(?:of|from)\s+[^,.!?]{1,60}?,\s*)(?:about |like |around |over |nearly |almost |roughly |just )?\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?)\b(?!\s+(?:long\s+)?(?:clip|version|cut|edit|video)\b)|\b(got|have|filmed|shot|recorded|captured|took) (about |around |roughly |almost |over |nearly |like |just )?\d+(\.\d+)?\s*-?\s*(minutes?|mins?|hours?|hrs?) of (?:[a-z'-]+ ){0,2}?(footage|videos?|recordings?|material|tape)\b|\b(?:recorded|filmed|shot|captured|streamed)\b[^,.!?;]{0,40}?\bfor (?:(?:about|around|roughly|almost|over|nearly|like|just) )?\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?)\b|\b(?:recorded|filmed|shot|captured|streamed) (?:(?:about|around|roughly|almost|over|nearly|like|just) )?\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?) of\b|(?<=\b(?:recorded|filmed|shot|captured|streamed)\b[^,.!?;]{0,60}?\b(?:and|but) )(?:it's|it is|it was|its) (?:(?:about|around|roughly|almost|over|nearly|like|just) )?\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?)\b(?!\s+(?:too|over|under|longer|shorter|more|less)\b)|(?<!\b(final|finished|new|edited) )\b(recording|footage|meeting|talk|session|lecture|webinar|demo|call|walkthrough|screencast|tutorial|interview|original|source|video|file|stream|livestream|vod|replay|podcast|class)s? (is|was|are|were|lasted|took|ran|runs)( for)? (about |around |roughly |almost |over |nearly |like |just |currently )?\d+(\.\d+)?\s*-?\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?)( long)?\b(?!\s+(too|over|under|longer|shorter|more|less)\b)|(?<=(?:^|[,;:.!]\s*)(?:(?:actually|now|currently|well|but|so|ok|okay),? )?(?:the|my|this|our) (?:[a-z'-]+ )?)(recording|footage|meeting|talk|session|lecture|webinar|demo|call|walkthrough|screencast|tutorial|interview|original|source|video|file|stream|livestream|vod|replay|podcast|class)s? (has|have|had|makes|made|lasts)( about| around| roughly| almost| over| nearly| like| just| currently)? \d+(\.\d+)?\s*-?\s*(minutes?|mins?|hours?|hrs?)\b(?!\s+(too|over|under|longer|shorter|more|less|of)\b)|\b(was|were|lasted|took|ran|spent|wasted) (for )?(about |around |roughly |almost |over |nearly |like |just )?\d+(\.\d+)?\s*-?\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?)( long)?\b(?!\s+(too|over|under|longer|shorter|more|less)\b)|\b(my|this|the|our|that) \d+(\.\d+)?\s*-?\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?)( long)? (recording|video|footage|screencast|screen recording|capture|file|session)|(?<=(?:^|[,;:.!]\s*|\b(?:my|this|the|our|that|a|an) ))\d+(?:\.\d+)?\s*-?\s*(?:hours?|hrs?)(?: long)? (?:(?!(?:into|to|for|as)\b)[a-z'-]+ ){0,3}?(?:recording|video|vod|footage|stream|livestream|screencast|capture|file|session|lecture|webinar|podcast|talk|meeting|call|walkthrough|tutorial|interview|class)s?\b|(?<=\b(?:my|this|the|our|that) )\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?)(?: long)? (?:(?!(?:into|to|for|as)\b)[a-z'-]+ ){0,3}?(?:recording|vod|footage|stream|livestream|screencast|capture|session|lecture|webinar|podcast|talk|meeting|call|walkthrough|tutorial|interview|class)s?\b|(?<=\b(?:recording|vod|stream|livestream|screencast|session|lecture|webinar|podcast|talk|meeting|call|walkthrough|tutorial|interview|class)s? (?:of|lasting) (?:about |around |roughly |almost |over |nearly |just )?)\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?)\b|\b(recorded|filmed|captured|have|got|made) (a|an|this|my) \d+(\.\d+)?\s*-?\s*(minutes?|mins?|hours?|hrs?)( long)? (demo|recording|video|walkthrough|screencast|session|tutorial)|(录屏|视频|素材|原片|录像)(有|是|长|一共|总共|大概)+\s*\d+(\.\d+)?\s*(分钟|分|小时|个小时)|(录屏|素材|原片|录像|录播)\s*\d+(\.\d+)?\s*(分钟|小时|个小时)(多|左右)?(?=$|[，,。\s])|(这个|这段|我的|原来的?|整个|这)\s*\d+(\.\d+)?\s*(分钟|分|秒|小时|个小时)(长)?的?(录屏|视频|素材|录像|原片)|(录|拍)(了|的是)?(一个|一段|个|段)?(大概|大约|差不多|将近|约|快)?\s*\d+(\.\d+)?\s*(分钟|分|小时|个小时)(多|左右)?|(?<=[\u4e00-\u9fff])(?<![剪删切砍减加缩截留放拉延压短长快慢淡去停])了\s*(足足|整整|大概|大约|差不多|将近|快)?\s*\d+(\.\d+)?\s*(分钟|个?小时)(多|左右)?(?![^，,。\s]*(?:的|版|视频|片子))|^(大概|大约|总共|一共|差不多|将近|足足|原片|原视频|素材)?有\s*\d+(\.\d+)?\s*(分钟|小时|个小时)(多|左右)?(长)?$/.source),
  /** The end of the clip a text is put at, as a placement clause says it ("放在开头", "结尾处显示", "at the very end"). */
  anchorPlace: /开头|结尾|片头|片尾|末尾|收尾|最后|最前面?|最开始|尾巴上|(?<=开头|结尾|末尾|片头|片尾)(?:处|那里|那儿|部分)|\b(?:the )?(?:very )?(?:start|beginning|end|front|close|finish)\b/,
  /** "时长默认", "长短默认", "(就)默认时长", "default length": how long something lasts, left at its default. */
  defaultLength: /^(?:时长|长短|长度|持续时间|时间|秒数)(?:就|用|按|走)?默认(?:的|值)?(?:就行|就好|即可|吧)?$|^(?:就|都)?(?:用|按)?默认(?:的)?(?:时长|长短|长度|时间|秒数)(?:就行|就好|即可|吧)?$|^(?:(?:at|with|use) )?(?:the )?(?:default|standard|usual) (?:length|duration|timing)(?: is fine| please)?$/,
  /** The words around a text's place or entrance said on their own ("put it at the bottom", "in the middle of the screen", 放在底部, 滑动进入). */
  placement: /\b(put|place|show|move|have|it|at|on|the|in|to|and|please|position(ed)?)\b|\b(?:up|down)(?= the\b)|\b(screen|frame|animation|from|side)\b|\bof(?= the (?:screen|frame|video|picture)\b)|(?<=\bof the )(?:video|picture)\b|放在|放到|放|置于|(?<=显示|出现)于|位于|处于|摆在|摆到|摆|搁在|搁到|搁|喺|去$|(?:挪|移|搬)(?:到|去|至)|在|位置|显示|进入|进来|出现|屏幕|画面|动画|效果|从|[左右]?侧面?|[左右]边|旁边|边上|用|的|吧|要|那种|这种|那样|[\s,.，。!！]|(?<=位置\s*)[=＝:：]/,
  /**
   * "change it to '…'", 改成/换成, 应该是: a text's words given as a change of the one there, not as the words of a text just
   * named and placed (字幕放下面，写“…” adds one there; "put the title at the center and change it to '…'" edits it).
   */
  textChangedTo: /\b(?:change|make|rename|set) (?:it|that) to\b|改成|换成|改为|应该是|其实是|正确的是/,
  /** A clause that only gives a text's words: 写“欢迎收看”, "saying 'Welcome'", 改成“新版”, in writing 书「…」, 题「…」 (the quote taken out). */
  writeWords: /\b(write|saying|that says|which says|reading|with the (text|words)|(change|make|rename|set) (it|that) to|to)\b|(就|只|直接)?(写着|写上|写|上书|印着|印上|标着|标上)|^(?:上?书|题写?)(?=\s*$)|(?:内容|文字)(?:是|为)|改成|换成|改为|[:：]|(就|即)(行|好|可以)?了?$|吧$|应该是|应该叫|其实是|正确的是/,
  /** "60秒的长度，请做成", "竖屏，改成吧": a verb of making alone, said last after the length or shape it makes (a verb-last order). */
  madeAgain: /^(?:请|麻烦|帮我|那就|就)?(?:做成|弄成|剪成|改成|变成)(?:吧|一下)?[!！。]*$/,
  /** "…，这个功能，打开", "…, turn it on": a switch-on verb alone, after a setting just switched on, says it again. */
  switchOnAgain: /^(?:(?:just|please|so|now|then|pls)\s+)*(?:turn|switch) (?:it|that) on[.!]*$|^(?:请|麻烦|帮我|那就|然后|就)?(?:把它|给它)?(?:打开|开启|启用|开起来|开着)(?:吧|一下)?[!！。]*$/,
  /**
   * An add verb said alone ("音乐百分之三十，加上", "lo-fi at 20%, add it"): the part the clause before named (read as a
   * change of one there is) is what to add; after an addition, it says it again.
   */
  addAgain: /^(?:(?:just|please|so|now|then|pls)\s+)*(?:add|put|throw|stick) (?:it|that|them)(?: in| on)?[.!]*$|^(?:请|麻烦|帮我|那就|然后|就)?(?:把它|给它)?(?:加上|加进去|加进来|添上|加吧|加上吧|加一下|放进去|放上|用上)(?:吧|去)?[!！。]*$/,
  /**
   * "cut that part", "remove those bits", "take that section out": a stretch the clause before named (by its times, or
   * by a moment) pointed at and removed; only a stretch, never a part of the draft ("the music is loud, cut that part").
   */
  stretchRemoved: /^(?:(?:just|please|so|now|then|could you|can you|would you|will you|could we|can we|pls)\s+)*(?:(?:remove|delete|drop|cut|chop|snip|lose|ditch|get rid of|skip|trim) (?:out )?(?:that|this|those|these) (?:part|bit|section|stretch|piece|portion|segment|chunk)s?(?: out)?|take (?:that|this|those|these) (?:part|bit|section|stretch|piece|portion|segment|chunk)s? out)(?: (?:please|pls|too|as well|entirely|completely))*[.!?]*$/,
  /** "don't turn it on", "别开": switching on refused alone. */
  switchOnRefused: /^(?:and )?(?:please )?(?:don't|do not|no need to|never) (?:turn|switch|flick|put) (?:(?:it|that|them) )?on(?: (?:please|either|again))?[.!]*$|^(?:不要|别|不用|甭)(?:打开|开启|开)(?:了|吧|啦)?[!！。.]*$/,
  /**
   * "不要加", "别加了", "don't add one": adding refused, said alone after a part said unwanted ("我不要片头啦 不要加", "no
   * intro please, don't add one"): the part is one the user does not want added, no removal asked.
   */
  addRefused: new RegExp(String.raw`^(?:${ADD_REFUSED_ZH})[!！。.]*$|^(?:and )?(?:please )?(?:don't|do not|no need to) (?:add|put in|include) (?:one|it|any|that|them)(?: (?:in|please|either))?[.!]*$`),
  /** "我不要片头", "no intro please", "I don't want an outro": a part said unwanted by a "no", no verb that takes it away. */
  partUnwanted: /^(?:\p{Script=Han}{1,2}\s+)?(?:我|我们|咱)?(?:就|也|真的)?(?:不要|不想要|不需要|不用)(?!加|添|放|删|剪|去|拿|关)|^(?:no|without)\b|^(?:i|we) (?:don't|do not) (?:want|need)\b/u,
  /**
   * "音乐咋这么大", "配乐怎么这么吵啊", "背景音乐这么小声": the music's level complained of as a question that wants no answer
   * (left unread alone); a level said right after it is the music's ("音乐咋这么大，调到百分之二十").
   */
  levelComplained: new RegExp(String.raw`^(?<music>${MUSIC_NOUN_ZH})(?:的?声音?|的?音量)?(?:也|咋|咋个|怎么|为啥|为什么|干嘛)?`
    + String.raw`(?:这么|那么|恁|介么)(?:大声?|响|吵|炸|闹|小声?|轻)(?:啊|呀|哦|呢|哇|了)?[?？!！。]*$`),
  /** "调到1.3倍", "整到两倍", "1.3倍": a level turned to a number of times, its sound unnamed (a speed says 倍速, 速度, 快 or 慢). */
  timesTurned: /^(?:再)?(?:(?:调|整|弄|搞|开|拉|放|提)(?:大)?到\s*)?\d+(?:\.\d+)?\s*倍(?:吧|就行|就好)?$/,
  /**
   * "改成竖屏会不会好点？", "加个转场是不是更自然": an edit weighed aloud, asked whether it would be better (the edit, first);
   * "音乐要不要加……": whether to make it, the part named before (the part, then the verb); "画面能自动跟着鼠标放大吗？":
   * whether it can be done (the edit, first, read with its 能).
   */
  weighed: /^(?<weighedEdit>.+?)(?:会不会|是不是会?|会)(?:更|比较)?(?:好|好看|合适|清楚|自然|舒服)(?:一?点|些)?(?:呢|吗|啊)?[?？]?$|^(?<canEdit>[^，,。]*?能(?!不能)[^，,。]+?)吗[?？]?$|^(?<part>[^，,。\d]{1,6}?)要不要(?<verb>[^，,。\d]{1,4}?)(?:呢|啊)?[?？…]*$/,
  /**
   * "那就改吧", "行，就这么办", "加吧": the edit just weighed, decided, by its verb alone; "能的话就开", "可以的话就加上": decided
   * if it can be done.
   */
  decided: new RegExp(`^(?:${IF_IT_CAN_ZH})?(?:那|那就|好|行|嗯|就)*(?:这么|这样)?(?:改|做|弄|搞|整|办|来|换|加|用|开|打开)上?(?:吧|了|呗|呀)?$`),
  /** "有无自动放大的功能？有的话打开", "if there is one, turn it on": a switch-on said again, on the condition it exists. */
  switchOnIfThere: /^(?:有的话|如果有的话?|要是有的话?)(?:就|请|帮我|麻烦)*(?:打开|开启|开|用上?|启用)(?:它|吧|一下)?[.!。！]*$|^if (?:there is|there's|it has|you have) (?:one|it|that)?,? (?:please )?(?:turn|switch) it on[.!]*$/,
  /**
   * "音乐不要了，关了吧", "drop the music, turn it off": a verb that switches off, alone after what it switches off taken
   * away (the music, the zoom, the recording's sound), says it again.
   */
  switchOffAgain: /^(?:(?:just|please|so|now|then|pls)\s+)*(?:turn|switch|shut) (?:it|that|them|em) off(?: (?:please|too|as well))?[.!]*$|^(?:把它|它)?(?:都|全)?给?(?:关了|关掉|关上|关闭)(?:它|吧|啊|哈)?[.!。！]*$/,
  /**
   * A remove verb said alone ("不要BGM了，删掉", "no intro, remove it", "背景，不要了", "没动静的，给俺删了", "…, I
   * want it away. Delete.", "take it straight back off"): the removal the clause before asked, said again, or what it
   * just added taken away. "All" says how much of what was named goes ("the parts where nothing happens, cut them all",
   * "take them all out").
   */
  removeAgain: /^(?:(?:just|please|so|now|could you|can you|would you|will you|could we|can we|pls)\s+)*(?:remove|delete|drop|cut|chop|snip|lose|ditch|get rid of|bin|chuck|toss|trash|scrap|dump) (?:out )?(?:it|that|them|those|em)(?: all)?(?: out)?(?: (?:all|entirely|completely|altogether|too|as well|again|please|for good|forever|(?:from|out of) existence))*[.!?]*$|^(?:(?:just|please|pls)\s+)?(?:remove|delete|cut)[.!]*$|^(?:(?:just|please|so|now|then|pls)\s+)*(?:take|pull) (?:it|that|them|those|em) (?:all )?(?:(?:straight|right|back|straight back|right back) )?(?:off|out|away)(?: (?:again|too|please))*[.!]*$|^(?:请|建议|可以?|可否|能否|麻烦)?(?:您|你)?(?:帮我|给(?:我|俺|额)?)?(?:把它|它|把?它们|把?那些|把?这些)?(?:一并|全部|全都|全|都|统统|通通|直接|干脆)*给?(?:剪掉|剪除|剪了|删掉|去掉|删了|删除|拿掉|去了|移除|切掉|切了|砍掉|割掉|割了|不要了|不需要了)(?:它|吧|吗|好吗)?[?？]?$/,
  /**
   * "the part where nothing happen, cut out all", "the bits where nobody moving, remove all": "all" alone as what goes,
   * right after a part named (said after an addition, "add music, remove all", which all is not known).
   */
  removedAll: /^(?:(?:just|please|so|now|then|pls)\s+)*(?:remove|delete|cut|chop|snip|take|get rid of|drop|lose|ditch|scrap|trash)(?: out| away)? all(?: of (?:it|them))?(?: out| away)?(?: (?:please|too|as well))*[.!]*$/,
  /**
   * A verb of shortening said alone ("the second clip is too long, shorten it a bit"), or with only how much ("second clip,
   * make 4 seconds shorter", "…, shorten by 2s"): what the clause before named, trimmed.
   */
  shortenAgain: /^(?:(?:just|please|so|now|pls|then|can you|could you|would you)\s+)*(?:(?:shorten|trim|tighten)(?: (?:it|that|this|that one|this one))?(?: up| down)?(?: (?:a )?(?:little |tiny |wee )?(?:bit|little|touch|tad)| by (?:about |around )?(?:[\d.]+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:seconds?|secs?|s)\b)?|make(?: (?:it|that|this|that one|this one))? (?:about |around )?(?:[\d.]+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:seconds?|secs?|s) shorter)(?: please)?[.!]*$/,
  /**
   * "The second moment repeats the first a bit", "clip 3 looks like the first", 第二段跟第一段重复了: the moment a part is
   * likened to, with the likening, which names no part meant ("…, so please remove it" takes the second moment alone).
   */
  likenedTo: new RegExp(String.raw`\s+(?:repeats|duplicates|resembles|copies|mirrors|overlaps(?: with)?|${LIKENED_AS})\s+`
    + String.raw`(?:the |that |this )?(?=(?:${PLACE_ORDINAL}|${MOMENT_NOUN}|one|other|previous|next)\b)[^,.;]*`
    + String.raw`|(?:跟|和|与)(?=第)[^，,。]*?重复了?(?:一些|一点|一部分)?(?=[，,。]|$)|重复了?(?=第)[^，,。]*`),
  /**
   * "就是没声音的地方", "i.e. the silent bits": the thing the clause before named, said again plainly; "…那段加速，就第二段":
   * 就 alone before a moment's place; "…, half speed. It is clip 2": a moment's place said as what the part named is.
   */
  restates: new RegExp(String.raw`^(?:就是|也就是|即|指的是|我是说|就(?=\s*第)|i\.?e\.?|that is|meaning)(?![这那]样$)|^(?:it|that|this)(?: one)?(?:'s| is)(?= (?:the )?(?:(?:first|second|third|fourth|fifth|last|final|\d+(?:st|nd|rd|th)) (?:${MOMENT_NOUN})|(?:${MOMENT_NOUN}) ?#?\d+)[.!]*$)`),
  /** "it", 它: the thing the clause before named, when what the clause asks fits it. */
  pronoun: /\bit\b|它/,
  /** "第二段多了四秒，从后面剪掉": after a moment's trim, only the cut said again (from its end) is how that trim is made. */
  trimmedAgain: /^(?:就|那就)?(?:从|在)?(?:后面|后头|后边|结尾|末尾|尾巴|最后)?(?:剪掉|剪去|截掉|砍掉|切掉|去掉|删掉|裁掉)(?:吧|就行|就好)?$/,
  /** "慢一点", "再慢些": slower, said alone (of what was just asked). */
  slowerAlone: /^(?:再|稍微|稍|更)?慢一?[点些](?:儿|吧)?$/,
  /** "第一个视频", "最后传的那个视频": an upload named by its place among the uploads (not a moment, 第一段). */
  uploadNamed: new RegExp(String.raw`${UPLOADS_ZH}|(?:最后|最新|刚才?)(?:上?传)?的?(?:那|这)?一?个(?:视频|文件|素材|录屏|录像)`),
  /**
   * "Export 两个 size", "导出两个", "export two sizes": a count of files under the export verb, each named after it,
   * ending its clause (maybe with a noun after it): "export 2 files, 1080p" lists one already.
   */
  exportsCounted: /(?:(?:两|二|2|三|3)\s*(?:个|种|份|版|款)|\b(?:two|three|2|3)\s+(?:sizes?|versions?|formats?|files?|exports?|copies)\b)(?:\s*[^\s,，、。;；]{1,6})?\s*$/,
  /** The verb that makes each file listed after a count a request of its own ("720p" → "export 720p", 导出720p). */
  exportVerb: { en: 'export ', zh: '导出' },
  /** "export a gif, and also an mp4": "also" joining a file makes it one more, not the first file's format. */
  alsoOneMore: /\balso\b/i,
  /** "航拍加葡萄园的": 加 between two names joins them, as 和 does. */
  plusAsAnd: /(?<=\p{Script=Han})加(?=\p{Script=Han})/gu,
  /** What joins the files listed after their count: "1080p 跟 720p", "mp4 and gif", "1080p、720p". */
  exportsListedJoin: /\s*(?:和|跟|同|与|及|、|\band\b|&|\/|[,，])\s*/,
  /** "标题去掉，加个新的：X", "remove the caption, add a new one: X": a new one, its words given, of the text kind just named. */
  newOneOfKind: /新的(?=\s*[:：])|\bnew one\b(?=\s*[:：])/,
  /**
   * "我刚才撤销的那步", "撤掉的那个", "刚撤销的那一下", "刚刚 undo 的": a step named by its undo (no undo asked), which a "恢复回来" after it
   * asks back; so is the undo told as done ("刚才撤了", "我刚撤回了", "已经撤销了": 撤了 alone asks one).
   */
  undoneStep: /(撤销|撤回|撤掉|退回去?|回退|退掉|\bundo\s*掉?)了?的(?:(那|这)?(一?步|个|一?下))?$|^(?:我|你)?(?:刚才|刚刚|刚|已经)+(?:给|帮我)?(?:撤销|撤回|撤掉|撤|回退|退回去?)了(?:一下|一步)?$/,
  /** "导一个webm", "出一份gif" (再 taken off by the split): a file counted under its export's verb, said again. */
  fileExportedAgainZh: /(?:导出?|出)一[个份版]/,
  /**
   * "…, then another from 0:08 to 0:12 reading 'B'", "and one more at 0:20 saying 'C'": "another" standing for the kind of
   * text just added, its time or words said right after it.
   */
  anotherOfKind: /^(?:and\s+)?(?:another|one more|a second)(?: one)?(?=\s+(?:from|at|on|in|for|reading|saying|that|with)\b|\s*[“"'‘])/i,
  /**
   * "片头也这么弄", "开头也一样", "结尾也来一张": the card just added, asked for at the other end of the video as well (its
   * words and length the same); the end named is the one it goes to.
   */
  cardOtherEndToo: /^(?:那)?(?:(片头|开头|开场)|片尾|结尾|末尾)(?:那里|那边)?(?:也|同样)(?:一样|同样|照样|照这样|这么|这样)?(?:弄|做|搞|来|加|整|放|要)?(?:一[张个])?(?:吧|啊|呀|哈)?$/,
  /**
   * "(export it in 4K and) a GIF too": a file named by its format, an article before it (not "as a gif", how one is made);
   * "mp4 也来一个", "gif再要一份": one more counted after its format. */
  fileByFormat: new RegExp(String.raw`(?<!\b(?:as|in|to|into)\s+)\b(?:an?|one) (?:[\w-]+ )?(?:${OUTPUT_FORMATS.join('|')})\b|一[个份版]\s*(?:\d{3,4}p|4k)?的?\s*(?:${OUTPUT_FORMATS.join('|')})|(?:${OUTPUT_FORMATS.join('|')})\s*(?:也|再|还)?(?:来|要|出|导)一[个份版]`, 'i'),
  /**
   * "(export mp4 and) mov at 1080p", "(mp4 and) gif, 720p": a size said last, after the last file's format named alone, is
   * of every file listed before it (not "a 720p gif", nor "(a webm, and) also an mp4 in 4k", the file's own).
   */
  sizeAfterFiles: new RegExp(String.raw`^(?:an?\s+)?(?:${OUTPUT_FORMATS.join('|')})\b(?:\s+(?:file|version|one)s?)?(\s*,\s*|\s+(?:at|in)\s+)(720p?|1080p?|2160p?|4k|full hd|fhd)[.!]*$`, 'i'),
  /**
   * "export it 1080p and also as a gif", "export at 4k, webm too": after a size, a format said with "also" or "too" is one
   * more file (the first made as its own words say), not the format of the first.
   */
  formatAlsoAfterSize: new RegExp(String.raw`(?:\b\d{3,4}p?|\b4k|\bhd)(?:\s*,\s*(?:(?:and|plus|&)\s+)?|\s+(?:and|plus|&)\s+|\s+(?=also\b))(?:also\s+(?:as\s+|in\s+)?(?:an?\s+)?(${OUTPUT_FORMATS.join('|')})\b|(?:as\s+|in\s+)?(?:an?\s+)?(${OUTPUT_FORMATS.join('|')})\s+(?:too|as well)\b)`, 'i'),
  /**
   * What is left of a clause naming a built-in backdrop once its name is taken out, when it only chooses that one ("加背景，
   * sunset", "…，要粉一点的那个 sunset", "add a background, I want the mint one"): no "no", no figure, no other request.
   */
  backdropChosen: /^(?:(?:(?:i|we) (?:want|'d like|would like|prefer|like)|use|pick|choose|go with|make it) )?(?:the )?(?:one|gradient|background|backdrop)?(?: (?:please|pls|one))?$|^(?![^，,。]*(?:不|别|没|甭|莫))\s*(?:就|我)?\s*(?:要|用|选|换成?)?(?:一点|一些|那个|那种|那款|[点些色粉偏更个的\s])*(?:吧|就行|就好)?$/,
  /**
   * "export 1080p mp4 and webm", "导出mp4和webm 1080p", "export 1080p 两个版本 mp4 和 webm": formats listed bare under one export,
   * closing the clause or followed by its size only, are one request of a file each (the size said once, of each); not
   * "an mp4 in 4k and a gif" nor "export 1080 mp4 and a gif", each named with words of its own. The closing size is caught:
   * with another said before the list ("export 4k mp4 and webm 1080p"), each file has its own.
   */
  formatListClosing: new RegExp(String.raw`(?:${OUTPUT_FORMATS.join('|')})(?:\s*(?:,|、|/|&|\band\b|和|跟|与|以及|及)\s*(?:${OUTPUT_FORMATS.join('|')})\b)+(?:\s*,?\s*(?:(?:in|at)\s+)?(720p?|1080p?|2160p?|4k))?[.!。！]*$`, 'i'),
  /**
   * "export mp4, mov and gif", "导出mp4、mov和gif", "export two files, one mp4 one mov": file formats listed one after
   * another, a file each.
   */
  formatList: new RegExp(String.raw`\b(?:an? |one )?(?:${OUTPUT_FORMATS.join('|')})(?:(?:\s*(?:,|、|/|&|\band\b|和|跟|与|以及|及)\s*(?:an? |one |一个|个|一份)?|\s+(?:one|an?)\s+)(?:${OUTPUT_FORMATS.join('|')})\b)+`, 'i'),
  /** "导出两个：…", "导出两个版本，mp4跟gif", "export two files": an export said to make more than one file. */
  severalFiles: /(?:导出?|出|渲染|输出)[^，,。]{0,3}?两[个份版种](?:版本|文件|格式)?|\b(?:export|render)\b[^,.;]{0,12}?\b(?:two|both) (?:files|versions|formats|copies|ways)?\b/,
  /** "另导一个1080p的", "再导出一个", 另外导一份, "export another one", "and then another in 1080", "one more at 4k", "a second copy in 720p": a second
   * file asked for, not the one before said again; "…, and another mp4 in 720p": one more of a format.
   */
  anotherFile: new RegExp(String.raw`(?:另外|另|多|再)再?(?:导出?|出|来|做)(?:一|1)?[个份版]|\banother (?:one|copy|version|file|export)\b|\bone more (?:copy|version|file|export)\b|^(?:and |then |plus )*(?:another|one more)(?= (?:in|at) )|\ba second (?:one|copy|version|file|export)\b|\b(?:another|one more|a second) (?:${OUTPUT_FORMATS.join('|')})\b`),
  /**
   * "…in 4K, and a 720p one", "… then a smaller 1080p one", "another 720p one": a file counted by its size (said bigger or
   * smaller than the one before, or another), a second one beside a file of another size.
   */
  fileBySize: /\b(?:a|an|one|another) (?:(?:smaller|lighter|bigger|larger|little|small|big) )?(?:\d{3,4}p?|4k|(?:full )?hd) (?:one|copy|version|file|export)\b/,
  /**
   * "export it as MP4 at 1080p, and then in 720p": after an export at one size, "then" and another size alone is a
   * second file at that size (said as "then another in 720p"), not the first one's size changed.
   */
  sizeThen: new RegExp(String.raw`(?<=\b(?:export|render|output|save)\b[^.;!?\n]*?\b(?:\d{3,4}p|4k)\b[^.;!?\n]*?)`
    + String.raw`,?\s+(?:and\s+)?then\s+(?:also\s+)?(?:(?:in|at)\s+)?(?=(?:\d{3,4}p|4k)\b)`, 'gi'),
  /**
   * "keep them", "don't cut them", "leave those in": the stretches just named said to stay, which speeding them up does (no
   * keep of the whole recording, no request of its own).
   */
  keptThem: /^(?:(?:but|and|so|just|please|pls)\s+)*(?:keep|leave|retain|(?:don't|dont|do not) (?:cut|remove|drop|delete|trim))\s+(?:them|those|these|'?em|dem)(?:\s+(?:in|all|whole|intact|as (?:is|they are)|please|pls))*[.!]*$/,
  /**
   * "In the middle of the screen, from 0:10 to 0:15", "at the very end", 10秒到15秒: a clause of only where and when,
   * said before the request it places.
   */
  placeSaidFirst: new RegExp(String.raw`^${PLACE_FIRST}(?:\s*[,，]?\s*${PLACE_FIRST})*$`, 'i'),
  /** "For the background music", "as for the title", 背景音乐的话, 关于片尾: what the request after it is about. */
  headingOf: /^(?:for|as for|regarding|concerning|about) ((?:the|my|our) [a-z][a-z' -]*)$|^(?:关于|至于|说到)([^，,。\s]{1,8})$|^([^，,。\s]{1,8})的话$/i,
  /** "speed those up": what the clause before named, several of them. */
  thoseNamed: /\b(them|those|these|they|dem|dose)\b|(?<![\w'])'?em\b|它们|那些|这些/,
  /** "…没人的那些，全部快进6倍": 全部 opening the clause after stretches named is all of those, not the whole video. */
  allOfThose: /^\s*(?:全部|全都|统统|通通)(?!\s*(?:的)?(?:视频|片子|影片|素材|录像|录屏|画面))/,
  /** "zoom there", "put a caption at that point", 那里放大, 这段放大: the point in time (or stretch) the clause before said. */
  there: /\b(?:there|at that (?:point|moment|time|spot|timestamp)|right then|then and there)\b|^(?:就|在)?(?:那里|这里|那儿|这儿|那块|这块|那段|这段|那一?下|那个?地方|这个?地方|那个?时候)/,
  /** "炸开那一下在第18秒", "the crack is at 0:22": where a thing named happens is said after it (the thing before this). */
  happensAt: /\s*(?:在|于|is at|happens at|comes at)\s*(?=(?:第\s*)?\d)/,
  /** "第13秒，放大，停三秒": how long what the clause before asked holds, said in a clause of its own. */
  heldFor: /^(?:再|就)?(?:停|停留|持续|定格|保持|hold|stay)/,
  /** "…, use brand.png", "…，用我传的那张 xian.png", "…，叫shaxian.jpg": a picture to use, named after the backdrop was asked for. */
  useNamed: /^(?:just |please )?use\b|^(?:就|还是|那就|直接)?(?:用|使用|改用|换成)|^(?:文件|图片?|照片)?(?:名字?)?(?:叫|是)|^(?:it's |its )?(?:called|named)\b/,
  /** "fade in over 2 seconds and fade out the same": the other end as long as the one said. */
  sameLength: /\b(?:the )?same(?: length| way| amount| duration| again| time)?$|\blikewise$/,
  /** "第三段…", "第1个片段…": a clause opening on a moment named by its place. */
  momentFirst: /第\s*[\d一二两三四五六七八九十]+\s*(?:段|个片段)/,
  /** The verbs that put things in, which "add music and a watermark" shares with a thing after "and". */
  thingsAdded: /^(?:(?:please|pls|can you|could you|just)\s+)*(?:add|insert|include|put|stick|slap|pop|throw|chuck|give)\b/,
  /**
   * "… and a watermark", "… and some sound effects", "… and subtitles": a thing named alone after "and", a few words
   * with no figure (with no article, things: "subtitles", not "shorter").
   */
  thingListed: /^(?:(?:a|an|some|the|my|our|a few)\s+[a-z-]+(?:\s+[a-z-]+){0,2}|(?:[a-z-]+\s+)?[a-z-]+s)$/,
  /** "mov同埋gif各一个", "mp4和gif都要": two things listed, then each of them wanted (said once, after the second). */
  eachWanted: /\s*(?:都要|都来|各(?:要|来|出|导出?)?一[个份版])(?:吧|啊|哈|呀|喔|噢)?$/,
  /** "fade in, fade out, 2 seconds each": a length said of each end (or of both) is both ends' length. */
  eachLength: /\b(?:each|apiece|both|either end|either way)\b|两个都|都是|各/,
  /**
   * "the auto zoom, turn off", "the music, turn down": a verb and its particle said with no object after the part named
   * first take that part as their object, as "turn it off" does (never the part switched on, the verb left unread).
   */
  particleVerbBare: /^((?:(?:please|pls|just|now|so) )*(?:turn|switch|shut|flick|tone|crank) (?:off|on|down|up))\b(?! (?:it|that|this|them|those)\b)/,
  /** "add music, fading in over 4 seconds": a participle first goes on about the part the clause before named. */
  goesOnAbout: /^(?:and )?(?:fading|ducking|dipping)\b/,
  /** "use it as the background", "put the recording on that", 用这张: the one just named, said again. */
  sameOne: /\b(it|that|this|the same)\b|它|这张|那张/,
  /**
   * A tag word said last in a clause, asking nothing ("move it to number 2 na", "add music yaar", "cut that out yeah",
   * "remove it mate", "4 times faster po", "louder men"); so is "it is" or "then"
   * after one word, a choice taken ("mov it is", "gif then": the word alone is what is asked).
   */
  tagLast: /\s+(?:na|yaar|lah|yeah|yea|yep|mate|bro|po|men|machan|aney)[.!]*$|(?<=^[a-z\d:.-]+)\s+(?:(?:it is|it's)(?: then)?|then)[.!]*$/,
  /**
   * The pace people watch or sit through things at ("my viewers watch at 2x anyway", "nobody sits through it at 1x"): beside
   * a speed said as a figure, why that speed is asked; played at, it is a speed ("play it at 2x").
   */
  paceWatched: /(?<=\b(?:watch(?:es|ed|ing)?|listen(?:s|ed|ing)?|view(?:s|ed|ing)?|sit(?:s|ting)?\s+through|sat\s+through)(?:\s+(?!at\b)[a-z'-]+){0,3}\s+at\s+)\d+(?:\.\d+)?\s*x\b/g,
  /** Figures of the user's story the grammar reads as no slot: money, a business's growth, the source's quality, a date. */
  storyFigure: new RegExp(String.raw`${MONEY_FIGURE}|${GROWTH_FIGURE}|${SOURCE_QUALITY}|${CALENDAR_DATE}`, 'g'),
  /**
   * Figures no edit here carries, said as context: a time of day ("3am", "at 5:30 pm"), a measure of something filmed
   * ("a 40 gram chondrite", "40 floors up", "6 feet"), a radio "10-4", a name a figure and a letter make ("the 4-H kids",
   * "3-D"), a numbered rule or section cited as the reason ("it breaks rule 4", "see section 2"), a figure in a unit the editor has not, said
   * again in one it has ("over 4 bars, call it 2 seconds", 四个小节，也就是两秒), a step or slide named by its
   * number ("step 3 happens at 0:22"), a figure typed for a word ("vertical 4 tiktok", 删了8 for 删了吧, 双击666, 2333), the user's own time ("I have 11 minutes before my next client"), when a file is wanted ("export it in a minute"), a
   * figure refused alone ("make it 60 seconds. NOT 61.", "…, not 90 seconds"), the first seconds that must hook the viewer
   * ("前3秒抓不住人", "素材前3秒要抓人": why the opening changes, no length); the hour of the user's appointment ("I got a
   * court date at 2", "class at 9", "5 o'clock"); laughter typed in figures (Chinese 666 and 2333, Thai 555); how many
   * uploads the user has ("I have 3 videos of the harvest", "from my 3 clips"), said before which ones to use; the takes
   * recorded ("I recorded this three times").
   */
  noEditFigure: new RegExp(String.raw`\b\d{1,2}(?::[0-5]\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}(?::[0-5]\d)?\s*o'?clock\b|(?<=\b(?:meeting|appointment|date|class|shift|flight|train|bus|call|interview|practice|game|match|lecture|exam|dentist|doctor|pickup|rehearsal|gig|service|mass)(?:\s+(?:is|starts?|'s))?\s+at\s+)\d{1,2}(?::[0-5]\d)?\b(?![:.]?\d|\s*(?:s|secs?|seconds?|mins?|minutes?|%|x)\b)|\b\d+(?:\.\d+)?\s*-?\s*(?:grams?|g|kilos?|kgs?|kilograms?|pounds?|lbs?|ounces?|oz|miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?|feet|foot|ft|inch(?:es)?|degrees?|floors?|storeys?|stories|years? old|fingers?)\b|\b10-4\b|\b\d+-[a-z](?![\w-])|\b(?:rule|section|clause|article|guideline|policy|regulation|chapter|paragraph|page|step|slide|lesson|episode|level|question|exercise|module|task|lap|round|ticket|issue|bug|gate|room|table|seat|bus|route|exit)\s*(?:no\.\s*|number\s*|#\s*)?\d+\b(?!\s*(?:s|secs?|seconds?|mins?|minutes?|%|x)\b)|\b\d+(?:\.\d+)?\s*(?:bars?|beats?|measures?|counts?|breaths?|个?小节|拍)(?=\s*[,，]?\s*(?:call it|say|i\.?e\.?|that's|that is|aka|meaning|or|也就是|就是|算|约|大概)\s*(?:about |like |around |roughly |大概|约)?(?:\d|half|a |one |半))|(?<=\b(?:(?:i|we)(?:'ve| have)? (?:have|had|got|uploaded|recorded|shot|filmed|made|took)|(?:from|of|out of|among|between) (?:my|our|the|these|those|all|all my|all the|all our))\s+)\d{1,2}(?=\s+(?:[a-z'-]+\s+)?(?:videos?|vids?|clips?|files?|recordings?|uploads?|takes?|sources?)\b)|(?<=[a-z] )4(?= (?:u|you|ya|me|us|tiktok|insta(?:gram)?|ig|youtube|yt|reels|shorts|linkedin|twitter|fb|facebook)\b)|(?<=[了啦])8{1,2}(?=[~～!！。.\s]*$)|(?<![\d.])(?:6{3,}|2333+|5{3,})(?![\d.]|\s*(?:%|％|秒|毫秒|ms\b|s\b|x\b|倍))|${MONEY_FIGURE}|${GROWTH_FIGURE}|${SOURCE_QUALITY}|${OWN_TIME}|${GROWTH_MULTIPLE_ZH}|${STORY_DURATION}|${STORY_COUNT}|${TAKES_COUNTED}|${UPLOADS_COUNTED}|${VERSION_NUMBER}|(?<=\b(?:export|render|send|save|ready|done|finished)\b[^,.;]*?)\bin (?:about |like |around )?\d+ (?:minutes?|mins?|hours?|hrs?)\b|(?<=(?:^|[,.;!—–]|\s-)\s*)not (?:about |around |roughly |like |approximately )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)?(?=\s*(?:[,.;!]|$))|前\s*\d+\s*秒(?=[^，,。；;\d]{0,4}?(?:抓(?:不住|得住|住)?(?:人|眼球|观众)|留(?:不住|得住|住)(?:人|观众)|吸引(?:不了)?(?:人|观众)|定生死))`, 'gi'),
  /**
   * "I need the video in 1 minute", "can you do it in 45 seconds": the video asked for (a verb taking it) in a time too
   * short to wait for, the length it is to fit in; a time from now is said in minutes or hours ("I need it in 10
   * minutes"), or of what the user does ("I'll be back in 30 seconds", "I need to go in 30 seconds").
   */
  lengthFitIn: /\b(?:need|needs|want|wants|make|do|fit|get|squeeze|have|cut|edit)\s+(?!to\b)[^,.;]*?\bin (?:\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)|1(?:\.\d+)?\s*(?:mins?|minutes?))\b/,
  /**
   * A whole message passed on from someone, in quotes after a label saying so: "Forwarded: '…'", "Fwd from Priya: '…'",
   * "my boss says: “…”" (the label, then what is quoted).
   */
  relayed: /^\s*((?:fwd?|fw|forward(?:ed|ing)?|(?:message |note |email |text )?from [\p{L}' .-]{1,30}?|(?:fwd?|fw|forward(?:ed|ing)?) from [\p{L}' .-]{1,30}?|[\p{L}' .-]{1,30}? (?:says|said|wrote|writes|asked|asks|wants|texted|emailed))\s*[:：]\s*)(?:"([^"]+)"|'((?:[^']|'(?=[a-z]))+)'|“([^”]+)”|‘([^’]+)’)[.!]*\s*$/iu,
  /**
   * The same in Chinese, where a brief is often pasted as someone's words: "老板说：“…”", "领导原话：…", "王总：…",
   * "转发：…" (who said it, then what they asked, quoted or not). Not words a part of the footage says ("视频里主持人
   * 说：…", "结尾说：…", "他说：“欢迎”", a text's words after "配字幕，"), nor, unquoted, words that open with a quote (a
   * text's words said of them follow).
   */
  relayedZh: new RegExp(String.raw`^\s*((?:转(?:发|述|自)?(?:一下)?\s*[:：]?\s*)?(?:(?![^，,。:：]*(?:(?<!群|微信)里|中|画面|视频|镜头|录像|旁白|解说|配音|画外音|开头|结尾|最后|片头|片尾|前面|后面))(?!(?:他|她|它)们?(?:说|讲))[^\s，,。:：“”"「」\d]{1,8}?(?:在群里|在微信里|刚才|刚刚)?(?:说|讲|原话|的原话|的意思是?|反馈|交代|吩咐|指示|发话|留言)(?:了|的|道)?(?:[一二两三四五六七八九十几]点)?|[^\s，,。:：\d]{0,4}?(?:老板|领导|客户|甲方(?:爸爸)?|主管|经理|总监|同事)|\p{Script=Han}总|转(?:发|述)?)\s*[:：]\s*)(?:“([^”]+)”|「([^」]+)」|"([^"]+)"|(?![“「"])(\S[\s\S]*?))[。.!！]*\s*$`, 'u'),
  /**
   * A heading, then quoted words, at the start of a sentence: "Gary: '…'", "Per Dana: '…'", "From my manager (Gary): '…'",
   * "Gary's notes, copied as is: '…'", 老闆話：「…」 (who asked, or where it was written down): the heading, then the
   * words quoted, one of four quote pairs. Only a request when the heading asks nothing and names no text (the reader
   * checks), since "title: 'Welcome'" is a text's words.
   */
  headedQuote: /(^|[.!?。！？]\s+|[。！？]|\n)((?:[^\n:："“”「」'‘’.!?。！？]|['’](?=[a-z])){1,40}?)\s*[:：]\s*(?:"([^"\n]+)"|'((?:[^'\n]|'(?=[a-z]))+)'|“([^”\n]+)”|‘([^’\n]+)’|「([^」\n]+)」)/u,
  /**
   * "Title question:", "caption help:", "music issue:": a heading that says what the message is about (a question, a
   * problem) and no more: the words after it are asked of that part, none of a text's words.
   */
  topicHeading: /^(?:[a-z-]+ ){1,2}(?:question|q|help|issue|problem|query|doubt|trouble|bug)s?$/,
  /**
   * "can I change the title to …", "could we trim …": an edit asked as the user's own doing, its verb said (not "can I
   * get", a request already); "can the tool shorten it to …": asked of the tool, said of the user's video.
   */
  askedAsMine: /^(?:(?:so|and|also|ok|okay|hi|hey|um|uh)[,!]?\s+)?(?:(?:can|could|may) (?:i|we) (?:also |just )?|(?:can|could|will|would) (?:this|the|your) (?:thing|app|tool|extension|program|software|plugin|plug-in|editor) (?=\S+ (?:it|this|that|my|our|mine)\b))(?=(?:change|rename|add|put|place|make|set|move|trim|cut|shorten|remove|delete|drop|speed|slow|mute|fade|zoom|crop|turn|swap|switch|replace|edit|update|insert)\b)/,
  /** A heading that names words shown on the video rather than who asked: "tagline: '…'", "it reads: '…'", 标语：「…」. */
  shownWords: /\b(?:tag ?lines?|slogans?|headlines?|mottos?|wording|reads?|reading|written|shows?|displays?|on[- ]screen|signs?)\b|标语|口号|写着?|内容|显示|文案/,
  /** The user's own time ("my 10 min break", "before our 30 minute meeting", "we've only got 5 minutes"), no clip's. */
  ownTime: new RegExp(OWN_TIME, 'g'),
  /**
   * An action written between asterisks, as in a chat role-play: "*mimes scissors*", "*holds up 4 fingers, then a 0*",
   * or a count kept so, "*two*" (not a word stressed so, "*vertical*", "*only* the first clip").
   */
  acted: /\*(?:(?:mimes|holds|counts|points|waves|gestures|sighs|shrugs|nods|claps|taps|laughs|smiles|grins|winks|facepalms|raises|signals|snaps|gives|shows|makes|does|throws|cracks|clears|takes|looks|rolls|leans|sips|coughs)\b[^*\n]{0,60}|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[.):]?)\*/gi,
  /**
   * Interjections around an instruction ("oops, undo that", 好的，导出, 嗯…先不导出 (trailing off), 你好，…, a greeting in the user's own language (赛音白努，…, 扎西德勒！…), 那个，…, "Good morning.", a radio "Over.", a
   * closing "Agree?" or "Less is more."; "Love it!", "Sorted.", "Quick one —", a halting "Stop.", the hearers named,
   * "Ladies and gentlemen", a cheer, "Chak de!", the angle it is said from, "From a budget standpoint,"; the one spoken
   * to named after it: "right guv,"), or a call to listen before a list ("listen: …"): no intent of their own.
   */
  // "First: drop the third clip. Second: …", "first cut it to 30s": the order requests are said in, no moment's place.
  // "…，可好？", "…，好伐", "…，中不中", Sichuan "…，要得不": a tag asking agreement with the request before it, said as a clause of its own.
  // "do one thing, …" (Indian English: here is what to do), "here's the deal, …", Henan "弄啥嘞，…" (what is this): an
  // opener before the request.
  // "Bore da!", "Hei.", "buenos días amigo,", "bonjour mon ami.": a greeting in the writer's own language (and who it greets)
  // before a request in English.
  // "做好了，导出", "…，整场收工", Cantonese "…，搞掂佢": the work said done, around the request that finishes it.
  // "mirá, …", "ecco, …", "etto... …", "ope, …": "look", "here", "um" or "oh" in the user's own language, opening the
  // request as "look, …" does (only before a comma or a pause: "ano" or "mira" may be a word or a name of the request).
  // "tamam super, gif please", "cool thanks, export it": two such words said in a row, the pause after the second only.
  // "wallahi the noise is too much, …", "abeg …", "bloody oath, …": an oath or an exclamation opening the request, as "bro" does
  // (or said apart, in a clause of its own: "Yalla, I recorded …").
  // "yalla the cake part, zoom in at 0:12", "ya3ni …", "dai …", "haan …", "ciò, …": the same, in Arabic, Italian, Hindi and
  // Venetian mouths; "eish, …", "yoh, …", "haibo, …" in South African ones. "tidy, export mp4", "sound, export it", "can can, export": the Welsh, Irish and Singlish "great", "ok";
  // "hold water, hold on —": "wait"; "please do the needful and …": Indian English's "do what is needed", the request after it.
  // "por favor, …", "bitte, …", "s'il vous plaît, …": the "please" of another tongue, before a pause, opening the request.
  // "first a webm, then a gif": "first" before one thing named alone orders it, as "then" does the next.
  // "背景：这是给店长培训用的录屏", "项目背景：…", "产品介绍：…": a pasted brief's heading over what it is about (not
  // "背景：海洋", the backdrop named after its colon), as "需求如下：" heads what is asked.
  // "加个背景音乐，整起", "搞起走，…", "开整": "go ahead" as the southwest says it, a cry said apart before or after the
  // request ("音乐整起" asks the music: no pause after it).
  filler: /^(?:(?:(?:(?:ok(?:ay)?|and|so)[\s,]+)?(?:one |the )?last thing(?=\s*[:：,，])|最后一件事(?=\s*[:：,，])|oops|(?:first|second|third|fourth|fifth)(?:ly)?(?=\s*[:：]\s*[a-z])|(?:first|second|third|fourth|fifth)(?:ly)?(?=\s+(?:remove|delete|drop|cut|trim|make|put|add|mute|keep|turn|slow|speed|shorten|crop|export|render|give|use)\s+(?:the|it|that|this|a|an|my|all|everything|up|down)\b)|(?:first|firstly)(?=\s+(?:an?|the|one)\s+[a-z\d]+(?:\s+(?:please|pls))?[.!]*$)|(?:a+h+|o+h+|sorry)(?=\s+(?:sorry|please|pls|just|undo|redo|go back|revert|remove|delete|drop|cut|make|put|add|export|change|move|trim|mute|take|use|keep|set|turn|fade|slow|speed)\b)|ok(?:ay)?|alright|all right|hmm+|um+|uh+|well|so|also|now|and|btw|(?:bro|bruh|bruv|dude|yo|nah|wallahi|wallah|abeg|oya|bloody oath|strewth|crikey|yalla|ya3ni|ya3ne|yaani|yani|dai|haan|ci[oò]|yaar|bhai|che|pues|ayy+|ayo|wesh)(?=\s+[a-z]|\s*[,!.]|\s*$)|actually|after that|afterwards|finally|lastly|then|(?:listen|look)(?: up| here)?(?=\s*[:,!.])|(?:mira|mirá|mire|oye|escucha|guarda|senti|ecco|allora|schau|regarde|écoute|olha|etto|eto|ano|ope|aigoo|arre|accha|achha|eish|yoh|haibo|jislaaik)(?=\s*(?:[:,!]|\.{2,}|…))|(?:blocker|must[- ]have|nice[- ]to[- ]have|todo|to-do|action item|ac\s?\d+|acceptance criteri(?:on|a)(?:\s?\d+)?|req(?:uirement)?\s?\d+|(?:item|task|step|change|point)\s?#?\d+|p[0-3])(?=\s*:)|首先|其次|好了|行了|(?:都|全|全部|整场)?(?:做|弄|剪|整|改)好了|搞定了?|搞掂(?:它|晒)?|(?:整场)?收工(?:了|啦)?|完事(?:儿)?了?|好的?|好吧|要的|要得|要嘞|嗯+|哦+|噢|呃|那就|那么|对了|另外|(?:算了){1,3}|劳驾|第[一二三四五六七八九十](?:点|条)?|其[一二三四五六七八九十]|[^，,。:：]{0,10}?(?:需求|要求|改动|修改意见|几点|几件事|几个地方)(?:如下|是|有)?(?:啊|哈|吧|呢)?(?=\s*[:：])|(?:项目|活动|产品|客户|公司|品牌|补充一下|补充|先说下|简单说下)?背景(?:介绍|信息|说明|资料)?(?=\s*[:：]\s*(?:这|我们|我|咱们|公司|本次?|该|客户|目标|受众|产品|项目|是|[^，,。\n]{0,12}(?:下个?月|下周|明天|今年|展会|活动|用户|人群|观众|面向)))|(?:项目|活动|产品|公司|品牌)(?:介绍|简介|概况)(?=\s*[:：]))(?:\s*[,，.。!！~:：…]+\s*|\s+|$)|(?:thank(?:s| you)(?: (?:so|very) much| a lot| a bunch| heaps| again)|many thanks|much appreciated|(?:太|非常|十分|真是太?|万分)感谢(?:了|你|您|啦)?|感谢(?:你|您)|多谢(?:了|你|您|啦)?|谢谢(?:你|您|啦)|yes|yeah|yep|sure|right|never ?mind|great|cool|nice|perfect|awesome|super|excellent|lovely|brilliant|wonderful|fantastic|tamam|vale|dale|prima|genial|ottimo|okej|thanks|thank you|sorry|hey|hi|hello|e[hy] up|ay up|fit like|wotcha|watcha|你好|您好|哈喽|嗨|早上好|下午好|晚上好|早安|赛音(?:白努|拜努|白诺)?|扎西德勒|亚克西|那个|good (?:morning|afternoon|evening|day)|over(?: and out)?|first(?:ly)?|second(?:ly)?|third(?:ly)?|next|first of all|(?:i'm|i am|we're|we are|all) done|that's (?:it|all)|(?:i )?changed (?:my )?mind(?: again)?(?: about (?:that|the|this|my) (?:last |latest |previous )?(?:change|edit|step|one))?|excuse me|pardon me|forgive me|(?:do you )?agree|thoughts|less is more|bonjour|bonsoir|hola|buen[oa]s(?: d[ií]as| tardes| noches)?|bom dia|boa (?:tarde|noite)|buongiorno|buonasera|ciao|salut|hei|hej|hallo|moin|servus|guten (?:morgen|tag|abend)|goede(?:n)? ?(?:morgen|middag|avond)|god (?:morgen|dag)|bore da|dydd da|noswaith dda|dia dhuit|kia ora|merhaba|marhaba|jambo|habari|sawubona|ahoj|cze[sś][cć]|privet|zdravo|szia|kumusta|selamat (?:pagi|siang|sore|malam)|konnichiwa|annyeong(?:haseyo)?|xin ch[aà]o|sawasdee|namaste|namaskar(?:am)?|salaam|shalom|copy(?: that)?|gracias|merci|danke(?: sch(?:ö|oe?)n)?|por favor|s'il (?:vous|te) pla[iî]t|bitte|per favore|grazie|obrigad[oa]|d[ěe]kuji|k(?:ö|o)sz(?:ö|o)n(?:ö|o)m|dzi[ęe]kuj[ęe]|spasibo|arigato|asante|shukran|shukriya|dhanyavaa?d|kiitos|tack|takk|bedankt|dank je(?: wel)?|salamat|terima kasih|mahalo|ça marche|ca marche|d'accord|c'est bon|dear|(?:sorry,? )?(?:i|we) made a mistake|my (?:bad|mistake)|last call(?: lol)?|(?:one )?last thing(?:,? i promise)?|one more(?: thing| request| change| edit| favou?r)?|(?:just )?(?:kidding|joking)|jk|finish(?:ed)?|ladies and (?:gentlemen|gents)|folks|guys|love (?:it|this|that)|sorted|ta|quick one|stop|ladies and gentlemen|folks|guys|(?:hi |hey )?everyone|y'all|chak de|shabash|ayuh|oy|oi|tidy|sound|lush|grand|champion|mint|shiok|(?:can ){1,2}can|(?:hold (?:on|up|water|tight)(?:[,!]? )?){1,3}|(?:please )?do the needful|from an? [\w-]+(?: [\w-]+)? (?:standpoint|perspective|point of view)|(?:hi |hello |hey )?(?:everyone|everybody|team|y'all)|let's (?:try|do) (?:it|that|this)|(?:please )?(?:make|do) (?:one|that one|it so)|let's see|let me (?:think|see)|do one thing|here's the (?:deal|thing|plan)|the thing is|go(?: ahead)?|on second thoughts?|asap|(?:do (?:it |this |that )?)?urgent(?:ly)?|谢谢|确认|确定|行|最后|急|nb|(?:双击\s*)?666+|yyds|牛逼|牛[啊哇]?|绝了|很急|着急|急用|赶时间|(?:尽快|尽早|越快越好)(?:哈|啊|吧|哦|喔)?|弄啥嘞|弄啥呢|别废话|少废话|别啰嗦|少啰嗦|搞掂|搞定|(?:要得|得嘞|好嘞|妥了)+|(?:整|搞|弄)起走?|开(?:整|搞|干)|可以吗|行吗|好吗|可好|好伐|成吗|成不成|中不中|行不行|要得不|要得吗|可不可以|得唔得|行了行了|好了好了)(?:\s+(?:guv|gov|mate|bruv|boss|chief|bro|dude|mon ami|amig[oa]|my friend))?(?:\s*[,，.。!！~?？]+\s*|\s*[—–]\s*|\s+(?=(?:great|cool|nice|perfect|awesome|super|excellent|lovely|brilliant|wonderful|fantastic|thanks|thank you|vale|prima|genial|ottimo)\s*[,，.。!！]+)|$))+/,
  /** "can be the clip in square?", "could be the music at 20%?": "be" said before the part it is asked of, then what it should be. */
  beforeItsSubject: /^(can|could|may|would|will) be ((?:the|my|this|that|our) (?:clip|video|vid|footage|film|movie|reel|title|caption|text|music|song|background|sound|audio|zoom))\b/,
  /** "130% si us plau", "50 percent por favor": the "please" of another tongue, said after what is asked. */
  pleaseAbroad: /\b(?:por ?favor|porfa|porfis|si us plau|s'il (?:vous|te) pla[iî]t|bitte|per favore|lütfen|molim|prosím|proszę)(?=\s*[.!?]*$)/,
  /** A slip said alone, as its own clause ("音乐调到50%，不对，40%"). */
  slip: new RegExp(String.raw`^${SLIP}[!！~。.…]*$`),
  /** "Vertical please. Well, no, the committee watches on a laptop.": why the slip was one, told after it. */
  slipWhy: /^(?:the|my|our|his|her|their) [a-z'-]+(?: [a-z'-]+)? (?:watch(?:es)?|uses?|wants?|needs?|prefers?|likes?|says?|thinks?|only)\b/,
  /** "Leave the shape as it is", "keep the music the way it was": a part kept as it is after a slip, the request taken back. */
  partLeft: new RegExp(String.raw`^(?:just |please )?(?:leave|keep) (?:the |my |our )?([a-z-]+) (?:${KEPT_AS_IS}|the way it (?:is|was)|like it (?:is|was))[.!]*$`),
  /** "…, I meant 45, my partner says 30 is too short": who wanted the change, said after what is meant, is why. */
  slipTold: new RegExp(String.raw`[,，]\s*(?:${FEELING_REASON}|(?:my|our|his|her|their|the) [a-z'-]+ (?:says?|said|thinks?|thought|feels?|reckons?|prefers?|wants?)\b).*$`, 'i'),
  /** "音乐40%，哦不对，太大了，20%", "…, no wait, too long, 30s": why it was a slip, said before what is meant. */
  slipReason: /^(?:太|有点|有些)[^，,。\d]{1,3}了?$|^(?:that's |it's )?too \w+$/,
  /** "加个背景，算了不加了", "…，不对，不要了", "加水印？算了不加": the request just made, taken back without naming it again. */
  // "…, no, don't add it", "…, actually no, leave it silent", "… Actually keep it": in English, the request undone in other words.
  // "第三段删掉……不不不，还是留着吧": in Chinese, what was to go kept after all.
  withdrawn: /^(?:还是)?(?:不|别)(?:加|要|用|弄|搞|做|放|改|换|删|剪|调|导出)了?$|^(?:还是)?(?:不用|不要|不必)了?$|^(?:(?:don'?t|do not)(?: (?:add|use|do|put|change|cut|remove|delete|export|bother)(?: (?:it|that|this|them|one|any))?)?|no need|(?:leave|keep) (?:it|that|this|them|the (?:music|audio|sound)) (?:silent|as (?:it is|it was|is)|alone|(?:in|there|be))|keep (?:it|that|this|them))(?: (?:then|after all|instead))?$|^(?:还是)?(?:留着|保留|留下来?|别动|不动)(?:它|吧|了|好了|就好|就行|算了)*$/,
  /**
   * "this is so much faster", "it's way quicker": a pace compared, said of how something is (the editor, a way of
   * working), asks no speed ("make sure it's faster" does).
   */
  paceCompared: /(?<!\b(?:sure|so|that|until|if) )\b(?:this|that|it)(?: (?:way|app|tool|one))?(?: (?:is|was|feels|seems)|'s) (?:(?:so|way|much|a lot|far|even|like) )*(?:faster|quicker|slower)\b/,
  /**
   * "title 'X' instead of the old one", "caption 'Y' replacing the current caption": a text given in place of the one
   * there is that text changed, no second one added.
   */
  textReplaced: /(?<=\b(?:title|caption|subtitle|heading|text)\b.*?)\s*\b(?:instead of|in place of|replacing|to replace) (?:the|that|my|our) (?:old|current|existing|previous|present|original) (?:one|title|caption|subtitle|heading|text)\b/,
  /**
   * "start the title at 0:02", "the caption, please end it at 0:10": a text's start or end asked with the verb itself,
   * as "the title should start at 0:02" asks it.
   */
  textTimed: /\b(?:(start|begin|end|stop) (?:the|my|our|this|that) (title|caption|subtitle|heading|text)|(title|caption|subtitle|heading|text),? (?:please )?(start|begin|end|stop) it)(?= (?:at|from) )/,
  /**
   * "the engine whistle from the video at 100%", "the birds in the footage to 30 percent": what is heard in the recording,
   * given a level, is the recording's sound (a level is only a sound's), said as "the sound of the …".
   */
  heardLevelled: new RegExp(String.raw`^(?:the|that|this|those|these) (?!(?:music|song|track|title|caption|text|intro|outro|background|video|clip)\b)(?![^,.;]*\b(?:${MOMENT_NOUN})s?\b)((?:[a-z'-]+ ){0,3}?[a-z'-]+) (?:from|in|on) (?:the |my |this )?(?:video|vid|recording|footage)(?= (?:at|to) [^,.;]*?(?:%|percent\b|\bhalf\b|\bfull\b))`),
  /** "actually yes, …", "yeah …", "ok yes …": a yes opening a clause, said to what was just asked. */
  yesAgain: /^(?:(?:actually|oh|so|ok(?:ay)?|well|hmm+|um+|uh+)[\s,]+)*(?:yes|yeah|yep|yup|yea)\b[\s,!.]*/,
  /** "add music. never mind", "…, forget it": the request just made, taken back whole, with nothing meant in its place. */
  withdrawnWhole: /^(?:(?:actually|oh|oops|sorry|hmm+|um+|wait|no|nah|nope|ok(?:ay)?)[\s,.!…]*)*(?:never ?mind|nvm|forget (?:it|that|about (?:it|that))|cancel that|don'?t bother)(?:[\s,.!…]*(?:then|sorry|lol|after all)?)*[\s,.!…]*$/,
  /** "…, 25 seconds please", "…, mp4 instead": a closing word of courtesy after the value meant, which is no part of it. */
  meantClosing: /[\s,，]*\b(?:please|pls|thanks|thank you|instead)\b[\s.!]*$/,
  /**
   * "还是30秒吧", "算了还是放底部好了", "算了就剪成一分半", "I meant clip 3", "make that 40%", "no, 10": what is meant instead of the request
   * just made, said after the slip, or with a word that puts it in the request's place.
   */
  meantInstead: new RegExp(String.raw`^(?:(?:${SLIP_BEFORE_FIGURE})\s+(?=\d)|${SLIP}(?:[,，!！。.…~:：]+\s*|$|\s+(?=(?:make|change) (?:that|it)\b|just\b|(?:keep|leave) (?:it|that|this|them)\b|[\u4e00-\u9fff]|(?<=[\u4e00-\u9fff]\s+)\d))|(?:[嗯唉哎啊哦噢呃]+\s*[…。.,，~]*\s*)?(?:${THOUGHT_AGAIN_ZH}\s*[,，…。]*\s*|算了\s*[,，]?\s*(?!还是)(?:就|直接)?|(?:算了\s*[,，]?\s*)?(?:还是(?!太|有点|很|不够|不行|没|不|一样|那样|这样)|我是说|我的意思是))|(?:(?:sorry|oops),?\s+)?(?:${MEANT}|make that|or rather)\b)\s*(?:(?:make|change) (?:that|it)(?: to)?\s+)?`),
  /**
   * "Export a mov. … Webm then", "Make it 16:9. Hmm, I think 4:5": a value settled on after a request, with "then" after it
   * or a pause before it (a pause alone, its own clause, is one before the next), is that request's value reconsidered
   * (not one more: "a webm then", "gif too then"; nor a request with its verb, said with "and" before it: "and export a
   * webm then"); so is a figure gone with ("Yeah, go 1.5", "let's do 45").
   */
  reconsidered: new RegExp(String.raw`^(?:(?:${HESITATION})(?:\s*[,，….]+\s*(?:(?:i think|maybe|actually|on second thought),?\s+)?|\s*$)(.*?)|(?:(?:${INTERJECTION_EN}),?\s+)?(?!(?:a|an|another|one more|${IMPERATIVE_VERBS})\b|.*\b(?:and|also|too|as well|plus)\b)([^,，]{1,30}?),?\s+then|(?:(?:${INTERJECTION_EN}|yes)[,!]?\s+)?(?:go(?: with)?|let's (?:do|go with|go)|just do)\s+(\d+(?:\.\d+)?\s*(?:x|%|s|secs?|seconds?|minutes?|p)?))[.!]*$`),
  /**
   * "speed it up 1.25x? Or 1.5.": another value weighed after a request, said alone; what is settled on after it ("Yeah, go
   * 1.5") is meant instead, else it is left unread (the request is not guessed either way).
   */
  alternative: /^or (?:maybe |perhaps |even )?\d+(?:\.\d+)?\s*(?:x|%|s|secs?|seconds?|minutes?|p)?[?.!]*$/,
  /**
   * Taiwanese internet writing: 484 (sì bù sì by its sound) is 是不是, a tag asked ("1.1倍就好 484比较顺"), said next to
   * Chinese words, never as a figure (no unit or digit beside it). Read before the message is parted, as its words.
   */
  typedTag: /(?<=^|[\s，,。!！]|\p{Script=Han})484(?![\d.%％]|\s*(?:秒|分|倍|帧|个|段|次|号|元|块|像素|万|千|百|p\b|px\b|x\b|k\b))(?=\s*(?:$|[?？，,。!！]|\p{Script=Han}))/gu,
  /** A face drawn in symbols ("(´；ω；`)", "(╥﹏╥)"): feeling, no request (and its "；" ends no clause). */
  kaomoji: /[(（](?:[^()（）\p{L}\d]|[ωдД])+[)）]|(?<=\p{Script=Han}|^)(?:呜{2,}|哈{2,}|嘿{2,}|嘻{2,})(?=[\s，,。!！~]|$)/gu,
  /**
   * The fill there, complained of ("the blurred sides are too busy", "the black bars look too thick", "the blur on the
   * sides is ugly", "blur looks cheap", after a cry: "ay no, …"): what it is now, no fill asked for.
   */
  fillComplaint: new RegExp(String.raw`^(?:[a-z']+(?: [a-z']+)?,\s*)?(?:(?:the|these|those|that|this|my) )?(?:blurr?(?:ed|y) (?:sides|edges|background|bars|fill|stuff)|blur|black (?:bars|bands|borders|stripes)|letterbox(?:ing)?|bars)(?: ${BARS_PLACE})?\s+(?:is|are|looks?|seems?|feels?|gets?)\s+(?:(?:way|a bit|a little|kind of|kinda|just|still|so|really|very|pretty|quite) )?(?:too\b|(?:${LOOKS_BAD})(?=\s*$|\s*[,.!;]))`),
  /**
   * "Video is landscape, I want tall", "my footage was shot vertical, make it square": the shape the recording has, said as
   * what is (no verb asking), which a shape asked beside it changes.
   */
  shapeHad: /^(?:the |my |our |this |that )?(?:video|footage|recording|clip|source|original|file)s? (?:is|are|was|were)\b(?! (?:to be|going to|gonna)\b)/,
  /**
   * "when the intro ends", "once the outro starts", 片头结束的时候, 片尾出来以后: a card named to say when something else
   * happens, not as the card asked of ("take the title off when the intro ends" removes no intro).
   */
  cardAsTime: /\b(?:when|once|after|as soon as|until|till|before)\s+(?:the\s+)?(?:intro|outro|opening|ending|end)(?:\s+(?:card|screen|title))?\s+(?:ends|is over|finishes|starts|begins|is done|comes (?:on|in|up)|plays|shows)\b|(?:片头|片尾|开场)(?:卡片?)?(?:结束|放完|播完|完了|开始|出来)(?:的时候|之后|以后|后|时)/,
  /** A place on the frame said alone, all a label's value ("title: top", "caption: bottom", 标题：顶部). */
  placeAlone: /^(?:(?:at|in|on) )?(?:the )?(?:(?:top|bottom|upper|lower)(?:[- ](?:left|right|cent(?:er|re)|middle))?|cent(?:er|re)(?:d)?|middle|顶部|底部|中间|正中间?|居中|上面|下面|上方|下方|顶上|底下|最上面|最下面|画面(?:上方|下方|中间|顶部|底部))[.!。！]*$/,
  /**
   * A sharpness wished with no figure and no verb setting it ("茶商那边要高清", "客户要超清的", "the client wants HD"): why
   * a file is exported at a size said beside it, when that size gives it (not "调成高清", nor "720p", a size).
   */
  qualityWanted: new RegExp(String.raw`^(?![^，,。]*(?:\d|[七一幺]零|\b(?:ten eighty|seven twenty)\b`
    + String.raw`|调|改|设|换|\b(?:make|set|change|switch|turn)\b))`
    + String.raw`[^，,。]*(?:高清|超清|\b(?:full |ultra )?hd\b|\b[fu]hd\b)`),
  /** A resolution asked of the draft, not only of a file: "make it 720p", "set it to 4K", "resolution 1080p", 调成4K, 分辨率改成720p. */
  resolutionSet: /^(?:please )?(?:make|set|change|switch|turn|put) (?:it|this|the (?:video|clip|resolution))\b|^resolution\b|^(?:请|麻烦)?(?:分辨率|清晰度)?\s*(?:调成|调到|设成|设为|设置成|设置为|改成|改为|换成)\s*(?=\d|4k)/,
  /**
   * "…, kindly revert", "do it and revert back to me": said after a request, "revert" asks for a reply (as it does in
   * Indian and Gulf business English), not to undo the request just made.
   */
  replyAsked: /^(?:and )?(?:kindly |please )?revert(?: back)?(?: to (?:me|us))?(?: asap| soon| at the earliest| with (?:it|the (?:file|video|clip)))?[.!]*$/,
  /** "快点，剪成20秒", "…，快！", "…，快些": urgency said first, before the request (快点 alone, or before a speed, is faster). */
  // 搞快点, 搞快些, 整快点: Southwest Mandarin's and the Northeast's "hurry up" (beside another request; alone it may still
  // ask a faster pace). 血快点, 贼快点, 快点儿的: said harder in dialect ("very quick"), before a "-点" form only (超快 is a pace).
  hurry: new RegExp(String.raw`^(?:${ASK_OPENING_ZH})?[搞整]?(?:(?:血|贼|超|巨|老|嘎嘎)(?=快(?:一?点|些)))?(快点|快快快?|赶紧|赶快|麻利点|快一点|快|快些)(儿的|儿|的)?(啊|呀|哦|咯|哈|嘛|喔)?$|^(hurry( up)?|quick)$`),
  /**
   * The everyday words a whole request ends in ("…, thanks!", "… 🙏", "… :)", "… lol", "… asap", "…，辛苦了", "…～", "…. that's it",
   * the Singlish tag "… can?" (or "can？", typed with Chinese), "… can or not", a letter's "… ? Regards", a tag asking agreement in any English or tongue
   * "…, right?", "…, sí?", "…, gell?", "…, tá?", "…, ça va?", "…，好？"; or said without the question mark, "…, uh-huh", "…, viste";
   * a thanks right after a figure or a Chinese word, no comma between: "… 1080 thanks", "… 四秒 thanks"; a thanks in another
   * tongue, after any word: "… gif cảm ơn", "… 四秒 asante"):
   * they ask nothing, and a smiley's colon starts no text. Not a "please", which asks for what it follows ("music please").
   */
  signOff: /(?:\s*[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+|\s+(?::-?[)(DPp]|;-?\)|\^_?\^|<3|xD)|,?\s+(?:lol|lmao|haha+|asap)[.!]*|(?:[,，.!！]\s*|(?<=\d[a-z]?|\p{Script=Han})\s+)(?:thanks|thank you|thx|cheers)(?: (?:so much|a lot|in advance))?[.!]*|[,.!]\s*that's (?:it|all)[.!]*|,?\s+can(?:(?: or not| anot| ah| lah| boh)[?？]*|[?？]+)|,\s*(?:right|ok(?:ay)?|yeah|yes|yep|innit|eh|aye|si|sí|ja|gell|gelle|ne|nee|na|oui|non|da|verdad|vale|ha|haan|hai|ji|yah|ya|no|tá|ta|né|neh|ça va|ca va|hein|capisce|oder|vero|n'est-ce pas)\?+|,\s*(?:uh-huh|mm-hm+|viste|sabes|you know|ya know|capisce)[.!]*|[,.!]\s*(?:love|regards|kind regards|best wishes|warm(?:est)? regards|yours truly|xoxo),?\s+\p{L}+[.!]*|[,.!?]\s*(?:(?:best|kind|warm(?:est)?|many) )?regards[.!]*|,\s*(?:dear|darling|love|hun|honey|sweetie|mate|buddy|pal|butt|butty|bro|bruv|bruh|dude|fam|boss|chief|cuz|bhai|yaar|chico|chica|amigo|amiga|hermano|mano|asere|pare|lad|lads)[.!]*|[，,]\s*(?:好|行|成|可以)[?？]+|[，,。!！]\s*(?:谢谢|多谢|感谢|辛苦)(?:你|您|啦|了|哈|啊|配合|帮忙|大家|老师)*[。!！~～]*|[~～]+|\s+(?:cảm ơn|cám ơn|asante(?: sana)?|terima kasih|makasih|salamat(?: po)?|merci(?: beaucoup)?|gracias|danke(?: schön)?|grazie(?: mille)?|obrigad[oa]|arigat[oō](?: gozaimasu)?|ありがとう(?:ございます)?|감사합니다|고마워요?|shukran|dhanyavaad|dankie)[.!！]*)$/iu,
  /**
   * A text's words running to the end of the message, unquoted ("加片尾：感谢支持 ❤", "a title saying see you lol"): a sign-off
   * there is theirs. Not 特写, a close-up.
   */
  wordsToTheEnd: /：|:(?!\d)|\b(?:says|saying|reads|reading|called|named|titled)(?:\s+[^"'“”‘’「」]*)?$|(?:写着|写上|(?<!特)写)[^"'“”‘’「」]*$/,
  /**
   * A word that leads on to the next ("the", "of", "after", "should", "too"): a word after it is that one's noun or verb,
   * never a word of another language set beside the request ("speed up the cooking" is no "speed up the" with
   * "cooking" said beside it; "keyframe the zoom", no "keyframe" beside "the zoom").
   */
  leadsOn: /\b(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|some|any|all|every|each|no|of|to|in|on|at|with|for|from|by|into|onto|about|after|before|until|till|during|over|under|around|like|and|or|but|than|as|so|too|very|i|we|you|they|he|she|when|where|while|if|should|could|would|can|will|must|may|might|shall|is|are|was|were|be|get|gets|let|make|do|does|did)$/i,
  /**
   * "the camels would be famous on TikTok", "would this go viral on insta?", "I bet the kids would love it on YouTube", 这个发抖音肯定会火:
   * a guess at how the video would fare where it is posted names the platform, and asks no shape of it.
   */
  fareGuessed: /\b(?:would|'d|will|gonna|might|could|should)\s+(?:(?:this|it|that|they|these|those|we|he|she)\s+)?(?:(?:totally|so|really|definitely|probably|actually)\s+)?(?:go viral|be (?:famous|a hit|huge|big|popular|viral)|blow up|love (?:it|this|that|them)|do (?:well|great|good|ok(?:ay)?|numbers)|get (?:\w+ )?(?:views|likes|followers))\b[^,.;]*\b(?:on|for)\s+\w|(?:肯定|一定|应该|可能)?会(?:火|爆|红|上热门)/,
  /** "export to youtube", "render it straight to tiktok", 导出到抖音上, 挂到快手小店: where the file would be sent, in the words after. */
  sentTo: /\b(?:export|render|send|save)\b(?:\s+(?:it|this|that|the (?:video|clip|file)))?\s+(?:straight |directly )?(?:to|onto)\s+(?!(?:a|an|the)\b)|(?:导出|渲染)(?:到|去)(?=[^，,。]*上)|挂(?:到|在|去)/,
  /** A Chinese clause's asking words first (帮我在第5秒加字幕: 在第5秒 is still when). */
  askOpening: new RegExp(`^(?:${ASK_OPENING_ZH})`),
  /** "pls …", "please …" opening a whole request: asking nicely, no part of it. */
  pleaseFirst: /^(?:please|pls|plz|kindly)\s+/i,
  /**
   * "not sure this is doable but …", "no idea if it's possible, but …", "this might be a long shot, but …": a doubt that the
   * tool can do it, said before the request, asks nothing itself.
   */
  hedgeFirst: /^(?:(?:i'?m |i am )?not sure (?:if |whether )?|no idea (?:if |whether )|i don'?t know (?:if |whether ))(?:this|it|that)(?:'s| is| was)? (?:(?:even |at all )?(?:doable|possible)|something you can do|(?:can|could) be done)(?: or not)?\s*[,.]?\s*but\s+|^(?:this|it) (?:might|may) be a (?:long shot|stretch)\s*[,.]?\s*but\s+/,
  /**
   * "I was wondering if you could …", "I'm hoping you can …", "I'd be grateful if you could …", "would it be all right to
   * …": a request asked as a favour is asked all the same (read as "could you …"; not "is it ok to export?", which may ask
   * whether the draft is ready).
   */
  favourAsked: /^(?:i (?:was |am |'m )?wondering (?:if|whether) you (?:could|can|might|would)|i wonder (?:if|whether) you (?:could|can|might|would)|(?:i was|i'm|i am|we're|we are|we were) hoping (?:that )?you (?:could|can|might|would)|(?:i|we)(?:'d| would) be (?:so |very |really )?(?:grateful|glad|thankful) if you (?:could|would)|(?:would|will) it be (?:all right|alright|ok(?:ay)?|fine) (?:for you to|if you|if we|to))\b/i,
  /**
   * "The MLS only takes landscape video", "the ship's system only shows GIFs": a place the video goes that takes only one
   * shape or file, which is what to make (read so only when it names one; a size is read as said, "the portal only takes
   * 720p, export at that" being the file's). Not said of the footage or what filmed it: "the video only shows my hands",
   * "my phone only takes vertical video" tell what there is.
   */
  onlyTakes: /^(?![^,;]*?\b(?:video|vid|clip|footage|recording|film|moment|part|bit|scene|shot|phone|iphone|camera|cam|gopro|drone|webcam|it|this|that|he|she|they|i|we|you)\b[^,;]*?\s(?:only|just|can only|will only)\s)(?:[\w'&.-]+\s+){1,8}?(?:only|just|can only|will only)\s+(?:takes?|accepts?|plays?|shows?|supports?|allows?|displays?|handles?)\s+([^,;]+)/,
  /**
   * "How many times do I have to ask: a minute, tops", "For the last time: …", "Third time asking: …", "I asked for vertical
   * and got a square. …": the request said again in exasperation, its lead-in (or what was made instead) asks nothing.
   */
  askedAgain: /^(?:how many times (?:do|must|should|will) i (?:have to |need to )?(?:ask|say (?:it|this)|tell you)|for the (?:last|hundredth|third|fourth|fifth|nth) time|(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time (?:asking|i'm asking|i am asking)|(?:once|yet) again|like i (?:said|asked)(?: before)?|as i (?:said|asked)(?: before)?)\s*[:,!.]+\s*(?=\S)|^i (?:asked|said|wanted) (?:for )?[^.,;:!?]{1,30}? and (?:(?:i |you )?got|you (?:gave|made|did)(?: me)?) [^.,;:!?]{1,30}[.!]+\s*(?=\S)/i,
  /** "would you mind fading it in", "do you mind adding …", "mind moving …": a request asked as whether it is a bother, by its -ing form. */
  mindDoing: new RegExp(String.raw`^(?:(?:would|do) you )?mind (${Object.keys(GERUNDS).join('|')})\b`),
  /**
   * "would a 40-second version be feasible?", "could an intro card work?", "would 45 seconds do?": a thing put forward and
   * asked whether it would do is asked for (made); not "would the title be ok", a part there asked about.
   */
  proposedAsked: /^(?:would|could|will|might) (?:(an?|one) ([^?]+?)|(\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|s|minutes?|mins?))) (?:be (?:(?:more |at all )?(?:feasible|possible|doable|ok(?:ay)?|alright|all right|acceptable|an option|fine))|work|do)(?: for (?:you|us|me))?\s*\??$/,
  /**
   * "I think it'd work better if the title came in at two seconds", "it would look better if the music started later": a
   * part said in the past after "better if" is what it should do (PAST_FORMS), said as a statement though it ends in a
   * question mark.
   */
  betterIf: new RegExp(String.raw`^(?:i (?:think|feel|reckon|suspect) (?:that )?|maybe )?it(?:'d| would| might)? (?:work|look|be|play|flow|feel|read) (?:a (?:lot|bit|little) |much |way |even )?better if ((?:the|this|that|my|our|it) (?:[^,;?]*? )?)(${Object.keys(PAST_FORMS).join('|')})\b([^?]*)\??$`),
  /** "… please" closing a request: courtesy, except after music, which it asks for ("music please", "music at 30% pls"). */
  pleaseLast: new RegExp(String.raw`(?<!\b(?:${MUSIC_NOUN}|beat|lo-?fi)\b.*),?\s+(?:please|pls|plz)[.!]*$`, 'i'),
  /**
   * A whole request asked as a yes/no question of the editor ("can you undo?", "could you cut it to 30s and export",
   * 能不能剪成15秒，然后改成竖屏？, 可以去掉静音吗): the request said outright, in one of its groups.
   */
  askedOf: /^(?:(?:can|could|would|will) you(?: please| pls| kindly)?\s+([^?]+?)\s*\??|(?:能不能|能否|可不可以|可否)([^？?]+?)[?？]?|(?:可以|能)([^？?]+?)(?:吗|么)[?？]?)$/iu,
  /** A yes to a reading the editor asked about before making it ("yes", "go ahead", "do it", 好, 可以, 对): it is made as read. */
  goAhead: /^(?:(?:yes|yeah|yep|yup|ya|sure|ok(?:ay)?|alright|right|correct|exactly|go(?: for it| ahead)?|do it|please do|that's (?:it|right)|sounds good|please|pls|thanks|是|是的|对|对的|没错|好|好的|好吧|行|可以|嗯+|照做|就这样|就这么办|做吧|确定|确认|谢谢)[\s,，.。!！~]*)+$/i,
  /** A no to a reading the editor asked about ("no", "not that", 不对, 算了): it is dropped, and the reply says so. */
  declined: /^(?:(?:no|nope|nah|not that|not quite|wrong|cancel|never ?mind|forget it|don't|不|不对|不是|不要|不用|错了|算了|取消|别)[\s,，.。!！~]*)+$/i,
  /**
   * "ko blur", "ko add music", "không export", "đừng cut": Vietnamese "no" (không, typed ko, hok, hông) or "don't" (đừng)
   * opening what it refuses inside English, as "no" before a part and "don't" before a verb (the verb caught). Only where
   * a clause or a comma's piece opens: after a noun, "moment 2 ko …" is Hindi's object marker.
   */
  refusedAbroad: new RegExp(String.raw`(?<=^|,\s*)(?:ko|hok|hông|không|khong|đừng)\s+(?=(${IMPERATIVE_VERBS}\b)?)`, 'g'),
  /** "e export sau", "mình add music": a Vietnamese "I" (em, typed e; mình, tui, tôi) opening a clause before its verb. */
  selfAbroad: new RegExp(String.raw`^(?:e|em|mình|tui|tôi)\s+(?=${IMPERATIVE_VERBS}\b)`),
  /** "set 1080p trước", "e export sau": Vietnamese "first" and "later" said last (not "sau đó", then, before a verb). */
  stepOrderAbroad: /(?<!\p{L})(trước|truoc|sau)(?=\s*[.!]*$)/u,
  /**
   * "video ka apna sound", "music ki volume": Hindi's "of" (ka, ki, ke) after a part of the draft, said as "'s" ("apna",
   * own, in TEXTING_SHORTHAND).
   */
  ofAbroad: new RegExp(String.raw`\b(video|recording|footage|music|song|title|text|intro|outro|${MOMENT_NOUN}) (?:ka|ki|ke)\b(?= \S)`, 'g'),
  /**
   * "moment 2 ko last me bhej do", "clip 3 ko start pe rakh do": Hinglish word order, the moment marked with "ko", then
   * the end it goes to (me, pe: in, on), then the verb of sending or putting (bhej, daal, rakh, kar, with do or o).
   */
  movedAbroad: /^(.+?) ko (?:the )?(last|end|first|start|beginning|front)(?: (?:me|mein|main|pe|par))? (?:bhej|daal|dal|rakh|kar|kr|shift kar|shift kr|move kar|move kr)(?: do|o|iye)?$/,
  /** "music ko hata do", "title ko nikalo": Hinglish "take it away" after the part marked with "ko" (the verb with do or o). */
  removedAbroad: /^(.+?) ko (?:hata|nikal|uda)(?: do|o|iye)?$/,
  /** "show meh the tracks", "give mi a minute", "send us a copy": "me" as it is said in Guyana and the Caribbean, and by teams. */
  objectMe: /\b(give|send|get|show|let|make|tell) (?:us|meh|mi)\b/g,
  /**
   * "make it 8 seconds and no more", "30 seconds but not a second longer": a bound joined to the length by "and", which
   * says what "max" says.
   */
  boundJoined: /(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)),?\s+(?:and|but)\s+(?:no|not (?:a|one) (?:single )?second|nothing)\s+(?:more|longer)\b/g,
  /** "for the vertical, …", "on the 9:16 one": a shape named as the version there is, said before what to do to it. */
  // ("竖屏填充用裁剪", "横版的填充改成黑边": the shape opening the clause, the fill named after it as the shape's own.)
  shapeAsVersion: { before: /\b(?:for|on|in|of) the\s*$/, after: /^(?:\s+(?:one|version|cut|edit|export))?\s*(?:[,:]|$)/, opening: /^\s*(?:那个|这个)?$/, fillOf: /^(?:版本?)?的?填充(?:方式|模式)?/ },
  /**
   * "(export mp4 & mov,) 1080p", "（导出mp4和mov，）1080p的": a size said alone in the clause after files listed together under one
   * export is of each of them, as said inside the list's clause ("export mp4 and mov in 1080p").
   */
  sizeAlone: /^(?:(?:in|at)\s+)?(?:720p?|1080p?|2160p?|4k|full hd|fhd)(?:的|吧|就好|就行)?[.!。！]*$/i,
  /**
   * "export mov and mp4, both 1080p", "…, each in 4k", "…, 720p for both", "一个mp4一个mov 都要1080p", "…各一份，均为1080p" (均,
   * written for 都, and 是, 为 saying what they are): a size said of every file just listed.
   */
  eachFile: /\b(?:both|each|all of them|the two)(?: of them)?,?\s+(?:(?:in|at|as)\s+)?(?:(?:mp4|mov|webm|gif)\s+)?(?:\d{3,4}p|[248]k)\b|\b(?:\d{3,4}p|[248]k)\s+(?:for (?:both|each|all|the two)(?: of them)?|each|both|apiece)\b|(?:都|均|全都|全部|统一)(?:要|用|给|导出?|出|是|为)?\s*(?:\d{3,4}p|4k)(?![a-z\d])(?![^，,。]*[吗?？])/,
  /**
   * "put the music lower", "put music more low" (read "lower"), "put the music up": "put" before the music and how loud it
   * plays is the "turn" of "poner", "mettre", "pôr", "mettere", as many learning English say it: a level changed, no music asked for; so
   * after the music named first ("the music put lower"). ("Higher" is the level's word: "the volume of music more high".)
   */
  putAsMade: new RegExp(String.raw`\bput (?=(?:the |my |our |this )?(?:(?:background )?(?:${MUSIC_NOUN})(?: (?:volume|level))?|(?:volume|level) of (?:the )?(?:background )?(?:${MUSIC_NOUN})) (?:a (?:bit|little|lot) )?${PUT_LEVEL})|(?<=\b(?:${MUSIC_NOUN}),? )put (?=(?:it )?(?:a (?:bit|little|lot) )?${PUT_LEVEL})`, 'g'),
  /** "them" said as an article, before a plural noun of the draft ("one of them backgrounds", "cut them bits out"). */
  themArticle: new RegExp(String.raw`\bthem (?=(?:backgrounds|backdrops|bits|${MOMENT_NOUN.replace(/\|/g, 's|')}s|tracks|songs|titles|captions)\b)`, 'g'),
  /**
   * "Do export it in 4K", "please do cut the intro", "can you do redo of what I undone": an imperative said with emphasis
   * (or a history step said as a thing done: "do a redo") asks what the imperative asks.
   */
  emphaticDo: new RegExp(String.raw`^(?:please |(?:can|could|would|will) you (?:please )?)?do (?:an? (?=(?:redo|undo)\b)|(?=(?!do\b)${IMPERATIVE_VERBS}\b))(?![^?]*\?)`),
  /** "do a 20 sec one", "do a vertical version": a version of the clip done is one made. */
  doAVersion: /^do (?=an? (?:[\w.-]+[ -]){1,3}(?:one|version|cut|edit)\b)/,
  /** "Might the title sit lower?", "may we have the music softer?": a formal "might" or "may" asks as "could" does. */
  formalModal: /^(?:might|may) (?=(?:the|my|our|this|that|it|we|you)\b)(?![^?]*\bbe too\b)/,
  /** A clause of courtesy or a reply alone ("could you please, uh", "yes please", "nah", "ok thanks", 麻烦你): it asks for nothing itself. */
  courtesy: /^(?:(?:(?:could|can|would|will) you|please|pls|plz|kindly|uh+|um+|er+|hmm+|yes|yeah|yep|yup|sure|ok(?:ay)?|alright|no|nah|nope|thanks|thank you|cheers|麻烦(你|您)?|请|帮(我|忙)|(改|弄|处理|搞|调整)一下(吧|啊|哈)?|(差不多|大概|暂时|先)?就?(这些|这样|这么多)(吧|了|啦)?)[\s,，.。!！?？]*)+$/,
  /**
   * "I'll show it now in a minute", "we're presenting in a sec", 我一分钟后要给老板看: a time from now said of what
   * someone does next is when, no length (normalizeWording: "soon"); not wanted or needed so ("I want it in a
   * minute" may be one).
   */
  timeSoon: /(?<=\b(?:i|we|they|he|she)(?:'ll|'m|'re|'ve)?\b(?:(?!\b(?:want|need|like|prefer|get|make|cut|fit|squeeze)\b)[^,.;])*)\b(?:(?:now|just) )?in (?:a|one|a few|a couple of) (?:minutes?|mins?|seconds?|secs?|moments?|bit|jiffy|tick)\b|(?<=(?:我|我们|咱们?|他|她|老板|客户|领导)(?:大概|大约)?)(?:[一两几三五十]|\d+)分钟(?:之后|以后|后)(?=[^，,。]*(?:要|得|给|发|看|开会|演示|展示|讲))/g,
  /** "it was fine a minute ago", "2 mins ago it looked right": a time ago is when, no length (normalizeWording: "earlier"). */
  timeAgo: /\b(?:a|an|one|a few|a couple of|\d+(?:\.\d+)?|two|three|four|five|ten)\s+(?:minutes?|mins?|seconds?|secs?|hours?)\s+ago\b/g,
  /**
   * "剪掉4秒", "再砍两秒", "cut 4 seconds", "trim another 2 secs off": an amount cut said alone, no length it is cut to
   * (剪到, "cut it to"): after a moment made shorter by no amount said, how much shorter.
   */
  amountCutAlone: /^(?:(?:and|just|so|then|maybe)\s+)?(?:cut|trim|shave|chop|take|knock|lose|snip)(?: off)? (?:about |like |maybe |another |an extra )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)(?: off(?: it)?| from it)?[.!]*$|^(?:再|就|给我|帮我)?(?:剪|砍|切|去|减|删|裁)(?:掉|去)\s*\d+(?:\.\d+)?\s*(?:秒钟?|s)(?:吧|就行|就好|左右)?[。.!！]*$/,
  /** "cut 3 seconds from it", "knock 5 secs off the video", "two seconds off": an amount taken off something, no length it keeps. */
  amountTakenOff: /^(?:just |about |maybe |only |say )?\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\s+off\b|\b(?:cut|trim|take|shave|chop|snip|lop|remove|drop|lose|knock)\b[^,;]*?\d+(?:\.\d+)?\s*(?:seconds?|secs?|s|minutes?|mins?)\s+(?:off|from|out of)\b/,
  /**
   * "1 second cut from it", "2 seconds trimmed off clip 3", "clip 3, 2 seconds cut off": an amount said with the verb
   * after it, as a participle, is that much off (normalizeWording); "a 90s cut", "a 45s cut of the demo" are clips.
   */
  amountCut: /(?<=\d\s*(?:seconds?|secs?|s)\s)(?:cut|trimmed|chopped|shaved|taken) (?:(?:off|out|away)(?: from| of)?|from)(?=\s|$|[,.;!])/g,
  /**
   * "chop off the last 4 seconds", "take the first 5 seconds out", "the last 3 seconds can go": a stretch at an end of
   * the clip taken off with its particle, or said to go (verbs that cut alone are Words.cutRange).
   */
  edgeTakenOff: new RegExp(String.raw`\b(?:chop|lop|snip|shave|knock|take|cut|trim)\s+off\b|${MAY_GO}`
    + String.raw`|\b(?:take|get|chop|snip|knock|lop|shave)\b(?:\s+[\w.]+){2,6}?\s+(?:out|off|away)\b`),
  /** "Two seconds off.", "say 1.5 secs off it", "短两秒": how much comes off, said alone (after the moment shortened). */
  amountOffAlone: /^(?:just |about |maybe |only |say )?\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\s+off(?: (?:it|that|that one|the end))?(?: please)?[.!]*$|^(?:再|就)?短\s*(?:个|上)?\s*\d+(?:\.\d+)?\s*秒钟?(?:就行|就好|吧)?[。.!！]*$/,
  /**
   * "zoom: off", "Ducking - no", "transitions = none": a setting labelled, then switched off, is no more of it; "crossfade
   * none", as a form is typed in a hurry, the same.
   */
  labelledOff: /\b(auto[- ]?zoom|zoom(?:ing)?|(?:music )?ducking|(?:cross)?fades?|transitions?|music)(?:\s*(?:[:=]|\s[-–—])\s*(?:off|none|no|nope|disabled?)|\s+(?:none|disabled))(?=\s*(?:(?:please|pls)\s*)?(?:$|[,.;!]))/g,
  /**
   * "the zoom: too much", "music - way too loud": a part labelled, then complained of, as it is said without the label's
   * mark ("the zoom is too much"): a statement, not the part asked for.
   */
  labelledComplaint: /^((?:the |my |our )?(?:auto[- ]?zoom|zoom(?:ing)?|(?:music )?ducking|(?:cross)?fades?|transitions?|music|background|titles?|text|captions?))\s*(?:[:=]|\s[-–—])\s*(?=(?:way |far |much |a (?:bit|little|tad|lot) |kinda |slightly )?(?:too|(?:a bit )?much)\b)/,
  /** "way louder than I wanted", "more than we asked for": a comparative said against what was wanted (TOO_COMPARED). */
  comparedToWanted: new RegExp(String.raw`\b(?:(?:way|far|much|a (?:bit|little|tad|lot)|kinda|slightly) )?(${Object.keys(TOO_COMPARED).join('|')}) than (?:i|we) (?:had |'d )?(?:wanted|asked for|expected|liked|hoped(?: for)?|meant|thought|agreed(?: on)?|needed|pictured|imagined)\b`, 'g'),
  /** "ZOOM: MORE", "ducking: on": a setting labelled, then said how much, as it is said without the label's mark. */
  labelledHow: /\b(auto[- ]?zoom|zoom(?:ing)?|(?:music )?ducking)\s*(?:[:=]|\s[-–—])\s*(on|yes|more|less)(?=\s*(?:(?:please|pls)\s*)?(?:$|[,.;!]))/g,
  /** "The first clip: exactly 7 seconds", "clip 2 - 5s": a moment labelled with a length alone is that moment made that long. */
  momentLabelledLength: new RegExp(String.raw`^((?:the )?(?:(?:first|second|third|fourth|fifth|last|final|\d+(?:st|nd|rd|th)) (?:${MOMENT_NOUN})|(?:${MOMENT_NOUN}) ?#?\d+))\s*(?:[:=]|\s[-–—])\s*(?=(?:exactly |just |only |about |around |roughly )?(?:\d+(?:\.\d+)?|[a-z]+(?:[- ][a-z]+)?)\s*(?:seconds?|secs?|s)(?: long)?[.!]*$)`),
  /**
   * "That's the third moment", "its the 2nd one", "Right now it is third", "they're moment 1 lol", "It's second right
   * now and I want it leading": the place of the part just spoken of, said apart (what follows an "and" is asked).
   */
  placeStated: new RegExp(String.raw`^(?:(?:so|and|oh|but|ok|okay)\s+)?(?:(?:right now|currently|at the moment)\s*,?\s+)?(?:that's|thats|that is|it's|its|it is|they're|theyre|they are|this is|which is|that one is|that one's)\s+(?:(?:currently|right now|now|at the moment)\s+)?(?:the\s+)?(?<place>${PLACE_ORDINAL}|(?:${MOMENT_NOUN}|${PLACE_NUMBER}|#)\s*\d+)(?:\s+(?:${MOMENT_NOUN}|one|bit))?(?:\s+(?:right now|at the moment|currently|now|in the (?:draft|edit|timeline|video)))?(?:\s+(?:lol|haha|lmao))?(?:\s*,?\s+and\s+(?<rest>\S.*?))?[.!]*$`),
  /**
   * "the pond part", "the harvester clip", "the picking scene": a part named by what it shows, with a moment's noun (not a
   * part of the draft, nor one named by its place).
   */
  partShown: new RegExp(String.raw`\bthe\s+(?!(?:${PLACE_ORDINAL}|${MOMENT_NOUN}|music|text|title|caption|video|whole|entire|audio|sound|intro|outro|card|money|best|good|same|other|next|previous)\b)(?:[a-z'-]+\s+){1,2}?(?:${MOMENT_NOUN}|bit)\b`, 'gi'),
  /** "the cross-examination clip, the second, should be 10 seconds": a moment's place said after it, set apart by commas. */
  momentApposed: new RegExp(String.raw`\b(${MOMENT_NOUN})\s*,\s*the (${PLACE_ORDINAL})(?: one)?(?:\s*,|$)`),
  /**
   * "the first clip move to the end please", "clip 2 shorten it by 4 sec": the moment said first, then the verb asked of
   * it (and an "it" for it), as a learner or someone in a hurry says it. Not "clip 2 should move", "the first clip cuts off".
   */
  topicFirst: new RegExp(String.raw`^(${MOMENT_SAID_FIRST})[,:]? (move|relocate|reposition|remove|delete|drop|lose|trim|shorten|speed up|slow down|slow|speed|put|make|play|set|zoom in on|crop)\b(?: (?:it|him|her|that|this|un))?`),
  /**
   * "put the moment 3 second", "the moment 3 put it second", "move clip 1 third": the place a moment goes, said as an
   * ordinal right after its number, is where it goes ("3 second" is no length there), as "to second" says it.
   */
  placeAfterNumber: new RegExp(String.raw`\b((?:move|put|place|stick|shift|send)\s+(?:the )?(?:${MOMENT_NOUN}) ?#?\d+) (?=(?:first|second|third|fourth|fifth|last)(?: (?:please|pls))?[.!]*$)`),
  /**
   * "need a 60 sec highlights package from Saturday's under 16s game", "the U12s final", "our over-50s team": an age group
   * of a sport's players (before what they play, or after "the", "our", "Saturday's"), no length (not "keep it under 16s",
   * "make sure it's under 45s": "it's" is no day's); nor is the age said with its hyphen ("for over-60s"), a school's
   * year ("the Grade 10s will love it", "my year 9s", "the P6s"), or an age of life ("in my 20s", "in her early 40s").
   */
  ageGroup: /(?:\b(?:under|over)[- ]?|\bu-?)\d{1,2}s?\b(?=\s+(?:games?|match(?:es)?|teams?|squads?|sides?|league|finals?|cup|tournament|fixtures?|season|training|players?|girls|boys|kids|football|soccer|rugby|hockey|netball|basketball|cricket|volleyball|swimming|athletics)\b)|(?<=\b(?:the|our|my|their|his|her|(?:mon|tues|wednes|thurs|fri|satur|sun)day's|(?:today|yesterday|tonight|week|weekend)'s)\s+)(?:(?:under|over)[- ]?|u-?)\d{1,2}s\b|\b(?:under|over)-\d{1,2}s\b|\b(?:(?:grade|year|yr)\s*|p)(?:[1-9]|1[0-3])s\b|(?<=\bin\s+(?:my|his|her|their|our|your)\s+(?:(?:early|mid|late)[- ]?)?)[1-9]0s\b/g,
  /**
   * "for the 90s kids", "music from the 80s", "in the late 70s", "the 1990s", "the '90s": a decade, no length (not "the
   * 30s version", "in the 30s cut": a clip made before, by its length).
   */
  decade: /\b(?:1[89]|20)\d0s\b|'[1-9]0s\b|(?<=\b(?:(?:in|from|of|since|during|like)\s+the\s+(?:(?:early|mid|late)[- ]?)?|the\s+(?:early|mid|late)[- ]?))[1-9]0s\b(?!\s+(?:version|cut|clip|edit|one|video|reel|take|draft|mark)\b)|(?<=\bthe\s+)[1-9]0s(?=\s+(?:kids|babies|generation|vibes?|style|look|feel|aesthetic|nostalgia|throwback|era|retro|fashion|tv|sitcoms?|movies?|films?|cartoons?)\b)/g,
  /**
   * "Auto zoom turn off please", "the ducking switch it on": a switch said after the setting it turns, as Malay, Chinese
   * or Japanese order it; read with the verb first ("turn off auto zoom"). Not with a pause between ("auto zoom, turn on"),
   * nor with when after it ("the music turn off when I talk").
   */
  switchedAfter: /^((?:the )?(?:auto(?:matic)?[- ]?)?(?:zoom(?:ing)?|ducking)|(?:the )?(?:background )?(?:music|bgm|soundtrack)) (turn|switch)(?: (?:it|that))? (off|on)(?=(?:\s+(?:please|pls|now))?\s*(?:$|[,.;!]))/,
  /** "make it 5 sec only", "and I want it leading": the word that points back at a part named apart, where its name goes. */
  pronounOfPart: /\b(?:it|that|them)\b/i,
  /**
   * "at 0:04 it should start", "at 10 seconds the title must disappear": the time said first, as German and the Romance
   * languages may front it; read with the time after the verb.
   */
  timeFirst: /\b((?:at|from) (?:\d{1,2}:[0-5]\d(?:\.\d+)?|(?:second )?\d+(?:\.\d+)? ?(?:s|secs?|seconds?)))\s*,?\s+((?:it|this|that|they|the (?:text|title|caption|words))\s+(?:should|must|has to|needs to|must to|will|can|shall)\s+(?:start|begin|appear|show up|come in|end|stop|disappear|finish|go away))(?=\s*(?:please|pls)?\s*[.!]*$)/,
  /**
   * "part 3 i want in front", "the kitchen scene part 2 we want at the end": a moment said first, what is wanted of its
   * place after "I want" (as Japanese, Korean and Turkish order it): read as put there.
   */
  topicWanted: new RegExp(String.raw`^((?:(?:the|this|that) )?(?:[\w'-]+ ){0,4}?${MOMENT_SAID_FIRST})[,:]? (?:i|we) (?:want|need|would like|'d like)(?: (?:it|this|that|him|her))?(?= (?:(?:in|at|to|as) (?:the )?(?:very )?)?(?:front|start|beginning|end|back|first|last)(?: (?:please|pls))?[.!]*$)`),
  /**
   * A request said in the passive, formally ("The first segment shall be shortened by three seconds", "I would ask that
   * the music be removed", "please ensure the audio is silenced"): what is acted on, the participle, and the rest.
   * Not a question ("should the music be removed?") nor a "not" ("the music should not be removed").
   * Wished so, by the user or someone they speak for ("he wants the third clip moved so it's second", "I'd like the
   * title changed to 'X'"): the same request.
   */
  passive: new RegExp(String.raw`^(?:(?:(?:i|we) (?:would |'d )?(?:ask|request|require|suggest|propose|recommend)|(?:please |kindly )?(?:ensure|make sure|see to it)) (?:that )?(${PASSIVE_PART}) (?:be|is|are|gets?)|(${PASSIVE_PART}) (?:should|shall|must|needs to|has to|ought to|is to|will) (?:be|get)|(?:i|we|he|she|they|(?:the|my|our) [a-z]+)(?: (?:(?:just|really|still) )?(?:wants?|needs?|would like)|'d like) (${PASSIVE_PART})) (${Object.keys(PARTICIPLES).join('|')})\b([^?]*)$`),
  /**
   * A request asked of the part, in the passive: "could the second clip be removed?", "can it be made vertical?", "can
   * the crossfades be longer?" — said as one ("remove the second clip", "make the crossfades longer").
   */
  passiveAsked: new RegExp(String.raw`^(?:please )?(?:could|can|would|might|may) (it|${PASSIVE_PART}) (?:also |please |perhaps |maybe |possibly )?(?:be|get) (?:(${Object.keys(PARTICIPLES).join('|')})\b|(longer|shorter|louder|quieter|softer|faster|slower|bigger|smaller)\b)([^?]*)\??$`),
  /**
   * A request asked of the part it changes, as a question: "could the whole video go a little faster?", "could the
   * words 'Hi' stay on for the last 5 seconds?" — said as what it should do ("the whole video should go …"); so is one
   * asked of what was just named, where it goes ("I've uploaded hymn.mp3. Could that go underneath at a quarter of the
   * volume?"; not "can it play a tune?", what it can do).
   */
  modalAskedOf: /^(?:please )?(?:could|can|would|might) ((?:the|this|that|those|these|my|our|each|every|all) (?:(?!\b(?:not|never|no|you|i|we)\b|n't)[^,;?])*?|(?<=^(?:please )?(?:could|would) )(?:it|that|this)(?= (?:go|sit|stay|fade|move)\b)) (go|stay|fade|dissolve|melt|blend|play|run|come|move|appear|show|sit|stop|end|start)\b([^?]*)\??$/,
  /**
   * "speed up clips 1 to 3", "clips 2-4": the moments from one place to another, each of them given the same edit; not
   * after a verb that moves or swaps in its clause ("move clips 1 to 3" moves clip 1 to the third place).
   */
  momentsSpanned: new RegExp(String.raw`(?<!\b(?:${REORDER_VERBS})\b(?:(?!\band\b)[^,.;!?])*)`
    + String.raw`\b(${MOMENT_NOUN})s #?(\d) ?(?:to|through|thru|-|–) ?#?(\d)\b`
    + String.raw`(?! ?(?:s\b|secs?\b|seconds?\b|%|x\b|[:.]\d))`, 'gi'),
  /**
   * "Put the part with the beach first, that's the third one", "remove the bit where I sneeze (clip 2)": a moment named
   * by what it shows, then by its place in a clause after it that only names it: the moment at that place.
   */
  describedThenPlaced: new RegExp(String.raw`\bthe (${MOMENT_NOUN}|bit) `
    + String.raw`((?:with|where|showing|that shows) [^,;.!?()]*?)`
    + String.raw`(?:\s*[,;]\s*(?:that's|that is|it's|it is|which is|this is)|\s*\()\s*(?:the\s+)?`
    + String.raw`(?:(${PLACE_ORDINAL})\s+(?:one|${MOMENT_NOUN})|(?:${MOMENT_NOUN}|number)\s*#?(\d))\s*\)?`
    + String.raw`(?=\s*[.!]*\s*$|\s*[.!;]\s|\s*,\s*(?:and|then)\s)`, 'gi'),
  /**
   * "The third part may be shortened to 6 seconds, and the first part removed": a second moment and its participle
   * after a passive request and an "and" share that request's "be" (said alone, "clip 2 removed" may report what was
   * done).
   */
  passiveGapped: new RegExp(String.raw`(\b(?:may|might|should|shall|must|can|could|will|would|needs? to|ha(?:s|ve) to`
    + String.raw`|ought to|is to|are to) (?:also )?be (?:${PARTICIPLE_SAID})\b[^.;!?]*?,?\s+and\s+(?:then\s+)?)`
    + String.raw`(${MOMENT_SAID_FIRST})`
    + String.raw` (?=(?:${PARTICIPLE_SAID})\b[^.;!?,]*(?:[.!;]|$))`, 'gi'),
  /**
   * "clip 3 trimmed by 4 seconds", "the second clip moved to the end": a moment and what is done to it, said as a headline
   * (said by how far or where, so that "clip 2 removed" alone, which may report what was done, is not read; nor a
   * question, "clip 2 moved to the end?").
   */
  headline: new RegExp(String.raw`(?<=^|[:;]\s*)((?:the )?(?:(?:first|second|third|fourth|fifth|last|final|middle|\d+(?:st|nd|rd|th)) (?:${MOMENT_NOUN})|(?:${MOMENT_NOUN}) ?#?\d+)) (${Object.keys(PARTICIPLES).join('|')}) (?=(?:by|to|down to|at|off|into|after|before)\b)(?![^?]*\?)`),
  /**
   * "Rather than cutting the slow bits, …", "instead of removing the dead air, …": a clause of its own refusing what a
   * request after it is asked in place of, said as "don't cut the slow bits" is (what "them" after it names).
   */
  refusedInPlace: new RegExp(String.raw`^(?:rather than|instead of) (${Object.keys(GERUNDS).join('|')}) (.+?)[.!]*$`),
  /**
   * "would you mind making it square and exporting it", "could you try making it 9:16 and adding music", "have a go at
   * cutting clip 2 and exporting it": a second request said by its -ing form after "and", the first asked (its verb or
   * its -ing form); not after words telling of the footage ("make the part where I'm sanding and cutting faster"), nor
   * inside a text's words ("add a title saying cutting and trimming"), nor what was done said a mistake ("making it
   * square and exporting it was a mistake").
   */
  gerundListed: new RegExp(String.raw`(?<=^\s*|[.!?;,]\s+)((?:(?:please|pls|just|kindly|now) )*(?:(?:(?:could|can|would|will) you (?:please )?(?:try )?|(?:(?:would|do) you )?mind |try |(?:give (?:it|this|that) |have |take )an? (?:go|shot|crack|stab|try) at ))?(?:${[...Object.values(GERUNDS), ...Object.keys(GERUNDS)].join('|')})\b(?:(?!\b(?:where|when|while|whilst|who|which|as|i'?m|we'?re|they'?re|he'?s|she'?s|is|are|was|were|saying|says|reads|called|named|titled)\b)[^,;.?!"'“”‘’「」«»‹›])*? and (?:then |also )?)(${Object.keys(GERUNDS).join('|')})\b(?!${REGRET_REACH}${REGRETTED_EN})`, 'gi'),
  /**
   * "I would rather you took the title away", "we'd rather you didn't add music": a wish of what the editor did, in the
   * past of a wish, asks it as "take the title away" and "don't add music" do.
   */
  ratherYouDid: new RegExp(String.raw`^(?!.*(?:\bthan\b|\?))(?:i|we)(?: would|'d) (?:much |really |just )?rather `
    + String.raw`(?:you|u|ye) (?:(didn't|did not) |(${Object.keys(PAST_ASKED).join('|')})\b)`),
  /** "moving the middle clip to the start would be great", "cutting clip 2 would help": a request said as a wish, by its -ing form. */
  wishedDone: new RegExp(String.raw`^(${Object.keys(GERUNDS).join('|')}) (.+?),? (?:would|will|might) (?:be (?:really |very |so |super )?(?:great|nice|perfect|ideal|good|lovely|appreciated|awesome|amazing|helpful|brilliant|fantastic|wonderful)|help)[.!]*$`),
  /** "give it a lash at exporting", "have a go at cutting clip 2": a request said as an attempt at it, by its -ing form. */
  attemptAt: new RegExp(String.raw`^(?:(?:just|please|pls|now) )?(?:give (?:it|this|that) |have |take |make )an? (?:go|shot|crack|stab|lash|try|whirl|bash|punt|pop) at (${Object.keys(GERUNDS).join('|')})\b`),
  /**
   * "make the second clip vanish", "make the intro card disappear": a part made to go is removed. Not a text, which may
   * only go sooner ("make the title disappear", "… at 0:05"), nor "it", which may be one.
   */
  madeGone: /\b(?:make|have|let) ((?:the|that|this|those|these|my|our) (?:(?!(?:title|caption|subtitle|text|words|label|lower third)s?\b)[\w'-]+ ?){1,4}?)(?:disappear|vanish|go away)(?=\s*(?:$|[,.;!]|\b(?:please|pls|and|then|too|completely|entirely|altogether|for good)\b))/,
  /**
   * "I don't want the music anymore", "we no longer need the intro card": a part there is, no longer wanted, is one to
   * remove (not "I don't want music", which refuses it; nor "… the music louder anymore", which refuses a change).
   * A moment named by its place needs no "anymore": "I don't need the second clip" (it is there to be unwanted).
   */
  noLongerWanted: /^(?:i|we)? ?(?:(?:don't|do not) (?:want|need) ((?:the|that|this|those|these) (?:(?!(?:louder|quieter|faster|slower|longer|shorter|bigger|smaller|higher|vertical|square|there|here)\b)[\w'-]+ ?){1,3}) (?:anymore|any more|any longer)|no longer (?:want|need) ((?:the|that|this|those|these|any) (?:(?!(?:louder|quieter|faster|slower|longer|shorter|bigger|smaller|higher|vertical|square|there|here)\b)[\w'-]+ ?){1,3})|(?:don't|do not) (?:want|need) ((?:the|that) (?:first|second|third|fourth|fifth|last|final|middle|\d+(?:st|nd|rd|th)) (?:moment|clip|segment|section|part|scene|shot)|(?:moment|clip|segment|section|scene|shot) \d+))[.!]*$/,
  /**
   * "turn the voice down to 50% so the track sits on top", "show me the tracks so I can check them before we export":
   * what a request is for, said after it, asks nothing (its words name no part to change); a figure or a place in it
   * ("so it's under a minute", "move clip 3 so that it comes first") says the result, and "make it so …" is the request.
   */
  purpose: /(?<=\S)(?<!\b(?:make|have|set|get|do) (?:it|this|that))\s+so (?:that )?(?:it|it's|i|i'm|we|we're|you|they|the|my|our|people|viewers|everyone|everybody|nobody|no one|he|she)\b(?![^\d]*\d)(?!.*\b(?:first|last|second|third|fourth|fifth|opener|closer)\b).*$/,
  /** "那就2倍吧，只给第二段": what is left of a clause naming only the moment a change said before it is for. */
  onlyFor: /^\s*(?:只|就|仅|只是)(?:给|对|用在|用于|作用于|针对|要)?\s*(?:就行|就好|用)?\s*$|^\s*(?:only|just)(?: for| on| to)?(?: the)?\s*$/,
  /** "一秒都不剪", "一帧也别删": not a second of it, no figure. */
  noneOfIt: /(?<![\d.])1\s*(?:秒|帧|分钟|s)\s*(?:都|也)\s*(?:不|别|没)/g,
  /** "再加回来", "又放回去": a part asked back with no part named (what was taken away is). */
  addBack: /^(?:再|又|然后)?(?:把它们?)?(?:加|放|弄|拿|摆)(?:回来|回去)/,
  /** Something named by its export (导出的文件, 导出前的版本; not 导出的时候, when it is exported). */
  exportNamed: /导出(?:前|后|之前|之后|来|出来)?的(?!时候|话)/,
  /**
   * The export's resolution named as what a verb of setting changes ("把导出分辨率调到4K", "导出的清晰度改成1080p", "set the
   * export resolution to 4K"): a setting, no export asked (not "导出4K", "用4K分辨率导出", "导出的时候分辨率…").
   */
  exportSettingChanged: /导出的?(?:分辨率|清晰度|画质)[^，,。\s\d]{0,3}?(?:调|改|设|换|定)(?:置|成|到|为)|\b(?:set|change|switch|bump|put|turn)\s+(?:the\s+|my\s+)?export(?:'s)?\s+(?:resolution|quality)\s+(?:up\s+|down\s+)?(?:to|at)\b|\bexport (?:resolution|quality) (?:to|at|should be|set to)\b/,
  /** "导出后移除背景", "导完之后把音乐关了": a request said as what follows the export (its opening, the export itself). */
  afterExport: /^(?:等)?(?:导出|导完|渲染|出片)[^，,。\s]{0,6}?(?:完|好)?了?(?:之后|以后|后)[，,\s]*(?=\S)/,
  /**
   * An export said to come after the rest: "before you export, …" (said first, or after a request: "make it 15
   * seconds, then before exporting make it square"), "… before you export it as a gif" (last). Not "before exporting
   * as a gif, …", whose export says more than when.
   */
  exportAfter: {
    first: /^(|.*?[,;.!]\s*(?:and\s+)?(?:then\s+)?)before (?:you )?(?:export|render)(?:ing)?(?: (?:it|this|that|the (?:video|clip|edit)))?(?:\s*[,:，]\s*|\s+(?!(?:as|to|in|into|at|on|with|for|and|or|so|because|it|this|that|the)\b|\S*\d))(.+)$/is,
    last: /\s+before (?:you )?(export|render)(?:ing)?\b(?=[^,.;!?]*[.!]*\s*$)/i,
    /**
     * "before I export, show me the tracks", "…, so I can check before we render it", "make it square, then before I
     * export show me the tracks": the export is the user's own, the time of what is asked beside it (asks no export).
     */
    mine: /^\s*before (?:i|we) (?:export|render|download|post|upload|send|share)(?:ing)?(?: (?:it|this|that|the (?:video|clip|edit|file))(?: out| off)?)?\s*[,:，]\s*|(?<=[,;.!]\s*)(?:and\s+)?(?:then\s+)?before (?:i|we) (?:export|render|download|post|upload|send|share)(?:ing)?(?: (?:it|this|that|the (?:video|clip|edit|file))(?: out| off)?)?(?:\s*[,:，]\s*|\s+(?=[a-z]))|,?\s+before (?:i|we) (?:export|render|download|post|upload|send|share)(?:ing)?(?: (?:it|this|that|the (?:video|clip|edit|file))(?: out| off)?)?(?=[.!?]*\s*$)/i,
  },
  /**
   * "remove clip 2 without losing the intro", "cut it to 30 seconds without touching the title": what a request must
   * leave as it is, said after it, asks nothing of its own (it is no removal of the intro).
   */
  leftAlone: /\s*,?\s*\bwithout (?:losing|removing|cutting|dropping|deleting|killing|ditching|touching|changing|messing with|affecting|moving)\b[^,;.]*/,
  /**
   * Between two values of one setting, the change from the first to the second ("blur to bars", "swap the bars for blur",
   * 模糊改成黑边, 黑边换模糊; not "用黑边替换模糊", whose 替换 puts the first in the second's place).
   */
  changedInto: /\b(?:to|into|for)\b|成|为|(?<!替)换|改|到/,
  /**
   * "black bars instead of the blur", "I'd prefer letterboxing to the blurred edges", "I'd rather have square than
   * vertical", 用黑边代替模糊: what follows is what the user does not want ("prefer it moved to the bottom" is a place);
   * so is what a ", not …" names, said last or set off by commas before more said of it ("at the bottom, not at the top,
   * and say …"); not a cap said before the figure it allows ("…, not too loud maybe 30%": the figure is the level).
   */
  notThis: /\s*\b(instead of|rather than)\b[^,;]*|\s*\binstead\b|(?<=\bprefer(?:s|red)?\s+(?!to\b)[\w'-]+(?:\s+[\w'-]+)?)\s+(?:to|over)\s+(?!(?:the\s+)?(?:top|bottom|middle|center|centre|start|end|beginning|be|have)\b|\d)[^,;]*|(?<=\brather\b[^,;]*)\s+than\b[^,;]*|[,，]\s*not\b(?!\s+too\s+[a-z]+\s+(?:[a-z]+\s+)?\d)[^,，]*$|[,，]\s*not (?:(?:at|on|in|to|for) )?(?:the|a|an|this|that|my|our)\b[^,，]*(?=[,，]\s*(?:and|but|then|also|plus)\b)|(而不是|而非|代替|取代)[^，,。]*/g,
  /**
   * A question asked as a request to answer it: "please confirm whether the footage is kept after export", "tell me if
   * the music stays" (not "let me know if you can make it vertical", a request put politely); "can you tell me the wind
   * speed in the video", "let me know the length": a thing asked to be told, which no edit answers.
   */
  askedWhether: /\b(?:confirm|tell me|tell us|let me know|let us know|advise|clarify)(?: to me| for me)? (?:whether|if)\b(?! (?:you|u|we)\b| it'?s possible\b| it is possible\b)|\b(?:tell (?:me|us)|let (?:me|us) know) (?:the|its|his|her|their|what|how|which)\b/,
  // "the export will follow once the buyer signs", "export after the client signs off": an export said to wait for later, or for someone else, is none now.
  /**
   * "导出老半天没动静", "导出怎么还没好", "渲染卡住了", "export 卡住了", "导出好慢啊", "the export has been running for ages": the export
   * under way, told as slow or stuck (where it stopped too: "导出一半不动了", "导出到80%就不动了"), asks for none (a
   * question to answer; not "导出的时候卡住的地方剪掉", stuck stretches of the recording, nor "导出还没好的话 先加字幕", a
   * condition before a request).
   */
  exportStalled: new RegExp(String.raw`(?:导出|渲染|输出|\b(?:export|render)(?:ing)?\s*)(?:了|得|的)?(?:进度条?)?(?:(?:到|在)?(?:一半|\d+(?:\.\d+)?\s*%)(?:的时候)?)?(?:老|好|大)?(?:半天|好久|这么久|那么久|一直|还在|还是|还|怎么|咋|了)*(?:都|也|还|就)?(?:没有?(?:动静|反应|动|好|完|出来|结束|进度)|不动|不出来|卡住|卡死|卡了|卡在|失败|报错|崩了|闪退|转圈|(?:太|好|这么|那么|贼|超|巨)慢)(?!的话|[^，,。]{0,2}的(?:地方|部分|片段|时候))|\b(?:the )?(?:export|render)(?:ing)? (?:is|has been|'s been|was|keeps?|seems?)(?: still)? (?:taking (?:forever|ages|so long|a while)|running for (?:ages|ever)|stuck|frozen|hanging|hung|so slow)\b`),
  /**
   * Not asking yet ("I might want it vertical later", "thinking of 9:16", 考虑一下要不要加音乐, undecided: 四十五秒中不中我还没想好,
   * 竖屏还是横屏再想想), or asking to leave a part
   * as it is ("leave the zoom alone", "I want the music left as is", 音乐别动), or saying what was done before (我之前加过音乐, "last time the music was
   * too loud"), or saying the export is the user's own ("I'll export it myself later", "export later I do"), or any part
   * ("we will add the music ourselves", 我自己来加音乐), or someone else's ("the boss will add his own music", 客人要自己调色):
   * no change. ("…, send to my parents
   * later" says when the file is passed on, not that the export waits.)
   */
  // "品牌色我们自己后期再调", "后期统一配音": what is left for post-production, done by the user later, is nothing asked now.
  notYet: new RegExp(String.raw`\b(?:the )?(?:export|render|download)(?:ing)? (?:will|can|shall|should|must|'ll|is going to|is to) (?:follow|come|happen|wait|be done)\b|\b(?:export|render)(?: it| this| that)? (?:once|when|after|as soon as) (?:the|my|our|his|her|their) [a-z]+ (?:signs?(?: off)?|approves?|confirms?|agrees?|okays?|replies|responds|says so)\b|\b(i|we)('ll| will| shall|'m going to| am going to|'re going to| are going to|'m gonna|'re gonna) (export|render|download|do the (?:export|render)|hit export|handle the export)\b[^,.;]*\b(myself|ourselves|later|tomorrow|tonight|once|when|after|as soon as|next week|on (?:my|our) (?:end|side))\b|\b(i|we)('ll| will| shall|'m going to| am going to|'re going to| are going to|'m gonna|'re gonna) (?:[\w'-]+ ){1,4}?(myself|ourselves)\b|^我们?(?:自己(?:来|会)|会自己|还(?:要|得|想)再?(?:改|调|修|弄|整|剪)(?:一下|一改|一调)?$)|\b(?:export|render|download)(?:ing)?(?: it| this| that| the (?:video|clip|file))? (?:later|afterwards|tomorrow|myself|another time|some other time)\b|\b(i|we)(?:'m|'re| am| are)? (?:do not|don't|won't|will not|not|shall not|can't|cannot) (?:be )?(export|render|download)(ing)?\b|\b(might|may) (want|need|like)\b|\blast time\b|\byesterday\b|\bnot (yet|now|just yet)\b|\b(thinking|thought) (of|about)\b|\bconsidering\b|\bnot sure\b(?! (?:why|how come)\b[^,]*, but\b)|(?<!\b(?:send|sending|share|sharing|show|showing|post|posting|forward|forwarding)(?: (?:it|this|that|them))? to (?!(?:me|us)\b)[^,.;]*)\b(later|another time|some other time)$|\b(leave|keep) (the |my |that |this )?(?!(everything|all|it)\b)[\w-]+( [\w-]+)? (${KEPT_AS_IS})\b|\b(want|need|like|prefer) (the|my|our|that|this) (?!(rest|others?)\b)[\w-]+( [\w-]+)? (left|kept|to stay|to remain|to be (left|kept)) (${KEPT_AS_IS})\b|\bleave (it|that|them) (alone|be)\b|考虑|(?:还|都)?没(?:想好|想清楚|定好|定下来|决定好?|拿定主意)|还没定(?![格位时])|再想想|拿不准|还在犹豫|(${LATER_ZH})\s*再|后期(?:再|统一|自己)|之后再说|${WAIT_UNTIL_ZH}再|(别|不要|不用)动|保持(不变|原样)|^(其他|别的|其余)的?(都|就)?(不变|不动|照旧|保持原样)$|(段|片段|部分|标题|字幕|音乐|配乐|背景|比例|画面)(都|就|先|也|保持)?(不变|不动|别动|不要动|照旧|保持原样|保持不变|原样)$|(加|删|改|放(?!过去)|做|剪|用|导出|调)过(?!渡)|${OTHERS_OWN_DOING}`),
  /**
   * An edit refused with words between the "no" and the verb ("do not under any circumstances remove clip 2", "I really
   * don't want you to cut clip 2", "I don't think we should add music", 千万别把最后那一段给删了): it asks nothing
   * ("don't forget to remove clip 2" asks it, "don't let the music drop" is no cut).
   */
  refusedFar: new RegExp(String.raw`^(please |i |we )?(really |just |absolutely )?(don't|do not|never|wouldn't|would not|shouldn't)\b(?! (forget|hesitate|let|worry|mind|care|know)\b)[^,.;]{0,40}?\b(remove|delete|cut|trim|take out|get rid of|exclude|omit|add|put|insert|include|speed|slow|mute|crop)\b(?! ${NOTHING}| out\b)|(千万|可)?(别|不要)把[^，,。]{0,12}(删|去掉|剪掉|砍掉|拿掉)`),
  /**
   * "Don't add music", "不要改成竖屏", 暂不导出, 本班次暂不导出 (who or when, no verb, before 先/暂: a putting off): a refusal changes nothing; the everyday verbs too ("don't lose the first clip", "don't
   * soften the cuts", "don't you dare add music"), and a bare "not" before the verb, its "do" left out ("…but not export
   * yet"). A switch-off refused ("don't disable the ducking", 别关掉自动缩放, 不要把闪避关了) is the setting left as it is, no
   * switch-off read backwards. "Don't make it dip when I talk" refuses the ducking: a request (noDuck), no refusal. "The fade between clips I
   * don't want": the thing refused said first, the refusal closing the clause, refuses it the same.
   */
  // "夜班结束 今天不用导出": a state said first, typed apart by a space (no verb of an edit in it), opens the refusal.
  // "本周不做导出", "这个月不加音乐": a time of now before the "no" (as 今天) puts the request off.
  // "标题不要删", "音乐别去掉": a part named, then its removal refused, asks nothing (标题不要了 still removes it). "I do not
  // authorise any export", "we don't allow music": a permission withheld is a refusal too. "i said not to export", "I
  // told you don't cut it to 30s": a refusal said again. 不要压到30秒, 别剪成一分钟, 不要30秒的: a length refused (not 不要超过30秒,
  // a bound). ("never drop when I talk" refuses the music's dip, Words.noDuck, no cut; "I do not want it ducking" is that
  // setting, the music's ducking off.)
  refusal: new RegExp(String.raw`^(?:(?:yeah |yea )?(?:no|nah|nope)[,!.]*\s+)?(?:(?:i|we) (?:said|already said|told (?:you|ya|u)|asked (?:you|u))[,:]?\s+)?(please )?(?:(?:we|you) (?=won't|will not))?(don't|do not|dinnae|dinna|never|no need to|won't|will not|(?<=(?:said|told (?:you|ya|u)|asked (?:you|u))[,:]?\s+)not to|not)\s+(?:you dare\s+)?(add|make(?! (?:it|the (?:music|bgm|song|track|soundtrack)) (?:duck|dip|drop|go down|get (?:quieter|softer|lower))\b)(?! ${MUSIC_IT} (?:go |get )?(?:quiet|soft|low)(?:er)?\b[^,.;]*${SPEAKING_EN})|put|change|use|set|insert|include|turn|disable|deactivate|stop|cancel|remove(?! ${NOTHING})|delete|drop(?! ${NOTHING})(?!\s+${SPEAKING_EN})|trim(?! ${NOTHING})|take|cut(?! ${NOTHING})|lose|ditch|kill|quit|scrap|axe|nix|toss|bin|dump|chuck|strike|yeet|leave out|exclude|omit|get shot of|restore|unmute|bring (?:back|(?:the |my )?(?:original|source|mic) (?:audio|sound|voice) back)|chop|snip|lop|shave|skip|drag|shove|slide|shift|bump|swap|switch|soften|blend|smooth|crossfade|punch|push|shorten|save|render|export|ship|finali[sz]e|spit|kick|bounce|output|send|roll|reverse|fade|(?:dis)?appear|start|begin|finish|end|mute|speed|slow|move|crop|touch|edit)\b|^(i |we )?(don't|do not) (want|need|like|authori[sz]e|approve|allow|permit|wish)\b(?!${UNWANTED})(?! ${MUSIC_IT} (?:to )?duck)|^(?:the|that|this|those|these|any) (?:[\w'-]+ ){1,5}(?:i|we) (?:don't|do not) (?:want|need|like)(?: (?:it|them|that|those|these))?(?: (?:any ?more|at all))?[.!]*$|^(?:[^，,。!！?？\s\d导加删剪改调用放换设配]{1,8}\s+)?(所以|因此|那就?|但是?|可是|不过|而且)?(请|麻烦你?)?(?:我们?|俺们?|咱们?)?(?:这边|这儿|这里|这)?(?:(?:这|那)一?(?:版|个|次|回)(?:视频|片子|成片|版本)?|今天|今朝|今儿个?|今日|今晚|现在|目前|(?:本|这|这个)(?:周|星期|礼拜|月)|这两天|最近|[^，,。!！?？\s导加删剪改调用放换]{1,6}?(?=先|暂))?我?(先|暂(?:时|且)?|还|也|都|就|再|千万)?(不要|别|莫|不用|唔使|唔好|唔要|不必|无需|${NO_RULE_ZH}|不|请?勿)(帮我|给我)?((?:把[^，,。\s]{1,8})?(?:关掉|关了|关闭|关上|取消|停掉|禁用)|${PUT_REFUSED_ZH}|加|添加|改|做|(?:搞|整|弄)(?![好完错砸坏得])|快进|放(?!大|慢|上|进|到|在|那么|这么|太|得)|用(?!${MUSIC_NOUN_ZH})|设|删|去掉|导出|export\b|render\b|存|保存|渲染|动(?!弹?的)|配(?!乐)|挑|选|变|静音(?!的?(部分|地方|片段|段落)))|^我?(不想要?|不需要(?!${MUSIC_NOUN_ZH})|不喜欢)|^不是(?!很|太|特别|说)|^请?勿|^(先|暂时|还|也|就)?(别|莫|不必|无需|先不)配乐|^(?:标题|字幕|文字|文案|音乐|配乐|背景音乐|bgm|片头|片尾|背景)(?:就|也|都|先|可以)?(?:不要|别|莫|不用|不需要|无需|不必|甭)(?:帮我|给我)?(?:删|去掉|拿掉|移除|去除)|^(?:标题|字幕|文字|文案|${MUSIC_NOUN_ZH}|片头|片尾)(?:就|也|都|先|暂时|今天)?(?:不要|别|莫|不用|不需要|无需|不必|甭|不)(?:帮我|给我)?(?:加|添加|配|放|用|上|弄|搞|整|做)(?:了|啦|咯)?(?:吧|哈|嘛)?$|^我?(?:先|也|还|就|可)?(?:不要|别|莫|不用|不必|无需|甭)(?:帮我|给我)?(?:剪|压|压缩|缩短|缩|弄|做|搞|整|控制)?(?:成|到|在)?\s*[\d一二三四五六七八九十两半]+(?:\.\d+)?\s*(?:秒|分钟|分)`),
  /**
   * Who or what the video is for, or when it is needed ("下午开会要用", "my students have a short attention span", "给老人家看",
   * "学员要看清"), the line it goes over ("sat link slow", "wifi is bad here"), or how it went when it was recorded ("录的时候麦离得
   * 太远"), next week (下礼拜) or tomorrow the Cantonese way (听朝), what it goes in or with (简历, 作品集, "配合 BP 讲"), or
   * what it was filmed with ("用手机拍的"; not "用手机拍的那段", a part named), or the page, group or place it goes to, or who
   * gets it, said alone ("for our shop page", "for the parents group", "For the museum.", "for the school board"; a
   * platform named there names a shape, read as one), or who is to see it ("Gary
   * wants to see the file"), or when it is sent or fetched ("一小时后发", "我几时都可以拿"): a clause saying only that asks for
   * no change beside the ones the message asks.
   */
  occasion: new RegExp(String.raw`^(?:[a-z]+|(?:my|our|the) [a-z]+) (?:wants|needs|would like|'d like|has|asked|is waiting|'s waiting) to (?:see|watch|review|check|approve) (?:it|this|that|the (?:file|video|clip|cut|draft|edit|result|export))\b|\b(meeting|presentation|present(ing)?|conference|webinar|pitch|lesson|lecture|class|students?|audience|viewers|boss|manager|clients?|customers?|investors?|team|deadline|tomorrow|today|tonight|this (afternoon|morning|evening)|landing page|newsletter|readme|docs|attention span|wi-?fi|internet|connection|signal|network|bandwidth|reception|(?:sat(?:ellite)?|data) link|uplink)\b|开会|会议|汇报|上课|课堂|学生|老师|客户|老板|领导|同事|观众|粉丝|投资人|下午|上午|明天|今天|今晚|发布会|展会|注意力|官网|文档|交差|交作业|交活儿?|老人家?|老年人|长辈|学员|学徒|家长|小朋友|孩子们?|(?:录|拍)(?:制|摄|音)?的?(?:时候|时)|听(?:朝|日|晚)|下礼拜|下星期|下周|简历|作品集|路演|配合[^，,。\d]{0,10}?(?:讲|讲解|演示|汇报|介绍|路演)|^[^，,。\d]{0,12}?(?:用|拿)(?!这个|那个)[^，,。\d]{1,6}?(?:拍|录|摄)(?:的|嘅|咗)$|^(?:(?:it's|its|it is|this is|that's) )?for (?:the|our|my|his|her|their|a|an) (?:[a-z'-]+ ){0,3}(?:page|group|chat|channel|site|website|account|community|club|family|friends|followers|subscribers|parents|colleagues|folks|crew|museum|gallery|exhibition|archive|library|school|board|council|committee|jury|panel|judges|principal|headteacher|church|office|department|ministry|municipality|agency|company|firm|charity|foundation|festival|fair|mum|mom|dad|grandma|grandpa|wife|husband|partner)s?[.!]*$|(?:${FIGURE_LATER_ZH}|几时|什么时候|啥时候|随时|哪天)(?:都|再|就|才|来|我)*(?:可以|能|会)?(?:来)?(?:${SENT_OR_FETCHED_ZH})(?:都行|都可以)?(?:吧|啦|的)?$`),
  /**
   * A fact beside the request about who says it ("我们是做水土保持的公益机构", "我是县医院信息科的"), what the footage is ("这次是钢琴课的
   * Zoom 录屏", "这个录屏是给新来的护士看App怎么用"), who it is for ("给订房平台用的"), where it will be shown ("要拿去经销商大会放")
   * or what it is to show there ("组会要展示实验平台的操作"): it names no edit, so beside one read it changes nothing. Not "我是说…",
   * "我是想…" (what is meant or wished), "给我看看" (the draft shown), nor a thing taken to a place in the frame ("把logo拿到右上角
   * 放"); onlyOccasion keeps out a moment, a figure or an edit's word.
   */
  told: /^(?:(?:你好|您好|大家好|hi|hello)\s*[，,]?\s*)?(?:我|我们|咱|咱们|俺|俺们)(?:这边|这里)?(?:是|系)(?!(?:说|想|要|讲|指|问|觉得|不是|在))[^，,。\d]{1,24}$|^(?:这|那)(?:个|条|段|次|回|部|支|些)?(?:视频|录屏|录像|片子|素材|影片)?(?:是|系|都是)(?!(?:说|想|要|不是))[^，,。\d]{0,24}?(?:录屏|录像|视频|片子|教程|课|讲座|报告|演示|汇报|直播|会议|记录|vlog|给[^，,。\d]{1,16}?(?:看|用|学)[^，,。\d]{0,16})$|^(?:这|这个|这条|都|主要)?(?:是)?(?:要|准备|打算)?(?:拿去|拿来|用来)?给(?!(?:我|咱|你|您))[^，,。\d]{1,14}?(?:看|用|发|放|播|学|参考)(?:的|滴|嘅)?(?:吧|啊|呀)?$|^[^，,。\d把将]{0,10}?(?:要|想|得|准备|打算)?(?:拿去|拿到|带去)(?![^，,。]*(?:最|前面|后面|开头|结尾|中间|角|左|右|上面|下面|底))[^，,。\d]{1,12}?(?:放|播|播放|展示|演示|用)(?:的)?$|^[^，,。\d]{1,10}?(?:要|想|得|需要|准备)(?:展示|演示|介绍|讲解|教)(?:一下)?[^，,。\d]{1,16}$/,
  /**
   * What a clause nothing else read asks of the one part it names, whatever words stand around them ("that third bit
   * where I drop the pot, take it out", "the music is a touch loud — perhaps a little quieter?").
   */
  slot: {
    /**
     * A remove verb in any form a chat box gets ("get rid o it", "bin it", "lose that", 不要了, 扔掉), or the part said
     * gone after it ("the last clip is boring, gone gone gone"; not "the last clip is gone", which may be a complaint), or
     * wanted gone ("the title, I want it away", "I'd like the music gone").
     */
    remove: new RegExp(String.raw`${REMOVE}|,\s*(?:(?:just |so |and )?gone[!.]*\s*)+$|\b(?:i|we)(?: would| 'd|'d)? (?:want|need|like|prefer)s? (?:it|that|this|them|'?em|the \w+(?: \w+)?|(?:${MOMENT_NOUN}) \d+) ${WANTED_GONE}\b|\b(?:get rid o'?|lose|ditch|kill|bin|dump|chuck|junk|scrap|cut) (?:it|that|them|'?em|those|this)\b|(?:不要了|扔掉|扔了|丢掉|拿走|撤了|删$)`),
    /**
     * Louder than wanted, said as a state ("a touch loud", "way too loud"); "doon", said for "down". (Not a noise that keeps
     * it from being heard: "夜市太吵听不见" asks it louder; "音乐吵得听不见我说话", the music itself the noise, does not.)
     */
    quieter: new RegExp(String.raw`\b(?:a (?:touch|bit|tad|little|wee bit)|kinda|rather|quite|so|way|very|bit|too) (?:too )?loud\b`
      + String.raw`|\b(?:turn|bring|take) (?:\w+ ){0,3}doon\b|\bdoon a bit\b|吵(?![^，,。]{0,3}听不)|(?<=(?:${SOUND_NAMED_ZH})[^，,。]*)吵|太响|太大声`),
    /** Quieter than wanted, said as a state ("my voice is too quiet", 声音太小了, "hard to hear"). */
    louder: /\btoo (?:quiet|soft|low)\b|\b(?:hard|difficult) to hear\b|\b(?:can'?t|cannot|can (?:barely|hardly)) hear\b|太小|太轻|听不(?:清|见|到)/,
    /**
     * A pace complained of, said as a state ("clip 2 is too fast", "the second part is a bit quick", 第二段太快了, 有点快,
     * 快了点): it asks for the other pace (not "faster", which asks for more of it; nor "第二段快点"). Not said of what
     * moves in it ("the first clip moves too fast", "clip 2 goes too fast": what is filmed, maybe).
     */
    tooFast: /(?<!\b(?:go|goes|going|went|move|moves|moving|moved|run|runs|running|ran)\s+(?:by\s+)?)\b(?:too|way too|far too|a (?:bit|touch|tad|little|wee bit)(?: too)?|kinda|kind of|rather|overly) (?:fast|quick|rushed|speedy|hurried)\b|\b(?:feels|looks|seems|is|goes by) (?:so )?rushed\b|(?:太|过于?|有点儿?|有些|稍微有点|偏)快|(?<![再更加放变调])快了(?:一?点儿?|些)?$|快得/,
    /** Slower than wanted, said as a state ("clip 2 is too slow", "a bit sluggish", "the third clip feels slow", 第二段太慢了, 有点慢, 慢了点). */
    tooSlow: /(?<!\b(?:go|goes|going|went|move|moves|moving|moved|run|runs|running|ran)\s+(?:by\s+)?)\b(?:too|way too|far too|a (?:bit|touch|tad|little|wee bit)(?: too)?|kinda|kind of|rather|overly) (?:slow|sluggish)\b|\b(?:feels|looks|seems|is) (?:so |really |very )?(?:slow|sluggish)\b(?![- ]?mo)|(?:太|过于?|有点儿?|有些|稍微有点|偏)慢|(?<![再更减放变调])慢了(?:一?点儿?|些)?$|慢得/,
    /** A pace asked in so many words ("faster", "speed it up", 加速, 快点; "slower", "slow-mo", 减速, 慢放). */
    faster: /\b(?:faster|quicker|speed (?:\w+ )?up)\b|加速|快/,
    // "lower the speed", "decrease the playback speed", 降低速度: the pace lessened is slower (not the default faster).
    slower: /\bslow|减速|慢|降速|降低(?:播放)?速度|速度(?:降低|调低|放低)|\b(?:lower|reduce|decrease|drop|lessen)(?:s|ed|ing)? (?:the |its |their |my |our )?(?:playback )?(?:speed|pace|tempo)\b/,
    /** "slow it down", "slow clip 3 down", 放慢, 减速: slowing down as a verb (not "slow as molasses", "贼慢": a pace described). */
    slowedDown: /\bslow(?:s|ed|ing)?\s+(?:[a-z\d']+\s+){0,4}?down\b|放慢|减速|降速/,
    /**
     * A moment's new place: first ("put the last bit first", "move it up to open the video", "the houses must open the
     * video, they are in the third moment") or last in the clip.
     */
    toStart: /\bto (?:the )?(?:very )?(?:first|start|beginning|front|top|opening)(?: (?:position|place|spot|slot))?\b|(?<=\b(?:put|move|stick|place)\b[^,]*\b(?:bit|piece|chunk|one|part|section|clip|scene|shot|segment|moment)) first\b|(?<=\b(?:bit|piece|chunk|one|part|section|clip|scene|shot|segment|moment)(?: \d+)? (?:moved|put|placed|shifted)) first\b|\b(?:to|should|must|needs? to|has to|ought to) (?:open|start|begin|kick off) (?:the (?:video|clip|film|reel|demo)|it|things)\b(?! up\b)|\bup (?:the )?front\b|\bfirst (?:position|place|spot|slot)\b|\b(?:come|comes|go|goes|be)(?: up)? first\b|(?:放|挪|移|提|调|跑|拿)?到(?:最)?(?:前面|开头|第一)/,
    toEnd: /\bto (?:the )?(?:very )?(?:end|last|back|bottom|close)(?: (?:position|place|spot|slot))?\b|\b(?:should|must|needs? to|has to|ought to) (?:close|end|finish|wrap up) (?:the (?:video|clip|film|reel|demo)|it|things)\b|(?<=\b(?:put|move|stick|place)\b[^,]*\b(?:bit|piece|chunk|one|part|section|clip|scene|shot|segment|moment)) last\b|\blast (?:position|place|spot|slot)\b|\b(?:come|comes|go|goes|be) last\b|(?:放|挪|移|调|跑|拿)?到(?:最)?(?:后面|结尾|末尾)/,
    /** A moment named by its place with an everyday noun ("that third bit", "the last piece", "third fragment"). */
    moment: /\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|final)\s+(?:bit|piece|chunk|one|part|section|clip|scene|shot|segment|moment|fragment|snippet)\b/,
    /**
     * A moment named apart by its place and a word or two of what it shows ("the second torch trick, …", "…, that
     * first solo"): a piece of its own between commas (NO_MOMENT_NOUN: not "the last few seconds", "the first half").
     */
    momentApart: new RegExp(String.raw`(?:^|(?<=,\s*))(?:the|that|this)\s+(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|final)(?:\s+(?!(?:${NO_MOMENT_NOUN}|of)\b)[a-z'-]+){1,2}(?=\s*(?:,|$))`),
    /**
     * The length a moment is made, said with a verb or a word that sets it ("make it 4 seconds", "I want it 10 seconds
     * exactly", "8 seconds long, no more"); not a point in it ("at 4 seconds") nor a length more or less than it has.
     */
    lengthTo: new RegExp(String.raw`\b(?:to|be|make (?:it|that|this|un|her|him|(?:the )?(?:[a-z]+ ){0,2}(?:${MOMENT_NOUN})(?: #?\d+)?)|(?:want|need|keep|have|get) (?:it|that|this|un)(?: to be)?|only|just|exactly|precisely)\s+(?:(?:exactly|precisely|only|just|about|around|roughly|like)\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b(?!\s+(?:off|shorter|less|longer|more|from|in|into|later|earlier|before|after)\b)|\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+(?:long|exactly|flat|max|tops|total|in length)\b`),
    /** A length taken off a moment ("cut 3 seconds from it", "trim 2 seconds off its tail", "shorter by 2 seconds"). */
    lengthOff: /\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+(?:off|shorter|less|from)\b(?!\s+than\b)|\bby\s+(?:about |like |around )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b|\b(?:cut|trim|chop|shave|take|lose|drop|remove|snip)(?: off| out)?\s+(?:about |like |around |another )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b/,
    /**
     * A length added to a moment ("extend clip 2 by a second", "lengthen it by 2 seconds", "2 seconds longer", 延长2秒):
     * no length taken off it ("by 2 seconds" says how much, not which way), and where its source runs on is not known here.
     */
    lengthened: /\b(?:extend|extends|extended|lengthen|lengthens|lengthened|longer|stretch|stretches|stretched|prolong|prolonged)\b|延长|加长|拉长|长一点|长一些|长点/,
    /** Where in a moment a length comes off other than its end ("from the start of clip 2", "off the middle"): no trim of it. */
    notAtEnd: /\b(?:start|beginning|front|head|opening|middle|centre|center)\b/,
    /** More than one of a part, or a list of requests ("both in the middle", "1) 60 seconds, 2) …"). */
    several: /\b(?:both|each|every|all of)\b|\b[1-9]\)|两个都|各自|各(?=\s*[\d一二两三四五六七八九十半])/,
    /** "都三秒", "都是三秒", said after two things just listed: each of them (a length opening with 都, nothing else). */
    allListed: /^\s*(?:两个)?都(?:是)?\s*[\d一二两三四五六七八九十半]/,
    /** The background of the scene filmed, no background of the draft ("the bride's ex in the background of the shot"). */
    scene: /\b(?:in|from|into|of|out of|behind) the background\b|\bbackground (?:from|of|behind)\b|背景(?:中|里|上)的?/g,
    /** Another time than now: what was, or what the user will do ("yesterday the music was too quiet", "later"). */
    otherTime: /\b(?:later|yesterday|last time|earlier|tomorrow|myself|was|were|used to)\b|以后|之后|昨天|上次|自己|没|哪/,
    /** A judgement of a part, which does not say what to change ("the title at the top is wrong", 中间的字幕不对, 第二段不太快). */
    judged: /\b(?:bad|wrong|off|fine|good|better|great|nice|ok|okay|perfect|typo|misspell\w*|ugly)\b|不对|不错|错|好看|挺好|难看|不(?:太|算|怎么|是很)[快慢]/,
    /** A part added: the grammar reads what it takes (words, a file), never a change of the one there is. */
    add: /\b(?:add|insert|put in|throw in|stick in|include)\b|加(?!快|速|大|长|强)|添|打(?:个|一?行|几个)?字|上字幕/,
    /** What stays as it is. */
    kept: /\b(?:keep|leave|stay|stays)\b|保留|留着|别动|不用改/,
    /** The words a text becomes, said before them in quotes ("change to 'X'", 改成「…」). */
    renamedTo: /\b(?:to|into|as)\s*["'“‘「『]|(?:成|为)\s*[“"'‘「『]/,
    /** A question about the tool or about what was done, no request ("why did you…", "how do I…", 怎么…). */
    askedAbout: /^(?:why|how|what|when|where|who|did|does|do you|is there|are there|was|were|has|have)\b|为什么|为啥|怎么|如何|多久|多少|什么时候/,
  },
  /** "an ordinary mp4", "a plain webm": a file's kind said as the usual one of it, no other request. */
  plainKind: /\b(?:ordinary|normal|regular|standard|plain|basic|simple|usual|classic|good old)\b/g,
  /**
   * A clause beside a request that asks for nothing: why ("病房里太吵了", "I burned my finger there"), what for ("放内网用",
   * "给董事会看的", "让大家看清手法"), a greeting or a word about oneself ("你好，我是新来的"). Its frames are read away
   * first (what it is for, a "because"); what is left must hold no edit verb, figure, quote, comparative or "also", and
   * may name only the parts of the draft the request beside it changes (a reason about the music beside a music edit).
   */
  aside: {
    /**
     * "…, so set it up for that", "make it that shape", "send me one of those": a request pointing back at the shape, size or
     * file the message named, which what was read from that already makes.
     */
    pointedBack: /^(?:(?:so|and|then|just) )?(?:please )?(?:(?:set|make|size|format|get|do|have) (?:it|this|that|the (?:video|clip)) (?:up )?(?:for (?:that|it|them|those|this)|(?:in )?that (?:shape|size|format|resolution|way)|like that|to (?:fit|match)(?: (?:that|it|them|this))?)|(?:send|give|get|make) (?:me|us) (?:one of (?:those|these|them)|that)|one of (?:those|these|them))(?: (?:please|pls|too|then|as well))?[.!]*$/,
    /** Where a reason for a short clip may open (lengthWhy): "cause nobody watches…", "people scroll…", 没人会看…. */
    lengthWhyOpens: /\b(?:cause|because|coz|cuz|cos|since|nobody|no one|noone|people|folks|viewers|everyone|everybody|no way)\b|因为|没人|没有人|谁都不|大家都不|观众/g,
    /**
     * Why the clip is to be short, with the length people will not sit through: "nobody's watching me talk for 3 mins",
     * "people scroll past anything over a minute", "no one sits through 5 minutes", 没人会看5分钟的: beside the clip's
     * length, no length of its own (not "nobody talks for 3 seconds, cut that", a stretch named; nor without a length,
     * "nobody watches the intro, cut it", 没人动的地方跳过去).
     */
    lengthWhy: /^(?=[^,;]*\d)(?:(?:cause|because|coz|cuz|cos|since|as)\s+)?(?:nobody|no one|noone|nobody's|no one's|people|folks|viewers|everyone|everybody|no way (?:anyone|people))\b(?:(?!\b(?:cut|remove|delete|drop|trim|speed|skip (?:it|that|those|them))\b)[^,;])*\b(?:watch\w*|sit\w* through|scroll\w*|bored|care\w*|attention|patience|skip\w*)\b|^(?=[^，,。]*\d\s*(?:秒|分))(?:因为)?(?:没人|没有人|谁都不|大家都不|观众都?不)[^，,。]{0,8}(?:看|刷|等|耐心|划走)/,
    /** "一分钟太长了点", "三十秒有点太短": a length judged too long (长, 久) or too short in Chinese, and which way. */
    lengthJudgedZh: /((?:\d+(?:\.\d+)?|[一二两三四五六七八九十百半]+)\s*(?:秒钟?|分钟|分半钟?))\s*(?:的话|也|还是|实在|真的|确实|有点|有些)?太(长|久|短)/g,
    /**
     * "make it 25 seconds, 35 is too long", "…, 30s was way too short": beside the length asked, another length (the one
     * there is, or was tried) judged too long or too short is why, no length of its own.
     */
    otherLengthJudged: /^(?:(?:and|but|because|cause|cos|coz|since|as) )?(?:the )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)?(?: one| version| cut| clip)? (?:is|was|'s|feels|felt|seems|seemed) (?:(?:way|much|far|a bit|a little|kind of|kinda|just|still|definitely) )?too (?:long|short)$/,
    /**
     * "make it 60 seconds. NOT 61.", "…, no more, no less", "not about 45": beside the length asked, the figure insisted
     * on (another refused, or none more or less), no length of its own.
     */
    lengthInsisted: /^(?:(?:and|but) )?(?:not|no|never) (?:(?:a|one|1) (?:single )?second |(?:about|around|roughly|like|approximately) )?(?:\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)?|more|less|longer|shorter|over|under)(?:,? (?:and )?(?:not|no) (?:(?:a|one|1) (?:single )?second )?(?:more|less|longer|shorter|over|under))?$/,
    /**
     * "i want both", "both pls", "I need the two of them": both files asked for, beside the two exports that make them,
     * no request of its own (beside one export, or music, it may ask for what was not read: unread). "both" alone is
     * left to the reading of the exports ("export mp4 and then gif, both": two files).
     */
    bothWanted: /^(?:(?:so|and|coz|cuz|because|cause)\s+)?(?:(?:i|we)\s+(?:want|need|wanna|would like|'d like|will need|'ll need)\s+(?:(?:them\s+)?both|the two(?: of them)?)(?:\s+(?:of them|versions|files|copies|please|pls|plz|thanks|thx))*|(?:both|the two)(?:\s+(?:of them|versions|files|copies))?\s+(?:please|pls|plz))$/,
    /**
     * "the video has 3 parts", "Video have 3 part": how many parts the draft has, told before what is asked of them; "I
     * dropped the file in", "we've uploaded the video": the upload told; "it's too dark, but okay": a fault let be.
     */
    partsCounted: new RegExp(String.raw`^(?:(?:the|my|our|this) )?(?:video|recording|footage|draft|film|timeline)`
      + String.raw`(?:'s| has| have| has got| got| is in| comes in| consists of| is made of)`
      + String.raw` (?:\d|one|two|three|four|five|six) (?:${MOMENT_NOUN}|bit)s?$`),
    uploadTold: new RegExp(String.raw`^(?:i|we)(?:'ve| have)? (?:just |already )?`
      + String.raw`(?:dropped|dragged|uploaded|attached|imported|loaded)(?: in| up)? (?:the|my|our|this|that)`
      + String.raw` (?:file|video|recording|footage)s?(?: in| into the editor| here| in here| already)?$`),
    faultLetBe: new RegExp(String.raw`^(?:(?:it|this|that)(?:'s| is)|is) (?:a (?:bit|little|touch) |kinda |slightly )?`
      + String.raw`(?:too |a bit too )?(?:dark|bright|shaky|blurry|noisy|grainy|loud|quiet|long|short|slow|fast)[,;]?`
      + String.raw` but (?:it's |that's )?`
      + String.raw`(?:ok(?:ay)?|fine|whatever|no matter|never mind)$`),
    /**
     * "放 Instagram", "发到B站上", "贴小红书用的": the platform the clip is put on, beside a shape asked outright only where it
     * goes (beside none, it may be the shape asked: "放到抖音" alone is read as its shape; "剪30秒，放 Instagram" is asked);
     * "发朋友圈好看点": with how it looks there, which the shape is for.
     */
    postedTo: new RegExp(String.raw`^(?:我|我们)?(?:要|会|准备|打算|想)?(?:放|发|传|上传|发布|投|贴|挂|拎去|拿去|用在|用于)(?:到|去|在|上)?\s*${POSTED_PLACES}(?:\s*(?:和|跟|与|及|以及|、)\s*${POSTED_PLACES})*(?:的\s*(?:${PLATFORM_NAMES}))?\s*(?:上|里|专页|主页|账号)?(?:的|用|去)?`
      + String.raw`(?:(?:会|才|更|比较)?(?:好看|美观|顺眼|合适)(?:一?点|一些|些)?(?:嘛|吧|啊)?)?$`),
    /**
     * "像翻完最后一页那样", "像天慢慢亮起来似的": what the request beside it is to look like, said as an image (its words, 最后
     * or 慢慢, are the image's, no part of the draft); one likening it to another moment or an earlier version (像第一段一样,
     * 像上次那样) or to 这样 / 那样 may ask something, so it stays unread.
     */
    likeness: /^(?:就|要|得)?像(?![这那])(?![^，,。]*(?:段|第|上次|之前|刚才|原来|上一?版))[^，,。\d]{1,14}?(?:一样|那样|似的|一般)$/,
    /**
     * "成片宜静", "画面宜留白", "以前放电影讲究换本不露白", "片子贵在简洁": a precept of the craft (宜, 忌, 讲究, 贵在) said
     * beside the request that follows it; one whose rule is a shape, a length, a pace or a level the editor sets (片子宜短,
     * 画面宜竖) may be the request itself, so it stays unread.
     */
    precept: /^[^，,。\d]{0,12}?(?:(?<![便适事])宜|切忌|最忌|(?<![顾禁])忌(?!讳)|讲究|讲求|贵在|重在)(?![^，,。]*[短长快慢竖横方大小响轻高低])[^，,。\d]{1,12}$/,
    /**
     * "店里做gelato的过程", "包粽子的全过程", "Final year project demo video", "our bakery morning routine footage": what
     * the footage is of, named before the clip of its best moments is asked (beside that clip only: "拌馅的过程，加速"
     * may speed up that stretch). No other, first or last video, no file kind, no edit verb; but for what the user's
     * people are seen doing ("俺们剪窗花这段": a verb, its object, then this part; not 那段, which may point at one), naming no part of
     * the draft.
     */
    topicNamed: new RegExp(String.raw`^${SELF_ZH}(?![^，,。]*(?:${REMOVABLE_ZH}|开头|结尾|中间|第))[^，,。\d\s]{2,8}?`
      + String.raw`(?<![删剪切砍裁掉了去成好完过加放])这一?(?:段|个视频|条视频)$|^(?![^，,。]*(?:删|去掉|剪|切|砍|裁|加(?!载)|快|慢|移|挪|换|改|留|要|只|第|别的|其他|另))[^，,。\d]{2,14}?的全?(?:过程|流程|经过)$|^(?!(?:${IMPERATIVE_VERBS})\b)(?![^,.;]*\b(?:other|another|first|second|third|last|old|new|original|previous|next|both|gif|mp4|webm)\b)(?:[a-z'-]+ ){1,5}(?:video|vid|demo|recording|footage)$`),
    /**
     * "wrong drill", "that was the wrong take", "wrong recipe there": what a moment shows called the wrong one, beside
     * its removal, is why it goes; "wrong clip", "wrong one" may say the request named the wrong moment: unread. "模特走错位了",
     * "主持人念错词了": someone filmed doing it wrong, the same (not an edit done wrong: "删错了", "点错了").
     */
    wrongShown: new RegExp(String.raw`^(?!第)(?![^，,。]*(?:删|剪|切|加|改|调|换|放|移|挪|点|按|撤|弄|搞))[^，,。\d]{1,8}?`
      + String.raw`(?:走|站|说|念|讲|拿|穿|摆|跳|唱|读|写|报|拍|背)错(?:了|位置?|地方|词|台词|字|方向|动作|路|台|场|门|拍)*$|`
      + String.raw`^(?:(?:it's|it is|that's|that is|that was|it was|this is|this was)\s+)?(?:the |a )?wrong (?!(?:(?:${MOMENT_NOUN})s?|ones?|numbers?|order|place|spot|files?|videos?|uploads?|way|versions?|edits?|changes?|steps?|times?|side|end)\b)[a-z'-]+(?: (?:there|in it|in that one))?$`),
    /**
     * "恁给换一下", "把原来那个替换了", "旧的替换掉", "replace the old one": the request beside it (a new title, a new value
     * set) said again as a replacement of what was there, no object of its own.
     */
    replacedAgain: /^(?:恁|您|你)?(?:给|帮我|给我|帮忙)?(?:(?:把|将)?(?:原来|之前|以前|旧|老)的?(?:那个|那条|这个|那句)?(?:给)?)?(?:换|替换|改|更换)(?:一下|下|掉|了|吧)*$|^(?:(?:and|just|please) )?(?:replace|swap out|swap) (?:the old one|the (?:old|previous|current|existing) (?:one|title|text|value)|what(?:'s| is| was) there)$/,
    /**
     * Clauses that ask nothing by their kind, beside a request read (asides.ts: asksNothing): the user's feeling after
     * what brought it on ("弄了半天好恼火", "搞了一上午烦死了"), a nudge at how the editor works ("莫慌", "慢慢弄", "撇脱点",
     * "不急"), an "all right?" asked of the request ("中不？", "行不行", "可以伐"), the footage named before the clip of its
     * best moments ("酒厂航拍加葡萄园的", "千手观音那段素材"), or that clip asked again with what it is about ("我想做一个
     * 视频介绍泰国零食", "I want 做一个 video"). None holds a figure, a place, a time or a "no" of a part of the draft:
     * what the feeling is about is judged as any aside's words are ("音乐好烦" beside a zoom stays unread), and the
     * footage named holds no part word, no choice (只要, 别的) and no edit verb (加 between two names is "and"). A shot
     * said to shake ("镜头晃得很") is why a zoom beside it changes.
     * What cannot be seen or heard ("no can see da words", "I can't read the title") is why the request beside it
     * changes that part: its words are judged as any aside's are ("can't see the title" beside the music changed stays
     * unread).
     */
    asksNothing: {
      feeling: /^([^，,。\d]{0,8}?)(?:好|太|真|贼|很|有点|快|真的|实在)?(?:恼火|冒火|烦人|烦死|烦|气人|气死|头疼|头大|崩溃|郁闷|无语|心累|抓狂|火大|累死|累人|急死|着急|难受)(?:了|啊|呀|哦|哟|人|死了|得很|得要命)*[!！]*$/,
      nudge: /^(?:莫|别|不要|不用|甭|勿|不)(?:慌|急|着急|赶|慌张)(?:哈|啊|嘛|哦|呀|哟)?$|^(?:慢慢|慢慢儿|不急|不着急|你慢慢)(?:来|弄|整|搞|做|剪)?(?:哈|嘛|吧|啊|哦)?$|^(?:撇脱|麻利|利索|爽快|干脆|快当|利落)(?:点|一点|些|一些)?(?:哈|嘛|啊|哦)?$/,
      okAsked: /^(?:中|行|好|成|可以|得|要得|ok)不(?:中|行|好|成|可以|得)?(?:啊|呀|嘛)?[?？]*$|^(?:中|行|可以|好|成|要得|ok)(?:吗|么|嘛|伐|不|没)[?？]*$/,
      footageNamed: /^(?![^，,。]*(?:第|只|就|要|留|别的|其他|其它|另|这个|那个|前|后|头|尾|中间|最|竖|横|方))[^，,。\d]{2,12}?(?:的|的素材|那段素材|那些素材|素材|的视频|的片子|的录像)$/,
      shaken: /^(?:镜头|画面|手|相机|手机|拍得|拍的)?(?:有点|太|好|一直|老是?|总是?)?(?:晃|抖|颠)(?:得很|得厉害|得要命|得不行|来晃去|个不停)(?:了|啊|呀)?$/,
      unseen: /^(?:(?:i|we|you|people|viewers|nobody|no one|they) )?(?:can't|cant|cannot|can not|couldn't|no can|can hardly|can barely) (?:really )?(?:see|read|hear|make out) (.+)$/,
      videoMade: /^(?:[^\s，,。]{1,10}\s+)?(?:我|我们|i|we)?\s*(?:想|要|想要|打算|准备|want|wanna|want to|would like to|'d like to)?\s*(?:做|make|拍)\s*(?:一个|一?个|一条|一支|一段|a)?\s*(?:短)?(?:video|视频|片子|短片|vlog)(?:\s*(?:关于|介绍|讲|卖|推广|宣传|about|on)\s*[^，,。\d]{0,20})?$/,
    },
    /** "boleh?", "can or not?": "can?" asked alone after a request (alone, unread). */
    canAsked: new RegExp(String.raw`^${CAN_ASKED}$`),
    /**
     * "院子的全景放开头更好", "放最后比较好": where a moment is moved said better there (its start, or its end), why it is
     * moved there; not a text, the music, a card or the background said so ("标题放开头更好"; 片头 is a place here, so of
     * LAID_ON_ZH only TEXT_OR_MUSIC_ZH).
     */
    placedBetter: new RegExp(String.raw`^(?![^，,。]*(?:${TEXT_OR_MUSIC_ZH}|卡|背景))[^，,。\d]{0,12}?(?:放|挪|搁|摆|移)(?:在|到)?(?:(开头|最前面?|前面|片头)|结尾|最后面?|后面)(?:会|就)?(?:更|比较|会更|还)?(?:好|合适|顺)(?:一点|一些|些|点)?(?:吧|啊|呀|哦)?$`),
    /**
     * "I want it to start directly", "it should kick in straight away", "let it end abruptly", "直接开始": the music or
     * the video said to start or end at once, beside the fade taken off that end, says that again.
     */
    atOnce: /^(?:(?:(?:i|we) (?:want|need|'d like|would like) (?:it|the (?:music|song|track|bgm|video|clip)) to|(?:it|the (?:music|song|track|bgm|video|clip)) (?:should|must|has to|needs to|can)|let (?:it|the (?:music|song|track|bgm|video|clip))) )?(?:just )?(start|begin|come in|kick in|open|end|stop|finish|cut (?:off|out))s? (?:directly|straight away|right away|immediately|at once|instantly|abruptly|suddenly|sharply|dead|at full volume)$|^(?:要|就)?(?:直接|马上|立刻|一下子)(开始|进|响起?|起|结束|停)(?:吧|就行|就好)?$/,
    /**
     * "突出树上的猴群", "看清楚他的手法", "为了展示细节": what a zoom is to show, said beside it (not "突出一点", more of it).
     */
    // ("给人看黄梨切开的样子": shown to the viewers.)
    // (Not "给人看清楚第二段": what is shown names a moment, no reason beside the zoom.)
    zoomedFor: new RegExp(String.raw`^(?:为了|好|以便|用来)?(?:突出|凸显|强调|展示|看清楚?|看得清楚?|(?:给|让)(?:人|大家|观众|别人|客人|顾客)看(?:看|清楚?|到)?)(?!一?点|一些|些)${NO_MOMENT_AHEAD_ZH}[^，,。\d]{2,14}$`),
    /**
     * "绣片边都切掉了", "头给裁没了", "字被切了": a part of the picture cut off now, beside a zoom taken back or less, or bars
     * instead of a crop, which shows it again (the English, "the edges are cut off", is a statement).
     */
    croppedNow: /^(?!第)(?![^，,。]*(?:段|秒|开头|结尾|片头|片尾))[^，,。\d]{0,8}?(?:边|边缘|四周|两边|两侧|头|脸|字|手|脚|顶|底)(?:都|全|给|被|也)*(?:切|裁|截|剪)(?:掉|没)?了(?:啊|呀|呢)?$|^(?!第)[^，,。\d]{0,6}?看不(?:到|见|全)(?:全部|所有|整个|全)[^，,。\d]{1,6}$/,
    /** "取「要發」之意", "图个吉利", "谐音要发": what a figure beside it means (for luck), its words quoted or not. */
    meaning: /^取\s*[^，,。\d]{0,8}?\s*(?:之意|之义|的意思|的寓意|的彩头)$|^(?:图个|寓意|谐音)\s*[^，,。\d]{0,8}$/,
    /**
     * "the typing test is the best part", "the sound of the guitar is the whole point", 揉面那段是精华: what of the footage
     * matters most, said as what is (why the request beside it keeps, shows or lets it be heard), nothing after it; one
     * opening with an edit verb ("keep what is the best part") is a request.
     */
    highlight: new RegExp(String.raw`^(?!(?:(?:please|pls|just|only|now|then|also)\s+)*${IMPERATIVE_VERBS}\b)(?:[\p{L}'-]+\s+){1,6}?(?:is|are|was|were|'s)\s+(?:(?:really|honestly|basically|literally|obviously|clearly|kinda|kind of)\s+)?(?:(?:the|my|our)\s+(?:(?:whole|entire|main|best|key|fun|good|funniest|coolest|only|real|favou?rite)\s+)+(?:point|part|bit|moment|thing|highlight|reason|draw)|the (?:star|heart|highlight|money shot)(?: of (?:the show|it))?|what (?:matters|counts))(?:\s+(?:of|in)\s+(?:it|this|the (?:video|clip|whole thing)))?$|^[^，,。]{1,12}?(?:是|就是|才是)(?:整个|全片|视频|这个视频)?(?:的)?(?:重点|精华|亮点|看点|灵魂|最精彩的(?:部分|地方)?)$`, 'u'),
    /**
     * "keep all the talking", "retain every word I say": the speech a removal of the silences leaves, said to stay; "keep
     * only where something happens", the stretches it leaves, named by where they are (no noun).
     */
    speechKept: /^(?:and |but |just |please )*(?:keep|retain|preserve|leave in|don't lose) (?:all|every|everything)(?: of)?(?: (?:the|my|our))? ?(?:talking|talkin'?|speech|speaking|words?(?: (?:i|we) (?:say|said))?|narration|dialogue|commentary|voices?|(?:i|we) (?:say|said))(?: in)?[.!]*$|^(?:(?:and|but|just|only|please) )*(?:(?:keep|retain|leave in) )?(?:only |just )?(?:all )?(?:the |those )?(?:other (?:parts|bits|stretches|sections|portions)|(?:parts|bits|stretches|sections|portions|everything|stuff) (?:where|when|that|which|with) (?:i'm |i am |i |we're |we |there's |there is |it has me |has me |have me )?(?:something|somethin'?|stuff|things?|anything|talking|talkin'?|speaking|doing|moving|going on|happening|happenin'?)[^.!?]*)[.!]*$|^(?:(?:and|but|so|just|only|please) )*(?:keep|retain|leave in|show) (?:(?:only|just) )?(?:where|when|what) (?:there's |there is |i'm |i am |i |we're |we |it's )?(?:something|somethin'?|stuff|things?|anything|talk|talks|talking|talkin'?|speak|speaks|speaking|doing|moving|going on|happening|happenin'?)[^.!?]*[.!]*$|^(?:只|就|光|净)?(?:保留|留下|留着|留|要)(?:有|在)(?:操作|动作|声音|说话|讲话|动静|人(?:在)?(?:干活|做事|说话|讲话|操作|动))(?:的|哩|滴|嘅)(?:部分|地方|片段|时候)?$/,
    /** "第一段（开箱）保留", "第二段留着": moments said to stay, no verb else (kept beside the removal of others). */
    keptMoment: new RegExp(String.raw`^(?:第\s*[\d一二三四五六七八九十]+\s*(?:段|个片段|个)\s*[和、跟与]?\s*)+(?:都|就|先|还是)?(?:保留|留着|留下|不动|别动|不变)$|^(?:the\s+)?(?:(?:${MOMENT_NOUN})\s*#?\s*\d+|(?:first|second|third|fourth|fifth|last) (?:${MOMENT_NOUN}))\s+(?:${STAYS}|stays? (?:as it is|as is|the same|untouched))[.!]*$`),
    /**
     * "伞面撑开那一下", "信号机那个点", "刻刀走石之处", "手那里", "交换戒指那儿" (交换, exchanging, no 换 that swaps): a point of the footage named by what happens there (or by the place
     * in the picture where it does), no edit verb in it; "the diving part", "the bit where the cork pops", the same in English
     * (a zoom beside it says when, or follows the action there).
     */
    pointShown: /^(?!第)(?![^，,。]*(?:删|去掉|剪|切掉|砍|裁|加(?!载)|静音|关掉|(?<!交)换|改成|秒|分钟|\d:\d))[^，,。]{1,14}?(?:(?:那|这)(?:一下子?|一?个点|一刻|一?瞬间|个?时候|一幕|一?个镜头|里|儿|块)|的(?:地方|时候|瞬间|那一?下))$|^(?:the|that|this)\s+(?![^,.]*\b(?:first|second|third|fourth|fifth|last|next|middle|opening|closing|start|end|beginning|final|other)\b)(?:(?:[a-z'-]+\s+){1,2}(?:part|bit|moment|shot|spot|scene)|(?:part|bit|moment|shot|spot|scene)\s+(?:where|when)\s+[^,.!?\d]{1,40})$/,
    /**
     * "刻刀的声音留着", "汽笛声留着", "keep the chanting", "leave the crowd noise in": a sound of the scene filmed said to stay
     * (heard in the recording's own sound; no music).
     */
    // ("翻醅的声音圪嚓圪嚓，留着，…三成": the sound named by how it goes, then kept, said apart.)
    keptSceneSound: /^(?!第)(?![^，,。]*(?:音乐|配乐|bgm|歌))[^，,。\d]{1,8}?(?:的(?:声音|声儿?)|(?<!的)声儿?)(?:要|都|就|还是|得)?(?:保留|留着|留下|别关|不要关)$|^(?:要|都|就|还是|得)?(?:保留|留着|留下)(?:吧)?$|^(?!第)(?![^，,。]*(?:音乐|配乐|bgm|歌))[^，,。\d]{1,8}?的(?:声音|声儿?)\s*(?:([\u4e00-\u9fff]{1,2})\1|([\u4e00-\u9fff])\2([\u4e00-\u9fff])\3)$|^(?:(?:and|but|just|please) )?(?:keep|leave)(?: in)? (?:the |all the )?(?![^,.]*\b(?:music|bgm|soundtrack|songs?|zoom\w*|fad\w+|crossfad\w+|duck\w*|blur\w*|opening|ending|beginning|\w*thing)\b)(?:[a-z'-]+ )?(?:[a-z'-]+ing|(?:[a-z'-]+ )?(?:sounds?|noises?))(?: in)?(?: please)?[.!]*$/,
    /**
     * "Only the calmest, clearest parts.", "keep the bits where I'm playing", "select the most informative sections": which
     * stretches the best moments are, said beside the clip of them (the engine picks them itself): no other request.
     */
    // "要最红火的", "挑最好笑的那些": the zh the same, the most of something the parts are picked for; "挑好看滴段落",
    // "选些有意思的片段": or only what they are like (its 的 as the dialects say it), no place or length.
    // "整一个三十秒的 把打包那些最带劲的地方剪出来嗷", "挑最精彩的片段剪出来": the most of something cut out or picked, after
    // the length, is the same.
    // "挑好看的", "选些好玩的": what the parts picked are like, said bare.
    bestPicked: /^(?:只|就|专)?(?:挑|选|拣|捡)(?:些|点|一些)?(?![^，,。]*[短长快慢前后头尾中第])[^，,。\d的滴嘅]{1,4}(?:的|滴|嘅)$|^(?:把|将)?[^，,。\d]{0,8}?(?:那些|这些)?最(?![短长快慢大小响轻新后近早先前])[^，,。\d的]{1,4}的(?:部分|片段|地方|镜头|段落?)(?:都|全)?(?:给我|帮我)?(?:剪|挑|拿|选|找|弄|整|搞)出来(?:嗷|啊|吧|哈|呀|哦|噢|喔)?$|^(?:要|挑|选|留|只要|就要|只留|专挑)(?:那些|这些)?最(?![短长快慢大小响轻新后近早先前])[^，,。\d的]{1,4}的(?:部分|片段|地方|镜头|段落?|那些)?$|^(?:只|就|专)?(?:挑|选|拣|捡|留)(?:出|些|点|一些)?(?:那些|这些)?(?![^，,。]*[短长快慢前后头尾中第])[^，,。\d的滴嘅]{1,4}(?:的|滴|嘅|嘞|哩)(?:部分|片段|地方|段落?|画面)$|^(?:(?:只|就)?(?:保留|留下|留着|要|挑|选))?[^，,。\d]{0,10}?(?:那些|这些|那几下|那几个|那几段|好镜头|好的镜头|(?:关键|精彩|重点)(?:的)?(?:片段|镜头|部分)|精华)(?:都|全)?(?:要?留着|保留|要|留下|(?:挑|选|放|剪|拿)进去)?$|^(?:(?:and|but|so|please|pls|kindly) )*(?=(?:only|just|keep|pick|select|choose|use|take|grab|include|go for|stick to|stick with|focus on) )(?:(?:only|just) )?(?:(?:keep|pick|select|choose|use|take|grab|include|go for|stick to|stick with|focus on) (?:only |just )?)?(?:the |those |them )?(?:[a-z'-]+,? (?:and )?){0,4}?(?:parts|bits|sections|moments|segments|stretches|scenes|shots|pieces|footage)(?: (?:where|when|in which|that|with|of) [^.!?]*)?[.!]*$/,
    /**
     * "动作要领都留着", "阿婆们跳舞的都留着", "讲解的部分保留", Cantonese "水底嗰啲靚位留返", "keep all the pages turning": what the footage shows said to
     * stay, no verb else; not a moment by its place (第二段留着), a part of the draft or a sound (their own readings), the
     * rest (keptRest's), nor words that edit.
     */
    contentKept: /^(?:(?:and|but|just|please) )?(?:keep|retain) (?:all )?(?:the |my |our )?(?!(?:rest|others?|music|audio|sound|voice|titles?|texts?|captions?|intro|outro|cards?|background|bars|zoom|clips?|moments?|parts|bits|sections|files?)\b)[a-z'-]+s [a-z]+ing[.!]*$|^(?!第)(?![^，,。]*(?:片头|片尾|开头|结尾|音乐|配乐|bgm|原声|声|标题|字幕|文字|背景|黑边|转场|其他|其余|剩下|别的|所有|全部|整|删|剪|切|去掉|加|换|改|放|快|慢|不))[^，,。\d]{1,10}?(?:部分|片段|地方|内容|镜头|位)?(?:都|全|就)?(?:要)?(?:保留|留着|留下|留返|留住)(?:吧)?$/,
    /**
     * "晚上太暗", "夜里拍的黑乎乎", "it was too dark at night": the footage filmed too dark to show anything, why idle stretches
     * go (idleWhile); not the picture of the draft ("画面太暗" may ask it brighter).
     */
    filmedDark: /^(?:晚上|夜里|夜晚|半夜|天黑(?:了|以后|后)?|傍晚)(?:拍的|的时候)?(?:都|也)?(?:太|很|有点|比较|特别|贼)?(?:暗|黑|看不清|看不见|黑乎乎|乌漆嘛黑)(?:了|的|啊)?$|^(?:it was |it's |its )?(?:way |much |really |so )?too dark (?:at night|in the evening|after sunset)$/,
    /**
     * "中间我去拿器材那会儿", "我接电话的时候": a while named by what went on then, no verb that edits in it (idleWhile
     * reads it beside the idle stretches taken out or sped up, which it is one of).
     */
    idleWhile: /^(?![^，,。]*(?:删|去掉|剪|切|砍|裁|加(?!载)|慢|快|放大|移|挪|换|改|静音|拿掉|留|要|只|第))[^，,。\d]{2,14}?(?:那会儿?|那阵子?|那时候?|的时候)$/,
    /**
     * "…, keep everything else as is", "leave the rest untouched": the rest said to stay as it is, which any request
     * leaves so (not "keep the rest", which only beside a removal is what it leaves).
     */
    restAsIs: /\b(?:as (?:it is|they are|is)|alone|untouched|unchanged)[.!]*$/,
    /**
     * "turn my voice down, leave the music", "remove the music, keep my voice", "…, the music stays": the other
     * sound said to stay as it is (the music, or the recording's own voice).
     */
    soundKept: new RegExp(String.raw`^(?:(?:and|but|just|please) )?(?:(?:keep|leave|don't touch) (?:the |my |our )?(?:background )?(?<kept>${MUSIC_NOUN}|${KEPT_VOICE_EN})|(?:the |my |our )?(?:background )?(?<stays>${MUSIC_NOUN}|${KEPT_VOICE_EN}) (?:stays|remains|can stay))(?: (?:as (?:it is|is)|alone|untouched|unchanged|the same|where it is))?(?: please)?[.!]*$`),
    /** "keep the rest", "leave the other parts as they are": what a removal leaves stays, which it does (no "keep it all"). */
    keptRest: /^(?:(?:and|but|just|please) )?(?:keep|leave|retain) (?:the rest|all the rest|everything else|all the others|(?:the |all the )?other (?:parts|bits|stuff|sections)|the remainder|whatever is left|what's left)(?: (?:of it|of the video))?(?: (?:as (?:it is|they are|is)|alone|in|intact|untouched|unchanged))?[.!]*$/,
    /**
     * "usually in Premiere I ripple delete the bad part", "In Camtasia I'd add SmartFocus", "in Clipchamp there is 'Fill'
     * and 'Fit'", "I'd use Smart Reframe in Resolve", "I've a recital recording out of iMovie": what the user does, what
     * there is, or what came, in or out of another editor (after a cry or a call of a word or two: "boy in capcut I does
     * …"), told beside the request here; a wish or a question to this editor in it ("in CapCut I'd like …, can you")
     * speaks to it, so it stays unread.
     */
    otherEditor: new RegExp(String.raw`^(?!${IMPERATIVE_VERBS}\b)(?:[a-z'-]+,?\s+){0,2}?(?:(?:usually|normally|typically|always|often|sometimes|back)\s+)?(?:in|on|with|using|over in)\s+(?:${OTHER_EDITORS})\b,?\s+(?:i|we|you|they|people|there|it)(?:'[a-z]+)?\b(?![^,;]*\b(?:${ASKED_HERE})\b)|^(?:i|we|you|it|this|that|the (?:file|video|recording|footage|clip|export))(?:'[a-z]+)?\s+(?![^,;]*\b(?:${ASKED_HERE})\b)[^,;]{1,60}?\b(?:in|on|with|using|out of|from|exported from)\s+(?:${OTHER_EDITORS})$`),
    /**
     * "here also same?", "here just make me a one-minute vlog", "can you do that here": this editor named, so what is told
     * of another one beside it is asked of this one too.
     */
    thisEditor: /\b(?:in |over )?here\b/,
    /**
     * "speed the idle parts 8x, keep em", "leave them in though": beside idle stretches sped up, the stretches said to stay,
     * which a speed-up does (it cuts none of them).
     */
    spedKept: /^(?:(?:and|but|just|please|still|so) )*(?:keep|leave|retain)(?: (?:em|'em|them|those|these|those (?:parts|bits)|all of (?:them|em)))(?: in| all)?(?: (?:though|tho|please|pls))?$/,
    frames: [
      // "For context, our brand colors are green and black", "some background: we're a four-person team": what the user
      // tells before asking, announced as such; the rest is judged as any aside is.
      /^(?:for context|some (?:background|context)|(?:a bit of |a little )?background|fyi|just so you know|for reference|for the record)\s*[,:]\s*(.+)$/,
      // "One more thought after sleeping on it: the clicks are hard to see", "another note: …", "PS: …": a further word
      // announced as such, before what it tells; the rest is judged as any aside is (a request there stays one).
      /^(?:(?:one|a few|some) more|another|a (?:last|final|quick)|(?:my )?last|(?:p\.?s|n\.?b)\.?)(?: (?:thoughts?|things?|notes?|points?|comments?))?(?: (?:after|from) (?:sleeping on it|thinking (?:about it|it over)|a (?:night's sleep|rewatch))| on reflection)?\s*:\s*(.+)$/,
      // "我第一次用这个工具", "第一次用", "刚下载的", "刚装好这个插件": a word about oneself (the one who says it left out or not),
      // not asked of the tool (read before "…用的", what a file is for): downloading or installing it just now is no file
      // asked for.
      /^(?:这是)?(我)?(?:是|们)?(?:第一次|头一回|头一次|刚开始|刚刚?|才)(?:用|使用|接触|玩|剪|做|下载|装|安装)(?:好|完)?了?(?:这个|这款|这)?(?:工具|软件|插件|产品|东西|app|视频|片子)?的?$/,
      // "first time here", "new to this app", "total beginner", "just installed this", "never used this before": the same in
      // English.
      /^(?:(?:i'm|im|i am|we're|we are)\s+)?(?:an?\s+)?(?:(?:total|complete|absolute)\s+)?(?:first[- ]time(?:r|\s+user)?|newbie|noob|beginner|new(?:\s+user)?)(?:\s+(?:here|to (?:this|it|the (?:app|tool|extension)|(?:video )?editing)|with (?:this|it)|using (?:this|it|the (?:app|tool|extension))|trying (?:this|it)))?$|^(?:(?:i|we)\s+)?(?:just|only just)\s+(?:installed|downloaded|found|got|started using)\s+(?:this|it|the (?:app|tool|extension))$|^(?:(?:i|we)(?:'ve|\s+have)?\s+)?never (?:used|tried|edited with) (?:this|it|the (?:app|tool|extension))(?: before)?$/,
      // "写字的时候笔尖想看得清楚些", "揉面的时候手看不太清": when in the footage, by what happens then (no moment by its place,
      // no edit verb), before the aside itself (the words of what happens, 写字, no text of the draft).
      /^(?!第)(?![^，,。]*(?:删|去掉|剪|切|裁|加(?!载)|静音|关掉|换|改|放大|缩小|音乐|配乐|字幕|标题))[^，,。\d]{1,8}?的时候(?:，|,)?\s*(.+)$/,
      // "want to show the other farmers the herd app", "drivers need to see how to log loads", "show how I change the oil",
      // "making a little video of how to order": what the video shows, and to whom; the subject, no edit of it.
      /^(?:(?:i |we )?(?:want|need|wanna|'d like|would like) to |(?:i'm |i am |we're |we are )?(?:making|doing) (?:a |the )?(?:little |short |quick )?(?:video|clip) (?:of|on|about|to show) )?(?:show|teach|explain to)? ?(?:(?:the |my |our |other |new )?[a-z'-]+ ){0,4}?(?:how (?:to|i|we|you|they) [^,.!?]*|the [a-z-]+ (?:app|tool|website|site|process|system|workflow|product))$/,
      /^(?:(?:the |our |my |new )?[a-z'-]+ ){1,3}(?:need|needs|want|wants|have|has) to (?:see|know|learn) how (?:to|i|we|you|they) [^,.!?]*$/,
      // "改主意了", "又想要了": the user's change of mind, kept as what it speaks of (the history: Words.aside.parts), so it
      // is the reason for a step back or forward beside it only ("第二段删掉，后悔了" may regret the removal: unread).
      /^(?:我|哎|唉)?(?:又|还是)?(?:改(主意)|(反悔)|(后悔)|(又想要)|(还是想要))了?$/,
      // "刚才弄得好好的咋乱了": fine a moment ago and messed up now, the reason for a step back (乱, kept: the history).
      /^(?:刚才|刚刚|之前|本来|原来)(?:弄|搞|整|剪|做)?得?(?:好好的|挺好的?|好端端的)[，,]?\s*(?:咋|怎么|咋个)?(?:又|就|突然|全)?(?:弄|搞|整)?(乱)(?:了|套了)?(?:呢|啊|呀)?[?？!！]*$/,
      // "刚才改错了", "删错了": an edit the user made by mistake, kept as what it speaks of (the history), so it is the reason
      // for a step back beside it only ("第二段删错了" names a moment: unread).
      // ("刚才那个zoom加错地方了": the part it was done to named, but no moment by its place; "頭先改錯咗": Cantonese 咗, 了.)
      new RegExp(String.raw`^(?:我|刚才|刚刚|之前|上一步)*(?:(?:那个|这个)?${NO_MOMENT_AHEAD_ZH}[^，,。\d]{1,8}?)?(?:改|删|调|加|剪|换|移|挪|关|弄|点|按|放)(错)(?:了|咗|地方了?|位置了?)?$`),
      // "巴适点", "攒劲些", "好看点", "干脆点", "简约一点", "精确一点": the result wished better in no way the editor can act on, beside the request that says how
      // ("smooth 一点": the word said in English).
      // ("能柔和一点吗": the same wish asked as a yes/no question.)
      /^(?:能|可以|能不能|可不可以)?(?:弄|整|搞|做)?得?(?:更)?(?:巴适|攒劲|带劲|得劲|安逸|好看|漂亮|精致|高级|大气|上档次|利索|利落|麻利|干脆|爽快|温柔|柔和|丝滑|顺滑|显眼|醒目|简约|简洁|清爽|精确|准确|精准|(?:smooth|smoother|clean|cleaner|natural|fancy)\s*)(?:一?点|一些|些)?(?:吗|么|吧|呢)?$/,
      // "让气氛慢慢起来": how slowly what the request is for comes, said with it (no slower speed).
      /^(让[^，,。\d]{1,8}?)(?:慢慢|渐渐|缓缓|逐渐|一点点)(?:地|的)?([^，,。\d]{0,3}?(?:起来|上来|下来))$/,
      // "我也不知道现在都弄了啥": the user lost track of what was done, before asking to see it.
      /^我?(?:也|都|真|实在|完全)?(?:不知道|不清楚|搞不清楚?|搞不懂|记不清|忘了)(?:现在|目前|刚才|之前)?(?:都|到底|究竟)?(?:弄|做|改|加|剪|搞|整)了?(?:啥|什么|哪些|些啥|些什么|多少)$/,
      // "又搞回来，重做": what was taken back, brought back again, said beside the step forward (the history it speaks of).
      /^(?:又|再|还是)?(?:给我)?(?:搞|弄|整|拿|变|改)(回来)(?:吧|了|啊)?$/,
      // "方才撤掉的那一步", "刚才撤销的那个": the step taken back, named beside the step forward that brings it back.
      /^(?:刚才|刚刚|方才|之前|上次)?(?:撤掉|撤销|撤回|退回)的((?:那|这)(?:一?步|个|一?下))$/,
      // "调性统一", "vibe对一点", "风格一致", "灯的颜色好衬": the feel the request is for, or what it goes with, asking nothing more.
      /^(?:整体|整个)?(?:vibe|调性|调调|风格|氛围|感觉|味道|色调)(?:要|更|得)?(?:对|统一|一致|到位|搭|协调)(?:一?点|一些|些)?$|^(?!第)[^，,。\d]{1,10}?(?:好|很|更|蛮|挺|正)(?:衬|搭)$/,
      // "午休抽空弄下", "游泳馆安全须知视频要我剪": when, or on whose word, the user does the work.
      /^[^，,。\d]{0,8}?(?:抽空|抽时间|趁空|顺手)(?:弄|搞|整|剪|做)(?:一?下)?$|^[^，,。\d]{1,14}?(?:要|让|叫)我(?:来)?(?:剪|弄|做|搞|整)(?:一?下)?$/,
      // "放映前后都要黑一下": black at both ends, the look of the fades beside it (kept as the look it speaks of).
      /^(?:放映|播放|片子|视频|整个?片子)?(?:的)?(?:前后|头尾|首尾|两头|开头结尾)(?:都)?(?:要|得)?(黑)(?:一下|一会儿?|下)?$/,
      // "我这片子跟电影一样": what the video is like, beside the request that makes it so (not a part of it: 音乐跟电影一样).
      /^(?!第)(?![^，,。]*(?:音乐|配乐|bgm|字幕|标题|文字|背景|声音|转场|片头|片尾))[^，,。\d]{0,12}?(?:跟|和|像|同)(?:电影|大片|电影院|纪录片)(?:里|上)?(?:一样|似的|那样)$/,
      // "final版", "终版", "定稿": the version's label, beside the file asked for.
      /^(?:final|最终|终极|正式)\s*(?:版|版本|稿)?$|^(?:终版|定稿)$/,
      // "再问一下", "想问下": saying a question comes, beside the question.
      /^(?:再|想|我想|还想|顺便|请)?问(?:一下|下|一句|个事)$/,
      // "用于路口大屏播放", "拿去展厅放": where it will be played (not a platform, whose shape a request may ask).
      /^(?:用于|用来|用在|拿去|拿来|供)(?![^，,。]*(?:抖音|快手|视频号|小红书|b站|哔哩|youtube|tiktok|instagram|reels?|shorts|竖|横))[^，,。\d]{1,12}?(?:播放|放映|展示|播|放|循环)$/,
      // "展台的电视是横放的", "手机都是竖着拿的": which way a screen it plays on stands (kept as the shape it speaks of).
      /^[^，,。\d]{1,10}?(?:都|也)?是(横|竖)着?(?:放|摆|挂|拿|立|装)的$/,
      // "唱腔那几段是原声": which stretches are the recording's own sound (kept as the sound it speaks of).
      /^(?!第)[^，,。\d]{1,10}?(?:都|也)?是(原声|现场声|同期声|原音)的?$/,
      // "景区要放到大屏上", "要投大屏", "上大屏幕": the big screen it is put on, said verb first (kept: 景区, who puts it there).
      /^(.{0,10}?)(?:要|会|得|准备|打算)?(?:放|投|上|挂)(?:到|在|去)?(?:大屏幕?|大银幕|led屏幕?)(?:上|里)?(?:循环)?(?:放|播|播放|放映)?(?:的|用)?$/,
      // "灯会上大屏幕放": the screen it plays on ("店面电视要播的": said as what it is to do).
      // ("要在店里的电视播": where the screen is, said after 要在.)
      /^(?:要|会|得|准备|打算)?(?:在|到)?(.{0,10}?)(?:的)?(?:大屏幕?|投影|电视|屏幕)(?:上)?(?:要|会|得|是要)?(?:放|播|播放|放映)(?:的|用)?$/,
      // "要投影到礼堂墙上", "投屏在会议室": the wall or room it is projected in (not a platform: 投到抖音 may ask its shape).
      new RegExp(String.raw`^(?:要|会|准备|打算)?(?:投影|投屏)(?:在|到)(?![^，,。]*(?:${PLATFORM_NAMES}|${PART_OF_VIDEO_ZH}|竖|横))([^，,。\d]{1,12}?)(?:上|里)?(?:放|播|播放|放映)?$`),
      // "用在公众号推文里", "用于年会PPT", "拎去展会": what it is used in, a place outside the video (not a part of it: 用在片头,
      // 用在背景里; nor a platform, whose shape a request may ask). The place is judged as any aside's words are.
      new RegExp(String.raw`^(?:要|是|会|准备|打算)?(?:用在|用于|用到|拎去)(?![^，,。]*(?:${PLATFORM_NAMES}|${PART_OF_VIDEO_ZH}|竖|横))([^，,。\d]{1,14}?)(?:里|上|中|里面)?(?:的|用|播|放)?$`),
      // "要坚持问题导向", "形成闭环", "颗粒度再细一点", "底层逻辑是让用户看全貌": office jargon around a request, asking nothing.
      /^(?:要|需要|必须|得)?(?:坚持|聚焦|形成|实现|做到|打造|拉通|对齐)?(?:问题导向|结果导向|目标导向|用户导向|价值导向|闭环|全链路|抓手)$|^颗粒度(?:再|要|得)?(?:细|粗)(?:一?点|一些|些)?$|^(?:底层逻辑|核心逻辑|出发点|初衷)(?:是|就是|在于)(?![^，,。]*(?:把|将))[^，,。]{1,16}$/,
      /^(?:要|是)?(?:放|发|传|投|上传|拿去|拿来)?(?:到|去|在)?(.{0,14}?)(?:上|里)?(?:要|来|去)?用的?(?:吧|啦)?$/,
      // "放课程网站上", "挂到公司官网", "传群里", "放到README里", "放酒单二维码页": the site, group, document or page it is put
      // up on (a place outside the video; not 片头页, 片尾页, a card), and "装一下" (to show it off) after it.
      // ("放Facebook", "要发到WhatsApp上": a site or chat app that asks no shape, SHAPELESS_SITES, the same.)
      new RegExp(String.raw`^(?:我|我要|要|我想|是)?(?:放|挂|发|传|上传|投|贴)(?:到|在|去|进)?(?![^，,。]*(?:片头|片尾|标题|字幕|段|秒))[^，,。\d]{0,8}?(?:网站|网页|官网|主页|公众号|群|朋友圈|网盘|云盘|内网|论坛|readme|文档|仓库|博客|页|课件|幻灯片|ppt|${SHAPELESS_SITES})(?:上|里)?(?:去)?(?:装一下|显摆一下|炫一下|秀一下)?$`),
      // "用于社交平台发布", "发社交媒体用": social media at large, which names no platform (nor its shape).
      /^(?:要|是|会|准备|打算)?(?:用于|用在|拿去|放|发|传|上传|发布|投)?(?:到|在|去|上)?(?:各大|各个|各)?(?:社交|社群|自媒体|新媒体)(?:平台|媒体|网络|网站|软件|app|账号)(?:上|里)?(?:发布|分享|发|传|用|宣传|推广)?(?:的|用)?$/,
      // "给家长群发的", "给客户看的": who it is for, however it gets to them.
      /^(?:是|要)?给.{1,20}?(?:看|听|发|用|放|播)的?$/,
      /^在?(.{1,10}?)(?:上|里)(?:放|播|播放)$/,
      // ("要发给全部队员": all of whom it is sent to, no part of the draft.)
      /^(?:我|我要|要|我想)?(?:发|传|上传|投|分享|寄)(?:到|给|去)(?:全部|所有|全体|每个|每位|各位)?(.{1,10})$|^(?:我|我要|要)(?:发|传)(.{1,10})$/,
      /让(.{0,12}?)(?:看|听)得?(?:清楚?|明白|懂|到|见)?(?:一?点)?$/,
      /(.{0,10}?)(?:看|听)得(?:清楚?|明白|见)(?:一?点|一?些)?$/,
      // "看清楚点", "看着利索点": how the result is to look, the reason for the request beside it (no change of its own).
      /^(?:看|显得)(?:着|起来|上去)?更?(?:清楚|清晰|利索|干净|舒服|顺眼|清爽)(?:一?点|些)?$/,
      // "看清焊点", "看不清 terminal 的字", "画面要清楚": what is to be seen clearly (or can't be), or the picture wished
      // clear, the reason for a zoom or a resolution beside it (not the tracks asked to be seen: 看一下轨道).
      /^(?:为了|好|能|要|想|得|才能|让人|我要|我想)*看(?:得)?(?:清|不清|清楚|不清楚|仔细)(?![^，,。]*(?:轨道|track))[^，,。\d]{1,14}$|^(?:画面|画质|细节|图像)(?:要|得|需要|必须)?(?:够|更)?(?:清楚|清晰|锐利)(?:一?点|些)?$/,
      // "终端字太小", "terminal 的字太细", "字贼小": words of the footage too small to read, why it is zoomed into (not a
      // text's: 字幕字太小).
      /^(?![^，,。]*(?:字幕|标题|文字|片头|片尾|卡片))[^，,。\d]{0,10}?的?字(?:体)?(?:太|有点|比较|好|贼|超|巨|忒)?(?:小|细|密)了?(?:点|些)?$/,
      // "别剪，剪了就看不出江有多宽了", "zoom 关掉，画面放大反而看不清", "晚上拍的放大很糊": what the edit refused (or taken away) would do, the
      // reason for it.
      /^(?:要是|如果|一)?(?:剪|删|切|砍|去|加|放大|放|关|换|改|拉近)(?:掉)?了?(?:的话|以后|之后)?(?:就|反而|倒)(?:会)?(?:看不|听不|没|不|少)[^，,。\d]{0,14}$/,
      /^(.{0,10}?)(?:的)?(?:画面|镜头)?放大(?:了|以后|之后)?(?:反而|就|倒|很|太|有点|好|贼|都)(?:更)?(?:看不清|看不到|不清楚|糊了?|模糊)(?:了)?$/,
      // "视频里刀切的声音很好听", "锅里滋啦声挺带劲": a sound of the scene praised, why its level goes up (kept as the sound);
      // "黑膠把聲好正" (Cantonese 正, 靓: great), the same.
      /^(?:视频里|视频中|录像里|现场)?(?![^，,。]*(?:音乐|配乐|bgm|歌))[^，,。\d]{0,8}?(声)(?:音|儿)?(?:很|挺|特别|真|好|超|蛮|几)?(?:好听|悦耳|带劲|带感|解压|治愈|有味道|有感觉|正|靓)(?:了|的|呢|啊|喔|嘅)?$/,
      // "脸一变就要看清楚", "他一开口就得听到": what is to be seen or heard the moment it happens, the reason for the request.
      /^([^，,。\d]{1,10}?)(?:一[^，,。\d]{1,3}?)?(?:就|都)(?:要|得|需要|必须)?(?:能)?(?:看|听)得?(?:清楚?|到|见)(?:一?点)?$/,
      // "sound test vid", "music video for the band", "a typing tutorial": the same in English, its words no part of the draft
      // (not opening with an edit verb; not a shape, a platform, a length, an end or card, or one video among others, which a
      // request may name).
      /^(?![^,.;]*\b(?:vertical|horizontal|portrait|landscape|square|tiktok|reels?|shorts|youtube|instagram|linkedin|gif|short|shorter|long|longer|quick|whole|entire|full|same|other|first|second|third|last|final|new|old|original|next|previous|intro|outro|opening|ending|card)\b)(?!(?:add|remove|cut|trim|make|export|render|put|use|keep|delete|drop|speed|slow|fade|crop|zoom|mute|move|swap|change|turn|set|show|play|get)\b)(?:(?:it's|it is|this is|just) )?(?:a |an |the |my |our |this )?(?:[a-z'-]+ ){1,3}(?:video|recording|footage|tutorial|walkthrough|vlog)(?: (?:for|of|from|about) (?:[a-z'-]+ ){0,3}[a-z'-]+)?$/,
      // "讲怎么换温控器的", "教大家怎么装滤芯的": what the video teaches, how to do something (its verb no edit of the draft).
      /^(?:这是|是|主要)?(?:讲|教|演示|介绍|示范)(?:的是)?[^，,。\d]{0,4}?(?:怎么|如何|怎样)[^，,。\d]{1,16}?的?$/,
      // "测控站开放日视频", "做个产品视频": the video named by what it is of, no 的 (not a shape, a platform or an edit verb,
      // which a request may ask: 加个片头视频).
      /^(?![^，,。]*(?:抖音|快手|视频号|小红书|b站|哔哩|youtube|tiktok|instagram|reels?|shorts|竖|横|方形|gif|短|长|加|删|剪|切|换|改|(?<!开)放|导|配|插|去掉))[^，,。\d的]{2,12}?(视频|录屏|录像|片子)$/,
      // "换屏教程", "这节长难句讲解 screen record": the video named as a lesson, a kind no request ends with, so an edit
      // word in it is what the lesson teaches (剪辑教程); a platform or a shape may still be asked (竖屏教程).
      /^(?![^，,。]*(?:抖音|快手|视频号|小红书|b站|哔哩|youtube|tiktok|instagram|reels?|shorts|竖|横|方形|gif))[^，,。\d]{1,14}?(?:教程|讲解|教学|网课|课程|录播|直播回放)(?:\s*的?\s*(?:screen\s*record(?:ing)?|录屏|视频|录像))?$/,
      // "想为一只老猫做纪念短片", "给我妈做个生日视频": who the video is made for.
      /^(?:我)?(?:想|要|打算|准备)?(?:为|给)(?![^，,。]*(?:竖|横|方形|抖音|快手|视频号|小红书|tiktok|instagram|reels?|shorts|gif|加|删|换|改|放|配|插))[^，,。\d]{1,12}?(?:做|剪|拍)(?:一?[个部支条段])?[^，,。\d]{0,6}?(?:短片|视频|片子|vlog)$/,
      // "刚才剪得乱七八糟": what was done judged, the reason to start over or step back.
      /^(?:刚才|刚刚|之前|现在|你)?(?:剪|弄|搞|改|做|整)得(?:乱七八糟|一团糟|稀烂|一塌糊涂|太乱了?|很乱|不行|太差)了?$/,
      // "像一支香水的前调一样短": a likeness of the length asked beside it (kept as the length it speaks of).
      /^(?:就|要)?像[^，,。\d]{1,14}?(?:一样|那样|似的)(短|快|简短)$/,
      // "放商品详情页的", "发班级群用", "贴脸书专页": where the file is put, what it is for (not a part of the draft: 放到片尾页).
      new RegExp(String.raw`^(?![^，,。]*(?:${PART_OF_VIDEO_ZH}))(?:是)?(?:放|发|挂|用|贴|传)(?:在|到)?[^，,。\d]{1,12}?(?:页|页面|群|网站|官网|朋友圈|公众号|店铺|主页)(?:里|上)?(?:的|用)?$`),
      // "平台限制", "抖音的规定": who bounds the value asked beside it.
      /^(?:因为|这是)?(?:平台|抖音|快手|视频号|小红书|b站|系统|后台)(?:有|的)?(?:限制|要求|规定)(?:的)?$/,
      // "我那三个文件": the uploads named, which the request beside it chooses among.
      /^(?:我|我们)?(?:那|这)(?:[两三四五六七八九十]|几)个(?:文件|视频|素材|录屏)$/,
      // "老师说不定还要改": a change maybe asked later, not now.
      /^[^，,。\d]{1,6}?(?:说不定|可能|也许)(?:还)?(?:要|会)(?:改|调|修改|调整)$/,
      // "直接进正题好一点": why the opening goes.
      /^(?:直接)?(?:进|进入|切入)正题(?:会|就)?(?:更)?(?:好|好些)(?:一?点)?$/,
      // "上传的三个视频都用上": every upload used, which they are unless some are chosen.
      /^(?:我)?(?:上传的|传的|传上来的)?(?:这|那)?(?:[两三四五六七八九十]|几)个(?:视频|文件|素材|录屏)(?:都|全都|全部)(?:要)?用上$/,
      // "va bene?", "d'accord?", "ok?": the request beside it, asked if it is all right, in the words of another language.
      /^(?:va bene|d'accord|vale|ok(?:ay)?|passt|tamam)\s*[?？]?$/,
      new RegExp(String.raw`^(?:${REASON_OPENS})\s*(.*)$`),
      // "加了背景以后边距有点挤": what was done, said as the time of what is wrong (Words.statement).
      /^(?:加|放|换|用|改|开)了[^，,。]{1,8}(?:以后|之后)(.*)$/,
      // "老师说刚才改的不好": what someone else said, the reason for the request.
      /^(?:老师|领导|老板|客户|同事|他们|她们|他|她|大家|甲方|朋友)(?:说|觉得|讲)(.*)$/,
      // "剪映里叫画布模糊": what another editor calls it.
      new RegExp(String.raw`^在?${OTHER_EDITORS}\s*(?:里|中|上)?(?:面)?(?:叫|叫做|是)(.*)$`, 'u'),
      // "我平时用PR剪片的": what the user does in another editor.
      OTHER_EDITOR_TOLD,
      // "以便观察界面响应": what the change is for.
      /^(?:以便|便于|好让|为了|方便)\s*(.*)$/,
      // "我核对一下", "我好检查检查", "让我对一遍": what the user does with what is shown, beside the request.
      /^(?:我|让我|我来|我好|好让我)(?:先|再)?(?:核对|核实|对照|比对|检查|确认|看|瞅|瞧|过)(?:一下|一遍|一眼|下|检查|看看|对对)?$/,
      // "谁让你加的", "你剪的什么玩意儿", "咋整反了": blame for what was done, beside the request that undoes it.
      /^谁(?:让|叫|要)你[^，,。]{0,4}的[?？!！]*$|^你(?:剪|做|弄|搞|加)的(?:是)?(?:什么|啥)(?:玩意儿?|东西)?[?？!！]*$|^(?:咋|怎么)(?:整|搞|弄|剪|做|放)(?:的|反了?|倒了?|乱了?|错了?)[?？!！]*$|^(?:咋|怎么)回事[?？!！]*$/,
      // "报一下", "告诉我一下": asked to be told, beside a request whose reply tells it.
      /^(?:给我|跟我)?(?:报|说|讲|念|汇报)(?:一下|一遍)$|^告诉我(?:一下)?$/,
      // "老鼻子人等着看呢", "客户等着要呢": who waits for it, the reason to hurry.
      /^[^，,。]{0,8}?(?:都|还|正)?(?:在)?等着(?:看|要|用)(?:呢|哪|啊|呀)?$/,
      /^(.*?)(?:不太|不)?会(?:用|弄|整|搞|操作)(?:这个|这些|这玩意儿?|它)?$/,
      // "老头子看不懂这些": who cannot follow the editing, why it is left to the tool (what they cannot follow is kept).
      /^(.*?)(?:也|都|根本|完全)?(?:看不懂|搞不懂|弄不懂|不懂)(?:这些|这个|这玩意儿?|这些东西)?(?:的|啊|呀|了)?$/,
      // "娃教我用这个", "我录了个录音软件的操作演示": who showed the user the tool, what was recorded (in the past: no part asked of).
      /^(?:娃|孩子|儿子|女儿|闺女|孙子|孙女|同事|朋友|老伴)(?:教|帮|叫|让)我(?:用|弄|装|下载)(?:的|了)?(?:这个|这)?(?:软件|工具|app|东西)?$/,
      /^我(?:们)?(?:录|拍)了(?:个|一个|一段|段)[^，,。]{0,12}?的?(?:操作)?(?:演示|教程|视频|录屏)$/,
      // "我后面自己配音": what the user will do themselves, not asked of the tool.
      new RegExp(String.raw`^(我)(?:们)?(?:要|会|想)?(?:(?:${AFTERWARDS_ZH})?(?:自己|亲自)|${AFTERWARDS_ZH})(?:来|会|再)?.{0,6}$`),
      // "Buyer 要看 lace front 的做法", "学员想了解接线的步骤": how a thing is done, which someone wants to see in the video
      // (the thing judged as any aside's words are: 客户要看第二段的过程 names a moment).
      new RegExp(String.raw`^(?:${OTHER_PERSON})\s*(?:们)?(?:要|想|需要|得|会)(?:看|了解|学|知道)(?:一下|清楚)?\s*([^，,。\d]{1,16}?)\s*的?(?:做法|过程|流程|步骤|方法|手法|工艺|原理)$`),
      // "我重新加", "我回头再重新配", "我从头重新弄": what the user will redo themselves, after the request takes it away.
      /^(我)(?:们)?(?:后面|之后|后期|待会儿?|回头|等下|稍后|到时候)?(?:自己|亲自)?(?:来|会|再|要)?(?:从头|从零)?重新(?:加|配|写|做|弄|录|传|上传|剪|选)(?:一下|一遍)?$/,
      /^(我)(?:们)?(?:是)?(?:做|搞|干|从事|教|开)[^，,。]{1,6}的$/,
      /^(我)(?:刚才|刚刚|之前|上面)?(?:说|写|打|讲)错了?$/,
      // "刚才那下剪错了", "上一步删错了", "我弄错了": an edit of the draft done wrong, the reason for a step back (kept as
      // the history it speaks of, so beside anything else it stays unread).
      /^(?:我)?(?:刚才|刚刚|之前|上一步|上一下)?(?:(?:那|这)(?:一?下|一?步|一?刀))?(?:我)?(?:又|给)?(?:剪|删|弄|搞|改|加|调|切|整|点)(错)了?$/,
      // "那里说错话了", "那是我在调镜头": what happened in the recording there, the reason it is cut.
      // "讲错了" alone: who slipped is left unsaid.
      /^(?:那里|这里|那儿|这儿|那段|这段|那会儿|当时)?(?:我|他|她)?(?:说|讲|念|读|拍)错(?:了|话了?|字了?)?$|^(?:那|这)(?:里|段|会儿)?(?:是|就是)?(?:我|他|她)(?:在|正在|刚才在|当时在)[^，,。]{1,10}$/,
      // "这个视频是要在大屏幕上循环播放的": where it plays.
      /^(?:这个|这段|这)?(?:视频|片子|成片)?(?:是)?(?:要|用来)?在(.{1,10}?)(?:上|里)(?:循环|反复)?(?:播放|播|放|展示|放映|用)的?$/,
      // "刚才我让你加的那个片尾卡片": what an undo or a removal beside it takes, named first.
      /^(?:刚才|刚刚|之前|上次|前面)?我?(?:让你|叫你)?(?:加|做|放|改|弄)的(?:那个|那段|这个|那张|那条)?(.{1,8})$/,
      // "我想让整个视频看起来更精致一点": the look wished for, the requests after it say how.
      /^我?(?:想|想要|希望)?让?(?:整个|这个|整体)?(?:视频|画面|片子)?看起来(?:更|比较)?(.{1,6}?)(?:一?点|一些)?$/,
      // "换机油的视频", "这个是粄条宅配订购页面的录像": the video named by what it shows ("this is" before it no part of that).
      /^(?:(?:这|那)(?:个|段|条|部)?是)?(?:.{1,10}?)的(?:[^，,。的]{1,6}?)?(视频|录屏|素材|录像|片子|回放|录播|直播)$/,
      // "放飞那天录的": when it was recorded ("只要昨天拍的" chooses the uploads: no aside).
      /^(?![只就]?(?:要|用|留|保留))[^，,。]{1,10}?(?:那天|那次|那会儿?|当天|那时候?|的时候|昨天|前天|今天|上周|去年)(?:录|拍|摄)的$/,
      // "前面调试手机那段", "找文件的那部分": a stretch named by what it shows, beside the request that names it by its
      // times (what it shows is no part of the draft; a verb that edits, inside, may be a request).
      /^(?!第)(?![^，,。]*(?:删|去掉|去除|剪|切|砍|裁|截|加(?!载)|慢|快|移|挪|换|改|放到|静音|拿掉|重点|主要|突出|留|要|只))[^，,。]{1,12}?的?((?:那|这)一?(?:段|部分|块))$/,
      // "看剪好的脸", "做好的菜": what was done before the recording (a verb with 好的) only describes what is shown.
      /(?:剪|做|加|弄|调|改|修|画|化|烤|煮|炒|装|搭|拼)好(?:了)?的/,
      // "看剪好的脸", "让人看清楚手法": what is to be seen or heard, the reason for a zoom, a slower speed or a sound kept.
      // "要听到教练喊口令": what is to be heard, the reason to keep a sound.
      /^(?:为了|好|方便|能|要|得|需要)?(?:看|听)(?![着起上])(?:清楚?|到|见|得清楚?|得到|得见)?(?:一下)?([^，,。]{1,12})$/,
      // "前台要循环播放": where or how it plays.
      /^(.{1,8}?)(?:要|会)?(?:循环|反复|一直)(?:播放|播|放)(?:的|用)?$/,
      // "Actual: there's music", "Context: …": a bug report's label over what is, beside the request that mends it.
      /^(?:expected|actual|observed|result|actual result|expected result|note|context|problem|issue|bug|symptom)\s*:\s*(.*)$/,
      // "班级群里发得快", "传得快一点": the file goes where it is sent sooner (a smaller file's reason).
      /^(.{0,10}?)(?:发|传|上传|下载|加载|打开)(?:得|起来)?(?:更)?(?:快|方便|顺)(?:一?点|些)?$/,
      // "要那种压迫感", "想要一种紧张感": the feeling the request beside it is for (no part named: not 要那种模糊背景).
      /^(?:要|想要|我要|我想要)?(?:那种|这种|一种|点)[^，,。\d]{1,4}?(?:感|的感觉|的氛围)$/,
      // "像店里放的那种": the kind meant, by where it is heard or seen.
      /^(?:就|要)?像(.{1,12}?)(?:放|播|听|用|看)?的?那种(?:感觉|风格|味道|调调)?$/,
      // "游客都用手机看": what it is watched on.
      /^(.{0,10}?)(?:都|多半|一般|主要|基本)?(?:用|拿|在)(手机|电脑|平板|电视|大屏|投影)(?:上)?(?:看|刷|播放|打开)的?$/,
      // "其余保留": the rest of the draft stays as it is, which it does.
      /^(其余|其他|剩下|剩余|别的)的?(?:部分|地方|内容)?(?:都|就|全部?)?(?:保留|留着|留下|不动|不变)$/,
      // "有动作有声音的留着": what has something in it stays, beside the removal of what has not.
      /^(?:有|带)[^，,。]{1,10}?的(?:部分|地方|内容)?(?:都|就|全部?)?(?:保留|留着|留下|不动|不变)$/,
      // "太占地方": why the part goes (the screen it takes up).
      /^(?:太|很|有点|比较)?(占)(?:地方|位置|空间|画面)了?$/,
      // "那里我说错话了": a slip in the recording, the reason its part goes.
      /^(?:那里|这里|那儿|这儿|那段|这段|那边|这边)?(我|他|她|老师|主播)(?:在这里|在那里)?(?:说|讲|念|读)错(?:话|字)?了?$/,
      // "显得正式一点", "看着柔和些", "听起来舒服点": the look (or the sound) a request is for.
      /^(?:显得|看起来|看上去|看着|听起来|听着)(?:更|比较)?(.{1,6}?)(?:一?点|一些|些)?$/,
      // "we talk over it the whole time": how long something goes on is no part of the draft.
      /^(.*?)\s*\b(?:the (?:whole|entire) (?:time|way through)|all the time|throughout)$/,
      // "(because) the platform recommends that", "the client asked for it, so do it": who asked for the value the request
      // beside it takes, and that request asked again (read by the frames after this one).
      /^(?:(?:because|since|as|cause|'cause|coz|cuz) )?(?:the |my |our |their |a |an )?(?:[a-z'-]+ ){0,3}?(?:recommends?|recommended|requires?|required|suggests?|suggested|says?|said|asks? for|asked for|prefers?|expects?|wants?|wanted) (?:that|it|this|so|them)(?:,?\s+so\b,?\s*(.*))?$/,
      // "不知道能不能做", "not sure if that's possible": a doubt whether the request beside it can be done, asking nothing else.
      /^(?:我)?(?:也|还)?不(?:知道|确定|晓得|清楚)(?:能不能|可不可以|行不行|能否|可否|是否(?:可以|能))(?:做|弄|搞|实现|做到|办到|做出来)?(?:呢|啊|哈)?$|^(?:i'm |i am |we're )?(?:not sure|unsure|no idea|(?:i |we )?(?:don't|do not) know|dunno) (?:if|whether) (?:that's|that is|this is|it's|it is|you can do (?:that|this|it)|that can be done|it can be done|this can be done)(?: (?:possible|doable))?$/,
      // "…, can you do that?", "…, can you do that here": the request beside it, asked again.
      // "do that here", "do the same here" (after what the user does in another editor), "do your thing": a go-ahead
      // pointing at the request beside it.
      // "the boss says 720p, set that", "…, go with that", "the website wants a 40 second cut, make it that": the value the
      // request beside it took, asked for again as "that".
      // "请用这个", "就用这首吧": the file named beside it, to be used.
      // "Would crossfades of half a second work? Please add them.": the edit just asked about, added.
      /^(?:(?:so|then|just|please|ok|yes|yeah) )*(?:(?:set|do|use|apply|go with|take) (?:that|this|the same)(?: one)?|(?:add|apply|include|put in) (?:it|them|those|these|that|this)|make (?:it|this|the (?:video|clip)) (?:that|so)|do (?:your|yer|yuh|ya|ur) (?:thing|ting|magic)|work (?:your|yer|yuh|ya|ur) magic)(?: then| please| for me| here| in here| over here)*[.!]*$|^(?:请|就|那就)?用(?:这个|这首|这一?首|它|那个|那首)(?:吧|就行|就好|就可以)?$/,
      /^(?:can|could|would|will) you (?:do|manage) (?:that|this|it)(?: here| for me| please)*\??$/,
      // "Do forgive me, I'm new to this", "shame the kettle is so loud", "it's the whole point": a word of feeling (what
      // follows it still read as an aside); "I want to compare both": why two files are asked for.
      /^(?:(?:do|please) )?(?:forgive|excuse|pardon) (?:me|us|my [a-z]+)\b[,!.]*\s*(.*)$|^(?:(?:it's|it is|what|such) )?an? (?:shame|pity)\b[,!.]*\s*(?:(?:that|about)\s+)?(.*)$|^(?:shame|pity)\b[,!.]*\s*(?:(?:that|about)\s+)?(.*)$|^(?:that's|that is|it's|it is) (?:the )?(?:whole|entire|main) (?:point|idea)(?: of (?:it|this))?(?:[,;]\s*(.*))?$/,
      // "quick like the beat", "keep it punchy": the pace the request beside it is for, by a likeness or kept (the pace
      // is what it speaks of: beside a change of the timeline only).
      /^(?:(?:nice|real|really|so) (?:and )?)?(fast|quick|tight|snappy|punchy|brisk)(?: and (?:soft|gentle|smooth|easy))? like (?:the |a |an |my |our )?[a-z' -]{1,30}$|^keep (?:it|things|the (?:video|edit|cut)) (tight|snappy|punchy|short|brisk|moving)$/,
      // "I need to check the text timings", "I want check something": what the user looks over in what is shown or stepped back to.
      // "I want to compare", "我比一哈", "A/B 一下": the two files are to be set side by side, which the two exports are for;
      // "I want to compare with before": the draft as it was, which a step back shows.
      /^(?:(?:so )?(?:i|we) (?:want|wanna|would like|'d like|can|could|will|'ll)(?: to)? )?(?:compare|see|check|hear|judge|pick|choose) (?:both|them|the two|the difference|which is better)(?: of them| later| side by side)*$|^(?:so )?(?:i|we) (?:want|wanna|would like|'d like|can|could|will|'ll)(?: to)? compare(?: (?:it |them |this )?(?:with|to|against) (?:before|earlier|the (?:old|previous|original|earlier|last) (?:one|version|cut|edit)|the original|how it was))?(?: later| side by side)*$|^(?:for )?(?:an? )?a\/b(?: test(?:ing)?| comparison)?$|^(?:i|we) (?:just )?(?:want|wanna|need|would like|'d like|will|'ll|shall|gonna|am gonna|'m gonna|am going to|'m going to|have to|gotta|can)(?: to)? (?:first )?(?:check|double-check|verify|review|look over|go over|look at|watch|preview|test) (?:something|things|stuff|it|that|what(?:'s| is)(?: (?:there|in (?:it|there|the (?:video|draft))|on (?:it|there)|left))?|(?:the|my|our) (?:[a-z'-]+ ){0,2}(?:timings?|order|cuts?|edits?|changes?|captions?|texts?|titles?|tracks?|layers?|lengths?))(?: later| first| again| quickly| real quick)*$/,
      /^(?:我|我们)?(?:要|想|好)?(?:两个|俩|两版|两条)?(?:比|对比|比较)(?:一[下哈]?|一比)$|^a\/?b\s*(?:一下|测试|对比)?$/,
      // "…, is that okay?", "…. Would that work?": the request beside it, asked if it may be done.
      /^(?:is|would|will) (?:that|this|it) (?:be )?(?:ok(?:ay)?|alright|all right|possible|doable|fine|a problem)\??$|^(?:does|would|will|can) (?:that|this|it) work\??$/,
      // "drill noise in the background", "radio chatter in the bg": a noise in the recording, named.
      // (Not "remove the noise in the background", a request the editor cannot do: it stays unread.)
      /^(?!.*\b(?:remove|get rid|kill|cut|drop|strip|mute|silence|eliminate|clean|reduce|filter|fix|lower|turn|take)\b)(?:[a-z'-]+ ){0,3}(?:noise|chatter|clatter|racket)(?: (?:in|from) the (?:background|bg)| everywhere| all over)?$/,
    ],
    /**
     * An English clause that may be a request in words not known: it opens with a verb (an imperative: "jazz it up",
     * "snip the boring bits", "let it breathe") or with a word and then what a verb takes ("route it", "copy that"). A
     * clause opening otherwise ("aye", "gnarly", "training vid for the new probies", "mower noise is brutal", "quick
     * one", "fixin to send this to my cousin") says who, what or how, beside a request it leaves as it is.
     */
    // ("y a pas de problème, fade …", "y a fohi. export …": a letter alone is no verb, though "a" after it is an article.)
    imperative: new RegExp(String.raw`^(?:(?:please|pls|plz|kindly|just|now|then|also|maybe|perhaps|pretty please)\s+)*(?:${IMPERATIVE_VERBS}\b|[a-z'-]{2,}\s+(?:${TAKEN}|on)\b|${MODAL_OPENERS}\b)`),
    /**
     * How an English aside opens: a subject or a "because" ("I burned my finger there", "it is not relevant", "thanks"),
     * or what the user did with the "I" left out ("filmed the quoting app in the shop", "got a walkthrough of our app"),
     * or where or among what a request beside it acts ("between the clips", "from my 3 videos"); one that opens with a verb not known ("juggle the pixels") may be a request not read.
     */
    opens: /^(between|among|across|throughout|from|out of|i|i'm|i've|i'd|we|we're|filmed|shot|recorded|got|it|it's|its|that|that's|this|these|those|there|there's|the|my|our|his|her|he|she|they|people|nobody|no one|everyone|everybody|someone|you|because|since|as|so|otherwise|thanks|thank|cheers|hi|hello|hey|right|sorry|great|awesome|((heaps|way|far|much|waa+y|super|really|very|bit|a bit|kinda|pretty|just) )*too)\b/,
    /**
     * The shapes of a clause that asks nothing (aside.ts: shapedAside), beside another read as a request: said of what
     * is, asked about it, or called out; never a wish or a request, however it is worded. A clause of several is split
     * at its commas and "and" / "but" first ("it is redundant, and redundancy is the enemy"), each piece of these shapes.
     */
    shape: {
      /**
       * A subject, then a verb that is no wish: "I made mistake", "I change mind", "it has my password on screen",
       * "blur is for cowards", "the side got blur one", "my granddaughter set this up", "ok now it's a bit loud". A
       * subject named at length says what it is with a verb of being or a past ("the grill sizzle is loud"); named in
       * one word after "the", a verb in -s too ("the outro drags"). Said of something with "'s" for "is", or after a cry
       * ("strewth that burn's loud", "aigoo the grill sizzle is loud"), it says one word of it. What a part shows, said
       * with no verb, is one too; so is a judgement said with no subject ("looks a bit plain", "feels kinda flat").
       */
      statement: new RegExp(String.raw`^(?:(?:ok|okay|now|well|so|but|because|cause|coz|cuz|cos|oh|ah|honestly)[,.]*\s+)*(?:(?:looks|feels|seems|sounds)\s+(?:(?:a (?:bit|little|touch)|kinda|kind of|too|so|really|very|pretty|quite|rather)\s+)*[a-z'-]+$|(?:i|we|they)\s+(?:(?:just|really|totally|kinda|already|also|still|all|both|accidentally)\s+)?(?!(?:do|don't|dont|did|didn't|didnt|and|or)\b)[a-z'-]+|(?:i'm|im|i've|we're|we've|it's|its|that's|there's|here's|he's|she's|they're|they've|you're|you've)|(?:he|she|it|this|that|there|everyone|everybody|nobody|someone|something|nothing|everything|(?:the|my|our|your|his|her|their|this|that|these|those|a|an|some|no)\s+[a-z'-]+)\s+(?:(?:just|really|still|also|always|never|totally|kinda|all)\s+)?(?:${BEING}|[a-z]{2,}(?:ed|s))|(?:the|my|our|your|his|her|their|this|that|these|those|a|an|some|no)(?:\s+[a-z'-]+){2,3}?\s+(?:(?:just|really|still|also|always|never|totally|kinda|all)\s+)?(?:${BEING}|[a-z]{2,}ed)|(?:(?!${IMPERATIVE_VERBS}\b)[a-z'-]+\s+)?(?:the|my|our|your|his|her|their|this|that|these|those)(?:\s+(?!(?:that|which|where|who|when)\b)[a-z-]+){1,3}?(?:'s|\s+(?:is|are|was|were))\s+(?:(?:so|too|very|really|way|well|bloody|pretty|kinda|super|dead|real|a bit)\s+)?[a-z-]+$|[a-z'-]+\s+(?:is|are|was|were|isn't|aren't|wasn't|weren't)|${SHOWN_EN})\b`),
      /**
       * "I hear you on the length", "I get you", "we see what you mean about the music": what the user says back to what
       * the editor said; the parts it names are the editor's words, not asked of (no wish: WISHED keeps "I need you to…").
       */
      answered: /^(?:i|we)\s+(?:(?:totally|really|fully|completely)\s+)?(?:hear|get|got|see|feel|understand|follow|know)\s+(?:you|ya|u|what you)\b/,
      /** "just me sweepin'", "only the dog sleeping": what a part shows, said with no verb (after a request, why; never one). */
      shown: new RegExp(`^${SHOWN_EN}`),
      /** "is it free", "why the video is standing": a question about what is, not about the user's own wish or the editor's doing ("can you", "what about", "why not"). */
      question: /^(?:why|what|who|where|when|how come|is|are|was|were|does|did|has|have|isn't|aren't|doesn't|didn't|wasn't|will(?= (?:it|this|that|(?:the|my|our|your) [a-z]+) be\b))\b(?!\s+(?:about|if|not|else)\b)(?!.*\b(?:you|u|ya)\b)/,
      /**
       * "Hello dear", "hey there", "good morning all", "salam my friend": a greeting (in English or another tongue)
       * and who it greets ("Griass di!", "Grüß Gott", "Grüezi": Austria's, Bavaria's and Switzerland's "hi").
       */
      greeting: new RegExp(String.raw`^(?:hi+|hello+|hey+|hiya|howdy|yo|hola|salaa?m|assalamu? ?alaikum|namaste|ciao|bonjour|salut|shalom|konnichiwa|annyeong|merhaba|marhaba|ahlan|jambo|habari|mambo|sawubona|kia ora|aloha|talofa|bula|ahoj|hallo|hej|hei|moin|servus|gri[aä]?(?:s{1,2}|ß)|gr[üu](?:ß|ss|e?zi)|grüessech|salve|ola|olá|oi|privet|zdravo|selam|yassou|ay up|ey up|eh up|wotcha|wagwan|buongiorno|buenas|buenos dias|bom dia|dumela(?:ng)?|molo|molweni|moni|muli bwanji|mhoro|mhoroi|mangwanani|sannu|ndewo|habari yako|morning|evening|good (?:morning|afternoon|evening|day)|g'day|greetings|peace be upon you|${THANKS_OR_FAREWELL}|${HOW_ARE_YOU})(?:\s+(?!${IMPERATIVE_VERBS}\b)[a-z'-]+){0,2}$|^(?!${IMPERATIVE_VERBS}\b)(?:[a-z'-]+\s+){1,2}(?:my|me|mi|ma|ya)\s+${DEAR}$`),
      /**
       * "post-call", "oops", "READY ALL": a cry of a word or two, no verb a request opens with and nothing it takes ("nix
       * it", "tighten up" are requests the grammar may not know): beside a statement, or shouted alone.
       */
      cry: new RegExp(String.raw`^(?!${IMPERATIVE_VERBS}(?![\w'-]))(?![a-z'-]+\s+(?:it|its|this|that|these|those|them|him|her|me|us|the|a|an|my|our|your|up|down|out|off|away|back|over|in|on)\b)[a-z'-]+(?:\s+[a-z'-]+)?$`),
      /**
       * "dead on. now …", "cheese on bread! take out …", "go raibh maith agat. now export …": a cry of two to four words said
       * apart, opening or closing the message (a cheer, a thanks, words of another language). It opens with no verb or modal
       * a request opens with and takes nothing after its first word ("on" no edit takes: "spot on"); after a "go" (a request
       * itself: "go vertical", "go with lofi"), two words or more that are none of what English puts there (no object,
       * article, particle or preposition).
       */
      apart: new RegExp(String.raw`^(?:(?!${IMPERATIVE_VERBS}(?![\p{L}'-]))(?!${MODAL_OPENERS}(?![\p{L}'-]))(?![\p{L}'-]+\s+${TAKEN}(?![\p{L}'-]))[\p{L}'-]+(?:\s+[\p{L}'-]+){1,3}|go(?:\s+(?!(?:${TAKEN}|on|to|for|with|and|or|of|at|by|from|into|more|less|so|too|very|really|full|half)(?![\p{L}'-]))[\p{L}'-]+){2,3})$`, 'u'),
      /**
       * A wish or a request, wherever it stands in the clause ("I want it pumping", "it should not dip", "we're going to
       * walk that step back", "I forgot to add music", 节奏可以慢一些, 学员要看清): never an aside by its shape.
       */
      wished: new RegExp(String.raw`\b(?:want|wants|wanna|need|needs|needed|would|'d|should|must|can|could|will|'ll|shall|may|might|let's|lets|please|pls|plz|gotta|have to|has to|ought|going to|gonna|wish|hope|prefer|rather|make sure|don't|do not|never)\b|\bto\s+${IMPERATIVE_VERBS}\b|把|将|给我|帮我|请|要|想|希望|需要|可以|能|别|不要|不用|宜|该`),
      /**
       * "挑毛很慢的", "太暗了看不清", "灯光秀现场没啥有用的声音", "那段亮相最提气": in Chinese, what something is like (a
       * degree and how; "most" not of a place, a length or a pace: 最后, 最短), or that there is none of it.
       */
      statementZh: /^[^，,。\s\d]{1,10}?(?:很|太|有点|有些|挺|蛮|贼|特别|比较|真|非常|过于|超级?|最(?![后前先初终早晚近多少长短快慢大小好]))[^，,。\s\d]{1,6}?(?:了|的|啊|呀|呢)?$|^[^，,。\s\d]{0,10}?(?:没有|没啥|没什么|没)[^，,。\s\d]{1,8}$/,
    },
    /**
     * "导出gif咋样", "咋导出来？", "how about a gif?": how to make an edit, or whether to, asked (the words of asking, taken
     * out, leave the edit asked).
     */
    askedHow: /^(?:(?:那|这)?(?:咋|怎么|怎样|如何)(?:样)?(?:才能|能|可以)?|how (?:do|can|would|should) (?:i|we|you)\b|(?:how|what) about\b)|(?:咋样|怎么样|如何|行不行?|好不好|可以不|可不可以)(?:呢|啊|呀)?[?？]*$/,
    /** "what did you cut?", "which clips are left?", 现在视频里都放了些啥: a question about the draft, which showing its tracks answers. */
    askedDraft: /^(?!what if\b|how about\b|what about\b)(what|which|where|how much|how many|why)\b.*\b(did|do|have|has|is|are|was|were|got)\b|(现在|目前|视频里|时间线上?|轨道上?|你)[^，,。]{0,6}(放|有|加|剪|删|改)了?(些|哪些)?(啥|什么|哪些)/,
    /**
     * A word around a whole request that is no reason and no "for whom": a courtesy ("if that's possible", 如果可以的话,
     * "you're a lifesaver"), where it goes ("this is for the onboarding page") or a judgement of the draft as it is
     * ("the current one looks amateur", 现在这个太丑了), or a cry of surprise at it ("what??", 啥？？).
     */
    around: /^(?:what|huh|eh|wtf|seriously|什么|啥|(?:this|that|it) is not what i (?:asked for|wanted|meant)|(?:this|it|that) (?:is|'s) (?:for|going (?:on|in|to)) (?:the|our|my|a|an) [a-z -]{1,30}|if (?:that's|that is|it's|it is) (?:possible|ok(?:ay)?|doable|not too much (?:trouble|work))|if (?:you can|possible)|(?:如果|要是)(?:可以|方便|可能|行)的话|(?:you're|you are) (?:a |the )?(?:lifesaver|star|legend|best|hero)|thanks in advance|提前谢谢|先谢谢了?|(?:the current|this) (?:one|version|draft|edit) (?:looks?|is|feels?|seems?) [a-z ]{1,20}|(?:from|out of) (?:the|my|our|these|those|all(?: the)?) (?:[a-z-]+ ){0,3}(?:footage|recordings|files|uploads|videos|takes)|(?:现在|目前)(?:这个|这版|的)(?:太|有点|很|好)?[丑土难看怪乱low]+了?)[.!。！]*$/i,
    /** "not clip 1", "I meant clip 3": which moment a request beside it is about, or is not. */
    correction: new RegExp(String.raw`^(?:(not)|${MEANT}|meant|i said|i was talking about|i'm talking about)\s+(?:the\s+)?(.+)$`),
    /**
     * "I hate how the first note just starts", "the last word is cut off", "like the first time": a first or last of
     * something in the footage or the telling that is no moment of the draft (a note, a word, a time).
     */
    notMoment: /\b(?:first|second|third|last|final|opening|closing)\s+(?:notes?|chords?|beats?|bars?|words?|lines?|sentences?|sounds?|noises?|things?|time|impression)\b/g,
    /**
     * "the screen swap part", "the nozzle close-up", "that bit with the dog": a stretch of the footage named by what it shows,
     * alone in its clause (beside a request placed at a time or on a moment, where that request is).
     */
    placeNamed: /^(?:the|that|this) (?:[a-z'-]+ ){1,3}(?:part|bit|section|segment|scene|shot|close-?up)$|^(?:the|that|this) (?:part|bit|section|segment|scene|shot) (?:with|where|when) (?:[a-z'-]+ ?){1,5}$/,
    /**
     * "the last one is the good one", "I recorded it three times and the second take is the best": which recording is the
     * good one, after the takes told (beside that recording chosen, why it is).
     */
    goodTake: /^(?:(?:so )?(?:i|we) (?:recorded|re-?recorded|filmed|shot|did|redid|tried|made) [^,.;]{1,60}? (?:\d+ times|twice)(?:,? (?:and|but|so))? )?(?:the |that |this )?(?:first|second|third|fourth|fifth|last|final|\d+(?:st|nd|rd|th)) (?:one|take|file|video|recording|upload|version) (?:is|was|'s) (?:the )?(?:good|best|right|usable|clean|keeper|final)(?: one| take)?$/,
    /** "the last clip was good", "clip 2 was fine before": a moment said as it was, in the past (beside a step back, why). */
    wasBefore: /\b(?:was|were)\s+(?:(?:so|really|very|pretty|just|perfectly|totally|all|actually)\s+)?(?:good|fine|ok(?:ay)?|better|great|right|perfect|nice|lovely|alright|all right)\b/,
    /**
     * "wait i liked it", "no, I meant…", "omg the puppies!!", "mizzica the music", "eh-eh the riddim …": an interjection
     * (English or another tongue's, a cry said twice, or a call to the one addressed: "men", "mate") before an aside's
     * subject, which says no more than it.
     */
    interjection: /^((no|nah|oh|ah|ugh|argh|hmm+|wait|honestly|ngl|tbh|imo|fr|omg|omfg|oh my (god|gosh)|wow|whoa|aw+|yay|lol|men|man|mate|bro|dude|oi+|eish|yoh|haibo|aiyo+h?|aiya|arre|wah|sheesh|yikes|blimey|crikey|strewth|gosh|jeez|dang|caramba|mamma mia|mizzica|madonna|ostia|dios mio|alors|allora|hajde|ajde|haide|yalla|hombre|bueno|pues|oye|dai|ela(?: re)?|ayy+|mano|bhai|yaar|pakka|wallah|abeg|chale|ja|jo|nou|tja|ok so|okay so|eh(?:-eh)*|ay(?:-ay)+|oh-oh|uh-oh)[,!.]*\s+)+/,
    // "I'll put the real audio in after", "I go put …" (Caribbean): what the user will do is no edit verb; nor "the slow parts".
    // "前5秒留不住人": what cannot hold the viewer (留不住, 留得住) keeps nothing; "收尾压阵", "压轴": a place in the running order, no pressing down.
    // "soft change please", "a smooth fade": after a word of how it goes, the edit word is a noun (the change described), no verb.
    // "字幕打上新米上市": 打上 (typed on) adds, as 加上 does.
    verb: /^(把|将|帮我|给我)|\b(?<!(?:\b(?:would|might|will|won't|wouldn't|gonna|going to|i go|we go)|'ll)\s+(?:not\s+|just\s+|also\s+|get\s+|be\s+)?)(?<!\b(?:soft|smooth|gentle|subtle|seamless|hard|sharp|abrupt|clean)\s)(add|make|put|remove|delete|drop|fade|mute|unmute|export|use|set|change|crossfade|speed|(?<!\b(?:is|are|was|were|feels?|seems?|looks?|too|so|very|really|pretty|kinda|bit|talks?|talked|speaks?|spoke|types?|typed|reads?|the|those|these|all|bare|mad|hella|proper|dead|super|well|real|painfully|awfully|terribly) )slow|move|trim|cut|shorten|keep|turn|play|undo|redo|show|zoom|crop|blur|replace|edit|render|save|split|insert)\b|加(?!载)|添|打上|删|去掉|去除|剪|切(?!换|片|削)|裁|截|(?<!切)换|改|调(?!试)|导出|导一?个|移|挪|(?<!回)放(?!(?:到|在)?(?:视频号|抖音|快手|小红书|[Bb]站|朋友圈))|缩|关掉|关了|关闭|关上|打开|开启|静音|撤|恢复|还原|设|变|(弄|整|搞)(?![错好砸坏完个体])|做|拿|甩|留(?![不得]住)|用|配(?!色)|淡|(?<!会)压(?![阵轴])|挑|选/,
    /**
     * An "also", a "should" doing something (which asks; "should be visible" says a state), a comparative, a question, or which one is wanted ("要蓝色的", "红色的", "the upbeat one", 重点是…);
     * not a wish to see or to think it over ("I want to rethink it": the user's own doing).
     */
    more: new RegExp(String.raw`\b(also|as well|and|plus)\b|\btoo\b(?!\s+[a-z])|\b(should|must|needs? to|has to|have to|ought to) (?!(be|stay|remain|look|sound|feel|show|read|keep|have|hear|see|understand|know|notice|think|rethink|reconsider|decide)\b)[a-z]+|还有|也要${POSTED_THERE_TOO_ZH}|另外|以及|还要|顺便|(一|点|些)儿?$|\b(more|less|bigger|smaller|louder|quieter|faster|slower|shorter|longer)\b|[?？]|吗$|^要.+的$|色|字体|字号|大号|小号|粗体|加粗|斜体|\b(fonts?|bold|italic)\b|\bthe (?!other one\b(?!$))\w+ one\b|\bcolou?r(?!ed\b|ful\b)|重点|主要|突出|\b(focus|mainly|especially|make sure)\b|^我?(要|想要|希望|最好)|^(i )?(want|need|would like|'d like|wish)\b(?! to (?:see|watch|read|spot|notice|make out|think|rethink|reconsider|figure (?:it|this|that|things) out|decide|sleep on it)\b)|一下$|(?<twice>\p{Script=Han})一\k<twice>|吧$`, 'u'),
    /** The frame or screen a text sits in ("clean frame", 画面干净点): beside a change of a text, no part of its own. */
    textFrame: /画面|屏幕|\b(?:frame|screen)\b/g,
    /** What each part of the draft is spoken of by, in a clause that asks for nothing. */
    parts: {
      timeline: /段|片段|部分|地方|镜头|(?<![家班校队组部店社院站局处科事村市县省成增擅师])长(?![辈大])|短|(?<![欢轻愉凉痛爽])快|(?<!网(?:络|速)?(?:太|很|有点|比较|特别)?)慢|拖|时长|时间|超时|耐心|完整|整段|全部|流程|过程|步骤|内容|\b(clips?|parts?|(?<!\ba (?:little |tiny |wee )?)bits?|moments?|scenes?|sections?|long|short|tight|fast|snappy|punchy|brisk|(?<!\b(?:wi-?fi|internet|connection|signal|network|link|upload|download)s?\b[^,.;]*)slow(ly)?|whole|entire|all of it|length|time)\b/,
      sound: /声|音|吵|响(?!应)|噪|静|听|\b(sound|audio|noise|noisy|loud|quiet|hear|music|voice)\b/,
      look: /画面|全屏|竖|横|比例|尺寸|背景|黑|暗|亮(?!相)|裁|模糊|糊|近|远|特写|\b(dark|bright|blurry)\b|\b(screen|frame|close|see|view|background|blur|crop|vertical|landscape|shape|aspect|ratio|orientation)\b/,
      words: /(?<![数汉打名关键])字|标题|文字|写错|打错|拼错|错别?字|\b(title|text|caption|words|spelling|font)\b/,
      file: /网(?:络|速)?(?:太|很|有点|比较|特别)?(?:慢|差)|文件|档案|体积|格式|大小|^太大|清晰|画质|分辨率|平台|内网|流量|网速|带宽|mp4|mov|gif|webm|\b(file|format|size|upload|quality|resolution|wi-?fi|internet|connection|signal|network|bandwidth|download)\b/,
      history: /(?<!写|打|拼)错(?!别?字)|^乱$|不对|唔啱|主意|反悔|后悔|又想要|还是想要|^回来$|^(?:那|这)一?步$|\b(mistake|wrong|oops)\b/,
    },
  },
  /** A kind of music asked for without an edit verb: "要欢快的", "来点轻松的", "something upbeat", "go with lofi". */
  moodAsked: /^(?:要|来|换)|\b(some|something|go with|want|need|prefer|rather|switch)\b/,
  /** Stretches where nothing happens, in either language: "等待时间太长了" is said of them, not of the clip. */
  idle: words(IDLE_EN, IDLE_ZH, IDLE_STATE_EN, WAITED_ZH),
  /** "折的过程很安静", "the folding is really quiet": the footage said to be quiet (a state, no place to edit). */
  quietShown: /\b(?:is|are|was|were|gets) (?:very |really |pretty |quite |so |mostly )?quiet$|(?:很|太|特别|比较|挺|都|也|基本)安静(?:了|的)?$/,
  /**
   * "没说话的地方", 没声音的时候, "the quiet parts", "the silent bits", "the slow stretches", "the parts with the dog asleep and no talk": quiet
   * (or dragging) stretches named as places,
   * which a speed said next is for.
   */
  quietPlaces: new RegExp(String.raw`\b(?:quiet|silent|slow|boring|dull|draggy) (?:bits|parts|stretches|sections|spots)\b|${QUIET_EN}|${LACKING_EN}|(${QUIET_ZH}|没有?声音?)的?(地方|部分|时候|片段|段落|时间)|(那些|这些|那几段)(空白|空档|空当|停顿)|${LACKING_ONES_ZH}`),
  /** "那几段没讲话、手也没动的", "手也没动的": stretches named by what does not happen in them alone (的 for "the ones"). */
  lackingOnes: new RegExp(LACKING_ONES_ZH),
  /** Stretches named as such ("the parts", "those bits", 那些地方): what a speed-up said beside "all of it" is still for. */
  stretchNamed: /\b(parts?|bits?|sections?|stretch(es)?|places?|spots?|moments?)\b|地方|部分|片段|段落|时候/,
  /** "拷贝里有几截是我在倒片", "等发令枪的那些片段": stretches named by what happens in them, none by its place. */
  stretchesShown: /有(?:几|些|一些|好几)(?:截|段|处|个地方)|(?:那些|这些|那几|这几)(?:截|段|片段|地方|部分|画面)/,
  /** "those places", 那种地方: stretches the clause before described. */
  thosePlaces: /\b(those|these|such) (parts|bits|spots|stretches|places|moments|sections)\b|(那|这)(种|些|几个)(地方|部分|时候|片段)/,
  /** "两边空着的地方", 空白的地方: the empty sides of the frame, named before the fill asked for them. */
  emptySides: new RegExp(EMPTY_SIDES_ZH),
  /** "the middle clip", 中间那段: the moment in the middle. */
  // ("put the third clip in the middle": a moment named by its place before "in the middle" is put there, not the middle one.)
  middleMoment: new RegExp(String.raw`\bmiddle (${MOMENT_NOUN}|one|bit|chunk)\b|(?<!\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|opening|closing|\d+(?:st|nd|rd|th)) )\b(${MOMENT_NOUN}|one|bit|chunk) in the middle\b|中间(那|这)?一?(段|个片段|个镜头)`),
  /** A part named at length, then said to be something ("the zoom on the login page is too much"): a statement too. */
  statedLong: /^(the|my|this|that|our) [^,]{0,40}? (is|are|looks?|seems?|feels?) (too |so |way |a bit |kind of )?[a-z]+/,
  /**
   * A part said to be too much or a bit something, in Chinese ("背景太花了", "转场有点生硬"): a statement, like "the X is …";
   * so is what it costs ("这边放音乐要版权的", "用这首歌得付费"): why it is refused, no request for it.
   */
  statedZh: /^[^，,。\s\d]{1,8}?(太|有点|有些|过于|特别)[^，,。\s\d]{1,4}了?$|^[^，,。\d]{1,14}?(?:要|需要|得)(?:有)?(?:版权|授权|付费|收费|花钱|给钱|许可)(?:的|呢|啊)?$/,
  /**
   * A statement about a part of the video ("the export failed", "the background is distracting", "the zoom makes me
   * dizzy", "it clashes with our song"): its subject, then a verb of being, seeming or effect (no "should", which asks,
   * nor "it needs", which wants).
   */
  // "加了背景以后边距有点挤": what was done, said as the time of what is wrong, is a statement too.
  // "I undid the fade by accident", "we added the music earlier": what the user did, told, is a statement (not what they wanted).
  statement: /^[^，,。]{0,6}(加|放|换|用|改|开)了[^，,。]{1,8}(以后|之后)|^(the|my|this|that|these|those|our|your) ([a-z-]+ ){0,2}(is|are|was|were|looks?|looked|seems?|seemed|feels?|felt|sounds?|sounded|makes?|made|keeps?|kept|gets?|got|failed|fails|took|crashed|crashes|broke|breaks)\b|^(it|it's|they|they're|he|she) (?!(needs|wants|lacks|deserves|requires|could|should|must|would|can)\b)([a-z]+s|is|are|was|were)\b|^(i|we)(?: (?:just|accidentally|already|mistakenly))? (?!(?:need|speed|proceed|wanted|needed|hoped|wished|preferred|meant|asked|requested|intended|expected|liked|planned|figured|thought|guessed|said|told|decided|tried)\b)(?:[a-z]+ed|undid|did|made|put|took|cut|set|got|left|forgot|lost)\b/,
  /** "… but make it quieter", 不过: what follows an approval asks for a change after all. */
  contrast: /\bbut\b|但|不过|可是/,
  /** What "缩小一点" can shrink other than the zoom: the file, its size, the sound. */
  shrinkable: /\b(file|size|volume|sound)\b|文件|体积|音量|声音/,
  /**
   * The words around an end of the clip said as a text's time ("前4秒显示", "for the first 4 seconds, shown", "最后四秒才出来";
   * "喺开头出三秒", 出 before the length: shown, said short).
   */
  spanWords: /\b(first|last|final|opening|closing|the|only|just|show(n|s)?( up)?|on screen|appear(s)?)\b|最?前[面头]?|头|最后|开头|[最一]开始|开场|结尾|片头|片尾|出现|出来|出(?=\s*[\d一二两三四五六七八九十半])|只|才(?=出现|出来|显示)/g,
  /**
   * "720p resolution is fine", "1080p's good for now": a resolution named and accepted, said alone, is the one set (an
   * approval of what is there names no figure); not "720p is too low", a complaint.
   */
  resolutionAccepted: /^(?:the |a )?(\d{3,4}p|[248]k)(?: resolution| res)?(?: is|'s| would be| will be| should be) (?:(?:totally|perfectly|just|quite|more than) )?(?:fine|ok|okay|good|enough|alright|all right|plenty)(?: enough)?(?: for (?:now|me|us|this|that|it))?[.!]*$/,
  /**
   * "the zoom is fine", "the speed's fine", 音乐挺好的: approval of what is there, which asks for no change ("turn the video sound right down"
   * is no "sounds right"; nor is "clip 1 is right long", where "right" before how it is means "very", as said in the north
   * of England; "显示三秒钟就可以了": a figure that will do is the one asked for, no approval of what is there). "Whatever
   * size is normal", "any resolution": the size left as the editor makes it, no size named. "ok can already", "can lah":
   * Singapore English for "that is fine now".
   */
  approval: new RegExp(`${PRAISED_LOOK}|${/^(?:whatever|any|the (?:usual|normal|standard|default)) (?:size|resolution|res)(?: (?:is|'s) (?:normal|standard|usual|default))?[.!]*$|^(?:(?:ok(?:ay)?|this|it|that)[,!]?\s+)?can(?: already| liao| le)?[.!]*$|(?:\b(is|are|looks?|seems?|sounds?)|(?<=[a-z])['’]s)\s+(?:(?:quite|very|really|pretty|absolutely|just|so) )?(fine|good|great|ok|okay|nice|perfect|right(?! (?:down|up|off|out|back|away|long|short|slow|fast|quick|loud|quiet|boring|dull|small|big|dark|bright|blurry|shaky)\b)|satisfactory|excellent|brilliant)\b|^lgtm$|挺好|不错|还行|(?<!(?:秒|钟|分|%|倍|[\dpk])\s*就)可以了|没问题|满意|(?<!(?:来|整|弄|给|上|换|要|搞)一?个)默认(的)?就(好|行|可以)/.source}`),
  /**
   * "no changes to the speed are requested", "the music needs no change", "nothing needs changing on the zoom": a part
   * said to stay as it is, which names it but asks nothing of it (taken out, what else the clause says is read).
   */
  noChangeWanted: /\bno (?:more )?(?:changes?|edits?|adjustments?|tweaks?|modifications?) (?:to|on|in|of|for|with) (?:the |my |its |our |this |that )?[\w'-]+(?: (?:card|volume|level|track|speed|zoom|text|title|music))?(?: (?:are|is) (?:being )?(?:requested|needed|required|necessary|wanted|asked for))?|\b(?:the |my |its |our |this |that )?[\w'-]+(?: [\w'-]+)? (?:needs?|requires?) no (?:changes?|edits?|adjustments?|tweaks?)\b|\bnothing (?:needs|has) (?:to be )?(?:chang|edit|adjust|touch)\w* (?:on|in|to|with|about) (?:the |my |its |our |this |that )?[\w'-]+/,
  /** "it's good as it is", "fine the way it is": the draft approved as it stands. */
  fineAsItIs: /\b(?:good|fine|ok|okay|great|perfect|alright|nice)\s+(?:as it is|as is|the way it is)\b/,
  /** A shape said with a "no" before it ("not vertical", 不要竖屏): the shape the user does not want. */
  negation: words(REMOVE, NOT),
  /** A "no" that is no remove verb: "don't", 不要, 别, 勿, a bare 不 before a verb (不加速). */
  not: new RegExp(NOT),
  /**
   * "Can you …?", "Could you …?", "how about 45 seconds?", "maybe slow it down?", "is it possible to …?": a request, though it ends in a question mark;
   * and a request, a verb of change said, closed by a tag asking agreement (这段放慢一点好吗, 音乐关掉行不行, 剪成30秒中不中,
   * in dialect 中不, 行不, 得不得, 可以伐: "给弄成四十五秒的中不？"; not 竖屏好不好, which may ask an opinion); 能… opening a
   * clause after a comma too (没动的地方，能快点过去吗).
   */
  // "the music is a touch loud — perhaps a little quieter?", "music louder maybe?", "perhaps a tad faster?": a level or a
  // pace offered with maybe or perhaps, asked as a question, is a request (not "is the music quieter now?"); so is "maybe
  // try the lofi track?", a verb first.
  /**
   * "咋把第三段弄到第二个去？", "怎么把音乐关掉？": how to get a thing (put with 把) somewhere or some way, asked of the
   * editor, is asked done, as 能不能把… is; not what was done asked about ("咋把字幕弄没了？", 了 closing it; "怎么又把…"), nor
   * how a thing is done, named alone ("怎么加字幕？": a question the reply answers, as "how do I add captions?" is).
   */
  howDoneZh: /^(?:那|这)?(?:咋|怎么|怎样|如何)(?:才能|能|可以)?(?:把|将)(?![^？?]*(?:又|老是|总是|一直|了|这么|那么|发到|发布|上传))[^？?]*[^了的？?\s][?？]*$/,
  /**
   * "could the drying-yard part come second?", "can clip 2 go slower?", "can clip 3 open the video?": a moment asked, as a
   * question, to go somewhere or at another pace is a request.
   */
  momentAsked: new RegExp(String.raw`^(?:(?:so|ok|okay|and)\s+)?(?:can|could) (?:the |that |this |my )?(?:[\w'-]+ ){0,2}?(?:${MOMENT_NOUN}|bit|one)s?(?: #?\d+)? (?:(?:go|come|play|run)\b|(?:open|close|start|end|lead|begin|finish) (?:the|our|my|this) (?:${PIECE_NOUN})\b)`),
  // "Pwede po move clip 3 to second?", "boleh tolong make it vertical?": a request opened by Tagalog's or Malay's "can"
  // (pwede po ba, boleh) is asked as "can you" asks it.
  request: /(?:^|[—–-]\s*|,\s*)(?:maybe|perhaps|possibly)\s+(?:just\s+)?(?:a\s+(?:little\s+)?(?:bit|little|touch|tad|notch)\s+|slightly\s+)?(?:quieter|louder|softer|lower|faster|slower|quicker)\b[^?]*\?\s*$|\b(?:quieter|louder|softer|lower)\s+(?:maybe|perhaps)\s*\?\s*$|(^|,\s+)((hey|hi|ok|okay|so|um|uh|right|alright|yo|and)[,!]?\s+)?(can|could|would|will) (you|we)\b|^(hey|hi|hiya|hello|hola|howdy|yo|(?:good )?(?:morning|afternoon|evening)|namaste|namaskar|bonjour|ciao|salut|aloha|salaam|shalom|greetings|g'day)( (?!(what|which|how|why|who|when|where|if|then|is|are|do|does)\b)[\p{L}'-]+)?[\s\p{Extended_Pictographic}\uFE0F,!]*\s(can|could|would|will) (you|u|we)\b|^((maybe|perhaps) )?(try|use|speed|slow|crossfade|trim|cut|add|remove|delete|mute|unmute|export|render|fade|zoom|crop|move|shorten|make|turn|put|set|change) (?!(you|i|we|what|which|how|why|when|where|sense)\b)|^(is (it )?|would it be |will it be )possible to (?!(you|i|we|what|which|how|why|when|where)\b)|^is there (a|any) way to\b(?!.*\b(what|which|how|why|when|where)\b)\S|^(how|what) about\b|^(can|could|may) i (get|have)\b|^(?:can|could) (?:it|this|the (?:video|clip)) be (?:about |around |like |just |only )?\d|^(?:can|could) (?:moment|segment|section|part|scene|shot|clip) #?\d+ (?:be|go|come)\b|^(can|could|would) the (?!.*\bany \w+er\b)((first|second|third|fourth|fifth|last|middle|final|opening|closing|\d+(?:st|nd|rd|th)) (moment|segment|section|part|scene|shot|clip)|music|bgm|song|soundtrack|title|text|captions?|subtitles?|video|clip|clips|moments?|intro|outro|zoom|background|transitions?|fades?|audio|sound)\b|^please\b|^(?:(?:pwede|puwede|pede|pwde)(?:ng)?(?:\s+(?:po|pong|ba|bang|nga|naman|ho))*|boleh(?:\s+(?:tak|ke|tolong))*)\s+(?!(?:you|u|i|we|what|which|how|why|when|where)\b)|能不能|(?:^|(?<=[，,]\s*))(你)?能(?!不能)|可以|帮我|帮忙|麻烦|(?<=(?:调|改|换|加|删|剪|关|开|放|挪|移|弄|搞|整|导|去|拿|变|设|切|裁|缩|拉|提|降|压|淡|配|慢|快)[^，,。]*)(?:好吗|好不好|行吗|行不行|成吗|成不成|中不中|得唔得|好伐|可好|中不|行不|好不|成不|得不得|可以伐|可以不)[?？]?$/u,
  /** Fixed actions the client answers itself, without the chat stream. */
  credits: /\bcredits?\b|\bbalance\b|积分|余额/,
  status: /^\s*(status|show (me )?(the )?tracks|preview in (the )?timeline)\b|状态/,
  upload: /^\s*upload\b|上传/,
  /** "What can you do?", "help", "how does this work": discovery, answered in a few lines (the whole message). */
  help: /^\s*(help|\?|what (else )?can (you|i) do( here)?|what do you do|how (does this|do i use this|do you) work|你能做什么|帮助)\s*[?？!.。]*\s*$/,
} as const;

/**
 * What a message is about, by the intents' words: "make the captions bigger" is about texts though it shares no word
 * with "add the title 'Launch'", 背景音乐太吵 about music.
 */
export const TopicWords: RegExp[] = [
  Words.compile, Words.tooLong, Words.deadAir, Words.speedUpIdle, Words.keepEverything, Words.useSources, Words.shapeNoun,
  ...[...AspectWords, ...PlatformWords].map(([pattern]) => pattern), Words.resolution, Words.zoom, Words.text, Words.music,
  Words.quieter, Words.louder, Words.sourceAudio, Words.mute, Words.background, Words.card, Words.intro, Words.outro, Words.fade,
  Words.crossfade, Words.removeMoment, Words.moveMoment, Words.cutRange, Words.speed, Words.undo, Words.showTracks, Words.export,
];

/**
 * A resolution refused ("export mp4 就行 不用4K", "不要1080p", "别搞超清", "mp4, not 4K"): no resolution asked (so
 * "导出720p 不用4K" is 720p).
 */
const REFUSED_SIZE = String.raw`(?<!(?:不用|不要|别|不需要|用不着|\bnot|\bno need for|\bdon't need|\bdon't want)\s*(?:in|at|用|搞|弄|整|要)?\s*(?:超|全)?)`;
export const ResolutionWords: [RegExp, ExportResolution][] = [
  [new RegExp(String.raw`${REFUSED_SIZE}(?:\b(4k|2160p?|uhd)\b|超高清|4k|${CLEAREST}|最高(画质|分辨率|清晰度)|(画质|分辨率|清晰度)[^，,。]{0,3}最(高|好)|\b(highest|best|max(imum)?) (quality|resolution)\b)`), '4k'],
  [new RegExp(String.raw`${REFUSED_SIZE}(?:\b(1080p?|full hd|fhd|ten eighty)\b|[一幺]零八零|全高清|超清)`), '1080p'],
  [new RegExp(String.raw`${REFUSED_SIZE}(?:\b(720p?|hd|seven twenty)\b|七二零|高清)`), '720p'],
];

export const FormatWords: [RegExp, OutputFormatName][] = [
  [/\bmov\b|quicktime/, 'mov'],
  [/\bwebm\b/, 'webm'],
  // "export as a gift": a phone's autocorrect of "gif" where a file's kind is said (not "a gift for mum").
  [/\bgif\b|\bas an? gift\b(?! (?:for|to)\b)|动图/, 'gif'],
  [/\bmp4\b/, 'mp4'],
];

/** Built-in music beds by the words people use for them. */
export const MusicWords: [RegExp, MusicBed][] = [
  [/lo-?fi|chill|jazzy|轻音乐|低保真/, 'lofi'],
  [/upbeat|energetic|happy|fun|dance|pop(?! (?:some|a|an|the|it|that|this|on|in)\b)|欢快|轻快|动感|活力|节奏感|快节奏|热闹/, 'upbeat'],
  // "soft music", "music, soft, 20%": soft says how loud the music plays (as "softly" does), not which bed.
  [/ambient|calm|relax|peaceful|atmospheric|something calm|舒缓|氛围|安静|轻松|放松/, 'ambient'],
  [/corporate|business|inspiring|motivational|professional|商务|企业|励志/, 'corporate'],
];

/**
 * "Music remove, is too happy for this", "the music's too chill", 音乐太欢快了: a bed's word after "too" (太)
 * is a complaint about the music there is, never that bed asked for.
 */
const BEDS = MusicWords.map(([pattern]) => pattern.source).join('|');
export const BED_COMPLAINED = new RegExp(String.raw`(?:\btoo |太)(?:${BEDS})`, 'g');


/**
 * What sticks out of a new shape, cut off ("多出来的裁了", "多余的切掉", "超出的部分剪了"; the sides named: "多出来的两边裁了",
 * "两边裁了", "左右多的切掉"), not a moment's part (第二段…, 第二段两边剪掉: its two ends).
 */
const EXTRA_CUT_ZH = String.raw`(?<!第[^，,。；]*)(?:(?:多出来|多出去|多余|超出去?|超出来|多)的?(?:两边|两侧|左右|上下|部分|地方|边|画面|那块|那些)?|(?:两边|两侧|左右|上下)(?:多出来|多余|多)?的?(?:部分|地方)?)\s*(?:就|都|直接|给我)?(?:裁|剪|切|砍)(?:了|掉|去|走)(?!\s*(?:\d|[一二两三四五六七八九十半]+\s*(?:秒|s)|一点|一些|点))`;
export const FillWords: [RegExp, (typeof FILLS)[number]][] = [
  // "do the following: …" names what comes, no fill.
  [new RegExp(String.raw`(?<!\bthe )follow|跟随|${FOLLOW_ZH}`), 'follow'],
  [/blur|模糊|虚化|(fit|show) the (whole|entire|full)|\b(keep|see) the (whole|entire|full) (screen|frame|recording|picture) (visible|in view)\b|完整画面|(两边|两侧|左右|上下|边上|边缘|旁边|四周)(用|加|做成?|是|都)?糊/, 'blur'],
  // "black bands", "black borders": the bars as other languages name them (bandes noires, bandas negras).
  // "bars top and bottom", "bars on the sides": bars said where they go are the black ones.
  // "and bars", "go with bars": bars named alone as what is chosen (the wish against the blur taken off: Words.notThis).
  [new RegExp(String.raw`letterbox|black (?:bars|bands|borders|stripes)\b|${BARS_AROUND}|${BARS_ALONE}|黑边|${BLACK_SIDES_ZH}|${BLACK_FILLED_ZH}`), 'letterbox'],
  // zh lexicon: 裁掉 before a length is a trim, not a crop.
  // Said with a shape, what sticks out cut off is the crop: "方的 一比一 多出来的裁了", "竖屏 两边多余的切掉", "9:16 超出去的
  // 剪了" (read only beside a shape; not a moment's extra part, "第二段多余的部分剪掉", a trim).
  [new RegExp(String.raw`${EXTRA_CUT_ZH}`), 'crop'],
  [new RegExp(FILL_NAMED('fit')), 'letterbox'],
  [new RegExp(FILL_NAMED('fill')), 'crop'],
  [new RegExp(SIDES_CUT), 'crop'],
  [/crop|fill the (frame|screen)|zoom(ed)? (in )?to fill|裁剪|裁掉(?!\s*(\d|[一二两三四五六七八九十半]+\s*(秒|s)|最后|一点|一些|点))|裁切|裁满|填满|铺满|撑满/, 'crop'],
];

/** Built-in backgrounds by the words people use for them. */
export const BackgroundWords: [RegExp, BackgroundName][] = [
  [/aurora|purple|violet|极光|紫/, 'aurora'],
  [/sunset|orange|warm|pink|日落|夕阳|晚霞|橙|暖/, 'sunset'],
  [/ocean|blue|sea|海|蓝/, 'ocean'],
  [/midnight|dark|black|night|深色|暗|黑|夜/, 'midnight'],
  [/mint|green|fresh|薄荷|绿/, 'mint'],
];

export const PositionWords: [RegExp, (typeof POSITIONS)[number]][] = [
  [/\b(at the |on )?top\b|\b(?:above|up high)(?=\s*$|\s*[,.;!?]|\s+(?:please|pls|instead|now)\b)|upper|\bhigh(?:er)? part\b|最?(顶部|顶上|上方|上面|上边|上头)|往上|上移|置顶|(?:(?<=[放摆搁在到])|最)顶(?=$|[，,。!！\s吧啦])/, 'top'],
  [/\bbottom\b|\b(?:below|beneath|underneath|down low)(?=\s*$|\s*[,.;!?]|\s+(?:please|pls|instead|now)\b)|\bfoot of the (?:frame|screen|picture|video)\b|\b(?:low|lower) part\b|最?(底部|下方|下面|下边|底下|下头)|往下|下移|置底|(?<=[放摆搁在到]|最)底(?=$|[，,。!！\s吧啦])/, 'bottom'],
  [/\b(center(ed)?|centre(d)?|middle)\b|正中(?:间|央)?|正当中|正中心|中间|中央|居中|(?:正)?当间儿?/, 'center'],
];

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  // ("at the eighteenth second": a point in the clip said by its ordinal second, past the tenth.)
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10,
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

/**
 * What the edit agent can do, one example each way: the "closest things I can do" of a reply that did not
 * understand, and what the README's "What you can say" table is tested against.
 */
export const CAPABILITIES: { en: string; zh: string }[] = [
  { en: 'make a 30-second clip of the best moments', zh: '把精彩片段剪成30秒' },
  { en: 'remove the silence', zh: '去掉静音' },
  { en: 'speed up the idle parts', zh: '加速空闲部分' },
  { en: 'keep everything', zh: '保留全部' },
  { en: 'use only the second file', zh: '只用第二个文件' },
  { en: 'make it vertical for TikTok', zh: '改成竖屏' },
  { en: 'make it 1080p', zh: '分辨率改成1080p' },
  { en: 'auto zoom', zh: '自动缩放' },
  { en: "add the title 'Launch' at the start", zh: '在开头加标题“发布”' },
  { en: 'add lo-fi background music at 35%', zh: '添加背景音乐，音量35%' },
  { en: 'make the music quieter', zh: '音乐小声一点' },
  { en: 'mute the original audio', zh: '去掉原声' },
  { en: 'add a background', zh: '加背景' },
  { en: "add an intro card 'Acme' for 2 seconds", zh: '加片头“产品演示”2秒' },
  { en: 'fade in and out', zh: '淡入淡出' },
  { en: 'crossfade between moments', zh: '加转场' },
  { en: 'remove moment 2', zh: '删除第2段' },
  { en: 'move moment 3 to the start', zh: '把第3段移到开头' },
  { en: 'cut from 0:10 to 0:15', zh: '剪掉0:10到0:15' },
  { en: 'speed it up 1.5x', zh: '1.5倍速' },
  { en: 'undo', zh: '撤销' },
  { en: 'show the tracks', zh: '显示时间线' },
  { en: 'export 1080p MP4', zh: '导出1080p mp4' },
];
