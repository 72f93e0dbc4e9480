/**
 * Held-out 23 (written as fresh 22; measured blind in sessions 20 and 21, opened in session 22), English: a blind phrasing set written by a helper on 2026-12-02, to measure the parser on words it was
 * never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts (its first 80 lines: the parts, barriers,
 * text placing, folding and numbering rules), src/protocol/editOps.ts, src/protocol/draft.ts, lines 1-20 of the README
 * (the product description, not its "What you can say" table), issue 13 (/work/briefs/issue13.md),
 * /work/briefs/writer22-en.md (the brief) and /work/briefs/headers23.txt (the header comments of the earlier sets, for
 * their form, their decided readings and the voices already used; no phrasing of them; grep over it to check each
 * voice's trade and place, which turned away a tugboat hand, a sheep shearer, a tattoo artist, a rickshaw driver, a
 * sommelier, a yoga teacher, a taxidermist, a piano tuner, a Zamboni driver, a Durban or Lagos voice, a mushroom
 * forager, a K-pop dancer, a reindeer herder, a Singapore hawker, a sysadmin, a Jamaican, an opal miner, a Hawaiian
 * ukulele maker, a puppeteer, a trumpeter, a Nepali trekking voice, a Mongolian yurt host, a Québécois hockey voice, a
 * falafel seller and a blind developer already used).
 * Not read: any other phrasing set or other file under bench/phrasings/ (an `ls` of fresh22/ showed it empty at the
 * start; an `ls` before writing this header showed the name zh.ts, written meanwhile by the Chinese writer, which was
 * not opened), the parser (src/engine), src/protocol/vocabulary.ts or any other src file, test/, scripts/,
 * bench/*.ts, out/, /work/*.txt, /work/main, any other worktree; no git log / diff / show / grep over the repository
 * was run; no sentence was run through the parser, the CLI, the engine or the bench. No slip. Run on this file only:
 * the brief's type-check (it also checks the text styles, positions and motion against the schema without showing
 * them), and python over its own text to count its lines, voices, multi-request lines and repeats.
 * Said plainly: a `git status --short bench/phrasings/fresh22` at the end (not in the brief's list of what not to
 * run) showed the folder untracked; no commit was made.
 *
 * Voices (30, none of them in an earlier set: each trade and place grepped in headers23.txt first): a wedding
 * officiant in Savannah, Georgia (Southern, warm: y'all, sugar, honey, bless it, darlin), a capoeira teacher in
 * Salvador, Bahia (Brazilian Portuguese: beleza, né, tipo, só, valeu, axé), a felucca captain in Aswan (Egyptian
 * non-native: ya basha, aywa, yalla, mafi mushkila, inshallah, khalas), a kente weaver in Kumasi (Ghanaian English:
 * chale, ankasa, herh, I beg), a ballet répétiteur in St Petersburg (Russian non-native, drops articles: nu, davai,
 * koroche), a barge skipper in Rotterdam (Dutch non-native, direct: nou, hè, toch, even), a simit seller in Istanbul
 * (Turkish non-native: abi, tamam, yani, hadi), a cooper in Bordeaux (French non-native: alors, bof, hein, voilà, non
 * non), a haenyeo diver on Jeju (Korean non-native: aigoo, ne, jinjja, omo, 😂), a lantern maker in Hoi An
 * (Vietnamese non-native: ok ok, em, no problem), a vihuela player in a Guadalajara mariachi (Mexican Spanglish: órale,
 * güey, ándale, qué padre, pa'), a night assistant at an Atacama observatory (Chilean: po, ya po, cachai, al tiro,
 * weón), a stonemason in Bath (West Country: my lover, proper job, gert, where's it to), an air traffic controller
 * (radio phraseology: affirm, negative, say again, three zero), a change-ringer in a Suffolk church tower (genteel,
 * older: would you be so kind, if you would), a tea taster in Assam (Indian English: kindly, itself, only, do the
 * needful), a curling ice technician in Winnipeg (eh, beauty, give'r, pebbling), a shepherd in Transylvania (Romanian
 * non-native: hai, bine, gata, mersi frumos), a muay thai trainer in Chiang Mai (Thai non-native: krub, na, 555, can
 * can), a hostage negotiator (calm, slow, one step at a time, "I hear you"), a submarine cook (navy: galley, chow,
 * hooyah, roger, lowercase, no apostrophes), a bodega owner in Brooklyn (yo, boss, mad, deadass, aight bet, lmao), a
 * saddle maker in Cody, Wyoming (terse: reckon, fixin to, sweepin), a beer-hall waiter in Prague (Czech non-native:
 * ahoj, tak, jo, dobře), a chocolatier in Bruges (Flemish non-native: allez, amai, zeg, hé, weg, a decimal comma "2,5
 * seconds"), a fisherman in Marsaxlokk, Malta (mela, ejja, kollox sew, luzzu), a census enumerator (formal, numbered
 * items, procedural), a parent typing with a toddler on the lap (typos: secnds, titel, quietr, zom; "fade in n out"), a
 * matkot player on a Tel Aviv beach (Israeli English: achi, sababa, tachles, yalla), an amber polisher in Palanga
 * (Lithuanian non-native: labas, gerai, nu, ačiū).
 *
 * Counts: 270 written in one pass (30 voices, 9 lines each, shaped while drafting to cover every operation of ops.ts:
 * lengths in "45 second" / "30 seconds" / "one minute" / "ninety seconds" / "two minutes" / "40 second" / "a minute
 * fifteen" / "a minute" / "three zero seconds" / "four five seconds" after start over / "roughly one minute and twenty
 * seconds" / "55 sec" / "half a minute" / "about a minute and a half" / "40 secs" / "15 sec" / "a minute's about right"
 * / "1:10" / "30 secnds" / "1 minute 40 seconds"; dead air; idle with a factor (3, 4, 5, 6, 8); keep everything; the
 * first / second / last upload, one and two named files; shapes and platforms with and without a fill (blur, black
 * bars, crop), a fill alone (crop); resolution set without export (4k, 1080p); exports in mp4 / mov / webm / gif with
 * and without a resolution (720 / 720p / 1080 / 1080p / full HD / 4k), two exports in one message; titles, captions,
 * lower thirds, slide-in, start- and end-anchored and timed texts; text 1's words, place, words and place together,
 * and timing edited, text 1 removed, every text removed; an intro and an outro card (2, 2,5, 3 and 4 s), an intro card
 * removed after an export; music (default, a level, two uploaded files, ducking off, faded in / out / both, quieter,
 * louder, set to a level between two exports, removed between two exports); source volume 0 to 1.5; clip fades in,
 * out and both; crossfades 0 / default / 0.25 / 0.5 / 0.8 / 1 s; zoom auto / less / more / off / at a time with and
 * without a hold; a default, a just-uploaded and a named background, the default one removed between two exports;
 * moments removed, moved, trimmed by and to, sped up and slowed; cuts of a range; whole-clip speeds 0.75 / 0.9 / 1.25 /
 * 1.5; undo, two undos, redo, start over then a length, track listings). In review 13 lines were reworded or replaced
 * where a second reading was possible or the must-change-nothing share was too high: "no, the first video only"
 * (Czech "no" is yes, an English reader hears a refusal) now "jo, ..."; "put 'X' as a title" (could set text 1's
 * words) now "add another title"; "the boat is just rocking and silent" beside dead air (rocking is not static) now
 * "nothing moves and nobody talks"; "sorry that was her typing hahah ignore" (could undo the line before) now plain
 * chatter; "fade out 3 sec" after music (clip or music) now "fade the music out"; "some soft music" (a mood that could
 * name a level) now "some music"; "555 too long" beside a whole-clip speed (could read as a length) now "too slow"; six
 * must-change-nothing lines (a sweating groom, an orange sky, a newer wetsuit, a "qué padre" cheer, "kollox sew, thank
 * you", a count of households) replaced by edits. None dropped.
 * 270 final (none repeated within this file, compared trimmed and lower-cased), of which 30 (11.1 %) must change
 * nothing (questions: which formats it exports, what leather it is, whether the tea is good, why a lantern looks
 * orange; negated requests: "don't touch the colors", "don't add any music", "Negative on the music. Do not add
 * music.", "Please do not speed anything up", "Please don't export anything yet", "no changes to the speed are
 * requested"; chatter: "axé!! ficou muito bom", "jinjja beautiful. thank you ne", "gata, mersi frumos", a toddler on
 * the keyboard; things the product cannot do: brighter cloth, a higher jump, a ship's horn, removing only the seagulls'
 * sound, translating the title, brighter stars, more dust, less scratched ice, counting sheep, looking stronger, a
 * smell, a bigger sandwich, fuller glasses, a recipe in the description, Hebrew subtitles, shinier amber). 33 lines
 * carry 2-4 requests (12 of them music with a detail of it: ducking off, a fade, quieter, louder; 4 with an export
 * between edits; 8 with two exports).
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: every length-only line names a length; music with no track named
 * ("the default kind", "the normal music", "the default music", "the lofi music", "music lofi") is lo-fi at 35 %
 * ducked (a level said with it replaces the 35 %: "at 40 %", "at 50", "level six zero percent", "45%"; "no ducking" /
 * "but no ducking" turn it off; berimbau-roda.mp3, flute-doina.mp3, festa-band.mp3 are the track); a fade with no
 * length ("fade in n out", "fade it in at the start" of music just added) is 1 s; a crossfade with no length ("the
 * default one") is 0.5 s, "hard cuts" 0, "half a second" / "a quarter second" / "0.8 seconds" / "one second" as said;
 * idle stretches sped up always say their factor here; every card says its length ("2,5 seconds" is 2.5 s); a zoom at a
 * time with no hold ("put zoom at 22 second", "zom in at 0:09") holds 3 s; a background with no name ("the default
 * background", "the default one") is aurora, "the pic i just uploaded" is 'image', galaxy-bg.png / bruges-canal.jpg its
 * name; an export with no format ("export 1080p", "ship it", "a 720p one also") is mp4.
 * Other readings: TikTok, Reels, an Instagram story and "vertical" are 9:16; Facebook, the IG grid and a kakao profile
 * only with a shape said or "square" (1:1); "for the feed" / "the feed store" with 4:5 said; YouTube with 16:9 said.
 * "blur on the sides" / "with blur" / "the blurred sides" is blur, "black bars" letterbox, "crop, not blur" crop; "the
 * sides, crop them instead of blur" is a fill alone. "set resolution to 4k but don't export yet" and "make resolution
 * 1080p" set it; "720" / "1080" without the p are 720p / 1080p, "full HD" 1080p. "The title" / "title one" is the
 * draft's text 1 ("to say" / "gotta say" / "change to" / "Amend ... to read" edit its words, "in center" / "to the
 * top" / "reposition to bottom" its place, "only from 3 seconds to 8 seconds" / "from 0 to 4 seconds" its timing,
 * "remove the title number 1" / "the title weg, remove it" remove it); "Remove all text" removes every text; "add (a /
 * a new / another) title / caption / lower third / text", "put a title / caption / words", "stick a title" add a new one
 * (a title unless a caption or a lower third is named), the words inside the quotes exactly as typed; "for the first
 * 5 seconds" runs 0 to 5 s, "for 6 seconds" with no start 0 to 6 s, "from second 2 to second 7" / "from 0:10 to 0:14"
 * / "from 5 to 10 seconds" as said, "at start" / "at the start" anchors at the start, "for the last 4 seconds" / "for 6
 * second at the end" at the end for that long; "slide it in" / "with slide" / "sliding in" is the slide motion; top /
 * up top, center / in the middle, bottom. Clip 2 / the second moment / the middle clip / number 2 is moment 2, the
 * third / last clip / "the third piece" / "#3" moment 3, "the first clip" / "clip 1" / "clip number 1" moment 1; "cut
 * it down to 6 seconds" / "make it 7 seconds only" / "I want it 10 seconds exactly" / "make it 12 seconds long" on a
 * moment set its length, "Cut 3 seconds from it" / "shorten it by 2.5 seconds" / "shorten 1 second" / "3 seconds
 * shorter" / "shorter by 2 seconds" trim by that; "to the end" is place 3, "first" / "to the start" / "position one"
 * place 1, "in second place" place 2. "Cut from 0:40 to 0:48" / "take out 0:12 to 0:15" / "cut 0:05 to 0:09" are cuts
 * of that range; "the whole video / thing" with a factor is a whole-clip speed ("at 0.9 speed", "1.25x", "play 1.5
 * speed", "slow whole video to 0.75"). The video's own / original / recording's own sound, "the video audio", "engine
 * noise", "the mallet noise", "the sea sound", "the room noise", "the fan noise" are the source volume (mute / zero 0,
 * "a quarter" 0.25, "half" 0.5, "100 per cent" 1, "130%" 1.3, "150%" 1.5). Music, cards and backgrounds are only
 * changed, faded or removed in a message that adds them (the draft has none); no moment is named after a request that
 * rebuilds the timeline or after a removal or move in the same message. A history step, a track listing or an export
 * said between edits stands where it is said; "undo, undo" is two undos, "go back one step" one, "redo that, I undid it
 * by mistake" a redo, "Start over. Then best moments" start over then best moments.
 *
 * Read against a draft of 3 moments and 1 text (no music, no card, no background).
 * The lead dropped 1 line shared with an earlier set (an export format), 269 left. Measured blind on de5f747 (session 19's
 * grammar, before session 20's round): 233/269 = 86.6 % (11 wrong edits, 7 asked first); on 334acf5 (after session 21's
 * round, the last measure blind): 235/269 = 87.4 % (11 wrong edits, 7 asked first).
 */
