import type { EditOp } from '../../../src/protocol';
import { nothing, table } from './phrasingTable';

/**
 * Classes of English asking the grammar left unread in held-out 19b (session 19), each in other wordings than the
 * bench's, with look-alikes that ask nothing (against a draft of 3 moments and 1 text).
 */

const sound = (volume: number): EditOp => ({ op: 'set_source_volume', volume });
const music = (volume: number): EditOp => ({ op: 'set_music_volume', volume });
const idle = (factor: number): EditOp => ({ op: 'speed_up_idle', factor });
const clip = (seconds: number): EditOp => ({ op: 'compile_best_moments', target_ms: seconds * 1000 });

describe('edit agent: held-out 19b English misses, read by class', () => {
  describe('a sound heard in the recording complained of, then a level asked of "it" or "that sound": the recording\'s sound', () => {
    table([
      ['ugh the traffic in the recording is deafening. turn it down to 20 percent please', [sound(0.2)]],
      ['the generator in my video is so noisy - can you put that noise at 10%?', [sound(0.1)]],
      ['the rain on the recording is loud af, drop it to 40 percent', [sound(0.4)]],
      ['the crowd in the video is a bit much, halve it', [sound(0.5)]],
      ['Engine noise in the footage, turn it down to 35 percent', [sound(0.35)]],
      ['the drilling in the footage is way too loud, knock it down to 25%', [sound(0.25)]],
    ]);
    nothing([
      'the logo in the video is too big, make it 50%', 'the title in the video is too loud, put it at 60%',
      'the zoom in the video is too much, make it 50%', 'the hum in the video is annoying, get rid of it', 'the wind in the video is wild',
      'bring it down to 25%',
    ]);
  });

  describe('a sound named by what makes it "of … from the video", or the "orig" audio: the recording\'s sound', () => {
    table([
      ['turn the sound of the waves in the recording down to 20%', [sound(0.2)]],
      ['set the noise of the kids from the video to 40 percent', [sound(0.4)]],
      ['vol of orig sound 70%', [sound(0.7)]],
      ['orig audio at 25 percent please', [sound(0.25)]],
      ['take the video sound right down to 10 percent', [sound(0.1)]],
    ]);
    nothing(['the sound of the sea from the video is lovely', 'remove the sound of the traffic from the video', 'the music sounds right']);
  });

  describe('the still stretches, or where nobody moves, sped up ("make fast")', () => {
    table([
      ['speed up the still bits 6 times, don\'t cut them', [idle(6)]],
      ['fast forward where nobody\'s moving, 5x', [idle(5)]],
      ['fast-forward the still shots at 6x', [idle(6)]],
      ['the idle parts, please make fast but keep them', [idle(4)]],
    ]);
    nothing(['the still photo is blurry', 'the still image is blurry']);
  });

  describe('"a little bit", "a wee bit", "a tiny bit" shorter, then the length', () => {
    table([
      ['can you make it a little bit shorter, 40 seconds', [clip(40)]],
      ['make it a tiny bit shorter - 35 seconds', [clip(35)]],
      ['make it a wee bit shorter please, 50 seconds', [clip(50)]],
      ['make it a touch shorter please, 40 seconds', [clip(40)]],
    ]);
    nothing(['the title is a little bit small', 'the video is a little bit long']);
  });

  describe('a spaced hyphen typed for a dash before a request, or before a statement said after one', () => {
    table([
      ['cut it to 45 seconds — the intro is the important part', [clip(45)]],
      ['Trim the video down to 50 seconds - the bit at the end was my favourite', [clip(50)]],
      ['remove the second clip - the lighting is off in it', [{ op: 'remove_moment', index: 2 }]],
      ['the title is wrong - change it to "Hello"', [{ op: 'edit_text', text: 'Hello' }]],
      ['make it 20 seconds - export as mp4', [clip(20), { op: 'export', format: 'mp4' }]],
      ['The opening bit is the second one - move it first', [{ op: 'move_moment', index: 2, to: 1 }]],
    ]);
    nothing(['the title is wrong - sorry, my mistake']);
  });

  describe('Shetland, Scots and West Country words ("du", "mak", "da", "doon", "fust")', () => {
    table([
      ['could du mak it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['turn da music doon ta 20 percent', [music(0.2)]],
      ['please tek da fust clip oot', [{ op: 'remove_moment', index: 1 }]],
    ]);
    nothing(['dunna add ony music']);
  });
});
