import { nothing, table } from './phrasingTable';

// Round 19: classes behind wrong edits (an edit made that was not asked) in the older English held-out sets; each
// class said in other wordings than the bench's, with look-alikes that must change nothing.

describe('phrasing class: an order said before each request ("First: …", "Second: …") is no moment\'s place', () => {
  table([
    ['First: remove the second clip. Second: make it square.', [{ op: 'remove_moment', index: 2 }, { op: 'set_aspect', aspect: '1:1' }]],
    ['firstly: mute the original audio; secondly: export it as a gif', [{ op: 'set_source_volume', volume: 0 }, { op: 'export', format: 'gif' }]],
    ['First cut it down to 40 seconds, then make it vertical', [{ op: 'compile_best_moments', target_ms: 40000 }, { op: 'set_aspect', aspect: '9:16' }]],
    ['Third: drop the last clip', [{ op: 'remove_moment', index: 3 }]],
    ['second - fade it out at the end. first: remove clip 1', [{ op: 'fade', target: 'clip', out_ms: 1000 }, { op: 'remove_moment', index: 1 }]],
  ]);
  nothing(['first cut is too long', 'first clip looks fine', 'the first take was better']);
});

describe('phrasing class: "the lower third", "the upper third of the screen" is a band of the frame, no moment\'s place', () => {
  table([
    ['move the caption to the top so it stays clear of the lower third', [{ op: 'edit_text', position: 'top' }]],
    ['put the title at the top, the lower-third graphic covers the bottom', [{ op: 'edit_text', position: 'top' }]],
    ['Title up top pls, it clashes with the lower 3rd', [{ op: 'edit_text', position: 'top' }]],
    ['put the title in the middle, the name goes in the lower third', [{ op: 'edit_text', position: 'center' }]],
  ]);
  nothing(['is the lower third readable?', 'the upper third of the frame looks empty']);
});

describe('phrasing class: "show me all the track": every track, asked with the plural said as many learners say it', () => {
  table([
    ['can u show all the track pls', [{ op: 'show_tracks' }]],
    ['Ok music is fine. Please list all of the track', [{ op: 'show_tracks' }]],
    ['display all track for me', [{ op: 'show_tracks' }]],
    ['show me all the track now, then export mp4', [{ op: 'show_tracks' }, { op: 'export', format: 'mp4' }]],
  ]);
  nothing(['the music is ok now', 'all the tracks look fine']);
});

describe('phrasing class: a moment named by its place alone, apart ("the third, make it 6 seconds"), has the length said of it', () => {
  table([
    ['the third one, make it 7 seconds', [{ op: 'trim_moment', index: 3, to_ms: 7000 }]],
    ['The last, cut it to 5 sec please', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
    ['the second, trim it to 4 seconds', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
    ['The testimony clip, the second, has to be 12 seconds exactly.', [{ op: 'trim_moment', index: 2, to_ms: 12000 }]],
    ['shorten the scene, the first one, to 7 seconds', [{ op: 'trim_moment', index: 1, to_ms: 7000 }]],
    ['that clip, the last, speed it up 2x', [{ op: 'set_speed', factor: 2, index: 3 }]],
  ]);
  nothing(['the title, the second, should be 5 seconds', 'the music, the first, 10 seconds', 'the kitchen clip, the third, make it 6 seconds', 'keep the clip, the second, as is']);
});

describe('phrasing class: "but also" before a verb, and "no <part> from <thing>" after a comma, start a request of their own', () => {
  table([
    ['put lofi at 40% but also mute the original audio', [{ op: 'add_music', track: 'lofi', volume: 0.4, duck: true }, { op: 'set_source_volume', volume: 0 }]],
    ['make it vertical, but also add a title \'Day One\'', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'add_text', text: 'Day One', style: 'title' }]],
    ['slow clip 2 down but also remove clip 3', [{ op: 'set_speed', factor: 0.75, index: 2 }, { op: 'remove_moment', index: 3 }]],
    ['lofi music at 25%, no sound from the recording, only music', [{ op: 'add_music', track: 'lofi', volume: 0.25, duck: true }, { op: 'set_source_volume', volume: 0 }]],
    ['add some lofi, no audio from the video', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'set_source_volume', volume: 0 }]],
  ]);
  nothing(['everything but also nothing', 'no sound from the video is a problem?']);
});
