import { nothing, table } from './phrasingTable';

// Held-out 18b (English), wrong edits and readings asked about first: each class in wordings of its own.

const music = (volume = 0.35, duck = true) => ({ op: 'add_music', track: 'lofi', volume, duck }) as const;

describe('held-out 18b en: music asked for outright with a setting of it in one breath', () => {
  table([
    ['add music with ducking off', [music(0.35, false)]],
    ['add some lofi at 25%, no ducking please', [music(0.25, false)]],
    ['Add music, volume 15 percent, ducking: none.', [music(0.15, false)]],
    ["add music and when I talk the music shouldn't go down", [music(0.35, false)]],
    ['throw in some tunes, fading in over 2 seconds', [music(), { op: 'fade', target: 'music', in_ms: 2000 }]],
    ['pls add the normal music w/ a fade out on it', [music(), { op: 'fade', target: 'music', out_ms: 1000 }]],
    ['a music bed under it, the usual one, that dips whenever I talk', [music()]],
    ['Let there be some music underneath, at 20 percent, that must not duck when we speak', [music(0.2, false)]],
  ]);
  table([
    ['put a fade on the music', [{ op: 'fade', target: 'music', in_ms: 1000, out_ms: 1000 }]],
    ['the music should fade out at the end', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
    ['turn the ducking off for now', [{ op: 'set_ducking', duck: false }]],
    ["when I talk the music shouldn't go down", [{ op: 'set_ducking', duck: false }]],
  ]);
});

describe('held-out 18b en: an export refused by its subject, and a question asked as a request', () => {
  nothing([
    "We won't export today.",
    "I'm not exporting yet",
    'i dont export till monday, no changes for now',
    'please tell me whether the footage is kept after export',
    'Could you confirm if the music stays after I export?',
    'let me know if the export keeps the zoom',
  ]);
  table([
    ['no export yet, cut it to 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ['no render for now, cut it to 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ["we won't export today, just make it vertical", [{ op: 'set_aspect', aspect: '9:16' }]],
    ['let me know if you can export it in 4k', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
  ]);
});

describe('held-out 18b en: number words with hundreds', () => {
  table([
    ['original sound at a hundred and fifty percent', [{ op: 'set_source_volume', volume: 1.5 }]],
    ['put the voice at one hundred percent', [{ op: 'set_source_volume', volume: 1 }]],
    ['Boost the source audio to two hundred per cent please', [{ op: 'set_source_volume', volume: 2 }]],
    ['a hundred and twenty seconds of the best bits', [{ op: 'compile_best_moments', target_ms: 120000 }]],
  ]);
});

describe('held-out 18b en: intro and end cards named by other adjectives', () => {
  table([
    ["an introductory slide saying 'Welcome' please", [{ op: 'add_card', card: 'intro', text: 'Welcome', duration_ms: 2000 }]],
    ["add a concluding card that says 'Thanks for watching'", [{ op: 'add_card', card: 'outro', text: 'Thanks for watching', duration_ms: 2000 }]],
    ["put an ending slide 'Bye' for 3 seconds", [{ op: 'add_card', card: 'outro', text: 'Bye', duration_ms: 3000 }]],
    ['Starting card: "Hello there"', [{ op: 'add_card', card: 'intro', text: 'Hello there', duration_ms: 2000 }]],
  ]);
});

describe('held-out 18b en: undo of the step before the one undone', () => {
  table([
    ['undo that and the one before', [{ op: 'undo' }, { op: 'undo' }]],
    ['undo, and the step before that too', [{ op: 'undo' }, { op: 'undo' }]],
    ['Undo the last change plus the one before it please', [{ op: 'undo' }, { op: 'undo' }]],
    ['undo that. the one before as well.', [{ op: 'undo' }, { op: 'undo' }]],
  ]);
  table([['undo the last step please', [{ op: 'undo' }]]]);
});

describe('held-out 18b en: the speech said to stay beside silences taken out', () => {
  table([
    ['cut the silences. keep all the speech.', [{ op: 'remove_dead_air' }]],
    ['remove dead air only. keep everything I say.', [{ op: 'remove_dead_air' }]],
    ['keep all the talking, remove the pauses', [{ op: 'remove_dead_air' }]],
    ['take out the silent gaps, retain all dialogue', [{ op: 'remove_dead_air' }]],
  ]);
  table([['keep everything', [{ op: 'keep_everything' }]], ['retain all', [{ op: 'keep_everything' }]]]);
});

describe('held-out 18b en: auto zoom switched on with how much of it', () => {
  table([
    ['turn on auto zoom but tone it down', [{ op: 'set_zoom', mode: 'auto' }, { op: 'set_zoom', mode: 'less' }]],
    ['auto-zoom on but not so much', [{ op: 'set_zoom', mode: 'auto' }, { op: 'set_zoom', mode: 'less' }]],
    ['enable auto zoom but less of it', [{ op: 'set_zoom', mode: 'auto' }, { op: 'set_zoom', mode: 'less' }]],
  ]);
  table([['less zoom', [{ op: 'set_zoom', mode: 'less' }]], ['switch on the auto zoom', [{ op: 'set_zoom', mode: 'auto' }]]]);
});

describe('held-out 18b en: actions and counts between asterisks', () => {
  table([
    ['*1* vertical *2* export', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'export', format: 'mp4' }]],
    ['*sighs* ok, make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
    ['remove clip 2 *waves hands* and export', [{ op: 'remove_moment', index: 2 }, { op: 'export', format: 'mp4' }]],
    ['*holds up three fingers* 30 seconds, best parts', [{ op: 'compile_best_moments', target_ms: 30000 }]],
  ]);
  table([
    ['make it *vertical*', [{ op: 'set_aspect', aspect: '9:16' }]],
    ["add a title '*one* more time'", [{ op: 'add_text', text: '*one* more time', style: 'title' }]],
  ]);
});

describe('held-out 18b en: figures no edit carries, said as context', () => {
  table([
    ["it's 3am, trim clip 2 by 5 seconds", [{ op: 'trim_moment', index: 2, by_ms: 5000 }]],
    ['came home at 6pm, remove the music', [{ op: 'remove_music' }]],
    ['ran 5 miles today! 20 second clip please', [{ op: 'compile_best_moments', target_ms: 20000 }]],
    ['caught a 3 kilo trout this morning, 30 seconds of the best bits', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ['Make it a minute of the best bits. 10-4.', [{ op: 'compile_best_moments', target_ms: 60000 }]],
    ["make it vertical, it's for the 9am meeting", [{ op: 'set_aspect', aspect: '9:16' }]],
  ]);
});

describe('held-out 18b en: "it" taken away right after a part is added is that part', () => {
  table([
    ['add an intro card \'Hi\', then delete it', [{ op: 'add_card', card: 'intro', text: 'Hi', duration_ms: 2000 }, { op: 'remove_card', card: 'intro' }]],
    ['add music. actually get rid of it', [music(), { op: 'remove_music' }]],
    ['put the default background on, then drop it again', [{ op: 'set_background', background: 'aurora' }, { op: 'remove_background' }]],
    ['lofi at 20%, export, then pull the music and export again', [music(0.2), { op: 'export', format: 'mp4' }, { op: 'remove_music' }, { op: 'export', format: 'mp4' }]],
  ]);
  table([
    ['pull the music down a bit', [{ op: 'set_music_volume', change: 'quieter' }]],
    ['remove clip 2, then remove it again', [{ op: 'remove_moment', index: 2 }]],
  ]);
});
