import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 34, English texts and music: a text named by its noun with its words, then a place ("caption 'Hi' center") is
 * a new text ("center" is a verb only before what it centres); a position typed with a double letter once ("botom",
 * "midle"); a text's length set off by commas among its other details; the place not wanted set off by commas before
 * more said ("at the bottom, not at the top, and say …"); Hindi verbs and possessives inside English ("title hata do",
 * "meri photo"), a Hindi refusal left unread; the music lowered under speech is its ducking; its dip refused after an
 * "and" or a "but"; a named file with a level and its ducking refused; a fade's two ends each said with its verb,
 * one length for both; a request asked as a question of what was just named ("Could that go underneath …?"). Own
 * wordings (not the bench's lines), against a draft of 3 moments and 1 text, read as exactly these operations with
 * nothing unread and nothing asked; and look-alikes that must stay unread or change nothing.
 */

const music = (track = 'lofi', volume = 0.35, duck = true) => ({ op: 'add_music' as const, track, volume, duck });

describe('edit agent: round 34, English texts and music', () => {
  describe('a text named by its noun with its words, then a place, is a new text there', () => {
    sure([
      ["caption 'Hi there' center from 0:02 to 0:05", [{ op: 'add_text', text: 'Hi there', style: 'caption', start_ms: 2000, end_ms: 5000, position: 'center' }]],
      ["title 'Grand Opening' centre", [{ op: 'add_text', text: 'Grand Opening', style: 'title', position: 'center' }]],
      ["subtitle 'Welcome' in center at the start", [{ op: 'add_text', text: 'Welcome', style: 'caption', anchor: 'start', position: 'center' }]],
      ["title 'Big Sale' in centre, slide in", [{ op: 'add_text', text: 'Big Sale', style: 'title', position: 'center', motion: 'slide' }]],
      // "center" before what it centres is the verb: the text there moves.
      ['center the title', [{ op: 'edit_text', position: 'center' }]],
    ]);
    nothing(['is the title in center?']);
  });

  describe('a position typed with a double letter once is that position', () => {
    sure([
      ["title 'Hi' at the botom", [{ op: 'add_text', text: 'Hi', style: 'title', position: 'bottom' }]],
      ['move the title to the botom', [{ op: 'edit_text', position: 'bottom' }]],
      ["caption 'Sale' in the midle", [{ op: 'add_text', text: 'Sale', style: 'caption', position: 'center' }]],
      ['put the text at the botom of the screen', [{ op: 'edit_text', position: 'bottom' }]],
    ]);
    nothing(['the botom of the frame is blurry']);
  });

  describe("a text's length set off by commas among its other details is how long it shows", () => {
    sure([
      ["title 'Hi' at the start, 4 seconds, slide it in", [{ op: 'add_text', text: 'Hi', style: 'title', duration_ms: 4000, anchor: 'start', motion: 'slide' }]],
      ["title 'Bye' at the end, 5 seconds, at the top", [{ op: 'add_text', text: 'Bye', style: 'title', duration_ms: 5000, anchor: 'end', position: 'top' }]],
    ]);
    // A length no text shows for is not guessed at.
    notSure(["title 'Hi' at the start, 40 seconds, slide it in"]);
  });

  describe('the place not wanted, set off by commas before more is said, is not the place', () => {
    sure([
      ["the text must be at the bottom, not at the top, and say 'Open late'", [{ op: 'edit_text', text: 'Open late', position: 'bottom' }]],
      ["put the title at the top, not the bottom, and make it say 'Hi'", [{ op: 'edit_text', position: 'top', text: 'Hi' }]],
      ['move the caption to the middle, not the top, then export', [{ op: 'edit_text', position: 'center' }, { op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('Hindi verbs and possessives inside English', () => {
    sure([
      ['title hata do', [{ op: 'remove_text' }]],
      ['music hatao', [{ op: 'remove_music' }]],
      ['clip 2 hata do', [{ op: 'remove_moment', index: 2 }]],
      ['zoom hata do', [{ op: 'set_zoom', mode: 'off' }]],
      ['meri photo background me lagao', [{ op: 'set_background', background: 'image' }]],
    ]);
    // Refused ("mat", "nahi") or with no light verb (Swahili's "hata", "even"), nothing is read as the request.
    notSure(['title mat hatao', 'title nahi hatao']);
    nothing(['sitaki hata kidogo']);
  });

  describe('the music lowered under speech is its ducking (not a level, nor a removal)', () => {
    sure([
      ['add music, lower it under speaking', [music()]],
      ['lower the music under my voice', [{ op: 'set_ducking', duck: true }]],
      ['drop the music under the narration', [{ op: 'set_ducking', duck: true }]],
      ['bring the music down under the voiceover', [{ op: 'set_ducking', duck: true }]],
      ['dip it under the talking', [{ op: 'set_ducking', duck: true }]],
      // Without speech, the level or the removal.
      ['lower the music', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['drop the music', [{ op: 'remove_music' }]],
    ]);
  });

  describe('the dip refused after an "and" or a "but", where someone speaks', () => {
    sure([
      ['add music at 30%, and not dip when people speak', [music('lofi', 0.3, false)]],
      ['put some music on, but never drop when I talk', [music('lofi', 0.35, false)]],
      ['add upbeat music and not duck when we speak', [music('upbeat', 0.35, false)]],
      ['add music, and dip when people speak', [music()]],
    ]);
  });

  describe('a named file with a level and its ducking refused is that music', () => {
    sure([
      ['add our theme beat.mp3 at 45% without ducking', [music('beat.mp3', 0.45, false)]],
      ['add the music song.wav at 30 percent, no ducking', [music('song.wav', 0.3, false)]],
      ["music theme.mp3 at 20% and don't duck it", [music('theme.mp3', 0.2, false)]],
    ]);
  });

  describe("a fade's two ends each said with its verb, one length after both, are one fade", () => {
    sure([
      ['Add the music beat.mp3 with fade in and fade out, 2 seconds', [music('beat.mp3'), { op: 'fade', target: 'music', in_ms: 2000, out_ms: 2000 }]],
      ['fade the music in and fade it out over 3 seconds', [{ op: 'fade', target: 'music', in_ms: 3000, out_ms: 3000 }]],
      ['fade in and fade out, 1.5 seconds', [{ op: 'fade', target: 'clip', in_ms: 1500, out_ms: 1500 }]],
      // Each its own length, or each its own part: two.
      ['fade in 2s and fade out 3s', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 3000 }]],
      ['fade in the music and fade out the video', [{ op: 'fade', target: 'music', in_ms: 1000 }, { op: 'fade', target: 'clip', out_ms: 1000 }]],
    ]);
  });

  describe('a request asked as a question of what was just named', () => {
    sure([
      ["I've uploaded song.mp3. Could that go underneath at 20 percent?", [music('song.mp3', 0.2)]],
      ['add music. Could that go underneath, and not dip when people speak?', [music('lofi', 0.35, false)]],
      ['add music. could it go underneath at a quarter of the volume?', [music('lofi', 0.25)]],
    ]);
    nothing(['could it be?', 'can it play a banjo tune it makes up?']);
  });
});
