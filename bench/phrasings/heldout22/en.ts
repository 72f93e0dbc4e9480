import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder,
  moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment,
  removeText, resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

/**
 * Held-out 22 (written as fresh 21; measured blind in sessions 19 and 20, opened in session 21), English: a blind phrasing set written by a helper on 2026-12-02, to measure the parser on words it was
 * never tuned on (the English writer of round 21 for voices whose trade or role starts with A to L).
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13 (/work/briefs/issue13.md), /work/briefs/writer21-en.md (the brief) and /work/briefs/headers22.txt (the header
 * comments of the earlier sets, for their form, their decided readings and the voices already used; no phrasing of
 * them; grep over it to check each voice's trade and place, which turned away a beekeeper, a bingo caller, a crofter
 * on Lewis, a dim-sum chef, an FPV drone pilot, a fencing coach, a band director, a trucker, a journalist, a
 * kindergarten teacher, a lifeguard, a New Orleans voice, a butcher, an umpire and a forklift driver already used).
 * Not read: any other phrasing set or other file under bench/phrasings/ (an `ls` of fresh21/ showed it empty at the
 * start; a second `ls` before writing this file showed the name zh.ts, written meanwhile by the Chinese writer, which
 * was not opened), the parser (src/engine), src/protocol/vocabulary.ts or any other src file, test/, scripts/,
 * bench/*.ts, out/, /work/*.txt, the bench's output; no git log / diff / show / grep over the repository was run; no
 * sentence was run through the parser, the CLI, the engine or the bench. No slip. Run on this file only: the brief's
 * type-check, and python over its own text (drafted in a private mktemp folder) to count its lines, voices and repeats.
 *
 * Voices (30, trades A to L, none of them in an earlier set): an almond grower in California's Central Valley (hella,
 * dude, rn, lol), a 2D animator (keyframes, frames, ease in), an arcade-cabinet restorer (coin-op, CRT, attract mode,
 * bezel), a circus aerialist (silks, drop, the catch), a berry picker in Angus (Doric Scots: fit, fae, aye, dinna,
 * oot, soond, ain), a bail bondsman in Florida (blunt, short), a clockmaker in the Black Forest (German non-native,
 * precise: also, na ja), a cheerleading coach (caps, !!, 📣), a cricket-bat maker in Sialkot (Pakistani English:
 * acha, yaar, jee, bas, kindly, do one thing, itself), a carnival ride operator (carny, lowercase, no punctuation), a
 * pub-league darts player (ONE HUNDRED AND EIGHTYYY, mate, oche, leg, bin it), a dog walker in Manhattan (lowercase,
 * one hand on six leashes), an escrow officer (formal, procedural: per the seller's instructions, shall), an Elvis
 * impersonator in Las Vegas (thank you very much, uh-huh, baby), a flea-market trader in Paris (bon, quoi, ouais,
 * nickel, c'est bon, voilà), a fire-eater (street-performer patter, 🔥), a gaucho on an Argentine estancia (che, mirá,
 * viste, dale, bárbaro, quitá), a gravedigger (dry, morbid), a greengrocer in Athens (Greek non-native: ela, re, po po
 * po, efharisto), a horse-cab (Fiaker) driver in Vienna (oida, leiwand, geh bitte, na geh, passt, baba), a herring
 * smokehouse owner in Gdańsk (Polish non-native: dobra, kurczę, dziękuję, drops articles), an ice sculptor (chainsaw,
 * melt), an Irish dancing teacher (grand, sure look, the feis), a jeepney driver in Manila (Taglish: pare, lang, sige,
 * lods, para po, salamat, sa gilid), a jockey in Newmarket (stalls, furlong, photo finish), a kitesurf instructor in
 * Tarifa (Andalusian: illo, quillo, pisha, mira, qué arte), a koi breeder in Niigata (polite Japanese non-native:
 * etto, onegaishimasu), a linguist (precise, pedantic about ambiguity), a lemon grower on the Amalfi coast (Italian
 * non-native: ecco, mamma mia, bellissimo, eh), a lock keeper on an English canal (older, courteous: do, if you would,
 * mind, per cent).
 *
 * Counts: 270 written in one pass (30 voices, 9 lines each, shaped while drafting to cover every operation of ops.ts:
 * lengths in seconds / "45 secs" / "a minute lang" / "minute-long" / "1 minute 30 seconds" / "1 minute 15 seconds" /
 * "exactly 1 minute 10 seconds" / "a minute and twenty" / "2 minutes" / "Forty seconds" / "a 15 second teaser" / "a
 * 30-second highlight"; dead air; idle with and without a factor; keep everything; the first / second / last upload,
 * one and two named files; shapes and platforms with and without a fill, a fill alone; resolution set without export;
 * exports in mp4 / mov / webm / gif with and without a resolution, two and three exports in one message; titles,
 * captions, lower thirds, slide-in, start- and end-anchored and timed texts; text 1's words, place and timing edited,
 * text 1 removed, every text removed; an intro and an outro card, an intro card removed and both cards removed between
 * two exports; music (default, a level, two uploaded files, ducking off, faded in / out, quieter, louder, set to a level
 * and removed between two exports); source volume 0 to 1.5; clip fades; crossfades 0 / default / 0.25 / 0.3 / 0.8 / 1
 * s; zoom auto / less / more / off / at a time with and without a hold, auto then less; a default, a just-uploaded and
 * a named background, one removed between two exports; moments removed, moved, trimmed by and to, sped up and slowed;
 * cuts of a range; whole-clip speeds; undo, two undos, undo then redo, redo, start over then a length, track
 * listings). In review 7 lines were reworded where a second reading was possible: "add the title 'X'" (could edit
 * text 1) and "put the text 'X'" now "add a title" / "put text"; "piano piano" and "we want ENERGY" beside music (a
 * word that could name a built-in bed); "Quiet, like a cemetery" after a music level (could add a quieter step); "the
 * slow bits where the water is rising" (not plainly idle stretches); "no music" on a draft that has none (the
 * project's rule might read it as removing music), replaced by another negation. None dropped.
 * 270 final (none repeated within this file, compared trimmed and lower-cased), of which 30 (11.1 %) must change
 * nothing (questions: the price, tagging people, sending by WhatsApp, which shapes it supports, a horse's
 * starting odds; negated requests: "Don't touch the speed", "I do not authorise any export at this stage"; things the
 * product cannot do: counting almonds or cows, onion-skinning frames, scanlines, an invisible rope, redder berries,
 * repairing a pendulum's sound, sparkling pom-poms, a checkout average on screen, thicker sideburns, prices
 * on objects, bigger flames, mud off boots, a smell, removing a horse's dropping or smoke from the picture, clearer
 * ice, less glitter, a jeepney horn or a narrowboat horn sound effect, redder koi, a calmer sea, yellower lemons). 37 lines carry 2-5
 * requests (7 of them music with a detail of it: ducking off, a fade, quieter, louder).
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: every length-only line names a length ("a minute lang" / "minute-long"
 * is 60 s; "about 45 seconds" 45 s); music with no track named ("the default one", "the default", "the normal one",
 * "the lo-fi") is lo-fi at 35 % ducked (a level said with it replaces the 35 %; "have it drop when I'm talking" /
 * "when I talk it goes down" is the default ducking; "NO ducking" / "don't duck it when I sing" turn it off;
 * willow-thwack.mp3, hunka-burnin.mp3, sea-shanty.mp3 are the track); a fade with no length is 1 s ("fade in and fade
 * out" / "fade in and out, the usual length" / "a one-second fade at the beginning and at the end" both; "fade out at
 * the end" / "Fade to black at the end" out only; "fade in at the start" in only; "fade the music out at the end" / "a
 * fade in on the music" the music's, only in a line that adds it); a crossfade with no length ("dissolves ... half a
 * second", "crossfade the clips") is 0.5 s, "hard cuts ... no crossfade" / "straight cuts" 0, lengths as said; idle
 * stretches sped up with no factor ("speed up the parts where nothing's happening but don't cut em out") go 4x; a card
 * with no length is 2 s (every card here says its length; "end card" / "closing card" are outros, "opening card"
 * intro); a zoom at a time with no hold ("zoom in at 0:12") holds 3 s; a background with no name ("the default
 * background", "default gradient") is aurora, "the picture I just uploaded" is 'image', terrace.jpg its name; an export
 * with no format is mp4.
 * Other readings: TikTok, Reels, Shorts and Instagram stories named as where it goes are 9:16; the Instagram feed /
 * Facebook / YouTube only with a shape said (4:5, square, 16:9). "Blur the sides" / "blur roon the sides" / "blur sa
 * gilid" is blur, "black bars" letterbox, "crop it rather than blur" / "with crop" crop; "no blur on the sides, put
 * black bars instead" is a fill alone. "Set the resolution tae 720p", "Output resolution shall be 1080p; the export will
 * follow", "make resolution 4k but not export now" set it; "export ... 720 / 1080 / 4K" exports at it (720 / 1080
 * without the p are 720p / 1080p). "The title" is the draft's text 1 ("must say" / "to say" / "change it to" edit its
 * words, "wants tae be doon the bottom" / "to go to the top of the frame" / "move to the center" its place, "should only
 * be there from 2 to 6 seconds" its timing, "remove the title, the old one" removes it); "delete all text from video" /
 * "Strike every text from the screen" remove every text; "add a (new) title / caption / lower third / text", "put a
 * title / text 'X'", "put 'X' on as a lower third" add a new one (a title unless a caption or a lower third is named),
 * the words inside the quotes exactly as typed; "for the first N seconds" / "in the top for 5 seconds" run 0 to N s,
 * "from 0:05 to 0:12" 5 to 12 s, "at the start" anchors at the start, "at the end" at the end, "for the last N
 * seconds" at the end for N s; "slides in" / "sliding in" is the slide motion; top / up top, in the middle / center,
 * bottom. Clip 2 / the second shot / the middle clip / moment two / the second piece is moment 2, the third / last
 * clip / "the last bit" moment 3; "make it 8 seconds only" / "make it 4 seconds long" / "cut it to 6 seconds" / "mak
 * it jist 6 seconds lang" set a moment's length, "chop 4 seconds off" / "5 seconds shorter" / "take 2 seconds from it"
 * / "shortened by 1.5 seconds" / "Shorten it by 4 seconds" trim by that; "to the front" / "put it first" is place 1,
 * "to the very end" / "goes last" / "to the end" place 3. "Cut out / take out / cut from 0:22 to 0:26" and "Cut the
 * span 0:15–0:18" are cuts of that range; "speed the whole clip up to 4x" / "the whole thing at 0.75x" whole-clip
 * speeds. The video's / recording's own / original sound, "the engine sound", "water sound", "pub noise", "the
 * commentary is in it" are the source volume (mute / aff 0, halve 0.5, "100 %" 1, "150%" 1.5). Music, cards and
 * backgrounds are only changed, faded or removed in a message that adds them (the draft has none); no moment is named
 * after a request that rebuilds the timeline or after a removal or move. A history step, a track listing or an export
 * said between edits stands where it is said; "undo. undo." is two undos, "go back one step" one, "Revert my previous
 * edit, then reinstate it" an undo then a redo, "I undid the fade by accident — redo it" a redo, "start over ... then
 * make 30 seconds" start over then best moments.
 *
 * Read against a draft of 3 moments and 1 text (no music, no card, no background).
 * Measured blind on ca1ebd3 (session 18's grammar, d3b2feb, with session 19's behaviour-preserving mends; before session 19's
 * round): 233/270 = 86.3 % (13 wrong edits, 7 asked first). Read against a draft of 3 moments and 1 text (no music, no card, no background).
 * Measured blind again in session 20: 234/270 = 86.7 % (12 wrong edits, 7 asked first) on de5f747 before its round, 235/270 = 87.0 % (12 wrong edits) on ceff0c6 after it.
 */
