/** What the engine's renders ran, by kind, from the arguments the fault seam saw (`Faults.toolRuns`); empties the list. */
export function takeRenderRuns(runs: string[][]): { pictures: number; sound: number; join: number; other: number } {
  const kinds = runs.splice(0).map((args) => {
    if (args.includes('concat')) return 'join';
    if (args.includes('libopus') && args.includes('-vn')) return 'sound';
    if (args.includes('libvpx-vp9') && args.includes('-an')) return 'pictures';
    return 'other'; // the loudness measurement, a one-pass render
  });
  const count = (kind: string) => kinds.filter((k) => k === kind).length;
  return { pictures: count('pictures'), sound: count('sound'), join: count('join'), other: count('other') };
}
