import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll,
  louder, moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment,
  removeText, resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

/**
 * Held-out 37 (written as fresh 37; measured blind in sessions 35 and 36, opened in session 37), English: a blind phrasing set written by a helper on 2026-12-05, to measure the parser on words it was
 * never tuned on, in the two kinds of noise real messages carry. (1) Typed in a hurry or on a phone: slips of the
 * finger ("trmi", "vertcal", "remvoe", "crosfade", "resolutoin", "teh", "musci", "expoert", "exprot", "backgroud",
 * "duckign", "fastr", "zoom les", "the strat", "1080o"), autocorrect words a careful editor still reads one way ("no
 * duckling" for no ducking, "Fade on" for fade in), texting shorthand (pls, plz, thx, ty, u, r, n, w/, w/o, b/w, b4, 2
 * for "to", 4 for "for", rn, asap, idk, btw, tbh, lol, lmao, jk, nvm, srsly, bg, vid, rez, po), no spaces ("make
 * it9:16", "clip2", "@0:07"), missing words ("title top pls", "clip 2 2x pls", "square pls crop"), ALL CAPS (Salta,
 * Rovaniemi), no punctuation (Gjirokastër), run-on messages with several requests, emoji and emoticons beside or
 * instead of words ("🔇 the video sound", "🎵 lofi pls 🙏", "✂️ clip 2", "title → bottom 👇", ":)", "😅"), stray characters
 * ("1080;;"), repeated letters ("Pleeease", "sooo much quieter"), arrows and symbols ("->", "→", "@", "+", "&", "1/4",
 * "x2"). (2) Dictated with voice typing: spoken punctuation left in as words ("comma", "period", "full stop", "new
 * line", "question mark", "quote ... unquote", "open quote ... close quote"), numbers spelled out or half spelled
 * ("sixteen nine", "nine sixteen", "ten eighty p", "seven twenty p", "four k", "one point five x", "one point two x",
 * "point nine", "point two five", "thirty five percent", "sixty five percent", "zero colon twelve", "one minute thirty
 * seconds"), homophones and mishearings ("for K" = 4K, "too seconds shorter", "fade in from blak", "low fi" / "lowfi" =
 * lo-fi), fillers and restarts ("um", "uh", "like", "you know", "so basically", "let me think", "no wait", "okay"), and
 * a request said and then said again in other words ("remove the first clip period actually yes remove the first
 * clip", "fifty five seconds period I mean fifty five seconds long"). Moods: hurried, cheerful, gruff, shy, excited in
 * capitals, careful; phone typists (Stone Town, Salta, Sucre, Laoag, Bohol, Puerto Princesa, Goma, Chefchaouen,
 * Gjirokastër, Sibiu, Chuuk, Yap, Shillong), dictating voices (Nuuk in a workshop, Potosí, Kutaisi and Anglesey in a
 * kitchen, Darjeeling in a locomotive cab, Lalibela, Zakopane in a car, Alice Springs), fast keyboard users (Ushuaia,
 * Madurai, Timbuktu, Tozeur, Mostar, Brașov, Whitby, Lüderitz, Rovaniemi).
 *
 * Read while writing: /work/briefs/writer37-en.md (the brief), bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts,
 * src/protocol/editOps.ts, src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you
 * can say" table), issue 13 (/work/briefs/issue13.md) and /work/briefs/headers38.txt (the header comments of the
 * earlier sets): the header of fresh36/en.ts read whole for its form and decided readings; the rest only grepped, on a
 * private copy under /tmp with the line breaks and the " * " joins removed so that names split over two lines were
 * found: a grep for the "=== bench/phrasings/..." lines (its last five printed, to see the file's layout), hit counts
 * for about 110 candidate places, then hit counts and short context for the trades, regions and countries of the voices
 * kept. Trades or places turned away for a hit: a spice-tour guide in Zanzibar (a Zanzibar spice farmer was there), a
 * reindeer-sleigh driver in Rovaniemi (reindeer herders), a ski instructor in Zakopane (ski instructors), a rug seller
 * in Chefchaouen (carpet sellers), a jasmine-garland seller in Madurai (a Tunisian jasmine seller), an oyster farmer in
 * Lüderitz (oyster farmers), an island-hopping boatman on Palawan (a Kota Kinabalu island-hopping boatman).
 * Not read: any other phrasing set or other file under bench/phrasings/, the parser (src/engine),
 * src/protocol/vocabulary.ts or any other src file, test/, scripts/, bench/*.ts, out/, dist/, /work/*.txt, /work/main,
 * any other worktree, any other brief; no git log / diff / show / grep over the repository; no sentence was run through
 * the parser, the CLI, the engine or the bench. bench/phrasings/ was never listed: only `mkdir -p
 * bench/phrasings/fresh37` before copying this one file in. This file was drafted in a private folder under /tmp and
 * copied here.
 * Slips, said exactly: none. Said for completeness: an `ls | head` of the worktree's top folder (ten names:
 * CHANGELOG.md to media, no file opened); the greps printed short context from other headers (voices, their
 * trades and dialect words, a few music file names and readings; no phrasing line of any set); a grep for "henna" hit
 * only "Chennai" (so henna is new); the brief's type-check compiles the modules this file imports, so tsc compiled
 * src/protocol (vocabulary included) to check the types, none of it shown.
 * Run on this file only: that type-check, the same with `--listFiles` piped into `grep -c fresh37/en.ts` (it printed 1),
 * a `git status --short`, and python over its own text (the builders
 * re-written in python, with sameEdit's folding of a level or ducking after its music) to count lines, voices,
 * must-change-nothing lines, requests per line, operations, exports, shapes, texts, music and repeats. The built-in
 * gradient and music names other than aurora and lofi were not known, so no line names another built-in; text
 * positions are top / center / bottom (draft.ts), styles title / caption / lower-third.
 *
 * Voices (30, none of them in an earlier set: each place, trade and country grepped in headers38.txt first): a henna
 * artist in Stone Town, Zanzibar, Tanzania (phone: pls, u, 2, rn, asante sana, emoji), a skin-on-frame kayak builder in
 * Nuuk, Greenland (dictating in the workshop), an expedition-cruise photographer in Ushuaia, Argentina (fast typos), an
 * empanada food-truck owner in Salta, Argentina (phone, all capitals), a silver-mine tour guide in Potosí, Bolivia
 * (dictating, fillers and restarts), a chocolate-shop owner in Sucre, Bolivia (emoji for words), a wine-cellar (marani)
 * host in Kutaisi, Georgia (dictating in the kitchen), a garlic farmer in Laoag, Ilocos Norte, the Philippines
 * (texting, po), a tarsier-sanctuary keeper in Bohol, the Philippines (no spaces, dots), a firefly river-cruise boatman
 * in Puerto Princesa, Palawan, the Philippines (run-on, autocorrect), a Bharatanatyam dance teacher in Madurai, India
 * (polite, repeated letters), a toy-train engine driver in Darjeeling, India (dictating in the cab), a rock-band
 * drummer in Shillong, Meghalaya, India (lowercase, lol, jk), a ghost-town tour guide at Kolmanskop, Lüderitz, Namibia
 * (brisk), a volcano-trek coordinator in Goma, DR Congo (French mixed in: bonjour, svp, merci, c'est bon), a
 * rock-church guide in Lalibela, Ethiopia (dictating: selam), a manuscript conservator in Timbuktu, Mali (careful, a
 * few typos), a goat-cheese maker in Chefchaouen, Morocco (phone, arrows), a date-palm grower in Tozeur, Tunisia
 * (terse, labels), a husky-safari kennel owner in Rovaniemi, Finland (capitals, !!!, kiitos), an oscypek smoker in
 * Zakopane, Poland (dictating while driving), a bridge diver in Mostar, Bosnia and Herzegovina (fast, arrows, x2), a
 * guesthouse owner in Gjirokastër, Albania (no punctuation), a wedding photographer in Brașov, Romania (typos), a
 * Christmas-market stall holder in Sibiu, Romania (cold hands, emoji), a sea-salt maker on Anglesey, Wales (dictating
 * in the kitchen), a jet-jewellery maker in Whitby, Yorkshire, England (polite, w/o), a School of the Air teacher in
 * Alice Springs, Northern Territory, Australia (dictating), a wreck-dive master in Chuuk, Micronesia (phone), a teacher
 * at a traditional navigation school on Yap, Micronesia (phone, tbh).
 * Near neighbours said plainly (the trade and the place together are new; the country, region or a trade with no place
 * is not): a Zanzibar spice farmer and a Dar es Salaam painter (Tanzania); a dog-sled driver in Ilulissat (Greenland),
 * a Norwegian kayak guide; Argentine voices; a salteña baker in La Paz (Bolivia); a wine-bar owner in Tbilisi
 * (Georgia); Filipino voices (a call-centre team lead, "po", a Manila trader); Indian voices (Chennai, Bengaluru,
 * Varanasi, Ladakh, Assam, a Kerala mahout); Namibian voices (a Swakopmund dune-tour driver, a Windhoek biltong maker);
 * a Montserrat volcano-tour guide; Congolese voices; a coffee-ceremony host in Addis Ababa (Ethiopia); an NGO officer
 * in Bamako (Mali); Moroccan voices (Casablanca, Tangier, Essaouira, a riad host); Tunisian voices (Sfax, a jasmine
 * seller); Finnish voices (Tampere, Turku, Helsinki, a sauna builder), reindeer herders; Polish voices (Warsaw, Poznań,
 * Wrocław, Lublin, Gdańsk, Łódź); a coppersmith in Sarajevo (Bosnia); Albanian voices (a byrek baker, a raki
 * distiller, a Prizren flija cook); Romanian voices (a violin maker, a Transylvanian shepherd, a Bucharest covrigi
 * seller); Welsh voices (Cilgerran, Swansea, the Rhondda); a Yorkshire dry-stone waller; Australian voices (Broome,
 * Perth, Darwin, the Pilbara); a sakau pounder in Pohnpei (Micronesia); divers and a chocolate maker in Salzburg with
 * other places.
 *
 * Counts: 270 (30 voices, 9 lines each), none repeated within this file (compared trimmed and lower-cased), written in
 * one pass to cover every operation of ops.ts, then reworded where the noise made two readings ("Fade in 1s" after
 * music made "Music fade-in 1s", "fade out 2s" after music made "a 2s fade out on the music", "clip 2 to 4 seconds" (a
 * length or a range) made "make clip 2 only 4 seconds long"; a "cut 0:40 to 0:45 not 0:45 to 0:50" that leaned on an
 * earlier turn and a "remove clip 2 and clip 3" whose second number shifts were not written).
 * Operations (after sameEdit's folding; 284 in all): compile_best_moments 23, remove_dead_air 3, speed_up_idle 3,
 * keep_everything 1, use_sources 2, set_aspect 20, set_fill 1, set_resolution 5, add_text 25, edit_text 9, remove_text
 * 2, add_music 31, set_music_volume 4 (quieter 2, louder 1, a level 1), set_ducking 0 (5 folded into their music),
 * remove_music 1, set_source_volume 10, fade 18 (clip 9, music 9), crossfade 6, remove_moment 6, move_moment 11,
 * trim_moment 6, cut_range 5, set_speed 15, undo 5, redo 1, start_over 1, show_tracks 5, export 37, set_zoom 5, zoom_at
 * 8, set_background 4, remove_background 1, add_card 9, remove_card 1.
 * Lengths (23): "2 30 sec" 30 s, "forty five seconds", "20 seconds", "30 SECONDS NO MORE", "one minute", "25s", "50
 * secs", "one minute thirty seconds" 90 s, "40 sec teaser", "thirty second", "15s", "45 seconds", "1 MIN" 60 s, "20
 * SECONDS" after a start over, "thirty five seconds", "20s", "1 minute and a half" 90 s, "1:20" 80 s, "30s", "fifty
 * five seconds ... I mean fifty five seconds long", "25 seconds", "two minute" 120 s, "35 sec"; dead air (3: "remove
 * dead air po", "remove the dead air; keep all the pages turning", "remove dead parts where im just floating"); idle
 * stretches faster (3: "by three times" 3x, "the boring parts where nothing happens 2x" 2x, "the quiet parts" 4x); keep
 * everything (1: "dont cut anything, i want every file in full"); uploads chosen (2: qvevri_pour.mp4 dictated in
 * quotes, "just the 2nd video file" as "second"); shapes (20): 9:16 (9: no fill 4 ("TIKTOK SIZE", "insta story", "nine
 * sixteen", "9 16"), blur 2, crop 2, letterbox 1), 1:1 (5: no fill, letterbox 2, blur, crop), 4:5 (4: no fill 2, blur,
 * letterbox), 16:9 (2: "landscape comma sixteen nine", "16:9 ... for youtube"); a fill alone (1: letterbox); resolution
 * set without an export (5: 4k twice, 1080p twice, 720p "seven twenty"); exports (37): mp4 with no resolution 6, 720p
 * 4, 1080p 7, 4k 3 ("for K", "four k", "4k"); mov 1 / 720p 1 / 1080p 2 / 4k 1; webm 2 / 720p 2 / 1080p 2 / 4k 1; gif 3
 * / 720p 2; two exports in one message (7 lines, four with edits between them); texts (25): titles (8), captions (12),
 * lower thirds (5); anchored at the start (3), at the end (2, each with a length: "for the last 4 sec", "for the last
 * five seconds"); timed (15: "@ 0:05 for 5 sec", "at zero colon ten", "from zero colon fifteen to zero colon twenty",
 * "0:03-0:07", "for the first four seconds", "from 0:02 to 0:06", "at zero colon twelve for five seconds", "0:00-0:05",
 * "@ 0:04", "at 0:10 for 6 sec", "at 0:03", "at 0:15 for 4 sec", "for the first six seconds", "from 0:01 for 4s",
 * "0:02-0:08"); top (4), center (1), bottom (4), no place named (16); the title edited 9 times (words 4, place 3: top,
 * bottom, centre; words and top 1; start 1); the title removed (2, no number); cards (9): intro (5: 2 s three times, 3
 * s twice), outro (4: 3 s three times, 4 s); an intro removed between two exports (1); music (31: lo-fi 18, five with
 * no level; uploaded files 13), levels 15 % (1), 20 % (3), 25 % (5: "25%", "point two five", "twenty five percent",
 * "1/4 volume"), 30 % (3: "thirty percent", "30%", "0.3"), 35 % (7: "thirty five percent", "35%", five unsaid), 40 %
 * (2), 45 % (2), 50 % (3, one "half volume"), 60 % (2), 65 % ("sixty five percent"), 80 %, 100 % ("full volume");
 * ducking off (5, folded into the music, one "no duckling", one "no duckign"); a level set later (0.2, between two
 * exports); music faded in (4), out (4), both (1); quieter (2: "sooo much quieter", "make it quieter"), louder (1);
 * removed between two exports (1); source volume 0 (3: "mute", "🔇", "MUTE"), 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5; clip
 * fades in (2: "Fade on 1 second", "fade the start in"), out (4), both (3: "fade in from blak and fade out to black" 1
 * s each, "half a sec, out 1.5 sec", 2 s each); crossfades 0, 0.3, 0.5, 0.75, 1, 1.5 s; zoom auto (1), more (1), less
 * (1: "zoom les"), off (2); zoom at a time (8, six with a hold said); backgrounds: aurora by name (2, one misspelt
 * "backgroud"), an uploaded photo (2, one removed between two exports); moments removed (6), moved (11), trimmed by (2)
 * and to (4); a moment's speed (11); cuts of a range (5); whole-clip speeds 0.8 / 0.9 / 1.2 / 1.25; undo (5 in 3 lines:
 * two undos twice, "undo undo" and "undo x2", one before a move), redo (1), start over (1, before a length); track
 * listings (5: alone 3, after an export 2).
 * Must change nothing: 30 of 270 (11.1 %): questions about the product or beyond it (hiding henna stains, raw files
 * from a Sony a7, steadying shaky hands at altitude, the pro version's price, ankle bells louder than the drum, Amharic
 * letters, keeping the files on the laptop, sending the draft to the bride, working without wifi, watching over
 * satellite internet, a lens full of sand); wishes the product cannot grant ("more silver" roofs, "blue-er water");
 * negations and goals that pin no edit ("DONT CHANGE THE SHAPE ITS FINE"); chatter ("the palms are 150 years old", "we
 * rehearse in a church hall", "they're nocturnal btw", "the tea is ready", "I am driving", "my grandmother says it is
 * too short comma but I like it", "WHO MADE THIS APP ITS GREAT", "srsly how do ppl edit on a phone", "my hands r frozen
 * sorry 4 typos", "idk what half of these buttons do tbh"); thanks ("asante sana 👍👍", "thank you that is all for
 * today period", "😍😍😍 thx", "c'est bon, merci 👍👍", "thx a lot 🐐❤️", "full stop that's everything thank you").
 * 36 lines carry 2-4 requests (counted by operations after the details sameEdit folds: a level or ducking off after its
 * music): 32 of two and 4 of four. Of two: music then a music fade (9), music then quieter (2) / louder (1), two undos
 * (2), an undo then a move, two moments' speeds, a moment removed then a speed, a trim then a speed, a moment removed
 * then a clip fade, a crossfade then a clip fade, a zoom at a time then a shape, a shape then a resolution (2), the
 * title moved then a new text, an export then the tracks (2), two exports (3), a card then an export, two cards, a
 * start over then a length. Of four: music, an export, a new level, an export; a background, an export, the background
 * removed, an export; a card, an export, the card removed, an export; music, an export, the music removed, an export.
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: every length-only line names a length ("cut it 2 30 sec", "cut it down
 * to", "trmi it to", "make it", "shorter pls.. 25s" are best moments at that length; "NO MORE" is that length); music
 * with no level ("🎵 lofi pls 🙏", "ADD LOFI 🎵", "add low fi music", "add lofi") is lo-fi at 35 % ducked, a level said
 * with it replaces the 35 %; "half volume" 50 %, "1/4 volume" 25 %, "full volume" 100 %, "point two five" 25 %, "0.2"
 * 20 %; "no ducking" / "no duckling" / "no duckign" turn ducking off; "sooo much quieter" / "make it quieter" / "then
 * louder" right after adding music are the changes quieter / louder (ops.ts has no size of change); a fade with no
 * length ("fade it out at the end", "fade it in", "fade the music in and out", "fade out the video at the end", "fade
 * the start in", "fade in from blak and fade out to black") is 1 s, with one that length; the recording's own sound
 * "at one hundred percent" 1, "like 150%" 1.5, "mute" / "🔇" 0, "lower it to 10%" 0.1; idle stretches kept faster with
 * no factor go 4x; a card with no length ("an intro card saying quote Toy Train unquote", "intro card 'Sibiu 2026'") is
 * 2 s; "backgroud aurora" / "Background aurora" the default aurora, "my photo oasis.jpg" that file; a zoom at a time
 * with no hold ("at zero colon eight", "at 0:09") holds 3 s; every export names its format, with no resolution where
 * none is said ("any size is ok", "whatever resolution", "export mov pls ty"); "1080" / "ten eighty p" / "1080o" /
 * "hd 1080" 1080p, "720" / "seven twenty p" 720p, "for K" / "four k" 4k.
 * Other readings: "clip N" / "the second clip" / "the 3rd clip" / "clip2" / "moment 3" is moment N (the draft has
 * three); "clip 2 -> first" / "clip 3 → 1st place" / "the third clip move it to the start" move to place 1, "before
 * clip two" place 2, "to the end" / "last" place 3; a swap of two neighbours ("swap clip 1 & 2", "clip 1 and clip 2
 * swap") moves the earlier to the later's place; "Move clip2 to 3" moves 2 to place 3; "✂️ clip 2" / "delete clip 1"
 * remove that moment; "remvoe clip 3 and make clip 1 1.5x fastr" removes 3 then sets moment 1 (its number unchanged);
 * "remove the third clip and then fade the start in" removes 3, then a 1 s clip fade in; "clip 3 make it 5 secs only"
 * / "make clip 2 only 4 seconds long" / "Trim moment 3 to four seconds" / "the first clip cut it to three seconds" trim
 * to that, "too seconds shorter" / "2 sec shorter" trim by 2 s; "the whole thing ... point nine" / "the whole video one
 * point two x" / "the whole clip 1.25x" / "slow the whole thing down a bit 0.8x" set the whole clip's speed, "slow mo
 * half speed" 0.5, "at 2X" / "2x" 2; "CUT 0:08 TO 0:12", "take out from zero colon thirty to zero colon thirty five",
 * "from zero colon five to zero colon nine take it out", "cut 1:05 to 1:10", "cut 0:40 - 0:45" cut that range; "turn
 * on the automatic zoom" auto, "zoom les, its too tight" less, "ZOOM MORE" more, "zoom off" off; "w/ blur" / "blur on
 * the sides" / "blur bg" blur, "letterbox" / "bars top & bottom" letterbox, "crop teh sides" / "crop" crop, "Letterbox
 * it instead of blur" the fill alone; "TIKTOK SIZE" / "reels" / "insta story" / "vertical" / "nine sixteen" / "9 16" /
 * "it9:16" 9:16; "4:5 po for fb feed" and "4:5 with blur for instagram" name 4:5; "the sound from the video" / "the
 * video sound" / "the engine whistle from the video" / "goats sound in the video" / "boat sound from vid" / "the kettle
 * ... in the video so the sound" are the source volume; "undo undo" / "undo x2" two undos; "oops redo that" one redo;
 * "show teh tracks" / "what's on each track rn" / "tracks?" / "SHOW TRACKS" the track listing; "just the 2nd video
 * file" the second upload.
 * New texts: a title unless a caption or a lower third is named ("add text '...'" and "text '...'" are titles);
 * dictated words are the words between "quote" / "open quote" and "unquote" / "close quote", as voice typing writes
 * them ("Skin on frame", "Cerro Rico Tours", "Hand harvested from the Menai Strait"); an emoji inside quotes is part of
 * the words; "@ 0:05 for 5 sec" / "at 0:10 for 6 sec" from there for that long, "@ 0:04" / "at zero colon ten" / "at
 * 0:03" from there with no length, "for the first four seconds" from 0 for that long, "at the start" / "at the strat"
 * anchored at the start, "for the last 4 sec" / "for the last five seconds" anchored at the end with that length;
 * "center" / "centre" center, "top" / "at the top" / "on top" top, "bottom" / "@ bottom" / "👇" bottom. "title" / "the
 * title" of the draft is text 1 (its words: "TITLE SAYS '...' NOW INSTEAD", "title -> '...'", "title say '...'",
 * "instead of the old one"; its place; its start: "start it @ 0:02 not 0:00"); "remove the title" removes it. Music,
 * cards and backgrounds are only changed, faded or removed in a message that adds them (the draft has none). A
 * question beside no request changes nothing; a request worded as a question ("Can you make it 25 seconds, the good
 * bits?", "tracks?") is the request; "brighten?? no nvm." and "export gif lol jk mp4" keep only what was not taken
 * back; a request said twice ("remove the first clip ... actually yes remove the first clip") is done once. History
 * steps, exports and track listings stand where they are said.
 *
 * Read against a draft of 3 moments and 1 text (a title; no music, no card, no background), as fresh 36 was.
 * The lead dropped 3 lines shared (letter case aside) with earlier sets (a double undo, also in held-out 18; the tracks
 * asked, also in held-out 8; 4:5 with blur for Instagram, also in held-out 24): 267 left.
 * Measured blind on 1260063 (session 35, grammar of fc092f2, before its grammar round): 215/267 = 80.5 % (20 wrong edits,
 * 1 right edit with words left unread, 11 asked first; 1 line crashed the parser, a recursion on a ratio written against
 * the word before it, which the lead fixed in the next commit without reading the line).
 * After the lead's fix of that recursion (31d81a9): 216/267 = 80.9 % (20 wrong edits, 1 right edit with words left unread,
 * 11 asked first).
 * After session 35's round 41 (three helpers on held-out 35's misses, by class, and one, noise, told this set's theme
 * only, typing and dictation noise, from the writer's brief, never a line of it; merged as r41-int, with the lead's two
 * fixes at the merge): 239/267 = 89.5 % (11 wrong edits, 1 right edit with words left unread, 6 asked first).
 * After session 36's round 42 (four helpers on held-out 36's and held-out 35's misses and held-out 34's Chinese ones,
 * by class; merged as r42-int, with the lead's fixes at the merge): 242/267 = 90.6 % (10 wrong edits, 1 right edit with
 * words left unread, 4 asked first).
 * After session 36's mends (bdc7140, d8b4ede): unchanged; opened at the start of session 37.
 * After session 37's round 43 (four helpers: held-out 37's misses, held-out 33-36's leftovers, by class, and one,
 * everyday, told to write and read its own everyday requests, never a line of a set; merged as 17942c1, with the lead's
 * fixes at the merge): 267/267 = 100.0 % (0 wrong edits, 0 right edits with words left unread, 0 asked first).
 */
