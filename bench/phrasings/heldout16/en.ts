/**
 * Held-out 16 (written as fresh 15, measured blind in session 14: EN 85.7 → 86.8 % over its helper round), English: a blind phrasing set written by a helper on 2026-12-01, to measure the parser on words it was
 * never tuned on.
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13 (/work/briefs/issue13.md), and /work/briefs/headers15.txt (the header comments of the earlier sets, for their
 * form, decided readings and the voices already used; no phrasing of them). Not read: any other phrasing set (no other
 * file of fresh15/), the parser (src/engine), src/protocol/vocabulary.ts or any other src file, test/, scripts/,
 * bench/*.ts, out/, the bench's output; no git log / diff / show was run; no sentence was run through the parser, the
 * CLI, the engine or the bench. No slip: an `ls` of the empty fresh15/ folder was the only look around; this file was
 * compiled (with ops.ts) into /tmp to count its own lines, operations and repeats, nothing else was run on it.
 *
 * Voices (30, none of them in an earlier set): a Hawaiian ukulele teacher (Pidgin: brah, da kine, shoots, pau), a
 * Cockney market trader (guv, 'ave a butcher's), a Brummie bus mechanic (bab, bostin, ar kid, tara-a-bit), a
 * Pittsburgh retiree (yinz, n'at, slippy, jeet), a Barbadian rum-shop owner (Bajan: wunna, de, fuh, cheese on bread!),
 * a Ugandan church choir director (somehow, mbu, eh!, "assist to"), a Nepali trekking-agency owner (non-native, dai,
 * hajur), an Israeli startup founder (blunt: yalla, sababa, achla), a Finnish sauna builder (non-native, terse, no
 * articles), an Egyptian tour guide (habibi, mashallah, khalas), a Thai cooking-class host (ka, na, polite), a Madrid
 * flamenco teacher (vale, venga, tío, Spanish mixed in), a Swiss watchmaker (precise, formal), an air-traffic
 * controller (roger, disregard, say again, over), a farrier, a hot-air balloon pilot (cheerful, chatty), a tugboat
 * captain (nautical), a stage magician (showman patter), a hospice nurse (gentle), a passive-aggressive office manager
 * (per my last message, gentle reminder, circling back), a 12-year-old (Gen Alpha: skibidi, ohio, mid, fr), a Florida
 * condo-board president in her seventies (ellipses, double spaces, LOL as "lots of love"), a Kentucky racehorse
 * trainer (darlin, y'all), an actuary (hedged, numeric), a glassblower (hot-shop talk), a roller-derby skater (caps,
 * yeet), a Dhaka garment merchandiser (Bangladeshi English: bhai, urgent), a Canadian prairie grain farmer (sorry,
 * eh, give'r, beauty), a Baltimore crab-house waitress (hon), a taxidermist (dry).
 *
 * Counts: 268 written in a first pass (30 voices, 8-10 lines each, shaped while drafting to cover every operation of
 * ops.ts). In review 5 must-change-nothing lines were turned into edits (34 to 29, to keep that share near 11 %), 17
 * single edits were turned into combinations of 2-5 requests, 5 were added (an outro card removed between two
 * exports, a background removed and music added between two exports, music removed between two exports, an undo
 * corrected by a redo, a 5-request message), 2 reworded where a second reading was possible (music "let it fade in"
 * said right after adding music, which could be the clip's fade: now "the music") and 8 short lines lengthened so they
 * are less likely to be stock phrasings. None dropped. 273 final (none repeated within this file), of which 29 must
 * change nothing (questions about the product, negated requests, chatter and thanks, things the product cannot do:
 * changing a singing voice, colour grading, making a face look less tired, diagnosing a gearbox from its noise,
 * generator-noise removal, brightening, a steam effect, translated subtitles from speech, a food filter, a ticking
 * sound effect, a foghorn effect, making a coin disappear, stabilising, a meme filter, reading split times off a clock,
 * a glow colour change, emailing the video, estimating a crop yield, making a mount's eyes look lifelike). 46 lines
 * carry 2-5 requests.
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: a clip asked for with no length ("pull the highlights, no particular
 * length", "best bits only, a minute-long video") is 60 s; music named by nothing else is lo-fi at 35 % ducked (a
 * level said with it replaces the 35 %; "duck it when the announcer talks" is the default ducking, "don't have it duck
 * under my talkin" / "do NOT make it go down when people talk" turns it off; an uploaded audio file named is the
 * track); a fade with no length is 1 s ("fade in ... an fade out" both, "fade it out at the end" out only); a crossfade
 * with no length ("soft transitions") is 0.5 s, "hard cuts" 0; "a bit shorter" on a moment is 2 s; idle stretches
 * sped up with no factor go 4x; a card with no length is 2 s; a zoom at a time with no hold is 3 s; a background with
 * no name ("whatever y'all got by default") is aurora; an export with no format is mp4.
 * Other readings: a length alone ("a minute an a half", "1:15", "1 minute 15 second", "a minute ten", "one minute
 * forty second", "fifty-five seconds", "1:30 min", "a 15-second teaser", "a 50 second highlight reel") is best
 * moments at that length; a correction ("40 seconds... no, espera, 35") is the corrected value. TikTok, Reels and
 * Shorts named as where it goes are 9:16, "tall" 9:16; Instagram / Facebook / YouTube only with a shape said ("square
 * fo Instagram" 1:1, "4:5 for the Instagram feed", "landscape for YouTube" 16:9); "black bars" is letterbox, "blur on
 * the side" / "blurry sides" blur, "crop to fill, no bars" crop. "Make the resolution 4K / 720p", "the output should
 * be 2160p" (4K), "set the resolution to full HD" (1080p) set the resolution; "export / render ... in 1080 / at 720 /
 * full HD / 4K" exports at that resolution. "The title" is the draft's text 1 ("should be / should say / change it
 * to" edits its words, "position the title top of frame" / "at the center of the frame" / "should be at the bottom"
 * its place, "should show from 1 second to 5 seconds" its timing, "remove / delete the title" removes it), "remove all
 * of the text on screen" removes every text; "add a (new / another) title / text / caption / lower third" with quoted
 * words adds a new one (a title unless a caption or a lower third is named), with the words inside the quotes
 * exactly as typed; "at the start / beginning" anchors it at the start, "at the end" at the end, "for the last 4
 * seconds" anchored at the end for 4 s, "for the first 5 second" runs 0 to 5 s, "at top for 6 second" 6 s from 0;
 * "sliding in / slides in" is the slide motion; "top" / "middle of screen" / "bottom" are top / center / bottom. The
 * second / middle clip is moment 2, the third / last clip moment 3; "make it 8 seconds" / "cut him down to 10 seconds
 * total" on a moment is its length, "cut 3 seconds off" / "shorten by 5 seconds" a trim by that; "up front" / "to the
 * start" is place 1, "to the end" place 3; no moment is named after a request that rebuilds the timeline or after a
 * removal or a move that renumbers it. "Cut out / yeet / cut 0:05 through 0:09" a stretch is a cut of that range. A
 * file named by its place is 'first' / 'second' / 'last', by its name its name; "the photo I just uploaded" as a
 * background is 'image', a named picture its file name. "Me own voice", the video's / recording's / clip's own /
 * original / source sound are the source volume ("'alf" 0.5, "a quarter" 0.25, "100 percent" 1). Music, cards and
 * backgrounds are only changed, faded or removed in a message that adds them (the draft has none): "crank the music
 * louder" after adding it is louder, "a little softer" quieter, "set the music to 15%" its level. A history step, a
 * track listing or an export said between edits stands where it is said; "go back two steps" is two undos, "bring
 * back the change you just undid" a redo.
 *
 * Measured blind on 84acdc9 (session 14, before its changes): 234/273 = 85.7 % (14 wrong edits, 7 asked first). Read against a draft of 3 moments and 1 text (no music, no card, no background).
 */
