/**
 * Held-out 28 (written as fresh 27; measured blind in sessions 25 to 28, opened in session 28), English: a blind phrasing set written by a helper on 2026-12-03, to measure the parser on words it was
 * never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts (its first 80 lines), src/protocol/editOps.ts,
 * the first 5 lines of src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can
 * say" table), issue 13 (/work/briefs/issue13.md), /work/briefs/writer27-en.md (the brief) and
 * /work/briefs/headers28.txt (the header comments of the earlier sets: the first 175 lines read for their form and
 * decided readings, the rest only grepped for each voice's trade and place, which turned away a tuk-tuk driver, a goat,
 * a surfboard shaper, a sauna, a maple-syrup maker, a batik maker, a puffin guide, an oyster shucker, a groundsman, a
 * harbour pilot, a flamenco player, a tram, an amber jeweller, a thangka painter, a kite maker, a tugboat, a conch
 * seller, a taxi driver, a safari guide, a carriage driver, a cricket-bat maker, a falafel cook and a coppersmith
 * (a Sarajevo coppersmith used), all trades already there).
 * Not read: any other phrasing set or other file under bench/phrasings/ (an `ls bench/phrasings/fresh27/` at the start
 * showed nothing in it; bench/phrasings/ itself was not listed), the parser (src/engine), src/protocol/vocabulary.ts or
 * any other src file, test/, scripts/, bench/*.ts, out/, /work/*.txt, /work/main, any other worktree; no git log / diff
 * / show / grep over the repository was run; no sentence was run through the parser, the CLI, the engine or the bench.
 * No slip. Run on this file only: the brief's type-check (its first run told that the lower third's style is spelled
 * 'lower-third', not 'lower_third', and the file was fixed), and python over its own text to count its lines, voices,
 * must-change-nothing lines, multi-request lines and repeats.
 *
 * Voices (30, none of them in an earlier set: each trade and place grepped in headers28.txt first): a cinnamon peeler
 * in Colombo (Sri Lankan English: aney, machan, men, putha, "no?"), a ski-lift operator in Zermatt (Swiss German
 * non-native: grüezi, gäll, merci vielmal), a komboloi seller in Chania, Crete (Greek non-native: yassou, ela, endaxi,
 * po po po, efharisto re), a boda-boda rider in Kampala (Ugandan English: ssebo, webale, "make for me", "it has
 * refused", "extra"), a pasty baker in Newquay (Cornish: me 'ansum, proper job, 'ee), a phở cook in Hanoi (Vietnamese
 * non-native: dạ, anh ơi, ạ, "no have", cảm ơn), a paper-mill shift worker in Tampere (Finnish, terse, a full stop a
 * request: moi, no niin, joo, kiitos), a poutine cook in Quebec City (Québécois: là, ben, pis, tabarnak, c'est bon), a
 * becak driver in Yogyakarta (Indonesian non-native: mas, bisa?, sip, wkwk, nggih, matur nuwun), a bike courier in
 * Cardiff (Wenglish: alright butt, tidy, lush, "where to is"), a manakish baker in Beirut (Lebanese: kifak, ça va,
 * yalla, khalas, tayeb, ya3ne, habibi, merci), a hot-dog stand worker in Reykjavik (Icelandic non-native: jæja, takk),
 * a llama-wool knitter in Cusco (Peruvian and Quechua: allinllachu, pe, causa, chévere, sulpayki), a grogue distiller in
 * Mindelo, Cape Verde (Kriolu: mantenha, sabe, nha, bô, morabeza), a bodhrán maker in Galway (Hiberno-English: c'mere,
 * grand, the yoke, deadly, sound, so, d'ya), a hammam attendant in Marrakech (Darija and French: salam khoya, bezzaf,
 * safi, mzyan, inshallah), a fischbrötchen seller at the Hamburg fish market (German non-native: moin, na, also,
 * digga, genau, tschüss), a chocolate maker in Salzburg (Austrian: servus, bitte, passt, geh, oida, leiwand), a ful
 * medames cook in Khartoum (Sudanese: ya zol, tamam, shukran), a tile painter in Seville (Andalusian: illo, vale, mira,
 * venga, de verdad, olé), a covrigi seller in Bucharest (Romanian non-native: hai frate, gata, bă, nu știu, mersi), a
 * banitsa baker in Sofia (Bulgarian non-native: dobre, bate, ne ne, ajde, mersi), a cepelinai cook in Vilnius
 * (Lithuanian non-native: labas, nu, gerai, taip, ačiū), a momo cook in Kathmandu (Nepali English: namaste dai, hajur,
 * ramro, ke garne), a kenkey seller in Accra (Ghanaian English: chale, ei, herh, massa, small small, abi), a snowplow
 * driver in Halifax, Nova Scotia (Maritimer: holy, wicked, some good, eh), a bush pilot in Anchorage (radio talk: copy,
 * affirm, roger, negative, wilco, over, out), a pitmaster in Memphis (boss, finna, lowkey, fr, on god, nah), a coffee
 * picker near Medellín (Paisa: qué más parce, hágale, bacano, pues), a biltong maker in Windhoek (Namibian English: ja,
 * hey, sharp, the okes, is it?, now-now).
 *
 * Counts: 270 written in one pass (30 voices, 9 lines each), shaped while drafting to cover every operation of ops.ts:
 * lengths as "45 seconds only" / "one minute and a half" / "a 30 seconds video" / "20 seconds of the good bits" /
 * "video 15 second" / "40 seconds clip" / "25 seconds of the best stuff" / "1 minute video" / "35 seconds of the best
 * bits" / "50 seconds best moments" / "a 45 second clip" / "video of 20 seconds" / "a 1 minute video" / "30 secs" /
 * "clip of 40 seconds" / "25 seconds" / "1 minute 15 seconds" / "55 seconds" / "a 30 second reel" / "1 minute clip" /
 * "20 sec clip" / "2 minutes" / "45 sec video" / "30 seconds" / "a 15 second version" / "90 second highlight" / "a 40
 * sec cut" / "a 35 seconds video" / "1 minute 30", one with a shape (TikTok), one with vertical, one after start over;
 * dead air (3); idle with a factor (4x, 5, 6x, 8x) and without one (1); keep everything (1); the second and last
 * upload, first and last together, a named file; shapes and platforms (WhatsApp status, TikTok, Reels, vertical,
 * Facebook square, square, Instagram feed 4:5, 4:5, 16:9 landscape for a website) with and without a fill (blur,
 * letterbox, crop), a fill alone (letterbox); resolution set without export (4K, 1080p); exports in mp4 / mov / webm /
 * gif with and without a resolution (720p, 1080p, 4k / 4K), two exports in one message (five times, once with a music
 * removal between them); titles, captions, lower thirds (4), slide-in, start- and end-anchored and timed texts; text
 * 1's words, place, words and place together, words and timing together edited, text 1 removed (twice), every text
 * removed; intro and outro cards (2, 3, 4 s), both in one line, a card with a background, an intro card removed after
 * an export; music (default, a level, eleven uploaded files, ducking off five times, ducking on once, faded in / out /
 * both, quieter (3), louder (1), removed between two exports); source volume 0 to 1.5; clip fades in, out, both, out
 * with the fade in removed; crossfades 0 (twice) / 0.4 / half a second / 0.8 / 1 s (twice); zoom auto / less (3) /
 * more (2) / off (2) / at a time with and without a hold; the default (twice), a named (aurora), a just-uploaded (twice)
 * and an uploaded-file background, the default removed after an export; moments removed (7), moved (7), trimmed by (7)
 * and to (8), sped up and slowed (8); cuts of a range (7); whole-clip speeds 0.9 / 1.1 / 1.25 (twice) / 1.5 (twice);
 * undo (3), two undos (once), undo then redo (once), redo (twice alone, once before an export), start over alone and then a
 * length, track listings (alone twice, after an export three times).
 * 270 final (none repeated within this file, compared trimmed and lower-cased), of which 30 (11.1 %) must change
 * nothing (questions about the product or beyond it: uploading to YouTube, the cloud export's cost, the export
 * button, whether the export is done or saved, sharing to Instagram, horizontal or vertical, the weather twice, a
 * cousin's llama, calories, whether the lads will like it, drinking while it plays; negated requests: "no have music
 * ok", "ne ne, no music", "Negative on music. No music. Over.", "no music, i don't want music tamam"; things the
 * product cannot do: a smell (three times, worded differently), a taste, clouds removed, colour fixes and greener /
 * bluer / pinker / shinier / hotter things). 35 lines carry 2-4 requests (counted by operations: 31 two, 3 three, 1
 * four; 5 more lines add music with ducking off, a detail folded into the music, not counted, and "ducking on" beside a
 * level is the music's default): music then quieter (2), louder (1), a fade (6), quieter and a fade (1); music, a card or a background added,
 * exported and removed (3, one with a second export); two exports (4); an export and a track listing (3); both cards
 * (1); a card with a background (2); a card then an export (1); a length with a shape (2); start over then a length
 * (1); a shape then an export (1); a cut then a shape (1); a source level and music (1); a speed then an export (1); a
 * trim to and a trim by (1); undos (2); a redo then an export (1).
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: every length-only line names a length ("one minute and a half" / "1
 * minute 30" / "90 second" 90 s, "1 minute 15 seconds" 75 s, "2 minutes" 120 s, "1 minute" 60 s); music with no track
 * named ("lofi music", "music, the default", "some music, default", "add music, lofi is fine", "add music at 50
 * percent") is lo-fi at 35 % ducked, a level said with it replaces the 35 % ("20%", "15 percent", "25%", "30%", "30
 * percent", "40 percent", "50 percent", and with a file "30 percent", "40 percent", "45 percent", "60%"); "no ducking" /
 * "turn ducking off" / "turn the duck off" turn it off, "ducking on" keeps it on; a music fade always names the music
 * or is said with "it" right after adding it; a fade with no length ("the music fade out at the end", "fade out the
 * video at end") is 1 s, "fade the music in and out" 1 s each; "no fade in" is a 0 ms fade in; a crossfade "half
 * second" is 0.5 s, "hard cuts" / "crossfade off" 0; idle with no factor ("speed up the parts where nothing happens but
 * keep them in") 4x; every card names its length; a zoom at a time with no hold ("zoom in at 0:20", "zoom in at 0:08")
 * holds 3 s; a background with no name ("the default one", "the default background") is aurora, "the picture i just
 * uploaded" / "the one I just uploaded" is 'image', riad.jpg its name; an export with no format ("Export 720p",
 * "export in 1080p") is mp4, and a second export names its own format before any resolution ("export webm first, then
 * mp4 1080p", "export gif, and after that mp4 720p").
 * Other readings: vertical, TikTok, "tiktok size", Reels and WhatsApp status are 9:16, square 1:1, "4:5 for instagram
 * feed" 4:5, "16:9 landscape" 16:9; a fill said after its shape is the shape's ("blur the sides", "with blur", "crop it,
 * no blur", "with letterbox", "crop"); "letterbox instead of the blur" said alone is set_fill letterbox. "resolution 4K,
 * export later" / "don't export yet" only set the resolution. "The title" / "title" / "nha title" is text 1 ("make it
 * say" / "must say" / "change to" / "say" edit its words, "to the bottom" / "in the center" / "in the middle" / "to the
 * top" its place, "change … and put it top" / "at the bottom and say" words and place in one edit, "put '…' and show it
 * from 1 to 6 seconds" words and timing in one edit; "title off" / "remove the title" remove it); "delete all texts"
 * removes every text. New texts are a title unless a caption or a lower third is named, words exactly as inside the
 * quotes (a lower third's "Name, role" kept whole); "for the first 4 seconds" / "from 0 to 5 seconds" / "at the top for
 * 5 seconds" run from 0, "from 0:02 for 4 seconds" / "from 3 to 8 second" / "from 5 to 9 seconds" as said, "at the
 * start" / "at start for 3 sec" anchor at the start, "at the end" (with a length or not) at the end; "with slide" /
 * "sliding in" is the slide motion. Clip N / "the 2nd clip" / "the 3rd clip" is moment N, "the second" / "middle clip"
 * moment 2, "the last" / "third" clip moment 3, "the first clip" moment 1; "make it N seconds" / "N seconds long" /
 * "only N seconds" / "trim … to N" set a moment's length, "N seconds shorter" / "cut/take N seconds off it" / "cut 3
 * second from it" / "trim by" trim by that; "to the first place" / "up front" place 1, "position 2" place 2, "to the
 * end" / "put it last" place 3. "the whole video" / "whole thing" / "all the clip" / "all of it" with a factor is a
 * whole-clip speed, a clip named with one that moment's ("half speed" 0.5, "x2" / "2 times fast" 2). The video's own
 * sound named ("the video sound", "video sound", "the video's own sound", "the kitchen sound of the video", "video
 * audio", "the video's own noise") is the source volume. History steps, exports and track listings stand where they are
 * said; "undo 2 time" is two undos. Music, cards and backgrounds are only changed, faded or removed in a message that
 * adds them (the draft has none); no moment is named after a request that rebuilds the timeline or after a removal or
 * move in the same message.
 *
 * Read against a draft of 3 moments and 1 text (no music, no card, no background).
 * The lead dropped 3 lines shared with an earlier set (an undo said "take that back", the title removed, a start
 * over), 267 left. Measured blind on 4bcdc08 (session 25, before any change): 247/267 = 92.5 % (6 wrong edits, 5 right
 * edits with words left unread, 5 asked first).
 * Measured blind again on 7333e0d (start of session 27): 248/267 = 92.9 % (6 wrong edits, 5 right edits with words
 * left unread, 5 asked first), and on f34eb6d (end of session 27): 250/267 = 93.6 % (5 wrong edits, 5 right edits with
 * words left unread, 4 asked first). Opened in session 28 as held-out 28.
 */
