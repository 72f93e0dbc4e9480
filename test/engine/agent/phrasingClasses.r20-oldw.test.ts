import * as assert from 'node:assert/strict';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../../src/protocol';
import { nothing, table } from './phrasingTable';

/**
 * Round 20's classes of the older held-out sets' wrong edits (held-out 12 to 19b), read in new wordings of them, and
 * the look-alikes that must stay as they were.
 */

/** Each phrase read as exactly these operations, nothing left unread, in a draft known to have (or not) music. */
const against = (music: boolean) => (cases: [string, EditOp[]][]) => {
  for (const [phrase, expected] of cases) {
    it(`"${phrase}" (${music ? 'with' : 'no'} music)`, () => assert.deepEqual(parseInstruction(phrase, { moments: 3, texts: 1, music }), { ops: expected, unknown: [] }));
  }
};
const withoutMusic = against(false);
const withMusic = against(true);

const lofi = (volume: number): EditOp => ({ op: 'add_music', track: 'lofi', volume, duck: true });

describe('edit agent: round 20 older wrong edits → exact operations or nothing', () => {
  describe('music at a level wished for ("would be nice") or asked for past a comma ("music please, 40% volume"), no music yet, is that music', () => {
    withoutMusic([
      ['background music at 20% would be nice', [lofi(0.2)]],
      ["music at 35% would be great, thanks", [lofi(0.35)]],
      ["lo-fi at 25% would be lovely", [lofi(0.25)]],
      ['some music please, 45% volume', [lofi(0.45)]],
      ['background music please, at 30% volume', [lofi(0.3)]],
    ]);
    // The level of music there is, or one said to be changed, is that level set, as before.
    withMusic([['music at 20% would be nice', [{ op: 'set_music_volume', volume: 0.2 }]]]);
    withoutMusic([
      ['the music should be at 20%', [{ op: 'set_music_volume', volume: 0.2 }]],
      ['music volume 30%', [{ op: 'set_music_volume', volume: 0.3 }]],
    ]);
  });

  describe('music added, then after a pause (……, a space) a change of its level, is added then changed', () => {
    withoutMusic([
      ['来点音乐……小声一点', [lofi(0.35), { op: 'set_music_volume', change: 'quieter' }]],
      ['加段配乐 比默认再大声点', [lofi(0.35), { op: 'set_music_volume', change: 'louder' }]],
    ]);
    // Said of music there is, the level alone is changed.
    withMusic([['音乐再小声一点', [{ op: 'set_music_volume', change: 'quieter' }]]]);
  });

  describe('the music not to be pushed down "for me" when one speaks (别给我压下去) switches the ducking off', () => {
    table([
      ['我讲话的时候别给我把音乐压下去', [{ op: 'set_ducking', duck: false }]],
      ['解说的时候不要帮我降低', [{ op: 'set_ducking', duck: false }]],
    ]);
    withoutMusic([['加个音乐，说话时别给我压下去', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: false }]]]);
    nothing(['说话的时候别给我打断']);
  });
});
