import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder,
  moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText,
  resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt, type Phrasing,
} from '../ops';

/**
 * Held-out 12 (fresh 11 until session 11), English: a blind phrasing set written by a helper of session 10 on 2026-12-01, to measure the parser on
 * words it was never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13, and the header comments of the earlier sets (collected for the writers, for their voices and format only).
 * Nothing of the parser (src/engine), src/protocol/vocabulary.ts, test/, scripts/ or any other phrasing set was read;
 * no sentence was run through the parser, the CLI, the engine or the bench. One slip, said plainly: a
 * `git log --oneline | head -5` at the start showed the five newest commit subjects (no diff, no code).
 *
 * Voices: a fire-station training officer, a government clerk writing Indian English, a Louisiana caterer (Southern
 * US), a Scottish hillwalker writing Scots, a Singapore hawker writing Singlish, a stand-up comedian, a funeral
 * director (formal, gentle), a locksmith on his phone, a pedantic copy editor, a marine biologist on a ship's flaky
 * satellite link, a barista on a break, a barber, a poet (lowercase, unhurried), a penetration tester, a
 * mathematician, a hotel concierge (exceedingly polite), a warehouse shift lead, a community midwife, a ham radio
 * operator ("over"), a sommelier, a California surfer, a golf pro, a social worker careful about privacy, an
 * astronomer on night shift, a landscaper, a Lagos fabric trader writing Nigerian English, a New Zealander helping at
 * a marae, an older hardware-store owner typing in capitals, a sign-language interpreter, a mail carrier, an
 * economist who hedges.
 *
 * Counts: 292 written, 10 dropped (8 must-change-nothing lines replaced by edits to keep that share near 11 %, 2
 * plain exports redundant with others; 4 more reworded in review where a second reading was possible: a bare "reel",
 * "compress" beside "timelapse", a verbless "Title '…'", an odd aside), 282 final (none repeated within this set), of
 * which 31 must change nothing (questions about the product, negated requests, chatter and thanks, things the
 * product cannot do: voice-over, colour correction, blurring faces or plates, subtitles from speech, stabilising,
 * stacking frames, drawing on the picture). Not compared with the other sets (they were not read): the lead removed the
 * 2 shared with older sets ("trim the second clip down to 6 seconds", "ctrl+z"), 280 remain.
 *
 * Defaults of ops.ts that decided expectations: a length-less clip is 60 s; music named by nothing else is lo-fi at
 * 35 % ducked (a level said with it replaces the 35 %); a fade with no length is 1 s; a crossfade with no length is
 * 0.5 s; "a bit shorter" on a moment is 2 s; idle stretches sped up with no factor go 4x; a card with no length is
 * 2 s; a zoom at a time with no hold is 3 s; a background with no name is aurora; an export with no format is mp4.
 * Other readings: Reels, TikTok and Shorts named as the destination are 9:16, Instagram feed 4:5 only when said, a
 * Facebook page square only when said; "render at 4k" exports, "make it 4K" sets the resolution; "the title" is the
 * draft's text 1, "remove the words" every text; "the photo I just uploaded" as a background is 'image'; the second
 * clip / moment two is moment 2, the last clip moment 3; a text "at the start" / "at the end" is anchored there, "for
 * the first N seconds" lasts N s from 0; text styles are a title unless a caption or a lower third is named.
 *
 * Measured blind on main ed1332c (session 10, before its grammar rounds landed): 208/280 = 74.3 % understood, 26 wrong edits.
 * Still blind on main ad1dc8b (session 10's end): 211/280 = 75.4 %, 25 wrong edits. Looked at from session 11 on (its misses tuned against, so
 * it overstates since). Read against a draft of 3 moments and 1 text.
 */
