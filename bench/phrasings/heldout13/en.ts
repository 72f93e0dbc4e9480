/**
 * Held-out 13 (written as fresh 12; blind until session 12, then looked at), English: a blind phrasing set written by a helper on 2026-12-01, to measure the parser on words it was
 * never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13, and /work/briefs/headers.txt (the header comments of the earlier sets, for their form, decided readings and
 * voices; no phrasing of them). Nothing of the parser (src/engine), src/protocol/vocabulary.ts, test/, scripts/,
 * bench/*.ts or any other phrasing set was read; no sentence was run through the parser, the CLI, the engine or the
 * bench. Said plainly: a plain `ls` of bench/phrasings/ showed the set folders' names (to create this folder), and a
 * `git status --short` at the end showed the names of two modified src files; no file of them was opened.
 *
 * Voices: an Irish pub owner (Hiberno-English), a South African safari-lodge guide, a Filipino call-centre team lead
 * (Taglish, "po"), a German mechanical engineer (non-native, formal), a Brazilian online seller (Portuguese mixed in),
 * a Texas roofer (Spanglish), a Québécois hockey coach (franglais), a Welsh sheep farmer, a Nairobi tech-hub founder
 * (Kenyan English, "kindly"), a Boston tow-truck driver, a London courier (MLE slang), an SRE on call (incident-speak),
 * an optometrist, a bus driver on a ten-minute break, a university admissions officer (institutional), a screenwriter
 * (screenplay directions), an auctioneer (run-on patter), a theatre stage manager (calling cues), a knitting-circle
 * organiser (warm, emoji), a mushroom forager, a craft-brewery owner, a drag performer (camp), a robotics-club mentor,
 * a children's party entertainer (exclamation marks), a speech therapist, a climate-march organiser (urgent), a
 * tabletop dungeon master (role-play), a K-pop fan-account admin (stan talk), a paramedic after a shift (clipped), a
 * crossword setter (precise, wordy), a Polish plasterer in the UK (non-native, drops articles).
 *
 * Counts: 295 written, 20 dropped in review (5 chatter lines over the must-change-nothing share, 15 plain edits redundant
 * with others of the same kind: squares, exports, removals, music), 9 more reworded in review (5 must-change-nothing
 * lines turned into edits or another negation to keep that share near 11 %, 3 worded so only one reading stays: a
 * "share" that could mean export, a music mood that could name a bed, a moment length that could read as a time; 1
 * whose expectation lacked its second export), 275 final (none repeated within this set), of which 30 must change
 * nothing (questions about the product, negated requests, chatter and thanks, things the product cannot do:
 * voice-over, colour grading and filters, subtitles / captions from speech, translating speech, blurring faces or
 * personal data, noise removal, webcam overlay, stickers and sound effects, posting to social sites, identifying
 * things in the picture, transcripts, sign-language insets).
 * Not compared with the other sets (they were not read): the lead removes any shared with them.
 *
 * Defaults of ops.ts that decided expectations: a clip asked for with no length is 60 s; music named by nothing else
 * is lo-fi at 35 % ducked (a level said with it replaces the 35 %; an uploaded audio file named is the track); a fade
 * with no length is 1 s; a crossfade with no length is 0.5 s; "shorter" on a moment with no amount is 2 s; idle
 * stretches sped up with no factor go 4x; a card with no length is 2 s; a zoom at a time with no hold is 3 s; a
 * background with no name is aurora; an export with no format is mp4.
 * Other readings: a length alone ("a 40 second pitch clip", "cut it down to a minute fifteen") is best moments at that
 * length; TikTok, Reels and Shorts named as the destination are 9:16, Facebook / LinkedIn / YouTube only with a shape
 * said; "export / render at 4K" exports at that resolution, "set the resolution to 4K" sets it; "the title" is the
 * draft's text 1; "add a title / caption / text" adds a new one (title unless a caption or lower third is named),
 * "change the title to" edits text 1; the second / middle clip is moment 2, the last clip moment 3; a text "at the
 * end" is anchored there, "for the first N seconds" runs 0 to N s; a file named by its place is 'first' /
 * 'second', by its name its name; a photo named as backdrop is its file name. Music, cards and backgrounds are only
 * changed, faded or removed after the same message adds them (the draft has none); moments are never named after a
 * request that rebuilds the timeline (best moments, dead air, idle, keep everything) or after a removal.
 *
 * Measured blind on main 8f7b82e (session 11's start: the grammar as session 10 left it): EN 186/274 = 67.9 %, 25 wrong edits (the lead removed 1 line shared with held-out 7).
 * Blind until session 12's start (measured on 09cca3c: EN 74.5 %, ZH 72.5 %; with the slot reader: EN 75.2 %, ZH 72.5 %), looked at since.
 * Never tuned against: only its summary lines (and counts by operation kind) were read.
 * Never tuned against. Read against a draft of 3 moments and 1 text (no music).
 */
