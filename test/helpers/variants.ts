/**
 * Recordings as users bring them, each made in about a second by ffmpeg (and espeak-ng for speech) and cached in
 * .test-footage/variants/: the containers, codecs and damage that real screen recorders, phones and browsers write.
 * Each comes with what a correct reading of it says: its length, its picture as displayed, its sound.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { recordInBrowser } from './browserRecording';
import { meanGray } from './ffprobe';

const VARIANTS_DIR = resolve(__dirname, '../../../.test-footage/variants');

export type VariantName =
  | 'webm-pipe' | 'mediarecorder' | 'vfr' | 'rotate90' | 'hevc' | 'odd-444' | 'theora' | 'two-tracks' | 'hlg10' | 'gif' | 'apng'
  | 'still-gif' | 'avif' | 'animated-webp' | 'truncated-mp4' | 'truncated-faststart' | 'webm-cut' | 'no-media';

export interface Variant {
  name: VariantName;
  path: string;
  /** What the engine should make of it. */
  kind: 'video' | 'image' | 'refused';
  /** Playable length, seconds (for damaged files: what can still be decoded). */
  seconds: number;
  /** Picture size as displayed (after the rotation the file asks for). */
  width: number;
  height: number;
  hasAudio: boolean;
}

const SECONDS = 6;
/** Moving pictures (testsrc2 scrolls and counts) so that analysis finds on-screen action everywhere. */
const picture = (width: number, height: number, rate: number | string = 30, seconds = SECONDS) =>
  ['-f', 'lavfi', '-i', `testsrc2=s=${width}x${height}:r=${rate}:d=${seconds}`];
const tone = (seconds = SECONDS) => ['-f', 'lavfi', '-i', `sine=f=330:sample_rate=48000:d=${seconds}`];
const x264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
const QUIET = ['-hide_banner', '-nostdin', '-v', 'error', '-y'];

