import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder,
  moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText,
  resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
  type Phrasing,
} from '../ops';

/**
 * Held-out 9 (written as fresh 8, measured once blind in session 8: EN 89.6 %, ZH 79.9 %), English: a blind phrasing
 * set written by a helper of session 8 on 2026-12-01, to measure the parser on words it was never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, the README's product description (not its "What you can say" table) and issue 13. Nothing
 * of the parser, the vocabulary or any other phrasing set was read; no sentence was run through the parser.
 *
 * Voices: a pharmacist, an FPV drone hobbyist, a youth football coach, a travel vlogger, an HR onboarding trainer, an
 * architect, a dental office manager, an online shop seller, a film student using editing jargon, an elderly person
 * typing without punctuation, someone pasting a bulleted list, British spelling and words, someone answering the
 * tool's last reply, a beekeeper selling honey online, a tattoo artist, a flight instructor, an insurance claims
 * adjuster, Australian slang, a data scientist demoing a notebook, a physiotherapist, a hardware startup engineer, a
 * conference organiser, a kindergarten teacher, a makeup artist.
 *
 * Counts: 271 written, 12 removed as duplicates of a phrasing in another set (en, zh, every held-out set; compared
 * trimmed and lower-cased), 9 more dropped in review as redundant or arguable, 250 final, of which 28 must change
 * nothing.
 *
 * Looked at and tuned on since (session 8). Read against a draft of 3 moments and 1 text.
 */
