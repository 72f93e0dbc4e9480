import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder,
  moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText,
  resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

/**
 * Held-out 20b, English: a blind phrasing set written by a helper on 2026-12-02, to measure the parser on words it was
 * never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13 (/work/briefs/issue13.md), /work/briefs/writer20b-en.md (the brief) and /work/briefs/headers22.txt (the header
 * comments of the earlier sets, for their form, their decided readings and the voices already used; no phrasing of
 * them; grep over it for each voice's trade and place, so that none here was used before, in English or Chinese).
 * Not read: any other phrasing set or other file under bench/phrasings/ (an `ls` of heldout20b/ before writing showed
 * it empty; the Chinese file of this set was not opened), the parser (src/engine), src/protocol/vocabulary.ts or any
 * other src file, test/, scripts/, bench/*.ts, out/, /work/*.txt, /work/main, the bench's output; no git log / diff /
 * show / grep over the repository was run; no sentence was run through the parser, the CLI, the engine or the bench.
 * No slip. Run on this file only: the brief's type-check, and python over its own text (drafted in a private mktemp
 * folder) to count its lines, voices, must-change-nothing and multi-request lines and repeats. Said plainly: a
 * `git status --short bench/phrasings/heldout20b` at the end showed only this new folder.
 *
 * Voices (30, trades or roles M to Z, none of them in an earlier set): a matatu conductor in Nairobi (Sheng: maze,
 * sasa, poa, niaje, buda), a mango grower in Multan (Pakistani English: yaar, jee, acha, bas, "do one thing", a typo
 * "tittle"), a market gardener near Tunis (non-native, French mixed in: yezzi, barcha, behi, saha), a Buddhist monk in
 * Luang Prabang (non-native, calm: sabaidee, khop jai), a maracatu drummer in Recife (oxe, visse, arretado, massa), a
 * subreddit moderator (tl;dr, Edit:, OP, /genuine, "undo x2"), a net mender in Bermeo, Basque Country (non-native:
 * kaixo, aupa, eskerrik asko), an oud player in Baghdad (Iraqi: shlonak, zain, ya'ni, shukran), a plov cook in Tashkent
 * (non-native: assalomu alaykum, aka, yaxshi, rahmat, a typo "pleese"), a poultry farmer on Orkney (whit like, peedie,
 * gey, oot), a private investigator (noir narration), a quantity surveyor in Aberdeen (Doric: fit like, fit's, foo,
 * quine, dinna, gie's, tae), a raki distiller in Albania (non-native: mirëdita, hajde, faleminderit, mirë), a rafting
 * guide on the Zambezi at Livingstone (Zambian English: muli shani, bane, natotela, "standing" for vertical), a saffron
 * farmer in Herat (non-native, Dari mixed in: salaam, bale, jan, tashakor), a scaffolder in Dublin (howya, yer man, gas,
 * deadly, grand), a sea-moss seller in Castries, St Lucia (Kwéyòl mixed in: bonjou, wi, mèsi, sa ka fèt, emoji), a
 * shipping agent in Colón, Panama (xopa, chuleta, fren, pelao), a stadium steward in Sunderland (Mackem: haway, canny,
 * divvent, wor lass, doon, like, ta), a retired Unix sysadmin (IMHO, ;-), rm -rf, s/old/new/, a signature), a scorer at
 * a village cricket club (over, declare, straight cuts, stumps), a telemarketer (scripted, upbeat, exclamation marks),
 * a TT-race marshal on the Isle of Man (boy, ye, traa-dy-liooar), a vanilla farmer in Sava, Madagascar (non-native:
 * salama, misaotra, mora mora), a Wikipedia editor (WP:CONCISE, revert, talk page, Commons), a wind-turbine technician
 * from Hull (ey up, nowt, ta-ra), a wool merchant in Kendal (Cumbrian: now then, marra, laal, yan, owt, t'), a yerba
 * mate seller in Asunción (Jopara: mba'éichapa, che, nde, aguyje, "more loud", a typo "exprot"), a zither player in
 * Ljubljana (non-native: dober dan, hvala, dobro, a correction), an ostrich farmer in Oudtshoorn (howzit, boet, ja,
 * nee, lekker, baie dankie).
 *
 * Counts: 270 written in one pass (30 voices, 9 lines each, shaped while drafting to cover every operation of ops.ts:
 * lengths in seconds / "1 min" / "one minute" / "a minute and a half" / "2 minute" / "1 minute 20 seconds" / "half a
 * minute" / "100 seconds" and a correction "actually make it 75 seconds, not 90"; a length after start over; best
 * moments, dead air twice, idle with and without a factor (3, 5, 8), keep everything twice; the second / last / first
 * and second / a named upload (kazan.mp4); shapes and platforms with and without a fill, a fill alone (letterbox);
 * resolution set without export (1080p, 720p, 4K, 1080p beside a shape); exports in mp4 / mov / webm / gif with and
 * without a resolution, two exports in one message; titles, captions, lower thirds, slide-in, start- and end-anchored
 * and timed texts; text 1's words, place and timing edited, text 1 removed, every text removed; intro and outro cards,
 * both at once, an outro card and both cards removed between two exports; music (default, a level, three uploaded files,
 * ducking off, faded in / out / both, quieter / louder / a level / removed / ducking back on between two exports);
 * source volume 0 to 1.5; clip fades in, out and both; crossfades 0 / default / lengths; zoom auto / less / more / off
 * / at a time; a default, a named and a just-uploaded background, one removed between two exports; undo, two undos
 * (twice), redo, start over, track listings). Before the file was made, 1 line was made single-line (a signature
 * after line breaks), 1 reworded so only one reading stays ("Title card up front" could be a title text: now "An intro
 * card up front"), and 13 short lines lengthened a little so they are less likely to equal a stock phrasing.
 * In review 1 more was reworded: the Sheng "si iwe chini when I'm talking" (let it be low), which a reader without
 * Swahili could take for a negation, is now "and let it go down when I'm talking".
 * While drafting, lines were worded so only one reading stays: a music level always beside "music" (never "the
 * sound"), the footage's own sound always named (video sound, crowd noise, water noise, wind noise, the hens'
 * clucking, the ship horn, fan noise), no "send it" / "print it" that could be an export or not, no "just now"
 * (Zambian / South African "later") beside an export, no music mood beside a level, no music, card or background
 * changed that the same line does not add, no moment named after a request that rebuilds the timeline or after a
 * removal or move, a card length, when said, said for each card.
 * 270 final (none repeated within this file, compared trimmed and lower-cased), of which 30 (11.1 %) must change
 * nothing (questions about the product: counting passengers, where the video is kept, does it run locally, a charge,
 * phoning home, a premium plan, a free licence, swearing in a title; negated requests: "I don't want to export today",
 * "the title is fine, don't touch it", "I'm not wanting owt changed just yet"; chatter; things the product cannot do:
 * yellower mangoes, a bluer sea, tuning an oud, beat sync, an orange fire, steadying a shaken camera, blurring a plate,
 * less shine on copper, screaming sound effects, translated subtitles, looking slimmer, telling a score, an automatic
 * score graphic, making only the bikes faster, a smell, rain off the lens, a colder-looking flask, writing out notes,
 * counting eggs). 36 lines carry 2-5 requests (some of them music with a detail of it, two of them two undos).
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: every length-only line names a length (none relies on the 60 s; "1
 * min" / "one minute" are 60 s); music with no track named ("the default", "ile default", "the lofi one", "the normal
 * one", "music" alone) is lo-fi at 35 % ducked ("the normal one, at 35%" is that default; a level said with it
 * replaces the 35 %: 20, 25, 30, 40, 45, 50, 60, 70, 80 %, "half volume" 50 %; "let it go down when I'm talking" / "let
 * it dip when I'm speaking" is the default ducking; "not going down when I speak" / "don't have it going quiet when I'm
 * talkin" / "no ducking" turn it off, "turn the ducking back on" after an export on; taqsim.mp3, baque.mp3,
 * vanille.mp3 are the track); a fade with no length is 1 s ("a soft fade in and fade out", "fade the music out at the
 * end", "the music fade in and fade out" only in a line that adds the music); a crossfade "normal length" is 0.5 s,
 * "hard cuts" / "straight cuts" 0, lengths as said (0.3, 0.5, 0.8, 1 s); idle stretches sped up with no factor ("make
 * them faster only, not remove", "speed the idle bits up but keep 'em") go 4x; a card with no length is 2 s ("an end
 * card" is an outro, "a card at the beginning" / "an intro card up front" an intro); a zoom at a time holds what is
 * said; a background with no name ("the default", "the aurora background") is aurora, "the flowers photo I just
 * uploaded" is 'image', fells.jpg and farm.jpg their names; an export with no format is mp4.
 * Other readings: a length alone is best moments at that length; a correction ("I want music off... no, I want only
 * the zither, the video sound 100%") is the corrected request. TikTok, Reels and Shorts named as where it goes are
 * 9:16 ("vertical", "standing" too); the Instagram feed / Facebook only with a shape said (4:5, square / 1:1).
 * "Blur the sides / edges / round it" is blur, "black bars" / "letterbox bars" letterbox, "crop the sides" / "with
 * crop" crop; "put black bars on sides, not the blur" said alone is set_fill. "Put the resolution 1080p but not export
 * yet" / "set that but dinna export" / "Set output to 4K. Export later" / "1080p resolution, I export later" set it;
 * "export ... 720 / 1080 / 4k" exports at it (720 / 1080 without the p are 720p / 1080p). "The title" is the draft's
 * text 1 (its words, place, timing edited; "s/Demo/Backup Rotation Howto/ on the title" sets its words; "remove the
 * title" removes it); "take oot all the text" / "delete all texts" remove every text; "add / put (a) title / text /
 * caption / lower third" add a new one (a title unless a caption or lower third is named), the words inside the
 * quotes exactly as typed; "for first 5 seconds" / "in the first 5 seconds" / "first 3 seconds" run 0 to N s, "for 6
 * seconds" with no start lasts 6 s from 0, "from second 3 to second 8" / "from 5 to 12 seconds" N to M s, "at the
 * start" anchors at the start, "at the end ... for 4 seconds" / "for the last 4 seconds" at the end for that long;
 * "sliding in" is the slide motion; top / up top / on top / at t'top, in the middle (center), bottom / on bottom.
 * Clip 2 / the second / the middle clip / "rapid number 2 clip" is moment 2, the third / the last / clip 3 moment 3,
 * "the first clip" / "clip one" / "the clip one" moment 1; "cut it to 6 seconds" / "make it 8 seconds" / "trim it tae
 * 10 seconds" / "chop it to 4 seconds" / "trim it to that (9 seconds)" / "wants trimmin to 6 seconds" set a moment's
 * length, "shorter by 3 seconds" / "take off 5 seconds" / "knock 4 seconds off it" / "cut 3 seconds from it" / "2
 * seconds shorter" trim by that; "to first place" / "on first position" / "to first" is place 1, "to the end" place 3.
 * "Slow motion half speed" is 0.5x, "quarter speed" 0.25x. The video's / footage's own sound, "the drums", "the hens'
 * clucking", "the street noise", "the ship horn", "the crowd noise", "the water noise", "the wind noise", "fan noise"
 * are the source volume ("turn off the sound of the video" / "kill" / "mute" / "off" 0). "rm -rf the timeline (start
 * over)" and "everything go back to start, delete all, I begin again" start over. A history step, a track listing or
 * an export said between edits stands where it is said; "undo x2" / "revert my last edit, then revert the one before
 * it" are two undos, "go back a step" one.
 *
 * The lead dropped 1 line shared with held-out 11 ("zoom off, it's making me dizzy"), 269 left. Measured blind on ca1ebd3 (session 18's grammar,
 * d3b2feb, with session 19's behaviour-preserving mends): 244/269 = 90.7 % (7 wrong edits, 6 asked first). Read against a draft of 3
 * moments and 1 text (no music, no card, no background). Opened at once: written for the second half of session 19's round.
 */
