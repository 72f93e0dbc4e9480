import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder,
  moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText,
  resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

/**
 * Held-out 26 (written as fresh 25; measured blind in sessions 24 and 25, opened in session 25), English: a blind phrasing set written by a helper on 2026-12-03, to measure the parser on words it was
 * never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13 (/work/briefs/issue13.md), /work/briefs/writer25-en.md (the brief) and /work/briefs/headers26.txt (the header
 * comments of the earlier sets, for their form, their decided readings and the voices already used; no phrasing of
 * them; grepped for each voice's trade and place, which turned away a pearl farmer (Tahiti and 诸暨 used), a chai stall
 * at Howrah, Kolkata (a Kolkata confectioner used), a houseboat cook in Alleppey (a Kerala mahout used), an octopus
 * cook in Galicia (a Galician percebe diver used), a baker in Copenhagen and a dhaba owner in Punjab (used), a dhow
 * builder in Sur (an Omani frankincense trader used), an Oktoberfest waitress (a Bavarian tuba player used), a wine
 * maker in Kakheti (a Tbilisi wine-bar owner used) and a Mumbai dabbawala (a Mumbai voice used)).
 * Not read: any other phrasing set or other file under bench/phrasings/ (an `ls bench/phrasings/fresh25/` at the start
 * showed the name zh.ts there, the name only: the Chinese file of this set was never opened; bench/phrasings/ itself was
 * not listed), the parser (src/engine), src/protocol/vocabulary.ts or any other src file, test/, scripts/,
 * bench/*.ts, out/, /work/*.txt, /work/main, any other worktree; no git log / diff / show / grep over the repository
 * was run; no sentence was run through the parser, the CLI, the engine or the bench. No slip. Run on this file only:
 * the brief's type-check (it also checks the text styles, positions and motions against the schema without showing
 * them), and python over its own text (drafted in a private mktemp folder) to count its lines, voices,
 * must-change-nothing lines, multi-request lines and repeats.
 *
 * Voices (30, none of them in an earlier set: each trade and place grepped in headers26.txt first): a crocodile-cruise
 * skipper in Darwin (Australian: g'day, mate, reckon, heaps, crikey, arvo, no dramas, too easy, righto), a truck-art
 * painter in Karachi (Pakistani English: bhai, yaar, acha, bas, jani, karo, "do one thing"), a tatami maker in Kyoto
 * (Japanese non-native, very polite: sumimasen, ano, hai, yoroshiku onegaishimasu), a lavash baker in Gyumri, Armenia
 * (barev, jan, lav, shat merci aper, drops articles), a salteña baker in La Paz, Bolivia (oye, pucha, ya pues, nomás,
 * ¿ya?), a bog-walk guide in Soomaa, Estonia (terse, a full stop a request: tere, aitäh, head aega), a varenyky cook in
 * Lviv, Ukraine (dobryi den, nu, tak, dobre, diakuiu, "how you say"), a ghillie on the River Tay (Scots: aye, wee, ken,
 * dinnae, och, braw, hale, aff, tae, doon, ower), a hurley maker in County Kerry (Hiberno-English: so, grand, sure look,
 * feck, 'tis, d'ye, the lads), a rooibos farmer in Clanwilliam, South Africa (howzit, lekker, ag, boet, eish, baie
 * dankie), a tea-factory mechanic in Thyolo, Malawi (formal Malawian English: bwanji, I am requesting, kindly, eya,
 * iyayi, zikomo kwambiri), a shyrdak felt maker in Kochkor, Kyrgyzstan (salam, jakshy, ooba, rakhmat, drops articles), a
 * nutmeg-station worker in Gouyave, Grenada (Grenadian Creole: wha happenin, dis, de, doh, allyuh, eh-eh, ah, den), a
 * Sherpa lodge owner in Namche Bazaar (namaste la, ok ok, tashi delek, very good la), a suya grill man in Abuja
 * (Nigerian Pidgin: abeg, oga, sharp sharp, wey, dey, comot, wetin, oya, make am), a date-palm farmer in Al-Ahsa, Saudi
 * Arabia (salam alaikum, ya akhi, wallah, tamam, yalla, habibi, insha'Allah), a cheese carrier at the Alkmaar cheese
 * market (Dutch non-native, direct: nou, hè, toch, doei), a tortellini maker in Bologna (allora, dai, ecco, mamma mia,
 * boh, perfetto), a chestnut farmer in Corsica (French non-native: bon, allez, voilà, ajò, merci), a charter-fishing
 * captain on the Outer Banks (Hoi Toider: buddy, dingbatters, mommucked, plumb), a salmon-cannery line lead in Kodiak
 * (on break, all caps, terse), a green-chile roaster in Hatch, New Mexico (órale, ahorita, hijo, bien, lol), a
 * hot-chicken cook in Nashville (y'all, fixin to, sugar, bless it, hon), a port-wine cellar guide in Porto (Portuguese
 * non-native: olá, então, pronto, pois, tá bem, obrigada), a coco-de-mer guide on Praslin, Seychelles (Seychellois
 * Creole speaker: bonzour, ki mannyer, mersi bokou, short), a balut vendor in Pateros, Philippines (Taglish: kuya, po,
 * naman, grabe, sige, lang, charot, ay mali), a banana packer on La Palma, Canary Islands (chacho, mi niño, fuerte,
 * ¿sabes?, guagua), a sheep-station hand at Goose Green, Falkland Islands (understated: right, in camp, smoko, cheers), a
 * Riesling vintner on the Luxembourg Moselle (moien, jo, gell, äddi), a crawfish-factory worker on Tristan da Cunha
 * (slow satellite internet: numbered lists, several requests at once, "us has", ennit).
 *
 * Counts: 270 written in one pass (30 voices, 9 lines each), shaped while drafting to cover every operation of ops.ts:
 * lengths in "about 45 secs" / "30 second" / "only 20 seconds" / "1 minute and 30 seconds" / "15 seconds" / "40 sec" /
 * "two minutes" / "half a minute'll dae" / "a minute long" / "50 second" / "25 seconds" / "0:35 long" / "one minute an a
 * half" / "1:15 long" / "20 seconds sharp sharp" / "forty seconds" / "30 seconds" / "45 seconds" / "55 seconds" / "a
 * minute twenty" / "15 SEC" / "a 1 minute clip" / "30 seconds long" / "2 minutes and 30 seconds" / "1 min at most" /
 * "20 sec" / "half a minute" / "45 second" / "1 minute 10" / "35 seconds", one with a shape, one after start over, one
 * in a list of five; dead air (5, one with a shape); idle with a factor (4x twice, 5, 6, 8) and without one
 * (1); keep everything (2); the first, second and last upload, second and last together, one and two named files;
 * shapes and platforms (Reels, TikTok, YouTube Shorts, WhatsApp status, Facebook square, the Instagram feed at 4:5,
 * landscape for a website) with and without a fill (blur, letterbox, crop), a fill alone (letterbox); resolution set
 * without export (1080p twice, 4K); exports in mp4 / mov / webm / gif with and without a resolution (720p / 1080 /
 * 1080p / 4k / 4K), two exports in one message (six times, four more with edits between them); titles, captions,
 * lower thirds, slide-in, start- and end-anchored and timed texts; text 1's words, place, words and place together,
 * place and timing together, words and timing together edited, text 1 removed (three times, once before a new title), every
 * text removed; intro and outro cards (2, 3, 4, 5 s), both in one line, an outro card removed between two exports;
 * music (default, a level, eight uploaded files, ducking off three times, ducking left on, faded in / out / both, quieter,
 * louder, a level set between two exports, removed between two exports); source volume 0 to 1.5; clip fades in, out
 * and both; crossfades 0 (twice) / 0.3 / default / half a second / 0.8 / 1 s (twice); zoom auto / less (twice) / more /
 * off / at a time with and without a hold; the default (twice), a named (aurora, twice), a just-uploaded and an uploaded-file
 * background, the just-uploaded one removed between two exports; moments removed (6), moved (7), trimmed by (5) and to
 * (6), sped up and slowed (9); cuts of a range (4); whole-clip speeds 0.9 / 1.1 / 1.25 / 1.5; undo (3), two undos
 * (twice), redo (twice, once before an export), start over alone and then a length, track listings (alone, after an
 * export three times, at the end of a list). While drafting, lines were worded so only one reading stays: a music fade
 * always names the music ("fade the music out at the end", "the music fades in 3 seconds", "the music fade in 1 second
 * and fade out 2 seconds") or is said with "it" right after the music it adds; a source level names the video's own
 * sound ("the video's own sound", "the sound of the video itself", "video sound", "de video own sound"), never a bare
 * noise beside music; a new text says "add / put a (new) title / caption / lower third"; a second export names its own
 * format before a resolution of the first could reach it ("export a gif for the lads, and an mp4 in 720p as well",
 * "First a gif please, then the mp4 in 1080p"); a fill is said after its shape; no moment is named after a rebuild,
 * a removal or a move in the same line ("remove clip 2, then clip 3 …" was cut to "clip 3 too long"); cuts stay under
 * 0:40; "blur my face" (a thing the product cannot do) is said in a line with no shape.
 * 270 final (none repeated within this file, compared trimmed and lower-cased), of which 30 (11.1 %) must change
 * nothing (questions about the product or beyond it: telling crocodiles apart, salteñas sold a day, the river's height,
 * selling carpets online, oxygen levels, the weather on the sound, the weather for the harvest, the bus to Los Llanos,
 * the telly at the club, whether the video suits under-18s, posting to Facebook, translating a voice to English;
 * negated requests: "tere. no music in it.", "iyayi, no background music please", "NO MUSIC NO FANCY STUFF", "my
 * cousin says no music in this one, wait, I ask him first"; chatter: "shat merci aper, you are good program", "suya
 * don finish o", "ship only comes 9 times a year"; things the product cannot do: brighter colours, a smell (three
 * times, all worded differently), the exposure, a warmer dough, a filter, yellower cheese, a taste, redder chicken,
 * blurring a face). 35 lines carry 2-5 requests (counted by operations: 27 two, 3 three, 4 four, 1
 * five; 3 more lines add music with ducking off, a detail folded into the music, not counted): music then quieter
 * (1), louder (1), a fade (5); music, a card or a background added, exported, changed or removed and exported again
 * (4); two exports (6); an export and a track listing (3); both cards (1); a card with a background (2, one with an export);
 * a length with a shape (1); start over then a length (1); a text removed and a new one added (1); a title edit and a
 * crossfade (1); dead air then a shape (1); a shape with a resolution (1); a moment removed, music and an export (1);
 * a speed, a move and a track listing (1); undos (2), a redo then an export (1); and one of five (a length, square,
 * the title to the bottom, hard cuts, export mp4).
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: every length-only line names a length ("one minute an a half" / "1
 * minute and 30 seconds" 90 s, "a minute twenty" 80 s, "1:15" 75 s, "1 minute 10" 70 s, "1 min at most" / "a minute
 * long" 60 s, "0:35" 35 s, "half a minute" 30 s, "about 45 secs" 45 s); music with no track named ("the default
 * music", "the default one", "some music, default's fine", "lofi music", "lofi") is lo-fi at 35 % ducked (a level
 * said with it replaces the 35 %: "30%", "40%", "50 percent", "20 percent", and with a file "45 percent", "25%", "60
 * percent", "30 percent", "70 percent"; "it goes down when the bell man talks" keeps ducking on, "when i speak dont
 * make it quiet" / "doh lower it when ah talkin" / "kill the duckin" turn it off; truck_horns.mp3, armenian_duduk.mp3,
 * soca_mix.mp3, oud_music.mp3, rooibos_song.mp3, polyphony.mp3, fado.mp3, budots.mp3 are the track); "bring the music
 * down to 15 percent" between two exports is that level, "a bit quieter" / "a bit louder" right after adding it the
 * change; a fade with no length ("fade the whole thing in and out", "fade in the video from black", "fade the music out
 * at the end") is 1 s, with a length that length ("fade in 2 seconds. fade out 3 seconds.", "a fade in of 1.5
 * seconds", "fade out at the end, a good 2 seconds", "1 second each"); a crossfade with no length ("the default one")
 * is 0.5 s, "hard cuts" / "hard cuts between clips, no crossfade" 0, "half a second" / "0.3" / "0.8" / "1 second" as
 * said; idle stretches sped up with no factor ("make them go fast, not cut") go 4x; a card with a length said is that
 * long ("2 seconds" once, so the default is never left to decide); a zoom at a time with no hold ("zoom at 0:15 on the
 * mountain", "zoom in at 0:30") holds 3 s, with one ("keep it 4 seconds", "for 5 seconds") that long; a background with
 * no name ("the default one", "the background, the default") is aurora, "the one I just uploaded" / "the photo I just
 * sent" is 'image', palm_leaves.jpg its name; an export with no format ("ok export", "export, then …", "export it",
 * "export again", "export once more", "export 1080p") is mp4.
 * Other readings: "vertical", TikTok, Reels, "YouTube Shorts" and "WhatsApp status" said with vertical are 9:16;
 * "square" 1:1 (Facebook beside it), "4:5 for instagram feed" 4:5, "landscape 16:9" 16:9. "blur the sides" / "with
 * blur" / "with the blur" is blur, "letterbox" / "letterboxed" letterbox, "crop am, no blur" / "crop na lang" crop;
 * "black bars up and down, not blur" said alone is set_fill letterbox. A resolution said with "not export yet" / "the
 * export later" / "don't export yet" is set; with export it is the export's ("1080" without the p is 1080p, 4K 4k).
 * "The title" (also "title", "de title", "TITLE") is the draft's text 1 ("should
 * say" / "change words to" / "text change:" / "make it say" / "SAY" edit its words, "up top" / "go top" / "doon the
 * bottom" / "below" / "to center" / "in the middle" its place, "change to … and put bottom" / "says … and goes to the
 * top" words and place in one edit, "in middle and show it from 2 second to 7 second" place and timing in one edit,
 * "'…', and show it from 1 s to 5 s" words and timing in one edit; "delete the title" / "comot the title" / "the
 * title, remove it" remove it); "Remove all text" removes every text. New texts are a title unless a caption or a
 * lower third is named, with the words inside the quotes exactly as typed (a lower third's two parts split by a
 * comma); "for the first N secs" / "from 0 to 4 seconds" run from 0 for that long, "for 6 seconds" with no start from 0
 * for 6 s, "from 3 to 8 seconds" / "2 sec to 6 sec" / "from 1 to 5 seconds" as said, "at start" / "at the start"
 * anchors at the start, "at the end" at the end, "for 5 seconds at the end" / "at the end for 4 seconds" / "LAST 5 SEC"
 * at the end for that long; "with slide" / "sliding in" is the slide motion; top / up the top / for top / across the
 * top, center / middle, bottom / at bottom / BOTTOM. Clip N / "clip number 1" / "the 2nd clip" / "the 3rd" is moment N,
 * "the second clip" / "the middle clip" / "that middle clip" moment 2, "the last clip" / "third clip" moment 3, "the
 * first clip" / "the ash planks clip, 'tis the first one" moment 1; "cut it down to N seconds" / "trim it tae N
 * seconds" / "I want 10 seconds exactly" / "make it N seconds" / "cut … to N seconds lang" / "cut to 5 sec" set a
 * moment's length, "N second shorter" / "cut 2 seconds off it" / "take out 3 seconds of it" / "1 second cut from it" /
 * "1.5 seconds shorter" trim by that; "to the front" / "go first" / "put first" place 1, "position 2" / "second place"
 * place 2, "to the end" place 3. "remove the part between 0:12 and 0:18" / "take out from 0:20 to 0:26" / "cut from
 * 0:33 to 0:39" / "cut from 0:05 to 0:09" are cuts of that range; "the whole video" with a factor is a whole-clip speed,
 * a clip named with "1.5x" / "2 times fast" / "1.5 times speed" / "x3" / "half speed" / "SLOW DOWN TO 0.75" / "slower,
 * 0.8" that moment's. The video's own sound named is the source volume ("mute" 0, "40%" 0.4, "30%" 0.3, "50%" 0.5, "80
 * percent" 0.8, "full, 100%" 1, "120%" 1.2, "130%" 1.3, "150%" 1.5). "zoom less" / "zoom a little less" less, "zoom in
 * more" more, "zoom aff, show the hale picture" off, "zoom auto on" auto. Music, cards and backgrounds are only
 * changed, faded or removed in a message that adds them (the draft has none); no moment is named after a request that
 * rebuilds the timeline or after a removal or move in the same message. A history step, a track listing or an export
 * said between edits stands where it is said; "undo. undo." and "undo that, undo that too" are two undos, "take it
 * back" / "undo that" / "ay mali, undo po" one, "redo it" / "redo one" a redo, "start over and make it 25 second"
 * start over then best moments.
 *
 * Read against a draft of 3 moments and 1 text (no music, no card, no background).
 * The lead dropped 3 lines shared with an earlier set (the timeline shown, a clip moved to the end, a 0.3 s crossfade),
 * 267 left. Measured blind on 63d3a32 (session 23's grammar, before session 24's round): 237/267 = 88.8 % (12 wrong
 * edits, 1 right edit with words left unread, 3 asked first).
 * Measured blind again on 4bcdc08 (after session 24's two rounds): 240/267 = 89.9 % (11 wrong edits). Opened in session
 * 25 as held-out 26.
 */