function run(command: string, args: string[], stdoutTo?: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', stdoutTo ? 'pipe' : 'ignore', 'pipe'] });
    if (stdoutTo) child.stdout?.pipe(createWriteStream(stdoutTo));
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} failed: ${stderr.slice(-500)}`))));
  });
}

const ffmpeg = (args: string[], stdoutTo?: string) => run('ffmpeg', [...QUIET, ...args], stdoutTo);

/** Keeps the first `share` of a file: a recording whose writer was killed, or a download that stopped. */
async function cutOff(from: string, to: string, share: number): Promise<void> {
  const { size } = await stat(from);
  await rename(from, to);
  await truncate(to, Math.floor(size * share));
}

/** A sentence of espeak-ng speech between stretches of quiet room tone, as one WAV of `seconds`. */
async function narration(dir: string, seconds: number): Promise<string> {
  const speech = join(dir, 'speech.wav');
  const out = join(dir, 'narration.wav');
  await run('espeak-ng', ['-s', '150', '-w', speech, 'Here is the new dashboard. Click save to keep your changes.']);
  await ffmpeg([
    '-f', 'lavfi', '-i', `anoisesrc=c=pink:a=0.004:r=48000:d=${seconds}`, '-i', speech,
    '-filter_complex', '[1:a]aresample=48000,adelay=1000:all=1[s];[0:a][s]amix=inputs=2:duration=first:normalize=0', out,
  ]);
  return out;
}

const makers: Record<VariantName, (out: string, work: string) => Promise<Omit<Variant, 'name' | 'path'>>> = {
  /** What MediaRecorder, GNOME's screencast and OBS write live: no duration, no cues, no seek index. */
  'webm-pipe': async (out) => {
    await ffmpeg([...picture(320, 240), ...tone(), '-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '400k',
      '-c:a', 'libopus', '-f', 'webm', 'pipe:1'], out);
    return { kind: 'video', seconds: SECONDS, width: 320, height: 240, hasAudio: true };
  },
  /** The real thing: Chromium's MediaRecorder (VP8 + Opus), recorded live from a canvas; made once, then cached. */
  mediarecorder: async (out) => {
    await recordInBrowser(out, 5);
    return { kind: 'video', seconds: 5, width: 320, height: 240, hasAudio: true };
  },
  /** Variable frame rate, as screen recorders write when nothing moves: frames at irregular times. */
  vfr: async (out) => {
    // Every third frame, and every frame between 2 and 4 s, at their own times: 10 fps, then 30, then 10.
    await ffmpeg([...picture(320, 240, 30), ...tone(), '-vf', "select='not(mod(n\\,3))+between(t\\,2\\,4)'", '-fps_mode', 'vfr',
      ...x264, '-c:a', 'aac', out]);
    return { kind: 'video', seconds: SECONDS, width: 320, height: 240, hasAudio: true };
  },
  /**
   * A phone held upright: the picture is stored on its side with a display matrix that turns it. As displayed it is
   * 180x320, white above and black below (the tests look for exactly that in the render).
   */
  rotate90: async (out) => {
    // A red square crosses the middle (overlay moves it frame by frame; drawbox's position is fixed in ffmpeg 5.1).
    const upright = "color=c=black:s=180x320:r=30:d=6,drawbox=x=0:y=0:w=180:h=160:color=white:t=fill[bg];" +
      "color=c=red:s=40x40:r=30[box];[bg][box]overlay=x='t*25':y=140:shortest=1";
    // ffmpeg 5.1 writes the rotation only when copying a stream, so the turned picture is encoded first.
    await ffmpeg(['-f', 'lavfi', '-i', upright, ...tone(), '-vf', 'transpose=1', ...x264, '-c:a', 'aac', `${out}.sideways.mp4`]);
    await ffmpeg(['-i', `${out}.sideways.mp4`, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', out]);
    await rm(`${out}.sideways.mp4`);
    return { kind: 'video', seconds: SECONDS, width: 180, height: 320, hasAudio: true };
  },
  /** What iPhones and recent cameras write: HEVC at 60 fps in a MOV. */
  hevc: async (out) => {
    await ffmpeg([...picture(320, 240, 60), ...tone(), '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error',
      '-tag:v', 'hvc1', '-c:a', 'aac', '-f', 'mov', out]);
    return { kind: 'video', seconds: SECONDS, width: 320, height: 240, hasAudio: true };
  },
  /** An odd-sized window captured losslessly: 321x241, 4:4:4 chroma, in Matroska. */
  'odd-444': async (out) => {
    // Cropped after the switch to 4:4:4: cropping 4:2:0 would round to even.
    await ffmpeg([...picture(322, 242), ...tone(), '-vf', 'format=yuv444p,crop=321:241:0:0', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv444p', '-c:a', 'flac', '-f', 'matroska', out]);
    return { kind: 'video', seconds: SECONDS, width: 321, height: 241, hasAudio: true };
  },
  /** recordMyDesktop and older GNOME tools: Theora and Vorbis in Ogg. */
  theora: async (out) => {
    await ffmpeg([...picture(320, 240), ...tone(), '-c:v', 'libtheora', '-q:v', '5', '-c:a', 'libvorbis', '-f', 'ogg', out]);
    return { kind: 'video', seconds: SECONDS, width: 320, height: 240, hasAudio: true };
  },
  /** OBS with a desktop track (here only room tone) and a microphone track (speech) on the second. */
  'two-tracks': async (out, work) => {
    const voice = await narration(work, SECONDS);
    await ffmpeg([...picture(320, 240), '-f', 'lavfi', '-i', `anoisesrc=c=pink:a=0.003:r=48000:d=${SECONDS}`, '-i', voice,
      '-map', '0:v', '-map', '1:a', '-map', '2:a', ...x264, '-c:a', 'aac', '-f', 'matroska', out]);
    return { kind: 'video', seconds: SECONDS, width: 320, height: 240, hasAudio: true };
  },
  /** 10-bit HDR from a phone or a game capture: HEVC Main 10, BT.2020, HLG transfer. */
  hlg10: async (out) => {
    await ffmpeg([...picture(320, 240), ...tone(), '-vf', 'format=yuv420p10le', '-c:v', 'libx265', '-preset', 'ultrafast',
      '-x265-params', 'log-level=error:colorprim=bt2020:transfer=arib-std-b67:colormatrix=bt2020nc',
      '-color_primaries', 'bt2020', '-color_trc', 'arib-std-b67', '-colorspace', 'bt2020nc', '-tag:v', 'hvc1', '-c:a', 'aac', out]);
    return { kind: 'video', seconds: SECONDS, width: 320, height: 240, hasAudio: true };
  },
  /** Peek and LICEcap: an animated GIF screen capture. */
  gif: async (out) => {
    await ffmpeg([...picture(160, 120, 10, 4), '-f', 'gif', out]);
    return { kind: 'video', seconds: 4, width: 160, height: 120, hasAudio: false };
  },
  /** An animated PNG: no duration in the file at all, only frames. */
  apng: async (out) => {
    await ffmpeg([...picture(160, 120, 10, 4), '-plays', '0', '-f', 'apng', out]);
    return { kind: 'video', seconds: 4, width: 160, height: 120, hasAudio: false };
  },
  /** A GIF of one frame: a still, however GIF-like its name. */
  'still-gif': async (out) => {
    await ffmpeg([...picture(160, 120, 1, 1), '-frames:v', '1', '-f', 'gif', out]);
    return { kind: 'image', seconds: 0, width: 160, height: 120, hasAudio: false };
  },
  /** An AVIF still (AV1 in an ISO-BMFF box, as phones and browsers now save). */
  avif: async (out) => {
    await ffmpeg([...picture(160, 120, 1, 1), '-frames:v', '1', '-c:v', 'libaom-av1', '-still-picture', '1', '-f', 'avif', out]);
    return { kind: 'image', seconds: 0, width: 160, height: 120, hasAudio: false };
  },
  /** An animated WebP (browsers and chat apps save them): ffmpeg 5.1 can write one but not decode it. */
  'animated-webp': async (out) => {
    await ffmpeg([...picture(160, 120, 10, 3), '-c:v', 'libwebp_anim', '-loop', '0', '-f', 'webp', out]);
    return { kind: 'refused', seconds: 3, width: 160, height: 120, hasAudio: false };
  },
  /** A recorder killed mid-recording: an MP4 whose index (moov, written last) never was. Nothing in it decodes. */
  'truncated-mp4': async (out) => {
    await ffmpeg([...picture(320, 240, 30, 8), ...tone(8), ...x264, '-c:a', 'aac', '-f', 'mp4', `${out}.whole`]);
    await cutOff(`${out}.whole`, out, 0.6);
    return { kind: 'refused', seconds: 0, width: 320, height: 240, hasAudio: true };
  },
  /** An MP4 with its index first (faststart), cut off at 60 %: the first ~5 s still decode. */
  'truncated-faststart': async (out) => {
    await ffmpeg([...picture(320, 240, 30, 8), ...tone(8), ...x264, '-c:a', 'aac', '-movflags', '+faststart', '-f', 'mp4', `${out}.whole`]);
    await cutOff(`${out}.whole`, out, 0.6);
    return { kind: 'video', seconds: 4.8, width: 320, height: 240, hasAudio: true };
  },
  /** A WebM cut mid-cluster (a download that stopped): the header still says 8 s, about 4.9 s decode. */
  'webm-cut': async (out) => {
    await ffmpeg([...picture(320, 240, 30, 8), ...tone(8), '-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '400k',
      '-c:a', 'libopus', '-f', 'webm', `${out}.whole`]);
    await cutOff(`${out}.whole`, out, 0.6);
    return { kind: 'video', seconds: 4.9, width: 320, height: 240, hasAudio: true };
  },
  /** A Matroska file holding only subtitles: neither picture nor sound. */
  'no-media': async (out, work) => {
    const srt = join(work, 'subs.srt');
    await writeFile(srt, '1\n00:00:00,000 --> 00:00:02,000\nHello\n');
    await ffmpeg(['-i', srt, '-c:s', 'srt', '-f', 'matroska', out]);
    return { kind: 'refused', seconds: 0, width: 0, height: 0, hasAudio: false };
  },
};

/** Every variant there is: a test that takes them all cannot miss one added later. */
export const VARIANT_NAMES = Object.keys(makers) as VariantName[];

const EXTENSION: Record<VariantName, string> = {
  'webm-pipe': 'webm', mediarecorder: 'webm', vfr: 'mp4', rotate90: 'mp4', hevc: 'mov', 'odd-444': 'mkv', theora: 'ogv', 'two-tracks': 'mkv',
  hlg10: 'mp4', gif: 'gif', apng: 'apng', 'still-gif': 'gif', avif: 'avif', 'animated-webp': 'webp', 'truncated-mp4': 'mp4', 'truncated-faststart': 'mp4', 'webm-cut': 'webm', 'no-media': 'mkv',
};


const pending = new Map<VariantName, Promise<Variant>>();

/** The variant, made once and cached with its expectations. */
export function variant(name: VariantName): Promise<Variant> {
  let job = pending.get(name);
  if (!job) {
    job = (async () => {
      const path = join(VARIANTS_DIR, `${name}.${EXTENSION[name]}`);
      const factsPath = `${path}.json`;
      const cached = await readFile(factsPath, 'utf8').then((text) => JSON.parse(text) as Variant, () => undefined);
      if (cached) return cached;
      const work = join(VARIANTS_DIR, `${name}.work`);
      await mkdir(work, { recursive: true });
      try {
        const facts: Variant = { name, path, ...(await makers[name](path, work)) };
        await writeFile(factsPath, JSON.stringify(facts));
        return facts;
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    })();
    pending.set(name, job);
  }
  return job;
}

/**
 * Whether a render of rotate90 shows it the right way up: white above and black below in the middle of the frame
 * (turned the wrong way, the halves are side by side or swapped).
 */
export async function rotate90Upright(rendered: string): Promise<{ upright: boolean; top: number; bottom: number }> {
  const top = await meanGray(rendered, 2, { x: 0.45, y: 0.1, w: 0.1, h: 0.3 });
  const bottom = await meanGray(rendered, 2, { x: 0.45, y: 0.6, w: 0.1, h: 0.3 });
  return { upright: top > 200 && bottom < 60, top, bottom };
}
