import { type EditOp, ORDINALS, Words } from '../../protocol';
import { type ParseContext, readable } from './clauseWords';
import type { ParsedMessage } from './parseInstruction';

/**
 * "the pond part is too long, make it 5 sec only. that is 2nd moment", "can the weaving part go slower, half speed? its
 * the 2nd one", "have the vows play slower, say 0.8? That's the third moment": a request said of a part by what it
 * shows, its place said apart. The message is read again with the part named by that place and the place's clause left
 * out (what it asks after an "and" kept, said of the part: "It's second right now and I want it leading"); a speed said
 * of no moment is that part's. Undefined unless that reading reads every word and acts on the moment placed.
 */
export function placeSaidApart(message: string, clauses: string[], context: ParseContext, read: (said: string) => ParsedMessage): ParsedMessage | undefined {
  // Each clause as the message has it (a clause may come back as read: "its the 2nd one" as "its the 2nd part").
  const said = [...new Set([...clauses, ...message.split(/(?<=[.!?;,])\s+/)])].filter((clause) => message.includes(clause));
  const stated = said.flatMap((clause) => {
    const place = Words.placeStated.exec(readable(clause).trim());
    return place === null ? [] : [{ clause, place }];
  });
  // One place said (the same clause may be found twice: as read and as said).
  if (stated.length === 0 || new Set(stated.map(({ place }) => place.groups?.place)).size > 1) return undefined;
  const { clause, place } = stated[stated.length - 1];
  const index = placeOf(place.groups?.place ?? '', context);
  const at = message.indexOf(clause);
  if (index === undefined) return undefined;
  const part = `clip ${index}`;
  const rest = place.groups?.rest?.replace(Words.pronounOfPart, part) ?? '';
  const without = `${message.slice(0, at)}${rest}${message.slice(at + clause.length)}`;
  const named = without.replace(Words.partShown, part);
  const reading = read(named);
  if (named === without) reading.ops.forEach((op) => placeSpeed(op, index));
  const placed = reading.ops.some((op) => 'index' in op && op.index === index);
  return reading.ops.length > 0 && reading.unknown.length === 0 && placed ? reading : undefined;
}

/** The moment a place said names ("third", "2nd", "moment 1", "last"); undefined past the draft's moments. */
function placeOf(said: string, context: ParseContext): number | undefined {
  const word = said.trim();
  const index = /^(?:last|final)$/.test(word) ? context.moments : ORDINALS[word] ?? Number(/\d+/.exec(word)?.[0] ?? NaN);
  return Number.isInteger(index) && index > 0 && (context.moments === 0 || index <= context.moments) ? index : undefined;
}

/** A speed said of no moment, beside a part placed apart, is that part's. */
function placeSpeed(op: EditOp, index: number): void {
  if (op.op === 'set_speed' && op.index === undefined) op.index = index;
}
