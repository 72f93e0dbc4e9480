import { nothing, table } from './phrasingTable';

// Held-out 19b (English), wrong edits and readings asked about first: each class in wordings of its own.

const music = (volume = 0.35, duck = true) => ({ op: 'add_music', track: 'lofi', volume, duck }) as const;

describe('held-out 19b en: a setting labelled as a form puts it, then its value', () => {
  table([
    ['zoom: off', [{ op: 'set_zoom', mode: 'off' }]],
    ['Auto-zoom = none', [{ op: 'set_zoom', mode: 'off' }]],
    ['Zoom - less', [{ op: 'set_zoom', mode: 'less' }]],
    ['zoom: more please', [{ op: 'set_zoom', mode: 'more' }]],
    ['ducking: no', [{ op: 'set_ducking', duck: false }]],
    ['Music ducking = disabled', [{ op: 'set_ducking', duck: false }]],
    ['ducking: yes', [{ op: 'set_ducking', duck: true }]],
    ['transitions: none', [{ op: 'crossfade', ms: 0 }]],
    ['zoom: less, music: 30%', [{ op: 'set_zoom', mode: 'less' }, { op: 'set_music_volume', volume: 0.3 }]],
    ['Clip 2: 5 seconds', [{ op: 'trim_moment', index: 2, to_ms: 5000 }]],
    ['the last clip - about four seconds', [{ op: 'trim_moment', index: 3, to_ms: 4000 }]],
    ['second clip: just 6s', [{ op: 'trim_moment', index: 2, to_ms: 6000 }]],
  ]);
  table([
    ['length: 45 seconds', [{ op: 'compile_best_moments', target_ms: 45000 }]],
    ['clip 2: remove', [{ op: 'remove_moment', index: 2 }]],
    ['title: Zoom more', [{ op: 'add_text', text: 'Zoom more', style: 'title' }]],
  ]);
  nothing(['the title: 7 seconds', 'zoom: more or less?']);
});

