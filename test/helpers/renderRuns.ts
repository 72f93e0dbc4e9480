/**
 * What the engine's renders ran, by kind, from the arguments the fault seam saw (`Faults.toolRuns`); empties the list.
 * Preview proxies are left out: they are made in the background, when a preview is done (previewProxies.ts).
 */
export function takeRenderRuns(runs: string[][]): { pictures: number; sound: number; join: number; other: number } {
  const kinds = runs.splice(0).filter((args) => !isProxyRun(args)).map((args) => {
    if (args.includes('concat')) return 'join';
    if (args.includes('pcm_f32le')) return 'sound'; // the mix, kept as WAV (and encoded on a guess of its loudness)
    if (args.includes('ultrafast') && args.includes('-an')) return 'pictures';
    return 'other'; // the mix encoded again at its measured loudness; a one-pass render and its loudness measurement
  });
  const count = (kind: string) => kinds.filter((k) => k === kind).length;
  return { pictures: count('pictures'), sound: count('sound'), join: count('join'), other: count('other') };
}

/** A preview proxy's run: the only one with a keyframe every second. */
export const isProxyRun = (args: string[]): boolean => args.includes('-g');
