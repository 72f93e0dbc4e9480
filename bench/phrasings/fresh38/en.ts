import { best, deadAir, idle, keepAll, only, aspect, fill, resolution, text, editText, removeText, music, musicVolume, quieter, louder, ducking, noMusic, sourceVolume, fade, crossfade, removeMoment, moveMoment, trimBy, trimTo, cut, speed, undo, redo, startOver, tracks, exportAs, nothing, then, zoom, zoomAt, background, noBackground, card, removeCard } from '../ops';
import type { Phrasing } from '../ops';

/**
 * Fresh 38, English: a blind phrasing set written by a helper on 2026-12-05, to measure the parser on words it was
 * never tuned on, in two kinds of wording. (1) What a request covers: quantifiers and exceptions over the timeline's
 * moments ("all the clips", "every moment", "every clip", "each of the three clips", "all 3 clips", "all moments", "the
 * first two clips both", "clips 2 and 3, both of them", "the last two clips", "everything except the second moment",
 * "every clip except the first one", "except the first", "everything but the last clip", "only the middle clip", "just
 * the middle clip", "leave the first two clips alone and slow only the last one", "the first moment ... and the rest",
 * "the other two clips go away, keep clip 1 only", "the first and the last moment, keep only the middle one", "none of
 * the clips need speeding up"); negations and refusals beside a request ("no music this time, just a caption", "not
 * vertical, square", "Not 16:9. Make 9:16", "no not 9:16, 1:1", "not with blur, with bars", "no blur, crop", "not the
 * blurry sides, crop it", "export mp4 not gif", "no fade at the start, only at the end", "skip the fade in, just fade
 * out", "export mp4 720 without the title", "Leave the music out, no cards either. Just export", "Don't touch the
 * title. Add music"); what to leave alone said beside what to do ("keep the title as is but move it", "title bottom but
 * keep words", "leave the words", "Leave the moments alone, just make it 1080p", "put in a caption ..., leave the title
 * be", "the others stay", "nothing else changed"); conditions settled by the draft (3 moments, a title, no music, no
 * card, no background): true ("if there's a title put it in the middle", "If the video has a title, kindly place it at
 * the centre", "If the clip has no music yet, put the lofi one on", "if it hasn't got music, add kai_moana.mp3", "If it
 * has no music yet add the lofi one") and false, so nothing ("if theres music take it out", "If there's music on it,
 * pull it out", "if there is music make it softer", "Take the music out if there is any", "If there is intro card,
 * remove"). (2) Order: several requests in one message said in another order than they are done ("Export MOV after you
 * cut", "export after adding", "Export, but before, music ...", "export 4k webm, but first set the fill", "show the
 * tracks after you add a 1 sec fade out", "Ducking off for the music, after you add the lofi", "fade the music in 2s
 * after u add lofi", "Last, export MOV 1080p, after the fade out", "export mp4 720 without the title"), or in the same
 * order with order words (before / once / when you're done / first / then / after that / last of all / finally / before
 * anything else), numbered and bulleted lists ("1) ... 2) ... 3) ...", "1. lofi 2. 50% 3. export mp4", "Two things, in
 * this order please:" with "- " lines on new lines), and a request that points at another in the same message ("add a
 * caption ... and then move it to the top", "add a title ... and then put it at the bottom", "add lofi, then bring it
 * down to 20%", "chuck the lofi track on, then turn it down to a quarter", "add surf_rock.mp3 and then make it louder",
 * "Put the lofi music on and make it quieter", "put the lofi music on, then fade it out", "Undo the swap"). Moods:
 * terse (Otavalo, Campeche, Sheki, Battambang, Siwa), long and careful (Huaraz, Sitka, Broken Hill, Mahé, Hunza,
 * Isfahan, Gozo, Dilijan), phone typists (Chiloé, Copán, Humahuaca, Vava'u, Ilha de Moçambique, Karakol), cheerful
 * (Mompox, Dalat, Ouidah), laid back (Tofino, Kaikōura, Twillingate), non-native (Ghardaïa, Antsirabe, Sheki, Matera).
 *
 * Read while writing: /work/briefs/writer38-en.md (the brief), bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts,
 * src/protocol/editOps.ts, src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you
 * can say" table), issue 13 (/work/briefs/issue13.md) and /work/briefs/headers39.txt (the header comments of the
 * earlier sets): the header of fresh37/en.ts read whole for its form and decided readings; the rest only grepped, on a
 * private copy under /tmp with the line breaks and the " * " joins removed so that names split over two lines were
 * found: a grep for the "=== bench/phrasings/..." lines (its last twenty printed, then the two around fresh37/en.ts, to
 * find that header), hit counts for about 230 candidate places, then hit counts and short context for the trades and
 * countries of the voices kept. Trades or places turned away for a hit: a gorilla-trek porter in Musanze (a Rwandan
 * gorilla-trek guide was there), a hammock maker in Campeche (a Masaya hammock weaver), a hot-air balloon pilot in
 * Cappadocia (balloon pilots, one in Luxor), a whale-watching skipper (one in Akureyri; kept as a whale-swim skipper in
 * Vava'u with the trade named as a near neighbour), and every place that had a hit (Tromsø, Hokkaido, Arequipa, Kyoto,
 * Luang Prabang and about 90 others).
 * Not read: any other phrasing set or other file under bench/phrasings/, the parser (src/engine),
 * src/protocol/vocabulary.ts or any other src file, test/, scripts/, bench/*.ts, out/, dist/, /work/*.txt, /work/main,
 * any other worktree, any other brief; no git log / diff / show / grep over the repository; no sentence was run through
 * the parser, the CLI, the engine or the bench. bench/phrasings/ was never listed: only `mkdir -p
 * bench/phrasings/fresh38` before copying this one file in (the folder was already there, see the slips). This file was
 * drafted in a private folder under /tmp and copied here.
 * Slips, said exactly: two. (1) My first command, `cat /work/briefs/writer38-en.md; ls -la /work/briefs/`, listed the
 * briefs folder: it showed the names, sizes and dates of the other briefs and helper notes there (writer33-* to
 * writer38-zh.md, g34-* to g41-*, headers34-39.txt, issue13.md); none of them was opened. (2) A `git status --short`
 * run just before copying this file in printed "?? bench/phrasings/fresh38/": the folder was already there, and an `ls
 * -la bench/phrasings/fresh38/` after the copy showed a zh.ts beside this file (47058 bytes, 04:42, most likely the
 * Chinese set of this round written by another helper); it was not opened, and no line of it was seen. Said for
 * completeness: the greps printed short context from other headers (voices, their trades and dialect words, a few music
 * file names and readings; no phrasing line of any set); the brief's type-check compiles the modules this file imports,
 * so tsc compiled src/protocol (vocabulary included) to check the types, none of it shown.
 * Run on this file only: that type-check (it printed nothing), `git status --short` twice, and python over its own text
 * (the builders re-written in python, with sameEdit's folding of a fill after its shape and a level or ducking after
 * its music) to count lines, voices, must-change-nothing lines, requests per line, operations and repeats. The built-in
 * gradient and music names other than aurora and lofi were not known, so no line names another built-in; text positions
 * are top / center / bottom (draft.ts), styles title / caption / lower-third.
 *
 * Voices (30, none of them in an earlier set: each place grepped in headers39.txt first with no hit, then its trade and
 * country): a wooden-shingle maker in Castro, Chiloé, Chile (phone, lowercase, gracias), a climbing-gear rental owner
 * in Huaraz, Peru (long, careful), a poncho weaver at the Otavalo market, Ecuador (terse, full stops), a filigree
 * jeweller in Mompox, Colombia (cheerful: hola, qué calor, perfecto), a macaw-sanctuary keeper in Copán Ruinas,
 * Honduras (phone, emoji), a shrimp-boat captain in Campeche, Mexico (gruff, brisk), a salmon troller in Sitka, Alaska,
 * USA (long, careful), a schooner rigger in Lunenburg, Nova Scotia, Canada (polite, nautical), a surf instructor in
 * Tofino, British Columbia, Canada (chill, yo, sick), a gilder restoring church altars in Ouro Preto, Brazil (careful:
 * bom dia, obrigado), a llama-trek guide in Humahuaca, Jujuy, Argentina (phone, hurried, jaja), a crayfish-shack cook
 * in Kaikōura, New Zealand (sweet as, chuck it on), an outback art-gallery owner in Broken Hill, New South Wales,
 * Australia (dry, long), a whale-swim skipper in Vava'u, Tonga (phone: malo, malo 'aupito), a spice merchant in
 * Ghardaïa, M'zab valley, Algeria (French non-native, formal), an olive-oil presser in Siwa Oasis, Egypt (terse, arrow,
 * shukran), a drum maker in Ouidah, Benin (energetic: bonjour, d'accord, merci beaucoup), a pousse-pousse workshop
 * owner in Antsirabe, Madagascar (careful, non-native), a dhow sailor on Ilha de Moçambique, Mozambique (phone), a
 * Creole cooking teacher on Mahé, Seychelles (warm: bonzour, mersi bokou), a halva confectioner in Sheki, Azerbaijan
 * (non-native, short: sağ ol), a woodcarver in Dilijan, Armenia (slow, careful), a horse-trek outfitter in Karakol,
 * Kyrgyzstan (phone, lol), an apricot dryer in Karimabad, Hunza, Pakistan (polite: kindly), a bamboo-train (norry)
 * driver in Battambang, Cambodia (phone, terse), a flower grower in Dalat, Vietnam (cheerful), a lace maker in Għarb,
 * Gozo, Malta (elderly, polite: dear), a bread baker in the Sassi of Matera, Italy (early morning, buongiorno,
 * non-native word order), a miniature painter in Isfahan, Iran (formal: kindly), an iceberg-tour boat operator in
 * Twillingate, Newfoundland, Canada (chatty: b'y, she's some big one).
 * Near neighbours said plainly (the trade and the place together are new; the country, region or a trade with no place
 * is not): Chilean, Peruvian (a Cusco llama-wool knitter), Ecuadorian, Colombian and Mexican voices; Honduran voices (a
 * La Ceiba baleada cook, a Tegucigalpa drone pilot); Alaskan voices; a Prince Edward Island voice and other Canadian
 * voices; a Newfoundland fisherman in St. John's; a windsurf instructor in Aruba, a kitesurf instructor in Tarifa, a
 * surf school owner in Ericeira, a Wanning surf instructor (a Chinese set); Brazilian voices; Argentine voices; New
 * Zealand voices; a pottery-gallery owner in Santa Fe and Australian voices; a Tongan kava-circle host in Auckland; a
 * whale-watching skipper in Akureyri and a Hualien whale-watching guide; a karantika seller in Oran (Algeria); a
 * hot-air balloon operator in Luxor (Egypt); a zemidjan driver in Cotonou (Benin); a vanilla farmer in Sava and a
 * marine biologist in Antananarivo (Madagascar); a peri-peri cook in Maputo (Mozambique); a coco-de-mer guide on
 * Praslin (Seychelles); a mugham singer in Baku (Azerbaijan); a lavash baker in Gyumri (Armenia); a shyrdak felt maker
 * in Kochkor and a webinar host in Bishkek (Kyrgyzstan); Pakistani voices and a Kuqa apricot grower (a Chinese set); a
 * pepper farmer in Kampot (Cambodia); Vietnamese voices; Maltese voices; Italian voices; a PhD student in Tehran and an
 * Iranian restaurateur in LA; a Dongyang woodcarver (a Chinese set); a lace maker on Burano; a tile painter in Seville.
 *
 * Counts: 270 (30 voices, 9 lines each), none repeated within this file (compared trimmed and lower-cased), written in
 * one pass to cover every operation of ops.ts, then reworded: 14 chatter or question lines turned into requests and 24
 * two-request lines cut to one request, to bring the must-change-nothing and multi-request lines to the brief's shares;
 * "Letterbox it. 9:16." was written "9:16. Letterbox it." (a fill said before its shape is not folded into it).
 * Operations (after sameEdit's folding; 302 in all): compile_best_moments 19, remove_dead_air 2, speed_up_idle 4,
 * keep_everything 2, use_sources 4, set_aspect 18, set_fill 1, set_resolution 4, add_text 18, edit_text 13, remove_text
 * 3, add_music 28, set_music_volume 2 (louder 1, quieter 1; 4 levels folded into their music), set_ducking 0 (2 folded
 * into their music), remove_music 1, set_source_volume 8, fade 11 (clip 9, music 2), crossfade 7, remove_moment 8,
 * move_moment 7, trim_moment 22, cut_range 8, set_speed 28, undo 9, redo 3, start_over 2, show_tracks 5, export 35,
 * set_zoom 7, zoom_at 6, set_background 6, remove_background 1, add_card 9, remove_card 1.
 * Lengths (19): "40 sec", "forty-five second", "Half a minute" 30 s, "Sixty seconds", "a minute and a half" 90 s,
 * "twenty seconds", "2 min" 120 s, "35 seconds", "25s", "45 sec", "one minute" 60 s, "50 seconds", "one minute and
 * fifteen seconds" 75 s, "30 sec", "40 seconds" after a start over, "55 seconds", "twenty seconds" (again, other
 * words), "a 40 second clip", "1:10" 70 s; dead air (2: "Cut only the static, silent stretches", "remove the silent
 * parts where nothing happens"); idle stretches faster (4: "three times" 3x, "the dead bits 6x", "the quiet parts, 4x",
 * "the idle parts two times" 2x); keep everything (2: "keep every file whole, no cutting", "keep all the footage, cut
 * nothing"); uploads chosen (4: huascaran_day2.mp4, press_day.mp4, hydrangea.mov and roses.mov, "the second file" as
 * "second"); shapes (18): 9:16 (6: no fill 2 ("vertical" in a numbered list, "vertical for Instagram stories"), crop 2,
 * letterbox 1, blur 1), 1:1 (6: no fill 2, blur 2, letterbox 1, crop 1), 4:5 (3: blur, letterbox ("with bars"), crop),
 * 16:9 (3: "Landscape, 16:9", "landscape", "16:9" in a bulleted list); a fill alone (1: crop, before an export);
 * resolution set without an export (4: 720p "Resolution 720", 4k, 1080p twice); exports (35): mp4 with no resolution
 * 11, 720p 6, 1080p 2, 4k 1; mov 2 / 720p 1 / 1080p 2 / 4k 1; webm 2 / 720p 1 / 1080p 1 / 4k 2; gif 2 / 720p 1; two
 * exports in one message (3 lines, each with an edit between them); texts (18): titles (7), captions (8), lower thirds
 * (3); anchored at the start (4, two with a length), at the end (2, each with a length: "for the last 4 seconds", "at
 * the end for 4 seconds"); timed (9: "at 0:03 for 4 seconds", "0:00 to 0:04", "from 0:04 for six seconds", "at 0:10",
 * "at 0:05 for five seconds", "from 0:06 to 0:10", "at 0:15 for 5 sec", "from 0:01 to 0:05", "at 0:09 for three
 * seconds"; "first 3 seconds" counted with the anchored); top (3), bottom (3), no place named (12); texts edited 13
 * times: the draft's title 11 (place 6: bottom 3, top 1, center 2; words 1; words and place 2: top, bottom; timing 2)
 * and a text added earlier in the same message 2 ("and then move it to the top", "and then put it at the bottom"), all
 * with no number; the title removed (3, no number: "Get rid of the title", "export mp4 720 without the title", "Before
 * you show the tracks, remove the title"); cards (9): intro (4: 2 s, 2.5 s, 3 s, 4 s), outro (5: 2 s three times, 3 s
 * twice); an outro removed between two exports (1); music (28: lo-fi 18, six with no level said anywhere; uploaded
 * files 10), levels 15 %, 20 % (2), 25 % (3, one "a quarter"), 30 % (3), 35 % (10: "35 percent" twice, "volume 35%",
 * seven unsaid), 40 %, 45 %, 50 % (3: "half volume" twice, "50%"), 55 %, 60 %, 70 %, 100 % ("full volume"); ducking off
 * (2, folded into the music); a level said after the music in the same message (4, folded: "then bring it down to 20%",
 * "then turn it down to a quarter", "2. 50%", "turn it down to 15%"); music faded in 2 s (1, "after u add lofi"), out 3
 * s (1); quieter (1), louder (1); removed between two exports (1); source volume 0 (2: "Mute the recording", "clip
 * sound off"), 0.3, 0.4, 0.6, 0.8, 1.2, 1.5; clip fades in (2: 2 s, 1.5 s), out (5: 2 s twice, 1 s twice, 3 s), both
 * (2: 1 s each, 2 s each); crossfades 0 ("No crossfades. Hard cuts."), 0.3, 0.5, 0.75 ("three quarters of a second"), 1
 * (2: "a full second", "1 sec"), 2 s; zoom auto (2), more (3: "zoom in more on them", "a little more", "closer on the
 * brush"), less (1), off (1); zoom at a time (6, four with a hold said); backgrounds: aurora (4: by name 3, "any one"
 * 1; one removed between two exports), uploaded images (2: harbor.jpg, apricot_trays.png); moments removed (8 in 6
 * lines), moved (7), trimmed by (13 in 6 lines) and to (9 in 5 lines); one moment's speed (19 in 13 lines); cuts of a
 * range (8); whole-clip speeds 0.8, 0.85, 0.9, 1.1, 1.2, 1.25, 1.3, 1.5, 2; undo (9 in 7 lines: alone 4, twice 1 ("undo
 * twice"), "undo, undo, then redo", "before anything else, undo the last change"), redo (3), start over (2: alone,
 * before a length); track listings (5: alone 3, after a fade out 1, after the title removed 1).
 * Must change nothing: 30 of 270 (11.1 %): conditions false on this draft (5: music three times, "Take the music out if
 * there is any", an intro card); negations that pin no edit ("No intro card. No outro card.", "dont make it vertical,
 * leave it how it is", "no music please, the drums are the music", "No, not vertical, it's for the website; leave it as
 * it is.", "none of the clips need speeding up, leave em"); questions about the product or beyond it (Arabic letters
 * for the title, the app in Urdu, the files kept on the computer); chatter (fog, 44 degrees, llamas and the drone,
 * horses, the train late, eyes, the rising dough, an iceberg the size of a church); thanks ("gracias, thats all", "ok
 * gracias!! 🙏", "sick, thx dude", "Obrigado, está ótimo.", "sweet as, cheers", "shukran", "merci beaucoup!!", "Mersi
 * bokou!", "Sağ ol.").
 * Requests per line: 47 lines carry two or more operations after sameEdit's folding (35 of two, 9 of three, 3 of four).
 * Of these, 15 are one request over several moments (scope: "every clip 4 secs long", "everything except the second
 * moment", "the last two clips", "each of the three clips", "every clip except the first one", "undo twice", "except
 * the first", "the first and the last moment", "the first two clips both", "all the clips 3 seconds shorter", "the
 * other two clips go away", "All moments 2 second shorter", "clips 2 and 3, both of them", "Everything but the last
 * clip", "the first moment ... and the rest"); 32 carry two or more requests, and 4 more carry two requests that fold
 * into one operation ("add lofi, then bring it down to 20%", "chuck the lofi track on, then turn it down to a quarter",
 * "Ducking off for the music, after you add the lofi", "make it 9:16 and then crop"; "1. lofi 2. 50% 3. export mp4"
 * folds its first two of three): 36 multi-request lines. Of the 32 by operation: an edit then an export (16: a shape 2,
 * one in a bulleted list; music 5, one in a numbered list; a cut; a card 2; a new title; a fill; crossfades 2; the
 * title removed; a clip fade), three of three (a shape, music and an export in a numbered list; a shape, a background
 * and an export; music, its fade out and an export), a new text then an edit of it (2), an undo then a shape, a start
 * over then a length, music then louder / quieter (2), music then a music fade, a clip fade then the tracks, the title
 * removed then the tracks, two undos then a redo, and three of four: music, an export, the music removed, an export; a
 * card, an export, the card removed, an export; a background, an export, the background removed, an export.
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: every length-only line names a length (best moments at that length);
 * music with no level is lo-fi at 35 % ducked, a level said with it (or right after it in the same message) replaces
 * the 35 %; "half volume" 50 %, "a quarter" 25 %, "full volume" 100 %; "no ducking" / "Ducking off" turn ducking off;
 * "make it louder" / "make it quieter" right after adding music are the changes louder / quieter; a fade with a length
 * is that length ("fade in 1 s and fade out 1 s", "two seconds each"); the recording's own sound "at 150%" 1.5, "120%"
 * 1.2, "Mute the recording" / "clip sound off" 0; idle stretches faster with a factor go that fast ("three times" 3,
 * "two times" 2, "6x", "4x"); a card with no length is 2 s; "background aurora", "the aurora background" and "a
 * background, any one" are the default aurora; an uploaded image's file name is that background; a zoom at a time with
 * no hold ("zoom at 0:14", "zoom in 0:25") holds 3 s; every export names its format (mp4 where the user says "export"
 * with no format: "Just export an MP4" names it, "export after adding ..." and "Export, but before, music ..." are mp4
 * with no resolution), with no resolution where none is said; "720" 720p, "1080" 1080p, "4k" 4k.
 * Decided readings of this set's theme (scope): "all the clips 1.25x", "every moment slower, 0.8x", "all 3 clips 1.5x",
 * "the whole video two times faster, all three clips" set the whole clip's speed (no moment number), not one speed per
 * moment; a speed or trim over some but not all moments is one operation per moment, in timeline order ("everything
 * except the second moment at 1.5x" = moments 1 and 3; "the last two clips 2x" = 2 and 3; "Everything but the last clip
 * at 0.75x" = 1 and 2); a length or trim over every moment ("every clip 4 secs long", "each of the three clips trimmed
 * by a second", "make all the clips 3 seconds shorter", "All moments 2 second shorter") is one trim per moment, 1 to 3
 * (a trim has no whole-clip form); "Make the first moment 3 seconds and the rest 5 seconds each" trims 1 to 3 s, then 2
 * and 3 to 5 s; removing two moments removes the later first so the numbers said still hold ("Remove the first and the
 * last moment, keep only the middle one" = remove 3, then 1; "the other two clips go away, keep clip 1 only" = remove
 * 3, then 2); "only the middle clip" / "just the middle clip" is moment 2; "none of the clips need speeding up, leave
 * em" changes nothing; "undo twice" is two undos.
 * Decided readings (negations and what to leave alone): a negation beside a request keeps only the request ("Square.
 * Not vertical." 1:1; "no not 9:16, 1:1 w letterbox"; "Not 16:9. Make 9:16 with blur."; "I don't want it vertical.
 * Landscape, 16:9" 16:9; "not with blur, with bars" letterbox; "no blur, crop" crop; "export mp4 not gif" an mp4
 * export; "no music this time, just a caption ..." the caption only (no music to remove); "Leave the music out, no
 * cards either. Just export an MP4." the export only); "no fade at the start, only at the end, 2 sec" and "skip the
 * fade in, just fade out 1s" set only the fade out (no in_ms: the draft has no fade to remove); "No crossfades. Hard
 * cuts." is crossfade 0; "without the title" removes the title before the export said with it; a part said to be left
 * alone is not touched ("keep the title as is but move it" edits only its place; "title from 0:02 to 0:07 please, leave
 * the words" only its timing; "leave the title be" beside a new caption keeps it).
 * Decided readings (order): requests are expected in the order they are to be done, not the order said ("Export MOV
 * after you cut 0:05 to 0:09" = cut, export; "export 4k webm, but first set the fill to crop" = fill, export; "show the
 * tracks after you add a 1 sec fade out" = fade, tracks; "Export, but before, music ..." = music, export; "before
 * anything else, undo the last change, then make it square" = undo, shape; "Ducking off for the music, after you add
 * the lofi" = lo-fi without ducking); "add a caption ... and then move it to the top" / "add a title ... and then put
 * it at the bottom" are the new text, then an edit with no number (the last one added, the new text), not one text with
 * its place; "Add the title 'Pane di Matera' from 0:01 to 0:05 at the top." is one new text with its place; "add lofi,
 * then bring it down to 20%" folds into lo-fi at 20 %; "Finally, when all of that is done, show me the tracks." alone
 * is the track listing.
 * Other readings: "clip N" / "moment N" / "the second clip" / "the third clip" is moment N (the draft has three); "to
 * the front" / "put it first" / "to the beginning" place 1, "to the end" / "put it last" place 3; a swap of two
 * neighbours ("swap the first two clips", "Swap clip 2 and clip 3") moves the earlier to the later's place; "Undo the
 * swap, please." is one undo; "make it 35 seconds", "cut it to twenty seconds", "Kindly cut the clip to 55 seconds",
 * "make a 1:10 version" are best moments at that length; "take out everything between 0:12 and 0:18", "Cut from 0:31 to
 * 0:36", "take out the part from 1:15 to 1:20" cut that range; "zoom in a little more" / "zoom in more on them" / "zoom
 * in closer on the brush" more, "zoom less" less, "Zoom auto." / "turn the automatic zoom on" auto, "Zoom off." off;
 * "the video sound" / "the recording's own audio" / "the video's own sound" / "source sound" / "video volume" are the
 * source volume; "Please use only the file ...", "use only ...", "Use only the second file." choose uploads; "Show me
 * the tracks." / "Could you show me what is on each track?" the track listing.
 * New texts: a title unless a caption or a lower third is named; "at 0:03 for 4 seconds" from there for that long, "at
 * 0:10" from there with no length, "0:00 to 0:04" / "from 0:06 to 0:10" that range, "for the first five seconds" /
 * "first 3 seconds" anchored at the start with that length, "at the start" anchored at the start, "for the last 4
 * seconds" / "at the end for 4 seconds" anchored at the end with that length; "top" / "at the top" top, "bottom" / "👇
 * bottom" bottom, "in the middle" / "at the centre" center. "title" / "the title" of the draft is text 1 (its words:
 * "title says '...' now", "title → '...' at the top"; its place; its timing: "from 0:02 to 0:07", "from 0:00 to 0:05");
 * removing the title names no number. Music, cards and backgrounds are only changed, faded or removed in a message that
 * adds them (the draft has none). A question beside no request changes nothing; a request worded as a question ("Could
 * you make a forty-five second version ...?", "Could you show me what is on each track?") is the request. History
 * steps, exports and track listings stand where they are done.
 *
 * Read against a draft of 3 moments and 1 text (a title; no music, no card, no background), as fresh 37 was.
 * The lead dropped 7 lines shared (letter case aside) with earlier sets (a zoom at 0:20 for 4 seconds, also in held-out
 * 2; a redo and a start over, also in held-out 11; the first clip moved to the end, also in held-out 9; a double undo,
 * also in held-out 10; another redo, also in held-out 5; a mov export, also in held-out 25): 263 left.
 * Measured blind on 2a94c1a (session 36, grammar of dfc0951, before its grammar round): 215/263 = 81.7 % (22 wrong edits,
 * 4 right edits with words left unread, 6 asked first).
 * After session 36's round 42 (four helpers on held-out 36's and held-out 35's misses and held-out 34's Chinese ones,
 * by class; merged as r42-int, with the lead's fixes at the merge): 217/263 = 82.5 % (21 wrong edits, 4 right edits
 * with words left unread, 5 asked first).
 * After session 37's round 43 (four helpers: held-out 37's misses, held-out 33-36's leftovers, by class, and one,
 * everyday, told to write and read its own everyday requests, never a line of a set; merged as 17942c1, with the lead's
 * fixes at the merge): 220/263 = 83.7 % (19 wrong edits, 3 right edits with words left unread, 5 asked first).
 * After session 38's round 44 (four helpers: held-out 39's misses in English and in Chinese, a statement of who, what
 * or why beside a request, and the known wrong readings of the opened sets; with the lead's own everyday wordings;
 * merged as r44-int, with the lead's fixes at the merge): unchanged.
 */