import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll,
  louder, moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard,
  removeMoment, removeText, resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom,
  zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

export const heldout13En: [string, Phrasing['want']][] = [
  // voice: an Irish pub owner (Hiberno-English), demoing the pub's table-booking site
  ["C'mere, would you cut that down to half a minute for me, so", best(30)],
  ["grand job. now stick another bit of text up the top saying 'Trad Night Thursdays'", text('Trad Night Thursdays', { position: 'top' })],
  ["sure look, throw a bit of music under it at about a quarter volume", music('lofi', 0.25)],
  ["the second clip is only pure muck, get rid of it", removeMoment(2)],
  ["fade it out at the end there, like last orders", fade('clip', undefined, 1000)],
  ["ah no, don't be putting any music on it at all, I changed me mind", nothing],
  ["give it a lash at exporting, mp4 is grand", exportAs('mp4')],
  ["put the last bit first, that's the best of it", moveMoment(3, 1)],
  ["add the lofi music, export an mp4, then take the music back out and export a webm without it", then(music(), exportAs('mp4'), noMusic, exportAs('webm'))],

  // voice: a South African safari-lodge guide, demoing the sightings app
  ["Howzit. Make me a lekker 45 sec clip of the sightings app walkthrough", best(45)],
  ["eish, from 0:20 to 0:26 the wifi dropped and it's just spinning, cut that out", cut(20, 26)],
  ["the third clip is where I log the leopard, play it at half speed", speed(0.5, 3)],
  ["zoom in at 0:33 for 5 seconds, the map pins are tiny", zoomAt(33, 5)],
  ["mute the recording's sound, it's just the generator humming", sourceVolume(0)],
  ["then chuck the lofi music on at 50%", music('lofi', 0.5)],
  ["going to put it on the lodge website just now, so give me a webm", exportAs('webm')],
  ["can you take out the generator hum but keep my voice?", nothing],
  ["shame man, that's lekker, thanks hey", nothing],

  // voice: a Filipino call-centre team lead (Taglish), making a training clip
  ["Hi po, paki-cut naman to 1 minute lang, for the new agents' training", best(60)],
  ["tapos add a caption 'Step 1: Open the ticket' from 0:03 to 0:08 po", text('Step 1: Open the ticket', { style: 'caption', start_ms: 3000, end_ms: 8000 })],
  ["paki-remove yung dead air, ang daming pauses habang naglo-load", deadAir],
  ["yung title po, paki-change to 'Ticket Escalation 101'", editText({ index: 1, text: 'Ticket Escalation 101' })],
  ["sige, pa-export na po in 720p kasi mabagal ang net namin", exportAs('mp4', '720p')],
  ["pwede po ba mag Tagalog subtitles galing sa voice ko?", nothing],
  ["ay mali po, paki-undo yung last", undo],
  ["pakibilisan yung pangalawang clip, 2x po", speed(2, 2)],
  ["paki-gamit lang po yung second upload, mali yung una", only('second')],
  ["paki-move po yung title sa baba, tapos hard cuts lang walang transition, tapos show mo yung tracks", then(editText({ index: 1, position: 'bottom' }), crossfade(0), tracks)],

  // voice: a German mechanical engineer (non-native, formal)
  ["Good day. Please shorten the video to exactly 90 seconds.", best(90)],
  ["The idle phases, where the CAD model is loading, shall be played 8 times faster.", idle(8)],
  ["Please insert a lower third with the text 'Dipl.-Ing. Jörg Brandt, Konstruktion'.", text('Dipl.-Ing. Jörg Brandt, Konstruktion', { style: 'lower-third' })],
  ["Please move the third moment to position two.", moveMoment(3, 2)],
  ["Please set the resolution to 4K.", resolution('4k')],
  ["Please do the following: 1) 60 seconds, 2) vertical format 9:16 with letterbox, 3) music at 25 percent without ducking, 4) export as WebM.", then(best(60), aspect('9:16', 'letterbox'), music('lofi', 0.25), ducking(false), exportAs('webm'))],
  ["A crossfade of 0.3 seconds between the moments, please.", crossfade(300)],
  ["Is it so that the software also works without internet connection?", nothing],
  ["Please fade in 0.5 seconds and fade out 2 seconds.", fade('clip', 500, 2000)],
  ["Export as MOV file, please.", exportAs('mov')],

  // voice: a Brazilian online seller (Portuguese mixed in), demoing her shop
  ["oi! make a 30 segundos video of my shop tour for Reels por favor", then(best(30), aspect('9:16'))],
  ["add one more text 'Frete grátis!' on top for the first 4 seconds", text('Frete grátis!', { position: 'top', start_ms: 0, end_ms: 4000 })],
  ["put samba.mp3 that I uploaded as the music, volume 40%, and no ducking pls, I want it always same level", then(music('samba.mp3', 0.4), ducking(false))],
  ["the blur on the sides is feio, use the black bars", fill('letterbox')],
  ["remove the first clip, é muito lento", removeMoment(1)],
  ["can you put my face in a little circle in the corner?", nothing],
  ["legal! export it in full HD", exportAs('mp4', '1080p')],
  ["obrigada demais 🙏", nothing],

  // voice: a Texas roofer (Spanglish), demoing his estimate app
  ["ok so make it like un minuto y medio, the whole estimate app demo", best(90)],
  ["speed up the parts where nada pasa, like 6x", idle(6)],
  ["put an intro card que diga 'Garza Roofing Free Estimates'", card('intro', 'Garza Roofing Free Estimates')],
  ["and an outro card with my number '512-555-0147' for 4 seconds", card('outro', '512-555-0147', 4)],
  ["intro 'Garza Roofing' y outro 'Call Today', export it, then quita los dos cards and export again", then(card('intro', 'Garza Roofing'), card('outro', 'Call Today'), exportAs(), removeCard(), exportAs())],
  ["órale, the middle clip is too long, chop 5 seconds off it", trimBy(2, 5000)],
  ["no le cambies el título, así está bien", nothing],
  ["hazlo cuadrado pa' Facebook, 1:1", aspect('1:1')],
  ["y'all put it on a background, the default one, then show me the tracks", then(background(), tracks)],

  // voice: a Québécois hockey coach (franglais), cutting the drills app demo
  ["Salut, faque I need a 2 minute clip of the drills app", best(120)],
  ["pis put the lofi music à 30%", music('lofi', 0.3)],
  ["the title, change it to 'Pratique U13 — Mardi'", editText({ index: 1, text: 'Pratique U13 — Mardi' })],
  ["ben là, remove the clip number 3, c'est pas bon", removeMoment(3)],
  ["crossfade d'une seconde between the moments", crossfade(1000)],
  ["finalement, make it 0:45 instead", best(45)],
  ["zoom automatique on the mouse, the kids watch on their phones", zoom('auto')],
  ["c'est correct, export it in 720p", exportAs('mp4', '720p')],
  ["can you translate my voice in English?", nothing],
  ["remets ça en landscape, 16:9 là", aspect('16:9')],

  // voice: a Welsh sheep farmer, demoing the flock-records spreadsheet
  ["Right, make it a tidy one minute clip of the flock records spreadsheet, is it", best(60)],
  ["there's lovely. Now put a caption at the bottom 'Ewes scanned: 412'", text('Ewes scanned: 412', { style: 'caption', position: 'bottom' })],
  ["the bit from 0:40 to 0:45 is me answering the phone mun, cut that", cut(40, 45)],
  ["take out the silences, I do talk slow", deadAir],
  ["use just the first upload, the other one's the wrong field", only('first')],
  ["make the first clip go twice as fast", speed(2, 1)],
  ["give it a fade in from black and a fade out, tidy", fade('clip', 1000, 1000)],

  // voice: a Nairobi tech-hub founder (Kenyan English)
  ["Kindly compile the best moments into a 40 seconds pitch clip", best(40)],
  ["Also kindly set hub-logo.png as the background", background('hub-logo.png')],
  ["Sawa. Put a lower third 'Wanjiru Kamau, Founder'", text('Wanjiru Kamau, Founder', { style: 'lower-third' })],
  ["kindly make it vertical for TikTok and crop instead of blur", aspect('9:16', 'crop')],
  ["pole, revert the last change", undo],
  ["the M-Pesa screen at 0:18, zoom in there for 2 seconds", zoomAt(18, 2)],
  ["kindly tell me which tracks are on the timeline now", tracks],
  ["can the video be made to auto-post on our LinkedIn?", nothing],
  ["asante sana. kindly add music at 30%, show me the tracks, then make the music louder", then(music('lofi', 0.3), tracks, louder)],
  ["kindly do the following: 50 seconds, square, add our outro card 'hub.example.ke', then export mp4", then(best(50), aspect('1:1'), card('outro', 'hub.example.ke'), exportAs('mp4'))],

  // voice: a Boston tow-truck driver, demoing the dispatch app
  ["yo make this wicked short, like 20 seconds, it's the dispatch app", best(20)],
  ["crank the speed to 1.25 on the whole thing", speed(1.25)],
  ["put it all in, every file, don't cut nothin", keepAll],
  ["change the title to 'Southie Towing 24/7'", editText({ index: 1, text: 'Southie Towing 24/7' })],
  ["turn off the zoom, it's makin me seasick", zoom('off')],
  ["wicked pissah, export it", exportAs()],

  // voice: a London courier (MLE slang), showing off his delivery stats app
  ["wagwan, need this ting cut to like 25 secs fam", best(25)],
  ["bare dead bits where the app's loading, speed dem up", idle()],
  ["ting's gotta be vertical for TikTok innit", aspect('9:16')],
  ["stick a caption at the top 'ROUTE 47 DONE IN 2HRS'", text('ROUTE 47 DONE IN 2HRS', { style: 'caption', position: 'top' })],
  ["chuck some lofi on, 60% volume", music('lofi', 0.6)],
  ["rah that's hard, cheers bruv", nothing],
  ["send it as a gif yeah", exportAs('gif')],

  // voice: an SRE on call (incident-speak), cutting a runbook demo
  ["ack. need a 30s clip of the failover runbook demo, P3, no rush", best(30)],
  ["mitigation: strip dead air", deadAir],
  ["action item: add caption 'Step 3: drain node' at 0:12 for 4s", text('Step 3: drain node', { style: 'caption', start_ms: 12000, duration_ms: 4000 })],
  ["rollback last change", undo],
  ["roll forward again, that change was fine actually", redo],
  ["status check: dump the timeline tracks", tracks],
  ["postmortem q: does the engine phone home with my footage?", nothing],
  ["runbook: add lofi bed, list tracks, then set music level to 20%", then(music(), tracks, musicVolume(0.2))],
  ["scope: only demo-v2.mp4 and demo-v3.mp4", only('demo-v2.mp4', 'demo-v3.mp4')],

  // voice: an optometrist, cutting the booking portal demo for the waiting room
  ["Please make a 50-second clip of the booking portal walkthrough for our waiting-room screen.", best(50)],
  ["Letterbox it please; cropped edges would cut off the appointment times.", fill('letterbox')],
  ["Increase the zoom, patients read it from across the room.", zoom('more')],
  ["Add a title 'Book your eye test online' at the end for 4 seconds.", text('Book your eye test online', { anchor: 'end', duration_ms: 4000 })],
  ["Remove moment 1, it shows a patient's name.", removeMoment(1)],
  ["Could you blur the patient's date of birth at 0:22?", nothing],
  ["The middle moment should be 6 seconds long.", trimTo(2, 6000)],
  ["No sound is needed in the waiting room, mute the recording.", sourceVolume(0)],
  ["Please remove the title altogether.", removeText(1)],

  // voice: a bus driver on a ten-minute break, demoing the ticket machine screen
  ["10 min break go. 35 sec clip of the ticket machine screen thing", best(35)],
  ["cut 0:02-0:07", cut(2, 7)],
  ["2nd clip shorter by 3 sec", trimBy(2, 3000)],
  ["music 20%, fade the music out at end", then(music('lofi', 0.2), fade('music', undefined, 1000))],
  ["last clip to the front", moveMoment(3, 1)],
  ["fade out 3 sec", fade('clip', undefined, 3000)],
  ["done. mp4", exportAs('mp4')],

  // voice: a university admissions officer (institutional)
  ["Hello, we'd like a one-and-a-half-minute overview of the application portal for prospective students.", best(90)],
  ["Please add an intro card reading 'Applying to Hartwell University' for three seconds.", card('intro', 'Applying to Hartwell University', 3)],
  ["Could the title instead read 'Your Application, Step by Step'?", editText({ index: 1, text: 'Your Application, Step by Step' })],
  ["We'd also like a lower third: 'Dr. Amara Osei, Director of Admissions'.", text('Dr. Amara Osei, Director of Admissions', { style: 'lower-third' })],
  ["For the website, please provide it as a WebM.", exportAs('webm')],
  ["Please set the resolution to 1080p for the lobby screens.", resolution('1080p')],
  ["Would you be able to add a sign-language interpreter in the corner?", nothing],
  ["Please place our campus photo, campus.jpg, behind the recording.", background('campus.jpg')],
  ["A gentle dissolve between each section, half a second, would be lovely.", crossfade(500)],
  ["Add an outro card 'Apply by January 15', export a copy, then remove that card and export a second copy for internal use.", then(card('outro', 'Apply by January 15'), exportAs(), removeCard('outro'), exportAs())],

  // voice: a screenwriter (screenplay directions), demoing a writing app
  ["INT. WRITING APP - DAY. We need 60 seconds, tight, of the best beats.", best(60)],
  ["FADE IN: from black, one second.", fade('clip', 1000)],
  ["Move the last moment up to open the piece. It's our cold open.", moveMoment(3, 1)],
  ["SUPER (add it as a new title): 'Draftwell — write the thing', over the first three seconds.", text('Draftwell — write the thing', { start_ms: 0, end_ms: 3000 })],
  ["SMASH CUT. No dissolves anywhere, hard cuts only.", crossfade(0)],
  ["FADE OUT. Two seconds.", fade('clip', undefined, 2000)],
  ["MUSIC CUE: the lofi bed, low, 20%.", music('lofi', 0.2)],
  ["Can it write the voice-over for me too? Asking for a friend.", nothing],
  ["THE END. Render it as a .mov", exportAs('mov')],

  // voice: an auctioneer (run-on patter), demoing the online bidding app
  ["alright alright what'm I bid, 30 seconds, do I hear 30 seconds of the bidding app, 30 it is", best(30)],
  ["going once going twice the second clip's gone, take it out", removeMoment(2)],
  ["now gimme a caption down the bottom 'Lot 112 SOLD' from ten seconds to fifteen", text('Lot 112 SOLD', { style: 'caption', position: 'bottom', start_ms: 10000, end_ms: 15000 })],
  ["speed the whole shebang up one and a half times folks", speed(1.5)],
  ["now the fella in the back wants a lower third, 'Big Jim Hollis, Auctioneer', there it is", text('Big Jim Hollis, Auctioneer', { style: 'lower-third' })],
  ["do I hear a webm? webm it is, export", exportAs('webm')],
  ["cut 0:03 to 0:06, crossfade the joins half a second, fade out at the end, sold!", then(cut(3, 6), crossfade(500), fade('clip', undefined, 1000))],
  ["going going gone on the dead air, strip every bit of it out", deadAir],

  // voice: a theatre stage manager (calling cues), cutting the ticketing system demo
  ["Standby for a 45-second cut of the ticketing system demo. Go.", best(45)],
  ["Standby cue 2: fade in, 1.5 seconds... go.", fade('clip', 1500)],
  ["Cue 3: lower third 'Priya Natarajan, Stage Manager'. Go.", text('Priya Natarajan, Stage Manager', { style: 'lower-third' })],
  ["Cue 4: crossfade 750 ms between scenes. Go.", crossfade(750)],
  ["Hold please. Hold. ...Okay, we're fine, no changes.", nothing],
  ["Cue 5: music, lofi, 30 percent, ducking under dialogue. Go.", music('lofi', 0.3)],
  ["Cue 6: fade out 3 seconds. Cue 7: export MP4. Go.", then(fade('clip', undefined, 3000), exportAs('mp4'))],
  ["Cue 8: music, lofi, no ducking. Cue 9: export. Cue 10: ducking back on. Go.", then(music(), ducking(false), exportAs(), ducking(true))],

  // voice: a knitting-circle organiser (warm, emoji), demoing a pattern app
  ["Hello dear! Could you make our pattern-app tutorial into a nice 2 minute video? 🧶", best(120)],
  ["And please add some music in the background, not too loud, maybe 25%", music('lofi', 0.25)],
  ["Oh the third bit is me dropping my needles lol, please take it out", removeMoment(3)],
  ["Can you add a title 'Cable Knit for Beginners' across the top?", text('Cable Knit for Beginners', { position: 'top' })],
  ["Could the first clip go a little slower, like 0.75?", speed(0.75, 1)],
  ["Zoom in on the stitch counter at 0:25 please, for 4 seconds", zoomAt(25, 4)],
  ["Oh and while you're at it dear, could you fade it in at the start, pop a caption 'Pattern in the description' at the end, and make the middle bit a tad slower, say 0.9?", then(fade('clip', 1000), text('Pattern in the description', { style: 'caption', anchor: 'end' }), speed(0.9, 2))],
  ["Can you make it look like it was filmed on a cosy sunny day? ☀️", nothing],
  ["Lovely, please make the video file so I can email it round 💕", exportAs()],

  // voice: a mushroom forager, demoing an identification app
  ["need a 40 second clip of me using the ID app, keep the good bits", best(40)],
  ["between 0:14 and 0:19 I'm just scrolling, snip that", cut(14, 19)],
  ["caption at the bottom: 'Never eat anything you can't ID 100%'", text("Never eat anything you can't ID 100%", { style: 'caption', position: 'bottom' })],
  ["zoom in at 0:08 on the spore print photo", zoomAt(8)],
  ["fade in and out, 2 seconds each", fade('clip', 2000, 2000)],
  ["put the recording on a gradient background, whatever the default is", background()],
  ["can it identify the mushrooms in the video for me?", nothing],
  ["export as 4k", exportAs('mp4', '4k')],
  ["make it ninety seconds long instead", best(90)],

  // voice: a craft-brewery owner, demoing the taproom till
  ["Hey! Cut the taproom POS demo down to a minute fifteen", best(75)],
  ["Speed up the idle stretches where the till's just sitting there", idle()],
  ["Add an outro card 'Untappd: Hopyard Brewing' for 3 seconds", card('outro', 'Untappd: Hopyard Brewing', 3)],
  ["Make it 4:5 for the Instagram feed", aspect('4:5')],
  ["and crop it rather than blur", fill('crop')],
  ["use brewhouse.mp3 as the music at 30% and keep it ducking under my voice", music('brewhouse.mp3', 0.3)],
  ["the 2nd moment, trim it by 4 secs", trimBy(2, 4000)],
  ["the third moment, make it a bit shorter", trimBy(3, 2000)],
  ["put it on a gradient background and export, then take the background off and export a plain version too", then(background(), exportAs(), noBackground, exportAs())],

  // voice: a drag performer (camp), demoing her ticket site
  ["Hunty, I need 15 seconds of my ticket-site demo, serve it", best(15)],
  ["vertical for the Reels girlies", aspect('9:16')],
  ["title change darling: 'Miss Ginger Snapz LIVE'", editText({ index: 1, text: 'Miss Ginger Snapz LIVE' })],
  ["move the title up top, the bottom is for the tips link", editText({ index: 1, position: 'top' })],
  ["add music at 70% honey, and no ducking, it's a party", then(music('lofi', 0.7), ducking(false))],
  ["the first clip is giving nothing, delete", removeMoment(1)],
  ["slide in a caption 'Tix in bio 💋' at the end", text('Tix in bio 💋', { style: 'caption', anchor: 'end', motion: 'slide' })],
  ["can you give me a glam face filter?", nothing],
  ["recap: 15 seconds, vertical with blur, title at the top, export gif", then(best(15), aspect('9:16', 'blur'), editText({ index: 1, position: 'top' }), exportAs('gif'))],

  // voice: a robotics-club mentor, cutting the sponsor video from an IDE recording
  ["team, I'm making the sponsor video from the IDE recording. step 1: make it 2:00 long", best(120)],
  ["step 2: auto zoom on the code", zoom('auto')],
  ["zoom was too much, dial it back", zoom('less')],
  ["add caption 'Autonomous mode: 15 s' from 0:30 to 0:35", text('Autonomous mode: 15 s', { style: 'caption', start_ms: 30000, end_ms: 35000 })],
  ["play moment 3 at 3x, it's the robot driving", speed(3, 3)],
  ["the kids' voices are too loud, source audio to 60%", sourceVolume(0.6)],
  ["blank the whole timeline, we're re-recording", startOver],
  ["use only match-day.mp4 this time", only('match-day.mp4')],
  ["final: 1 second crossfades, fade in and out, export a 720p webm", then(crossfade(1000), fade('clip', 1000, 1000), exportAs('webm', '720p'))],
  ["what languages does the bot understand?", nothing],

  // voice: a children's party entertainer (exclamation marks)
  ["Hiya!! Make a super fun 20-second clip of my booking page!!! 🎈🎉", best(20)],
  ["Add music!! the default one is fine, 50% please!!", music('lofi', 0.5)],
  ["put 'Book Bobo the Clown!' at the start as a big card", card('intro', 'Book Bobo the Clown!')],
  ["zoom in MORE on everything, kids can't read", zoom('more')],
  ["can you add balloon stickers flying around?", nothing],
  ["the last clip is boring, gone gone gone", removeMoment(3)],
  ["OOPS bring that one back", undo],
  ["nooo actually it WAS boring, redo that!!", redo],

  // voice: a speech therapist, cutting the therapy app demo for parents
  ["Hi, I'm making a short clip of our therapy app for parents — about 45 seconds, please.", best(45)],
  ["Please don't cut any of the pauses; the pauses are the point. Keep all the footage whole.", keepAll],
  ["Play moment 2 at 0.8 speed so parents can follow the mouth shapes.", speed(0.8, 2)],
  ["Add a caption 'Try saying: ba-ba-ba' from 0:06 to 0:11.", text('Try saying: ba-ba-ba', { style: 'caption', start_ms: 6000, end_ms: 11000 })],
  ["Music would distract the children, so none please.", nothing],
  ["Please turn my voice recording up a bit, to 120%.", sourceVolume(1.2)],
  ["Could you add automatic captions of what I say?", nothing],
  ["Make the fade-in half a second.", fade('clip', 500)],
  ["Please take all the text off the video.", removeText()],

  // voice: a climate-march organiser (urgent), cutting the petition-site demo
  ["urgent!! 30 sec clip of the petition site signup for the march", best(30)],
  ["vertical, it's going on TikTok and Shorts", aspect('9:16')],
  ["caption at top 'SIGN BEFORE FRIDAY' for the whole first 10 seconds", text('SIGN BEFORE FRIDAY', { style: 'caption', position: 'top', start_ms: 0, end_ms: 10000 })],
  ["drop moment 2, it shows someone's email", removeMoment(2)],
  ["speed everything to 1.2x", speed(1.2)],
  ["outro card 'climatemarch.example.org' for 3 secs", card('outro', 'climatemarch.example.org', 3)],
  ["720p resolution is fine, smaller file", resolution('720p')],
  ["can you upload it to our Insta directly?", nothing],
  ["get me the mp4 asap pls", exportAs('mp4')],
  ["actually the website wants a 2.5 min version, make it that", best(150)],

  // voice: a tabletop dungeon master (role-play), cutting a virtual-tabletop session recap
  ["Roll for initiative! I need a 1-minute recap clip of our virtual tabletop session", best(60)],
  ["Cut me a highlight reel of the whole session", best(60)],
  ["The rogue's turn from 0:15 to 0:21 was a natural 1, cut it from existence", cut(15, 21)],
  ["Cast Haste on the third moment: double speed", speed(2, 3)],
  ["Add a lower third 'Thornwick the Bard, Level 7'", text('Thornwick the Bard, Level 7', { style: 'lower-third' })],
  ["Summon the lofi music at 30%, and fade it in over 2 seconds", then(music('lofi', 0.3), fade('music', 2000))],
  ["Fade the whole thing out like a long rest, three seconds", fade('clip', undefined, 3000)],
  ["Dispel my last edit", undo],
  ["Can you add dice-roll sound effects?", nothing],

  // voice: a K-pop fan-account admin (stan talk), cutting a voting-app tutorial
  ["bestie pls make a 15s edit of the voting app tutorial 😭💜", best(15)],
  ["caption 'VOTE HERE 👇' at the bottom for 5 secs", text('VOTE HERE 👇', { style: 'caption', position: 'bottom', duration_ms: 5000 })],
  ["zoom in on the vote button at 0:07", zoomAt(7)],
  ["crossfades between the clips pls", crossfade()],
  ["change the title to 'vote szn 🗳️' pls", editText({ index: 1, text: 'vote szn 🗳️' })],
  ["put the lofi song on at 40% bestie", music('lofi', 0.4)],
  ["can u make the colors pastel aesthetic 🎀", nothing],
  ["ok now gif it", exportAs('gif')],
  ["is this app free? asking for the whole fandom", nothing],

  // voice: a paramedic after a shift (clipped), cutting the ePCR tablet walkthrough
  ["Post-shift. Need 45s of the ePCR tablet walkthrough for new hires.", best(45)],
  ["Cut 0:10–0:16, it shows patient details.", cut(10, 16)],
  ["Speed idle sections 5x.", idle(5)],
  ["Lower third: 'J. Okafor, Field Training Officer'", text('J. Okafor, Field Training Officer', { style: 'lower-third' })],
  ["Moment 1: trim to 8 seconds.", trimTo(1, 8000)],
  ["Source audio off — the siren's in it.", sourceVolume(0)],
  ["Can you blank out the patient's face at 0:30?", nothing],
  ["Out. MP4, 720.", exportAs('mp4', '720p')],
  ["Add default music, export a 720p test, then make the music quieter.", then(music(), exportAs('mp4', '720p'), quieter)],

  // voice: a crossword setter (precise, wordy), demoing a puzzle app
  ["Please reduce the footage of the puzzle app to forty seconds — no more, no less.", best(40)],
  ["Insert a caption, 'Seven down: EDITOR (6)', from 0:04 until 0:09.", text('Seven down: EDITOR (6)', { style: 'caption', start_ms: 4000, end_ms: 9000 })],
  ["Move the first moment to the very end.", moveMoment(1, 3)],
  ["Remove the portion between 0:25 and 0:29 — a false start.", cut(25, 29)],
  ["Set the clip in a square grid, naturally: 1:1.", aspect('1:1')],
  ["A blurred fill, if you please, rather than bars.", fill('blur')],
  ["Is there a way to export a transcript?", nothing],
  ["Retitle it: 'Across & Down'.", editText({ index: 1, text: 'Across & Down' })],
  ["Let the title run from 0:01 to 0:05.", editText({ index: 1, start_ms: 1000, end_ms: 5000 })],
  ["Render as MOV at 1080p.", exportAs('mov', '1080p')],

  // voice: a Polish plasterer in the UK (non-native, drops articles), demoing his quote app
  ["Hello, please make video 1 minute from recording of my quote app", best(60)],
  ["Remove part where is silence and nothing happen, where I am thinking", deadAir],
  ["Put text 'Free quote — Tomasz Plastering' on bottom", text('Free quote — Tomasz Plastering', { position: 'bottom' })],
  ["Second piece of video is too long, make shorter by 3 seconds", trimBy(2, 3000)],
  ["Music also, normal one, 35%", music()],
  ["Is possible to make my voice more deep?", nothing],
  ["Make fade in on start", fade('clip', 1000)],
  ["Ok thank you, export please", exportAs()],
  ["Delete everything on timeline, I start again", startOver],
];
