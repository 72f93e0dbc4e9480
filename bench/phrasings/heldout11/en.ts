import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder,
  moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText,
  resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
  type Phrasing,
} from '../ops';

/**
 * Held-out 11, English (written as fresh 10 by a helper of session 9 on 2026-12-01, blind, to measure the parser on
 * words it was never tuned on; measured once blind in session 9: 72.2 %, then after session 9's rounds 74.2 %).
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, the README's product description (not its "What you can say" table), issue 13, and the
 * first 30 lines (the header only) of bench/phrasings/heldout9/en.ts. Nothing of the parser, the vocabulary, the tests
 * or any other phrasing set was read; no sentence was run through the parser, the CLI, the engine or the bench.
 *
 * Voices: a sales engineer cutting a demo for a prospect call, a YouTuber
 * talking to viewers while making a Short, a support agent working a customer's ticket, a dairy farmer, an airline
 * pilot, a sports commentator, a lab scientist writing formally, a grandparent, a student making a class project, a
 * marketing intern, a translator who localises software, a DJ, a pastor, an electrician on site, a florist, a product
 * designer giving feedback in rounds, a manager forwarding colleagues' requests, someone angry at the last result,
 * someone writing one very long message, someone typing only verbs and nouns ("crossfade. fade in and out. export."),
 * someone who thinks in Premiere and CapCut words, a veterinary receptionist, a podcaster, a bike shop owner, an
 * open-source maintainer recording a CLI demo, a nonprofit volunteer coordinator, a truck dispatcher, a ski instructor,
 * a school principal, a carpenter.
 *
 * Counts: 258 written, 1 dropped in review as odd chatter, 5 removed by the lead as duplicates of other sets, 252
 * final, of which 30 must change nothing. Measured blind on main 674c53b (before session 9's grammar rounds landed):
 * 72.2 % understood, 21 wrong edits; after session 9's two grammar rounds (on held-out 9 and 10), still blind:
 * 74.2 %, 18 wrong edits.
 *
 * Defaults of ops.ts that decided expectations: a length-less clip is 60 s; music named by nothing else is lo-fi at
 * 35 % ducked; a fade with no length is 1 s; a crossfade with no length is 0.5 s; "trim it" with no amount is 2 s
 * shorter; idle stretches sped up with no factor go 4x; a card with no length is 2 s; a zoom at a time with no hold is
 * 3 s; a background with no name is aurora; an export with no format is mp4.
 *
 * Looked at and tuned on since (session 10). Read against a draft of 3 moments and 1 text.
 */