import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll,
  louder, moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard,
  removeMoment, removeText, resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo,
  zoom, zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

export const heldout23En: [string, Phrasing['want']][] = [
  // a wedding officiant in Savannah, Georgia (Southern, warm: y'all, sugar, honey, bless it)
  ["Y'all, could you make this a sweet little 45 second clip of the best parts, bless it", best(45)],
  ["honey put a title 'Dearly Beloved' right at the top for the first 5 seconds", text('Dearly Beloved', { position: 'top', start_ms: 0, end_ms: 5000 })],
  ["Now sugar, I'd like some music under it, the default kind, and have the music fade in real gentle over 2 seconds", then(music(), fade('music', 2000))],
  ["Let the clips melt into each other, half a second, and put the whole thing at 0.9 speed so it feels dreamy", then(crossfade(500), speed(0.9))],
  ["Could you put a card at the very start that says 'The Whitfield Wedding' for 3 seconds, please and thank you", card('intro', 'The Whitfield Wedding', 3)],
  ["the third clip is runnin long, bless its heart, cut it down to 6 seconds", trimTo(3, 6000)],
  ["Fade the whole video in and out nice and slow, 2 seconds on each end", fade('clip', 2000, 2000)],
  ["don't y'all dare touch the colors, the bride picked those herself", nothing],
  ["alright darlin, export it as an mp4 in 1080 for the family", exportAs('mp4', '1080p')],

  // a capoeira teacher in Salvador, Bahia (Brazilian Portuguese: beleza, né, tipo, valeu, axé)
  ["beleza, make the video tipo 30 seconds, só the best moves né", best(30)],
  ["put it vertical for reels with blur on the sides, valeu", aspect('9:16', 'blur')],
  ["the berimbau sound is important, make the original sound louder, like 130%", sourceVolume(1.3)],
  ["i uploaded berimbau-roda.mp3, use it as the music and no ducking please", then(music('berimbau-roda.mp3'), ducking(false))],
  ["the second moment slow it to half speed, is the best kick, everybody must see", speed(0.5, 2)],
  ["axé!! ficou muito bom, valeu demais 🙏", nothing],
  ["zoom in at 0:18 for 4 seconds when the mestre do the meia lua", zoomAt(18, 4)],
  ["tipo, crossfade between the clips, one second", crossfade(1000)],
  ["export webm né, and also one gif for the whatsapp group", then(exportAs('webm'), exportAs('gif'))],

  // a felucca captain in Aswan (Egyptian non-native: ya basha, aywa, yalla, mafi mushkila, inshallah, khalas)
  ["ya basha I want the video one minute only, the best of the trip", best(60)],
  ["aywa good. now the wind sound very strong, make the video sound half", sourceVolume(0.5)],
  ["put words at the bottom as a caption: 'Sail the Nile with Captain Hamdy'", text('Sail the Nile with Captain Hamdy', { style: 'caption', position: 'bottom' })],
  ["the sunset is the first clip, move it to the end yalla", moveMoment(1, 3)],
  ["put the title in the middle, and make the first clip 8 seconds", then(editText({ index: 1, position: 'center' }), trimTo(1, 8000))],
  ["mafi mushkila, make it square for facebook, with black bars", aspect('1:1', 'letterbox')],
  ["add the lofi music at 25% inshallah", music('lofi', 0.25)],
  ["the part where the boat is only sitting and nobody talk, speed it 3 times, don't cut it", idle(3)],
  ["khalas, export mov 4k", exportAs('mov', '4k')],

  // a kente weaver in Kumasi (Ghanaian English: chale, ankasa, herh, I beg, please)
  ["Chale please I want only the second video, the loom one", only('second')],
  ["make it 20 seconds ankasa, people don't have time", best(20)],
  ["I beg add lower third 'Kwame Asante, Master Weaver'", text('Kwame Asante, Master Weaver', { style: 'lower-third' })],
  ["herh the colours of the cloth, can you make them brighter?", nothing],
  ["please make the title to say 'Kente From Bonwire'", editText({ index: 1, text: 'Kente From Bonwire' })],
  ["the loom is making too much noise chale, mute the video sound and add the normal music", then(sourceVolume(0), music())],
  ["crossfade the clips please, the default one", crossfade()],
  ["remove the clip 2, it is not fine at all", removeMoment(2)],
  ["Export it please 720p mp4 so I can send on WhatsApp", exportAs('mp4', '720p')],

  // a ballet répétiteur in St Petersburg (Russian non-native: nu, davai, koroche, drops articles)
  ["Nu, make clip ninety seconds, only best parts of rehearsal", best(90)],
  ["Third fragment is too long. Cut 3 seconds from it", trimBy(3, 3000)],
  ["Davai, slow whole video to 0.75, dancers look too fast", speed(0.75)],
  ["Title must be in center of screen", editText({ index: 1, position: 'center' })],
  ["Koroche, cut out parts where is silence and nobody moves. Nothing else", deadAir],
  ["Is possible to make her jump higher? Joke. Joke.", nothing],
  ["Add text 'Giselle, Act II' at start of video, slide it in", text('Giselle, Act II', { anchor: 'start', motion: 'slide' })],
  ["Fade out in end, 3 seconds, like curtain", fade('clip', undefined, 3000)],
  ["Show me what tracks are there now", tracks],

  // a barge skipper in Rotterdam (Dutch non-native, direct: nou, hè, toch, even)
  ["Nou, just keep everything, the whole trip, no cutting", keepAll],
  ["speed up the boring parts where nothing happens, 8 times faster hè, but keep them in", idle(8)],
  ["Use only the file called maas-bridge.mp4 even", only('maas-bridge.mp4')],
  ["landscape 16:9 please, it is for YouTube toch", aspect('16:9')],
  ["Put a text at the end, 'Binnenvaart Is Life', for the last 4 seconds", text('Binnenvaart Is Life', { anchor: 'end', duration_ms: 4000 })],
  ["engine noise to 20 percent, it is too loud hè", sourceVolume(0.2)],
  ["Can you also put the ship's horn sound when we pass the bridge?", nothing],
  ["Undo that last thing", undo],
  ["Nou, export mp4 in 4K, and a 720p one also for the phone", then(exportAs('mp4', '4k'), exportAs('mp4', '720p'))],

  // a simit seller in Istanbul (Turkish non-native: abi, tamam, yani, hadi)
  ["abi make 15 second video for instagram story, vertical", then(best(15), aspect('9:16'))],
  ["tamam, now put a new title 'Taze Simit' on the top", text('Taze Simit', { position: 'top' })],
  ["yani the seagulls are too loud, can you remove only the seagull sound?", nothing],
  ["hadi, add intro card 'Galata Simitçisi' 2 seconds", card('intro', 'Galata Simitçisi', 2)],
  ["make zoom more, I want to see the sesame", zoom('more')],
  ["abi remove the title number 1 please", removeText(1)],
  ["the tea glass part is moment 3, make it double speed", speed(2, 3)],
  ["no no abi, undo it", undo],
  ["tamam super, gif please", exportAs('gif')],

  // a cooper (barrel maker) in Bordeaux (French non-native: alors, bof, hein, voilà)
  ["Alors, I want a film of two minutes, with the best moments of the fabrication", best(120)],
  ["Bof, put the default music at 40 %, and fade it out at the end on 3 seconds, voilà", then(music('lofi', 0.4), fade('music', undefined, 3000))],
  ["The fire in the barrel, moment 2, I want it 10 seconds exactly", trimTo(2, 10000)],
  ["Cut from 0:40 to 0:48, it is my colleague smoking, non non", cut(40, 48)],
  ["Add an intro card 'Tonnellerie Martin' 3 seconds, export mp4, and after remove the intro card", then(card('intro', 'Tonnellerie Martin', 3), exportAs('mp4'), removeCard('intro'))],
  ["Can you translate the title in French automatically?", nothing],
  ["Put a caption 'Tonnellerie depuis 1890' from 5 to 10 seconds", text('Tonnellerie depuis 1890', { style: 'caption', start_ms: 5000, end_ms: 10000 })],
  ["Less zoom please, we see nothing of the barrel hein", zoom('less')],
  ["Voilà. Export in mov, 1080p", exportAs('mov', '1080p')],

  // a haenyeo (woman diver) on Jeju (Korean non-native: aigoo, ne, jinjja, omo)
  ["aigoo video is too long. make 40 second please", best(40)],
  ["ne, square please. for kakao profile", aspect('1:1')],
  ["omo the first clip is only bubble, delete it", removeMoment(1)],
  ["add a title 'Jeju Haenyeo 🌊' bottom", text('Jeju Haenyeo 🌊', { position: 'bottom' })],
  ["jinjja beautiful. thank you ne", nothing],
  ["the sea sound make bigger 150%", sourceVolume(1.5)],
  ["remove the second clip and zoom less ne", then(removeMoment(2), zoom('less'))],
  ["the diving part, put zoom at 22 second", zoomAt(22)],
  ["export mp4 ne", exportAs('mp4')],

  // a lantern maker in Hoi An (Vietnamese non-native: ok ok, same same, no problem, em)
  ["ok ok em want video short 25 seconds, best part only", best(25)],
  ["put the lofi music, export mp4, then music down to 15% and export mp4 again", then(music(), exportAs('mp4'), musicVolume(0.15), exportAs('mp4'))],
  ["lantern glow need black bars not blur, 9:16", aspect('9:16', 'letterbox')],
  ["add caption 'Handmade every night' for 6 second at the end", text('Handmade every night', { style: 'caption', anchor: 'end', duration_ms: 6000 })],
  ["put moment 3 in second place", moveMoment(3, 2)],
  ["make the whole thing speed 1.25", speed(1.25)],
  ["why my lantern look orange and not red? camera problem?", nothing],
  ["go back one step, I change mind", undo],
  ["ok export webm 1080p, no problem", exportAs('webm', '1080p')],

  // a vihuela player in a Guadalajara mariachi (Mexican Spanglish: órale, güey, ándale, qué padre)
  ["órale, make it a minute fifteen, the best parts of the serenata", best(75)],
  ["güey the trumpets are way too loud, turn the video audio down to 60%", sourceVolume(0.6)],
  ["add a lower third 'Mariachi Los Gavilanes, Guadalajara'", text('Mariachi Los Gavilanes, Guadalajara', { style: 'lower-third' })],
  ["ándale, put a card at the end 'Contrataciones: 33 1234 5678' 4 seconds", card('outro', 'Contrataciones: 33 1234 5678', 4)],
  ["qué padre!! now the title say 'Serenata Tapatía' and put it at the bottom", editText({ index: 1, text: 'Serenata Tapatía', position: 'bottom' })],
  ["don't add any music güey, we ARE the music", nothing],
  ["zoom in at 0:52 for the grito, hold it 2 seconds", zoomAt(52, 2)],
  ["fade in at the beginning, just one second", fade('clip', 1000)],
  ["ándale export 4k mp4 pa' youtube", exportAs('mp4', '4k')],

  // a night assistant at an observatory in the Atacama (Chilean: po, cachai, al tiro, weón)
  ["ya po, make a clip of 50 seconds with the best bits, cachai", best(50)],
  ["the idle parts where the dome just sits there, speed them up al tiro, 6x", idle(6)],
  ["add a title 'Nights at Paranal' from second 2 to second 7", text('Nights at Paranal', { start_ms: 2000, end_ms: 7000 })],
  ["weón can you make the stars brighter?", nothing],
  ["zoom off, we need the whole sky in the frame", zoom('off')],
  ["i uploaded galaxy-bg.png, put it as the background po", background('galaxy-bg.png')],
  ["moment 1 too long, shorten it by 2.5 seconds", trimBy(1, 2500)],
  ["redo that, I undid it by mistake", redo],
  ["set resolution to 4k but don't export yet", resolution('4k')],

  // a stonemason in Bath (West Country: my lover, proper job, gert, where's it to)
  ["alright my lover, cut it down to a minute would you, just the good bits", best(60)],
  ["the chisel bit's gert slow, double the speed of clip 2", speed(2, 2)],
  ["proper job. stick a title up top sayin 'Bath Stone, Hand Cut'", text('Bath Stone, Hand Cut', { position: 'top' })],
  ["where's all the dust to? can you put more dust in the air, for the look of it", nothing],
  ["drop the mallet noise down to a quarter", sourceVolume(0.25)],
  ["crossfades off mind, I want hard cuts", crossfade(0)],
  ["take out 0:12 to 0:15, that's me swearin", cut(12, 15)],
  ["what's on the timeline now then?", tracks],
  ["lovely, send it out as mp4 at 720", exportAs('mp4', '720p')],

  // an air traffic controller (radio phraseology: affirm, negative, say again, roger, wilco)
  ["Request: compile best moments, target three zero seconds.", best(30)],
  ["Affirm. Set aspect 4:5 for the feed.", aspect('4:5')],
  ["Negative on the music. Do not add music.", nothing],
  ["Title one, reposition to bottom.", editText({ index: 1, position: 'bottom' })],
  ["Moment three, relocate to position one.", moveMoment(3, 1)],
  ["Say again, what formats can you export?", nothing],
  ["Zoom auto, then fade clip in and out one second each, then export mp4 at 1080p.", then(zoom('auto'), fade('clip', 1000, 1000), exportAs('mp4', '1080p'))],
  ["Start over. Then best moments, four five seconds.", then(startOver, best(45))],
  ["Add music, lofi, level six zero percent, no ducking. Then show tracks.", then(music('lofi', 0.6), ducking(false), tracks)],

  // a change-ringer in a Suffolk church tower (genteel, older)
  ["Good evening. Would you be so kind as to make a clip of roughly one minute and twenty seconds from the best of the peal?", best(80)],
  ["The bells themselves must be heard, so please set the recording's own sound to 100 per cent.", sourceVolume(1)],
  ["I should like a lower third reading 'Margaret Pryke, Tower Captain'.", text('Margaret Pryke, Tower Captain', { style: 'lower-third' })],
  ["Might you put the second clip first, where the treble leads off?", moveMoment(2, 1)],
  ["Please do not speed anything up; change ringing is meant to be heard at its own pace.", nothing],
  ["Kindly add an end card reading 'Lavenham Ringers' for three seconds.", card('outro', 'Lavenham Ringers', 3)],
  ["A gentle fade at the close, if you would: two seconds.", fade('clip', undefined, 2000)],
  ["Would you let the clips dissolve into one another over half a second?", crossfade(500)],
  ["Thank you. A webm at 720p would suit the guild's website.", exportAs('webm', '720p')],

  // a tea taster in Assam (Indian English: kindly, do the needful, itself, only)
  ["Kindly prepare one 35 seconds video of the best parts itself", best(35)],
  ["Use only the garden-walk.mp4 and estate-tasting.mp4 files", only('garden-walk.mp4', 'estate-tasting.mp4')],
  ["Add caption 'First Flush, Dibrugarh' at the bottom only", text('First Flush, Dibrugarh', { style: 'caption', position: 'bottom' })],
  ["The slurping sound is too much, reduce video volume to 40 percent", sourceVolume(0.4)],
  ["Add lofi music at 30 percent and fade it in at the start, do the needful", then(music('lofi', 0.3), fade('music', 1000))],
  ["Can you check if the tea is good quality from the video?", nothing],
  ["Clip 1 make it 7 seconds only", trimTo(1, 7000)],
  ["Title should come only from 3 seconds to 8 seconds", editText({ index: 1, start_ms: 3000, end_ms: 8000 })],
  ["Kindly export in mp4 format, thank you", exportAs('mp4')],

  // a curling ice technician in Winnipeg (Canadian: eh, beauty, give'r, pebble)
  ["hey there, can ya make it a 55 sec clip eh, best shots", best(55)],
  ["beauty. now cut the dead air, the bits where nothin's happenin and it's quiet", deadAir],
  ["pebbling shot's way too slow, speed clip 3 up to 3x", speed(3, 3)],
  ["add another title 'Pebble Day at the Granite' at the start", text('Pebble Day at the Granite', { anchor: 'start' })],
  ["can ya make the ice look less scratched up?", nothing],
  ["zoom in at 1:05 and hold for 5 seconds", zoomAt(65, 5)],
  ["give'r, add the default music, then turn it down a bit", then(music(), quieter)],
  ["undo, undo", then(undo, undo)],
  ["export a gif and an mp4, eh", then(exportAs('gif'), exportAs('mp4'))],

  // a shepherd in Transylvania (Romanian non-native: hai, bine, mersi, gata)
  ["hai, make short film of half a minute with the best parts", best(30)],
  ["bine. put it 9:16 and crop, not blur", aspect('9:16', 'crop')],
  ["the dog barking very loud, put video sound to 70%", sourceVolume(0.7)],
  ["can you count how many sheep there is?", nothing],
  ["title text change to 'Stâna din Munți'", editText({ index: 1, text: 'Stâna din Munți' })],
  ["delete the middle clip, is only fog", removeMoment(2)],
  ["add music from file flute-doina.mp3 at 50% and make it fade in 2 seconds and fade out 2 seconds", then(music('flute-doina.mp3', 0.5), fade('music', 2000, 2000))],
  ["gata, mersi frumos", nothing],
  ["export mov please", exportAs('mov')],

  // a muay thai trainer in Chiang Mai (Thai non-native: krub, na, 555, can can)
  ["make 20 sec video krub, the best parts", best(20)],
  ["555 too slow. the whole video play 1.5 speed na", speed(1.5)],
  ["put caption 'Train Hard, Fight Easy' top", text('Train Hard, Fight Easy', { style: 'caption', position: 'top' })],
  ["the second clip shorten 1 second krub", trimBy(2, 1000)],
  ["can make me look more strong? 555", nothing],
  ["add the lofi music but no ducking, the pad sound must hear", then(music(), ducking(false))],
  ["vertical for tiktok na", aspect('9:16')],
  ["zoom on the action auto krub", zoom('auto')],
  ["ok can can, export 1080p", exportAs('mp4', '1080p')],

  // a hostage negotiator (calm, slow, one step at a time)
  ["Okay. Let's take this one step at a time. First, I'd like the best moments, about a minute and a half.", best(90)],
  ["I hear you on the length. Now let's add a title, 'Stay on the Line', at the top.", text('Stay on the Line', { position: 'top' })],
  ["Nobody needs to rush here. Please don't export anything yet.", nothing],
  ["Let's lower the room noise. Set the video's own audio to 30 percent.", sourceVolume(0.3)],
  ["Talk me through it: what's on each track right now?", tracks],
  ["I'm going to ask you to remove the third moment. Can you do that for me?", removeMoment(3)],
  ["Good. Then fade the clip out at the end over four seconds, and soften the cuts with a one-second crossfade.", then(fade('clip', undefined, 4000), crossfade(1000))],
  ["We're going to walk that last step back. Undo it, please.", undo],
  ["That's all I need. Export it as an mp4 at full HD and we're done.", exportAs('mp4', '1080p')],

  // a submarine cook (navy: galley, chow, hooyah, CS2)
  ["galley vid, make it 40 secs, best bits, hooyah", best(40)],
  ["the part where im just stirring and nobody talks, speed that up 4x, dont cut it", idle(4)],
  ["add a lower third: 'CS2 Danny Ruiz, Culinary Specialist'", text('CS2 Danny Ruiz, Culinary Specialist', { style: 'lower-third' })],
  ["can you add a smell to it? lol jk", nothing],
  ["mute the fan noise, whole video audio to zero", sourceVolume(0)],
  ["put the default lofi on at 50, export an mp4, then kill the music and export another mp4", then(music('lofi', 0.5), exportAs('mp4'), noMusic, exportAs('mp4'))],
  ["chow line clip is #3, slow it to 0.5x", speed(0.5, 3)],
  ["add outro card 'Chow Time' for 2 sec", card('outro', 'Chow Time', 2)],
  ["roger, ship it as mp4", exportAs('mp4')],

  // a bodega owner in Brooklyn (boss, papi, mad, deadass, aight bet)
  ["yo make this like 15 sec boss, just the best parts", best(15)],
  ["deadass put it square for the ig grid", aspect('1:1')],
  ["the cat in clip 1 is mad cute, make that clip 9 seconds", trimTo(1, 9000)],
  ["add a caption 'Open 24/7 🐈' at the bottom", text('Open 24/7 🐈', { style: 'caption', position: 'bottom' })],
  ["yo can u make the sandwich look bigger lmao", nothing],
  ["put the background on, the pic i just uploaded", background('image')],
  ["yo the title gotta say 'Flatbush Bodega'", editText({ index: 1, text: 'Flatbush Bodega' })],
  ["cut 0:05 to 0:09 thats the guy cursing", cut(5, 9)],
  ["aight bet, mp4 in 4k", exportAs('mp4', '4k')],

  // a saddle maker in Cody, Wyoming (terse, reckon, fixin to)
  ["Reckon a minute's about right. Best parts.", best(60)],
  ["Speed the whole thing up some. 1.25x.", speed(1.25)],
  ["Add a title at the start: 'Hand-Tooled in Cody'", text('Hand-Tooled in Cody', { anchor: 'start' })],
  ["Take the first clip out. Just me sweepin.", removeMoment(1)],
  ["Can it tell what leather that is?", nothing],
  ["Fixin to send this to the feed store. Make it 4:5 with the blurred sides.", aspect('4:5', 'blur')],
  ["Knock the crossfades down to a quarter second.", crossfade(250)],
  ["Let the picture fade in over a second and out over two.", fade('clip', 1000, 2000)],
  ["Export it. MP4. 720p.", exportAs('mp4', '720p')],

  // a beer-hall waiter in Prague (Czech non-native: ahoj, tak, no, jo, dobře)
  ["Ahoj, I want video of 45 seconds, only best moments", best(45)],
  ["jo, the first video only, not the others", only('first')],
  ["tak, the title move up, to the top", editText({ index: 1, position: 'top' })],
  ["add text 'Pivo, Prosím!' from 0:10 to 0:14", text('Pivo, Prosím!', { start_ms: 10000, end_ms: 14000 })],
  ["jo, and music lofi, and fade the music out 2 seconds at the end", then(music(), fade('music', undefined, 2000))],
  ["can you fill the glasses more full? haha", nothing],
  ["the pouring clip, number 2, make it 12 seconds long", trimTo(2, 12000)],
  ["dobře, make resolution 1080p", resolution('1080p')],

  // a chocolatier in Bruges (Flemish non-native: allez, amai, zeg, hé, decimal comma)
  ["Allez, a short one please, 25 seconds, only the nicest moments", best(25)],
  ["Amai, the tempering part is so slow, put clip 2 at 1.5x", speed(1.5, 2)],
  ["Put an intro card 'Chocolaterie Van Damme' for 2,5 seconds", card('intro', 'Chocolaterie Van Damme', 2.5)],
  ["Zeg, the camera zoom, a bit less please", zoom('less')],
  ["Use my upload bruges-canal.jpg as the background hé", background('bruges-canal.jpg')],
  ["Can you put the recipe in the description of the video?", nothing],
  ["Move the last clip to the start", moveMoment(3, 1)],
  ["And the title weg, remove it", removeText(1)],
  ["Export in 4K, mov", exportAs('mov', '4k')],

  // a fisherman in Marsaxlokk, Malta (Maltese English: mela, ejja, kollox sew)
  ["mela make the video one minute, the best of the luzzu", best(60)],
  ["ejja, put 9:16 for tiktok with blur", aspect('9:16', 'blur')],
  ["put a title 'Marsaxlokk Sunday Market' at the top for 6 seconds", text('Marsaxlokk Sunday Market', { position: 'top', duration_ms: 6000 })],
  ["the sea too loud, put the video sound 35%", sourceVolume(0.35)],
  ["kollox sew. now show me the tracks", tracks],
  ["the third piece, shorter by 2 seconds", trimBy(3, 2000)],
  ["the empty parts where nothing moves and nobody talks, take them out", deadAir],
  ["add music, the file festa-band.mp3, and a bit louder", then(music('festa-band.mp3'), louder)],
  ["export gif and also mp4 1080p", then(exportAs('gif'), exportAs('mp4', '1080p'))],

  // a census enumerator (formal, numbered, procedural)
  ["1) Compile the best moments to 1:10. 2) Set the aspect to 16:9.", then(best(70), aspect('16:9'))],
  ["Apply the default background, export an MP4, then remove the background and export an MP4 again.", then(background(), exportAs('mp4'), noBackground, exportAs('mp4'))],
  ["Item: add a lower third reading 'Household 14, Enumeration District 7'.", text('Household 14, Enumeration District 7', { style: 'lower-third' })],
  ["For the record, no changes to the speed are requested.", nothing],
  ["Set the crossfade duration to 0.8 seconds.", crossfade(800)],
  ["Remove all text from the video.", removeText()],
  ["Amend the title to read 'Census 2026: Field Record'.", editText({ index: 1, text: 'Census 2026: Field Record' })],
  ["Restore the previous state (undo), then display the track list.", then(undo, tracks)],
  ["Final step: export as MP4 at 720p and as WebM at 1080p.", then(exportAs('mp4', '720p'), exportAs('webm', '1080p'))],

  // a parent typing with a toddler on the lap (typos, one hand, interruptions)
  ["make it 30 secnds pls shes grabbing the mouse", best(30)],
  ["ad a titel 'Lily Turns One 🎂'", text('Lily Turns One 🎂')],
  ["fade in n out", fade('clip', 1000, 1000)],
  ["sorry shes banging on the keyboard again lol", nothing],
  ["add the lofi music but quietr pls", then(music(), quieter)],
  ["take out the 2nd clip its blurry", removeMoment(2)],
  ["wait undo that", undo],
  ["zom in at 0:09 when she blows the candle", zoomAt(9)],
  ["export mp4 1080 thx", exportAs('mp4', '1080p')],

  // a matkot (beach paddle) player in Tel Aviv (Israeli English: achi, sababa, tachles, yalla)
  ["achi make it 20 seconds, tachles, only the good stuff", best(20)],
  ["sababa. the sides, crop them instead of blur", fill('crop')],
  ["the tok tok sound of the ball is the best, make the video sound louder, 120%", sourceVolume(1.2)],
  ["add text 'Gordon Beach Matkot' on the bottom, sliding in", text('Gordon Beach Matkot', { position: 'bottom', motion: 'slide' })],
  ["yalla cut 0:20 to 0:25, I fell on my face there", cut(20, 25)],
  ["can you put subtitles in Hebrew automatic?", nothing],
  ["clip number 1, 3 seconds shorter", trimBy(1, 3000)],
  ["put the default background and after this show me the tracks", then(background(), tracks)],
  ["export, webm 4k", exportAs('webm', '4k')],

  // an amber polisher in Palanga (Lithuanian non-native: labas, gerai, nu, ačiū)
  ["labas, I need the video 1 minute 40 seconds, from best moments", best(100)],
  ["gerai. don't cut anything out, just make the quiet still parts go 5 times faster", idle(5)],
  ["use the last file I uploaded, only this one", only('last')],
  ["nu, the amber must shine more, can you?", nothing],
  ["add caption 'Baltic Gold' in the middle", text('Baltic Gold', { style: 'caption', position: 'center' })],
  ["the title, make it show from 0 to 4 seconds", editText({ index: 1, start_ms: 0, end_ms: 4000 })],
  ["add music lofi 45%, no ducking, and fade the music out 3 sec", then(music('lofi', 0.45), ducking(false), fade('music', undefined, 3000))],
  ["zoom more please", zoom('more')],
  ["ačiū! export mov 720p", exportAs('mov', '720p')],
];
