import {
  ASPECTS, CLIP_END_ZH, CLIP_START_ZH, FACTOR_NAMED, FIGURE_UNIT_ZH, LAST_SECONDS_ZH, LEVEL_DOWN, MOMENT_NOUN, ORDINALS,
  SOUND_ZH, Words,
} from '../../protocol';

/**
 * Numbers, times, ranges, quotes and ordinals out of loose English and Chinese text. Each returns undefined when
 * the text does not say, so the parser can tell "not given" from a value.
 */

/** A sound named before its level (SOUND_ZH, or 声 alone: "声大一点"), in the two level rewrites of normalizeNumbers. */
const SOUND_SAID = String.raw`${SOUND_ZH}|声`;

const NUMBER = String.raw`\d+(?:\.\d+)?`;

/** A fraction typed as one sign ("1½", "¾"). */
const FRACTION_SIGNS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 0.33, '⅔': 0.67 };
/** Seconds as a clock time: 70 → "1:10", 62.5 → "1:02.5". */
const clockOf = (seconds: number) => `${Math.floor(seconds / 60)}:${seconds % 60 < 10 ? '0' : ''}${seconds % 60}`;

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
/** How many whole units "a", "an", a number word or digits say ("a minute and a half", "two minutes and a quarter"). */
const howMany = (n: string): number => (/^an?$/.test(n) ? 1 : UNITS[n] ?? Number(n));
/** With the misspellings people type ("fourty", "ninty"). */
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, ninty: 90 };
const HAN: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** A count said in one character or digit: 两 → 2, 3 → 3 (退两步, 退3次). */
export const countSaid = (said: string): number => HAN[said] ?? Number(said);
/** "undo twice", "three times", 撤销两次: how many times a step is said to be done (0 when none is said). */
export const timesSaid = (text: string): number => (Words.thrice.test(text) ? 3 : Words.twice.test(text) ? 2 : 0);
/** A figure said alone, in digits or English words ("80", "eighty", "forty-five"); NaN when it is none. */
export function figureAlone(said: string): number {
  if (/^\d+(?:\.\d+)?$/.test(said)) return Number(said);
  const [tens, unit] = said.split(/[\s-]+/);
  if (TENS[tens] !== undefined) return TENS[tens] + (unit === undefined ? 0 : UNITS[unit] ?? Number.NaN);
  return unit === undefined ? UNITS[tens] ?? Number.NaN : Number.NaN;
}
/** The units of a length or a share (a factor's "x" and "times" are not among them). */
const LENGTH_OR_SHARE = String.raw`(?:seconds?|secs?|minutes?|mins?|percent|%)`;
/**
 * What a number-word quantity is followed by; "the second clip" (an ordinal) is left alone. In "ten to fourteen seconds
 * in" or "twenty or thirty percent" the first end of a span shares the unit said after the second.
 */
const QUANTITY_AFTER = String.raw`(?=\s*-?\s*(?:${LENGTH_OR_SHARE}|x\b|times\b)|\s+(?:to|through|till|until|or)\s+(?:[a-z]+[\s-])?[a-z\d.]+\s*-?\s*${LENGTH_OR_SHARE})`;

/** 三十 → 30, 十五 → 15, 一百 → 100, 百 → 100 (百分之百), 九十 → 90, 一百五 → 150, 一百零五 → 105. */
function hanNumber(word: string): number {
  if (word === '十') return 10;
  const hundred = word.split('百');
  if (hundred.length === 2) return (hundred[0] ? HAN[hundred[0]] : 1) * 100 + belowHundred(hundred[1]);
  const ten = word.split('十');
  if (ten.length === 2) return (ten[0] ? HAN[ten[0]] : 1) * 10 + (ten[1] ? HAN[ten[1]] : 0);
  return HAN[word];
}

/** What follows 百: a lone digit is its tens, said short (一百五 is 150), and 零 keeps a digit a unit (一百零五 is 105). */
function belowHundred(rest: string): number {
  if (!rest) return 0;
  if (rest.startsWith('零')) return hanNumber(rest.slice(1));
  return rest.length === 1 ? HAN[rest] * 10 : hanNumber(rest);
}

/** "number", "no.", "#" before the number of a moment ("clip number 2"). */
const MOMENT_NUMBER = String.raw`(?:number|no\.|num\.?|nr\.?|#)`;
/**
 * Spelled-out quantities as digits, so every slot parser reads one form: "thirty seconds" → "30 seconds", "a minute
 * and a half" → "1.5 minute", "half a minute" → "0.5 minute", 三十秒 → 30秒, 两倍速 → 2倍速, 百分之二十 → 20%,
 * 半分钟 → 0.5分钟, 一分半 → 1分半, 1分05秒 → 1:05, 第5秒 → 在5秒, "16比9", "9x16" and "9 by 16" → "16:9" / "9:16" (a shape; "1920x1080" is left). Ordinals (第二, "the second clip") are left as they are.
 */
