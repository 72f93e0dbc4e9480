import { quoted, Words } from '../../protocol';

/**
 * A whole message without the everyday words a request is wrapped in: a sign-off after it ("…, 6x 🙏" is one factor,
 * "put the title up top :)" moves it), a greeting or "pls" before it ("你好，快点导出" hurries the export), and a
 * yes/no question asked of the editor around it ("can you undo?" is the undo; "能不能剪成15秒，然后改成竖屏？" asks
 * both, its question mark no longer making the last clause a question). A question that asks which, how or what
 * ("can you tell me which formats…?", "能不能告诉我怎么加音乐？"), or to post the video somewhere (能传到抖音吗), stays one.
 */
export function unwrapped(message: string): string {
  // "Forwarded: 'cut it to 30 seconds'", "my boss says: “make it vertical”": a request passed on in quotes is the
  // request (not "the title says: 'Welcome'", words a part of the draft shows).
  const relayed = Words.relayed.exec(message) ?? Words.relayedZh.exec(message);
  const passedOn = relayed?.slice(2).find((said) => said !== undefined);
  if (relayed && passedOn !== undefined && ![Words.text, Words.card, Words.intro, Words.outro].some((part) => part.test(relayed[1].toLowerCase()))) return unwrapped(passedOn);
  const request = withoutOpening(withoutSignOff(message));
  const asked = Words.askedOf.exec(request);
  const inside = asked?.slice(1).find((said) => said !== undefined);
  return inside === undefined || !plainRequest(inside, message) ? request : withoutSignOff(inside);
}

/** A greeting or interjection opening the message ("hey, …", "ok …", 你好，…, 那个，…), as each clause's reader drops it. */
const OPENING = new RegExp(Words.filler.source, 'i');

function withoutOpening(message: string): string {
  // ("oops, bring that one back": the slip is what makes it the last step undone, so it is read with it.)
  const rest = message.replace(Words.backAfterSlip, 'undo that').replace(OPENING, '').replace(Words.pleaseFirst, '').replace(Words.favourAsked, 'could you').replace(Words.askedAgain, '');
  return rest.trim() === '' ? message : rest;
}

/** Sign-offs taken off the end one by one; not where a text's words run to the end ("加片尾：感谢支持 ❤"). */
function withoutSignOff(message: string): string {
  const shorter = message.replace(Words.signOff, '').replace(Words.pleaseLast, '');
  return shorter === message || shorter.trim() === '' || Words.wordsToTheEnd.test(shorter) ? message : withoutSignOff(shorter);
}

/** A request said in one sentence that, said outright, asks no question itself. */
function plainRequest(inside: string, message: string): boolean {
  const lower = inside.toLowerCase();
  return !/(?:[!。！]|(?<!\.)\.\s)\s*\S/.test(inside) && !Words.question.test(lower) && !Words.asks.test(lower) && !Words.publish.test(message.toLowerCase());
}

/**
 * "*counts on fingers: one* square *two* …": actions and counts written between asterisks part the requests, asking
 * nothing (not in a message that quotes words: they may be a text's).
 */
export const withoutActions = (message: string): string => (quoted(message) === undefined ? message.replace(Words.acted, '. ') : message);
