import {
  ABBREVIATED, CARD_LENGTH_AFTER, CARD_RUN_ON_ZH, CLOSING_PARTICLE, type EditOp, HAN, HAS_TO_SAY_EN, LENGTH_RUN_ON, LENGTH_SAID_AFTER,
  LOWER_THIRD_EN, LOWER_THIRD_ZH, MANNER_EN, MUST_SAY_EN, PositionWords, quotations, quoted, quotedAll, quotePattern,
  SAID_AFTER_WORDS, SCREEN_PLACE_EN, SHOWN_RUN_ON_ZH, TEXT_ADDED_ZH, TEXT_COUNTED_ZH, TEXT_NOUN_ZH, TEXT_SWAPPED_ZH,
  RENAME_REFUSED_ZH, TEXT_WORD_ADDED_ZH, TITLE_SMALL_WORDS_EN, Words, inEitherScript,
} from '../../protocol';
import { LONGEST_SHOWN_MS, MOMENT_REF, negated, type ParseContext, readable, UNSAID } from './clauseWords';
import { simplified } from './normalizeWording';
import { slotFragment, textPlacement, textTimeFragment } from './fragments';
import {
  parseAnchor, parseAt, parseClock, parseEdgeSpan, parseFor, parseGone, parseOrdinals, parseRange, parseSeconds,
} from './parseQuantities';

// The clause readers for words on screen: a text (title, caption, lower third) added or edited, an intro or outro card.

