import { isDeepStrictEqual } from 'node:util';
import { ABBREVIATED, ADD_REFUSED_ZH, ANOTHER_FILE_ZH, BUT_ZH, JUDGED_BEFORE_INSTEAD, DESCRIBED_NOUN, DRIFTED_THEN, type EditOp, EVERY_ONE_EN, FADE_LENGTHENED_ZH, FEELING_REASON, FIGURE_APPROVED, FINISHED_FIRST_ZH, GERUNDS, FormatWords, inEitherScript, KEPT_AS_IS, LABEL_LEAD_ZH, LATER_ZH, LEVEL_TURNED_ZH, LOWER_THIRD_ZH, MOMENT_DONE, MOMENT_NOUN, MOMENT_STATED, MUSIC_APPROVED, NO_FIRST_ZH, NO_WAIT, NOT_OVER, ONE_MORE, ONE_MORE_FILE_ZH, ORDINALS, OUTPUT_FORMATS, OTHER_CARD_TOO, PLACE_NUMBER, PUT_OFF_ZH, quoted, quotePattern, resolutionFromText, SAID_AGAIN, SCREEN_PLACE_EN, SIZE_WRITTEN, SLIP, SLIP_BEFORE_FIGURE, SPACED_SLIP_ZH, STAYS, TEXT_LABEL_LEAD_EN, TEXT_NAMED_LEAD, TEXTING_SHORTHAND, THEN_PAUSED, AND_ASIDE, TURNED_PART_ZH, UNIT_ZH, WAIT_UNTIL_ZH, Words } from '../../protocol';
import { EVERY, maskQuotes, MOMENT_NAMES, MOMENT_REF, ORDINAL_EN, type ParseContext, placesNamed, readable } from './clauseWords';
import { pointFragment, slotFragment, textPlacement, textTimeFragment } from './fragments';
import { AUDIO_FILE } from './mediaOps';
import { namesPart, parseClause, readAlone } from './parseClause';
import { normalizeNumbers, parseOrdinals, parseRange } from './parseQuantities';
import { withoutSaidAfter } from './textOps';

// A message → the clauses the grammar reads one by one: split at sentences, "then" and commas, kept whole where
// a split would cut one request (a quote, a colon's words, a moment described before its number).

/**
 * "开头加个标题：产品演示": the words of a text or card being added, after a colon, as if quoted (not a clock's "0:05",
 * nor "the title: too big", which adds nothing).
 */
export function colonQuoted(clause: string): string {
  // "片头片尾都加上：片头“…”，片尾“…”": the colon heads the parts listed after it, each named with its quoted words.
  const headed = partHeaded(/(?<!\d)[:：]\s*(.+)$/.exec(clause)?.[1] ?? '');
  if (headed !== undefined) return headed;
  const said = colonWords(clause);
  if (!said) return clause;
  const [open, close] = said.inner ? ['『', '』'] : ['“', '”'];
  // "加个人名条：王芳，再加个字幕给学员": another text added after a comma is a request of its own, none of the words.
  const own = said.inner ? said.words : said.words.slice(0, ANOTHER_TEXT_ADDED.exec(said.words)?.index);
  // "字幕：東北大学 材料研究室 放在下面", "outro card: Call us, 3s": where, how or how long it shows, said after the words, is none of them.
  const words = said.inner ? said.words : withoutSaidAfter(own, !Words.text.test(readable(clause.slice(0, said.at))));
  return `${clause.slice(0, said.at)} ${open}${words}${close}${said.words.slice(words.length)}`;
}

/**
 * Whether `said` (a clause left unread) is the clause `back` places before the one at `place`, as read: "第一段，太长了"
 * names the moment just before the complaint, so the two are one statement (not when a clause read between them).
 */
export const isClauseBefore = (clauses: readonly string[], place: number, said: string | undefined, back = 1)
  : said is string => said !== undefined && place >= back && said === colonQuoted(clauses[place - back]);

/** Words after a colon that name a card or text, then its quoted words ("片头“皮影戏进校园”"): a part of their own. */
function partHeaded(after: string): string | undefined {
  const quote = quotePattern().exec(after);
  const named = quote === null ? '' : after.slice(0, quote.index).trim();
  const part = [...named].length <= 4 && [Words.text, Words.card, Words.intro, Words.outro].some((names) => names.test(readable(named)));
  return quote !== null && quote.index > 0 && part ? after.trim() : undefined;
}

/** "再加个字幕…", "然后加一条标题…": another text added, the request opening its clause. */
const TEXT_ADDED_OPENING = String.raw`(?:(?:再|然后|另外|还)\s*)?(?:加|添加|增加)(?:一?[条个行句段])?\s*(?:${Words.text.source})`;
export const OPENS_TEXT_ADDED = new RegExp(String.raw`^\s*${TEXT_ADDED_OPENING}`);
/** "，再加个字幕…": another text added, said after a comma. */
const ANOTHER_TEXT_ADDED = new RegExp(String.raw`\s*[，,]\s*${TEXT_ADDED_OPENING}`);

/** A Chinese text or card noun alone before a colon labels the words after it ("片尾卡：谢谢观看"). */
const LABEL_ZH = new RegExp(String.raw`^(标题|字幕|文字|片头|片尾|${LOWER_THIRD_ZH}|(开头|结尾|片头|片尾)?(卡片|字卡)|片头卡|片尾卡)$`);

/** Where the words of a text or card given after a colon start, and whether a quote stands inside them. */
function colonWords(clause: string): { at: number; words: string; inner: boolean } | undefined {
  const colon = /(?<!\d)\s*[:：]\s*(.+)$/.exec(clause);
  // "加一行字幕：点击右上角“保存”": words after a colon that only quote a word inside them are all the words.
  const inner = colon !== null && (quotePattern().exec(colon[1])?.index ?? 0) > 0 && !/[『』]/.test(colon[1]);
  // "开场加片头：2026数字化峰会": words may start with a figure; a time or a length alone after the colon is no words, nor
  // is a place alone ("title: top", 字幕：底部), where the text goes.
  if ((quoted(clause) && !inner) || !colon || timingOnly(colon[1]) || Words.placeAlone.test(colon[1].trim().toLowerCase()) || partHeaded(colon[1]) !== undefined) return undefined;
  // "Title: change it to 'Launch'": a request about the part labelled, its words quoted in it, gives no words of its own.
  if (inner && ASKED_OF_IT.test(colon[1].toLowerCase())) return undefined;
  // "label：加一条caption“快捷键 W 画框”": a text added after the colon, named before its quoted words, is a request of its
  // own (the label heads it), not words with a quote inside them.
  if (inner && TEXT_ADDED.test(readable(colon[1].slice(0, quotePattern().exec(colon[1])?.index)))) return undefined;
  // "Title: move it to the bottom, please": a change of the part labelled, unquoted, says where or how big it goes.
  // ("title: Move It To The Top", each word capitalised, is a title's words.)
  const titleCase = /^(?:[^a-z\s]\S*\s*)+$/.test(colon[1].trim());
  if (!inner && !titleCase && ASKED_OF_IT.test(colon[1].toLowerCase()) && MOVED_OR_SIZED.test(colon[1].toLowerCase())) return undefined;
  const head = readable(clause.slice(0, colon.index));
  const names = Words.text.test(head) || Words.card.test(head) || Words.intro.test(head) || Words.outro.test(head);
  // "加一个标题，写：我们家的新菜谱": after the text named alone, a colon after 写 gives its words.
  // (Read as typed: "please: crossfade" is no 写 whose words follow, though "please" alone reads as nothing.)
  // ("Write on bottom: …": the write word and only where the words go, as "write … on the bottom" says it.)
  const before = clause.slice(0, colon.index).toLowerCase().trim();
  const unwritten = before.replace(EVERY.writeWords, '').trim();
  // ("write on bottom: hello, on top: bye": a second place and colon after a comma heads other words, none of these.)
  const placedAgain = /[,;，]\s*([^,;，:：]+?)\s*[:：]/.exec(colon[1]);
  const writes = unwritten === '' || (unwritten !== before && textPlacement(unwritten)?.position !== undefined
    && (placedAgain === null || textPlacement(placedAgain[1].toLowerCase())?.position === undefined));
  // "title: Welcome to Acme": a text noun alone, with no article, labels the words to add ("the title: too big" adds nothing).
  // ("title 放 top: …", "标题放中间：…": the noun and where it goes label them too.)
  const named = head.trim().replace(LABEL_LEAD_ZH, '');
  const label = (/^[a-z-]+( [a-z-]+)?$/.test(named) && !/^(the|this|that|my|your|our)\b/.test(named) && !Words.topicHeading.test(named)) || LABEL_ZH.test(named)
    || (TEXT_NAMED_LEAD.test(head.trim()) && textPlacement(head.trim().replace(Words.text, '').trim())?.position !== undefined)
    || labelShown(head.trim());
  return (names && (Words.textAdd.test(head) || label)) || writes ? { at: colon.index, words: colon[1].trim(), inner } : undefined;
}

/**
 * "title at the top for the first 5 seconds: …", "new text at top: …", "chuck a title up the top: …": a text named
 * alone or as new, then only where and when it shows, labels the words after the colon as a new text's.
 */
function labelShown(head: string): boolean {
  const rest = head.slice(TEXT_LABEL_LEAD_EN.exec(head)?.[0].length ?? 0);
  const noun = Words.text.exec(rest);
  if (noun?.index !== 0) return false;
  const words = rest.slice(noun[0].length).trim().split(/\s+/).filter(Boolean);
  const placed = (said: string) => textPlacement(said)?.position !== undefined;
  const timed = (said: string) => textTimeFragment(said) !== undefined || slotFragment(said)?.edge !== undefined
    || slotFragment(said)?.length !== undefined;
  // (where, then when, or the other way round; either alone)
  return words.length > 0 && words.some((_, cut) => [[placed, timed], [timed, placed]].some(([first, then]) => {
    const [one, two] = [words.slice(0, cut + 1).join(' '), words.slice(cut + 1).join(' ')];
    return (first(one) || (cut === words.length - 1 && then(one))) && (two === '' || then(two));
  }));
}

/**
 * "0:05", "3秒", "三秒" (a figure in words too), "0:02到0:06", "5 seconds", "0:05开始讲解": words after a colon that say
 * when or how long, or open with a clock time.
 */
export const timingOnly = (said: string) => /^\d{1,2}\s*[:：]\s*[0-5]\d/.test(said.trim())
  || /^\d/.test(normalizeNumbers(said.trim())) && normalizeNumbers(said.toLowerCase()).replace(/\d+(?:[.:：]\d+)*|秒钟?|分钟?|毫秒|\b(?:ms|s|secs?|seconds?|mins?|minutes?|to|from|for|until)\b|[到至从起后前开始结束左右以内处时的出现显示消失持续~～\-–—\s,，.。]/g, '') === '';

/** Chinese verbs that start a new request after 并, or after a space ("剪成一分钟 导出GIF", 到出mp4 typed by its sound). */
const ZH_VERB = String.raw`加|添加|改|去掉|删|导出|到出(?=\s*(?:mp4|mov|gif|webm|\d))|把|调`;

/**
 * Verbs that start a request after a comma or an "and"; some only before certain words ("take the …", "take it down",
 * "…, take it off": a part just named, taken off, not "take it off the intro").
 */
const PLAIN_VERB = String.raw`add|make|put|do(?= (?:a|an|me a|us a) )|cent(?:er|re)(?= (?:the|it|my|our|this|that|them|everything)\b)|remove|delete|drop|lose|ditch|kill|scrap|toss|axe|nuke|bin|exclude|omit|banish|take(?= (?:the|my|our|that|this|those|these|dat|dis) | it (?:(?:right|all\sthe\sway|way) )?(?:down|up)\b| it off\b(?! (?:the|of|from|my|this|that)\b))|knock(?= (?:it|that|this|them|the(?: \w+){1,3}) (?:down|up|back)\b)|halve|have(?= (?:it|them|the|that|this) \w+)|get rid(?: of|(?=\s*[.!]*$))|fade|mute|unmute|duck(?= (?:it|the|that|them|under)\b)|export|render|use|set|change|swap|crossfade|speed|slow|move|trim|cut|shorten|keep|turn|bump|crank(?= (?:it|the|that|this|them|up)\b)|pump(?= (?:it|the|that|this|them) up\b)|reduce|lower|raise|boost|play|undo|redo|show|zoom|auto[- ]?zoom|slap|stick|switch(?= (?:the|that|this|them|off|on|over|to)\b)|flick(?= (?:the|that|this|them|off|on)\b)`;

/**
 * A verb as it is typed or said ("the last bit — mak it jist 6 seconds lang", ", rm the title", "mek it 30 seconds"):
 * its spellings in TEXTING_SHORTHAND, which the clause is read with, start a request as the verb does (DONT below is
 * "don't" the same way). A verb said only before certain words (take, do) keeps its own guard: no spelling of it here.
 */
const SPELLED_VERB = Object.keys(TEXTING_SHORTHAND).filter((word) => new RegExp(String.raw`^(?:${PLAIN_VERB})$`).test(TEXTING_SHORTHAND[word]));
const VERB = [PLAIN_VERB, ...SPELLED_VERB].join('|');

/** A request said of "it", the part a label before a colon names ("change it to …", "make it say …"). */
const ASKED_OF_IT = new RegExp(String.raw`^(?:please )?(?:(?:${VERB}|rename|edit|update|replace|switch|alter) (?:it|this|that)\b|(?:change|rename|switch|update|edit|alter) (?:to|into)\b)`);

/** A text added, named by its noun ("加一条caption", "add a caption"): the request the words after it are for. */
const TEXT_ADDED = new RegExp(String.raw`^(?:(?:please )?(?:add|put|insert) (?:an? |one more |another )?|(?:再|请)?(?:加|添加|增加)(?:一?[条个行句段])?\s*)(?:${Words.text.source})\s*$`);

/** Where or how big "it" goes ("… to the bottom", "… up", "… bigger"): a request, not a title's words. */
const MOVED_OR_SIZED = /\b(?:to|at|in) the (?:top|bottom|middle|cent(?:er|re)|left|right|corner|side)\b|\b(?:up|down) (?:a (?:bit|little|notch|touch)|some)\b|\b(?:bigger|smaller|larger|higher|lower)\b/;

/**
 * The clauses of a message, each asking for one thing: split at sentences, "then" and commas, a description of a
 * moment folded into its number, a shared verb or a list spread over the things it names.
 */
export function clausesOf(message: string, context: ParseContext): string[] {
  return splitClauses(onesNamed(exportLast(message.replace(Words.kaomoji, ' ').replace(Words.sizeThen, ', then another in ').replace(Words.typedTag, '是不是').replace(Words.spacedOrdinal, '$1').replace(MOMENT_WHERE, '').replace(RESTATED_AS, ', ').replace(Words.lengthWithFade, '$1, ').replace(Words.stretchBetweenCuts, betweenCuts).replace(Words.endEased, '淡出').replace(Words.fillChangedApart, '$1').replace(Words.comparedMoment, '别的段').replace(Words.kindPointedBack, idleKind).replace(Words.gerundListed, gerundAsked).replace(NUMBERED_APART, 'clip ').replace(DESCRIBED_THEN_PLACED, placedName)))).map(bracketedMoment).flatMap(firstThis)
    .flatMap((part) => thenAgain(part, context)).flatMap((part) => spacedRequests(part, context)).flatMap((part) => listed(part, context))
    .flatMap((part) => quotesListed(part, context)).flatMap((part) => filesListed(part, context)).flatMap((part) => madeWith(part, context))
    .reduce<string[]>((read, part) => whichMoment(read, part, context), [])
    .reduce<string[]>((read, part) => describedThenPlaced(read, part, context), []);
}
/**
 * A kind pointed back at (Words.kindPointedBack): the places of the kind described before it, when that is idle (as
 * said, or as places: "没人说话" is idle as 没人说话的地方); not a moment named there ("第3段…加载很慢，那段加速": that one).
 */