export const heldout22En: [string, Phrasing['want']][] = [
  // an almond grower in California's Central Valley (hella, dude, rn, lol)
  ["dude make this like a 45 second thing of the best parts, its hella long rn", best(45)],
  ["the shaker footage is hella quiet, crank the video's own sound up to 150%", sourceVolume(1.5)],
  ["put some music under it, the default one is fine, but have it drop when I'm talking", music()],
  ["add a title 'Harvest 2026 🌰' at the top for the first 5 seconds", text('Harvest 2026 🌰', { position: 'top', start_ms: 0, end_ms: 5000 })],
  ["swap to vertical for tiktok and blur the sides", aspect('9:16', 'blur')],
  ["can it tell how many almonds fell off the tree? lol", nothing],
  ["the 3rd clip drags, chop 4 seconds off it", trimBy(3, 4000)],
  ["export as an mp4 in 1080 when ur done", exportAs('mp4', '1080p')],
  ["ok speed up the parts where nothing's happening but don't cut em out, and put a fade out at the very end", then(idle(), fade('clip', undefined, 1000))],

  // a 2D animator (keyframes, frames, ease in, holds)
  ["Zoom in on the action at 0:14 and hold it for 2 seconds, ease in like a keyframe", zoomAt(14, 2)],
  ["the auto zoom is too much, pull it back a bit", zoom('less')],
  ["make the hard cuts into dissolves, 12 frames... call it half a second", crossfade(500)],
  ["add a new title 'Walk Cycle Breakdown' that slides in at the start", text('Walk Cycle Breakdown', { anchor: 'start', motion: 'slide' })],
  ["move the second shot to the very end, it's the payoff", moveMoment(2, 3)],
  ["could you onion-skin the frames so I can check the spacing?", nothing],
  ["export a gif of it for the portfolio, 720p", exportAs('gif', '720p')],
  ["play the whole thing at 0.75x, the timing feels rushed", speed(0.75)],
  ["turn off the zoom entirely, then fade in and fade out the whole video", then(zoom('off'), fade('clip', 1000, 1000))],

  // an arcade-cabinet restorer (coin-op, CRT, attract mode, bezel)
  ["keep the footage uncut, every frame of the attract mode, no trimming at all", keepAll],
  ["square it up 1:1 with black bars, like a bezel", aspect('1:1', 'letterbox')],
  ["add a lower third: 'Dave Kowalski, Coin-Op Restorer'", text('Dave Kowalski, Coin-Op Restorer', { style: 'lower-third' })],
  ["use only the file called galaga-cab.mp4", only('galaga-cab.mp4')],
  ["add the default music, export an mp4, then kill the music and export another mp4 so I can compare", then(music(), exportAs('mp4'), noMusic, exportAs('mp4'))],
  ["add an end card that says 'Insert Coin' for 3 seconds", card('outro', 'Insert Coin', 3)],
  ["can u add scanlines so it looks like a real arcade monitor", nothing],
  ["render it as webm", exportAs('webm')],
  ["show me what tracks are on there right now", tracks],

  // an aerialist in a circus (silks, drops, the catch)
  ["My silks drop is in the middle clip — slow that one to half speed so people see the wrap", speed(0.5, 2)],
  ["make me a 30-second highlight of the act", best(30)],
  ["add a caption 'no net, no problem' at the bottom", text('no net, no problem', { style: 'caption', position: 'bottom' })],
  ["music under it please, 50%, and a fade in on the music", then(music('lofi', 0.5), fade('music', 1000))],
  ["cut out 0:22 to 0:26, that's where I fumbled the catch", cut(22, 26)],
  ["Can you make the rope look invisible?", nothing],
  ["vertical for reels, crop it rather than blur", aspect('9:16', 'crop')],
  ["export MOV in 4K for the agency", exportAs('mov', '4k')],
  ["fade the video to black at the end, nice and slow, 2 seconds", fade('clip', undefined, 2000)],

  // a berry picker in Angus (Doric Scots: fit, fae, aye, dinna, oot, soond)
  ["aye, mak it a minute lang fae the best bits", best(60)],
  ["fit's the second bit daein there? tak it oot", removeMoment(2)],
  ["turn the video's ain soond aff a'thegither an pit the default music on", then(sourceVolume(0), music())],
  ["pit a wee title 'Berry Time in Angus' at the start", text('Berry Time in Angus', { anchor: 'start' })],
  ["the title wants tae be doon the bottom", editText({ index: 1, position: 'bottom' })],
  ["dinna export it yet, jist set the resolution tae 720p", resolution('720p')],
  ["can ye mak the berries look mair reid?", nothing],
  ["square for the Facebook page, wi blur roon the sides", aspect('1:1', 'blur')],
  ["the last bit — mak it jist 6 seconds lang", trimTo(3, 6000)],

  // a bail bondsman in Florida (blunt, short)
  ["45 secs. best parts. I got a court date at 2.", best(45)],
  ["get rid of the dead air, all of it", deadAir],
  ["put 'Call 24/7 – Sunshine Bail Bonds' on as a lower third", text('Call 24/7 – Sunshine Bail Bonds', { style: 'lower-third' })],
  ["Don't touch the speed. Speed's fine.", nothing],
  ["1080p mp4, export it", exportAs('mp4', '1080p')],
  ["clip one goes last", moveMoment(1, 3)],
  ["make it landscape, 16:9", aspect('16:9')],
  ["undo that last thing", undo],
  ["stick it on the default background, whatever, and export a 720p", then(background(), exportAs('mp4', '720p'))],

  // a clockmaker in the Black Forest (German non-native, precise: also, na ja)
  ["Also, please make from the video a clip of exactly 40 seconds with the best moments.", best(40)],
  ["The cuckoo should be seen bigger — zoom at 0:08, hold 4 seconds.", zoomAt(8, 4)],
  ["Between the moments please a crossfade of 0.3 seconds, not longer.", crossfade(300)],
  ["The title must say 'Kuckucksuhr – Handarbeit', please.", editText({ index: 1, text: 'Kuckucksuhr – Handarbeit' })],
  ["The ticking is the music of a clock. Please set the original sound to 100 %.", sourceVolume(1)],
  ["Na ja, the third moment is too long. Make it 5 seconds shorter.", trimBy(3, 5000)],
  ["Can you repair the sound of the pendulum so it is more regular?", nothing],
  ["Set the shape to 4:5 for the Instagram feed, with letterbox.", aspect('4:5', 'letterbox')],
  ["Please export two versions: first MP4 in 1080p, then WebM in 720p.", then(exportAs('mp4', '1080p'), exportAs('webm', '720p'))],

  // a cheerleading coach (caps, hype, !!)
  ["OK TEAM!! cut this down to 20 seconds of the BEST stunts!! 📣", best(20)],
  ["add a title 'REGIONALS HERE WE COME' at the top!!!", text('REGIONALS HERE WE COME', { position: 'top' })],
  ["music!! 80% volume and NO ducking, we need to hear it over the crowd", then(music('lofi', 0.8), ducking(false))],
  ["the basket toss in clip 2 — slow it down to 0.5x so we can see the height", speed(0.5, 2)],
  ["make it vertical for the team TikTok", aspect('9:16')],
  ["fade in at the start pls", fade('clip', 1000)],
  ["omg can it make the pom poms sparkle ✨", nothing],
  ["zoom in more on the action, the girls look so far away", zoom('more')],
  ["EXPORT!!! mp4!!! we're late for practice", exportAs('mp4')],

  // a cricket-bat maker in Sialkot (Pakistani English: acha, yaar, jee, bas, kindly, itself)
  ["Acha, do one thing, make it 1 minute 30 seconds of the best parts", best(90)],
  ["Only use the second file, the first one is shaky yaar", only('second')],
  ["Kindly add text 'Handmade English Willow, Sialkot' at bottom", text('Handmade English Willow, Sialkot', { position: 'bottom' })],
  ["The knocking-in sound is good, set the video's sound to 70%", sourceVolume(0.7)],
  ["bas, remove the title, the old one", removeText(1)],
  ["Jee, can you send it to my WhatsApp directly?", nothing],
  ["put my song willow-thwack.mp3 as music at 30 percent", music('willow-thwack.mp3', 0.3)],
  ["first clip make 8 seconds only, then export in 720 itself, mp4", then(trimTo(1, 8000), exportAs('mp4', '720p'))],
  ["zoom in at 0:10 for 3 seconds yaar, that is the stamp on the bat", zoomAt(10, 3)],

  // a carnival ride operator (carny, lowercase, no punctuation)
  ["yo speed the whole thing up 2x its a ride video it should feel fast", speed(2)],
  ["cut 0:03 to 0:07 thats just me checking the lap bars", cut(3, 7)],
  ["put a intro card 'THE ZIPPER – ride at your own risk' 3 seconds", card('intro', 'THE ZIPPER – ride at your own risk', 3)],
  ["hard cuts between the clips no crossfade", crossfade(0)],
  ["screams are the best part set the video audio to full blast 100%", sourceVolume(1)],
  ["add the default music then make it a bit quieter", then(music(), quieter)],
  ["hey is this thing free or do i gotta pay", nothing],
  ["flip it to square", aspect('1:1')],
  ["undo. undo. that was wrong", then(undo, undo)],

  // a darts player in a pub league (British pub talk: mate, oche, leg, bin it)
  ["ONE HUNDRED AND EIGHTYYY 🎯 right mate, make it 18 seconds, just the best throws", best(18)],
  ["my third leg was shocking, bin the third clip", removeMoment(3)],
  ["stick a lower third on: 'Gaz Pemberton, Red Lion B team'", text('Gaz Pemberton, Red Lion B team', { style: 'lower-third' })],
  ["zoom in on the board at 0:05 for 2 secs", zoomAt(5, 2)],
  ["pub noise is too much, halve the video's sound and chuck the default music on at 30%", then(sourceVolume(0.5), music('lofi', 0.3))],
  ["can it show my checkout average on screen automatically?", nothing],
  ["title to say 'Oche Legends' please mate", editText({ index: 1, text: 'Oche Legends' })],
  ["vertical for shorts, black bars top n bottom", aspect('9:16', 'letterbox')],
  ["export as a gif for the group chat, then a 1080p mp4 for the league page", then(exportAs('gif'), exportAs('mp4', '1080p'))],

  // a dog walker in Manhattan (lowercase, one hand on six leashes)
  ["sorry 6 leashes in one hand lol. make it 30 sec, best bits", best(30)],
  ["add caption 'Central Park pack walk 🐕' at the bottom for the first 4 seconds", text('Central Park pack walk 🐕', { style: 'caption', position: 'bottom', start_ms: 0, end_ms: 4000 })],
  ["mute the video audio, it's all sirens, and add the default music at 40%", then(sourceVolume(0), music('lofi', 0.4))],
  ["move clip 2 to the front, that's the cute one", moveMoment(2, 1)],
  ["the bit where biscuit pulls, clip 2, speed it up 1.5x", speed(1.5, 2)],
  ["reels format pls", aspect('9:16')],
  ["wait no go back one step", undo],
  ["is there a way to tag the dog owners in it?", nothing],
  ["ok looks good, export it as mp4, I'm off to the next building", exportAs('mp4')],

  // an escrow officer (formal, procedural)
  ["Per the seller's instructions, please compile a 50-second summary clip from the strongest moments.", best(50)],
  ["Insert a title reading 'Closing Day: 114 Maple Ave' for the first 3 seconds.", text('Closing Day: 114 Maple Ave', { start_ms: 0, end_ms: 3000 })],
  ["Remove moment two in its entirety.", removeMoment(2)],
  ["Apply a one-second fade at the beginning and at the end of the video.", fade('clip', 1000, 1000)],
  ["Please restrict the clip to the files named walkthrough.mov and keys.mov.", only('walkthrough.mov', 'keys.mov')],
  ["I do not authorise any export at this stage.", nothing],
  ["Output resolution shall be 1080p; the export will follow once the buyer signs.", resolution('1080p')],
  ["Kindly add a closing card reading 'Congratulations, Homeowners' for 4 seconds, then export as MP4.", then(card('outro', 'Congratulations, Homeowners', 4), exportAs('mp4'))],
  ["Please provide a list of every track currently on the timeline.", tracks],

  // an Elvis impersonator in Las Vegas (thank you very much, uh-huh, baby)
  ["Thank you, thank you very much. Now make me a minute-long clip of the best moments, uh-huh.", best(60)],
  ["Put 'The King Lives – Nightly at 9' up top, baby, as a new title", text('The King Lives – Nightly at 9', { position: 'top' })],
  ["that jumpsuit spin in the last clip, slow it down to 0.5x", speed(0.5, 3)],
  ["add my track hunka-burnin.mp3 as the music at 100%, and don't duck it when I sing", then(music('hunka-burnin.mp3', 1), ducking(false))],
  ["lotta dead air between songs, cut it out, uh-huh", deadAir],
  ["can you make my sideburns look thicker", nothing],
  ["4k export, mov, for the casino screens", exportAs('mov', '4k')],
  ["turn on the auto zoom, baby", zoom('auto')],
  ["Elvis has left the building — fade out at the end", fade('clip', undefined, 1000)],

  // a flea-market trader in Paris (bon, quoi, ouais, nickel, c'est bon)
  ["bon, I want 25 seconds only, the best moments, voilà", best(25)],
  ["the first bit is boring, quoi, make it 3 seconds shorter", trimBy(1, 3000)],
  ["put a title 'Marché aux Puces – Stand 42' in the middle of the screen", text('Marché aux Puces – Stand 42', { position: 'center' })],
  ["the noise of the market in the video is nice, ouais, put the video sound at 80 percent", sourceVolume(0.8)],
  ["add the lo-fi music at 20 %, not more", music('lofi', 0.2)],
  ["can you put a price on each object automatically?", nothing],
  ["square, nickel, with the blur, and a fade in at the start", then(aspect('1:1', 'blur'), fade('clip', 1000))],
  ["cut from 0:31 to 0:35, a guy is haggling, c'est chiant", cut(31, 35)],
  ["c'est bon, export in webm 1080", exportAs('webm', '1080p')],

  // a fire-eater (street performer, dramatic)
  ["Make a 15 second teaser, the most fire you can find 🔥", best(15)],
  ["The second torch trick, make it 4 seconds long, no more", trimTo(2, 4000)],
  ["Zoom in at 0:09, hold for 3 seconds — that's the fireball", zoomAt(9, 3)],
  ["Add a caption 'do not try this at home' at the bottom for the last 4 seconds", text('do not try this at home', { style: 'caption', position: 'bottom', anchor: 'end', duration_ms: 4000 })],
  ["can you make the flames bigger", nothing],
  ["Default gradient background behind the video, then make it 9:16", then(background(), aspect('9:16'))],
  ["Fade in 2 seconds, fade out 3 seconds", fade('clip', 2000, 3000)],
  ["the whoosh sound is the show, source audio up to 120%", sourceVolume(1.2)],
  ["I undid the fade by accident — redo it", redo],

  // a gaucho on an estancia in Argentina (che, mirá, viste, dale, bárbaro)
  ["che, make a clip of 2 minutes with the best parts of the horses, dale", best(120)],
  ["mirá, the third clip put it first, is the best one", moveMoment(3, 1)],
  ["quitá the sound of the video, is only wind, viste", sourceVolume(0)],
  ["add music, the default, and fade the music out at the end", then(music(), fade('music', undefined, 1000))],
  ["the title: change it to 'Estancia La Paloma'", editText({ index: 1, text: 'Estancia La Paloma' })],
  ["can you count how many cows are in the video?", nothing],
  ["landscape for youtube, 16:9, bárbaro", aspect('16:9')],
  ["crossfade between clips of 1 second", crossfade(1000)],
  ["export mov, dale", exportAs('mov')],

  // a gravedigger (dry, morbid)
  ["Cut the dead air. All of it. I deal with enough dead things.", deadAir],
  ["Forty seconds. The good parts. Nobody wants the whole service.", best(40)],
  ["Move moment 1 to the end.", moveMoment(1, 3)],
  ["Fade to black at the end. Appropriate.", fade('clip', undefined, 1000)],
  ["Add a caption 'Rest easy, we dig deep' at the bottom.", text('Rest easy, we dig deep', { style: 'caption', position: 'bottom' })],
  ["Add the default music at 25 percent. Nothing more, it's a cemetery.", music('lofi', 0.25)],
  ["Can you remove the mud from my boots in the shot?", nothing],
  ["Crossfades, half a second. Soft, like soil.", crossfade(500)],
  ["Shape: square. Fill: black bars. Then export it in 720p.", then(aspect('1:1', 'letterbox'), exportAs('mp4', '720p'))],

  // a greengrocer in Athens (Greek non-native: ela, re, po po po, efharisto)
  ["ela, make it 35 seconds, only the good parts", best(35)],
  ["po po po the tomatoes look beautiful, zoom in at 0:12", zoomAt(12)],
  ["put text 'Fresh every morning – Laiki Kypseli' in the top for 5 seconds", text('Fresh every morning – Laiki Kypseli', { position: 'top', start_ms: 0, end_ms: 5000 })],
  ["remove the second piece completely, re, is my cousin talking too much", removeMoment(2)],
  ["can you make the peaches smell through the screen? haha", nothing],
  ["make slow the whole video, 0.8", speed(0.8)],
  ["vertical, for Instagram stories", aspect('9:16')],
  ["music the normal one, 35%, and when I talk it goes down", music()],
  ["efharisto! now export mp4 and also gif", then(exportAs('mp4'), exportAs('gif'))],

  // a horse-cab (Fiaker) driver in Vienna (oida, leiwand, geh bitte, passt, baba)
  ["Oida, make it 50 seconds, only the leiwand bits", best(50)],
  ["the first file only, the second is from my cousin's phone", only('first')],
  ["add a new title 'Fiaker Rundfahrt – Stephansplatz' up top", text('Fiaker Rundfahrt – Stephansplatz', { position: 'top' })],
  ["no blur on the sides, put black bars instead", fill('letterbox')],
  ["geh bitte, the title should only be there from 2 to 6 seconds", editText({ index: 1, start_ms: 2000, end_ms: 6000 })],
  ["na geh, can you make the horse not poop in the shot", nothing],
  ["make the middle clip 7 seconds long", trimTo(2, 7000)],
  ["the picture I just uploaded, use it as the background", background('image')],
  ["passt, baba — export 1080p", exportAs('mp4', '1080p')],

  // a herring smokehouse owner in Gdańsk (Polish non-native: dobra, kurczę, dziękuję)
  ["Dobra, I need 1 minute 15 seconds, best moments from smokehouse", best(75)],
  ["smoke is everywhere, can you remove smoke from picture?", nothing],
  ["Speed up boring parts 3 times, where nothing happens, don't delete them", idle(3)],
  ["Put lower third 'Bartek Nowak, smokehouse master'", text('Bartek Nowak, smokehouse master', { style: 'lower-third' })],
  ["kurczę, clip 3 is too long, take 2 seconds from it", trimBy(3, 2000)],
  ["use sea-shanty.mp3 I uploaded as music, 30%, and fade it in 2 seconds", then(music('sea-shanty.mp3', 0.3), fade('music', 2000))],
  ["delete all text from video", removeText()],
  ["make resolution 4k but not export now", resolution('4k')],
  ["dziękuję, now export webm", exportAs('webm')],

  // an ice sculptor (chisel, melt, chainsaw)
  ["I've got about an hour before this swan melts — give me a 40 second cut of the best moments", best(40)],
  ["the chainsaw part is deafening, bring the video's sound down to 30%", sourceVolume(0.3)],
  ["time-lapse feel: speed the whole clip up to 4x", speed(4)],
  ["zoom in at 0:20 for 5 seconds when the wing comes out", zoomAt(20, 5)],
  ["add a new title 'Melted by morning' for the last 3 seconds", text('Melted by morning', { anchor: 'end', duration_ms: 3000 })],
  ["could you make the ice look clearer and more blue?", nothing],
  ["put it on the default gradient background, export an mp4, then remove the background and export another mp4", then(background(), exportAs('mp4'), noBackground, exportAs('mp4'))],
  ["crossfade 0.8 seconds between each shot, like it's melting into the next", crossfade(800)],
  ["export a gif and a 4k mov", then(exportAs('gif'), exportAs('mov', '4k'))],

  // an Irish dancing teacher (grand, sure look, the feis)
  ["Ah grand, would you make it 55 seconds of the best bits from the feis", best(55)],
  ["The second clip is the hornpipe, slow it to 0.75 so the parents can see the footwork", speed(0.75, 2)],
  ["Sure look, take out 0:40 to 0:44, that's where Aoife fell", cut(40, 44)],
  ["Add a caption 'Under-12 Champions 🏆' at the top at the start", text('Under-12 Champions 🏆', { style: 'caption', position: 'top', anchor: 'start' })],
  ["set the video's own sound to 85 percent and put a quarter-second crossfade between the dances", then(sourceVolume(0.85), crossfade(250))],
  ["Is it possible to stop the dresses glittering so much on camera?", nothing],
  ["Change the title to 'Scoil Rince Ní Bhriain'", editText({ index: 1, text: 'Scoil Rince Ní Bhriain' })],
  ["fade in and out, the usual length", fade('clip', 1000, 1000)],
  ["Square for Facebook, blur the sides, then export mp4 at 1080", then(aspect('1:1', 'blur'), exportAs('mp4', '1080p'))],

  // a jeepney driver in Manila (Taglish: pare, lang, sige, lods, para po, salamat)
  ["pare make it 20 seconds lang, best parts", best(20)],
  ["sige, use the last file lang, the first two are blurry", only('last')],
  ["add title 'Cubao – Quiapo, 24 hours' at the bottom", text('Cubao – Quiapo, 24 hours', { position: 'bottom' })],
  ["the engine sound is too loud lods, video sound 40%", sourceVolume(0.4)],
  ["zoom off, I want the whole jeep, and crossfade the clips", then(zoom('off'), crossfade(500))],
  ["vertical for tiktok pare, with blur sa gilid", aspect('9:16', 'blur')],
  ["para po! undo that", undo],
  ["can you add the horn sound effect every time?", nothing],
  ["salamat! export 720p mp4", exportAs('mp4', '720p')],

  // a jockey in Newmarket (racing: stalls, furlong, photo finish)
  ["Get me a 25-second clip of the best moments, from the stalls to the line", best(25)],
  ["The final furlong is clip 3 — play that at half speed, photo-finish style", speed(0.5, 3)],
  ["Move clip 3 to the front", moveMoment(3, 1)],
  ["Add lower third 'Tom Hanley, jockey – Newmarket'", text('Tom Hanley, jockey – Newmarket', { style: 'lower-third' })],
  ["set the video's sound to 100%, the commentary is in it", sourceVolume(1)],
  ["Can you tell me what odds the horse went off at?", nothing],
  ["Title to go to the top of the frame", editText({ index: 1, position: 'top' })],
  ["Zoom in at 0:18, hold for 2, that's the winning post", zoomAt(18, 2)],
  ["Landscape 16:9, then export MP4 in 4K and a 720 webm for the trainer", then(aspect('16:9'), exportAs('mp4', '4k'), exportAs('webm', '720p'))],

  // a kitesurf instructor in Tarifa (Andalusian: illo, quillo, pisha, mira, qué arte)
  ["illo, 30 seconds of the best jumps, qué arte", best(30)],
  ["the wind is too loud quillo, mute the video audio", sourceVolume(0)],
  ["put the lo-fi music at 45%, export an mp4, then set the music to 25% and export again", then(music('lofi', 0.45), exportAs('mp4'), musicVolume(0.25), exportAs('mp4'))],
  ["the jump in clip 2 to slow motion, 0.5x", speed(0.5, 2)],
  ["mira, the first clip: cut it to 6 seconds", trimTo(1, 6000)],
  ["can you make the sea look less choppy?", nothing],
  ["add 'Tarifa Kite School – book now' as a caption at the end", text('Tarifa Kite School – book now', { style: 'caption', anchor: 'end' })],
  ["make it vertical pisha, it's for reels", aspect('9:16')],
  ["export mp4 1080 and a gif too, pisha", then(exportAs('mp4', '1080p'), exportAs('gif'))],

  // a koi breeder in Niigata (polite Japanese non-native: etto, onegaishimasu)
  ["Etto... please make the video about 45 seconds with the most beautiful koi moments", best(45)],
  ["Please, the second part slower, 0.5 speed, so people can see the pattern", speed(0.5, 2)],
  ["Please add a title 'Ojiya Koi Farm – Kohaku' in center", text('Ojiya Koi Farm – Kohaku', { position: 'center' })],
  ["Water sound is nice. Please video sound 60 percent.", sourceVolume(0.6)],
  ["Sorry, is it possible to make the red colour of koi more strong?", nothing],
  ["Please 1:1 square shape, with crop", aspect('1:1', 'crop')],
  ["Please zoom a little less, the fish are cut off", zoom('less')],
  ["Please add opening card 'Ojiya Koi Farm' and end card 'Thank you for watching', 3 seconds each, export mp4, then remove both cards and export one more mp4, onegaishimasu", then(card('intro', 'Ojiya Koi Farm', 3), card('outro', 'Thank you for watching', 3), exportAs('mp4'), removeCard(), exportAs('mp4'))],
  ["Please export mp4, 4K. Thank you very much for your help.", exportAs('mp4', '4k')],

  // a linguist (precise, pedantic about ambiguity)
  ["To be unambiguous: a clip of exactly 1 minute 10 seconds, assembled from the best moments.", best(70)],
  ["Strike every text from the screen — all of them, not merely the title.", removeText()],
  ["Add a caption reading 'phonemes ≠ letters' at the bottom, from 0:05 to 0:12.", text('phonemes ≠ letters', { style: 'caption', position: 'bottom', start_ms: 5000, end_ms: 12000 })],
  ["The verb 'trim' is overloaded, so precisely: moment 1 should be shortened by 1.5 seconds.", trimBy(1, 1500)],
  ["Cut the span 0:15–0:18 from the timeline.", cut(15, 18)],
  ["I am not asking you to change the aspect ratio; I'm merely curious which ones you support.", nothing],
  ["Revert my previous edit, then reinstate it — I want to compare.", then(undo, redo)],
  ["Enable automatic zoom, then reduce it one notch.", then(zoom('auto'), zoom('less'))],
  ["Export in WebM, please; no resolution specified.", exportAs('webm')],

  // a lemon grower on the Amalfi coast (Italian non-native: ecco, mamma mia, bellissimo, eh)
  ["Ecco, I want a minute and twenty of the most bellissimo moments of the harvest", best(80)],
  ["mamma mia the silence parts, remove all the dead air", deadAir],
  ["put text 'Limoni di Amalfi' at top, sliding in", text('Limoni di Amalfi', { position: 'top', motion: 'slide' })],
  ["add music, the default one, and after that make it a little louder, eh", then(music(), louder)],
  ["4:5 for the Instagram feed please", aspect('4:5')],
  ["put my photo terrace.jpg as background", background('terrace.jpg')],
  ["can you make the lemons more yellow?", nothing],
  ["the title move to the center of the screen", editText({ index: 1, position: 'center' })],
  ["start over, everything from zero, then make 30 seconds", then(startOver, best(30))],

  // a lock keeper on a canal in England (older, courteous)
  ["Good afternoon. Could you kindly make a 40-second clip from the best moments of the lock filling?", best(40)],
  ["The video's own sound — the water rushing — please set it to 75 per cent.", sourceVolume(0.75)],
  ["I'd like an opening card saying 'Caen Hill Locks, Lock 29' for 3 seconds. Export that as an MP4, then take the opening card off and export a second MP4 without it.", then(card('intro', 'Caen Hill Locks, Lock 29', 3), exportAs('mp4'), removeCard('intro'), exportAs('mp4'))],
  ["The first part is rather long. Shorten it by 4 seconds, if you would.", trimBy(1, 4000)],
  ["Would it be possible to add a narrowboat horn sound effect?", nothing],
  ["Please turn the crossfades off and use straight cuts.", crossfade(0)],
  ["Add a lower third: 'Geoffrey Platt, lock keeper'", text('Geoffrey Platt, lock keeper', { style: 'lower-third' })],
  ["Speed up the dull bits where nothing happens but the water rising — keep them in, mind — eight times.", idle(8)],
  ["Do list the tracks for me, and then export it in 1080p.", then(tracks, exportAs('mp4', '1080p'))],
];
