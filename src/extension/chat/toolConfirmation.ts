import type { EditOp } from '../../protocol';

/** One field of an operation as people read it: times in seconds, volumes in per cent, speeds as "2x". */
function field(key: string, value: unknown): string {
  if (typeof value === 'number' && /(^|_)ms$/.test(key)) return `${key.replace(/_?ms$/, '') || 'length'} ${value / 1000} s`;
  if (typeof value === 'number' && key === 'volume') return `volume ${Math.round(value * 100)} %`;
  if (typeof value === 'number' && key === 'factor') return `${value}x`;
  if (Array.isArray(value)) return `${key} ${value.join(', ')}`;
  if (key === 'text') return `"${String(value)}"`;
  return `${key} ${String(value)}`;
}

/**
 * What a call of the edit tool will change, one line per operation in the order they run ("- set aspect: aspect
 * 9:16"): the body of the confirmation agent mode shows before the tool runs. Pure, so it is tested in Node.
 */
export function describeOps(ops: EditOp[]): string {
  return ops.map((op) => {
    const fields = Object.entries(op).filter(([key, value]) => key !== 'op' && value !== undefined).map(([key, value]) => field(key, value));
    return `- ${op.op.replace(/_/g, ' ')}${fields.length ? `: ${fields.join(', ')}` : ''}`;
  }).join('\n');
}
