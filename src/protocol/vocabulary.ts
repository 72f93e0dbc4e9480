/**
 * Every domain word of Demo Clip Maker, spelled once: output formats and resolutions, music beds and their `bgm:`
 * sources, quotes, and the English and Chinese words of each intent. The engine's parser, the client's router, the
 * webview and the README's "What you can say" table (tested against it) all read them from here.
 */
import { say, type Lang } from './language';

export const OUTPUT_FORMATS = ['mp4', 'mov', 'webm', 'gif'] as const;
export type OutputFormatName = (typeof OUTPUT_FORMATS)[number];
/** What a user can export at; the engine's 540p is its own preview proxy size. */
export const EXPORT_RESOLUTIONS = ['720p', '1080p', '4k'] as const;
export type ExportResolution = (typeof EXPORT_RESOLUTIONS)[number];
export const RENDER_RESOLUTIONS = ['540p', ...EXPORT_RESOLUTIONS] as const;
export const FORMAT_LABELS: Record<OutputFormatName, string> = { mp4: 'MP4', mov: 'MOV', webm: 'WebM', gif: 'GIF' };
export const RESOLUTION_LABELS: Record<ExportResolution, string> = { '720p': '720p', '1080p': '1080p', '4k': '4K' };

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
 * Quoted text, every way people quote: "…", “…”, 「…」, 『…』, ‘…’, and '…' (a straight single quote only opens
 * after a space or the start and only closes before a space, punctuation or a digit, so "don't" is no quote).
 */
const QUOTE = String.raw`"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』|‘([^’]*)’|(?<=^|[\s(:])'([^\n]+?)'(?=$|[\s,.;:!?)]|\d)`;
export const quotePattern = (): RegExp => new RegExp(QUOTE, 'g');
/** The first quoted words, trimmed; undefined when nothing (or only blanks) is quoted. */
export function quoted(text: string): string | undefined {
  for (const match of text.matchAll(quotePattern())) {
    const words = match.slice(1).find((group) => group !== undefined)?.trim();
    if (words) return words;
  }
  return undefined;
}
/** The text with every quotation taken out, so words inside a title never read as instructions. */
export const withoutQuotes = (text: string): string => text.replace(quotePattern(), ' ');

/**
 * The words the edit agent understands, English and Chinese side by side, in one place. Each entry is tested
 * against one lower-cased clause of the user's message (see splitClauses).
 */