describe('held-out 19b en: an amount taken from or off is no length kept', () => {
  table([
    ['cut 3 seconds from the first clip', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
    ['clip 1 is very long, take 4 seconds from it', [{ op: 'trim_moment', index: 1, by_ms: 4000 }]],
    ['First clip is too slow. Please cut 2 second from it', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
    ['The second clip drags. Knock 3 secs off it.', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
    ['Could the second clip be a little shorter? Three seconds off.', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
    ['shorten the last clip a bit... say 1.5 seconds off', [{ op: 'trim_moment', index: 3, by_ms: 1500 }]],
    ['make clip 1 shorter. 4 secs off it please', [{ op: 'trim_moment', index: 1, by_ms: 4000 }]],
  ]);
  table([
    ['cut the first clip to 3 seconds', [{ op: 'trim_moment', index: 1, to_ms: 3000 }]],
    ['cut it down to 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
  ]);
  nothing([
    'cut 3 seconds from it',
    'trim 5 secs off the video',
    'six seconds off',
    'cut 3 seconds from the start of clip 2',
    'remove 2 seconds from the middle of clip 3',
    'cut 2 seconds from clip 3 at 0:04',
  ]);
});

describe('held-out 19b en: a change named by its part, taken back', () => {
  table([
    ['take back that zoom change', [{ op: 'undo' }]],
    ['Take back the music change and the one before it', [{ op: 'undo' }, { op: 'undo' }]],
    ['scrap that title change', [{ op: 'undo' }]],
    ['forget my last music change pls', [{ op: 'undo' }]],
    ['cancel the crossfade edit', [{ op: 'undo' }]],
  ]);
  nothing(['ditch the scene change at 0:30', 'the speed change looks great']);
});

describe('held-out 19b en: a speed figure said last, after a vague one', () => {
  table([
    ['speed the whole thing up a touch, 1.2', [{ op: 'set_speed', factor: 1.2 }]],
    ['slow it down a little - 0.8', [{ op: 'set_speed', factor: 0.8 }]],
    ['make it a tad quicker, 1.25 please', [{ op: 'set_speed', factor: 1.25 }]],
    ['speed up clip 2 a bit, 1.5', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
  ]);
});

describe('held-out 19b en: music put in, on or under it, named as a new bed', () => {
  table([
    ['put the usual music on, no ducking', [music(0.35, false)]],
    ['put the music in but no ducking', [music(0.35, false)]],
    ['chuck some music under it', [music()]],
    ['stick the default track under it', [music()]],
    ["chuck the music underneath and don't let it duck", [music(0.35, false)]],
    ['bung the usual track in', [music()]],
    ["my file kora.mp3 at 40%, it should dip when I talk", [{ op: 'add_music', track: 'kora.mp3', volume: 0.4, duck: true }]],
  ]);
  table([
    ['chuck the music', [{ op: 'remove_music' }]],
    ['chuck the second clip', [{ op: 'remove_moment', index: 2 }]],
  ]);
});

describe('held-out 19b en: a card for the end or the start', () => {
  table([
    ['add card for the start: "Hello there"', [{ op: 'add_card', card: 'intro', text: 'Hello there', duration_ms: 2000 }]],
    ['a card for the very beginning saying "Welcome"', [{ op: 'add_card', card: 'intro', text: 'Welcome', duration_ms: 2000 }]],
    ['put a card for the end that says "Thanks for watching"', [{ op: 'add_card', card: 'outro', text: 'Thanks for watching', duration_ms: 2000 }]],
    ['Card for the end: "Call 555-0100"', [{ op: 'add_card', card: 'outro', text: 'Call 555-0100', duration_ms: 2000 }]],
    ['remove the card for the end', [{ op: 'remove_card', card: 'outro' }]],
  ]);
  table([['add a title for the end: "Bye"', [{ op: 'add_text', text: 'Bye', style: 'title' }]]]);
});

describe('held-out 19b en: a vocative, a "nah" or a dialect word around a request', () => {
  table([
    ['yo make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
    ['bruh export it mp4 and gif both', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
    ['nah undo it twice', [{ op: 'undo' }, { op: 'undo' }]],
    ['dude undo that, then redo it', [{ op: 'undo' }, { op: 'redo' }]],
    ['nahi music please', [{ op: 'remove_music' }]],
    ['nakko zoom', [{ op: 'set_zoom', mode: 'off' }]],
    ['nako blur, black bars instead', [{ op: 'set_fill', fill: 'letterbox' }]],
    ['start it all ower', [{ op: 'start_over' }]],
    ['clear da timeline, den gie me a 40 second cut', [{ op: 'start_over' }, { op: 'compile_best_moments', target_ms: 40000 }]],
    ["put some music in, an dow let it dip when I'm talkin", [music(0.35, false)]],
  ]);
  nothing(['yo dude', "dow touch the title"]);
});

describe('held-out 19b en: asking the product to post or upload is no shape', () => {
  table([['size it for tiktok', [{ op: 'set_aspect', aspect: '9:16' }]]]);
  nothing([
    'can you make it post to my instagram automatically',
    'have it upload straight to youtube',
    'can it auto-post to my reels?',
    'upload it to tiktok automatically',
    'make it post on tiktok when done',
  ]);
});

describe('held-out 19b en: a part named by what it shows, its place said after it', () => {
  table([
    ["slow the pouring part to half speed. that's clip 2", [{ op: 'set_speed', factor: 0.5, index: 2 }]],
    ['The kneading part please slow, half speed. It is clip 2', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
    ["remove the kitchen part. it's clip 3", [{ op: 'remove_moment', index: 3 }]],
    ['move the sunset scene to the start. It is clip #3.', [{ op: 'move_moment', index: 3, to: 1 }]],
    ['speed up the checkout part, 2x. this is the last clip', [{ op: 'set_speed', factor: 2, index: 3 }]],
  ]);
  nothing([
    'The frying part please slow, to half speed',
    "slow the pouring part to half speed. it's clip 2 that drags",
    "the dog bit is cute. it's clip 2",
  ]);
});
