import { nothing, table } from './phrasingTable';

// Classes of held-out 14's English wrong edits (edits made that were not asked), read in other wordings, and look-alikes
// that must stay as they were.

describe('phrasing class: the title\'s words said as what it is to be, shall read, or what to write for it', () => {
  table([
    ["we'd love the title to be 'Harbour Days'", [{ op: 'edit_text', text: 'Harbour Days' }]],
    ["our title will now read 'Night Market'", [{ op: 'edit_text', text: 'Night Market' }]],
    ["for the caption, write 'Step two: mix'", [{ op: 'edit_text', text: 'Step two: mix' }]],
    // A new one asked for is added, words and all.
    ["add a title, 'Harbour Days'", [{ op: 'add_text', text: 'Harbour Days', style: 'title' }]],
  ]);
  nothing(['the title will be fine as it is', 'for the title I have no idea yet']);
});

describe('phrasing class: "and a half" typed "an a half", and minutes and seconds typed as one word ("1m30")', () => {
  table([
    ['bring it down to two minutes an\' a half', [{ op: 'compile_best_moments', target_ms: 150_000 }]],
    ['a 2m15 cut please', [{ op: 'compile_best_moments', target_ms: 135_000 }]],
    ['make it 1m45', [{ op: 'compile_best_moments', target_ms: 105_000 }]],
    // Its seconds said with their unit add up as before.
    ['make it 1m30s', [{ op: 'compile_best_moments', target_ms: 90_000 }]],
  ]);
});

describe('phrasing class: a phone\'s "gift" for "gif", where a file\'s kind is said', () => {
  table([
    ['save it as a gift', [{ op: 'export', format: 'gif' }]],
    ['render it as a gift please', [{ op: 'export', format: 'gif' }]],
  ]);
});

describe('phrasing class: a moment called too long, then the length it is made', () => {
  table([
    ['the last clip is too long, make it 7 seconds', [{ op: 'trim_moment', index: 3, to_ms: 7000 }]],
    ['clip 1 is way too long, make it 5 seconds', [{ op: 'trim_moment', index: 1, to_ms: 5000 }]],
    // How much too long it is, or how much shorter it is made, is an amount off.
    ['clip 1 is 3 seconds too long', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
    ['the last clip is too long, make it 2 seconds shorter', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
  ]);
});

describe('phrasing class: "revert" said after a request, asking for a reply', () => {
  table([
    ['kindly export an mp4 and revert', [{ op: 'export', format: 'mp4' }]],
    ['please add the lo-fi music and revert asap', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    // Said alone, it undoes.
    ['revert', [{ op: 'undo' }]],
  ]);
});

describe('phrasing class: "half" said alone after a slower speed', () => {
  table([
    ['slow down the last clip. half.', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
    ['the first clip needs to be slower. half please', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
  ]);
});

describe('phrasing class: asked to be told a fact of the video', () => {
  nothing([
    'could you tell me the length of the video?',
    'tell me the frame rate of this clip',
    'let me know the resolution of the recording',
  ]);
});

describe('phrasing class: a resolution asked of the draft, then an export', () => {
  table([
    ['set it to 1080p, then export a webm', [{ op: 'set_resolution', resolution: '1080p' }, { op: 'export', format: 'webm' }]],
    ['resolution full hd and export as mov', [{ op: 'set_resolution', resolution: '1080p' }, { op: 'export', format: 'mov' }]],
    // A resolution said alone before an export, or of the export, is the file's.
    ['720p please, then export', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
    ['export it as a webm at 4k', [{ op: 'export', format: 'webm', resolution: '4k' }]],
  ]);
});

describe('phrasing class: percent spelled "per cent" or in another language', () => {
  table([
    ['add lo-fi at 15 per cent', [{ op: 'add_music', track: 'lofi', volume: 0.15, duck: true }]],
    ['the voice at 80 prozent', [{ op: 'set_source_volume', volume: 0.8 }]],
  ]);
});

describe('phrasing class: the black bars called bands, borders or stripes', () => {
  table([
    ['vertical with black borders', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
    ['use black bands instead of the blur', [{ op: 'set_fill', fill: 'letterbox' }]],
  ]);
});

describe('phrasing class: "at end" / "at start" said without "the"', () => {
  table([
    ["at end show 'Thanks for watching'", [{ op: 'add_text', text: 'Thanks for watching', style: 'title', anchor: 'end' }]],
    ["caption at start: 'Day one'", [{ op: 'add_text', text: 'Day one', style: 'caption', anchor: 'start' }]],
  ]);
});

describe('phrasing class: the fill there complained of, then the one wanted', () => {
  table([
    ['the black bars look way too thick. use the blur', [{ op: 'set_fill', fill: 'blur' }]],
    ['the blurry edges look too messy. crop it to fill instead', [{ op: 'set_fill', fill: 'crop' }]],
    // The fill asked for after a complaint about something else is asked all the same.
    ['black bars please', [{ op: 'set_fill', fill: 'letterbox' }]],
  ]);
});
