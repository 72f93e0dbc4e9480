import { aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder, moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText, resolution, sourceVolume, speed, startOver, text, then, trimBy, trimTo, tracks, undo, zoom, zoomAt } from '../ops';
import type { Phrasing } from '../ops';

/**
 * Held-out 35 (written as fresh 35; measured blind in sessions 33 and 34, opened in session 35), English: a blind phrasing set written by a helper on 2026-12-04, to measure the parser on words it was
 * never tuned on, in two kinds of wording. (1) Indirect, hedged and polite requests, and messages that change their
 * mind: "would it be possible to ...", "I was wondering if you could ...", "if it's not too much trouble", "maybe try
 * ...", "I think it'd work better with ...", "could we possibly ...", "not sure this is doable but ...", "Might I ask
 * that ...", "Would you be so kind as to ..."; messages that correct themselves midway ("Make it 30 seconds, sorry, I
 * meant 45", "Export as MOV, 4K. No, hold on, the agency wants MP4", "Take out the first moment. Actually keep it, take
 * out the third", "Add the lofi track. Sorry, not the lofi, use regatta_theme.mp3 instead"), where only the final wish
 * counts; messages that say what not to touch beside what to do ("don't touch the text. just 4:5 with letterbox", "dont
 * change the music or text, only make it 1080p"); real questions about what the product can do ("Is it able to do slow
 * motion, generally?", "does the CLI run headless on linux?", "Does the text support right-to-left scripts?") beside
 * requests worded as questions ("can u make the video vertical?", "Could you set the output resolution to 720p?").
 * (2) People who name the goal or the destination instead of the operation ("This is going up as an Instagram story"
 * 9:16, "The director has half a minute between agenda items" 30 s, "Nobody needs to watch me wait for the satellite
 * uplink to connect" dead air, "The MLS only takes landscape video" 16:9, "the lobby screen, which is 4K" 4k, "The
 * ticketing system on the ship only shows GIFs inline" a GIF export), and goals that pin no edit, which change nothing
 * ("It needs to feel more Arctic somehow", "its for our google business profile"). Moods: polite, apologetic,
 * frustrated after a bad result, terse power users, chatty; six voices type on a phone; many lines refer to what is on
 * the timeline (the title, "moment three", "the second bit", "clip three", "the last change").
 *
 * Read while writing: /work/briefs/writer35-en.md (the brief), bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts,
 * src/protocol/editOps.ts, src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you
 * can say" table), issue 13 (/work/briefs/issue13.md) and /work/briefs/headers36.txt (the header comments of the
 * earlier sets): the header of fresh34/en.ts read whole for its form and decided readings; the rest only grepped, on a
 * private copy under /tmp with the line breaks and the " * " joins removed so that names split over two lines were
 * found: first a grep for the "=== bench/phrasings/..." lines (which printed those file names), then hit counts for
 * about 170 candidate places, then short context for the trades, regions and countries of the voices kept. Every place
 * kept below had no hit at all in headers36.txt; trades with a hit were changed (a Nelson bike shop, a Missoula
 * fly-fishing guide, a Pokhara trekking agency, a Sylhet tea estate, a Lausanne watchmaker, an Ipoh durian seller, a
 * Heraklion ferry agent, a Malé concierge, an Invercargill piano teacher, a Shreveport diner, a Thessaloniki museum
 * educator, a Duluth robotics coach, a Ballarat florist, a Trieste yoga teacher, a Townsville dive shop and a Košice
 * indie game developer were all turned away).
 * Not read: any other phrasing set or other file under bench/phrasings/, the parser (src/engine),
 * src/protocol/vocabulary.ts or any other src file, test/, scripts/, bench/*.ts, out/, dist/, /work/*.txt, /work/main,
 * any other worktree, any other brief; no git log / diff / show / grep over the repository; no sentence was run through
 * the parser, the CLI, the engine or the bench. bench/phrasings/ was never listed: only `mkdir -p
 * bench/phrasings/fresh35` and a `test -e` of this one file before copying it in. This file was drafted in a private
 * folder under /tmp and copied here.
 * Slips, said exactly: none. Said for completeness: the greps printed short context from other headers (voices, their
 * trades and dialect words, a few of their decided readings and "Read while writing" lines; no phrasing line of any
 * set); the brief's type-check compiles the modules this file imports, so tsc compiled src/protocol (vocabulary
 * included) to check the types, none of it shown. Run on this file only: that type-check, a `git status --short`, and
 * python over its own text (the builders re-written in python) to count lines, voices, must-change-nothing lines,
 * requests per line, operations, exports, shapes, texts, music and repeats. The built-in gradient and music names
 * other than aurora and lofi were not known, so no line names another built-in; text positions are top / center /
 * bottom (draft.ts), styles title / caption / lower-third, motions fade / slide.
 *
 * Voices (30, none of them in an earlier set: each place, trade and country grepped in headers36.txt first): a
 * wedding celebrant in Ballarat, Victoria, Australia (polite, hedged), a logistics coordinator for an Arctic research
 * station's office in Tromsø, Norway (names the destination or the goal, dry), a wine-tour operator in Mendoza,
 * Argentina (chatty, changes her mind), a public-radio producer in Duluth, Minnesota, USA (frustrated, particular about
 * sound), a platform engineer in Ghent, Belgium (terse power user: "m2 to slot 1"), an agricultural-contractor office
 * manager in Invercargill, New Zealand (apologetic: every line starts with sorry), a shrimp-hatchery owner in Khulna,
 * Bangladesh, on the phone (kindly, pls, u), a handloom cooperative coordinator in Pokhara, Nepal, on the phone
 * (hedged: maybe, not sure this is doable), a localisation project manager at a software firm in Timișoara, Romania
 * (precise, hedged), an ice-rink manager in Thunder Bay, Ontario, Canada (chatty), a fisheries biologist in Juneau,
 * Alaska, USA (names the goal), a cardamom exporter in Kochi, India (polite), a library outreach coordinator in
 * Asheville, North Carolina, USA (apologetic), a realtor in Lubbock, Texas, USA (names the goal: Reels, the MLS,
 * Zillow), a sailing-club secretary in Trieste, Italy (corrects herself midway), a communications officer at a citrus
 * cooperative in Valencia, Spain (names the goal), a UX writer at a fintech in Košice, Slovakia (terse, lowercase), a
 * sea-turtle rescue volunteer coordinator in Hilo, Hawaii, USA, on the phone (emoji, lol, mahalo), a rugby club media
 * officer in Bloemfontein, South Africa (frustrated: "No man", "Third time asking"), a patent attorney in Freiburg,
 * Germany (formal, hedged), a seaplane operations scheduler in Malé, Maldives, on the phone (terse), a hop grower in
 * Nelson, New Zealand (chatty: reckon, my mate, rubbish), a hotel-school lecturer in Lausanne, Switzerland (polite), a
 * bouzouki teacher in Thessaloniki, Greece (changes his mind), a badminton coach in Ipoh, Malaysia, on the phone
 * (Malaysian English: boss, can, ah, can already), a riverboat-casino marketing coordinator in Shreveport, Louisiana,
 * USA (frustrated), a winter-tyre shop owner in Whitehorse, Yukon, Canada (terse), a car-rental desk manager at the
 * airport in Heraklion, Crete, Greece, on the phone (names the goal), a career-services adviser at a university in
 * Missoula, Montana, USA (polite, chatty), a bookkeeper on a cattle station near Townsville, Queensland, Australia
 * (apologetic, names the goal).
 * Near neighbours said plainly (the trade and the place together are new; the country, region or a trade with no
 * place is not): Australian voices (Perth, Darwin, the Gold Coast, Canberra, Wollongong, a Cairns dive instructor, a
 * Queensland cane cutter), a wedding planner and a florist with no place; a Bergen fish-farm software voice in Norway;
 * Argentine voices (Córdoba, Rosario, Mar del Plata in a Chinese set), winemakers in Chinese sets and a Kakheti wine
 * maker; a Minnesota ice-fishing guide, a ham radio operator and a night-radio host (a Chinese set); an SRE on call,
 * Flemish voices (an Antwerp jeweller, a Bruges chocolatier) and a Liège waffle truck; New Zealand voices (a sheep
 * shearer, a marae helper); a Dhaka garment merchandiser and a Chittagong makeup artist, shrimp farmers in Chinese sets;
 * a Nepali trekking-agency owner and a Kathmandu momo cook; Romanian voices (Bucharest, Cluj-Napoca, Transylvania) and
 * a translator who localises software; a Zamboni driver and Québécois hockey voices; a deckhand on an Alaskan crab boat
 * and marine biologists (one in Antananarivo); a Kerala mahout and an Alleppey houseboat cook; a librarian with no
 * place, North Carolina voices (Charlotte, Raleigh, Gullah Geechee); real-estate agents in Kelowna and Limassol and a
 * Texas roofer, a San Antonio streamer, a Hill Country blacksmith; a sailing instructor with no place, Italian voices
 * (Lecce, Genoa, Venice); Spanish voices (Salamanca, Granada); Slovak voices (Detva, Bratislava), a UX researcher in
 * Basel; a Hawaiian ukulele maker and teacher, a turtle-farm guide on Grand Cayman; rugby voices (a Samoan player, a
 * Tongan coach), South African voices (a safari lodge, Clanwilliam, Oudtshoorn in a Chinese set); a lawyer (formal)
 * with no place, German voices (Nuremberg, Cologne, Leipzig, Hamburg); a dive-boat captain in the Maldives; a hotel
 * concierge with no place, a Swiss watchmaker; Greek voices (a Kalymnos sponge diver, a komboloi seller in Chania,
 * Crete, a Greek ferry ticket agent); a Penang durian seller and other Malaysian voices; a Louisiana crawfish farmer and
 * caterer, a Macau casino dealer (a Chinese set); a dog musher in the Yukon; car-rental voices in Chinese sets; a
 * palaeontologist at a Montana dig, a Montana fly-fishing guide; a Chinese set's cattle broker.
 *
 * Counts: 270 (30 voices, 9 lines each), written in one pass to cover every operation of ops.ts, then reworded where a
 * careful reader could take two readings ("leave it silent, the wind sounds nicer" made "no music at all", "the third
 * room" given its moment number, "Put my name and title up like the news does" kept as a lower third with no place).
 * Lengths (22): "about a minute", "half a minute", "Make it 30 seconds, sorry, I meant 45" 45 s, "I know I said a
 * minute earlier, could it be two minutes instead?" 120 s, "1 min", "a 40-second version", "a minute and a half", "gets
 * exactly two minutes" (a goal), "90 seconds", "make it 60 seconds, no, sorry, 75. Seventy-five seconds.", "the best 20
 * seconds" (a goal), "a 3-minute slot" (a goal), "0:50 total", "Why is it 60 seconds? I want 30. Thirty.", "not exceed
 * ninety seconds? Eighty would be preferable" 80 s, "15s only", "under a minute ..., so let's say 50 seconds", "45
 * sec", "a minute, tops", "1 minute max" (a goal), "the best two and a half minutes" 150 s, "only got thirty seconds to
 * look at it, tops" (a goal); dead air (3, each said as the goal: "Nobody needs to watch me wait ...", "ages where
 * nothing happens ..., get rid of those bits", "the stretches where nobody says or does anything ... Keep everything
 * else"); idle stretches faster with a factor (8, 5, 3) and without one (1: "the long waits played faster"); keep
 * everything (2); uploads chosen (a named file, "the second recording"); shapes (25): 9:16 (12: no fill 9, blur, crop,
 * letterbox; vertical, TikTok, Reels, Instagram story / Stories, WhatsApp status and channel, "the tall shape",
 * "phones held upright"), 16:9 (4: YouTube three times, twice with "widescreen", and "landscape video" for
 * the MLS), 1:1 (5: no fill 3,
 * letterbox, crop), 4:5 (4: no fill 3, letterbox; "Instagram main feed, in the portrait shape"); a fill alone (blur,
 * crop); resolution set without an export (4k as a goal, 1080p, 720p); exports (33): mp4 with no resolution 2, 720p 5,
 * 1080p 7, 4k 3; mov 1 / 720p 1 / 1080p 2 / 4k 1; webm 720p 1 / 1080p 4 / 4k 1; gif 2 / 720p 3; two exports in one
 * message (5 lines, three with edits between them); texts (24): titles (11), captions (8), lower thirds (5), slide in
 * (1), anchored at the start (1), at the end (3, two with a length), timed (18: "for the first five seconds", "from 0:10
 * to 0:16", "at 0:04", "from 0:03 to 0:07", "at 0:15", "0:00-0:05", "from 0:08 for 4 seconds", "between 0:01 and 0:06"
 * and the like), none (2), top (4) / center (3) / bottom (5), no place named (12); the title's words (3), place (1)
 * and start (1) edited; every text removed (2: "remove all the text", "Take the title off"); cards (8): intro (4: 2 s,
 * 2.5 s, 3 s twice), outro (4: 2 s, 3 s twice, 4 s), an outro removed between two exports (1); music (27: lo-fi 17, with
 * no level 3; uploaded files 10, one with no level), volumes "25%", "30%", "20%", "forty percent", "15 percent", "50%",
 * "0.25", "@ 0.15", "half volume", "full volume", "ten percent", "45%", "60%", "kinda low, 20%", "30% or so", "40%",
 * "35%", a level set after the music ("set it at 20%", folded into it), ducking off (2, folded into the music), music
 * faded in (2), out (3), both (1), quieter (1), louder (1), removed between two exports (1); source volume 0 (6), 0.3,
 * 0.4, 1.5; clip fades in (2), out (3), both (5); crossfades 0 (2), 0.25, 0.3, 0.75, 0.8, 1 s (2); zoom auto (1), more
 * (2), less (2), off (2); zoom at a time with a hold (4); backgrounds: aurora by name (3, one removed between two
 * exports), the default (1), an uploaded photo (1); moments removed (9), moved (9), trimmed by (3) and to (6), sped up
 * or slowed (9); cuts of a range (7); whole-clip speeds 0.9 / 1.2 / 1.25 / 1.5; undo (11 in 7 lines: alone 4, two
 * undos twice, three undos once), redo (2), start over (2); track listings (6: alone 2, after crossfades, a caption, an
 * export, music).
 * 270 final (none repeated within this file, compared trimmed and lower-cased), of which 30 (11.1 %) must change
 * nothing: questions about the product or beyond it (slow motion in general, a WAV of the audio, the CLI headless on
 * Linux, the original files' safety, working without internet, translating a voice, right-to-left scripts, counting
 * salmon, an animated course map, making oranges more orange, captions from speech, blurring faces, a broken-looking
 * export, data on outside servers, French, tuning a bouzouki, a human to talk to, a cleaner-looking car, a transcript,
 * what a crossfade is); goals that pin no edit ("It needs to feel more Arctic somehow", "its for our google business
 * profile"); messages that change their mind back to no edit ("add the lofi track, actually no, no music at all",
 * "could it be a little longer? Actually, never mind, leave it", "Vertical please. Well, no ... Leave the shape as it
 * is"); negations and chatter ("no music ok. keep engine sound", "it's not going to the NHL", "the dog's in every
 * shot", "Nope, fine as is"); thanks ("mahalo!! perfect"). 37 lines carry 2-4 requests (counted by operations after
 * the details sameEdit folds: a level or ducking off after its music, so "Add the lofi bed, make sure it ducks under
 * the host, and set it at 20%" and "music_bed_final.wav at forty percent ... NOT want it ducking" count as one): 33 of
 * two, 1 of three and 3 of four. Of two: music then a music fade (6), music then quieter / louder (2), music then the
 * tracks, music then an export, music and the source muted (3), two undos (2), two texts, a text then the tracks, a
 * text then an export, two exports (2), an export then the tracks, a card then an export, crossfades then a clip fade,
 * crossfades then the tracks, clip fades then crossfades, a move then a trim, a removal then a trim, a removal then
 * crossfades, a removal then clip fades, music then a clip fade (2: one with ducking off folded), texts removed then a
 * card, a background and a shape. Of three: three undos. Of four: a card, an export, the card removed, an export; a
 * background, an export, the background removed, an export; music, an export, the music removed, an export. Not
 * compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: every length-only line names a length, and a self-correcting one its
 * last ("Make it 30 seconds, sorry, I meant 45" 45 s, "60 seconds, no, sorry, 75" 75 s, "not exceed ninety seconds?
 * Eighty would be preferable" 80 s, "I know I said a minute earlier, could it be two minutes instead?" 120 s, "Why is
 * it 60 seconds? I want 30" 30 s); a goal that names a time limit is that length ("half a minute between agenda items",
 * "exactly two minutes", "a 3-minute slot", "1 minute max", "only got thirty seconds to look at it, tops"); music with
 * no level ("put the lofi music on", "regatta_theme.mp3 instead", "Let's add some music, the lofi one") is at 35 %
 * ducked, a level said with it replaces the 35 %; "make sure it ducks" is the default; "full volume" is 100 %; "I do NOT
 * want it ducking" / "no ducking" turn ducking off; "hmm too loud, little less" / "a bit louder than that" right after
 * adding music are the changes quieter / louder; a fade with no length ("fading it in and out", "a fade to black at the
 * very end", "fade in from black", "put a fade on the start and the end", "fade it out at the end") is 1 s, with a length
 * that length ("over 3 seconds", "a slow fade at the beginning ..., 2 seconds", "in 0.5, out 2", "come in gently over two
 * seconds", "a fade-in of 1.5 seconds", "music fades 1s in and 1s out"); "Fade out at the end over three seconds, and fade
 * in over one, no, no fade in" is only the fade out; "no crossfades" / "Straight cuts" 0, "crossfade 0.3s" 300 ms,
 * "Crossfades of a second" 1 s; idle stretches kept faster with no factor go 4x; a card with a length said ("two seconds
 * is fine", "three seconds", "for 2.5 seconds") has it, "2 s" 2 s; "the aurora gradient" / "the aurora one" / "the
 * default gradient background" are aurora; every export names its format or none ("Export it in 1080" mp4 at 1080p,
 * "whatever quality is normal" / "Doesn't matter what size" / "gif, keep the resolution" / "send me as mov file" no
 * resolution); "MOV at 720" / "export mp4 720" are 720p; a zoom at a time with no hold is never written (each names
 * one: "for like 4 seconds", "hold it five seconds", "hold 2", "for 4 seconds").
 * Other readings: "moment N" / "the second bit" / "clip three" / "the 2nd one" / "number two" / "the third one" / "the
 * 1st clip" / "m2" is moment N (the draft has three), "at the very start" / "leading" / "slot 1" / "first" place 1,
 * "before clip two" / "come second" place 2, "the last one" / "at the end" place 3; "toss it", "drop moment 2", "Take
 * out ... the third", "lose the second bit" remove that moment; "make it 5 sec only" / "trimmed to 4s" / "down to 6
 * seconds" / "four seconds long at most" / "is 12 seconds; it should be 8" trim to that length, "three seconds
 * shorter" / "2 seconds shorter" / "chop 4 seconds off it" trim by it; "From 0:22 to 0:31 ... Lose that stretch",
 * "between 1:05 and 1:12", "Cut 0:30-0:42", "Take out 0:50 to 0:55 ... No, 0:50 to 0:58" cut that range (the last
 * one); "half speed", "0.8", "0.6x", "1.75x", "1.3 times" on a named moment set that moment's speed, "the whole thing
 * ... 1.5", "speed all 1.2", "make all of it 1.25 faster", "The whole thing be a bit slower? 0.9" the whole clip; "with
 * letterbox bars rather than cropping" / "with black bars, not that blur" letterbox, "crop the edges" / "crop the
 * sides can, no need bars" / "square, crop" crop, "blur in the empty sides" / "blur sides" blur; "the automatic zoom
 * come on" auto, "zoom in a little more" / "can zoom in more ah" more, "zoom out a notch" / "a little less zoom" less,
 * "kill the auto zoom" / "Zoom off" off; "the recording's own audio" / "the video's own sound" / "the original sound" /
 * "the water pump noise ... from the video sound" / "the outboard noise in the recording" / "the waves sound from the
 * video" / "the video sound" / "the sound off the recording" are the source volume; "Take it back" / "reverse whatever
 * you just did" / "Put it back how it was" / "undo, wrong one" undo; "start over completely" / "start again from
 * scratch" start over; "show me the tracks" / "show me what's on the timeline" / "a list of the tracks" the track
 * listing; "Put every file back on, whole, no cuts" / "keep all the footage, without any cuts" keep everything.
 * New texts: a title unless a caption or a lower third is named or described ("my name and title up like the news
 * does" is a lower third); "for the first five seconds" / "first 3 sec" from 0 for that long, "from 0:08 for 4 seconds"
 * from there for that long, "at 0:04" / "at 0:15" / "sliding in at 0:20" from there with no length, "at the start"
 * anchored at the start, "at the end for four seconds" / "for the last 4 seconds" anchored at the end with that
 * length, "at the start, no wait, at the end" at the end with no length; "centre of the screen" / "centred" / "in the
 * middle" center, "top side" / "across the top" top. "the title" / "the text" of the draft is text 1 (its words, its
 * place, its start); "retitle:" changes its words; "Remove the text. No, wait, keep it, change it to ..." only changes
 * its words; "remove all the text" / "Take the title off" remove every text. Music, cards and backgrounds are only
 * changed, faded or removed in a message that adds them (the draft has none). A question beside no request changes
 * nothing; a request worded as a question ("can you send me as mov file?") is the request. "don't touch ..." / "dont
 * change ..." / "leave the copy alone" ask for no edit of their own. History steps, exports and track listings stand
 * where they are said.
 *
 * Read against a draft of 3 moments and 1 text (no music, no card, no background), as fresh 34 was.
 * The lead dropped 1 line shared with an earlier set (a bare redo), 269 left.
 * Measured blind on the grammar of 6aa7374 (session 33, before its round): 183/269 = 68.0 % (17 wrong edits, 10 right edits with words left unread, 23 asked first).
 * After session 33's round 38 (six helpers on held-out 33's misses, by class; merged as r38-int): 183/269 = 68.0 % (17
 * wrong edits, 10 right edits with words left unread, 23 asked first).
 * After session 34's round 39 (three helpers on held-out 34's misses, by class, and the lead's format lists; merged as
 * r39-int): 184/269 = 68.4 % (17 wrong edits, 10 right edits with words left unread, 22 asked first).
 * After session 34's round 40 (one helper on this set's English theme, told the theme only; merged as r40-int): 186/269
 * = 69.1 % (16 wrong edits, 10 right edits with words left unread, 22 asked first).
 * After session 34's mend (fc092f2): unchanged; opened at the start of session 35.
 * After session 35's round 41 (three helpers on held-out 35's misses, by class, and one told fresh 37's theme only, typing
 * and dictation noise; merged as r41-int, with the lead's two fixes at the merge): 228/269 = 84.8 % (7 wrong edits, 5 right
 * edits with words left unread, 15 asked first).
 * After session 36's round 42 (four helpers on held-out 36's and held-out 35's misses and held-out 34's Chinese ones,
 * by class; merged as r42-int, with the lead's fixes at the merge): 239/269 = 88.8 % (4 wrong edits, 5 right edits with
 * words left unread, 9 asked first).
 * After session 37's round 43 (four helpers: held-out 37's misses, held-out 33-36's leftovers, by class, and one,
 * everyday, told to write and read its own everyday requests, never a line of a set; merged as 17942c1, with the lead's
 * fixes at the merge): 253/269 = 94.1 % (0 wrong edits, 2 right edits with words left unread, 4 asked first).
 */
