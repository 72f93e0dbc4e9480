import { table, nothing } from './phrasingTable';

/**
 * Round 25's wrong edits in English (held-out 25 and the older opened sets), each a class, read in new wordings of it
 * (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const UNDUCKED = { op: 'add_music', track: 'lofi', volume: 0.35, duck: false } as const;
const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

describe('edit agent: round 25 wrong edits → exact operations or nothing', () => {
  describe('the ducking refused as a doing ("no going down when I speak", "don\'t go dropping it down"), either side of the speaking', () => {
    table([
      ['add the lofi, and no going down when I talk', [UNDUCKED]],
      ['put music on, but no dipping while she speaks', [UNDUCKED]],
      ["add some music, when I'm talking no lowering", [UNDUCKED]],
      ['add music, whenever we speak never getting quieter', [UNDUCKED]],
      ["lay some tunes under it, and don't go turning it down when I speak", [UNDUCKED]],
      ['add the lofi, no bringing it down while I narrate', [UNDUCKED]],
      ['加点背景音乐，我说话的时候不要压低', [UNDUCKED]],
    ]);
    nothing(['no lowering the title', 'no dropping clip 2 when I talk about it', 'not dipping when I talk']);
  });

  describe('music named by which it is, no verb ("music default one", "default music"), is asked for', () => {
    table([
      ['music default one', [MUSIC]],
      ['the music, the usual one please', [MUSIC]],
      ['background music: the standard one', [MUSIC]],
      ['default music, and export', [MUSIC, { op: 'export', format: 'mp4' }]],
      ['背景音乐默认', [MUSIC]],
    ]);
    nothing(['music default volume', 'the default music volume please']);
  });

  describe('music put on ("throw some music on it") with a level said after it, even "turn it up", is the new music\'s level', () => {
    table([
      ['throw some music on it, but turn it up, like 60%', [{ ...MUSIC, volume: 0.6 }]],
      ['put a little lofi under it, louder, 70%', [{ ...MUSIC, volume: 0.7 }]],
      ['slap some tunes on, but turn it down, 20%', [{ ...MUSIC, volume: 0.2 }]],
      ['slap a bit of lofi on, louder, 50%', [{ ...MUSIC, volume: 0.5 }]],
    ]);
    table([['put the music louder, 60%', [{ op: 'set_music_volume', volume: 0.6 }]]]);
  });

  describe('the auto zoom switched off with its mode between ("zoom automatic off") is off, not on', () => {
    table([
      ['zoom automatic off', [{ op: 'set_zoom', mode: 'off' }]],
      ['zooming auto off please', [{ op: 'set_zoom', mode: 'off' }]],
      ['zoom automatically off, I want to see all the desk', [{ op: 'set_zoom', mode: 'off' }]],
      ['zoom auto off, i wanna see all of the room', [{ op: 'set_zoom', mode: 'off' }]],
    ]);
    table([
      ['zoom auto on', [{ op: 'set_zoom', mode: 'auto' }]],
      ['zoom automatic', [{ op: 'set_zoom', mode: 'auto' }]],
    ]);
  });

  describe('the thing refused said first, "I don\'t want" closing the clause ("the crossfades I don\'t want"), asks nothing of it', () => {
    table([['the fade between the clips I do not want, hard cuts', [{ op: 'crossfade', ms: 0 }]]]);
    nothing(["the crossfades I don't want", "those fades we don't need", "the zoom I don't want any more", "the title I don't want to move"]);
  });

  describe('a card put "in the beginning" is the intro card, not a title', () => {
    table([
      ["add in the beginning a card 'Hello there', 3 seconds", [{ op: 'add_card', card: 'intro', text: 'Hello there', duration_ms: 3000 }]],
      ["in the very beginning put a card saying 'Welcome'", [{ op: 'add_card', card: 'intro', text: 'Welcome', duration_ms: 2000 }]],
      ["put a card in the start 'Day one'", [{ op: 'add_card', card: 'intro', text: 'Day one', duration_ms: 2000 }]],
      ["in the beginning a title 'Welcome'", [{ op: 'add_text', text: 'Welcome', style: 'title', anchor: 'start' }]],
    ]);
    nothing(['in the beginning the clip is slow']);
  });

  describe('what the export is without, said before its verb ("without music export again"), is taken out first', () => {
    const EXPORT = { op: 'export', format: 'mp4' } as const;
    table([
      ['export, and then without music export again', [EXPORT, { op: 'remove_music' }, EXPORT]],
      ['export, then without the title export it again', [EXPORT, { op: 'remove_text' }, EXPORT]],
      ['without the intro card, render again', [{ op: 'remove_card', card: 'intro' }, EXPORT]],
      ['without the music export a webm', [{ op: 'remove_music' }, { op: 'export', format: 'webm' }]],
    ]);
    table([['export, then export again without music', [EXPORT, { op: 'remove_music' }, EXPORT]]]);
  });

  describe('a picture named, then "the one I sent", is the user\'s upload as the background', () => {
    table([
      ['put the photo as background, the one I uploaded', [{ op: 'set_background', background: 'image' }]],
      ['a background picture, that one we sent earlier', [{ op: 'set_background', background: 'image' }]],
      ["background image, the one I've just shared", [{ op: 'set_background', background: 'image' }]],
    ]);
    table([['background, the aurora one', [{ op: 'set_background', background: 'aurora' }]]]);
  });
});