function idleKind(said: string, at: number, whole: string): string {
  const described = readable(whole.slice(0, at).split(/[，,。]/u).at(-1) ?? '');
  if (MOMENT_REF.test(described)) return said;
  return [Words.idle, Words.quietPlaces].some((kind) => kind.test(described) || kind.test(`${described}的地方`)) ? '的地方' : said;
}

/** The stretch between two cuts said as its two ends (Words.stretchBetweenCuts): "0:20到0:26", "delete 0:20 to 0:26". */
function betweenCuts(_: string, ...ends: unknown[]): string {
  const [a, b, c, d, e, f, verb] = ends as (string | undefined)[];
  return verb !== undefined ? `${verb} ${e} to ${f}` : `${a ?? c}到${b ?? d}`;
}

/** "would you mind making it square and exporting it": the second request by its verb, as the first is read. */
const gerundAsked = (_: string, asked: string, gerund: string): string => `${asked}${GERUNDS[gerund.toLowerCase()]}`;

/**
 * "the first clip is fine but the second one drags": after a moment's noun, "the second one" is the second of those
 * (before any, "the upbeat one" names nothing of the kind).
 */
function onesNamed(message: string): string {
  const noun = new RegExp(String.raw`\b(${MOMENT_NOUN})s?\b`, 'i').exec(message);
  if (!noun) return message;
  const after = noun.index + noun[0].length;
  return message.slice(0, after) + message.slice(after).replace(/\b(the (?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))) one\b/gi, `$1 ${noun[1]}`);
}

/**
 * "…, and the title sits too high, move it", "…, and the third clip should come first": a statement about a part, or
 * what it should do, after a request starts a clause of its own.
 */
const STATED = String.raw`(?:the|my|our|this|that) (?:[a-z-]+ ){0,2}(?:is|are|sits?|looks?|feels?|seems?|should|must|needs to|has to)\b`;

/** "don't" and the ways it is spelled as said ("dinna", "divvent"), which the clause is read with (TEXTING_SHORTHAND). */
const DONT = ["don'?t", 'do not', ...Object.keys(TEXTING_SHORTHAND).filter((word) => TEXTING_SHORTHAND[word] === "don't")].join('|');

// Where a message splits into clauses (SEPARATOR): the alternatives below, each with why it is there, joined in this
// order, which decides the one that matches where several could.

/** Sentence marks, a semicolon and a line break end a clause. */
const SENTENCE_MARK = String.raw`[;；。！\n]`;

/**
 * "第三段放第一个🌊 再加个标题", "片尾加一张卡片「…」🔥 导一版 mp4": an emoji between Chinese words, or after quoted words
 * (masked, closed by \u0000) before Chinese words, ends a clause as a full stop does; so does one between English words,
 * or after quoted words, before a verb or a "can you/can it" ("making a video of our shop 🌷 can it be 30 seconds?",
 * "an outro card 'Bye'🎉 export it"; not "add a 🔥 sticker", nor after a word or two opening the message, a greeting or a
 * name: "morning all 👋 could you…").
 */
const EMOJI_BETWEEN = [
  String.raw`(?<=[\p{Script=Han}\u0000])[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+(?=\s*[\p{Script=Han}，,])`,
  String.raw`(?:(?<!^\s*[\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s+|(?<=\u0000)\s*)[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+\s+(?:and\s+)?(?=(?:please\s+|pls\s+|just\s+)?(?:${VERB})\b|(?:can|could|would|will)\s+(?:you|u|we|it|this|that|the)\b)`,
];

/** "add music!! at 60%": an exclamation before the request's own detail (how loud, how long) does not end it. */
const EXCLAMATION = String.raw`!(?!!*\s*(?:at|over|by|with|for)\s)`;

/**
 * A question mark before more words ends a clause. "no music? put some in": a part asked after as missing keeps its
 * question mark, a question (no removal).
 */
const QUESTION_MARK = [String.raw`(?<!\bno(?:\s+[a-z]+){1,2}\s*)[?？](?=\s*\S)`, String.raw`(?<=\bno(?:\s+[a-z]+){1,2}\s*[?？])(?=\s*\S)`];

/** A full stop before a space (not in a number, after an abbreviation, nor a "no." before a figure). */
const FULL_STOP = String.raw`(?<![\d.]|${ABBREVIATED}|\b(?:no|nr|num)(?=\.\s*\d))\.\s+`;

/** A comma typed half-width between Chinese words ("剪成30秒,改成竖屏") ends a clause as "，" does. */
const COMMA_BY_HAN = ['，', String.raw`(?<=\p{Script=Han}\s*),`, String.raw`,(?=\s*\p{Script=Han})`];

/**
 * "then" (after a comma, also "finally", "lastly", "afterwards", "after that"; "then, uh," with its pause); "after it" or "once it's done" before a
 * verb ("Export an MP4 at 720p, and after it show me the tracks, inshallah": the next step, not where something goes,
 * as in "put the outro after it"). A list's item opened with "then" ("1. cut to 30s\n2. Then export") is one clause: split,
 * the item's number would be left alone, unread.
 */
const THEN = [
  String.raw`,\s*(?:and\s+)?(?:then|finally|lastly|afterwards|after that)\s+`, THEN_PAUSED, String.raw`(?<!(?:^|\n)\s*\d{1,2}[.)](?:\s+and)?)\s+(?:and\s+)?then\s+`,
  String.raw`,?\s*(?:and\s+)?(?:after (?:it|this|which)|once (?:it(?:'s| is)|that(?:'s| is)) (?:done|finished|exported|out))\s+(?=(?:(?:please|pls|just)\s+)?(?:${VERB})\b)`,
];

/** "set 1080p trước, sau đó export", "export sau đó add music": Vietnamese "then" before a verb (Words.thenVietnamese). */
const THEN_VIETNAMESE = String.raw`,?\s*(?:${Words.thenVietnamese.source})\s+(?=(?:${VERB})\b)`;

/** After "den" before a verb ("…, den take off de card", "den gie me a minute"). */
const DEN = String.raw`,?\s+(?:an[d']?\s+)?den\s+(?=(?:${VERB}|give|gie)\b)`;

/**
 * "with fade in and fade out", "fade the music in and fade it out": the "and" between a fade's two ends, each said with
 * its verb, the second naming no part of its own ("fade in the music and fade out the video" is two).
 */
const FADE_ENDS_JOINED = String.raw`(?<=\bfad(?:e|es|ing)(?:[- ]?|\s+(?:it|them|the\s+\w+)\s+)(?:in|out))\s+and\s+(?:a\s+|the\s+)?fad(?:e|es|ing)(?:[- ]?|\s+(?:it|them)\s+)(?:in|out)\b(?!\s+(?:the|my|our|this|that)\b)`;

/**
 * In one long English message a request also starts after "and" before a verb (or its "an", "an'", "n" as said: "… at
 * 2x an crossfade the lot", "… card an export again", "… under it an' fade it out", "… as the music an fade it oot": a
 * verb of an f, m, s… sound only with its object or a file's kind, "… off an export mp4 again", not "an mp4"; not "give me an export"; not "the load-in and set", a
 * band's set ending the message), a "please" and a verb or a "can you" ("…, and please export in mp4", "… and can you
 * cut a 30s version"), or a verb stressed with "do" ("… quiet — 10% — and do duck it under my voice").
 */
const AND_VERB = String.raw`(?!${FADE_ENDS_JOINED}),?\s+(?:and|aur|pis|an'|an(?=\s+[bcdgjkpqtvwz])|an(?=\s+(?:fade|mute|make|set|speed|slow|remove|move|lower|raise|reduce|shorten|swap|switch|send|slap|stick|lose|render|save|show|zoom|hide|flip|freeze|fix)\s+(?:(?:it|them|that|this|the|everything|all|some|a|an|up|down|out|in)\b|\d))|an(?<!\b(?:me|us|do|run|need|want|get|make|render|start|just|grab|send|another)\s+an)(?=\s+(?:export|add|undo|insert|apply|adjust|open)\s+(?:it|them|that|this|again|the|everything|all|some|a|an)\b|\s+(?:export|render|save)\s+(?:(?:as|in|to)\s+)?(?:mp4|mov|gif|webm|\d{3,4}p|4k)\b)|n)\s+(?!set\s*[.!]*$)(?=(?:also\s+)?(?:please\s+)?(?:do\s+)?(?:${VERB})\b|(?:${DONT}|never)\s+(?:${VERB}|touch)\b|(?:(?:hey|so|also)\s+)?(?:can|could|would) (?:you|u|we)\b)`;

/**
 * After "but" before a refusal ("make it 4K but don't export yet", "…but not export yet": the refusal read apart; so is
 * ", don't you dare add music"). "set it to 4k but I'll export tomorrow": the user's own export after "but" is a clause
 * of its own (Words.notYet).
 */
const BUT_REFUSED = [
  String.raw`,?\s+but\s+(?=(?:${DONT}|never|not)\s+(?:${VERB})\b|(?:i|we)(?:'ll|\s+will|\s+can|\s+shall)?\s+(?:export|render|download)\b)`,
  String.raw`,\s+(?=(?:${DONT}|never)\s+you\s+dare\s+(?:${VERB})\b)`,
];

/**
 * After a comma before a moment said to stay ("speed up clip 2 and 3, clip 1 stays": no item of the list) or stated
 * about ("make it 30 seconds, the second clip is too long": no detail of the request).
 */
const MOMENT_STAYS = String.raw`,\s+(?=(?:the\s+)?(?:(?:${MOMENT_NOUN})\s*#?\s*\d+|(?:${ORDINAL_EN}|last) (?:${MOMENT_NOUN}))\s+(?:${STAYS}|${MOMENT_STATED})\b)`;

/**
 * After a comma before a moment named with what is done to it, as in a list of edits ("the second clip 4 seconds long,
 * the third clip moved first", "remove clip 1, the third clip moved first"): an edit of its own, no object of the verb
 * before it (run on, "remove" took both).
 */
const MOMENT_LISTED_DONE = String.raw`,\s+(?=(?:the\s+)?(?:(?:${MOMENT_NOUN})\s*#?\s*\d+|(?:${ORDINAL_EN}|last) (?:${MOMENT_NOUN}))\s+(?:${MOMENT_DONE})(?![\w:]))`;

/**
 * After "and" before a moment named then acted on past a comma ("…, and the third, make it 6 seconds": the topic of the
 * verb after it, no object of the one before).
 */
const MOMENT_THEN_ASKED = String.raw`,?\s+(?:and|an[d']?)\s+(?=(?:the\s+)?(?:${ORDINAL_EN}|last|final)(?:\s+(?:${MOMENT_NOUN}|one|bit))?\s*,\s*(?:${VERB})\b[^,.;]*?\b(?:it|that|this|them)\b)`;

/**
 * After a comma or "and" before a moment named, then a verb asking something of "it" ("Clip 1 make it 5 seconds, clip 2 make it
 * 6 seconds", "cut the first clip to 4, the third clip speed it up"): a request of its own about that moment, no detail
 * of the one before (run on, the second moment's request was lost).
 */
const MOMENT_THEN_ITS_REQUEST = String.raw`(?:,\s+(?:and\s+)?|\s+and\s+)(?=(?:the\s+)?(?:(?:${MOMENT_NOUN})\s*#?\s*\d+|(?:${ORDINAL_EN}|last|final) (?:${MOMENT_NOUN}))\s+(?:(?:please|pls|just)\s+)?(?:${VERB})\s+(?:it|that|this one|that one)\b)`;

/** After a comma before the moment a part described is ("put the silverback part first, it is clip 3"). */
const MOMENT_DESCRIBED_IS = String.raw`,\s+(?=(?:it|that|this)(?: one)?(?:'s|’s| is) (?:the )?(?:(?:${ORDINAL_EN}|last|final) (?:${MOMENT_NOUN})|(?:${MOMENT_NOUN}) ?#?\s*\d+)[.!]*$)`;

/** After ", plus" ("mute the voice, plus a 60s cut"). */
const PLUS = String.raw`,\s+plus\s+`;

/**
 * After a comma before a speed's figure approved ("speed it up a touch, 1.1 is heaps", "slow it down, 0.8 will do"), or
 * said bare as a factor only is, after a verb of speed ("slow it a little, 0.8", "speed it up, 1.5x"; not "…, 30", nor
 * after "make it slow", whose figure is read with it): the factor said of the speed asked before it (detailOfLast), which
 * run on would be a figure left over.
 */
const FACTOR_APPROVED = [
  String.raw`(?<=\b(?:speed|sped|faster|quicker|slower|slow|pace)\b[^,]*),\s+(?=\d+(?:\.\d+)?\s*x?${FIGURE_APPROVED}[.!]*$)`,
  String.raw`(?<=\b(?:speed|slow) (?:it|this|that|them|things|everything|down|up)\b[^,]*),\s+(?=(?:\d*\.\d+\s*x?|\d+(?:\.\d+)?\s*x)[.!]*$)`,
];

/** After a comma before one more file named by its format ("export two: one mp4, one gif"). */
const ONE_MORE_FILE = String.raw`,\s+(?=(?:${Words.fileByFormat.source})\s*(?:too|as well|please)?\s*(?:[,.;!]|$))`;

/**
 * "export in mp4 and gif, mp4 1080p, gif 720p": after a comma, a file named again by its format with its size, once
 * several formats were named, is a clause of its own (that file's size: fragments' fileSizedAgain), no size for each.
 */
const FORMAT_NAMED = String.raw`\b(?:${OUTPUT_FORMATS.join('|')})\b`;
const SIZE_OF_FILE_LISTED = String.raw`(?<=${FORMAT_NAMED}.*${FORMAT_NAMED}[^,]*),\s+(?=(?:the\s+)?${FORMAT_NAMED}\s+(?:(?:in|at)\s+)?(?:${SIZE_WRITTEN})\b)`;

/**
 * "…the words 'Try it free at acme.io', both in the middle of the screen": where every text just added sits, said once
 * after the last one's words, is a clause of its own (left on the last text, the others stayed where they fall).
 */
const EVERY_ONE_PLACED = String.raw`,\s+(?=(?:${EVERY_ONE_EN})\s+(?:in|at|on) the (?:very )?(?:${SCREEN_PLACE_EN})\b)`;

/** "just" and the ways it is spelled as said ("jist", "juste"), which the clause is read with (TEXTING_SHORTHAND). */
const JUST = ['just', ...Object.keys(TEXTING_SHORTHAND).filter((word) => TEXTING_SHORTHAND[word] === 'just')].join('|');

/**
 * "but" before a verb, after a part said to stay as it is ("keep the music as is but make it vertical", "leave the title
 * alone, but just fade the end"): the part kept asks nothing (Words.notYet); what follows "but" is the request.
 */
const KEPT_BUT = String.raw`(?<=\b(?:${KEPT_AS_IS}))(?:,?\s+)but\s+(?=(?:(?:${JUST}|only)\s+)?(?:please\s+)?(?:${VERB})\b)`;

