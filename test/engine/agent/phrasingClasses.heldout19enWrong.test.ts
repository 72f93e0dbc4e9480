import { nothing, table } from './phrasingTable';

// Held-out 19 (English), the wrong edits and the readings asked about: each class in new wordings, and look-alikes.

const music = (volume = 0.35) => ({ op: 'add_music' as const, track: 'lofi' as const, volume, duck: true });
const fade = (ends: { in_ms?: number; out_ms?: number }, target: 'clip' | 'music' = 'clip') => ({ op: 'fade' as const, target, ...ends });

describe('held-out 19 en: "crank it up", "pump it up" after music added is a second request, the new music louder', () => {
  const louder = { op: 'set_music_volume', change: 'louder' } as const;
  table([
    ['add music and crank it up', [music(), louder]],
    ['add a song and crank it', [music(), louder]],
    ['pls add some music and crank the volume up a bit', [music(), louder]],
    ['add music and pump it up', [music(), louder]],
  ]);
  table([['add music and crank it down', [music(), { op: 'set_music_volume', change: 'quieter' }]]]);
  nothing(['I cranked it up and it clipped']);
});

describe('held-out 19 en: "2 seconds each", "both 3 seconds" after two fades is the length of both ends', () => {
  table([
    ['fade in, fade out — 2s each', [fade({ in_ms: 2000, out_ms: 2000 })]],
    ['fade in then fade out, both 3 seconds', [fade({ in_ms: 3000, out_ms: 3000 })]],
    ['fade-in, fade-out, 1.5s for both', [fade({ in_ms: 1500, out_ms: 1500 })]],
    ['fade out, fade in, each 2 secs', [fade({ out_ms: 2000, in_ms: 2000 })]],
  ]);
  // A length said of the second end alone stays that end's.
  table([['fade in, fade out 3s', [fade({ in_ms: 1000, out_ms: 3000 })]]]);
});

describe('held-out 19 en: a length said before each end ("a 2 s fade in and a 3 s fade out") is that end\'s', () => {
  table([
    ['a two-second fade in and a four-second fade out please', [fade({ in_ms: 2000, out_ms: 4000 })]],
    ['2-second fade-out, 1-second fade-in', [fade({ in_ms: 1000, out_ms: 2000 })]],
    ['add a 1s fade-in plus a 3s fade-out', [fade({ in_ms: 1000, out_ms: 3000 })]],
    ['give the music a 2 sec fade in and a 5 sec fade out', [fade({ in_ms: 2000, out_ms: 5000 }, 'music')]],
  ]);
  table([['fade the song in over 3 seconds and out over 5', [fade({ in_ms: 3000, out_ms: 5000 }, 'music')]]]);
});

describe('held-out 19 en: one end faded, the other refused ("…, and no fade at the end") fades that end only', () => {
  table([
    ['fade in at the start but no fade at the end', [fade({ in_ms: 1000, out_ms: 0 })]],
    ['fade out 2 seconds, no fade in', [fade({ out_ms: 2000, in_ms: 0 })]],
    ['a one second fade in, and no fade out please', [fade({ in_ms: 1000, out_ms: 0 })]],
    ['fade out over 3 seconds but without a fade in', [fade({ out_ms: 3000, in_ms: 0 })]],
    ['fade the music in over 2s, no fade out', [fade({ in_ms: 2000, out_ms: 0 }, 'music')]],
  ]);
  table([['no fade at the very end', [fade({ out_ms: 0 })]]]);
});

describe('held-out 19 en: "I\'ll export once…", "we\'ll render when…": the export is the user\'s own, later, no export now', () => {
  const resolution = { op: 'set_resolution', resolution: '4k' } as const;
  table([
    ['set it to 4k; we will render when the client approves', [resolution]],
    ['4k resolution pls, I\'m gonna render it on my end', [resolution]],
  ]);
  nothing(["I'll export after lunch", "we'll do the export once legal signs off", 'i will hit export when the boss is back']);
  table([["I'll take the 4k export now", [{ op: 'export', format: 'mp4', resolution: '4k' }]]]);
});

describe('held-out 19 en: a plural possessive ("the kids\' audio off") names a sound of the recording', () => {
  const source = (volume: number) => ({ op: 'set_source_volume' as const, volume });
  table([
    ["kids' audio off", [source(0)]],
    ["the kids' noise down to 20%", [source(0.2)]],
    ["the neighbours' sound off please", [source(0)]],
    ["add music at 40%, cows' sound off", [music(0.4), source(0)]],
  ]);
  nothing(["the dogs' sound is fine"]);
});

describe('held-out 19 en: "a minute and ten for me": a number right after the minutes is their seconds', () => {
  const best = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });
  table([
    ['trim her down to a minute and twenty for me', [best(80)]],
    ['two minutes twenty, tops', [best(140)]],
    ['make it a minute and fifteen please', [best(75)]],
    ['a minute thirty for the parents', [best(90)]],
  ]);
  table([['cut it to a minute or two', [best(60)]]]);
});

describe('held-out 19 en: slow or dull stretches named, then "speed them up", are the idle stretches sped up', () => {
  const idle = (factor: number) => ({ op: 'speed_up_idle' as const, factor });
  table([
    ['the slow stretches, speed them up 8x', [idle(8)]],
    ['the boring sections, can you speed them up', [idle(4)]],
    ['where I\'m just standing around, speed it up 4x', [idle(4)]],
    ['the bits where I am just standing at the stall, speed those up 6x, dont cut them', [idle(6)]],
  ]);
  nothing(['the slow stretches are fine, leave them']);
});

