import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');
const HAN = /[\u3400-\u9fff]/;
/** What reads as words for people (as in test/extension/l10n.test.ts): a capitalised word and another, or three words in a row. */
const SENTENCE = /\b[A-Z][a-z]+ [a-z]+|[a-z]{3,} [a-z]{3,} [a-z]{3,}/;
/** Where the words the engine, the client and the CLI say are written (the extension has its own test: l10n.test.ts). */
const LAYERS = ['src/engine', 'src/client', 'src/cli'];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : []);
}

type Text = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression;

const isText = (node: ts.Node): node is Text =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);

/** The words a literal writes out, without the values put into it (`${…}`). */
const wordsOf = (node: Text): string =>
  ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' … ') : node.text;

/** Any Chinese written out in an expression (a literal, or one inside a template or a call). */
function writesChinese(node: ts.Node): boolean {
  if (isText(node) && HAN.test(wordsOf(node))) return true;
  return ts.forEachChild(node, writesChinese) ?? false;
}

const propertyName = (property: ts.ObjectLiteralElementLike): string | undefined => property.name?.getText();

/**
 * Why an English text has its Chinese beside it: the `en` of an `{ en, zh }` pair; an argument of a call that writes
 * the Chinese as another argument (`say(lang, en, zh)`, `new EditError(en, zh)`); a function whose Chinese is its
 * `…Zh` twin (compileReply, compileReplyZh). Log lines (for whoever reads the log), zod's `.describe()` (for chat
 * models), `same(…)` (a command, the same in both languages) and a RangeError (a guard on the caller) are not said to users.
 */
function pairedOrNotSaid(text: Text, functions: Set<string>): boolean {
  for (let node: ts.Node = text; node.parent; node = node.parent) {
    const parent = node.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === node && propertyName(parent) === 'en' &&
      ts.isObjectLiteralExpression(parent.parent) && parent.parent.properties.some((p) => propertyName(p) === 'zh')) return true;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.some((a) => a === node)) {
      const callee = parent.expression.getText();
      if (parent.arguments.some((a) => a !== node && writesChinese(a))) return true;
      if (/^(console\.\w+|(\w+\.)*log\.\w+|same|RangeError)$/.test(callee) || callee.endsWith('.describe')) return true;
    }
    if (ts.isFunctionDeclaration(parent) && parent.name && functions.has(`${parent.name.text}Zh`)) return true;
  }
  return false;
}

interface Found {
  where: string;
  words: string;
}

/** Every English sentence written in the layers with no Chinese beside it, and every `{ en, zh }` pair and `say(…)` call. */
function scan(): { unpaired: Found[]; pairs: { where: string; en: ts.Expression; zh: ts.Expression }[]; engineErrors: number } {
  const unpaired: Found[] = [];
  const pairs: { where: string; en: ts.Expression; zh: ts.Expression }[] = [];
  let engineErrors = 0;
  for (const file of LAYERS.flatMap(sourceFiles)) {
    const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const functions = new Set<string>();
    const collect = (node: ts.Node): void => {
      if (ts.isFunctionDeclaration(node) && node.name) functions.add(node.name.text);
      ts.forEachChild(node, collect);
    };
    collect(source);
    const visit = (node: ts.Node): void => {
      if (isText(node) && SENTENCE.test(wordsOf(node)) && !HAN.test(wordsOf(node)) && !pairedOrNotSaid(node, functions)) {
        unpaired.push({ where: where(node), words: wordsOf(node).slice(0, 120) });
      }
      if (ts.isObjectLiteralExpression(node)) {
        const value = (name: string) => node.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p) === name)?.initializer;
        const en = value('en');
        const zh = value('zh');
        if (en && zh) pairs.push({ where: where(node), en, zh });
      }
      if (ts.isCallExpression(node) && node.expression.getText() === 'say' && node.arguments.length === 3) {
        pairs.push({ where: where(node), en: node.arguments[1], zh: node.arguments[2] });
      }
      if (ts.isNewExpression(node) && node.expression.getText() === 'EngineError') engineErrors++;
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { unpaired, pairs, engineErrors };
}

/** The words an expression writes out, values left out. */
function writtenWords(node: ts.Expression): string {
  const words: string[] = [];
  const visit = (child: ts.Node): void => {
    if (isText(child)) words.push(wordsOf(child));
    ts.forEachChild(child, visit);
  };
  visit(node);
  return words.join(' ');
}

describe('Chinese all the way: every message the engine, the client and the CLI say has its Chinese (issue 13)', () => {
  const { unpaired, pairs, engineErrors } = scan();

  it('finds the messages it checks (the parser still sees the calls)', () => {
    assert.ok(engineErrors >= 40, `only ${engineErrors} EngineErrors found`);
    assert.ok(pairs.length >= 250, `only ${pairs.length} pairs found`);
  });

  it('no English sentence is written without its Chinese beside it ({ en, zh }, say(lang, en, zh), a …Zh twin)', () => {
    assert.deepEqual(unpaired.map((found) => `${found.where}: ${found.words}`), []);
  });

  it('every pair: the Chinese is Chinese, the English has none, and a sentence is not left the same in both', () => {
    const wrong = pairs.flatMap(({ where, en, zh }) => {
      const [english, chinese] = [writtenWords(en), writtenWords(zh)];
      if (HAN.test(english)) return [`${where}: Chinese in the English: ${english}`];
      if (SENTENCE.test(english) && !HAN.test(chinese)) return [`${where}: no Chinese for: ${english}`];
      return [];
    });
    assert.deepEqual(wrong, []);
  });
});
