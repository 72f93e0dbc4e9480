import * as assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliLanguage } from '../../src/cli/language';
import { cliWalkthrough as walkthrough } from '../helpers/footage';
import { ffprobe } from '../helpers/ffprobe';
import { runCli, stopStoreEngine, type CliRun } from '../helpers/runCli';

const HAN = /[\u3400-\u9fff]/;
const ENGLISH_PHRASE = /[A-Za-z]{3,}[ ,]+[A-Za-z]{3,}/;

/** Every line a user sees (stdout and stderr, progress lines rewritten in place included), without terminal codes. */
function linesOf(run: CliRun): string[] {
  return `${run.stdout}\n${run.stderr}`.split(/[\r\n]+/).map((line) => line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').trim()).filter(Boolean);
}

/** A line is Chinese: it has Chinese in it and no run of English words (file names and 720p are fine). */
function englishLines(lines: string[]): string[] {
  return lines.filter((line) => !HAN.test(line) || ENGLISH_PHRASE.test(line));
}

/** A shell that says nothing of Chinese: only the prompts or --lang can. */
const ENGLISH_SHELL = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
/** A shell set up for Chinese, as on a Mainland Chinese desktop. */
const CHINESE_SHELL = { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

/** The prose of the help: its command lines and the JSON shape are the same in both languages. */
const proseOf = (help: string[]) => help.filter((line) => !line.startsWith('democlip ') && !line.startsWith('{'));

describe('democlip CLI in Chinese (issue 13: a Chinese session gets only Chinese replies)', function () {
  this.timeout(300_000); // a whole make (analysis, render) on a shared machine
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'democlip-cli-zh-'));
  });
  after(async () => {
    await stopStoreEngine(join(work, 'store'));
    await rm(work, { recursive: true, force: true });
  });

  it('the language of a run: --lang, else the prompts, else LC_ALL / LC_MESSAGES / LANG', () => {
    assert.equal(cliLanguage({ flag: 'zh', prompts: ['make it 9:16'], env: {} }), 'zh');
    assert.equal(cliLanguage({ prompts: ['剪辑精彩片段成60秒'], env: ENGLISH_SHELL }), 'zh');
    assert.equal(cliLanguage({ prompts: ['make it 9:16'], env: { LANG: 'zh_CN.UTF-8' } }), 'en', 'an English prompt is answered in English');
    assert.equal(cliLanguage({ prompts: [], env: { LANG: 'zh_CN.UTF-8' } }), 'zh');
    assert.equal(cliLanguage({ prompts: [], env: { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' } }), 'zh');
    assert.equal(cliLanguage({ prompts: [], env: ENGLISH_SHELL }), 'en');
  });

  it('make with Chinese prompts in an English shell: every line it prints is Chinese, and the clip is made', async () => {
    const source = await walkthrough();
    const out = join(work, 'clip.mp4');
    const run = await runCli(['make', source.path, '--prompt', '剪辑精彩片段成10秒', '--prompt', '加标题“发布” 0-3秒', '--prompt', '导出 720p',
      '-o', out, '--store', join(work, 'store')], ENGLISH_SHELL);
    assert.equal(run.code, 0, run.stderr);
    const lines = linesOf(run);
    assert.ok(lines.length >= 8, lines.join('\n'));
    assert.deepEqual(englishLines(lines), [], `English lines among:\n${lines.join('\n')}`);
    assert.ok(lines.some((line) => line.startsWith('已保存') && line.includes('clip.mp4')), lines.join('\n'));
    const probe = await ffprobe(out);
    assert.equal(probe.video?.height, 720);
    assert.ok(Math.abs(probe.durationSec - 10) <= 1, `duration ${probe.durationSec}`);
  });

  it('plan with no prompt in a zh_CN shell: the main job is said in Chinese', async () => {
    const source = await walkthrough();
    const run = await runCli(['plan', source.path, '--store', join(work, 'store')], { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' });
    assert.equal(run.code, 0, run.stderr);
    const lines = linesOf({ ...run, stdout: '' }); // stdout is the draft's JSON
    assert.ok(lines.some((line) => /没有给出 --prompt.*素材共 24 秒/.test(line)), lines.join('\n'));
    assert.deepEqual(englishLines(lines), [], `English lines among:\n${lines.join('\n')}`);
  });

  it('an error is said in Chinese too (--lang zh)', async () => {
    const run = await runCli(['make', join(work, 'missing.mp4'), '--lang', 'zh', '-o', join(work, 'x.mp4'), '--store', join(work, 'store')], ENGLISH_SHELL);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^错误: 无法读取 .*missing\.mp4：没有这个文件。/);
  });

  it('--help in a zh_CN shell is Chinese (the command lines aside); in a C shell English', async () => {
    const zh = await runCli(['--help'], CHINESE_SHELL);
    assert.equal(zh.code, 0, zh.stderr);
    const lines = linesOf(zh);
    assert.equal(lines[0], 'democlip — 把原始素材剪成演示短片（本地引擎，离线）');
    assert.ok(lines.includes('用法：'), lines.join('\n'));
    assert.ok(lines.filter((line) => line.startsWith('democlip ')).length >= 4, 'the four command lines');
    assert.deepEqual(englishLines(proseOf(lines)), [], `English lines among:\n${lines.join('\n')}`);
    const en = await runCli(['--help'], ENGLISH_SHELL);
    assert.equal(en.code, 0, en.stderr);
    assert.ok(en.stdout.startsWith('democlip — make demo clips from raw footage'), en.stdout);
    assert.doesNotMatch(en.stdout, HAN);
  });

  it('in a zh_CN shell, a mistyped command line is said in Chinese, with the Chinese usage', async () => {
    const unknown = await runCli(['frobnicate'], CHINESE_SHELL);
    assert.equal(unknown.code, 2);
    assert.ok(unknown.stderr.startsWith('没有“frobnicate”这个命令。请运行 democlip --help 查看用法。\n\ndemoclip — 把原始素材剪成演示短片'), unknown.stderr);
    const port = await runCli(['serve', '--port', 'abc', '--store', join(work, 'store')], CHINESE_SHELL);
    assert.equal(port.code, 2);
    assert.ok(port.stderr.startsWith('--port 必须是不小于 0 的数。\n'), port.stderr);
    assert.deepEqual(englishLines(proseOf(linesOf(port))), []);
  });

  it("in a zh_CN shell, the engine's refusal of a file is said in Chinese, end to end", async () => {
    const notMedia = join(work, 'notes.mp4');
    await writeFile(notMedia, 'this is text, not a video\n'.repeat(100));
    const run = await runCli(['make', notMedia, '-o', join(work, 'x.mp4'), '--store', join(work, 'store')], CHINESE_SHELL);
    assert.equal(run.code, 1, run.stderr);
    const lines = linesOf(run);
    assert.ok(lines.some((line) => line.startsWith('错误: “notes.mp4”无法作为视频、图片或音频读取')), lines.join('\n'));
    assert.deepEqual(englishLines(lines), [], `English lines among:\n${lines.join('\n')}`);
  });
});
