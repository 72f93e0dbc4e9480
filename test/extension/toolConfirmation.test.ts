import * as assert from 'node:assert/strict';
import { describeOps } from '../../src/extension/chat/toolConfirmation';
import { english, textIn } from '../../src/extension/text';
import { EditOp } from '../../src/protocol';

/** The host and unit tests read the English words. */
const TEXT = textIn(english);

describe('the edit tool: what its confirmation says will change', () => {
  it('one line per operation, in order, with times in seconds, volumes in per cent and the words quoted', () => {
    const ops = [
      { op: 'compile_best_moments', target_ms: 30000 },
      { op: 'add_text', text: 'Launch', start_ms: 0, end_ms: 3000, style: 'title' },
      { op: 'add_music', track: 'lofi', volume: 0.35, duck: true },
      { op: 'set_speed', factor: 1.5, index: 2 },
      { op: 'undo' },
    ].map((op) => EditOp.parse(op));
    assert.equal(describeOps(ops), [
      '- compile best moments: target 30 s',
      '- add text: "Launch", start 0 s, end 3 s, style title',
      '- add music: track lofi, volume 35 %, duck true',
      '- set speed: 1.5x, index 2',
      '- undo',
    ].join('\n'));
  });
});

describe('the chat model not used: the reason said before the parser answers', () => {
  it('names the cause of each LanguageModelError code, and says the parser read the words', () => {
    assert.match(TEXT.modelNotUsed('NoPermissions', ''), /^The chat model was not used: Demo Clip may not use it yet .*parser read your words instead/);
    assert.match(TEXT.modelNotUsed('Blocked', ''), /blocked the request \(a quota or rate limit\)/);
    assert.match(TEXT.modelNotUsed('NotFound', ''), /not available any more/);
    assert.match(TEXT.modelNotUsed(undefined, 'socket hang up'), /it failed \(socket hang up\)/);
  });
});
