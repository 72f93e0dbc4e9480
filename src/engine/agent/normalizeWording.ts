import { AspectWords, ASPECTS, COLLOQUIAL_ZH, FormatWords, GERUNDS, HAN, HINDI_DONT, HINDI_LIGHT_VERB, HINDI_VERBS, MOMENT_NOUN, NOUN_SLIPS, ORDINALS, PARTICIPLES, PAST_ASKED, PAST_FORMS, type Rewrite, RUN_TOGETHER, SPOKEN_EN, STEP_ORDER_ABROAD, STRETCHED_DOUBLE, STRETCHED_ONCE, TEXTING_SHORTHAND, TOO_COMPARED, TRADITIONAL_ZH, TYPO_KEYWORDS, UNIT_ABROAD, UNIT_ABROAD_APART, Words } from '../../protocol';
import { pinyinTyped } from './pinyinTyped';

/** English ordinals ("sixth", "6th"), each a word of ORDINALS. */
const ORDINAL_WORD = Object.keys(ORDINALS).filter((word) => /^[a-z0-9]+$/.test(word)).join('|');

/**
 * "from the first second to the sixth (second)", "from the 2nd second to the 5th", "from the 1st to the 5th second",
 * "from the first until the fifth second": a stretch of seconds in ordinals (the unit said after either end).
 */
const ORDINAL_SECONDS = new RegExp(String.raw`\bfrom the (${ORDINAL_WORD})`
  + String.raw`(?: second (?:to|until|till|through) the (${ORDINAL_WORD})(?: seconds?)?`
  + String.raw`| (?:to|until|till|through) the (${ORDINAL_WORD}) seconds?)\b`, 'g');

/**
 * "zoom in at the eighteenth second", "a title from the 5th second": a point said by its ordinal second is that many
 * seconds in (not "the first second", which may as well be the start; nor "the second clip").
 */
const ORDINAL_SECOND_AT = new RegExp(String.raw`\b(at|from|on|around|by|until|till|to|in) the (?!first\b|1st\b)(?:(\d+)(?:st|nd|rd|th)|(${ORDINAL_WORD})) second\b(?![s-])`, 'g');

/**
 * A Hindi verb inside English in a request's form ("title hata do"; HINDI_VERBS); refused ("title mat hatao"), the
 * refusal said after what it keeps, it stays unread rather than read as the request.
 */
const HINDI_ASKED = new RegExp(String.raw`(?<!\b(?:${HINDI_DONT})\s+)\b(${Object.keys(HINDI_VERBS).join('|')})(?:o\b|\s*(?:${HINDI_LIGHT_VERB})\b)`, 'g');

/** A traditional character the grammar reads as its simplified form (TRADITIONAL_ZH). */
const TRADITIONAL = new RegExp(`[${Object.keys(TRADITIONAL_ZH).join('')}]`, 'gu');

/** Traditional characters simplified, one for one (so a place in the text is the same place in what it was said as). */
export const simplified = (text: string) => text.replace(TRADITIONAL, (said) => TRADITIONAL_ZH[said]);

const BRACKETED_PLACE = new RegExp(String.raw`\b(${MOMENT_NOUN})\s*\((\d+(?:st|nd|rd|th)|${Object.keys(ORDINALS).filter((word) => /^[a-z]+$/.test(word)).join('|')})\)`, 'g');

/** Rewrites applied in order, each a pattern and what it is read as (COLLOQUIAL_ZH, SPOKEN_EN, NOUN_SLIPS). */
const rewritten = (text: string, table: readonly Rewrite[]) =>
  // (Both branches are the same call: replace's two overloads, by words or by a function.)
  table.reduce((left, [pattern, plain]) => (typeof plain === 'string' ? left.replace(pattern, plain) : left.replace(pattern, plain)), text);

/**
 * One lower-cased clause, quotes already taken out, as the grammar reads it: curly apostrophes straight, contractions
 * typed without their apostrophe spelled with it ("dont" → "don't", "whats" → "what's"), a keyword's typo spelled
 * right ("remvoe" → "remove"), traditional characters simplified (刪 → 删), colloquial Chinese verbs plain (整小点 → 调小点), an arrow read as "to" ("clip 1 → end"), texting shorthand spelled out ("pls rm" → "please remove", "86 clip two" → "remove clip two"), a moment said before its verb put after it ("clip 2 shorten it" → "shorten clip 2"; "auto zoom turn off" → "turn off auto zoom"), a request in the passive said as one ("the music should be removed" → "remove the music"), a part no longer wanted asked removed ("I don't want the music anymore" → "remove the music"), a request said as a wish by its -ing form said outright ("moving clip 3 first would be great" → "move clip 3 first"), a part made to vanish asked removed ("make the outro card disappear" → "remove the outro card"), interjections around it gone
 * ("oops, undo that" → "undo that"; "好的" or "could you please" → ""; a tag said last, an emphatic "do", "Love it!"),
 * a formal "might the title…" as "could", dialect's "me voice" as "my voice" and "them bits" as "the bits", what it is for dropped ("… so I can hear
 * myself"), what the user says they do not want dropped ("black bars
 * instead of the blur" → "black bars") and what the request must leave alone ("… without losing the intro").
 */
