import type { EditOp } from '../../../src/protocol';
import { nothing, table } from './phrasingTable';

/**
 * Classes of English asking the grammar left unread in held-out 18 (session 18), each in other wordings than the
 * bench's, with look-alikes that ask nothing (against a draft of 3 moments and 1 text).
 */

const undo: EditOp = { op: 'undo' };
const startOver: EditOp = { op: 'start_over' };
const showTracks: EditOp = { op: 'show_tracks' };
const removeText: EditOp = { op: 'remove_text' };
const mute: EditOp = { op: 'set_source_volume', volume: 0 };
const backdrop: EditOp = { op: 'set_background', background: 'aurora' };
const music: EditOp = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true };

describe('edit agent: held-out 18 English misses, read by class', () => {
  describe('a change taken back ("take that one back", "take back the last edit") is an undo', () => {
    table([
      ['take that one back, it was wrong', [undo]],
      ['oops, take back the last edit', [undo]],
      ['could you take back my previous change?', [undo]],
      ['hmm take that back please', [undo]],
    ]);
    nothing(['did you take that back?']);
  });

  describe('the whole draft started over ("start the whole thing over", "start everything over") is a start over', () => {
    table([
      ['start the whole thing over, this is a disaster', [startOver]],
      ["let's start this whole thing over", [startOver]],
      ['start everything over please', [startOver]],
      ['can we start the entire edit over', [startOver]],
    ]);
    nothing(['the whole thing is a mess']);
  });

  describe('"what have I got on the timeline": asking what the tracks hold shows them', () => {
    table([
      ['what have I got on the timeline right now', [showTracks]],
      ["what've we got on the tracks", [showTracks]],
      ['what do we have on the tracks at the moment', [showTracks]],
    ]);
    nothing(['what did I say on the tracks']);
  });

  describe('every word taken off the screen is all the text removed', () => {
    table([
      ['take every word off the screen please', [removeText]],
      ['get rid of every word on the video', [removeText]],
      ['remove the writing off the screen', [removeText]],
      ['clear all the words off the video', [removeText]],
    ]);
    nothing(['every word on the screen is spelled right']);
  });

  describe('a speed asked of every clip is the whole video\'s speed (a length of every clip stays unread)', () => {
    table([
      ['make every clip a bit faster, 1.3x', [{ op: 'set_speed', factor: 1.3 }]],
      ['slow each scene down to 0.8x please', [{ op: 'set_speed', factor: 0.8 }]],
      ['all the clips at half speed', [{ op: 'set_speed', factor: 0.5 }]],
      ['play every shot at 1.25x', [{ op: 'set_speed', factor: 1.25 }]],
    ]);
    nothing(['make every clip 5 seconds', 'every clip is too slow']);
  });

  describe('seconds lost, pared or whittled off a moment trim it; a "portion" is a moment', () => {
    table([
      ['lose 2 seconds off clip 1', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
      ['could you lose four seconds off the second clip?', [{ op: 'trim_moment', index: 2, by_ms: 4000 }]],
      ['pare clip 3 down by 2 seconds', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['whittle the first section down by 1.5 seconds', [{ op: 'trim_moment', index: 1, by_ms: 1500 }]],
      ['the second portion drags, cut it', [{ op: 'remove_moment', index: 2 }]],
      ['move portion 1 to the end', [{ op: 'move_moment', index: 1, to: 3 }]],
    ]);
    nothing(['the second portion is my favourite', 'the clips are a bit long']);
  });

  describe('"the third bit" put, or going, before or after another is moved there ("a bit" alone names no moment)', () => {
    table([
      ['stick the last bit before the first bit', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['put the 2nd bit after the third bit please', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['the last bit should come first', [{ op: 'move_moment', index: 3, to: 1 }]],
    ]);
    table([['put a bit of music before the intro', [music]]]);
    nothing(['a bit should go first']);
  });

  describe('a letter\'s "Regards" after the request asks nothing', () => {
    table([
      ['could the first bit go after the second bit? Regards', [{ op: 'move_moment', index: 1, to: 2 }]],
      ['make it vertical. Kind regards', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['Regards']);
  });

  describe('the sound said alone, switched off ("sound off entirely", "switch the audio off"), is the recording\'s', () => {
    table([
      ['audio off completely', [mute]],
      ['switch the sound off please', [mute]],
      ['the sound off entirely', [mute]],
    ]);
    nothing(['is the sound off?']);
  });

  describe('a sound named by what makes it ("the yelling", "the applause") is the recording\'s; a stretch named by it is not all of it', () => {
    table([
      ['the yelling in the footage is too much, bring it down to 30%', [{ op: 'set_source_volume', volume: 0.3 }]],
      ['turn the barking down to 20 percent', [{ op: 'set_source_volume', volume: 0.2 }]],
      ['the applause is too loud, lower it to half', [{ op: 'set_source_volume', volume: 0.5 }]],
    ]);
    nothing(['remove the part with the screaming', 'mute the bits where the dog barks', 'the yelling in the footage is hilarious']);
  });

  describe('each moment melting, blending or dissolving into the next is a crossfade', () => {
    table([
      ['let every clip melt into the next', [{ op: 'crossfade', ms: 500 }]],
      ['the scenes should blend into each other, one second', [{ op: 'crossfade', ms: 1000 }]],
      ['each shot should dissolve into the next one, half a second', [{ op: 'crossfade', ms: 500 }]],
    ]);
  });

  describe('a soft, gentle or calm backdrop is the default one', () => {
    table([
      ['a soft backdrop behind the video please', [backdrop]],
      ['add a gentle background', [backdrop]],
    ]);
  });

  describe('music that dips while someone explains or narrates is ducked', () => {
    table([
      ["add music and duck it while I'm explaining", [music]],
      ["put some lo-fi in and have it dip when we're narrating", [music]],
    ]);
  });

  describe('"could the whole video go faster?": what the part it changes should do, asked as a question, is asked', () => {
    table([
      ['could the whole thing go a bit slower, 0.8x?', [{ op: 'set_speed', factor: 0.8 }]],
      ["can the words 'Welcome home' stay on for the first 3 seconds?", [{ op: 'add_text', text: 'Welcome home', style: 'title', anchor: 'start', duration_ms: 3000 }]],
      ['would the clips blend into one another, 1 second?', [{ op: 'crossfade', ms: 1000 }]],
      ['could my clips go faster please, 1.5x?', [{ op: 'set_speed', factor: 1.5 }]],
    ]);
    nothing(['could the video go on instagram?', 'can the music stay?']);
  });

  describe('static stretches (no static noise) are where nothing moves', () => {
    table([
      ['cut the static bits', [{ op: 'remove_dead_air' }]],
      ['get rid of the static stretches where nothing moves', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['remove the static']);
  });
});
