import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import rawManifest from '../../package.json';
import { PANEL_WORDS } from '../../src/extension/panel/panelStrings';
import { english, textIn } from '../../src/extension/text';
import { PanelStrings } from '../../src/webview/strings';
import { l10nBundle, localizedManifest, readJson, translatorOf } from '../helpers/l10n';

const ROOT = path.resolve(__dirname, '../../..');
const HAN = /[\u3400-\u9fff]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : []);
}

/**
 * Every message src/extension translates, found the way @vscode/l10n-dev finds them: the first argument of each call to
 * vscode.l10n.t, and of the translators that stand for it (`t(…)`, `display(…)`, `reporter.t(…)`). A message that is not
 * written out (a variable, a template with values) cannot be translated, so it is reported as such.
 */
function translatedMessages(): { messages: Map<string, string>; unwritten: string[] } {
  const messages = new Map<string, string>();
  const unwritten: string[] = [];
  for (const file of sourceFiles('src/extension')) {
    const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isTranslator(node.expression) && node.arguments.length > 0) {
        const first = node.arguments[0];
        const where = `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) messages.set(first.text, where);
        else if (!forwardsItsParameter(node, first)) unwritten.push(`${where}: ${first.getText(source)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { messages, unwritten };
}

/** `(message, ...args) => vscode.l10n.t(message, ...args)`: a translator handing on what it was given, not a message. */
function forwardsItsParameter(call: ts.CallExpression, argument: ts.Expression): boolean {
  const enclosing = call.parent;
  return ts.isIdentifier(argument) && ts.isArrowFunction(enclosing) && enclosing.body === call &&
    enclosing.parameters[0]?.name.getText() === argument.text;
}

/** `log.warn(…)`, `this.connection.log.info(…)`: the log is for whoever reads it, in English. */
function isLogCall(callee: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(callee) && ['trace', 'debug', 'info', 'warn', 'error'].includes(callee.name.text) &&
    /\blog$/.test(callee.expression.getText());
}

/** What reads as words for people: a capitalised word and another, or three words in a row. */
const SENTENCE = /\b[A-Z][a-z]+ [a-z]+|[a-z]{3,} [a-z]{3,} [a-z]{3,}/;

function isTranslator(callee: ts.Expression): boolean {
  if (ts.isIdentifier(callee)) return callee.text === 't' || callee.text === 'display';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
}

type Manifest = typeof rawManifest;

function nlsKeysUsed(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const key = /^%([\w.-]+)%$/.exec(value)?.[1];
    if (key) found.add(key);
  } else if (Array.isArray(value)) value.forEach((v) => nlsKeysUsed(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => nlsKeysUsed(v, found));
  return found;
}

describe('Chinese all the way: every user-visible string has a zh-cn entry (issue 13)', () => {
  const bundle = l10nBundle('zh-cn');

  it('package.json: every %key% has its English in package.nls.json and its Chinese in package.nls.zh-cn.json, and no key is left over', () => {
    const used = nlsKeysUsed(rawManifest);
    const en = readJson<Record<string, string>>('package.nls.json');
    const zh = readJson<Record<string, string>>('package.nls.zh-cn.json');
    assert.ok(used.size >= 40, `only ${used.size} keys`);
    assert.deepEqual([...used].filter((key) => !(key in en)), [], 'missing from package.nls.json');
    assert.deepEqual([...used].filter((key) => !(key in zh)), [], 'missing from package.nls.zh-cn.json');
    assert.deepEqual(Object.keys(en).filter((key) => !used.has(key)), [], 'unused keys in package.nls.json');
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort(), 'package.nls.zh-cn.json has exactly the keys of package.nls.json');
  });

  it('package.json: what a user reads in the contributions is no plain English string (a %key% instead)', () => {
    const manifest = rawManifest as Manifest;
    const contributes = manifest.contributes;
    const shown = [
      manifest.description, contributes.configuration.title,
      ...Object.values(contributes.configuration.properties).flatMap((p) => [p.description, ...((p as { enumDescriptions?: string[] }).enumDescriptions ?? [])]),
      ...contributes.commands.flatMap((c) => [c.title, c.category]),
      ...contributes.chatParticipants.flatMap((p) => [p.fullName, p.description, p.sampleRequest, ...p.commands.map((c) => c.description)]),
      ...contributes.walkthroughs.flatMap((w) => [w.title, w.description, ...w.steps.flatMap((s) => [s.title, s.description, s.media.altText])]),
    ];
    assert.deepEqual(shown.filter((value) => !/^%[\w.-]+%$/.test(value)), []);
  });

  it('package.json in Chinese: every key reads Chinese (brand names aside), and the walkthrough keeps its buttons', () => {
    const zh = localizedManifest(rawManifest, 'zh-cn');
    const en = localizedManifest(rawManifest, 'en');
    const nls = readJson<Record<string, string>>('package.nls.zh-cn.json');
    const brands = new Set(['Demo Clip', 'Demo Clip Maker']);
    assert.deepEqual(Object.entries(nls).filter(([, value]) => !brands.has(value) && !HAN.test(value)).map(([key]) => key), []);
    zh.contributes.walkthroughs[0].steps.forEach((step, i) => {
      const commands = (text: string) => [...text.matchAll(/\(command:([^?)]+)/g)].map((m) => m[1]);
      assert.deepEqual(commands(step.description), commands(en.contributes.walkthroughs[0].steps[i].description), step.id);
    });
    assert.match(zh.contributes.chatParticipants[0].sampleRequest, HAN);
  });

  it('src/extension: every message of vscode.l10n.t and its stand-ins is written out and has a zh-cn entry in l10n/bundle.l10n.zh-cn.json', () => {
    const { messages, unwritten } = translatedMessages();
    assert.ok(messages.size >= 60, `only ${messages.size} messages found: is the parser still finding the calls?`);
    assert.deepEqual(unwritten, [], 'messages that are not written out cannot be translated');
    assert.deepEqual([...messages].filter(([message]) => !bundle.has(message)).map(([message, where]) => `${where}: ${message}`), []);
  });

  it('src/extension: no sentence outside a translator (the log and the chat model\'s instructions aside, and the English table of the panel)', () => {
    const exempt = new Set(['src/extension/panel/panelStrings.ts', 'src/extension/chat/lmEdit.ts']);
    const found: string[] = [];
    for (const file of sourceFiles('src/extension').filter((f) => !exempt.has(f))) {
      const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && (isTranslator(node.expression) || isLogCall(node.expression))) return node.arguments.slice(1).forEach(visit);
        if ((ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) && SENTENCE.test(node.text) && !ts.isImportDeclaration(node.parent)) {
          found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.text.slice(0, 80)}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(found.filter((line) => !/<title>Demo Clip<\/title>/.test(line)), []);
  });

  it('l10n/bundle.l10n.zh-cn.json: Chinese for every message, with the same {0} placeholders, and no message nobody asks for', () => {
    const { messages } = translatedMessages();
    const asked = new Set([...messages.keys(), ...Object.values(PANEL_WORDS)]);
    const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    for (const [message, translation] of bundle) {
      assert.ok(asked.has(message), `"${message}" is translated but never asked for`);
      // Only a message of brand names and values alone ("Demo Clip: {0}", "{0} of {1}") may stay without Chinese.
      const words = message.replace(/Demo Clip( Maker)?|NemoVideo|\{\d+\}/g, '');
      if (/[A-Za-z]{3,}/.test(words)) assert.match(translation, HAN, `"${message}" → "${translation}" is not Chinese`);
      assert.deepEqual(placeholders(translation), placeholders(message), `"${message}" → "${translation}"`);
    }
  });

  it('the webview: every word the host sends has an English and a zh-cn entry', () => {
    assert.deepEqual(Object.keys(PANEL_WORDS).sort(), Object.keys(PanelStrings.shape).sort());
    assert.deepEqual(Object.values(PANEL_WORDS).filter((english) => !bundle.has(english)), []);
  });

  it('src/webview: no words of its own (a capitalised phrase in a string is a sentence someone forgot to send from the host)', () => {
    const found: string[] = [];
    for (const file of sourceFiles('src/webview')) {
      const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if ((ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) && SENTENCE.test(node.text)) found.push(`${file}: ${node.text}`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(found, []);
  });

  it('the composed words (text.ts) in Chinese with the bundle loaded, as vscode.l10n.t gives them: no English left', () => {
    const zh = textIn(translatorOf(bundle));
    assert.equal(zh.renderProgress('running', 40, 72_400, 25_200), '正在渲染… 40% · 已用 1:12 · 26 秒后再次检查');
    assert.equal(zh.sessionExpired('local', ['a.mp4']), 'Demo Clip：本地引擎会话已过期，它的时间线和上传的文件都没有了（a.mp4）。已开始一个新的空会话。请重新上传素材继续。');
    const sentences = Object.values(zh).flatMap((value) => typeof value === 'string' ? [value] : []);
    for (const sentence of sentences) assert.doesNotMatch(sentence.replace(/Demo Clip|@democlip|NemoVideo|MP4|1080p|demo-clips\/|#file|\/upload/g, ''), /[A-Za-z]{3,}/, sentence);
    assert.notEqual(zh.help, textIn(english).help);
  });
});
