import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdit, EditError, type DraftEditOp } from '../../../src/engine/agent/applyEdit';
import { describeDraft } from '../../../src/engine/agent/describe';
import { describeEdit, describeTracks } from '../../../src/engine/agent/describeEdit';
import { closestCapabilities, notUnderstood } from '../../../src/engine/agent/language';
import { replyLanguage } from '../../../src/protocol';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import { CAPABILITIES } from '../../../src/protocol';
import { en } from '../../../bench/phrasings/en';
import { zh } from '../../../bench/phrasings/zh';
import { mediaContext, threeMoments } from './builders';

/** English left in a Chinese reply: words of 3+ letters, except file names and names that stay as they are. */
const englishIn = (text: string) =>
  (text.replace(/[\w.-]+\.(mp4|mov|webm|mkv|avi|mp3|wav|m4a|aac)\b/gi, '').match(/[a-z]{3,}/gi) ?? []).filter((w) => !/^(lo|fi|bgm)$/i.test(w));

describe('reply language', () => {
  it('follows the message, else the session', () => {
    assert.equal(replyLanguage('把精彩片段剪成30秒', 'en'), 'zh');
    assert.equal(replyLanguage('make it vertical', 'zh'), 'en');
    assert.equal(replyLanguage('0:45', 'zh'), 'zh');
    assert.equal(replyLanguage('[{"op":"undo"}]', 'zh-cn'), 'zh');
    assert.equal(replyLanguage('1:30', 'en'), 'en');
    assert.equal(replyLanguage('9:16', undefined), 'en');
  });

  it('says every edit of the Chinese corpus in Chinese only, with the same facts as in English', () => {
    const base = threeMoments().withText('Hi', 0, 2000).build();
    const withMusic = threeMoments().withMusic().withText('Hi', 0, 2000).build();
    let checked = 0;
    for (const [phrase] of [...zh, ...en]) {
      for (const op of parseInstruction(phrase, { moments: 3, texts: 1 }).ops) {
        if (['compile_best_moments', 'remove_dead_air', 'speed_up_idle', 'undo', 'redo', 'start_over', 'show_tracks', 'export'].includes(op.op)) continue;
        const draft = /music|ducking/.test(op.op) || (op.op === 'fade' && op.target === 'music') ? withMusic : base;
        let after;
        try {
          after = applyEdit(draft, op as DraftEditOp, mediaContext);
        } catch (error) {
          assert.ok(error instanceof EditError);
          assert.deepEqual(englishIn(error.zh.replace(/lofi|upbeat|ambient|corporate/g, '')), [], error.zh);
          continue;
        }
        const reply = describeEdit(op, draft, after, 'zh');
        const quotedText = op.op === 'add_text' || op.op === 'edit_text' ? (op.text ?? '') + ' Hi' : '';
        assert.ok(reply.length > 0, op.op);
        assert.deepEqual(englishIn(reply).filter((w) => !quotedText.includes(w)), [], `${op.op}: ${reply}`);
        // The numbers of the English reply are all in the Chinese one.
        const numbers = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).sort().join(',');
        assert.equal(numbers(reply), numbers(describeEdit(op, draft, after, 'en')), `${op.op}: ${reply}`);
        checked++;
      }
    }
    assert.ok(checked > 100, `${checked} edits described`);
    assert.deepEqual(englishIn(describeTracks(withMusic, 'zh')).filter((w) => w !== 'Hi'), []);
    assert.deepEqual(englishIn(describeDraft(withMusic, 'zh')), []);
  });

  it('tells only the ends that fade, in both languages', () => {
    const draft = threeMoments().withMusic().build();
    const told = (op: DraftEditOp, lang: 'en' | 'zh') => describeEdit(op, draft, applyEdit(draft, op, mediaContext), lang);
    const fadeIn: DraftEditOp = { op: 'fade', target: 'music', in_ms: 2000 };
    assert.equal(told(fadeIn, 'en'), 'The music fades in over 2 s.');
    assert.equal(told(fadeIn, 'zh'), '音乐淡入 2 秒。');
    const both: DraftEditOp = { op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1500 };
    assert.equal(told(both, 'en'), 'The clip fades in over 1 s and out over 1.5 s.');
    assert.equal(told(both, 'zh'), '视频淡入 1 秒，淡出 1.5 秒。');
    const none: DraftEditOp = { op: 'fade', target: 'clip', in_ms: 0, out_ms: 0 };
    assert.equal(told(none, 'en'), 'The clip no longer fades.');
  });

  it('names what it did not understand and the two closest things it can do, in the reply language', () => {
    const reply = notUnderstood(['add a spinning logo'], 'en');
    assert.match(reply, /^I didn't understand "add a spinning logo"\. The closest things I can do: "[^"]+" or "[^"]+"\.$/);
    assert.equal(closestCapabilities('turn down the music', 'en')[0], 'make the music quieter');
    assert.equal(closestCapabilities('标题换个颜色', 'zh')[0], '在开头加标题“发布”');
    assert.deepEqual(closestCapabilities('加个贴纸到开头', 'zh').length, 2);
    // Nearest by what it is about (the grammar's intent words), though no word is shared with the example.
    assert.equal(closestCapabilities('can u make the captions bigger', 'en')[0], "add the title 'Launch' at the start");
    assert.equal(closestCapabilities('make the transitions snappier', 'en')[0], 'crossfade between moments');
    assert.equal(closestCapabilities('背景音乐换一首', 'zh')[0], '添加背景音乐，音量35%');
    const zhReply = notUnderstood(['加个贴纸'], 'zh');
    assert.match(zhReply, /^我没看懂“加个贴纸”。我能做的最接近的两件事：“.+”或“.+”。$/);
    assert.deepEqual(englishIn(zhReply), []);
  });

  it('every capability it offers as "closest" is one it understands, in both languages', () => {
    for (const capability of CAPABILITIES) {
      for (const example of [capability.en, capability.zh]) {
        const { ops, unknown } = parseInstruction(example, { moments: 3, texts: 1 });
        assert.ok(ops.length > 0 && unknown.length === 0, example);
      }
    }
  });

  it("every example in the README's \"What you can say\" table is understood", () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### What you can say'), readme.indexOf('### Settings'));
    const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.includes('fixed actions') && !line.startsWith('| |'));
    const examples = rows.flatMap((row) => [...row.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
    assert.ok(examples.length > 40, `${examples.length} examples`);
    for (const example of examples) {
      for (const alternative of example.split(' / ')) {
        const { ops, unknown } = parseInstruction(alternative, { moments: 3, texts: 1 });
        assert.ok(ops.length > 0 && unknown.length === 0, `README example not understood: ${alternative} (${unknown.join(' | ')})`);
      }
    }
  });
});