export const heldout37En: [string, Phrasing['want']][] = [
  // voice: a henna artist in Stone Town, Zanzibar, Tanzania, on her phone (texting shorthand, emoji)
  ["pls make it 9:16 w/ blur on the sides thx 🙏", aspect('9:16', 'blur')],
  ["can u cut it 2 30 sec rn", best(30)],
  ["title top pls", editText({ index: 1, position: 'top' })],
  ["add lofi musci 🎵 at 25%", music('lofi', 0.25)],
  ["idk if it can do this but can it hide the henna stains on my fingers lol", nothing],
  ["clip 2 -> first plz", moveMoment(2, 1)],
  ["caption 'Bridal henna by Amani' @ 0:05 for 5 sec", text('Bridal henna by Amani', { style: 'caption', start_ms: 5000, duration_ms: 5000 })],
  ["expoert mp4 1080o asap", exportAs('mp4', '1080p')],
  ["asante sana 👍👍 its perfect", nothing],
  // voice: a kayak builder in Nuuk, Greenland, dictating in the workshop (spoken punctuation)
  ["make it square comma with letterbox period", aspect('1:1', 'letterbox')],
  ["um so basically cut it down to forty five seconds full stop", best(45)],
  ["add a caption that says quote Skin on frame unquote at zero colon ten", text('Skin on frame', { style: 'caption', start_ms: 10000 })],
  ["mute the sound from the video period the planer is way too loud", sourceVolume(0)],
  ["uh the second clip comma make it one point five x", speed(1.5, 2)],
  ["fade in from blak and fade out to black period", fade('clip', 1000, 1000)],
  ["new line zoom in at zero colon twenty for four seconds", zoomAt(20, 4)],
  ["export for K mp4", exportAs('mp4', '4k')],
  ["thank you that is all for today period", nothing],
  // voice: an expedition-cruise photographer in Ushuaia, Argentina (fast keyboard, typos)
  ["trmi it to 20 seconds, best bits only", best(20)],
  ["vertcal for reels, crop teh sides", aspect('9:16', 'crop')],
  ["remvoe clip 3 and make clip 1 1.5x fastr", then(removeMoment(3), speed(1.5, 1))],
  ["crosfade 0.3s between clips", crossfade(300)],
  ["zoom les, its too tight", zoom('less')],
  ["resolutoin 4k", resolution('4k')],
  ["add lower third 'Lucía Ferreyra, expedition photographer' at the start", text('Lucía Ferreyra, expedition photographer', { style: 'lower-third', anchor: 'start' })],
  ["show teh tracks", tracks],
  ["does it handle raw files from a sony a7? just curious", nothing],
  // voice: an empanada food-truck owner in Salta, Argentina, on the phone in capitals
  ["MAKE IT TIKTOK SIZE PLS", aspect('9:16')],
  ["30 SECONDS NO MORE", best(30)],
  ["ADD LOWFI MUSIC AT 20%", music('lofi', 0.2)],
  ["TITLE SAYS 'EMPANADAS SALTEÑAS' NOW INSTEAD", editText({ index: 1, text: 'EMPANADAS SALTEÑAS' })],
  ["CLIP 1 AT 2X", speed(2, 1)],
  ["CUT 0:08 TO 0:12 😤", cut(8, 12)],
  ["ADD OUTRO 'FOLLOW US @ELTRUCKSALTEÑO' 3 SEC", card('outro', 'FOLLOW US @ELTRUCKSALTEÑO', 3)],
  ["EXPORT MOV 720P + SHOW TRACKS", then(exportAs('mov', '720p'), tracks)],
  ["DONT CHANGE THE SHAPE ITS FINE", nothing],
  // voice: a silver-mine tour guide in Potosí, Bolivia, dictating (fillers and restarts)
  ["um okay so like make it one minute you know the best parts period", best(60)],
  ["uh add an intro card that says quote Cerro Rico Tours unquote for three seconds", card('intro', 'Cerro Rico Tours', 3)],
  ["let me think comma remove the first clip period actually yes remove the first clip", removeMoment(1)],
  ["put the music in low fi at thirty percent no ducking period", then(music('lofi', 0.3), ducking(false))],
  ["the sound from the video like at fifty percent", sourceVolume(0.5)],
  ["so basically make the whole thing a bit slower uh point nine", speed(0.9)],
  ["you know the mine is at four thousand meters so my hands were shaking can it fix that question mark", nothing],
  ["add a caption quote Miners still work here unquote from zero colon fifteen to zero colon twenty", text('Miners still work here', { style: 'caption', start_ms: 15000, end_ms: 20000 })],
  ["okay export ten eighty p mp4 period", exportAs('mp4', '1080p')],
  // voice: a chocolate-shop owner in Sucre, Bolivia, on the phone (emoji for words)
  ["🎵 lofi pls 🙏", music()],
  ["🎵 lofi at 40% then fade it out at the end 🍫", then(music('lofi', 0.4), fade('music', undefined, 1000))],
  ["✂️ clip 2", removeMoment(2)],
  ["🔇 the video sound", sourceVolume(0)],
  ["square ⬜ w/ blur", aspect('1:1', 'blur')],
  ["title → bottom 👇", editText({ index: 1, position: 'bottom' })],
  ["caption 'Cacao from the Chapare 🍫' 0:03-0:07", text('Cacao from the Chapare 🍫', { style: 'caption', start_ms: 3000, end_ms: 7000 })],
  ["gif pls, small size 720", exportAs('gif', '720p')],
  ["😍😍😍 thx", nothing],
  // voice: a wine-cellar (marani) host in Kutaisi, Georgia, dictating in the kitchen
  ["make it landscape comma sixteen nine period", aspect('16:9')],
  ["add a title at the top saying quote Marani Kutaisi unquote for the first four seconds", text('Marani Kutaisi', { position: 'top', start_ms: 0, duration_ms: 4000 })],
  ["the third clip move it to the start period", moveMoment(3, 1)],
  ["crossfades of one second between the clips full stop new line and a one second fade out at the end", then(crossfade(1000), fade('clip', undefined, 1000))],
  ["use only the file quote qvevri_pour.mp4 unquote", only('qvevri_pour.mp4')],
  ["um take out from zero colon thirty to zero colon thirty five", cut(30, 35)],
  ["add music quote supra_song.mp3 unquote at half volume", music('supra_song.mp3', 0.5)],
  ["new line speed up the idle parts by three times", idle(3)],
  ["my grandmother says it is too short comma but I like it period", nothing],
  // voice: a garlic farmer in Laoag, Ilocos Norte, the Philippines, texting ("po")
  ["pls remove dead air po", deadAir],
  ["4:5 po for fb feed", aspect('4:5')],
  ["add caption 'Ilocos garlic, harvest 2026' @ bottom", text('Ilocos garlic, harvest 2026', { style: 'caption', position: 'bottom' })],
  ["zoom off po the zooming makes me dizzy", zoom('off')],
  ["clip 3 make it 5 secs only", trimTo(3, 5000)],
  ["pls fade out the end 2 secs po", fade('clip', undefined, 2000)],
  ["the title pls start it @ 0:02 not 0:00", editText({ index: 1, start_ms: 2000 })],
  ["webm 1080 po thx", exportAs('webm', '1080p')],
  ["how much is the pro version po", nothing],
  // voice: a tarsier-sanctuary keeper in Bohol, the Philippines, on the phone (no spaces, dots)
  ["make it9:16 letterbox", aspect('9:16', 'letterbox')],
  ["shorter pls.. 25s", best(25)],
  ["2nd clip slow mo half speed", speed(0.5, 2)],
  ["add text 'Shhh, tarsiers sleep by day' center", text('Shhh, tarsiers sleep by day', { position: 'center' })],
  ["caption 'No flash please' for the last 4 sec", text('No flash please', { style: 'caption', anchor: 'end', duration_ms: 4000 })],
  ["music lofi 30% + fade in the music 2s", then(music('lofi', 0.3), fade('music', 2000))],
  ["swap clip 1 & 2", moveMoment(1, 2)],
  ["export mp4 any size is ok", exportAs('mp4')],
  ["they're nocturnal btw so the footage is dark, sorry :)", nothing],
  // voice: a firefly river-cruise boatman in Puerto Princesa, Palawan, the Philippines (phone, run-on)
  ["brighten?? no nvm. make it 50 secs", best(50)],
  ["reels format blur bg", aspect('9:16', 'blur')],
  ["music fireflies.mp3 @ 0.2, no duckling", then(music('fireflies.mp3', 0.2), ducking(false))],
  ["zoom @ 0:14 hold 2 secs", zoomAt(14, 2)],
  ["remove the title pls its ugly", removeText()],
  ["crossfade none, hard cuts", crossfade(0)],
  ["export webm 4k pls ty", exportAs('webm', '4k')],
  ["oops redo that", redo],
  ["boat sound from vid lower it to 10%", sourceVolume(0.1)],
  // voice: a Bharatanatyam dance teacher in Madurai, India (fast keyboard, polite, repeated letters)
  ["Pleeease make the whole clip 1.25x, the adavus look slow", speed(1.25)],
  ["Add a lower third 'Meenakshi Raman, dance teacher' from 0:02 to 0:06", text('Meenakshi Raman, dance teacher', { style: 'lower-third', start_ms: 2000, end_ms: 6000 })],
  ["dont cut anything, i want every file in full pls", keepAll],
  ["Fade on 1 second at the start", fade('clip', 1000)],
  ["Move the 1st clip to the end", moveMoment(1, 3)],
  ["Musci: veena.mp3 at 60%", music('veena.mp3', 0.6)],
  ["add musci tanpura_drone.mp3 at 60% then sooo much quieter", then(music('tanpura_drone.mp3', 0.6), quieter)],
  ["export 1080p mov", exportAs('mov', '1080p')],
  ["Can it make the ankle bells louder than the mridangam? Separately I mean", nothing],
  // voice: a toy-train engine driver in Darjeeling, India, dictating in the cab
  ["one minute thirty seconds of the best part period", best(90)],
  ["add an intro card saying quote Toy Train unquote", card('intro', 'Toy Train')],
  ["caption quote Ghum station unquote at zero colon twelve for five seconds", text('Ghum station', { style: 'caption', start_ms: 12000, duration_ms: 5000 })],
  ["the engine whistle from the video at one hundred percent", sourceVolume(1)],
  ["uh make the first clip too seconds shorter period", trimBy(1, 2000)],
  ["turn on the automatic zoom period", zoom('auto')],
  ["music low fi thirty five percent and fade the music in and out", then(music(), fade('music', 1000, 1000))],
  ["export seven twenty p mp4 full stop", exportAs('mp4', '720p')],
  ["the tea is ready I will come back later", nothing],
  // voice: a rock-band drummer in Shillong, Meghalaya, India (lowercase, lol)
  ["yo make it square lol", aspect('1:1')],
  ["cut 1:05 to 1:10 its me dropping the stick lmao", cut(65, 70)],
  ["add our_demo_track.wav as music at 80% no ducking", then(music('our_demo_track.wav', 0.8), ducking(false))],
  ["louder on the video sound, like 150%", sourceVolume(1.5)],
  ["clip 2 2x pls", speed(2, 2)],
  ["title 'SOFT HANDS live @ Shillong' instead of the old one", editText({ index: 1, text: 'SOFT HANDS live @ Shillong' })],
  ["lofi, export mp4, then music down to 20% n export webm", then(music(), exportAs('mp4'), musicVolume(0.2), exportAs('webm'))],
  ["export gif lol jk mp4", exportAs('mp4')],
  ["we rehearse in a church hall btw the acoustics r insane", nothing],
  // voice: a ghost-town tour guide at Kolmanskop, Lüderitz, Namibia
  ["Make a 40 sec teaser pls", best(40)],
  ["Background aurora behind the recording", background('aurora')],
  ["fade in half a sec, out 1.5 sec", fade('clip', 500, 1500)],
  ["Move clip2 to 3", moveMoment(2, 3)],
  ["The title should say 'Kolmanskop Ghost Town' & sit on top", editText({ index: 1, text: 'Kolmanskop Ghost Town', position: 'top' })],
  ["Outro 'Book at the Lüderitz office' 4s", card('outro', 'Book at the Lüderitz office', 4)],
  ["outro 'See you in the sand' 3 sec then export mp4 1080", then(card('outro', 'See you in the sand', 3), exportAs('mp4', '1080p'))],
  ["Sand in the lens lol, anything u can do? no? ok", nothing],
  ["what's on each track rn", tracks],
  // voice: a volcano-trek coordinator in Goma, DR Congo, on the phone (French mixed in)
  ["bonjour, make it 9:16 pls for the insta story", aspect('9:16')],
  ["la musique: lofi, 45%", music('lofi', 0.45)],
  ["the volcano sound from the video 70% svp", sourceVolume(0.7)],
  ["clip 3 → 1st place", moveMoment(3, 1)],
  ["zoom at 0:22 for 3s on the lava lake + 4:5 pls", then(zoomAt(22), aspect('4:5'))],
  ["add caption 'Nyiragongo, 3470 m' at top 0:00-0:05", text('Nyiragongo, 3470 m', { style: 'caption', position: 'top', start_ms: 0, end_ms: 5000 })],
  ["export mp4 4k merci", exportAs('mp4', '4k')],
  ["c'est bon, merci 👍👍", nothing],
  // voice: a rock-church guide in Lalibela, Ethiopia, dictating
  ["make a thirty second video period", best(30)],
  ["put the words quote Lalibela rock churches unquote as a title at the start", text('Lalibela rock churches', { anchor: 'start' })],
  ["zoom in at zero colon eight period", zoomAt(8)],
  ["remove the second clip comma it is blurry", removeMoment(2)],
  ["the whole video one point two x", speed(1.2)],
  ["add music quote begena.mp3 unquote at twenty five percent and fade it in", then(music('begena.mp3', 0.25), fade('music', 1000))],
  ["fade out the video at the end period", fade('clip', undefined, 1000)],
  ["export mp4 four k period", exportAs('mp4', '4k')],
  ["selam comma can it write the captions in Amharic letters question mark", nothing],
  // voice: a manuscript conservator at a library in Timbuktu, Mali (careful keyboard, a few typos)
  ["Please remove the dead air; keep all the pages turning", deadAir],
  ["Resolution 1080 please, the archive screen is HD", resolution('1080p')],
  ["Add a lower third: 'Aïcha Cissé, conservator'", text('Aïcha Cissé, conservator', { style: 'lower-third' })],
  ["Trim moment 3 to four seconds", trimTo(3, 4000)],
  ["Make teh first clip slower, 0.75x", speed(0.75, 1)],
  ["Add the music kora_soft.mp3 at 20%, then fade the music out over 3 s", then(music('kora_soft.mp3', 0.2), fade('music', undefined, 3000))],
  ["Letterbox it instead of blur", fill('letterbox')],
  ["Export a .mov, 1080", exportAs('mov', '1080p')],
  ["Is there a way to keep the files only on my laptop? The manuscripts are sensitive.", nothing],
  // voice: a goat-cheese maker in Chefchaouen, Morocco, on the phone
  ["make it short 15s", best(15)],
  ["vertical + crop", aspect('9:16', 'crop')],
  ["text 'Fresh jben every morning' @ 0:04", text('Fresh jben every morning', { start_ms: 4000 })],
  ["lofi music 50% & no ducking", then(music('lofi', 0.5), ducking(false))],
  ["goats sound in the video -> 30%", sourceVolume(0.3)],
  ["delete clip 1 the goat ran off", removeMoment(1)],
  ["speed up the boring parts where nothing happens 2x", idle(2)],
  ["export mp4 720 & gif 720", then(exportAs('mp4', '720p'), exportAs('gif', '720p'))],
  ["thx a lot 🐐❤️", nothing],
  // voice: a date-palm grower in Tozeur, Tunisia (terse keyboard, symbols)
  ["45 seconds pls, best moments", best(45)],
  ["square, bars top & bottom", aspect('1:1', 'letterbox')],
  ["background my photo oasis.jpg", background('oasis.jpg')],
  ["clip 3 speed 3x", speed(3, 3)],
  ["caption 'Deglet Nour dates' at 0:10 for 6 sec at the bottom", text('Deglet Nour dates', { style: 'caption', start_ms: 10000, duration_ms: 6000, position: 'bottom' })],
  ["Music: lofi. Volume: 0.3. Music fade-in 1s", then(music('lofi', 0.3), fade('music', 1000))],
  ["background oasis.jpg, export mp4, then take the background off and export mp4 again", then(background('oasis.jpg'), exportAs('mp4'), noBackground, exportAs('mp4'))],
  ["the palms are 150 years old, my grandfather planted them", nothing],
  ["export webm 720", exportAs('webm', '720p')],
  // voice: a husky-safari kennel owner in Rovaniemi, Finland (ALL CAPS, !!!)
  ["MAKE IT 1 MIN!!!", best(60)],
  ["DOGS ARE LOUD 🔇 MUTE VIDEO SOUND", sourceVolume(0)],
  ["ADD LOFI 🎵 + FADE OUT MUSIC 3 SEC", then(music(), fade('music', undefined, 3000))],
  ["INTRO CARD 'HUSKY SAFARI' 2 SEC", card('intro', 'HUSKY SAFARI', 2)],
  ["CLIP 2 TO THE END", moveMoment(2, 3)],
  ["ZOOM MORE ON THE SLED", zoom('more')],
  ["WHO MADE THIS APP ITS GREAT 😂", nothing],
  ["START OVER AND MAKE IT 20 SECONDS", then(startOver, best(20))],
  ["EXPORT MP4 1080P PLS KIITOS", exportAs('mp4', '1080p')],
  // voice: an oscypek smoker in Zakopane, Poland, dictating while driving
  ["um no wait make it nine sixteen period", aspect('9:16')],
  ["best moments thirty five seconds", best(35)],
  ["add a title quote Oscypek from Zakopane unquote at the top", text('Oscypek from Zakopane', { position: 'top' })],
  ["the first clip cut it to three seconds and the third clip one point five x", then(trimTo(1, 3000), speed(1.5, 3))],
  ["um the smoke hut part from zero colon five to zero colon nine take it out", cut(5, 9)],
  ["add music quote goral_fiddle.mp3 unquote at forty percent you know", music('goral_fiddle.mp3', 0.4)],
  ["crossfade half a second between everything", crossfade(500)],
  ["export webm whatever resolution period", exportAs('webm')],
  ["I am driving so I will check it at home okay", nothing],
  // voice: a bridge diver in Mostar, Bosnia and Herzegovina (fast keyboard, arrows)
  ["20s cut, best jumps", best(20)],
  ["clip 3 -> 0.5x for the jump", speed(0.5, 3)],
  ["zoom @0:07 for 2s", zoomAt(7, 2)],
  ["title -> 'Stari Most, 24 m'", editText({ index: 1, text: 'Stari Most, 24 m' })],
  ["title to centre + text 'Jump #1' at 0:03", then(editText({ index: 1, position: 'center' }), text('Jump #1', { start_ms: 3000 }))],
  ["srsly how do ppl edit on a phone, this is so much faster", nothing],
  ["undo x2", then(undo, undo)],
  ["export mp4 1080 + webm 720", then(exportAs('mp4', '1080p'), exportAs('webm', '720p'))],
  // voice: a stone-roofed guesthouse owner in Gjirokastër, Albania, on the phone (no punctuation)
  ["best bits 1 minute and a half", best(90)],
  ["add caption 'Breakfast on the terrace' at 0:15 for 4 sec", text('Breakfast on the terrace', { style: 'caption', start_ms: 15000, duration_ms: 4000 })],
  ["clip 1 and clip 2 swap", moveMoment(1, 2)],
  ["music lofi quiet like 15%", music('lofi', 0.15)],
  ["fade in 2 sec and fade out 2 sec the whole video", fade('clip', 2000, 2000)],
  ["remove the title its wrong", removeText()],
  ["export mp4 hd 1080;;", exportAs('mp4', '1080p')],
  ["the stone roofs look grey can u make them more silver", nothing],
  // voice: a wedding photographer in Brașov, Romania (fast keyboard, typos)
  ["cut it down to 1:20 pls", best(80)],
  ["add musci first_dance.mp3 at 50%", music('first_dance.mp3', 0.5)],
  ["add our_song.mp3 at 45%, no duckign, fade in 3 s", then(music('our_song.mp3', 0.45), ducking(false), fade('music', 3000))],
  ["crosfade 1.5 sec", crossfade(1500)],
  ["make the 3rd clip 2 sec shorter", trimBy(3, 2000)],
  ["lower third 'Ana & Radu, 12.09.2026' at the strat", text('Ana & Radu, 12.09.2026', { style: 'lower-third', anchor: 'start' })],
  ["backgroud aurora pls", background()],
  ["exprot mov 4k", exportAs('mov', '4k')],
  ["the bride wants to see the draft b4 i export, how do i send it?", nothing],
  // voice: a Christmas-market stall holder in Sibiu, Romania, on the phone
  ["make it 30s for the insta", best(30)],
  ["square pls crop", aspect('1:1', 'crop')],
  ["text 'Mulled wine 🍷 at stall 12' bottom", text('Mulled wine 🍷 at stall 12', { position: 'bottom' })],
  ["intro 'Târgul de Crăciun Sibiu' 3 s, outro 'See you in December' 3 s", then(card('intro', 'Târgul de Crăciun Sibiu', 3), card('outro', 'See you in December', 3))],
  ["lofi 🎵 35% then louder pls", then(music(), louder)],
  ["my hands r frozen sorry 4 typos 🥶", nothing],
  ["slow the whole thing down a bit 0.8x", speed(0.8)],
  ["just the 2nd video file pls", only('second')],
  ["intro card 'Sibiu 2026', export gif, then take the card out and export gif again", then(card('intro', 'Sibiu 2026'), exportAs('gif'), removeCard('intro'), exportAs('gif'))],
  // voice: a sea-salt maker on Anglesey, Wales, dictating in the kitchen
  ["make it fifty five seconds period I mean fifty five seconds long the best bits", best(55)],
  ["add a caption open quote Hand harvested from the Menai Strait close quote for the first six seconds", text('Hand harvested from the Menai Strait', { style: 'caption', start_ms: 0, duration_ms: 6000 })],
  ["zoom in at zero colon eighteen for five seconds period", zoomAt(18, 5)],
  ["move the second clip to the end full stop", moveMoment(2, 3)],
  ["the kettle is boiling in the video so the sound at twenty percent", sourceVolume(0.2)],
  ["add low fi music at point two five", music('lofi', 0.25)],
  ["add low fi music and make it quieter", then(music(), quieter)],
  ["export ten eighty p period then show me the tracks", then(exportAs('mp4', '1080p'), tracks)],
  ["full stop that's everything thank you", nothing],
  // voice: a Whitby jet-jewellery maker, Yorkshire, England
  ["Can you make it 25 seconds, the good bits?", best(25)],
  ["4:5 letterbox pls & resolution 1080", then(aspect('4:5', 'letterbox'), resolution('1080p'))],
  ["lower third 'Edith Storr, jet carver' at the bottom from 0:01 for 4s", text('Edith Storr, jet carver', { style: 'lower-third', position: 'bottom', start_ms: 1000, duration_ms: 4000 })],
  ["zoom in on the polishing wheel at 0:09", zoomAt(9)],
  ["clip 1 at 1.5x and clip 2 at 1.5x", then(speed(1.5, 1), speed(1.5, 2))],
  ["Fade out the whole clip over 2 seconds", fade('clip', undefined, 2000)],
  ["Music: whitby_abbey.mp3 at 1/4 volume", music('whitby_abbey.mp3', 0.25)],
  ["export webm pls, 1080", exportAs('webm', '1080p')],
  ["will it work w/o wifi? the shop signal is rubbish", nothing],
  // voice: a School of the Air teacher in Alice Springs, Northern Territory, Australia, dictating
  ["make a two minute version period", best(120)],
  ["speed up the quiet parts period", idle()],
  ["add a title saying quote G'day from School of the Air unquote for the last five seconds", text("G'day from School of the Air", { anchor: 'end', duration_ms: 5000 })],
  ["move clip three before clip two", moveMoment(3, 2)],
  ["um remove the third clip and then fade the start in", then(removeMoment(3), fade('clip', 1000))],
  ["add music quote outback_guitar.mp3 unquote at sixty five percent", music('outback_guitar.mp3', 0.65)],
  ["set the resolution to seven twenty", resolution('720p')],
  ["export as an mp4 and a gif period", then(exportAs('mp4'), exportAs('gif'))],
  ["can the kids watch it on the satellite internet question mark", nothing],
  // voice: a wreck-dive master in Chuuk, Micronesia, on the phone
  ["make it 9 16 pls", aspect('9:16')],
  ["remove dead parts where im just floating", deadAir],
  ["make clip 2 only 4 seconds long", trimTo(2, 4000)],
  ["zoom @ 0:30 for 5s on the zero fighter", zoomAt(30, 5)],
  ["caption 'Fujikawa Maru, 1944' top 0:02-0:08", text('Fujikawa Maru, 1944', { style: 'caption', position: 'top', start_ms: 2000, end_ms: 8000 })],
  ["music lofi 25% w/ a 2s fade out on the music", then(music('lofi', 0.25), fade('music', undefined, 2000))],
  ["blue-er water pls", nothing],
  ["add lofi, export mp4 720, then no music & export mp4 720 again", then(music(), exportAs('mp4', '720p'), noMusic, exportAs('mp4', '720p'))],
  ["cut 0:40 - 0:45 pls the shark ate my fin lol", cut(40, 45)],
  // voice: a teacher at a traditional navigation school on Yap, Micronesia (phone, typos)
  ["pls make it a 35 sec clip", best(35)],
  ["16:9 pls for youtube, and 4k rez", then(aspect('16:9'), resolution('4k'))],
  ["title say 'Wayfinding without instruments'", editText({ index: 1, text: 'Wayfinding without instruments' })],
  ["crossfade 0.75s b/w clips", crossfade(750)],
  ["zoom off pls, makes me seasick", zoom('off')],
  ["music canoe_chant.mp3 at full volume", music('canoe_chant.mp3', 1)],
  ["idk what half of these buttons do tbh 😅", nothing],
  ["undo that & clip 1 last", then(undo, moveMoment(1, 3))],
  ["export mov pls ty", exportAs('mov')],
];
