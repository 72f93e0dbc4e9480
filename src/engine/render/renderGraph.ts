import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderOutput } from '../../protocol';
import { audioMix } from './audioMix';
import { encoderArgs, gifPalette } from './encoder';
import { sec } from './filterEscape';
import { GraphInputs } from './graphInputs';
import { musicBed, type MusicBedName } from './musicBeds';
import type { RenderPlan } from './renderPlan';
import { textOverlays } from './textOverlay';
import { pieceFades, timeline } from './timeline';

export interface GraphOptions {
  ffmpeg: string;
  preset: string;
  /** Where music beds are cached. */
  cacheDir: string;
  /** A private folder for this render's filter script and text files. */
  workDir: string;
  outPath: string;
}

/**
 * The whole draft as one ffmpeg invocation: every input, one filtergraph (written to a script file, as it runs to
 * kilobytes), and the encoder. ffmpeg's `-progress` goes to stdout for the job's progress.
 */
export async function renderCommand(plan: RenderPlan, output: RenderOutput, options: GraphOptions): Promise<string[]> {
  const beds = new Map<MusicBedName, string>();
  for (const piece of plan.audio) {
    if (piece.source.kind === 'bed') beds.set(piece.source.name, await musicBed(options.ffmpeg, options.cacheDir, piece.source.name));
  }
  const inputs = new GraphInputs();
  const pictures = timeline(plan, inputs);
  const total = sec(plan.durationMs);
  const fades = pieceFades({ durationMs: plan.durationMs, fadeInMs: plan.fadeInMs, fadeOutMs: plan.fadeOutMs }, 'fade');
  const overlays = await textOverlays(plan.text, plan.canvas, options.workDir);
  const gif = output.format === 'gif';
  const filters = [...pictures.filters, `${pictures.video}trim=duration=${total}${overlays}${fades},format=yuv420p${gif ? '[vfinal]' : '[vout]'}`];
  const maps = ['-map', '[vout]'];
  if (gif) {
    filters.push(gifPalette('[vfinal]', '[vout]', plan.canvas.fps), `${pictures.audio}anullsink`);
  } else {
    const sound = audioMix(plan, pictures.audio, inputs, beds);
    filters.push(...sound.filters);
    maps.push('-map', sound.audio);
  }
  const script = join(options.workDir, 'graph.txt');
  await writeFile(script, filters.join(';\n'));
  return [
    '-hide_banner', '-nostdin', '-y', '-v', 'error', '-nostats', '-progress', 'pipe:1',
    ...inputs.toArgs(),
    '-filter_complex_script', script,
    ...maps,
    ...encoderArgs(output, options.preset),
    options.outPath,
  ];
}
