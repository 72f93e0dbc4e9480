import type { EditOp } from '../src/protocol';
import { type Corpus, read } from './phrasings/sets';
import { lookedAt, tally, understoodAlone } from './phrasings/variants';

/**
 * The grammar against the everyday words people wrap a request in: every phrasing of the looked-at sets it understands,
 * wrapped in a greeting, a please, a thanks, a "can you …?", an emoji, a sentence particle (吧, 哈, ～), is read again;
 * per language and wrapper, how many are still understood and how many become a wrong edit, then a few failures.
 * Blind writers wrap their requests this way ("can you undo?", "剪成15秒吧"): a grammar that reads the core should
 * read it wrapped, and a wrapper it cannot read must leave the draft alone.
 *
 * Asides count as wrappers too: a reason, who it is for, a complaint about the whole, an "if possible" ("X, my boss
 * asked for it", "因为领导不喜欢，X", "X（给新同事看的）"), before or after; none names a part of the draft, a figure, a
 * time or an edit, so the request's edit stays the expected one.
 *
 * Only natural wrappers that keep the meaning, and a phrasing is skipped where a wrapper would change its meaning or
 * its words: a must-change-nothing phrasing; for a wrapper after it, one that carries the user's own words (quotes,
 * a text, a file name), which it would run into, or, for 一下, does not end in a verb
 * (删掉一下, 导出一下; not 百分之二十一下, 21 %, nor 太吵了一下); for a wrapper that asks
 * (can you, 帮我, 能不能), one that is already a question or opens with words that ask for nothing themselves ("can you
 * I'm done, export it", "帮我好了，导出"); one already wrapped in the same words. A prefix lower-cases a
 * sentence-initial capital ("Make it vertical" → "hey, make it vertical").
 */
const WRAPPERS = {
  en: ['hey, X', 'X please', 'can you X?', 'could you X', 'X, thanks!', 'ok X', 'X 🙏', 'X 👍', 'X :)', 'so X', 'X lol',
    'X asap', 'pls X',
    'X, my boss asked for it', 'X, it\'s for a client pitch', 'X, the current one looks amateur', 'X because the team complained',
    'X (this is for the onboarding page)', 'X, if that\'s possible', 'X, thanks in advance, you\'re a lifesaver',
    'the client is picky, X'],
  zh: ['麻烦X', 'X，谢谢', '你好，X', 'X吧', '帮我X', 'X哈', '那个，X', 'X～', '能不能X？', '可以X吗', 'X，辛苦了', '好的，X',
    'X呀', 'X一下',
    'X。老板要的', 'X，客户要看', 'X，现在这个太丑了', 'X（给新同事看的）', 'X，如果可以的话', 'X，领导催得急', '因为领导不喜欢，X',
    '客户说不太行，X'],
};
const FAILURES_SHOWN = 3;
const WIDTH = Math.max(...Object.values(WRAPPERS).flat().map((template) => template.length));

const ASKS = /^(can|could) you|^能不能|^可以/;
const REQUESTS = /^(can|could) you|^pls|^能不能|^可以|^帮我|^麻烦/;
/** The words before a request's first comma or stop, and an English opening that is no verb ("30 seconds", "the music …"). */
const FIRST_CLAUSE = /^[^,，.。!！;；:：]+/;
const NO_VERB_FIRST = /^(\d|(a|an|the|my|this|no|i|i'm|it|it's)\b)/i;
const QUESTION = /[?？吗呢]\s*$|^(can|could|would|will|what|how|why|is|are|do|does)\b/i;
/** 一下 follows a verb. */
const ENDS_IN_VERB = /(剪|删|删掉|去掉|拿掉|调|改|处理|导出|加速|放慢|放大|缩小|静音|撤销|撤回|保存|渲染|换|裁|切|压缩|缩短|恢复|重做|关掉|去除|移除|调整|修改|剪辑)$/;
const QUOTES = /['"“”‘’「」『』]/;
/** The operations' fields that carry the user's own words. */
const usersWords = (want: EditOp[]) => want.flatMap((op) =>
  ['text' in op && op.text ? [op.text] : [], 'files' in op ? op.files : [], 'track' in op && op.track.includes('.') ? [op.track] : []].flat());

/** The phrasing wrapped, or undefined where this wrapper would change its meaning or its words. */
function wrap(template: string, say: string, want: EditOp[]): string | undefined {
  const [before, after] = template.split('X');
  const words = usersWords(want);
  if (after.trim() !== '' && !/^[?？]$/.test(after) && (QUOTES.test(say) || words.length > 0)) return undefined;
  if (ASKS.test(template) && QUESTION.test(say)) return undefined;
  if (REQUESTS.test(template) && (NO_VERB_FIRST.test(say) || (({ ops, asked }) => ops.length + asked.length === 0)(read(FIRST_CLAUSE.exec(say)?.[0] ?? say)))) return undefined;
  const core = after === '' ? say : say.replace(/[.!?。！？~～]+$/u, '');
  if (after === '一下' && !ENDS_IN_VERB.test(core)) return undefined;
  const lower = core.toLowerCase();
  if ((before.trim() !== '' && lower.startsWith(before.trim().toLowerCase())) || (after.trim() !== '' && lower.endsWith(after.trim().toLowerCase()))) return undefined;
  if (before !== '' && words.some((w) => core.startsWith(w))) return undefined;
  const head = before !== '' && /^[A-Z][a-z]/.test(core) ? core.charAt(0).toLowerCase() + core.slice(1) : core;
  return `${before}${head}${after}`;
}

function measure(language: 'en' | 'zh', corpus: Corpus): void {
  const base = corpus.filter(([say, want]) => understoodAlone(say, want));
  console.log(`${language}: ${base.length} phrasings understood unwrapped`);
  for (const template of WRAPPERS[language]) {
    const variants = base.flatMap(([say, want]): [string, EditOp[]][] => {
      const wrapped = wrap(template, say, want);
      return wrapped === undefined ? [] : [[wrapped, want]];
    });
    tally(`${language} ${template.padEnd(WIDTH)}`, '', variants, FAILURES_SHOWN);
  }
}

measure('en', lookedAt.flatMap(([, english]) => english));
measure('zh', lookedAt.flatMap(([, , chinese]) => chinese));