export const heldout20bEn: [string, Phrasing['want']][] = [
  // a matatu conductor in Nairobi (Sheng: maze, sasa, poa, niaje, buda)
  ["maze make this vedio 30 seconds tu, the best parts only 🚐", best(30)],
  ["sasa put it vertical for tiktok, blur the sides poa", aspect('9:16', 'blur')],
  ["niaje, add music ile default, and let it go down when I'm talking", music()],
  ["the second clip ni mrefu sana, cut it to 6 seconds", trimTo(2, 6000)],
  ["buda play the whole video 1.5x and put the default music, passengers hawana time", then(speed(1.5), music())],
  ["add caption 'Kencom - Rongai 50 bob' at the bottom", text('Kencom - Rongai 50 bob', { style: 'caption', position: 'bottom' })],
  ["can this app count how many passengers boarded? just asking maze", nothing],
  ["export mp4 1080 alafu niko sorted", exportAs('mp4', '1080p')],
  ["maze undo that last thing, haikuwa poa", undo],

  // a mango grower in Multan (Pakistani English: yaar, jee, acha, bas, "do one thing")
  ["yaar make a 1 min video from this, only the best parts of the orchard", best(60)],
  ["jee please remove the third clip, it is only showing the tractor", removeMoment(3)],
  ["do one thing, put tittle 'Multan Chaunsa Mangoes' on top for first 5 seconds", text('Multan Chaunsa Mangoes', { position: 'top', start_ms: 0, end_ms: 5000 })],
  ["acha and make the mangoes look more yellow also", nothing],
  ["move clip 3 to first place bas, and make it 9:16 also", then(moveMoment(3, 1), aspect('9:16'))],
  ["add some music at 40% volume jee", music('lofi', 0.4)],
  ["make it square for the Facebook page, 1:1", aspect('1:1')],
  ["fade in at start and fade out at end please, 2 seconds each", fade('clip', 2000, 2000)],
  ["export it mp4 720p, net is slow here yaar", exportAs('mp4', '720p')],

  // a market gardener near Tunis (Tunisian, non-native, French mixed in: yezzi, barcha, behi, saha)
  ["bonjour, I want to cut the silence parts, when nothing happen, yezzi", deadAir],
  ["the first clip, make it shorter by 3 seconds please", trimBy(1, 3000)],
  ["behi. now put music, the lofi one, but not going down when I speak", then(music(), ducking(false))],
  ["barcha long the title, change it to 'Tomates de Soukra'", editText({ index: 1, text: 'Tomates de Soukra' })],
  ["zoom more inside, the tomatoes are too small in picture", zoom('more')],
  ["saha, cut from second 20 to second 26, is my neighbour talking", cut(20, 26)],
  ["I don't want to export today, tomorrow inshallah. nothing to do now", nothing],
  ["put the speed of clip 2 at 0.75 please, slowly", speed(0.75, 2)],
  ["export in webm, merci beaucoup", exportAs('webm')],

  // a Buddhist monk in Luang Prabang (Lao, non-native, calm: sabaidee, khop jai)
  ["sabaidee. please keep all of the footage, do not cut anything, it is the morning alms", keepAll],
  ["the idle parts, please make them faster only, not remove", idle()],
  ["please add a card at the beginning saying 'Tak Bat' for 3 seconds", card('intro', 'Tak Bat', 3)],
  ["please turn off the sound of the video, silence is better", sourceVolume(0)],
  ["may I ask, where is my video kept after, on the internet?", nothing],
  ["please a soft crossfade between the parts, one second", crossfade(1000)],
  ["add a text at the end 'May you be well' for 4 seconds, in the middle of the screen", text('May you be well', { anchor: 'end', duration_ms: 4000, position: 'center' })],
  ["khop jai. show me the tracks please", tracks],
  ["please slow everything to half speed, and then a soft fade in and fade out", then(speed(0.5), fade('clip', 1000, 1000))],

  // a maracatu drummer in Recife (Pernambuco Portuguese mixed in: oxe, visse, arretado, massa)
  ["oxe, make a 45 second clip with the best parts of the cortejo", best(45)],
  ["the drums are too quiet, put the video sound at 150%", sourceVolume(1.5)],
  ["put it 9:16 for reels visse, crop the sides", aspect('9:16', 'crop')],
  ["add the music baque.mp3 I uploaded at 80%, export mp4, then remove the music and export mp4 again", then(music('baque.mp3', 0.8), exportAs('mp4'), noMusic, exportAs('mp4'))],
  ["arretado! export it as mov", exportAs('mov')],
  ["speed up clip 1 to 2x, oxe", speed(2, 1)],
  ["can you put the drum hits in sync with the cuts? like beat sync", nothing],
  ["use only the second video, the first one is the rehearsal", only('second')],
  ["massa, zoom in at 0:14 for 4 seconds on the alfaia player", zoomAt(14, 4)],

  // a subreddit moderator (reddit-speak: tl;dr, Edit:, OP, /genuine)
  ["tl;dr: 90 second highlight reel of the AMA, best bits only", best(90)],
  ["Edit: actually make it 75 seconds, not 90", best(75)],
  ["add a lower third 'u/mod_jess, Head Moderator' for the first 6 seconds", text('u/mod_jess, Head Moderator', { style: 'lower-third', start_ms: 0, end_ms: 6000 })],
  ["remove the second clip, it breaks rule 4 (no personal info)", removeMoment(2)],
  ["not asking you to change anything, but does this run locally? /genuine", nothing],
  ["mods agreed: hard cuts, no crossfade", crossfade(0)],
  ["put a caption up top 'Full AMA in the comments' from 10 to 15 seconds", text('Full AMA in the comments', { style: 'caption', position: 'top', start_ms: 10000, end_ms: 15000 })],
  ["undo x2 pls, OP changed their mind", then(undo, undo)],
  ["export as gif for the sidebar", exportAs('gif')],

  // a net mender in Bermeo, Basque Country (non-native: kaixo, aupa, eskerrik asko)
  ["kaixo. I want the video to have 4:5, for instagram feed", aspect('4:5')],
  ["put black bars on sides, not the blur", fill('letterbox')],
  ["the boring parts where I only mend, make 8 times more fast, but keep them", idle(8)],
  ["clip number two is 5 seconds too long, take off 5 seconds", trimBy(2, 5000)],
  ["put music lofi and the music fade in 2 seconds at start", then(music(), fade('music', 2000))],
  ["aupa, title change to 'Sareak / Redes' and put it on bottom", editText({ index: 1, text: 'Sareak / Redes', position: 'bottom' })],
  ["the sea is grey in the video, can you make it blue", nothing],
  ["eskerrik asko, export in mov format", exportAs('mov')],
  ["put the resolution 1080p but not export yet", resolution('1080p')],

  // an oud player in Baghdad (Iraqi: shlonak, zain, ya'ni, shukran)
  ["shlonak, I uploaded taqsim.mp3, put it as the background music at half volume", music('taqsim.mp3', 0.5)],
  ["the video own sound, make it 20 percent, ya'ni the oud recording is better", sourceVolume(0.2)],
  ["zain. make a 2 minute clip from the concert, best moments", best(120)],
  ["the title, please make it from second 2 to second 7", editText({ index: 1, start_ms: 2000, end_ms: 7000 })],
  ["put a slow fade out at the end, 3 seconds", fade('clip', undefined, 3000)],
  ["can the program tune my oud? the D string is flat", nothing],
  ["add outro card 'Maqam Ensemble - Baghdad' 4 seconds, export mp4, then remove the card and export mp4 again", then(card('outro', 'Maqam Ensemble - Baghdad', 4), exportAs('mp4'), removeCard('outro'), exportAs('mp4'))],
  ["redo please, I pressed undo by mistake", redo],
  ["shukran, export 4k mp4", exportAs('mp4', '4k')],

  // a plov cook in Tashkent (Uzbek, non-native: assalomu alaykum, aka, yaxshi, rahmat)
  ["assalomu alaykum, make video 40 seconds, only good moments of kazan", best(40)],
  ["aka, third part is too long, make it 8 seconds", trimTo(3, 8000)],
  ["put text 'Plov Center' at top, sliding in", text('Plov Center', { position: 'top', motion: 'slide' })],
  ["music default, 25 percent pleese", music('lofi', 0.25)],
  ["fire is not seen good, make fire more orange please", nothing],
  ["yaxshi. move first part to the end", moveMoment(1, 3)],
  ["cut 0:30 until 0:36, there I drop the carrot", cut(30, 36)],
  ["zoom auto please, follow my hands, and crossfade 1 second", then(zoom('auto'), crossfade(1000))],
  ["rahmat, export for whatsapp, mp4 720", exportAs('mp4', '720p')],

  // a poultry farmer on Orkney (Orcadian: whit like, peedie, gey)
  ["whit like. make a peedie clip o the hens, 20 seconds", best(20)],
  ["the hens' clucking is gey loud, turn the video sound down to 30%", sourceVolume(0.3)],
  ["put a wee title 'Orkney Free Range' at the start", text('Orkney Free Range', { anchor: 'start' })],
  ["the second bit wants to go faster, 1.5 times", speed(1.5, 2)],
  ["take oot all the text", removeText()],
  ["add the default music, let it dip when I'm speaking, export, then make the music quieter and export again", then(music(), exportAs(), quieter, exportAs())],
  ["the wind is shaking the camera, can you steady it?", nothing],
  ["square it for the farm's facebook, with the blur round it", aspect('1:1', 'blur')],
  ["export it, nae rush", exportAs()],

  // a private investigator (noir narration)
  ["The footage came in at midnight. Too long. I wanted it down to 50 seconds, the good parts only.", best(50)],
  ["Clip three had the mark's face in it. Lose it.", removeMoment(3)],
  ["Every dame needs an entrance. Give it a fade in, one second.", fade('clip', 1000)],
  ["Blur the licence plate on the Buick. Then we talk.", nothing],
  ["An intro card up front, 'Case File 217', two seconds, no more.", card('intro', 'Case File 217', 2)],
  ["Widescreen, 16:9, with letterbox bars like the old pictures.", aspect('16:9', 'letterbox')],
  ["The street noise was talking too much. Kill the video's sound.", sourceVolume(0)],
  ["Zoom in on the doorway at 0:22, hold it five seconds.", zoomAt(22, 5)],
  ["Export it as MOV. Then show me what's on the tracks.", then(exportAs('mov'), tracks)],

  // a quantity surveyor in Aberdeen (Doric: fit like, fit, foo, quine, dinna, gie's)
  ["fit like. need this cut doon tae a minute and a half, the best bits", best(90)],
  ["fit's this second clip daein? trim it tae 10 seconds", trimTo(2, 10000)],
  ["pit a lower third 'Doug Reid, Quantity Surveyor' in for the first 4 seconds", text('Doug Reid, Quantity Surveyor', { style: 'lower-third', start_ms: 0, end_ms: 4000 })],
  ["the quine in the office says 720p, set that but dinna export", resolution('720p')],
  ["is there a charge for this, foo much?", nothing],
  ["cut oot 0:05 tae 0:09", cut(5, 9)],
  ["crossfade half a second atween the clips", crossfade(500)],
  ["gie's the whole thing at 1.25 speed", speed(1.25)],
  ["aye, export 1080 mp4 and then export a gif as weel", then(exportAs('mp4', '1080p'), exportAs('gif'))],

  // a raki distiller in Albania (non-native: mirëdita, hajde, faleminderit, mirë)
  ["mirëdita, please make video from only file kazan.mp4", only('kazan.mp4')],
  ["hajde, make it one minute, the best moments", best(60)],
  ["add music at 60 percent, faleminderit", music('lofi', 0.6)],
  ["mirë. title text to change: 'Raki Rrushi Berat'", editText({ index: 1, text: 'Raki Rrushi Berat' })],
  ["the copper kazan is shining too much, make it less shine", nothing],
  ["put clip 2 on first position, it is the nice one", moveMoment(2, 1)],
  ["fade in 1 second, fade out 2 second, and crossfade 0.5", then(fade('clip', 1000, 2000), crossfade(500))],
  ["zoom is too much, less zoom", zoom('less')],
  ["ok, export webm 1080p", exportAs('webm', '1080p')],

  // a rafting guide on the Zambezi at Livingstone, Zambia (Zambian English: muli shani, bane, natotela)
  ["muli shani bane, make a 25 second clip from the rapids, the best ones", best(25)],
  ["rapid number 2 clip, make it slow motion half speed, and zoom in at 0:10 for 2 seconds", then(speed(0.5, 2), zoomAt(10, 2))],
  ["put it standing for tiktok", aspect('9:16')],
  ["add caption 'Rapid 18: Oblivion' from second 3 to second 8", text('Rapid 18: Oblivion', { style: 'caption', start_ms: 3000, end_ms: 8000 })],
  ["the water noise is too loud, put it at 40%", sourceVolume(0.4)],
  ["before anything else, show me the tracks", tracks],
  ["can it add the sound of screaming tourists lol", nothing],
  ["natotela, put the default music and fade it out at the end", then(music(), fade('music', undefined, 1000))],
  ["export mp4 4k bane", exportAs('mp4', '4k')],

  // a saffron farmer in Herat (Afghan, Dari mixed in: salaam, bale, jan, tashakor)
  ["salaam, please cut the places with no talking and no moving", deadAir],
  ["the clip one please make 7 seconds", trimTo(1, 7000)],
  ["add title 'Herat Saffron' in middle, first 3 seconds", text('Herat Saffron', { position: 'center', start_ms: 0, end_ms: 3000 })],
  ["bale, background picture please, the flowers photo I just uploaded", background('image')],
  ["can you translate my Dari speaking to English subtitles?", nothing],
  ["remove clip 2 please jan", removeMoment(2)],
  ["tashakor. make all faster, 1.2", speed(1.2)],
  ["put the background default, export mp4, then no background and export mp4 again", then(background(), exportAs('mp4'), noBackground, exportAs('mp4'))],
  ["everything go back to start, delete all, I begin again", startOver],

  // a scaffolder in Dublin (Dublin: howya, yer man, gas, deadly, grand)
  ["howya, chop this into a 35 second clip of the best bits", best(35)],
  ["yer man in clip 1 is gas but it's too long, knock 4 seconds off it", trimBy(1, 4000)],
  ["deadly. stick the lofi on at 30% and don't have it going quiet when I'm talkin", then(music('lofi', 0.3), ducking(false))],
  ["go back a step, that was wrong", undo],
  ["give us a title 'Ringsend Scaffolding Ltd' at the top", text('Ringsend Scaffolding Ltd', { position: 'top' })],
  ["cut 0:12 to 0:19, that's me on the phone to the missus", cut(12, 19)],
  ["is it grand to use swearing in the title or will it block it?", nothing],
  ["make it 9:16 for the reels and export 1080", then(aspect('9:16'), exportAs('mp4', '1080p'))],

  // a sea-moss seller in Castries, St Lucia (Kwéyòl mixed in: bonjou, wi, mèsi, sa ka fèt)
  ["bonjou! make me a 15 second video for my sea moss, the best part 🌊", best(15)],
  ["put it vertical for TikTok with the blur, wi", aspect('9:16', 'blur')],
  ["add caption at the bottom 'Sea Moss $25 EC'", text('Sea Moss $25 EC', { style: 'caption', position: 'bottom' })],
  ["mèsi! now the second clip go to the end", moveMoment(2, 3)],
  ["music please, 50%, and the music fade in and fade out", then(music('lofi', 0.5), fade('music', 1000, 1000))],
  ["sa ka fèt, can you make me look slimmer in the video?", nothing],
  ["speed up the parts where I just stand there, 3 times, don't cut them", idle(3)],
  ["fade the whole video in and out, one second", fade('clip', 1000, 1000)],
  ["export gif and mp4 both please 🙏", then(exportAs('gif'), exportAs('mp4'))],

  // a shipping agent in Colón, Panama (Panameño: xopa, chuleta, fren, pelao)
  ["xopa, I need all the clips whole, no cutting, it's for the port authority", keepAll],
  ["only use the last file I uploaded, the container yard one", only('last')],
  ["add a lower third 'Ricardo Ayala, Shipping Agent' at the start", text('Ricardo Ayala, Shipping Agent', { style: 'lower-third', anchor: 'start' })],
  ["chuleta, the ship horn is way too loud, video sound to 50%", sourceVolume(0.5)],
  ["set it to 16:9 with crop, fren, and 1080p resolution, I export later", then(aspect('16:9', 'crop'), resolution('1080p'))],
  ["no, the title is fine, don't touch it", nothing],
  ["put the aurora background behind the video", background()],
  ["add an end card 'Colón Free Zone' 3 seconds", card('outro', 'Colón Free Zone', 3)],
  ["export in mov 1080p pelao", exportAs('mov', '1080p')],

  // a stadium steward in Sunderland (Mackem: haway, canny, divvent, wor lass, doon, ta)
  ["haway, make us a canny 40 second clip, best bits like", best(40)],
  ["divvent want the middle clip, get rid", removeMoment(2)],
  ["wor lass wants it square for instagram, 1:1", aspect('1:1')],
  ["put the crowd noise doon to 10 percent", sourceVolume(0.1)],
  ["add a title 'Stadium of Light Matchday' for the first 5 seconds", text('Stadium of Light Matchday', { start_ms: 0, end_ms: 5000 })],
  ["can it tell us the score? we lost again", nothing],
  ["crossfade them 0.3 seconds like", crossfade(300)],
  ["make the third clip 2 seconds shorter, it's just the car park", trimBy(3, 2000)],
  ["ta. export it mp4 and show us the tracks", then(exportAs('mp4'), tracks)],

  // a retired Unix sysadmin (old netiquette: IMHO, ;-), s///, a signature)
  ["rm -rf the timeline (start over), then the best 100 seconds, please ;-)", then(startOver, best(100))],
  ["s/Demo/Backup Rotation Howto/ on the title", editText({ index: 1, text: 'Backup Rotation Howto' })],
  ["Remove moment 3. It has my root password on screen, oops.", removeMoment(3)],
  ["Speed up idle stretches by 5x; keep them, don't drop them.", idle(5)],
  ["Set output to 4K. Export later, after lunch.", resolution('4k')],
  ["IMHO a fair question: does this thing phone home? No changes please.", nothing],
  ["Mute the footage's own audio (fan noise).", sourceVolume(0)],
  ["cut 00:41-00:47 (a sudo prompt)", cut(41, 47)],
  ["Export webm. -- Sent from my ThinkPad", exportAs('webm')],

  // a scorer at a village cricket club (cricket words: over, declare, straight, stumps)
  ["Right, first over: half a minute of highlights, best bits of the innings", best(30)],
  ["The second over, I mean the second clip, is far too slow, play it at 2x", speed(2, 2)],
  ["Add a caption 'Sunday XI 142 all out' for the last 4 seconds", text('Sunday XI 142 all out', { style: 'caption', anchor: 'end', duration_ms: 4000 })],
  ["Can it put the score graphic on automatically from my scorebook?", nothing],
  ["Declare the first clip at 9 seconds, trim it to that", trimTo(1, 9000)],
  ["No crossfade please, straight cuts like a wicket falling", crossfade(0)],
  ["Title to the bottom of the screen please, and fade the whole thing out over 2 seconds at close of play", then(editText({ index: 1, position: 'bottom' }), fade('clip', undefined, 2000))],
  ["Add the default music at 20%, it's the tea interval after all", music('lofi', 0.2)],
  ["Stumps. Export at 720p.", exportAs('mp4', '720p')],

  // a telemarketer (scripted, upbeat, exclamation marks)
  ["Hi there! Great news: I'd love a 20-second clip of the best moments today!", best(20)],
  ["Awesome! Could we also get that in 9:16 for Shorts? Fantastic!", aspect('9:16')],
  ["Quick question, is there a premium plan? Not buying, just asking!", nothing],
  ["Add a caption 'Call now: 0800 555 0199' at the bottom from 5 to 12 seconds!", text('Call now: 0800 555 0199', { style: 'caption', position: 'bottom', start_ms: 5000, end_ms: 12000 })],
  ["And the music, default please, at 45%, super!", music('lofi', 0.45)],
  ["Let's pop in an intro card 'Limited Time Offer' and an outro card 'Thanks for watching!', export, then remove both cards and export again!", then(card('intro', 'Limited Time Offer'), card('outro', 'Thanks for watching!'), exportAs(), removeCard(), exportAs())],
  ["Could we remove clip 1? It's a bit salesy, ha!", removeMoment(1)],
  ["Can you zoom in more? Wonderful!", zoom('more')],
  ["Perfect, let's close the deal: export MP4 at 1080p!", exportAs('mp4', '1080p')],

  // a TT-race marshal on the Isle of Man (Manx English: boy, ye, traa-dy-liooar)
  ["alright boy, make a 50 second clip of the bikes at Ballaugh, best bits", best(50)],
  ["them bikes are loud, turn the video sound down to 60%", sourceVolume(0.6)],
  ["traa-dy-liooar, no rush, but play the first clip at quarter speed", speed(0.25, 1)],
  ["put a title 'Ballaugh Bridge, TT 2026' at the top for 6 seconds", text('Ballaugh Bridge, TT 2026', { position: 'top', duration_ms: 6000 })],
  ["zoom in at 0:08 on the bike in the air, 2 seconds", zoomAt(8, 2)],
  ["put it square with black bars, boy", aspect('1:1', 'letterbox')],
  ["ye can't make the bikes go faster in the video but not the marshals, can ye?", nothing],
  ["remove the title ye", removeText(1)],
  ["export as a gif for the lads and a mov for me", then(exportAs('gif'), exportAs('mov'))],

  // a vanilla farmer in Sava, Madagascar (French and Malagasy mixed in: salama, misaotra, mora mora)
  ["salama, I want video of 1 minute 20 seconds with best moments of the pollination", best(80)],
  ["zoom in at 0:35 for 3 seconds, the flower is very small", zoomAt(35, 3)],
  ["put the title in the middle please, misaotra", editText({ index: 1, position: 'center' })],
  ["ok. the third part, cut 3 seconds from it", trimBy(3, 3000)],
  ["put music vanille.mp3 from my upload, at 70%, and no ducking", then(music('vanille.mp3', 0.7), ducking(false))],
  ["mora mora... the whole video slower, 0.8", speed(0.8)],
  ["the vanilla smell, the video can give it? haha", nothing],
  ["add text 'Vanille Bourbon de Sava' as lower third", text('Vanille Bourbon de Sava', { style: 'lower-third' })],
  ["export mp4 720p, the internet in Sambava is slow", exportAs('mp4', '720p')],

  // a Wikipedia editor (policy shortcuts, pedantic)
  ["Per WP:CONCISE, reduce this to 45 seconds of the most notable material.", best(45)],
  ["Remove the third segment; it's unsourced speculation.", removeMoment(3)],
  ["Change the title to 'Editing Wikipedia: A Primer'. Per consensus on the talk page.", editText({ index: 1, text: 'Editing Wikipedia: A Primer' })],
  ["Add a caption 'CC BY-SA 4.0' at the bottom for the last 5 seconds", text('CC BY-SA 4.0', { style: 'caption', position: 'bottom', anchor: 'end', duration_ms: 5000 })],
  ["Revert my last edit (undo), then revert the one before it too.", then(undo, undo)],
  ["Is the output under a free licence? No change needed, just asking.", nothing],
  ["Crossfades of 0.8 s between segments, please.", crossfade(800)],
  ["Add the default music, export MP4, then set the music volume to 15% and export another MP4.", then(music(), exportAs('mp4'), musicVolume(0.15), exportAs('mp4'))],
  ["Export as WebM; it is the format Commons accepts.", exportAs('webm')],

  // a wind-turbine technician from Hull (ey up, nowt, owt, ta-ra)
  ["ey up. 35 second video from the nacelle footage, just the best bits", best(35)],
  ["there's nowt happening for ages, speed the idle bits up but keep 'em", idle()],
  ["video sound off, it's just wind, and stick the default music on instead", then(sourceVolume(0), music())],
  ["give it a fade out of 2 seconds at the end", fade('clip', undefined, 2000)],
  ["can yer take the rain drops off the lens?", nothing],
  ["add a lower third 'Dean Pickering, Turbine Tech' in the first 5 seconds", text('Dean Pickering, Turbine Tech', { style: 'lower-third', start_ms: 0, end_ms: 5000 })],
  ["clip 3 wants trimmin to 6 seconds", trimTo(3, 6000)],
  ["make it 16:9 for the company telly, blur the edges", aspect('16:9', 'blur')],
  ["export mp4 at 1080p then ta-ra", exportAs('mp4', '1080p')],

  // a wool merchant in Kendal (Cumbrian: now then, marra, laal, yan, owt, t')
  ["now then marra, a laal clip, 25 seconds, best bits o' the fleece sale", best(25)],
  ["put 'Kendal Wool Exchange' as a title at t'top", text('Kendal Wool Exchange', { position: 'top' })],
  ["yan thing: the second clip, chop it to 4 seconds", trimTo(2, 4000)],
  ["add the default music with no ducking, export, then turn the ducking back on and export again", then(music(), ducking(false), exportAs(), ducking(true), exportAs())],
  ["aye, the whole thing to 1.1 speed", speed(1.1)],
  ["I'm not wanting owt changed just yet, I'm only looking", nothing],
  ["set the background to fells.jpg, I uploaded it", background('fells.jpg')],
  ["cut 0:15 to 0:21 out, that's me sneezin", cut(15, 21)],
  ["put it 4:5 with letterbox and export it", then(aspect('4:5', 'letterbox'), exportAs())],

  // a yerba mate seller in Asunción (Jopara, Guaraní mixed in: mba'éichapa, che, nde, aguyje)
  ["mba'éichapa! make 30 second clip, che, the best moments", best(30)],
  ["the first file and the second file only, nde", only('first', 'second')],
  ["add caption 'Yerba Mate Asunción' at the start, sliding in", text('Yerba Mate Asunción', { style: 'caption', anchor: 'start', motion: 'slide' })],
  ["put music, the normal one, at 35%", music()],
  ["che, add the normal music, export mp4, after make the music more loud and export mp4 again", then(music(), exportAs('mp4'), louder, exportAs('mp4'))],
  ["the termo is not looking cold, can make it look cold?", nothing],
  ["speed 3x the clip number 3", speed(3, 3)],
  ["fade in 0.5 seconds aguyje", fade('clip', 500)],
  ["exprot mov 4k, che", exportAs('mov', '4k')],

  // a zither player in Ljubljana (Slovenian, non-native: dober dan, hvala, dobro)
  ["dober dan. please make video 55 seconds, best moments", best(55)],
  ["I want music off... no, I want only the zither, the video sound 100%", sourceVolume(1)],
  ["hvala. title move to top and show it from 0 to 4 seconds", editText({ index: 1, position: 'top', start_ms: 0, end_ms: 4000 })],
  ["delete all texts please, I add new later", removeText()],
  ["can you write the notes of my song on the screen automatic?", nothing],
  ["zoom at 0:18 for 3 seconds on my fingers", zoomAt(18, 3)],
  ["crossfade normal length please, like legato", crossfade()],
  ["move the last part to first and show me the tracks", then(moveMoment(3, 1), tracks)],
  ["dobro. export webm in 720p", exportAs('webm', '720p')],

  // an ostrich farmer in Oudtshoorn (South African, Afrikaans mixed in: howzit, boet, ja, nee, lekker, baie dankie)
  ["howzit boet, make a 40 second clip of the ostriches, only the lekker bits", best(40)],
  ["ja, take out clip 2, that bird bit me", removeMoment(2)],
  ["put the video on my photo farm.jpg as background and add music at 30%", then(background('farm.jpg'), music('lofi', 0.3))],
  ["nee man, undo that", undo],
  ["can the app count the eggs in the nest?", nothing],
  ["add intro card 'Highgate Ostrich Farm', 2 seconds, and an outro card 'Baie dankie', 3 seconds", then(card('intro', 'Highgate Ostrich Farm', 2), card('outro', 'Baie dankie', 3))],
  ["the wind noise, turn it down to 25%", sourceVolume(0.25)],
  ["play clip 1 at 1.5x, it drags", speed(1.5, 1)],
  ["lekker, export mp4 for Facebook", exportAs('mp4')],
];
