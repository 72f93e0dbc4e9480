import { nothing, notSure, sure } from './phrasingTable';

/**
 * Held-out 40's English misses, as classes: a crossfade of 0 said bare after its word ("crossfade 0", 转场 0) is hard
 * cuts; "what is there on every track" asks for the tracks; the old part wished back after "undo" says what the undo
 * does; a title before a name ("Prof.", "Mrs.") ends no sentence; the recording turned up or down to a level is its
 * sound; what the user goes on to do with the music alone, after a mute, asks nothing more; the moment a part is
 * likened to ("repeats the first") is no moment an "it" stands for.
 */
describe('edit agent: r45 h40en classes', () => {
  describe('a crossfade of 0, said bare after its word, is hard cuts', () => {
    const hardCuts = [{ op: 'crossfade' as const, ms: 0 }];
    sure([
      ['crossfade 0', hardCuts],
      ['crossfades: 0 please', hardCuts],
      ['cross-fade 0, just hard cuts', hardCuts],
      ['转场 0', hardCuts],
      ['转场：0', hardCuts],
      ['自动缩放关掉，crossfade 0', [{ op: 'set_zoom', mode: 'off' }, ...hardCuts]],
      ['no crossfades', hardCuts],
      ['crossfade off', hardCuts],
    ]);
    // A figure past the zero is a length: "0.5" half a second, not none.
    sure([['crossfade 0.5', [{ op: 'crossfade', ms: 500 }]]]);
    // "05" is no zero said; how long is still asked.
    notSure(['crossfade 05']);
  });

  describe('what is there on every track, asked, shows the tracks', () => {
    sure([
      ['show me what is there on each track', [{ op: 'show_tracks' }]],
      ["what's there on the timeline right now?", [{ op: 'show_tracks' }]],
      ['can you tell me what is there on every track?', [{ op: 'show_tracks' }]],
    ]);
    // A part of the draft asked about is no view of the tracks.
    notSure(['what is there on the title?']);
  });

  describe('after "undo", the old part wished back says what the undo does', () => {
    sure([
      ['undo, I want my old caption back', [{ op: 'undo' }]],
      ['Undo please, I want the previous music back', [{ op: 'undo' }]],
      ['undo, the previous title back', [{ op: 'undo' }]],
      ['undo that — we want the earlier title back', [{ op: 'undo' }]],
    ]);
    // The old title wished, without "back", is not read as the undo's result.
    notSure(['undo, I want the old title']);
  });

  describe('a title before a name ends no sentence', () => {
    sure([
      ['add a lower third: Prof. Lina Okafor, Civil Engineering', [{ op: 'add_text', text: 'Prof. Lina Okafor, Civil Engineering', style: 'lower-third' }]],
      ['add a title: Mrs. Tanaka. make it vertical', [{ op: 'add_text', text: 'Mrs. Tanaka', style: 'title' }, { op: 'set_aspect', aspect: '9:16' }]],
      ["add a caption 'Main St. branch'", [{ op: 'add_text', text: 'Main St. branch', style: 'caption' }]],
    ]);
  });

  describe('the recording turned up or down to a level is its sound', () => {
    sure([
      ['the voices are a bit quiet, could you turn the recording up to 130%?', [{ op: 'set_source_volume', volume: 1.3 }]],
      ['bring the footage down to 40 percent', [{ op: 'set_source_volume', volume: 0.4 }]],
    ]);
    // Down to a length is the clip's length; up with no level is not guessed at.
    sure([['bring the recording down to 20 seconds', [{ op: 'compile_best_moments', target_ms: 20000 }]]]);
    notSure(['turn the recording up']);
  });

  describe('after a mute, the user going on to use the music alone asks nothing more', () => {
    const muted = [{ op: 'set_source_volume' as const, volume: 0 }];
    sure([
      ["mute the video's sound, we'll use just music", muted],
      ["Mute the clip's audio, I will have only music", muted],
    ]);
    // Said as a request, the music is added.
    sure([["mute the video's sound, put only music", [...muted, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]]]);
  });

  describe('the moment a part is likened to is no moment "it" stands for', () => {
    sure([
      ['The third clip looks a lot like the first, so cut it.', [{ op: 'remove_moment', index: 3 }]],
      ['clip 2 repeats the opening one a little, please delete it', [{ op: 'remove_moment', index: 2 }]],
      ['The second scene is basically the same as the first one, remove it', [{ op: 'remove_moment', index: 2 }]],
      ['第三段跟第一段有点重复，删掉它', [{ op: 'remove_moment', index: 3 }]],
      ['第二段重复了第一段，删了吧', [{ op: 'remove_moment', index: 2 }]],
      // Both named as the subject: both go.
      ['the second clip and the first are too long, remove them', [{ op: 'remove_moment', index: 2 }, { op: 'remove_moment', index: 1 }]],
      // "like" as a filler before a figure likens nothing.
      ['the second clip is like 4 seconds too long, trim it', [{ op: 'trim_moment', index: 2, by_ms: 4000 }]],
    ]);
    // Kept, not removed: nothing to remove.
    nothing(['the second clip looks like the first, and that is fine']);
  });
});
