import * as assert from 'node:assert/strict';
import { nothing, ops, table } from './phrasingTable';

/**
 * What a request must leave alone, an export said to come after the rest, and a version named by its export: said
 * beside a request, none of them is a request of its own.
 */
describe('edit agent: "without losing X", "before you export", 导出前的版本', () => {
  describe('"without losing/touching X" after a request leaves X as it is (no removal of X)', () => {
    table([
      ['remove clip 2 without losing the intro', [{ op: 'remove_moment', index: 2 }]],
      ['cut it to 30 seconds without touching the title', [{ op: 'compile_best_moments', target_ms: 30_000 }]],
      ['drop the last clip without removing the music', [{ op: 'remove_moment', index: 3 }]],
    ]);
  });

  describe('an export said before or after the rest, with "before", comes last', () => {
    table([
      ['remove clip 1 before you export', [{ op: 'remove_moment', index: 1 }, { op: 'export', format: 'mp4' }]],
      ['before you export, remove clip 1', [{ op: 'remove_moment', index: 1 }, { op: 'export', format: 'mp4' }]],
      ['before exporting: make it vertical', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'export', format: 'mp4' }]],
      ['trim clip 2 before exporting', [{ op: 'trim_moment', index: 2, by_ms: 2000 }, { op: 'export', format: 'mp4' }]],
      ['take out clip 2 before you export it as a gif', [{ op: 'remove_moment', index: 2 }, { op: 'export', format: 'gif' }]],
    ]);
  });

  describe('"before exporting" opening a clause after another request: what follows it, then the export', () => {
    table([
      ['make it 15 seconds, then before exporting make it square and put the lofi music on at 20%', [
        { op: 'compile_best_moments', target_ms: 15_000 }, { op: 'set_aspect', aspect: '1:1' },
        { op: 'add_music', track: 'lofi', volume: 0.2, duck: true }, { op: 'export', format: 'mp4' }]],
      ['trim clip 2. Before exporting, make it vertical', [
        { op: 'trim_moment', index: 2, by_ms: 2000 }, { op: 'set_aspect', aspect: '9:16' }, { op: 'export', format: 'mp4' }]],
      ["make it 15 seconds, and before you export, add a title 'Hi'", [
        { op: 'compile_best_moments', target_ms: 15_000 }, { op: 'add_text', text: 'Hi', style: 'title' }, { op: 'export', format: 'mp4' }]],
      ["cut to 30s; before you render it make it 9:16 and add a caption 'x'", [
        { op: 'compile_best_moments', target_ms: 30_000 }, { op: 'set_aspect', aspect: '9:16' },
        { op: 'add_text', text: 'x', style: 'caption' }, { op: 'export', format: 'mp4' }]],
      ['before exporting make it square', [{ op: 'set_aspect', aspect: '1:1' }, { op: 'export', format: 'mp4' }]],
    ]);
    it('said of the user\'s own export, or inside a clause, it asks none', () => {
      assert.deepEqual(ops('I want to check the draft before exporting, so show me the tracks'), [{ op: 'show_tracks' }]);
      assert.deepEqual(ops('make it square, then before I export show me the tracks'), [{ op: 'set_aspect', aspect: '1:1' }, { op: 'show_tracks' }]);
      assert.deepEqual(ops("cut it to 30s. Before we post it, add a caption 'new'"), [
        { op: 'compile_best_moments', target_ms: 30_000 }, { op: 'add_text', text: 'new', style: 'caption' }]);
    });
  });

  describe('a version or file named by its export asks nothing of the export', () => {
    nothing(['导出前的版本不对', '导出的文件太大了', '导出之后的那个有点糊']);
    table([['导出的时候用4k', [{ op: 'export', format: 'mp4', resolution: '4k' }]]]);
  });
});

describe('edit agent: 静音 as the silent stretches or as the mute taken off, not muting', () => {
  table([
    ['静音段删掉', [{ op: 'remove_dead_air' }]],
    ['静音全都去掉吧', [{ op: 'remove_dead_air' }]],
    ['取消静音', [{ op: 'set_source_volume', volume: 1 }]],
    ['解除静音吧', [{ op: 'set_source_volume', volume: 1 }]],
    ['原声静音一下', [{ op: 'set_source_volume', volume: 0 }]],
  ]);
});