import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder,
  moveMoment, music, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText,
  resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

export const heldout28En: [string, Phrasing['want']][] = [
  // a cinnamon peeler in Colombo, Sri Lanka (Sri Lankan English)
  ['aney machan, make it 45 seconds only no, the best parts', best(45)],
  ['the second clip is too long men, make it 6 seconds', trimTo(2, 6000)],
  ["put a title 'Ceylon Cinnamon Quills' at the start no", text('Ceylon Cinnamon Quills', { anchor: 'start' })],
  ['for whatsapp status make it vertical, blur the sides', aspect('9:16', 'blur')],
  ['add lofi music and after that make it bit quieter', then(music(), quieter)],
  ['what to do, the bark smell cannot put in video no? 😅', nothing],
  ['cut from 0:14 to 0:19 putha', cut(14, 19)],
  ['export mp4 in 1080p and then show me the tracks', then(exportAs('mp4', '1080p'), tracks)],
  ['undo that last one men', undo],

  // a ski-lift operator in Zermatt (Swiss German, non-native)
  ['Grüezi. Please remove the dead parts where nothing happens, only that.', deadAir],
  ['make the whole video 1.25x faster, gäll', speed(1.25)],
  ['the 3rd clip I want 2 seconds shorter', trimBy(3, 2000)],
  ['zoom a bit less please, it is too close', zoom('less')],
  ['can you make the Matterhorn without clouds?', nothing],
  ["put a caption 'Sunnegga Express' on top from 0:02 for 4 seconds", text('Sunnegga Express', { style: 'caption', position: 'top', start_ms: 2000, duration_ms: 4000 })],
  ['export as webm, merci vielmal', exportAs('webm')],
  ['for background music I uploaded alphorn.mp3, use this one at 30 percent', music('alphorn.mp3', 0.3)],
  ['so, redo', redo],

  // a komboloi seller in Chania, Crete (Greek, non-native)
  ['yassou! i want the best moments in one minute and a half', best(90)],
  ['ela, square for facebook please', aspect('1:1')],
  ['move the last clip to the first place', moveMoment(3, 1)],
  ["po po po the title is wrong, make it say 'Komboloi of Chania'", editText({ index: 1, text: 'Komboloi of Chania' })],
  ['endaxi, crossfade 1 second between the clips', crossfade(1000)],
  ['how much cost the cloud export?', nothing],
  ['fade in and fade out the video, 2 seconds each', fade('clip', 2000, 2000)],
  ['music bouzouki.mp3, and please no ducking, i want it always same loud', then(music('bouzouki.mp3'), ducking(false))],
  ['efharisto re, now export gif', exportAs('gif')],

  // a boda-boda rider in Kampala (Ugandan English)
  ['ssebo make for me a 30 seconds video of the nice parts', best(30)],
  ['eh the video sound mute it completely', sourceVolume(0)],
  ['clip 1 make it go 2 times fast', speed(2, 1)],
  ["add a lower third 'Musa Kato, Boda rider'", text('Musa Kato, Boda rider', { style: 'lower-third' })],
  ['webale. Export 720p', exportAs('mp4', '720p')],
  ['you people, this thing has refused to upload to youtube why?', nothing],
  ['remove the second clip, it is extra', removeMoment(2)],
  ['add music at 50 percent, the music fade out at the end', then(music('lofi', 0.5), fade('music', undefined, 1000))],
  ['use only the second video I uploaded', only('second')],

  // a pasty baker in Newquay, Cornwall (Cornish English)
  ["alright me 'ansum, cut it down to 20 seconds of the good bits", best(20)],
  ['proper job. stick it on a background, the default one, export a gif, then take the background off again', then(background(), exportAs('gif'), noBackground)],
  ['take the bit from 0:05 to 0:08 out', cut(5, 8)],
  ["'ee make it 4:5 for instagram feed with letterbox", aspect('4:5', 'letterbox')],
  ['title goes to the bottom please', editText({ index: 1, position: 'bottom' })],
  ['do it taste as good on video as in the shop? 😂', nothing],
  ["intro card 'Crimping Since 1987' 3 seconds and an outro 'Fistral Pasty Co' 2 seconds", then(card('intro', 'Crimping Since 1987', 3), card('outro', 'Fistral Pasty Co', 2))],
  ['slow the last clip down to 0.75', speed(0.75, 3)],
  ["mov export in 4k please me 'ansum", exportAs('mov', '4k')],

  // a phở cook in Hanoi (Vietnamese, non-native)
  ['dạ anh ơi, I need video 15 second for tiktok', then(best(15), aspect('9:16'))],
  ['speed up the boring parts 6x, no cut ạ', idle(6)],
  ['make the first clip only 5 seconds', trimTo(1, 5000)],
  ["add caption 'Phở bò since 1995' at the bottom from 3 to 8 second", text('Phở bò since 1995', { style: 'caption', position: 'bottom', start_ms: 3000, end_ms: 8000 })],
  ['zoom in at 0:12 for 4 second, to see the broth', zoomAt(12, 4)],
  ['no have music ok, just the sound of the kitchen', nothing],
  ['ok ok the kitchen sound of the video louder, 130%', sourceVolume(1.3)],
  ['undo 2 time', then(undo, undo)],
  ['cảm ơn, export webm first, then mp4 1080p', then(exportAs('webm'), exportAs('mp4', '1080p'))],

  // a paper-mill shift worker in Tampere (Finnish, terse)
  ['moi. 40 seconds clip.', best(40)],
  ['no niin. hard cuts, no crossfade.', crossfade(0)],
  ['remove clip 3.', removeMoment(3)],
  ['music lofi 20%.', music('lofi', 0.2)],
  ['joo. title off.', removeText(1)],
  ['is it raining in Tampere tomorrow', nothing],
  ['resolution 4K, export later.', resolution('4k')],
  ['clip 2 to first place. kiitos.', moveMoment(2, 1)],
  ['show tracks.', tracks],

  // a poutine cook in Quebec City (Québécois English)
  ['ok là, keep everything, all the footage, no cut', keepAll],
  ['ben make it vertical pis crop it, no blur', aspect('9:16', 'crop')],
  ["add a title 'Poutine Chez Ti-Guy' for the first 4 seconds", text('Poutine Chez Ti-Guy', { start_ms: 0, duration_ms: 4000 })],
  ['tabarnak the middle clip is too slow, 1.5x please', speed(1.5, 2)],
  ['can you add the smell of the gravy lol', nothing],
  ['put music, the default, pis fade it in 2 seconds', then(music(), fade('music', 2000))],
  ['the title, put it in the center', editText({ index: 1, position: 'center' })],
  ["c'est bon, export gif in 720p", exportAs('gif', '720p')],
  ['start over là, then do 25 seconds of the best stuff', then(startOver, best(25))],

  // a becak (pedicab) driver in Yogyakarta (Indonesian, non-native)
  ['mas, can make 1 minute video from best part? bisa?', best(60)],
  ['the clip number 2 cut 3 second from it', trimBy(2, 3000)],
  ['sip, use only becak_ride.mp4', only('becak_ride.mp4')],
  ['wkwk zoom more mas, the passenger face small', zoom('more')],
  ['add music gamelan.mp3 40 percent, matur nuwun', music('gamelan.mp3', 0.4)],
  ['my becak can be more shiny in video?', nothing],
  ['crossfade half second between clip nggih', crossfade(500)],
  ["add new title 'Becak Malioboro' at the end", text('Becak Malioboro', { anchor: 'end' })],
  ['export mp4 4k', exportAs('mp4', '4k')],

  // a bike courier in Cardiff (Wenglish)
  ['alright butt, 35 seconds of the best bits, tidy', best(35)],
  ['chuck the first clip to the end', moveMoment(1, 3)],
  ['lush. make it 16:9 landscape for the website', aspect('16:9')],
  ["cut out 0:22 to 0:27, that's me nearly getting doored", cut(22, 27)],
  ['whole thing 1.1x speed', speed(1.1)],
  ["where to is the export button, I can't see it", nothing],
  ["put the video's own sound at 80 percent", sourceVolume(0.8)],
  ['add music, lofi is fine, then turn ducking off', then(music(), ducking(false))],
  ['tidy, export mp4 720p', exportAs('mp4', '720p')],

  // a manakish baker in Beirut (Lebanese English with French)
  ['hi kifak, ça va? yalla make it 50 seconds best moments', best(50)],
  ['khalas remove the last clip', removeMoment(3)],
  ["tayeb, change the title to 'Manakish Zaatar Every Morning' and put it top", editText({ index: 1, text: 'Manakish Zaatar Every Morning', position: 'top' })],
  ['ya3ne the oven part, zoom in at 0:20', zoomAt(20)],
  ['add background aurora, merci', background('aurora')],
  ['habibi can you make my zaatar greener', nothing],
  ['fade out the clip 3 seconds at the end', fade('clip', undefined, 3000)],
  ['add fairuz.mp3 for music and make it a bit louder', then(music('fairuz.mp3'), louder)],
  ['yalla export mov', exportAs('mov')],

  // a hot-dog stand worker in Reykjavik (Icelandic, non-native)
  ['jæja. Make a 45 second clip from the best parts', best(45)],
  ['speed up the parts where nothing happens but keep them in', idle()],
  ['make the first clip 4 seconds long', trimTo(1, 4000)],
  ["add a caption 'eina með öllu = one with everything' at the bottom", text('eina með öllu = one with everything', { style: 'caption', position: 'bottom' })],
  ['takk. Export in 1080p, as mp4', exportAs('mp4', '1080p')],
  ['Is the northern lights visible in the video?', nothing],
  ['square please, with blur', aspect('1:1', 'blur')],
  ['music lofi at 30% and fade the music in and out', then(music('lofi', 0.3), fade('music', 1000, 1000))],

  // a llama-wool knitter in Cusco (Peruvian Spanish and Quechua speaker)
  ['allinllachu! make video of 20 seconds pe, the best moments', best(20)],
  ['the 2nd clip put it last causa', moveMoment(2, 3)],
  ["add title 'Alpaca & Llama Wool' with slide", text('Alpaca & Llama Wool', { motion: 'slide' })],
  ['chévere, make the video sound 50%', sourceVolume(0.5)],
  ["the llama in the video is my cousin's, is that ok to show?", nothing],
  ['clip 1 slower, half speed', speed(0.5, 1)],
  ["intro card 'Tejidos Pisac' 4 seconds and a background of the picture i just uploaded", then(card('intro', 'Tejidos Pisac', 4), background('image'))],
  ['zoom off pe, show all', zoom('off')],
  ['sulpayki, export gif 1080p', exportAs('gif', '1080p')],

  // a grogue distiller in Mindelo, Cape Verde (Kriolu and Portuguese speaker)
  ['mantenha! a 1 minute video with the best parts, sabe', best(60)],
  ['put music morna_song.mp3, at 45 percent', music('morna_song.mp3', 0.45)],
  ['remove the dead air, only cut the silent places', deadAir],
  ["nha title must say 'Grogue di Santo Antão'", editText({ index: 1, text: 'Grogue di Santo Antão' })],
  ['trim the third clip to 7 seconds', trimTo(3, 7000)],
  ['can bô drink grogue while video plays? ahah', nothing],
  ['make it vertical for reels and export mp4', then(aspect('9:16'), exportAs('mp4'))],
  ['crossfade 0.8 seconds', crossfade(800)],
  ['morabeza! undo and then redo', then(undo, redo)],

  // a bodhrán maker in Galway (Hiberno-English)
  ['c\'mere, can ya make it 30 secs, just the good bits', best(30)],
  ['grand. the yoke is too zoomed, zoom off altogether', zoom('off')],
  ["lower third please, 'Ciarán Ó Néill, Bodhrán Maker'", text('Ciarán Ó Néill, Bodhrán Maker', { style: 'lower-third' })],
  ['deadly. fade the whole video in, 1.5 seconds', fade('clip', 1500)],
  ['the middle clip, take 2 seconds off it so', trimBy(2, 2000)],
  ["d'ya think the lads in the session will like it", nothing],
  ['add the tune reel_tune.wav as music, no ducking, let it play over me talkin', then(music('reel_tune.wav'), ducking(false))],
  ['sound, now export it webm 720p', exportAs('webm', '720p')],
  ['show me the tracks there so', tracks],

  // a hammam attendant in Marrakech (Darija and French speaker)
  ['salam khoya, make clip of 40 seconds, best moments inshallah', best(40)],
  ['add lofi music 15 percent, not too loud bezzaf', music('lofi', 0.15)],
  ['safi, remove the first clip', removeMoment(1)],
  ['the video is too slow, make all of it 1.5 times faster', speed(1.5)],
  ['can you make the steam more, more hot?', nothing],
  ["put caption 'Hammam Mouassine' at the top for 5 seconds", text('Hammam Mouassine', { style: 'caption', position: 'top', start_ms: 0, duration_ms: 5000 })],
  ['mzyan. background with my photo riad.jpg', background('riad.jpg')],
  ['speed up idle parts 8x', idle(8)],
  ['export mp4 and then gif, both', then(exportAs('mp4'), exportAs('gif'))],

  // a fischbrötchen seller at the Hamburg fish market (German, non-native)
  ['moin! 25 seconds, the best stuff', best(25)],
  ["also the title should be at the bottom and say 'Fischbrötchen am Hafen'", editText({ index: 1, position: 'bottom', text: 'Fischbrötchen am Hafen' })],
  ['na, cut from 0:30 to 0:35', cut(30, 35)],
  ['moin moin, crossfade off, hard cuts', crossfade(0)],
  ['digga, why is the export so slow', nothing],
  ['make the last clip 1 second shorter, genau', trimBy(3, 1000)],
  ['music: seemann.mp3, and fade the music out 3 seconds', then(music('seemann.mp3'), fade('music', undefined, 3000))],
  ['4:5 please, crop', aspect('4:5', 'crop')],
  ['tschüss, export in 1080p', exportAs('mp4', '1080p')],

  // a chocolate maker in Salzburg (Austrian German, non-native)
  ['Servus, bitte a clip of 1 minute 15 seconds with the best parts', best(75)],
  ['passt. make the 2nd clip faster, 1.25x', speed(1.25, 2)],
  ["add title 'Mozartkugeln by Hand' from 0 to 5 seconds", text('Mozartkugeln by Hand', { start_ms: 0, end_ms: 5000 })],
  ['geh, zoom auto please', zoom('auto')],
  ['the whole clip fade out 2 seconds, and no fade in', fade('clip', 0, 2000)],
  ['oida, the chocolate looks grey, can you fix colour?', nothing],
  ['only the first and the last file please', only('first', 'last')],
  ["leiwand! outro card 'Café Konditorei Salzburg' 3 seconds then export mov", then(card('outro', 'Café Konditorei Salzburg', 3), exportAs('mov'))],
  ['redo please', redo],

  // a ful medames cook in Khartoum (Sudanese Arabic speaker)
  ['ya zol, make it 55 seconds, best parts', best(55)],
  ['remove the part between 0:10 and 0:16', cut(10, 16)],
  ["the video's own sound 150%, the pot must be heard", sourceVolume(1.5)],
  ["title change to 'Ful Medames Souq Arabi'", editText({ index: 1, text: 'Ful Medames Souq Arabi' })],
  ["no music, i don't want music tamam", nothing],
  ['the third clip go to position 2', moveMoment(3, 2)],
  ["add caption 'Cooked all night' at the end for 4 seconds", text('Cooked all night', { style: 'caption', anchor: 'end', duration_ms: 4000 })],
  ['zoom at 0:25, hold it 5 seconds', zoomAt(25, 5)],
  ['shukran, export 4k webm and show me tracks', then(exportAs('webm', '4k'), tracks)],

  // a tile painter in Seville (Andalusian Spanish, non-native)
  ['illo, a 30 second reel of the best moments, vertical', then(best(30), aspect('9:16'))],
  ['vale, letterbox instead of the blur', fill('letterbox')],
  ['mira, the first clip, make it 3 seconds', trimTo(1, 3000)],
  ["add lower third 'Rocío Marín, Azulejera'", text('Rocío Marín, Azulejera', { style: 'lower-third' })],
  ['venga, add music flamenco_guitar.mp3 at 60%', music('flamenco_guitar.mp3', 0.6)],
  ["de verdad can't you paint the tiles more blue?", nothing],
  ['clip 2 x2 speed', speed(2, 2)],
  ['olé! export mp4 4K', exportAs('mp4', '4k')],

  // a covrigi seller in Bucharest (Romanian, non-native)
  ['hai frate, 1 minute clip with best moments', best(60)],
  ['gata, make all the clip slower, 0.9', speed(0.9)],
  ['put the title in the middle', editText({ index: 1, position: 'center' })],
  ['remove the second clip bă', removeMoment(2)],
  ['lofi music please, with fade in 2 seconds and fade out 2 seconds', then(music(), fade('music', 2000, 2000))],
  ['nu știu, is it better horizontal or vertical?', nothing],
  ['make it square with crop', aspect('1:1', 'crop')],
  ['lofi music, export mp4, then delete the music and export mp4 again', then(music(), exportAs('mp4'), noMusic, exportAs('mp4'))],
  ['export webm 1080p mersi', exportAs('webm', '1080p')],

  // a banitsa baker in Sofia (Bulgarian, non-native)
  ['dobre, make 20 sec clip, best moments only', best(20)],
  ['bate, speed up the parts with nothing happening, 5 times', idle(5)],
  ["title say 'Banitsa from Baba Penka' please", editText({ index: 1, text: 'Banitsa from Baba Penka' })],
  ['ne ne, no music, the baba talks', nothing],
  ['ajde, the first clip move to the end', moveMoment(1, 3)],
  ["intro card 'Since 1962' 2 seconds, export mp4, then remove the intro card again", then(card('intro', 'Since 1962', 2), exportAs('mp4'), removeCard('intro'))],
  ['crossfade between clips 0.4 seconds', crossfade(400)],
  ['video sound 70%', sourceVolume(0.7)],
  ['export gif, mersi', exportAs('gif')],

  // a cepelinai cook in Vilnius (Lithuanian, non-native)
  ['labas. I want the best moments, 2 minutes', best(120)],
  ['nu, the middle clip speed 1.5x', speed(1.5, 2)],
  ["gerai. caption 'Cepelinai with sour cream' at bottom from 5 to 9 seconds", text('Cepelinai with sour cream', { style: 'caption', position: 'bottom', start_ms: 5000, end_ms: 9000 })],
  ['taip, zoom less', zoom('less')],
  ['delete all texts', removeText()],
  ['how many calories in cepelinai lol', nothing],
  ['cut out from 0:02 to 0:06 and then make it vertical with blur', then(cut(2, 6), aspect('9:16', 'blur'))],
  ['music lofi 25%, ducking on', music('lofi', 0.25)],
  ['ačiū, export mov 1080p', exportAs('mov', '1080p')],

  // a momo cook in Kathmandu (Nepali English)
  ['namaste dai, make 45 sec video, best part only', best(45)],
  ['hajur, the 3rd clip remove', removeMoment(3)],
  ["ramro! add title 'Jhol Momo Asan Tole' at start for 3 sec", text('Jhol Momo Asan Tole', { anchor: 'start', duration_ms: 3000 })],
  ['dai the steam, zoom in at 0:08', zoomAt(8)],
  ['ke garne, load shedding came, did it save?', nothing],
  ['make the first clip 2 second shorter', trimBy(1, 2000)],
  ['put the music momo_song.mp3 and make it quieter little', then(music('momo_song.mp3'), quieter)],
  ['fade out the video at end', fade('clip', undefined, 1000)],
  ['export gif, and after that mp4 720p', then(exportAs('gif'), exportAs('mp4', '720p'))],

  // a kenkey seller in Accra (Ghanaian English)
  ['chale make it 30 seconds, the sweet parts', best(30)],
  ['ei the second clip too long, make it 5 seconds', trimTo(2, 5000)],
  ['herh, speed the whole video 1.25', speed(1.25)],
  ["massa add lower third 'Auntie Adjoa, Kenkey Queen'", text('Auntie Adjoa, Kenkey Queen', { style: 'lower-third' })],
  ['the fish and pepper, can the video carry the smell? ei', nothing],
  ['small small zoom, zoom less', zoom('less')],
  ["add the default background and an outro card 'Call 024 555 0101' for 4 seconds", then(background(), card('outro', 'Call 024 555 0101', 4))],
  ['put music highlife.mp3, fade the music in 1 second', then(music('highlife.mp3'), fade('music', 1000))],
  ['abi export now, mp4', exportAs('mp4')],

  // a snowplow driver in Halifax, Nova Scotia (Maritimer)
  ['holy, give me a 15 second version, the good parts eh', best(15)],
  ['wicked. zoom in more on the blade', zoom('more')],
  ['take the stretch from 0:18 to 0:24 out', cut(18, 24)],
  ['the title move to the top, some good', editText({ index: 1, position: 'top' })],
  ['is it gonna snow more tonight you think', nothing],
  ["mute the video's own noise, just music, lofi at 40 percent", then(sourceVolume(0), music('lofi', 0.4))],
  ['right, make clip number 3 go 3 times speed', speed(3, 3)],
  ['export as mov in 720p eh', exportAs('mov', '720p')],

  // a bush pilot in Anchorage (radio talk)
  ['Copy. Need 90 second highlight, over.', best(90)],
  ['Affirm, remove dead air. Nothing else.', deadAir],
  ["Set resolution 1080p, don't export yet", resolution('1080p')],
  ["Roger. Add title 'Lake Hood to Denali' at the end, 5 seconds", text('Lake Hood to Denali', { anchor: 'end', duration_ms: 5000 })],
  ['Negative on music. No music. Over.', nothing],
  ['Clip 2 trim to 6 seconds. Clip 3 trim by 1 second.', then(trimTo(2, 6000), trimBy(3, 1000))],
  ['Wilco. Fade clip in 1 second, out 1 second.', fade('clip', 1000, 1000)],
  ['Video audio at 60 percent, engine noise too loud', sourceVolume(0.6)],
  ['Export mp4 4K then show tracks. Out.', then(exportAs('mp4', '4k'), tracks)],

  // a pitmaster in Memphis (Memphis / AAVE-inflected)
  ['boss finna need like a 40 sec cut of the best parts', best(40)],
  ['lowkey the first clip too long, cut 3 seconds off it', trimBy(1, 3000)],
  ["put a caption 'Dry Rub, No Sauce' bottom of the screen", text('Dry Rub, No Sauce', { style: 'caption', position: 'bottom' })],
  ['make it tiktok size fr', aspect('9:16')],
  ['can u make the smoke ring pinker on god', nothing],
  ['add some music, default, then turn the duck off', then(music(), ducking(false))],
  ['move the 2nd clip up front', moveMoment(2, 1)],
  ['make the whole thing 1.5x fast and export mp4 1080p', then(speed(1.5), exportAs('mp4', '1080p'))],
  ['nah undo that', undo],

  // a coffee picker near Medellín (Paisa Spanish, non-native)
  ['qué más parce, make me a 35 seconds video of the best', best(35)],
  ['hágale, only use the last video', only('last')],
  ["the title put 'Café de Montaña' and show it from 1 to 6 seconds", editText({ index: 1, text: 'Café de Montaña', start_ms: 1000, end_ms: 6000 })],
  ['bacano, zoom at 0:05 for 2 seconds', zoomAt(5, 2)],
  ['parce is it possible to share directly to instagram?', nothing],
  ['put cumbia.mp3 of music and no ducking pues', then(music('cumbia.mp3'), ducking(false))],
  ['trim the last clip to 4 seconds', trimTo(3, 4000)],
  ['crossfade 1 second pues', crossfade(1000)],
  ['export in webm, then mp4 4k', then(exportAs('webm'), exportAs('mp4', '4k'))],

  // a biltong maker in Windhoek (Namibian English)
  ['ja, make it 1 minute 30, the best bits hey', best(90)],
  ['sharp, remove the middle clip', removeMoment(2)],
  ["add title 'Kudu Biltong Windhoek' sliding in, at the top", text('Kudu Biltong Windhoek', { position: 'top', motion: 'slide' })],
  ['the okes want it square, letterbox', aspect('1:1', 'letterbox')],
  ['is it? the export is done already?', nothing],
  ['now-now, speed up idle bits, 4x', idle(4)],
  ['add music lofi at 30 percent, make it quieter and fade the music out 2 seconds', then(music('lofi', 0.3), quieter, fade('music', undefined, 2000))],
  ['background image please, the one I just uploaded', background('image')],
  ['redo it then export gif', then(redo, exportAs('gif'))],
];
