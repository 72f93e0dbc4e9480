import { table, nothing } from './phrasingTable';

/**
 * Round 22's English classes from held-out 22 and the opened sets' sound misses (own wordings, no bench lines): each a
 * way of asking, read in new wordings of it (against a draft of 3 moments and 1 text), and look-alikes that must change
 * nothing.
 */

const music = (volume: number, duck = true) => ({ op: 'add_music', track: 'lofi', volume, duck }) as const;

describe('edit agent: round 22 held-out 22 English classes → exact operations or nothing', () => {
  describe('an approval, then only a figure after a comma ("…! lofi is fine, 40 percent"), after a request: the figure is its detail', () => {
    table([
      ['Put music on!! lofi is fine, 40 percent please', [music(0.4)]],
      ['put some music on! lofi sounds good, 20 percent', [music(0.2)]],
      ['add music. the default is ok, 25%', [music(0.25)]],
      ["Add a title 'Hello'. looks good, 3 seconds", [{ op: 'add_text', text: 'Hello', style: 'title', duration_ms: 3000 }]],
      ['Make a highlight reel. the default pace is fine, 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      // The approval alone, or with thanks, is still only an approval.
      ['Add music! the default is fine', [music(0.35)]],
      ['add music! the default one is fine, thanks', [music(0.35)]],
    ]);
    // Said first, the figure has no request to be a detail of.
    nothing(['the music is fine, 40%', 'the text looks good, 3 seconds']);
  });

  describe('a level said beside the ducking asked or refused ("80% volume and no ducking", "…, 30%, ducking under dialogue") is the music\'s level too', () => {
    table([
      ['add music. 30% and no ducking', [music(0.3, false)]],
      ['music please! 25% volume, ducking off', [music(0.25, false)]],
      ['add some music, 70% and never lower it when I talk', [music(0.7, false)]],
      ["put the lofi on. 40 percent, and don't duck it", [music(0.4, false)]],
      ['music, upbeat, 40 percent, and let it dip under my voice', [{ op: 'add_music', track: 'upbeat', volume: 0.4, duck: true }]],
      ['some lofi at 20%, and when I speak it goes down', [music(0.2)]],
      // Music there may be (no bed named): its level and its ducking.
      ['music at 60% and no ducking', [{ op: 'set_music_volume', volume: 0.6 }, { op: 'set_ducking', duck: false }]],
      ['music at 30%, ducking under dialogue', [{ op: 'set_music_volume', volume: 0.3 }, { op: 'set_ducking', duck: true }]],
      // The level of another sound named beside it is that sound's.
      ['add music. my voice at 80% volume and no ducking', [music(0.35), { op: 'set_source_volume', volume: 0.8 }, { op: 'set_ducking', duck: false }]],
      ['my voice at 50% and duck the music', [{ op: 'set_source_volume', volume: 0.5 }, { op: 'set_ducking', duck: true }]],
      ['turn off the ducking', [{ op: 'set_ducking', duck: false }]],
    ]);
    nothing(['the music was 30% and no ducking last time', 'is the music at 30% with no ducking?', 'the ducking was 30% last time', 'is the music at 30% with ducking?']);
  });

  describe('"look", "um" or a tag asking agreement in the user\'s own language (mira, …; …, tá?; …, uh-huh) around a request: no part of it', () => {
    table([
      ['mira, the second clip put it last', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['clip two, I need it 4 seconds shorter, tá?', [{ op: 'trim_moment', index: 2, by_ms: 4000 }]],
      ['oye, the first clip, 3 seconds shorter, né?', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
      ['the voice audio, 50 percent, ça va?', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['the music, 25 percent, capisce?', [{ op: 'set_music_volume', volume: 0.25 }]],
      ['too many pauses, cut them out, you know', [{ op: 'remove_dead_air' }]],
    ]);
    // A statement with no request stays one; "look" or a name without its pause is a word of the message.
    nothing(['the third clip is the best one, tá?', 'mira, the third clip is the best one', 'Mira wants the second clip first', 'look at clip 2']);
  });
});