export const heldout12En: [string, Phrasing['want']][] = [
  // voice: a fire-station training officer cutting a drill video for new recruits
  ['training vid for the new probies, cut it to 90 seconds', best(90)],
  ['drop the second clip, thats the part where cap walks into frame', removeMoment(2)],
  ["add a title up top that says 'SCBA Donning Drill'", text('SCBA Donning Drill', { position: 'top' })],
  ['mute the original audio, the pump panel is screaming the whole time', sourceVolume(0)],
  ["speed up the parts where nobody's doing anything, 3x is fine", idle(3)],
  ['can it blur the plate numbers on the engine', nothing],
  ['export mp4 1080 when done, gotta get it on the station TV by shift change', exportAs('mp4', '1080p')],
  ["put an end card 'Engine 7 — Stay Safe' for 4 sec", card('outro', 'Engine 7 — Stay Safe', 4)],
  ['fade to black at the end and then export it, crew is waiting on me', then(fade('clip', undefined, 1000), exportAs())],
  ['make the first clip a bit shorter, it drags', trimBy(1, 2000)],

  // voice: a government office clerk writing Indian English
  ['Kindly make the video 45 seconds only.', best(45)],
  ['Please do the needful and remove the third clip itself.', removeMoment(3)],
  ['Sir the music is too loud, kindly reduce it to 20 percent', musicVolume(0.2)],
  ['Kindly prepone the last clip to first position', moveMoment(3, 1)],
  ["Title should be changed to 'e-Seva Portal Walkthrough'", editText({ text: 'e-Seva Portal Walkthrough' })],
  ['Please add one background music and keep the volume at 25%', music('lofi', 0.25)],
  ['I am having one doubt, whether this tool can do voice over in Hindi?', nothing],
  ['Kindly export the same in 720p, our office net is very slow', exportAs('mp4', '720p')],
  ['do the crossfade between clips of one second duration', crossfade(1000)],
  ['Please revert back to the previous version, the change is not proper', undo],
  ['Kindly make it 60 seconds, add music at 30% and export in 1080p', then(best(60), music('lofi', 0.3), exportAs('mp4', '1080p'))],

  // voice: a Louisiana caterer with a Southern US register
  ['hey y\'all, can ya make this about a minute long', best(60)],
  ["fixin to send this to my cousin, make it tall for tiktok", aspect('9:16')],
  ['put some music under it, bless your heart', music()],
  ['that third bit where I drop the pot, take it out, my mama would never let me live it down', removeMoment(3)],
  ["put 'Boudreaux Catering — Call Us!' at the end", text('Boudreaux Catering — Call Us!', { anchor: 'end' })],
  ['I reckon it needs to be a lil slower, say three quarter speed', speed(0.75)],
  ["well shoot, that ain't what I meant, undo that", undo],
  ['thank ya kindly, that looks real good', nothing],
  ['fade the music out at the end would ya', fade('music', undefined, 1000)],
  ["take the outro card off, we don't need it", removeCard('outro')],

  // voice: a Scottish hillwalker writing in Scots
  ['aye, cut it doon tae thirty seconds', best(30)],
  ['the wee bit in the middle, the second clip, get rid o it', removeMoment(2)],
  ['cannae hear masel ower the music, turn it doon a bit', quieter],
  ['make it square fur the club facebook page', aspect('1:1')],
  ['dinnae put ony music on it, the wind is the soundtrack', nothing],
  ["stick a title 'Hamish's Bothy Tour' on the first three seconds", text("Hamish's Bothy Tour", { start_ms: 0, end_ms: 3000 })],
  ['fade it in an oot', fade('clip', 1000, 1000)],
  ["that's braw, noo pit it on a background", background()],
  ['export it as a gif fur the group chat', exportAs('gif')],

  // voice: a hawker-stall owner in Singapore writing Singlish
  ['can make it 20 sec or not', best(20)],
  ['pls add music lah, the video very dry', music()],
  ["the title change to 'Ah Hock Mee Pok' can?", editText({ text: 'Ah Hock Mee Pok' })],
  ['the last clip move to front leh', moveMoment(3, 1)],
  ['why so long one, cut away all the dead air pls', deadAir],
  ['for IG reels one, so must be vertical right', aspect('9:16')],
  ['music too loud already, lower abit', quieter],
  ['can help me add subtitles from what I say or not', nothing],
  ["make it 30 sec then add the title 'Best Char Kway Teow in Bedok' at the start can", then(best(30), text('Best Char Kway Teow in Bedok', { anchor: 'start' }))],
  ['ok can export now, mp4 can already', exportAs('mp4')],

  // voice: a stand-up comedian cutting a set for social media
  ['cut my set down to the best 45 seconds, which is generous, honestly', best(45)],
  ['kill the second clip, that joke died and so should its footage', removeMoment(2)],
  ['keep the crowd noise but at like 60%, the laughs are the product', sourceVolume(0.6)],
  ["put 'Dave Kowalski, Comedian' as a lower third", text('Dave Kowalski, Comedian', { style: 'lower-third' })],
  ['can you make me funnier. no? fair', nothing],
  ['speed the whole thing up to 1.25x, my timing is sluggish tonight', speed(1.25)],
  ["end card 'Tour dates at davek.com' please, three seconds", card('outro', 'Tour dates at davek.com', 3)],
  ['no crossfades, hard cuts, comedy is about timing', crossfade(0)],
  ['make it 30, no, 40 seconds, and vertical', then(best(40), aspect('9:16'))],
  ["it's going on tiktok obviously, that's where the kids are", aspect('9:16')],

  // voice: a funeral director preparing a memorial tribute, formal and gentle
  ['Good afternoon. Could you please make the tribute about two minutes long?', best(120)],
  ['Please add music beneath it at a low volume, perhaps 20 percent.', music('lofi', 0.2)],
  ["The family would like the title to read 'In Loving Memory of Margaret Hale'.", editText({ text: 'In Loving Memory of Margaret Hale' })],
  ['Kindly add a slow fade in and out, two seconds each.', fade('clip', 2000, 2000)],
  ['Could the crossfades between the clips be longer, about a second and a half?', crossfade(1500)],
  ['Please use the photograph of the garden I just uploaded as the background.', background('image')],
  ['Would it be possible to colour-correct the older footage? It looks rather yellow.', nothing],
  ["An end card reading 'Forever in our hearts', for five seconds, please.", card('outro', 'Forever in our hearts', 5)],
  ['Please remove the intro card; the family felt it was too much.', removeCard('intro')],
  ['Thank you for your patience with me, this is a difficult week for the family.', nothing],

  // voice: a locksmith typing on his phone between call-outs
  ['quick one, make it 30s', best(30)],
  ['take out the 1st clip', removeMoment(1)],
  ['zoom in at 0:08 where i pick the lock, hold it 4 sec', zoomAt(8, 4)],
  ['mute the sound, too much drill noise', sourceVolume(0)],
  ["add text 'Open 24/7 — 555-0142' at the bottom", text('Open 24/7 — 555-0142', { position: 'bottom' })],
  ['vertical pls, its for tiktok', aspect('9:16')],
  ['actually turn the auto zoom off, makes me dizzy', zoom('off')],
  ['zoom in more, cant see the pins', zoom('more')],

  // voice: a copy editor at a publishing house, pedantic about wording
  ["The title has a typo — it should read 'Style Guide Essentials', not 'Style Guid Essentials'.", editText({ text: 'Style Guide Essentials' })],
  ["Please cut the piece to forty-five seconds (not 'about' forty-five; forty-five).", best(45)],
  ['Move the title to the top; it crowds the bottom of the frame.', editText({ position: 'top' })],
  ["Add a caption reading 'Em dash, not en dash' from 0:05 to 0:09.", text('Em dash, not en dash', { style: 'caption', start_ms: 5000, end_ms: 9000 })],
  ['Remove the second moment; it is redundant, and redundancy is the enemy.', removeMoment(2)],
  ['Fade in, one second; fade out, two.', fade('clip', 1000, 2000)],
  ["Is it 'lo-fi' or 'lofi' in your menus? Purely curious.", nothing],
  ["Delete the title entirely; then add a caption 'Chapter One' at the bottom.", then(removeText(), text('Chapter One', { style: 'caption', position: 'bottom' }))],
  ['Export as MOV, please — our archive insists on it.', exportAs('mov')],
  ['Cut it to forty-five seconds — correction: forty.', best(40)],

  // voice: a marine biologist on a research ship with a flaky satellite link
  ["sat link is flaky so one message: cut to 60s, make it 16:9, fade in and out, export 1080p", then(best(60), aspect('16:9'), fade('clip', 1000, 1000), exportAs('mp4', '1080p'))],
  ["remove the part from 0:12 to 0:20, that's just the deck rail", cut(12, 20)],
  ["mute the audio, it's all engine hum anyway", sourceVolume(0)],
  ["add a caption 'Humpback, 14:02 UTC' at 0:03", text('Humpback, 14:02 UTC', { style: 'caption', start_ms: 3000 })],
  ['slow the 2nd clip to half speed so you can see the fluke', speed(0.5, 2)],
  ['and zoom in more, the whale is a speck', zoom('more')],
  ['mute the audio and add music at 30%, then fade the music out', then(sourceVolume(0), music('lofi', 0.3), fade('music', undefined, 1000))],
  ['can you stabilise it? the boat was rolling like mad', nothing],
  ['zoom in at 0:15 for five seconds, that is the breach', zoomAt(15, 5)],
  ["put the last clip first, it's the best shot we got all week", moveMoment(3, 1)],

  // voice: a barista on a ten-minute break making a latte-art reel
  ['on my 10 min break, can u make a 15 sec insta reel of this latte art thing', then(best(15), aspect('9:16'))],
  ['add music, like 40%', music('lofi', 0.4)],
  ["text at the start: 'Oat Flat White 🌱'", text('Oat Flat White 🌱', { anchor: 'start' })],
  ['the pour is the 3rd clip, make that one slow mo, half speed', speed(0.5, 3)],
  ["cut the first clip, it's just me wiping the counter", removeMoment(1)],
  ['lol can it make my hands look less shaky', nothing],
  ['put it on one of those gradient backgrounds', background()],
  ['add the music first and then trim the second clip by two seconds', then(music(), trimBy(2, 2000))],
  ['vertical and 20 sec max, reels rules', then(aspect('9:16'), best(20))],
  ["ok that's cute export pls ☕", exportAs()],

  // voice: a barber showing off the shop's booking app
  ["gonna post this on the shop's insta feed, make it 4:5", aspect('4:5')],
  ['lose the dead air between clients lol', deadAir],
  ["add 'Fresh Cutz — Book Online' as a title for the first 5 sec", text('Fresh Cutz — Book Online', { duration_ms: 5000 })],
  ['music on, 30%, no ducking', then(music('lofi', 0.3), ducking(false))],
  ['letterbox it instead, the crop cuts off the chair', fill('letterbox')],
  ['how much does this cost? is it free?', nothing],
  ['crop it instead of the blurry sides', fill('crop')],
  ['render it at 4k, the fade lines gotta be crisp', exportAs('mp4', '4k')],

  // voice: a poet, lowercase and unhurried
  ['let it breathe. a slow fade in, three seconds, like dawn', fade('clip', 3000)],
  ['only the first recording. the others are noise', only('first')],
  ["write 'what the tide keeps' in the center for the first five seconds", text('what the tide keeps', { position: 'center', duration_ms: 5000 })],
  ["i don't want music. silence is the point.", nothing],
  ['make it a minute. no more.', best(60)],
  ['let it end in black, a long fade out, four seconds', fade('clip', undefined, 4000)],
  ['square, like a polaroid', aspect('1:1')],
  ['remove the words. let the images speak', removeText()],
  ['the second moment, let it linger. half speed.', speed(0.5, 2)],
  ['thank you. it is almost a poem now.', nothing],

  // voice: a penetration tester recording a demo for a security conference
  ["cut the recon part, it's 0:00-0:09", cut(0, 9)],
  ['the api key flashes on screen at 0:22, just cut 0:21 to 0:24', cut(21, 24)],
  ['speed up idle 8x, nmap takes forever', idle(8)],
  ["lower third: 'r0gue, Red Team Lead'", text('r0gue, Red Team Lead', { style: 'lower-third' })],
  ['auto zoom on so the shell output is readable', zoom('auto')],
  ['export webm, the CFP portal only takes webm', exportAs('webm')],
  ["drop clip 3, it leaks the client's hostname", removeMoment(3)],
  ['1.5x the whole thing, talks are always too slow', speed(1.5)],

  // voice: a mathematician, precise and a little formal
  ['Let the clip have length 40 s.', best(40)],
  ['Move moment 3 to position 1; the others shift right.', moveMoment(3, 1)],
  ['Scale playback speed by a factor of 2.', speed(2)],
  ['Remove the interval [0:10, 0:14] from the timeline.', cut(10, 14)],
  ['Set the music volume to one quarter.', musicVolume(0.25)],
  ["Add a title 'On the Distribution of Primes' on the interval [0, 4] seconds.", text('On the Distribution of Primes', { start_ms: 0, end_ms: 4000 })],
  ['Crossfades of 250 ms between consecutive moments.', crossfade(250)],
  ['Let the title appear on [2, 6] seconds instead.', editText({ start_ms: 2000, end_ms: 6000 })],
  ["Is the 'best moments' selection deterministic? I'd like to know before I cite it.", nothing],
  ['Aspect ratio 1:1, letterboxed.', aspect('1:1', 'letterbox')],

  // voice: a hotel concierge, exceedingly polite
  ['Good evening! Might I trouble you to shorten our lobby tour to thirty seconds?', best(30)],
  ["Would you be so kind as to add the words 'The Alder House' for the opening five seconds?", text('The Alder House', { duration_ms: 5000 })],
  ["If it's no trouble, a little music beneath it would be lovely.", music()],
  ['Pardon me, the music is a touch loud — perhaps a little quieter?', quieter],
  ['Would you mind removing the background? The plain version suits us better.', noBackground],
  ["Could the second clip be removed? It shows the service corridor, which guests needn't see.", removeMoment(2)],
  ["An intro card reading 'Welcome' for three seconds would be splendid.", card('intro', 'Welcome', 3)],
  ['Might it also be made vertical for our Instagram Reels?', aspect('9:16')],
  ['Could you kindly reserve a table for two at eight — oh dear, wrong window, my apologies.', nothing],
  ['Many thanks. Please export it in 1080p whenever convenient.', exportAs('mp4', '1080p')],

  // voice: a warehouse shift lead making a forklift safety video
  ['need this forklift safety vid under a minute, make it 50 secs', best(50)],
  ["the second clip has a guy w/o his vest on, remove it before HR sees", removeMoment(2)],
  ["put 'WEAR YOUR HI-VIS' at the top", text('WEAR YOUR HI-VIS', { position: 'top' })],
  ["mute the beeping, it's the reverse alarm the whole video", sourceVolume(0)],
  ['make the part where he backs up slower, thats clip 3, like 0.5', speed(0.5, 3)],
  ['landscape, it goes on the break room tv', aspect('16:9')],
  ["add an intro card 'Safety First' and an end card 'Questions? See your lead'", then(card('intro', 'Safety First'), card('outro', 'Questions? See your lead'))],
  ['ok export mp4 720, the break room tv is ancient', exportAs('mp4', '720p')],

  // voice: a community midwife, warm and busy
  ['Hi love, can you cut this down to a minute and a half for the antenatal class?', best(90)],
  ["Please take out the last clip, it shows a patient's name on the whiteboard", removeMoment(3)],
  ['and fade in and out gently x', fade('clip', 1000, 1000)],
  ["pop a title on: 'Your First Week at Home'", text('Your First Week at Home')],
  ['Can you blur the faces in the background? just to be safe', nothing],
  ['turn the room sound down to about 40%, the monitors are beeping', sourceVolume(0.4)],
  ['add some music too, quiet, about 15%', music('lofi', 0.15)],
  ["brill, thanks so much, you're a star", nothing],
  ['export please, I need it for the 2pm class', exportAs()],

  // voice: a ham radio operator signing every message
  ['CQ CQ, this is KD9XYZ, requesting a 30 second cut of the antenna build, over', best(30)],
  ["roger, remove moment two, it's just me fiddling with the rig, over", removeMoment(2)],
  ["add callsign text 'KD9XYZ' bottom of frame, over", text('KD9XYZ', { position: 'bottom' })],
  ["negative on music, don't add any, over", nothing],
  ['copy that, mute the audio, too much QRM, over', sourceVolume(0)],
  ['speed up the soldering bits where nothing happens, four times, over', idle(4)],
  ['break break, scrap everything and start over, wrong file, over', startOver],
  ['export MP4, 73 and clear', exportAs('mp4')],
  ['say again? what resolution does it export at by default, over', nothing],

  // voice: a sommelier making a tasting-notes video for a wine shop
  ["For the tasting notes video: a minute, no longer — like a good finish, it shouldn't overstay", best(60)],
  ["Add the title 'Sancerre 2021 — Tasting Notes' for the first four seconds", text('Sancerre 2021 — Tasting Notes', { duration_ms: 4000 })],
  ['Crossfade between each pour, a full second', crossfade(1000)],
  ['Zoom out a touch, the auto zoom is too tight on the glass', zoom('less')],
  ['Music at 20%, something to sit quietly under my voice', music('lofi', 0.2)],
  ['Remove the bit from 0:31 to 0:36, I spill', cut(31, 36)],
  ["Can you make the wine look redder? The colour's off", nothing],
  ['Make the second clip the first one, it is the better opening', moveMoment(2, 1)],
  ['Export in 4K for the cellar door screen', exportAs('mp4', '4k')],

  // voice: a surfer, California slang
  ['dude cut it to like 20 secs of the sickest waves', best(20)],
  ['stoked, now make it vertical for reels bro', aspect('9:16')],
  ['throw some music on there, loud, like 70%', music('lofi', 0.7)],
  ['the wipeout is clip 2, slow it to quarter speed haha', speed(0.25, 2)],
  ["put 'Pipeline, Dawn Patrol' on it at the start", text('Pipeline, Dawn Patrol', { anchor: 'start' })],
  ["gnarly. ok take the music down a bit, can't hear the waves", quieter],
  ['can you get the sand off my lens lol', nothing],
  ['make it 30 no wait 25 secs, then vertical, then music at 50', then(best(25), aspect('9:16'), music('lofi', 0.5))],
  ['sweet, export that bad boy', exportAs()],

  // voice: a golf pro breaking down a student's swing
  ['Swing breakdown video, cut it to 40 seconds please', best(40)],
  ['Slow down the second clip to 0.25 so they can see the wrist hinge', speed(0.25, 2)],
  ['Zoom in at 0:06 for 3 seconds on the impact', zoomAt(6, 3)],
  ["Add a caption 'Keep the lead arm straight' from 6 to 10 seconds", text('Keep the lead arm straight', { style: 'caption', start_ms: 6000, end_ms: 10000 })],
  ["Turn the original sound off, it's windy out there", sourceVolume(0)],
  ['Can it draw a swing plane line over me like the TV broadcasts do?', nothing],
  ['Fore! Sorry. Put the 3rd clip second', moveMoment(3, 2)],
  ['Use only lesson_swing2.mp4, the first file is the wrong student', only('lesson_swing2.mp4')],
  ['Export as mov in 1080p for the pro shop screen', exportAs('mov', '1080p')],

  // voice: a social worker recording the case-notes system for new staff, careful about privacy
  ["I'm recording a demo of our case-notes system for new staff. Please keep everything, no cuts — they need to see every step.", keepAll],
  ["Actually, please remove the part from 0:40 to 0:48, a client's name shows there", cut(40, 48)],
  ["Then show me what's on the timeline so I can check nothing else slipped through", tracks],
  ['Please slow the whole thing down slightly, 0.9x, people need time to read', speed(0.9)],
  ["Change the title to 'Case Notes: A Walkthrough for New Staff'", editText({ text: 'Case Notes: A Walkthrough for New Staff' })],
  ["Add a lower third 'Priya Nair, Team Lead'", text('Priya Nair, Team Lead', { style: 'lower-third' })],
  ["Please don't add music; it feels wrong for this subject", nothing],
  ['Speed up the stretches where the screen is just loading, 2x is enough', idle(2)],
  ['Export as mp4 for the intranet, please', exportAs('mp4')],

  // voice: an astronomer on a night shift at an observatory
  ['Dome opening footage: compress it to 25 seconds', best(25)],
  ['Play it 4x faster overall', speed(4)],
  ["Add the text 'Night 212, Dome B' at the top", text('Night 212, Dome B', { position: 'top' })],
  ['Fade in over 2 s, fade out over 3 s', fade('clip', 2000, 3000)],
  ["Remove moment 1, it's calibration frames", removeMoment(1)],
  ['Can it stack the frames to reduce the noise?', nothing],
  ["Export a gif for the observatory's blog", exportAs('gif')],
  ['Set the resolution to 4K; the star field needs it.', resolution('4k')],
  ['Actually, redo what you just undid', redo],

  // voice: a landscaper making a before-and-after of a job
  ['before and after of a patio job, just use the first and last videos', only('first', 'last')],
  ['then get it to 30 seconds tops', best(30)],
  ["put 'Green Acres Landscaping' at the end for 3 sec", text('Green Acres Landscaping', { anchor: 'end', duration_ms: 3000 })],
  ['mower noise is brutal, kill the audio and add music instead at 40 percent', then(sourceVolume(0), music('lofi', 0.4))],
  ['no wait, use the first and second videos, not the last', only('first', 'second')],
  ['square for facebook marketplace', aspect('1:1')],
  ["export it as an mp4, I'll text it to the client", exportAs('mp4')],

  // voice: a fabric trader in Lagos writing Nigerian English
  ['Abeg make the video one minute, it too long', best(60)],
  ['Please remove the second part, light took at that point and the screen went dark', removeMoment(2)],
  ["Add title 'Mama Nkechi Fabrics' for the first 3 seconds", text('Mama Nkechi Fabrics', { start_ms: 0, end_ms: 3000 })],
  ['Put music, make it 30 percent', music('lofi', 0.3)],
  ["I'm coming, let me check something... ok, make it vertical for TikTok", aspect('9:16')],
  ['Put it on background, use the picture I just sent', background('image')],
  ['Well done o, this thing is sharp', nothing],
  ['How much data will the export use?', nothing],
  ['Export in 720p make e no too heavy', exportAs('mp4', '720p')],

  // voice: a New Zealander helping at the local marae
  ['yeah nah, cut it to 45 seconds eh', best(45)],
  ['chur, chuck some music on at 25%', music('lofi', 0.25)],
  ['actually nah, take the music off again, the waiata is better on its own', noMusic],
  ["the third clip's a bit long, trim 3 seconds off it", trimBy(3, 3000)],
  ["sweet as, make it square for the marae's facebook", aspect('1:1')],
  ["can ya put 'Kia ora koutou' at the start", text('Kia ora koutou', { anchor: 'start' })],
  ["yeah nah don't put a background on it", nothing],
  ['fade the music and the video out at the end, 3 seconds both', then(fade('music', undefined, 3000), fade('clip', undefined, 3000))],

  // voice: an older hardware-store owner who types in capitals
  ['PLEASE MAKE MY VIDEO 30 SECONDS', best(30)],
  ["ADD TITLE 'MILLER HARDWARE SINCE 1962'", text('MILLER HARDWARE SINCE 1962')],
  ['TAKE OUT THE SECOND PART WHERE I DROP THE HAMMER', removeMoment(2)],
  ['ADD MUSIC PLEASE', music()],
  ['HOW DO I TURN OFF THE CAPS LOCK', nothing],
  ['FADE OUT AT THE END', fade('clip', undefined, 1000)],
  ['MUSIC LOUDER PLEASE I CANT HEAR IT', louder],
  ['SHOW ME WHAT IS ON THE TIMELINE', tracks],
  ['EXPORT IT PLEASE THANK YOU', exportAs()],

  // voice: a sign-language interpreter making an accessible version
  ["I'm making an accessible version: please add a caption 'ASL interpretation provided' at the start", text('ASL interpretation provided', { style: 'caption', anchor: 'start' })],
  ['Keep the whole video — cutting would chop signs mid-sentence', keepAll],
  ["Don't speed anything up, signing at 2x is unreadable", nothing],
  ['Make it 4K, the fingerspelling needs the detail', resolution('4k')],
  ["Add a lower third 'Jordan Lee, Certified Interpreter' that slides in", text('Jordan Lee, Certified Interpreter', { style: 'lower-third', motion: 'slide' })],
  ["Move the title to the top so it doesn't cover my hands", editText({ position: 'top' })],
  ['Turn the auto zoom off please, it crops my hands out', zoom('off')],
  ['Crossfades off, hard cuts are clearer for Deaf viewers', crossfade(0)],
  ['Export it at 1080p as an MP4 for the captioning team', exportAs('mp4', '1080p')],

  // voice: a mail carrier making a route video for a substitute
  ['on my route, quick: cut to 30 sec and add music', then(best(30), music())],
  ["route video for the new sub, remove clip 2, thats the house w the dog lol", removeMoment(2)],
  ["add text 'Route 14 — Loop B' for the first 4 seconds", text('Route 14 — Loop B', { duration_ms: 4000 })],
  ["speed it up 2x its mostly driving", speed(2)],
  ['zoom in at 0:10 on the mailbox numbers', zoomAt(10)],
  ['wait, scrap all that and start over, wrong video', startOver],

  // voice: an economist who hedges every sentence
  ["All else equal, I'd prefer it at 45 seconds", best(45)],
  ['On the margin, the music could be quieter — say 15%', musicVolume(0.15)],
  ["Let's drop moment 2; its marginal value is negative", removeMoment(2)],
  ["Ceteris paribus, vertical would reach more people on YouTube Shorts, so let's do that", aspect('9:16')],
  ["Add a caption 'Source: BLS, 2026' at the bottom from 0:12 to 0:18", text('Source: BLS, 2026', { style: 'caption', position: 'bottom', start_ms: 12000, end_ms: 18000 })],
  ["Let's take the second clip down to eight seconds and the third to five", then(trimTo(2, 8000), trimTo(3, 5000))],
  ['Is there an elasticity of attention with respect to clip length? Just musing.', nothing],
];