export const fresh38En: [string, Phrasing['want']][] = [
  // voice: a wooden-shingle maker in Castro, Chiloé, Chile (phone, lowercase)
  ["all the clips a bit faster pls, 1.25x", speed(1.25)],
  ["if theres music take it out, if not nvm", nothing],
  ["export mp4 in 720 pls", exportAs('mp4', '720p')],
  ["cut it down to 40 sec but keep the title as is", best(40)],
  ["no fade at the start, only at the end, 2 sec", fade('clip', undefined, 2000)],
  ["the shingles r alerce wood, zoom in more on them", zoom('more')],
  ["before u export make it square with blur, then gif", then(aspect('1:1', 'blur'), exportAs('gif'))],
  ["every clip 4 secs long", then(trimTo(1, 4000), trimTo(2, 4000), trimTo(3, 4000))],
  ["gracias, thats all", nothing],
  // voice: a climbing-gear rental owner in Huaraz, Peru (long, careful)
  ["Please add the lofi music at 30%, and once that's in, export a 1080p MP4.", then(music('lofi', 0.3), exportAs('mp4', '1080p'))],
  ["Leave the first two clips alone and slow only the last one to 0.75x.", speed(0.75, 3)],
  ["I don't want it vertical. Landscape, 16:9, is what the hostel TV needs.", aspect('16:9')],
  ["Take out everything between 0:12 and 0:18, please.", cut(12, 18)],
  ["Could you make a forty-five second version out of the best parts?", best(45)],
  ["Add a lower third 'Rosa Huamán, owner' for the first five seconds.", text('Rosa Huamán, owner', { style: 'lower-third', anchor: 'start', duration_ms: 5000 })],
  ["If the clip has no music yet, put the lofi one on at half volume.", music('lofi', 0.5)],
  ["Please use only the file huascaran_day2.mp4 for this one.", only('huascaran_day2.mp4')],
  ["Finally, when all of that is done, show me the tracks.", tracks],
  // voice: a poncho weaver at the Otavalo market, Ecuador (terse)
  ["Square. Not vertical.", aspect('1:1')],
  ["Title to the bottom. Words stay.", editText({ position: 'bottom' })],
  ["Remove moment 2.", removeMoment(2)],
  ["Music: andes_flute.mp3, 25%.", music('andes_flute.mp3', 0.25)],
  ["Export webm 720p.", exportAs('webm', '720p')],
  ["No intro card. No outro card.", nothing],
  ["Zoom off.", zoom('off')],
  ["Mute the recording.", sourceVolume(0)],
  ["Half a minute.", best(30)],
  // voice: a filigree jeweller in Mompox, Colombia (cheerful, Spanish words)
  ["Hola! make every moment slower, 0.8x, the filigree needs time", speed(0.8)],
  ["add a caption 'Hecho a mano en Mompox' at 0:03 for 4 seconds, and then move it to the top", then(text('Hecho a mano en Mompox', { style: 'caption', start_ms: 3000, duration_ms: 4000 }), editText({ position: 'top' }))],
  ["everything except the second moment at 1.5x please", then(speed(1.5, 1), speed(1.5, 3))],
  ["1) make it vertical 2) add the lofi music 3) export mp4", then(aspect('9:16'), music(), exportAs('mp4'))],
  ["ay no, undo that last one", undo],
  ["put an outro card 'Filigrana Momposina' on for 3 seconds", card('outro', 'Filigrana Momposina', 3)],
  ["take out the part from 1:15 to 1:20, there is a boat horn", cut(75, 80)],
  ["perfecto! export it in 4k, mp4", exportAs('mp4', '4k')],
  // voice: a macaw-sanctuary keeper in Copán Ruinas, Honduras (phone, emoji)
  ["the last two clips 2x 🦜", then(speed(2, 2), speed(2, 3))],
  ["if there's a title put it in the middle", editText({ position: 'center' })],
  ["no music this time, just a caption 'Guacamayas de Copán' 👇 bottom", text('Guacamayas de Copán', { style: 'caption', position: 'bottom' })],
  ["export a gif of it 🎞️", exportAs('gif')],
  ["keep every file whole, no cutting 🙏", keepAll],
  ["video sound to 60%", sourceVolume(0.6)],
  ["fade in 1 s and fade out 1 s", fade('clip', 1000, 1000)],
  ["background aurora pls 🌈", background('aurora')],
  ["ok gracias!! 🙏", nothing],
  // voice: a shrimp-boat captain in Campeche, Mexico (gruff, brisk)
  ["Export MOV after you cut 0:05 to 0:09.", then(cut(5, 9), exportAs('mov'))],
  ["Only the middle clip. Twice as fast.", speed(2, 2)],
  ["Don't touch the title. Add music: marimba.mp3 at forty percent.", music('marimba.mp3', 0.4)],
  ["Move the third clip to the front.", moveMoment(3, 1)],
  ["Sixty seconds. Best parts.", best(60)],
  ["Resolution 720. Boat's leaving at five.", resolution('720p')],
  ["9:16. Letterbox it.", aspect('9:16', 'letterbox')],
  ["No crossfades. Hard cuts.", crossfade(0)],
  // voice: a salmon troller in Sitka, Alaska, USA (long, careful)
  ["When you're done adding an intro card 'F/V Kittiwake' for 2 seconds, export the whole thing as a 720p MP4.", then(card('intro', 'F/V Kittiwake', 2), exportAs('mp4', '720p'))],
  ["I'd like each of the three clips trimmed by a second, nothing else changed.", then(trimBy(1, 1000), trimBy(2, 1000), trimBy(3, 1000))],
  ["Make it a minute and a half long, using the best moments.", best(90)],
  ["Please set the recording's own audio to 80 percent; the engine noise is part of the story.", sourceVolume(0.8)],
  ["If there's music on it, pull it out; if not, leave it alone.", nothing],
  ["Put my photo harbor.jpg behind the video as the background.", background('harbor.jpg')],
  ["Cut only the static, silent stretches and keep the rest of the trip.", deadAir],
  ["Add the title 'Kings at Dawn' at the start.", text('Kings at Dawn', { anchor: 'start' })],
  ["Speed up the idle stretches three times and keep everything else.", idle(3)],
  // voice: a schooner rigger in Lunenburg, Nova Scotia, Canada (polite, nautical)
  ["before anything else, undo the last change, then make it square", then(undo, aspect('1:1'))],
  ["swap the first two clips, would you", moveMoment(1, 2)],
  ["add lofi, then bring it down to 20%", then(music(), musicVolume(0.2))],
  ["put in a caption 'Rigging the foremast', leave the title be", text('Rigging the foremast', { style: 'caption' })],
  ["crossfade between all of them, three quarters of a second", crossfade(750)],
  ["fog's in again, can't see the bowsprit", nothing],
  ["export 4k webm, but first set the fill to crop", then(fill('crop'), exportAs('webm', '4k'))],
  ["zoom in a little more", zoom('more')],
  ["trim clip 2 to 6 seconds", trimTo(2, 6000)],
  // voice: a surf instructor in Tofino, British Columbia, Canada (chill, lowercase)
  ["yo make it vertical for reels but not the blurry sides, crop it", aspect('9:16', 'crop')],
  ["every clip except the first one slowed to half speed", then(speed(0.5, 2), speed(0.5, 3))],
  ["add surf_rock.mp3 and then make it louder", then(music('surf_rock.mp3'), louder)],
  ["text 'Chesterman Beach' top, 0:00 to 0:04", text('Chesterman Beach', { position: 'top', start_ms: 0, end_ms: 4000 })],
  ["zoom on the board at 0:11 for 2 secs", zoomAt(11, 2)],
  ["cut it to twenty seconds", best(20)],
  ["add a 2 second fade in at the start", fade('clip', 2000)],
  ["speed up the dead bits 6x", idle(6)],
  ["sick, thx dude", nothing],
  // voice: a gilder restoring church altars in Ouro Preto, Brazil (careful, Portuguese words)
  ["Bom dia. Add an intro card 'Igreja de São Francisco' for three seconds.", card('intro', 'Igreja de São Francisco', 3)],
  ["Keep the title exactly as it is, only move it up to the top.", editText({ position: 'top' })],
  ["Remove the second moment, but leave the other two as they are.", removeMoment(2)],
  ["The gold leaf should be seen up close: turn the automatic zoom on.", zoom('auto')],
  ["Please export a MOV in 1080p.", exportAs('mov', '1080p')],
  ["Please slow only the third moment to 0.7x; the brush moves quickly there.", speed(0.7, 3)],
  ["Make it 4:5 for the Instagram feed, with the blurred fill.", aspect('4:5', 'blur')],
  ["Cut from 0:31 to 0:36.", cut(31, 36)],
  ["Obrigado, está ótimo.", nothing],
  // voice: a llama-trek guide in Humahuaca, Jujuy, Argentina (phone, hurried)
  ["1. lofi 2. 50% 3. export mp4", then(music('lofi', 0.5), exportAs('mp4'))],
  ["all 3 clips 1.5x", speed(1.5)],
  ["no not 9:16, 1:1 w letterbox", aspect('1:1', 'letterbox')],
  ["title says 'Quebrada de Humahuaca' now", editText({ text: 'Quebrada de Humahuaca' })],
  ["llamas dont like the drone jaja", nothing],
  ["2 min version", best(120)],
  ["clip sound off", sourceVolume(0)],
  // voice: a crayfish-shack cook in Kaikōura, New Zealand (Kiwi, easy-going)
  ["chuck the lofi track on, then turn it down to a quarter", then(music(), musicVolume(0.25))],
  ["put an outro card 'Crays on the beach' on", card('outro', 'Crays on the beach')],
  ["if it hasn't got music, add kai_moana.mp3 at 30 percent", music('kai_moana.mp3', 0.3)],
  ["just the middle clip, slow it to 0.5", speed(0.5, 2)],
  ["sweet as, cheers", nothing],
  ["make it 35 seconds, the good bits", best(35)],
  ["title from 0:02 to 0:07 please, leave the words", editText({ start_ms: 2000, end_ms: 7000 })],
  ["zoom at 0:14", zoomAt(14)],
  ["show the tracks after you add a 1 sec fade out", then(fade('clip', undefined, 1000), tracks)],
  // voice: an outback art-gallery owner in Broken Hill, New South Wales, Australia (dry, long)
  ["Right. First make it landscape, then put it on the aurora background, and last of all export it as WebM.", then(aspect('16:9'), background('aurora'), exportAs('webm'))],
  ["Every moment gets 3 seconds trimmed off the end, except the first.", then(trimBy(2, 3000), trimBy(3, 3000))],
  ["Leave the music out, no cards either. Just export an MP4.", exportAs('mp4')],
  ["The paintings show better in 4k, so set the resolution to that.", resolution('4k')],
  ["Put a lower third 'Margaret Doyle, gallery owner' at the bottom from 0:04 for six seconds.", text('Margaret Doyle, gallery owner', { style: 'lower-third', position: 'bottom', start_ms: 4000, duration_ms: 6000 })],
  ["It's 44 degrees out here and the laptop is complaining.", nothing],
  ["Get rid of the title.", removeText()],
  ["Play the whole clip at 1.1x.", speed(1.1)],
  // voice: a whale-swim skipper in Vava'u, Tonga (phone)
  ["malo! make a 25s clip", best(25)],
  ["the whale bit is clip 3, put it first", moveMoment(3, 1)],
  ["dont make it vertical, leave it how it is", nothing],
  ["caption 'Humpback mum & calf' at 0:10", text('Humpback mum & calf', { style: 'caption', start_ms: 10000 })],
  ["zoom less", zoom('less')],
  ["video volume 120%", sourceVolume(1.2)],
  ["export gif 720 after u crossfade half a sec", then(crossfade(500), exportAs('gif', '720p'))],
  ["add the lofi, export mp4, then take the music off and export another mp4", then(music(), exportAs('mp4'), noMusic, exportAs('mp4'))],
  ["malo 'aupito, now 1:1 square w blur pls", aspect('1:1', 'blur')],
  // voice: a spice merchant in Ghardaïa, M'zab valley, Algeria (French non-native, formal)
  ["Please, cut from 0:20 to 0:25.", cut(20, 25)],
  ["Add the music safran.mp3 at 35 percent, please.", music('safran.mp3', 0.35)],
  ["For the title: put it on the bottom, do not change the words.", editText({ position: 'bottom' })],
  ["Remove the first and the last moment, keep only the middle one.", then(removeMoment(3), removeMoment(1))],
  ["Is it possible to write the title in Arabic letters?", nothing],
  ["The fade in and the fade out, two seconds each.", fade('clip', 2000, 2000)],
  ["Add an outro card 'Merci', export mp4, then remove the outro card and export it again.", then(card('outro', 'Merci'), exportAs('mp4'), removeCard('outro'), exportAs('mp4'))],
  ["Add an intro card 'Épices du M'zab' for 4 seconds.", card('intro', "Épices du M'zab", 4)],
  ["Make the second moment 5 seconds.", trimTo(2, 5000)],
  // voice: an olive-oil presser in Siwa Oasis, Egypt (terse, phone)
  ["speed the quiet parts, 4x", idle(4)],
  ["keep all the footage, cut nothing", keepAll],
  ["use only press_day.mp4", only('press_day.mp4')],
  ["the first two clips both 2x", then(speed(2, 1), speed(2, 2))],
  ["title → 'Siwa Gold' at the top", editText({ text: 'Siwa Gold', position: 'top' })],
  ["if there is music make it softer", nothing],
  ["45 sec", best(45)],
  ["export after adding oud_evening.mp3 at 30%", then(music('oud_evening.mp3', 0.3), exportAs('mp4'))],
  ["shukran", nothing],
  // voice: a drum maker in Ouidah, Benin (French words, energetic)
  ["Bonjour! The drums must be louder: the video sound at 150%", sourceVolume(1.5)],
  ["no music please, the drums are the music", nothing],
  ["add a title 'Tambours de Ouidah' and then put it at the bottom", then(text('Tambours de Ouidah'), editText({ position: 'bottom' }))],
  ["cut 0:40 to 0:50", cut(40, 50)],
  ["make all the clips 3 seconds shorter", then(trimBy(1, 3000), trimBy(2, 3000), trimBy(3, 3000))],
  ["one minute, the best of it", best(60)],
  ["zoom at 0:08 for 2 seconds", zoomAt(8, 2)],
  ["d'accord, undo", undo],
  ["merci beaucoup!!", nothing],
  // voice: a pousse-pousse workshop owner in Antsirabe, Madagascar (careful, non-native)
  ["I want the video 4:5, but not with blur, with bars.", aspect('4:5', 'letterbox')],
  ["Please make the whole clip 1.3 times faster.", speed(1.3)],
  ["The third moment, make it 1.5 times faster, the others stay.", speed(1.5, 3)],
  ["Add the lofi music, volume 35%, no ducking.", then(music('lofi', 0.35), ducking(false))],
  ["Try the aurora background, export a 720p mp4 to compare, then take the background off and export again.", then(background('aurora'), exportAs('mp4', '720p'), noBackground, exportAs('mp4', '720p'))],
  ["Speed up the idle parts two times.", idle(2)],
  ["Remove moment 1.", removeMoment(1)],
  ["Make a clip of 50 seconds from the best parts.", best(50)],
  ["Show me the tracks.", tracks],
  // voice: a dhow sailor on Ilha de Moçambique, Mozambique (phone)
  ["put a caption 'Dhow at sunset' for the last 4 seconds", text('Dhow at sunset', { style: 'caption', anchor: 'end', duration_ms: 4000 })],
  ["fade the music in 2s after u add lofi", then(music(), fade('music', 2000))],
  ["the other two clips go away, keep clip 1 only", then(removeMoment(3), removeMoment(2))],
  ["webm 4k", exportAs('webm', '4k')],
  ["crossfade 1 sec", crossfade(1000)],
  ["trim clip 3 to 4.5 sec", trimTo(3, 4500)],
  ["source sound 30%", sourceVolume(0.3)],
  // voice: a Creole cooking teacher on Mahé, Seychelles (warm, long)
  ["Bonzour! Could you put the lofi music on, then fade it out over the last three seconds, and when you're done export an MP4?", then(music(), fade('music', undefined, 3000), exportAs('mp4'))],
  ["I'd like the title left exactly as it is, but shown only from 0:00 to 0:05.", editText({ start_ms: 0, end_ms: 5000 })],
  ["Please take the second clip and put it last.", moveMoment(2, 3)],
  ["Could you add the title 'Kari koko' at 0:05 for five seconds?", text('Kari koko', { start_ms: 5000, duration_ms: 5000 })],
  ["Make it square, crop the edges.", aspect('1:1', 'crop')],
  ["Give it a one and a half second fade at the start.", fade('clip', 1500)],
  ["Add an outro card 'Mersi, a la prochaine' for 3 seconds.", card('outro', 'Mersi, a la prochaine', 3)],
  ["Make everything a touch slower, 0.9x.", speed(0.9)],
  ["Mersi bokou!", nothing],
  // voice: a halva confectioner in Sheki, Azerbaijan (non-native, short)
  ["All moments 2 second shorter.", then(trimBy(1, 2000), trimBy(2, 2000), trimBy(3, 2000))],
  ["Add title 'Şəki Halvası' top, first 3 seconds.", text('Şəki Halvası', { position: 'top', anchor: 'start', duration_ms: 3000 })],
  ["Not 16:9. Make 9:16 with blur.", aspect('9:16', 'blur')],
  ["Export, but before, music mugham_tar.mp3 at 45%.", then(music('mugham_tar.mp3', 0.45), exportAs('mp4'))],
  ["If there is intro card, remove.", nothing],
  ["Delete clip 3.", removeMoment(3)],
  ["Zoom auto.", zoom('auto')],
  ["Cut 1:02 to 1:07.", cut(62, 67)],
  ["Sağ ol.", nothing],
  // voice: a woodcarver in Dilijan, Armenia (slow, careful)
  ["Leave the moments alone, just make it 1080p.", resolution('1080p')],
  ["After the crossfades are set to a full second, export it as a WebM.", then(crossfade(1000), exportAs('webm'))],
  ["Only the first clip needs to be slower: 0.6x.", speed(0.6, 1)],
  ["Add a caption 'Carved from walnut' from 0:06 to 0:10 at the bottom.", text('Carved from walnut', { style: 'caption', start_ms: 6000, end_ms: 10000, position: 'bottom' })],
  ["Take the music out if there is any.", nothing],
  ["Please make it one minute and fifteen seconds.", best(75)],
  ["Fade the whole video out over three seconds at the end.", fade('clip', undefined, 3000)],
  ["Swap clip 2 and clip 3.", moveMoment(2, 3)],
  ["Undo the swap, please.", undo],
  // voice: a horse-trek outfitter in Karakol, Kyrgyzstan (phone)
  ["make it 9:16 and then crop", aspect('9:16', 'crop')],
  ["lofi at 60% pls", music('lofi', 0.6)],
  ["clips 2 and 3, both of them 1.25x", then(speed(1.25, 2), speed(1.25, 3))],
  ["caption 'Day 2: Ala-Kul pass' at 0:15 for 5 sec", text('Day 2: Ala-Kul pass', { style: 'caption', start_ms: 15000, duration_ms: 5000 })],
  ["export mp4 720 without the title", then(removeText(), exportAs('mp4', '720p'))],
  ["horses r fine thx for asking lol", nothing],
  ["30 sec", best(30)],
  ["zoom in 0:25", zoomAt(25)],
  ["start over then 40 seconds best bits", then(startOver, best(40))],
  // voice: an apricot dryer in Karimabad, Hunza, Pakistan (polite, long)
  ["Kindly make the whole video two times faster, all three clips.", speed(2)],
  ["Before exporting, please add the title 'Hunza Apricots' at the end for 4 seconds, then export 720p MOV.", then(text('Hunza Apricots', { anchor: 'end', duration_ms: 4000 }), exportAs('mov', '720p'))],
  ["Please remove the silent parts where nothing happens.", deadAir],
  ["If the video has a title, kindly place it at the centre.", editText({ position: 'center' })],
  ["Kindly set the background to my image apricot_trays.png.", background('apricot_trays.png')],
  ["Music please: the lofi one, at 20 percent.", music('lofi', 0.2)],
  ["Is the app available in Urdu?", nothing],
  ["Kindly cut the clip to 55 seconds.", best(55)],
  ["Kindly export a 1080p WebM.", exportAs('webm', '1080p')],
  // voice: a bamboo-train driver in Battambang, Cambodia (phone, terse)
  ["first one faster 3x", speed(3, 1)],
  ["export mp4 not gif", exportAs('mp4')],
  ["all clips crossfade 0.3s", crossfade(300)],
  ["trim clip 1 by 1.5 sec", trimBy(1, 1500)],
  ["add lofi at 70%", music('lofi', 0.7)],
  ["title bottom but keep words", editText({ position: 'bottom' })],
  ["train is late today", nothing],
  ["outro 'Norry ride' 2s then export mov 4k", then(card('outro', 'Norry ride', 2), exportAs('mov', '4k'))],
  ["skip the fade in, just fade out 1s", fade('clip', undefined, 1000)],
  // voice: a flower grower in Dalat, Vietnam (cheerful)
  ["Hi! Put the lofi music on and make it quieter please", then(music(), quieter)],
  ["Everything but the last clip at 0.75x, the flowers open slowly", then(speed(0.75, 1), speed(0.75, 2))],
  ["Add a lower third 'Lan Nguyen, flower grower' at the start", text('Lan Nguyen, flower grower', { style: 'lower-third', anchor: 'start' })],
  ["Make it 4:5 please, no blur, crop", aspect('4:5', 'crop')],
  ["If it has no music yet add the lofi one at 25%", music('lofi', 0.25)],
  ["Use only hydrangea.mov and roses.mov, the hydrangeas are blooming now!", only('hydrangea.mov', 'roses.mov')],
  ["Zoom in at 0:30 and hold it 5 seconds", zoomAt(30, 5)],
  ["Make it twenty seconds", best(20)],
  ["Make it vertical for Instagram stories", aspect('9:16')],
  // voice: a lace maker in Għarb, Gozo, Malta (elderly, polite)
  ["Could you make the video's own sound a little softer, about 40 percent?", sourceVolume(0.4)],
  ["Please leave the title alone but make the middle moment shorter by two seconds.", trimBy(2, 2000)],
  ["Put my song il_bizzilla.mp3 under it at half volume, please.", music('il_bizzilla.mp3', 0.5)],
  ["Would you add an intro card 'Bizzilla t'Għawdex' for two and a half seconds?", card('intro', "Bizzilla t'Għawdex", 2.5)],
  ["My eyes are not what they were, dear.", nothing],
  ["Please put the whole thing on a background, any one.", background('aurora')],
  ["Two things, in this order please:\n- make it 16:9\n- export it in 1080p, MP4", then(aspect('16:9'), exportAs('mp4', '1080p'))],
  ["Could you show me what is on each track?", tracks],
  ["Please undo that.", undo],
  // voice: a bread baker in the Sassi of Matera, Italy (early morning)
  ["Buongiorno. Keep only the best bits, a 40 second clip.", best(40)],
  ["Make the first moment 3 seconds and the rest 5 seconds each.", then(trimTo(1, 3000), trimTo(2, 5000), trimTo(3, 5000))],
  ["Add the title 'Pane di Matera' from 0:01 to 0:05 at the top.", text('Pane di Matera', { start_ms: 1000, end_ms: 5000, position: 'top' })],
  ["Music: lofi, full volume.", music('lofi', 1)],
  ["No, not vertical, it's for the website; leave it as it is.", nothing],
  ["Cut out 0:22 to 0:27.", cut(22, 27)],
  ["Ducking off for the music, after you add the lofi.", then(music(), ducking(false))],
  ["The dough is rising, I come back in an hour.", nothing],
  ["Last, export MOV 1080p, after the fade out of 2 seconds.", then(fade('clip', undefined, 2000), exportAs('mov', '1080p'))],
  // voice: a miniature painter in Isfahan, Iran (formal)
  ["Please zoom in closer on the brush.", zoom('more')],
  ["I would like all three moments to keep their length; only make the clip 1080p.", resolution('1080p')],
  ["Add the music santur.mp3 at 35 percent.", music('santur.mp3', 0.35)],
  ["The second moment should move to the beginning.", moveMoment(2, 1)],
  ["Please place a caption 'Gold on lapis' at 0:09 for three seconds.", text('Gold on lapis', { style: 'caption', start_ms: 9000, duration_ms: 3000 })],
  ["Does it keep my files on my own computer?", nothing],
  ["Kindly set the speed of the whole clip to 0.85.", speed(0.85)],
  ["Use only the second file.", only('second')],
  ["Before you show the tracks, remove the title.", then(removeText(), tracks)],
  // voice: an iceberg-tour boat operator in Twillingate, Newfoundland, Canada (chatty, b'y)
  ["b'y, make the whole thing 1.2x", speed(1.2)],
  ["put on the lofi, turn it down to 15%, then export 720p mp4", then(music(), musicVolume(0.15), exportAs('mp4', '720p'))],
  ["none of the clips need speeding up, leave em", nothing],
  ["title says 'Iceberg Alley' and goes to the bottom", editText({ text: 'Iceberg Alley', position: 'bottom' })],
  ["make a 1:10 version, best bits", best(70)],
  ["add icebergs.mp3 at 55 percent", music('icebergs.mp3', 0.55)],
  ["crossfade 2 seconds between all of 'em", crossfade(2000)],
  ["she's some big one this year, size of a church", nothing],
  ["undo, undo, then redo", then(undo, undo, redo)],
];