import type { Phrasing } from '../ops';
import {
  aspect, background, best, card, crossfade, cut, deadAir, editText, exportAs, fade, fill, idle, keepAll, louder, moveMoment,
  music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText, resolution,
  sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt, ducking,
} from '../ops';

export const heldout16En: [string, Phrasing['want']][] = [
  // voice: a Hawaiian ukulele teacher (Pidgin: brah, da kine, shoots, pau, mahalo)
  ['Eh brah, can make one 30 second kine clip from da best parts? fo my students', best(30)],
  ["add one new title 'Aloha Ukulele Class' at da top brah", text('Aloha Ukulele Class', { position: 'top' })],
  ["shoots, make um square fo Instagram an add one outro card 'Mahalo for watching'", then(aspect('1:1'), card('outro', 'Mahalo for watching'))],
  ['da second clip stay too long, cut 3 seconds off um', trimBy(2, 3000)],
  ['can make um fade in at da start an fade out at da end? mahalo', fade('clip', 1000, 1000)],
  ['chance um, speed up da boring parts wea nothing stay happening', idle()],
  ['brah can you make me sound like I can sing? lol', nothing],
  ['k brah ho da list: make um 40 sec, tall fo Reels, add lofi music 30%, den export', then(best(40), aspect('9:16'), music('lofi', 0.3), exportAs())],
  ['pau already, export um as one mov file', exportAs('mov')],

  // voice: a Cockney market trader (guv, 'ave a butcher's, ta)
  ["Oi guv, 'ave a butcher's at the footage an knock me up a minute-long video, best bits only", best(60)],
  ["get rid of the third clip, it's a load of old pony", removeMoment(3)],
  ["stick a caption at the bottom sayin 'Fresh Veg Every Saturday'", text('Fresh Veg Every Saturday', { style: 'caption', position: 'bottom' })],
  ["turn me own voice down to 'alf, I'm shoutin like a good 'un", sourceVolume(0.5)],
  ['chop 2 seconds off the first clip an then bung the last clip up front, would ya', then(trimBy(1, 2000), moveMoment(3, 1))],
  ["right guv, listen: 45 seconds, square, caption 'Spitalfields Market' at the bottom, lofi music at 20 percent, then export it", then(best(45), aspect('1:1'), text('Spitalfields Market', { style: 'caption', position: 'bottom' }), music('lofi', 0.2), exportAs())],
  ["is any of me footage goin up on the internet then? don't want the missus seein it", nothing],
  ['whack it on that aurora background then render it out in 1080, ta', then(background('aurora'), exportAs('mp4', '1080p'))],
  ['slow the middle clip down to half speed so they can see the apples proper', speed(0.5, 2)],
  ['can ya do me a colour grade, make them tomatoes look redder?', nothing],

  // voice: a Brummie bus mechanic (bab, bostin, ar kid, tara-a-bit)
  ['ow am ya bab, can yer cut it down to 45 seconds', best(45)],
  ["get rid of all the bits where I'm stood there quiet an nothin's happenin", deadAir],
  ["that's bostin, now make the resolution 720p, it's only for the works telly", resolution('720p')],
  ['zoom in on the brake caliper at 0:20 for 4 seconds', zoomAt(20, 4)],
  ["add a lower third 'Dave Hughes, Fleet Mechanic'", text('Dave Hughes, Fleet Mechanic', { style: 'lower-third' })],
  ["the first clip's too long ar kid, make it 8 seconds", trimTo(1, 8000)],
  ['put them crossfades between the clips, about a second', crossfade(1000)],
  ['stick the lo-fi music on, then export it as webm for the intranet, tara-a-bit', then(music(), exportAs('webm'))],
  ["can it tell what's wrong with the gearbox from the noise on the video?", nothing],

  // voice: a Pittsburgh retiree (yinz, n'at, slippy, jeet)
  ["yinz gotta make this a minute an a half, n'at", best(90)],
  ["cut out the part from 0:12 to 0:18 n'at, that's me fumblin wit the remote", cut(12, 18)],
  ["add another title, 'Go Stillers!', at the top", text('Go Stillers!', { position: 'top' })],
  ["jeet jet? lol. anyways add music, the lo-fi one, an don't have it duck under my talkin", then(music(), ducking(false))],
  ["the title's spelled wrong, should be 'Dormont Pool Reopening'", editText({ index: 1, text: 'Dormont Pool Reopening' })],
  ['make the whole thing a liddle quicker, 1.25x', speed(1.25)],
  ["that went slippy, take it back one step", undo],
  ["cut it to 1:15, add a title 'Kennywood Opening Day' at the top, an bring the video sound down to half n'at", then(best(75), text('Kennywood Opening Day', { position: 'top' }), sourceVolume(0.5))],
  ["is it free? whatever. fill the sides wit blur instead a croppin n'at", fill('blur')],

  // voice: a Barbadian rum-shop owner (Bajan: wunna, doah, fuh, cheese on bread!)
  ["wunna could make de video 20 seconds? people doan watch long tings", best(20)],
  ['put it tall fuh TikTok an speed up de whole ting 1.2 times', then(aspect('9:16'), speed(1.2))],
  ["add a outro card dat say 'Cheers from Oistins' fuh 3 seconds", card('outro', 'Cheers from Oistins', 3)],
  ['put de calypso.mp3 I upload as de music, at 50 percent', music('calypso.mp3', 0.5)],
  ['cheese on bread! take out de middle clip, it too dark', removeMoment(2)],
  ['fade out de ending nice an slow, like 3 seconds', fade('clip', undefined, 3000)],
  ['wunna could make my face look less tired? lol', nothing],
  ['all right, export it mp4 at 720', exportAs('mp4', '720p')],
  ["put a outro card 'Bim Nice!', export it, den take off de outro card an export again", then(card('outro', 'Bim Nice!'), exportAs(), removeCard('outro'), exportAs())],

  // voice: a Ugandan church choir director (Ugandan English: somehow, eh!, mbu, "assist to")
  ['Please assist to cut the video to 40 seconds, the congregation does not have patience eh!', best(40)],
  ["Then add the words 'Mukono Choir Sunday Service' as a title at the beginning", text('Mukono Choir Sunday Service', { anchor: 'start' })],
  ['The sound of the choir must remain full, put the video sound at 100 percent', sourceVolume(1)],
  ['Somehow the third part is too long. Reduce it by 4 seconds.', trimBy(3, 4000)],
  ['Mbu there are backgrounds? Put for us the aurora one.', background('aurora')],
  ['Put soft transitions between the clips so it flows', crossfade(500)],
  ['Can the app remove the noise of the generator in the background?', nothing],
  ['Make it landscape for YouTube and remove the title, we shall announce it ourselves', then(aspect('16:9'), removeText(1))],
  ['Eh! You have done well. Export in 1080p for the projector', exportAs('mp4', '1080p')],

  // voice: a Nepali trekking agency owner (non-native, dai, hajur)
  ['Namaste dai, please make 1 minute 15 second video for our Annapurna trek', best(75)],
  ['Only use the file annapurna-day3.mp4 hajur', only('annapurna-day3.mp4')],
  ["Add title 'Himalaya Calling' at middle of screen", text('Himalaya Calling', { position: 'center' })],
  ['Put lofi music, 30 percent only, not disturb the talking', music('lofi', 0.3)],
  ['Third clip is very shaky, please remove that one', removeMoment(3)],
  ['Make video in square shape, black bars top and bottom is ok', aspect('1:1', 'letterbox')],
  ['Dai, can you make the mountain more bright?', nothing],
  ['Zoom more close please, the trail is not visible', zoom('more')],
  ['Ok finish, export as gif for website and also mp4 for Facebook', then(exportAs('gif'), exportAs('mp4'))],

  // voice: an Israeli startup founder (blunt, yalla, sababa, achla)
  ['Yalla, 30 sec pitch cut, investors have zero patience', best(30)],
  ['Kill the second clip. Achla otherwise.', removeMoment(2)],
  ["change the title to 'Kesher: payments in 3 clicks'", editText({ index: 1, text: 'Kesher: payments in 3 clicks' })],
  ['auto zoom on the clicks, sababa', zoom('auto')],
  ['Run the whole thing at 1.5x, nobody needs to watch me type', speed(1.5)],
  ["Don't touch the shape, 16:9 is fine", nothing],
  ['Export webm and mp4 both', then(exportAs('webm'), exportAs('mp4'))],
  ["Add intro 'Kesher' and outro 'kesher.io', export, then drop both cards and export again", then(card('intro', 'Kesher'), card('outro', 'kesher.io'), exportAs(), removeCard(), exportAs())],
  ["Mute the recording's sound, I'll talk live over it in the meeting", sourceVolume(0)],
  ['Yalla: 45s, vertical, auto-zoom, export. Go.', then(best(45), aspect('9:16'), zoom('auto'), exportAs())],

  // voice: a Finnish sauna builder (non-native, terse, no articles)
  ['Make video 50 seconds. Not more.', best(50)],
  ['Remove quiet parts where nothing happen.', deadAir],
  ["Add text 'Löyly Saunas', bottom.", text('Löyly Saunas', { position: 'bottom' })],
  ['First clip 2 seconds shorter.', trimBy(1, 2000)],
  ['Hard cuts only, no crossfade. Also original sound 70%.', then(crossfade(0), sourceVolume(0.7))],
  ['Background wood.jpg, I uploaded it.', background('wood.jpg')],
  ['Is there sauna steam effect?', nothing],
  ['Fade in 2 seconds, fade out 2 seconds.', fade('clip', 2000, 2000)],
  ['Export 4K mov. Kiitos.', exportAs('mov', '4k')],

  // voice: an Egyptian tour guide (habibi, mashallah, khalas, inshallah)
  ['Habibi please make a video of 2 minutes from the pyramids tour', best(120)],
  ['Use only the first and second upload, the third one is my cousin wedding', only('first', 'second')],
  ["Add a title 'Giza with Mahmoud' at the bottom, sliding in", text('Giza with Mahmoud', { position: 'bottom', motion: 'slide' })],
  ['Mashallah very nice. Now make it 4:5 for the Instagram feed', aspect('4:5')],
  ['The camel part is at 0:33, zoom in there', zoomAt(33)],
  ['Add lofi music and fade the music out at the end, 2 seconds', then(music(), fade('music', undefined, 2000))],
  ['Inshallah tomorrow I send more videos. Khalas for today, thank you', nothing],
  ['Can you translate what I say into Spanish subtitles?', nothing],
  ['Yalla export it, mp4, full HD', exportAs('mp4', '1080p')],

  // voice: a Thai cooking-class host (na ka, polite, non-native)
  ['Sawasdee ka, please make the video 35 second na ka', best(35)],
  ["Add caption 'Pad Thai in 10 minutes' for the first 5 second ka", text('Pad Thai in 10 minutes', { style: 'caption', start_ms: 0, end_ms: 5000 })],
  ['Slow down clip number 2 please, 0.75 speed, I chop too fast', speed(0.75, 2)],
  ['Make vertical for Reels ka, with blur on the side', aspect('9:16', 'blur')],
  ['Music please ka, lofi, 25%', music('lofi', 0.25)],
  ['Can you make the noodles look more delicious with a filter?', nothing],
  ['Move last clip to number 2 na, and zoom in at 0:14 on the wok', then(moveMoment(3, 2), zoomAt(14))],
  ['Export for me .mov ka 🙏', exportAs('mov')],
  ['Add background aurora ka, export, then remove background and add music lofi, export again', then(background('aurora'), exportAs(), noBackground, music(), exportAs())],

  // voice: a Madrid flamenco teacher (vale, venga, tío, otra vez)
  ['Vale, make it 40 seconds... no, espera, 35, tío', best(35)],
  ['Venga, the second clip, speed it x2, the footwork looks better fast', speed(2, 2)],
  ["Put an intro card 'Academia Sol, Flamenco' for 3 seconds", card('intro', 'Academia Sol, Flamenco', 3)],
  ['the sound of the video itself, put it at 150%, the guitar is too soft', sourceVolume(1.5)],
  ["Qué pasa with the zoom, it's too close, less zoom please", zoom('less')],
  ["Don't change anything yet, I'm thinking, un momento", nothing],
  ["quita, I mean remove, the title, we don't need it", removeText(1)],
  ['Put it on the aurora background, export, and then remove the background and export otra vez', then(background('aurora'), exportAs(), noBackground, exportAs())],
  ['Export in webm, 720p, for the web of the academy', exportAs('webm', '720p')],

  // voice: a Swiss watchmaker (precise, formal)
  ['Please produce a clip of precisely 42 seconds.', best(42)],
  ['Trim moment three to exactly 6.5 seconds.', trimTo(3, 6500)],
  ['Apply a zoom at 0:08, held for 2 seconds, on the escapement.', zoomAt(8, 2)],
  ['Fade in over half a second at the beginning of the clip.', fade('clip', 500)],
  ['The output should be 2160p. I shall export it myself later.', resolution('4k')],
  ["Add the lower third 'Jean-Luc Favre, Master Watchmaker' at the bottom.", text('Jean-Luc Favre, Master Watchmaker', { style: 'lower-third', position: 'bottom' })],
  ['Could you add the sound of a ticking clock as an effect?', nothing],
  ['Please move the first moment to the end, then add crossfades of 300 milliseconds.', then(moveMoment(1, 3), crossfade(300))],
  ['Show me each track, with its contents.', tracks],

  // voice: an air-traffic controller (phraseology: roger, negative, disregard, over)
  ['Demo clip: cut it down to fifty-five seconds, acknowledge', best(55)],
  ['Roger. Insert crossfades, one point five seconds', crossfade(1500)],
  ['Go 9:16, crop to fill, no bars', aspect('9:16', 'crop')],
  ['Clip three, cancel. Remove it.', removeMoment(3)],
  ['Say again, which formats can you export?', nothing],
  ['Position the title top of frame, over', editText({ index: 1, position: 'top' })],
  ['Disregard last instruction, revert it', undo],
  ['Traffic is light: remove dead air, then set the resolution to full HD', then(deadAir, resolution('1080p'))],
  ['Cleared for export, MP4 at 1080p', exportAs('mp4', '1080p')],

  // voice: a farrier
  ['got footage of shoeing a mare, need it down to a minute ten', best(70)],
  ["speed up the dead stretches where nothin's moving, 6 times faster", idle(6)],
  ['bring the recording sound down to 30 percent, the forge roars over everything', sourceVolume(0.3)],
  ['put some lo-fi music under it at 40%', music('lofi', 0.4)],
  ['clip 1, shorten it by 5 seconds', trimBy(1, 5000)],
  ['add a caption "Hot shoeing, don\'t try it at home" at the end', text("Hot shoeing, don't try it at home", { style: 'caption', anchor: 'end' })],
  ['add lofi music, and fade the music in over 3 seconds', then(music(), fade('music', 3000))],
  ["outro card 'Call Wes, 555-0142' for four seconds", card('outro', 'Call Wes, 555-0142', 4)],
  ['render it as a gif, that oughta do', exportAs('gif')],

  // voice: a hot-air balloon pilot (cheerful, chatty)
  ['Morning! Lovely launch today. Can you turn the flight footage into a one minute forty second clip?', best(100)],
  ['Fade the whole thing in from black over 2 seconds', fade('clip', 2000)],
  ['Put it on a background like a postcard, the photo I just uploaded', background('image')],
  ["Zoom in automatically on whatever's happening", zoom('auto')],
  ["Add 'Sunrise over the Valley' as a title, top of the frame, for the first 4 seconds", text('Sunrise over the Valley', { position: 'top', start_ms: 0, end_ms: 4000 })],
  ['The burner blasts are deafening, turn the video sound down to a quarter', sourceVolume(0.25)],
  ["Delete the title and add a new one, 'Up, Up and Away', at the bottom", then(removeText(1), text('Up, Up and Away', { position: 'bottom' }))],
  ['Could it stabilise the wobbly basket shots?', nothing],
  ['Square please, and export in 1080', then(aspect('1:1'), exportAs('mp4', '1080p'))],

  // voice: a tugboat captain (nautical)
  ['Ahoy. Bring the harbour footage down to two and a half minutes, no more', best(150)],
  ["Third clip's the best one, haul it to the front", moveMoment(3, 1)],
  ["Cut the stretch from 0:40 to 0:52, that's nothing but fog", cut(40, 52)],
  ["Play the whole thing at double speed, she's slow as molasses", speed(2)],
  ["Letterbox it, don't crop my bow off", fill('letterbox')],
  ['Add the harbour.wav file as music at 60 percent, export, then crank the music louder and export again', then(music('harbour.wav', 0.6), exportAs(), louder, exportAs())],
  ['Any chance of a foghorn sound effect at the start?', nothing],
  ["Steady as she goes. Show me what's on the timeline", tracks],
  ['Export in mov, then again in webm', then(exportAs('mov'), exportAs('webm'))],

  // voice: a stage magician (showman patter)
  ['Ladies and gentlemen... just kidding. Make me a 15-second teaser of the card trick!', best(15)],
  ['And now, for my next trick: make the second clip vanish!', removeMoment(2)],
  ["Abracadabra! Add an intro card 'The Great Zambini' for 2 seconds, export it, then make the intro card disappear and export again", then(card('intro', 'The Great Zambini', 2), exportAs(), removeCard('intro'), exportAs())],
  ['Slow the reveal, that is clip 3, down to a quarter speed', speed(0.25, 3)],
  ['Zoom in on my hands at 0:05 for 5 seconds, nobody ever watches the hands', zoomAt(5, 5)],
  ['Can you make the coin actually disappear in post?', nothing],
  ['Presto! Put it back the way it was before that last change', undo],
  ['Wait, bring back the change you just undid, I liked it', redo],
  ['Ta-da! Render it in 4K mp4', exportAs('mp4', '4k')],

  // voice: a hospice nurse (gentle, careful)
  ['Hi, this is a memory video for a family. Could you keep everything, uncut please', keepAll],
  ['Could the transitions be gentle? Maybe a slow crossfade of two seconds', crossfade(2000)],
  ['Please add the lo-fi music at 15% and let the music fade in and fade out', then(music('lofi', 0.15), fade('music', 1000, 1000))],
  ["Add a title 'For Margaret, with love' at the end", text('For Margaret, with love', { anchor: 'end' })],
  ["I don't need it any shorter, the length is fine as it is", nothing],
  ['Fade to black at the very end, slowly, over 4 seconds', fade('clip', undefined, 4000)],
  ['Could we start over please, and this time make it one minute', then(startOver, best(60))],
  ['Add the lo-fi music at 30%, export a copy, then make the music a little softer and export another', then(music('lofi', 0.3), exportAs(), quieter, exportAs())],
  ['Export a mov please, the family uses Macs', exportAs('mov')],

  // voice: a passive-aggressive office manager (per my last message, gentle reminder)
  ['Per my last message, the video needs to be 30 seconds. Thirty.', best(30)],
  ["Gentle reminder that the title should say 'Q3 Safety Refresher' and sit at the bottom", editText({ index: 1, text: 'Q3 Safety Refresher', position: 'bottom' })],
  ['As previously discussed, please remove all of the text on screen', removeText()],
  ['Going forward, can we please have the resolution at 720p', resolution('720p')],
  ['Just circling back: the first clip is still too long. Trim it by 3 seconds.', trimBy(1, 3000)],
  ["Not sure why this wasn't done already, but the Shorts version needs to be vertical", aspect('9:16')],
  ['Moving the middle clip to the start would be great, thanks', moveMoment(2, 1)],
  ['Per the feedback: 1) add music at 25% 2) export 3) then remove the music 4) export again so Legal can compare', then(music('lofi', 0.25), exportAs(), noMusic, exportAs())],
  ['Thanks in advance!!', nothing],

  // voice: a 12-year-old (Gen Alpha slang: skibidi, ohio, mid, fr)
  ['yo make it 10 seconds its giving skibidi', best(10)],
  ["no cap add text 'SIGMA GRINDSET' at the top", text('SIGMA GRINDSET', { position: 'top' })],
  ['make it for tiktok bro fr', aspect('9:16')],
  ['speed it up like 3x and make it 720p its so slow fr', then(speed(3), resolution('720p'))],
  ['the 2nd clip is so ohio delete it', removeMoment(2)],
  ['can u add a skibidi toilet filter', nothing],
  ['zoom in moreee pls', zoom('more')],
  ['add lofi music and make it loud like 80%', music('lofi', 0.8)],
  ['ok start over this is mid', startOver],

  // voice: a Florida condo board president in her seventies (ellipses, LOL as "lots of love", double spaces)
  ['Hello.... I need the pool meeting video made into a 3 minute clip.... thank you', best(180)],
  ['The man in the second part talks too long....  cut him down to 10 seconds total', trimTo(2, 10000)],
  ["Please ADD a title  'Palm Shores Condo Board'  at the top....", text('Palm Shores Condo Board', { position: 'top' })],
  ['Please add some music....the lofi.... at 20 percent.... and do NOT make it go down when people talk', then(music('lofi', 0.2), ducking(false))],
  ["What is a 'crossfade'?? My grandson said to ask", nothing],
  ['Make the resolution 4K please.... for the big TV in the clubhouse', resolution('4k')],
  ['Fade it in and fade it out, 1 second each LOL', fade('clip', 1000, 1000)],
  ['I did something wrong.... go back two steps please', then(undo, undo)],
  ['Export it in the regular format please.... mp4 I think', exportAs('mp4')],

  // voice: a Kentucky racehorse trainer (darlin, y'all)
  ['Need the mornin workout footage boiled down to twenty seconds, darlin', best(20)],
  ["That second clip is Bourbon Belle breezin, slow it to 60 percent speed so the owners can see her stride", speed(0.6, 2)],
  ["Take the last clip out, the hotwalker's in the way", removeMoment(3)],
  ["Add a lower third 'Bourbon Belle, 3yo filly'", text('Bourbon Belle, 3yo filly', { style: 'lower-third' })],
  ["Put it on a background, whatever y'all got by default", background()],
  ["Make it a square for the owners' Facebook and put 'Keeneland, April' up top as a caption", then(aspect('1:1'), text('Keeneland, April', { style: 'caption', position: 'top' }))],
  ['Cut 0:05 through 0:09, the groom sneezed', cut(5, 9)],
  ['Can it read her split times off the clock?', nothing],
  ['Render it out, mp4 in 1080p', exportAs('mp4', '1080p')],

  // voice: an actuary (hedged, numeric)
  ['With high probability a 48-second clip is optimal; please make one.', best(48)],
  ['Please reduce moment 2 by 1.5 seconds.', trimBy(2, 1500)],
  ['Set the playback rate to 1.1x across the whole clip.', speed(1.1)],
  ['Idle segments: accelerate them by a factor of 8.', idle(8)],
  ['Out of curiosity, what proportion of viewers finish a 60-second clip?', nothing],
  ['Set the source audio to 80% and the resolution to 1080p.', then(sourceVolume(0.8), resolution('1080p'))],
  ["Add caption 'Mortality tables, explained' from 3 s to 9 s.", text('Mortality tables, explained', { style: 'caption', start_ms: 3000, end_ms: 9000 })],
  ['Crossfades of 250 ms between moments, please.', crossfade(250)],
  ['Export: webm, 1080p. That concludes my requests.', exportAs('webm', '1080p')],

  // voice: a glassblower (hot-shop talk)
  ['hey, footage from the hot shop. can you pull the highlights? no particular length', best(60)],
  ['speed up the stretches where the piece is just sitting in the annealer and nothing moves', idle()],
  ['make clip 1 just 12 seconds long and clip 3 twice as fast', then(trimTo(1, 12000), speed(2, 3))],
  ['zoom in on the gather at 0:25', zoomAt(25)],
  ['turn off the zoom, it keeps losing the pipe', zoom('off')],
  ["add 'Molten Studio, Asheville' as a lower third", text('Molten Studio, Asheville', { style: 'lower-third' })],
  ["the furnace roar is too much, set the clip's own audio to 40%", sourceVolume(0.4)],
  ['can you make the glass glow more orange?', nothing],
  ['4:5 for the gram please, blurred edges', aspect('4:5', 'blur')],
  ['add lofi music, export one, then lose the music and export a version without it', then(music(), exportAs(), noMusic, exportAs())],

  // voice: a roller-derby skater (bout, jammer, lots of caps)
  ['OK bout recap time!! make a 1 min video pls', best(60)],
  ['the part from 0:18 to 0:30 is SO boring, yeet it', cut(18, 30)],
  ["add a title 'Jam Session: Derby Dolls vs Rink Rats' that slides in", text('Jam Session: Derby Dolls vs Rink Rats', { motion: 'slide' })],
  ['bg music = the lofi one at 30%, and duck it when the announcer talks', music('lofi', 0.3)],
  ['the title should be at the bottom actually', editText({ index: 1, position: 'bottom' })],
  ['fill the frame by cropping, NO blurry edges', fill('crop')],
  ['undo the last two things, then lemme see all the tracks real quick', then(undo, undo, tracks)],
  ['add lofi at 40%, export, then set the music to 15% and export again', then(music('lofi', 0.4), exportAs(), musicVolume(0.15), exportAs())],
  ['export webm + gif for our discord', then(exportAs('webm'), exportAs('gif'))],

  // voice: a Dhaka garment merchandiser (Bangladeshi English: bhai, urgent, do the needful)
  ['Bhai, please make a 1:30 min video of the factory walkthrough for buyer', best(90)],
  ['Use only demo-v2.mp4 and line3.mp4, other files are old', only('demo-v2.mp4', 'line3.mp4')],
  ["Add text 'Compliance Certified, WRAP Gold' at top for 6 second", text('Compliance Certified, WRAP Gold', { position: 'top', duration_ms: 6000 })],
  ['Buyer is in Germany, make it 16:9 normal widescreen', aspect('16:9')],
  ['Please do urgent, remove the third clip and export in 1080p', then(removeMoment(3), exportAs('mp4', '1080p'))],
  ['Background music lofi, volume half', music('lofi', 0.5)],
  ["Add outro 'Contact: merch@rahmantex.com' 5 seconds", card('outro', 'Contact: merch@rahmantex.com', 5)],
  ['Can this software send the video to buyer email directly?', nothing],
  ['Bhai one more: only the last upload please, that one is latest', only('last')],

  // voice: a Canadian prairie grain farmer (sorry, eh, give'r, beauty)
  ['Sorry to bother, eh, but could you make the harvest video about 40 seconds', best(40)],
  ["Give'r some lo-fi music at 45 percent", music('lofi', 0.45)],
  ['The combine clip, that is the second one, make it a bit shorter', trimBy(2, 2000)],
  ['Beauty. Crop it to a square', aspect('1:1', 'crop')],
  ["The stretch from 0:22 to 0:27 is just me wavin at the neighbour, cut that out", cut(22, 27)],
  ["Add a caption 'Saskatchewan Harvest 2026' at the bottom for the last 4 seconds", text('Saskatchewan Harvest 2026', { style: 'caption', position: 'bottom', anchor: 'end', duration_ms: 4000 })],
  ['Sorry, one more, could you fade it out at the end', fade('clip', undefined, 1000)],
  ['Could the app tell me my yield from the footage? Ha, kidding', nothing],
  ['Export it in 720p, our internet out here is brutal', exportAs('mp4', '720p')],

  // voice: a Baltimore crab-house waitress (hon, Bawlmer)
  ['Hon, make this a 30 second video of the crab feast', best(30)],
  ["Add a title 'Crabs & Natty Boh' at the start, hon", text('Crabs & Natty Boh', { anchor: 'start' })],
  ['Make it vertical for Reels hon, blurry sides', aspect('9:16', 'blur')],
  ['The middle clip, move it to the end, and fade the whole video in an out', then(moveMoment(2, 3), fade('clip', 1000, 1000))],
  ['Take the sound of the video down to 20 percent, the jukebox is loud', sourceVolume(0.2)],
  ['Add music at 50 percent, the lofi', music('lofi', 0.5)],
  ["zoom out a little, I can't see the table", zoom('less')],
  ["What's the difference between mov and mp4, hon?", nothing],
  ['Export it hon, as an mov', exportAs('mov')],

  // voice: a taxidermist (dry, matter-of-fact)
  ["I've got three clips of mounting a pheasant. Keep all of it, don't cut anything", keepAll],
  ['Make a 50 second highlight reel instead', best(50)],
  ['Remove every bit of dead air, the glue drying takes forever', deadAir],
  ["Put the title at the center of the frame and change it to 'Ring-necked Pheasant'", editText({ index: 1, position: 'center', text: 'Ring-necked Pheasant' })],
  ['The title should show from 1 second to 5 seconds', editText({ index: 1, start_ms: 1000, end_ms: 5000 })],
  ["Add an intro card 'Heritage Taxidermy' for 2.5 seconds and an outro card 'heritagetaxidermy.com'", then(card('intro', 'Heritage Taxidermy', 2.5), card('outro', 'heritagetaxidermy.com'))],
  ["Could you make the bird's eyes look more lifelike?", nothing],
  ['Undo that last change. Hm, no, I was right the first time: redo it.', then(undo, redo)],
  ['Export in webm at 4K, if you would be so kind', exportAs('webm', '4k')],
];
