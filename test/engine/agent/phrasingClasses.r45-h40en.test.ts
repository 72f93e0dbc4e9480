import { nothing, notSure, sure } from './phrasingTable';

/**
 * Held-out 40's English misses, as classes: a crossfade of 0 said bare after its word ("crossfade 0", 转场 0) is hard
 * cuts; "what is there on every track" asks for the tracks; the old part wished back after "undo" says what the undo
 * does; a title before a name ("Prof.", "Mrs.") ends no sentence; the recording turned up or down to a level is its
 * sound; what the user goes on to do with the music alone, after a mute, asks nothing more; the moment a part is
 * likened to ("repeats the first") is no moment an "it" stands for; where and when said first, set apart before a
 * request ("In the middle of the screen, from 0:10 to 0:15, put …"), and a heading naming what it changes ("For the
 * background music, …", 背景音乐的话), are the request's own.
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

  describe('where and when said first, set apart before the request, are its own', () => {
    sure([
      ["At the top of the screen, from 0:03 to 0:08, add the caption 'Tap Export'", [{ op: 'add_text', text: 'Tap Export', style: 'caption', start_ms: 3000, end_ms: 8000, position: 'top' }]],
      ["from 0:05 to 0:09, I'd like a caption saying 'Click Save'", [{ op: 'add_text', text: 'Click Save', style: 'caption', start_ms: 5000, end_ms: 9000 }]],
      ["At the very beginning, add an intro card 'Welcome'", [{ op: 'add_card', card: 'intro', text: 'Welcome', duration_ms: 2000 }]],
      ["At the end, please add an outro card reading 'See you' for 3 seconds", [{ op: 'add_card', card: 'outro', text: 'See you', duration_ms: 3000 }]],
      ['5秒到8秒，加字幕「点这里」', [{ op: 'add_text', text: '点这里', style: 'caption', start_ms: 5000, end_ms: 8000 }]],
    ]);
    // A place that fills nothing in, or is not the card's own end, is left unread.
    notSure(["At the start, add an outro 'bye'", 'at the top, remove the title', 'from 0:10 to 0:15, speed it up 2x']);
  });

  describe('a heading naming what the request changes asks nothing of its own', () => {
    const lofi = [{ op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true }];
    sure([
      ['For the music, use lofi', lofi],
      ['As for the background music, use lofi at 20%', [{ ...lofi[0], volume: 0.2 }]],
      ["Regarding the title, make it say 'Hello'", [{ op: 'edit_text', text: 'Hello' }]],
      ['背景音乐的话，用 lofi', lofi],
      ['关于配乐，用 lofi', lofi],
    ]);
    // A heading naming another part, or a sound that is not the music: left unread.
    notSure(['For the title, use lofi music', 'For the voice, use lofi', '标题的话，用lofi']);
  });
});
