/**
 * Held-out 15 (written as fresh 14, measured blind in session 13: EN 78.6 → 79.7 %, ZH 71.0 → 73.5 % over its helper round), English: a blind phrasing set written by a helper on 2026-12-01, to measure the parser on words it was
 * never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13 (/work/briefs/issue13.md), and /work/briefs/headers14.txt (the header comments of the earlier sets, for their
 * form, decided readings and the voices already used; no phrasing of them). Not read: any other phrasing set (no other
 * file of fresh14/), the parser (src/engine), src/protocol/vocabulary.ts or any other src file, test/, scripts/,
 * bench/*.ts, out/, the bench's output; no git log / diff / show was run; no sentence was run through the parser, the
 * CLI, the engine or the bench. No slip: an `ls` of fresh14/ (to see the folder exists) showed one file's name, zh.ts,
 * which was not opened.
 *
 * Voices (30, none of them in an earlier set): a Geordie shipyard welder (howay, pet, doon, oot), a Trinidadian
 * steelpan player (allyuh, de, nah), an Appalachian banjo maker (reckon, them parts), a Yorkshire dry-stone waller
 * (reyt, nowt, t'), a nun running a convent bakery (gentle, formal), a retired US Navy chief (belay, affirmative), a
 * Korean graduate student (non-native), an Italian gelato maker (allora, per favore), a Moroccan riad host (French
 * mixed in), a Turkish carpet seller (my friend, abi), a Greek ferry ticket agent (terse, non-native), a football
 * referee (whistle talk), a dog groomer (emoji), a court stenographer (for the record), a sailing instructor, a field
 * archaeologist, a cheesemonger, a speedrunner (any%, frames), a TV meteorologist (forecast puns), a frustrated PTA
 * president, a Sri Lankan tea-estate manager (machan, aiyo, no?), an audiobook narrator (measured, literary), a crypto
 * trader (gm ser, ngmi), a LinkedIn thought-leader (buzzwords), a mountain-rescue volunteer (clipped), a pest-control
 * technician on his phone, a piano tuner (musical metaphors), a college athlete (Gen Z: fr, no cap, bet), a Philly
 * cheesesteak cook (jawn, youse), an Icelandic tour guide (non-native).
 *
 * Counts: 264 written in a first pass (30 voices, 8-10 lines each, shaped while drafting to cover every operation: a
 * fill alone, music quieter / louder / removed / set to a level between two exports, a card and a background removed
 * between two exports, every text removed, text 1 removed, its words, place and timing edited, a slide-in text, an
 * uploaded song as music, the second / last upload and named files, redo, start over, zoom auto / more / less / off /
 * at a time). In review 14 were added (13 combinations of 2-4 requests, 1 music level set between two exports), 6
 * dropped as redundant with others of the same kind (3 plain exports, 2 mutes, 1 "reels" shape), and 3 reworded where
 * a second reading was possible (a "fade it in an oot" said right after music, which could be the music's, and two
 * "not asking for music" negations, which the project's rule might read as removing music, replaced by other
 * must-change-nothing lines). While drafting, lines were worded so only one reading stays (a music level with a unit,
 * no "no music" on a draft that has none, no mood word that could name a bed, "do not produce the file yet" beside a
 * resolution, an uploaded-file pick never said in one message with a length, whose order could go either way).
 * 272 final (none repeated within this file), of which 31 must change nothing (questions about the product, negated
 * requests, chatter and thanks, things the product cannot do: announcer voice-over, re-recording a line, subtitles and
 * translation from speech, noise removal, colour changes and filters, blurring faces, stabilising, an insignia, a live
 * chart, a split timer, a QR code, looping on a screen, auto-posting, music composed by the tool, identifying things,
 * tuning the piano, straightening a wall, making someone look taller or sound different). 36 lines carry 2-5 requests.
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: a clip asked for with no length is 60 s; music named by nothing else
 * is lo-fi at 35 % ducked (a level said with it replaces the 35 %; "have it drop down under my talkin" is the default
 * ducking, "no ducking" turns it off; an uploaded song named is the track); a fade with no length is 1 s ("fade in and
 * out" both, "fade to black at the close" out only); a crossfade with no length is 0.5 s, "hard cuts" 0; "shorten
 * little bit" on a moment is 2 s; idle stretches sped up with no factor go 4x; a card with no length is 2 s; a zoom at
 * a time with no hold is 3 s; a background with no name is aurora; an export with no format is mp4.
 * Other readings: a length alone ("a minute an a half'd be about right", "one minute fifteen second video", "full time
 * at 30 seconds") is best moments at that length; TikTok, Reels and Shorts named as where it goes are 9:16, "tall"
 * 9:16, Instagram / LinkedIn / Facebook only with a shape said; "export (it) in 4K / mp4 in 1080p" exports at
 * that resolution, "set resolution to 4K, do not export" sets it; "the title" is the draft's text 1 ("change it to",
 * "should read" edits its words, "nudge it to the bottom" its place, "show it only from 2 to 7 seconds" its timing,
 * "strike / remove the title" removes it), "remove all on-screen text" removes every text; quoted words put on screen
 * add a new text (a title unless a caption or a lower third is named), with the words inside the quotes exactly as
 * typed; "at the start" / "at the end" anchors it there, "for the first 6 seconds" runs 0 to 6 s, "top for 4 seconds"
 * 4 s from 0, "for the last 3 seconds" anchored at the end for 3 s; "slide in" is the slide motion; "top" / "the middle"
 * / "bottom of the frame" are top / center / bottom. The second clip / clip two / the middle clip is moment 2 ("move it into the middle" is place 2), the third /
 * last clip moment 3; "make it 5 seconds long" on a moment is its length, "N seconds off" a trim by N. A file named by
 * its place is 'second' / 'last', by its name its name. The recording's / video's / original / game sound is the source
 * volume. Music, cards and backgrounds are only changed, faded or removed in a message that adds them (the draft has
 * none); no moment is named after a request that rebuilds the timeline or after a removal. A history step or an
 * export said between edits stands where it is said. A correction ("30 percent, no no, 50") is the corrected value.
 *
 * Measured blind on main d1f9619 (session 13, with asking first): EN 213/271 = 78.6 %, 21 wrong edits, 8 asked first. Read against a draft of 3 moments and 1 text (no music, no card, no background).
 */
