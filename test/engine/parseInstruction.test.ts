import * as assert from 'node:assert/strict';
import { parseDurationMs } from '../../src/engine/agent/parseDuration';
import { parseInstruction } from '../../src/engine/agent/parseInstruction';

describe('parseDurationMs', () => {
  const cases: [string, number | undefined][] = [
    ['compile them into a 60-second demo clip', 60_000],
    ['60 seconds please', 60_000],
    ['make it 30s', 30_000],
    ['1 minute', 60_000],
    ['1.5 min', 90_000],
    ['2 minutes 30 seconds', 150_000],
    ['1:30', 90_000],
    ['剪辑精彩片段成60秒', 60_000],
    ['一分钟', 60_000],
    ['no length here', undefined],
  ];
  for (const [text, expected] of cases) it(`reads "${text}"`, () => assert.equal(parseDurationMs(text), expected));
});

describe('parseInstruction', () => {
  it('reads best-moments requests with their length, in English and Chinese', () => {
    assert.deepEqual(parseInstruction('Trim the best moments and compile them into a 45-second demo clip'), [{ op: 'compile_best_moments', target_ms: 45_000 }]);
    assert.deepEqual(parseInstruction('highlights, 1 minute'), [{ op: 'compile_best_moments', target_ms: 60_000 }]);
    assert.deepEqual(parseInstruction('剪辑精彩片段成30秒'), [{ op: 'compile_best_moments', target_ms: 30_000 }]);
  });

  it('defaults a best-moments request without a length to 60 s', () => {
    assert.deepEqual(parseInstruction('trim the best moments'), [{ op: 'compile_best_moments', target_ms: 60_000 }]);
  });

  it('reads export requests with format and resolution', () => {
    assert.deepEqual(parseInstruction('export 1080p MP4'), [{ op: 'export', format: 'mp4', resolution: '1080p' }]);
    assert.deepEqual(parseInstruction('export as webm in 720p'), [{ op: 'export', format: 'webm', resolution: '720p' }]);
    assert.deepEqual(parseInstruction('导出 4K'), [{ op: 'export', format: 'mp4', resolution: '4k' }]);
  });

  it('understands nothing it should not', () => {
    assert.deepEqual(parseInstruction('make me a sandwich'), []);
  });
});