export const heldout26En: [string, Phrasing['want']][] = [
  // A crocodile-cruise skipper in Darwin, Northern Territory (Australian: mate, reckon, heaps, arvo, no dramas, too easy, righto).
  ["g'day mate, reckon you could cut the croc cruise footage down to about 45 secs", best(45)],
  ['make it vertical for the reels mate, blur the sides', aspect('9:16', 'blur')],
  ['chuck the default music on, export it, then bring the music down to 15 percent and export again, no dramas', then(music(), exportAs(), musicVolume(0.15), exportAs())],
  ['crikey the 2nd clip is heaps long, cut it down to 6 seconds', trimTo(2, 6000)],
  ["put a title up the top 'Jumping Crocs, Adelaide River' for the first 4 secs", text('Jumping Crocs, Adelaide River', { position: 'top', start_ms: 0, end_ms: 4000 })],
  ['can it tell which croc is which? lol asking for the arvo tour', nothing],
  ['fade the whole thing in and out, too easy', fade('clip', 1000, 1000)],
  ['swap clip 3 to the front mate', moveMoment(3, 1)],
  ['righto export it in 1080 mp4, then show me the tracks', then(exportAs('mp4', '1080p'), tracks)],

  // A truck-art painter in Karachi (Pakistani English: bhai, yaar, acha, bas, jani, "do one thing", karo).
  ['bhai do one thing, make a 30 second video from this truck painting yaar', best(30)],
  ['acha the parts where i am just sitting and not painting, those quiet parts speed up 6x, dont cut', idle(6)],
  ["jani title should say 'Phool Patti Art' not the old words", editText({ index: 1, text: 'Phool Patti Art' })],
  ["add a caption at bottom 'Hand painted in Karachi' from 3 to 8 seconds", text('Hand painted in Karachi', { style: 'caption', position: 'bottom', start_ms: 3000, end_ms: 8000 })],
  ['bas make it square for facebook', aspect('1:1')],
  ['yaar colours should be more bright, more chamak in the paint', nothing],
  ['the last clip is slow yaar, make it 1.5x', speed(1.5, 3)],
  ['music add karo, truck_horns.mp3, then make it a bit quieter yaar', then(music('truck_horns.mp3'), quieter)],
  ['export as webm bhai inshallah it will work', exportAs('webm')],

  // A tatami maker in Kyoto (Japanese non-native, very polite: sumimasen, ano, hai, yoroshiku onegaishimasu, full stops).
  ['Sumimasen. Please make short video, only 20 seconds. Yoroshiku onegaishimasu.', best(20)],
  ['ano... please remove the part between 0:12 and 0:18, my hand is not beautiful there', cut(12, 18)],
  ['Please delete the title. Thank you.', removeText(1)],
  ["Please add title 'Tatami of Kyoto' at start, with slide", text('Tatami of Kyoto', { anchor: 'start', motion: 'slide' })],
  ['Between the clips, soft change please, crossfade 1 second', crossfade(1000)],
  ['Hai. The sound of the video itself, the rush grass sound, please make 120%', sourceVolume(1.2)],
  ['Is it possible to make tatami smell in video? haha no, joke', nothing],
  ['please zoom at 0:07 to my hands, keep it 4 seconds', zoomAt(7, 4)],
  ['Export in mov, 4K please. Arigatou gozaimasu.', exportAs('mov', '4k')],

  // A lavash baker in Gyumri, Armenia (Armenian non-native: barev, jan, lav, shat merci, aper, drops articles).
  ['barev! make whole video, all parts, no cutting jan', keepAll],
  ['ok too long. make 1 minute and 30 seconds of best parts', best(90)],
  ['cut the places where nobody talks and nothing moves', deadAir],
  ["jan, put lower third 'Gohar Petrosyan, baker' please", text('Gohar Petrosyan, baker', { style: 'lower-third' })],
  ['title go to center, lav?', editText({ index: 1, position: 'center' })],
  ['add music armenian_duduk.mp3 and when i speak dont make it quiet', then(music('armenian_duduk.mp3'), ducking(false))],
  ['shat merci aper, you are good program', nothing],
  ['clip 1 make 3 second shorter', trimBy(1, 3000)],
  ['export gif small one, 720p', exportAs('gif', '720p')],

  // A salteña baker in La Paz, Bolivia (Bolivian Spanish: ya pues, nomás, pucha, oye, ¿ya?, jaja).
  ['oye make it for tiktok nomás, 15 seconds ya?', then(best(15), aspect('9:16'))],
  ['pucha the music is missing, put lofi music at 40% pues', music('lofi', 0.4)],
  ['the second clip out, no more, ya pues', removeMoment(2)],
  ["put a title 'Salteñas de Doña Ruth' for 5 seconds at the end", text('Salteñas de Doña Ruth', { anchor: 'end', duration_ms: 5000 })],
  ['use only the video salteñas_horno.mp4 nomás', only('salteñas_horno.mp4')],
  ['the whole video at 1.25x speed pues', speed(1.25)],
  ['jaja how many salteñas you think i sell in one day', nothing],
  ['undo that, ya?', undo],
  ['black bars up and down, not blur', fill('letterbox')],

  // A bog-walk guide in Soomaa, Estonia (Estonian non-native, terse, one full stop a request: tere, aitäh, head aega).
  ['tere. 40 sec video.', best(40)],
  ['tere. no music in it.', nothing],
  ['square. 1080p. not export yet.', then(aspect('1:1'), resolution('1080p'))],
  ['clip 3 slower. half speed.', speed(0.5, 3)],
  ['zoom less.', zoom('less')],
  ["new title 'Soomaa, the fifth season'. top.", text('Soomaa, the fifth season', { position: 'top' })],
  ['fade in 2 seconds. fade out 3 seconds.', fade('clip', 2000, 3000)],
  ['aitäh. undo. undo.', then(undo, undo)],
  ['export mp4. aitäh, head aega.', exportAs('mp4')],

  // A varenyky cook in Lviv, Ukraine (Ukrainian non-native: dobryi den, nu, tak, dobre, diakuiu, "how you say").
  ['Dobryi den! I make varenyky video, please cut to two minutes', best(120)],
  ['nu, the parts where I only wait for water to boil, make them go fast, not cut', idle()],
  ['Move the second clip to the end, tak', moveMoment(2, 3)],
  ["the title, change words to 'Varenyky with cherries'", editText({ index: 1, text: 'Varenyky with cherries' })],
  ["Add intro card 'Babusia's kitchen, Lviv' for 3 seconds", card('intro', "Babusia's kitchen, Lviv", 3)],
  ['Is there way to make the dough look more golden, how you say, more warm colour?', nothing],
  ['add music, the default one, and fade the music out at the end', then(music(), fade('music', undefined, 1000))],
  ['sound of my video make 80 percent, the boiling noise is loud', sourceVolume(0.8)],
  ['dobre, diakuiu. export mov', exportAs('mov')],

  // A ghillie on the River Tay, Perthshire (Scots: aye, wee, ken, dinnae, och, braw, hale, aff, tae).
  ["aye, cut us a wee highlight o the salmon fishin, half a minute'll dae", best(30)],
  ["och, the bits whaur naethin's movin an naebody's talkin, get rid o them", deadAir],
  ['put the title doon the bottom, ken', editText({ index: 1, position: 'bottom' })],
  ['dinnae want it lyin sideways, make it stand up for YouTube Shorts', aspect('9:16')],
  ['third clip, trim it tae 8 seconds', trimTo(3, 8000)],
  ['chuck on some music, the default, but fade it in ower 2 seconds', then(music(), fade('music', 2000))],
  ["is the Tay runnin high the day? nae idea eh", nothing],
  ['zoom aff, show the hale picture', zoom('off')],
  ['braw. export 4k, mp4', exportAs('mp4', '4k')],

  // A hurley maker in County Kerry (Hiberno-English: so, grand, sure look, feck, 'tis, ye, d'ye, the lads).
  ['so would ye make a minute long clip of me shaping the hurley', best(60)],
  ["grand. put a lower third in, 'Dónal Ó Sé, hurley maker'", text('Dónal Ó Sé, hurley maker', { style: 'lower-third' })],
  ['ah feck that, take it back', undo],
  ['sure look, redo it so', redo],
  ["the ash planks clip, 'tis the first one, cut 2 seconds off it", trimBy(1, 2000)],
  ["would the ash grain look nicer d'ye think if I put a filter on it", nothing],
  ['crossfades between the clips, half a second', crossfade(500)],
  ['speed up the whole video a small bit, 1.1x so', speed(1.1)],
  ['grand job. export a gif for the lads, and an mp4 in 720p as well', then(exportAs('gif'), exportAs('mp4', '720p'))],

  // A rooibos farmer in Clanwilliam, South Africa (South African English with Afrikaans: howzit, lekker, ag, boet, eish, baie dankie).
  ['howzit, make me a lekker 50 second clip of the rooibos harvest', best(50)],
  ['ag, just use the second video boet, the first one is shaky', only('second')],
  ["put a caption 'Cederberg rooibos, since 1904' at the bottom for 6 seconds", text('Cederberg rooibos, since 1904', { style: 'caption', position: 'bottom', duration_ms: 6000 })],
  ['eish the sun is so bright in clip 2, can you fix the exposure', nothing],
  ["mute the video's own sound, it's only wind", sourceVolume(0)],
  ['add music rooibos_song.mp3 at 60 percent', music('rooibos_song.mp3', 0.6)],
  ['landscape 16:9 please, for the website', aspect('16:9')],
  ['zoom in more on the cutting boet', zoom('more')],
  ['baie dankie! export in webm, 1080p', exportAs('webm', '1080p')],

  // A tea-factory mechanic in Thyolo, Malawi (Malawian English, formal: bwanji, I am requesting, kindly, eya, iyayi, zikomo kwambiri).
  ['Bwanji. I am requesting a short video of 25 seconds for the withering machine', best(25)],
  ['Kindly remove clip number 1, it is blurry', removeMoment(1)],
  ['I want to see the tracks please', tracks],
  ["eya, add title 'Thyolo Tea Factory' for first 3 seconds", text('Thyolo Tea Factory', { start_ms: 0, end_ms: 3000 })],
  ['put background, the default one', background()],
  ['iyayi, no background music please, the machines are the music', nothing],
  ['the machine sound is too much, make the video sound 40%', sourceVolume(0.4)],
  ['clip 3 let it play 2 times fast', speed(2, 3)],
  ['zikomo kwambiri. export mp4 and also webm', then(exportAs('mp4'), exportAs('webm'))],

  // A shyrdak felt maker in Kochkor, Kyrgyzstan (Kyrgyz and Russian non-native, drops articles: salam, jakshy, ooba, rakhmat).
  ['salam. need video 0:35 long, felt making', best(35)],
  ['make 4:5 for instagram feed, with blur', aspect('4:5', 'blur')],
  ["title text change: 'Shyrdak from Kochkor'", editText({ index: 1, text: 'Shyrdak from Kochkor' })],
  ['put title in middle and show it from 2 second to 7 second', editText({ index: 1, position: 'center', start_ms: 2000, end_ms: 7000 })],
  ['second clip put first', moveMoment(2, 1)],
  ["jakshy. add outro card 'Rakhmat for watching' 4 seconds", card('outro', 'Rakhmat for watching', 4)],
  ['can you sell my carpets on internet?', nothing],
  ['whole video speed 0.9, little slow', speed(0.9)],
  ['ooba good. make gif 720p', exportAs('gif', '720p')],

  // A nutmeg-station worker in Gouyave, Grenada (Grenadian Creole: wha happenin, dis, de, doh, allyuh, eh-eh, ah, boy).
  ['wha happenin! cut dis nutmeg video to one minute an a half', best(90)],
  ['doh cut nothin, just speed up de slow boring parts 8x', idle(8)],
  ['eh-eh de title need to go top', editText({ index: 1, position: 'top' })],
  ["put on soca_mix.mp3 at 45 percent an doh lower it when ah talkin", then(music('soca_mix.mp3', 0.45), ducking(false))],
  ['boy take out from 0:20 to 0:26, ah sneeze dey', cut(20, 26)],
  ['allyuh, it could smell like nutmeg? lol', nothing],
  ['de video own sound, put it up to 130%', sourceVolume(1.3)],
  ['clip 2 too long, make it 4 seconds', trimTo(2, 4000)],
  ['ok export, den show me de tracks', then(exportAs(), tracks)],

  // A Sherpa lodge owner in Namche Bazaar, Nepal (polite, "la" at the end: namaste la, ok ok, tashi delek, very good la).
  ['Namaste la. Make video for trekkers, 1:15 long', best(75)],
  ['ok ok only use namche_lodge.mp4 and everest_view.mp4', only('namche_lodge.mp4', 'everest_view.mp4')],
  ['put picture behind the video, the one I just uploaded la', background('image')],
  ["title change to 'Tashi Delek from Namche' and put bottom", editText({ index: 1, text: 'Tashi Delek from Namche', position: 'bottom' })],
  ['zoom at 0:15 on the mountain', zoomAt(15)],
  ['Can the video show oxygen level? my guests always ask', nothing],
  ['make crossfade 0.8 second', crossfade(800)],
  ['clip 1 little short please, 1 second cut from it', trimBy(1, 1000)],
  ['very good la. export in mov, 1080p', exportAs('mov', '1080p')],

  // A suya grill man in Abuja, Nigeria (Nigerian Pidgin: abeg, oga, sharp sharp, wey, dey, comot, wetin, o, oya, make am).
  ['abeg make am short, 20 seconds sharp sharp', best(20)],
  ['oga the place wey nothing dey happen, make dem fast, 4x, no cut am', idle(4)],
  ["put title 'Mallam Sani Suya Spot' for top, for first 5 seconds", text('Mallam Sani Suya Spot', { position: 'top', start_ms: 0, end_ms: 5000 })],
  ['no vex, comot the title', removeText(1)],
  ['wetin be this? make the video sound full, 100%', sourceVolume(1)],
  ['make am vertical for whatsapp status, crop am, no blur', aspect('9:16', 'crop')],
  ['suya don finish o, make I go buy meat', nothing],
  ['clip 2 make am 1.5 times speed', speed(1.5, 2)],
  ['oya export am mp4 720p', exportAs('mp4', '720p')],

  // A date-palm farmer in Al-Ahsa, Saudi Arabia (Gulf English: salam alaikum, ya akhi, wallah, tamam, yalla, habibi, insha'Allah).
  ['Salam alaikum ya akhi, I want forty seconds from the harvest video', best(40)],
  ['wallah the middle clip is too much, remove it', removeMoment(2)],
  ["put intro card 'Al-Ahsa Khalas Dates' and outro card 'Order now', each 3 seconds", then(card('intro', 'Al-Ahsa Khalas Dates', 3), card('outro', 'Order now', 3))],
  ['tamam. add oud_music.mp3 at 25%, the music fade in 1 second and fade out 2 seconds', then(music('oud_music.mp3', 0.25), fade('music', 1000, 2000))],
  ['my cousin says no music in this one, wait, I ask him first', nothing],
  ["title make it say 'Khalas, the king of dates'", editText({ index: 1, text: 'Khalas, the king of dates' })],
  ['yalla fade in the video from black', fade('clip', 1000)],
  ["resolution 4K, the export later insha'Allah", resolution('4k')],
  ['export now habibi, mp4', exportAs('mp4')],

  // A cheese carrier at the Alkmaar cheese market (Dutch non-native, direct: nou, hè, toch, lekker, doei).
  ['Nou, 30 seconds of the cheese market, go', best(30)],
  ['No cutting of anything, just put all the footage in, hè', keepAll],
  ["Add a title 'Kaasmarkt Alkmaar' sliding in, from 1 to 5 seconds", text('Kaasmarkt Alkmaar', { motion: 'slide', start_ms: 1000, end_ms: 5000 })],
  ['Remove all text. Is cleaner.', removeText()],
  ['The last clip, put in position 2 toch', moveMoment(3, 2)],
  ['Music lofi, 20 percent, and it goes down when the bell man talks', music('lofi', 0.2)],
  ['the cheese is not yellow enough in the video, make more yellow', nothing],
  ['hard cuts between clips, no crossfade', crossfade(0)],
  ['First a gif please, then the mp4 in 1080p. Doei!', then(exportAs('gif'), exportAs('mp4', '1080p'))],

  // A tortellini maker in Bologna (Italian non-native: allora, dai, ecco, mamma mia, boh, perfetto).
  ['Allora, I need a video of 45 seconds, the best parts of my tortellini', best(45)],
  ['dai, make it square', aspect('1:1')],
  ['Ecco, the first clip I want 10 seconds exactly', trimTo(1, 10000)],
  ["put the lower third 'Nonna Lucia, sfoglina' at the start", text('Nonna Lucia, sfoglina', { style: 'lower-third', anchor: 'start' })],
  ['mamma mia, cut from 0:33 to 0:39, I drop the flour', cut(33, 39)],
  ['add the default music, but then a bit louder', then(music(), louder)],
  ["boh, can you make them taste like nonna's? ahah", nothing],
  ['put the background aurora, with the rounded corners', background('aurora')],
  ['perfetto, export in webm', exportAs('webm')],

  // A chestnut farmer in Corsica (French non-native: bon, allez, voilà, ajò, merci).
  ['Bon, make a video of 55 seconds of the chestnut harvest, allez', best(55)],
  ["the parts where I don't speak and nothing moves, remove them voilà", deadAir],
  ['Put the video in vertical for Instagram Reels, with letterbox', aspect('9:16', 'letterbox')],
  ["the title, remove it, and put a new title 'Castagne di Corsica' at the end for 4 seconds", then(removeText(1), text('Castagne di Corsica', { anchor: 'end', duration_ms: 4000 }))],
  ['ajò, is it possible to translate my voice to English?', nothing],
  ['I want a fade in of 1.5 seconds at the beginning', fade('clip', 1500)],
  ['speed up the chestnut roasting clip, it is the 3rd, x3', speed(3, 3)],
  ['add polyphony.mp3 as music, 30 percent', music('polyphony.mp3', 0.3)],
  ['export 4k mov, merci', exportAs('mov', '4k')],

  // A charter-fishing captain on the Outer Banks, North Carolina (Hoi Toider brogue: buddy, dingbatters, mommucked, plumb, them).
  ['buddy cut me a minute twenty of the drum fishin trip', best(80)],
  ["them dingbatters won't watch nothin long, start over and make it 25 second", then(startOver, best(25))],
  ['put the title up top, the fish is covered', editText({ index: 1, position: 'top' })],
  ['third clip go first', moveMoment(3, 1)],
  ["i'm plumb mommucked, is it gonna blow tomorrow on the sound?", nothing],
  ["the boat motor noise, turn the video's own sound down to 30%", sourceVolume(0.3)],
  ["zoom in at 0:22 for 5 seconds, that's the big red drum", zoomAt(22, 5)],
  ["add a caption 'Hatteras Inlet, 6am' from 0 to 4 seconds", text('Hatteras Inlet, 6am', { style: 'caption', start_ms: 0, end_ms: 4000 })],
  ['alright export it mp4 and a webm', then(exportAs('mp4'), exportAs('webm'))],

  // A salmon-cannery line lead in Kodiak, Alaska (on break, all caps, terse).
  ['ON BREAK. NEED 15 SEC CLIP FOR SAFETY TRAINING', best(15)],
  ['ONLY USE LAST FILE', only('last')],
  ["TITLE SAY 'LINE 3 SAFETY'", editText({ index: 1, text: 'LINE 3 SAFETY' })],
  ["ADD CAPTION 'GLOVES ON AT ALL TIMES' BOTTOM LAST 5 SEC", text('GLOVES ON AT ALL TIMES', { style: 'caption', position: 'bottom', anchor: 'end', duration_ms: 5000 })],
  ['KILL THE MACHINE NOISE. MUTE VIDEO SOUND', sourceVolume(0)],
  ['NO MUSIC NO FANCY STUFF', nothing],
  ['CLIP 2 SLOW DOWN TO 0.75', speed(0.75, 2)],
  ['START OVER', startOver],
  ['EXPORT 720P GIF AND SHOW TRACKS', then(exportAs('gif', '720p'), tracks)],

  // A green-chile roaster in Hatch, New Mexico (New Mexican Spanglish: órale, ahorita, hijo, bien, lol).
  ['órale, make it a 1 minute clip of the chile roasting', best(60)],
  ['ahorita, put the title in the middle', editText({ index: 1, position: 'center' })],
  ["hijo the parts where nothing's going on and nobody talks, speed those up 5 times, don't cut em", idle(5)],
  ["take out clip 3, it's blurry", removeMoment(3)],
  ['add lofi at 50 percent and make the music fade out at the end', then(music('lofi', 0.5), fade('music', undefined, 1000))],
  ['can it make the smell come thru the screen lol', nothing],
  ['vertical for tiktok please with the blur', aspect('9:16', 'blur')],
  ['clip 1 cut it 1.5 seconds shorter', trimBy(1, 1500)],
  ['export 1080p, bien', exportAs('mp4', '1080p')],

  // A hot-chicken cook in Nashville (Southern: y'all, fixin to, sugar, bless it, hon, default's fine).
  ["hey y'all, fixin to post this, can you make it 30 seconds long", best(30)],
  ['make it for instagram reels sugar', aspect('9:16')],
  ["put a title 'Hotter'n Blazes Chicken' across the top the first 3 seconds", text("Hotter'n Blazes Chicken", { position: 'top', start_ms: 0, end_ms: 3000 })],
  ["add some music, default's fine, and kill the duckin", then(music(), ducking(false))],
  ["bless it, that middle clip's draggin, speed it to 2x", speed(2, 2)],
  ["can y'all make the chicken look redder", nothing],
  ['fade out at the end, a good 2 seconds', fade('clip', undefined, 2000)],
  ['now export a gif at 1080p hon', exportAs('gif', '1080p')],

  // A port-wine cellar guide in Porto (Portuguese non-native: olá, então, pronto, pois, tá bem, obrigada).
  ['Olá! Então, a video of the cellar tour, 2 minutes and 30 seconds please', best(150)],
  ['the empty parts where nobody speaks and the barrels just sit there, cut them', deadAir],
  ["Pronto. Put a lower third 'Inês Carvalho, cellar guide' at the bottom", text('Inês Carvalho, cellar guide', { style: 'lower-third', position: 'bottom' })],
  ['Use just the first file pois', only('first')],
  ['Add the fado.mp3 as music, and the music fades in 3 seconds', then(music('fado.mp3'), fade('music', 3000))],
  ['is the video ok for people under 18? there is wine in it', nothing],
  ['crossfade between the parts, the default one', crossfade()],
  ["tá bem, resolution 1080p but don't export yet", resolution('1080p')],
  ['export in mp4 and mov, obrigada', then(exportAs('mp4'), exportAs('mov'))],

  // A coco-de-mer guide on Praslin, Seychelles (Seychellois Creole speaker: bonzour, ki mannyer, mersi bokou, short).
  ['bonzour, make short video, 1 min at most for the Vallée de Mai tour', best(60)],
  ['take second and last file only', only('second', 'last')],
  ["put title 'Vallée de Mai, Praslin' with slide, 2 sec to 6 sec", text('Vallée de Mai, Praslin', { motion: 'slide', start_ms: 2000, end_ms: 6000 })],
  ['the video sound, the birds are nice, put it 150%', sourceVolume(1.5)],
  ['zoom auto on please', zoom('auto')],
  ['ki mannyer, can you post it on facebook for me?', nothing],
  ['put background palm_leaves.jpg behind the video', background('palm_leaves.jpg')],
  ['clip 3 too long, cut to 5 sec', trimTo(3, 5000)],
  ['mersi bokou. export webm 4k', exportAs('webm', '4k')],

  // A balut vendor in Pateros, Philippines (Taglish: kuya, po, naman, grabe, sige, lang, na, charot, ay mali).
  ['kuya pa-cut naman ng 20 sec video of my balut stall po', best(20)],
  ['grabe ang haba, cut clip 1 to 3 seconds lang', trimTo(1, 3000)],
  ["sige po add title 'Balut ni Aling Nena' at the end", text('Balut ni Aling Nena', { anchor: 'end' })],
  ['kuya make it vertical po for tiktok, crop na lang', aspect('9:16', 'crop')],
  ['add budots.mp3 as bg music, 70 percent po', music('budots.mp3', 0.7)],
  ['pwede po bang blur my face in the video? my ex will see charot', nothing],
  ['ay mali, undo po', undo],
  ['whole video 1.5x speed po, para mabilis', speed(1.5)],
  ['export na po, gif', exportAs('gif')],

  // A banana packer on La Palma, Canary Islands (Canarian Spanish: chacho, mi niño, fuerte, ¿sabes?, guagua).
  ['chacho, make me a video of half a minute of the banana packing', best(30)],
  ['mi niño, the quiet boring parts go faster please, x4, no cut', idle(4)],
  ['Put the title below, ¿sabes?', editText({ index: 1, position: 'bottom' })],
  ['fuerte, the clip 2 is too long, take out 3 seconds of it', trimBy(2, 3000)],
  ["add intro card 'Plátano de Canarias' 2 seconds and put the background, the default", then(card('intro', 'Plátano de Canarias', 2), background())],
  ['what time is the guagua to Los Llanos?', nothing],
  ['cut from 0:05 to 0:09', cut(5, 9)],
  ['zoom a little less please', zoom('less')],
  ['export in 720p mov', exportAs('mov', '720p')],

  // A sheep-station hand at Goose Green, Falkland Islands (Falklands English, understated: right, in camp, smoko, cheers, the club).
  ['right, need a 45 second one from the shearing in camp', best(45)],
  ['make it 4:5, letterboxed', aspect('4:5', 'letterbox')],
  ["put an outro card 'Goose Green Farm, East Falkland' for 5 seconds, export, then take the card off and export again", then(card('outro', 'Goose Green Farm, East Falkland', 5), exportAs(), removeCard('outro'), exportAs())],
  ["the sheep baa a lot, lower the video's own sound to 50%", sourceVolume(0.5)],
  ['is there any way to get this on the telly at the club', nothing],
  ['fade in and fade out, 1 second each', fade('clip', 1000, 1000)],
  ['zoom in at 0:30', zoomAt(30)],
  ["cheers, that'll do for smoko. export it in mov please, then a gif", then(exportAs('mov'), exportAs('gif'))],

  // A Riesling vintner on the Luxembourg Moselle (Luxembourgish, French and German mixed in: moien, jo, gell, merci, äddi).
  ['Moien! I need 1 minute 10, the grape harvest best moments', best(70)],
  ['jo, put the photo I just sent as background, export, then without the background export once more', then(background('image'), exportAs(), noBackground, exportAs())],
  ["the title: 'Riesling vun der Musel', and show it from 1 s to 5 s", editText({ index: 1, text: 'Riesling vun der Musel', start_ms: 1000, end_ms: 5000 })],
  ['remove clip 3 please, gell', removeMoment(3)],
  ['add the default music, export it, then remove the music and export again', then(music(), exportAs(), noMusic, exportAs())],
  ['what is the weather for the harvest next week?', nothing],
  ['clip 2 slower, 0.8', speed(0.8, 2)],
  ['äddi, export as webm 720p', exportAs('webm', '720p')],

  // A crawfish-factory worker on Tristan da Cunha (slow satellite internet, numbered lists, "us" for we, ennit).
  ['1) make it 35 seconds 2) square 3) title to the bottom 4) hard cuts 5) export mp4', then(best(35), aspect('1:1'), editText({ index: 1, position: 'bottom' }), crossfade(0), exportAs('mp4'))],
  ['internet slow here so all at once: remove clip 2, add lofi music at 30%, export 720p', then(removeMoment(2), music('lofi', 0.3), exportAs('mp4', '720p'))],
  ["1. title says 'Edinburgh of the Seven Seas' and goes to the top 2. crossfade 1 second", then(editText({ index: 1, text: 'Edinburgh of the Seven Seas', position: 'top' }), crossfade(1000))],
  ['ship only comes 9 times a year, us has lots of time ennit', nothing],
  ['the empty bits cut out, then make it vertical', then(deadAir, aspect('9:16'))],
  ['1) speed clip 3 to 1.5x 2) move clip 1 to second place 3) show tracks', then(speed(1.5, 3), moveMoment(1, 2), tracks)],
  ["add card at start 'Tristan da Cunha Fishing' 3 sec, and background aurora, export gif", then(card('intro', 'Tristan da Cunha Fishing', 3), background('aurora'), exportAs('gif'))],
  ['undo that, undo that too', then(undo, undo)],
  ['redo one. then export webm', then(redo, exportAs('webm'))],
];
