import { Words } from '../../protocol';

/**
 * One lower-cased clause, quotes already taken out, as the grammar reads it: curly apostrophes straight, contractions
 * typed without their apostrophe spelled with it ("dont" → "don't", "whats" → "what's"), interjections around it gone
 * ("oops, undo that" → "undo that"; "好的" or "could you please" → ""), and what the user says they do not want dropped ("black bars
 * instead of the blur" → "black bars").
 */
export function normalizeWording(text: string): string {
  const wording = text
    .replace(/[’‘`]/g, "'")
    .replace(/\b(do|does|did|ca|wo|is|are|was|were|should|would|could|have|has|had)nt\b/g, "$1n't")
    .replace(/\b(what|that)s\b/g, "$1's")
    .replace(/\bim\b/g, "i'm")
    .replace(Words.filler, '')
    .replace(Words.notThis, '')
    .trim();
  return Words.courtesy.test(wording) ? '' : wording;
}