/**
 * After a comma before a verb or "just" and one ("the bits where nothing moves, just cut them out", "dinna export it yet,
 * jist set the resolution tae 720p"), or "please" and one said of the part before ("the crossfade between scenes, please
 * make it one second"; not "the idle parts, please make fast but keep them", one request).
 */
const COMMA_VERB = String.raw`,\s+(?=(?:(?:${JUST})\s+)?(?:${VERB})\b|please\s+(?:${VERB})\s+(?:it|them|that|those|these)\b)`;

/**
 * After a refusal, a comma before "only" and a verb ("don't change the music or text, only make it 1080p"): what is left to
 * do, as after "just" (not "cut the intro, only the first 2 seconds", no refusal before it).
 */
const ONLY_AFTER_REFUSAL = String.raw`(?<=\b(?:${DONT}|never)\s[^,]*),\s+(?=only\s+(?:${VERB})\b)`;

/**
 * After a comma before a part refused, of something said ("…, no sound from video, only music"); or after ", and",
 * a fade's end refused of another part ("no fade in on the music, and no fade out on the video").
 */
const PART_REFUSED = String.raw`,\s+(?:and\s+(?=(?:no|without)\s+(?:a\s+|any\s+)?fade[- ]?(?:in|out)\s+(?:from|of|in|on)\s))?`
  + String.raw`(?=(?:no|without)\s+(?!(?:more|less|longer|shorter|later|earlier|bigger|smaller|louder|quieter|than|wait|hold|hang|way|worries|problem|rush|need|matter|idea|i|sorry|not|one|thanks|cuts?|cutting|edits?|editing|changes?|trimming)\b)(?:the\s+|any\s+)?[a-z-]+[a-z](?:[- ](?:in|out))?(?:\s+(?:from|of|in|on)\s+(?:the\s+|my\s+)?[a-z-]+[a-z])?\s*(?:$|[,.;!]|please\b|pls\b|either\b|at all\b|this time\b|for now\b))`;

/** After a comma before "I'd like" (", and from that I'd like …"). */
const I_OR_WE = String.raw`,\s+(?:and\s+)?(?:from (?:that|there|this|it)\s+)?(?=(?:i|we)(?:\s|'d\b))`;

/** After ", and" before a statement (STATED). */
const AND_STATED = String.raw`,\s+and\s+(?=${STATED})`;

/** After a comma before how someone feels about it ("…, take it off, my cousin hates it": a reason). */
const FEELING = String.raw`,\s+(?=${FEELING_REASON})`;

/** After "but the <moment>" ("the first clip is fine but the second one drags"; not "everything but the last clip"). */
const BUT_THE_MOMENT = String.raw`(?<!\b(?:everything|all|anything|nothing|none))(?:,?\s+)but\s+(?=(?:the|my|our) (?:[a-z-]+ ){0,2}(?:${MOMENT_NOUN}))`;

/** After "so" before a verb ("… too long so trim it"; not "it's so slow", an adjective). */
const SO_VERB = String.raw`(?<!\b(?:it's|its|it is|is|was|are|were|looks|feels|seems|sounds|too|be))(?:,?\s+)so\s+(?=(?:${VERB})\b)`;

/**
 * After ", so" before what is wanted said without a verb of its own: a shape, a size or a version named ("our funders watch
 * on YouTube, so the usual widescreen shape", "…, so the tall shape please"), or what the clip should be ("…, so it should
 * be widescreen"), or one of the files named before it ("…, so send me one of those"): the wish the reason before it leads
 * to, read alone (run on, the reason hid it).
 */
const SO_WANTED = String.raw`,\s+so\s+(?=(?:it|this|the (?:video|clip))\s+(?:should|must|needs? to|has to|will have to|'ll have to|'ll need to)\s+be\b|(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:shape|format|size|ratio|aspect(?: ratio)?|version|frame|orientation)\b|(?:send|give|get)\s+(?:me|us)\s+one\s+of\b)`;

/**
 * After "so" before a sound named with the level it goes to ("the kettle is boiling in the video so the sound at 20
 * percent"): the wish the goings-on told before it lead to, read alone.
 */
const SO_LEVEL = String.raw`(?<!\b(?:it's|its|it is|is|was|are|were|too|be))(?:,?\s+)so\s+(?=(?:the|my|our)\s+(?:[a-z'-]+\s+){0,2}(?:sound|audio|volume|voice|noise)\s+(?:at|to)\s)`;

/**
 * After "so" before "I want" ("hajde so I made flija for 6 hours … so now I want a clip of 1 and half minutes", "we shot
 * the whole race so I need 30 seconds of it"): the user's story told, then the wish it leads to (not "it's so I want", a
 * reason; nor after what is not the user's doing: "the meeting starts in 5 minutes so I need a 20 second clip" is read whole).
 */
const SO_I_WANT = String.raw`(?<=\b(?:i|we)\s[^,.;!?]*?)(?<!\b(?:it's|its|it is|is|was|that's|that is|just|only))(?:,?\s+)so\s+(?:now\s+)?(?=(?:i|we)\s+(?:want|need|wanna|would like|'d like)\b)`;

/**
 * After a comma between a cap on the clip and the length meant within it ("make it under a minute, say 55 sec of the best
 * parts", "keep it under 2 minutes, like 100 seconds", "under a minute for Facebook, so let's say 50 seconds"): the length
 * read alone, the cap a bound of it (no clip of the cap's length read from the first figure of the whole); its unit left
 * out when it is said to be preferred ("…, 80 would be ideal").
 */
const LENGTH_AFTER_CAP = String.raw`(?<=(?:\b(?:under|below|less than|shorter than|within|max(?:imum)?|at most|no (?:more|longer) than|not over)|${NOT_OVER})\s+(?:a|an|one|\d+(?:\.\d+)?)\s*(?:minutes?|mins?|seconds?|secs?|min|m|s)\b[^,]{0,20}),\s+(?=(?:so\s+)?(?:let's\s+|let us\s+)?(?:say|like|about|around|roughly|approx(?:imately)?|ideally|maybe|so|i\.?e\.?|something like)?\s*\d+(?:\.\d+)?\s*(?:(?:seconds?|secs?|s|minutes?|mins?)\b|(?=\s+(?:would be|is|'d be|ideally)\b)))`;

/** After ", also" or "but also" before a verb ("add music at 70% but also mute the video sound"). */
const ALSO_VERB = String.raw`(?:,\s+(?:and\s+)?|,?\s+but\s+)also\s+(?=(?:please\s+)?(?:${VERB})\b)`;

/** A reason starts at "because". */
const BECAUSE = String.raw`\s+(?=because\b)`;

/** "while you're at it", "on top of that", "in addition", "additionally": one more request follows. */
const IN_ADDITION = String.raw`(?:^|,?\s+)(?:and\s+)?(?:(?:while|whilst) you(?:'re| are) at it|on top of that|in addition|additionally)\b,?`;

/**
 * Before "could we" ("the second section is the choir — might we have that first?"), after a comma or a dash; before
 * "can it" only after a statement (an "is" or "'s" before).
 */
const CAN_YOU = [
  String.raw`(?:,|\s[-—–])\s+(?=(?:can|could|would|might|may) (?:you|we)\b)`,
  String.raw`(?<=\b(?:is|are)\b[^,]*|'s\b[^,]*)(?:,|\s[-—–])\s+(?=(?:can|could|would|might|may) it\b)`,
];

/**
 * A dash (or a spaced hyphen typed for one) before a verb (not "lower third", a text) or a statement ("… 40 seconds -
 * the brush work is the money shot").
 */
const DASH = [
  String.raw`\s[—–-]\s+(?!lower[- ]?thirds?\b)(?=(?:just\s+)?(?:${VERB})\b)`,
  String.raw`\s[—–-]\s+(?=(?:the|my|our|this|that) [a-z' ]{1,40}? (?:is|are|was|were)\b)`,
];

/** Before 算了 ("never mind") after an ellipsis, or a space after Chinese words. */
const NEVER_MIND_ZH = String.raw`(?:……|…|\.{3}|(?<=\p{Script=Han})\s+)\s*(?=算了)`;

/**
 * "结尾淡出，三秒……像翻书那样": an ellipsis between Chinese words ends a clause as a comma does (the length said before
 * it is the fade's, not the clip's).
 */
const ELLIPSIS_ZH = String.raw`(?<=\p{Script=Han})\s*(?:……|…)\s*(?=\p{Script=Han})`;

/**
 * After quoted words, 还有 spaced on both sides ("加片尾卡「谢谢」 还有 导出"; not "标题“早安” 但是放在顶部", where the
 * place is the title's).
 */
const AND_ALSO_AFTER_QUOTE = String.raw`(?<=\u0000)\s+(?=还有\s)`;

/**
 * "add the cards... actually drop the intro one": an ellipsis before "actually" and a verb ends a clause as a comma does
 * (not "breathe in... fade in", an ellipsis in what is said); so does one before a second thought that steps the history
 * ("undo that... nah redo it": the step back, then forward again; "clip 2... nah just remove clip 2" takes back a part).
 */
const ELLIPSIS_SECOND_THOUGHT = String.raw`(?:……|…|\.{3})\s*(?=actually\s+(?:just\s+)?(?:${VERB})\b|(?:(?:nah|hmm+|on second thought)[,!.]*\s+)+(?:just\s+)?(?:undo|redo)\b)`;

/** A slip (SLIP, SLIP_BEFORE_FIGURE before a figure, SAID_AGAIN) after an ellipsis, a comma or a dash. */
const SLIP_AFTER = String.raw`(?:……|…|\.{3}|,|\s[-–—])\s*(?=${SLIP}\s*(?:[,，!！…:：]|\.{3}|$|\s+(?:make|change) (?:that|it)\b)|(?:${SLIP_BEFORE_FIGURE})\s+\d|(?:(?:sorry|oops),?\s+)?(?:${SAID_AGAIN})\b)`;

/**
 * "no wait" or "i mean" with no comma between two figures with units ("make it 30 seconds no wait 40"; "make it 30 no
 * wait 25 secs" is read whole).
 */
const SLIP_BETWEEN_FIGURES = String.raw`(?<=\d\s*(?:%|x|p|s|secs?|seconds?|mins?|minutes?))\s+(?=(?:${NO_WAIT}|sorry|${SAID_AGAIN})\s+\d)`;

/** 然后, 并且: "then", "and". */
const THEN_ZH = ['然后', '并且'].map(inEitherScript);

/**
 * "…调小声一点 그리고 导出 mp4", "…一点 and 导出": "and then" in another tongue between Chinese requests parts them as
 * 然后 does (English "and" only before a Chinese verb: "标题 and 字幕" lists two parts).
 */
const THEN_OTHER_TONGUE = [
  String.raw`(?<=[\p{Script=Han}\d\u0000])\s*(?:${Words.thenOtherTongue.source})\s*`,
  String.raw`(?<=\p{Script=Han})\s+and\s+(?=${ZH_VERB})`,
];

/** "加片头“新书速递”、片尾“谢谢观看”": a 、 before a card and its words lists the next card. */
const NEXT_CARD = String.raw`、(?=\s*(?:片头|片尾)卡?\s*(?:写|是|为)?\s*\u0000)`;

/** "加个音乐，加好以后再大声点": "once it's added" after a comma is a "then" (what was just asked, done), no request of its own. */
const ONCE_DONE_ZH = String.raw`(?:^|(?<=[，,]\s*))(?:加|弄|搞|放|配|做|整|调|改|剪)(?:好|完)了?(?:以后|之后|后)?\s*(?=再|就(?!行|好|可以|成|得)|然后)`;

/** The figures said in words that a length of a moment takes. */
const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty';

/**
 * "make it 40 sec its way too long rn", "30s fr it's too long": the clip's length, then why, run on without a stop (as
 * 太长了 after 就行): the complaint is a clause of its own (not after a length said as what is: "it's 40 sec its too long");
 * so is a part said to be as it is ("make it two minutes long the intro is super boring").
 */
const REASON_AFTER_LENGTH = String.raw`(?<=(?<!\b(?:is|was|are|were|its|it's)\s+(?:(?:about|like|around|only|just|already|now|currently)\s+)?)(?<![\d.])(?:\d+(?:\.\d+)?|\b(?:${NUMBER_WORD}))\s*(?:s|secs?|seconds?|mins?|minutes?)(?:\s+long)?(?:\s+(?:fr|tbh|pls|please|lol|bro|man))?)\s+(?=(?:it's|its|it is|this is|thats|that's)\s+(?:(?:way|so|far|much|just|kinda|rly|really)\s+)?too\s+long\b|(?:the|this|that|my|our)\s+(?:[a-z'-]+\s+){1,2}?(?:is|are|was|were|looks|feels|sounds|seems|drags)\b)`;

/** "弄个45秒的就行太长了没人看": a reason run on after "就行" ("that'll do") is a clause of its own. */
const REASON_AFTER_ENOUGH = String.raw`(?<=就行|就好|就可以)(?=太|不然|否则|要不)`;

/**
 * 并 before a verb ("标题改为「…」，并放在画面中间": and put it; not 合并, merged), 接着, 顺便, 另外, 还要 (not "we still want",
 * nor "may still want": 老师说不定还要改): one more request;
 * 另外 before a file ("另外导一份 gif") stays with it, saying the file is one more, not at the size set before it. "导出mp4 还有一个gif": 还有 before one
 * more file (一个 and no noun of words) is 还要; 还要 before one more file ("导出1080p，还要一个gif") stays with it, as 另外 does.
 */
const ONE_MORE_ZH = [String.raw`(?<!合)并(?=${ZH_VERB}|放[在到]|移到|挪到)`, '接着', '顺便', String.raw`另外(?!\s*${ANOTHER_FILE_ZH})`, String.raw`(?=另外\s*${ANOTHER_FILE_ZH})`,
  String.raw`(?<!我们?|俺|咱们?|说不定|可能|也许)还要(?!${ONE_MORE_FILE_ZH})`,
  String.raw`(?<!我们?|俺|咱们?|说不定|可能|也许)(?=还要${ONE_MORE_FILE_ZH})`,
  String.raw`(?<!我们?|俺|咱们?)还有(?=\s*一[个份版](?!\p{Script=Han}))`];

/** "我不要片头啦 不要加": adding refused, said last after a space, is a clause of its own (what it refuses is said before it). */
const SPACED_ADD_REFUSED_ZH = String.raw`(?<=\p{Script=Han})\s+(?=(?:${ADD_REFUSED_ZH})[!！。.]*$)`;

/** "人声小点", "原声调低", "标题大点": a part's level or size said turned, the part first (a few words between or none). */
const PART_TURNED_ZH = String.raw`${TURNED_PART_ZH}[^\s，,。]{0,3}${LEVEL_TURNED_ZH}`;
/**
 * "人声小点 音乐大点", "原声调低音乐调高", "标题大点 音乐小点": one part's level or size said, then another part's (a space or
 * nothing between): two requests (run on, the first part's change was read as the second's). Not "加点音乐" (some
 * music), nor "调大点音乐" (no part before the change), nor "音乐降低人声说话的时候" (no level after the second part: when).
 */
const LEVEL_THEN_PART_ZH = String.raw`(?<=${PART_TURNED_ZH})\s*(?=${PART_TURNED_ZH})`;

/**
 * "加背景音乐 但是小声点", "音乐加上 还有原声调到八成": typed with a space for the comma, "but" and "and also" open a
 * clause of their own (not 还有点, "still a bit"); so does the rest of the uploads refused ("先用第一个素材 别的不要").
 */
const SPACED_BUT_ZH = String.raw`(?<=[\p{Script=Han}\p{L}\d%])\s+(?=但是|还有(?![点些]|一[点些])|${Words.othersRefusedZh.source})`;

