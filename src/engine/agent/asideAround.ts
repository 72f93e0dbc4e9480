import { type EditOp, quoted, Words } from '../../protocol';
import { aside, onlyOccasion } from './asides';
import { readable } from './clauseWords';

/**
 * "第二段删掉（给新同事看的）", "the client is picky, make it vertical", "make it vertical, if that's possible": a whole
 * request with an aside before or after it (who or what it is for, someone's wish, a courtesy, a judgement of the
 * whole) that names no part of the draft, no figure, no time and no edit: read as the request alone, so the aside
 * neither stays unread nor runs into the request's last clause ("停4秒（给新同事看的）"). Not where the user's own
 * words may run on ("加人名条：张伟，产品经理").
 */
export function besideAside<Parsed extends { ops: EditOp[] }>(message: string, read: (said: string) => Parsed): Parsed | undefined {
  if (quoted(message) !== undefined || Words.wordsToTheEnd.test(message)) return undefined;
  for (const [request, said] of cuts(message)) {
    if (!asksNothing(said) || read(said).ops.length > 0) continue;
    const parsed = read(request);
    // A courtesy or a judgement of the whole is an aside to any request; who it is for, to one it names nothing beside.
    if (parsed.ops.length > 0 && (Words.aside.around.test(readable(said)) || aside(said, parsed.ops))) return parsed;
  }
  return undefined;
}

/** A clause of the kinds an aside is, naming no part of the draft (a look-alike: "X, the music is too loud"). */
function asksNothing(clause: string): boolean {
  const text = readable(clause);
  return (onlyOccasion(clause) || Words.aside.around.test(text)) && !Object.values(Words.aside.parts).some((part) => part.test(text));
}

/** Where an aside is cut off: a comma, a stop, a question mark ("what?? undo"), a dash or a bracket around it ("X（给新同事看的）"). */
const BREAK = String.raw`(?:\s*[,，;；。!！]|[.?]+(?=\s)|？+|\s[-–—])\s*`;
const SEGMENT = String.raw`[^,，;；。!！?？()（）]+?`;
const AFTER = new RegExp(String.raw`^(.+?)(?:\s*[(（](${SEGMENT})[)）]|${BREAK}(${SEGMENT}))[.。!！]*$`, 'su');
const BEFORE = new RegExp(String.raw`^(${SEGMENT})${BREAK}(.+)$`, 'su');

/** The message as [request, aside]: the aside last, then the aside first. */
function cuts(message: string): [string, string][] {
  const after = AFTER.exec(message.trim());
  const before = BEFORE.exec(message.trim());
  return [
    ...(after === null ? [] : [[after[1], after[2] ?? after[3]] as [string, string]]),
    ...(before === null ? [] : [[before[2], before[1]] as [string, string]]),
  ];
}
