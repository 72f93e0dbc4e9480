import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder,
  moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText,
  resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

/**
 * Held-out 20 (written as fresh 19; measured blind in sessions 17 and 18, opened in session 19), English: a blind phrasing set written by a helper on 2026-12-02, to measure the parser on words it was
 * never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13 (/work/briefs/issue13.md), /work/briefs/writer19-en.md (the brief) and /work/briefs/headers19.txt (the header
 * comments of the earlier sets, for their form, their decided readings and the voices already used; no phrasing of
 * them). Not read: any other phrasing set or other file under bench/phrasings/ (fresh19/ did not exist; it was
 * created for this file), the parser (src/engine), src/protocol/vocabulary.ts or any other src file, test/, scripts/,
 * bench/*.ts, out/, /work/*.txt, the bench's output; no git log / diff / show was run; no sentence was run through the
 * parser, the CLI, the engine or the bench. No slip. Run on this file only: the brief's type-check, and a throwaway
 * python script over its own text (drafted in a mktemp folder) to count its lines and repeats.
 *
 * Voices (30, none of them in an earlier set): a cigar roller in Little Havana (Cuban Spanglish: oye, asere, chico,
 * mijo, qué bolá, dale), a coffee-ceremony host in Addis Ababa (Ethiopian English: selam, ishi), a rice farmer in
 * Guyana (Creolese: wah, dem, nuh, abi, mek), a tax preparer in April (stressed, caps), an orthodontist (precise,
 * clinical), a soap maker selling on Etsy (chatty, lowercase, emoji), a sheet-metal worker on a smoke break (terse), a
 * Pilates instructor (calm, cueing), a large-animal vet in Iowa, a bingo caller at a Legion hall (eyes down, house!),
 * a poker dealer in Reno (dealer calls), a high-school cheer coach (caps, !!!), a male-voice choir conductor in the
 * Rhondda (Welsh English: tidy, now in a minute, butt, diolch), a tour-carriage driver in Charleston (genteel
 * Southern), a Lebanese mezze caterer in Sydney (yalla, habibti, wallah), a basketball coach from Kaunas (Lithuanian
 * non-native: labas, ačiū, no articles), a lobster fisher in New Brunswick (Acadian Chiac: asteur, pis, right, juste),
 * a middle-school band director, a storm chaser in Oklahoma, a phlebotomist on night shift, a bubble-tea shop owner in
 * Vancouver (Cantonese mixed in: aiya, mou man tai, can), a long-haul trucker (CB talk: breaker, 10-4, the video as
 * "her"), a surfboard shaper in Cornwall, a surf-camp host in Tamarindo (Costa Rican: pura vida, mae, tuanis), a
 * Gujarati motel owner in Macon, Georgia (kem cho, bhai, ji, saru), a trumpeter in a New Orleans brass band (Yat: where
 * y'at, dawlin, baby), a tiler in Perth (tradie: mate, chuck), a corgi breeder (emoji), a planetarium show presenter
 * (dreamy), a hotel night auditor at 3 a.m. (dry, unimpressed with the last result).
 *
 * Counts: 253 written in a first pass (30 voices, 8-10 lines each, shaped while drafting to cover every operation of
 * ops.ts). In review 11 were added (5 multi-request lines of 3-5 requests, music set to a level after adding it,
 * music faded in and out, both cards added then removed, an export / shape / export sequence, undo then redo, start
 * over then a length), 2 chatter lines were dropped (over the must-change-nothing share), 2 negations that could be
 * read as removing music ("no music", "no music on top of it") were replaced by other negations, 1 "don't put no music
 * over it" was cut from a source-volume line, "soft background music" lost "soft" (could be a level or a bed), 1
 * music-louder line was reworded, "no fades" became "no fade in, no fade out" (could take in crossfades), 2 short
 * lines were lengthened ("list the tracks", "mp4.") away from stock phrasings.
 * 262 final (none repeated within this file, compared trimmed and lower-cased), of which 30 (11.5 %) must change
 * nothing (questions about the product: its price, 720p vs 1080p; negated requests: don't touch the title, don't speed
 * anything up, not exporting until fixed; chatter and thanks; things the product cannot do: smoke effects, subtitles
 * translated from Amharic speech, whitening teeth, recolouring soap / tabbouleh, counting reps, blurring ear tags or
 * a patient's face, posting to YouTube, calling bingo numbers aloud, spotting a bluff, glitter, drawing tactics
 * arrows, bigger lobsters, tracking a storm's rotation, logbook hours, waxing a board, removing surfers, estimating
 * tiles, telling puppies apart, narrating constellations). 25 lines carry 2-5 requests.
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: a clip with no length named would be 60 s (every length line here names
 * one); music with no track named is lo-fi at 35 % ducked ("the regular one", "the usual", "the default", "the normal
 * one" are that; a level said with it replaces the 35 %; "duck it under my talking" / "it should dip whenever I'm
 * cueing" is the default ducking; "no ducking" / "must NOT dip when I'm talking" turn it off; an uploaded audio file
 * named, danzon.mp3, fiddle-reel.mp3, truckin-song.mp3, is the track); a fade with no length is 1 s ("fade in and out,
 * one second" both, "fade out at the end" out only, "no fade in" in 0, "no fade in, no fade out" in and out 0, "take the fade out at
 * the end off" out 0); a crossfade with a length is that length (0.3 s, half a second, "about a second", "a full
 * second" 1 s), "straight cuts" / "set them to zero" 0; idle stretches sped up with no factor go 4x; a card with no
 * length is 2 s ("a closing card" is the outro, "a card at the beginning" / "my card at the start" the intro); a zoom
 * at a time with no hold is 3 s; a background with no name ("the default gradient", "whatever y'all have by default")
 * is aurora, a picture file named is its name; an export with no format is mp4.
 * Other readings: a length alone ("25 second", "a minute and a half", "1:30", "a minute and fifteen seconds", "1 min",
 * "2-minute") is best moments at that length. Reels, TikTok and Shorts named as where it goes are 9:16; Facebook and
 * the Insta grid / feed only with a shape said (square 1:1, 4:5). "Blur the sides" is blur, "bars not blur" / "black
 * bars" / "letterbox" letterbox, "crop, no blur" / "square crop, no bars" crop; a fill said alone is set_fill. "Output
 * resolution 4K ... not exporting yet", "720p for now, no export yet" set the resolution; "render it at 4K", "export
 * ... 1080", "mp4 at 720", "mov. 1080." export at it (720 / 1080 without the p are 720p / 1080p). "The title" is the
 * draft's text 1 ("should say", "change the title to", "title change to" edit its words, "move to the top" / "to the
 * bottom" its place, "tek off de title" / "Title remove" remove it); "remove all the text" removes every text; "add a
 * title / text", "put 'X' at the top", "Lower third: 'X'", "Add caption 'X'" add a new one (a title unless a caption or
 * a lower third is named), with the words inside the quotes exactly as typed; "for the first N seconds" runs 0 to N s,
 * "from 6 to 11 seconds" 6 to 11 s, "at the start" anchors at the start, "for the last N seconds" at the end for N s;
 * "slide it in" is the slide motion; top / up top / centre / bottom. The second / middle clip is moment 2, the third /
 * last clip moment 3; "leave it at 7 seconds", "only first 6 seconds", "trim to 8 sec" set a moment's length, "cut off
 * 3 second from it", "shorten it by four seconds", "trim by exactly 1.5 seconds" trim by that. "Cut from 0:20 to
 * 0:31", "take out 0:08 to 0:13" are a cut of that range. A file named by its place is 'second', by its name its name.
 * The video's / footage's / clip's own sound, "the shop noise in the video", "the wind audio", "CB chatter in the
 * video", "choir sound in the video" are the source volume (mute / kill 0, half 0.5, percentages as said, 100 % 1).
 * "Speed up the still parts / idle parts, don't cut them" is the idle speed-up; "strip out every silent stretch" /
 * "strip the dead bits" is remove_dead_air; "use all of it as is" / "keep every bit, uncut" keep everything. "Zoom out
 * a bit" is less, "zoom in closer, that auto zoom too shy" more. Music, cards and backgrounds are only changed, faded
 * or removed in a message that adds them (the draft has none); no moment is named after a request that rebuilds the
 * timeline or after a removal. A history step, a track listing or an export said between edits stands where it is
 * said; "take it back", "undo that last change", "undo the slow-mo" are one undo, "two steps back, undo twice" / "go
 * back two steps" two, "bring back what I just undid" a redo, "wipe the timeline and start over" start over.
 *
 * Measured blind on a379c52 (session 16's grammar, before session 17's round): 227/262 = 86.6 % (8 wrong edits, 14 asked first). Read against a draft of 3 moments and 1 text (no music, no card, no background).
 * Measured blind again in session 18: 230/262 = 87.8 % (7 wrong edits, 12 asked first) on 62e5c73 before its round, 233/262 = 88.9 % (6 wrong edits, 11 asked first) on d3b2feb after it.
 * Opened as held-out 20 at the start of session 19 (its misses read by the grammar helpers of that round); fresh 20
 * is the blind set since.
 */
