/**
 * Escaping for values inside an ffmpeg filtergraph, which are parsed twice: first the graph splits filters and
 * chains at `, ; [ ]`, then each filter splits its options at `:`. A value is quoted for the option parser (inside
 * '…' only `'` is special, written '\''), then every character the graph parser treats specially is
 * backslash-escaped. A path holding quotes, colons, commas or brackets then reaches the filter unchanged.
 */
export function filterValue(value: string): string {
  const quoted = `'${value.replace(/'/g, `'\\''`)}'`;
  return quoted.replace(/[\\'[\],;]/g, (c) => `\\${c}`);
}

/** Seconds with millisecond precision, the form every time option in the graph takes. */
export const sec = (ms: number): string => (ms / 1000).toFixed(3);
