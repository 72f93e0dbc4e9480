import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll,
  louder, moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment,
  removeText, resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

/**
 * Held-out 34 (written as fresh 34; measured blind in sessions 32 and 33, opened in session 34), English: a blind phrasing set written by a helper on 2026-12-04, to measure the parser on words it was
 * never tuned on, in the voices of two kinds of writer. (1) People who paste a brief rather than chat: numbered or
 * bulleted steps, storyboards with times ("00:00-00:02 intro card ..., 00:02-00:32 the best moments, 30 seconds"),
 * meeting minutes and notes forwarded from a manager ("Per Dana: ...", "Gary's notes, copied as is: ..."), and requests
 * buried in long paragraphs about the product, the audience and the deadline; every edit the brief asks is expected, in
 * the order written, and nothing for the context (attendees, deadlines, "ten seconds before scrolling", "a
 * twelve-minute walkthrough"). (2) People writing English as a second language, with the grammar, word order, false
 * friends and spelling of Spanish, Portuguese, French, German, Italian, Polish, Turkish, Arabic, Russian, Japanese,
 * Korean and Indonesian, and Nigerian and Filipino English ("put more slow the second part", "Make it more short", "The
 * clip must to be 20 seconds", "Actually the video has 12 minutes" for currently, "Eventually you can put ..." for
 * possibly, "quit the part 2" for remove, "I pretend to post" for intend, "I become a lot of noise" for get, "handy"
 * for phone, "legend" for subtitles, "open the automatic zoom" for turn on, "bart" for part, verb-last Turkish,
 * article-less Polish and Russian). A few voices type on a phone; a few messages refer back to what is on the timeline
 * ("The title you put", "the music from before", "the lofi one from before again", "remove all the text you put").
 *
 * Read while writing: /work/briefs/writer34-en.md (the brief), bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts,
 * src/protocol/editOps.ts, src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you
 * can say" table), issue 13 (/work/briefs/issue13.md) and /work/briefs/headers35.txt (the header comments of the
 * earlier sets): the header of fresh33/en.ts read whole for its form and decided readings; the rest only grepped, on a
 * private copy under /tmp with the line breaks and the " * " joins removed so that names split over two lines were
 * found: first a grep for the "=== bench/phrasings/..." lines and a few words of the header form (which printed those
 * file names and some header lines naming what earlier writers read), then hit counts for about 120 candidate places,
 * then counts and short context for the trades and countries of the voices kept. Every place kept below had no hit at
 * all in headers35.txt (picks with hits were dropped: Oaxaca, Dakar, Stuttgart, Gdańsk, Amman, Almaty, Niigata,
 * Yogyakarta, Marrakech, Glasgow, Tallinn, Omaha, Kumasi, Hobart, Dundee, Cardiff, Tucson, Lyon, Graz and others).
 * Not read: any other phrasing set or other file under bench/phrasings/, the parser (src/engine),
 * src/protocol/vocabulary.ts or any other src file, test/, scripts/, bench/*.ts, out/, dist/, /work/*.txt, /work/main,
 * any other worktree, any other brief; no git log / diff / show / grep over the repository; no sentence was run through
 * the parser, the CLI, the engine or the bench. bench/phrasings/ was never listed: only `mkdir -p
 * bench/phrasings/fresh34` and a `test -e` of this one file before copying it in. This file was drafted in a private
 * folder under /tmp and copied here.
 * Slips, said exactly: none. Said for completeness: the greps printed short context from other headers (voices, their
 * dialect words, a few of their decided readings, and the "Read while writing" lines of many headers; no phrasing line
 * of any set); the brief's type-check compiles the modules this file imports, so tsc compiled src/protocol (vocabulary
 * included) to check the types, none of it shown. Run on this file only: that type-check (once also with one export
 * deliberately made 'mp5' in this file, to see that tsc checks it: it printed that one error, and the file was copied
 * back), a `git status --short` (it printed only `?? bench/phrasings/fresh34/`), and python over its own text (the
 * builders re-written in python) to count lines, voices, must-change-nothing lines, requests per line, operations,
 * exports, shapes, text kinds and repeats. The built-in gradient and music names other than aurora and lofi were not
 * known, so no line names another built-in; text positions are top / center / bottom (draft.ts), styles title / caption
 * / lower-third.
 *
 * Voices (30, none of them in an earlier set: each place, trade and country grepped in headers35.txt first). Second
 * language: a talavera pottery workshop owner in Puebla, Mexico (Spanish: "actually", "eventually", "put more slow",
 * gracias), an export coordinator at a packaging plant in Manizales, Colombia, on the phone ("quit" for remove, pues,
 * listo), a physiotherapist in Curitiba, Brazil, who sells an exercise app ("pretend", "stays", "legend", obrigada), a
 * surf school owner in Ericeira, Portugal, on the phone (bom dia, obrigado, "more fast"), a support agent at an
 * agritech startup in Rennes, France ("actually", "eventually", "realise", "during 5 seconds"), a ski-rental shop
 * manager in Innsbruck, Austria ("must to be", "become", "handy"), a B&B owner in Lecce, Italy ("more short", "too much
 * loud", "changed idea"), a university IT helpdesk technician in Lublin, Poland (no articles, "please" first), a towel
 * factory export sales manager in Bursa, Turkey (verb last), a hazelnut trader in Trabzon, Turkey, on the phone (verb
 * last, lowercase, no punctuation), a QA tester at a logistics startup in Novosibirsk, Russia (no articles, "it is
 * necessary"), a tram depot maintenance planner in Yekaterinburg, Russia ("do not cut nothing", "accelerate", one
 * Cyrillic caption), a PR officer at a denim mill in Okayama, Japan (very polite, "fade out it"), a lab technician at a
 * research institute in Daejeon, South Korea (topic first, "0:40~0:48"), a fruit-chips seller in Malang, Indonesia, on
 * the phone ("can?", "already", ya), a private school proprietor in Ibadan, Nigeria (Nigerian English: kindly, totally,
 * "let it stay"), a church media team lead in Port Harcourt, Nigeria, on the phone (Pidgin: sharp sharp, make am, na, e
 * don do, jare), a clinical instructor at a nursing school in Iloilo, the Philippines (po, kindly, salamat), a training
 * coordinator for a pharmacy chain in Irbid, Jordan ("open" / "close" for on / off, "please to", "bart"), an olive-oil
 * exporter in Sfax, Tunisia (Arabic and French: bonjour, flou, merci, "must to"). Pasted briefs: an executive assistant
 * in a government department in Canberra, Australia, forwarding her director's notes ("Per Dana: ..."), a
 * customer-education lead at a fish-farm software company in Bergen, Norway (numbered steps), a marketing coordinator
 * at a farm-equipment dealership in Saskatoon, Saskatchewan, Canada (meeting notes, action items, minutes), a shipyard
 * safety trainer in Ulsan, South Korea (storyboards with times; Korean first language), an ad-agency copywriter in
 * Fortaleza, Brazil (a "roteiro" with times; Portuguese first language), a SaaS founder in Spokane, Washington, USA
 * (long paragraphs of context), a marketing officer at a university in Wollongong, Australia (bulleted lists with • and
 * -), an HR generalist at a sugar-beet cooperative in Fargo, North Dakota, USA (her manager Gary's notes), a coffee
 * roaster in Baguio, the Philippines (bulleted, Filipino English: po, hehe, Ate), a perfume and oud e-shop owner in
 * Jeddah, Saudi Arabia (a long paragraph of context first; salam, jazak Allah khair, "must to").
 * Near neighbours said plainly (the trade and the place together are new; the country, language or a trade with no
 * place is not): an Oaxacan potter and other Mexican voices; a coffee grower in Colombia (no place) and a Barranquilla
 * developer; a physiotherapist with no place and Brazilian voices (Porto Alegre, Salvador, São Paulo, Belém); a surf
 * instructor in Wanning (a Chinese set), a windsurf instructor in Aruba, a kitesurf instructor in Tarifa, an
 * architecture student in Coimbra, Portugal; an agritech founder in Tamale, Ghana, French voices (Strasbourg, Lille,
 * Nantes); a ski instructor with no place, a jet-ski rental operator in Cancún, a chocolate maker in Salzburg; an
 * agency producer in Genoa, Italy; a QA engineer in Poznań, a product designer in Warsaw, a film student in Wrocław; a
 * Binzhou towel factory (a Chinese set), a backend developer in Izmir, Turkey; a Russian chess coach and a ballet
 * répétiteur in St Petersburg, a Bishkek microfinance voice with Russian mixed in; Japanese voices (Sapporo, Kanazawa,
 * Fukuoka); a haenyeo diver on Jeju, Busan and Daegu voices, lab technicians in Chinese sets; Indonesian voices
 * (Makassar, Denpasar, a batik maker), a Shaxian snack shop (a Chinese set); Nigerian voices (Enugu, Lagos, Abuja), a
 * pastor with no place, church voices (Chattanooga, Louisville, a Ugandan choir director); a nurse educator with no
 * place and one in Port Moresby, Filipino voices (Davao City call-centre agents, a Pateros balut vendor); a
 * pharmacy-inventory app developer in Kandy, university lecturers in Sharjah and Alexandria; an olive-oil producer on
 * Brač, a Tunisian jasmine voice; Australian voices (Perth, Darwin, the Gold Coast); a Norway voice with no trade of
 * this kind; Saskatchewan voices (a prairie grain farmer; a grain-elevator operator was turned away before); a
 * mine-safety trainer in Kitwe, an offshore-platform safety trainer in Miri, a Geordie shipyard welder; agency
 * producers in Glasgow, Genoa and Lille, a Qingyuan ad-agency producer; a SaaS founder in Lagos, a Shopify founder in
 * Calgary and other founders; an HR onboarding specialist in Charlotte, a North Dakota oil-rig roughneck; coffee
 * roasters in Seattle and Baoshan; a date-palm farmer in Al-Ahsa and a marketing manager in Riyadh, Saudi Arabia.
 *
 * Counts: 270 (30 voices, 9 lines each), written in one pass to cover every operation of ops.ts, then reworded where a
 * careful reader could take two readings (a text's words inside single quotes with an apostrophe put in double quotes,
 * an intro card's words and a caption's new wording put in double quotes, "Same as before, numbered" made "Two more,
 * numbered", a coffee trade near an earlier Colombian coffee grower made a packaging plant), and seven two-export or
 * export-and-list lines cut to one request to bring the multi-request count near 35.
 * Lengths (28): "of one minute" (from 12 minutes), "of 45 seconds", "30 seg", "1 minute 30" (from 4 minutes), "must to
 * be 20 seconds", "40 seconds is enough", "2 minutes", "1 minute will be", "15 second" (with Reels), "0:50 demo", "1
 * minute and half", "3 minutes video" (from 25 minutes), "half minute", "2 minutes 30 seconds", "1 minute sharp sharp",
 * "a 4-minute video", "one minute and the half", "35 seconds", "ninety seconds" (with square and an intro card), "Make
 * it 2 minutes" (a numbered step), "45 sec max" (meeting notes), "best moments 1 minute" (a storyboard, between two
 * cards), "the best moments, 30 seconds" (a storyboard, between two cards), "a 40-second cut" (in a paragraph that also
 * says "ten seconds" and "twelve-minute"), "60 sec version" (a bullet), "under two minutes, aim for 1:45" 105 s, "1:15
 * long" 75 s, "30 seconds and vertical" (in a paragraph that also says "two weeks" and "6 minutes"); dead air (2); idle
 * stretches faster with a factor (6, 3) and without one (1); keep everything (1); uploads chosen (a named file twice,
 * "the second recording"); shapes (23): 9:16 (9: no fill 4, blur 2, letterbox 2, crop 1; vertical, TikTok, Reels,
 * Stories, WhatsApp status), 16:9 (7: no fill 6, letterbox 1; landscape, YouTube, horizontal, a TV), 1:1 (5: no fill 3,
 * blur, crop), 4:5 (2: IG feed with no fill, Instagram feed with blur); a fill alone (blur, crop); resolution set
 * without an export (1080p, 4k) and with a shape (1080p); exports (37): mp4 with no resolution 2, 720p 6, 1080p 10, 4k
 * 1; mov 1 / 720p 1 / 1080p 2 / 4k 3; webm 720p 4 / 1080p 2 / 4k 1; gif 1 / 720p 3; two exports in one message (6
 * lines, three with edits between them); texts (30): titles (13), captions (12), lower thirds (5), slide in (2),
 * anchored at the start (4), at the end (3, all with a length), timed (20: "from 0:10 to 0:15", "for the first 4
 * seconds", "at 0:05 during 5 seconds", "first 3 seconds", "0:00 to 0:05", "at 0:02 for 4 seconds", "0:40~0:48", "from
 * start for 6 sec", "at 0:03", "00:05-00:09", "from second 12 to second 17", "first 4 sec" and the like), none (3), top
 * (7) / center (3) / bottom (8), no place named (12); text 1's words (3), place (4) and start (1) edited; texts removed
 * (text 1 once, all once); cards (12): intro (6), outro (6), both in one message three times, an outro removed between
 * two exports (1); music (23: lo-fi 11, with no level 2; uploaded files 12), ducking off (2, folded into the music),
 * music faded in (1), out (2), both (1), quieter (1), louder (1), a level set between two exports (1), removed (1,
 * "take off the music from before": the draft has none); source volume 0 (4), 0.3, 0.4, 0.5, 1, 1.2, 1.3, 1.5, 1.6;
 * clip fades in (2), out (1), both (4); crossfades 0 (2), 0.5 (2), 0.7, 1 s; zoom auto (3), more (2), less, off; zoom
 * at a time with a hold (5); backgrounds: aurora by name (1), the default (2), uploaded files (3), removed between two
 * exports (1); moments removed (8), moved (10), trimmed by (5) and to (5), sped up or slowed (8); cuts of a range (6);
 * whole-clip speeds 0.8 / 1.1 / 1.2 / 1.5; undo (11 in 8 lines: alone 5, two undos twice, two undos then a redo), redo
 * (2: alone once, in that line), start over alone (2); track listings (3, each after an edit or an export).
 * 270 final (none repeated within this file, compared trimmed and lower-cased), of which 31 (11.5 %) must change
 * nothing: questions about the product or beyond it (selling from the video, the price of a 4k export, automatic
 * subtitles or translation three times, a voiceover in Hiligaynon, opening the project on a phone, posting to
 * Booking.com or a Facebook page, a render's speed, sharing by link, sending to every parent, Ministry approval, an
 * API, clickable prices, caption in Auslan, whether it runs on a Mac, how it picks the best parts, whether it keeps the
 * original, signing in to watch, "already finish? the result where i can see?"); a logo in a corner (not possible);
 * negated requests ("No music please, it is for university", "make sure there's no music on this"); thanks and chatter
 * ("obrigado, its perfect", "Thank you, very good work", "e don do. thank you jare", "Merci, it's very good like this",
 * "this is good?"). 38 lines carry 2-4 requests (counted by operations after the details sameEdit folds: a fill after
 * its shape, ducking off after its music, so "Put the music lofi, ..., 25%, and don't lower it when I speak" and
 * "kalimba_morning.mp3 at full volume / no ducking" count as one): 25 of two, 9 of three and 4 of four. Of two: a
 * length and a shape (3), music then a music fade (4), music then a clip fade (1), music then quieter / louder (2), two
 * undos (2), two texts (3), two exports (2), an export then the tracks (2), a shape and a resolution, the source muted
 * then music, removing a moment then crossfades, a cut then a whole-clip speed, two cards, the automatic zoom then a
 * clip fade. Of three: a length, a shape and a card; a length, a shape and a title; a length, the source muted and
 * music; a length, a shape and music; a card, a length and a card (2); a move, a trim and the tracks; two undos then a
 * redo; a shape then two exports. Of four: a source, a length, clip fades and an export; a card, an export, the card
 * removed, an export; a background, an export, the background removed, an export; music, an export, a music level, an
 * export. Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: every length-only line names a length ("1 minute and half" / "one
 * minute and the half" / "1 minute 30" / "ninety seconds" 90 s, "half minute" 30 s, "2 minutes 30 seconds" 150 s,
 * "0:50" 50 s, "1:15" 75 s, "aim for 1:45" 105 s; never the source's own length or a number in the context: "12
 * minutes", "4 minutes", "25 minutes", "twelve-minute", "6 minutes", "ten seconds before scrolling"); music with no
 * level ("add the song cafe_de_origen.mp3", "add praise_medley.mp3", "put the lofi music under it") is at 35 % ducked,
 * a level said with it replaces the 35 % ("20%", "50%", "40 percent", "25%", "half volume", "volume 0.3", "30 percent",
 * "45%", "70%", "35 percent", "30%", "25 %", "80%", "15%", "full volume" 100 %, "with low volume, 15%", "40%"); "don't
 * lower it when I speak" / "no ducking" turn ducking off; "little more quiet" / "make am small louder" right after
 * adding music are the changes quieter / louder, "put the music down to 10%" between two exports that level; a fade
 * with no length ("add a fade at the beginning and at the end", "it must to disappear slowly at the end", "Fade in and
 * out, 1 second each") is 1 s, with a length that length ("from black 2 seconds and go to black 2 seconds", "fade out
 * it at the end for 3 seconds", "over 2 seconds", "over half a second", "half second each", "Music fade in 2 s, fade
 * out 3 s"); "crossfade 0.5 s" 500 ms, "crossfades zero" / "no crossfades, straight cuts" 0; idle stretches kept faster
 * with no factor ("put it more fast but not cut it") go 4x; an intro card with no length ("an intro card reading ...")
 * is 2 s, a storyboard's "00:00-00:02 intro card" 2 s and "00:32-00:34 final card" an outro of 2 s; "the default
 * gradient background" / "a background, the default one" / "the background aurora" are aurora; every export names its
 * format; "resolution not change" / "no need to change the resolution" / "export mp4" name none and get none; "1080" /
 * "720" / "4K" alone are 1080p / 720p / 4k.
 * Other readings: "the second part" / "part 2" / "the 2nd clip" / "scene 2" / "the second sequence" / "fragment" /
 * "moment N" / "the beach walk is the 1st moment" is moment N (the draft has three), "in the first place" / "as first"
 * / "in front" / "to position 1" place 1, "at the end" / "to the last" place 3, "scene 3 go before scene 2" and "the
 * third clip should come second" move 3 to 2; "quit the part 2", "Take out the part 1", "drop clip 3" remove that
 * moment; "let it with 8 seconds" / "cut it down to 4 seconds" / "only 5 seconds leave" / "7 seconds make it" / "Trim
 * moment 2 down to 6 seconds" trim to that length, "2 seconds more short" / "3 seconds shorter" / "cut 1.5 seconds from
 * it" / "should end 2 seconds sooner" / "make it 2 seconds shorter" trim by it; "the passage from 1:02 to 1:10 ...
 * remove it", "lose the bit from 0:05 to 0:09", "Take out the part between 1:10 and 1:18" cut that range; "put more
 * slow ... 0.75" / "speed am small, 1.1" / "give it 0.75x" set that moment's speed, "more fast all the clip, 1.5x" /
 * "all the video 1.2x" / "play the whole thing at 1.1x" / "go more slowly, 0.8" the whole clip; "with black bars" /
 * "bars, not blur" letterbox, "cut the sides" / "white bars no, crop do" / "crop it instead of the bars" crop, "blur
 * behind" / "flou behind, I mean blur" / "blurred background in the empty space" blur; "zoom more near" / "zoom more
 * do" more, "a little less" less, "open the automatic zoom" / "turn on" auto, "turn the automatic zoom off" off; "Zoom
 * at 0:14 ..., hold 2 seconds" a zoom at that time; "Remove parts where is silence and nothing happen" / "The dead
 * spots where nobody's clicking or talking, cut those" dead air; "Where nothing happens, not cut, only faster, 6 times"
 * / "pauses ... accelerate them 3 times" the idle speed-up; "leave all video, do not cut nothing" keep everything; "the
 * sound of the machines" / "the voice of the video" / "the sea sound" / "the original sound" / "the recording's own
 * audio" / "the recorded audio" / "Our lab recording sound" / "the pharmacist voice" / "my voice" are the source volume
 * ("mute" / "off" 0, "Down to 50%" 0.5, "put it 150%" 1.5, "make 1.3" 1.3); "Undo, I changed idea" / "cancel the last
 * change" / "Cancel the last thing" / "go back to how it was before the last change" / "sorry wrong, undo" undo, "undo
 * 2 times" / "Undo two times" two undos, "redo one time" redo, "Start from zero, all timeline clean" / "clear the
 * timeline and start fresh" start over; "Show me the tracks" / "show track list" / "list the tracks" the track listing.
 * New texts: a title unless a caption ("caption", "Subtitle", "legend" is not asked) or a lower third is named ("text",
 * "Write ..." are titles); "for the first 4 seconds" / "first 3 seconds" / "from start for 6 sec" from 0 for that long,
 * "at 0:05 during 5 seconds" from there for that long, "at 0:03" from there with no length, "at the start" / "at the
 * beginning" anchored at the start, "at the end 4 second" anchored at the end with that length; "slide in" / "with
 * slide" the slide motion; "centre" / "in the center" / "in the middle of the image" center, "the high part of the
 * image" top. "The title you put" / "the text" / "the caption" / "The text you put" of the draft is text 1 (its words,
 * its place, its start); "remove all the text you put" removes every text, "Delete text number 1" text 1. A music
 * reaction comes with the music added in the same message: music, cards and backgrounds are only changed, faded or
 * removed in a message that adds them (the draft has none), except "take off the music from before", which removes
 * music (the same draft as nothing, sameEdit's musicKept). Context in a pasted brief (attendees, deadlines, who
 * approves, "Kayla books the booth", "everything else as is", "Everything else stays") asks for no edit. A question
 * beside no request changes nothing. History steps, exports and track listings stand where they are said.
 *
 * Read against a draft of 3 moments and 1 text (no music, no card, no background), as fresh 33 was.
 * The lead dropped 1 line shared with an earlier set ("export mp4", also in held-out 7): 269 left.
 * Measured blind on de4a2c0 (session 32, before its grammar round): 219/269 = 81.4 % (7 wrong edits, 4 right edits with words left unread, 17 asked first).
 * After session 32's round (round 36, merged as r36-int): 219/269 = 81.4 % (7 wrong edits, 4 right edits with words
 * left unread, 17 asked first).
 * After session 32's round 37 (three helpers on this set's two themes, pasted briefs and English as a second language,
 * told by the lead from the writers' briefs; none saw a line of the set; merged as r37-int with the lead's fix-slowby):
 * 219/269 = 81.4 % (7 wrong edits, 4 right edits with words left unread, 17 asked first).
 * After session 33's round 38 (six helpers on held-out 33's misses, by class; merged as r38-int): 220/269 = 81.8 % (7 wrong
 * edits, 4 right edits with words left unread, 16 asked first).
 * After session 33's mend (8f46a89): unchanged; opened at the start of session 34.
 * After session 34's round 39 (three helpers on held-out 34's misses, by class, and the lead's format lists; merged as
 * r39-int): 256/269 = 95.2 % (1 wrong edit, 3 right edits with words left unread, 5 asked first).
 * After session 36's round 42 (four helpers on held-out 36's and held-out 35's misses and held-out 34's Chinese ones,
 * by class; merged as r42-int, with the lead's fixes at the merge): unchanged.
 * After session 37's round 43 (four helpers: held-out 37's misses, held-out 33-36's leftovers, by class, and one,
 * everyday, told to write and read its own everyday requests, never a line of a set; merged as 17942c1, with the lead's
 * fixes at the merge): 260/269 = 96.7 % (0 wrong edits, 2 right edits with words left unread, 4 asked first).
 * After session 38's round 44 (four helpers: held-out 39's misses in English and in Chinese, a statement of who, what
 * or why beside a request, and the known wrong readings of the opened sets; with the lead's own everyday wordings;
 * merged as r44-int, with the lead's fixes at the merge): 261/269 = 97.0 % (0 wrong edits, 1 right edit with words left
 * unread, 4 asked first).
 */
