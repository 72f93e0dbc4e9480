/**
 * Synthetic "screen recording" footage with ground truth, for tests, benchmarks and the demo.
 *
 * One ffmpeg run renders everything: each mock app screen is drawn once (a single frame) inside the
 * filtergraph and looped, so per-frame work is only the moving parts (cursor, scroll, typing cover,
 * caret, video pane) plus the encode. Narration is espeak-ng, one wav per sentence, mixed over
 * pink-noise room tone. The truth is computed from frame-exact scene boundaries and from the speech
 * samples themselves, so tests can compare detectors against it tightly.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export type Visual = 'static' | 'cursor' | 'scroll' | 'typing' | 'caret' | 'video';
export type ScreenName = 'dashboard' | 'list' | 'form' | 'editor';

export interface Scene {
  visual: Visual;
  seconds: number;
  /** Narration; starts 0.5 s into the scene and may run over into the next one. */
  say?: string;
  screen?: ScreenName;
}

export interface FootageTruth {
  file: string;
  durationSec: number;
  width: number;
  height: number;
  fps: number;
  segments: { start: number; end: number; visual: Visual; screen: string }[];
  speech: { start: number; end: number; text: string }[];
}

export interface FootageOptions {
  outPath: string;
  scenes: Scene[];
  width?: number;
  height?: number;
  fps?: number;
  ffmpeg?: string;
  ffprobe?: string;
  espeak?: string;
}