export const heldout35En: [string, Phrasing['want']][] = [
  // a wedding celebrant in Ballarat, Victoria, Australia (polite, hedged)
  ["Hi there, would it be possible to get this down to about a minute? Thank you so much", best(60)],
  ["If it's not too much trouble, could the couple's names go across the top for the first five seconds? 'Mia & Tom'", text('Mia & Tom', { position: 'top', start_ms: 0, duration_ms: 5000 })],
  ["I was wondering if you could pop some gentle music under it, the lofi one, maybe at 25%?", music('lofi', 0.25)],
  ["Would you mind fading it in and out? Nothing dramatic", fade('clip', 1000, 1000)],
  ["Sorry, one more thing, could we possibly lose the second bit? It's the rehearsal, not the ceremony", removeMoment(2)],
  ["Is it able to do slow motion, generally? Just curious for next time, nothing to change today", nothing],
  ["Could we maybe have the vows play a touch slower, say 0.8? That's the third moment", speed(0.8, 3)],
  ["Oh lovely. Could I have it as an MP4 in 1080p please?", exportAs('mp4', '1080p')],
  ["I think it'd work better if the title came in a little later, at about two seconds?", editText({ start_ms: 2000 })],
  // a logistics coordinator for an Arctic research station's office in Tromsø, Norway (names the destination or the goal, dry)
  ["This is going up as an Instagram story for the station.", aspect('9:16')],
  ["The director has half a minute between agenda items. That is what we have got.", best(30)],
  ["Nobody needs to watch me wait for the satellite uplink to connect.", deadAir],
  ["It will be shown on the lobby screen, which is 4K, so set it up for that.", resolution('4k')],
  ["Our funders watch everything on YouTube, so the usual widescreen shape.", aspect('16:9')],
  ["The ticketing system on the ship only shows GIFs inline, so send me one of those.", exportAs('gif')],
  ["It needs to feel more Arctic somehow.", nothing],
  ["Half the crew watch with the sound off, so a caption at the bottom saying 'Cargo loads Tuesday' for the first 6 seconds.", text('Cargo loads Tuesday', { style: 'caption', position: 'bottom', start_ms: 0, duration_ms: 6000 })],
  ["The printer-queue bit is the reason we are making this, so it should come first. That is moment three.", moveMoment(3, 1)],
  // a wine-tour operator in Mendoza, Argentina (chatty, changes her mind midway)
  ["ok so add the lofi track, actually no, no music at all, the wind in the vines sounds nicer", nothing],
  ["Make it 30 seconds, sorry, I meant 45, my partner says 30 is too short", best(45)],
  ["Let's do vertical for Reels. Hmm, no, square. Yes, square, final answer.", aspect('1:1')],
  ["Put 'Malbec at sunset' as a title at the start, no wait, at the end", text('Malbec at sunset', { anchor: 'end' })],
  ["Can you speed up the whole thing a bit, like 1.25x? Or 1.5. Yeah, go 1.5.", speed(1.5)],
  ["Add the lofi one at 30% and then have it fade out over 3 seconds at the end", then(music('lofi', 0.3), fade('music', undefined, 3000))],
  ["Take out the first moment. Actually keep it, take out the third.", removeMoment(3)],
  ["Crossfades of a second between the moments, and a fade to black at the very end", then(crossfade(1000), fade('clip', undefined, 1000))],
  ["Export as MOV, 4K. No, hold on, the agency wants MP4. MP4, 4K.", exportAs('mp4', '4k')],
  // a public-radio producer in Duluth, Minnesota, USA (frustrated after a bad result, particular about sound)
  ["That last change wrecked the levels. Take it back.", undo],
  ["Add the lofi bed, make sure it ducks under the host, and set it at 20%", then(music(), musicVolume(0.2))],
  ["Our studio tape is too quiet. Bring the recording's own audio up to 150%.", sourceVolume(1.5)],
  ["Why did you chop the interview up? Put every file back on, whole, no cuts.", keepAll],
  ["No. Again, not what I asked. Undo twice.", then(undo, undo)],
  ["From 0:22 to 0:31 somebody bumps the mic. Lose that stretch.", cut(22, 31)],
  ["Add music_bed_final.wav at forty percent, and I do NOT want it ducking this time", then(music('music_bed_final.wav', 0.4), ducking(false))],
  ["Is it possible to get just the audio out as a WAV? Not asking you to do it, just whether that exists", nothing],
  ["Fine. Hard cuts between the moments, no crossfades, then show me the tracks.", then(crossfade(0), tracks)],
  // a platform engineer in Ghent, Belgium (terse power user)
  ["9:16, crop the edges.", aspect('9:16', 'crop')],
  ["idle bits 8x, keep the rest", idle(8)],
  ["ship a webm, 720p", exportAs('webm', '720p')],
  ["kill the auto zoom", zoom('off')],
  ["m2 to slot 1, m3 trimmed to 4s", then(moveMoment(2, 1), trimTo(3, 4000))],
  ["does the CLI run headless on linux? asking for CI, no edit", nothing],
  ["1.75x on moment 1", speed(1.75, 1)],
  ["don't touch the text. just 4:5 with letterbox.", aspect('4:5', 'letterbox')],
  // an agricultural-contractor office manager in Invercargill, New Zealand (apologetic)
  ["Sorry to be a nuisance, could you reverse whatever you just did?", undo],
  ["Apologies, I should have said, it's for our Facebook page and they watch on phones held upright, so the tall shape please", aspect('9:16')],
  ["Sorry, I know I said a minute earlier, could it be two minutes instead?", best(120)],
  ["So sorry, the harvester clip is meant to be the last one. It's the first moment at the moment.", moveMoment(1, 3)],
  ["I hope this isn't a silly question, but are my original files safe when it cuts things?", nothing],
  ["Sorry, could you add a lower third with 'Shane Murray, Operations Manager' at 0:04?", text('Shane Murray, Operations Manager', { style: 'lower-third', start_ms: 4000 })],
  ["Sorry, could you add farm_jingle.mp3 but really quiet, 15 percent?", music('farm_jingle.mp3', 0.15)],
  ["Sorry, last thing: could it end on a card saying 'Call us: 03 218 4400' for three seconds? Export that as a 720p MP4, then take the card off and export another 720p MP4", then(card('outro', 'Call us: 03 218 4400', 3), exportAs('mp4', '720p'), removeCard('outro'), exportAs('mp4', '720p'))],
  ["Sorry! Could the second moment go a bit quicker, 1.3 times?", speed(1.3, 2)],
  // a shrimp-hatchery owner in Khulna, Bangladesh (polite, on the phone)
  ["Assalamualaikum. kindly make it 1 min for our buyers in Japan", best(60)],
  ["can u make the video vertical? its for whatsapp status", aspect('9:16')],
  ["pls add title 'Golda Prawn Hatchery' top side first 3 sec", text('Golda Prawn Hatchery', { position: 'top', start_ms: 0, duration_ms: 3000 })],
  ["the pond part is too long, make it 5 sec only. that is 2nd moment", trimTo(2, 5000)],
  ["does this app work without internet? net goes off here often", nothing],
  ["remove the water pump noise fully from the video sound, buyers dont like it", sourceVolume(0)],
  ["put lofi music 50% and fade in fade out the video also", then(music('lofi', 0.5), fade('clip', 1000, 1000))],
  ["pls remove 3rd part and make the 1st part 6 sec only", then(removeMoment(3), trimTo(1, 6000))],
  ["export mp4 720 pls, internet is slow", exportAs('mp4', '720p')],
  // a handloom cooperative coordinator in Pokhara, Nepal (on the phone, hedged)
  ["Namaste. maybe try making it square? for our shop page", aspect('1:1')],
  ["not sure this is doable but can the weaving part go slower, half speed? its the 2nd one", speed(0.5, 2)],
  ["could we possibly have some music, the lofi, not too loud maybe 30%", music('lofi', 0.3)],
  ["i think it would work better with blur in the empty sides", fill('blur')],
  ["please add caption 'Handwoven in Pokhara' at the bottom from 0:10 to 0:16", text('Handwoven in Pokhara', { style: 'caption', position: 'bottom', start_ms: 10000, end_ms: 16000 })],
  ["can it translate my voice to english automatically?", nothing],
  ["maybe remove the part from 0:40 to 0:48, the dog walks in", cut(40, 48)],
  ["dont change the music or text, only make it 1080p", resolution('1080p')],
  ["can you send me as mov file?", exportAs('mov')],
  // a localisation project manager at a software firm in Timișoara, Romania (precise, hedged)
  ["Would it be possible to change the title's wording to 'Release 4.2, now in 14 languages'?", editText({ text: 'Release 4.2, now in 14 languages' })],
  ["I was wondering whether the title could sit at the bottom instead", editText({ position: 'bottom' })],
  ["If possible, a caption from 0:03 to 0:07 reading 'Select your language', then another from 0:08 to 0:12 reading 'Strings update live'.", then(text('Select your language', { style: 'caption', start_ms: 3000, end_ms: 7000 }), text('Strings update live', { style: 'caption', start_ms: 8000, end_ms: 12000 }))],
  ["Could we try 1:1 with letterbox bars rather than cropping?", aspect('1:1', 'letterbox')],
  ["Would a 40-second version be feasible?", best(40)],
  ["Please don't alter the timing of anything; I would only like the lofi music under it at 20%.", music('lofi', 0.2)],
  ["Does the text support right-to-left scripts like Arabic? Just checking, no change needed.", nothing],
  ["Perhaps make moment 1 three seconds shorter?", trimBy(1, 3000)],
  ["Could I get a WebM at 1080p and, separately, a GIF at 720p?", then(exportAs('webm', '1080p'), exportAs('gif', '720p'))],
  // an ice-rink manager in Thunder Bay, Ontario, Canada (chatty)
  ["Hey! So the resurfacer is honestly the star, can we zoom in on it around the 0:12 mark for like 4 seconds?", zoomAt(12, 4)],
  ["My daughter says it has to be TikTok shape or nobody will see it, so let's do that", aspect('9:16')],
  ["Okay so the public skate schedule is what people actually want, can that go at the very start? It's the third clip.", moveMoment(3, 1)],
  ["Throw an intro card up front, 'Fort William Gardens Public Skate', two seconds is fine", card('intro', 'Fort William Gardens Public Skate', 2)],
  ["Oh and can the automatic zoom come on? The rink is huge and the skaters look like ants", zoom('auto')],
  ["Haha no, it's not going to the NHL, my brother-in-law was joking", nothing],
  ["Let's add some music, the lofi one, and have it come in gently over two seconds", then(music(), fade('music', 2000))],
  ["I'd like a minute and a half, there's a lot of good stuff", best(90)],
  ["Export the MP4 so I can put it on the Facebook page, whatever quality is normal", exportAs('mp4')],
  // a fisheries biologist in Juneau, Alaska, USA (names the goal)
  ["This goes to a borough assembly meeting where every presenter gets exactly two minutes.", best(120)],
  ["The tagging footage is the whole point; I don't want anything cut, just the long waits played faster.", idle()],
  ["It will be embedded on our agency's YouTube channel.", aspect('16:9')],
  ["Reviewers will want a close look at the gill net, so zoom in at 0:27 and hold it five seconds.", zoomAt(27, 5)],
  ["The outreach team wants it on the Instagram main feed, in the portrait shape.", aspect('4:5')],
  ["Can it count the salmon for me?", nothing],
  ["Mute the outboard noise in the recording, and add creek_ambience.mp3 at 60%.", then(sourceVolume(0), music('creek_ambience.mp3', 0.6))],
  ["Add a lower third, 'Ana Kealoha, Fisheries Biologist', from 0:02 to 0:07.", text('Ana Kealoha, Fisheries Biologist', { style: 'lower-third', start_ms: 2000, end_ms: 7000 })],
  ["Give me a 4K MOV for the archive.", exportAs('mov', '4k')],
  // a cardamom exporter in Kochi, India (polite)
  ["Good morning. Could you reduce this to 90 seconds for our trade fair stall?", best(90)],
  ["Please add our company name 'Malabar Green Pods' as a title, centre of the screen, for the first 5 seconds", text('Malabar Green Pods', { position: 'center', start_ms: 0, duration_ms: 5000 })],
  ["The sorting machine noise is too much, please bring the original sound down to 30 percent", sourceVolume(0.3)],
  ["I think a slow fade at the beginning would be nice, 2 seconds", fade('clip', 2000)],
  ["Could the drying-yard part come second? Right now it is third.", moveMoment(3, 2)],
  ["Please make the music the lofi one at 25% and let it fade out slowly at the end, 3 seconds", then(music('lofi', 0.25), fade('music', undefined, 3000))],
  ["Please put the aurora gradient behind the recording", background('aurora')],
  ["Add a closing card 'www.malabargreenpods.in' for 4 seconds and export 1080p mp4", then(card('outro', 'www.malabargreenpods.in', 4), exportAs('mp4', '1080p'))],
  ["the crossfade between scenes, please make it one second", crossfade(1000)],
  // a library outreach coordinator in Asheville, North Carolina, USA (apologetic)
  ["I'm so sorry, I think I made it worse. Could you undo the last two things?", then(undo, undo)],
  ["Apologies for the back and forth: make it 60 seconds, no, sorry, 75. Seventy-five seconds.", best(75)],
  ["Would you mind adding a caption at the end for four seconds: 'Library cards are free!'", text('Library cards are free!', { style: 'caption', anchor: 'end', duration_ms: 4000 })],
  ["Sorry, the storytime moment is the heart of it, could it be a little longer? Actually, never mind, leave it.", nothing],
  ["Could you start over completely? I put the wrong files in, I'm so sorry.", startOver],
  ["Only use storytime_march.mp4, please, and sorry for the confusion", only('storytime_march.mp4')],
  ["Could the whole thing be a bit slower? 0.9 maybe. Sorry if that's an odd number.", speed(0.9)],
  ["Would it be all right to add the sing-along file, abc_song.mp3, at half volume?", music('abc_song.mp3', 0.5)],
  ["And could you add a caption 'Storytime, Saturdays 10am' at the bottom for the first five seconds, and then show me the tracks? Sorry, lots of asks", then(text('Storytime, Saturdays 10am', { style: 'caption', position: 'bottom', start_ms: 0, duration_ms: 5000 }), tracks)],
  // a realtor in Lubbock, Texas, USA (names the goal)
  ["This listing's going on Instagram Reels tonight", aspect('9:16')],
  ["Buyers scroll fast, give me the best 20 seconds of this house", best(20)],
  ["Nobody wants to watch me fumble with the lockbox. That's the first moment, toss it", removeMoment(1)],
  ["The backyard is the money shot. It's second right now and I want it leading.", moveMoment(2, 1)],
  ["Put my name and title up like the news does: 'Darla Vance, Realtor'", text('Darla Vance, Realtor', { style: 'lower-third' })],
  ["Take the third room out, that's moment 3, and put a fade on the start and the end", then(removeMoment(3), fade('clip', 1000, 1000))],
  ["The MLS only takes landscape video", aspect('16:9')],
  ["Add some chill music under it, the lofi, 35% is fine, and fade it out at the end", then(music(), fade('music', undefined, 1000))],
  ["Export it in 1080 so it looks crisp on Zillow", exportAs('mp4', '1080p')],
  // a sailing-club secretary in Trieste, Italy (corrects herself midway)
  ["Add the lofi track. Sorry, not the lofi, use regatta_theme.mp3 instead", music('regatta_theme.mp3')],
  ["Make the start 2 seconds shorter, no, I mean the first moment, make that 2 seconds shorter", trimBy(1, 2000)],
  ["Vertical please. Well, no, the committee watches on a laptop. Leave the shape as it is.", nothing],
  ["Title 'Barcolana 2026' at the start, actually make it a caption, not a title", text('Barcolana 2026', { style: 'caption', anchor: 'start' })],
  ["Cut 0:05 to 0:10. Sorry, 0:05 to 0:12.", cut(5, 12)],
  ["Can we have the crossfades at 0.8 seconds", crossfade(800)],
  ["Fade out at the end over three seconds, and fade in over one, no, no fade in, just the fade out", fade('clip', undefined, 3000)],
  ["Is there a way to draw the race course as an animated map? Just wondering", nothing],
  ["Export a mov. Oh, the website needs webm. Webm then, 1080p.", exportAs('webm', '1080p')],
  // a communications officer at a citrus cooperative in Valencia, Spain (names the goal)
  ["It's for our WhatsApp channel and people watch it full screen on phones held upright", aspect('9:16')],
  ["The board meeting gives this a 3-minute slot", best(180)],
  ["Our growers don't want to watch the loading dock sitting still; keep everything, but hurry through the still parts, five times faster", idle(5)],
  ["Please use our photo of the orchard as the background, huerto.jpg", background('huerto.jpg')],
  ["It will play in the visitors' centre where nobody reads, so remove all the text and put a card at the start instead, 'Cooperativa Citrícola', 3 seconds", then(removeText(), card('intro', 'Cooperativa Citrícola', 3))],
  ["Can you make the oranges look more orange?", nothing],
  ["Put 'Naranjas de Valencia desde 1921' as the title for the last 4 seconds", text('Naranjas de Valencia desde 1921', { anchor: 'end', duration_ms: 4000 })],
  ["Put the lofi track on at 0.25 and then export MP4 in 4K", then(music('lofi', 0.25), exportAs('mp4', '4k'))],
  ["The picking scene, number two, is 12 seconds; it should be 8", trimTo(2, 8000)],
  // a UX writer at a fintech in Košice, Slovakia (terse)
  ["drop moment 2, crossfade 0.3s", then(removeMoment(2), crossfade(300))],
  ["retitle: 'pay in three, no fees'", editText({ text: 'pay in three, no fees' })],
  ["zoom out a notch", zoom('less')],
  ["lofi @ 0.15, music fades 1s in and 1s out", then(music('lofi', 0.15), fade('music', 1000, 1000))],
  ["0:50 total", best(50)],
  ["moment 3 at 2x", speed(2, 3)],
  ["does it do captions from speech? q only", nothing],
  ["gif, keep the resolution", exportAs('gif')],
  ["leave the copy alone. square, crop.", aspect('1:1', 'crop')],
  // a sea-turtle rescue volunteer coordinator in Hilo, Hawaii, USA (chatty, on the phone)
  ["omg ok so the turtle release is moment 2 and it needs to be the last one!!", moveMoment(2, 3)],
  ["can we slow the hatchlings down?? like 0.5x, they're moment 1 lol", speed(0.5, 1)],
  ["ok add ukulele_aloha.mp3 but kinda low, 20%?", music('ukulele_aloha.mp3', 0.2)],
  ["this is going on our tiktok 🐢", aspect('9:16')],
  ["put 'Mahalo to our volunteers' on a card at the end for 3 sec", card('outro', 'Mahalo to our volunteers', 3)],
  ["wait can it blur people's faces? some volunteers are shy", nothing],
  ["keep the waves sound from the video but lower, like 40%", sourceVolume(0.4)],
  ["fade in from black at the start pls", fade('clip', 1000)],
  ["mahalo!! perfect 🌺", nothing],
  // a rugby club media officer in Bloemfontein, South Africa (frustrated after a bad result)
  ["No man, that's not what I asked. Put it back how it was.", undo],
  ["I said the try, not the lineout. The try is clip three, put it before clip two.", moveMoment(3, 2)],
  ["Third time asking: the crowd noise must go. Mute the video's own sound.", sourceVolume(0)],
  ["Those crossfades look like a wedding video. Straight cuts.", crossfade(0)],
  ["Why is it 60 seconds? I want 30. Thirty.", best(30)],
  ["Stop zooming in on everything. Zoom off.", zoom('off')],
  ["Right, add the club song, cheetahs_anthem.mp3, full volume, no ducking, and fade the clip out at the end over 2 seconds", then(music('cheetahs_anthem.mp3', 1), ducking(false), fade('clip', undefined, 2000))],
  ["Is this thing broken or what? Every export looks soft", nothing],
  ["Export 1080p MP4. Now. Please.", exportAs('mp4', '1080p')],
  // a patent attorney in Freiburg, Germany (formal, hedged)
  ["Would it be possible to remove the segment between 1:05 and 1:12? It shows a confidential drawing.", cut(65, 72)],
  ["I would be grateful if the clip drew on the second recording only.", only('second')],
  ["Might I ask that the clip not exceed ninety seconds? Eighty would be preferable.", best(80)],
  ["Kindly add a lower third reading 'Katrin Albers, Patent Attorney' between 0:01 and 0:06.", text('Katrin Albers, Patent Attorney', { style: 'lower-third', start_ms: 1000, end_ms: 6000 })],
  ["I should prefer no music whatsoever; a fade-in and fade-out of the picture, however, would be welcome.", fade('clip', 1000, 1000)],
  ["Could you set the output resolution to 720p, if you would?", resolution('720p')],
  ["Would you be so kind as to show me the tracks as they stand?", tracks],
  ["Does the software keep any of my data on outside servers?", nothing],
  ["I would appreciate a MOV at 1080p, and thereafter a list of the tracks.", then(exportAs('mov', '1080p'), tracks)],
  // a seaplane operations scheduler in Malé, Maldives (on the phone, terse)
  ["pls 15s only, for tourists on the jetty screen", best(15)],
  ["vertical + blur sides", aspect('9:16', 'blur')],
  ["remove 3rd clip", removeMoment(3)],
  ["title 'Transfers every 30 min' bottom", text('Transfers every 30 min', { position: 'bottom' })],
  ["no music ok. keep engine sound", nothing],
  ["speed all 1.2", speed(1.2)],
  ["gif pls 720p, for the booking email", exportAs('gif', '720p')],
  ["undo, wrong one", undo],
  ["lofi 40% pls. hmm too loud, little less", then(music('lofi', 0.4), quieter)],
  // a hop grower in Nelson, New Zealand (chatty)
  ["Right, so harvest's in and I've got this video of the kiln, and there's ages where nothing happens while it heats up and I'm not saying anything, could we just get rid of those bits?", deadAir],
  ["My mate reckons under a minute for Facebook, so let's say 50 seconds", best(50)],
  ["Stick some tunes on, hop_harvest_song.mp3, not too loud, 30% or so", music('hop_harvest_song.mp3', 0.3)],
  ["And bring in a card at the start that says 'Riwaka Valley Hops, Harvest 2026', three seconds", card('intro', 'Riwaka Valley Hops, Harvest 2026', 3)],
  ["Ha, the dog's in every shot, can't help that I suppose", nothing],
  ["The bit where I'm explaining the drying, that's the second one, chop 4 seconds off it", trimBy(2, 4000)],
  ["Add the lofi music at 40%, then, ah, a bit louder than that", then(music('lofi', 0.4), louder)],
  ["Could you put me on a nice background, the aurora one? Looks a bit plain", background('aurora')],
  ["Export the lot as an MP4 at 720p, our internet's rubbish out here", exportAs('mp4', '720p')],
  // a hotel-school lecturer in Lausanne, Switzerland (polite)
  ["Would you be able to keep all the footage, without any cuts? The students need to see every step.", keepAll],
  ["I was wondering if the plating segment, the third one, could be four seconds long at most.", trimTo(3, 4000)],
  ["If it isn't too much trouble, a title 'Service à la française' centred, from 0:00 to 0:04", text('Service à la française', { position: 'center', start_ms: 0, end_ms: 4000 })],
  ["Could you add a second title, 'Mise en place', sliding in at 0:20?", text('Mise en place', { start_ms: 20000, motion: 'slide' })],
  ["I think it would work better with a gentler crossfade, perhaps 0.75 seconds", crossfade(750)],
  ["Could the lofi music come in at 20% with a fade-in of 1.5 seconds?", then(music('lofi', 0.2), fade('music', 1500))],
  ["Is the software available in French as well?", nothing],
  ["Would it be possible to zoom in a little more on the hands?", zoom('more')],
  ["Could you set it on the aurora background and export a 1080p WebM, then remove the background and export another 1080p WebM?", then(background('aurora'), exportAs('webm', '1080p'), noBackground, exportAs('webm', '1080p'))],
  // a bouzouki teacher in Thessaloniki, Greece (changes his mind midway)
  ["Make the music lofi, 50%... no, 30%, the bouzouki must be heard", music('lofi', 0.3)],
  ["Put the second moment at the end. Or... yes, at the end.", moveMoment(2, 3)],
  ["Speed up moment 1 to 1.5x. No! Slow it down to 0.75x, students must see the fingers", speed(0.75, 1)],
  ["Zoom in at 0:33 for 4 seconds. Sorry, 0:35.", zoomAt(35, 4)],
  ["Make it 16:9. Hmm, I think 4:5 for Instagram. Yes, 4:5.", aspect('4:5')],
  ["Remove the text. No, wait, keep it, change it to 'Lesson 7: Hasapiko'", editText({ text: 'Lesson 7: Hasapiko' })],
  ["Can you tune my bouzouki? Haha, joking", nothing],
  ["Add a title 'Learn bouzouki online' at the top for the first 3 seconds, and then export mp4 1080p", then(text('Learn bouzouki online', { position: 'top', start_ms: 0, duration_ms: 3000 }), exportAs('mp4', '1080p'))],
  ["Take out 0:50 to 0:55, a student's phone rang. No, 0:50 to 0:58.", cut(50, 58)],
  // a badminton coach in Ipoh, Malaysia (on the phone)
  ["boss can make it 45 sec? for the parents group", best(45)],
  ["the smash part slow down abit 0.6x, moment 2", speed(0.6, 2)],
  ["can zoom in more ah, the shuttle very small", zoom('more')],
  ["put caption 'Footwork drill' bottom from 0:05 until 0:10", text('Footwork drill', { style: 'caption', position: 'bottom', start_ms: 5000, end_ms: 10000 })],
  ["dont touch the words, just make it square can?", aspect('1:1')],
  ["crop the sides can, no need bars", fill('crop')],
  ["remove the 1st clip, the warm up one, boring", removeMoment(1)],
  ["add music lofi 35% then show me the tracks", then(music(), tracks)],
  ["ok can already, export mp4 720p", exportAs('mp4', '720p')],
  // a riverboat-casino marketing coordinator in Shreveport, Louisiana, USA (frustrated)
  ["I asked for vertical and got a square. Vertical, 9:16, with black bars, not that blur.", aspect('9:16', 'letterbox')],
  ["Everything you did in the last round, scrap it. Undo, undo, undo.", then(undo, undo, undo)],
  ["Okay, redo the last one, that one was actually fine", redo],
  ["The lobby tour drags. Trim the first moment down to 6 seconds.", trimTo(1, 6000)],
  ["Legal doesn't want any text on it at all. Take the title off.", removeText()],
  ["Put jazz_lounge.mp3 on at ten percent, export a 1080p MP4, then kill the music and export another 1080p MP4 without it", then(music('jazz_lounge.mp3', 0.1), exportAs('mp4', '1080p'), noMusic, exportAs('mp4', '1080p'))],
  ["How many times do I have to ask: a minute, tops", best(60)],
  ["Is there a human I can talk to?", nothing],
  ["Export a 4K MP4 and a 720p GIF for the email blast", then(exportAs('mp4', '4k'), exportAs('gif', '720p'))],
  // a winter-tyre shop owner in Whitehorse, Yukon, Canada (terse)
  ["Keep it all, just run the waiting 3x faster", idle(3)],
  ["Title: 'Studded or not? Book by Oct 15'. Top. 0:00-0:05.", text('Studded or not? Book by Oct 15', { position: 'top', start_ms: 0, end_ms: 5000 })],
  ["Cut 0:30-0:42.", cut(30, 42)],
  ["Outro card, 'Yukon Tire & Wheel', 2 s.", card('outro', 'Yukon Tire & Wheel', 2)],
  ["Zoom at 0:18, hold 2.", zoomAt(18, 2)],
  ["Recording's got the shop radio on. Mute the recording's sound.", sourceVolume(0)],
  ["Fades: in 0.5, out 2. Crossfades 0.25.", then(fade('clip', 500, 2000), crossfade(250))],
  ["Nope, fine as is.", nothing],
  ["MOV at 720, send it.", exportAs('mov', '720p')],
  // a car-rental desk manager at the airport in Heraklion, Crete, Greece (on the phone, names the goal)
  ["customers watch this on the tablet at the desk while they wait, 1 minute max", best(60)],
  ["its for our google business profile", nothing],
  ["the part where i print the contract is boring, remove moment 2", removeMoment(2)],
  ["add text 'Free child seats' in the middle from 0:08 for 4 seconds", text('Free child seats', { position: 'center', start_ms: 8000, duration_ms: 4000 })],
  ["put greek_summer.mp3 at 45% and make the video sound 0", then(music('greek_summer.mp3', 0.45), sourceVolume(0))],
  ["can it make the car look more clean? lol", nothing],
  ["its going on our instagram reels too, make it that shape", aspect('9:16')],
  ["make all of it 1.25 faster", speed(1.25)],
  ["export webm 4k for the website guy", exportAs('webm', '4k')],
  // a career-services adviser at a university in Missoula, Montana, USA (polite, chatty)
  ["Hi! Students will watch this between classes in their Instagram Stories, so could we do that shape?", aspect('9:16')],
  ["I was hoping we could trim it to the best two and a half minutes for the orientation session", best(150)],
  ["Could you put a lower third up when Jordan starts talking at 0:15? 'Jordan Blackfeather, Peer Adviser'", text('Jordan Blackfeather, Peer Adviser', { style: 'lower-third', start_ms: 15000 })],
  ["Would it be possible to cut out the stretches where nobody says or does anything? Keep everything else.", deadAir],
  ["I think it'd work better with a welcome card first, 'Career Services Welcomes You', for 2.5 seconds", card('intro', 'Career Services Welcomes You', 2.5)],
  ["Can it make a transcript for accessibility? Just asking", nothing],
  ["Could we try a little less zoom? It's a bit close for comfort", zoom('less')],
  ["Maybe set the default gradient background, and make it 4:5?", then(background(), aspect('4:5'))],
  ["Oh wonderful, and could you export it as a 1080p MOV?", exportAs('mov', '1080p')],
  // a bookkeeper on a cattle station near Townsville, Queensland, Australia (apologetic, names the goal)
  ["Sorry, I'm new at this. The boss says he's only got thirty seconds to look at it, tops.", best(30)],
  ["Apologies, the mustering bit should be slower, it's moment 3, half speed if that's possible", speed(0.5, 3)],
  ["Sorry, could you show me what's on the timeline? I've lost track", tracks],
  ["Sorry, it's for the accountant's YouTube channel, so it should be widescreen I think", aspect('16:9')],
  ["Sorry to ask, could you take the sound off the recording and put the lofi music on instead?", then(sourceVolume(0), music())],
  ["Sorry, the generator roars from 0:14 to 0:20, can we lose that?", cut(14, 20)],
  ["Oops, I think I stuffed it. Can we start again from scratch?", startOver],
  ["Sorry, I don't know what a crossfade is, is that important?", nothing],
  ["Sorry, could I get it as an MP4? Doesn't matter what size", exportAs('mp4')],
];
