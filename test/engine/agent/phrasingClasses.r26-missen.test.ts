import { table, nothing } from './phrasingTable';

/**
 * Round 26's unread English requests (no bench lines): each a way of asking, read in new wordings of it (against a draft
 * of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const IDLE_FAST = { op: 'speed_up_idle', factor: 4 } as const;
const DEAD_AIR = { op: 'remove_dead_air' } as const;

describe('edit agent: round 26 unread requests → exact operations or nothing', () => {
  describe('a request with a word of another language beside it, opening or closing the message, is the request', () => {
    table([
      ['remove the music, habibi', [{ op: 'remove_music' }]],
      ['tsk, undo', [{ op: 'undo' }]],
      ['make it vertical, na?', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['export it in 1080p wesh', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['aiyo! delete the second clip', [{ op: 'remove_moment', index: 2 }]],
      ['mute the video sound, neh', [{ op: 'set_source_volume', volume: 0 }]],
      // Words quoted or running to the end are the text's own.
      ['add a title saying habibi', [{ op: 'add_text', text: 'habibi', style: 'title' }]],
    ]);
    // A word the grammar knows ("later") is no tag; nor is a tag beside no request.
    nothing(['mute the video, later', 'the music habibi', 'clip 2 habibi']);
  });

  describe('idle stretches described by what the user does in them (waits) or what they lack, named first, then what is done', () => {
    table([
      ['cut the parts where I only wait for the kettle', [DEAD_AIR]],
      ['speed up the bits where we wait for the oven', [IDLE_FAST]],
      ['the parts when I just wait on the kettle, make them go fast', [IDLE_FAST]],
      ['the bits where nothing happens, those can go', [DEAD_AIR]],
      ['where nobody talks, that can go', [DEAD_AIR]],
      ['dead moments can go', [DEAD_AIR]],
      ['speed those quiet bits up', [IDLE_FAST]],
      ['speed the quiet parts up please', [IDLE_FAST]],
    ]);
    // A moment named by its place is that moment; a wait said of no stretch asks nothing.
    table([['the first clip where nothing happens, it can go', [{ op: 'remove_moment', index: 1 }]]]);
    nothing(['I wait for the kettle every morning', 'the quiet bits are nice', 'the parts where nothing happens are fine']);
  });

  describe('a speed said as "N times fast" (the plain adjective) is that factor', () => {
    table([
      ['clip 2 let it play 3 times fast', [{ op: 'set_speed', factor: 3, index: 2 }]],
      ['let the first clip play 2 times fast', [{ op: 'set_speed', factor: 2, index: 1 }]],
      ['make it 2 times fast', [{ op: 'set_speed', factor: 2 }]],
      ['play the second clip 3 times as fast', [{ op: 'set_speed', factor: 3, index: 2 }]],
    ]);
    nothing(['clip 2 is 2 times too long?']);
  });

  describe('an amount with its verb after it as a participle ("2 seconds cut from it") is that much off', () => {
    table([
      ['2 seconds cut from clip 3', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['clip 3, 2 seconds cut off', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['the last clip, 3 seconds chopped off please', [{ op: 'trim_moment', index: 3, by_ms: 3000 }]],
      ['clip 2, 1.5 secs trimmed off the end', [{ op: 'trim_moment', index: 2, by_ms: 1500 }]],
      ['clip 3 should have 2 seconds cut from it', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
    ]);
    nothing(['I had 2 seconds cut from clip 3 yesterday']);
  });

  describe('the recording\'s sound named, praised, then a level asked of "it"', () => {
    table([
      ['the original audio, the birds are nice, put it 150%', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['the sound in the video, the birds sound great, put it at 120%', [{ op: 'set_source_volume', volume: 1.2 }]],
      ['the video sound, the waves are nice, make it 80%', [{ op: 'set_source_volume', volume: 0.8 }]],
      ['the video sound is nice, put the music at 20%', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
    ]);
    nothing(['the video sound is nice', 'the music, the birds are nice, put it 150%']);
  });

  describe('a text put "below" or "above", said last, is put at the bottom or the top', () => {
    table([
      ['move the caption underneath please', [{ op: 'edit_text', position: 'bottom' }]],
      ['put the title above', [{ op: 'edit_text', position: 'top' }]],
      ['the title goes up high', [{ op: 'edit_text', position: 'top' }]],
      ['title below, please', [{ op: 'edit_text', position: 'bottom' }]],
    ]);
    nothing(['put the title below the logo', 'is the title below?']);
  });

  describe('what is on the tracks, asked without the article, shows them', () => {
    table([
      ['what is on tracks', [{ op: 'show_tracks' }]],
      ["what's on tracks right now?", [{ op: 'show_tracks' }]],
      ['what is in timeline', [{ op: 'show_tracks' }]],
    ]);
    nothing(['what is on track 2 music?', 'what song is on tracks like this']);
  });
});