describe('held-out 19 en: a moment that "runs 2 seconds long" is too long by that; "trim that off" is that trim', () => {
  const trim = (index: number, byMs: number) => ({ op: 'trim_moment' as const, index, by_ms: byMs });
  table([
    ['the 2nd clip runs 4 secs long, shave that off pls', [trim(2, 4000)]],
    ['the second clip ran 3 seconds over', [trim(2, 3000)]],
    ['clip 1 is 3 seconds too long, chop it off', [trim(1, 3000)]],
    ['fyi clip 3 goes about 2 seconds long, trim that', [trim(3, 2000)]],
    ['clip 2 is 4 seconds over, trim it', [trim(2, 4000)]],
  ]);
  // A cut of the whole video after it, said with its length, stays one.
  table([['trim clip 2 by 2 seconds, then trim the whole thing to 30 seconds', [trim(2, 2000), { op: 'compile_best_moments', target_ms: 30000 }]]]);
});

describe('held-out 19 en: "wait no 70", "no wait 30%": a figure after the slip corrects the one before', () => {
  table([
    ['make it 80 seconds, no wait 70', [{ op: 'compile_best_moments', target_ms: 70000 }]],
    ['make it 45 seconds - wait nope 50', [{ op: 'compile_best_moments', target_ms: 50000 }]],
    ['crossfades of 2 seconds, wait no 1', [{ op: 'crossfade', ms: 1000 }]],
    ['speed it up to 2x... wait no 1.5x', [{ op: 'set_speed', factor: 1.5 }]],
  ]);
  nothing(['wait no 30 seconds is too short']);
});

describe('held-out 19 en: "the part 0:05 to 0:09": a clock time after a moment\'s noun is no moment\'s number', () => {
  const cut = { op: 'cut_range', start_ms: 5000, end_ms: 9000 } as const;
  table([
    ['the part 0:05 to 0:09 is my dog barking, remove it', [cut]],
    ['the section 0:05-0:09 is just me sneezing, cut that', [cut]],
    ['cut the part 0:05 to 0:09', [cut]],
  ]);
  table([['remove part 2', [{ op: 'remove_moment', index: 2 }]]]);
});

describe('held-out 19 en: Spanish verbs of taking away in an English request ("quita the title", "borra clip 2")', () => {
  table([
    ['quita the music', [{ op: 'remove_music' }]],
    ['borra clip 2 por favor', [{ op: 'remove_moment', index: 2 }]],
    ['the title is ugly, quitalo', [{ op: 'remove_text' }]],
    ['0:05 to 0:09 is the neighbour yelling, quita eso', [{ op: 'cut_range', start_ms: 5000, end_ms: 9000 }]],
  ]);
  nothing(['esto es bueno', 'quita eso?']);
});

describe('held-out 19 en: "dat", "dis" for "that", "this", and a part taken "back off": the request after "den" too', () => {
  const card = { op: 'remove_card', card: 'intro' } as const;
  table([
    ['take dat intro card off', [card]],
    ['take the intro card back off', [card]],
    ["add an intro card 'Gumbo Night', export, den take dat card back off an export again",
      [{ op: 'add_card', card: 'intro', text: 'Gumbo Night', duration_ms: 2000 }, { op: 'export', format: 'mp4' }, card, { op: 'export', format: 'mp4' }]],
    ['add music and take that title off', [music(), { op: 'remove_text' }]],
  ]);
  nothing(['dis is great']);
});

describe('held-out 19 en: "40 second clip, square, …": a length named with the clip it makes opens a list, heading or not', () => {
  const best = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });
  table([
    ['a 30 sec video, vertical, lofi music', [best(30), { op: 'set_aspect', aspect: '9:16' }, music()]],
    ['ok here goes: 25 second cut, square, ocean background', [best(25), { op: 'set_aspect', aspect: '1:1' }, { op: 'set_background', background: 'ocean' }]],
    ['v3: 45s cut, export', [best(45), { op: 'export', format: 'mp4' }]],
  ]);
});

describe('held-out 19 en: a speed figure offered after a speed asked ("… slower? Three quarters speed maybe?") is its figure', () => {
  const speed = (factor: number) => ({ op: 'set_speed' as const, factor });
  table([
    ['could it go a little slower? half speed maybe?', [speed(0.5)]],
    ['can it be slower? 0.75x maybe?', [speed(0.75)]],
    ['speed it up a little? 1.25x perhaps?', [speed(1.25)]],
    ['slow it down a touch, three quarters speed i guess', [speed(0.75)]],
  ]);
  nothing(['quarter speed maybe?']);
});

describe('held-out 19 en: Hinglish "daalo" (put in) and "aur" (and) between two requests', () => {
  table([
    ['music daalo 30%', [music(0.3)]],
    ['lofi music daalo aur export karo', [music(), { op: 'export', format: 'mp4' }]],
    ['bhai music daalo aur louder karo', [music(), { op: 'set_music_volume', change: 'louder' }]],
    ['add music and a bit quieter please', [music(), { op: 'set_music_volume', change: 'quieter' }]],
    ["title daalo 'Dhanyavaad'", [{ op: 'add_text', text: 'Dhanyavaad', style: 'title' }]],
  ]);
  nothing(['music daalo?']);
});