import type { Phrasing } from '../ops';
import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll,
  louder, moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText,
  resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
} from '../ops';

export const heldout15En: [string, Phrasing['want']][] = [
  // voice: a Geordie shipyard welder
  ["right pet, make it 30 seconds, tall wi the blurry sides, music at 25%, and fade the whole video in an oot", then(best(30), aspect('9:16', 'blur'), music('lofi', 0.25), fade('clip', 1000, 1000))],
  ["howay man, just gimme the best bits, about 40 second like", best(40)],
  ["divvent want any of the bits where nowt's happenin an naebody's talkin, bin them", deadAir],
  ["stick a title on at the start sayin 'Tyne Fabrication Ltd'", text('Tyne Fabrication Ltd', { anchor: 'start' })],
  ["the second clip's ower lang, chop 3 seconds off it", trimBy(2, 3000)],
  ["move the last clip to the front, that's the canny weld", moveMoment(3, 1)],
  ["is there a way to make us sound less Geordie? haha", nothing],
  ["fade it oot at the end an then give us the mp4", then(fade('clip', undefined, 1000), exportAs('mp4'))],
  ["the lads watch on tiktok so make it for that", aspect('9:16')],
  ["put the first clip at 2x an crossfade the lot half a second", then(speed(2, 1), crossfade(500))],

  // voice: a Trinidadian steelpan player
  ["make a 45 second one for de band page nah", best(45)],
  ["doh cut out nothing, keep everyting whole eh, de whole performance", keepAll],
  ["put de band name 'Silver Stars Steel Orchestra' as a lower third", text('Silver Stars Steel Orchestra', { style: 'lower-third' })],
  ["mute de sound from de recording, I go put de real audio after", sourceVolume(0)],
  ["square for instagram please, wid de blur on de sides", aspect('1:1', 'blur')],
  ["de crowd jumpin part is de middle clip, slow dat down to half speed", speed(0.5, 2)],
  ["allyuh could add a announcer voice sayin de band name?", nothing],
  ["fade in slow, like 2 seconds, and fade out de same", fade('clip', 2000, 2000)],
  ["add music, export it, den take de music off and export again so I have both", then(music(), exportAs(), noMusic, exportAs())],

  // voice: an Appalachian banjo maker
  ["I reckon a minute an a half'd be about right for the whole thing", best(90)],
  ["them stretches where nothin's goin on, run em 8 times faster", idle(8)],
  ["take out the third piece, I flubbed a note in it", removeMoment(3)],
  ["put 'Laurel Fork Banjos' at the top for the first 5 seconds", text('Laurel Fork Banjos', { start_ms: 0, end_ms: 5000, position: 'top' })],
  ["I'd like some music in back, have it drop down under my talkin", music()],
  ["can it play a fiddle tune it makes up on its own?", nothing],
  ["crossfade them clips about a second", crossfade(1000)],
  ["make the picture 720 so it sends quicker out here on the ridge", resolution('720p')],
  ["the first piece, slow it down to three quarters speed so folks see my fingers", speed(0.75, 1)],
  ["make it a minute, square, an export it for my website", then(best(60), aspect('1:1'), exportAs())],

  // voice: a Yorkshire dry-stone waller
  ["reyt, I want nowt fancy, just the best bits, 35 second", best(35)],
  ["summat wrong wi' t'title, change it to 'Dales Walling Co.'", editText({ index: 1, text: 'Dales Walling Co.' })],
  ["chuck t'first clip, it's just me brewin up", removeMoment(1)],
  ["swap it to landscape, proper widescreen like", aspect('16:9')],
  ["put a card on t'end sayin 'Ring Arthur on 01756 555210'", card('outro', 'Ring Arthur on 01756 555210')],
  ["play t'whole lot faster, one and a half times, folk get bored", speed(1.5)],
  ["can it make t'wall look straighter than I built it? asking for a mate", nothing],
  ["undo that last un, I've changed me mind", undo],
  ["cut from 0:22 to 0:27, that's t'dog gettin in t'shot", cut(22, 27)],

  // voice: a nun running a convent bakery
  ["Dear helper, could you please make a short film of one minute from Sister Agnes's bread video? God bless.", best(60)],
  ["Kindly add the words 'Our Lady of the Hills Bakery' as a title at the beginning.", text('Our Lady of the Hills Bakery', { anchor: 'start' })],
  ["Please add some music softly beneath, at a quarter of its volume.", music('lofi', 0.25)],
  ["Would you be so kind as to remove the second part? Sister Agnes dropped the loaf.", removeMoment(2)],
  ["Please begin with a card reading 'Baked with Prayer' for three seconds.", card('intro', 'Baked with Prayer', 3)],
  ["Is this programme free to use? We have taken a vow of poverty, you see.", nothing],
  ["Please let it fade gently to black at the close.", fade('clip', undefined, 1000)],
  ["Thank you kindly. Now please make the file so I can give it to Father Tom.", exportAs()],
  ["Sister Margaret says the parts where nothing moves could go a little quicker, perhaps twice as fast.", idle(2)],
  ["Please add music at thirty percent and let the picture fade in and out.", then(music('lofi', 0.3), fade('clip', 1000, 1000))],

  // voice: a retired US Navy chief
  ["Belay the last change. Revert it.", undo],
  ["Affirmative on the vertical format. Letterbox fill.", aspect('9:16', 'letterbox')],
  ["Cut from 0:12 to 0:18, that's dead water.", cut(12, 18)],
  ["Set resolution to 4K. Do not export yet.", resolution('4k')],
  ["Zoom on the action at 0:25 and hold it 4 seconds.", zoomAt(25, 4)],
  ["Mute the source audio, add music at 40 percent, fade the picture out over 2 seconds, and export as mov.", then(sourceVolume(0), music('lofi', 0.4), fade('clip', undefined, 2000), exportAs('mov'))],
  ["Request a status report on all tracks.", tracks],
  ["Can this thing put the ship's insignia in the corner?", nothing],
  ["Redo that. Over and out.", redo],
  ["Trim moment one to 8 seconds, cut 0:30 to 0:33, then show me the tracks.", then(trimTo(1, 8000), cut(30, 33), tracks)],

  // voice: a Korean graduate student
  ["Hello, I want make 20 seconds video from my research demo, please.", best(20)],
  ["Please put caption 'Fig. 3 result' from 5 second to 9 second", text('Fig. 3 result', { style: 'caption', start_ms: 5000, end_ms: 9000 })],
  ["Sorry, the title word is wrong.. please change to 'Graph Neural Net Demo'", editText({ index: 1, text: 'Graph Neural Net Demo' })],
  ["the first moment is too long, make it only 6 seconds please", trimTo(1, 6000)],
  ["Can you make subtitle automatically from my speaking? my professor ask it", nothing],
  ["please mute the original audio completely, lab is too noisy", sourceVolume(0)],
  ["I need 4:5 size for the conference instagram", aspect('4:5')],
  ["please zoom more in, the code is too small to read", zoom('more')],
  ["please show the title only from 2 second to 7 second", editText({ index: 1, start_ms: 2000, end_ms: 7000 })],
  ["please make 9:16, add caption 'Lab 4 Demo', and export", then(aspect('9:16'), text('Lab 4 Demo', { style: 'caption' }), exportAs())],

  // voice: an Italian gelato maker
  ["allora, make me a clip of 30 seconds for the shop, per favore", best(30)],
  ["put 'Gelateria Da Nino' on the bottom, like a title", text('Gelateria Da Nino', { position: 'bottom' })],
  ["the pistachio part is the third one, move it to be first, è la migliore", moveMoment(3, 1)],
  ["use my song tarantella.mp3 as the music", music('tarantella.mp3')],
  ["basta with the slow parts, speed up where nothing happens", idle()],
  ["the colours of the gelato look grey, can you make them more bright?", nothing],
  ["fade between the pieces, mezzo secondo", crossfade(500)],
  ["ok now export in gif for my whatsapp status", exportAs('gif')],

  // voice: a Moroccan riad host
  ["Bonjour, I need the video of the riad in 1 minute for Booking, merci", best(60)],
  ["use only the file riad-terrace.mp4, not the others", only('riad-terrace.mp4')],
  ["put the aurora background please, c'est joli", background('aurora')],
  ["write 'Riad Yasmine — Marrakech' in the middle at the start", text('Riad Yasmine — Marrakech', { position: 'center', anchor: 'start' })],
  ["add music at 40% please, and my video's own sound at 80%", then(music('lofi', 0.4), sourceVolume(0.8))],
  ["can you translate what I say into English subtitles inshallah?", nothing],
  ["at the end a card 'Réservez sur riadyasmine.ma' for 4 seconds", card('outro', 'Réservez sur riadyasmine.ma', 4)],
  ["export in 4K please, it is for the big TV in the salon", exportAs('mp4', '4k')],
  ["put a background, export, then enlève le background and export again, I compare", then(background(), exportAs(), noBackground, exportAs())],

  // voice: a Turkish carpet seller
  ["my friend, make the video short, 25 seconds, customers have no patience", best(25)],
  ["square please, crop the sides, no black lines", aspect('1:1', 'crop')],
  ["abi, put title 'Hand Knotted Since 1968' top for 4 seconds", text('Hand Knotted Since 1968', { position: 'top', duration_ms: 4000 })],
  ["add the music now, 30 percent, no no, 50 percent", music('lofi', 0.5)],
  ["can you sell the carpet for me also? haha", nothing],
  ["remove the second clip, the customer face is there", removeMoment(2)],
  ["move clip 3 to first, then crossfade 1 second between all", then(moveMoment(3, 1), crossfade(1000))],
  ["export mp4 in 1080p, my friend, I send to the customer", exportAs('mp4', '1080p')],
  ["keep the shape but the empty sides, fill them with blur", fill('blur')],

  // voice: a Greek ferry ticket agent
  ["Kalimera. Need clip for departures screen, 16:9, 45 seconds.", then(aspect('16:9'), best(45))],
  ["Put text 'Piraeus – Naxos 07:30' at the bottom for the first 10 seconds", text('Piraeus – Naxos 07:30', { position: 'bottom', start_ms: 0, end_ms: 10000 })],
  ["The boat leaving is clip 2, speed it 2x", speed(2, 2)],
  ["No sound from the video. Passengers must hear announcements.", sourceVolume(0)],
  ["Cut seconds 20 to 26 please, there is a tourist waving", cut(20, 26)],
  ["Can you make it loop forever on the screen?", nothing],
  ["Export 720p webm for the old screen", exportAs('webm', '720p')],
  ["Use only the last upload, it is the new boat", only('last')],
  ["Vertical with crop, 720p, and text 'Gate B' at top", then(aspect('9:16', 'crop'), resolution('720p'), text('Gate B', { position: 'top' }))],

  // voice: a football referee
  ["whistle! clip 3 is offside, take it off", removeMoment(3)],
  ["full time at 30 seconds, make the clip that long", best(30)],
  ["slow-mo replay on the second clip, quarter speed", speed(0.25, 2)],
  ["zoom in at 0:08 for the foul, hold 2 seconds", zoomAt(8, 2)],
  ["text 'CAUTION: #14' at the bottom from 8s to 11s", text('CAUTION: #14', { position: 'bottom', start_ms: 8000, end_ms: 11000 })],
  ["send the last clip to first place, that's the kickoff", moveMoment(3, 1)],
  ["I'm not asking you to change the shape, widescreen is right for the clubhouse", nothing],
  ["restart the match, wipe the whole timeline", startOver],
  ["VAR check: go back one step", undo],

  // voice: a dog groomer
  ["omg make a cute 15 sec clip of Biscuit's before & after 🐶✨", best(15)],
  ["reels format pls 💕", aspect('9:16')],
  ["add text 'Biscuit got the glow up' sliding in 🥰", text('Biscuit got the glow up', { motion: 'slide' })],
  ["add music!! at 60% 🎶", music('lofi', 0.6)],
  ["can u make the dryer noise go away but keep my voice 😩", nothing],
  ["the first bit is me chasing him lol cut 4 seconds off that one", trimBy(1, 4000)],
  ["put a background behind the video 💗", background()],
  ["fade in at the start 🌸", fade('clip', 1000)],
  ["undo that, then redo it, sorry i'm confused 🙈", then(undo, redo)],

  // voice: a court stenographer
  ["For the record: remove moment number two in its entirety.", removeMoment(2)],
  ["Please cut the footage from 0:31 to 0:35.", cut(31, 35)],
  ["Insert a lower third reading 'Exhibit 14, Deposition of J. Marsh' at the start.", text('Exhibit 14, Deposition of J. Marsh', { style: 'lower-third', anchor: 'start' })],
  ["Keep every recorded second; no edits to length whatsoever.", keepAll],
  ["Strike the title entirely.", removeText(1)],
  ["Set the resolution to 1080p. Do not produce the file yet.", resolution('1080p')],
  ["Please confirm: does this software alter the original file?", nothing],
  ["Display a list of all tracks currently in the draft.", tracks],
  ["Restore the change that was just undone.", redo],
  ["Use letterbox bars for the fill.", fill('letterbox')],

  // voice: a sailing instructor
  ["Ahoy — trim this down to a 50-second clip for the club site", best(50)],
  ["the capsize bit is clip 3, move it into the middle", moveMoment(3, 2)],
  ["wind noise is brutal, turn the recording's own sound down to 30%", sourceVolume(0.3)],
  ["add music, no ducking, let it run steady", then(music(), ducking(false))],
  ["put 'Learn to Sail — Saturdays' as a caption at the end", text('Learn to Sail — Saturdays', { style: 'caption', anchor: 'end' })],
  ["could you stabilise it? the boat rocks a lot", nothing],
  ["make it 4:5 for the feed and blur the edges", aspect('4:5', 'blur')],
  ["speed up the becalmed bits where nothing moves, 3x", idle(3)],

  // voice: a field archaeologist
  ["From the trench footage, keep only dig-day2.mp4 please.", only('dig-day2.mp4')],
  ["Remove the silent stretches where nothing happens; keep all of my talking.", deadAir],
  ["Add a caption 'Context 104: burnt layer' from 0:10 to 0:16", text('Context 104: burnt layer', { style: 'caption', start_ms: 10000, end_ms: 16000 })],
  ["Can it identify the pottery type from the sherd?", nothing],
  ["Zoom in automatically on wherever I'm pointing", zoom('auto')],
  ["less zoom, you lose the section edges", zoom('less')],
  ["the title should read 'Site 7, Season 2026'", editText({ index: 1, text: 'Site 7, Season 2026' })],
  ["export as mov for the archive, 4k", exportAs('mov', '4k')],
  ["Square, letterbox, 4K resolution, and fade in over half a second.", then(aspect('1:1', 'letterbox'), resolution('4k'), fade('clip', 500))],

  // voice: a cheesemonger
  ["a 55 second wheel-cracking clip please, the good bits only", best(55)],
  ["square with bars top and bottom please", aspect('1:1', 'letterbox')],
  ["the cracking moment (clip two) - make it 5 seconds long", trimTo(2, 5000)],
  ["add some music and fade it in over 3 seconds", then(music(), fade('music', 3000))],
  ["text 'Aged 24 Months' bottom of screen, 2s to 6s", text('Aged 24 Months', { position: 'bottom', start_ms: 2000, end_ms: 6000 })],
  ["can the video show the price per kilo from my till automatically?", nothing],
  ["crossfades between clips, 0.8 s", crossfade(800)],
  ["start again from scratch please, I've got better footage now", startOver],
  ["add the aurora background and an outro card 'Open Tue–Sat' for 3 seconds", then(background('aurora'), card('outro', 'Open Tue–Sat', 3))],
  ["add an intro card 'Fromagerie Lune', export, then drop the card and export again", then(card('intro', 'Fromagerie Lune'), exportAs(), removeCard('intro'), exportAs())],

  // voice: a speedrunner
  ["cut 0:03-0:07, that's the loading screen", cut(3, 7)],
  ["any% edit: 20 seconds total, only the best parts", best(20)],
  ["speed the whole thing to 1.25x", speed(1.25)],
  ["no crossfades, hard cuts only, frames matter", crossfade(0)],
  ["put 'WR 14:22.31' up top for the last 3 seconds", text('WR 14:22.31', { position: 'top', anchor: 'end', duration_ms: 3000 })],
  ["keep game audio at 100%", sourceVolume(1)],
  ["can u add a split timer overlay that counts up", nothing],
  ["zoom in at 0:11 on the clip glitch", zoomAt(11)],
  ["export it as webm", exportAs('webm')],
  ["mute the game audio, add music at 50%, no ducking, export webm 1080p", then(sourceVolume(0), music('lofi', 0.5), ducking(false), exportAs('webm', '1080p'))],

  // voice: a TV meteorologist
  ["Let's get a 30-second weather hit out of this, widescreen.", then(best(30), aspect('16:9'))],
  ["Lower third: 'Dana Ruiz, Chief Meteorologist'", text('Dana Ruiz, Chief Meteorologist', { style: 'lower-third' })],
  ["Add music at 25 percent, light and scattered, ha", music('lofi', 0.25)],
  ["The radar loop is clip 2, play it at double speed", speed(2, 2)],
  ["Fade in from black, 1.5 seconds", fade('clip', 1500)],
  ["Can it draw a cold front on the map for me?", nothing],
  ["Zoom off please, the whole map needs to show", zoom('off')],
  ["Show me what's on the tracks right now", tracks],
  ["Add music, export, then set the music to 10 percent and export again for the late news", then(music(), exportAs(), musicVolume(0.1), exportAs())],
  ["Forecast calls for less talking: clip 3 trimmed by 4 seconds", trimBy(3, 4000)],

  // voice: a frustrated PTA president
  ["OK this is the THIRD time I'm asking, the bake sale video needs to be under a minute. Make it 50 seconds.", best(50)],
  ["And why is the title still there?? Remove it.", removeText(1)],
  ["Add 'Bake Sale Friday 3pm — Gym' as a caption at the bottom", text('Bake Sale Friday 3pm — Gym', { style: 'caption', position: 'bottom' })],
  ["The kids' faces need to be blurred for privacy, can you do that", nothing],
  ["Fine. Make it vertical for the parents' Facebook stories, blur fill", aspect('9:16', 'blur')],
  ["Get rid of the end part where Karen is talking, that's clip 3", removeMoment(3)],
  ["music, at half volume, and make the music fade out at the end", then(music('lofi', 0.5), fade('music', undefined, 1000))],
  ["Now export. Please. Before the meeting.", exportAs()],
  ["add music, export, then make the music quieter and export that one too so the principal can pick", then(music(), exportAs(), quieter, exportAs())],

  // voice: a Sri Lankan tea-estate manager
  ["Machan, need one minute fifteen second video of the plucking, no?", best(75)],
  ["aiyo the second clip is too long, shorten little bit", trimBy(2, 2000)],
  ["put 'Ceylon High Grown — Nuwara Eliya' for first 6 seconds", text('Ceylon High Grown — Nuwara Eliya', { start_ms: 0, end_ms: 6000 })],
  ["make the video sound less, 40 percent only", sourceVolume(0.4)],
  ["one crossfade of one and half second between each part", crossfade(1500)],
  ["can you make the tea leaves more green colour?", nothing],
  ["use only the second file, first one is blurry", only('second')],
  ["one minute version, square, add music, export mp4, that's all machan", then(best(60), aspect('1:1'), music(), exportAs('mp4'))],

  // voice: an audiobook narrator
  ["I'd like the narration to breathe. Remove only the dead air, nothing else.", deadAir],
  ["Please leave my voice at its full, recorded level.", sourceVolume(1)],
  ["Music beneath at fifteen percent, fading in over four seconds and out over six.", then(music('lofi', 0.15), fade('music', 4000, 6000))],
  ["A title card at the opening: 'Chapter One: The Lighthouse', four seconds.", card('intro', 'Chapter One: The Lighthouse', 4)],
  ["An end card too, if you would: 'Narrated by Eliza Croft'.", card('outro', 'Narrated by Eliza Croft')],
  ["Could you re-record my line where I stumbled?", nothing],
  ["Let the whole piece fade in and out, one and a half seconds each.", fade('clip', 1500, 1500)],
  ["The second passage belongs at the close; move it to the end.", moveMoment(2, 3)],

  // voice: a crypto trader
  ["gm ser, need a 30s shill clip for the launch, vertical", then(best(30), aspect('9:16'))],
  ["put 'WAGMI 🚀' big at the top", text('WAGMI 🚀', { position: 'top' })],
  ["pump the speed 2x on the whole thing, attention spans are cooked", speed(2)],
  ["add music at 70% ngl the vibes need it", music('lofi', 0.7)],
  ["remove the title that says Demo, ngmi", removeText(1)],
  ["can u put our token chart live in the corner", nothing],
  ["slap a background behind it ser", background()],
  ["add music, export, then louder and export again ser, A/B test", then(music(), exportAs(), louder, exportAs())],

  // voice: a LinkedIn thought-leader
  ["Thrilled to share: I need a two-minute thought-leadership cut of this. Agree?", best(120)],
  ["Authenticity matters. Keep everything. No cuts.", keepAll],
  ["Let's go 4:5, it performs better in the feed", aspect('4:5')],
  ["Add a lower third: 'Brad Kessler, Chief Vision Officer'", text('Brad Kessler, Chief Vision Officer', { style: 'lower-third' })],
  ["Outro card: 'Follow for more insights' — 3 seconds", card('outro', 'Follow for more insights', 3)],
  ["Can it auto-post to my LinkedIn at 8am?", nothing],
  ["Nudge the title to the bottom of the frame", editText({ index: 1, position: 'bottom' })],
  ["Remove all on-screen text, it's cluttered. Less is more.", removeText()],
  ["Export at 1080p. Lessons learned.", exportAs('mp4', '1080p')],

  // voice: a mountain-rescue volunteer
  ["training vid. 45s. best bits", best(45)],
  ["clip 1 half speed, rope work", speed(0.5, 1)],
  ["cut 0:14 to 0:19 - heli noise", cut(14, 19)],
  ["text 'Always carry a whistle' bottom 20s-25s", text('Always carry a whistle', { position: 'bottom', start_ms: 20000, end_ms: 25000 })],
  ["add music. 30%. music fade out 2s.", then(music('lofi', 0.3), fade('music', undefined, 2000))],
  ["no signal up here, does it work offline?", nothing],
  ["export 720p, mp4", exportAs('mp4', '720p')],

  // voice: a pest-control technician on his phone
  ["hey quick one make this a 20 sec vid of the termite job", best(20)],
  ["take out the 2nd clip its gross lol", removeMoment(2)],
  ["put 'Bugbusters 555-0187' at the end", text('Bugbusters 555-0187', { anchor: 'end' })],
  ["make it tall for tik tok n fill the sides with blur", aspect('9:16', 'blur')],
  ["wait go back one", undo],
  ["can u zoom on the bugs at 0:06", zoomAt(6)],
  ["remove all the writing on it and put 'Call Now' at the bottom", then(removeText(), text('Call Now', { position: 'bottom' }))],
  ["can u put a QR code for our booking page on the screen", nothing],

  // voice: a piano tuner
  ["Please tighten it up to forty seconds, like tuning a string.", best(40)],
  ["The first passage drags — slow it to 0.8.", speed(0.8, 1)],
  ["Crossfade the sections, a quarter second, legato.", crossfade(250)],
  ["Could it tune the piano in the recording to A440?", nothing],
  ["Bring the recording's volume up to full, 100 percent.", sourceVolume(1)],
  ["A gentle fade in, two seconds, and a fade out, three.", fade('clip', 2000, 3000)],
  ["Title: change it to 'Tuning a Steinway Model B'.", editText({ index: 1, text: 'Tuning a Steinway Model B' })],
  ["Rest between phrases is fine, but the silent dead spots can go.", deadAir],

  // voice: a college athlete
  ["yo make this a 15 sec highlight fr", best(15)],
  ["lowkey speed up the warmup, clip 1, 3x", speed(3, 1)],
  ["no cap the 2nd clip needs to be first", moveMoment(2, 1)],
  ["add 'NIL deals DM me' at the bottom", text('NIL deals DM me', { position: 'bottom' })],
  ["music at 80% and no ducking bc it slaps", then(music('lofi', 0.8), ducking(false))],
  ["bro can u make me look taller 💀", nothing],
  ["bet, export it in 4k", exportAs('mp4', '4k')],
  ["3rd clip to 4 sec, zoom more, vertical w crop", then(trimTo(3, 4000), zoom('more'), aspect('9:16', 'crop'))],

  // voice: a Philly cheesesteak cook
  ["yo this jawn's too long, cut it to 25 seconds", best(25)],
  ["youse can drop the third clip, that's me burnin the onions", removeMoment(3)],
  ["put “Sal's Steaks — Since 1979” as a title right at the start", text("Sal's Steaks — Since 1979", { anchor: 'start' })],
  ["keep the grill sizzle loud, original sound at 120 percent", sourceVolume(1.2)],
  ["add music but keep it under the sizzle, like 20 percent", music('lofi', 0.2)],
  ["square it up for the insta", aspect('1:1')],
  ["can you make the steak look more juicy, like a filter", nothing],
  ["show me the tracks, hon", tracks],
  ["make it vertical, add music at 30 percent, fade the video in an out, an export it", then(aspect('9:16'), music('lofi', 0.3), fade('clip', 1000, 1000), exportAs())],
  ["zoom in on the grill at 0:04 and stay there 5 seconds", zoomAt(4, 5)],

  // voice: an Icelandic tour guide
  ["Hæ! Please use only aurora-night.mov for this one", only('aurora-night.mov')],
  ["the waiting in the cold, where nothing happens, speed up 6 times", idle(6)],
  ["make 1 minute of the northern lights tour, best parts", best(60)],
  ["lower third 'Siggi, your guide'", text('Siggi, your guide', { style: 'lower-third' })],
  ["fade in 3 seconds and out 3 seconds, it is dark anyway", fade('clip', 3000, 3000)],
  ["remove clip 1 and make everything 1.5x speed", then(removeMoment(1), speed(1.5))],
  ["can you make the aurora more green and stronger?", nothing],
  ["add the aurora background and export as mp4, then remove the background and export again", then(background('aurora'), exportAs('mp4'), noBackground, exportAs('mp4'))],
  ["export 4k mov please, for the visitor centre", exportAs('mov', '4k')],
  ["takk fyrir, it looks very good", nothing],
];
