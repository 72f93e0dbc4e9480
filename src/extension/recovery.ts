import { ExportBlockedError, OutOfCreditsError } from '../client';
import type { Text } from './text';

/** Where a registered user buys credits or a plan: the protocol names no page, so NemoVideo's pricing page. */
export const NEMO_PRICING_URL = 'https://nemovideo.com/pricing';

/** A way out of a failure the user can take with one click. */
export type Recovery =
  | { kind: 'open'; label: string; url: string }
  | { kind: 'useLocal'; label: string }
  | { kind: 'retry'; label: string };

/**
 * The ways out of the cloud's dead ends: out of credits (2001) registers an anonymous user or tops up a registered
 * one; a free plan's blocked export (402) upgrades. The labels are in `text`'s language. Both can switch to the local engine (free) and keep going, or retry.
 */
export function recoveriesFor(error: unknown, text: Text): Recovery[] {
  const rest: Recovery[] = [{ kind: 'useLocal', label: text.useLocalEngine }, { kind: 'retry', label: text.retry }];
  if (error instanceof OutOfCreditsError) {
    const open: Recovery = error.registerUrl
      ? { kind: 'open', label: text.register, url: error.registerUrl }
      : { kind: 'open', label: text.topUp, url: NEMO_PRICING_URL };
    return [open, ...rest];
  }
  if (error instanceof ExportBlockedError) return [{ kind: 'open', label: text.upgrade, url: NEMO_PRICING_URL }, ...rest];
  return [];
}