export const heldout34En: [string, Phrasing['want']][] = [
  // voice: a talavera pottery workshop owner in Puebla, Mexico (Spanish first language: "actually", "eventually", "put more slow")
  ["Actually the video has 12 minutes, I need it of one minute for the web page of my workshop", best(60)],
  ["put more slow the second part, at 0.75 of speed, is where I paint the flower", speed(0.75, 2)],
  ["Eventually you can put the music lofi? Not very strong, 20%", music('lofi', 0.2)],
  ["The title you put, change it for 'Talavera Hecha a Mano'", editText({ text: 'Talavera Hecha a Mano' })],
  ["the third part I want it in the first place", moveMoment(3, 1)],
  ["Is possible to sell the pieces directly from the video?", nothing],
  ["Make a caption in the bottom from 0:10 to 0:15 that says 'Pintado a mano, pieza por pieza'", text('Pintado a mano, pieza por pieza', { style: 'caption', position: 'bottom', start_ms: 10000, end_ms: 15000 })],
  ["give me it in square with the blur behind, for Instagram", aspect('1:1', 'blur')],
  ["now export in mp4, 1080 please, gracias", exportAs('mp4', '1080p')],
  // voice: an export coordinator at a packaging plant in Manizales, Colombia, on the phone (Spanish first language: "quit" for remove, pues, listo)
  ["listo, make it of 45 seconds for the buyers in korea", best(45)],
  ["quit the part 2 pues, is the warehouse and is very dark", removeMoment(2)],
  ["put it vertical for whatsapp status", aspect('9:16')],
  ["the sound of the machines is too much, lower it to 30%", sourceVolume(0.3)],
  ["add the song cafe_de_origen.mp3 with a fade in of 2 seconds in the start of the song", then(music('cafe_de_origen.mp3'), fade('music', 2000))],
  ["how much it cost to export in 4k?", nothing],
  ["where nothing is moving put it more fast but not cut it", idle()],
  ["put a lower third 'Diana Ospina, Export Coordinator' at the start", text('Diana Ospina, Export Coordinator', { style: 'lower-third', anchor: 'start' })],
  ["send me in webm, 720", exportAs('webm', '720p')],
  // voice: a physiotherapist in Curitiba, Brazil, who sells an exercise app (Portuguese first language: "pretend" for intend, "stays" for is, "legend" for subtitles)
  ["I pretend to post this in YouTube, so make it 16:9 with black bars if need", aspect('16:9', 'letterbox')],
  ["The exercise of the knee, third part, is too long, let it with 8 seconds", trimTo(3, 8000)],
  ["Let the first part 2 seconds more short", trimBy(1, 2000)],
  ["Put one title 'Joelho Forte em 5 Minutos' on the top for the first 4 seconds", text('Joelho Forte em 5 Minutos', { position: 'top', start_ms: 0, end_ms: 4000 })],
  ["The voice of the video stays very low, put it 150%", sourceVolume(1.5)],
  ["Do you can put legend automatic of what I speak?", nothing],
  ["Put an end card 'Agende sua avaliação' of 4 seconds", card('outro', 'Agende sua avaliação', 4)],
  ["Ah, and one card in the beginning also: 'Clínica Movimento', 2 seconds", card('intro', 'Clínica Movimento', 2)],
  ["Export in mov 4k please, obrigada!", exportAs('mov', '4k')],
  // voice: a surf school owner in Ericeira, Portugal, on the phone (Portuguese first language, lowercase)
  ["bom dia. do a clip of 30 seg with the best waves", best(30)],
  ["more fast all the clip, 1.5x", speed(1.5)],
  ["tiktok format, cut the sides", aspect('9:16', 'crop')],
  ["put music lofi 50%", music('lofi', 0.5)],
  ["no no, take off the music from before, i prefer the sound of the sea", noMusic],
  ["the sea sound put it full, 100%", sourceVolume(1)],
  ["zoom more near, i cant see the board", zoom('more')],
  ["obrigado, its perfect", nothing],
  ["export mp4 720 for send on whatsapp", exportAs('mp4', '720p')],
  // voice: a support agent at an agritech startup in Rennes, France (French first language: "actually" for currently, "eventually" for if need be, "realise" for make)
  ["Actually the tutorial makes 4 minutes, we want a version of 1 minute 30 for the newsletter", best(90)],
  ["Eventually, if it is simple, add a fade at the beginning and at the end of the video", fade('clip', 1000, 1000)],
  ["Can you realise a caption 'Étape 1 : connecter le capteur' at 0:05 during 5 seconds?", text('Étape 1 : connecter le capteur', { style: 'caption', start_ms: 5000, duration_ms: 5000 })],
  ["The passage from 1:02 to 1:10, where I search the button, remove it", cut(62, 70)],
  ["Please put the second sequence at the end", moveMoment(2, 3)],
  ["Is the tool able to translate the video in English alone?", nothing],
  ["Crossfade between the sequences, 1 second", crossfade(1000)],
  ["Put the text in the middle of the image", editText({ position: 'center' })],
  ["Export webm 1080, thanks in advance", exportAs('webm', '1080p')],
  // voice: a ski-rental shop manager in Innsbruck, Austria (German first language: "must to be", "become" for get, "handy" for phone)
  ["The clip must to be 20 seconds, it is for the screen in our shop", best(20)],
  ["Also please make it landscape, the screen in the shop is a normal TV", aspect('16:9')],
  ["Where nothing happens, not cut, only faster, 6 times", idle(6)],
  ["I become a lot of noise from the wind, please mute the original sound", sourceVolume(0)],
  ["Add the file alpenrock.mp3 as music, volume 40 percent", music('alpenrock.mp3', 0.4)],
  ["Title 'Skiverleih Innsbruck' on bottom, slide in, first 3 seconds", text('Skiverleih Innsbruck', { position: 'bottom', motion: 'slide', start_ms: 0, duration_ms: 3000 })],
  ["Can I open the project on my handy later?", nothing],
  ["Zoom at 0:14 to the price list, hold 2 seconds", zoomAt(14, 2)],
  ["Export mp4 in 4K, and then I am going to ski", exportAs('mp4', '4k')],
  // voice: a B&B owner in Lecce, Italy (Italian first language: "more short", "too much loud", "changed idea")
  ["Make it more short please, 40 seconds is enough", best(40)],
  ["Put the music lofi, not too much loud, 25%, and don't lower it when I speak", then(music('lofi', 0.25), ducking(false))],
  ["The terrace scene is the most beautiful, is the third, put it as first", moveMoment(3, 1)],
  ["Put the background aurora behind the video", background('aurora')],
  ["Write 'Benvenuti a Casa Salento' in the centre at the start", text('Benvenuti a Casa Salento', { position: 'center', anchor: 'start' })],
  ["Undo, I changed idea", undo],
  ["Make the video go more slowly, 0.8", speed(0.8)],
  ["You can post it on Booking.com for me?", nothing],
  ["Export gif for the website, 720", exportAs('gif', '720p')],
  // voice: a university IT helpdesk technician in Lublin, Poland (Polish first language: no articles, "please" first)
  ["Please make video 2 minutes, from recording of password reset", best(120)],
  ["Remove parts where is silence and nothing happen on screen", deadAir],
  ["Please use only file reset_haslo_2.mp4", only('reset_haslo_2.mp4')],
  ["Add caption on bottom 'Krok 2: wpisz nowe hasło' from 0:25 to 0:31", text('Krok 2: wpisz nowe hasło', { style: 'caption', position: 'bottom', start_ms: 25000, end_ms: 31000 })],
  ["Second fragment make faster 2x please", speed(2, 2)],
  ["Title is wrong, should be 'Reset hasła USOS'", editText({ text: 'Reset hasła USOS' })],
  ["No music please, it is for university", nothing],
  ["Set 1080p, export I will do later", resolution('1080p')],
  ["Export mov, resolution not change", exportAs('mov')],
  // voice: a towel factory export sales manager in Bursa, Turkey (Turkish first language: verb last)
  ["This video for German customer 1 minute will be", best(60)],
  ["Towels closer I want to see, zoom more do", zoom('more')],
  ["The text you put, at 0:04 it should start", editText({ start_ms: 4000 })],
  ["Video square make, white bars no, crop do", aspect('1:1', 'crop')],
  ["First part 3 seconds shorter make", trimBy(1, 3000)],
  ["Lower third put: 'Mehmet Aydın, Export Manager'", text('Mehmet Aydın, Export Manager', { style: 'lower-third' })],
  ["Music I have, fabrika_tema.mp3, this add, half volume", music('fabrika_tema.mp3', 0.5)],
  ["Our company logo to top corner how I add?", nothing],
  ["webm 720 export, for our website", exportAs('webm', '720p')],
  // voice: a hazelnut trader in Trabzon, Turkey, on the phone (Turkish first language, lowercase, no punctuation)
  ["short video 15 second make for instagram reels", then(best(15), aspect('9:16'))],
  ["blur behind put", fill('blur')],
  ["hazelnut breaking part 2 more slow 0.5", speed(0.5, 2)],
  ["music lofi add then little more quiet", then(music('lofi'), quieter)],
  ["this is good?", nothing],
  ["text 'Taze Fındık 2026' top put 0:00 to 0:05", text('Taze Fındık 2026', { position: 'top', start_ms: 0, end_ms: 5000 })],
  ["undo 2 times", then(undo, undo)],
  ["redo one time", redo],
  // voice: a QA tester at a logistics startup in Novosibirsk, Russia (Russian first language: no articles, "it is necessary")
  ["Need to make from recording 0:50 demo, please", best(50)],
  ["It is necessary to delete piece from 0:33 to 0:41, there is bug visible", cut(33, 41)],
  ["Third moment delete also", removeMoment(3)],
  ["Make crossfades zero, I like hard cuts", crossfade(0)],
  ["Add title 'Route Optimizer v2.3' at 0:02 for 4 seconds, top", text('Route Optimizer v2.3', { start_ms: 2000, duration_ms: 4000, position: 'top' })],
  ["Background put picture grid_bg.png", background('grid_bg.png')],
  ["Delete text number 1, title is old", removeText(1)],
  ["Why render takes so long on my laptop?", nothing],
  ["Export webm in 4K", exportAs('webm', '4k')],
  // voice: a tram depot maintenance planner in Yekaterinburg, Russia (Russian first language: double negatives, "accelerate")
  ["Please leave all video, do not cut nothing", keepAll],
  ["But pauses where nobody speak and screen is still, accelerate them 3 times", idle(3)],
  ["Add music depo_march.mp3, volume 0.3", music('depo_march.mp3', 0.3)],
  ["Make clip appear from black 2 seconds and go to black 2 seconds", fade('clip', 2000, 2000)],
  ["Caption 'Плановый ремонт — scheduled maintenance' at end, 3 seconds", text('Плановый ремонт — scheduled maintenance', { style: 'caption', anchor: 'end', duration_ms: 3000 })],
  ["Vertical no, stay horizontal 16:9", aspect('16:9')],
  ["Thank you, very good work", nothing],
  ["Start from zero, all timeline clean", startOver],
  ["Resolution 4K please, for the big screen in the depot", resolution('4k')],
  // voice: a PR officer at a denim mill in Okayama, Japan (Japanese first language: very polite, "please" on every line)
  ["Excuse me. I would like to make 1 minute and half video of our denim weaving.", best(90)],
  ["Please make 9:16 for Instagram Reels, with blurred background in the empty space.", aspect('9:16', 'blur')],
  ["The indigo dyeing scene is scene 2. Please move it to the last.", moveMoment(2, 3)],
  ["Please put title 'Okayama Denim, Since 1962' at the beginning, with slide.", text('Okayama Denim, Since 1962', { anchor: 'start', motion: 'slide' })],
  ["I am sorry, please cancel the last change.", undo],
  ["Please add shamisen_loop.wav at 30 percent, and fade out it at the end for 3 seconds.", then(music('shamisen_loop.wav', 0.3), fade('music', undefined, 3000))],
  ["Is it possible to make English subtitles automatically from Japanese speech?", nothing],
  ["Please make the zoom a little less.", zoom('less')],
  ["Please export in 4K, format mov. Thank you very much for your help.", exportAs('mov', '4k')],
  // voice: a lab technician at a research institute in Daejeon, South Korea (Korean first language: topic first, "please" last)
  ["Experiment recording is 25 minutes. 3 minutes video please.", best(180)],
  ["Centrifuge part is boring. Moment 1, only 5 seconds leave please", trimTo(1, 5000)],
  ["Pipette scene (second one) speed 1.25 please", speed(1.25, 2)],
  ["Our lab recording sound is noisy. Down to 50% please", sourceVolume(0.5)],
  ["Subtitle 'Sample prep — 4°C' position top, 0:40~0:48", text('Sample prep — 4°C', { style: 'caption', position: 'top', start_ms: 40000, end_ms: 48000 })],
  ["Zoom to the screen at 1:05, 5 seconds hold", zoomAt(65, 5)],
  ["The auto zoom, turn on please", zoom('auto')],
  ["Can share with professor by link?", nothing],
  ["Export mp4 1080, and after that show track list", then(exportAs('mp4', '1080p'), tracks)],
  // voice: a fruit-chips seller in Malang, Indonesia, on the phone (Indonesian first language: "can?", "already", "ya")
  ["make video half minute can? for shopee", best(30)],
  ["the video make square", aspect('1:1')],
  ["the apple chips close up part 3 i want in front", moveMoment(3, 1)],
  ["put music lofi, the volume 45%", music('lofi', 0.45)],
  ["add text 'Keripik Apel Malang Asli' bottom, at the end 4 second", text('Keripik Apel Malang Asli', { position: 'bottom', anchor: 'end', duration_ms: 4000 })],
  ["my voice too small, make 1.3", sourceVolume(1.3)],
  ["sorry wrong, undo", undo],
  ["already finish? the result where i can see?", nothing],
  ["export mp4 720 ya", exportAs('mp4', '720p')],
  // voice: a private school proprietor in Ibadan, Nigeria (Nigerian English: kindly, totally, "let it stay")
  ["Good afternoon. Kindly reduce the open day recording to 2 minutes 30 seconds for the parents' WhatsApp group.", best(150)],
  ["The second part where the generator was making noise, kindly remove it totally.", removeMoment(2)],
  ["Put a title 'Greenfield Heights Schools, Ibadan' at the top for the first five seconds.", text('Greenfield Heights Schools, Ibadan', { position: 'top', start_ms: 0, duration_ms: 5000 })],
  ["Add an outro card that says 'Admission is ongoing', let it stay 5 seconds.", card('outro', 'Admission is ongoing', 5)],
  ["The pupils' recitation, the sound is low. Increase the original sound to 120 percent.", sourceVolume(1.2)],
  ["Put the school anthem, anthem.mp3, as background music at 70%.", music('anthem.mp3', 0.7)],
  ["Please can it send the video to all the parents by itself?", nothing],
  ["Well done. Make it landscape 16:9 for the projector.", aspect('16:9')],
  ["Export MP4 1080p please.", exportAs('mp4', '1080p')],
  // voice: a church media team lead in Port Harcourt, Nigeria, on the phone (Nigerian Pidgin mixed in: sharp sharp, make am, na, e don do, jare)
  ["pastor want the sermon highlight for 1 minute sharp sharp", best(60)],
  ["make am vertical for tiktok o, with black bars", aspect('9:16', 'letterbox')],
  ["the praise part na the 3rd one, speed am small, 1.1", speed(1.1, 3)],
  ["put caption 'Sunday Service, Living Word Chapel' for bottom from start for 6 sec", text('Sunday Service, Living Word Chapel', { style: 'caption', position: 'bottom', start_ms: 0, duration_ms: 6000 })],
  ["cut 0:44 to 0:52, the usher block the camera", cut(44, 52)],
  ["add praise_medley.mp3 as music then make am small louder", then(music('praise_medley.mp3'), louder)],
  ["e don do. thank you jare", nothing],
  ["remove all the text you put", removeText()],
  ["export mp4 720 make e no too big for data", exportAs('mp4', '720p')],
  // voice: a clinical instructor at a nursing school in Iloilo, the Philippines (Filipino English: po, kindly)
  ["Good morning po. Kindly make the IV insertion demo into a 4-minute video for our students.", best(240)],
  ["Kindly remove the third part po, the student there didn't consent to be filmed.", removeMoment(3)],
  ["Kindly make the hand washing part slower, 0.5x, it's the second part.", speed(0.5, 2)],
  ["Put a lower third 'Prof. Maricel Dela Cruz, Clinical Instructor' po", text('Prof. Maricel Dela Cruz, Clinical Instructor', { style: 'lower-third' })],
  ["Kindly add intro card 'NCM 112: Peripheral IV Insertion' for 3 seconds", card('intro', 'NCM 112: Peripheral IV Insertion', 3)],
  ["Can you do the voiceover in Hiligaynon also?", nothing],
  ["Kindly put crossfade of 0.5 seconds in between the parts", crossfade(500)],
  ["Kindly export as mov po, 1080p", exportAs('mov', '1080p')],
  ["Salamat po! Kindly export also a webm, 720p", exportAs('webm', '720p')],
  // voice: a training coordinator for a pharmacy chain in Irbid, Jordan (Arabic first language: "open" / "close" for on / off, "please to", p written b)
  ["Hello, I want to make the training video one minute and the half.", best(90)],
  ["Please open the automatic zoom", zoom('auto')],
  ["The bart of the cashier system is number 2, make it the first", moveMoment(2, 1)],
  ["Please to write in the bottom 'Dosage check: always two times' from 0:15 until 0:21 as caption", text('Dosage check: always two times', { style: 'caption', position: 'bottom', start_ms: 15000, end_ms: 21000 })],
  ["Put the video on a background, the default one", background()],
  ["Make the pharmacist voice louder, 1.6", sourceVolume(1.6)],
  ["Is the video ok for the Ministry of Health approval?", nothing],
  ["Cancel the last thing, I did mistake", undo],
  ["Export it gif 720 for the email", exportAs('gif', '720p')],
  // voice: an olive-oil exporter in Sfax, Tunisia (Arabic and French first languages: bonjour, flou, "must to", "eventually")
  ["Bonjour, the video of the mill, do it 35 seconds", best(35)],
  ["Format 4:5 for the Instagram feed, with flou behind, I mean blur", aspect('4:5', 'blur')],
  ["The first sequence, cut 1.5 seconds from it", trimBy(1, 1500)],
  ["Add title \"Huile d'Olive Extra Vierge, Sfax\" at 0:03 in the center", text("Huile d'Olive Extra Vierge, Sfax", { start_ms: 3000, position: 'center' })],
  ["Music: put my file zitouna.mp3, 35 percent, and it must to disappear slowly at the end", then(music('zitouna.mp3', 0.35), fade('music', undefined, 1000))],
  ["Eventually, if you can, put the crossfade 0.7 second between the scenes", crossfade(700)],
  ["The text, put it in the high part of the image", editText({ position: 'top' })],
  ["Merci, it's very good like this", nothing],
  ["Export mov 720", exportAs('mov', '720p')],
  // voice: an executive assistant in a government department in Canberra, Australia, forwarding her director's notes ("per Dana")
  ["Forwarding from Dana (Director, Comms). Per Dana: 'cut the portal walkthrough to ninety seconds, square for the intranet tile, and an intro card reading \"Grants Portal: What's New\".' She'll review Thursday.", then(best(90), aspect('1:1'), card('intro', "Grants Portal: What's New"))],
  ["Per Dana: the third clip should come second.", moveMoment(3, 2)],
  ["Notes from this morning's meeting, for the video:\n- remove moment 2 (old logo still visible)\n- crossfade 0.5 s between the rest\n- Dana to approve final cut by COB Friday", then(removeMoment(2), crossfade(500))],
  ["Dana's feedback: change the caption's wording to \"Applications close 30 June\". Thanks!", editText({ text: 'Applications close 30 June' })],
  ["Per Dana, export as MP4 at 1080p for the intranet and a 720p MP4 for the email bulletin.", then(exportAs('mp4', '1080p'), exportAs('mp4', '720p'))],
  ["Question from Dana: does the tool keep the original recording, or does it overwrite it?", nothing],
  ["Per Dana: zoom in at 0:22 on the Submit button for 3 seconds; otherwise leave the zoom alone.", zoomAt(22, 3)],
  ["Dana says the recording's own audio has a hum. Mute it and put the lofi track under it at 30%.", then(sourceVolume(0), music('lofi', 0.3))],
  ["Per Dana: go back to how it was before the last change.", undo],
  // voice: a customer-education lead at a fish-farm software company in Bergen, Norway (numbered steps)
  ["Steps for the feeding-module video:\n1. Keep only feeding_demo_final.mov\n2. Make it 2 minutes\n3. Fade in and out, 1 second each\n4. Export MP4 1080p", then(only('feeding_demo_final.mov'), best(120), fade('clip', 1000, 1000), exportAs('mp4', '1080p'))],
  ["1) Move moment 3 to position 1  2) Trim moment 2 down to 6 seconds  3) Show me the tracks", then(moveMoment(3, 1), trimTo(2, 6000), tracks)],
  ["Context: the audience is fish-farm site managers, many watch on a phone out on the boat, and the signal is bad. Deadline is the 15th. With that in mind: make it vertical.", aspect('9:16')],
  ["1. Add a lower third 'Ingrid Solheim, Customer Education' for the first 5 seconds\n2. Add a caption 'Feeding plan > Adjust > Save' at 0:30 for 4 seconds", then(text('Ingrid Solheim, Customer Education', { style: 'lower-third', start_ms: 0, duration_ms: 5000 }), text('Feeding plan > Adjust > Save', { style: 'caption', start_ms: 30000, duration_ms: 4000 }))],
  ["1. Music: fjord_ambient.wav at 25 %\n2. Music fade in 2 s, fade out 3 s", then(music('fjord_ambient.wav', 0.25), fade('music', 2000, 3000))],
  ["Is there an API so we can generate these for every release automatically?", nothing],
  ["1. Add an outro card 'Questions? Ask your site lead' for 3 seconds\n2. Export MP4 720p\n3. Remove the outro card\n4. Export WebM 720p", then(card('outro', 'Questions? Ask your site lead', 3), exportAs('mp4', '720p'), removeCard('outro'), exportAs('webm', '720p'))],
  ["Step 1: undo. Step 2: undo again. Step 3: redo.", then(undo, undo, redo)],
  ["Two more, numbered: 1. cut 0:48 to 0:55 (an error dialog shows) 2. play the whole thing at 1.1x", then(cut(48, 55), speed(1.1))],
  // voice: a marketing coordinator at a farm-equipment dealership in Saskatoon, Saskatchewan, Canada (pasting meeting notes)
  ["Meeting notes, Tue:\n- Attendees: Brent, Kayla, me\n- Video for the new auto-steer app: 45 sec max\n- Landscape for the website\n- Next meeting: the 12th", then(best(45), aspect('16:9'))],
  ["From Brent: 'lose the bit from 0:05 to 0:09, the old price shows'", cut(5, 9)],
  ["Action items from the sync: (a) intro card 'AutoSteer Pro' 3 sec (b) outro card 'Visit your Prairie Ag dealer' 3 sec (c) Kayla books the booth", then(card('intro', 'AutoSteer Pro', 3), card('outro', 'Visit your Prairie Ag dealer', 3))],
  ["Kayla wanted to know if we can put the video straight onto the dealer Facebook page from here.", nothing],
  ["Note from Brent: the combine engine noise is too loud, bring the recording's sound down to 40 %.", sourceVolume(0.4)],
  ["Decisions: no crossfades, straight cuts. Everything else stays.", crossfade(0)],
  ["Minutes, item 4: lofi music at 35%, and fade the whole video out over 2 seconds at the end.", then(music('lofi', 0.35), fade('clip', undefined, 2000))],
  ["Follow-up: put the video on the yard photo, yard_photo.jpg, as a background, export webm 1080p for the trade show, then take the background off and export an mp4 1080p for the website.", then(background('yard_photo.jpg'), exportAs('webm', '1080p'), noBackground, exportAs('mp4', '1080p'))],
  ["Last item: turn the automatic zoom off, Brent found it distracting.", zoom('off')],
  // voice: a shipyard safety trainer in Ulsan, South Korea (storyboards with times; Korean first language)
  ["Storyboard: intro card 'Hot Work Permit' 3 seconds, then best moments 1 minute, then outro card 'Safety First' 2 seconds", then(card('intro', 'Hot Work Permit', 3), best(60), card('outro', 'Safety First', 2))],
  ["0:00-0:04 title 'Ulsan Yard Safety Training 3' top\n0:10-0:15 caption 'Check gas level before welding' bottom", then(text('Ulsan Yard Safety Training 3', { start_ms: 0, end_ms: 4000, position: 'top' }), text('Check gas level before welding', { style: 'caption', start_ms: 10000, end_ms: 15000, position: 'bottom' }))],
  ["Scene 2 is too long. 7 seconds make it.", trimTo(2, 7000)],
  ["Workers watch on canteen TV. So 16:9 please, and 1080p.", then(aspect('16:9'), resolution('1080p'))],
  ["Zoom at 0:27 on the gas detector, 4 seconds", zoomAt(27, 4)],
  ["Sound of grinder is terrible. Original sound off.", sourceVolume(0)],
  ["Who made this program? Very useful.", nothing],
  ["Storyboard change: scene 3 go before scene 2.", moveMoment(3, 2)],
  ["Final: export MOV 1080p for the canteen TV", exportAs('mov', '1080p')],
  // voice: an ad-agency copywriter in Fortaleza, Brazil (storyboards; Portuguese first language: "take out", "more fast")
  ["Roteiro for the beach kiosk app:\n00:00-00:02 intro card 'Barraca Sol Nascente'\n00:02-00:32 the best moments, 30 seconds\n00:32-00:34 final card 'Peça pelo app'", then(card('intro', 'Barraca Sol Nascente', 2), best(30), card('outro', 'Peça pelo app', 2))],
  ["Format: Reels, 9:16, with the blur in the sides", aspect('9:16', 'blur')],
  ["Take out the part 1, is the client's old logo", removeMoment(1)],
  ["Caption in the storyboard: 00:05-00:09 'Peça sem sair da areia' at the bottom", text('Peça sem sair da areia', { style: 'caption', start_ms: 5000, end_ms: 9000, position: 'bottom' })],
  ["Soundtrack: forro_pe_de_serra.mp3, 80%", music('forro_pe_de_serra.mp3', 0.8)],
  ["The client asked 'can it be more fast?' so all the video 1.2x", speed(1.2)],
  ["The client also asked if we can do a version in Spanish automatic. Can we?", nothing],
  ["Approved! Export mp4 1080 for the Meta ads", exportAs('mp4', '1080p')],
  ["Oops, the client wants the version from before. Undo two times", then(undo, undo)],
  // voice: a SaaS founder in Spokane, Washington, USA (long paragraphs of context around one request)
  ["Some background: we're a four-person team building inventory software for independent bike shops, and we launch on Product Hunt next Tuesday. Our audience is shop owners who aren't technical and will give a video about ten seconds before scrolling. I recorded a twelve-minute walkthrough yesterday. What I need from you is a 40-second cut of the best parts.", best(40)],
  ["For context, our brand colors are green and black and our designer is out this week, so nothing fancy. Can you put the recording on the default gradient background and leave it at that?", background()],
  ["The Product Hunt gallery shows video in landscape, and our investor update email embeds a GIF. So: landscape, then export a GIF at 720p and an MP4 at 1080p.", then(aspect('16:9'), exportAs('gif', '720p'), exportAs('mp4', '1080p'))],
  ["I watched it with my cofounder and we both felt the part where I scroll through settings (it's the second moment) drags; please cut it down to 4 seconds. Everything else works.", trimTo(2, 4000)],
  ["My cofounder Priya wrote the copy, which we spent an embarrassing amount of time on, and the tagline we landed on is 'Inventory that rides with you'. Put it as the title for the first three seconds.", text('Inventory that rides with you', { start_ms: 0, duration_ms: 3000 })],
  ["We've had bad experiences with music licensing on a past launch and I'd rather not risk it, so please make sure there's no music on this.", nothing],
  ["Honestly I'm just curious: how does this decide which parts are the 'best'? Is it listening to my voice or watching the mouse?", nothing],
  ["One more thought after sleeping on it: the clicks are hard to see on a laptop screen, so turn on the automatic zoom, and fade the start in over half a second.", then(zoom('auto'), fade('clip', 500))],
  ["We decided to rethink the whole thing after a call with our advisor, so clear the timeline and start fresh.", startOver],
  // voice: a marketing officer at a university in Wollongong, Australia (bulleted lists)
  ["• 60 sec version of the open day campus tour\n• square\n• lofi bed at 30%", then(best(60), aspect('1:1'), music('lofi', 0.3))],
  ["• title 'Open Day 2027' centre, first 4 sec\n• caption 'Register now' at the end, 3 sec", then(text('Open Day 2027', { position: 'center', start_ms: 0, duration_ms: 4000 }), text('Register now', { style: 'caption', anchor: 'end', duration_ms: 3000 }))],
  ["- drop clip 3 (the car park, nobody needs that)", removeMoment(3)],
  ["Quick list for the social team:\n- the beach walk is the 1st moment, give it 0.75x\n- everything else as is", speed(0.75, 1)],
  ["- vertical 9:16 for Stories\n- bars, not blur, the signage has to stay in full", aspect('9:16', 'letterbox')],
  ["- music: the lofi one from before again, but at 15%", music('lofi', 0.15)],
  ["- can we caption in Auslan? (probably not, just asking)", nothing],
  ["- the title you put: move it to the top", editText({ position: 'top' })],
  ["- export .mov, 4K, for the big screen in the foyer\n- then list the tracks so I can check", then(exportAs('mov', '4k'), tracks)],
  // voice: an HR generalist at a sugar-beet cooperative in Fargo, North Dakota, USA (forwarding her manager Gary's notes)
  ["From my manager (Gary): 'Benefits enrollment walkthrough needs to be under two minutes, aim for 1:45. Mute the recorded audio and put the lofi music under it.'", then(best(105), sourceVolume(0), music('lofi'))],
  ["Gary's notes, copied as is: 'Too slow in the middle. The dead spots where nobody's clicking or talking, cut those.'", deadAir],
  ["Gary again: 'Lower third for me at the start: Gary Lindqvist, HR Director.'", text('Gary Lindqvist, HR Director', { style: 'lower-third', anchor: 'start' })],
  ["Per Gary: 'Take out the part between 1:10 and 1:18, that's the old deductible.'", cut(70, 78)],
  ["Gary asks whether employees can watch this without signing in to anything. Do you know?", nothing],
  ["Gary: 'Use the second recording only, the first one had the wrong plan year.'", only('second')],
  ["Forwarded: 'Bring the start in from black, one second. Leave the end alone.'", fade('clip', 1000)],
  ["Gary's last note: 'Clip 1 should end 2 seconds sooner.'", trimBy(1, 2000)],
  ["Gary wants to see the file, so export MP4 at 720p.", exportAs('mp4', '720p')],
  // voice: a coffee roaster in Baguio, the Philippines (bulleted briefs; Filipino English: po, hehe, Ate)
  ["Hi po! For our roastery page:\n- make it 1:15 long\n- 4:5 for the IG feed\n- title 'Benguet Arabica, roasted in Baguio' at the top", then(best(75), aspect('4:5'), text('Benguet Arabica, roasted in Baguio', { position: 'top' }))],
  ["- remove the 2nd clip, the roaster is smoking too much there hehe", removeMoment(2)],
  ["- zoom at 0:18 on the beans cracking, 3 sec", zoomAt(18, 3)],
  ["- the bag sealing part is the 3rd, make it 2 seconds shorter po", trimBy(3, 2000)],
  ["Ate Joy (the owner) asked: can the video have our price list clickable?", nothing],
  ["- music: kalimba_morning.mp3 at full volume\n- no ducking", then(music('kalimba_morning.mp3', 1), ducking(false))],
  ["- background: our uploaded photo, sacks.png", background('sacks.png')],
  ["- crop it instead of the bars po", fill('crop')],
  ["- export gif (for the website banner)\n- and mp4, no need to change the resolution", then(exportAs('gif'), exportAs('mp4'))],
  // voice: a perfume and oud e-shop owner in Jeddah, Saudi Arabia (long context first; Arabic first language: salam, "must to", jazak Allah khair)
  ["Salam. I will explain first: we are small oud and perfume shop online, the customers are mostly women in Jeddah and Riyadh, they watch on Snapchat and TikTok, Ramadan campaign start in two weeks. I recorded how to order from our website, 6 minutes. I need it 30 seconds and vertical.", then(best(30), aspect('9:16'))],
  ["Our designer say the text must to be at the bottom always. So the title you put, put it at the bottom.", editText({ position: 'bottom' })],
  ["Please add the caption 'Free delivery inside Jeddah' from second 12 to second 17", text('Free delivery inside Jeddah', { style: 'caption', start_ms: 12000, end_ms: 17000 })],
  ["Music: the file nasheed_soft.mp3 with low volume, 15%", music('nasheed_soft.mp3', 0.15)],
  ["The checkout part, it is the third, make it little faster, 1.5", speed(1.5, 3)],
  ["Bring the first part to the end", moveMoment(1, 3)],
  ["Make the video start from black and finish in black, half second each", fade('clip', 500, 500)],
  ["My brother ask, this program work on Mac also?", nothing],
  ["Add lofi music 40% and export mp4 1080. After, put the music down to 10% and export again mp4 1080, I want to compare.", then(music('lofi', 0.4), exportAs('mp4', '1080p'), musicVolume(0.1), exportAs('mp4', '1080p'))],
];
