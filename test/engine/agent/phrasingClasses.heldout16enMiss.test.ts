import { nothing, table } from './phrasingTable';

/**
 * The phrasing classes held-out 16 (English) left unread: each case asserts the exact operations (against a draft of
 * 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: phrasing classes held-out 16 (English) left unread', () => {
  describe('"me" for "my" before the user\'s own sound, and "\'alf" for half, as said in England and Ireland', () => {
    table([
      ['turn me voice up to 150%', [{ op: 'set_source_volume', volume: 1.5 }]],
      ['mute me own mic', [{ op: 'set_source_volume', volume: 0 }]],
      ["lower me voice to 'alf", [{ op: 'set_source_volume', volume: 0.5 }]],
      ['give me voice a boost', [{ op: 'set_source_volume', change: 'louder' }]],
    ]);
  });

  describe('a moment reduced or decreased by a time is shortened by it', () => {
    table([
      ['reduce clip 3 by 2 seconds', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['reduce the second clip by 1 second', [{ op: 'trim_moment', index: 2, by_ms: 1000 }]],
      ['decrease moment 1 by 3 secs', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
      ['the first clip drags. reduce it by 5 seconds', [{ op: 'trim_moment', index: 1, by_ms: 5000 }]],
    ]);
    nothing(['reduce clip 2 by 20%', 'reduce the music by 2 seconds']);
  });

  describe('a part made to vanish, disappear or go away is removed (a text, not: it may ask when it goes)', () => {
    table([
      ['make the third clip vanish', [{ op: 'remove_moment', index: 3 }]],
      ['please make the outro card disappear', [{ op: 'remove_card', card: 'outro' }]],
      ['make the music go away', [{ op: 'remove_music' }]],
      ['next up: make the first clip disappear', [{ op: 'remove_moment', index: 1 }]],
      ['make the title disappear at 0:04', [{ op: 'edit_text', end_ms: 4000 }]],
    ]);
    nothing(['make it vanish', 'make the caption vanish']);
  });

  describe('put back the way it was before "that", "my" or "the previous" change: an undo', () => {
    table([
      ['put it back how it was before my last edit', [{ op: 'undo' }]],
      ['change it back the way it was before the previous change', [{ op: 'undo' }]],
    ]);
    nothing(['it was better before that last change']);
  });

  describe('a request said as a wish by its -ing form: "moving X … would be great", "… would help"', () => {
    table([
      ['moving clip 3 to the start would be great', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['removing the second clip would help', [{ op: 'remove_moment', index: 2 }]],
      ['adding some lofi music would be nice', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
    nothing(['cutting clip 1 would be bad', 'moving on would be great', 'was moving clip 3 a good idea']);
  });

  describe('"not sure why …, but" before a request: a complaint that it is not done yet, no hesitation', () => {
    table([
      ['not sure why nobody did this yet, but make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ["not sure how come it's still landscape, but it needs to be vertical", [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['not sure about the music, but make it square', 'not sure why you added music']);
  });

  describe('openers that ask nothing: "finished", "one more thing", an address to the room, "just kidding", "do it urgently"', () => {
    table([
      ['ok finished, export as mp4', [{ op: 'export', format: 'mp4' }]],
      ['one more thing, make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['guys, remove the last clip', [{ op: 'remove_moment', index: 3 }]],
      ['hey everyone, make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['just kidding, mute the music', [{ op: 'remove_music' }]],
      ['pls do it urgently, export in 720p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
    ]);
    nothing(['one more thing', 'jk', 'ok finished']);
  });

  describe('"make one" after the clip it names, and the figure just asked for said again alone', () => {
    table([
      ['a 20 second clip would be ideal; make one', [{ op: 'compile_best_moments', target_ms: 20000 }]],
      ['make it 45 seconds. forty-five.', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['turn the music down to 30%. thirty!', [{ op: 'set_music_volume', volume: 0.3 }]],
    ]);
    nothing(['make one', 'forty-five.']);
  });

  describe('"it\'s so slow": "so" before an adjective starts no request', () => {
    table([
      ["make it 720p, it's so slow to load", [{ op: 'set_resolution', resolution: '720p' }]],
      ['make it 720p its so laggy', [{ op: 'set_resolution', resolution: '720p' }]],
    ]);
  });

  describe('"the … one" after a clause naming the backgrounds is one of them (alone, it may be a moment: not guessed)', () => {
    table([
      ['there are backgrounds? use the midnight one', [{ op: 'set_background', background: 'midnight' }]],
      ['we have backgrounds right? put the mint one', [{ op: 'set_background', background: 'mint' }]],
    ]);
    nothing(['the backgrounds look nice. remove the sunset one', 'remove the ocean one']);
  });
});
