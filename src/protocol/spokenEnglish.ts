import { MOMENT_NOUN, Words } from './vocabulary';

/** A rewrite of what was said: a pattern and its plain words, or how to say what it matched plainly. */
export type Rewrite = readonly [RegExp, string | ((said: string, ...parts: string[]) => string)];

/**
 * English as it is said and typed, in the words the grammar reads, in order (a rewrite may read what an earlier one
 * wrote): dialects' and pidgins' words for "and", "my", "it", "the", "don't", "not" and "last", apostrophes typed
 * without, comparatives said with "more" or "twice" as learners say them, a length "less" as "shorter".
 */
export const SPOKEN_EN: readonly Rewrite[] = [
  // "tall n fill the sides", "in an out", "an then export": "and" as it is said ("an" before a consonant is no article).
  [/ n (?=[a-z])/g, ' and '],
  [/\b(in|out) an (?=(?:in|out)\b)| an (?=then\b|[bcdgjkpqtvwz])/g, (_, end?: string) => (end ? `${end} and ` : ' and ')],
  // "black bars an' send it over": "an'" is "and" as it is typed.
  [/\ban'(?=\s)/g, 'and'],
  // "don't want the middle clip, get rid": "get rid" said last, as it is said in the north of England, is "get rid of it".
  [/\bget rid(?=\s*[.!]*$)/g, 'get rid of it'],
  [Words.objectMe, '$1 me'],
  [Words.boundJoined, '$1 max'],
  [Words.eightySixed, 'remove '],
  [Words.resolutionAccepted, 'resolution $1'],
  // "turn me voice down to 'alf": "me" for "my" before what the user's own sound is, and a dropped h, as said in England and Ireland.
  [/\b(turn|mute|unmute|lower|raise|boost|silence|quieten|fade|duck|keep) me (?=(?:own )?(?:voice|audio|mic|sound|narration|talking)\b)/g, '$1 my '],
  [/(?<![a-z])'alf\b/g, 'half'],
  // "an dow let it dip": "don't" as it is said in the Black Country, before the verb it refuses.
  [/\bdow (?=(?:let|do|want|need|cut|touch|make|put|add|use|bother|change)\b)/g, "don't "],
  // "the music, add am", "put am for middle": "am", "it" as Nigerian and West African pidgin says it after a verb
  // ("I am" has no verb before it).
  [/\b(add|put|remove|comot|take|make|move|cut|drop|use|turn|set|bring|fade|mute|lower|raise) am\b/g, '$1 it'],
  // "make e show from 2 to 6 seconds": "e", "it" as the pidgin says it before its verb, after "make" (let); "the
  // title dey come too early": "dey" before a verb is the pidgin's "is …-ing", the verb read as said.
  [/\b(make|mek|let) e (?=[a-z]{2})/g, '$1 it '],
  // "remove number two clip", "make number three slower": a moment named by its number before its noun, or alone
  // before how its pace changes, is that clip.
  [new RegExp(String.raw`\bnumber (\d|one|two|three|four|five) (${MOMENT_NOUN})\b`, 'g'), '$2 $1'],
  [/\bmake number (\d|one|two|three|four|five) (?=(?:slower|faster|quicker|shorter|longer)\b)/g, 'make clip $1 '],
  // "make e no go down when I dey talk": "no" before the verb is the pidgin's "not".
  [/\b(make|mek|let) it no (?=(?:go|come|show|play|stay|start|duck|dip|drop|get|turn|fade)\b)/g, '$1 it not '],
  // "cut da las 3 seconds": "last" with its t dropped, as typed from speech (not Spanish "las partes").
  [/\b(the|da|di) las (?=(?:\d|one|two|three|four|five|few|bit|part|clip|moment|seconds?)\b)/g, '$1 last '],
  [/\bdey (?=(?:come|show|appear|start|end|play|go|stay|finish|begin|pop|run)\b)/g, ''],
  // "one of them backgrounds", "cut them bits": "them" before a plural noun is its article, as it is said in many dialects.
  [Words.themArticle, 'the '],
  [Words.copulaDropped, '$1 is '],
  // "for tik tok": the platform's name as it is often typed, in two words.
  [/\btik[\s-]tok\b/g, 'tiktok'],
  // "on t'end", "t'music": the article as it is said in the north of England.
  [/\bt'(?=[a-z]{2})/g, 'the '],
  [/\b(do|does|did|ca|wo|is|are|was|were|should|would|could|have|has|had)nt\b/g, "$1n't"],
  [/\b(what|that)s\b/g, "$1's"],
  // "the bits where nothings happening": "nothing's" typed without its apostrophe, before what is (not) happening.
  [/\b(nothing|nobody|something|somebody|everything|everybody)s (?=[a-z]+ing\b|going on\b)/g, "$1's "],
  // "what all tracks are there": "what all" asks what, as it is said in India.
  [/\b(what|which|who|where) all\b(?! (?:of|the)\b)/g, '$1'],
  // "slow it down to .5": a figure under one typed without its zero.
  [/(?<=^|\s)\.(?=\d)/g, '0.'],
  // "chuck t'first clip": the Yorkshire article, "t'" before its noun, is "the".
  [/(?<![a-z'])t'(?=[a-z])/g, 'the '],
  [/\bim\b/g, "i'm"],
  // "fades 1s in and 2s out": each end of a fade said after its length is said as "in 1s and out 2s".
  [/(?<=\bfad(?:e|es|ing)\b.*)\b(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)) (in|out) and (\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)) (in|out)\b/g, '$2 $1 and $4 $3'],
  // "two seconds less", "3s less": a length less is that much shorter (not "less than 30 seconds").
  [/(?<=\d|\b)(seconds?|secs?|s|minutes?|mins?) less\b(?! than)/g, '$1 shorter'],
  [Words.amountCut, 'off'],
  // "more short", "more quiet", "more low", "more quick": the comparative as it is spelled (said with "more" as many
  // learning English say it, after their own language's "más bajo", "plus court", "mais rápido"); "go more slowly",
  // "play more quickly": its adverb, the same.
  [/\bmore (short|long|quiet|loud|fast|slow|low|high|quick)(?:ly)?\b/g, '$1er'],
  // "please to cut them", "please to make it shorter": "please" and the verb's "to", as a learner may say it ("per
  // favore di tagliare"), is "please" and the verb.
  [/\bplease to (?=[a-z]{2,} (?:it|them|that|those|these|the|my|this)\b)/g, 'please '],
  // "twice faster", "the double faster", "twice slower": two times, as "el doble de rápido", "deux fois plus vite" say it.
  [/\b(?:the )?(?:twice|double) (?=(?:faster|quicker|slower)\b)/g, '2 times '],
  [Words.putAsMade, 'turn '],
];
