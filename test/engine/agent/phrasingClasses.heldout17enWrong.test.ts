import { nothing, table } from './phrasingTable';

// Held-out 17 (English), the wrong edits and the readings asked about: each class in new wordings, and look-alikes.

const music = (volume = 0.35, duck = true) => ({ op: 'add_music' as const, track: 'lofi' as const, volume, duck });

describe('held-out 17 en: "an\'" and "an" typed for "and" join two requests (and close no quote)', () => {
  table([
    ["chuck some music on an' fade it out at the end", [music(), { op: 'fade', target: 'music', out_ms: 1000 }]],
    ["make it tall an' send it over as a gif", [{ op: 'set_aspect', aspect: '9:16' }, { op: 'export', format: 'gif' }]],
    ["sorted, cheers. now make it square wi' black bars an' export a webm", [{ op: 'set_aspect', aspect: '1:1', fill: 'letterbox' }, { op: 'export', format: 'webm' }]],
    ["me 'ansum, trim it to 30 seconds an' we're done", [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ['bump it to 720p an take out the first clip', [{ op: 'set_resolution', resolution: '720p' }, { op: 'remove_moment', index: 1 }]],
    ["export an mp4 an' a gif", [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
  ]);
  // A quote that has "an'" inside keeps it as words.
  table([["add a title 'Fish an' Chips'", [{ op: 'add_text', text: "Fish an' Chips", style: 'title' }]]]);
  nothing(["what's rock an' roll", "me an' the lads made this"]);
});

describe('held-out 17 en: music put "in behind it" or "underneath", ducking or capped, is music added', () => {
  table([
    ['a bit of music in behind it', [music()]],
    ['stick some music behind the voice at 25%', [music(0.25)]],
    ['some tunes underneath, and let it dip when I speak', [music()]],
    ['music behind it at 20 percent, no louder', [music(0.2)]],
    ["tunes in behind the video an' never let it duck", [music(0.35, false)]],
  ]);
  nothing(['the music behind it is fine', 'is there music behind it?']);
});

describe('held-out 17 en: "it / the music should not dip when I talk" switches the ducking off', () => {
  table([
    ['the music should not dip while we are talking', [{ op: 'set_ducking', duck: false }]],
    ["the music shouldn't duck", [{ op: 'set_ducking', duck: false }]],
    ['add music at 50%, it must not dip while I speak', [music(0.5, false)]],
    ['lofi at 40 percent and it should NOT duck under my voice', [music(0.4, false)]],
  ]);
  table([['the music should duck when I talk', [{ op: 'set_ducking', duck: true }]]]);
  nothing(["it shouldn't drop frames", 'should the music dip when I talk?']);
});

describe('held-out 17 en: a transition\'s or fade\'s length, said as one word or of "them" after it', () => {
  table([
    ['a 2-second crossfade between the clips', [{ op: 'crossfade', ms: 2000 }]],
    ['add a one-second fade out at the end', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
    ['the transitions, make them two seconds long', [{ op: 'crossfade', ms: 2000 }]],
    ['crossfade between clips, make it 1.5 seconds', [{ op: 'crossfade', ms: 1500 }]],
    ['fade out at the end and make it 3s', [{ op: 'fade', target: 'clip', out_ms: 3000 }]],
    ['make the crossfades slower and smoother, 2 seconds', [{ op: 'crossfade', ms: 2000 }]],
  ]);
  // A length after something with no length of its own stays the clip's.
  table([
    ['add music, make it 30 seconds', [music(), { op: 'compile_best_moments', target_ms: 30000 }]],
    ['make the second clip shorter and slower', [{ op: 'trim_moment', index: 2, by_ms: 2000 }, { op: 'set_speed', factor: 0.75 }]],
  ]);
});

describe('held-out 17 en: history steps: "redo it from scratch" starts over, "do a redo", a lead-in before a colon', () => {
  table([
    ['honestly I want to redo the whole thing from scratch', [{ op: 'start_over' }]],
    ["let's redo it from scratch", [{ op: 'start_over' }]],
    ['could you do a redo', [{ op: 'redo' }]],
    ['can u do undo', [{ op: 'undo' }]],
    ['quick one: undo twice', [{ op: 'undo' }, { op: 'undo' }]],
    ['change of plan: redo', [{ op: 'redo' }]],
    ["redo that, I'd like my title back", [{ op: 'redo' }]],
  ]);
  table([['redo it', [{ op: 'redo' }]]]);
  nothing(['change the title to: undo', 'can you do undo?', 'redo it all over']);
});

describe('held-out 17 en: "export a second" is another file, no one-second clip', () => {
  table([
    ['add the sunset backdrop and export, then take the backdrop off and render a second to compare', [
      { op: 'set_background', background: 'sunset' }, { op: 'export', format: 'mp4' }, { op: 'remove_background' }, { op: 'export', format: 'mp4' }]],
    ['mute my voice, export, then unmute it and export a second for comparison', [
      { op: 'set_source_volume', volume: 0 }, { op: 'export', format: 'mp4' }, { op: 'set_source_volume', volume: 1 }, { op: 'export', format: 'mp4' }]],
    ['export an mp4 and then export a second as a gif', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
    ['make a minute long cut', [{ op: 'compile_best_moments', target_ms: 60000 }]],
  ]);
});

describe('held-out 17 en: "hard cuts, no fades": the fades refused are the transitions, no fade of the clip', () => {
  table([
    ['hard cuts between the clips, no fades at all', [{ op: 'crossfade', ms: 0 }]],
    ['just hard cuts, no fades, fast paced', [{ op: 'crossfade', ms: 0 }]],
  ]);
  // Said alone, or naming an end, it is the clip's fade.
  table([['no fades', [{ op: 'fade', target: 'clip', in_ms: 0, out_ms: 0 }]]]);
});