export const heldout9En: [string, Phrasing['want']][] = [
  // A pharmacist, showing new technicians the dispensing software.
  ['need a 45 second clip of the dispensing walkthrough for the new techs', best(45)],
  ['cut 0:22-0:27, a patient name is visible there', cut(22, 27)],
  ['please remove the parts where nothing happens, I was waiting on the label printer', deadAir],
  ['add a title "Refill workflow" for the first 4 seconds', text('Refill workflow', { duration_ms: 4000 })],
  ["don't put music on this one, it's for pharmacy training", nothing],
  ['can you blur the patient label at 0:31?', nothing],
  ['slow the second clip down to 0.75x so they can follow the clicks', speed(0.75, 2)],
  ['zoom in on the dosage field at 0:18', zoomAt(18)],
  ['export mp4 720p, it goes on the intranet', exportAs('mp4', '720p')],
  ['make the title sit at the bottom instead', editText({ position: 'bottom' })],

  // An FPV drone hobbyist, cutting the mission planner's screen recording.
  ['gimme a 20 sec cut of the mission planner bits', best(20)],
  ['vertical for shorts pls', aspect('9:16')],
  ['crop it to fill instead of the blurry sides', fill('crop')],
  ['speed the whole thing up 2x, waypoint setup is slow af', speed(2)],
  ['throw some music under it', music()],
  ['kill the original audio, its just prop noise', sourceVolume(0)],
  ['outro card "flown with ArduPilot" 3 sec', card('outro', 'flown with ArduPilot', 3)],
  ['zoom more', zoom('more')],
  ['does this do hyperlapse?', nothing],

  // A youth football coach, showing parents the team app.
  ['make it a one minute video of the best parts for the parents group', best(60)],
  ['get rid of clip 2, thats me fumbling with the login', removeMoment(2)],
  ['make clip 3 the opener, its the goal celebration screen', moveMoment(3, 1)],
  ["add a title 'U10 Tigers - how to RSVP' at the top", text('U10 Tigers - how to RSVP', { position: 'top' })],
  ['make the music softer, parents cant hear me', quieter],
  ['music fades out at the end please', fade('music', undefined, 1000)],
  ['export it as an mp4 so I can whatsapp it', exportAs('mp4')],
  ['can you send it to the parents whatsapp group?', nothing],
  ['add music at 25 percent', music('lofi', 0.25)],

  // A travel vlogger, cutting a sponsored booking-app segment.
  ['cut this down to 30 seconds for the sponsor segment', best(30)],
  ['make it 9:16 with blurred sides', aspect('9:16', 'blur')],
  ["add a caption 'link in bio' at the end", text('link in bio', { style: 'caption', anchor: 'end' })],
  ['crossfades between the clips, like half a second', crossfade(500)],
  ['add lofi music at 30%', music('lofi', 0.3)],
  ['turn off the ducking, I want the music constant', ducking(false)],
  ['add a background behind the screen recording, looks more aesthetic', background()],
  ['can you add my face cam in the corner?', nothing],
  ['ok can you make it shorter, like 35s? the sponsor wants it tight', best(35)],

  // An HR onboarding trainer.
  ['Please compile the best moments into a 90-second onboarding clip.', best(90)],
  ['Could you remove the dead air? I paused a lot between steps.', deadAir],
  ["Add a lower third: 'Maria Lopez, HR Partner'", text('Maria Lopez, HR Partner', { style: 'lower-third' })],
  ["Add an intro card that says 'Welcome to Northwind'", card('intro', 'Welcome to Northwind')],
  ["Add an outro card: 'Questions? hr@northwind.example'", card('outro', 'Questions? hr@northwind.example')],
  ['Please keep the full recording, nothing cut - compliance needs all of it.', keepAll],
  ['Only use benefits-portal.mp4 for this one.', only('benefits-portal.mp4')],
  ["Change the title to 'Your first day'", editText({ text: 'Your first day' })],
  ['Is there a way to add quiz questions in the video?', nothing],
  ['Export as MOV please, our LMS prefers it', exportAs('mov')],

  // An architect, demoing a BIM viewer.
  ["I'd like a 40 second clip showing the model walkthrough", best(40)],
  ['square format for the portfolio site', aspect('1:1')],
  ['letterbox it rather than cropping, the drawings must be complete', fill('letterbox')],
  ['zoom in on the section view at 0:26 and hold for 4 seconds', zoomAt(26, 4)],
  ['turn the automatic zoom off, it hides the plan', zoom('off')],
  ['remove the gradient background', noBackground],
  ["title 'Harbour Library, Stage 2' from 0:00 to 0:05", text('Harbour Library, Stage 2', { start_ms: 0, end_ms: 5000 })],
  ['make the third clip 6 seconds long', trimTo(3, 6000)],
  ['hard cuts between clips, no dissolves', crossfade(0)],

  // A dental office manager.
  ['hi can you make a short video 30 sec of how patients book online', best(30)],
  ['the part from 0:12 to 0:19 shows a patients phone number, please take it out', cut(12, 19)],
  ["add text 'Book online 24/7' at the bottom", text('Book online 24/7', { position: 'bottom' })],
  ['make the music quieter its too loud in the waiting room', quieter],
  ['and set the volume of my voice to 80%', sourceVolume(0.8)],
  ['could you make it for instagram feed', aspect('4:5')],
  ['start over please, I uploaded the wrong recording', startOver],
  ['can you put it on our website for me', nothing],
  ['take off the intro card', removeCard('intro')],
  ['export as a gif for the email newsletter', exportAs('gif')],

  // An online shop seller, demoing a product configurator.
  ['15 sec teaser of the configurator', best(15)],
  ['make it vertical for reels and crop it', aspect('9:16', 'crop')],
  ["caption 'free shipping over $50' 0:03 to 0:07", text('free shipping over $50', { style: 'caption', start_ms: 3000, end_ms: 7000 })],
  ['speed up the loading bits 4x', idle(4)],
  ['clip 2 at 1.5x', speed(1.5, 2)],
  ['clip 2 should go last', moveMoment(2, 3)],
  ['move clip 1 to the end', moveMoment(1, 3)],
  ['add music, the default one is fine', music()],
  ["outro 'shop now at lunaknits.example' 2 seconds", card('outro', 'shop now at lunaknits.example', 2)],
  ['export webm for the product page', exportAs('webm')],
  ['add a title "New colours for spring" that slides in', text('New colours for spring', { motion: 'slide' })],

  // A film student, in editing jargon: what the product can do, or nothing.
  ['ripple delete 0:33 to 0:36', cut(33, 36)],
  ['add a J-cut from shot 1 into shot 2', nothing],
  ['dissolves between all the shots', crossfade(500)],
  ['fade up from black at the head', fade('clip', 1000)],
  ['fade to black at the tail, 2 seconds', fade('clip', undefined, 2000)],
  ['punch in at 0:14', zoomAt(14)],
  ['speed ramp shot 3 to 2x', speed(2, 3)],
  ['lay some b-roll over shot 2', nothing],
  ['drop the nat sound to 20%', sourceVolume(0.2)],
  ["lower third 'Jonas Berg, Director'", text('Jonas Berg, Director', { style: 'lower-third' })],
  ['kill the score', noMusic],
  ['can you color grade it teal and orange', nothing],
  ["set shot 2's in point to 0:12 and its out point to 0:20 in the source", [{ op: 'set_moment_range', index: 2, in_ms: 12_000, out_ms: 20_000 }]],

  // An elderly person typing without punctuation.
  ['i would like the video to be one minute long please thank you', best(60)],
  ['please take out the part where the screen is not moving', deadAir],
  ['make the words bigger', nothing],
  ['can you put some music behind it', music()],
  ['the music is too loud i cannot hear myself', quieter],
  ['take away the second part it is not good', removeMoment(2)],
  ['go back i made a mistake', undo],
  ['how do i send the video to my grandson when it is done', nothing],
  ['put the title my garden club at the top', text('my garden club', { position: 'top' })],
  ['save it as a video file please', exportAs('mp4')],
  ['play it at half speed please it is too fast for me', speed(0.5)],

  // Someone pasting a bulleted list of changes.
  ['- 30s\n- vertical\n- music at 20%', then(best(30), aspect('9:16'), music('lofi', 0.2))],
  ["changes:\n* remove clip 2\n* title 'Sprint 14 demo' 0-3s\n* export 1080p",
    then(removeMoment(2), text('Sprint 14 demo', { start_ms: 0, end_ms: 3000 }), exportAs('mp4', '1080p'))],
  ['1. cut 0:05-0:09\n2. fade out at the end\n3. export mp4', then(cut(5, 9), fade('clip', undefined, 1000), exportAs('mp4'))],
  ['- mute original audio\n- add music\n- crossfades', then(sourceVolume(0), music(), crossfade(500))],
  ["todo:\n- square\n- background\n- intro card 'Release 2.3'", then(aspect('1:1'), background(), card('intro', 'Release 2.3'))],
  ['• speed up idle parts 8x\n• zoom on\n• 720p', then(idle(8), zoom('auto'), resolution('720p'))],
  ['- undo the last thing\n- then make it 45 seconds', then(undo, best(45))],
  ['- move clip 3 to position 2\n- trim clip 1 by 1.5s', then(moveMoment(3, 2), trimBy(1, 1500))],

  // British spelling and words.
  ['Could you make it a minute and a half, please?', best(90)],
  ['Change the colour of the title to red', nothing],
  ['Centre the title', editText({ position: 'center' })],
  ["Add a programme title: 'Autumn Open Day'", text('Autumn Open Day')],
  ['Take out 0:40 to 0:44, I cocked up the password there', cut(40, 44)],
  ['Turn the music down a touch', quieter],
  ["Put it in landscape, it's for the telly in reception", aspect('16:9')],
  ["Cheers, that's brilliant", nothing],
  ['Fade the music in over two seconds', fade('music', 2000)],
  ['Right, export it in 1080p as an MP4, full stop.', exportAs('mp4', '1080p')],
  ['Get rid of the background and go back to full frame', noBackground],
  ["Please don't add a fade at the end", nothing],
  ['Whilst you are at it, bin the first clip', removeMoment(1)],

  // Someone answering the tool's last reply: only what the draft alone makes clear.
  ['yes do that', nothing],
  ['no, the other one', nothing],
  ['yes please, export it as mp4', exportAs('mp4')],
  ['ok but make it 20 seconds instead', best(20)],
  ['hmm not that, undo', undo],
  ["perfect, now add the outro card 'Thanks!'", card('outro', 'Thanks!')],
  ['no not clip 1, I meant clip 3, remove clip 3', removeMoment(3)],
  ['sounds good', nothing],
  ["that's too much zoom, less", zoom('less')],

  // A beekeeper selling honey online.
  ['make me a half minute clip showing how to order our honey', best(30)],
  ["add a title 'Raw wildflower honey' at the start", text('Raw wildflower honey')],
  ['remove clip 1, the hive cam footage shouldnt be there', removeMoment(1)],
  ['use only order-page.mp4', only('order-page.mp4')],
  ['make the background the photo of the hives i uploaded', background('image')],
  ['put music on at 20%', music('lofi', 0.2)],
  ['then make it square for facebook', aspect('1:1')],
  ["outro 'Order at bramblehives.example' for 4 seconds", card('outro', 'Order at bramblehives.example', 4)],
  ['can you add a voice saying the price goes up in june', nothing],
  ['speed up the slow bits where the page loads', idle(4)],

  // A tattoo artist, demoing the booking page.
  ['make it 25 seconds tops', best(25)],
  ['black bars not blur', fill('letterbox')],
  ['4:5 for the gram', aspect('4:5')],
  ["text 'books open march' at the bottom for 5 sec", text('books open march', { position: 'bottom', duration_ms: 5000 })],
  ['music down to 60%', musicVolume(0.6)],
  ['trim clip 2 by a second', trimBy(2, 1000)],
  ['delete that title', removeText()],
  ['can u make it look like film grain', nothing],
  ['wait i liked it, redo pls', redo],

  // A flight instructor, for an electronic flight bag tutorial.
  ['Build a 2 minute lesson clip from the best parts.', best(120)],
  ['Speed up the idle stretches by 6x while the chart loads.', idle(6)],
  ['Zoom in on the altimeter setting at 0:37 for 5 seconds.', zoomAt(37, 5)],
  ["Caption at the bottom: 'Always cross-check the METAR'", text('Always cross-check the METAR', { style: 'caption', position: 'bottom' })],
  ['Slow clip 2 to half speed.', speed(0.5, 2)],
  ['Remove the crossfades.', crossfade(0)],
  ['Reduce the music to 10 percent.', musicVolume(0.1)],
  ['Fade the music out over 3 seconds at the end.', fade('music', undefined, 3000)],
  ['List every track for me.', tracks],
  ['Redo the change I just undid.', redo],
  ['Export 720p MP4 for the ground school portal.', exportAs('mp4', '720p')],

  // An insurance claims adjuster, demoing the claims portal.
  ['need the claim-filing steps in about 50 seconds', best(50)],
  ["cut 0:08 through 0:15, that's the policyholder's address", cut(8, 15)],
  ['also cut 0:41 to 0:44', cut(41, 44)],
  ['take the music out entirely', noMusic],
  ['put the source audio back to 100%', sourceVolume(1)],
  ['turn ducking back on', ducking(true)],
  ['does the export keep metadata like GPS?', nothing],
  ["change the title text to 'Filing a claim in 4 steps'", editText({ text: 'Filing a claim in 4 steps' })],
  ['put it back how it was before the last change', undo],

  // Australian slang.
  ['reckon you could make it 40 secs?', best(40)],
  ['chuck some music on it mate', music()],
  ['heaps too loud, turn the music down', quieter],
  ['vertical, 9:16, blur the sides', aspect('9:16', 'blur')],
  ["get rid of the dead bits where I'm just sittin there", deadAir],
  ["bin clip 3, it's rubbish", removeMoment(3)],
  ['no worries, cheers', nothing],
  ["whack a title on it, 'Smoko Roster App'", text('Smoko Roster App')],
  ['export the thing as mp4, 1080', exportAs('mp4', '1080p')],
  ['arvo job: ditch the fancy background', noBackground],

  // A data scientist, demoing a notebook run.
  ['compile a 35s highlight from the notebook run', best(35)],
  ['the cell execution waits are idle, speed those up 10x', idle(10)],
  ['cut 0:17-0:29 (the traceback)', cut(17, 29)],
  ['set speed=1.25 for the whole thing', speed(1.25)],
  ['zoom: auto', zoom('auto')],
  ["title: 'Churn model v3', 0-4s", text('Churn model v3', { start_ms: 0, end_ms: 4000 })],
  ['set music volume to 0.2', musicVolume(0.2)],
  ["what's the bitrate of the export?", nothing],
  ['trim moment 3 to 3500 ms', trimTo(3, 3500)],
  ['export webm 720p', exportAs('webm', '720p')],
  ['moment 1 should play source 0:03 to 0:11', [{ op: 'set_moment_range', index: 1, in_ms: 3000, out_ms: 11_000 }]],

  // A physiotherapist, for an exercise app.
  ['Please make a 60 second video of the exercise app for my patients', best(60)],
  ['The middle clip is too fast, slow it to 0.8x', speed(0.8, 2)],
  ["Add a caption 'Do 10 reps, rest 30s' from 0:15 to 0:20",
    text('Do 10 reps, rest 30s', { style: 'caption', start_ms: 15_000, end_ms: 20_000 })],
  ["Mute my voice, I'll explain it in person", sourceVolume(0)],
  ['Add background music at a low volume, 20%', music('lofi', 0.2)],
  ['Put clip 3 before clip 2', moveMoment(3, 2)],
  ["Can the app track my patient's progress?", nothing],
  ['Export it, mp4 is fine', exportAs('mp4')],
  ['Keep the title on screen until 0:06', editText({ end_ms: 6000 })],

  // A hardware startup engineer, demoing the firmware flashing tool.
  ['45s cut of the flashing flow for the investor update', best(45)],
  ['remove 0:02-0:06, the USB enumerating', cut(2, 6)],
  ['idle parts 8x pls', idle(8)],
  ['zoom in on the serial log at 0:29 for 6s', zoomAt(29, 6)],
  ['zoom less, the terminal text gets cropped', zoom('less')],
  ['16:9, letterboxed', aspect('16:9', 'letterbox')],
  ["intro card: 'Tern Labs - flashing in 40 seconds'", card('intro', 'Tern Labs - flashing in 40 seconds')],
  ['nuke both cards', removeCard()],
  ['export 4k mov', exportAs('mov', '4k')],

  // A conference organiser.
  ['Can we get a 30 second promo from the registration walkthrough?', best(30)],
  ["Add 'Register by May 3' as a caption at the end", text('Register by May 3', { style: 'caption', anchor: 'end' })],
  ["Intro card 'DevSummit 2027', 3 seconds", card('intro', 'DevSummit 2027', 3)],
  ['Make it square for LinkedIn', aspect('1:1')],
  ['Use just registration.mov and badges.mov', only('registration.mov', 'badges.mov')],
  ['Background on, please', background()],
  ['Can you schedule the post for Monday?', nothing],
  ['Take the outro card off', removeCard('outro')],
  ['Export an MP4 at 1080p, then a GIF at 720p', then(exportAs('mp4', '1080p'), exportAs('gif', '720p'))],
  ['start again from scratch please', startOver],
  ['Use our jingle, devsummit-jingle.mp3, as the music', music('devsummit-jingle.mp3')],

  // A kindergarten teacher, showing parents the class app.
  ['can you make a little 20 second video showing parents how to see photos in the app?', best(20)],
  ["add the title 'Sunflower Class' at the top", text('Sunflower Class', { position: 'top' })],
  ['make the music a bit louder', louder],
  ['take out the part from 0:30 to 0:35 where my name tag shows', cut(30, 35)],
  ['add a cute sticker of a bee', nothing],
  ['fade it in at the start', fade('clip', 1000)],
  ['oops, undo please', undo],
  ['show the title from 0:02 to 0:07 instead', editText({ start_ms: 2000, end_ms: 7000 })],

  // A makeup artist, demoing her booking shop.
  ['15 second vertical reel of the booking page', then(best(15), aspect('9:16'))],
  ['blur behind the video not black bars', fill('blur')],
  ["text 'DM to book 💄' at the bottom", text('DM to book 💄', { position: 'bottom' })],
  ['can you smooth my skin lol', nothing],
  ['speed clip 1 up to 2x', speed(2, 1)],
  ['zoom in on the price at 0:09', zoomAt(9)],
  ['add music at 40%', music('lofi', 0.4)],
  ['what did you cut? show me the tracks', tracks],

  // Two requests in one message, numbers as words, across the voices.
  ['make it twenty-five seconds and drop the music to half volume', then(best(25), musicVolume(0.5))],
  ['ninety seconds, landscape, and add music please', then(best(90), aspect('16:9'), music())],
  ['cut from ten to fourteen seconds in, my cat walked on the keyboard', cut(10, 14)],
  ['remove clip three and fade out the ending', then(removeMoment(3), fade('clip', undefined, 1000))],
  ['shorten the last clip by two seconds and speed up the first one to 1.5x', then(trimBy(3, 2000), speed(1.5, 1))],
  ['remove the first text', removeText(1)],
  ['set the resolution to 720p, the file is too big', resolution('720p')],
  ['4k please, the client has a big screen', resolution('4k')],
  ['mute the recording and add music at 50%', then(sourceVolume(0), music('lofi', 0.5))],
  ["no don't remove anything yet, I'm still thinking", nothing],
  ["remove all the dead air and add an outro 'See you at the demo day'", then(deadAir, card('outro', 'See you at the demo day'))],
  ['put everything back on the timeline uncut', keepAll],
  ['use all of the footage, full length, no cuts please', keepAll],
  ['one min highlight reel, square, export as mp4', then(best(60), aspect('1:1'), exportAs('mp4'))],
];
