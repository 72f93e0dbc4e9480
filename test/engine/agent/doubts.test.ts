import * as assert from 'node:assert/strict';
import { askFirst, plannedEdit } from '../../../src/engine/agent/describePlan';
import { doubtsAbout, oddOperations } from '../../../src/engine/agent/doubts';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import { EditOp, HAN, Words } from '../../../src/protocol';

const CONTEXT = { moments: 3, texts: 1, music: false };
const doubts = (message: string) => doubtsAbout(message, parseInstruction(message, CONTEXT));

describe('doubts: a reading the grammar is unsure of is asked about first', () => {
  it('a figure the reading does not use', () => {
    // Each read as something, but not with the figure said: the music at the default level, a clip of no length …
    for (const [message, figure] of [
      ['Add music!! the default one is perfect, at 50% please!!', '50'],
      ['export 2 copies', '2'],
      ['背景换蓝色（0:22）', '0:22'],
    ]) assert.ok(doubts(message).includes(figure), `${message}: ${JSON.stringify(doubts(message))}`);
  });

  it('a clause it could not read that names something the editor has, beside what it read', () => {
    assert.deepEqual(doubts('add the lofi music, export an mp4, then take the music back out and export a webm without it'),
      ['take the music back out', 'export a webm without it']);
    assert.deepEqual(doubts('make it square, then juggle the pixels'), [], 'no part of the editor named: said, not asked');
  });

  it('no doubt where every figure is used, however it is said', () => {
    for (const message of [
      'make a 30 second clip', 'edit it down to 1m30s', '剪个一分半的', 'music at 35%', 'speed clip 2 up 1.5x', 'make it 2160p',
      'cut 0:05 to 0:09', 'crossfade half a second', "add title 'Top 10 tips' 0-3s", '只用 DJI_0042.MP4 这一条', 'go back 2 steps',
      '第二段缩短3秒', '1. make it 60 seconds\n2. vertical\n3. export', '1 undo\n2 undo\n3 redo', 'Cue 4: crossfade 750 ms. Go.',
    ]) assert.deepEqual(doubts(message), [], message);
  });

  it('no doubt about a figure taken back by a correction', () => {
    for (const message of ['make it 30 seconds, actually 25', 'music at 50%, no wait, 40%', '剪40秒，算了还是30秒吧']) assert.deepEqual(doubts(message), [], message);
  });

  it('none for nothing read, nor for operations sent as such (a chat model\'s tool call)', () => {
    assert.deepEqual(doubts('juggle the pixels'), []);
    assert.deepEqual(doubts(JSON.stringify([{ op: 'set_speed', factor: 2 }])), []);
  });
});

describe('asking first: what the reply says it would do', () => {
  const everyOp = EditOp.options.map((schema) => schema.shape.op.value);
  const samples: EditOp[] = everyOp.map((op) => EditOp.parse({
    op, target_ms: 30000, factor: 2, files: ['a.mp4'], aspect: '9:16', fill: 'blur', mode: 'auto', start_ms: 1000, duration_ms: 3000,
    resolution: '720p', text: 'Hi', index: 2, background: 'aurora', card: 'intro', track: 'lofi', volume: 0.5, duck: true,
    in_ms: 1000, out_ms: 4000, ms: 500, to: 1, by_ms: 2000, end_ms: 5000, format: 'mp4',
  }));

  it('a phrase for every operation in both languages, the Chinese in Chinese', () => {
    for (const op of samples) {
      assert.ok(plannedEdit(op, 'en').length > 3, op.op);
      assert.ok(HAN.test(plannedEdit(op, 'zh')), `${op.op}: ${plannedEdit(op, 'zh')}`);
    }
  });

  it('operations no one asks for as read: a value far outside what people ask, a setting said twice with two values', () => {
    const odd = (...ops: EditOp[]) => oddOperations({ ops, unknown: [] });
    const blur: EditOp = { op: 'set_fill', fill: 'blur' };
    const bars: EditOp = { op: 'set_fill', fill: 'letterbox' };
    assert.deepEqual(odd({ op: 'compile_best_moments', target_ms: 500 }), [{ op: 'compile_best_moments', target_ms: 500 }]);
    assert.deepEqual(odd({ op: 'fade', target: 'music', out_ms: 30_000 }).length, 1);
    assert.deepEqual(odd({ op: 'crossfade', ms: 5000 }).length, 1);
    assert.deepEqual(odd(blur, bars), [blur, bars]);
    assert.deepEqual(odd({ op: 'set_speed', factor: 2 }, { op: 'set_speed', factor: 0.5 }).length, 2);
    // What people do ask: a usual clip, fade and crossfade; one fill per version exported; two moments' speeds; a setting said twice alike.
    assert.deepEqual(odd({ op: 'compile_best_moments', target_ms: 30_000 }, { op: 'fade', target: 'clip', in_ms: 2000, out_ms: 3000 }, { op: 'crossfade', ms: 800 }), []);
    assert.deepEqual(odd(blur, { op: 'export', format: 'mp4' }, bars, { op: 'export', format: 'mp4' }), []);
    assert.deepEqual(odd(blur, { op: 'undo' }, bars), []);
    assert.deepEqual(odd({ op: 'set_speed', factor: 2, index: 1 }, { op: 'set_speed', factor: 0.5, index: 2 }), []);
    assert.deepEqual(odd(blur, blur), []);
    // Operations sent as such (a chat model's tool call) are what they say.
    assert.deepEqual(oddOperations({ ops: [blur, bars], unknown: [], sent: true }), []);
  });

  it('says which operations it doubts, in the reply\'s language', () => {
    const ops: EditOp[] = [{ op: 'set_fill', fill: 'blur' }, { op: 'set_fill', fill: 'letterbox' }];
    assert.match(askFirst(ops, { words: [], odd: ops }, 'en'), /but I'm not sure you meant "[^"]*blur[^"]*" or "[^"]*letterbox[^"]*"\. Say "yes"/);
    assert.match(askFirst(ops, { words: [], odd: ops }, 'zh'), /但我不确定你是不是要“[^”]+”还是“[^”]+”。回复“好”/);
  });

  it('says the plan, the words in doubt and how to go ahead; a yes to it is a go-ahead, a no drops it', () => {
    const ops = parseInstruction('Add music!! the default one is perfect, at 50% please!!', CONTEXT).ops;
    assert.equal(askFirst(ops, { words: ['50'], odd: [] }, 'en'),
      'I\'m not sure I read that right, so nothing has changed yet. I would add lo-fi music at 35 %, but I\'m not sure what you meant by "50". Say "yes" to go ahead, or say it another way.');
    assert.match(askFirst(ops, { words: ['50'], odd: [] }, 'zh'), /^我不确定理解得对，所以还没有改动。我打算：加lo-fi 音乐，音量 35 %。但我不确定“50”是什么意思。/);
    for (const yes of ['yes', 'Yes please', 'ok do it', 'go ahead', '好', '可以', '对的', '嗯嗯']) assert.ok(Words.goAhead.test(yes), yes);
    for (const other of ['no', 'music at 50%', '不对', 'yes but louder']) assert.ok(!Words.goAhead.test(other), other);
    for (const no of ['no', 'nope, not that', 'never mind', '不对', '算了', '不要']) assert.ok(Words.declined.test(no), no);
    for (const other of ['no music', 'not the music, the title', '不要音乐']) assert.ok(!Words.declined.test(other), other);
  });
});
