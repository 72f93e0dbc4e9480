import type { MusicBed } from '../../protocol';
/**
 * The built-in music beds as scores: one loop each, a few chords, synthesised note by note (see musicBeds.ts).
 * Written here rather than downloaded so the engine stays offline and every bed is ours to ship.
 */
export type Envelope = 'pluck' | 'pad' | 'kick' | 'hat';

export interface Note {
  /** Start inside the loop, s. */
  at: number;
  length: number;
  /** MIDI note number (69 = A4); unused by drums. */
  pitch: number;
  gain: number;
  envelope: Envelope;
}

export interface Score {
  /** Length of one loop, s. */
  loop: number;
  notes: Note[];
  /** Colour applied to the whole loop (ffmpeg audio filters). */
  post: string;
}

type Chord = number[];

const chordNotes = (chords: Chord[], bar: number, envelope: Envelope, gain: number, strum = 0): Note[] =>
  chords.flatMap((chord, i) => chord.map((pitch, k) => ({ at: i * bar + k * strum, length: bar, pitch, gain, envelope })));

/** Notes on a grid: `pattern` picks, per step, a chord tone index (or -1 for a rest). */
const arpeggio = (chords: Chord[], bar: number, steps: number, pattern: number[], gain: number, octave = 0): Note[] =>
  chords.flatMap((chord, i) =>
    Array.from({ length: steps }, (_, s) => pattern[s % pattern.length])
      .map((tone, s) => ({ tone, s }))
      .filter(({ tone }) => tone >= 0)
      .map(({ tone, s }) => ({ at: i * bar + (s * bar) / steps, length: bar / steps * 2, pitch: chord[tone % chord.length] + 12 * octave, gain, envelope: 'pluck' as const })),
  );

const BEATS_PER_BAR = 4;

/** A kick on the given beats of each 4/4 bar, a soft hi-hat on every off-beat. */
const drums = (loop: number, beat: number, kickBeats: number[], hatOffbeats: boolean, gain: number): Note[] => {
  const beats = Math.round(loop / beat);
  return Array.from({ length: beats }, (_, b) => b).flatMap((b) => [
    ...(kickBeats.includes(b % BEATS_PER_BAR) ? [{ at: b * beat, length: 0.4, pitch: 0, gain, envelope: 'kick' as const }] : []),
    ...(hatOffbeats ? [{ at: b * beat + beat / 2, length: 0.08, pitch: 0, gain: gain * 0.25, envelope: 'hat' as const }] : []),
  ]);
};

const bass = (chords: Chord[], bar: number, hits: number, gain: number): Note[] =>
  chords.flatMap((chord, i) => Array.from({ length: hits }, (_, h) => ({ at: i * bar + (h * bar) / hits, length: bar / hits, pitch: chord[0] - 12, gain, envelope: 'pluck' as const })));

// Am7 Dm7 G7 Cmaj7, as in the sox lo-fi recipe the team started from: strummed, dark, slow.
const LOFI: Chord[] = [[57, 60, 64, 67], [50, 53, 57, 60], [55, 59, 62, 65], [60, 64, 67, 71]];
// C G Am F at 120 bpm.
const UPBEAT: Chord[] = [[60, 64, 67], [55, 59, 62], [57, 60, 64], [53, 57, 60]];
// Cmaj7 Am9 Fmaj7 G6: open, unresolved.
const AMBIENT: Chord[] = [[48, 55, 64, 71], [45, 52, 60, 67], [41, 48, 57, 64], [43, 50, 59, 64]];
// D A Bm G (I V vi IV) at 100 bpm.
const CORPORATE: Chord[] = [[62, 66, 69], [57, 61, 64], [59, 62, 66], [55, 59, 62]];

export const SCORES: Record<MusicBed, Score> = {
  lofi: {
    loop: 12.8,
    notes: [...chordNotes(LOFI, 3.2, 'pluck', 0.22, 0.04), ...bass(LOFI, 3.2, 2, 0.3), ...drums(12.8, 0.8, [0, 2], true, 0.35)],
    post: 'lowpass=f=2800,aecho=0.8:0.6:60|120:0.3|0.2,tremolo=f=0.3:d=0.1',
  },
  upbeat: {
    loop: 8,
    notes: [...arpeggio(UPBEAT, 2, 8, [0, 1, 2, 1], 0.2, 1), ...chordNotes(UPBEAT, 2, 'pad', 0.08), ...bass(UPBEAT, 2, 8, 0.25), ...drums(8, 0.5, [0, 1, 2, 3], true, 0.5)],
    post: 'highpass=f=40,aecho=0.8:0.5:40:0.2',
  },
  ambient: {
    loop: 16,
    notes: [...chordNotes(AMBIENT, 4, 'pad', 0.12), ...arpeggio(AMBIENT, 4, 4, [3, -1, 2, -1], 0.06, 1)],
    post: 'lowpass=f=4000,aecho=0.8:0.7:200|400|700:0.4|0.3|0.2',
  },
  corporate: {
    loop: 9.6,
    notes: [...arpeggio(CORPORATE, 2.4, 8, [0, 1, 2, 1, 0, 2, 1, 2], 0.18), ...chordNotes(CORPORATE, 2.4, 'pad', 0.07), ...bass(CORPORATE, 2.4, 4, 0.25), ...drums(9.6, 0.6, [0, 2], true, 0.3)],
    post: 'aecho=0.8:0.5:50|90:0.25|0.15',
  },
} satisfies Record<string, Score>;
