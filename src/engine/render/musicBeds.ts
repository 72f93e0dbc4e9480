import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runTool } from '../tools/runTool';
import { filterValue } from './filterEscape';
import { integratedLoudness } from './loudness';
import type { MusicBed } from '../../protocol';
import { SCORES, type Note, type Score } from './musicScores';


/** Bumped whenever a score or the synthesis changes, so cached beds are made again. */
const BED_VERSION = 1;
/** Beds are stored at this loudness; a segment's volume (0.35 = 35 %) is relative to it. */
const BED_LUFS = -18;
const SAMPLE_RATE = 48000;
const NOTES_PER_SOURCE = 6;

const pending = new Map<string, Promise<string>>();

/**
 * The bed's loop as a FLAC file in the engine's cache, synthesised by ffmpeg the first time it is asked for
 * (0.5-1 s per bed on 2 cores). ffmpeg alone, no sox: the engine already needs it on every platform.
 */
export function musicBed(ffmpeg: string, cacheDir: string, name: MusicBed): Promise<string> {
  const path = join(cacheDir, 'music', `${name}-v${BED_VERSION}.flac`);
  let job = pending.get(path);
  if (!job) {
    job = synthesise(ffmpeg, SCORES[name], path).catch((error: unknown) => {
      pending.delete(path);
      throw error;
    });
    pending.set(path, job);
  }
  return job;
}

async function synthesise(ffmpeg: string, score: Score, path: string): Promise<string> {
  const raw = `${path}.raw.wav`;
  const part = `${path}.part.flac`;
  await mkdir(join(path, '..'), { recursive: true });
  try {
    // Two loops are played and the second kept: tails of the first (release, echo) then run into the start of
    // the kept loop exactly as they will when it repeats, so the loop is seamless.
    const notes = [0, score.loop].flatMap((shift) => score.notes.map((note) => ({ ...note, at: note.at + shift })));
    const sources = sourcesOf(notes);
    const mix = `${sources.map((_, i) => `[n${i}]`).join('')}amix=inputs=${sources.length}:duration=longest:normalize=0,apad=whole_dur=${2 * score.loop},` +
      `${score.post},atrim=start=${score.loop}:duration=${score.loop},asetpts=PTS-STARTPTS,aformat=channel_layouts=stereo`;
    await runTool(ffmpeg, ['-hide_banner', '-nostdin', '-y', '-v', 'error', '-filter_complex', [...sources.map((source, i) => `${source}[n${i}]`), mix].join(';'),
      '-c:a', 'pcm_f32le', raw], { collectStdout: false });
    const gain = BED_LUFS - (await integratedLoudness(ffmpeg, raw));
    await runTool(ffmpeg, ['-hide_banner', '-nostdin', '-y', '-v', 'error', '-i', raw, '-af', `volume=${gain.toFixed(2)}dB`,
      '-c:a', 'flac', '-sample_fmt', 's16', part], { collectStdout: false });
    await rename(part, path);
    return path;
  } finally {
    await rm(raw, { force: true });
    await rm(part, { force: true });
  }
}

/**
 * aevalsrc sources, each for a few notes close in time, lasting only as long as they sound and delayed into place.
 * Every sample costs a test per note of its source, so short sources of few notes are what make synthesis fast
 * (one source per 40 notes over the whole loop took ~18 s a bed; ffmpeg also refuses sums of ~60 terms).
 */
function sourcesOf(notes: Note[]): string[] {
  const sorted = [...notes].sort((a, b) => a.at - b.at);
  const sources: string[] = [];
  for (let i = 0; i < sorted.length; i += NOTES_PER_SOURCE) {
    const chunk = sorted.slice(i, i + NOTES_PER_SOURCE);
    const start = chunk[0].at;
    const end = Math.max(...chunk.map((note) => note.at + note.length));
    const local = chunk.map((note) => noteExpression({ ...note, at: note.at - start })).join('+');
    sources.push(`aevalsrc=exprs=${filterValue(local)}:s=${SAMPLE_RATE}:d=${(end - start).toFixed(4)},adelay=${Math.round(start * 1000)}:all=1`);
  }
  return sources;
}

/** One note as an aevalsrc term, silent outside its window (`if` evaluates only the branch it takes). */
function noteExpression(note: Note): string {
  const a = note.at.toFixed(4);
  const b = (note.at + note.length).toFixed(4);
  const tau = `(t-${a})`;
  const w = (2 * Math.PI * 440 * 2 ** ((note.pitch - 69) / 12)).toFixed(3);
  const body = {
    // A 5 ms attack avoids a click; the second harmonic makes it read as a plucked string, not a beep.
    pluck: `min(1,${tau}*200)*exp(-3*${tau})*(sin(${w}*${tau})+0.3*sin(${2}*${w}*${tau}))`,
    // A half-sine swell over the note, doubled 0.3 % sharp for a slow chorus.
    pad: `sin(PI*${tau}/${note.length})*(sin(${w}*t)+0.5*sin(${w}*1.003*t))`,
    // A sine falling from 165 Hz to 45 Hz within ~100 ms.
    kick: `exp(-9*${tau})*sin(2*PI*(45*${tau}+4.8*(1-exp(-25*${tau}))))`,
    hat: `exp(-70*${tau})*(2*random(0)-1)`,
  }[note.envelope];
  return `if(between(t,${a},${b}),${note.gain}*${body},0)`;
}
