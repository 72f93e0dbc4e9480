import { DICTATED_MARKS, EMOJI_SAID, ENDING_AFTER_EMOJI_ZH, FULL_WIDTH, FULL_WIDTH_OFFSET, HAN, quotePattern, RESTARTED, TYPED_FOR } from '../../protocol';

/** An emoji of EMOJI_SAID, with the variation selector a keyboard may add ("✂️"). */
const EMOJI = new RegExp(`\\s*(${Object.keys(EMOJI_SAID).join('|')})\\uFE0F?\\s*`, 'gu');

/**
 * A message typed in a hurry or dictated, read through before it is split: full-width figures and letters as typed in
 * half width ("导出１０８０ｐ"), punctuation said aloud as its mark ("… comma add music period", 引号…引号结束), an emoji
 * typed for a word as that word ("add some 🎵"), what is typed short for a word as that word (TYPED_FOR), and a
 * request's opening said again once (RESTARTED).
 */
export function throughNoise(message: string): string {
  const narrowed = message.replace(FULL_WIDTH, (wide) => String.fromCharCode(wide.charCodeAt(0) - FULL_WIDTH_OFFSET));
  const marked = DICTATED_MARKS.reduce((left, [pattern, mark]) => left.replace(pattern, (said, ...rest: unknown[]) => {
    // A mark's name typed inside quotes ("'Simple Pendulum: Period and Length'") is a word of the text, not a mark said
    // aloud; the quote said aloud ("quote welcome comma everyone unquote") is dictated whole, marks and all.
    const at = rest[rest.length - 2] as number;
    return typedQuoteAround(left, at) ? said : mark.replace(/\$(\d)/g, (_, group: string) => String(rest[Number(group) - 1] ?? ''));
  }), narrowed);
  // What is quoted (a title's "Bloom & Co.", "Live @ Mao 🎵") is as the user typed it.
  let read = '';
  let from = 0;
  for (const quote of marked.matchAll(quotePattern())) {
    read += unquotedRead(marked.slice(from, quote.index), marked) + quote[0];
    from = quote.index + quote[0].length;
  }
  return read + unquotedRead(marked.slice(from), marked);
}

/** A stretch of the message outside quotes read through its noise (the whole message tells an emoji beside its word). */
function unquotedRead(piece: string, whole: string): string {
  return [...TYPED_FOR, ...RESTARTED].reduce((left, [pattern, mark]) => left.replace(pattern, mark), piece)
    .replace(EMOJI, (said, emoji: string, at: number, text: string) => {
      const [english, chinese] = EMOJI_SAID[emoji];
      if (new RegExp(`\\b${english}\\b|${chinese}`, 'i').test(whole)) return said;
      const beside = `${text.slice(0, at).trimEnd().slice(-1)}${text.slice(at + said.length).trimStart().slice(0, 1)}`;
      if (!HAN.test(beside)) return ` ${english} `;
      return ENDING_AFTER_EMOJI_ZH.test(text.slice(at + said.length)) ? chinese.replace(/掉$/u, '') : chinese;
    });
}

/** Whether a place in the message lies inside words quoted as typed. */
const typedQuoteAround = (message: string, at: number) =>
  [...message.matchAll(quotePattern())].some((quote) => quote.index < at && at < quote.index + quote[0].length);