const SAY_DELAY = 0.5;
/** Longer than espeak's own ~0.35 s sentence pause, so silencedetect (d=0.3) splits sentences the way the truth does. */
const SENTENCE_GAP = 0.6;
const AUDIO_RATE = 48000;
/** Pink-noise room tone as in the reference recording: peaks about -54 dBFS (RMS about -66). */
const ROOM_TONE = 0.004;
const VISUALS: readonly Visual[] = ['static', 'cursor', 'scroll', 'typing', 'caret', 'video'];
const SCREENS: readonly ScreenName[] = ['dashboard', 'list', 'form', 'editor'];

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export async function generateFootage(opts: FootageOptions): Promise<FootageTruth> {
  const width = opts.width ?? 1280;
  const height = opts.height ?? 720;
  const fps = opts.fps ?? 30;
  checkDimensions(width, height);
  if (!(fps > 0 && fps <= 120)) throw new Error(`generateFootage: fps must be in (0, 120], got ${fps}`);
  const tools = {
    ffmpeg: opts.ffmpeg ?? 'ffmpeg',
    ffprobe: opts.ffprobe ?? 'ffprobe',
    espeak: opts.espeak ?? 'espeak-ng',
  };
  const timeline = planTimeline(opts.scenes, fps);
  const durationSec = timeline.totalFrames / fps;
  const partPath = `${opts.outPath}.part`;

  return withTempDir(async (dir) => {
    const lines = timeline.segments.flatMap((seg) =>
      splitSentences(seg.scene.say ?? '').map((text, j) => ({ text, sceneStart: seg.start, first: j === 0 })),
    );
    const voices = await speakAll(tools.espeak, lines.map((l) => l.text), dir);
    const speech = placeSpeech(lines, voices, durationSec);

    const canvas = makeCanvas(width, height);
    const graph = [...videoGraph(timeline.segments, canvas, fps), ...audioGraph(speech, durationSec)];
    const graphFile = path.join(dir, 'graph.txt');
    await writeFile(graphFile, graph.join(';\n'));

    const wavInputs = speech.flatMap((s) => (s.voice.wav ? ['-i', s.voice.wav] : []));
    try {
      await run('ffmpeg', tools.ffmpeg, [
        ...FFMPEG_QUIET, ...wavInputs, '-filter_complex_script', graphFile,
        '-map', '[vout]', '-map', '[aout]',
        // The encode is most of the run time. superfast is ~1.5x faster than veryfast yet, unlike
        // ultrafast, still High profile with CABAC and B-frames (default GOP), like real recordings.
        '-c:v', 'libx264', '-preset', 'superfast', '-crf', '20', '-pix_fmt', 'yuv420p', '-r', String(fps),
        '-c:a', 'aac', '-b:a', '128k', '-ar', String(AUDIO_RATE), '-ac', '2',
        '-t', durationSec.toFixed(6), '-movflags', '+faststart', '-f', 'mp4', partPath,
      ]);
      await verifyOutput(tools.ffprobe, partPath, width, height, durationSec);
      await rename(partPath, opts.outPath);
    } catch (err) {
      await rm(partPath, { force: true });
      throw err;
    }

    const truth: FootageTruth = {
      file: path.basename(opts.outPath),
      durationSec: ms(durationSec),
      width,
      height,
      fps,
      segments: timeline.segments.map((s) => ({
        start: ms(s.start), end: ms(s.end), visual: s.scene.visual, screen: s.screen,
      })),
      speech: speech.map((s) => ({ start: ms(s.start), end: ms(s.end), text: s.text })),
    };
    await writeFile(`${opts.outPath}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
    return truth;
  });
}

/** A mock app screen as a still image; the format follows the extension (.png, .jpg, ...). */
export async function generateStill(
  outPath: string,
  opts: { width?: number; height?: number; screen?: ScreenName; ffmpeg?: string } = {},
): Promise<void> {
  const canvas = makeCanvas(opts.width ?? 1280, opts.height ?? 720);
  checkDimensions(canvas.width, canvas.height);
  const chain = screenChain({ screen: opts.screen ?? 'dashboard', typed: false, tall: false }, canvas, 1, 'rgb24');
  await withTempDir(async (dir) => {
    const graphFile = path.join(dir, 'graph.txt');
    await writeFile(graphFile, `${chain}[img]`);
    const quality = /\.jpe?g$/i.test(outPath) ? ['-q:v', '3'] : [];
    await run('ffmpeg', opts.ffmpeg ?? 'ffmpeg', [
      ...FFMPEG_QUIET, '-filter_complex_script', graphFile, '-map', '[img]', '-frames:v', '1',
      ...quality, '-update', '1', outPath,
    ]);
  });
}

/** A plain stereo tone; ffmpeg picks the codec from the extension (.wav, .mp3, .m4a, .ogg, ...). */
export async function generateTone(
  outPath: string,
  seconds: number,
  opts: { frequency?: number; ffmpeg?: string } = {},
): Promise<void> {
  if (!(seconds > 0)) throw new Error(`generateTone: seconds must be > 0, got ${seconds}`);
  await withTempDir(async (dir) => {
    const graphFile = path.join(dir, 'graph.txt');
    const freq = opts.frequency ?? 440;
    await writeFile(
      graphFile,
      `sine=f=${freq}:r=${AUDIO_RATE}:d=${seconds},volume=0.5,aformat=channel_layouts=stereo[a]`,
    );
    await run('ffmpeg', opts.ffmpeg ?? 'ffmpeg', [
      ...FFMPEG_QUIET, '-filter_complex_script', graphFile, '-map', '[a]', outPath,
    ]);
  });
}

// ---------------------------------------------------------------------------------------------
// Walkthrough script
// ---------------------------------------------------------------------------------------------

interface Beat {
  visual: Visual;
  screen: ScreenName;
  /** Share of a 180 s walkthrough (the reference recording's scene lengths). */
  weight: number;
  /** Narration variants, longest first; the longest that fits the scene is used. */
  lines?: string[];
  /** Beats with a rank are dropped (lowest first) when the walkthrough is too short for them. */
  dropRank?: number;
}

const WALKTHROUGH: Beat[] = [
  { visual: 'static', screen: 'dashboard', weight: 8 }, // dead air before the presenter starts
  {
    visual: 'cursor', screen: 'dashboard', weight: 20,
    lines: [
      'Welcome to Acme Analytics. This dashboard shows revenue, active users and conversion at a glance. Hover any card to see the trend for the last thirty days.',
      'Welcome to Acme Analytics. This dashboard shows revenue, active users and conversion at a glance.',
      'Welcome to Acme Analytics.',
      'Welcome.',
    ],
  },
  { visual: 'static', screen: 'dashboard', weight: 22 }, // long dead air
  {
    visual: 'scroll', screen: 'list', weight: 22, dropRank: 4,
    lines: [
      'Open the reports tab to browse every report your team has created. You can scroll through the full list.',
      'Browse every report your team has created.',
      'Browse your reports.',
    ],
  },
  {
    visual: 'typing', screen: 'form', weight: 16, dropRank: 5,
    lines: ['In settings, give your project a name and a short description.', 'Give your project a name.', 'Name it.'],
  },
  { visual: 'caret', screen: 'form', weight: 25 }, // silent, only the caret blinks
  {
    visual: 'video', screen: 'editor', weight: 15, dropRank: 3,
    lines: [
      'The editor lets you preview your clip in real time. Drag clips on the timeline to reorder them.',
      'Preview your clip in real time.',
      'Preview it.',
    ],
  },
  {
    visual: 'static', screen: 'editor', weight: 14, // narration over a still screen
    lines: [
      'When you are happy with the result, pause the preview and check the final frame.',
      'Check the final frame.',
    ],
  },
  { visual: 'cursor', screen: 'dashboard', weight: 10, dropRank: 1 },
  { visual: 'static', screen: 'editor', weight: 18, dropRank: 2 }, // dead air before the outro
  {
    visual: 'cursor', screen: 'editor', weight: 10,
    lines: [
      "That's it. Your demo is exported and ready to share. Thanks for watching.",
      'Your demo is ready to share. Thanks for watching.',
      'Thanks for watching.',
    ],
  },
];

/** Rough espeak-ng duration at 165 wpm; only used to decide which narration fits a scene. */
function estimateSpeech(text: string): number {
  return text.length / 14 + SENTENCE_GAP * (splitSentences(text).length - 1);
}

const SILENT_MIN = 1;
const minSeconds = (b: Beat) =>
  b.lines ? SAY_DELAY + estimateSpeech(b.lines[b.lines.length - 1]) + 0.5 : SILENT_MIN;

/**
 * A product walkthrough of about `seconds`, shaped like the reference recording: dead air, narrated
 * activity, a caret-only silent stretch, narration over a still screen, long dead air, an outro.
 * Lengths scale with `seconds`, but narrated scenes never shrink below what their shortest line needs;
 * for very short walkthroughs the least essential beats are dropped instead.
 */
export const walkthroughScenes = (seconds: number): Scene[] => {
  if (!(seconds > 0)) throw new Error(`walkthroughScenes: seconds must be > 0, got ${seconds}`);
  let beats = [...WALKTHROUGH];
  const sumMin = () => beats.reduce((a, b) => a + minSeconds(b), 0);
  while (sumMin() > seconds && beats.some((b) => b.dropRank !== undefined)) {
    const victim = beats.reduce((lo, b) => ((b.dropRank ?? Infinity) < (lo.dropRank ?? Infinity) ? b : lo));
    beats = beats.filter((b) => b !== victim);
  }
  const lengths = fitLengths(beats, seconds);
  return beats.map((b, i) => {
    const room = lengths[i] - SAY_DELAY - 0.4;
    const say = b.lines && (b.lines.find((l) => estimateSpeech(l) <= room) ?? b.lines[b.lines.length - 1]);
    return { visual: b.visual, screen: b.screen, seconds: lengths[i], ...(say ? { say } : {}) };
  });
};

/** Lengths max(min, weight*k) summing to `total`; k found by bisection (the sum is monotonic in k). */
function fitLengths(beats: Beat[], total: number): number[] {
  const mins = beats.map(minSeconds);
  const minSum = mins.reduce((a, b) => a + b, 0);
  let raw: number[];
  if (minSum >= total) {
    raw = mins.map((m) => (m * total) / minSum);
  } else {
    const at = (k: number) => beats.map((b, i) => Math.max(mins[i], b.weight * k));
    let lo = 0;
    let hi = total;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (at(mid).reduce((a, b) => a + b, 0) > total) hi = mid;
      else lo = mid;
    }
    raw = at(lo);
  }
  // Round to 10 ms but keep the running sum exact, so the total stays `total`.
  let acc = 0;
  let prev = 0;
  return raw.map((r) => {
    acc += r;
    const edge = Math.round(acc * 100) / 100;
    const len = Math.round((edge - prev) * 100) / 100;
    prev = edge;
    return len;
  });
}

// ---------------------------------------------------------------------------------------------
// Timeline
// ---------------------------------------------------------------------------------------------

interface Segment {
  scene: Scene;
  screen: ScreenName;
  /** The typed text is shown from the first typing/caret scene on that screen onwards. */
  typed: boolean;
  index: number;
  frames: number;
  start: number;
  end: number;
}

function planTimeline(scenes: Scene[], fps: number): { segments: Segment[]; totalFrames: number } {
  if (!Array.isArray(scenes) || scenes.length === 0) throw new Error('generateFootage: no scenes');
  const typedScreens = new Set<ScreenName>();
  const segments: Segment[] = [];
  let elapsed = 0;
  let frame = 0;
  for (const scene of scenes) {
    if (!VISUALS.includes(scene.visual)) throw new Error(`generateFootage: unknown visual "${scene.visual}"`);
    if (!(scene.seconds > 0) || !Number.isFinite(scene.seconds)) {
      throw new Error(`generateFootage: scene seconds must be a positive number, got ${scene.seconds}`);
    }
    const screen = scene.screen ?? defaultScreen(scene.visual);
    if (!SCREENS.includes(screen)) throw new Error(`generateFootage: unknown screen "${screen}"`);
    if (scene.visual === 'typing' || scene.visual === 'caret') typedScreens.add(screen);
    elapsed += scene.seconds;
    // Boundaries come from the running total, so rounding to frames never accumulates drift.
    const endFrame = Math.round(elapsed * fps);
    if (endFrame > frame) {
      segments.push({
        scene, screen, typed: typedScreens.has(screen), index: segments.length,
        frames: endFrame - frame, start: frame / fps, end: endFrame / fps,
      });
    }
    frame = endFrame;
  }
  if (frame === 0) throw new Error('generateFootage: scenes are shorter than one frame');
  return { segments, totalFrames: frame };
}

function defaultScreen(visual: Visual): ScreenName {
  switch (visual) {
    case 'scroll': return 'list';
    case 'typing':
    case 'caret': return 'form';
    case 'video': return 'editor';
    default: return 'dashboard';
  }
}

// ---------------------------------------------------------------------------------------------
// Narration
// ---------------------------------------------------------------------------------------------

interface Voice {
  /** Absent for the synthetic fallback, which is generated inside the filtergraph. */
  wav?: string;
  /** Silence before the first audible sample. */
  lead: number;
  /** From first to last audible sample. */
  length: number;
}

interface Utterance {
  text: string;
  start: number;
  end: number;
  voice: Voice;
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
}

async function speakAll(espeak: string, texts: string[], dir: string): Promise<Voice[]> {
  try {
    return await Promise.all(texts.map((t, i) => speak(espeak, t, path.join(dir, `say${i}.wav`))));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return texts.map((t) => ({ lead: 0, length: syntheticLength(t) }));
  }
}

async function speak(espeak: string, text: string, wav: string): Promise<Voice> {
  await run('espeak-ng', espeak, ['-v', 'en-us', '-s', '165', '-a', '100', '-w', wav, '--', text]);
  // The wav's duration includes ~0.33 s of trailing silence, which would put truth ends late versus
  // any silence detector; measure the audible span from the samples instead.
  return { wav, ...audibleSpan(await readFile(wav), 0.01) };
}

/** First and last sample above `threshold` (linear, 0.01 = -40 dBFS) of a 16-bit PCM wav. */
function audibleSpan(buf: Buffer, threshold: number): { lead: number; length: number } {
  if (buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('espeak-ng: output is not a WAV file');
  }
  let rate = 0;
  let channels = 1;
  let bits = 0;
  for (let off = 12; off + 8 <= buf.length; ) {
    const id = buf.toString('ascii', off, off + 4);
    const size = buf.readUInt32LE(off + 4);
    const body = off + 8;
    if (id === 'fmt ') {
      channels = buf.readUInt16LE(body + 2);
      rate = buf.readUInt32LE(body + 4);
      bits = buf.readUInt16LE(body + 14);
    } else if (id === 'data') {
      if (bits !== 16 || !rate) throw new Error(`espeak-ng: unexpected WAV format (${bits} bit, ${rate} Hz)`);
      // espeak may leave the size unpatched when interrupted; trust the bytes actually present.
      const end = Math.min(body + size, buf.length);
      const limit = threshold * 32768;
      const frame = 2 * channels;
      let first = -1;
      let last = -1;
      for (let p = body, i = 0; p + frame <= end; p += frame, i++) {
        if (Math.abs(buf.readInt16LE(p)) > limit) {
          if (first < 0) first = i;
          last = i;
        }
      }
      return first < 0 ? { lead: 0, length: 0 } : { lead: first / rate, length: (last + 1 - first) / rate };
    }
    off = body + size + (size & 1);
  }
  throw new Error('espeak-ng: WAV has no data chunk');
}

/** Fallback "speech": syllable bursts (0.2 s on, 0.08 s off), sized like espeak would speak the text. */
const SYLLABLE = 0.28;
const syntheticLength = (text: string) =>
  Math.max(2, Math.round(estimateSpeech(text) / SYLLABLE)) * SYLLABLE - (SYLLABLE - 0.2);

/**
 * Sentences start 0.5 s into their scene, or after the previous sentence plus a pause if that one
 * is still running, so voices never overlap. Speech past the end is cut, and the truth with it.
 */
function placeSpeech(
  lines: { text: string; sceneStart: number; first: boolean }[],
  voices: Voice[],
  duration: number,
): Utterance[] {
  const out: Utterance[] = [];
  let busyUntil = -Infinity;
  lines.forEach((line, i) => {
    const voice = voices[i];
    if (voice.length <= 0) return;
    const earliest = line.first ? line.sceneStart + SAY_DELAY : -Infinity;
    const start = Math.max(earliest, busyUntil + SENTENCE_GAP);
    if (start >= duration - 0.1) return;
    const end = Math.min(start + voice.length, duration);
    out.push({ text: line.text, start, end, voice });
    busyUntil = end;
  });
  return out;
}

function audioGraph(speech: Utterance[], duration: number): string[] {
  let wavIndex = 0;
  const chains = speech.map((s, i) => {
    // Delay in samples, offset by the wav's leading silence, so the first audible sample lands on `start`.
    const delay = Math.max(0, Math.round((s.start - s.voice.lead) * AUDIO_RATE));
    const source = s.voice.wav
      ? `[${wavIndex++}:a]aresample=${AUDIO_RATE},aformat=channel_layouts=mono`
      : syntheticVoice(s.voice.length);
    return `${source},adelay=${delay}S:all=1[sp${i}]`;
  });
  const noise = `anoisesrc=c=pink:a=${ROOM_TONE}:r=${AUDIO_RATE}:d=${duration.toFixed(6)}:seed=7`;
  const mix = speech.length
    ? `${noise}[room];[room]${speech.map((_, i) => `[sp${i}]`).join('')}amix=inputs=${speech.length + 1}:duration=first:normalize=0`
    : noise;
  return [...chains, `${mix},aformat=sample_fmts=fltp:channel_layouts=stereo[aout]`];
}

function syntheticVoice(length: number): string {
  // Pitch steps per syllable (the envelope is zero at the steps, so no clicks); a few harmonics for timbre.
  const f = `(120+15*mod(floor(t/${SYLLABLE})*3,5))`;
  const env = `if(lt(mod(t,${SYLLABLE}),0.2),sin(PI*mod(t,${SYLLABLE})/0.2),0)`;
  const expr = `0.25*${env}*(sin(2*PI*${f}*t)+0.5*sin(4*PI*${f}*t)+0.3*sin(6*PI*${f}*t))`;
  return `aevalsrc=exprs=${q(expr)}:s=${AUDIO_RATE}:c=mono:d=${length.toFixed(4)}`;
}

// ---------------------------------------------------------------------------------------------
// Screens (drawn in a 1920x1080 design space, scaled to the output)
// ---------------------------------------------------------------------------------------------

interface Canvas {
  width: number;
  height: number;
  sx: number;
  sy: number;
  /** Font scale: the smaller axis, so text never overflows its box. */
  sf: number;
}

const makeCanvas = (width: number, height: number): Canvas => ({
  width, height, sx: width / 1920, sy: height / 1080, sf: Math.min(width / 1920, height / 1080),
});
const px = (c: Canvas, x: number) => Math.round(x * c.sx);
const py = (c: Canvas, y: number) => Math.round(y * c.sy);
const pf = (c: Canvas, size: number) => Math.max(6, Math.round(size * c.sf));
const even = (n: number) => Math.max(2, n - (n % 2));

type FontKind = 'regular' | 'bold' | 'mono';
type Op =
  | { kind: 'box'; x: number; y: number; w: number; h: number; color: string; border?: number }
  | { kind: 'text'; x: number; y: number; size: number; text: string; color: string; font: FontKind };

const box = (x: number, y: number, w: number, h: number, color: string, border?: number): Op =>
  ({ kind: 'box', x, y, w, h, color, border });
const text = (x: number, y: number, size: number, str: string, color: string, font: FontKind = 'regular'): Op =>
  ({ kind: 'text', x, y, size, text: str, color, font });

const BG = '0xf3f4f6';
const INK = '0x111827';
const MUTED = '0x6b7280';
const BLUE = '0x2563eb';
/** Design height of screens that get scrolled: three screens' worth of content. */
const TALL = 3240;
/** The content area to the right of the sidebar and below the top bar; this is what scrolls. */
const VIEW = { x: 260, y: 64 };
/** The scrolled viewport, on even pixels so crop (which aligns to chroma) and overlay agree. */
const viewport = (c: Canvas) => {
  const x = even(px(c, VIEW.x));
  const y = even(py(c, VIEW.y));
  return { x, y, w: c.width - x, h: c.height - y };
};
/** Where the 'video' visual plays (the editor's preview pane). */
const PANE = { x: 340, y: 140, w: 960, h: 540 };
/** DejaVu Sans Mono advance is 1233/2048 em; FreeType hinting rounds it to whole pixels. */
const monoAdvance = (fontPx: number) => Math.round((fontPx * 1233) / 2048);

interface Field {
  x: number; y: number; w: number; h: number;
  textX: number; textY: number; size: number;
  text: string; bg: string; fg: string;
}

// Texts are short enough that the typing cover (text width + caret), which slides right as characters
// appear, stays inside its field at every step.
const SEARCH: Field = { x: 620, y: 12, w: 560, h: 40, textX: 636, textY: 20, size: 22, text: 'weekly funnel', bg: '0x374151', fg: '0xf9fafb' };
const DESCRIPTION: Field = { x: 320, y: 376, w: 1200, h: 60, textX: 340, textY: 390, size: 30, text: 'Spring launch walkthrough, v2', bg: 'white', fg: INK };
/** Where typing happens: the form's description field, else the top bar's search box. */
const fieldFor = (screen: ScreenName) => (screen === 'form' ? DESCRIPTION : SEARCH);

function chrome(active: number): Op[] {
  const ops = [
    box(0, 0, 1920, 64, '0x1f2937'),
    text(24, 16, 30, 'Acme Analytics', 'white', 'bold'),
    box(SEARCH.x, SEARCH.y, SEARCH.w, SEARCH.h, SEARCH.bg),
    text(1700, 20, 22, 'jane@acme.io', '0x9ca3af'),
    box(0, 64, 260, 1016, INK),
    box(0, 90 + active * 60, 260, 52, BLUE),
  ];
  ['Dashboard', 'Reports', 'Settings', 'Editor', 'Export'].forEach((item, i) =>
    ops.push(text(32, 102 + i * 60, 26, item, '0xe5e7eb')));
  return ops;
}

function dashboard(): Op[] {
  const ops: Op[] = [];
  const kpis = [['Revenue', '$128,430'], ['Active users', '12,874'], ['Conversion', '3.4%'], ['Churn', '1.2%']];
  kpis.forEach(([label, value], i) => {
    const x = 300 + i * 400;
    ops.push(box(x, 100, 370, 150, 'white'), text(x + 24, 124, 24, label, MUTED), text(x + 24, 170, 48, value, INK, 'bold'));
  });
  ops.push(box(300, 290, 1570, 740, 'white'), text(330, 310, 28, 'Revenue by month', INK, 'bold'));
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  [220, 310, 280, 400, 380, 460, 520, 430, 560, 610, 580, 650].forEach((h, i) => {
    ops.push(box(360 + i * 125, 975 - h, 80, h, '0x3b82f6'), text(372 + i * 125, 988, 20, months[i], MUTED));
  });
  return ops;
}

function reportRow(n: number): string {
  const team = ['Growth', 'Sales', 'Ops', 'Product', 'Support'][n % 5];
  return `${`Report #${String(n).padStart(3, '0')}`.padEnd(14)}${`Weekly funnel - ${team}`.padEnd(26)}` +
    `${`user${String(n % 17).padStart(2, '0')}`.padEnd(10)}${(n * 7) % 30} days ago`;
}

/** Table rows from `top` down to `bottom` (design units), numbered from `first`. */
function reportRows(top: number, bottom: number, first: number): Op[] {
  const ops: Op[] = [];
  for (let y = top, n = first; y + 56 <= bottom; y += 56, n++) {
    ops.push(box(300, y, 1580, 56, n % 2 ? 'white' : '0xf9fafb'), text(320, y + 16, 22, reportRow(n), '0x1f2937', 'mono'));
  }
  return ops;
}

function list(bottom: number): Op[] {
  return [
    text(300, 96, 40, 'Reports', INK, 'bold'),
    box(1640, 90, 220, 56, BLUE), text(1672, 104, 24, 'New report', 'white', 'bold'),
    box(300, 170, 1580, 52, '0xe5e7eb'),
    text(320, 186, 22, `${'NAME'.padEnd(14)}${'FUNNEL'.padEnd(26)}${'OWNER'.padEnd(10)}UPDATED`, '0x374151', 'mono'),
    ...reportRows(222, bottom, 1),
  ];
}

function form(): Op[] {
  const ops = [text(320, 110, 40, 'Project settings', INK, 'bold')];
  const fields: [string, string][] = [['Project name', 'demo-clip-maker'], ['Description', ''], ['Webhook URL', 'https://hooks.acme.io/abc123']];
  fields.forEach(([label, value], i) => {
    const y = 200 + i * 140;
    ops.push(text(320, y, 24, label, '0x374151'), box(320, y + 36, 1200, 60, 'white'), box(320, y + 36, 1200, 60, '0x9ca3af', 2));
    if (value) ops.push(text(340, y + 50, 30, value, INK, 'mono'));
  });
  ops.push(box(320, 660, 200, 64, BLUE), text(384, 676, 28, 'Save', 'white', 'bold'));
  ops.push(box(560, 660, 200, 64, 'white'), box(560, 660, 200, 64, '0x9ca3af', 2), text(610, 676, 28, 'Cancel', '0x374151'));
  return ops;
}

function editor(): Op[] {
  const ops = [
    box(300, 100, 1040, 620, 'black'),
    box(PANE.x, PANE.y, PANE.w, PANE.h, '0x374151'),
    text(PANE.x + 400, PANE.y + 245, 40, 'Preview', '0x9ca3af', 'bold'),
    box(1380, 100, 500, 620, 'white'), text(1410, 120, 28, 'Clips', INK, 'bold'),
    box(300, 760, 1580, 260, '0xe5e7eb'),
  ];
  for (let i = 0; i < 5; i++) {
    ops.push(text(1410, 180 + i * 50, 24, `clip_0${i}.mp4   00:0${i + 3}`, '0x374151'));
    ops.push(box(320 + i * 300, 800, 280, 80, '0x60a5fa'), text(336 + i * 300, 826, 22, `clip_0${i}`, INK));
  }
  ops.push(box(700, 780, 4, 220, '0xdc2626'));
  return ops;
}

interface Variant {
  screen: ScreenName;
  typed: boolean;
  /** Drawn TALL high with more rows below the fold, for scrolling. */
  tall: boolean;
}

function screenOps(v: Variant): Op[] {
  const bottom = v.tall ? TALL : 1080;
  const active = SCREENS.indexOf(v.screen);
  const content = v.screen === 'dashboard' ? dashboard() : v.screen === 'list' ? list(bottom) : v.screen === 'form' ? form() : editor();
  const ops = [...chrome(active), ...content];
  if (v.tall && v.screen !== 'list') {
    ops.push(text(300, 1100, 28, 'Recent reports', INK, 'bold'), ...reportRows(1160, bottom, 1));
  }
  if (v.typed) {
    const f = fieldFor(v.screen);
    ops.push(text(f.textX, f.textY, f.size, f.text, f.fg, 'mono'));
  }
  return ops;
}

/** A one-frame source chain that draws the screen; the caller loops it. */
function screenChain(v: Variant, c: Canvas, fps: number, pixFmt = 'yuv420p'): string {
  const h = v.tall ? py(c, TALL) : c.height;
  const draw = screenOps(v).map((op) => renderOp(op, c));
  // Drawn in RGB so colours are exact at any (odd) coordinate, then converted once.
  return [`color=c=${BG}:s=${c.width}x${h}:r=${fps}`, 'trim=end_frame=1', 'format=rgb24', ...draw, `format=${pixFmt}`].join(',');
}

function renderOp(op: Op, c: Canvas): string {
  if (op.kind === 'box') {
    // From scaled edges rather than scaled sizes, so adjacent boxes never leave a 1 px seam.
    const x = px(c, op.x);
    const y = py(c, op.y);
    const w = Math.max(1, px(c, op.x + op.w) - x);
    const h = Math.max(1, py(c, op.y + op.h) - y);
    const t = op.border === undefined ? 'fill' : String(Math.max(1, Math.round(op.border * c.sf)));
    return `drawbox=x=${x}:y=${y}:w=${w}:h=${h}:color=${op.color}:t=${t}`;
  }
  return `drawtext=fontfile=${q(esc(fontFile(op.font)))}:text=${q(esc(op.text))}:expansion=none` +
    `:x=${px(c, op.x)}:y=${py(c, op.y)}:fontsize=${pf(c, op.size)}:fontcolor=${op.color}`;
}

const FONT_FILES: Record<FontKind, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
};
const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/share/fonts/TTF', '/usr/local/share/fonts'];
const fontCache = new Map<FontKind, string>();

function fontFile(kind: FontKind): string {
  let file = fontCache.get(kind);
  if (!file) {
    const dir = FONT_DIRS.find((d) => existsSync(path.join(d, FONT_FILES[kind])));
    if (!dir) throw new Error(`generateFootage: ${FONT_FILES[kind]} not found (install fonts-dejavu-core)`);
    file = path.join(dir, FONT_FILES[kind]);
    fontCache.set(kind, file);
  }
  return file;
}

// ---------------------------------------------------------------------------------------------
// Video filtergraph
// ---------------------------------------------------------------------------------------------

const CURSOR_W = 24;
const CURSOR_H = 32;

/**
 * Every still (screen variant, cursor) is a single frame split to one copy per use and looped per
 * segment: looping before the split would make split queue frames for segments that play later.
 */
function videoGraph(segments: Segment[], c: Canvas, fps: number): string[] {
  const uses = new Map<string, { variant: Variant; labels: string[] }>();
  const take = (variant: Variant) => {
    const key = `${variant.screen}_${variant.typed ? 't' : 'u'}${variant.tall ? 'x' : ''}`;
    const entry = uses.get(key) ?? { variant, labels: [] };
    uses.set(key, entry);
    const label = `${key}_${entry.labels.length}`;
    entry.labels.push(label);
    return `[${label}]`;
  };
  const cursors: string[] = [];
  const takeCursor = () => {
    cursors.push(`cur_${cursors.length}`);
    return `[${cursors[cursors.length - 1]}]`;
  };
  const loop = (frames: number) => `loop=loop=-1:size=1,setpts=N/(${fps}*TB),trim=end_frame=${frames}`;

  const chains = segments.map((seg) => {
    const i = seg.index;
    const visual = seg.scene.visual;
    const tall = visual === 'scroll';
    const variant = { screen: seg.screen, typed: seg.typed, tall };
    const base = `${take(variant)}${tall ? `crop=${c.width}:${c.height}:0:0,` : ''}${loop(seg.frames)}`;
    const out = `[v${i}]`;
    switch (visual) {
      case 'static':
        return `${base}${out}`;
      case 'cursor':
        return `${base}[b${i}];${takeCursor()}${loop(seg.frames)}[c${i}];` +
          `[b${i}][c${i}]overlay=${cursorPath(c, i)}:shortest=1${out}`;
      case 'scroll':
        return `${base}[b${i}];${take(variant)}${loop(seg.frames)},${scrollCrop(c, seg.end - seg.start)}[s${i}];` +
          `[b${i}][s${i}]overlay=x=${viewport(c).x}:y=${viewport(c).y}:shortest=1${out}`;
      case 'typing':
        return `${base}[b${i}];${typingCover(c, seg, fps)}${out}`;
      case 'caret':
        return `${base},${blinkingCaret(c, seg.screen)}${out}`;
      case 'video': {
        const w = even(px(c, PANE.w));
        const h = even(py(c, PANE.h));
        return `${base}[b${i}];testsrc2=s=${w}x${h}:r=${fps}[p${i}];` +
          `[b${i}][p${i}]overlay=x=${px(c, PANE.x)}:y=${py(c, PANE.y)}:shortest=1${out}`;
      }
    }
  });

  const sources = [...uses.values()].map(({ variant, labels }) =>
    `${screenChain(variant, c, fps)},split=${labels.length}${labels.map((l) => `[${l}]`).join('')}`);
  if (cursors.length) sources.push(`${cursorChain(c, fps)},split=${cursors.length}${cursors.map((l) => `[${l}]`).join('')}`);
  const concat = `${segments.map((s) => `[v${s.index}]`).join('')}concat=n=${segments.length}:v=1:a=0,format=yuv420p[vout]`;
  return [...sources, ...chains, concat];
}

/** An arrow pointer (white, black outline) drawn with geq in 24x32 units, whatever its pixel size. */
function cursorChain(c: Canvas, fps: number): string {
  const w = Math.max(8, Math.round(CURSOR_W * c.sf));
  const h = Math.max(10, Math.round(CURSOR_H * c.sf));
  const u = `(X*${CURSOR_W}/W)`;
  const v = `(Y*${CURSOR_H}/H)`;
  const fill = `if(lt(${u},${v}*0.6-2)*lt(${v},28)*gt(${u},1),255,0)`;
  const alpha = `if(lte(${u},${v}*0.6)*lt(${v},30),255,0)`;
  return `color=c=black@0:s=${w}x${h}:r=${fps},trim=end_frame=1,format=rgba,` +
    `geq=r=${q(fill)}:g=${q(fill)}:b=${q(fill)}:a=${q(alpha)},format=yuva420p`;
}

/** A smooth Lissajous path over the content area; the segment index varies it between scenes. */
function cursorPath(c: Canvas, i: number): string {
  const wx = (0.7 + 0.15 * (i % 3)).toFixed(2);
  const wy = (1.1 - 0.2 * (i % 2)).toFixed(2);
  const x = `${px(c, 1100)}+${px(c, 520)}*sin(t*${wx}+${i})`;
  const y = `${py(c, 560)}+${py(c, 300)}*sin(t*${wy}+${2 * i})`;
  return `x=${q(x)}:y=${q(y)}`;
}

/** Scrolls the content area steadily from top to bottom over the whole scene. */
function scrollCrop(c: Canvas, seconds: number): string {
  const v = viewport(c);
  const maxY = py(c, TALL) - c.height;
  const span = seconds > 1 ? seconds - 0.4 : seconds;
  const y = `${v.y}+min(${maxY},max(0,t-${seconds > 1 ? 0.2 : 0})*${(maxY / span).toFixed(3)})`;
  return `crop=w=${v.w}:h=${v.h}:x=${v.x}:y=${q(y)}`;
}

/** Pixel geometry of the typed text in a field, shared by the typing cover and the blinking caret. */
function fieldGeometry(c: Canvas, screen: ScreenName) {
  const f = fieldFor(screen);
  const border = Math.max(1, Math.round(2 * c.sf)) + 1;
  const top = py(c, f.y) + border;
  const height = py(c, f.y + f.h) - border - top;
  const advance = monoAdvance(pf(c, f.size));
  const caretW = Math.max(2, Math.round(3 * c.sf));
  const inset = Math.max(1, Math.round(6 * c.sy));
  return { f, top, height, advance, caretW, inset, textX: px(c, f.textX), chars: f.text.length };
}

/**
 * Typing: the final text is on the screen, hidden by a field-coloured cover whose left edge (with the
 * caret on it) steps right one character advance at a time, spread over the scene.
 */
function typingCover(c: Canvas, seg: Segment, fps: number): string {
  const g = fieldGeometry(c, seg.screen);
  const i = seg.index;
  const coverW = even(g.chars * g.advance + g.caretW + 4);
  const coverH = even(g.height);
  const lead = 0.3;
  const cps = Math.min(15, g.chars / Math.max(0.2, seg.end - seg.start - lead - 0.3));
  const x = `${g.textX}+min(${g.chars},floor(max(0,t-${lead})*${cps.toFixed(4)}))*${g.advance}`;
  return `color=c=${g.f.bg}:s=${coverW}x${coverH}:r=${fps},` +
    `drawbox=x=0:y=${g.inset}:w=${g.caretW}:h=${Math.max(2, coverH - 2 * g.inset)}:color=${g.f.fg}:t=fill[k${i}];` +
    `[b${i}][k${i}]overlay=x=${q(x)}:y=${g.top}:shortest=1`;
}

/** A caret after the typed text, blinking at the usual 530 ms on / 530 ms off. */
function blinkingCaret(c: Canvas, screen: ScreenName): string {
  const g = fieldGeometry(c, screen);
  return `drawbox=x=${g.textX + g.chars * g.advance}:y=${g.top + g.inset}:w=${g.caretW}` +
    `:h=${Math.max(2, g.height - 2 * g.inset)}:color=${g.f.fg}:t=fill:enable=${q('lt(mod(t,1.06),0.53)')}`;
}

// ---------------------------------------------------------------------------------------------
// Processes and small helpers
// ---------------------------------------------------------------------------------------------

const FFMPEG_QUIET = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y'];

/**
 * Runs a tool without a shell. Failures name the tool and carry the tail of its stderr; a missing
 * binary keeps its ENOENT code so callers can fall back.
 */
function run(tool: string, bin: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => stdout.push(d));
    child.stderr.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-16000); });
    child.on('error', (err: NodeJS.ErrnoException) => {
      const e: NodeJS.ErrnoException = new Error(`${tool} could not be started (${bin}): ${err.message}`);
      e.code = err.code;
      reject(e);
    });
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(stdout).toString());
      const tail = stderr.trim().split('\n').slice(-12).join('\n');
      reject(new Error(`${tool} failed (${signal ?? `exit code ${code}`})${tail ? `:\n${tail}` : ''}`));
    });
  });
}

/** Catches encodes that "succeed" without the streams or length the truth claims. */
async function verifyOutput(ffprobe: string, file: string, width: number, height: number, duration: number) {
  const json = await run('ffprobe', ffprobe, [
    '-v', 'error', '-show_entries', 'stream=codec_type,width,height,duration', '-of', 'json', file,
  ]);
  const streams = (JSON.parse(json) as { streams?: { codec_type?: string; width?: number; height?: number; duration?: string }[] }).streams ?? [];
  const video = streams.find((s) => s.codec_type === 'video');
  const audio = streams.find((s) => s.codec_type === 'audio');
  const videoDuration = Number(video?.duration);
  if (!video || !audio || video.width !== width || video.height !== height || !(Math.abs(videoDuration - duration) < 0.05)) {
    throw new Error(`ffprobe: ${file} is not the expected ${width}x${height} ${duration.toFixed(3)} s video+audio: ${json.trim()}`);
  }
}

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'democlip-footage-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function checkDimensions(width: number, height: number) {
  // yuv420p needs even sizes; reject rather than silently render a different size than asked for.
  const ok = (n: number) => Number.isInteger(n) && n >= 64 && n <= 7680 && n % 2 === 0;
  if (!ok(width) || !ok(height)) throw new Error(`footage size must be even integers in [64, 7680], got ${width}x${height}`);
}

/** Quotes a filter argument for the graph parser (protects , ; [ ] and :). */
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
/** Escapes a value for the filter's own option parser, one level below q(). */
const esc = (s: string) => s.replace(/[\\':]/g, (m) => `\\${m}`);
const ms = (x: number) => Math.round(x * 1000) / 1000;
