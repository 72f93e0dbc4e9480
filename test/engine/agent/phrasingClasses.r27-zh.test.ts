import * as assert from 'node:assert/strict';
import { table, nothing, understood } from './phrasingTable';

/**
 * Round 27's Chinese classes (new wordings of them, no bench lines), read against a draft of 3 moments and 1 text, and the
 * look-alikes that must change nothing.
 */

describe('edit agent: round 27 zh classes → exact operations or nothing', () => {
  describe('a pace asked with 一些 / 些 or as the feel wished (慢一些, 快一点的感觉), a subject or a modal before it', () => {
    table([
      ['整体慢一些', [{ op: 'set_speed', factor: 0.75 }]],
      ['节奏要快一些', [{ op: 'set_speed', factor: 1.5 }]],
      ['第二段慢一些', [{ op: 'set_speed', factor: 0.75, index: 2 }]],
      ['想要快一点的感觉', [{ op: 'set_speed', factor: 1.5 }]],
      ['速度快一些', [{ op: 'set_speed', factor: 1.5 }]],
      // Beside the figure, the pace wished is why: the figure is the speed.
      ['放到0.5倍速，慢一些的感觉', [{ op: 'set_speed', factor: 0.5 }]],
      ['节奏可以快一些，1.25倍', [{ op: 'set_speed', factor: 1.25 }]],
      ['整体 speed 调到 0.6x，想要慢一些的 vibe', [{ op: 'set_speed', factor: 0.6 }]],
    ]);
    nothing(['上传快一些', '快一点的感觉吗？', '慢一些会不会更好？']);
  });

  describe('beside the clip of the best moments, the parts picked by what they are like (挑好看滴段落, 选些有意思的片段)', () => {
    const clip = (ms: number) => [{ op: 'compile_best_moments', target_ms: ms }] as const;
    table([
      ['剪个一分钟，选些有意思的片段', [...clip(60000)]],
      ['做个20秒的，拣好玩的部分', [...clip(20000)]],
      ['挑好看滴段落，剪30秒', [...clip(30000)]],
      ['剪30秒，留好看的画面', [...clip(30000)]],
      ['压到四十秒，挑热闹嘅片段', [...clip(40000)]],
      ['cut it to 30 seconds, pick the pretty bits', [...clip(30000)]],
    ]);
    // A place, a length or a moment picked is no quality: it stays unread, beside the clip asked.
    it('leaves a place, a length or a moment picked unread', () => {
      for (const [phrase, left] of [['剪30秒，挑短的片段', '挑短的片段'], ['剪30秒，选前面的片段', '选前面的片段'], ['剪30秒，挑第二段', '挑第二段']]) {
        assert.deepEqual(understood(phrase), { ops: clip(30000), unknown: [left] }, phrase);
      }
    });
    nothing(['挑好看的段落', '选有意思的片段']);
  });
});