/**
 * A list numbered in one line starts each item ("1) add music 2) export"; with full stops only in a message that opens
 * with "1. ", as a list does: "1. mute it 2. export"; after a colon, not a clock's: "那里（0:22）放大").
 */
const NUMBERED_ITEM = [
  String.raw`(?:^|\s+|(?<=(?<!\d)[:：]))\d{1,2}\s*[.、)）]\s*(?=\p{Script=Han})`,
  String.raw`(?:^|(?<!\b(?:${MOMENT_NOUN})s?)\s+|(?<=(?<!\d)[:：])\s*)\d{1,2}\)\s+(?=[a-z\d])`,
  // "1) 60 seconds clip 2) 16:9": in a list opened with "1)", a clip's length as an item, before the next item ("1) cut
  // clip 2) export" may name clip 2: no split).
  String.raw`(?<=(?:^|[:：]|\s)1\)\s[^(]*?\d\s*-?\s*(?:s|secs?|seconds?|mins?|minutes?)\s+(?:${MOMENT_NOUN}))\s+\d{1,2}\)\s+(?=[a-z\d])`,
  // A moment's noun said in the plural names no one moment by the number after it: "1. speed up the typing parts 2. remove
  // silences" is two items ("1. drop clip 2. fade out" may name clip 2: no split).
  // So is a list opened after a heading's colon ("Two more, numbered: 1. cut 0:48 to 0:55 2. play it at 1.1x").
  String.raw`(?<=(?:^|[:：])\s*1\.\s[^]*?)(?<!\b(?:${MOMENT_NOUN}))\s+\d{1,2}\.\s+(?=[a-z])`,
  String.raw`\s*[①-⑳]\s*`,
];

const SEPARATOR = new RegExp(String.raw`\s*(?:${[
  SENTENCE_MARK, ...EMOJI_BETWEEN, EXCLAMATION, ...QUESTION_MARK, FULL_STOP, ...COMMA_BY_HAN, ...THEN, THEN_VIETNAMESE, DEN, AND_VERB,
  ...BUT_REFUSED, KEPT_BUT, MUSIC_APPROVED, MOMENT_STAYS, MOMENT_LISTED_DONE, MOMENT_THEN_ASKED, MOMENT_THEN_ITS_REQUEST, MOMENT_DESCRIBED_IS, PLUS, ONE_MORE_FILE, SIZE_OF_FILE_LISTED, EVERY_ONE_PLACED, ...FACTOR_APPROVED, COMMA_VERB, ONLY_AFTER_REFUSAL, PART_REFUSED, I_OR_WE,
  AND_STATED, FEELING, JUDGED_BEFORE_INSTEAD, BUT_THE_MOMENT, SO_VERB, SO_WANTED, SO_LEVEL, SO_I_WANT, LENGTH_AFTER_CAP, ALSO_VERB, BECAUSE, IN_ADDITION, ...CAN_YOU, ...DASH, NEVER_MIND_ZH, ELLIPSIS_ZH,
  // "改成 1:1 不对不对 要 9:16": a slip typed between spaces (SPACED_SLIP_ZH) ends a clause as one after a comma does.
  SPACED_SLIP_ZH, AND_ALSO_AFTER_QUOTE, ELLIPSIS_SECOND_THOUGHT, SLIP_AFTER, SLIP_BETWEEN_FIGURES, ...THEN_ZH, ...THEN_OTHER_TONGUE,
  NEXT_CARD, OTHER_CARD_TOO, LEVEL_THEN_PART_ZH, DRIFTED_THEN, ONCE_DONE_ZH, REASON_AFTER_ENOUGH, REASON_AFTER_LENGTH, ...ONE_MORE_ZH, SPACED_BUT_ZH, SPACED_ADD_REFUSED_ZH, ...NUMBERED_ITEM,
].join('|')})\s*`, 'iu');

/** Splits on sentence punctuation (a full stop before a space, a question mark before more words), "then", and "and" before a new verb; quoted text is never split. */
export function splitClauses(message: string): string[] {
  // "最后加个片尾：加油小将们！": the mark closing a line that gives a text's words after a colon is theirs.
  const { masked, unmask } = maskQuotes(message.replace(CLOSED_COLON_WORDS, (said) => colonQuoted(said)));
  // "- undo the last thing\n- then make it 45 seconds": a bullet's mark left alone by a split says nothing, nor does
  // one opening a part ("- vertical\n- bars": the bars are the fill, as "bars" alone is).
  const parts = masked.split(SENTENCE_AFTER_NUMBER).flatMap((sentence) => sentence.split(SEPARATOR)).map((part) => unmask(part).trim().replace(/^[-*•·]\s+(?=\S)/, '')).filter((part) => part.length > 0 && !/^[-*•·–—]+$/.test(part));
  // "when nothing moves, play at 3x", 没操作的时候，加速: a clause saying when or where belongs to the one after it.
  return parts.reduce<string[]>((joinedParts, part, i) => {
    const before = parts[i - 1];
    if (before !== undefined && SUBORDINATE.test(before)) joinedParts[joinedParts.length - 1] = `${before}${/\p{Script=Han}$/u.test(before) ? '，' : ', '}${part}`;
    else joinedParts.push(part);
    return joinedParts;
  }, []);
}

/**
 * "cut everything before 0:05. Second, add a title": a full stop after a number ends a sentence when a capital letter
 * follows (not a decimal, nor a list's "1. " at the start of a line); "drop clip 3. fade out 2s.": so does one after
 * a moment's number, unless all that follows is that it goes ("clip 2. gone.", read whole by the removal). The number is
 * a moment's on its line only ("1. speed up the typing parts\n2. remove silences" numbers the next line's item), and in
 * a list opened with "1. " after the noun in the singular only ("1. speed up the typing parts 2. remove silences", where
 * "remove clips 2. fade out" names clip 2).
 */
const SENTENCE_AFTER_NUMBER = new RegExp(String.raw`(?<=[^\n\d]\d+)\.\s+(?=[A-Z])|(?<=(?:\b(?:${MOMENT_NOUN})|(?<!^\s*1\.\s[^]*)\b(?:${MOMENT_NOUN})s)[^\S\n]*#?[^\S\n]*\d+)\.\s+(?=[a-z])(?!(?:gone|out)(?: please| pls)?(?:[.!]|$))`, 'u');

/** Words after a colon that end a line with "！" or "？": a text's words, when the head names one (colonQuoted). */
const CLOSED_COLON_WORDS = /[^;；。！!？?\n，,]*[:：][^;；。！!？?\n，,]+[！!？?]+(?=\s*(?:\n|$))/g;

/** A clause that only says when or where the next one applies ("导出之前，…": before the video is finished). */
const SUBORDINATE = /^(when|whenever|where|wherever|while)\b(?!.*[?？]$)|(的时候|时候)$|^(?:在)?(?:导出|渲染|出片|发布|上传)(?:之前|以前|前)(?:先)?$/i;

