import { TEXT_NOUN_SLIPS_ZH, Words } from '../../protocol';
import { maskQuotes, readable } from './clauseWords';
import { namesText } from './splitClauses';

/** The words of a text said after a colon without quotes, up to the next stop: their spaces are the text's own. */
const AFTER_COLON = /([:：](?!\s*\u0000)[^，,。！!？?；;\n]*)/u;

/** A space typed between two Chinese words. */
const HAN_SPACE = /(?<=\p{Script=Han})[ \t]+(?=\p{Script=Han})/gu;
/** A space between Chinese words, or between a figure and the Chinese word beside it ("从 3 秒 到 9 秒"). */
const SPACE_BY_HAN = /(?<=\p{Script=Han})[ \t]+(?=[\p{Script=Han}\d])|(?<=\d)[ \t]+(?=\p{Script=Han})/gu;

/**
 * "第二段 太 长了，剪掉 三秒 吧", "剪 成 一 分 半 钟": Chinese typed a word at a time (as many learning it, or writing
 * it beside their own language, do) is read as it is written, without those spaces. The spacing is told by its
 * words: two spaces or more between Chinese words, every word short, and one of a single character standing alone
 * (的, 也, 吧, 到). Chat typing that parts clauses by a space ("第三段不要啦 那个是我录错的") and a text's words said without
 * quotes ("加个字幕 注意安全 放在最上面") have longer words, and keep their spaces; so do quoted words, a text's words
 * after a colon, and a message adding or writing a text whose words are neither. In a message spaced so, a figure is read beside the Chinese word it is spaced from too.
 */
export function wordsSpacedJoined(message: string): string {
  const { masked, unmask } = maskQuotes(message);
  const pieces = masked.split(AFTER_COLON);
  const said = pieces.filter((_, i) => i % 2 === 0).join('\n');
  // ("加个标题 写 新品上市 放最后": a text's words neither quoted nor after a colon end where its spaces say; "片头 und
  // 片尾 的 卡片，都 删掉" gives none.)
  if (pieces.length === 1 && masked === message && namesText(message) && [Words.textAdd, Words.writeWords].some((words) => words.test(readable(message)))) return message;
  const words = said.match(/\p{Script=Han}+/gu) ?? [];
  const spaced = (said.match(HAN_SPACE) ?? []).length >= 2 && words.every((word) => [...word].length <= 4)
    && words.some((word) => word.length === 1 && new RegExp(String.raw`(?:^|\s)${word}(?:\s|$)`, 'u').test(said));
  return spaced ? unmask(pieces.map((piece, i) => (i % 2 === 0 ? piece.replace(SPACE_BY_HAN, '') : piece)).join('')) : message;
}

/**
 * "加个标提 于都夕阳红合唱团 放在中间", "字母改成 爆款文胸 四件包邮": a text's noun typed by its sound (TEXT_NOUN_SLIPS_ZH)
 * mended in the whole message, outside its quotes, so the words after it are found as a text's words are.
 */
export function textNounsMended(message: string): string {
  const { masked, unmask } = maskQuotes(message);
  return unmask(TEXT_NOUN_SLIPS_ZH.reduce((left, [pattern, noun]) => left.replace(pattern, noun), masked));
}
