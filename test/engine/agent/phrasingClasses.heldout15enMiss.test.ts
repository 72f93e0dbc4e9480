import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes held-out 15 (English) left unread: each case asserts the exact operations (against a draft of
 * 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: phrasing classes held-out 15 (English) left unread', () => {
  describe('dialect spelled as said: a dropped g, "th" said "t", Northern and Scots words, the Yorkshire "t\'"', () => {
    table([
      ["speed up where nothin's movin", [{ op: 'speed_up_idle', factor: 4 }]],
      ['remove the bits where nobody is talkin', [{ op: 'remove_dead_air' }]],
      ['retain everyting', [{ op: 'keep_everything' }]],
      ["bin t'last clip", [{ op: 'remove_moment', index: 3 }]],
      ['mute de music', [{ op: 'remove_music' }]],
      ["the bits where I'm just sittin there, cut em", [{ op: 'remove_dead_air' }]],
    ]);
    nothing(["t'was fine"]);
  });

  describe('silent or idle stretches said not wanted, or said to go, are removed; said not wanted cut, they are kept', () => {
    table([
      ["we don't need the pauses", [{ op: 'remove_dead_air' }]],
      ["I don't want any of the parts where nothing happens", [{ op: 'remove_dead_air' }]],
      ['dinnae want the silences', [{ op: 'remove_dead_air' }]],
      ['the music is fine, but the pauses should go', [{ op: 'remove_dead_air' }]],
      ['the silent parts can go now', [{ op: 'remove_dead_air' }]],
      ["I don't need any of the quiet bits", [{ op: 'remove_dead_air' }]],
    ]);
    nothing(["I don't want the pauses cut", "we don't want to lose the silences", "I don't want the gaps sped up"]);
  });

  describe('every second kept, nothing cut, no edits to the length: the whole recording kept', () => {
    table([
      ['keep every single second', [{ op: 'keep_everything' }]],
      ['retain each recorded frame', [{ op: 'keep_everything' }]],
      ['trim out nothing', [{ op: 'keep_everything' }]],
      ['no changes to the length', [{ op: 'keep_everything' }]],
      ['leave every second in', [{ op: 'keep_everything' }]],
      ['keep every last minute', [{ op: 'keep_everything' }]],
      ['not one second trimmed please', [{ op: 'keep_everything' }]],
      // "nothing" after a verb said for two clauses ("remove X and nothing else") keeps nothing whole.
      ['remove the silences and nothing else', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(["don't keep every frame", 'cut nothing but the intro']);
  });

  describe('idle stretches that could go quicker, or a number of times as fast (a factor said alone after them too)', () => {
    table([
      ['the loading bits could go quicker', [{ op: 'speed_up_idle', factor: 4 }]],
      ['the waiting parts, 3 times as fast', [{ op: 'speed_up_idle', factor: 3 }]],
      ['speed up where nothing moves, perhaps 6x', [{ op: 'speed_up_idle', factor: 6 }]],
      ['speed up the idle bits, twice as fast', [{ op: 'speed_up_idle', factor: 2 }]],
      ['Kim says the loading parts could go quicker, maybe 3x 🙏', [{ op: 'speed_up_idle', factor: 3 }]],
    ]);
    nothing(['the loading was quicker yesterday?']);
  });

  describe('a resolution said by its number after "make the picture / set it"', () => {
    table([
      ['make the image 1080', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['set the video at 720', [{ op: 'set_resolution', resolution: '720p' }]],
      ['make the footage 720 please', [{ op: 'set_resolution', resolution: '720p' }]],
    ]);
    nothing(['make the clip 720 wide', 'make the video 1080 by 1920']);
  });

  describe('a card the video begins with is its intro card', () => {
    table([
      ["begin with a card that says 'Welcome'", [{ op: 'add_card', card: 'intro', text: 'Welcome', duration_ms: 2000 }]],
      ["begin with a title card 'Spring Fair' for 4 seconds", [{ op: 'add_card', card: 'intro', text: 'Spring Fair', duration_ms: 4000 }]],
      ["start off with a card saying 'Hello'", [{ op: 'add_card', card: 'intro', text: 'Hello', duration_ms: 2000 }]],
    ]);
  });

  describe('the file made (or produced, generated) is an export', () => {
    table([
      ['produce the final file', [{ op: 'export', format: 'mp4' }]],
      ['ok, generate the file now', [{ op: 'export', format: 'mp4' }]],
      ['create a file please', [{ op: 'export', format: 'mp4' }]],
      ['produce the mp4 file', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['make the file smaller', 'make a file for each clip', 'where is the file?']);
  });

  describe('"no sound from the video", said alone, mutes the recording', () => {
    table([
      ['no audio from the recording', [{ op: 'set_source_volume', volume: 0 }]],
      ['without sound from the footage', [{ op: 'set_source_volume', volume: 0 }]],
      ['no sound from the video. The guests need to hear the speeches.', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
    nothing(["there's no sound from the video", 'no sound from the video?']);
  });

  describe("a sound named bare (\"keep game audio at 100%\") or at its full, recorded level is the recording's", () => {
    table([
      ['set mic audio to 80%', [{ op: 'set_source_volume', volume: 0.8 }]],
      ['leave the original sound at its full level', [{ op: 'set_source_volume', volume: 1 }]],
      ['keep my narration at its recorded level', [{ op: 'set_source_volume', volume: 1 }]],
    ]);
    nothing(['keep music audio at 20% or so?']);
  });

  describe('"strike" and "chuck" take a part away (not "chuck the music on", "chuck clip 1 to the end", "strike a pose")', () => {
    table([
      ['strike the second clip', [{ op: 'remove_moment', index: 2 }]],
      ['chuck the last clip please', [{ op: 'remove_moment', index: 3 }]],
      ['chuck out the first clip', [{ op: 'remove_moment', index: 1 }]],
      // Chucked somewhere, it is moved there.
      ['chuck the first clip to the end', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['strike the outro card', [{ op: 'remove_card', card: 'outro' }]],
    ]);
    nothing(['chuck the music on', 'strike a pose', "don't strike the title"]);
  });

  describe('a moment moved into the middle goes to the middle place (of an odd count)', () => {
    table([
      ['move clip 1 into the middle', [{ op: 'move_moment', index: 1, to: 2 }]],
      ['put the last clip to the centre', [{ op: 'move_moment', index: 3, to: 2 }]],
    ]);
  });

  describe('a moment and what is done to it, said as a headline ("clip 3 trimmed by 4 seconds")', () => {
    table([
      ['clip 2 shortened by 3 seconds', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
      ['the first clip moved to the end', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['Less waiting: clip 1 trimmed by 2 seconds', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
    ]);
    nothing(['clip 2 removed', 'clip 2 removed?', 'the second clip moved to the end?']);
  });

  describe('a moment said too long, then a verb of shortening alone: that moment trimmed', () => {
    table([
      ['the third clip drags on, shorten it a touch', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['clip 1 is way too long, trim it please', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
      ['the first clip is too long, can you shorten it a bit', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
    ]);
    nothing(['the third clip is too long?']);
  });

  describe('"passage" names a moment; a factor under one said after "slow it to"', () => {
    table([
      ['remove the third passage', [{ op: 'remove_moment', index: 3 }]],
      ['the last passage should come first', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['slow the second clip to 0.6', [{ op: 'set_speed', factor: 0.6, index: 2 }]],
      ['slow the first passage down to .5', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
    ]);
  });

  describe('the last change belayed, rescinded or countermanded is undone (said again with "revert it", once)', () => {
    table([
      ['rescind the last change', [{ op: 'undo' }]],
      ['countermand my last edit. Undo it.', [{ op: 'undo' }]],
    ]);
    nothing(['belay the rope']);
  });

  describe("asides: the footage picked from, a closing \"Agree?\" or \"Less is more.\", what the user will do later, a \"basta with …\", who must hear", () => {
    table([
      ['From the beach videos, keep only surf1.mp4', [{ op: 'use_sources', files: ['surf1.mp4'] }]],
      ['Make it vertical. Agree?', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['Drop the crossfades. Less is more.', [{ op: 'crossfade', ms: 0 }]],
      ["mute the recording's sound, I'll add a voiceover later", [{ op: 'set_source_volume', volume: 0 }]],
      ['enough with the slow bits, speed up the idle parts', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    nothing(['Do you agree?', 'less is more', 'I agree']);
  });

  describe('"make it for that" after a platform that shows one shape: the shape, said again', () => {
    table([
      ['my nieces are all on tiktok, so make it for that', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['resize it for that']);
  });
});