/** A moment described by what it shows, then named in brackets: "加载那段（第二段）删了" → "第二段删了". */
const DESCRIBED_ZH = /[^\s，,。；;（(]{1,12}?(?:那段|这段|那个片段|这个片段|的片段|的那段)\s*[（(]([^（()）]{1,16})[)）]/gu;

/** The name said in brackets stands for the description before it, when it names a moment (the description may read as another intent: 加载 is idle time). */
const bracketedMoment = (clause: string) => clause.replace(DESCRIBED_ZH, (said, name: string) => (MOMENT_REF.test(readable(name)) ? name : said));

/**
 * "the ring exchange is clip 2, it should come first", "the pose clip is the 2nd one. Make it 8 seconds", "speed the
 * loading clip (clip 3) up": a moment named by what it shows, then by its place; what is asked of "it" next (or of the
 * description) is asked of that moment by its place.
 */
function whichMoment(read: string[], part: string, context: ParseContext): string[] {
  const said = MOMENT_BY_PLACE.exec(part) ?? undefined;
  const parts = said ? [said[1], said[2]] : [part];
  for (const piece of parts) {
    const named = read[read.length - 1];
    const which = named === undefined ? undefined : MOMENT_IS.exec(named.toLowerCase());
    // "clip 1 is too long, trim it by 2 seconds": a clause naming one moment and asking nothing, then "it" asked of
    // (not "…at 9 seconds, cut it to that", whose "that" is the length said with the moment, which a fold would lose).
    const complaint = named !== undefined && !which && MOMENT_REF.test(readable(named)) && placesNamed(readable(named), context).length === 1
      && readAlone(named, context).length === 0 && readAlone(piece, context).length === 0
      && !Words.thatLength.test(readable(piece));
    const place = which ? parseOrdinals(normalizeNumbers(which[1]).replace(new RegExp(`^${PLACE_NUMBER}\\s*`), 'clip ').replace(/\bone\b|(?<=^the \S+)$/, (one) => (one ? 'clip' : ' clip')))[0] : complaint ? placesNamed(readable(named), context)[0] : undefined;
    const moment = place === undefined ? undefined : momentNamed(place < 0 ? Math.max(1, context.moments + 1 + place) : place);
    // "the third clip, move to second", "…, make shorter by 3 seconds": a request said with no object at all is of that moment too.
    const objectless = (Boolean(which) || complaint) && OBJECTLESS.test(piece);
    const asked = moment === undefined ? undefined : objectless ? `${moment} ${piece}` : piece.replace(/\b(?:it|this one|that one)\b/i, moment);
    if (asked !== undefined && (objectless || /^\S+(?: \S+){0,2} (?:it|this one|that one)\b|^it\b/i.test(piece))
      && (which || readAlone(asked, context).length > 0)) {
      read[read.length - 1] = asked;
    } else read.push(piece.replace(MOMENT_ASIDE, '$1'));
  }
  return read;
}

/**
 * "叠被子那段放慢，第二段，慢一半", "蝶泳那段放第一个，是第三段": a moment described by what it shows, asked of, then named by
 * its place alone in the next clause: what is asked of the description is asked of that place. Asked again there
 * ("顶碗那段要慢放，第二段0.5倍速"), the same kind of request on that place is the one read; another kind ("讲解那段删掉，
 * 第二段加速") leaves the description unread, as no one said which moment it is.
 */
function describedThenPlaced(read: string[], part: string, context: ParseContext): string[] {
  const described = read[read.length - 1];
  const said = described === undefined ? undefined : DESCRIBED_FIRST.exec(described);
  const places = placesNamed(readable(part), context);
  if (!said || places.length !== 1 || places[0] < 1 || readAlone(described, context).length > 0) return [...read, part];
  const asked = `第${places[0]}段${said[1]}`;
  const kinds = readAlone(asked, context).map((op) => op.op);
  const placedAlone = PLACE_ALONE.test(part.trim());
  const again = readAlone(part, context).map((op) => op.op);
  if (kinds.length === 0 || (!placedAlone && !kinds.every((kind) => again.includes(kind)))) return [...read, part];
  return [...read.slice(0, -1), placedAlone ? asked : part];
}

/** What is asked of a moment described by what it shows ("叠被子那段放慢", "摔倒那一下慢放": 放慢), the description taken off. */
const DESCRIBED_FIRST = /^[^\s，,。；;（(第]{1,12}?(?:那段|这段|那个片段|这个片段|的那段|那一段|那一?下子?|那一幕|那个?镜头)\s*((?:要|得|给我|帮我)?\S{1,12})$/u;

/** A clause that only names a moment by its place ("第二段", "是第三段"). */
const PLACE_ALONE = /^(?:是|就是|也就是|即)?第\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:段|个片段|个)(?:吧|啊|哈|哦)?$/u;

/** A request of a verb with no object after it ("move to second", "put in first", "make shorter by 3 seconds"). */
const OBJECTLESS = new RegExp(String.raw`^(?:(?:please|just|now|so)\s+)*(?:${VERB})\s+(?:to|in|into|at|up|down|back|off|away|shorter|longer|faster|slower|by)\b`, 'i');

/**
 * A moment by its place, said in words where there is one ("put it second" → "put the third clip second", where "put
 * clip 3 second" would read as 3 seconds).
 */
const momentNamed = (place: number) => {
  const word = Object.keys(ORDINALS).find((said) => /^[a-z]+$/.test(said) && ORDINALS[said] === place);
  return word === undefined ? `clip ${place}` : `the ${word} clip`;
};

/**
 * "the fish curry part, that is the last clip, …", "…, i.e. clip 2, …": a part described, then named again by its place
 * (which the grammar reads when said with no "that is" between: "the fish curry part, the last clip, …").
 */
const RESTATED_AS = new RegExp(String.raw`,\s*(?:that is|that's|which is|i\.e\.?|ie|namely|aka|meaning)\s+(?=(?:the\s+)?(?:(?:first|second|third|fourth|fifth|last|final|\d+(?:st|nd|rd|th))\s+(?:${MOMENT_NOUN})|(?:${MOMENT_NOUN})\s*#?\s*(?:\d+|one|two|three|four|five))\b)`, 'gi');

/**
 * "the pouring clip, number 2, …", "the picking scene, number two, …", "the chow line clip is #3": a moment described,
 * then its number alone, is the moment of that number ("clip 2"), as when the noun is said again.
 */
const NUMBERED_APART = new RegExp(String.raw`(?<=\b(?:${DESCRIBED_NOUN})s?(?:\s*,\s*|\s+(?:is|=)\s+))(?:number|no\.?|#)\s*(?=(?:\d+|${NUMBER_WORD})\b(?!\s*(?:%|x\b|s\b|secs?\b|seconds?\b)))`, 'gi');

/**
 * "the first clip, where I take off the old fabric, is boring": what happens in a moment, said after a comma after it,
 * describes it (its verbs ask nothing).
 */
const MOMENT_WHERE = new RegExp(String.raw`(?<=\b(?:${MOMENT_NOUN})s?(?:\s*#?\s*\d+)?)\s*,\s*(?:where|when|in\s+which|during\s+which|the\s+one\s+where)\s+(?:i|i'm|we|we're|you|he|she|they|it|it's|the|my|our|his|her|their|someone|everyone)\b[^,;.!?]*(?=,|[.!?]*$)`, 'gi');

/**
 * "the part where I cut the fabric, the first, make it shorter", "the wax bit, second one, …", "the dancer part, clip 2, …":
 * a moment described by what it shows, then named by its place alone after a comma: the place is its name (the
 * description's own verbs, "cut", ask nothing). A description holding a place of its own ("the first clip, the third")
 * names two moments, and is left; so is "the kitchen clip, the third" (maybe the third of the kitchen clips), and a
 * description that is what a verb before it takes ("slow the plating bit, clip 1, down to 0.6", read as said).
 */
const DESCRIBED_THEN_PLACED = new RegExp(String.raw`(?<=^\s*|[,.;:!?]\s*)\b(?:the|that|this|my|our)\s+(?!(?:[\w'-]+\s+){0,3}?(?:${ORDINAL_EN}|last|final)\b)(?:[\w'-]+\s+){0,3}?(${DESCRIBED_NOUN})\b(?:\s+(?:where|when|in which|with|i|i'm|we|we're|you|he|she|they)\b[^,;.!?]*)?,\s*(?:(?:the\s+)?(${ORDINAL_EN}|last|final)(?:\s+(?:one|${MOMENT_NOUN}))?|((?:${MOMENT_NOUN})\s*#?\s*(?:\d+|one|two|three|four|five)))(?=\s*,)`, 'gi');
// ("the clip where the waiter pours, the second, …": "the clip" with no word of its kind before it is one of all the
// clips, so the place is its name, as for a part.)
const placedName = (said: string, noun: string, ordinal: string | undefined, named: string | undefined) => named
  ?? (/^(?:clip|moment)$/i.test(noun) && !/^\s*(?:the|that|this|my|our)\s+(?:clip|moment)\b/i.test(said) ? said : `the ${ordinal} clip`);

/** "the loading clip (clip 3)": a moment described, then named by its place in brackets: the place is the name. */
const MOMENT_ASIDE = new RegExp(String.raw`\b(?:the|this|that|my|our)\s+(?:[\w'-]+\s+){1,3}?\(((?:${MOMENT_NOUN})\s*#?\s*\d+)\)`, 'gi');

/**
 * A clause saying which moment is which ("the ring exchange is clip 2", "the pose clip is the 2nd one", "the camel
 * clip is the first"), then the request; its place said apart, as learners of English say it ("the checkout part, it is
 * the third", "the terrace scene is the most beautiful, is the third", "the part of the cashier system is number 2").
 */
const MOMENT_IS = new RegExp(String.raw`^(?:the|this|that|my|our)\s+(?!(?:${MOMENT_NOUN})s?\b(?!\s+(?:of|with|where)\b))[\w'\s-]{1,40}?(?:\s+is\s+(?!the\s+(?:${ORDINAL_EN}|last|final)\b)[^,.;]{1,40}?,\s*is|,\s*(?:it|this|that)(?:'s|\s+is)|\s+is)\s+((?:${MOMENT_NOUN})\s*#?\s*\d+|${PLACE_NUMBER}\s*\d+|the\s+(?:\S+\s+(?:one|${MOMENT_NOUN})|(?:${ORDINAL_EN}|last|final)\b))$`);

const MOMENT_BY_PLACE = new RegExp(String.raw`^(.*?\bis\s+(?:(?:${MOMENT_NOUN})\s*#?\s*\d+|the\s+(?:\S+\s+(?:one|${MOMENT_NOUN})|(?:${ORDINAL_EN}|last|final)\b)))\s*[,.;:]\s*(.+)$`, 'i');

/**
 * "before you export, remove clip 1", "trim clip 2 before exporting": the export is said to come after what is asked
 * beside it, wherever it is said (as in "导出前把第一段删掉"). Said of the user's own export ("before I export, …"), it
 * only says when: no export is asked.
 */
function exportLast(said: string): string {
  const message = said.replace(Words.exportAfter.mine, '');
  const first = Words.exportAfter.first.exec(message);
  if (first) return `${first[1]}${first[2]}, then export`;
  return message.replace(Words.exportAfter.last, ', then $1');
}

/** "导出之前先把静音去掉": what is to be done before, said second, is done first. */
function firstThis(part: string): string[] {
  const { masked, unmask } = maskQuotes(part);
  // Without 先, only after a verb that finishes the video ("导出之前把音乐关了"; not "把之前的标题删掉").
  // ("导出前把第一段删掉": 前 alone, right after such a verb.)
  const before = /^(.+?)(?:之前|以前)[，,\s]*先(.+)$/u.exec(masked) ?? /^(.*(?:导出|渲染|出片|发布|上传)[^，,。]{0,6}?)(?:之前|以前)[，,\s]*(.+)$/u.exec(masked)
    ?? /^((?:在)?(?:导出|渲染|出片|发布|上传))前(?![的面后])[，,\s]*(?:先)?(.+)$/u.exec(masked.replace(Words.askOpening, ''));
  return before ? [unmask(before[2]).trim(), unmask(before[1]).trim()] : [part];
}

/**
 * 再 said between two requests ("加标题再导出"): "then"; not "more" (再大一点, 再大声一点), "again" (再来一遍), nor 从头再来, nor
 * "later" (等下再导出, 明天早上再导出, 我自己后期再配, 等我确认完再导出), nor 再见; nor after a step pointed at ("撤销的那步再重做":
 * what the verb after it is done to, no request of its own).
 */
const THEN_AGAIN = new RegExp(String.raw`(?<!(?:从头|之后|后期|后面|到时候|自己|${LATER_ZH})\s*)(?<!${WAIT_UNTIL_ZH})(?<!的[那这]一?[步次下]\s*)再(?!见|会|(?:推|拉|放|缩)?(?:大|小|快|慢|短|长|多|少|高|低|近|远|响|轻|亮|暗|细|粗)声?一?(?:点|些)|(?:来|做)一[遍次]|说|恢复|还原)`, 'u');

const ANOTHER_FILE_FIRST = new RegExp(`^${ANOTHER_FILE_ZH}`, 'u');

/**
 * "加标题“你好”再导出" is two requests, but in "背景再去掉吧", "音乐再大声点", "第三个片段再短4秒" 再 stands between a
 * subject and what is asked of it: parted only when what follows 再 reads as a request alone, or neither half does
 * while the whole does not either.
 */
function thenAgain(part: string, context: ParseContext): string[] {
  const { masked, unmask } = maskQuotes(part);
  const at = THEN_AGAIN.exec(masked);
  // "加字幕：看到黄线再打满": a 再 inside a text's words is theirs.
  if (!at || at.index > (colonWords(masked)?.at ?? Infinity)) return [part];
  const [before, after] = [unmask(masked.slice(0, at.index)).trim(), unmask(masked.slice(at.index + at[0].length)).trim()];
  const rest = thenAgain(after, context);
  // "导出720p 再来一个1080p的": 再 before one more file stays with it: another file, not the one before said again.
  const another = ANOTHER_FILE_FIRST.test(readable(after));
  if (another) rest[0] = `再${rest[0]}`;
  if (before === '') return rest;
  const reads = (said: string) => readAlone(said, context).length > 0;
  // Joined, a pause typed before 再 stays one: "加音乐 再大声一点" is music added, then its level changed (as "加音乐 大声一点").
  const whole = `${before}${/\s$/u.test(masked.slice(0, at.index)) ? ' ' : ''}${after}`;
  if (!(reads(another ? `再${after}` : after) ? !reads(before) && reads(whole) : reads(whole))) return [before, ...rest];
  // "片尾写欢迎再来": the 再 left out to read the whole may be its words' own: kept where the clause reads as well with it.
  const joined = thenAgain(whole, context);
  const kinds = (said: string) => readAlone(said, context).map((op) => op.op).join();
  return joined.length === 1 && kinds(part) === kinds(whole) ? [part] : joined;
}

// spacedRequests' splits, built once at load (it runs on every clause).
/** A piece opening with a Chinese verb (加个水印): a request by its shape, read or not. */
const VERB_FIRST_ZH = new RegExp(`^(?:${ZH_VERB})`, 'u');
/**
 * "只用 第一个 和 第二个 视频 剪 三十秒": a clip cut to a length (剪, 剪个, 剪成 before the figure), said after a space, is a
 * request of its own, as after a comma (剪 alone is no verb that starts one: "第二段 剪 短一点"); tried when the verbs of
 * SPACED_BEFORE_VERB part nothing that reads ("快快快 剪一分钟 加音乐" parts before 加 only).
 */
const SPACED_BEFORE_LENGTH_CUT = /(?<=[\p{Script=Han}\d])\s+(?=剪(?:成|到|个|一个)?\s*[\d一二两三四五六七八九十半]+\s*(?:秒|分钟?))/u;
/**
 * "第二段剪短三秒第三段也剪短三秒", "第三段删掉第一段静音": typed run on, a moment named by its place right after a request's
 * last word (its length, its verb's ending) ends it, as a space would (not after what joins, places or points at
 * moments: 第一段和第三段, 移到第三段, 时间线上第二段).
 */
const BEFORE_MOMENT_RUN_ON = new RegExp(String.raw`(?<=[秒掉了吧除速音慢快短长倍])(?=${Words.momentFirst.source})`, 'u');
// ("出 mov 1080p 出埋 gif": after a resolution too, as after a figure; "导出 gif 去掉标题": after a format.)
/** "明天再导出", "等下再加音乐": a step said for later stays with the word that puts it off (parted, it was asked now). */
const LATER_SAID = String.raw`(?:${LATER_ZH})\s*再?`;
const SPACED_BEFORE_VERB = new RegExp(String.raw`(?<=[\p{Script=Han}\d\u0000]|\b\d{3,4}p|\b4k|${FORMAT_NAMED})\s+(?=(?:完了|之后)?再?(?:${ZH_VERB}|出埋?(?=多?一?[个份]?\s*(?:mp4|mov|gif|webm)))|${Words.momentFirst.source})`, 'u');
// ("转场加淡入淡出": a kind of transition given to the transitions is one request with them; "加转场加音乐" is two.)
const BEFORE_ADDING_VERB = new RegExp(String.raw`(?<=[\p{Script=Han}\d\u0000%％])(?<!${FINISHED_FIRST_ZH}|${NO_FIRST_ZH}\s*|${LATER_SAID})(?=(?!(?<=转场|过渡)加[^，,。\s]{0,6}?(?:淡入淡出|叠化|溶解|淡化|渐变)|${FADE_LENGTHENED_ZH})加(?![速快大长强粗载宽])|添加|(?<![搭分匹装调])配(?=[个首上]|一[首段个])|导出|(?<![导输推演支先再])(?:先|再)?(?:导|出)(?:一[版次遍]|一[个份][^，,。\s]{0,4}?版|第[二两三四2-4]版))`, 'u');
/** An export refused with no comma before it ("加音乐不要导出", "加个标题先别导出"): where the request before it ends. */
const BEFORE_REFUSED_EXPORT = new RegExp(String.raw`(?<=[\p{Script=Han}\d\u0000%％a-z])(?<![先暂且还时])\s*(?=(?:${PUT_OFF_ZH}|${NO_FIRST_ZH})\s*(?:导出|输出|汇出|export))`, 'iu');
const BEFORE_VERSION = new RegExp(String.raw`(?<=[\p{Script=Han}\da-z\u0000%％])(?<!${FINISHED_FIRST_ZH}|${NO_FIRST_ZH}\s*|[先再]|${LATER_SAID})\s*(?=(?:先|再)?(?<![引主指领教辅开疏误传])(?:导出|(?:导|输出)一?[个份版次遍]|export\s*(?:[a-z\d]{2,4}\s*)?(?=一?[个份版次遍])))`, 'iu');

/**
 * "剪成一分钟 1:1 导出GIF", "加标题“营业中” 导出": a space before a Chinese verb parts two requests, when each side reads
 * as one (so does one before "then" and a verb, 完了导出, 之后再出个 mp4: a file put out named by its kind) ("把第三段 删掉" is one request with a space in it); so does one before a moment named by its place ("第三段砍一秒
 * 第一段砍两秒").
 */
function spacedRequests(part: string, context: ParseContext): string[] {
  const { masked, unmask } = maskQuotes(context.music === false ? part.replace(MUSIC_WANTED_SPACED, '') : part);
  const reads = (pieces: string[]) => pieces.length > 1 && pieces.every((piece) => readAlone(piece, context).length > 0);
  // "标题「A」 标题「B」", "片头标题「欢迎」 片尾卡片「谢谢」 背景音乐": parts spaced, each named with words of its own, are a
  // request each (run on, the first part took the words of all, and the rest was lost).
  // Each piece is named by its part and words, read alone (what follows them in the piece is parted after).
  const named = masked.split(BEFORE_NAMED_QUOTE);
  const worded = (piece: string) => {
    const head = unmask(/^[^\u0000]*\u0000\d+\u0000/u.exec(piece)?.[0] ?? '');
    return readAlone(head, context).some((op) => (op.op === 'add_text' || op.op === 'add_card') && op.text === quoted(head));
  };
  if (named.length > 1 && named.every(worded)) return named.flatMap((piece) => spacedRequests(unmask(piece), context));
  const pieces = masked.split(SPACED_BEFORE_VERB).map(unmask);
  // "解析度用 1080p 先不要导出 改成竖屏": a piece may end in an export refused, a piece of its own; "片尾卡「谢谢」 背景音乐
  // 导出mp4": or be spaced requests of its own.
  if (reads(pieces)) return pieces.flatMap((piece) => exportRefusedApart(piece, context) ?? spacedRequests(piece, context));
  // "浪打过来那段放慢 第二段0.5倍 第三段剪掉2秒": a moment described and asked of (no moment read alone), then spaced
  // requests that read: a piece each, so the moment named next by its place can be the one described (describedThenPlaced).
  const describedApart = pieces.length > 1 && DESCRIBED_FIRST.test(pieces[0].trim())
    && pieces.slice(1).every((piece) => readAlone(piece, context).length > 0);
  if (describedApart) return [pieces[0], ...pieces.slice(1).flatMap((piece) => spacedRequests(piece, context))];
  const lengthCut = masked.split(SPACED_BEFORE_LENGTH_CUT).map(unmask);
  if (reads(lengthCut)) return lengthCut.flatMap((piece) => spacedRequests(piece, context));
  const momentRunOn = masked.split(BEFORE_MOMENT_RUN_ON).map(unmask);
  if (reads(momentRunOn)) return momentRunOn.flatMap((piece) => spacedRequests(piece, context));
  if (momentAfterRebuild(pieces, context)) return pieces;
  // "剪成30秒竖屏加音乐", "加字幕「演示」导出gif": with no space either, before a verb that adds or exports (not 加速, 加大).
  // "原声给我关了配个音乐": 配 (music put to it) the same.
  // "加首歌导一版", "把歌去掉先出一版", "把歌拿掉导一个干净版", "再调响一点出第二版": a request, then a version of it exported.
  // "成片导出mp4", "成片请导出成webm": the finished video, said first, is what is exported, no request of its own.
  // "加音乐不要导出": the export refused is a piece of its own, which asks nothing; run on, the "no" would be read as the
  // request's and the export as asked.
  const refused = exportRefusedApart(part, context);
  if (refused) return refused;
  const split = placesKept(masked.split(BEFORE_ADDING_VERB).map(unmask), context);
  // "帮我加首歌导一版", "先加默认背景导一版": asking (帮我, 麻烦) or "first" is no piece of its own; it opens the first request.
  const joined = split.length > 2 && /^(?:先|首先)?$/.test(split[0].replace(Words.askOpening, '')) ? [`${split[0]}${split[1]}`, ...split.slice(2)] : split;
  // "在第5秒加字幕…", "0:22加字幕…": a time said first is when, no request of its own.
  const timed = joined.some((piece) => pointFragment(readable(piece)) !== undefined || slotFragment(readable(piece)) !== undefined);
  // "…精华 开头加标题「…」 音乐默认的 再大声一点": each piece may be spaced requests of its own.
  if (reads(joined) && !timed) return joined.flatMap((piece) => spacedRequests(piece, context));
  // "背景音乐加上先导一个": a request, then a file of it exported first, where a split before 加 leaves a verb alone; so
  // too after a Latin word, a quote, a level or a space ("加 BGM 先导一版", "片头加卡片“兴义新闻”导出一版", "…背景 export 一版",
  // "音量调到20%导一版", "把字幕去掉输出一版", "…level 25% 先export mp4一版": its format said before 一版).
  const version = masked.split(BEFORE_VERSION).map(unmask);
  if (reads(version)) return version;
  // "加音乐导一版，再调小点导一版": a change by a degree with no subject said reads as nothing alone, but goes on about what
  // the message changed before (the clause loop reads it so): the version exported after it is a request of its own.
  const degreeFirst = version.length > 1 && /[点些]儿?$/u.test(readable(version[0]));
  if (degreeFirst && version.slice(1).every((piece) => readAlone(piece, context).length > 0)) return version;
  return kindsSpaced(masked, unmask, context) ?? texted(part, context) ?? partLeftOver(masked, unmask, context) ?? [part];
}

/**
 * "剪成30秒的精华 音乐要 默认的 …", "配乐用 默认的": with no music yet, the music named with what is wanted of it (要, 用), a
 * space, then which: one piece (apart, neither half reads alone, and the whole message was read as the music alone).
 * With music there, "配乐要 默认的 配乐淡出一秒" changes the music there (its fade), no other music put in its place.
 */
const MUSIC_WANTED_SPACED = /(?<=(?:音乐|配乐|背景乐|bgm)(?:要|用|就要|就用))\s+(?=\p{Script=Han})/giu;

/** A space after quoted words, before a part named with words of its own (a few words, then a quote). */
const BEFORE_NAMED_QUOTE = /(?<=\u0000\d+\u0000)\s+(?=[^\s\u0000]{1,6}\u0000)/u;

/** A moment named first in a piece ("第二段太长"). */
const MOMENT_OPENS = new RegExp(`^(?:${Words.momentFirst.source})`, 'u');

/**
 * "剪成30秒 第二段太长", "做个一分钟的 第三段拖": a moment named after a request that rebuilds the timeline is a clause of
 * its own, though it reads as nothing alone (it is said back as unread: the moments it names are gone); run on, the
 * clip's length would be read as that moment's.
 */
function momentAfterRebuild(pieces: string[], context: ParseContext): boolean {
  const rest = pieces.slice(1);
  return pieces.length > 1 && readAlone(pieces[0], context).some((op) => op.op === 'compile_best_moments')
    && rest.every((piece) => MOMENT_OPENS.test(piece) || readAlone(piece, context).length > 0)
    && rest.some((piece) => MOMENT_OPENS.test(piece) && readAlone(piece, context).length === 0);
}

/**
 * "剪成30秒 标题大一点", "加音乐 加个水印", "加标题「你好」 红色的 大号": a spaced piece which reads as nothing alone and
 * still asks (it names a part of the draft or a text's look, or opens with a verb), where the pieces around it read as
 * much without it, is a clause of its own, so it is said back as unread, not dropped. A text's look read with its
 * neighbours is misread ("加音乐 字体大一点" is no louder music): it parts even where the rest reads more with it.
 */
function partLeftOver(masked: string, unmask: (piece: string) => string, context: ParseContext): string[] | undefined {
  const pieces = masked.split(KINDS_SPACE);
  if (pieces.length < 2) return undefined;
  const without = (i: number) => readAlone(unmask(pieces.filter((_, j) => j !== i).join(' ')), context);
  const whole = readAlone(unmask(masked), context);
  const apart = pieces.map((masked, i) => {
    const piece = unmask(masked);
    if (quoted(piece) !== undefined || readAlone(piece, context).length > 0) return false;
    const rest = without(i);
    if (Words.textLook.test(readable(piece))) return rest.length > 0;
    // A part named first is what the pieces after it are about ("标题 改成「…」").
    // A verb said alone, or an addition said again ("…「…」 加", 加上), asks nothing new.
    const verbFirst = VERB_FIRST_ZH.test(piece) && piece.replace(VERB_FIRST_ZH, '').trim() !== '' && !Words.addAgain.test(readable(piece));
    return i > 0 && (namesText(piece) || namesPart(readable(piece)) || verbFirst) && rest.length > 0 && isDeepStrictEqual(rest, whole);
  });
  if (!apart.some(Boolean)) return undefined;
  // The pieces left between the ones parted stay one request, as they were read.
  return pieces.reduce<string[]>((clauses, piece, i) => (apart[i] || i === 0 || apart[i - 1]
    ? [...clauses, unmask(piece)] : [...clauses.slice(0, -1), `${clauses[clauses.length - 1]} ${unmask(piece)}`]), []);
}

/**
 * "加音乐不要导出": the export refused with no comma before it, a piece of its own, which asks nothing ("加个标题不要导出":
 * the piece before read as nothing alone, the refused export is still no export).
 */
function exportRefusedApart(part: string, context: ParseContext): string[] | undefined {
  const { masked, unmask } = maskQuotes(part);
  const refused = masked.split(BEFORE_REFUSED_EXPORT).map(unmask);
  return refused.length === 2 && Words.refusal.test(readable(refused[1])) && (readAlone(refused[0], context).length > 0 || readAlone(part, context).some((op) => op.op === 'export')) ? refused : undefined;
}

/** Where in the clip a request puts its part (开头, 片尾), said last in a piece. */
const PLACE_LAST = new RegExp(`(?:${Words.anchorPlace.source})\\s*$`, 'u');

/**
 * "剪成30秒片尾加卡片「谢谢观看」", "剪个三十秒的精华 开头加标题「…」": a place said just before an adding verb is where that
 * request puts its part, not the end of the request before it (which reads alone without it); not "把第三段放到最后".
 */
function placesKept(pieces: string[], context: ParseContext): string[] {
  return pieces.reduce<string[]>((kept, piece) => {
    const last = kept.at(-1);
    const place = last === undefined ? null : PLACE_LAST.exec(last);
    if (last === undefined || place === null || place.index === 0 || readAlone(last.slice(0, place.index), context).length === 0) return [...kept, piece];
    return [...kept.slice(0, -1), last.slice(0, place.index).trimEnd(), `${place[0].trim()}${piece}`];
  }, []);
}

/** A degree more, said alone with 再 ("再小声点", "再大声一点", "再轻一些"). */
const FURTHER_ZH = /^再(?:稍微|稍稍|更)?\p{Script=Han}{1,3}(?:[点些]儿?|点声)[吧啊哈嘛呀]?$/u;

/** A step put off, opening a piece (先别导出), after a "but" too ("但先不要导出": the request before it stands). */
const PUT_OFF = new RegExp(String.raw`^${BUT_ZH}?\s*${PUT_OFF_ZH}`, 'u');
/**
 * A space between Chinese words, or before a step put off after a Latin word ("分辨率4k 先别导出"). A level typed with
 * "%" ends a word as a figure does ("背景音樂用 peach.mp3 音量50% 結尾淡出兩秒": the level goes with the music, the fade
 * is a piece of its own); a figure spaced from its unit ("剪成 35 秒给 IG Reels") or from its span's other end ("20 到 25
 * 秒") is one word with it, never parted.
 */
const KINDS_SPACE = new RegExp(String.raw`(?:(?<=[\p{Script=Han}\u0000%％]|\.[a-z\d]{2,4})|(?<=\d)(?!\s+(?:${UNIT_ZH}|[到至]\s*\d)))\s+(?=\p{Script=Han})|(?<=\S)\s+(?=${BUT_ZH}?\s*${PUT_OFF_ZH})`, 'u');

/** "用 kalinka.mp3": a sound file said alone, to use. */
const FILE_USED = new RegExp(String.raw`^(?:就|只)?用\s*(?:我的|我传的)?\s*${AUDIO_FILE.source}$`, 'iu');

/** A level, a length ("音量一半", "两秒"; no edge of the clip: "前4秒") or a sound file ("用 beat.mp3") said alone: a detail, no request. */
const detailAlone = (piece: string) => {
  const slot = slotFragment(readable(piece));
  return (slot !== undefined && slot.edge === undefined) || FILE_USED.test(piece.trim());
};

/** A word that only opens the message ("算了算了", "好的"), as each clause's reader drops it. */
const OPENING_ONLY = new RegExp(`${Words.filler.source}$`, 'iu');

/** "音乐默认的 再大声一点": a piece that reads as nothing alone but asks more of the piece before it goes with it. */
function goesOn(last: string, piece: string, context: ParseContext): boolean {
  if (readAlone(piece, context).length > 0) return false;
  const before = readAlone(last, context).length;
  return before > 0 && readAlone(`${last} ${piece}`, context).length > before;
}

/**
 * "整个视频个声音 关掉 …", "原声 静音 …": the recording's sound named, then the verb alone, neither reading as anything alone, are one
 * request when together they read as one.
 */
function namedThenDone(last: string, piece: string, context: ParseContext): boolean {
  // (A sound named only: "背景 音乐 加", typed a character at a time, is read whole as it was.)
  return Words.sourceAudio.test(readable(last)) && readAlone(last, context).length === 0 && readAlone(piece, context).length === 0 && readAlone(`${last} ${piece}`, context).length > 0;
}

/**
 * "… 只要音乐 默认音乐", "加音乐 默认那个音乐": one request said twice, in other words (each read alone as the same one
 * operation, and so together): one piece (apart, the two of one kind left the whole message read run on, and what it
 * asked before them was lost).
 */
function saidTwice(last: string, piece: string, context: ParseContext): boolean {
  const [before, after] = [readAlone(last, context), readAlone(piece, context)];
  return before.length === 1 && after.length === 1 && isDeepStrictEqual(before, after) && isDeepStrictEqual(readAlone(`${last} ${piece}`, context), before);
}

/**
 * "片头加一个卡片 写「…」": the words written ("写…", 写上, 写着), after a card or text named with none (which reads as
 * nothing alone), are its words, not a text of their own.
 */
function wordsOfNamed(last: string, piece: string, context: ParseContext): boolean {
  const words = quoted(piece);
  // (写, then the opening quote, then the words.)
  if (words === undefined || !/^写[上着]?\s*\S$/u.test(piece.slice(0, piece.indexOf(words))) || readAlone(last, context).length > 0) return false;
  const whole = readAlone(`${last} ${piece}`, context);
  return whole.length === 1 && (whole[0].op === 'add_card' || whole[0].op === 'add_text') && whole[0].text === words;
}

/**
 * "整体1.5倍速 转场全部硬切", "算了算了 清空重来 剪个二十秒的就行": typed like a chat message, a space between Chinese
 * words parts requests of different kinds, when each side reads as one (a word that only opens the message goes with
 * what follows it); requests of one kind ("剪成 三十秒") are one request with a space in it.
 */
function kindsSpaced(masked: string, unmask: (piece: string) => string, context: ParseContext): string[] | undefined {
  // "加默认音乐 音量一半 音乐淡入一秒", "音乐加上 用 kalinka.mp3 …": a level, a length or a file said alone is the detail
  // of the request before it, and goes with it (not with a piece that asks nothing: "…那下 三秒").
  // The whole video named alone ("整个影片 开头淡入三秒 …") goes with what follows, as an opening word does.
  const pieces = masked.split(KINDS_SPACE).map(unmask)
    .reduce<string[]>((kept, piece) => {
      const last = kept.at(-1);
      const joins = last !== undefined && (OPENING_ONLY.test(last) || Words.wholeVideoAlone.test(last) || (detailAlone(piece) && readAlone(last, context).length > 0) || goesOn(last, piece, context) || wordsOfNamed(last, piece, context)
        || namedThenDone(last, piece, context) || saidTwice(last, piece, context));
      return last !== undefined && joins ? [...kept.slice(0, -1), `${last} ${piece}`] : [...kept, piece];
    }, []);
  // The intro card and the outro card ("片头卡「…」 三秒 片尾卡「…」 两秒") are two parts, each a request of its own.
  const kinds = pieces.map((piece) => readAlone(piece, context).map((op) => (op.op === 'add_card' ? `${op.op} ${op.card}` : op.op)));
  const all = kinds.flat();
  // "放大后 音乐关掉": a piece saying after or before what is when the next one applies, no request of its own.
  const when = pieces.slice(0, -1).some((piece) => /(?:之?后|以后|之?前|以前|时候?)$/u.test(piece));
  // "分辨率4k 先别导出", "resolution设1080p 先不要export": a step put off after a request is a piece of its own, which asks
  // nothing (run on, the request would take its verb: an export at 4k).
  const putOff = (piece: string, i: number) => i > 0 && PUT_OFF.test(piece) && Words.refusal.test(readable(piece));
  // "背景音乐加 lofi 个 百分之三十 再小声点": a change by a degree, "再" first, after a request that read is a step of its own,
  // as after a comma (the clause loop reads it of the change before it); run on, the level said took it, and it was lost.
  // ("音乐已经加了 再大声一点": read whole, the degree was read; no step of its own.)
  const degreeLost = !readAlone(unmask(masked), context).some((op) => 'change' in op);
  const further = (piece: string, i: number) => i > 0 && degreeLost && FURTHER_ZH.test(readable(piece).trim());
  return pieces.length > 1 && !when && kinds.every((read, i) => read.length > 0 || putOff(pieces[i], i) || further(pieces[i], i)) && all.length > 0 && new Set(all).size === all.length ? pieces : undefined;
}

/**
 * "第三段不要啦 那个是我录错的", "第一段废话太多 剪到10秒": typed like a chat message, a space between Chinese words ends a
 * clause as a comma does, when the whole reads as nothing and names no text or card (unless the words are spaced one
 * at a time).
 */
function texted(part: string, context: ParseContext): string[] | undefined {
  if (namesWords(part)) return undefined;
  const pieces = part.split(/(?<=[\p{Script=Han}！!？?])\s+(?=\p{Script=Han})/u);
  const joined = pieces.join('');
  // "没有声音 也没有动 的地方", "没 人 讲话 的 地方 加速": a piece opening with 的, which opens no clause, shows the spaces
  // part words or phrases of one clause, as they were typed (read spaced, the place would be lost), not clauses.
  if (pieces.some((piece, i) => i > 0 && piece.startsWith('的'))) return [joined];
  if (readAlone(part, context).length > 0) return undefined;
  // "两边 黑 边 加", "竖 屏 吧": typed a word or a character at a time, spaces even inside a word, the pieces are one
  // request when together they read as one; so are words spaced apart none of which asks anything alone ("整个视频 声音
  // 开到百分之一百二": what, whose, how much), nor refuses it ("… 今天不用导出 …": read run on, the "no" would be lost).
  const apart = pieces.every((piece) => [...piece].length <= 2)
    || pieces.every((piece) => readAlone(piece, context).length === 0 && !Words.refusal.test(readable(piece)));
  if (pieces.length > 1 && apart && readAlone(joined, context).length > 0) return [joined];
  return pieces.length > 1 ? pieces : undefined;
}

/** A text or card named, or words quoted: its words, unquoted, may hold spaces ("加个字幕 注意安全 放在最上面"). */
const namesWords = (part: string) => quoted(part) !== undefined || namesText(part) || (Words.writeWords.test(readable(part)) && !changedToSetting(part));

/**
 * "两边别模糊了 换成黑边", "别用裁剪了 改成模糊": what a part is changed into, when it reads alone as a setting of the editor
 * (a fill, a shape), is that setting, no words to write.
 */
const changedToSetting = (part: string) => {
  const into = CHANGED_INTO_ZH.exec(part);
  // Read with its verb: 改成模糊 is the blur fill, 模糊 alone no setting.
  return into !== null && readAlone(part.slice(into.index), { moments: 0, texts: 0 }).some((op) => op.op === 'set_fill' || op.op === 'set_aspect');
};
const CHANGED_INTO_ZH = /(?:改|换|变)(?:成|为)(?!.*(?:改|换|变)(?:成|为))/u;

/** A text or card named. */
export const namesText = (part: string): boolean => [Words.text, Words.card, Words.intro, Words.outro].some((names) => names.test(readable(part)));

/**
 * "30 seconds, 9:16, with lofi music", "30秒 竖屏 音乐": requests listed with commas (or spaces) and no verb to split on,
 * when each reads as a request of its own kind. A length, level or factor after the first is a detail of the one before
 * it ("trim clip 2, 3 seconds", "fast forward the idle bits, 8x"), and a clip length is trusted only said alone or with a
 * clip word (not "we present in 10 min, …"). A 、 lists after figures and Latin words too ("剪30s、9:16、export mov"),
 * only not after a list's own number ("1、加音乐"), nor after a quote (a text's words: the 、 there lists what goes on).
 */
function listed(part: string, context: ParseContext): string[] {
  const { masked, unmask } = maskQuotes(part);
  const said = masked.split(/\s*,\s*|\s+\+\s+|(?<=\p{Script=Han})\+|\+(?=\p{Script=Han})|(?<=[\p{Script=Han}a-z\d%％])(?<!(?:^|\s)\d{1,2})、/iu).map(unmask).filter((piece) => piece.length > 0);
  if (said.length < 2) return spacedList(part, context) ?? [part];
  // "…, 9:16, music": a thing named alone in a list is what the clip comes with ("…, it clashes with our song", a
  // sentence with its own subject, "…, the background looks bad" a statement, "…, don't export yet" a refusal, is no
  // thing named, nor "…, the speed's daft" a judgment; a refusal is a piece of its own, which asks nothing).
  const refused = (piece: string, i: number) => i > 0 && Words.refusal.test(readable(piece));
  // "fade in 2 sec, fade out 4 sec, on the music": the music said alone after a fade is the part it fades, no music added.
  const fadedPart = (piece: string, i: number) => i > 0 && Words.musicAlone.test(readable(piece))
    && readAlone(said[i - 1], context).some((op) => op.op === 'fade');
  const pieces = said.map((piece, i) => (i > 0 && !SUBJECT.test(piece) && !fadedPart(piece, i) && ![Words.statement, Words.judged].some((remark) => remark.test(readable(piece))) && !refused(piece, i) && readAlone(piece, context).length === 0 ? `with ${piece}` : piece));
  const kinds = new Set<EditOp['op']>();
  let before: EditOp[] = [];
  const kept: string[] = [];
  for (const [i, piece] of pieces.entries()) {
    if (refused(piece, i) || fadedPart(piece, i)) {
      kept.push(piece);
      continue;
    }
    const text = readable(piece);
    // "vertical, 30 seconds, upbeat music": a shape or a look takes no length, so a length after one is the clip's.
    const alone = slotFragment(text) !== undefined;
    const detail = (alone && !before.every((op) => MEASURELESS.has(op.op))) || /^(?:x\s?\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*[x×倍])$/.test(text);
    const read = parseClause(piece, text, context);
    const guessedLength = read.some((op) => op.op === 'compile_best_moments') && !alone && !Words.compile.test(text) && !MADE_LENGTH.test(text);
    // Two of a kind are two only when each has its own words ("title 'A', caption 'B'").
    const again = read.some((op) => kinds.has(op.op)) && quoted(piece) === undefined;
    // "cut this down to 10 seconds, music, lofi": the music named, then its bed named right after it, is one request
    // said in two pieces (the one before it keeps its own).
    const sameAgain = again && i > 0 && read.length === 1 && before.length === 1 && read[0].op === 'add_music' && before[0].op === 'add_music';
    if (sameAgain) {
      kept[kept.length - 1] = `${kept[kept.length - 1]}, ${said[i]}`;
      continue;
    }
    // "…, music, lofi, but more quiet after": a piece that asks nothing alone but more of the piece before it goes with it.
    const withBefore = i > 0 && read.length === 0 ? `${kept[kept.length - 1]}, ${said[i]}` : undefined;
    const more = withBefore === undefined ? [] : parseClause(withBefore, readable(withBefore), context);
    if (withBefore !== undefined && more.length > before.length && before.every((op) => more.some((read) => read.op === op.op))) {
      kept[kept.length - 1] = withBefore;
      more.forEach((op) => kinds.add(op.op));
      before = more;
      continue;
    }
    if ((detail && i > 0) || read.length === 0 || guessedLength || again) return [part];
    read.forEach((op) => kinds.add(op.op));
    before = read;
    kept.push(piece);
  }
  return kept;
}

/**
 * "make it 30 seconds, …", "剪30秒、…", "40 second clip, square, …", "make a 30 sec clip, …", "give me 45 seconds, …": a
 * length the video is made, asked outright (or named with the clip it makes, after a heading or not), is the clip's.
 */
const MADE_LENGTH = /^(?:please )?(?:make|get|bring) (?:it|this|the (?:video|clip)) (?:down )?(?:to )?(?:about |around |roughly |like )?\d|^(?:please )?(?:(?:give|get|make|cut) (?:me|us)|make|cut|create|do|(?:i|we) (?:want|need))(?: (?:an?|about|around|roughly|like|just))* \d+(?:\.\d+)?\s*-?\s*(?:s|secs?|seconds?|mins?|minutes?)\b|^(?:[a-z' ]+:\s*)?(?:an? )?\d+(?:\.\d+)?\s*-?\s*(?:s|secs?|seconds?|mins?|minutes?)\s+(?:clip|video|cut|version|edit|reel)\b|^(?:帮我|给我|请)?剪(?:成|到|个|一个)?\s*\d/;

/**
 * "30秒 竖屏 音乐": three or more short Chinese words listed with spaces, as a chat message lists them (not a sentence
 * beside a request, "缩放 关", nor a text's unquoted words, "加个标题 写 新品上市 放最后").
 */
function spacedList(part: string, context: ParseContext): string[] | undefined {
  const spaced = part.split(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u);
  if (spaced.length < 3 || spaced.some((piece) => [...piece].length > 5) || namesWords(part)) return undefined;
  const pieces = listed(spaced.join(','), context);
  return pieces.length > 1 ? pieces : pairsJoined(part, spaced, context);
}

/**
 * "竖的 手机看 声音 关掉": in a spaced list, two words next to each other which read nothing alone but a request together
 * ("声音 关掉": what, then the verb) are one piece of the list, as they would be typed without the space; the other
 * pieces stay as typed. Taken only when it reads more than the whole, and never beside a "no" (声音 不要 关掉).
 */
function pairsJoined(part: string, spaced: string[], context: ParseContext): string[] | undefined {
  if (spaced.some((piece) => Words.refusal.test(readable(piece)) || Words.refusedOrComplained.test(piece))) return undefined;
  // (each piece and pair is read alone once: the checks below ask again)
  const readings = new Map<string, EditOp[]>();
  const alone = (said: string): EditOp[] => {
    const known = readings.get(said) ?? readAlone(said, context);
    readings.set(said, known);
    return known;
  };
  const pieces: string[] = [];
  let joined = false;
  for (const piece of spaced) {
    const last = pieces[pieces.length - 1];
    const pair = last === undefined ? [] : alone(`${last}${piece}`);
    if (pair.length > 0 && alone(last).length === 0 && alone(piece).length === 0) {
      pieces[pieces.length - 1] = `${last}${piece}`;
      joined = true;
    } else pieces.push(piece);
  }
  if (!joined) return undefined;
  const whole = readAlone(part, context);
  const read = pieces.flatMap((piece) => alone(piece));
  // ("背景 音乐 加": 背景 reads alone, 背景音乐 is one noun that reads nothing without its verb: a word that loses its
  // reading beside the next one is part of a longer word, and no pair of the list is taken.)
  const compound = spaced.slice(0, -1).some((piece, k) => alone(piece).length > 0 && alone(`${piece}${spaced[k + 1]}`).length === 0);
  return !compound && read.length > whole.length && whole.every((op) => read.some((one) => one.op === op.op)) ? pieces : undefined;
}

/** A clause opening with a subject pronoun: a sentence, not a thing named in a list. */
const SUBJECT = /^(it|it's|they|they're|we|we're|i|i'm|he|she)\s/i;

/** Ops a length or a level said after them cannot be a detail of. */
const MEASURELESS = new Set<EditOp['op']>(['set_aspect', 'set_fill', 'set_resolution', 'set_background', 'remove_background', 'keep_everything']);

/**
 * "a 20 second version for TikTok with music", "make a 40s shorts version with the sunset background": the clip being
 * made, and what it comes with, when that reads as a request of another kind (not "vertical with a blurred background",
 * which is the shape's fill, nor "music with a fade in").
 */
function madeWith(clause: string, context: ParseContext): string[] {
  const { masked, unmask } = maskQuotes(clause);
  const at = /\s+with\s+/i.exec(masked);
  if (!at) return [clause];
  const made = unmask(masked.slice(0, at.index));
  const added = unmask(masked.slice(at.index + 1));
  const clip = readAlone(made, context);
  const extra = readAlone(added, context);
  const shapesTheClip = clip.length > 0 && clip.every((op) => op.op === 'compile_best_moments' || op.op === 'set_aspect');
  const another = extra.length > 0 && extra.every((op) => !['set_fill', 'set_aspect', 'fade', 'compile_best_moments'].includes(op.op));
  // "…, with our title 'X' at the top, lo-fi music at 30 percent": what it comes with may be a list itself.
  return shapesTheClip && another ? [made, ...listed(added, context)] : [clause];
}

/** A verb said first ("let's" before it too), which the half after "and" shares (导出mp4和gif: two exports, as "export an mp4 and a gif"). */
const LEADING_VERB = new RegExp(String.raw`^(?:(?:please\s+|let's\s+)?(?:${VERB})\b|加上?|添加|增加|去掉|删掉|删除|改成|换成|用|(?:麻烦|帮我|请)?(?:最后|然后|接着|再)?\s*(?:导(?:出|(?=一?[个份]))|出(?=一?[个份])))`, 'i');

/** "caption add 'Step 1' and music too": a part named first, then its verb, which the half after "and" shares too. */
const TOPIC_VERB = new RegExp(String.raw`^(?:the\s+)?([a-z-]+)\s+((?:${VERB})\b)`, 'i');
const topicLead = (first: string) => {
  const said = TOPIC_VERB.exec(first);
  return said && [Words.text, Words.music, Words.card, Words.background].some((part) => part.test(said[1])) ? said[2] : undefined;
};

/** "(麻烦)最后导一个webm和一个mp4": the export verb the half after "and" shares, without the asking or the adverb said before it. */
const sharedLead = (lead: string) => lead.replace(/^(?:麻烦|帮我|请)?(?:最后|然后|接着|再)?\s*/, '').replace(/^导$|^出$/, '导出');

/**
 * "give me that file in 4K and a GIF", "send me the video in 1080p and a webm": a verb of handing the file over (no verb
 * of the editor's) is the export the half after "and" shares.
 */
const handedOver = (first: string, context: ParseContext) => {
  const read = readAlone(first, context);
  return /^(?:please\s+)?(?:give|send|hand|email|mail|get)\b/i.test(first) && read.length === 1 && read[0].op === 'export' ? 'export' : undefined;
};

const TRAILING_VERB = /(?:删掉|去掉|删除|删了|拿掉|不要了?|不用了?|(?:调到|调成|设为|设成|改成|改为)\s*(?:百分之)?[\d.]+\s*[%％]?)$/;

/** The stretch of time a clause says, its moments' numbers left out ("clip 1 to 0:03" names clip 1, no second 1). */
const timeSpan = (clause: string) => parseRange(readable(clause).replace(MOMENT_NAMES, ' '));

/** A verb said in a clause ("music is too loud", "the music's way too loud", "the music should fade out"; not "the music that is too loud"). */
const OWN_VERB = /(?<!\b(?:that|which|who|where)\s+)\b(?:is|are|was|were|should|must|needs to|has to)\b|\b(?:music|title|text|caption|video|clip|zoom|background)'s\b/i;

/** A verb's particle ("fade in and out", "turn it off", "turn this into a 90 sec clip"). */
const PARTICLE = /\b(?:in|into|out|up|down|off|on|over|back|away)\b/i;

/**
 * "delete 0:05 to 0:09 and crop it to fill the frame", "export to webm and the ocean background please", "fade the music
 * out and save it as a mov": what follows "and" is a request of its own, of another kind, when as said it reads alone
 * and the first half's verb gives it no other reading (nothing, the first half's kind again, or what it reads alone);
 * undefined where the verb is shared ("remove the title and the music").
 */
function ownRequest(second: string, first: string[], shared: string[], lead: string | undefined, context: ParseContext): string | undefined {
  // "fade in and out slowly, 3 seconds": a list after "and" is details of the shared verb, no request of its own;
  // "fade in and out over 2 seconds": a particle first is the shared verb's other half, and its length the verb's.
  if (first.length === 0 || /[,，]/.test(maskQuotes(second).masked) || new RegExp(`^${PARTICLE.source}`, 'i').test(second)) return undefined;
  const alone: string[] = readAlone(second, context).map((op) => op.op);
  if (alone.length === 0 || alone.some((kind) => first.includes(kind))) return undefined;
  // "trim the dead air and vertical with a blurred background": the verb read with it adds only what the verb alone
  // reads (a trim's default length), so it is no reading of its own.
  const verbAlone: string[] = lead === undefined ? [] : readAlone(lead, context).map((op) => op.op);
  const sameAsAlone = alone.every((kind) => shared.includes(kind)) && shared.every((kind) => alone.includes(kind) || verbAlone.includes(kind));
  return sameAsAlone || shared.every((kind) => first.includes(kind)) ? second : undefined;
}

/** Edits of one moment that leave the others where they are, so two of them may be made in the order said. */
const IN_PLACE = new Set<EditOp['op']>(['trim_moment', 'set_speed']);

/**
 * "trim clip 2 to 8s and clip 3 to 5s", "shorten the first clip by 2 seconds and the third by 3 seconds": one verb, the
 * same edit of two moments, each with its own figure (not "remove clip 1 and clip 3", whose order matters).
 */
function twoMoments(halves: string[], context: ParseContext): string[] | undefined {
  const [a, b] = halves.map((half) => readAlone(half, context));
  return a.length === 1 && b.length === 1 && a[0].op === b[0].op && IN_PLACE.has(a[0].op)
    && 'index' in a[0] && 'index' in b[0] && a[0].index !== undefined && b[0].index !== undefined && a[0].index !== b[0].index ? halves : undefined;
}

/** A length said of each of two things listed ("…, 3 seconds each", "2s both", "each 3 seconds", "both for 2s"). */
const SECONDS_SAID = String.raw`(?:for\s+)?(?:\d+(?:\.\d+)?|${NUMBER_WORD})\s*(?:seconds?|secs?|s)`;
const EACH_LENGTH = new RegExp(String.raw`,?\s*(?:${SECONDS_SAID}\s+(?:each|both|apiece|for (?:each|both))|(?:each|both)\s+${SECONDS_SAID}(?:\s+long)?)\s*[.!]*$`, 'i');

/**
 * "take the second clip down to eight seconds and the third to five": the second moment's noun and its figure's unit,
 * left unsaid, are the first's ("… and the third clip to five seconds").
 */
function elided(first: string, second: string): string {
  const noun = new RegExp(String.raw`\b(?:${ORDINAL_EN}|last|final) (${MOMENT_NOUN})\b`, 'i').exec(first)?.[1];
  const unit = new RegExp(String.raw`\d\s*(seconds?|secs?|s)\b|\b(?:${NUMBER_WORD}) (seconds?|secs?)\b`, 'i').exec(first);
  const named = noun === undefined ? second : second.replace(new RegExp(String.raw`\bthe (${ORDINAL_EN}|last|final)\b(?! (?:${MOMENT_NOUN}|one)s?\b)`, 'i'), `the $1 ${noun}`);
  return unit === null ? named : named.replace(new RegExp(String.raw`\b(to|by) (\d+(?:\.\d+)?|${NUMBER_WORD})$`, 'i'), `$1 $2 ${unit[1] ?? unit[2]}`);
}

/**
 * Where one quoted text ends and the next begins: "and", a comma, "&", 和, 跟, 、, or a space after Chinese (not after
 * a quote: "a lower third 'Jane Doe' 'CEO, Acme'" is one text's two lines); "another" or 再来一个 before it stands for
 * the kind said again ("a caption 'Click here' at 0:10 and another 'Done' at 0:20").
 */
const BEFORE_NEXT_QUOTE = new RegExp(String.raw`\s*(?:,\s*(?:and\s+)?|\s+and\s+|&|和|跟|、|(?<=\p{Script=Han})\s+)\s*(?:(?:${ONE_MORE})\s*)?(?=\u0000\d+\u0000)|\s+(?:${ONE_MORE})\s*(?=\u0000\d+\u0000)`, 'iu');
const SLIP_SAID = new RegExp(String.raw`\b(?:${SLIP})\b|不对|不是`, 'iu');

/**
 * "add captions 'Step 1' at 0:05 and 'Step 2' at 0:12", "put 'Hi' at the start and 'Bye' at the end", "字幕「第一步」在5秒
 * 「第二步」在12秒": texts listed under one verb (and one kind, said before them or after, "… as captions"), each with its
 * own place or time, are each a text of that kind (the second was dropped); not a slip's words said again ("'Helo' -
 * oops, 'Hello'"), nor words refused ("'A' not 'B'"), nor a lower third's two lines.
 */
function quotesListed(clause: string, context: ParseContext): string[] {
  const { masked, unmask } = maskQuotes(clause);
  const first = masked.indexOf('\u0000');
  if (first < 0) return [clause];
  const parts = masked.slice(first).split(BEFORE_NEXT_QUOTE);
  if (parts.length < 2 || parts.some((part) => (part.match(/\u0000\d+\u0000/g) ?? []).length !== 1 || !part.startsWith('\u0000'))) return [clause];
  const kindAfter = /\s+as\s+(?:an?\s+)?[a-z-]+$/i.exec(parts[parts.length - 1])?.[0] ?? '';
  const pieces = parts.map((part, i) => unmask(`${masked.slice(0, first)}${part}${i < parts.length - 1 ? kindAfter : ''}`));
  const worded = (ops: EditOp[]) => ops.filter((op) => op.op === 'add_text' || op.op === 'add_card');
  const own = (piece: string, i: number) => {
    const read = readAlone(piece, context);
    const rest = readable(parts[i]);
    return read.length === 1 && worded(read)[0]?.text === quoted(piece) && !SLIP_SAID.test(rest) && !Words.negation.test(rest);
  };
  // A lower third's quotes are its name and role lines, one text.
  const whole = worded(readAlone(clause, context));
  return pieces.every(own) && whole.length < pieces.length && !whole.some((op) => op.op === 'add_text' && op.style === 'lower-third') ? pieces : [clause];
}

/**
 * A clause parted at its shared verb; "导出三个 一个mp4 720p 一个mov 1080p 一个gif", "export an mp4, a mov and a gif": files
 * listed under one export verb, more than two, are each a file (the half after the first "and" is parted again).
 */
function filesListed(clause: string, context: ParseContext): string[] {
  const halves = sharedVerb(clause, context);
  const more = halves.length === 2 && halves[1].length < clause.length && readAlone(halves[1], context).some((op) => op.op === 'export');
  return more ? [halves[0], ...filesListed(halves[1], context)] : halves;
}

/** Whether the "and" at that place joins formats listed bare under one export (Words.formatListClosing): one request. */
function filesListedBare(masked: string, and: number): boolean {
  const list = Words.formatListClosing.exec(masked);
  const before = list === null ? '' : readable(masked.slice(0, list.index));
  return list !== null && list.index < and && Words.export.test(before) && !(list[1] !== undefined && Words.resolution.test(before));
}

/** A fade's start said after its length ("fades 1s in"). */
const FADE_END_TIMED = /\b(?:over |for )?[\d.]+\s*(?:s|secs?|seconds?)\s+in$/i;

/**
 * Two things under one verb ("加淡入淡出和轻音乐", "add a title 'Launch' and some music", "把音乐和标题删掉"), or under
 * none ("title 'Launch' 0-3s and a fade in"): each half read with the verb, when both halves read as different
 * intents; otherwise the clause as said.
 */
function sharedVerb(clause: string, context: ParseContext): string[] {
  const { masked, unmask } = maskQuotes(clause);
  // "webm + gif", "webm plus gif", "webm an' gif", "1080p an take out…": "and" written as a sign, said as "plus" or typed
  // as said (an "an" before a consonant is no article); "出一个mp4一个gif", "一个mp4 1080p 一个mov 4k": two files listed one
  // after the other, no "and" between them ("export 1080p mp4, also a gif": "also" before a file); 同埋 is the Cantonese
  // "and" ("出个webm同埋一个mp4"), and so is 同 before one more file ("出一个 mp4 同一个 gif", "gif 同 mp4").
  const conjunction = new RegExp(String.raw`${AND_ASIDE}|`.concat(/\s+an[d']\s+|\s+an\s+(?=[bcdgjkpqtvwz])|\s*&\s*|(?<=\S)\s*\+\s*(?=[A-Za-z])|\s+plus\s+|,?\s+also\s+(?=an?\s+(?:mp4|mov|gif|webm)\b)|和|同埋|同(?=\s*(?:(?:一|1)?[个份版]\s*)?(?:mp4|mov|gif|webm))|以及|跟(?!随)|与|(?<=(?:mp4|mov|gif|webm)(?:\s*(?:\d{3,4}p|4k))?\s*)(?=一[个份]\s*(?:\d{3,4}p|4k)?的?\s*(?:mp4|mov|gif|webm))/.source), 'i').exec(masked);
  // "between 0:40 and 0:44", 第一段和第三段之间: the "and" of a range or of what is between joins two places, not two requests.
  // "a minute and a half": the "and" of a length, not of two requests ("… and half a minute max" is a length of its own).
  // "its in point to 0:12 and its out point to 0:20": the "and" of a range's two ends.
  if (!conjunction || /^(a )?half\b(?!\s+an?\s+(?:minute|min|hour|second|sec)\b)/i.test(masked.slice(conjunction.index + conjunction[0].length))
    || /\bbetween\s+[\d:.]+\s*(?:s|secs?|seconds?)?$/i.test(masked.slice(0, conjunction.index))
    || (timeSpan(clause) !== undefined && [masked.slice(0, conjunction.index), masked.slice(conjunction.index)].every((half) => timeSpan(half) === undefined))
    || /^[^，,。]{0,10}(之间|中间)/.test(masked.slice(conjunction.index + conjunction[0].length))
    || filesListedBare(masked, conjunction.index)
    // "add a fade in and out, 2 seconds each", "put a fade at the start and at the end": the "and" of a fade's two ends, one request.
    // (Said as typed: "2. Fade in and out, …", capitalised as a list's item is.)
    || (Words.fadeIn.test(masked.slice(0, conjunction.index).toLowerCase()) && /^out\b/i.test(masked.slice(conjunction.index + conjunction[0].length)))
    // "music fades 1s in and 2s out": each end said after its own length, one fade.
    || (Words.fade.test(readable(masked.slice(0, conjunction.index))) && FADE_END_TIMED.test(masked.slice(0, conjunction.index))
      && /^(?:over |for )?[\d.]+\s*(?:s|secs?|seconds?)\s+out\b/i.test(masked.slice(conjunction.index + conjunction[0].length)))
    || (Words.fade.test(readable(masked.slice(0, conjunction.index))) && /\b(?:start|beginning|opening)$/i.test(masked.slice(0, conjunction.index))
      && /^(?:at |on )?(?:the )?(?:very )?(?:end|ending|close|finish)\b/i.test(masked.slice(conjunction.index + conjunction[0].length)))
    // "fade the music and the video out over 3 seconds": one fade of both, read whole (mediaOps fades each).
    || (Words.fade.test(readable(masked.slice(0, conjunction.index))) && Words.musicAndPicture.test(readable(masked)))
    // "speed up the stretches where the dog is just sitting there and nothing moves": the idle stretches said again, one request.
    || (Words.idle.test(readable(masked.slice(0, conjunction.index))) && readable(masked.slice(conjunction.index + conjunction[0].length)).replace(Words.idle, '').trim() === '')
    // "the crossfades could be longer and softer, two seconds": a second way the transition should be, one request.
    || ([Words.crossfade, Words.fade].some((part) => part.test(readable(masked.slice(0, conjunction.index))))
      && /^(?:a (?:bit|little|touch) )?(?:softer|smoother|gentler|longer|slower|subtler|more (?:subtle|gradual|gentle))\b/i.test(masked.slice(conjunction.index + conjunction[0].length)))) return [clause];
  let first = masked.slice(0, conjunction.index).trim();
  // "mov同埋gif各一个": each of the two wanted, said after the second, is said of both (no words of the second alone).
  let second = masked.slice(conjunction.index + conjunction[0].length).trim().replace(Words.eachWanted, '');
  // "could I get a WebM at 1080p and a GIF at 720p?": the question mark closes the polite request of both, no question the
  // second half asks alone (when the clause read whole misses what that half asks).
  const unasked = second.replace(/[?？]+\s*$/, '');
  if (unasked !== second && !/[?？]/.test(first) && readAlone(`${unmask(first)}?`, context).length > 0) {
    const whole = readAlone(clause, context);
    if (readAlone(unmask(unasked), context).some((op) => !whole.some((read) => isDeepStrictEqual(read, op)))) second = unasked;
  }
  // "add an intro card 'Hi' and an outro card 'Bye', 3 seconds each": a length said of each, after the second, is the first's too.
  const eachLength = EACH_LENGTH.exec(second)?.[0];
  if (eachLength !== undefined && !EACH_LENGTH.test(first)) first = `${first}${eachLength}`;
  const lead = LEADING_VERB.exec(first)?.[0] ?? topicLead(first) ?? handedOver(first, context);
  const trail = TRAILING_VERB.exec(second)?.[0];
  // "delete the second clip and the music's too loud": a statement after "and" that reads alone has a verb of its own;
  // the first half's is not shared.
  const said = [unmask(first), unmask(second)];
  if (lead && OWN_VERB.test(second) && said.every((half) => readAlone(half, context).length > 0)) return said;
  // "put the title at the top and it must say 'X'": a half opening with its own subject and verb is a sentence of its own,
  // which the verb before cannot take ("put it must say"); it goes on about the first half as said.
  if (lead && SUBJECT.test(second) && OWN_VERB.test(second)) return said;
  if (lead && !LEADING_VERB.test(second)) second = `${sharedLead(lead)} ${second}`;
  else if (trail && !TRAILING_VERB.test(first)) first = `${first}${trail}`;
  else if (lead || trail) return [clause];
  // Else two things named without a verb ("title 'Launch' 0-3s and a fade in"): each half as it is.
  const halves = [unmask(first), unmask(second)];
  // A shape and its fill are one intent ("make it vertical and crop to fill"); two of a kind, each named with its own
  // words, are two ("加片头“Acme”和片尾“acme.dev”"; not "add captions 'Hi' and 'Bye'", whose second has no name).
  const kind = (op: EditOp) => (op.op === 'set_fill' ? 'set_aspect' : op.op === 'zoom_at' ? 'set_zoom' : op.op);
  const [a, b] = halves.map((half) => readAlone(half, context).map(kind));
  // "turn the zoom off and gentle lo-fi at 20 percent": "turn" says nothing without its particle, which stays in the first half.
  const rest = unmask(masked.slice(conjunction.index + conjunction[0].length).trim());
  // "export mp4 in 4K and a 720p one": two sizes under the export verb, each said of its own file (the second no size
  // alone, set for the draft).
  const sizes = halves.map((half) => resolutionFromText(readable(half)));
  if (lead && Words.export.test(readable(lead)) && sizes[0] !== undefined && sizes[1] !== undefined && sizes[0] !== sizes[1]) return halves;
  const sizeLast = Words.sizeAfterFiles.exec(rest);
  // ("export a gif, and also an mp4 in 720p": a file said with "also" is one more, the size its own; not one set off
  // by a comma after both, "export an mp4, also a gif, 720p", which is both files'.)
  const oneMore = Words.alsoOneMore.test(conjunction[0]) && !/,/.test(sizeLast?.[1] ?? '');
  if (lead && Words.export.test(readable(lead)) && sizes[0] === undefined && sizeLast && !oneMore) halves[0] = `${halves[0]} at ${sizeLast[2]}`;
  const own = ownRequest(rest, a, /^turn\b/i.test(lead ?? '') && !PARTICLE.test(rest) ? [] : b, lead, context);
  if (lead && own) return [halves[0], own];
  const each = lead === undefined ? undefined : twoMoments([halves[0], elided(halves[0], halves[1])], context);
  if (each) return each;
  const ownWords = halves.every((half) => quoted(half) !== undefined
    && [Words.text, Words.card, Words.intro, Words.outro].some((noun) => noun.test(readable(half))))
    // "export an mp4 and a gif": two files, each of its own format; "export an mp4 and another mp4 in 720p": one more of it.
    || Words.anotherFile.test(rest) && FormatWords.some(([pattern]) => pattern.test(readable(rest)))
    || new Set(halves.map((half) => FormatWords.find(([pattern]) => pattern.test(readable(half)))?.[1] ?? 'unsaid')).size === 2
      && halves.every((half) => FormatWords.some(([pattern]) => pattern.test(readable(half))))
    // "export it in 4K and a GIF": a file named by its size, then one named by its format, are two files too.
    || Words.resolution.test(readable(halves[0])) && !FormatWords.some(([pattern]) => pattern.test(readable(halves[0]))) && Words.fileByFormat.test(rest);
  // "cut 1:00 to 1:10 and 2:00 to 2:05": two stretches, the later cut first so the earlier keeps its times.
  const ranges = halves.map((half) => parseRange(readable(half)));
  if (a.length === 1 && b.length === 1 && a[0] === 'cut_range' && b[0] === 'cut_range' && ranges[0] && ranges[1]) {
    return ranges[0].start_ms > ranges[1].start_ms ? halves : [halves[1], halves[0]];
  }
  // "add music and a watermark": a thing the verb does nothing with, listed after one it does, is asked and not read
  // (it lands among the words not understood), not lost under the first's reading of the whole.
  const whole = readAlone(clause, context).map(kind);
  if (lead && Words.thingsAdded.test(lead.toLowerCase()) && a.length > 0 && b.length === 0 && Words.thingListed.test(rest) && whole.join() === a.join()) return halves;
  // "add the title and the music": so the first, when the verb does nothing with it (no title's words said).
  const firstThing = unmask(first).slice(lead?.length ?? 0).trim();
  const addedFirst = lead !== undefined && Words.thingsAdded.test(lead.toLowerCase()) && Words.thingListed.test(firstThing);
  if (addedFirst && a.length === 0 && b.length > 0 && whole.join() === b.join()) return halves;
  // "make the original sound quieter and the music louder": two sounds, each its own way; the first, not the music, which
  // nothing here makes quieter without a figure, is said back unread, not taken for the music's way.
  const levelled = halves.every((half) => Words.quieter.test(readable(half)) || Words.louder.test(readable(half)));
  if (lead && a.length === 0 && b.length > 0 && levelled && !Words.music.test(readable(halves[0]))) return halves;
  return a.length > 0 && b.length > 0 && (ownWords || !a.some((kind) => b.includes(kind))) ? halves : [clause];
}
