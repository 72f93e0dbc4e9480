import { table, nothing } from './phrasingTable';

/**
 * Round 26's lines asked first, or read rightly with words left unread (held-out 25 and 26): each a class of what is
 * said beside a request, read in new wordings of it (against a draft of 3 moments and 1 text), and the look-alikes
 * that must change nothing.
 */

const UNDO = { op: 'undo' } as const;

describe('edit agent: round 26 asides beside a request → exact operations or nothing', () => {
  describe('a file kind said as the usual one ("an ordinary mp4") is the export\'s kind', () => {
    table([
      ['Export it, a normal webm please', [{ op: 'export', format: 'webm' }]],
      ['render it out, just a plain mp4', [{ op: 'export', format: 'mp4' }]],
      ['save the video, the usual mp4', [{ op: 'export', format: 'mp4' }]],
      ['export a standard gif', [{ op: 'export', format: 'gif' }]],
      ['make it vertical, then export, regular mov', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'export', format: 'mov' }]],
    ]);
    nothing(['is a normal mp4 ok?', 'a normal mp4 of the intro']);
  });

  describe('where a crossfade goes said first ("between the clips"), or the change described ("soft change"), beside it', () => {
    table([
      ['Across the clips, crossfade half a second', [{ op: 'crossfade', ms: 500 }]],
      ['between each clip, dissolve 2 seconds', [{ op: 'crossfade', ms: 2000 }]],
      ['a gentle change between the clips, crossfade 1 second', [{ op: 'crossfade', ms: 1000 }]],
      ['between the clips, add a crossfade', [{ op: 'crossfade', ms: 500 }]],
      ['soft transition please, dissolve 1 second', [{ op: 'crossfade', ms: 1000 }]],
    ]);
    nothing(['between the clips', 'soft change please', 'from the clips, remove the second']);
  });

  describe('how many uploads the user has ("I have 3 videos of …"), said before which to use, asks nothing', () => {
    table([
      ['from my 3 videos, use only a.mp4 and b.mp4', [{ op: 'use_sources', files: ['a.mp4', 'b.mp4'] }]],
      ["I've got 4 clips of the wedding, only use vows.mp4", [{ op: 'use_sources', files: ['vows.mp4'] }]],
      ['we recorded 2 videos, use only take2.mp4', [{ op: 'use_sources', files: ['take2.mp4'] }]],
      ['I have 3 videos, make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    nothing(['I have 3 videos', 'I have 3 videos, remove 2']);
  });

  describe('a greeting or a cry in another tongue ("salam my friend", "mizzica the music") opening a request', () => {
    table([
      ['namaste, make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['ciao bella, export it as mp4', [{ op: 'export', format: 'mp4' }]],
      ['bonjour mon ami, make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['shalom, use only a.mp4', [{ op: 'use_sources', files: ['a.mp4'] }]],
      ['eish the music, put it at 20 percent', [{ op: 'set_music_volume', volume: 0.2 }]],
      ["aiyo the title, change it to 'Hello'", [{ op: 'edit_text', text: 'Hello' }]],
      ['men the music, add lofi at 30 percent', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: true }]],
    ]);
    nothing(['namaste', 'eish the music']);
  });

  describe('beside a step back, a moment said as it was ("the last clip was good") is why', () => {
    table([
      ['take that back, the last clip was good', [UNDO]],
      ['undo, the middle clip was great', [UNDO]],
      ['Undo that, the second clip was fine before', [UNDO]],
      ['undo twice, the first clip was perfect', [UNDO, UNDO]],
    ]);
    nothing(['the last clip was good', 'was the last clip good?']);
  });

  describe('the silent stretches named (empty, blank), then said taken out, are taken out', () => {
    table([
      ['the silent bits cut out, then export', [{ op: 'remove_dead_air' }, { op: 'export', format: 'mp4' }]],
      ['the blank parts taken out please', [{ op: 'remove_dead_air' }]],
      ['remove the empty parts', [{ op: 'remove_dead_air' }]],
      ['cut out the blank bits and make it square', [{ op: 'remove_dead_air' }, { op: 'set_aspect', aspect: '1:1' }]],
      ['the quiet parts removed, then vertical', [{ op: 'remove_dead_air' }, { op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['the empty bits are fine', 'the empty bits, keep them', 'cut the empty space on the sides']);
  });
});