export const Words = {
  compile: /best (moments?|parts?|bits?|clips?|shots?)|highlights?|\bcompile\b|\btrim\b|demo clip|\b(cut|edit|boil|trim) (it |this |the (video|recording|clip) )?down\b|shorten (it|this|the (clip|video|recording))|\bshorten to\b|summar(y|ise|ize)|\brecap\b|teaser|trailer|\bpromo\b|sizzle|good (parts|bits)|key moments|(most )?interesting (moments|parts)|\bcondense\b|\bsqueeze\b|\breduce (it|this|the video)\b|make (it|the video) shorter|under a minute|精彩|剪辑|集锦|精华|合成|合集|高光|回顾|预告|宣传片|短视频|浓缩|精简|压缩|缩短到|剪成|剪短|剪一个|截取|控制在/,
  deadAir: /\b(remove|cut|drop|delete|skip|trim|strip|eliminate|get rid of|jump[- ]?cut)\b.*\b(silen(ce|ces|t)|dead air|pauses?|gaps?|idle (time|parts?)|where nothing (happens|is happening))\b|no dead air|(去掉|删除|删掉|剪掉|去除|去|剪).*(静音|空白|停顿|无声|冷场|没有?声音)|(空白|停顿|无声|冷场|没有?声音).*(去掉|删除|删掉|剪掉|去除)/,
  speedUpIdle: /(speed up|fast[- ]?forward|time[- ]?lapse|faster|加速|快进|倍速).*(idle|boring|slow|quiet|static|waiting|loading|nothing happens|空闲|静止|无聊|没动静)|(idle|boring|slow|quiet|static|waiting|loading|空闲|静止|无聊).*(faster|speed up|fast[- ]?forward|time[- ]?lapse|加速|快进|倍速)|keep everything but (make it )?faster/,
  keepEverything: /keep (it )?(all|everything)|(use|put|keep) (the )?(whole|entire|full) (video|footage|file|recording)s?|no cuts|(don't|do not) cut anything|不要剪|保留全部|全部保留|完整保留|整个视频/,
  useSources: /\b(use )?only\b.*\b(file|upload|video|recording)s?\b|\bonly (use )?[\w-]+\.\w{2,4}\b|[\w-]+\.(mp4|mov|avi|webm|mkv) only\b|\b(just )?use (the )?(first|second|third|last|latest) (file|upload|video|recording)|只用|只使用/,

  aspect: /\b(16:9|9:16|1:1|4:5)\b|vertical|portrait|landscape|horizontal|widescreen|square|tiktok|(?<!(highlight|sizzle|demo) )\breels?\b|\bshorts\b|instagram|youtube|linkedin|phone screen|\bstories\b|竖屏|横屏|竖版|横版|方形|正方形|抖音|快手|b站|哔哩哔哩/,
  fill: /blur(red)?( background| fill)?|letterbox|black bars|\bcrop\b|fill the (frame|screen)|zoom to fill|(fit|show) the (whole|entire|full) (screen|frame|recording)|follow the (action|cursor|pointer|mouse)|模糊背景|黑边|裁剪|完整画面|跟随/,
  zoom: /\bzoom(ed|ing|s)?\b|\bclose[- ]?ups?\b|缩放|放大|特写/,
  zoomOff: /\bno (auto[- ]?)?zoom|\b(turn off|remove|disable|stop|without|undo)\b.*\bzoom|\bzoom(ing)? off\b|(don't|do not) zoom|(不要|取消|关闭|去掉|别)(自动)?(缩放|放大)/,
  zoomLess: /\bless zoom|zoom (out )?(a (bit|little) )?less|\b(not|less) so close|zoom out a (bit|little)|(缩放|放大)(小|少)一?点|少(一点)?(缩放|放大)|别放太大/,
  zoomMore: /\bmore zoom|zoom (in )?more|\bcloser\b|\btighter\b|再放大|放大一点|更近/,
  resolution: /\b(720p|1080p|4k|2160p|uhd|full hd|fhd|hd)\b|超高清|全高清|高清|超清|分辨率/,

  text: /\b(title|caption|subtitle|lower[- ]third|text|heading|label)s?\b|标题|字幕|文字/,
  textAdd: /\b(add|put|insert|show|place|overlay|create)\b|加|添加|显示/,
  textEdit: /\b(change|edit|rename|update|move|replace|reword|set|say)\b|改|修改|移到|放在/,
  textRemove: /\b(remove|delete|drop|clear|hide|get rid of)\b|删除|去掉|移除/,

  music: /\b(music|bgm|soundtrack|song|track|beat|background audio)\b|lo-?fi|音乐|配乐|背景乐|bgm/,
  musicAdd: /\b(add|put|use|play|include|give|throw in|with)\b|加|添加|配|用/,
  musicRemove: /\b(remove|delete|drop|no|without|stop|get rid of)\b.*\b(music|bgm|soundtrack|song|track)\b|(去掉|删除|不要|删掉)(背景)?(音乐|配乐)/,
  quieter: /quieter|softer|lower|turn (it |the music )?down|less loud|小声|调低|降低|小一点|调小/,
  louder: /louder|turn (it |the music )?up|raise|boost|more loud|大声|调高|提高|大一点|调大/,
  noDuck: /(no|without|don't|do not|disable|turn off|stop) (the )?duck|不要闪避/,
  duck: /\bduck(ing)?\b|闪避/,
  mute: /\bmute\b|\bsilence the (original|source|video|footage)|(remove|drop|no|without) (the )?(original|source|video's|footage's|voice|narration) (audio|sound)|静音|(去掉|关闭|关掉)原声/,
  keepAudio: /(keep|restore|unmute|bring back) (the )?(original|source|video's|footage's)? ?(audio|sound)|\bunmute\b|保留原声|恢复原声/,

  fade: /\bfade|淡入|淡出/,
  fadeIn: /fade[- ]?in\b|\bin and out\b|\b(music|it|clip|video) in\b|淡入/,
  fadeOut: /fade[- ]?out|\band out\b|\b(music|it|clip|video) out\b|淡出/,
  crossfade: /cross[- ]?fade|dissolve|smooth (the )?(cuts|transitions)|transitions|交叉淡化|转场/,
  hardCuts: /hard cuts|no (cross[- ]?fades?|transitions)|remove (the )?(cross[- ]?fades?|transitions)|不要转场/,
  removeMoment: /\b(remove|delete|drop|cut|skip|get rid of)\b.*\b(moment|clip|segment|part|scene|shot)\b|(删除|去掉|删掉|剪掉|去除)(第|最后)/,
  moveMoment: /\b(move|put|place)\b.*\b(moment|clip|segment|part|scene|shot)\b|把第.*移到|移动第/,
  shorter: /\bshorter\b|\btrim (moment|clip|segment|part)\b|\bshorten (moment|clip|segment|part|the (first|second|third|last))|缩短/,
  /** With a time range in the clause: "cut from 0:10 to 0:15", "remove 0:10-0:12". */
  cutRange: /\b(cut|remove|delete|drop|skip)\b|删除|剪掉|去掉/,
  speed: /\d+(\.\d+)?\s*[x×倍]|\bx\s?\d|faster|slower|speed|slow (it )?down|slow[- ]?motion|slo-?mo|half speed|double speed|twice as fast|加速|减速|倍速|慢放|快放|加快|放慢|慢动作/,

  undo: /^(please )?undo\b|\bundo (that|the last|it)\b|\bgo back\b|\brevert\b|撤销|撤回/,
  redo: /^(please )?redo\b|\bredo (that|it)\b|重做/,
  startOver: /start over|start again|from scratch|\breset\b|clear (the )?timeline|重新开始|重来|清空/,
  showTracks: /show (me )?(the )?(tracks|timeline)|preview in timeline|what('s| is) (in|on) the timeline|\bstatus\b|状态|时间线|轨道/,
  export: /\bexport\b|\bdownload\b|send me the (video|clip|file)|\brender\b|\bsave (it |the (video|clip) )?as\b|导出|下载|保存/,

  /** A question about the tool, not an instruction: answered by the reply, never by an edit. */
  question: /^(what|how|why|who|when|where|which|is|are|does|do|can i|should)\b|[?？]\s*$|吗\s*$|什么|为什么|怎么|多长|多少/,
  /** "Don't add music", "不要改成竖屏": a refusal changes nothing. */
  refusal: /^(please )?(don't|do not|never|no need to)\s+(add|make|put|change|use|set|insert|include|turn)\b|^(不要|别|不用)(加|添加|改|做|放|用|设)/,
  /** "Can you …?", "Could you …?": a request, though it ends in a question mark. */
  request: /^(can|could|would|will) you\b|^please\b|能不能|可以/,
  /** Fixed actions the client answers itself, without the chat stream. */
  credits: /\bcredits?\b|\bbalance\b|积分|余额/,
  status: /^\s*(status|show (me )?(the )?tracks|preview in (the )?timeline)\b|状态/,
  upload: /^\s*upload\b|上传/,
  /** "What can you do?", "help", "how does this work": discovery, answered in a few lines (the whole message). */
  help: /^\s*(help|\?|what (else )?can (you|i) do( here)?|what do you do|how (does this|do i use this|do you) work|你能做什么|帮助)\s*[?？!.。]*\s*$/,
  /** "Trim … then export" is an edit first: the edit agent handles it, and the user exports after. */
  editVerb: /\b(trim|compile|add|make|cut|remove|title|music|bgm)\b|剪辑|添加|加/,
} as const;

export const ResolutionWords: [RegExp, ExportResolution][] = [
  [/\b(4k|2160p?|uhd)\b|超高清|4k/, '4k'],
  [/\b(1080p?|full hd|fhd)\b|全高清|超清/, '1080p'],
  [/\b(720p?|hd)\b|高清/, '720p'],
];

export const FormatWords: [RegExp, OutputFormatName][] = [
  [/\bmov\b|quicktime/, 'mov'],
  [/\bwebm\b/, 'webm'],
  [/\bgif\b|动图/, 'gif'],
  [/\bmp4\b/, 'mp4'],
];

/** Built-in music beds by the words people use for them. */
export const MusicWords: [RegExp, MusicBed][] = [
  [/lo-?fi|chill|jazzy|轻音乐|低保真/, 'lofi'],
  [/upbeat|energetic|happy|fun|dance|pop|欢快|动感|活力/, 'upbeat'],
  [/ambient|calm|soft|relax|peaceful|atmospheric|something calm|舒缓|氛围|安静/, 'ambient'],
  [/corporate|business|inspiring|motivational|professional|商务|企业|励志/, 'corporate'],
];

/** Aspect ratios by the words people use for them. */
export const AspectWords: [RegExp, (typeof ASPECTS)[number]][] = [
  [/9:16|vertical|portrait|tiktok|\breels?\b|\bshorts\b|stories|phone screen|竖屏|竖版|抖音|快手/, '9:16'],
  [/4:5|instagram (feed|post)|feed post/, '4:5'],
  [/1:1|square|方形|正方形|instagram|linkedin/, '1:1'],
  [/16:9|landscape|horizontal|youtube|widescreen|横屏|横版|b站|哔哩哔哩/, '16:9'],
];

export const FillWords: [RegExp, (typeof FILLS)[number]][] = [
  [/follow|跟随/, 'follow'],
  [/blur|模糊|(fit|show) the (whole|entire|full)|完整画面/, 'blur'],
  [/letterbox|black bars|黑边/, 'letterbox'],
  [/crop|fill the (frame|screen)|zoom|裁剪/, 'crop'],
];

export const PositionWords: [RegExp, (typeof POSITIONS)[number]][] = [
  [/\b(at the |on )?top\b|upper|顶部|上方/, 'top'],
  [/\bbottom\b|底部|下方/, 'bottom'],
  [/\b(center|centre|middle)\b|中间|居中/, 'center'],
];

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
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
