import * as assert from 'node:assert/strict';
import { nothing, table, understood } from './phrasingTable';

/**
 * Round 24's words left unread beside a request read rightly (no bench lines): a cheer, a thanks or words of another
 * language said apart at either end of the message, a statement of how the footage sounds or looks said with "'s" or
 * after a cry, and the moment a zoom is at named by what happens there, in new wordings of each (against a draft of 3
 * moments and 1 text); a clause that may be a request in words not known, or that names another part, stays named.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

/** Phrases whose reply must still name the clause it could not read. */
const named = (cases: [string, string][]) => {
  for (const [phrase, left] of cases) it(`names "${left}" in "${phrase}"`, () => assert.ok(understood(phrase).unknown.includes(left), JSON.stringify(understood(phrase))));
};

describe('edit agent: round 24 words left unread → exact operations, the aside not named', () => {
  describe('a cheer, a thanks or words of another language, said apart at the start or the end of the message, ask nothing', () => {
    table([
      ['spot on. remove the second clip', [{ op: 'remove_moment', index: 2 }]],
      ['bang on, export it as 720p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['dead on! mute the clip audio', [{ op: 'set_source_volume', volume: 0 }]],
      ['go mbeannaí Dia duit! add the default music', [MUSIC]],
      ['go n-éirí leat. make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['remove the second clip. spot on mate', [{ op: 'remove_moment', index: 2 }]],
      ['export it as a webm, bang on', [{ op: 'export', format: 'webm' }]],
    ]);
    // A verb (known or not) with what it takes, a "go" with what English puts after it, a modal, or an edit word: named.
    named([
      ['nix it. export it as 720p', 'nix it'],
      ['tighten up. export it as 720p', 'tighten up'],
      ['go black. export it as 720p', 'go black'],
      ['go black and white. export it as 720p', 'go black and white'],
      ['jazz it up, export 720p', 'jazz it up'],
      ['export it as 720p. spice things up', 'spice things up'],
    ]);
    nothing(['spot on', 'dead on!', 'go n-éirí leat']);
  });

  describe('how the footage sounds or looks, said with "\'s" for "is" or after a cry, beside a request about it, is why', () => {
    table([
      ["crikey the fan's loud, mute the clip audio", [{ op: 'set_source_volume', volume: 0 }]],
      ["blimey the music's loud, turn the music down", [{ op: 'set_music_volume', change: 'quieter' }]],
      ['gosh that hum is awful, turn the clip sound down to 20%', [{ op: 'set_source_volume', volume: 0.2 }]],
      ["yikes the traffic's brutal, mute the original audio", [{ op: 'set_source_volume', volume: 0 }]],
      ["oof the room's too dark, make it vertical", [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    // A verb before the subject, a subject with a relative clause, or a part the request does not change: named.
    named([
      ["the title's ugly, remove the second clip", "the title's ugly"],
      ['nix the bit that is boring, export 720p', 'nix the bit that is boring'],
      ["blimey the music's loud, export it as 720p", "blimey the music's loud"],
    ]);
    nothing(["crikey the fan's loud", "the wind's brutal"]);
  });

  describe('the moment a zoom is at, named by what happens there, is which moment that is', () => {
    table([
      ['the bit where the cork pops, zoom in at 0:05 for 3 seconds', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 3000 }]],
      ['the jumping part, zoom in at 0:12', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]],
      ['that goal moment, zoom at 0:40 for 2 seconds', [{ op: 'zoom_at', start_ms: 40000, duration_ms: 2000 }]],
      ['the moment when she laughs, zoom at 1:02', [{ op: 'zoom_at', start_ms: 62000, duration_ms: 3000 }]],
    ]);
    // A moment named by its place, or beside no zoom: named.
    named([
      ['the second part, zoom in at 0:05', 'the second part'],
      ['the jumping part, add the default music', 'the jumping part'],
    ]);
    nothing(['the jumping part', 'the bit where the cork pops']);
  });

  describe('what the user says back to the editor ("I hear you on…"), beside a request, asks nothing of the parts it names', () => {
    table([
      ['I hear you on the music. Now export it as 720p.', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['I get you about the length, add the default music', [MUSIC]],
      ['we see what you mean about the title. remove the second clip', [{ op: 'remove_moment', index: 2 }]],
      ['I hear ya on the sound, make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    // A wish of the user's ("I need you to…"), what the user asked before, or a part said apart from the answer: named.
    named([
      ['I need you to look at the title, export it as 720p', 'I need you to look at the title'],
      ['I asked you about the title, remove the second clip', 'I asked you about the title'],
      ['I hear you about the title, but the second clip is ugly. export it', 'the second clip is ugly'],
    ]);
    nothing(['I hear you on the length', 'I get you']);
  });

  describe('beside a step back, a reason naming the last or first change (no moment) is why', () => {
    table([
      ['wait I changed my mind about the last edit, undo it', [{ op: 'undo' }]],
      ['undo, that last change was a mistake', [{ op: 'undo' }]],
      ['redo it, I liked that last tweak after all', [{ op: 'redo' }]],
    ]);
    nothing(['that last change was a mistake']);
  });

  describe('a sound taken out when named by what makes it ("the seagull sound") is a sound cleaned, nothing the editor does', () => {
    // The recording's own sound taken out is muted.
    table([
      ['remove the clip sound', [{ op: 'set_source_volume', volume: 0 }]],
      ['get rid of the ambient sound', [{ op: 'set_source_volume', volume: 0 }]],
      ['remove the original sound', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
    nothing(['remove the seagull sound', 'get rid of only the dog sound', 'cut out the wind sound', 'remove just the traffic sound',
      'the gulls are loud, can you strip out the gull sound?']);
  });
});
