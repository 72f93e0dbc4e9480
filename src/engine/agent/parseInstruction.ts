import { outputFromText } from '../../protocol';
import type { EditOp } from './editOps';
import { parseDurationMs } from './parseDuration';
import { matches, Vocabulary } from './vocabulary';

export const DEFAULT_TARGET_MS = 60_000;

/** Turns one user message into edit operations; an empty list means the message was not understood. */
export function parseInstruction(message: string): EditOp[] {
  const text = message.toLowerCase();
  if (matches(text, Vocabulary.export) && !matches(text, Vocabulary.compile)) {
    const { format, resolution } = outputFromText(text);
    return [{ op: 'export', format, resolution }];
  }
  if (matches(text, Vocabulary.compile)) {
    return [{ op: 'compile_best_moments', target_ms: parseDurationMs(text) ?? DEFAULT_TARGET_MS }];
  }
  return [];
}
