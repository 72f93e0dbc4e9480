import { table, nothing } from './phrasingTable';

/**
 * Round 22's English length, look and words requests (own wordings, no bench lines): each a way of asking, read in new
 * wordings of it (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const VERTICAL = { op: 'set_aspect', aspect: '9:16' } as const;
const clip = (seconds: number) => ({ op: 'compile_best_moments', target_ms: seconds * 1000 }) as const;

describe('edit agent: round 22 English length, look and words → exact operations or nothing', () => {
  describe('an emoji between two English clauses, before a verb or a "can you", ends the first as a full stop does', () => {
    table([
      ['filmed our bakery this morning 🥐 cut it to 40 seconds', [clip(40)]],
      ['we sell handmade candles 🕯️ make it vertical for reels', [VERTICAL]],
      ['export it 👍 then mute the audio', [{ op: 'export', format: 'mp4' }, { op: 'set_source_volume', volume: 0 }]],
      ['a quick tour of the farm 🐄 could you make it 45 seconds?', [clip(45)]],
      ['our new menu 🍜 please add some lofi music', [MUSIC]],
      // A greeting before the emoji opens the request, as before.
      ['hey team 👋 can you make it vertical', [VERTICAL]],
    ]);
    // Words shown keep their emoji; an emoji before no verb ends nothing.
    table([['add a text that says "sale 🔥 today"', [{ op: 'add_text', text: 'sale 🔥 today', style: 'title' }]]]);
    nothing(['add a 🔥 sticker', 'I love it 😍 thanks']);
  });

  describe('the video asked for "in" a time too short to wait for (seconds, one minute) is the length it is to fit in', () => {
    table([
      ['I need the video in 1 minute', [clip(60)]],
      ['I need the video of our bakery in 1 minute for youtube', [clip(60)]],
      ['can you do the whole thing in 45 seconds', [clip(45)]],
      ['I want the clip in 30 seconds for instagram', [clip(30)]],
      ['we need it in 90 seconds', [clip(90)]],
      ['fit the tour in one minute please', [clip(60)]],
    ]);
    // A time from now (minutes, hours), or said of what the user does, is no length.
    nothing(['I need the video in 10 minutes', 'the meeting starts in 5 minutes', 'I need it in 2 hours', "I'll be back in 30 seconds",
      'I need to leave in 30 seconds', 'ready in 1 minute?']);
  });

  describe('a length unit shortened as other languages shorten it ("15 sek", "30 seg") is seconds', () => {
    table([
      ['cut it to 30 seg', [clip(30)]],
      ['a 20 sek clip please', [clip(20)]],
      ['make this 15 sek for reels', [VERTICAL, clip(15)]],
      ['mek it 20 sek for tiktok', [VERTICAL, clip(20)]],
      ['kürz es auf 40 sek', [clip(40)]],
    ]);
    nothing(['the seg', 'the second clip']);
  });

  describe('what a clip of a length is "of" (its music, its text, its moments) is what it shows, no part to edit', () => {
    table([
      ['make a 40 second video of the funniest moments', [clip(40)]],
      ['give me a one minute cut of the text animations', [clip(60)]],
      ['make a 45 second clip of the speed runs', [clip(45)]],
      ['I want a 30 second clip of the dance scenes', [clip(30)]],
      ['a 20 second reel of the music parts for instagram', [VERTICAL, clip(20)]],
      ['can you do a 2 minute version of the singing bits with some lofi music', [clip(120), MUSIC]],
      ['make it a 30 second clip of the beat drops and add a fade in', [clip(30), { op: 'fade', target: 'clip', in_ms: 1000 }]],
    ]);
    // A part named by its place, or one alone, is not guessed at.
    nothing(['a 30 second clip of the intro', 'cut a 30 second clip of clip 2', 'make a 30 second clip of the dance scene']);
  });

  describe('a fill asked, then the other one judged bad after a comma ("use black bars, blur looks cheap"), is the one asked', () => {
    table([
      ['use black bars, blur looks cheap', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['black bars please, blur is ugly', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['letterbox it, the blur looks bad', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['go with blur, the black bars look awful', [{ op: 'set_fill', fill: 'blur' }]],
      // The complaint first, the wish after it, as before.
      ['blur looks cheap, black bars', [{ op: 'set_fill', fill: 'letterbox' }]],
    ]);
    // A complaint alone asks for no fill.
    nothing(['hmm, the blur is ugly', 'the black bars look awful']);
  });

  describe('"make it that" after a value someone wants ("the boss wants 720p, make it that") asks for that value again', () => {
    table([
      ['the boss wants 720p, make it that', [{ op: 'set_resolution', resolution: '720p' }]],
      ['my client wants a 40 second cut, make it that', [clip(40)]],
      ['instagram wants square, make it that please', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['the school wants it vertical, so make it so', [VERTICAL]],
    ]);
    nothing(['make it that', 'make it that long']);
  });

  describe('the user\'s own export after "but" ("…, but I\'ll export later") is no request: the one before it stands', () => {
    table([
      ["set it to 1080p but I'll export later", [{ op: 'set_resolution', resolution: '1080p' }]],
      ["make it square but I'll export it myself", [{ op: 'set_aspect', aspect: '1:1' }]],
      ['cut it to 30 seconds but we will download it tomorrow', [clip(30)]],
      ['make it vertical but I will render it tonight', [VERTICAL]],
      // A request after "but" is still one.
      ['make it square but export it now', [{ op: 'set_aspect', aspect: '1:1' }, { op: 'export', format: 'mp4' }]],
    ]);
    nothing(["I'll export it later", 'we will render it tonight']);
  });

  describe('a request passed on in quotes ("Forwarded: \'…\'", "my boss says: \\"…\\"") is the request', () => {
    table([
      ["Forwarded: 'the title should be on screen from 0:01 to 0:05'", [{ op: 'edit_text', start_ms: 1000, end_ms: 5000 }]],
      ['Fwd: "cut it to 30 seconds and make it square"', [clip(30), { op: 'set_aspect', aspect: '1:1' }]],
      ["my boss says: 'cut it to 45 seconds please'", [clip(45)]],
      ['from Marco: "can we get this down to a minute and vertical?"', [VERTICAL, clip(60)]],
      ['the client wrote: “can you add lofi music at 20%”', [{ ...MUSIC, volume: 0.2 }]],
    ]);
    // Words a part of the draft shows, or a remark passed on, are no request passed on.
    table([['the title says: \'Welcome\'', [{ op: 'add_text', text: 'Welcome', style: 'title' }]]]);
    nothing(["she said: 'I love it'", "the card should say: 'Hi there'"]);
  });
});