export const heldout20En: [string, Phrasing['want']][] = [
  // voice: a cigar roller in Little Havana (Cuban Spanglish: oye, asere, chico, mijo, qué bolá, dale)
  ['oye, qué bolá. make me a 40 second thing from the rolling footage, the best parts nomás', best(40)],
  ['asere the second clip is too long chico, leave it at 7 seconds', trimTo(2, 7000)],
  ["put 'Tabacalera La Caridad' at the top for the first 5 seconds, dale", text('Tabacalera La Caridad', { position: 'top', start_ms: 0, end_ms: 5000 })],
  ['mijo the shop noise in the video is too loud, bring it down to 30 percent', sourceVolume(0.3)],
  ['add the danzon.mp3 I uploaded as music, at 25%, y que baje when I talk', music('danzon.mp3', 0.25)],
  ['this goes on instagram reels, so vertical, with the blur on the sides', aspect('9:16', 'blur')],
  ['no no no, that last thing you did, take it back chico', undo],
  ['export it webm for the website, 1080', exportAs('webm', '1080p')],
  ['can it put more smoke coming off the cigar? like a smoke effect', nothing],

  // voice: a coffee-ceremony host in Addis Ababa (Ethiopian English: selam, ishi, amesegnalehu, "please" everywhere)
  ['Selam. Please I want only the file buna-ceremony.mp4 in this video', only('buna-ceremony.mp4')],
  ['ishi, now cut from 0:20 to 0:31, that part the charcoal was smoking too much', cut(20, 31)],
  ['The roasting is slow to watch, please make the clip 1.5 times faster, all of it', speed(1.5)],
  ["please add a card at the beginning saying 'Buna Tetu' for 3 seconds", card('intro', 'Buna Tetu', 3)],
  ['Put a slow fade at the start and at the end, 2 seconds each one please', fade('clip', 2000, 2000)],
  ['the third part please move it to be first, the pouring must come before', moveMoment(3, 1)],
  ['Can you translate what I am saying in Amharic into English subtitles?', nothing],
  ['make it square for Facebook and then send me the mp4', then(aspect('1:1'), exportAs())],

  // voice: a rice farmer in Guyana (Creolese: wah, dem, nuh, abi, mek, de)
  ['me want de video short short, like 25 second, jus de best part dem', best(25)],
  ['de middle clip, cut off 3 second from it', trimBy(2, 3000)],
  ['wah happen, no music? put some music nuh, de regular one', music()],
  ['put music but keep it low low, like 15%', music('lofi', 0.15)],
  ['tek off de title, abi nuh need it', removeText(1)],
  ['mek de whole ting fade out at de end', fade('clip', undefined, 1000)],
  ["de rice mill part stay long an nothing happening, speed up dem still part dem but don't cut dem out", idle()],
  ['mek it 1 minute, put de title at de bottom, an mute de video sound', then(best(60), editText({ index: 1, position: 'bottom' }), sourceVolume(0))],
  ['send it out as mp4 at 720 so me cousin phone could play it', exportAs('mp4', '720p')],

  // voice: a tax preparer in the second week of April (stressed, caps, clipped)
  ['I have 11 minutes before my next client. 30 second clip. GO.', best(30)],
  ["strip out every silent stretch where I'm just staring at the spreadsheet", deadAir],
  ["Lower third: 'Dana Whitfield, EA' for the first 4 seconds", text('Dana Whitfield, EA', { style: 'lower-third', start_ms: 0, end_ms: 4000 })],
  ["change the title to 'Quarterly Estimates in 30 Seconds'", editText({ index: 1, text: 'Quarterly Estimates in 30 Seconds' })],
  ["mute the video's own sound completely, I'll record a voice track in another app later", sourceVolume(0)],
  ["don't touch the title. it's fine as it is. leave it", nothing],
  ['remove clip 2, crossfade the rest at 0.5 s, and put the whole thing at 1.25x', then(removeMoment(2), crossfade(500), speed(1.25))],
  ["export GIF pls, it's for the email newsletter", exportAs('gif')],
  ['is there a way to make it do my clients\' returns too? kidding. mostly.', nothing],
  ['bring back what I just undid, I clicked too fast', redo],
  ['30 sec, vertical for reels, mute the video audio, and export mp4, in that order', then(best(30), aspect('9:16'), sourceVolume(0), exportAs())],

  // voice: an orthodontist (precise, clinical, semicolons)
  ['Please trim moment 1 by exactly 1.5 seconds.', trimBy(1, 1500)],
  ['Set clip 3 to play at 0.75x so patients can follow the bracket placement.', speed(0.75, 3)],
  ['Zoom in at 0:14 and hold it for 4 seconds; that is where the archwire goes in.', zoomAt(14, 4)],
  ['Crossfade between segments, 0.3 s.', crossfade(300)],
  ["Output resolution 4K please; I'm not exporting yet.", resolution('4k')],
  ['Can it whiten the teeth in the footage?', nothing],
  ["Caption at the bottom: 'Self-ligating brackets, step 2', from 6 to 11 seconds.", text('Self-ligating brackets, step 2', { style: 'caption', position: 'bottom', start_ms: 6000, end_ms: 11000 })],
  ['Remove segment two entirely.', removeMoment(2)],
  ['The blurred fill at the sides looks unprofessional; use black bars instead.', fill('letterbox')],

  // voice: a soap maker selling on Etsy (chatty, lowercase, emoji)
  ["ok so I filmed the whole cold-process batch and honestly I don't want anything cut, just use all of it as is 🧼", keepAll],
  ['ooh can we set it on a background? the default gradient is fine', background()],
  ['actually use the lavender-field.jpg I uploaded as the background!', background('lavender-field.jpg')],
  ['the automatic zoom is too tight, zoom out a bit', zoom('less')],
  ["add a title 'Oatmeal & Honey Bar 🍯' at the start", text('Oatmeal & Honey Bar 🍯', { anchor: 'start' })],
  ['and some music please!! but not too loud, 20%', music('lofi', 0.2)],
  ['make it 4:5 for my insta feed 💜', aspect('4:5')],
  ['only the second file, keep all of it uncut, make it 1:1 and export a gif', then(only('second'), keepAll, aspect('1:1'), exportAs('gif'))],
  ['thank u sm this is so fun', nothing],
  ['can you make the soap look more purple lol', nothing],

  // voice: a sheet-metal worker on a smoke break (terse)
  ['clip 2 gone', removeMoment(2)],
  ['1 min clip. best bits', best(60)],
  ['no fade in, no fade out. none', fade('clip', 0, 0)],
  ['no crossfade between clips, straight cuts', crossfade(0)],
  ["mute the recording's audio", sourceVolume(0)],
  ['list the tracks for me, all of em', tracks],
  ['twice as fast, whole thing', speed(2)],
  ['mov. 1080.', exportAs('mov', '1080p')],

  // voice: a Pilates instructor (calm, cueing voice)
  ["Let's make a 45-second flow from the reformer session, breathe in, best bits only", best(45)],
  ['Lengthen through the... I mean, slow the first clip to half speed', speed(0.5, 1)],
  ["add a title 'Core on the Reformer' in the centre, at the very start", text('Core on the Reformer', { position: 'center', anchor: 'start' })],
  ["background music underneath please, and it should dip whenever I'm cueing", music()],
  ['add background music and let it fade in over two seconds', then(music(), fade('music', 2000))],
  ['crossfade the clips, about a second', crossfade(1000)],
  ['Beautiful. Now export the mp4.', exportAs()],
  ['scrap everything and start again, then give me 30 seconds of the best', then(startOver, best(30))],
  ['could you count my reps on screen automatically?', nothing],

  // voice: a large-animal vet in Iowa (plain Midwestern)
  ['Got a calving video, need the best 90 seconds out of it', best(90)],
  ["Speed up the parts where the cow's just standing there, 6x, don't throw them away", idle(6)],
  ['Drop the 3rd clip, too graphic for the 4-H kids', removeMoment(3)],
  ["add an outro card that says 'Call Dr. Lindqvist: 515-555-0142'", card('outro', 'Call Dr. Lindqvist: 515-555-0142')],
  ['barn noise is awful, turn the footage audio down to 20%', sourceVolume(0.2)],
  ['can you blur out the ear tag numbers', nothing],
  ['and then post it on our YouTube channel for me', nothing],
  ['render it at 4K please, mp4', exportAs('mp4', '4k')],
  ["add an intro card 'Lindqvist Large Animal' and an outro card 'See you at the barn', then actually remove both cards", then(card('intro', 'Lindqvist Large Animal'), card('outro', 'See you at the barn'), removeCard())],

  // voice: a bingo caller at a Legion hall (calls, "eyes down", "house!")
  ['Eyes down, first call: a 30 second clip of the best bits', best(30)],
  ["Next call: take out 0:08 to 0:13, that's where I dropped the balls", cut(8, 13)],
  ['Clip number 1, move it to the end, all the way to number 3', moveMoment(1, 3)],
  ["Put 'Friday Bingo at the Legion' at the top please", text('Friday Bingo at the Legion', { position: 'top' })],
  ['HOUSE! right, export it as an mp4', exportAs()],
  ['oh no, two steps back, undo twice', then(undo, undo)],
  ['stick some music on, the usual, at half volume', music('lofi', 0.5)],
  ['can it call the numbers out loud for me on the night?', nothing],

  // voice: a poker dealer in Reno (dealer calls, dry)
  ["Dealer's call: 20-second teaser from the tournament footage", best(20)],
  ['the river card clip is the third one, put it first', moveMoment(3, 1)],
  ['kill the table chatter, mute the clip audio', sourceVolume(0)],
  ["add music at 40 percent and no ducking, I won't be talking", then(music('lofi', 0.4), ducking(false))],
  ['fade to black at the end, 1.5 seconds', fade('clip', undefined, 1500)],
  ["this one's going on tiktok so stand it up vertical", aspect('9:16')],
  ["text 'All-in at the Peppermill' for the last 4 seconds", text('All-in at the Peppermill', { anchor: 'end', duration_ms: 4000 })],
  ["add music, then make it quieter, it's fighting the dealer's voice", then(music(), quieter)],
  ["can the app tell if a player's bluffing? asking for a friend", nothing],

  // voice: a high-school cheer coach (caps, exclamation marks)
  ['OK TEAM!!! 15 SECOND HYPE CLIP!!! best moments ONLY', best(15)],
  ["SLOW MO the 2nd clip, half speed, that's the basket toss", speed(0.5, 2)],
  ['ZOOM at 0:05 for 2 seconds!!', zoomAt(5, 2)],
  ['REELS. VERTICAL. BLUR THE SIDES.', aspect('9:16', 'blur')],
  ["title 'GO EAGLES' at the top!!!!", text('GO EAGLES', { position: 'top' })],
  ['music!!! loud!! like 80%!!', music('lofi', 0.8)],
  ["no wait the title should say 'GO LADY EAGLES'", editText({ index: 1, text: 'GO LADY EAGLES' })],
  ['can u add glitter sparkles everywhere', nothing],

  // voice: a male-voice choir conductor in the Rhondda (Welsh English: tidy, now in a minute, butt, diolch)
  ['Now then, a tidy little clip of about a minute and a half from the eisteddfod, please', best(90)],
  ["Take the first moment out, that's just us shuffling on stage", removeMoment(1)],
  ["Put 'Côr Meibion Treorci' as a title for the first six seconds", text('Côr Meibion Treorci', { start_ms: 0, end_ms: 6000 })],
  ['Choir sound in the video to 100%, full volume mind', sourceVolume(1)],
  ["Don't speed anything up, mind, the tempo must stay as it was sung", nothing],
  ['Fade in at the start, nice and slow, three seconds', fade('clip', 3000)],
  ['landscape 16:9 please, for the big screen in the chapel vestry', aspect('16:9')],
  ['Export it now in a minute, well, now. mov format please, butt', exportAs('mov')],
  ['Diolch yn fawr, lovely job that is', nothing],

  // voice: a tour-carriage driver in Charleston (genteel Southern)
  ["Well good mornin'. I'd like a 35-second clip of the best of our carriage tour, if you please.", best(35)],
  ["The horse standin' around at the stables takes forever; would you speed those still stretches up but keep 'em in", idle()],
  ["Could you add a lower third reading 'Miss Loretta, Palmetto Carriage Co.'", text('Miss Loretta, Palmetto Carriage Co.', { style: 'lower-third' })],
  ['Bless it, the second moment runs long. Shorten it by four seconds.', trimBy(2, 4000)],
  ["Put it on a pretty background, whatever y'all have by default", background()],
  ["and a closing card sayin' 'Book at the Market Street stables' please", card('outro', 'Book at the Market Street stables')],
  ['Now could you tell me what all is on the timeline, track by track?', tracks],
  ['and add some music, would you fade it in and out gently', then(music(), fade('music', 1000, 1000))],
  ["That's just darlin', thank you kindly", nothing],

  // voice: a Lebanese mezze caterer in Sydney (Arabic mixed in: yalla, habibti, wallah)
  ['yalla habibti make it short, 20 secs, the best bits of the platter build', best(20)],
  ["put my card at the start: 'Teta's Table Catering' for 2 sec", card('intro', "Teta's Table Catering", 2)],
  ['square please for the Insta grid, with bars not blur', aspect('1:1', 'letterbox')],
  ['the hummus swirl is at 0:09, zoom in on it', zoomAt(9)],
  ['add music, the default, and duck it under my talking', music()],
  ['wallah the middle clip drags, make it 1.25x', speed(1.25, 2)],
  ['add music and then take it straight back off, my cousin hates it', then(music(), noMusic)],
  ['export as webm habibti', exportAs('webm')],
  ['can you make the tabbouleh look greener', nothing],

  // voice: a basketball coach from Kaunas (Lithuanian non-native: labas, ačiū, drops articles)
  ['Labas. I need highlights of training, 50 seconds long', best(50)],
  ['In clip two only first 6 seconds are needed', trimTo(2, 6000)],
  ['Please cut from 0:32 until 0:38, there is bad pass', cut(32, 38)],
  ['Make whole video 1.5x, players look too slow', speed(1.5)],
  ["Add caption 'Zalgiris U16 – morning practice' in bottom", text('Zalgiris U16 – morning practice', { style: 'caption', position: 'bottom' })],
  ['Title remove please, we have caption now', removeText(1)],
  ['No sound from video, mute it', sourceVolume(0)],
  ['Export in 720p mp4, ačiū', exportAs('mp4', '720p')],
  ['Trim clip 3 by 2 seconds, then remove clip 1', then(trimBy(3, 2000), removeMoment(1))],
  ['Can program draw arrows for tactics on court?', nothing],

  // voice: a lobster fisher in New Brunswick (Acadian Chiac: asteur, pis, right, juste)
  ['Asteur I want a clip of the lobster haul, 40 seconds, right short', best(40)],
  ['use juste the file boat-day2.mp4 pis not the other ones', only('boat-day2.mp4')],
  ['the wind noise is right bad, turn the video sound to 10 percent', sourceVolume(0.1)],
  ['add the fiddle-reel.mp3 for music, pis fade it out at the end', then(music('fiddle-reel.mp3'), fade('music', undefined, 1000))],
  ["put 'Homard frais — Cap-Pelé' at the bottom", text('Homard frais — Cap-Pelé', { position: 'bottom' })],
  ['the third clip, move it to second', moveMoment(3, 2)],
  ["c'est beau, export it mp4", exportAs()],
  ['can you make the lobsters look bigger for the tourists', nothing],

  // voice: a middle-school band director (teacherly, slightly frazzled)
  ['Okay band, I mean, okay app: I need a 1:30 recap of the winter concert', best(90)],
  ["speed up the stretches where nobody's playing, times three, keep everything", idle(3)],
  ["cut out 0:44 to 0:50, the tuba kid fell off his chair, he'd want that gone", cut(44, 50)],
  ['add the concert-program.png as the background', background('concert-program.png')],
  ["lower third 'Mr. Okafor, Director of Bands'", text('Mr. Okafor, Director of Bands', { style: 'lower-third' })],
  ['no fade in please, start right on the downbeat', fade('clip', 0)],
  ['crossfades between the pieces, half a second', crossfade(500)],
  ["what's the difference between 720p and 1080p for the school website?", nothing],
  ['go with 1080p then, and save it out as mp4', exportAs('mp4', '1080p')],
  ['use just demo-v2.mp4 and demo-v3.mp4, ignore the first upload', only('demo-v2.mp4', 'demo-v3.mp4')],

  // voice: a storm chaser in Oklahoma (field shorthand)
  ['Got 14 min of footage of the wall cloud, cut it to a 45 sec highlight', best(45)],
  ['speed the whole thing up 4x, clouds move slow', speed(4)],
  ['zoom at 0:22 for 5 sec when the funnel drops', zoomAt(22, 5)],
  ['kill the wind audio in the video', sourceVolume(0)],
  ["add text 'Tornado warning – Kingfisher Co.' at the top, first 5 seconds", text('Tornado warning – Kingfisher Co.', { position: 'top', start_ms: 0, end_ms: 5000 })],
  ['this is for youtube shorts so vertical', aspect('9:16')],
  ['actually nah, undo that last change', undo],
  ["can it track the storm's rotation speed?", nothing],
  ["45 sec of the best, vertical with blurred sides, text 'Storm Day 3' up top, music at 25%, then export mp4", then(best(45), aspect('9:16', 'blur'), text('Storm Day 3', { position: 'top' }), music('lofi', 0.25), exportAs())],

  // voice: a phlebotomist on night shift (quick, between draws)
  ['quick one between draws: make the training video 1 minute', best(60)],
  ['first clip trim to 8 sec', trimTo(1, 8000)],
  ["add a caption 'Always check two identifiers' from 0:03 to 0:08", text('Always check two identifiers', { style: 'caption', start_ms: 3000, end_ms: 8000 })],
  ["put in background music at 30%, and it must NOT dip when I'm talking", then(music('lofi', 0.3), ducking(false))],
  ['the title needs to move to the top', editText({ index: 1, position: 'top' })],
  ['fade in and out, one second', fade('clip', 1000, 1000)],
  ["can you blur the patient's face in clip 2", nothing],
  ['k export, mp4, 1080', exportAs('mp4', '1080p')],
  ['add music, then put the music level at 10 percent', then(music(), musicVolume(0.1))],

  // voice: a bubble-tea shop owner in Vancouver (Cantonese mixed in: aiya, mou man tai, hai, ah)
  ['aiya the video is too long, make it 25 seconds can', best(25)],
  ['only use the second upload, the first one is blurry', only('second')],
  ["put 'Taro Milk Tea $5.50' in the centre for first 3 sec", text('Taro Milk Tea $5.50', { position: 'center', start_ms: 0, end_ms: 3000 })],
  ['the tapioca pearl part is clip 3, make it slower, 0.5x', speed(0.5, 3)],
  ['music please, default, 30%', music('lofi', 0.3)],
  ['9:16 with crop, no blur', aspect('9:16', 'crop')],
  ['mou man tai, export as gif', exportAs('gif')],

  // voice: a long-haul trucker (CB lingo: breaker, 10-4, hammer down, "her" for the video)
  ['Breaker breaker, need a 30 second clip of the best stuff off my dashcam', best(30)],
  ["lot of nothin' on that interstate, speed up the idle parts 10x but don't chop 'em", idle(10)],
  ["throw on a title 'Hammer Down: I-80 Westbound' up top", text('Hammer Down: I-80 Westbound', { position: 'top' })],
  ["cut 0:15 to 0:25, there's a state trooper in that part", cut(15, 25)],
  ['CB chatter in the video, drop it to half', sourceVolume(0.5)],
  ['add the truckin-song.mp3 I put up there, 40 percent', music('truckin-song.mp3', 0.4)],
  ["that's a big 10-4, export her mp4", exportAs()],
  ['export her mp4, then stand her up vertical and export again', then(exportAs(), aspect('9:16'), exportAs())],
  ['can ya make it show my logbook hours on screen automatic', nothing],

  // voice: a surfboard shaper in Cornwall (laid-back British)
  ['right, shaping video: keep every bit of it, uncut, start to finish', keepAll],
  ['wipe the timeline and start over, I want to rethink it', startOver],
  ['then make it a tight 40 seconds of the best bits', best(40)],
  ["the planer's dead loud, take the clip's own sound to 25%", sourceVolume(0.25)],
  ['set it on dusk-beach.jpg as the background', background('dusk-beach.jpg')],
  ['try the default gradient background... nah, take the background off again', then(background(), noBackground)],
  ['zoom in on the rails at 0:18, hold 3 sec', zoomAt(18, 3)],
  ['export a 720p webm and also a gif please', then(exportAs('webm', '720p'), exportAs('gif'))],
  ['can you wax the board for me too haha', nothing],

  // voice: a surf-camp host in Tamarindo, Costa Rica (pura vida, mae, tuanis, Spanish mixed in)
  ['pura vida mae! make it a 50 second video of the best waves', best(50)],
  ['the second clip is the best one mae, put it at the start', moveMoment(2, 1)],
  ["add an intro card 'Tamarindo Surf Camp' 3 seconds, tuanis", card('intro', 'Tamarindo Surf Camp', 3)],
  ["and an outro card 'Reserva ya, link in bio' too", card('outro', 'Reserva ya, link in bio')],
  ['music at 50% por favor, the normal one', music('lofi', 0.5)],
  ['ocean sound from the video, keep it but lower, 40%', sourceVolume(0.4)],
  ["add intro 'Pura Vida' and outro 'Gracias' cards... actually drop the intro one", then(card('intro', 'Pura Vida'), card('outro', 'Gracias'), removeCard('intro'))],
  ['mae can it remove the other surfers from the wave?', nothing],

  // voice: a motel owner in Macon, Georgia, from Gujarat (kem cho, bhai, ji, saru)
  ['Kem cho. Make a 1 minute video of the motel rooms for the website ji', best(60)],
  ['clip 1 is hallway, too long, cut 5 seconds from it', trimBy(1, 5000)],
  ['remove the third one bhai, that room is not renovated yet', removeMoment(3)],
  ["title change to 'Peach State Inn – Macon'", editText({ index: 1, text: 'Peach State Inn – Macon' })],
  ['add music, low, 20 percent', music('lofi', 0.2)],
  ['16:9 for website, letterbox', aspect('16:9', 'letterbox')],
  ['saru, export 1080p mov', exportAs('mov', '1080p')],
  ['how much does this cost per month?', nothing],

  // voice: a trumpeter in a New Orleans brass band (Yat: where y'at, dawlin, baby)
  ["where y'at! need a second-line clip, a minute and fifteen seconds, best parts", best(75)],
  ['let the band ride full, video audio at 100 percent', sourceVolume(1)],
  ["title 'Rebirth Sunday Second Line', slide it in from the side", text('Rebirth Sunday Second Line', { motion: 'slide' })],
  ['crossfade them clips a full second, baby', crossfade(1000)],
  ['zoom in closer, that auto zoom too shy', zoom('more')],
  ['clip 3 to 1.5x speed', speed(1.5, 3)],
  ['fade out two seconds at the end dawlin', fade('clip', undefined, 2000)],
  ['export that as a gif for the group chat', exportAs('gif')],

  // voice: a tiler in Perth (Aussie tradie: mate, chuck, stoked, reckon)
  ["strip the dead bits where I'm just waiting for the adhesive to set, don't care how long it ends up", deadAir],
  ['then speed the whole lot up 2x', speed(2)],
  ["stick a title 'Herringbone Splashback in a Day' at the start", text('Herringbone Splashback in a Day', { anchor: 'start' })],
  ['square crop for insta, no bars, no blur', aspect('1:1', 'crop')],
  ['turn on the auto zoom on the trowel work', zoom('auto')],
  ['nah turn the zoom off, makes me seasick', zoom('off')],
  ['chuck a 1080p export on it mate, mp4', exportAs('mp4', '1080p')],
  ['can it estimate how many tiles I need from the video', nothing],

  // voice: a corgi breeder (doggo talk, emoji)
  ['omg the puppies!! ok I need a 20 second clip of the cutest bits 🐶', best(20)],
  ["the last clip first please, it's the zoomies", moveMoment(3, 1)],
  ["add 'Spring 2027 litter – 2 pups available' as a caption at the bottom for the last 5 seconds", text('Spring 2027 litter – 2 pups available', { style: 'caption', position: 'bottom', anchor: 'end', duration_ms: 5000 })],
  ['add music, ducked under my voice, then turn it up a bit', then(music(), louder)],
  ['slow the second clip to a quarter speed ahaha', speed(0.25, 2)],
  ['can it tell which puppy is which? they all look the same lol', nothing],
  ["undo the slow-mo, it's creepy", undo],
  ['ok now save it as a webm for my site 🐾', exportAs('webm')],

  // voice: a planetarium show presenter (dreamy, space metaphors)
  ["Dear editor, let's launch: a 2-minute clip of the best of tonight's show", best(120)],
  ['the star-field portion drifts with nothing happening; play those still bits at 5x, keep every frame', idle(5)],
  ["add a title 'Under the Dome: Winter Skies' from 2 to 7 seconds", text('Under the Dome: Winter Skies', { start_ms: 2000, end_ms: 7000 })],
  ['move the title down to the bottom of the frame', editText({ index: 1, position: 'bottom' })],
  ['fade in from black over four seconds, like the house lights going down', fade('clip', 4000)],
  ['use milky-way.png as the backdrop', background('milky-way.png')],
  ['set it to 720p for now, no export yet', resolution('720p')],
  ['could it narrate the constellations for me?', nothing],

  // voice: a hotel night auditor at 3 a.m. (dry, unimpressed with the last result)
  ['that clip is 3 minutes. I asked for short. make it 30 seconds', best(30)],
  ['why is there a title. remove all the text', removeText()],
  ['the crossfades look cheap, set them to zero', crossfade(0)],
  ['and take the fade out at the end off', fade('clip', undefined, 0)],
  ['go back two steps', then(undo, undo)],
  ["list what's on each track so I can see what you did", tracks],
  ['fine. export it, mp4.', exportAs()],
  ['undo, then redo, I just want to see the difference', then(undo, redo)],
  ["I'm not exporting anything until this is fixed", nothing],
];
