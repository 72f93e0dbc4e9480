import * as assert from 'node:assert/strict';
import { ANALYZE_TOOL, EditOp, HAN, toolLabel } from '../../src/protocol';

describe('tool names said while a backend works', () => {
  const names = [ANALYZE_TOOL, ...EditOp.options.map((option) => option.shape.op.value)];

  it('names every tool the local engine announces in Chinese for a Chinese session', () => {
    for (const name of names) assert.match(toolLabel(name, 'zh'), HAN, name);
  });

  it('names them in English words, not wire names, for an English session', () => {
    for (const name of names) {
      assert.doesNotMatch(toolLabel(name, 'en'), /_|\p{Script=Han}/u, name);
      assert.notEqual(toolLabel(name, 'en'), name.replace(/_/g, ' '), `${name} is said as a step, not as its wire name`);
    }
  });

  it('says a tool it does not know (a newer cloud tool) by its words in either language', () => {
    assert.equal(toolLabel('generate_voiceover', 'zh'), 'generate voiceover');
    assert.equal(toolLabel('constructor', 'en'), 'constructor', 'no label is found on the object prototype');
  });
});
