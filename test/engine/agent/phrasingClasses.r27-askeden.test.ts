import * as assert from 'node:assert/strict';
import { unsureOf } from '../../../src/engine/agent/doubts';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import { table, nothing } from './phrasingTable';

/**
 * Round 27's lines asked first or read with words left over (no bench lines): each a class, read in new wordings of it
 * (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const unsure = (message: string) => unsureOf(message, parseInstruction(message, { moments: 3, texts: 1, music: false }));

describe('edit agent: round 27 asked first / words left over → exact operations or nothing', () => {
  describe('the pace people watch at ("they watch at 2x anyway"), beside a speed said as a figure, is why: no doubt', () => {
    table([
      ['bump it to 1.5x, most people watch tutorials at 2x anyway', [{ op: 'set_speed', factor: 1.5 }]],
      ['make the whole video 1.25x, nobody sits through it at 1x', [{ op: 'set_speed', factor: 1.25 }]],
      ['speed it up to 1.5x, my students listen to lectures at 2x', [{ op: 'set_speed', factor: 1.5 }]],
      ['1.75x for the whole thing, they view everything at 2x anyway', [{ op: 'set_speed', factor: 1.75 }]],
      ['set the speed to 2x, I always watch stuff at 2x', [{ op: 'set_speed', factor: 2 }]],
      // Played at, the pace is the speed asked.
      ['play it at 2x', [{ op: 'set_speed', factor: 2 }]],
    ]);
    it('no figure left over to ask about', () => {
      for (const message of ['bump it to 1.5x, most people watch tutorials at 2x anyway', 'make the whole video 1.25x, nobody sits through it at 1x',
        'speed it up to 1.5x, my students listen to lectures at 2x', '1.75x for the whole thing, they view everything at 2x anyway']) {
        assert.equal(unsure(message), undefined, message);
      }
    });
    // Asked, the pace watched at changes nothing.
    nothing(['do people watch at 2x?']);
  });

  describe('what of the footage matters most ("X is the whole point", 那段是精华), beside a request, is why it is asked', () => {
    table([
      ['zoom in at 0:12 for 3 seconds, the latte art is the best part', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]],
      ['tbh the crowd noise is what matters, set the original audio to 90%', [{ op: 'set_source_volume', volume: 0.9 }]],
      ['the reveal at the end is the money shot. fade out over 2 seconds', [{ op: 'fade', target: 'clip', out_ms: 2000 }]],
      ['the dog is the star of the show, make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['add music at 20%, the voiceover is the main thing', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
      ['揉面那段是精华，剪成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['吹玻璃那段是重点，原声调到80%', [{ op: 'set_source_volume', volume: 0.8 }]],
      ['这个视频的灵魂是声音，音乐去掉', [{ op: 'remove_music' }]],
    ]);
    // An edit verb before it is a request, not a remark; alone or asked, it changes nothing.
    nothing(['keep what is the best part', 'is the intro the best part?', 'the typing test is the best part', 'honestly the drone shot is the whole point']);
  });
});