export function normalizeNumbers(text: string): string {
  const tens = Object.keys(TENS).join('|');
  const units = Object.keys(UNITS).join('|');
  const digits = Object.keys(UNITS).filter((word) => UNITS[word] < 10).join('|');
  return text
    .replace(/\b(min|sec)\b/g, (unit: string) => (unit === 'min' ? 'minute' : 'second'))
    // "1½ minutes", "¾ of a minute", "½ a second": a fraction typed as one sign, its whole units before it.
    .replace(/(?<![\d.])(\d*)\s?([½¼¾⅓⅔])(?:\s+(?:of\s+)?an?\b)?/g, (_, whole: string, sign: string) => String(Number(whole || 0) + FRACTION_SIGNS[sign]))
    // "30/100", "70 out of 100": a level said as a share of a hundred is that many percent.
    .replace(/(?<![\d./:])(\d{1,3}(?:\.\d+)?)\s*(?:\/|out of)\s*100\b(?![\d/:%]|\.\d)/g, '$1%')
    // "00:01:30", "0:01:02.5", "00:00:20": a clock time written with its hours, as a player or a subtitle file writes it, is
    // that many minutes and seconds.
    .replace(/(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d+)?)(?![\d:])/g, (_, h: string, m: string, sec: string) => `${Number(h) * 60 + Number(m)}:${sec}`)
    // "0:05 up to 0:12": a stretch's end said with "up to" after its start is its end.
    .replace(new RegExp(String.raw`(?<=(?<![\d:.])(?:${CLOCK}|${NUMBER}\s*(?:s|secs?|seconds?))\s+)up (?=to\s+\d)`, 'g'), '')
    // "4 s duration", "a 90 second duration": a length said before the word duration is that duration.
    .replace(/\b(?:an? )?(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|minutes?))\s+duration\b/g, 'duration $1')
    // "at t = 5 s", "t=12s", "from t = 3 s to t = 8 s": a point said as the time t equals, as a formula writes it.
    .replace(/(\b(?:at|from|to|until|till|by|after|before)\s+)?\bt\s*=\s*(?=\d)/g, (_, before?: string) => before ?? 'at ')
    // "1h 20m", "2hr 5min": hours and minutes written short are that many minutes, one length ("the call lasted 1h 20m").
    .replace(/\b(\d+)\s*(?:h|hrs?)\s*(\d{1,2})\s*(?:m|mins?|minutes?)\b/g, (_, hours: string, minutes: string) => `${Number(hours) * 60 + Number(minutes)} minutes`)
    // "a 1:30 min video", "2:15 minutes long": minutes and seconds on a clock, its unit said after it, are that clock's length.
    .replace(/\b(\d{1,2}:[0-5]\d)\s*minutes?\b/g, '$1')
    // "1'05''", "0′40″": minutes and seconds marked as arc minutes and seconds are a clock time.
    .replace(/(?<![\d.:])(\d{1,2})\s*['′’]\s*([0-5]\d)\s*(?:''|″|"|”)/g, '$1:$2')
    // "one point five seconds", "two point five x": a figure with decimals said in words.
    // "one point two five times": two decimals said digit by digit.
    .replace(new RegExp(String.raw`\b(${units}|\d+) point ((?:${digits})(?: (?:${digits}))?\b|\d(?!\d))${QUANTITY_AFTER}`, 'g'),
      (_, whole: string, decimals: string) => `${UNITS[whole] ?? whole}.${decimals.split(' ').map((digit) => UNITS[digit] ?? digit).join('')}`)
    // "slow it down to point nine", "at point seven five": a figure under one said in words from its point, after what
    // sets a value to it (not "at that point", "the point is"); "music volume point two", "the file x.mp3, point two five":
    // after the level's noun, or alone after a comma; "a bit slower uh point nine", "speed point eight": after a speed's
    // noun or "slower" (a speed under one), or the pause a dictated figure is looked for in.
    .replace(new RegExp(String.raw`(?<=\b(?:to|at|by|of|about|around|say|volume|level|gain|speed|slower|uh+|um+|erm?)\s|,\s)point ((?:${digits})(?:\s(?:${digits}))?)\b(?=\s*(?:$|[,.;!?)]|x\b|times\b|speed\b|please\b|pls\b|then\b|and\b|${LENGTH_OR_SHARE}))`, 'g'),
      (_, decimals: string) => `0.${decimals.split(/\s/).map((digit) => UNITS[digit]).join('')}`)
    // "2,5 seconds", "1,5x", "12,5 percent": a decimal comma, as most of Europe writes it, before a unit (not "1,000").
    .replace(new RegExp(String.raw`(?<![\d,.])(\d+),(\d{1,2})(?![\d,])${QUANTITY_AFTER}`, 'g'), '$1.$2')
    // "20 per cent", "30 pourcent", "40 procent": percent as it is spelled in British English and other languages.
    .replace(/\b(?:per cent|pour ?cent|procent|prozent|por ?ciento|per ?cento)\b/g, 'percent')
    // "[0:10, 0:14]", "on [2, 6] seconds": a stretch written as an interval, both ends in brackets.
    .replace(/\[\s*(\d{1,2}:[0-5]\d(?:\.\d+)?|\d+(?:\.\d+)?)\s*,\s*(\d{1,2}:[0-5]\d(?:\.\d+)?|\d+(?:\.\d+)?)\s*\]/g, 'from $1 to $2')
    // "half a minute", "a half-minute clip" (not the half of "one and a half minutes").
    .replace(/(?<!\band(?:[\s-]an?)?[\s-])\b(?:an? )?half(?: an? |-| )(minute|second)/g, '0.5 $1')
    // "a quarter second", "a quarter of a second", "three quarters of a minute": a fraction of the unit, said in words
    // (read before "a second" is one of it).
    .replace(/\b(?:(three)[\s-])?(?:an? |one )?quarters?(?: of an?|-| )\s*(minute|second)s?\b/g, (_, three: string | undefined, unit: string) => `${three ? 0.75 : 0.25} ${unit}`)
    // "a minute an' a half", "a minute 'n a half": the "and" as it is often typed; "one minute and half": its "a" left out
    // (not "30 seconds and half the music").
    .replace(/\ban? (minute|second)s? (?:and|an'?|'n'?|n') a half\b/g, '1.5 $1')
    // "one minute and the half", "two minutes and the half": the article other languages say there (y media, et demie);
    // "video of 1 minute and half from best moments" ("… with the best moments"): before what the clip is made from or
    // shows, too.
    .replace(new RegExp(String.raw`\b(an?|\d+|${units}) (minute|second)s? (?:and|an'?|'n'?|n') (?:the )?half\b(?=\s*$|\s*[,.;:!?)]|\s+(?:please|pls|long|clip|video|version|for|in|max|tops|or|then|and|from|about|showing|with)\b)`, 'g'),
      (_, n: string, unit: string) => `${howMany(n) + 0.5} ${unit}`)
    // "a minute and a quarter", "two minutes and three quarters": the quarters after the whole units add up.
    .replace(new RegExp(String.raw`\b(an?|\d+|${units}) (minute|second)s? (?:and|an'?|'n'?|n') (a|one|three) quarters?\b`, 'g'),
      (_, n: string, unit: string, q: string) => `${howMany(n) + (q === 'three' ? 0.75 : 0.25)} ${unit}`)
    // "a one-and-a-half-minute overview": the same, written as one word ("one and half second", its "a" left out, too).
    .replace(new RegExp(String.raw`\b(\d+|${units})[\s-]and[\s-](?:a[\s-])?half[\s-](minute|second)s?\b`, 'g'), (_, n: string, unit: string) => `${(UNITS[n] ?? Number(n)) + 0.5} ${unit}`)
    // "to position two", "in spot three": a place in the order said in words is its number.
    .replace(new RegExp(String.raw`\b(position|spot|slot) (${units})\b`, 'g'), (_, place: string, u: string) => `${place} ${UNITS[u]}`)
    // "times three": a factor said after the word times is that number.
    .replace(new RegExp(String.raw`\btimes (${units})\b`, 'g'), (_, u: string) => `times ${UNITS[u]}`)
    // "a full second", "a whole minute": one of it; "a second copy", "a second version" is the next one, and "wait a
    // second", "hang on a sec", "give me a minute" a pause in speech, no length; "export a second so I can compare" another file.
    // "a second-line parade", "a second-hand camera": a word joined to it by a hyphen makes another word ("a minute-long" stays one).
    .replace(/\bgive me an? (?:sec|second|minute)\b(?=\s*(?:[,.!;?]|$))/g, 'give me a moment')
    .replace(/(?<!\b(?:wait|hang on|hold on|export|render|output|send) )\b(an?) (?:(?:full|whole) )?(minute|second)\b(?!-(?!long\b)[a-z])(?! (?:copy|copies|version|export|file|render|one|time|round|pass|draft|variant|take|output|cut)\b)/g, '1 $2')
    // "a minute and ten for me", "two minutes twenty, tops": a number said right after the minutes is their seconds.
    .replace(new RegExp(String.raw`(?<=\b(?:an?|\d+|${units}|${tens})[\s-])(minutes?|mins?) (and |an'? |'n'? )?(?:(${tens})(?:[\s-](${units}))?|(${units}))\b(?! (?:${MOMENT_NOUN}|minutes?|mins?|seconds?|secs?|percent|times)\b)`, 'g'),
      (_, unit: string, and = '', t?: string, u?: string, alone?: string) => `${unit} ${and}${alone ? UNITS[alone] : TENS[t!] + (u ? UNITS[u] : 0)}`)
    // "one hundred and twenty per cent", "a hundred fifty percent": the hundreds, then what is said after them.
    .replace(new RegExp(String.raw`\b(?:(an?|${digits})[\s-])?hundred(?:[\s-](?:and[\s-])?(?:(${tens})(?:[\s-](${units}))?|(${units})))?\b${QUANTITY_AFTER}`, 'g'),
      (_, h: string | undefined, t?: string, u?: string, alone?: string) => String(100 * (h === undefined ? 1 : howMany(h)) + (t ? TENS[t] : 0) + (u ? UNITS[u] : 0) + (alone ? UNITS[alone] : 0)))
    // "three zero seconds", "level six zero percent": a figure said digit by digit, as over a radio, before its unit (not
    // "clip two three seconds", a moment's number then a length).
    .replace(new RegExp(String.raw`(?<!\b(?:${MOMENT_NOUN})s?\s+(?:${MOMENT_NUMBER}\s*)?)\b(?!zero\b)((?:${digits})(?:\s+(?:${digits})){1,2})\b(?=\s*-?\s*${LENGTH_OR_SHARE})`, 'g'),
      (_, said: string) => said.split(/\s+/).map((digit) => UNITS[digit]).join(''))
    .replace(new RegExp(String.raw`\b(${tens})(?:[\s-](${units}))?\b${QUANTITY_AFTER}`, 'g'), (_, t: string, u?: string) => String(TENS[t] + (u ? UNITS[u] : 0)))
    // "no wait, forty": a number said alone (a correction's value) is that number, the unit left to what it corrects.
    // "fade out, two": so is one said alone after a comma at the end, and "… and out over six", after "over".
    .replace(new RegExp(String.raw`(^|,|\bover)\s*(?:(${tens})(?:[\s-](${units}))?|(${units}))\s*([.!]*)\s*$`), (_, before: string, t?: string, u?: string, alone?: string, end = '') =>
      `${before}${before ? ' ' : ''}${alone ? UNITS[alone] : TENS[t!] + (u ? UNITS[u] : 0)}${end}`)
    // A unit joined to a word it doesn't know ("fivty-five") is not read alone as "five".
    .replace(new RegExp(String.raw`(?<![a-z]-)\b(${units})\b${QUANTITY_AFTER}`, 'g'), (_, u: string) => String(UNITS[u]))
    // "from ten seconds to fifteen": the end of a stretch, its unit left to the start's.
    .replace(new RegExp(String.raw`(\d (?:seconds?|minutes?) (?:to|till|until|through) )(?:(${tens})(?:[\s-](${units}))?|(${units}))\b`, 'g'),
      (_, start: string, t?: string, u?: string, alone?: string) => `${start}${alone ? UNITS[alone] : TENS[t!] + (u ? UNITS[u] : 0)}`)
    // "clip two", "the clip number two", "clip no. 3": a moment named by a number after its noun.
    .replace(new RegExp(String.raw`\b(${MOMENT_NOUN})s? (?:${MOMENT_NUMBER}\s*)?(${units})\b`, 'g'), (_, noun: string, u: string) => `${noun} ${UNITS[u]}`)
    .replace(new RegExp(String.raw`\b(${MOMENT_NOUN}) ${MOMENT_NUMBER}\s*(?=\d)`, 'g'), '$1 ')
    // "the parts two and three", "clips two, three and five": the numbers listed after the first are moments' numbers too
    // (said last in the list, or before what is done with them: "switch clips one and two around", "clips two and three
    // both at 2x"; not "clip two and one more thing").
    .replace(new RegExp(String.raw`(?<=\b(?:${MOMENT_NOUN}) \d+(?:\s*,\s*\d+)*\s*(?:,|,?\s*(?:and|&))\s*)(${units})\b(?=\s*(?:$|[,.;!?]|(?:and|&|please|pls|from|out|off|away|too|around|round|both|each|at)\b))`, 'g'), (u: string) => String(UNITS[u]))
    // "number 2 clip", "no. 3 segment": the number said before the noun names the moment all the same.
    .replace(new RegExp(String.raw`\b${MOMENT_NUMBER}\s*(\d+) (${MOMENT_NOUN})\b`, 'g'), '$2 $1')
    // "from second 20 to second 26", "at second 10", "till minute 2": a point on the clock said by its second or minute
    // (as 第5秒 is), not the second of something ("the second 30 seconds", "move it to second place").
    .replace(new RegExp(String.raw`\b(from|at|to|till|until|through|between|and|by|on) (second|minute) (\d+(?:\.\d+)?|${units})\b(?!\s*(?:[:.]\d|seconds?|minutes?|secs?|mins?|s\b|%|x\b|(?:${MOMENT_NOUN})))`, 'g'),
      (said, before: string, unit: string, n: string) => (unit === 'second' ? `${before} ${UNITS[n] ?? n} seconds` : n.includes('.') ? said : `${before} ${UNITS[n] ?? n}:00`))
    // "the clip last, make it slower": an ordinal said after its noun, the clause's subject before what is asked of it.
    .replace(new RegExp(String.raw`^(the|this|that) (${MOMENT_NOUN}) (last|final|first|second|third)\b(?=\s*(?:,|$))`), '$1 $3 $2')
    // "one minute fifteen": the seconds after the minutes, their unit left out.
    .replace(new RegExp(String.raw`\b(minutes?|mins?)\s+(?:and\s+)?(?:(${tens})(?:[\s-](${units}))?|(${units}))\b`, 'g'),
      (_, unit: string, t?: string, u?: string, alone?: string) => `${unit} ${alone ? UNITS[alone] : TENS[t!] + (u ? UNITS[u] : 0)}`)
    .replace(/\b(\d+(?:\.\d+)?) (minute|second)s? (?:and|an'?|'n'?|n') a half\b/g, (_, n: string, unit: string) => `${Number(n) + 0.5} ${unit}`)
    // "from two minutes ten seconds to two minutes forty", "a 1 minute 30 second clip": minutes and seconds, one clock time
    // (a length or a point alike), as 1分05秒 is.
    .replace(/\b(\d+) (?:minutes?|mins?) (?:and )?([0-5]?\d) (?:seconds?|secs?)\b/g, (_, m: string, sec: string) => `${m}:${sec.padStart(2, '0')}`)
    // "from one minute four to one minute nine": a stretch whose ends are both said so, the seconds' unit left out.
    .replace(/\b(from|between) (\d+) (?:minutes?|mins?) (?:and )?([0-5]?\d) (to|till|until|through|and) (\d+) (?:minutes?|mins?) (?:and )?([0-5]?\d)\b(?!\s*(?:[:.]\d|seconds?|secs?|%|percent|x\b))/g,
      (_, from: string, m1: string, s1: string, to: string, m2: string, s2: string) => `${from} ${m1}:${s1.padStart(2, '0')} ${to} ${m2}:${s2.padStart(2, '0')}`)
    // "at 80%... that's too much, half that", "30 seconds, no, halve that": a figure said, then half of it asked, is that half.
    .replace(/(?<![\d.])(\d+(?:\.\d+)?)(\s*(?:%|percent\b|seconds?\b|minutes?\b))([^,.;!?…]*)[,.;!?…]+\s*(?:(?:no|nah|hmm+|actually|wait|(?:that's|that is|it's|way) too (?:much|loud|long|high)|too (?:much|loud|long|high))\s*[,.;!…]+\s*)*(?:half|halve) (?:of )?that\b/g,
      (_, n: string, unit: string, rest: string) => `${Number(n) / 2}${unit}${rest}`)
    // "from the 10 second mark", "at the one-minute mark", "the 1:10 mark": a point said as a mark on the timeline is that clock time.
    .replace(/\b(?:the\s+)?(?:(\d+(?:\.\d+)?)\s*-?\s*(second|minute)s?|(\d{1,2}:[0-5]\d(?:\.\d+)?))[\s-]mark\b/g, (_, n?: string, unit?: string, clock?: string) =>
      clock ?? clockOf(Number(n) * (unit === 'minute' ? 60 : 1)))
    .replace(/百分之([零一二两三四五六七八九十百]+|\d+(?:\.\d+)?)/g, (_, n: string) => `${/\d/.test(n) ? n : hanNumber(n)}%`)
    // "开到百分之四十……太吵了，减半！": the same in Chinese, the level halved after it is said too loud.
    .replace(/(?<![\d.])(\d+(?:\.\d+)?)%([^，,。；;！!？?…]*)[，,。；;！!…]+\s*(?:太(?:吵|响|大声?|大了)了?\s*[，,。；;！!…]+\s*)*(?:那就|就|直接|干脆)?(?=(?:减半|砍半|减一半|砍一半|降一半))/g,
      (_, n: string, rest: string) => `${Number(n) / 2}%${rest}，`)
    .replace(/(?<![\d秒分])半(?=分钟|分|个?小时|秒)/g, '0.5')
    // "第5秒" is the time 5 s (a point, like 在5秒), not a fifth of something; "从第5秒到第8秒" a range.
    // "第00分12秒": a point said in minutes and seconds, the same.
    .replace(/([在从到至~-])?\s*第\s*(?=[\d.零一二两三四五六七八九十百]+\s*秒|\d+\s*分\s*\d+\s*秒)/g, (_, before?: string) => before ?? '在')
    .replace(/([零一二两三四五六七八九十]+)点([零一二三四五六七八九]+)(?=\s*(?:秒|分钟|分(?!之)|倍))/g, (_, whole: string, decimals: string) =>
      `${hanNumber(whole)}.${[...decimals].map((digit) => HAN[digit]).join('')}`)
    // "三成半", "七成五": tenths and a half (or one more digit) of a level, as a price is said (八五折 the same way below).
    .replace(/(?<![第\d.])([一二两三四五六七八九]|[1-9])\s*成\s*(半|[一二三四五六七八九]|[1-9])(?![\d十百千万点.秒分倍个段])/g,
      (_, n: string, more: string) => `${(HAN[n] ?? Number(n)) * 10 + (more === '半' ? 5 : HAN[more] ?? Number(more))}%`)
    .replace(/(?<![第\d.])([一二两三四五六七八九]|[1-9])\s*成(?![片品功为员本熟年])/g, (_, n: string) => `${(HAN[n] ?? Number(n)) * 10}%`)
    // "原声打七折", "音乐打个八五折": a sound given a discount, as a price is, keeps that many tenths of its level.
    .replace(new RegExp(String.raw`(?<=(?:${SOUND_SAID})[^，,。\d]{0,4}?)打(?:个|一个)?\s*([一二三四五六七八九]|[1-9])\s*([五5])?\s*折`, 'g'),
      (_, n: string, half?: string) => ` ${(HAN[n] ?? Number(n)) * 10 + (half ? 5 : 0)}%`)
    // "原声减半", "人声直接减半": the recorded sound halved, as 调小一半 says (not the music, whose level is its own, 35% unless set).
    .replace(/(?<=(?<!音乐|配乐)(?:原声|人声|声音)[^，,。\d]{0,4}?)减半/g, '调小一半')
    // "快一倍": the speed and as much again, twice it ("慢一倍", half of it); 快两倍 says 2x or 3x, left as said.
    .replace(/(快|慢)(?:了|上|个)?\s*[一1]\s*倍(?![速数率])/g, (_, way: string) => (way === '快' ? '快到2倍' : '慢到0.5倍'))
    // "一分钟零十秒": the seconds after the minutes, a 零 between them.
    .replace(/(分钟?)\s*零\s*(?=[一二两三四五六七八九十\d]+\s*秒)/g, '$1')
    .replace(/(?<!第)([零一二两三四五六七八九十百]+)(?=\s*(?:毫秒|秒|分钟|分(?!之)|倍|个?小时))/g, (_, n: string) => String(hanNumber(n)))
    // "原声开到一百五", "音量调到八十", "音量七十": a level said in Chinese tens or hundreds, no unit after it, is that figure.
    .replace(new RegExp(String.raw`(?<=(?:${SOUND_SAID})[^，,。\d]{0,6}?(?:到|成|为|[:：])\s*|音量\s*)([一二两三四五六七八九]?[十百][零一二两三四五六七八九十]*)(?!\s*(?:[半点秒分倍成个段下些遍次]|小时))`, 'g'), (_, n: string) => String(hanNumber(n)))
    // "原声大一点 一百二", "音乐小点 七十": a sound made louder or softer, then a bare level after a space (tens or hundreds,
    // nothing after it), is the level it goes to, in percent (not "音乐小一点 两秒后", nor "大一点 十", no hundred or tens).
    .replace(new RegExp(String.raw`(?<=(?:${SOUND_SAID})[^，,。\d]{0,6}?(?:大|小|响|轻|高|低)(?:一?点|一些|些)?\s+)((?:[一二两三四五六七八九][十百]|百)[零一二两三四五六七八九十]*|\d{2,3})(?=\s*(?:吧|哈|啊)?\s*(?:$|[，,。!！]))`, 'g'), (_, n: string) => `${/\d/.test(n) ? n : hanNumber(n)}%`)
    // "一秒半", "2秒半": a second and a half; "两倍半", "3倍半": the factor and a half more.
    .replace(/(\d+)\s*(秒|倍)半/g, (_, n: string, unit: string) => `${Number(n) + 0.5}${unit}`)
    // "crossfade半秒", "zoom三秒", "crossfade0.5秒": an English word run into the Chinese figure after it is a word of its
    // own ("crossfade 0.5秒"), not the start of a longer one.
    .replace(new RegExp(String.raw`(?<=[a-z])(?=\d+(?:\.\d+)?\s*${FIGURE_UNIT_ZH})`, 'g'), ' ')
    .replace(/(\d+)\s*比\s*(\d+)/g, '$1:$2')
    // 十六比九, 九比十六, 一比一: a shape said in Chinese numerals.
    .replace(/([一二两三四五六七八九十]+)\s*比\s*([一二两三四五六七八九十]+)/g, (said, a: string, b: string) => {
      const shape = `${hanNumber(a)}:${hanNumber(b)}`;
      return (ASPECTS as readonly string[]).includes(shape) ? shape : said;
    })
    // "nine sixteen", "sixteen nine": the two shapes of a phone and a screen dictated as their numbers alone (no unit after them).
    .replace(/\b(nine) (sixteen)\b(?!\s*-?\s*(?:seconds?|minutes?|percent|%|x\b|times\b))|\b(sixteen) (nine)\b(?!\s*-?\s*(?:seconds?|minutes?|percent|%|x\b|times\b))/g, (said) => (said.startsWith('nine') ? '9:16' : '16:9'))
    // "make it 9 16", "change it to 16 9 pls": a shape typed as its two figures apart, said as a shape is set (a figure
    // with a unit after it is a length or a level: "make it 4 5s").
    .replace(/(?<=\b(?:it|to|into|as)\s)(\d{1,2}) (\d{1,2})(?=\s*(?:$|[,.;!?]|(?:please|pls|for|and|then|aspect|ratio|format)\b))/g, (said, a: string, b: string) => (a !== b && (ASPECTS as readonly string[]).includes(`${a}:${b}`) ? `${a}:${b}` : said))
    // "zero colon twelve", "one colon thirty": a clock time dictated with its colon said.
    .replace(new RegExp(String.raw`\b(zero|oh|${digits}) colon (?:(?:zero|oh) (${digits})|(${tens})(?:[\s-](${units}))?|(${units}))\b`, 'g'),
      (said, m: string, low?: string, t?: string, u?: string, alone?: string) => {
        const seconds = low !== undefined ? UNITS[low] : alone !== undefined ? UNITS[alone] : TENS[t!] + (u ? UNITS[u] : 0);
        return seconds < 60 ? `${UNITS[m] ?? 0}:${String(seconds).padStart(2, '0')}` : said;
      })
    // "speed it up for times", "to times faster": a factor's figure heard as the word that sounds like it.
    .replace(/\b(?:for|fore)\s+(?=(?:x|times)\b)/g, '4 ').replace(/\b(?:to|too)\s+(?=times (?:faster|slower|quicker|speed)\b)/g, '2 ')
    // "four k", "for k": the resolution dictated, its figure said or heard as a word.
    .replace(/\b(?:four|for|4)[\s-]k\b/g, '4k')
    // "nine by sixteen", "four by five": a shape said in English words, the same ("one by one" is one after another).
    .replace(new RegExp(String.raw`\b(${units}) by (${units})\b`, 'g'), (said, a: string, b: string) => {
      const shape = `${UNITS[a]}:${UNITS[b]}`;
      return shape !== '1:1' && (ASPECTS as readonly string[]).includes(shape) ? shape : said;
    })
    // "make it 9/16": a shape written as a fraction (not "1/1", one whole, nor a day: "export on 9/16").
    .replace(/(?<!\b(?:on|by|before|after|until|till|due|from|since)\s+)\b(\d+)\/(\d+)\b/g, (said, a: string, b: string) => (a !== b && (ASPECTS as readonly string[]).includes(`${a}:${b}`) ? `${a}:${b}` : said))
    .replace(/\b(\d+) by (\d+)\b/g, (said, a: string, b: string) => ((ASPECTS as readonly string[]).includes(`${a}:${b}`) ? `${a}:${b}` : said))
    // "从1分钟到1分10秒": whole minutes at the start of a stretch, a clock time too.
    .replace(/(\d+)\s*分钟(?=\s*(?:到|至|~|-)\s*\d+\s*分)/g, '$1:00')
    // "1分05秒", "2分5秒": minutes and seconds, one clock time (a length or a point alike).
    .replace(/(\d+)\s*分\s*([0-5]?\d)\s*秒/g, (_, m: string, sec: string) => `${m}:${sec.padStart(2, '0')}`)
    // "1分20到1分50", "一分二十到一分五十": minutes and seconds said without 秒, one clock time too.
    .replace(/(\d+)\s*分\s*([一二三四五六七八九十]+|[0-5]?\d)(?![\d零一二两三四五六七八九十]|\s*(?:秒|钟|之|%|％))/g, (said, m: string, sec: string) => {
      const seconds = /\d/.test(sec) ? Number(sec) : hanNumber(sec);
      return seconds < 60 ? `${m}:${String(seconds).padStart(2, '0')}` : said;
    })
    .replace(/\b(\d+)\s*[x×]\s*(\d+)\b/g, (said, a: string, b: string) => ((ASPECTS as readonly string[]).includes(`${a}:${b}`) ? `${a}:${b}` : said));
}
const CLOCK = String.raw`\d{1,2}:[0-5]\d(?:\.\d+)?`;
const UNIT = String.raw`(?:s|sec|secs|seconds?|秒)(?![a-z])`;
const TIME = String.raw`(?:${CLOCK}|${NUMBER})`;
/** What joins the two ends of a range: "0:10-0:15", "1:20 through 1:30", 0:05到0:09. */
const TO = String.raw`(?:-|–|—|to|through|thru|till|until|~|到|至)`;

/** "0:05" → 5000, "1:02.5" → 62500, "5" → 5000 (seconds). */
function timeMs(token: string): number {
  const clock = /^(\d{1,2}):([0-5]\d(?:\.\d+)?)$/.exec(token.trim());
  if (clock) return Math.round((Number(clock[1]) * 60 + Number(clock[2])) * 1000);
  return Math.round(Number(token) * 1000);
}

/** Either end's unit, seconds or minutes: "1-3 minutes", "from 30 seconds to 2 minutes". */
const SPAN_UNIT = String.raw`(?:(s|sec|secs|seconds?|秒|minutes?|mins?|m|分钟)(?![a-z]))`;
const MINUTES = /^(minutes?|mins?|m|分钟)$/;

/** One end of a range in ms: a number takes its own unit, else the one said after the other end ("from 1 to 3 minutes"). */
function endMs(token: string, unit: string | undefined, other: string | undefined): number {
  const ms = timeMs(token);
  return !token.includes(':') && MINUTES.test(unit ?? other ?? '') ? ms * 60 : ms;
}

/** "0-3s", "0–3 s", "from 0 to 3 seconds", "from 0:05 to 0:12", "between 2s and 5s", "从0到3秒", "0到3秒", "1-3 minutes". */
export function parseRange(text: string): { start_ms: number; end_ms: number } | undefined {
  const patterns = [
    // "in 0:04, out 0:10", "in and out points at 0:03 and 0:09": where a moment starts and ends in its source, said
    // as two points (each point named before its time: parseInOut).
    new RegExp(String.raw`(?<!\b(?:zoom|zoomed|zooming|fade|faded|fading|punch|slide|sliding)\s+)\bin\s*(?:at|:)?\s*(${CLOCK})()[,;\s]+(?:and\s+)?out\s*(?:at|:)?\s*(${CLOCK})()`),
    new RegExp(String.raw`\bin[- ]and[- ]out(?:[- ]?points?)?\b[^\d]{0,30}?(${TIME})\s*${SPAN_UNIT}?\s*(?:and|to|-|–|,)\s*(${TIME})\s*${SPAN_UNIT}?`),
    // "from t = 2 s to t = 7 s": each end may be written as the time variable's value.
    new RegExp(String.raw`(?:from|between)\s+(?:t\s*=\s*)?(${TIME})\s*${SPAN_UNIT}?\s*(?:(?:up\s+)?(?:to|until|till)|and|through|thru|-|–)\s*(?:t\s*=\s*)?(${TIME})\s*${SPAN_UNIT}?`),
    new RegExp(String.raw`(?:^|[^\d:.])(${TIME})\s*${SPAN_UNIT}?\s*起?\s*${TO}\s*[第在]?\s*(${TIME})\s*(?:${SPAN_UNIT}|(?=\s|$|[,.;，。]))`),
    // Two clock times need no unit nor a space after them: "在0:05到0:09加文字"; "up to" joins them too ("cut 0:31 up to 0:36").
    new RegExp(String.raw`(?:^|[^\d:.])(${CLOCK})()\s*(?:${TO}|up\s+(?:to|till|until)|upto)\s*(${CLOCK})()(?![\d:])`),
    // "从第40秒剪到第45秒", "从第2秒显示到第6秒": the verb may stand between the two ends; "自第45秒起至第52秒止", said formally;
    // "由第2秒至第8秒" (Cantonese, Taiwan).
    // "从素材2秒开始到6秒": where in the source, and the word for its start, may stand with the first end.
    new RegExp(String.raw`(?:从|自|由)\s*[第在]?\s*(?:素材|原片|原视频|源文件)?的?\s*(${TIME})\s*${SPAN_UNIT}?\s*(?:开始|起)?\s*(?:剪|删|切|截|显示|出现|持续|停留|保持|播放|播)?(?:到|至)\s*第?\s*(${TIME})\s*${SPAN_UNIT}?`),
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [, from, fromUnit, to, toUnit] = match;
    const start = endMs(from, fromUnit || undefined, toUnit || undefined);
    const end = endMs(to, toUnit || undefined, fromUnit || undefined);
    if (end > start) return { start_ms: start, end_ms: end };
  }
  return undefined;
}

/** "for 3 seconds", "for 3s", "duration: 4 s", "持续3秒", "3秒钟". */
export function parseFor(text: string): number | undefined {
  const match = new RegExp(String.raw`(?:for|lasting|\bduration(?:\s*(?:of|is|[:=]))?|持续)\s*(${NUMBER})\s*${UNIT}`).exec(text);
  return match ? timeMs(match[1]) : undefined;
}

/** Every length said in seconds, in order: "第30秒放大5秒" → 30000, 5000. */
export function parseLengths(text: string): number[] {
  return [...text.matchAll(new RegExp(String.raw`(${NUMBER})\s*${UNIT}`, 'g'))].map((match) => timeMs(match[1]));
}

/** A single point in time: "at 0:05", "at 5s", "在5秒", "从5秒开始" (from there on), "47秒那里" (there); a start said with no end ("from 0:05 for 6 seconds"). */
export function parseAt(text: string): number | undefined {
  const point = String.raw`(${CLOCK}|${NUMBER}\s*${UNIT})`;
  // ("at about 2 seconds": a point hedged is still that point.)
  const match = new RegExp(String.raw`(?:\b(?:at|from)(?:\s+(?:about|around|roughly|approximately))?|在第?|第)\s*${point}`).exec(text)
    ?? new RegExp(String.raw`(?:从|到|在)\s*${point}\s*(?:开始|起|出现)|${point}\s*(?:那里|那儿|那块|那个?地方|的地方|处|那会儿?|那时候?|的时候)`).exec(text)
    // "字幕提前到0:05", "推后到0:07": a shown thing moved to a clock time starts there; "开始时间改成0:03" too.
    ?? new RegExp(String.raw`(?:提前|推迟|推后|延后|(?:往|向)[前后](?:推|挪|移)|挪|移|改|调)(?:到|至)\s*(${CLOCK})(?![\d:])|(?:开始|出现)${SET_TO}${point}`).exec(text);
  const said = match?.slice(1).find((group) => group !== undefined);
  if (said !== undefined) return timeMs(said.replace(/[^\d:.]/g, ''));
  // "在1分钟整的位置" (read as 的地方), "2分钟处": a point said in whole minutes, only with a word of place (在1分钟内 is a length).
  const minutes = new RegExp(String.raw`(${NUMBER})\s*分钟?整?\s*(?:的)?(?:地方|位置|处|那里|那儿)`).exec(text)?.[1];
  return minutes === undefined ? undefined : timeMs(minutes) * 60;
}

/** "结束时间改成", "消失的时间调到": the time a shown thing ends, set. */
const SET_TO = String.raw`(?:的)?(?:时间|时刻|点)\s*(?:改成|改为|调到|调成|设为|设成|设在|定在|改到|是|为|到|在)\s*`;
const END_TIME = String.raw`(?:结束|消失)${SET_TO}`;

/**
 * When something shown goes away: "到第8秒就消失", "在0:12消失", "延长到0:12", "显示到1:05", "显示到第6秒" → 8000, 12000, 65000,
 * 6000 (a lasting verb takes a clock time, "shown until" any point: "延长到5秒" may as well be how long).
 */
export function parseGone(text: string): number | undefined {
  // "…，8秒消失": a clause that opens with the point says it as plainly as 到8秒.
  const match = new RegExp(String.raw`(?:到|在|^)\s*(${CLOCK}|${NUMBER}\s*${UNIT})\s*(?:就|时|的时候)?\s*(?:消失|结束|隐藏|没了|不见了?|退出)|(?:延长|延|持续|显示|保持|停留|留|一直|播|缩短)(?:到|至)\s*(${CLOCK})(?![\d:])(?!\s*(?:开始|出现|起))|(?:显示|一直)(?:到|至)\s*(${NUMBER}\s*${UNIT})(?!\s*(?:开始|出现|起))|${END_TIME}(${CLOCK}|${NUMBER}\s*${UNIT})`).exec(text);
  const said = match?.slice(1).find((group) => group !== undefined);
  return said === undefined ? undefined : timeMs(said.replace(/[^\d:.]/g, ''));
}

/**
 * "入点设在素材的3秒，出点9秒", "in point 0:03, out point 0:09": where in its source a moment starts and ends, each said
 * by its point; undefined unless both are said (one alone leaves the other edge unknown).
 */
export function parseInOut(text: string): { in_ms: number; out_ms: number } | undefined {
  const point = (name: string) => new RegExp(String.raw`(?:${name})[^，,。;\d]{0,20}?(${CLOCK}|${NUMBER}\s*${UNIT})`).exec(text)?.[1];
  const [from, to] = [point(String.raw`入点|\bin[- ]?point\b`), point(String.raw`出点|\bout[- ]?point\b`)];
  if (from === undefined || to === undefined) return undefined;
  const [inMs, outMs] = [from, to].map((said) => timeMs(said.replace(/[^\d:.]/g, '')));
  return outMs > inMs ? { in_ms: inMs, out_ms: outMs } : undefined;
}

/** A clock time anywhere in the text: "0:08放大", "zoom on 1:05" → 8000, 65000. */
export function parseClock(text: string): { ms: number; index: number; said: string } | undefined {
  const match = new RegExp(String.raw`(?<![\d:.])${CLOCK}(?![\d:])`).exec(text);
  return match ? { ms: timeMs(match[0]), index: match.index, said: match[0] } : undefined;
}

/** "the first 3 seconds" → start, 3000; "the last 5 seconds" → end, 5000; "前3秒" / "最后5秒"; "the first 2 minutes" → start, 120000. */
export function parseEdgeSpan(text: string): { anchor: 'start' | 'end'; duration_ms: number } | undefined {
  // "the first 2 minutes", 前2分钟: a span said in minutes is as much an end of the clip.
  const span = String.raw`\s*(${NUMBER})\s*(?:${UNIT}|(minutes?|mins?|分钟))(?![a-z])`;
  const ms = (match: RegExpExecArray) => timeMs(match[1]) * (match[2] ? 60 : 1);
  // "开头显示5秒": how long it shows at that end, said between them ("开头出三秒": 出 alone, shown said short).
  const shown = String.raw`(?:显示|出现|出(?=\s*${NUMBER}))?`;
  // "前面那10秒", "开头的这五秒": the span pointed at (那, 这) between the end and its length is the same span.
  const pointed = String.raw`(?:[那这]个?)?`;
  // "就头五秒", "头3秒", "一开始5秒": the start said before the length (CLIP_START_ZH).
  const first = new RegExp(String.raw`(?:first|opening|${CLIP_START_ZH})${pointed}${shown}${span}`).exec(text);
  if (first) return { anchor: 'start', duration_ms: ms(first) };
  // "后面5秒", "尾巴3秒", "结束前3秒": the end said as 前 says the start (CLIP_END_ZH).
  const last = new RegExp(String.raw`(?:last|final|closing|${CLIP_END_ZH})${pointed}${shown}${span}`).exec(text);
  if (last) return { anchor: 'end', duration_ms: ms(last) };
  // "4 seconds at the start", "3 secs at the very end": the length said before the end it is at (in seconds, and not
  // "in 5 seconds": "ready in 5 seconds at the end", "delivered in 12 minutes at the end" are a text's words).
  const at = new RegExp(String.raw`(?<!\b(?:in|within|after)\s+)(?<![\d.])(${NUMBER})\s*(?:${UNIT})\s+(?:at|in|on)\s+(?:the\s+)?(?:very\s+)?(start|beginning|end)\b`).exec(text);
  if (at) return { anchor: at[2] === 'end' ? 'end' : 'start', duration_ms: timeMs(at[1]) };
  return undefined;
}

/** "at the start" / "intro" / "开头" → start; "at the end" / "outro" / "结尾" → end. */
export function parseAnchor(text: string): 'start' | 'end' | undefined {
  // "at the very end", "right at the start", "in the beginning": the same edge, said with emphasis or another preposition
  // ("in the end" is "finally", no place); "at end", "at start" without "the" as learners say it; "on the end", "at the
  // close": the end said another way ("up front", "at the front": the start).
  // "…在最后的地方", "…在最前面": an end said as the place it goes (not 在最后一段, a moment); 尾巴上, the end said plainly.
  if (/\b(at (the )?(very )?(start|beginning|front)|in the (very )?(start|beginning)|up[- ]?front|intro|opening|开头|片头)\b|开头|片头|在最(?:前面?|开始)(?=的?(?:地方|位置|那里|那儿|部分)?$)/.test(text)) return 'start';
  // "最后写上…", 最后放一张卡片, 最后弄个卡片: 最后 right before what is put on screen is where, not "finally"; so is 最后 after 放
  // ("放最后"); 收尾, 末尾 (收尾弄个卡片: where the video wraps up) are the end.
  if (/\b(at (the )?(very )?end|at the (close|finish)|on the (very )?end|outro|ending|closing|结尾|片尾)\b|结尾|片尾|收尾|末尾|(?:在|最)?尾巴上|最后面?(?=\s*再?\s*(?:写|打上|打个|加|添|放|弄|搞|整|显示|出现|标))|(?:放|摆)(?:在|到)?最后(?!一?(段|个|张|秒|\d))|在最后(?=的?(?:地方|位置|那里|那儿|部分)?$)/.test(text)) return 'end';
  return undefined;
}

/** A plain length: "2 seconds", "0.5s", "1.5 秒", "300ms", "250 毫秒". */
export function parseSeconds(text: string): number | undefined {
  // "250 ms", "300 milliseconds", "800毫秒": a transition's length said the way an editor's settings show it.
  const millis = new RegExp(String.raw`(${NUMBER})\s*(?:ms|msecs?|millis(?:econds?)?|毫秒)(?![a-z])`).exec(text);
  if (millis) return Math.round(Number(millis[1]));
  // "a 2-second crossfade", "a one-second fade": the length written as one word before its noun.
  const match = new RegExp(String.raw`(${NUMBER})\s*-?\s*${UNIT}`).exec(text);
  return match ? timeMs(match[1]) : undefined;
}

/**
 * "fade out 2", "crossfades 0.25", "fades: in 0.5": a fade's or crossfade's length said as a bare figure right after its
 * word (a colon or comma between) is in seconds, as an editor's transition settings show it (not a figure a word follows:
 * "crossfade 2 and 3").
 */
const BARE_TRANSITION = /\b(?:cross[- ]?fades?|fad(?:e|es|ing)(?:[^.;\d]*?\b(?:in|out))?)\s*(?:[:=,]\s*|\b(?:over|of|for)\s+)?(\d*\.?\d+)(?![\d:]|\.\d|\s*(?:%|(?!(?:please|pls|thanks|then)\b)[a-z]))/;
/** Past this a bare figure is no transition's seconds ("crossfade 500" may be milliseconds): a unit must say it. */
const LONGEST_BARE_TRANSITION_S = 10;

/** A transition's length: said with its unit, or bare right after the fade or crossfade. */
export function transitionMs(text: string): number | undefined {
  const bare = BARE_TRANSITION.exec(text);
  const seconds = Number(bare?.[1]);
  return parseSeconds(text) ?? (bare && seconds > 0 && seconds <= LONGEST_BARE_TRANSITION_S ? Math.round(seconds * 1000) : undefined);
}

/** "35%", "35 percent", "百分之35", "volume 0.35", "音量35", "half volume", "一半", "full volume" → 0.35 / 0.5 / 1. */
export function parseVolume(text: string): number | undefined {
  // "原声拉满 120%", "max volume, 150%": full said with a figure is that figure.
  const percent = new RegExp(String.raw`(${NUMBER})\s*(?:%|percent|％)|百分之\s*(${NUMBER})`).exec(text);
  if (/\b(full|max(imum)?) volume\b|\bat full\b|拉满|开满|最大音量|音量最大|满音量|音量(?:开|调|拉)?满/.test(text) && !percent) return 1;
  if (/\bhalf (the )?volume|一半/.test(text)) return 0.5;
  if (/\bquarter (the )?volume|四分之一/.test(text)) return 0.25;
  // "to like a quarter", "at about a third": a share of the level said in words.
  const share = SHARE_OF.exec(text);
  if (share) return SHARES[share[1]];
  // "at 1/4 volume", "volume: 3/4": a share of the level typed as a fraction.
  const typed = /\b([1-9])\/([2-9])\s*(?:of (?:the |its )?)?(?:volume|level)\b|\b(?:volume|level)\s*(?:to|at|of|=|:)?\s*([1-9])\/([2-9])(?![\d/])/.exec(text);
  const [over, under] = typed === null ? [] : [Number(typed[1] ?? typed[3]), Number(typed[2] ?? typed[4])];
  if (over !== undefined && under !== undefined && over < under) return Math.round((over / under) * 100) / 100;
  if (percent) return Number(percent[1] ?? percent[2]) / 100;
  // "把视频本身的声音放大到原来的1.8倍", "原声开到两倍", "原声放大两倍", "原声音量翻倍", 放大一倍 (made one more): a sound made
  // a number of times as loud as recorded (not 倍速, a speed); more than twice is the most there is.
  const times = TIMES_AS_LOUD.exec(text);
  const factor = times ? Number(times.slice(1).find((said) => said !== undefined) ?? 2) : undefined;
  // "three times as loud": said in English, more than the most there is (twice) is not guessed at.
  const spelledOut = times?.[3] !== undefined || times?.[4] !== undefined;
  if (factor !== undefined && spelledOut && factor > 2) return undefined;
  if (factor !== undefined && factor > 0) return Math.min(2, factor);
  // "Volume: 0.3", as a form is filled in: the level after its label.
  // "at 0.3 gain", "to 40 volume": the figure said before the word, after "at" or "to" (a share of one, or out of a hundred).
  const fraction = new RegExp(String.raw`(?:volume|level|gain|音量|增益)\s*(?:to|at|of|=|:|调到|调成|拉到|设为|设成|设到|改成|改为|到|为|是)?\s*(${NUMBER})`).exec(text)
    ?? /\b(?:at|to)\s+(0?\.\d+|\d{2,3})\s*(?:volume|gain)\b/.exec(text)
    // "0.7的音量", "30 的音量": the figure said before its noun, 的 between them.
    ?? LEVEL_BEFORE_NOUN.exec(text)
    ?? LEVEL_AFTER_SOUND.exec(text);
  if (!fraction) return undefined;
  const value = Number(fraction[1]);
  return value > 2 ? value / 100 : value;
}

const LEVEL_BEFORE_NOUN = new RegExp(String.raw`(?<![\d.])(${NUMBER})\s*的?\s*(?:音量|增益)`);

/**
 * "原声1.3", "人声 0.8", "音乐30": a level said bare right after the sound's noun, as a mixer's fader reads (a share of
 * one, to 1.9, or out of a hundred, from 10), closing the clause; not a small whole figure ("音乐2" may name a track), nor
 * a figure with a word after it: a length, a count, a speed, an era ("原声1.5倍", "音乐20秒", "音乐90年代的").
 */
const LEVEL_AFTER_SOUND = /(?:原声|人声|音乐|配乐)\s*[:：=]?\s*((?:0|1)?\.\d+|[1-9]\d|100)(?=\s*(?:吧|就行|就好|左右)?\s*[。.!！]*$)/;

/** "音量放大两倍": a sound turned to a number of times its level, or doubled (which no speed is, whichever sound it is). */
export const timesAsLoud = (text: string): boolean => TIMES_AS_LOUD.test(text);

/**
 * A sound turned to a number of times its level, or doubled (in Chinese; in English, "to 1.5x" after the sound named,
 * or "twice as loud");
 * or said to be louder (or too quiet), then the times said bare ("我讲话的声音大一点，1.3倍", "原声太小了 1.5倍").
 */
const TIMES_AS_LOUD = new RegExp(String.raw`(?:${SOUND_ZH})[^，,。\d]{0,8}?(?:(?:调|放|提|开|拉|加|升)大\s*(?:一|1)\s*倍|(?:(?:调|放|提|开|拉|变|加|升|整|弄|搞)(?:大?到|大(?=\s*\d))|调成|设为|设成|改成|改为|(?<!调|放|提|开|拉|变|加|升|整|弄|搞)(?:大一?[点些]声?|大点声|太小声?了?|太轻了?)[\s，,]*)\s*(?:原来的?)?\s*(${NUMBER})\s*倍(?!速)|翻倍|翻一番)`
  // "set the volume of the music to 1.5x", "music at 2x": a level said as times its own, after the sound or its level.
  + String.raw`|\b(?:volume|level|gain|music|audio|sound|voice)\b(?:(?!\b(?:and|then|but|speed|play|plays|playing|video|clip)\b)[^,.;\d]){0,24}?\b(?:to|at)\s+(${NUMBER})\s*[x×](?![a-z])`
  // "make the music twice as loud", "the video sound louder, 1.5x": times as loud said outright, or last after louder.
  // (Not a state told, "the music is twice as loud as it should be", nor against another sound: "… as my voice".)
  + String.raw`|(?<!\b(?:is|are|was|were|sounds?|seems?|feels?|gets?|got)\s+)\b(?:twice|(${NUMBER})\s*(?:x|×|times)) as loud\b(?!\s+as\b)`
  + String.raw`|\blouder\b[^;]*?,\s*(?:like |about |say |maybe )?(${NUMBER})\s*[x×](?![a-z])`
  + String.raw`(?:\s*(?:please|pls))?[.!]*$`);

/** A level said as a share of the full one. */
const SHARES: Record<string, number> = { half: 0.5, 'a half': 0.5, 'one half': 0.5, 'a quarter': 0.25, 'one quarter': 0.25, 'a third': 0.33, 'one third': 0.33, 'two thirds': 0.67, 'three quarters': 0.75 };
/**
 * The words of a share SHARES knows, and a hedge said before them ("like half", "about a quarter"): spelled once for
 * SHARE_OF, which reads them twice (the share after "at"/"volume", and the share said last after a sound).
 */
const SHARE_WORDS = Object.keys(SHARES).join('|');
const SHARE_HEDGE = '(?:like |about |around |roughly |maybe |just |only )?';
const SHARE_SAID = new RegExp(String.raw`\b(?:${SHARE_WORDS})\b`);
/** A share said anywhere ("louder, like half"), level or not: beside a way, it says what the way is not sure of. */
export const shareSaid = (text: string): boolean => SHARE_SAID.test(text);
/**
 * "at half", "to one quarter", "on half", "volume half", "level: a third": a level said as a share (not "on half the clips", a part), its words the ones SHARES knows;
 * "make the video sound half", "music a quarter please": said last, right after the sound it is the level of;
 * "make the video sound softer, like a quarter", "turn the music down, about a third": said last, after the way it goes
 * (softer, down), how far (not "softer, like half the clips", a part).
 */
const SHARE_OF = new RegExp(String.raw`\b(?:(?:at|to|on(?!\s+${SHARE_HEDGE}(?:${SHARE_WORDS})\s+(?:the|of|a|an|my|our|this|that|these|those|its|it)\b))\s+|(?:volume|level)\s*(?:[:=]\s*|(?:is|of)\s+)?|(?:sound|audio|music|bgm|soundtrack)\s+(?=${SHARE_HEDGE}(?:${SHARE_WORDS})(?:\s+(?:please|pls|then))?[.!]*$)|${LEVEL_DOWN}\s*[,;:—-]\s*(?=${SHARE_HEDGE}(?:${SHARE_WORDS})(?:\s+(?:please|pls|then))?[.!]*$))${SHARE_HEDGE}(${SHARE_WORDS})\b`);

// parseFactor's patterns, built once at load (it runs on every clause).
const PERCENT_FASTER = new RegExp(String.raw`(${NUMBER})\s*(?:%|percent)\s*(faster|quicker|slower)|(?:speed (?:it )?up|faster|加速|加快|提速)\s*(?:by\s*)?(${NUMBER})\s*%`);
const SHARE_OF_RECORDED = new RegExp(String.raw`\b(?:to|at)\s+(${NUMBER})\s*(?:%|percent)`);
/** "by a factor of 2", "speed factor 4", "playback factor: 0.5", "6-fold": the factor named as such. */
const FACTOR_OF = new RegExp(FACTOR_NAMED);
const TIMES = new RegExp(String.raw`(?<![a-z])(${NUMBER})\s*(?:x(?![a-z])|×|倍|times\b)|(?:\bx|×|\btimes\s+)\s?(${NUMBER})`);
const TIMES_SLOWER = new RegExp(String.raw`(?<![a-z\d.])(${NUMBER})\s*(?:x|times)\s+slower\b`);
/**
 * "make all of it 1.25 faster", "0.8 slower": a figure with its decimal point right before the pace word is the factor, "x"
 * left out (a whole number there may be a moment's: "make clip 2 faster").
 */
const DECIMAL_BEFORE_PACE = /(?<![\d.:])(\d*\.\d+)\s+(faster|quicker|slower)\b/;
const FACTOR_BEFORE_SPEED = new RegExp(String.raw`(${NUMBER})\s*speed\b`);
const FACTOR_AFTER_SPEED_ZH = new RegExp(String.raw`(?:速度|倍速)\s*(?:先|再)?(?:调成|调到|改成|设为|设成|改为|拉到|拉成|提到|开到|为|是)?\s*(${NUMBER})(?![\d.]|\s*(?:%|％|秒|分))`);
// "八成的速度", "80%的速率": the share said before the speed it is of, too.
const SPEED_PERCENT = new RegExp(String.raw`(?:速度|速率|\bspeed)\s*(?:调成|调到|改成|设为|设成|改为|为|是|=|:|\b(?:to|at)\b)?\s*(${NUMBER})\s*(?:%|％|percent)|(?<![\d.])(${NUMBER})\s*[%％]\s*的?\s*(?:速度|速率)`);
const SPEED_SAID = new RegExp(String.raw`\bspeed\s*(?:=|:|\b(?:to|of|at)\b)?\s*(${NUMBER})(?![\d.]|\s*(?:%|percent|s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|ms\b|p\b|fps\b|(?:${MOMENT_NOUN})))`);
const FACTOR_BARE = new RegExp(String.raw`\b(slow(?:er|ed|ing)?|speed(?:ing)?|faster|quicker)\b[^;]*?(?:\b(?:to|at|like|say|about)\s+(${NUMBER})(?![\d:]|\.\d|\s*(?:%|[a-z]))|(?<!\d\s*)(?:,|\s[-–—])\s*(${NUMBER})\s*[.!]*$)`);

/**
 * "speed whole video 1.1", "slow it down 0.5", "make clip 2 slower 0.75": a figure with its decimal point said last after
 * the pace word, unmarked, is the factor (a whole number said last is not: "speed up clip 2", "slow down part 3" name a
 * moment). The verb's side holds it: slower under 1, faster or "speed up" over 1 (up to 4), "speed" alone either.
 */
const FIGURE_LAST = new RegExp(String.raw`\b(slow(?:er|ed|ing)?|speed(?:ing)?(?: (?:it |things |everything )?up)?|faster|quicker)\b[^;,]*?\s(\d*\.\d+)\s*[.!]*$`);

/** "1.5x", "x2", "2×", "1.5倍", "twice as fast", "half speed", "double speed". */
export function parseFactor(text: string): number | undefined {
  // "10% faster", "speed it up by 20%", "20% slower": a share more or less than as recorded.
  const percent = PERCENT_FASTER.exec(text);
  if (percent) return percent[2] === 'slower' ? 1 - Number(percent[1]) / 100 : 1 + Number(percent[1] ?? percent[3]) / 100;
  // "speed the third clip to 200%", "rate stretch it to 50%": the speed as a share of the recorded one (no sound named).
  const ofRecorded = SHARE_OF_RECORDED.exec(text);
  if (ofRecorded && !/\b(volume|music|sound|audio|voice|loud)/.test(text) && Number(ofRecorded[1]) > 0 && Number(ofRecorded[1]) <= 1600) return Number(ofRecorded[1]) / 100;
  // "three quarter speed", "3/4 speed", "half-speed": a share of the speed as recorded, said before the word speed.
  const shareSpeed = /\b(?:(half|a quarter|one quarter|a third|one third|two[- ]thirds|three[- ]quarters?)|(\d+)\s*\/\s*(\d+))[- ]speed\b/.exec(text);
  if (shareSpeed) return shareSpeed[1] ? SHARES[shareSpeed[1].replace('-', ' ').replace(/^three quarter$/, 'three quarters')] : Number(shareSpeed[2]) / Number(shareSpeed[3]);
  const factorOf = Number(/\d+(?:\.\d+)?/.exec(FACTOR_OF.exec(text)?.[0] ?? '')?.[0]);
  if (factorOf > 0 && factorOf <= 16) return factorOf;
  // "2 times slower", "twice slower" (read "2 times"): the speed as recorded divided by it, as "deux fois plus lent" says.
  const slower = TIMES_SLOWER.exec(text);
  if (slower && Number(slower[1]) >= 1 && Number(slower[1]) <= 4) return 1 / Number(slower[1]);
  // Only on the side the pace word names: "1.25 faster" is 1.25, "0.8 slower" 0.8 ("1.5 slower" says neither).
  const decimal = DECIMAL_BEFORE_PACE.exec(text);
  const paced = Number(decimal?.[1]);
  if (decimal && (decimal[2] === 'slower' ? paced > 0 && paced < 1 : paced > 1 && paced <= 4)) return paced;
  // A number inside a word ("KD9XYZ", a call sign or a model name) is no factor: "2x" ends there. "times 3" says it after.
  const times = TIMES.exec(text);
  // "1080x1350" is a size in pixels, no speed: a factor is at most 16.
  if (times && Number(times[1] ?? times[2]) <= 16) return Number(times[1] ?? times[2]);
  // "at 0.75 speed", "1.25 speed": a factor said before the word speed.
  const before = FACTOR_BEFORE_SPEED.exec(text);
  if (before && Number(before[1]) > 0 && Number(before[1]) <= 16) return Number(before[1]);
  // "速度调成1.25", "播放速度0.8", "倍速拉到1.2": a factor said after the word speed.
  const after = FACTOR_AFTER_SPEED_ZH.exec(text);
  if (after && Number(after[1]) > 0 && Number(after[1]) <= 16) return Number(after[1]);
  // "速度改成200%", "playback speed 50%": the speed as a share of the speed as recorded.
  const percentOf = SPEED_PERCENT.exec(text);
  const percentSaid = Number(percentOf?.[1] ?? percentOf?.[2]);
  if (percentOf && percentSaid >= 10 && percentSaid <= 1600) return percentSaid / 100;
  // "speed=1.25", "set the speed to 0.9", "playback speed: 1.1": a bare factor said after the word speed (a length or a
  // share after it is no factor).
  const said = SPEED_SAID.exec(text);
  if (said && Number(said[1]) > 0 && Number(said[1]) <= 16) return Number(said[1]);
  // "speed it up to double", "double it", "at twice its pace": the speed as recorded, times two (or three).
  if (/twice as fast|double speed|\b(?:twice|double) (?:the|its|their) (?:speed|pace)\b|\b(to|at) double\b|\bdouble (it|that|this)\b|\bdoubled\b/.test(text)) return 2;
  if (/triple speed|three times as fast|\b(to|at) triple\b|\btriple (it|that|this)\b|\btripled\b/.test(text)) return 3;
  if (/quarter speed/.test(text)) return 0.25;
  // "slow the second clip down to 0.25", "speed it up to 1.5", "make it slower, like 0.5": a bare factor after the
  // verb, only on the side it names (a length or a share after it is no factor; a full stop after it ends it: "slow it to 0.8.");
  // "speed it up a tad, 1.25": so too a figure said last, after a comma or a dash (not a moment's number listed, "clip 1, 2").
  const bare = FACTOR_BARE.exec(text);
  const factor = Number(bare?.[2] ?? bare?.[3]);
  if (bare && (bare[1].startsWith('slow') ? factor > 0 && factor < 1 : factor > 1 && factor <= 4)) return factor;
  const last = FIGURE_LAST.exec(text);
  const figure = Number(last?.[2]);
  if (last && figure > 0 && figure <= 4 && (last[1].startsWith('slow') ? figure < 1 : last[1] === 'speed' || last[1] === 'speeding' || figure > 1)) return figure;
  // "放慢0.5", "加速到2": a bare factor right after a Chinese speed verb, only on the side it names (no length, no share).
  const bareZh = new RegExp(String.raw`(放慢|慢放|减速|加速|加快|快放)\s*(?:到|成|为|至)?\s*(${NUMBER})(?![\d.:]|\s*(?:%|％|秒|分|个|段|[a-z]))`).exec(text);
  if (bareZh && (/慢|减/.test(bareZh[1]) ? Number(bareZh[2]) > 0 && Number(bareZh[2]) < 1 : Number(bareZh[2]) > 1 && Number(bareZh[2]) <= 4)) return Number(bareZh[2]);
  // "四分之一速度", "三分之二的速度": a share of the speed as recorded.
  const share = new RegExp(String.raw`([一二两三四五六七八九十]|\d+)分之([一二两三四五六七八九十]|\d+)的?\s*(?:速度|倍速|速)`).exec(text);
  if (share) return countOf(share[2]) / countOf(share[1]);
  // "slow clip 1 down to half", 放慢到一半: a speed slowed to half the one recorded.
  if (Words.slowedToHalf.test(text)) return 0.5;
  // 升格: filmed at a higher frame rate, played back slow (a film school's word for slow motion). "halve the speed of clip 2", "reduce the
  // playback speed of moment 2 by half": the speed as recorded, halved (not "speed up … by half", which says how much more).
  if (/half speed|half as fast|\bhalf (?:the|its|their) (?:speed|pace)\b|\bhalve (?:the |its |their )?(?:playback )?speed\b|\b(?:slow|reduce|lower|cut|drop|decrease)\b[^,;]*?\b(?:speed|down)\b[^,;]*?\b(?:by|in) half\b|半速|慢一半|原速的?一半|一半的?速度|速度减半|slow[- ]?motion|slo-?mo|\bslow[- ]mo\b|慢放|慢动作|升格/.test(text)) return 0.5;
  return undefined;
}

const countOf = (token: string) => (/^\d+$/.test(token) ? Number(token) : hanNumber(token));

/** "a 20 second clip" and "the first 3 seconds" name a length, not the second clip or the first one. */
const AFTER_NO_NUMBER = String.raw`(?<![\d.]\s*-?\s*)`;
/** "the lower third", "the top third of the frame": a band of the picture (or the text set in it), no moment's place. */
const NOT_FRAME_PART = String.raw`(?<!\b(?:lower|upper|top|bottom|middle)[\s-])`;

/**
 * Which moment (or text) a clause names: "moment 3", "clip #2", "the 3rd segment", "the second clip", "the last
 * moment", "the opening clip", "第3段", "第三个片段", "second to last", 倒数第二. Returns 1-based numbers; counted from the end, negative (`last` is -1).
 */
export function parseOrdinals(text: string): number[] {
  const found: number[] = [];
  const word = Object.keys(ORDINALS).join('|');
  // ("最后两步都不要": the last steps taken are edits to undo, no moment; "最后那5秒删掉": the clip's last seconds.)
  const pattern = new RegExp(
    String.raw`(penultimate)|(?:倒数\s*第\s*(\d+|[一二两三四五六七八九十]))|\b(${word})[- ](?:to|from)[- ](?:the[- ])?last\b|(?:${MOMENT_NOUN}|title|text|caption|position|place|spot|slot|片段)s?\s*(?:#|\bnumber\s+|\bno\.?\s*)?\s*(\d+)(?!\d|\.\d|\s*(?:s|secs?|seconds?|mins?|minutes?|x)\b|\s*[秒×倍])|${AFTER_NO_NUMBER}(\d+|${word})\s*(?:${MOMENT_NOUN}|title|text|caption)|${AFTER_NO_NUMBER}${NOT_FRAME_PART}\b(${word})\b(?!\s*\d)|第\s*(\d+|[一二两三四五六七八九十]+)|\b(last|final)\b(?!\s*\d)|最后(?!\s*\d|(?:那|这)?(?:一|两|三|几|[1-9])?\s*步|${LAST_SECONDS_ZH})|\b(opening|closing)\s+(?=${MOMENT_NOUN})|(?:开头|开场|最前面?|头|首)(?=(?:那|这)?一?个?(?:段|片段|镜头))|(?:结尾|末尾|末|尾)(?=(?:那|这)?一?个?(?:段|片段|镜头))`,
    'g',
  );
  // 第十一段: a Chinese numeral of more than one character.
  const number = (token: string) => (/^\d+$/.test(token) ? Number(token) : ORDINALS[token] ?? hanNumber(token));
  for (const match of text.matchAll(pattern)) {
    // Counted from the end: "penultimate", "second to last", 倒数第二 → -2 (the last is -1).
    const fromEnd = match[1] !== undefined ? 2 : match[2] ?? match[3];
    if (fromEnd !== undefined) {
      found.push(-(typeof fromEnd === 'number' ? fromEnd : number(fromEnd)));
      continue;
    }
    const token = match[4] ?? match[5] ?? match[6] ?? match[7];
    // "the opening clip", "the closing scene": the first and the last.
    if (match[9] !== undefined) found.push(match[9] === 'opening' ? 1 : -1);
    else if (match[8] !== undefined || /^(最后|结尾|末尾|末|尾)$/.test(match[0])) found.push(-1);
    else if (/^(开头|开场|最前面?|头|首)$/.test(match[0])) found.push(1); // 开头那段, 开场那段, 头一段, 首段: the first
    else if (token !== undefined) found.push(number(token));
  }
  return found;
}