export function textOverlayOp(
  text: string, original: string, context: ParseContext, resolve: (n: number, count: number) => number,
): EditOp | undefined {
  // "加那个“点关注”的动画贴纸": a sticker named by its words is no text (and no sticker is made here).
  if (Words.sticker.test(text)) return undefined;
  // "可以帮我写 caption 去 post 面子书吗": words to post with the video on a social feed are no text on it (not read).
  if (Words.captionToPost.test(text)) return undefined;
  // "把“欢迎”改成“你好”", "标题“A”换成“B”": a text's words, then the words it takes.
  const renamed = renamedWords(original);
  if (renamed !== undefined && context.texts > 0 && !Words.card.test(text) && !Words.intro.test(text) && !Words.outro.test(text)) return { op: 'edit_text', text: renamed };
  // "a caption at the bottom that says click next": the words, unquoted, after "says".
  const atEnd = Words.writtenAtEnd.test(text);
  const renamedAs = Words.text.test(text) && context.texts > 0 ? renamedTo(original) : undefined;
  // ("标题换成欢迎加入": an add verb among the new words, unquoted, is theirs.)
  const asked = renamedAs === undefined ? text : text.replace(readable(renamedAs), ' ');
  const words = quoted(original) ?? (((Words.text.test(text) || /写上|写着/.test(text)) && Words.textAdd.test(asked)) || atEnd ? textWords(original)
    : Words.text.test(text) ? renamedAs ?? wordsNamedFirst(original, text) : undefined);
  if (Words.textSays.test(original)) return undefined;
  // "标题显示时间：第1秒至第4秒": a time set off by a colon is when a text shows, no words to show; of the text there,
  // it is when that one shows (read below as its timing); of none, nothing is guessed.
  if (words !== undefined && ONLY_TIME.test(words)) return context.texts > 0 && Words.text.test(text) && !Words.textAdd.test(text.replace(/显示时间/, ''))
    ? timeOfText(`${text} ${readable(words)}`) : undefined;
  // "结尾放 第二段", "最后放 音乐": a part of the draft put at an end is no words to show.
  if (atEnd && words !== undefined && quoted(original) === undefined && DRAFT_PARTS.some((part) => part.test(words.toLowerCase()))) return undefined;
  const mentionsText = Words.text.test(text);
  if (!mentionsText && !(words && (Words.textAdd.test(text) || atEnd))) return undefined;
  // "第三段开头加字幕…": an edge of one moment, whose time on the clip is not known here (not the clip's start; not guessed).
  if (/(段|片段|\b(?:clip|moment|segment|part|scene|shot)s?\s*#?\s*\d+)\s*的?\s*(开头|开始|结尾|末尾|最后)/.test(text)) return undefined;
  const which = parseOrdinals(text).find((n) => n !== undefined);
  const index = which === undefined ? undefined : resolve(which, context.texts);
  // ("加个标题 仙桃无纺布一卷到底 放中间": a place among the words, unquoted, is none of where they go.)
  const unworded = words === undefined || quoted(original) !== undefined ? text : text.replace(readable(words), ' ');
  const placed = unworded.replace(Words.lowerThirdPlace, ' ').replace(Words.textDrifted, ' ');
  const position = Words.textByPlace.test(text) ? undefined : PositionWords.find(([pattern]) => pattern.test(placed))?.[1];
  if (Words.textRemove.test(text) && !words) return index === undefined ? { op: 'remove_text' } : { op: 'remove_text', index };
  // "make the title disappear at 0:08", "make it show up at 0:03": when a text there is goes (the time is its end), or comes.
  const [goesAt, comesAt] = [Words.textGoes, Words.textComes].map((verb) => {
    const said = words ? undefined : verb.exec(text);
    return said ? parseAt(`at ${text.slice(said.index + said[0].length)}`) : undefined;
  });
  // "show the title from 0:03 until 0:09", "the title should appear from second 1 until second 5": both ends said are a
  // range, not only when it goes or comes.
  const ranged = parseRange(text) !== undefined;
  // ("the title should disappear from second 2 until second 4": hidden for a stretch, a gap no edit of a text makes.)
  if (ranged && Words.textGap.test(text)) return undefined;
  const timing = !ranged && goesAt !== undefined ? { end_ms: goesAt }
    : !ranged && comesAt !== undefined ? { start_ms: comesAt } : textTiming(text, quoted(original) !== undefined);
  // "change the title to …", or a text named with a new place or end and no words ("can the text go at the bottom").
  // Without words, "put the title at the bottom" can only move one.
  // "标题到第8秒就消失": a text named with when it goes, and no words, is the one there.
  // "字幕“…”放喺顶", "字幕 温度曲线不刷新 放在底部": a caption or a name strip (a video has many) named first by its
  // words, then put somewhere, is a new one put there; a verb that moves still moves one ("字幕“…”挪到顶部", "把字幕“…”
  // 放到底部"); a title, of which there is one, named so is the one there ("标题“早安” 放在顶部").
  // "标题 新店开业 放在上面", "标题写 “…” 放在最上面", "title 放 top: …": a title named first with its words said apart from
  // it (a space, 写, a colon), then put somewhere, is a new one put there too.
  const namedNew = words !== undefined && (CAPTION_FIRST.test(original.trim()) || TITLE_FIRST_WORDS_APART.test(original.trim()));
  const fromStart = 'anchor' in timing && timing.anchor === 'start' && timing.duration_ms !== undefined;
  // "title only for the first 6 seconds pls": a text named with no words, and how long it shows from the start, said
  // with nothing else, is the one there, shown so (as 标题只显示前6秒).
  const timed = position !== undefined || parseRange(text) !== undefined || parseGone(text) !== undefined || goesAt !== undefined
    || comesAt !== undefined || Words.textComesAt.test(text) || (fromStart && Words.textShownFirst.test(text.trim()));
  const edits = Words.textEdit.test(namedNew ? text.replace(Words.textPutAt, ' ') : text) || Words.textWordsPut.test(text) || (timed && !words);
  const adds = new RegExp(String.raw`\b(add|insert|create${words ? '|put' : ''})\b|^加|加(个|一个|一条|一行|上|入)|添加|增加|插入|打上|打个|标上|标个`).test(unworded) && !Words.textWordsPut.test(text);
  if (edits && !adds && context.texts > 0) {
    // "字幕「注意」改成红色": a look said after the quoted words is the change asked, which the draft cannot make; the
    // quote only names the text (no new words): nothing is read, the words are said back as unread.
    if (Words.textLook.test(original.slice(lastQuoteEnd(original)).toLowerCase()) && quotedAll(original).length === 1) return undefined;
    const edit: EditOp = { op: 'edit_text' };
    if (index !== undefined) edit.index = index;
    // "replace "Helo" with "Hello"", ""Recieve" should be "Receive"": the old words, then the new ones (""B" not "A"",
    // ""B" instead of "A"" the other way).
    const both = quotedAll(original);
    const newFirst = /\b(instead of|not|rather than)\b\W*$/i.test(original.slice(0, original.lastIndexOf(both[1] ?? '')));
    if (words) edit.text = both.length === 2 ? both[newFirst ? 0 : 1] : words;
    if (position) edit.position = position;
    if ('start_ms' in timing && timing.start_ms !== undefined) edit.start_ms = timing.start_ms;
    if ('end_ms' in timing && timing.end_ms !== undefined) edit.end_ms = timing.end_ms;
    // "…, only for the first 3 seconds": shown from the start for that long (the last seconds hang on the clip's length: not guessed).
    if (fromStart && edit.start_ms === undefined && edit.end_ms === undefined) {
      Object.assign(edit, { start_ms: 0, end_ms: timing.duration_ms });
    }
    // "move the text up": a change it could not read is not made as an edit that changes nothing.
    return Object.keys(edit).some((key) => key !== 'op' && key !== 'index') ? edit : undefined;
  }
  if (!words) return undefined;
  // "remove the title 'Hello'", "I want the caption 'Hi' gone": words named to go are no words to add, but the text that
  // has them, read as "remove the title" is.
  if (Words.textRemove.test(text) || Words.textSaidGone.test(text)) return index === undefined ? { op: 'remove_text' } : { op: 'remove_text', index };
  // "字幕用人名条样式": the kind of caption named is the style, not the general word.
  const style = new RegExp(`${LOWER_THIRD_EN}|${LOWER_THIRD_ZH}`).test(text) ? 'lower-third' : /caption|subtitle|字幕/.test(text) ? 'caption' : 'title';
  // A lower third said as two quotes is its two lines: "add a lower third 'Jane Doe' 'CEO, Acme'".
  const lines = style === 'lower-third' ? quotedAll(original).slice(0, 2) : [];
  const motion = Words.slide.test(text) ? 'slide' as const : undefined;
  return {
    op: 'add_text', text: lines.length === 2 ? lines.join('\n') : words, style, ...timing,
    ...(position ? { position } : {}), ...(motion ? { motion } : {}),
  };
}

/** "标题显示时间 第1秒至第4秒": the text there shown for the stretch said, and nothing else changed. */
function timeOfText(text: string): EditOp | undefined {
  const range = parseRange(text);
  return range === undefined ? undefined : { op: 'edit_text', ...range };
}

/** Words that are only a time or a stretch of time ("第1秒至第4秒", "0:02-0:06"; not a year, "2024"). */
const ONLY_TIME = /^(?=.*(?:秒|\d:[0-5]\d|\ds\b|\bs\b|\bsecs?\b|\bseconds?\b))(?:[\d.:\s~～\-–—]|第|秒钟?|至|到|\b(?:from|to|until|s|secs?|seconds?)\b)+$/i;

/** What names a part of the draft, not words to show. */
const DRAFT_PARTS = [MOMENT_REF, Words.music, Words.background, Words.crossfade, Words.fade, Words.zoom, Words.card, Words.intro, Words.outro];

/** "a title saying 50% off": the words after what the text says; a pronoun alone ("a title saying that") names words said before, unread. */
const SAYS = /\b(?:that|which) (?:says|reads)\s+(?!(?:that|this|it|so)\s*[.!?]*$)(.+)$|\bsaying\s+(?!(?:that|this|it|so)\s*[.!?]*$)(.+)$/i;

/**
 * "加个标题写季度复盘", "加个标题叫年度总结", "顶部写上 上线啦", "加标题 新品上线", "加个人名条 王哥", "片头卡写 Sidekick 1.0": the words, unquoted,
 * after 写/叫 or after the text's noun and a space; with 写 alone, only set apart by a space ("标题写错了" adds nothing);
 * "字幕加一句 冷链到家": after the line added to the text's noun, set apart by a space.
 */
const SAYS_ZH = /(?:写(?:上|着)|叫做?|(?:内容|文字)(?:是|为))\s*[:：]?\s*(\S.*)$|(?<=(?:开头|结尾|最后|最前面?|末尾)(?:放|打))\s+(\S.*)$|写\s+(\S.*)$|(?<=(?:字幕|标题|文字)(?:再)?(?:加|来|打)一?[句行])\s+(\S.*)$|(?<=加[^，,。\s]{0,4}写)(?![错得的好完])(\S.*)$/u;
/**
 * "加标题 新品上线": the words set apart from the text's noun by a space alone, tried after the words a marker says, so
 * "加个字幕 从3秒开始 内容是 点这里" has "点这里" for words (what comes between is when it shows); "加个字幕 写纯棉毛巾":
 * after 写 run on too (not "写错了", "写得…").
 */
const NOUN_THEN_WORDS_ZH = new RegExp(String.raw`(?:${TEXT_NOUN_ZH}|${TEXT_WORD_ADDED_ZH})\s+(?:写(?:上|着)?(?:\s+|(?![错得的好完])))?(\S.*)$`, 'u');

/** The words that give a text new words: "改成", "换成", "改为", "更正为" (typed in either script: "標題換成：…"). */
const RENAMED_ZH = inEitherScript('改成|换成|改为|更正为');
/** 换 alone before new words (TEXT_SWAPPED_ZH), not before a look or a place it changes ("标题换 字体", "字幕换 位置"). */
const SWAPPED_ZH = String.raw`${TEXT_SWAPPED_ZH}(?=\s+(?!(?:${Words.textLook.source}|位置|地方|样式|动画|一下|个)))`;

/**
 * "标题改成 新品上线", "title 要改成：Sunrise Valves": a text's new words, unquoted, set apart by a space or a colon after
 * 改成; not a look ("改成 红色的"), a place ("改成 居中") or a length ("改成 3秒"). "把那个标题换成伊犁薰衣草": run on, right
 * after the text's noun, the Chinese words closing the clause, when they are no other text ("换成另一个", "换成新的"), no font or
 * size ("改成粗体", "改成大一号", "改成大写"), no language ("换成英文").
 */
const RENAMED_TO = new RegExp(String.raw`(?<!${RENAME_REFUSED_ZH}\s*)(?:${RENAMED_ZH}|${SWAPPED_ZH})(?:\s*[:：]\s*|\s+)(?!.*(?:色|的|点|些|秒)$)(\S.*)$|(?<=(?:标题|字幕|文字|题目)(?:的?(?:内容|文字|字))?)(?:${RENAMED_ZH})(?![另别其这那原])(?!新(?:的|一|个|标题|字幕|文字))(?!.*(?:色|的|点|些|秒|体|号|写|文|语)$)(\p{Script=Han}{2,})$`, 'u');
/**
 * "change the title to say delivered in 11 minutes", "…to read Hello world", "The title must say: Hola amigos": the new
 * words, unquoted, after what it is to say, or after a colon what it must say ("we spent 3 days, the title should say 3
 * days" may tell the story's figure: not sure).
 */
const TO_SAY = new RegExp(String.raw`\b(?:to (?:say|read)\b\s*:?\s+|${MUST_SAY_EN}\s*:\s*)(?!(?:that|this|it|so|something|better|well|differently|clearer|more|less)\b)(\S.*)$`, 'i');
/**
 * "Grand, now the title should say Open All Year", "the caption must read Day of the Dead": with no colon, what it must
 * say is its new words when typed as a title is written (each word opening with a capital or a figure, but for its small
 * words); "the title should say Free parking", "…should say 3 days" may tell the story: not sure.
 */
const MUST_SAY = new RegExp(String.raw`\b${HAS_TO_SAY_EN}\s+(\S.*)$`, 'i');
const SMALL_WORD = new RegExp(`^(?:${TITLE_SMALL_WORDS_EN})$`);
const titleCased = (words: string) => {
  const each = words.trim().split(/\s+/);
  return each.length >= 2 && each.every((word, i) => /^[\p{Lu}\d]/u.test(word) || (i > 0 && SMALL_WORD.test(word)));
};
const mustSay = (original: string) => {
  const words = MUST_SAY.exec(original.trim())?.[1];
  return words !== undefined && titleCased(words) ? words : undefined;
};
/**
 * "change title to Makroudh Ezzitouna", "rename the caption to 3 Steps to Invoice", "change the title text to Summer Camp
 * 2026" (or the text named first: "title change to Kak Nah Kerabu"): the new words, unquoted, after "to" (or "to:"),
 * when they open with a capital or a figure as typed words do ("change the title to red" is a look, read elsewhere), are
 * two words or more or hold a figure (one capitalised word may as well name a font, "… to Arial"), and are no look,
 * motion, place, language, case, size, colour or font (textChangedToNoWords).
 */
const CHANGED_TO = /^(?:(?:please|pls|kindly)\s+)?(?:(?:change|rename|retitle|update|switch|set)\s+(?:the\s+|my\s+|our\s+)?(?:title|caption|heading|subtitle)(?:'s)?(?:\s+(?:text|words|wording))?|(?:the\s+|my\s+|our\s+)?(?:title|caption|heading|subtitle)(?:'s)?(?:\s+(?:text|words|wording))?\s+(?:change|rename|update|switch|set)(?:\s+it)?)\s+to(?:\s*:\s*|\s+)(?=[\p{Lu}\d])(\S.*)$/u;
const changedTo = (original: string) => {
  const words = CHANGED_TO.exec(original.trim())?.[1];
  const plain = words === undefined ? '' : readable(words);
  return words === undefined || !/\d|\S\s+\S/.test(words.trim()) || [Words.textChangedToNoWords, Words.textLook, Words.slide, ...DRAFT_PARTS].some((other) => other.test(plain.trim())) ? undefined : words;
};
const renamedTo = (original: string) => {
  const renamed = RENAMED_TO.exec(original.trim());
  // ("标题改成 新品上市 底部": where it goes, said after the new words, is no part of them.)
  const said = renamed?.[1] ?? renamed?.[2] ?? TO_SAY.exec(original.trim())?.[1] ?? mustSay(original) ?? changedTo(original);
  const words = said === undefined ? undefined : withoutSaidAfter(said);
  // "标题换成滑入", "字幕换成淡入": run on, a motion or a part of the draft is how the text changes, no words.
  const runOn = renamed?.[2] !== undefined && [Words.slide, ...DRAFT_PARTS].some((part) => part.test(renamed[2]));
  return words === undefined || runOn || PositionWords.some(([place]) => place.test(words.toLowerCase())) ? undefined : words;
};

/**
 * "put the title slowly in the centre": how a text is to come in, said alone (lower case) before where it goes, is no
 * words of it ("put a title Quickly Bakery at the top" gives the words: capitalised, a name).
 */
const HOW_SHOWN_ALONE = new RegExp(`^(?:${MANNER_EN})$`);

/**
 * "put the title Spring Sale at the top", "add a caption hello world on the bottom", "put a title Herdbook at the start",
 * "add the title Mohair Weavers in the centre": the words, unquoted, right after the text's noun, when where (or at which
 * end) it goes closes them (so "put the title back at the top" is no words).
 */
const NOUN_THEN_WORDS = new RegExp(String.raw`^(?:please\s+)?(?:put|add|place|stick)\s+(?:the|a)\s+(?:title|caption|heading)\s+(?!(?:at|on|in|to|from|for|of|up|down|over|back|here|there|text|card|is|was|says|saying|that|which|higher|lower|again|instead|slightly|a bit|a little|more|further|just|right|all|way|also|too|i|we|you|they|it|one)\b)(\S.*?)(?=\s+(?:at|on|in) the (?:very )?(?:${SCREEN_PLACE_EN}|start|beginning|end)\b)`, 'i');

/** "加个标题叫老周接活放在最上面": where it goes, said right after the words with no space, closes them too. */
const PLACED_AFTER_ZH = /(?<=\p{Script=Han})(?:放|摆|显示|出现)(?:在|到)(?:画面|屏幕)?的?最?(?:顶部|顶上|上方|上面|上边|上头|底部|下方|下面|下边|底下|中间|中央|正中间)$/u;

const saysWords = (original: string) => spokenWords(original)?.words;

/**
 * A piece said after a text's unquoted words, set apart by a space, that says in Chinese where, when or how long it
 * shows, or how it comes in ("底下", "从第10秒到15秒", "开头五秒", "显示五秒", "从旁边滑进来"), or a stretch of time in
 * figures ("0:02-0:05"; not a word of English, "on top", nor a figure, "IP65").
 */
function shownHow(piece: string): boolean {
  const said = readable(piece);
  // ("预约电话 0571-88886666": figures with no clock's colon and no unit are no stretch of time.)
  if (!HAN.test(piece)) return /\d:\d|\d\s*(?:s|secs?|seconds?)\b/.test(said) && textTimeFragment(said)?.end_ms !== undefined;
  const slot = slotFragment(said);
  return textTimeFragment(said) !== undefined || textPlacement(said) !== undefined || slot?.edge !== undefined || slot?.length !== undefined;
}

/**
 * Unquoted words, a text's or a card's, without the mark that closes their sentence (SENTENCE_END) and what is said
 * after them of how they show (where, when, how long, how they come in, "that'll do"), in any order; the first piece
 * stays: it is the words.
 */
export function withoutSaidAfter(words: string, card = false): string {
  const cut = [SENTENCE_END, CLOSING_PARTICLE, SAID_AFTER_WORDS, LENGTH_SAID_AFTER, ...(card ? [CARD_LENGTH_AFTER] : [])].reduce(cutEnd, words);
  // ("slide 入嚟", "放 bottom", "从 0:05 到 0:12": a piece typed a word or two at a time is one piece.)
  const last = LAST_PIECES.map((pieces) => pieces.exec(cut)).find((piece) => piece !== null && shownHow(piece[1]));
  const trimmed = last ? cut.slice(0, last.index) : cut;
  return trimmed === words ? words : withoutSaidAfter(trimmed, card);
}

/**
 * The mark that closes the sentence unquoted words end ("… that reads Fasil Ghebbi Digital Archive.", "… saying Step 1:
 * open the app, from 0:02 to 0:06"): a comma or a semicolon, or a full stop that is no abbreviation's ("Globex Inc."),
 * initial's ("D.C.") nor an ellipsis' ("coming soon...").
 */
const SENTENCE_END = new RegExp(String.raw`\s*(?:[,;，；]|(?<!\.|${ABBREVIATED}|\b[a-z]\.[a-z])\.)$`, 'i');

/** The last three pieces set apart by a space, then the last two, then the last one. */
const LAST_PIECES = [/\s+(\S+\s+\S+\s+\S+)$/, /\s+(\S+\s+\S+)$/, /\s+(\S+)$/];

/** What is left of words once what a pattern finds at the end of their simplified form is cut off. */
const cutEnd = (words: string, end: RegExp) => {
  const left = words.slice(0, simplified(words).replace(end, '').length);
  // ("Sitiawan Youth, 4 秒": the comma before what was cut goes with it.)
  return left === words ? words.trimEnd() : left.replace(/[\s,，、]+$/u, '');
};

// ("字幕加上去 放在下面": 上去, 上来 say where it is put, no words.)
const WORDS_RUN_ON_ZH = String.raw`((?![去来]\s)\p{Script=Han}\S*\s.*)`;
/**
 * "加个标题酸碱中和反应 从零秒到四秒", "字幕加一个注意护目镜 开头显示五秒": the words run on right after the text's noun
 * (after 加, or after the noun, 加 and a count, a space between or not: "字幕加一个 五米钢卷尺 放下面"), then, set apart by
 * a space, only how it shows; 打上 (typed on) as 加上: "字幕打上新米上市 放在下面", "打上字幕新米上市 放下面".
 */
const RUN_ON_ZH = new RegExp(String.raw`${TEXT_ADDED_ZH}${TEXT_COUNTED_ZH}?(?:${TEXT_NOUN_ZH})${WORDS_RUN_ON_ZH}$`
  + String.raw`|(?:${TEXT_NOUN_ZH})${TEXT_ADDED_ZH}${TEXT_COUNTED_ZH}\s*${WORDS_RUN_ON_ZH}$`, 'u');

/** "1. 字幕 温度曲线不刷新 8秒到14秒": a clause with no verb that opens with the text's noun, then words set apart by a space. */
const NOUN_FIRST_ZH = new RegExp(String.raw`^(?:\d+[.)、]\s*)?(?:${TEXT_NOUN_ZH})\s+(\S.*)$`, 'u');

/** A caption or a lower third named first in the clause (its words follow). */
const CAPTION_FIRST = new RegExp(String.raw`^(?:\d+[.)、]\s*)?(?:字幕|${LOWER_THIRD_ZH})`, 'u');

/** A title named first in the clause, its words not quoted right after it ("标题“早安” 放在顶部" names the one there). */
const TITLE_FIRST_WORDS_APART = /^(?:\d+[.)、]\s*)?(?:标题|title\b)(?!\s*[“「『"'])/iu;

/**
 * Words said before how a text shows (said of it, at least one piece), that are words to show: not a particle or a
 * verdict (notTextWords), nor a look, a sticker, a card or another part of the draft ("字幕加一个背景 开头五秒").
 */
function wordsBeforeShownHow(said: string | undefined): string | undefined {
  if (said === undefined) return undefined;
  const words = withoutSaidAfter(said.trim());
  if (words === said.trim() || shownHow(words)) return undefined;
  const plain = readable(words);
  const other = [Words.notTextWords, Words.textLook, Words.sticker, Words.card, Words.judged, Words.slide, ...DRAFT_PARTS].some((pattern) => pattern.test(plain));
  return other ? undefined : words;
}

/** The unquoted words a text is given: said after a marker or the noun, or run on after the noun before how it shows. */
function textWords(original: string): string | undefined {
  // ("加个标题和字幕 开头五秒": only how it shows is no words.)
  const said = saysWords(original);
  if (said !== undefined) return shownHow(said) ? undefined : withoutSaidAfter(said);
  // ("…博兴草柳编纯手工从第五秒到第十秒": when it shows, run on, is set apart as if spaced.)
  const runOn = RUN_ON_ZH.exec(shownAfterCommaSpaced(original.trim()).replace(SHOWN_RUN_ON_ZH, ' '));
  return wordsBeforeShownHow(runOn?.[1] ?? runOn?.[2]);
}

/** "字幕打上新米上市，放在下面": how the words show, said last after a comma, is set apart as after a space. */
function shownAfterCommaSpaced(said: string): string {
  const comma = said.search(/[，,](?=[^，,]+$)/);
  const shown = said.slice(comma + 1).trim();
  return comma > 0 && shownHow(shown) ? `${said.slice(0, comma)} ${shown}` : said;
}

/**
 * "字幕 温度曲线不刷新 8秒到14秒", "标题 新店开业 放在上面", with no verb but where it is put: the words after the noun,
 * when how it shows follows them.
 */
const wordsAfterNoun = (original: string) => {
  const said = NOUN_THEN_WORDS.exec(original);
  return said && HOW_SHOWN_ALONE.test(said[1]) ? null : said;
};
const wordsNamedFirst = (original: string, text: string) =>
  (Words.textEdit.test(text.replace(Words.textPutAt, ' ')) ? undefined : wordsBeforeShownHow(NOUN_FIRST_ZH.exec(original.trim())?.[1]));

/**
 * The unquoted words a text is given, and whether they were said as words (after "says", 写着, 内容是) or only set apart
 * from the text's noun by a space ("加个字幕 保存设置", where a request may as well follow the noun).
 */
function spokenWords(original: string): { words: string; marked: boolean } | undefined {
  const han = HAN.test(original);
  const marked = SAYS.exec(original) ?? (han ? SAYS_ZH.exec(original.trim()) : null);
  const said = marked ?? wordsAfterNoun(original) ?? (han ? NOUN_THEN_WORDS_ZH.exec(original.trim()) : null);
  const words = said ? said.slice(1).find((group) => group !== undefined)?.replace(SAID_AFTER_WORDS, '').replace(PLACED_AFTER_ZH, '').trim() : undefined;
  // "加个字幕 自动翻译得唔得": unquoted words closed by a yes/no tag ask whether it can be done, no words to show.
  return words === undefined || Words.askedTag.test(words) ? undefined : { words, marked: marked !== null };
}

/**
 * An export's verb said only among the words a text is given: "加个字幕写着保存设置" gives those words (no export);
 * "加个字幕 保存设置", set apart by a space alone, may as well be a request said after the text: unsure, so neither.
 */
export function exportAmongWords(text: string, original: string): 'words' | 'unsure' | undefined {
  // ("字幕 点这里下载 底部": the words named first with no verb are as unsure.)
  const namedFirst = Words.textAdd.test(text) ? undefined : wordsNamedFirst(original, text);
  // ("标题换成新品发布": the words a text is changed to are marked by 换成 as by quotes.)
  const renamed = renamedTo(original);
  if (!Words.text.test(text) || (!Words.textAdd.test(text) && namedFirst === undefined && renamed === undefined)) return undefined;
  const quote = quoted(original) ?? renamed;
  const said = quote !== undefined ? { words: quote, marked: true } : namedFirst !== undefined ? { words: namedFirst, marked: false } : spokenWords(original);
  if (said === undefined || !Words.export.test(said.words.toLowerCase()) || Words.export.test(text.replace(said.words.toLowerCase(), ' '))) return undefined;
  return said.marked ? 'words' : 'unsure';
}

/** A change said between two quotes: "改成", "to", "->". */
const CHANGE_BETWEEN = new RegExp(String.raw`^\s*(${RENAMED_ZH}|替换成|替换为|变成|改|换|(?:(?:changed|renamed|switched|swapped|updated|turned)\s+)?(?:to|into)|->|→|=>)\s*$`, 'i');

/** The second of two quotes with a change between them ("“欢迎”改成“你好”", "'Hi' to 'Hello'"): the words a text takes. */
function renamedWords(original: string): string | undefined {
  const [first, second, ...more] = [...original.matchAll(quotePattern())];
  if (first === undefined || second === undefined || more.length > 0) return undefined;
  const between = original.slice(first.index + first[0].length, second.index);
  const words = second.slice(1).find((group) => group !== undefined)?.trim();
  return words && CHANGE_BETWEEN.test(between) ? words : undefined;
}

/** Where the last quoted words of a clause end (0 with none). */
const lastQuoteEnd = (original: string) => quotations(original).at(-1)?.end ?? 0;

/**
 * "… for 2 seconds and an outro card 'Diolch' for 3", "outro card 'Bye' for 4": a card lasts a few seconds at most, so a
 * bare figure it is said to last, said last, is seconds (the unit said once for both, or not at all); not one past the
 * longest card, nor a figure with no "for" ("outro 'Top 3'" keeps its words).
 */
function bareCardLength(text: string): number | undefined {
  const figure = Number(/\bfor (\d+(?:\.\d+)?)\s*[.!]*$/.exec(text.trim())?.[1] ?? NaN);
  return figure > 0 && figure * 1000 <= CARD_LONGEST_MS ? figure * 1000 : undefined;
}

/** The longest a card lasts. */
const CARD_LONGEST_MS = 10_000;

/** "add an intro card 'Acme' for 2 seconds", "end with 'Try it at acme.io'", 加片头“产品演示”2秒, "remove the outro". */
export function cardOp(text: string, original: string): EditOp | undefined {
  if (Words.textSays.test(original)) return undefined;
  // A card said with where it goes: "a card at the end saying …", 结尾加一张卡片.
  const cardFor = Words.cardFor.exec(text);
  const anchor = Words.card.test(text) ? parseAnchor(text) ?? (cardFor ? (cardFor[1] ? 'start' : 'end') : undefined) : undefined;
  // "片头那个卡不要了 片尾留着": the card said to stay is none of the one taken away.
  const named = Words.without.test(text) ? text.replace(Words.cardKept, ' ') : text;
  const thanks = Words.without.test(text) ? null : Words.thanksCard.exec(simplified(original));
  const [intro, outro] = [Words.intro.test(named) || anchor === 'start', Words.outro.test(named) || anchor === 'end' || (thanks !== null && anchor === undefined)];
  // "remove both cards", 卡片都删掉: with neither named, every card.
  if (!intro && !outro) return Words.card.test(text) && Words.without.test(text) && !quoted(original) ? { op: 'remove_card' } : undefined;
  const card = intro && outro ? undefined : intro ? 'intro' as const : 'outro' as const;
  // "an outro that says Thanks for watching": the words, unquoted, after "says".
  const quote = quoted(original);
  const words = quote ?? (Words.without.test(text) ? undefined : cardWords(original, negated(text, /写/)) ?? thanksWords(thanks));
  if (Words.without.test(text) && !words) return card ? { op: 'remove_card', card } : { op: 'remove_card' };
  // A card stands before or after the footage: words "for the last 4 seconds" of it are a text over it.
  if (!words || !card || /\b(first|last|final) \d|(前|最后)\s*\d/.test(text)) return undefined;
  // "片头 写 30秒学会剪辑": a figure among the words is none of the card's length.
  const rest = quote === undefined ? text.replace(readable(words), ' ') : text;
  const length = parseFor(rest) ?? parseSeconds(rest) ?? bareCardLength(rest);
  return { op: 'add_card', card, text: words, duration_ms: Math.min(CARD_LONGEST_MS, Math.max(500, length ?? UNSAID.cardMs)) };
}

/** The words of a card named by them ("a thank you card" shows "Thank you"), as a title would set them. */
function thanksWords(thanks: RegExpExecArray | null): string | undefined {
  const said = thanks?.groups?.en?.replace(/-/g, ' ') ?? thanks?.groups?.zh ?? thanks?.groups?.runOn;
  return said === undefined ? undefined : said.charAt(0).toUpperCase() + said.slice(1);
}

/**
 * "片尾加个卡片 写张家口充电就找我们", "outro写Woodlands CCTV Install", "加字卡在最後面 寫員林老店六十年": a card's words, unquoted,
 * run on after 写 (寫) said right after the card's name or opening a part set apart by a space; not what is said of
 * what is written there ("片尾写错了", "片头写得太小", "结尾写的字", "片尾写了个谢谢", "片头写这个", "片尾 写太长了").
 */
const CARD_WRITTEN = new RegExp(String.raw`(?:\s|${[Words.intro, Words.outro, Words.card].map((named) => named.source).join('|')})(?:卡片?)?写(?:上|着)?\s*[:：]?\s*(?![错得的地好完了过成点个字一什么啥怎太很这那些])(?<words>\S.*)$`, 'iu');

/**
 * A card's unquoted words: after "says" or 写着 as a text's, or after 写 (CARD_WRITTEN, not refused: "别在片尾写谢谢观看");
 * unsure with a length run on.
 */
function cardWords(original: string, refused: boolean): string | undefined {
  const written = refused ? null : CARD_WRITTEN.exec(simplified(original));
  const said = saysWords(original) ?? (written ? original.slice(written.index + written[0].length - written.groups!.words.length) : undefined);
  const words = said === undefined ? undefined : withoutSaidAfter(said.trim(), true);
  if (said === undefined && !refused) {
    const runOn = CARD_RUN_ON_ZH.exec(simplified(original));
    return runOn ? wordsBeforeShownHow(original.slice(runOn.index + runOn[0].length)) : undefined;
  }
  return words && !LENGTH_RUN_ON.test(simplified(words)) ? words : undefined;
}


/**
 * A length in seconds said last: set apart by a space or said with how it shows ("…“瓷砖美缝”显示三秒"), or set off by
 * commas, last or among the text's other details ("… at the end, 5 seconds", "… at the start, 4 seconds, slide it in";
 * an English length run on with no comma may be the text's words: "ready in 5 seconds").
 */
const SHOWN_FOR = /(?:\s|显示|停留|停)(\d+(?:\.\d+)?)\s*秒钟?$|[,，]\s*(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)(?=\s*[,，]|$)/;

/**
 * "titel at the end 'Sahtein' 3 second", "caption 'Welcome' 4 seconds": with the words quoted, none of the rest is theirs,
 * so an English length said last, run on, is how long it shows too (not a point: "at 3 seconds", "until 5 seconds").
 */
const SHOWN_FOR_AFTER_QUOTE = /(?<!\b(?:at|from|to|until|till|by|after|before|around|in|within|first|last)\s+)(?<![\d.:])(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)$/;

/** When a text shows (read from the clause without its quotes): a range, a start and a length, an edge, or nothing. */
function textTiming(unquoted: string, wordsQuoted: boolean): Partial<Pick<Extract<EditOp, { op: 'add_text' }>, 'start_ms' | 'end_ms' | 'duration_ms' | 'anchor'>> {
  const range = parseRange(unquoted);
  if (range) return range;
  const edge = parseEdgeSpan(unquoted);
  if (edge) return edge;
  // "结尾放 Shop Now 三秒": a length said last, after a space, is how long it shows.
  const shownFor = SHOWN_FOR.exec(unquoted) ?? (wordsQuoted ? SHOWN_FOR_AFTER_QUOTE.exec(unquoted.trim()) : null);
  const said = parseFor(unquoted) ?? (shownFor ? Number(shownFor[1] ?? shownFor[2]) * 1000 : undefined);
  // "加人名条“王敏”，三十秒": a length no text shows for is the clip's (read in its own clause).
  const duration = said !== undefined && said <= LONGEST_SHOWN_MS ? said : undefined;
  // "0:22加字幕…": a clause that opens with a clock time says when.
  const clock = parseClock(unquoted);
  const at = parseAt(unquoted) ?? (clock?.index === 0 ? clock.ms : undefined);
  const anchor = parseAnchor(unquoted);
  const gone = parseGone(unquoted);
  return {
    // "改成第2秒出来、第5秒消失": a point before the one it goes at is when it comes ("在0:12消失" is one point, its end).
    ...(at !== undefined && (gone === undefined || at < gone) ? { start_ms: at } : {}),
    ...(gone !== undefined ? { end_ms: gone } : {}),
    ...(duration !== undefined ? { duration_ms: duration } : {}),
    ...(anchor ? { anchor } : {}),
  };
}