export const heldout11En: [string, Phrasing['want']][] = [
  // A sales engineer, cutting a recorded integration demo for a prospect call tomorrow.
  ["need a 90 second version of this for tomorrow's prospect call", best(90)],
  ['add a title "Acme + Northwind: live sync" for the first 3 seconds', text('Acme + Northwind: live sync', { start_ms: 0, duration_ms: 3000 })],
  ['the SSO part is the money shot, move clip 3 to the front', moveMoment(3, 1)],
  ['can you zoom in on the config panel at 0:22', zoomAt(22)],
  ["export as 1080p mp4, I'm sending it to the account exec", exportAs('mp4', '1080p')],
  ["take the background music out, it's a serious enterprise audience", noMusic],
  ['crossfade between the clips please, the hard cuts look jumpy', crossfade()],
  ['will the prospect be able to see our API keys in the recording?', nothing],
  ["outro card: 'Questions? se@northwind.io' for 4 seconds", card('outro', 'Questions? se@northwind.io', 4)],
  ['only use northwind-sso.mp4 for this one', only('northwind-sso.mp4')],

  // A YouTuber, talking to their viewers while making a Short about a tool.
  ["alright chat, let's turn this into a YouTube Short, 45 seconds", then(best(45), aspect('9:16'))],
  ['smash that zoom, zoom in more', zoom('more')],
  ["the hook needs to pop: big title 'THIS TOOL IS FREE??' at the top for the first 2 seconds", text('THIS TOOL IS FREE??', { position: 'top', start_ms: 0, duration_ms: 2000 })],
  ['speed the whole thing up to 1.25x, my viewers watch at 2x anyway lol', speed(1.25)],
  ["end screen card 'Subscribe for more' at the end, 5 seconds", card('outro', 'Subscribe for more', 5)],
  ["add music at like 20 percent so it doesn't drown me out", music('lofi', 0.2)],
  ['do you have a sponsor segment feature or nah', nothing],
  ['export in 4k for the upload', exportAs('mp4', '4k')],
  ["actually keep the whole video, don't cut anything out, it's a full tutorial", keepAll],

  // A support agent, working through a customer's ticket.
  ["Per the customer's ticket: please remove moment 2, it shows another customer's data.", removeMoment(2)],
  ['Customer reports the music is too loud over the narration. Please set it to 15%.', musicVolume(0.15)],
  ['ticket 8812: add a caption at the bottom reading "Step 1: reset your password"', text('Step 1: reset your password', { style: 'caption', position: 'bottom' })],
  ["Hi, can you mute the original recording audio? There's keyboard clacking the whole way through.", sourceVolume(0)],
  ["Resolution 720p please, the help center player chokes on bigger files", resolution('720p')],
  ['Export as webm for the help center embed.', exportAs('webm')],
  ['Can this tool blur out an email address on screen?', nothing],
  ['Following up: undo that last change, the customer preferred it before.', undo],
  ["Cut from 0:31 to 0:38, that's where the error dialog pops up", cut(31, 38)],
  ['Please list all the tracks so I can paste them into the ticket', tracks],

  // A dairy farmer, showing other farmers the herd app he uses in the milking parlour.
  ['want to show the other farmers the herd app, keep it to 2 minutes', best(120)],
  ['the cows are noisy in the background, turn the video sound down to 30%', sourceVolume(0.3)],
  ['put a title Herdbook at the start', text('Herdbook', { anchor: 'start' })],
  ['skip the bit where i drop my phone, 1:05 to 1:12', cut(65, 72)],
  ['too much standing around where nothing happens, speed them bits up', idle()],
  ['make it square for the facebook group', aspect('1:1')],
  ["dont add any music, its for farmers not teenagers", nothing],
  ['thanks that looks grand', nothing],
  ['the second clip is too long cut it down to 20 seconds', trimTo(2, 20000)],
  ['put it out as an mp4', exportAs()],

  // An airline pilot, making a short demo of an electronic flight bag app for colleagues.
  ['Make it 16:9 landscape, for the crew room screen.', aspect('16:9')],
  ['Requesting a forty-five second clip of the highlights.', best(45)],
  ["Add a lower third: 'Capt. Dana Reyes, Fleet Training'", text('Capt. Dana Reyes, Fleet Training', { style: 'lower-third' })],
  ["Negative on the music. Don't add any.", nothing],
  ['Hold a zoom on the fuel page at 0:40 for five seconds', zoomAt(40, 5)],
  ['Clip three is the approach brief, put it second', moveMoment(3, 2)],
  ['Fade in from black, 2 seconds', fade('clip', 2000)],
  ['Can it stabilise the footage I shot in the cockpit with my phone?', nothing],
  ['Clip 1 at 0.75x please, the menus go by too fast', speed(0.75, 1)],
  ['Export it, 1080p. Over.', exportAs('mp4', '1080p')],

  // A sports commentator, narrating his own editing.
  ["what a start... except it isn't. drop the opening clip, it's all loading screens", removeMoment(1)],
  ['give me the highlights package, thirty seconds', best(30)],
  ['slow-mo on the last clip, half speed, let the people savour it', speed(0.5, 3)],
  ['bring the music up, it needs more atmosphere', louder],
  ["zoom in at 0:18, that's the play of the day", zoomAt(18)],
  ["put 'FULL TIME: Scoreboard Pro 3.0' on an outro card", card('outro', 'FULL TIME: Scoreboard Pro 3.0')],
  ['hard cuts, no crossfades, keep it punchy', crossfade(0)],

  // A lab scientist, summarising a recording of assay software for a methods talk.
  ['Please compile a 75 s summary of the assay-software recording.', best(75)],
  ['Remove the segments without speech or screen activity; do not impose a target length.', deadAir],
  ['Set the output resolution to 2160p.', resolution('4k')],
  ["Add a caption 'n = 12 plates, 3 replicates' from 0:05 to 0:10.", text('n = 12 plates, 3 replicates', { style: 'caption', start_ms: 5000, end_ms: 10000 })],
  ['The idle periods (instrument warming up) should play at 8x.', idle(8)],
  ['Reduce the playback speed of moment 2 by half.', speed(0.5, 2)],
  ['Is the local engine deterministic, i.e. does the same input give the same clip?', nothing],
  ['Use only the files plate-reader-1.mp4 and plate-reader-2.mp4.', only('plate-reader-1.mp4', 'plate-reader-2.mp4')],
  ['Apply a 0.3 s crossfade between moments.', crossfade(300)],
  ['Export as MOV.', exportAs('mov')],

  // A grandparent, whose grandson recorded them using the photo app.
  ['Hello dear, my grandson recorded me using the photo app. Could you make it one minute long?', best(60)],
  ['The music is a bit loud for my ears, could you turn it down a little?', quieter],
  ["Please put the words 'Grandma's Photo Lesson' at the top.", text("Grandma's Photo Lesson", { position: 'top' })],
  ['Could you play the last clip at half speed? I talk too fast there.', speed(0.5, 3)],
  ["Oh dear, that isn't what I wanted. Could you undo it?", undo],
  ['Could you zoom in a bit more? The buttons are so small.', zoom('more')],
  ['How do I send this to my daughter by email?', nothing],
  ['Thank you so much, you are very kind.', nothing],
  ['Please save it as a video file so I can share it.', exportAs()],
  ['Could you add some gentle music, not too loud, maybe 25 percent?', music('lofi', 0.25)],

  // A student, making a class project due tomorrow.
  ['hey so i need this to be 3 minutes for my class presentation', best(180)],
  ["add a title 'Biology 101: Cell Simulator Demo' for the first 5 seconds", text('Biology 101: Cell Simulator Demo', { start_ms: 0, duration_ms: 5000 })],
  ["and a lower third with 'Maya Chen, Group 4'", text('Maya Chen, Group 4', { style: 'lower-third' })],
  ["remove the third clip, that's where my roommate walks in lol", removeMoment(3)],
  ['my teacher says it has to be 720p to upload to the class portal', resolution('720p')],
  ['can you add a voiceover that reads my script?', nothing],
  ["make the title say 'Bio 101: Cell Simulator' instead", editText({ index: 1, text: 'Bio 101: Cell Simulator' })],
  ["put an intro card with 'Group 4 presents' for 3 seconds", card('intro', 'Group 4 presents', 3)],
  ['ok export mp4 thx', exportAs()],

  // A marketing intern, in their second week.
  ['hi!! my manager wants a 15-sec teaser, can you do that?', best(15)],
  ['make it 4:5 for the instagram feed', aspect('4:5')],
  ['ooh can we get the pretty gradient background behind it', background()],
  ['hmm not sure about the background after all, take it off', noBackground],
  ["add the brand track, it's called brand-jingle.mp3, at 40%", music('brand-jingle.mp3', 0.4)],
  ['can you make it go viral lol', nothing],
  ["put 'Launching June 3' on the outro card", card('outro', 'Launching June 3')],
  ['crop instead of blur pls, the blur looks cheap', fill('crop')],
  ['can I get a gif of it for the newsletter', exportAs('gif')],
  ["zoom off, it's making me dizzy", zoom('off')],

  // A translator, who localises software and records the German UI.
  ['I localise software; this is the German UI. Cut it down to 40 seconds.', best(40)],
  ["Please change the title to 'Neue Funktionen im Überblick'.", editText({ index: 1, text: 'Neue Funktionen im Überblick' })],
  ['Can you translate what I say in the recording into Spanish subtitles?', nothing],
  ["Add a caption 'Version française disponible' at the end", text('Version française disponible', { style: 'caption', anchor: 'end' })],
  ['Could you show me the tracks? I need to check the text timings.', tracks],
  ['The second clip runs on too long; shorten it by three seconds.', trimBy(2, 3000)],
  ["Remove all the texts, I'll add the localised ones later.", removeText()],

  // A DJ, who made a walkthrough of his booking app.
  ['drop the beat: add lo-fi at 45%', music('lofi', 0.45)],
  ['no ducking, I want the music steady under the talking', ducking(false)],
  ['fade the music in over 2 seconds and out over 4', fade('music', 2000, 4000)],
  ['nudge the tempo, whole clip at 1.1x', speed(1.1)],
  ['bring the original audio down to 50% so the track sits on top', sourceVolume(0.5)],
  ['can you beat-sync the cuts to the music?', nothing],
  ['use my own mix instead, sunset-mix.wav', music('sunset-mix.wav')],
  ['crossfade one second between clips, smooth like a mix', crossfade(1000)],
  ['kill the music entirely', noMusic],

  // A pastor, making a clip of the church app for Sunday's announcements.
  ["Good morning. Please make a one-minute clip of the church app walkthrough for Sunday's announcements.", best(60)],
  ["Add the title 'Welcome to Grace Fellowship' for the first 4 seconds.", text('Welcome to Grace Fellowship', { start_ms: 0, duration_ms: 4000 })],
  ['Please take the music away; my voice is enough.', noMusic],
  ["Please end with a card that says 'Download the app: gracefellowship.org/app', 4 seconds.", card('outro', 'Download the app: gracefellowship.org/app', 4)],
  ['Is there a way to add hymn lyrics that follow along with the singing?', nothing],
  ['Fade out gently at the end, two seconds.', fade('clip', undefined, 2000)],
  ['Bless you, that is perfect.', nothing],
  ['Export it in 1080 for the projector.', exportAs('mp4', '1080p')],

  // An electrician, who filmed the load-calculation app on site.
  ['shot this on site showing the load calc app, cut out all the dead air', deadAir],
  ['clip 2 is me fumbling with gloves on, bin it', removeMoment(2)],
  ['drill noise in the background, mute the video audio', sourceVolume(0)],
  ['zoom in on the breaker panel screen at 0:09, hold it 4 sec', zoomAt(9, 4)],
  ['the first clip, make it 8 seconds long', trimTo(1, 8000)],
  ["add caption 'Always isolate before testing' at the bottom", text('Always isolate before testing', { style: 'caption', position: 'bottom' })],
  ['does this work with footage off a GoPro?', nothing],
  ["vertical for the apprentices' group chat", aspect('9:16')],
  ['send it out as mp4 720', exportAs('mp4', '720p')],

  // A florist, making a video of how to order on her shop's website.
  ['making a little video of how to order on our website 🌷 can it be 30 seconds?', best(30)],
  ["add a soft title 'Bloom & Co.' at the top", text('Bloom & Co.', { position: 'top' })],
  ['and a pretty background behind the screen recording please', background()],
  ['add music but keep it quiet, like 15%', music('lofi', 0.15)],
  ['can you make the colours warmer?', nothing],
  ['the last clip drags a bit, trim 2 seconds off it', trimBy(3, 2000)],
  ['perfect, thank you!! 💐', nothing],

  // A product designer, giving feedback on the cut in rounds.
  ['Feedback round 2: the hard cuts feel abrupt, add half-second crossfades, and the title sits too high, move it to the center.', then(crossfade(500), editText({ index: 1, position: 'center' }))],
  ['Overall pacing is slow. Play everything at 1.2x.', speed(1.2)],
  ['The zoom is too aggressive, pull it back a bit.', zoom('less')],
  ['Letterbox it, the blurred sides fight with the UI.', fill('letterbox')],
  ["Title copy should read 'Design tokens, synced', sentence case.", editText({ index: 1, text: 'Design tokens, synced' })],
  ['Make the title end at 0:04 instead of 0:03.', editText({ index: 1, end_ms: 4000 })],
  ['Can we try the aurora background?', background('aurora')],
  ['Honestly the second moment adds nothing, remove it.', removeMoment(2)],
  ['Love it. No further notes.', nothing],

  // A manager, forwarding what colleagues asked for.
  ["Forwarding from Priya: 'can we get this down to 50 seconds and vertical?'", then(best(50), aspect('9:16'))],
  ["From Tom in sales: 'please remove the title, it has the old product name'", removeText(1)],
  ["Passing this on from legal: cut 0:12 to 0:19, it shows a customer's name", cut(12, 19)],
  ['Per the team lead: export a 4k mov for the keynote', exportAs('mov', '4k')],
  ['Jess wants to know if we can upload straight to YouTube from here?', nothing],
  ["Marketing asked for an intro card 'Q3 Product Update' before the footage", card('intro', 'Q3 Product Update')],
  ["Forwarded: 'the text should be on screen from 0:02 to 0:06'", editText({ index: 1, start_ms: 2000, end_ms: 6000 })],

  // Someone angry at the last result.
  ["what?? that's not what I asked for. undo", undo],
  ['no no no, I said VERTICAL not square. 9:16!!', aspect('9:16')],
  ["the music is WAY too loud, I can't hear myself, put it at 10%", musicVolume(0.1)],
  ['ugh just start over', startOver],
  ['why is it 2 minutes long, I asked for 30 seconds. make it 30 seconds', best(30)],
  ['stop zooming in on everything, turn the zoom off', zoom('off')],
  ['this is useless', nothing],
  ['redo, I undid that by mistake', redo],
  ['get rid of the stupid crossfades', crossfade(0)],

  // Someone writing one very long message.
  ["Hi, so I have three recordings uploaded but I really only want to use checkout-v2.mp4, and from that I'd like a clip about 45 seconds long, vertical because it's going on TikTok, with our title 'Checkout in 3 taps' at the top for the first three seconds, lo-fi music at 30 percent, and then export it as an mp4 in 1080p. Thanks so much!", then(only('checkout-v2.mp4'), best(45), aspect('9:16'), text('Checkout in 3 taps', { position: 'top', start_ms: 0, duration_ms: 3000 }), music('lofi', 0.3), exportAs('mp4', '1080p'))],
  ["okay so here's the deal, the first clip is fine but the second one goes on way too long so trim it by 4 seconds, and the third one should really come first because that's the feature everyone asks about, also please add a 1 second fade in and fade out on the whole thing and take the music down a bit since it's fighting the narration", then(trimBy(2, 4000), moveMoment(3, 1), fade('clip', 1000, 1000), quieter)],
  ["Long story short, this is for our board meeting and they have zero patience, so: one minute, landscape, remove the music, an intro card saying 'Board update, December' and a fade out at the end.", then(best(60), aspect('16:9'), noMusic, card('intro', 'Board update, December'), fade('clip', undefined, 1000))],
  ["I've been going back and forth on this with my cofounder and we finally agreed: no background music at all, so please remove it, mute the original sound too because we'll present it live, make it square, and put a caption 'Live demo' at the top, then show me the tracks so I can double-check before we export.", then(noMusic, sourceVolume(0), aspect('1:1'), text('Live demo', { style: 'caption', position: 'top' }), tracks)],

  // Someone typing only verbs and nouns.
  ['undo. undo.', then(undo, undo)],
  ['crossfade. fade in and out. export.', then(crossfade(), fade('clip', 1000, 1000), exportAs())],
  ['zoom auto. background. export.', then(zoom('auto'), background(), exportAs())],
  ['square. export gif.', then(aspect('1:1'), exportAs('gif'))],
  ['redo.', redo],
  ['vertical. blur. music. export.', then(aspect('9:16', 'blur'), music(), exportAs())],
  ['start over.', startOver],
  ['speed up idle. remove clip 2.', then(idle(), removeMoment(2))],
  ['dead air out. square. export mp4.', then(deadAir, aspect('1:1'), exportAs())],

  // Someone who thinks in Premiere and CapCut words.
  ["in Premiere I'd just ripple delete 0:20-0:26, can you do that here", cut(20, 26)],
  ['set in and out on clip 2 to 00:12 and 00:20 of the source', [{ op: 'set_moment_range', index: 2, in_ms: 12000, out_ms: 20000 }]],
  ["like CapCut's auto captions? can you generate subtitles from my speech", nothing],
  ['apply a cross dissolve between all clips, default duration', crossfade()],
  ['ripple delete clip 1', removeMoment(1)],
  ['change the sequence to 9:16 and letterbox it', aspect('9:16', 'letterbox')],
  ['keyframe a zoom at 00:14 for 2 seconds', zoomAt(14, 2)],
  ['rate stretch the third clip to 200%', speed(2, 3)],
  ['add a dip to black at the start and the end', fade('clip', 1000, 1000)],
  ['export media: H.264, 1080p', exportAs('mp4', '1080p')],
  ["is there something like CapCut's remove silences? do that", deadAir],

  // A veterinary receptionist, making a how-to for clients.
  ['hi! making a video for clients on how to book appointments in our portal, about 40 secs please', best(40)],
  ['the dog barking in the background is too much, lower the recording volume to 20%', sourceVolume(0.2)],
  ["add 'Book online 24/7' as a caption at the bottom", text('Book online 24/7', { style: 'caption', position: 'bottom' })],
  ["can we end on a card that says 'Happy Paws Veterinary' for 3 seconds", card('outro', 'Happy Paws Veterinary', 3)],
  ['remove the end card actually', removeCard('outro')],
  ['is it possible to put our logo in the corner the whole time?', nothing],
  ['export as an mp4 please', exportAs()],

  // A podcaster, who recorded his podcast app's new editor.
  ['turning my podcast-app walkthrough into a clip: two and a half minutes', best(150)],
  ['keep every second of the footage, uncut', keepAll],
  ['actually, just speed up the long quiet stretches, 6x', idle(6)],
  ['bring my voice, the recording audio, up to 120%', sourceVolume(1.2)],
  ['music under it, ducked, 30%', music('lofi', 0.3)],
  ["add an intro card saying 'Episode 42: Show notes, automated'", card('intro', 'Episode 42: Show notes, automated')],
  ['Can it publish straight to Spotify?', nothing],
  ['export an mp4 at 720p', exportAs('mp4', '720p')],

  // A bike shop owner, between repairs.
  ['got a walkthrough of our repair booking system, make it a 20 second clip', best(20)],
  ['reels format', aspect('9:16')],
  ['the first clip is 12 seconds, make it 6', trimTo(1, 6000)],
  ['speed it up 1.5x overall', speed(1.5)],
  ["put 'Spokes & Gears' at the top for the first 3 sec", text('Spokes & Gears', { position: 'top', start_ms: 0, duration_ms: 3000 })],
  ['take off the fade-in at the start', fade('clip', 0)],
  ['cut 0:03 to 0:05', cut(3, 5)],
  ['keep it to 1m30, people scroll fast', best(90)],

  // An open-source maintainer, recording a CLI demo for the README.
  ['lots of me staring at the terminal in this one, cut the dead air', deadAir],
  ['make it a gif for the README', exportAs('gif')],
  ['720p is plenty', resolution('720p')],
  ['zoom in on the terminal at 0:07 for 3s', zoomAt(7, 3)],
  ["speed clip 2 up 3x, that's the long compile", speed(3, 2)],
  ['does the gif loop?', nothing],
  ['drop the title, the README already has a heading', removeText(1)],

  // A nonprofit volunteer coordinator, onboarding new volunteers.
  ["We're showing new volunteers how to sign up for shifts. Could you make a 90-second clip?", best(90)],
  ["Please add a lower third: 'Rosa Martinez, Volunteer Coordinator'.", text('Rosa Martinez, Volunteer Coordinator', { style: 'lower-third' })],
  ['Add music at half volume.', music('lofi', 0.5)],
  ["The recording's own audio is too quiet, can you raise it to 150%?", sourceVolume(1.5)],
  ["Could we have an intro card reading 'Thank you for volunteering!'", card('intro', 'Thank you for volunteering!')],
  ['Please remove both cards.', removeCard()],
  ['We have no budget at all, is this free?', nothing],
  ["Cut out the stretch between 1:10 and 1:25, that's someone's phone number.", cut(70, 85)],

  // A truck dispatcher, showing drivers how to log loads.
  ['drivers need to see how to log loads in the app. 1 min 15 sec clip', best(75)],
  ['landscape, 1080', then(aspect('16:9'), resolution('1080p'))],
  ["caption 'Tap LOAD, then SCAN' from 10 to 15 seconds", text('Tap LOAD, then SCAN', { style: 'caption', start_ms: 10000, end_ms: 15000 })],
  ['2nd clip to the front', moveMoment(2, 1)],
  ['radio chatter in the bg, cut the video sound to 10%', sourceVolume(0.1)],
  ['can I text this to the drivers from here?', nothing],
  ["export mp4 720p so it's small for their phones", exportAs('mp4', '720p')],

  // A ski instructor, on the lift with a phone.
  ['filmed the lift-pass app on my phone, make it vertical with blur on the sides', aspect('9:16', 'blur')],
  ['half a minute max', best(30)],
  ['slow clip 2 down to 0.8x', speed(0.8, 2)],
  ['put the zoom on auto', zoom('auto')],
  ['fade the music out at the end, like 3 sec', fade('music', undefined, 3000)],
  ["add 'Powder Pass' as a title in the middle of the screen", text('Powder Pass', { position: 'center' })],
  ["it's freezing up here, thanks for the help", nothing],

  // A school principal, making a parent-portal walkthrough for the newsletter.
  ['Good afternoon. Please make a two-minute clip of the parent portal walkthrough.', best(120)],
  ["Could you put 'Lincoln Elementary Parent Portal' as a title for the first six seconds?", text('Lincoln Elementary Parent Portal', { start_ms: 0, duration_ms: 6000 })],
  ["The third segment shows a student's name; please remove it.", removeMoment(3)],
  ['Clip 2 should play only from 0:45 to 1:05 of its recording.', [{ op: 'set_moment_range', index: 2, in_ms: 45000, out_ms: 65000 }]],
  ['Please add music at 20% and fade it out over the last two seconds.', then(music('lofi', 0.2), fade('music', undefined, 2000))],
  ['May I see the tracks before it goes out?', tracks],
  ['Does the tool keep a copy of our footage anywhere online?', nothing],
  ['Please export in 1080p for the district website.', exportAs('mp4', '1080p')],

  // A carpenter, who filmed his quoting app in the workshop.
  ['filmed the quoting app in the shop, make a 25 second clip', best(25)],
  ["saw noise everywhere, turn the clip's own sound off", sourceVolume(0)],
  ['first clip should start at 0:04 and end at 0:16 in the footage', [{ op: 'set_moment_range', index: 1, in_ms: 4000, out_ms: 16000 }]],
  ['put clip 1 after clip 2', moveMoment(1, 2)],
  ['nah undo that, it was better before', undo],
  ['use the wood picture i uploaded, oak.jpg, as the background', background('oak.jpg')],
  ['play the middle clip at 2x', speed(2, 2)],
  ["that's it, export it", exportAs()],
];
