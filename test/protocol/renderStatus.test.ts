import * as assert from 'node:assert/strict';
import { Draft, normalizeRenderStatus, pathOf, Routes } from '../../src/protocol';

describe('render status shapes', () => {
  it('normalizes the {success,data:{id,status,progress,outputUrl}} shape', () => {
    assert.deepEqual(normalizeRenderStatus({ id: 'r1', status: 'completed', progress: 100, outputUrl: 'https://cdn/x.mp4', createdAt: 'x' }), {
      id: 'r1', status: 'completed', progress: 100, outputUrl: 'https://cdn/x.mp4', error: undefined,
    });
  });

  it('normalizes the {taskId,status,progress,output:{url}} shape', () => {
    assert.deepEqual(normalizeRenderStatus({ taskId: 't1', status: 'processing', progress: 40, output: { url: 'https://cdn/y.mp4', size: 10 } }), {
      id: 't1', status: 'processing', progress: 40, outputUrl: 'https://cdn/y.mp4', error: undefined,
    });
  });

  it('rejects a status it does not know rather than guessing', () => {
    assert.equal(normalizeRenderStatus({ id: 'r1', status: 'exploded' }), undefined);
    assert.equal(normalizeRenderStatus('nope'), undefined);
  });
});

describe('draft schema', () => {
  it('keeps unknown fields at every level, so a cloud draft goes back untouched', () => {
    const cloud = { m: { title: 'x', theme: 'dark' }, d: 10, t: [{ tt: 0, sg: [{ src: 'a', fx: [1, 2] }], lock: true }], rev: 7 };
    assert.deepEqual(Draft.parse(cloud), cloud);
  });
});

describe('route paths', () => {
  it('encodes parameters so an id cannot add path segments', () => {
    assert.equal(pathOf(Routes.state, { sessionId: '../x' }), '/api/state/nemo_agent/me/..%2Fx/latest');
    assert.throws(() => pathOf(Routes.state, {}), /sessionId/);
  });
});