export function normalizeWording(text: string): string {
  const spelledOut = rewritten(unlabelled(simplified(pinyinTyped(text))), COLLOQUIAL_ZH)
    .replace(/[’‘`]/g, "'")
    // "ko blur, crop full screen", "e export sau", "moment 2 ko last me bhej do": a refusal, a pronoun, a step's order and
    // a word order of Vietnamese or Hindi inside English, said as English says them (before the shorthand, whose "em" is "them").
    .replace(Words.refusedAbroad, (_, verb?: string) => (verb === undefined ? 'no ' : "don't "))
    .replace(Words.selfAbroad, 'i ')
    .replace(Words.stepOrderAbroad, (said: string) => STEP_ORDER_ABROAD[said])
    .replace(Words.ofAbroad, "$1's")
    .replace(Words.movedAbroad, 'move $1 to $2')
    .replace(Words.removedAbroad, 'remove $1')
    // "1080x1920", "1080 × 1350": a tall or square frame's size in pixels is its shape ("export 1920x1080", the size of
    // the usual frame, is said of the file; an unknown shape stays as said).
    .replace(/\b(\d{3,4})\s*[x×]\s*(\d{3,4})\b/g, (said, width: string, height: string) => (Number(height) >= Number(width) ? shapeOf(Number(width), Number(height)) : undefined) ?? said)
    // "from Saturday's under 16s game": an age group's figure is no length.
    .replace(Words.ageGroup, 'age group')
    // "great for the 90s kids": a decade is no length either.
    .replace(Words.decade, 'decade')
    // "it was fine a minute ago, undo": a time ago is when, no length.
    .replace(Words.timeAgo, 'earlier')
    .replace(Words.timeSoon, (said: string) => (HAN.test(said) ? '等会儿' : 'soon'))
    // "the kitchen clip (2nd) is my fave": a place alone in brackets after a moment's noun is that moment's.
    .replace(BRACKETED_PLACE, '$1 ($2 $1)')
    // "Move clip2 to 3", "delete scene3": a moment's noun typed with its number run on (not a file's name: "clip2.mp4").
    .replace(new RegExp(String.raw`\b(${MOMENT_NOUN})(\d{1,2})\b(?![.\-_]\w)`, 'g'), '$1 $2')
    // "clip 1 → end": an arrow says where something goes.
    .replace(/\s*(?:→|->|=>|⟶)\s*/g, ' to ')
    .replace(/(?<=(?<![a-z\d.])\d+(?:\.\d+)?)(\s*)([a-z]+)\b/g, (said, apart: string, unit: string) => (Object.hasOwn(UNIT_ABROAD, unit) && (!apart || UNIT_ABROAD_APART.includes(unit)) ? ` ${UNIT_ABROAD[unit]}` : said))
    .replace(HINDI_ASKED, (_, stem: string) => HINDI_VERBS[stem])
    // A word is read whole with its accents ("número", "título"): an accented letter is no word's end.
    .replace(/(?<![a-z\u00c0-\u024f\d_])[a-z\u00c0-\u024f]+(?![a-z\u00c0-\u024f\d_])/g, (word) => (Object.hasOwn(TEXTING_SHORTHAND, word) ? TEXTING_SHORTHAND[word] : word));
  const typed = rewritten(spelledOut, SPOKEN_EN)
    .replace(RUN_TOGETHER, (_, ...parts: (string | undefined)[]) => parts.slice(0, 6).filter((part) => part !== undefined).join(' '))
    .replace(/\b[a-z]*([a-z])\1\1[a-z]*\b/g, unstretched)
    .replace(/\b[a-z]{3,}\b/g, (word) => TYPO_KEYWORDS.find((keyword) => misspells(word, keyword)) ?? word);
  // "speed up the idol parts", "the second clop": a noun of the timeline typed as one that sounds like it (after the
  // keywords' own typos are mended).
  const wording = rewritten(typed, NOUN_SLIPS)
    .replace(Words.titleAutocorrected, 'the title')
    // "from the first second to the sixth": a stretch said as which seconds, in ordinals, is the same stretch in figures.
    .replace(ORDINAL_SECONDS, (_, from: string, to?: string, toLast?: string) =>
      `from ${ORDINALS[from]} to ${ORDINALS[to ?? toLast!]} seconds`)
    .replace(ORDINAL_SECOND_AT, (_, before: string, digits?: string, word?: string) => `${/^(?:in|around)$/.test(before) ? 'at' : before} ${digits ?? ORDINALS[word!]} seconds`)
    // "reckon you could…?", "do you think you can…": a request asked as a guess is asked all the same.
    .replace(/^(?:do you |d'you )?(?:reckon|think|suppose|figure) (?:that )?you (?:could|can|might|would)\b/, 'could you')
    .replace(Words.backAfterSlip, 'undo that')
    .replace(Words.hedgeFirst, '')
    // "tamam super, gif please", "ok so, …": a second word of the kind after the first.
    .replace(Words.filler, '').replace(Words.filler, '')
    .replace(Words.tagLast, '')
    .replace(Words.emphaticDo, '')
    .replace(Words.doAVersion, 'make ')
    .replace(Words.formalModal, 'could ')
    .replace(Words.momentApposed, '$2 $1')
    .replace(Words.momentLabelledLength, 'make $1 ')
    .replace(Words.topicFirst, '$2 $1')
    .replace(Words.placeAfterNumber, '$1 to ')
    .replace(Words.switchedAfter, '$2 $3 $1')
    .replace(Words.timeFirst, '$2 $1')
    .replace(Words.topicWanted, 'put $1')
    .replace(Words.passive, (_, asked: string | undefined, due: string | undefined, wished: string | undefined, participle: string, rest: string) =>
      `${PARTICIPLES[participle]} ${asked ?? due ?? wished}${rest}`)
    .replace(Words.passiveAsked, (_, part: string, participle: string | undefined, comparative: string | undefined, rest: string) =>
      (participle === undefined ? `make ${part} ${comparative}${rest}` : `${PARTICIPLES[participle]} ${part}${rest}`))
    .replace(Words.modalAskedOf, '$1 should $2$3')
    .replace(Words.heardLevelled, 'the sound of the $1')
    .replace(Words.textTimed, (_, verb?: string, noun?: string, named?: string, verbAfter?: string) => `the ${noun ?? named} should ${verb ?? verbAfter}`)
    .replace(Words.headline, (_, part: string, participle: string) => `${PARTICIPLES[participle]} ${part} `)
    // "might I trouble you to…", "any chance you could…": a request asked as a favour is asked all the same.
    .replace(/^(?:(?:might|may|could|can) i (?:trouble|bother|ask) you to|any chance (?:that )?you (?:could|can|might|would))\b/, 'could you')
    // "I was wondering if you could…", "would you mind fading…", "would a 40-second version be feasible?", "it'd work better
    // if the title came in…": a request asked as a favour, as a bother, as a thing put forward or as a wish is asked all the same.
    .replace(Words.favourAsked, 'could you')
    .replace(Words.mindDoing, (_, gerund: string) => GERUNDS[gerund])
    .replace(Words.proposedAsked, (_, article?: string, thing?: string, length?: string) => (length === undefined ? `make ${article} ${thing}` : `make it ${length}`))
    .replace(Words.onlyTakes, (said, taken: string) => {
      // ("only shows GIFs": the kind of file said in the plural.)
      const format = FormatWords.find(([pattern]) => pattern.test(taken.replace(/(?<=\w)s\b/g, '')))?.[1];
      return format !== undefined ? `export ${format}` : AspectWords.some(([pattern]) => pattern.test(taken)) ? `make it ${taken}` : said;
    })
    .replace(Words.betterIf, (_, part: string, past: string, rest: string) => `${part}should ${PAST_FORMS[past]}${rest}`)
    // "Can be the clip in square with blur?", "could be the music 20%?": a question with its subject after "be", as it is
    // said by many learning English, asks what "can the clip be …" asks; "it's possible to…" asks as "is it possible to…".
    .replace(Words.beforeItsSubject, '$1 $2 be')
    .replace(/^it'?s possible to\b/, 'is it possible to')
    .replace(Words.wishedDone, (_, gerund: string, rest: string) => `${GERUNDS[gerund]} ${rest}`)
    .replace(Words.ratherYouDid, (_, not?: string, past?: string) =>
      (not !== undefined ? "don't " : PAST_ASKED[past ?? '']))
    .replace(Words.attemptAt, (_, gerund: string) => GERUNDS[gerund])
    .replace(Words.noLongerWanted, (_, part?: string, other?: string, placed?: string) => `remove ${(part ?? other ?? placed ?? '').trim()}`)
    .replace(Words.madeGone, (_, part: string) => `remove ${part.trim()}`)
    .replace(Words.textReplaced, ' to replace it')
    .replace(Words.refusedInPlace, (_, gerund: string, rest: string) => `don't ${GERUNDS[gerund]} ${rest}`)
    .replace(Words.notThis, '')
    .replace(Words.leftAlone, '')
    .replace(Words.purpose, '')
    .trim();
  return Words.courtesy.test(wording) ? '' : wording;
}

/**
 * "zoom: off", "ducking = no", "ZOOM: MORE", "the zoom: more than I wanted": a setting labelled as a form puts it, said
 * as a sentence does ("no zoom", "zoom more", "the zoom is too much"); read before the Chinese forms, which take any
 * short label switched off as 去掉 (转场：无).
 */
const unlabelled = (text: string) => text.replace(Words.labelledOff, 'no $1')
  .replace(Words.comparedToWanted, (_, more: string) => `too ${TOO_COMPARED[more]}`).replace(Words.labelledComplaint, '$1 is ')
  .replace(Words.labelledHow, (_, setting: string, how: string) => `${setting} ${how === 'yes' ? 'on' : how}`);

/** A word typed with a letter held down, read with it twice or once where a word is so (STRETCHED_DOUBLE, STRETCHED_ONCE). */
function unstretched(word: string): string {
  const [twice, once] = [word.replace(/([a-z])\1{2,}/g, '$1$1'), word.replace(/([a-z])\1{2,}/g, '$1')];
  const known = (form: string, words: readonly string[]) => words.includes(form) || TYPO_KEYWORDS.some((keyword) => keyword === form || misspells(form, keyword));
  return known(twice, STRETCHED_DOUBLE) ? twice : known(once, STRETCHED_ONCE) ? once : word;
}

/** The frame shape of a size in pixels, when it is one the editor makes ("1080x1350" is 4:5). */
function shapeOf(width: number, height: number): string | undefined {
  const divisor = (a: number, b: number): number => (b === 0 ? a : divisor(b, a % b));
  const d = divisor(width, height);
  const ratio = `${width / d}:${height / d}`;
  return (ASPECTS as readonly string[]).includes(ratio) ? ratio : undefined;
}

/**
 * Whether the word is a slip of the keyword: two neighbouring letters swapped, a letter typed inside it, a vowel left
 * out after the first letter ("musc", "exprt"; dropping a consonant makes words of their own, "intro" → "into", "slower"
 * → "sower"; a verb that takes something away is not guessed from so little, "delte"), or (eight letters or more) two edits.
 */
function misspells(word: string, keyword: string): boolean {
  if (word === keyword) return false;
  if (word.length === keyword.length - 1 && !Words.without.test(keyword) && [...keyword].some((letter, i) => i > 0 && 'aeiou'.includes(letter)
    && keyword.slice(0, i) + keyword.slice(i + 1) === word)) return true;
  // "expor", "remov": the last letter not typed, in a keyword of six letters or more (not a plural's s: "highlight" is a word).
  if (keyword.length >= 6 && !keyword.endsWith('s') && word === keyword.slice(0, -1)) return true;
  // "exxport", "remmove": a letter typed twice; "botom", "midle": a double letter typed once.
  const [longer, shorter] = word.length > keyword.length ? [word, keyword] : [keyword, word];
  if (longer.length === shorter.length + 1 && keyword.length >= 5 && [...longer].some((letter, i) => i > 0 && letter === longer[i - 1]
    && longer.slice(0, i) + longer.slice(i + 1) === shorter)) return true;
  // "expoert", "remoxve": a letter typed inside a keyword of six letters or more (not at its end: "exports", "deleted").
  if (keyword.length >= 6 && word.length === keyword.length + 1 && [...word].some((_, i) => i > 0 && i < keyword.length
    && word.slice(0, i) + word.slice(i + 1) === keyword)) return true;
  if (word.length === keyword.length) {
    const differ = [...word].flatMap((letter, i) => (letter === keyword[i] ? [] : [i]));
    if (differ.length === 2 && differ[1] === differ[0] + 1 && word[differ[0]] === keyword[differ[1]] && word[differ[1]] === keyword[differ[0]]) return true;
  }
  return keyword.length >= 8 && Math.abs(word.length - keyword.length) <= 2 && editDistance(word, keyword) <= 2;
}

/** Edits (a letter in, out, changed, or two neighbours swapped) that make one word the other. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
