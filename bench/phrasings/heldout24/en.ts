/**
 * Held-out 24 (written as fresh 23; measured blind in sessions 21 and 22, opened in session 23), English: a blind phrasing set written by a helper on 2026-12-02, to measure the parser on words it was
 * never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13 (/work/briefs/issue13.md), /work/briefs/writer23-en.md (the brief) and /work/briefs/headers24.txt (the header
 * comments of the earlier sets, for their form, their decided readings and the voices already used; no phrasing of
 * them; grep over it to check each voice's trade and place, which turned away a Brummie chip-shop owner, a Cumbrian
 * fell runner, a Detroit night guard, a Kashmir saffron picker, a Tunisian jasmine seller, a lollipop lady, a Luang
 * Prabang boatman, a Penang, Yangon, Nassau, Dakar, Zanzibar, Yerevan, Tashkent and Naples voice, a Finnish sauna
 * builder and a Glasgow, Geordie, Scouse, Welsh, Newfoundland and Trinidad voice already used).
 * Not read: any other phrasing set or other file under bench/phrasings/ (an `ls` found no fresh23/ at the start; this
 * writer ran `mkdir -p` on it and an `ls` showed it empty; an `ls` before writing this file showed the name zh.ts,
 * written meanwhile by the Chinese writer, which was not opened), the parser (src/engine), src/protocol/vocabulary.ts or any other src file, test/, scripts/,
 * bench/*.ts, out/, /work/*.txt, /work/main, any other worktree; no git log / diff / show / grep over the repository
 * was run; no sentence was run through the parser, the CLI, the engine or the bench. No slip. Run on this file only:
 * the brief's type-check (it also checks the text styles, positions and motion against the schema without showing
 * them), and python over its own text (drafted in a private mktemp folder) to count its lines, voices, multi-request
 * lines and repeats.
 *
 * Voices (30, none of them in an earlier set: each trade and place grepped in headers24.txt first): a cockle picker on
 * Morecambe Bay (Lancashire: eh up, tha, nowt, summat, champion), a seaweed harvester in Connemara (Hiberno-English:
 * sure look, 'tis, grand, yer man, go raibh maith agat), a milkman in Belfast (Ulster: bout ye, wee, so it is, dead
 * on, yous, catch yourself on), a Morris dancer in Oxfordshire (hearty, old-fashioned: what ho, rather, jolly, do add),
 * a punt chauffeur in Cambridge (posh: yah, frightfully, darling), a line judge at Wimbledon (calls: OUT, FAULT, Let,
 * Challenge; clipped), an avalanche forecaster in Colorado (technical, terse: hazard, pit wall, layers), a mokoro
 * poler in the Okavango Delta (Setswana: dumela rra, ee, go siame, ke a leboga), a tannery worker in Fez (Darija:
 * salam, khoya, wakha, bzaf, safi, mzyan), a Bedouin camp host in Wadi Rum (ahlan, habibi, tamam, wallah, yalla), a
 * coppersmith in Sarajevo (Bosnian: jarane, bolan, ma daj, hvala, haman), a castell builder in Tarragona (Catalan:
 * vinga, apa, home, força, mare meva), a goose-barnacle (percebe) diver in Galicia (boh, carallo, home, meu, ben), a
 * pecorino maker in Sardinia (Italian non-native: ajò, eja, mih, dai, "is ok"), a pétanque player in Marseille
 * (peuchère, fada, té, oh con, en fait), a ranger for Gibraltar's macaques (Llanito: bueno, es que, vale, mira, y ya),
 * a pepper farmer in Kampot, Cambodia (Khmer non-native: sousdey, baat, ot panyaha, aw kun), a prayer-flag printer in
 * Thimphu, Bhutan (polite: la, kuzuzangpo la, kadrinchey la, kindly), a cane cutter in Queensland (g'day, arvo,
 * reckon, heaps, strewth, smoko, bloody oath), a kapa haka tutor in Rotorua (kia ora, ka pai, chur, sweet as, whānau,
 * eh), a Banarasi sari weaver in Varanasi (Indian English: bhaiya, arre, haan ji, ji), a cable-car operator in the
 * High Tatras (Slovak non-native: dobre, jaj, fakt, "no" for well, ďakujem), a dog-sled driver in Ilulissat,
 * Greenland (Greenlandic non-native, short: aap, qujanaq), a 14-year-old Roblox builder (fr, no cap, bruh, mid, ngl,
 * 💀, caps), a ceramicist in Samarkand (Uzbek non-native: assalomu alaykum, aka, xo'p, yaxshi, rahmat), a water-taxi
 * boatman in Kampong Ayer, Brunei (Malay: bah, kan, ani, boleh, sikit, ah), a groom of the Lipizzaners at Lipica,
 * Slovenia (Slovene non-native, formal: ja, hvala, ej), a mugham singer in Baku (Azerbaijani non-native: salam, qağa,
 * sağ ol, ay can), a camel-milk seller in Hargeisa (Somali: waryaa, haye, wallahi, mahadsanid), a pistachio seller in
 * Erbil's citadel bazaar (Kurdish: bashe, kaka, zor spas).
 *
 * Counts: 270 written in one pass (30 voices, 9 lines each, shaped while drafting to cover every operation of ops.ts:
 * lengths in "a 45 second un" / "a minute and a half" / "a wee 30 second one" / "the best 20 seconds" / "40 seconds"
 * / "1 minute" / "25 seconds" / "50 seconds" / "1 minute 20 seconds" / "15 seconds" / "55 second" / "30 secondes max"
 * / "45 secs" / "1 minute 10 second" / "20 sec" / "a minute" / "90 second" / "one minute and five seconds" / "15 sec"
 * with YouTube Shorts / "a minute and a quarter" / "a 2 minute video" / "start over and make 20 seconds"; dead air;
 * idle with a factor (3, 4, 6) and without one; keep everything (once followed by a track listing); the first /
 * second / last upload, one and two named files; shapes and platforms with and without a fill (blur, black bars,
 * crop), a fill alone (blur); resolution set without export (4K, 720p); exports in mp4 / mov / webm / gif with and
 * without a resolution (720 / 720p / 1080 / 1080p / full HD / 4k), two exports in one message; titles, captions,
 * lower thirds, slide-in, start- and end-anchored and timed texts; text 1's words, place, words and place together,
 * and timing edited, text 1 removed, every text removed; intro and outro cards (2, 3 s), an outro card removed between
 * two exports; music (default, a level, six uploaded files, ducking off, faded in / out / both, quieter, louder, set
 * to a level between two exports, removed); source volume 0 to 1.5; clip fades in, out and both; crossfades 0 /
 * default / 0.3 / 0.8 / 1 s; zoom auto / less / more / off / at a time with and without a hold; a default, a named
 * (aurora), a just-uploaded and an uploaded-file background, the default one removed in the line that adds it;
 * moments removed, moved, trimmed by and to, sped up and slowed; cuts of a range; whole-clip speeds 0.8 / 0.9 / 1.1 /
 * 1.25 / 1.5 / 2; undo, two and three undos, undo then redo, redo, start over alone and then a length, track
 * listings). In review 11 lines were reworded where a second reading was possible: "a lower third ... under him"
 * (could place it at the bottom) now "a lower third for yer man"; "have it fade out" after music now "have the music
 * fade out"; "export as a webm, 1080p, and a gif as well" and "export, mp4, 720p, and also one gif" (the gif could
 * take the resolution) now name the gif first; "put 'X' as a title" and a bare "title 'X' ..." (could set text 1's
 * words) now "add a new title" / "new title"; "thoda crossfade" (a little: could shorten it) now "haan, crossfade";
 * "the bells want to be louder" beside a source level (could add a music step) now "we can't hear the bells"; "remove
 * the rain" (the picture or its sound) now "the raindrops from the lens"; "make my voice higher" (pitch or level) now
 * "sound younger"; "No cuts, normal speed" beside keep everything (could add a speed of 1) now "No cuts". None
 * dropped.
 * 270 final (none repeated within this file, compared trimmed and lower-cased), of which 31 (11.5 %) must change
 * nothing (questions: the weather tomorrow, whether it knows King's College Chapel, a slope angle, the wind speed,
 * whether flags in the wind are okay, the price of milk, a smell; negated requests: "do not export now habibi",
 * "don't make it vertical", "nah leave the music out, don't add any", "do not put music"; things the product cannot
 * do: delivering to a house, whiter stockings, Hawk-Eye, less brown water, shinier copper, selling percebes, whiter
 * cheese, measuring boules, stopping monkeys biting, redder pepper, translating a waiata into subtitles, a redder
 * sari, bluer ice, robux, bluer tiles, raindrops off the lens, a whiter horse, a younger voice, greener pistachios).
 * 33 lines carry 2-4 requests (11 of them music with a detail of it: ducking off, a fade, quieter, louder, a level
 * between exports, removed; 2 with an export between edits; 6 with two exports; one with three undos).
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: every length-only line names a length ("a minute" / "1 minute" 60 s,
 * "a minute and a quarter" 75 s, "30 secondes max" 30 s); music with no track named ("the default", "the usual one",
 * "lofi", "lo-fi", "the default music") is lo-fi at 35 % ducked (a level said with it replaces the 35 %: "30 per cent",
 * "40%", "50 percent", "25%", "20 percent", "60%", "45 percent"; "no ducking" turns it off; squire-jig.mp3,
 * setswana-choir.mp3, sevdah.mp3, rock-breeze.mp3, haka-practice.m4a, drum-dance.mp3 are the track); a fade with no
 * length ("fade out at the end", "fade it in at the start", "fade in and out") is 1 s; a crossfade with no length ("the
 * default one") is 0.5 s, "hard cuts" / "straight cuts" / "no crossfade(s)" 0, "half a second" / "0.3" / "0.8" / "1
 * second" as said; idle stretches sped up with no factor ("speed up the waiting parts ... don't cut them") go 4x; every
 * card says its length ("a card at the end" is an outro); a zoom at a time with no hold ("zoom on the hammer at 0:08",
 * "zoom there" at 0:26, "at 0:03 do a zoom") holds 3 s; a background with no name ("the default one", "the default
 * gradient") is aurora, "the picture i uploaded now" / "the picture I just uploaded" is 'image', obby-map.png its name;
 * an export with no format ("export 1080p", "export in 4k", "then export") is mp4.
 * Other readings: TikTok, Reels, YouTube Shorts ("my yt shorts") and "vertical" are 9:16; YouTube with 16:9 said; the
 * Instagram feed with 4:5 said; "square" 1:1 (Facebook or Instagram only beside a shape said); WhatsApp and Discord
 * named as where it goes change no shape. "blur the edges" / "with blur" is blur, "black bars" letterbox, "crop rather
 * than blur" / "crop" crop; "the sides, blur them" is a fill alone. "Set the resolution to 4K. Do not export yet." and
 * "set resolution 720p" set it; "1080" without the p is 1080p, "full HD" 1080p. "The title" / "title 1" / "title number
 * 1" is the draft's text 1 ("make it say" / "change title to" / "edit ... to read" edit its words, "to the centre" /
 * "at the bottom" / "in the middle instead" / "to the bottom" / "at the top" its place, "only from 2 to 9 seconds" its
 * timing, "delete the title, all of it" / "delete title number 1" remove it); "remove all the texts" removes every
 * text; "add (a / a new) title / caption / lower third / text", "new title", "put a title / text / the words", "slap a
 * title on" add a new one (a title unless a caption or a lower third is named), the words inside the quotes exactly as
 * typed; "for the first N seconds" / "for N seconds at the start" / "on top for 6 seconds" / "in the middle for 5
 * seconds" run 0 to N s, "from 0:10 to 0:15" / "from second 3 to second 8" / "0 to 4 second" as said, "at the start"
 * / "at the beginning" anchors at the start, "at the end" at the end, "for the last N seconds" / "at the end, 3
 * seconds" at the end for that long; "sliding in" / "slide it in" / "with slide" is the slide motion; top / at top /
 * on top, centre / in the middle, bottom / on bottom. Clip 2 / moment 2 / "the second bit" / "the second piece" is
 * moment 2, "the third clip" / "the last clip" / "clip 3" / "moment 3" moment 3, "the first clip" / "clip 1" / "number
 * 1" / "the first" moment 1; "make it N seconds" / "make that N seconds long" / "make 5 second only" set a moment's
 * length, "take N seconds off" / "shorten it by" / "cut N seconds from" / "cut it shorter by" trim by that; "to the
 * end" / "put it last" / "on the third place" is place 3, "first" / "to first position" place 1, "to the middle" place
 * 2. "take out 0:20 to 0:24" / "Cut 0:07 to 0:09" / "cut from 0:33 to 0:38" / "cut away 0:40 until 0:45" are cuts of
 * that range; "the whole thing / video", "all", "everything" with a factor is a whole-clip speed. The recording's own
 * sound / audio, "the video sound / audio / volume", "the vid's own sound", "the sheep noise, the video sound", "the
 * engine noise" named with the video sound, "the market noise ... the video sound" are the source volume (mute / off /
 * zero 0, "20 %" 0.2, "25 percent", "30 per cent", "40%", "half" / "50%" 0.5, "100%" 1, "120%" 1.2, "130%" 1.3,
 * "150%" 1.5). Music, cards and backgrounds are only changed, faded or removed in a message that adds them (the draft
 * has none); no moment is named after a request that rebuilds the timeline or after a removal or move in the same
 * message. A history step, a track listing or an export said between edits stands where it is said; "undo that, then
 * undo again" is two undos, "undo undo undo" three, "undo that, then redo it" an undo then a redo, "redo the thing I
 * just undid" a redo, "start over and make 20 seconds" start over then best moments.
 *
 * Read against a draft of 3 moments and 1 text (no music, no card, no background).
 * The lead dropped 1 line ('export in 4k', shared with held-out 5), 269 left. Measured blind on 8676001 (session 20's grammar, before session
 * 21's round): 248/269 = 92.2 % (3 wrong edits, 4 asked first). On 7723562 (session 22, before its round): 249/269 (3 wrong edits, 3 asked first); on 13e867b (after
 * session 22's round): 254/269 = 94.4 % (3 wrong edits, 2 asked first).
 */
import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll,
  louder, moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard,
  removeMoment, removeText, resolution, sourceVolume, speed, startOver, text, then, trimBy, trimTo, tracks, undo,
  zoom, zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

export const heldout24En: [string, Phrasing['want']][] = [
  // a cockle picker on Morecambe Bay (Lancashire: nowt, summat, owt, champion, eh up, reet)
  ['eh up, can tha make us a 45 second un out of all that', best(45)],
  ["theres nowt happenin for ages in places, just cut them still bits where nobody's talkin", deadAir],
  ["tide's comin in, make it 9:16 an export it mp4 sharpish", then(aspect('9:16'), exportAs('mp4'))],
  ["put a title 'Morecambe Bay Cockles' at the top", text('Morecambe Bay Cockles', { position: 'top' })],
  ['the second bit drags on, make it 6 seconds, nowt more', trimTo(2, 6000)],
  ["can it smell o' the sea?", nothing],
  ["mute the recording's own sound, it's all gale", sourceVolume(0)],
  ["champion. now make it square an' blur the edges", aspect('1:1', 'blur')],
  ['summat wrong there, undo that last one', undo],

  // a seaweed harvester in Connemara (Hiberno-English: sure look, grand, 'tis, yer man, go raibh maith agat)
  ['sure look, could ye make it a minute and a half, the best of it', best(90)],
  ["'tis grand but the whole thing's too slow, play it at 1.5x", speed(1.5)],
  ["a lower third for yer man: 'Pádraig Ó Conghaile, seaweed harvester'", text('Pádraig Ó Conghaile, seaweed harvester', { style: 'lower-third' })],
  ['add a bit of music, the default, at 30 per cent', music('lofi', 0.3)],
  ['the third clip, take 3 seconds off it', trimBy(3, 3000)],
  ['would it be able to tell the weather tomorrow', nothing],
  ["fade it in and out at the ends, a second each", fade('clip', 1000, 1000)],
  ["show me the tracks there so I can see what's what", tracks],
  ['go raibh maith agat. now export it as a webm for the website', exportAs('webm')],

  // a milkman in Belfast (Ulster: bout ye, wee, so it is, dead on, yous, catch yourself on)
  ['bout ye. cut it down to a wee 30 second one there', best(30)],
  ['stick it on a background, the default one, so it is', background()],
  ["dead on. now put text 'Fresh Milk Daily' for the first 5 seconds", text('Fresh Milk Daily', { start_ms: 0, end_ms: 5000 })],
  ["yous can take out 0:20 to 0:24, that's me droppin the crate", cut(20, 24)],
  ['move the first clip to the end so it is', moveMoment(1, 3)],
  ['crossfade them clips, half a second', crossfade(500)],
  ['export it 720p for the wee phone', exportAs('mp4', '720p')],
  ["catch yourself on, can ye deliver it to me ma's house?", nothing],
  ['put the music in, the usual one, and have the music fade out at the end', then(music(), fade('music', undefined, 1000))],

  // a Morris dancer in Oxfordshire (hearty, old-fashioned: what ho, rather, jolly, do)
  ['What ho! Could you speed up the idle stretches, say 3 times, rather than cutting them?', idle(3)],
  ["Do add a caption 'Bampton Traditional Morris' at the bottom, sliding in", text('Bampton Traditional Morris', { style: 'caption', position: 'bottom', motion: 'slide' })],
  ['the hanky dance (moment 2) ought to go first, I think', moveMoment(2, 1)],
  ["Rather jolly, but we can't hear the bells. The recording's own sound at 130%, please.", sourceVolume(1.3)],
  ['Zoom in a little less, we lose the feet', zoom('less')],
  ['Add my uploaded tune, squire-jig.mp3, with no ducking please — the bells must ring out', then(music('squire-jig.mp3'), ducking(false))],
  ["Could you make the dancers' stockings whiter?", nothing],
  ['Make it 16:9 for YouTube and export it as a mov', then(aspect('16:9'), exportAs('mov'))],
  ['Jolly good, redo the thing I just undid, would you', redo],

  // a punt chauffeur in Cambridge (posh: yah, frightfully, ghastly, darling)
  ['yah so, just the best 20 seconds, the rest is frightfully dull', best(20)],
  ['absolutely no crossfades, darling, hard cuts between the shots', crossfade(0)],
  ["Put a title 'Punting on the Cam' for the last 4 seconds", text('Punting on the Cam', { anchor: 'end', duration_ms: 4000 })],
  ['could we have it vertical for Reels? crop rather than blur, darling', aspect('9:16', 'crop')],
  ['the third shot, slow it down to half speed, the bridge looks divine', speed(0.5, 3)],
  ["does it know that's King's College Chapel?", nothing],
  ["add a card at the end saying 'Book at the Quay' for 3 seconds", card('outro', 'Book at the Quay', 3)],
  ['zoom in at 0:14 for 2 seconds on the chapel', zoomAt(14, 2)],
  ['export a gif, and a webm in 1080p as well', then(exportAs('gif'), exportAs('webm', '1080p'))],

  // a line judge at Wimbledon (calls: OUT, FAULT, let; clipped, caps)
  ['OUT. Remove moment 3.', removeMoment(3)],
  ['Call: export, GIF, 720p.', exportAs('gif', '720p')],
  ["FAULT — the title's in the wrong place. Move it to the centre.", editText({ index: 1, position: 'center' })],
  ['Let. Undo that, then undo again.', then(undo, undo)],
  ['Cut 0:07 to 0:09. Ball boy in shot, not needed.', cut(7, 9)],
  ['Challenge: can you show Hawk-Eye on it?', nothing],
  ['Set the resolution to 4K. Do not export yet.', resolution('4k')],
  ['Zoom: on. Automatic, follow the ball.', zoom('auto')],
  ['Game, set. 40 seconds, best points only.', best(40)],

  // an avalanche forecaster in Colorado (technical, terse: hazard, pit, layers)
  ['Keep everything. No cuts, full record. Then show me the tracks.', then(keepAll, tracks)],
  ['hazard is considerable on the third clip: shorten it by 2.5 seconds', trimBy(3, 2500)],
  ["add title 'Berthoud Pass Snowpack, 12 Feb' at the start", text('Berthoud Pass Snowpack, 12 Feb', { anchor: 'start' })],
  ['zoom in more on the pit wall, we need the layers', zoom('more')],
  ["wind's loud. drop the recording's own audio to 20 %", sourceVolume(0.2)],
  ["what's the slope angle at 0:30?", nothing],
  ['use only the second file, the pit profile', only('second')],
  ['fade out the last 2 seconds to black', fade('clip', undefined, 2000)],
  ["edit title 1 to read 'Berthoud Pass, Feb 12' and put it at the top", editText({ index: 1, text: 'Berthoud Pass, Feb 12', position: 'top' })],

  // a mokoro poler in the Okavango Delta (Setswana: dumela rra, ee, go siame, ke a leboga)
  ['dumela rra. i want a short video of 1 minute from my trip', best(60)],
  ['ee, the places where nothing moves and no one speaks, make them go faster, 4 times', idle(4)],
  ["put the words 'Okavango by Mokoro' in the middle", text('Okavango by Mokoro', { position: 'center' })],
  ['the hippo clip is number 2, please put it last', moveMoment(2, 3)],
  ["add music from my file 'setswana-choir.mp3' at 40%", music('setswana-choir.mp3', 0.4)],
  ['can you make the water less brown', nothing],
  ['go siame. make it for tiktok and put the title at the bottom', then(aspect('9:16'), editText({ index: 1, position: 'bottom' }))],
  ['please export in mp4 1080p, ke a leboga', exportAs('mp4', '1080p')],
  ['the second clip, make it faster 2x', speed(2, 2)],

  // a tannery worker in Fez (Darija and French: salam, khoya, wakha, bzaf, safi, mzyan)
  ['salam khoya, make me 25 seconds from the video, the best part', best(25)],
  ['wakha, but remove the parts with no sound and no movement, there is bzaf of them', deadAir],
  ["safi, add a new title 'Chouara Tannery, Fès' at the beginning", text('Chouara Tannery, Fès', { anchor: 'start' })],
  ['the smell is strong in the video? haha', nothing],
  ['mzyan. add music lofi, and make it quieter after', then(music(), quieter)],
  ['the first clip is long bzaf, make it 5 seconds', trimTo(1, 5000)],
  ['make the video square, 1:1, with black bars', aspect('1:1', 'letterbox')],
  ['khoya delete the title, all of it', removeText(1)],
  ['export gif please, for whatsapp', exportAs('gif')],

  // a Bedouin camp host in Wadi Rum (ahlan, habibi, tamam, wallah, yalla)
  ['ahlan habibi, i need a video 50 seconds for the guests', best(50)],
  ['tamam. put behind it the picture i uploaded now, as background', background('image')],
  ['wallah the music is nice! add it, the default one, 50 percent', music('lofi', 0.5)],
  ['the camel moment, number 3, cut 2 seconds from him', trimBy(3, 2000)],
  ["yalla add a caption 'Sunset in Wadi Rum' from 0:10 to 0:15", text('Sunset in Wadi Rum', { style: 'caption', start_ms: 10000, end_ms: 15000 })],
  ['put the title at the bottom, habibi', editText({ index: 1, position: 'bottom' })],
  ['make the whole video slower, 0.8', speed(0.8)],
  ['tamam, export mov 4k', exportAs('mov', '4k')],
  ['do not export now habibi, only tomorrow', nothing],

  // a coppersmith in Sarajevo's Baščaršija (Bosnian: jarane, bolan, ma daj, hvala, haman)
  ['jarane, make it 35 seconds, only best parts', best(35)],
  ['the hammering is too loud, put the video sound on half', sourceVolume(0.5)],
  ['ma daj, the first clip is boring, remove it', removeMoment(1)],
  ["put text 'Baščaršija Copper' on top for 6 seconds", text('Baščaršija Copper', { position: 'top', start_ms: 0, end_ms: 6000 })],
  ['zoom on the hammer at 0:08', zoomAt(8)],
  ['hvala bolan. also make it 4:5 for instagram feed', aspect('4:5')],
  ['can it make the copper more shiny', nothing],
  ['add music, my file sevdah.mp3, but fade it in at the start', then(music('sevdah.mp3'), fade('music', 1000))],
  ['haman finished. export webm', exportAs('webm')],

  // a castell (human tower) builder in Tarragona (Catalan: vinga, apa, home, força, mare meva)
  ['vinga! make a clip of 1 minute 20 seconds of the castell', best(80)],
  ['apa, moment 2 is when the enxaneta climbs, play it at half speed', speed(0.5, 2)],
  ["add a title 'Castell de 9, Tarragona' at the end", text('Castell de 9, Tarragona', { anchor: 'end' })],
  ['mare meva, add the lo-fi music and then make it louder, the gralla covers it', then(music(), louder)],
  ['força! crossfade 1 second between clips', crossfade(1000)],
  ['cut from 0:33 to 0:38, a guy falls, not nice', cut(33, 38)],
  ["don't make it vertical, home", nothing],
  ['show me the timeline tracks please', tracks],
  ['vinga, export 1080p', exportAs('mp4', '1080p')],

  // a percebe (goose-barnacle) diver in Galicia (Galician: boh, carallo, home, meu, ben)
  ['boh, make it short, 15 seconds, only the best', best(15)],
  ['carallo, add the default music and export, then set the music at 20% and export again', then(music(), exportAs(), musicVolume(0.2), exportAs())],
  ["put a lower third 'Xosé Manuel, percebeiro'", text('Xosé Manuel, percebeiro', { style: 'lower-third' })],
  ['the last clip to first position, home', moveMoment(3, 1)],
  ['fade in 2 seconds at start', fade('clip', 2000)],
  ['can you sell the percebes from the video', nothing],
  ['ben, zoom off, show the whole rock', zoom('off')],
  ['export for instagram reels, mp4', then(aspect('9:16'), exportAs('mp4'))],
  ["undo meu, i don't like", undo],

  // a pecorino maker in Sardinia (Italian and Sardinian non-native: ajò, eja, mih, dai, is ok)
  ['ajò, compile me the best moments, 55 second', best(55)],
  ["eja, use only the file 'caseificio.mp4'", only('caseificio.mp4')],
  ["new title 'Pecorino Sardo DOP' from second 3 to second 8", text('Pecorino Sardo DOP', { start_ms: 3000, end_ms: 8000 })],
  ["the title, make it say 'Pecorino Sardo, Fonni'", editText({ index: 1, text: 'Pecorino Sardo, Fonni' })],
  ['mih, put the sheep noise, the video sound, back to 100%', sourceVolume(1)],
  ['is ok but the cheese look yellow, can make white?', nothing],
  ['dai, remove the second clip and speed all to 1.25', then(removeMoment(2), speed(1.25))],
  ['crossfade 0.3 seconds', crossfade(300)],
  ['export in mov, 720p', exportAs('mov', '720p')],

  // a pétanque player in Marseille (peuchère, fada, té, oh con, en fait)
  ['oh peuchère, 30 secondes max, the best shots only', best(30)],
  ["té, the carreau is moment 3, put it first, it's the best", moveMoment(3, 1)],
  ["add a caption 'Le carreau!' at the end, 3 seconds", text('Le carreau!', { style: 'caption', anchor: 'end', duration_ms: 3000 })],
  ['fada, zoom in at 0:21 on the boule for 4 seconds', zoomAt(21, 4)],
  ["en fait, speed up the dead moments 6x, don't cut them, we wait a lot between throws", idle(6)],
  ['the cigales are too loud, lower the video sound to 40%', sourceVolume(0.4)],
  ['can you measure which boule is closer', nothing],
  ["add an intro card 'Tournoi du Vieux-Port' 2 seconds then export", then(card('intro', 'Tournoi du Vieux-Port', 2), exportAs())],
  ['oh con, start over', startOver],

  // a ranger for the macaques of Gibraltar (Llanito: bueno, es que, vale, mira, ay, y ya)
  ['bueno, I need like 45 secs of the monkeys, best bits', best(45)],
  ['es que the monkey steals the sandwich in clip 2, make that 8 seconds long', trimTo(2, 8000)],
  ["vale, add text 'Barbary Macaques of the Rock' at the top, slide it in", text('Barbary Macaques of the Rock', { position: 'top', motion: 'slide' })],
  ["mira, put the music, my file 'rock-breeze.mp3', at 25% and no ducking", then(music('rock-breeze.mp3', 0.25), ducking(false))],
  ['ay no, can you stop the monkeys biting the tourists', nothing],
  ['the sides, blur them', fill('blur')],
  ['remove moment 1 y ya', removeMoment(1)],
  ['export it like webm 720p', exportAs('webm', '720p')],
  ['bueno, and at 0:03 do a zoom', zoomAt(3)],

  // a pepper farmer in Kampot, Cambodia (Khmer non-native: sousdey, baat, ot panyaha, aw kun)
  ['sousdey. please make video 1 minute 10 second', best(70)],
  ['baat, cut all part where no one talk and nothing move', deadAir],
  ["add title 'Kampot Pepper Farm' 0 to 4 second", text('Kampot Pepper Farm', { start_ms: 0, end_ms: 4000 })],
  ['put music lofi 20 percent please', music('lofi', 0.2)],
  ['ot panyaha. clip number 3 make faster 1.5', speed(1.5, 3)],
  ['can the pepper be more red color', nothing],
  ['please use the first video only', only('first')],
  ['aw kun. export mp4 4k', exportAs('mp4', '4k')],
  ['make square, crop, and set resolution 720p', then(aspect('1:1', 'crop'), resolution('720p'))],

  // a prayer-flag printer in Thimphu, Bhutan (polite: la, kuzuzangpo la, kadrinchey la)
  ['kuzuzangpo la. please make 40 second video la', best(40)],
  ["please add text 'Wind Horse Prayer Flags' in the middle for 5 seconds la", text('Wind Horse Prayer Flags', { position: 'center', start_ms: 0, end_ms: 5000 })],
  ['the second piece, please cut it shorter by 1 second', trimBy(2, 1000)],
  ['kindly put the default background la', background()],
  ['add the default music and fade it out slowly, 3 seconds', then(music(), fade('music', undefined, 3000))],
  ['the flags are moving in the wind, is that okay for the video?', nothing],
  ["please change title to 'Lungta, Thimphu' la", editText({ index: 1, text: 'Lungta, Thimphu' })],
  ['please show all the tracks la', tracks],
  ['kadrinchey la, please export 1080p mov', exportAs('mov', '1080p')],

  // a cane cutter in Queensland (Aussie: g'day, arvo, reckon, heaps, strewth, smoko, bloody oath)
  ["g'day mate, chuck together a 20 sec one this arvo", best(20)],
  ["strewth that burn's loud, turn the vid's own sound down to 30 per cent", sourceVolume(0.3)],
  ["reckon the harvester bit's clip 2, speed it up heaps, 3x", speed(3, 2)],
  ["slap a title on 'Cane Season, Mackay' for 3 seconds at the start", text('Cane Season, Mackay', { start_ms: 0, end_ms: 3000 })],
  ["nah leave the music out, don't add any", nothing],
  ["cut 0:12 to 0:18 mate, that's me smoko", cut(12, 18)],
  ['make it 9:16 for TikTok with black bars', aspect('9:16', 'letterbox')],
  ["add an outro card 'Cheers from Mackay' for 2 seconds, export it, then take the outro card off and export again", then(card('outro', 'Cheers from Mackay', 2), exportAs(), removeCard('outro'), exportAs())],
  ['bloody oath, export it. 1080 thanks', exportAs('mp4', '1080p')],

  // a kapa haka tutor in Rotorua (NZ English and te reo: kia ora, ka pai, chur, sweet as, whānau, eh)
  ['kia ora! cut it to a minute for the whānau', best(60)],
  ['ka pai. fade in 1 second and fade out 3 seconds', fade('clip', 1000, 3000)],
  ["add lower third 'Whaea Mere, kapa haka tutor'", text('Whaea Mere, kapa haka tutor', { style: 'lower-third' })],
  ["chur, put our own recording 'haka-practice.m4a' as the music at 60%", music('haka-practice.m4a', 0.6)],
  ['the haka is the last clip, put it first eh', moveMoment(3, 1)],
  ['sweet as, make the whole thing 1.1x', speed(1.1)],
  ['can you translate the waiata into English subtitles automatically', nothing],
  ['zoom in at 0:05 for 5 secs on the pūkana', zoomAt(5, 5)],
  ['undo that, then redo it, sorry my bad', then(undo, redo)],

  // a Banarasi silk-sari weaver in Varanasi (Indian English: bhaiya, arre, haan ji, thoda, ji)
  ['bhaiya please make 90 second video of best parts', best(90)],
  ['arre, the loom sound is too much, make video sound 50%', sourceVolume(0.5)],
  ["haan ji, add title 'Banarasi Silk by Hand' on bottom", text('Banarasi Silk by Hand', { position: 'bottom' })],
  ['haan, crossfade between the clips, the default one', crossfade(500)],
  ['the zari work is moment 2, make it slower, 0.75', speed(0.75, 2)],
  ['arre bhaiya, can you make the colour of sari more red', nothing],
  ['put the title in the middle instead', editText({ index: 1, position: 'center' })],
  ['make it for youtube shorts', aspect('9:16')],
  ['export one gif, and one mp4 in 720p ji', then(exportAs('gif'), exportAs('mp4', '720p'))],

  // a cable-car operator in the High Tatras (Slovak non-native: dobre, jaj, fakt, no, ďakujem)
  ['dobre, so make it one minute and five seconds, the best', best(65)],
  ['jaj, the cable noise, mute it, the video audio', sourceVolume(0)],
  ["add title 'Lomnický štít 2634 m' for the first 4 seconds", text('Lomnický štít 2634 m', { start_ms: 0, end_ms: 4000 })],
  ['no, that was bad, undo', undo],
  ['fakt, the view at 0:26, zoom there', zoomAt(26)],
  ['put the aurora background and then export it', then(background('aurora'), exportAs())],
  ['can you tell me the wind speed in the video', nothing],
  ['the cabin clip, number 1, make it 7 seconds', trimTo(1, 7000)],
  ['ďakujem. remove all the texts', removeText()],

  // a dog-sled driver in Ilulissat, Greenland (Greenlandic non-native: aap, qujanaq, short)
  ['aap. need clip 30 seconds from sled trip', best(30)],
  ["speed up the waiting parts, dogs resting long time, don't cut them", idle()],
  ["add caption 'Ilulissat to Oqaatsut' at the bottom", text('Ilulissat to Oqaatsut', { style: 'caption', position: 'bottom' })],
  ["music: my file 'drum-dance.mp3', make it fade in and out", then(music('drum-dance.mp3'), fade('music', 1000, 1000))],
  ['the dogs barking, the recording sound, make it 150%', sourceVolume(1.5)],
  ['can you make the ice more blue', nothing],
  ['qujanaq. slow all video to 0.9', speed(0.9)],
  ['cut away 0:40 until 0:45', cut(40, 45)],
  ['export webm 1080p and mp4 1080p', then(exportAs('webm', '1080p'), exportAs('mp4', '1080p'))],

  // a 14-year-old Roblox builder (Gen Z: fr, no cap, bruh, mid, ngl, 💀, caps)
  ['yo make it 15 sec fr i need it for my yt shorts', then(best(15), aspect('9:16'))],
  ['bruh the first clip is mid delete it 💀', removeMoment(1)],
  ["add text 'OBBY SPEEDRUN WR??' at the top no cap", text('OBBY SPEEDRUN WR??', { position: 'top' })],
  ['ZOOM IN MORE i cant see my avatar', zoom('more')],
  ['can u give me robux', nothing],
  ['use obby-map.png as the background behind it', background('obby-map.png')],
  ['undo undo undo', then(undo, undo, undo)],
  ['make everything 2x speed its too slow ngl', speed(2)],
  ['export as gif so i can send it on discord', exportAs('gif')],

  // a ceramicist in Samarkand (Uzbek non-native: assalomu alaykum, aka, xo'p, yaxshi, rahmat)
  ['assalomu alaykum aka, please make video a minute and a quarter', best(75)],
  ["xo'p, keep all the video, no cutting, everything full", keepAll],
  ["add title 'Samarkand Blue Tiles' with slide at the start", text('Samarkand Blue Tiles', { anchor: 'start', motion: 'slide' })],
  ['the wheel moment is number 2, cut 3 seconds from it', trimBy(2, 3000)],
  ['yaxshi. move title to the bottom', editText({ index: 1, position: 'bottom' })],
  ['can you paint the tiles more blue', nothing],
  ['put music lo-fi, 45 percent', music('lofi', 0.45)],
  ['rahmat. add the default background and export mov', then(background(), exportAs('mov'))],
  ['zoom auto, follow the hands please', zoom('auto')],

  // a water-taxi boatman in Kampong Ayer, Brunei (Malay: bah, kan, ani, boleh, sikit, ah)
  ['bah, make video 50 seconds from the Kampong Ayer trip ah', best(50)],
  ['boleh remove the parts where nothing happens and no sound kan', deadAir],
  ["add title 'Kampong Ayer Water Taxi' from 0:02 to 0:07", text('Kampong Ayer Water Taxi', { start_ms: 2000, end_ms: 7000 })],
  ['ani clip 3 too long, make 5 second only', trimTo(3, 5000)],
  ['the engine noise, reduce the video sound to 25 percent', sourceVolume(0.25)],
  ['can you remove the raindrops from the lens', nothing],
  ['use the files boat1.mp4 and boat2.mp4 only', only('boat1.mp4', 'boat2.mp4')],
  ['add the default music, then louder sikit', then(music(), louder)],

  // a groom of the Lipizzaners at Lipica, Slovenia (Slovene non-native: ja, hvala, ej, formal)
  ['hello, I would like the best moments, 1 minute', best(60)],
  ['ja, the white horse trot is moment 2, please put it on the third place', moveMoment(2, 3)],
  ["add lower third 'Maestoso Alea, Lipizzaner stallion' please", text('Maestoso Alea, Lipizzaner stallion', { style: 'lower-third' })],
  ['hvala. can you fade the video in, 1.5 second', fade('clip', 1500)],
  ['ej, the hooves sound is good, put the video volume to 120%', sourceVolume(1.2)],
  ['the horse is not so white in the stable, can you make it whiter', nothing],
  ["add an intro card 'Lipica Stud Farm' for 3 seconds and an outro card 'Since 1580' for 2 seconds", then(card('intro', 'Lipica Stud Farm', 3), card('outro', 'Since 1580', 2))],
  ['please no crossfade, straight cuts', crossfade(0)],
  ['export mp4, full HD', exportAs('mp4', '1080p')],

  // a mugham singer in Baku (Azerbaijani non-native: salam, qağa, sağ ol, ay can)
  ['salam qağa, make a 2 minute video of the best parts', best(120)],
  ['my voice must be clear, do not put music, please', nothing],
  ["add title 'Mugham Evening, Icherisheher' at top", text('Mugham Evening, Icherisheher', { position: 'top' })],
  ['the tar solo is clip 3, make it 10 seconds', trimTo(3, 10000)],
  ['crossfade 0.8 seconds, soft like mugham', crossfade(800)],
  ['sağ ol. the title only from 2 to 9 seconds', editText({ index: 1, start_ms: 2000, end_ms: 9000 })],
  ['can you make my voice sound younger', nothing],
  ['make it 4:5 with blur for instagram', aspect('4:5', 'blur')],
  ['ay can, export it as gif and as mp4', then(exportAs('gif'), exportAs('mp4'))],

  // a camel-milk seller in Hargeisa (Somali: waryaa, haye, wallahi, mahadsanid)
  ['waryaa, make it 30 second, the good parts', best(30)],
  ['haye, put the picture I just uploaded behind the video', background('image')],
  ['the camel milking clip is the first, make it go 1.5 times faster', speed(1.5, 1)],
  ["add title 'Fresh Camel Milk, Hargeisa' for the last 5 seconds", text('Fresh Camel Milk, Hargeisa', { anchor: 'end', duration_ms: 5000 })],
  ['wallahi the market noise is too much, turn the video sound off', sourceVolume(0)],
  ['can the video tell the price of milk', nothing],
  ['use only the last video i uploaded', only('last')],
  ['add music, default, then take the music away again, I changed my mind', then(music(), noMusic)],
  ['mahadsanid. export 720p mp4', exportAs('mp4', '720p')],

  // a pistachio seller in Erbil's citadel bazaar (Kurdish: bashe, kaka, zor spas)
  ['bashe kaka, make it 45 seconds of the best', best(45)],
  ['zor spas. the whole video speed 1.5x', speed(1.5)],
  ["add caption 'Erbil Citadel Bazaar' for 4 seconds at the start", text('Erbil Citadel Bazaar', { style: 'caption', start_ms: 0, end_ms: 4000 })],
  ['kaka delete title number 1', removeText(1)],
  ['move clip 1 to the middle', moveMoment(1, 2)],
  ['can you make the pistachios look more green', nothing],
  ['zoom in at 0:18 on the scale, hold 2 seconds', zoomAt(18, 2)],
  ['put the default gradient background then remove it, no good', then(background(), noBackground)],
  ['bashe, start over and make 20 seconds', then(startOver, best(20))],
];
