import {
  aspect, background, best, card, crossfade, cut, deadAir, ducking, editText, exportAs, fade, fill, idle, keepAll, louder,
  moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard, removeMoment, removeText,
  resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo, zoom, zoomAt,
} from '../ops';
import type { Phrasing } from '../ops';

/**
 * Held-out 18b, English: a blind phrasing set written by a helper on 2026-12-02, to measure the parser on words it was
 * never tuned on (the second English writer of round 18: voices whose trade or role starts with M to Z).
 *
 * Read while writing: bench/phrasings/ops.ts, bench/phrasings/sameEdit.ts, src/protocol/editOps.ts,
 * src/protocol/draft.ts, lines 1-20 of the README (the product description, not its "What you can say" table), issue
 * 13 (/work/briefs/issue13.md), /work/briefs/writer18b-en.md (the brief) and /work/briefs/headers18.txt (the header
 * comments of the earlier sets, for their form, decided readings and the voices already used; no phrasing of them;
 * grep over it to check that no voice here was used before). Not read: nothing of fresh18/, the parser (src/engine),
 * src/protocol/vocabulary.ts or any other src file, test/, scripts/, bench/*.ts, out/, the bench's output; no git log /
 * diff / show was run; no sentence was run through the parser, the CLI, the engine or the bench. Run on this file
 * only: the brief's type-check, and grep / python over its own text to count its lines, voices, combinations and
 * repeats.
 * Slips, said plainly (all after this set was written, none changed a line of it): (1) the drafts were kept in
 * /tmp/w18b/, a folder another helper (apparently the Chinese writer of this round, heldout18b/zh.ts) used too; the
 * first assembly of this file took that helper's body instead of this one, and a `grep -n` meant to count this file's
 * lines printed about 10 of its Chinese lines (a masks video, a 45 s 达人口播 line) and `head -c 300` printed the
 * import block of a head.ts there; this file was then rebuilt from its own text in a folder of its own. Held-out 18b's
 * Chinese set is therefore not blind to this writer for those ~10 lines, and that helper's own draft folder may hold
 * this file's header (it was overwritten there). (2) `ls -la heldout18b/` showed zh.ts's name and size (not opened).
 * (3) A `git status --short` showed the names of modified src/ and test/ files and an untracked fresh18/ (names only,
 * nothing opened).
 *
 * Voices (30, trades or roles M to Z, none of them in an earlier set): a mime artist (only stage directions in
 * asterisks), a meteorite hunter in the Mojave (excited, specimen talk), a merchant-navy galley cook from Goa (Goan
 * English: men, baba, no?, what), a retired model-railway enthusiast in Kent (pedantic, OO gauge, "prototypical"), a
 * mountain-bike trail builder in British Columbia (stoked, sick, gnarly, nuke), a nightclub bouncer (one-word lines),
 * a retired BBC newsreader (broadcast diction, "fade up from black"), a nuclear-plant control-room operator
 * (procedure steps, verify, reinstate), an ombudsman's caseworker (for the avoidance of doubt, not yet authorised), a
 * palaeontologist at a Montana dig (lowercase, field camp), a Chicago parking-enforcement officer (da, ya know, tow
 * zone), a Naples pizzaiolo (uè, guagliò, jamme, peccato), a podiatrist (foot puns), a railway signaller in Crewe (red
 * aspect, possession, right time), a reflexologist (lovely, energy, emoji), a rose grower near Bogotá (parce, bacano,
 * listo, qué pena, pues), a roadie for a touring indie band (line check, load-out), a Danish sailmaker in Aarhus
 * (non-native: hej, tak), a shisha-café owner in Amman (ahlan, tayyib, wallah, yislamo), a reef-tour boat skipper in
 * Fiji (bula, vinaka, sega na leqa), a snowplough driver in Buffalo (3 a.m., terse), a spice farmer in Zanzibar
 * (jambo, pole pole, sawa, asante sana, hakuna shida), a sheriff's deputy in rural Nevada (10-4, ma'am), a town crier
 * (OYEZ, hear ye, archaic), a tuba player in a Bavarian oompah band (servus, gell, oder?, passt scho), an usher at a
 * West End theatre (polite, theatrical), a vintage-clothing seller on Depop (UK Gen Z: ngl, bare, proper), a widower of
 * 84 learning computers (full stops, letter form, signs "Harold"), a wine-bar owner in Tbilisi (Georgian non-native:
 * gamarjoba, genatsvale, madloba), a yurt-camp host in Mongolia (non-native, short sentences, bayarlalaa).
 *
 * Counts: 269 written in one pass (30 voices, 8-10 lines each, shaped while drafting to cover every operation of
 * ops.ts: a fill alone, resolutions set without export, music added at a level / louder / quieter / set to a level
 * between two exports / removed between two exports / faded / with ducking off, an uploaded song as the music, an intro
 * and an outro card, an outro card and both cards removed between two exports, a background (default, the latest
 * uploaded picture, a named picture) and one removed between two exports, text 1's words, place and timing edited, text
 * 1 removed, every text removed, captions, lower thirds, slide-in texts, end-anchored texts, a named file, the second /
 * last upload, the first and second uploads, keep everything, dead air, idle speed-ups, cuts of a range, undo, two
 * undos, undo-redo, undo undo redo, start over, track listings, zoom auto / less / more / off / at a time). In review
 * 2 were reworded where a second reading was possible (music "louder than normal, 60 percent", which could read as a
 * louder step; a "gentle" music bed, a mood that could name a bed). None dropped. 269 final (none repeated within this
 * file, compared trimmed and lower-cased), of which 31 must change nothing (questions about the product: what formats
 * it exports, whether footage stays on the machine or is retained after export, price; negated requests: "don't touch
 * the second clip's speed", "no need to change the title", "today I do not export"; chatter and thanks; things the
 * product cannot do: blurring faces (two) or licence plates, recolouring curry / roses / wine, making cheese look
 * meltier, identifying a meteorite / a locomotive class / a bone, smell, noise removal (wind), karaoke vocal removal,
 * translated subtitles from speech, posting to Instagram, a voice-over, removing creases, a fisheye effect, tuning a
 * tuba, defrosting a windshield). 34 lines carry 2-5 requests.
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 *
 * Defaults of ops.ts that decided expectations: every length-only line names a length (none relies on the 60 s);
 * music with no track named ("the default one", "the normal one", "the standard", "the usual kind", "lo-fi") is lo-fi
 * at 35 % ducked (a level said with it replaces the 35 %; "let it go down when I am talking" / "dipping beneath my
 * voice" / "softens itself whenever I speak" is the default ducking; "when I speak it shall not go down" / "shall NOT
 * yield when I speak" / "no ducking" / "ducking disabled" turn it off; an uploaded audio file named is the track); a
 * fade with no length is 1 s ("fade in from black, and fade out to black at the end" both; "fade the music out at the
 * end" after adding music the music's out only); "dissolves ... the standard length" is 0.5 s, "hard cuts" / "zero" 0;
 * idle stretches sped up name their factor, except "the quiet parts 4 times faster" (4x); a card with no length
 * ("standard length") is 2 s; a zoom at a time with "default hold" is 3 s; a background with no name ("the default
 * gradient", "default one") is aurora, "the photo I uploaded just now" is 'image', a named picture its file name; an
 * export with no format is mp4.
 * Other readings: a length alone ("one minute twenty", "a minute and a quarter", "one minute and a half", "1 minute 5
 * seconds", "2 minutes", "ninety seconds", "two minutes") is best moments at that length. TikTok, Reels and Shorts named
 * as where it goes are 9:16 ("tall", "vertical"); Instagram feed / Facebook / YouTube only with a shape said ("4:5 ...
 * the feed", "square for Facebook, 1 by 1", "Landscape 16:9 for YouTube"). "Blur on the sides" / "blurry sides" /
 * "blurry edges" is blur, "black bars" / "letterbox" letterbox, "crop it so there's no bars" / "crop it, no blur" crop;
 * a fill said alone ("black bars rather than blur", "letterbox bars for the fill") is set_fill. "Resolution ... not
 * exporting yet" / "I shall export at a later date" / "I export tomorrow" / "export is not yet authorised" set the
 * resolution; "export / render / a file ... 720 / 1080 / 4K" exports at that resolution (1080 / 720 without the p are
 * 1080p / 720p). "The title" is the draft's text 1 ("change to", "should read", "change it to" edits its words, "move
 * the title to the top" / "title to the bottom of the frame" its place, "display the title from 2 seconds to 8 seconds"
 * its timing, "remove / delete / get rid of the title" removes it); "remove all of the writing" / "remove all text"
 * removes every text; "add a (new) title / caption / lower third / text / the words" with quoted words adds a new one
 * (a title unless a caption or a lower third is named), with the words inside the quotes exactly as typed (an
 * apostrophe inside a card's words is said in double quotes); "at the start / beginning" anchors it at the start, "at
 * the end of the film" at the end, "for the last N seconds" anchored at the end for N s, "for the first N seconds" runs
 * 0 to N s; "sliding in" is the slide motion; "top" / "in the top" / "at the top of the screen" are top, "centre" /
 * "middle of screen" center, "bottom" bottom. The second clip / clip two / scene / piece is moment 2, the third / last
 * clip / segment moment 3; "make it N seconds (long)" / "let it be only N seconds" on a moment is its length, "take N
 * seconds off" / "N seconds shorter" / "trim N seconds off" / "trimmed by one second" a trim by N; "to the front" /
 * "first place" / "go first" is place 1, "to the end" / "to the very end" place 3, "to be second" place 2; no moment is
 * named after a request that rebuilds the timeline or after a removal. "Cut out 0:31 to 0:38" / "strike from the
 * record the stretch from" / "nuke 0:41 through 0:44" is a cut of that range. A file named by its place is 'first' /
 * 'second' / 'last', by its name its name. The video's / recording's / original sound, "the street noise from the
 * video", "the waves" (said as the video's own sound), "the stage mix" are the source volume (mute / sound off 0, half
 * 0.5, percentages as said). Music, cards and backgrounds are only changed, faded or removed in a line that adds them
 * (the draft has none): "make it a touch quieter" after adding it is quieter, "make it (a little) louder" louder, "set
 * the music to N %" its level. A history step, a track listing or an export said between edits stands where it is
 * said; "undo that. and the one before it." / "go back two steps" / "undo two times" are two undos, "reinstate the
 * action just reverted" a redo, "put it back as it was before my last request" one undo.
 *
 * Measured blind on 7b0eea9 (session 16's grammar, before session 17's changes): 228/269 = 84.8 % (12 wrong edits, 10 asked first); opened at once for session 17's round. Read against a draft of 3 moments and 1 text (no music, no card, no background).
 */
export const heldout18bEn: [string, Phrasing['want']][] = [
  // voice: a mime artist (writes only stage directions in asterisks, and as few words as possible)
  ["*mimes scissors* best bits only *holds up 4 fingers, then a 0* ... 40 seconds", best(40)],
  ["*points at the second clip* *makes it vanish into a hat* remove clip 2", removeMoment(2)],
  ["*pulls an invisible rope, hand over hand* drag the third clip all the way to the front", moveMoment(3, 1)],
  ["*turns an invisible knob all the way down* mute the video's own sound", sourceVolume(0)],
  ["*walks against the wind, very very slowly* whole clip at half speed", speed(0.5)],
  ["*trapped inside a box* the frame should be a square box, 1:1, black bars on the sides", aspect('1:1', 'letterbox')],
  ["*silent applause* *bows* no words needed. thank you", nothing],
  ["*curtain rises from darkness* fade in from black, and *curtain falls* fade out to black at the end", fade('clip', 1000, 1000)],
  ["*counts on fingers: one* square *two* twenty seconds of the best bits *three* export", then(aspect('1:1'), best(20), exportAs())],

  // voice: a meteorite hunter in the Mojave (excited, specimen talk)
  ["found a 40 gram chondrite today!! need a 45 second clip of the best parts of the hunt", best(45)],
  ["all the stretches where im just walking the grid and nothing happens, fast-forward those 8x, dont cut them", idle(8)],
  ["zoom in on the rock at 0:22 and hold it 5 seconds so people can see the fusion crust", zoomAt(22, 5)],
  ["put a caption 'Fusion crust = fresh fall' at the bottom", text('Fusion crust = fresh fall', { style: 'caption', position: 'bottom' })],
  ["cut out 0:31 to 0:38, thats me dropping the magnet lol", cut(31, 38)],
  ["is there a way to tell if a rock is a real meteorite from the video? asking for real", nothing],
  ["make the third clip exactly 6 seconds long, the drive back is boring", trimTo(3, 6000)],
  ["ok final pass: 30 seconds, vertical for youtube shorts, mute the video's sound, export mp4", then(best(30), aspect('9:16'), sourceVolume(0), exportAs('mp4'))],

  // voice: a merchant-navy galley cook from Goa (Goan English: men, baba, no?, what)
  ["Hello baba, make a one minute twenty video of my galley cooking, best parts only, no?", best(80)],
  ["Men the music, add the lo-fi one at 30 percent and let it go down when I am talking", music('lofi', 0.3)],
  ["Second clip is too long men, take 3 seconds off it", trimBy(2, 3000)],
  ["Put the fish curry part, that is the last clip, in first place what", moveMoment(3, 1)],
  ["Make it vertical for Instagram Reels, with blur on the sides", aspect('9:16', 'blur')],
  ["Title change to 'Xacuti on the High Seas'", editText({ index: 1, text: 'Xacuti on the High Seas' })],
  ["Ship wifi is very slow men, export in 720p only, mp4", exportAs('mp4', '720p')],
  ["Can you make my curry look more red-red? The camera made it brown baba", nothing],
  ["Add music at 40% then remove it again, I changed my mind men, and show me the tracks", then(music('lofi', 0.4), noMusic, tracks)],

  // voice: a retired model-railway enthusiast in Kent (pedantic, precise)
  ["Good afternoon. I require a clip of precisely ninety seconds, the best moments of my OO gauge layout footage.", best(90)],
  ["The locomotive passes the signal box at 0:14; please zoom in there for 4 seconds.", zoomAt(14, 4)],
  ["Kindly set clip two to 0.75 speed, the shunting should look more prototypical.", speed(0.75, 2)],
  ["Please add a lower third reading 'Maidstone West, 1962 (OO gauge)'", text('Maidstone West, 1962 (OO gauge)', { style: 'lower-third' })],
  ["Crossfades between the clips of 1 second each, if you please.", crossfade(1000)],
  ["I should prefer the resolution set to 4K; I shall export at a later date.", resolution('4k')],
  ["Remove the title, if you would; it is spelled incorrectly.", removeText(1)],
  ["Would this software be able to tell me which locomotive class this is? No matter if not.", nothing],
  ["Three requests: keep all of the footage uncut, play it at 1.5x, and set it on my uploaded picture kent-sky.jpg as the background.", then(keepAll, speed(1.5), background('kent-sky.jpg'))],

  // voice: a nightclub bouncer (gruff, one-word lines)
  ["not on the list. clip 1. out.", removeMoment(1)],
  ["door cam footage. 30 secs. best bits. sorted.", best(30)],
  ["sound off on the vid. the bass is ridiculous", sourceVolume(0)],
  ["tiktok. tall. crop it, no blur", aspect('9:16', 'crop')],
  ["change the title to 'Strictly No Trainers' mate", editText({ index: 1, text: 'Strictly No Trainers' })],
  ["nah. undo that. and the one before it.", then(undo, undo)],
  ["u can't do faces blurred? nah? fine", nothing],
  ["export it as a gif, mate", exportAs('gif')],
  ["background on, the default one, export. then take the background off and export again", then(background(), exportAs(), noBackground, exportAs())],

  // voice: a retired BBC newsreader (formal broadcast diction)
  ["Good evening. I should like the footage edited to a running time of two minutes, comprising its finest moments.", best(120)],
  ["The opening should fade up from black over two seconds, and the close should fade to black over three.", fade('clip', 2000, 3000)],
  ["Please place an introductory card reading \"The Six O'Clock News, Revisited\" for four seconds.", card('intro', "The Six O'Clock News, Revisited", 4)],
  ["And a closing card, 'Goodnight', held for three seconds.", card('outro', 'Goodnight', 3)],
  ["Add the music bed, the default one, at one quarter volume, dipping beneath my voice.", music('lofi', 0.25)],
  ["Kindly raise the level of the original recording's sound to one hundred and twenty per cent.", sourceVolume(1.2)],
  ["Move the title to the top of the picture.", editText({ index: 1, position: 'top' })],
  ["For the empty space around the picture I should prefer black bars rather than blur.", fill('letterbox')],
  ["That concludes tonight's requests. Thank you, and goodnight.", nothing],

  // voice: a nuclear-plant control-room operator (procedural, step numbers, verify)
  ["Procedure step 1: compile best moments, target duration 50 seconds. Step 2: aspect 16:9. Verify.", then(best(50), aspect('16:9'))],
  ["Request: remove dead air only. No target length. Retain all talking.", deadAir],
  ["Add music, level 20 percent, ducking disabled.", then(music('lofi', 0.2), ducking(false))],
  ["Step back one action. Confirm.", undo],
  ["Reinstate the action just reverted.", redo],
  ["Crossfades: zero. Hard cuts between all moments.", crossfade(0)],
  ["Clear the timeline entirely and begin again; the uploads are to be retained.", startOver],
  ["Is the footage processed on this machine only? Site security requires confirmation before I proceed.", nothing],

  // voice: a palaeontologist at a Montana dig (lowercase, tired, field camp)
  ["ok from the dig footage i need 55 seconds, only the best stuff, the jacketing and the reveal", best(55)],
  ["use only the file called quarry-day3.mp4, the others are blurry", only('quarry-day3.mp4')],
  ["lots of dead time where we're just sitting in the heat. dont cut it, just play those idle parts 3x faster", idle(3)],
  ["zoom in at 0:09 on the tooth, default hold is fine", zoomAt(9)],
  ["add a caption 'Hadrosaur femur, Hell Creek Fm.' for the first 5 seconds", text('Hadrosaur femur, Hell Creek Fm.', { style: 'caption', start_ms: 0, end_ms: 5000 })],
  ["can it identify the bone for me? kidding. sort of.", nothing],
  ["crossfade everything, half a second", crossfade(500)],
  ["put it on a background, the default gradient, so it looks framed", background()],
  ["export a 4k mov for the museum people", exportAs('mov', '4k')],
  ["undo that, then redo it, then show me the tracks", then(undo, redo, tracks)],

  // voice: a parking-enforcement officer in Chicago (da, ya know)
  ["alright so cut da clip down to 25 seconds, best parts, ya know", best(25)],
  ["clip three is parked in a tow zone, get rid of it", removeMoment(3)],
  ["slap a text on there 'Zone 4 Permit Only' at the bottom for da last 4 seconds", text('Zone 4 Permit Only', { position: 'bottom', anchor: 'end', duration_ms: 4000 })],
  ["turn the street noise from the video down to half", sourceVolume(0.5)],
  ["square for Facebook, 1 by 1", aspect('1:1')],
  ["speed up clip 2, 2x, guy's taking forever to move his car", speed(2, 2)],
  ["can you blur out license plates? need that for legal", nothing],
  ["export in 1080 mp4 so I can send it to the sergeant", exportAs('mp4', '1080p')],
  ["add music, export, then pull the music and export again, one with and one without", then(music(), exportAs(), noMusic, exportAs())],

  // voice: a pizzaiolo in Naples (uè, guagliò, jamme, mamma mia)
  ["Uè! I want the video of my pizza, 35 seconds, only the best moments, jamme!", best(35)],
  ["Guagliò, the second clip where I stretch the dough, make it slower, half speed", speed(0.5, 2)],
  ["The oven fire part is the last clip, put it first, è la cosa più bella", moveMoment(3, 1)],
  ["Add a title 'Pizza Napoletana, vera' on top, sliding in", text('Pizza Napoletana, vera', { position: 'top', motion: 'slide' })],
  ["Put the music, the normal one, at 60 percent, I like it strong", music('lofi', 0.6)],
  ["For Instagram, 4:5 please, the feed not the stories", aspect('4:5')],
  ["Can you make the cheese look more melty? No? Peccato", nothing],
  ["Export mp4 in 4K, grazie mille", exportAs('mp4', '4k')],
  ["Add the music at 50%, export, then set the music to 25% and export again, I compare", then(music('lofi', 0.5), exportAs(), musicVolume(0.25), exportAs())],

  // voice: a podiatrist (foot puns, deadpan)
  ["Let's put our best foot forward: best moments, 40 seconds total.", best(40)],
  ["Clip 1 drags its heels. Trim 2 seconds off it.", trimBy(1, 2000)],
  ["Toe the line on sound: mute the recording's own audio entirely.", sourceVolume(0)],
  ["Add a lower third 'Dr. Anita Brooks, Podiatrist'", text('Dr. Anita Brooks, Podiatrist', { style: 'lower-third' })],
  ["Heel-to-toe transitions please: a crossfade of 0.3 seconds.", crossfade(300)],
  ["Go back two steps, we tripped somewhere.", then(undo, undo)],
  ["Do you offer arch support? Kidding. What formats can it export to?", nothing],
  ["Add an outro card 'Book your gait analysis' for 3 seconds, export as mp4, then take the outro card out and export again", then(card('outro', 'Book your gait analysis', 3), exportAs('mp4'), removeCard('outro'), exportAs())],

  // voice: a railway signaller in Crewe (UK rail words)
  ["Right, need this cab-ride footage down to a minute and a quarter, best bits only.", best(75)],
  ["Clip two's showing a red aspect, take it out of service, remove it.", removeMoment(2)],
  ["Cut 0:40 to 0:46, there's a possession notice on screen I shouldn't show", cut(40, 46)],
  ["Don't touch the second clip's speed, it's running right time as it is.", nothing],
  ["Run the whole clip at 1.25x, like a fast line", speed(1.25)],
  ["Make the video's own sound louder, 150 per cent, want to hear the points clatter", sourceVolume(1.5)],
  ["Title to the bottom of the frame please, out of the way of the signals", editText({ index: 1, position: 'bottom' })],
  ["Output resolution 720p, not exporting yet, still on shift", resolution('720p')],
  ["Three things: fade in one second, crossfade half a second, export a webm.", then(fade('clip', 1000), crossfade(500), exportAs('webm'))],

  // voice: a reflexologist (gentle, "lovely", energy words)
  ["Hello lovely 🌿 could we gently shape this into a calm 30-second piece, just the best moments?", best(30)],
  ["Soft fades in and out, nice and slow, three seconds each", fade('clip', 3000, 3000)],
  ["A music bed underneath, the default one, that softens itself whenever I speak", music()],
  ["add music please and then make it a touch quieter, it feels a bit much 🌸", then(music(), quieter)],
  ["Let the background be your default gradient, it feels grounding", background()],
  ["Add the words 'Breathe. Release.' in the centre of the screen", text('Breathe. Release.', { position: 'center' })],
  ["I'd love for it to smell of lavender somehow haha, can it?", nothing],
  ["Slow the first clip down a little, to 0.8, it feels rushed energetically", speed(0.8, 1)],
  ["dissolves between the moments please, the standard length", crossfade(500)],

  // voice: a rose grower near Bogotá (parce, bacano, listo, qué pena)
  ["Hola! I need a video of the greenhouse, 50 seconds, the most bacano moments, sí?", best(50)],
  ["Parce the third clip is very long, let it be only 7 seconds", trimTo(3, 7000)],
  ["Put it vertical for TikTok, with the blurry sides pues", aspect('9:16', 'blur')],
  ["Add a caption 'Rosas de exportación 🌹' at the start", text('Rosas de exportación 🌹', { style: 'caption', anchor: 'start' })],
  ["Qué pena, the title is wrong, change it to 'Finca La Esperanza'", editText({ index: 1, text: 'Finca La Esperanza' })],
  ["Use only the second video I uploaded, the first one is from the old farm", only('second')],
  ["Listo parce, now give me the file, mp4 in 1080", exportAs('mp4', '1080p')],
  ["can it make the roses more red? the camera is very pale, ¿sí o qué?", nothing],
  ["add an intro card 'Flores' and an outro card 'Gracias', export, then remove both cards and export again", then(card('intro', 'Flores'), card('outro', 'Gracias'), exportAs(), removeCard(), exportAs())],

  // voice: a roadie for a touring indie band (load-in, line check)
  ["line check, one two. ok: 45 seconds of the best bits from tonight's load-in and set", best(45)],
  ["crank the video's own sound up to 130%, it's the stage mix", sourceVolume(1.3)],
  ["turn on auto zoom, punch in on the action", zoom('auto')],
  ["less zoom, it's way too tight on the drummer", zoom('less')],
  ["hard cuts between everything, no dissolves, it's rock n roll", crossfade(0)],
  ["gig poster vibe: intro card 'LIVE AT THE BOILER ROOM' 3 secs", card('intro', 'LIVE AT THE BOILER ROOM', 3)],
  ["use our track soundcheck-demo.mp3 as the music, at 40%", music('soundcheck-demo.mp3', 0.4)],
  ["load-out: render a mov at 1080", exportAs('mov', '1080p')],
  ["can u pull the vocals out and make a karaoke version", nothing],
  ["scrap it all and start over, then 25 seconds of best moments, square", then(startOver, best(25), aspect('1:1'))],

  // voice: a Danish sailmaker in Aarhus (non-native: hej, tak)
  ["Hej! I have film of sewing a mainsail. Make it a clip of 1 minute and 10 seconds, only best moments.", best(70)],
  ["When nothing happens and the sewing machine is just standing, cut those parts away. The rest stay as it is.", deadAir],
  ["Can the second clip come to the end, please", moveMoment(2, 3)],
  ["Add music the standard, and when I speak it shall not go down. Tak.", then(music(), ducking(false))],
  ["Landscape 16:9 for YouTube please", aspect('16:9')],
  ["The text with the title, I want it away. Delete.", removeText(1)],
  ["New title 'Sejl fra Aarhus' in the top, the first 4 seconds", text('Sejl fra Aarhus', { position: 'top', start_ms: 0, end_ms: 4000 })],
  ["Is it possible to make the wind sound less? It is very windy in the loft", nothing],
  ["Export webm 720p, tak for hjælpen", exportAs('webm', '720p')],

  // voice: a shisha-café owner in Amman (ahlan, tayyib, wallah, yislamo)
  ["Ahlan! Make me a video for my café, 20 seconds, the best moments wallah", best(20)],
  ["Tayyib, make it tall for Instagram Reels with black bars top and bottom", aspect('9:16', 'letterbox')],
  ["The first clip, make it only 4 seconds", trimTo(1, 4000)],
  ["Add music at 50 percent volume, the default song", music('lofi', 0.5)],
  ["Add caption 'Open till 2am · Rainbow Street' at the bottom", text('Open till 2am · Rainbow Street', { style: 'caption', position: 'bottom' })],
  ["Zoom more please, I want to see the coals", zoom('more')],
  ["Can you also post it on my Instagram directly? yislamo", nothing],
  ["Speed everything up to 1.5 times, people are bored", speed(1.5)],
  ["add music, make it louder, then export", then(music(), louder, exportAs())],

  // voice: a skipper of a Fiji reef-tour boat (bula, vinaka, sega na leqa)
  ["Bula! Need a 1 minute video of today's snorkel trip, best moments vinaka", best(60)],
  ["Sega na leqa if it's long, but cut out 0:05 to 0:12, that's me dropping anchor", cut(5, 12)],
  ["Put my name as a lower third: 'Captain Jone, Reef Tours Fiji'", text('Captain Jone, Reef Tours Fiji', { style: 'lower-third' })],
  ["The turtle is in the last clip, move it up to be second", moveMoment(3, 2)],
  ["The video's own sound, the waves, down to 30 percent", sourceVolume(0.3)],
  ["Add music with a fade in and a fade out on the music", then(music(), fade('music', 1000, 1000))],
  ["Square please for the Facebook page, 1:1, blur the sides", aspect('1:1', 'blur')],
  ["use only the last file, that's the GoPro one, then keep the whole thing, no cuts", then(only('last'), keepAll)],
  ["No need to change the title, it's fine as it is", nothing],
  ["All good, vinaka vakalevu! Export it in mp4 for the booking site", exportAs('mp4')],

  // voice: a snowplough driver in Buffalo (night shift, terse)
  ["3am, lake effect. 40 sec of the dashcam, best parts", best(40)],
  ["lot of idle time just sitting at the light. speed that up, don't cut, 6x", idle(6)],
  ["mute the audio from the video, the wipers are driving me nuts", sourceVolume(0)],
  ["clip 2 twice as fast", speed(2, 2)],
  ["put text at the top of the screen 'Route 7 - Lake Effect Night' for the first 3 seconds", text('Route 7 - Lake Effect Night', { position: 'top', start_ms: 0, end_ms: 3000 })],
  ["fade out at the end, 2 seconds, like I'm driving into the dark", fade('clip', undefined, 2000)],
  ["export gif, small, 720", exportAs('gif', '720p')],
  ["can u defrost my windshield lol. nah. thanks bud", nothing],
  ["remove all text, add text 'PLOW 14' at the top, export", then(removeText(), text('PLOW 14', { position: 'top' }), exportAs())],

  // voice: a spice farmer in Zanzibar (jambo, pole pole, sawa, asante sana)
  ["Jambo! Please make a video of my spice farm tour, one minute and a half, best moments only", best(90)],
  ["Pole pole: the first clip, slow it to 0.75 please", speed(0.75, 1)],
  ["Add a title 'Karibu Spice Farm' at the start, sliding in", text('Karibu Spice Farm', { anchor: 'start', motion: 'slide' })],
  ["Sawa, and the vanilla part is clip 2, make it 3 seconds shorter", trimBy(2, 3000)],
  ["Put a background, the photo I uploaded just now of the farm", background('image')],
  ["Use the file cloves-harvest.mp4 only", only('cloves-harvest.mp4')],
  ["Asante sana! Can it translate my Swahili talking into English subtitles?", nothing],
  ["Hakuna shida, export it as mov this time", exportAs('mov')],
  ["add music, then set the music to 15 percent, and turn off the ducking", then(music(), musicVolume(0.15), ducking(false))],

  // voice: a sheriff's deputy in rural Nevada (dry, 10-4, ma'am)
  ["Need a 30 second clip of the best parts from the county fair safety demo. 10-4.", best(30)],
  ["Remove the first clip, ma'am, it shows a civilian's house", removeMoment(1)],
  ["Add an end card 'Nye County Sheriff - Drive Safe', 3 seconds", card('outro', 'Nye County Sheriff - Drive Safe', 3)],
  ["Fade out the clip at the end, one second", fade('clip', undefined, 1000)],
  ["Can you blur the faces of the kids? Department policy.", nothing],
  ["Set it 9 by 16, vertical, for the department's TikTok", aspect('9:16')],
  ["Turn the original audio to 80 percent", sourceVolume(0.8)],
  ["Show me what's on each track before I sign off on it", tracks],
  ["Two things: resolution 1080p, and letterbox bars for the fill", then(resolution('1080p'), fill('letterbox'))],

  // voice: a town crier (Oyez!, archaic proclamations)
  ["OYEZ, OYEZ, OYEZ! Let it be known that this footage shall become a clip of one minute, of the finest moments!", best(60)],
  ["HEAR YE: the second scene shall be moved to the very end!", moveMoment(2, 3)],
  ["By order of the Mayor, a new title proclaiming 'Market Day' shall appear at the beginning!", text('Market Day', { anchor: 'start' })],
  ["Let the bell ring loud: raise the recording's own sound to 140 percent!", sourceVolume(1.4)],
  ["Strike from the record the stretch from 0:18 to 0:24!", cut(18, 24)],
  ["Let there be music beneath, at half volume, which shall NOT yield when I speak!", then(music('lofi', 0.5), ducking(false))],
  ["GOD SAVE THE KING, and thank you, good machine.", nothing],
  ["Let it be printed as a mov, in 4K, for the town hall!", exportAs('mov', '4k')],

  // voice: a tuba player in a Bavarian oompah band (servus, passt scho, oder?, gell)
  ["Servus! From our Oktoberfest gig make a 45 seconds clip of the best moments, gell?", best(45)],
  ["The speech of the Bürgermeister is boring, it is the first clip, remove it bitte", removeMoment(1)],
  ["Make the band louder: the sound of the video itself to 125 percent", sourceVolume(1.25)],
  ["Put a lower third 'Sepp Huber, Tuba'", text('Sepp Huber, Tuba', { style: 'lower-third' })],
  ["Zoom in at 0:33 on the tuba for 2 seconds, oder?", zoomAt(33, 2)],
  ["Switch off the automatic zoom, it makes me seasick", zoom('off')],
  ["Passt scho. Export as mp4 for the Facebook page", exportAs('mp4')],
  ["Can the tool tune my tuba? It was a bit flat, haha", nothing],
  ["auto zoom on, but a bit less of it", then(zoom('auto'), zoom('less'))],

  // voice: an usher at a West End theatre (polite, theatrical)
  ["Ladies and gentlemen, please take your seats: I need a 20 second teaser of the best moments from the backstage tour", best(20)],
  ["Please show a text 'Tonight at 7:30' for the last 5 seconds", text('Tonight at 7:30', { anchor: 'end', duration_ms: 5000 })],
  ["Could the third clip be trimmed by one second, it overruns like the second act", trimBy(3, 1000)],
  ["Gently fade the whole thing in at the start, house lights down, one and a half seconds", fade('clip', 1500)],
  ["And the music: add the default track, then make it a little louder", then(music(), louder)],
  ["Square please, 1:1, and letterbox rather than cropping", aspect('1:1', 'letterbox')],
  ["Would it be possible to record an announcement voice-over on top?", nothing],
  ["Thank you for your patience, please export it, mp4, 720p, for the foyer screens", exportAs('mp4', '720p')],

  // voice: a vintage-clothing seller on Depop (UK Gen Z: ngl, bare, proper)
  ["ngl need a proper quick 15 sec vid of the best bits for my depop haul", best(15)],
  ["make it vertical for reels, crop it so there's no bars", aspect('9:16', 'crop')],
  ["it's bare slow, speed the whole thing up 1.5x", speed(1.5)],
  ["add text 'ALL ITEMS £10' at the bottom, sliding in", text('ALL ITEMS £10', { position: 'bottom', motion: 'slide' })],
  ["the title is literally so cringe, get rid of it", removeText(1)],
  ["add music but keep it low, like 20%", music('lofi', 0.2)],
  ["can u remove the creases from the jacket 😭", nothing],
  ["zoom in at 0:07 on the label for like 2 secs", zoomAt(7, 2)],
  ["vertical, 15 sec, music at 30%, text 'DROP SUNDAY' at the top, then export", then(aspect('9:16'), best(15), music('lofi', 0.3), text('DROP SUNDAY', { position: 'top' }), exportAs())],

  // voice: a widower of 84 learning computers (full stops, signs "Harold")
  ["Dear Sir or Madam. My granddaughter has shown me this. I would like a short film of the best parts of my garden video, about one minute. Regards, Harold.", best(60)],
  ["Dear Sir. The second piece is of my late wife's roses. Please make it play slower, at half speed. Regards, Harold.", speed(0.5, 2)],
  ["Please put the words 'For Margaret' at the end of the film. Harold.", text('For Margaret', { anchor: 'end' })],
  ["I have pressed something wrong. Could you put it back as it was before my last request. Harold.", undo],
  ["Please add some music underneath, the usual kind. Regards, Harold.", music()],
  ["Would you tell me how much this costs? I am on a pension. Harold.", nothing],
  ["Please remove all of the writing from the picture. Harold.", removeText()],
  ["Thank you very much. You have been very patient with me. Harold.", nothing],
  ["Please make it into a file I can send by email, the small size, 720. Regards, Harold.", exportAs('mp4', '720p')],

  // voice: a wine-bar owner in Tbilisi (Georgian non-native: gamarjoba, genatsvale, madloba)
  ["Gamarjoba! I have video of our supra evening. Please make 1 minute 5 seconds, best moments", best(65)],
  ["Genatsvale, the toasts go long. Speed the quiet parts 4 times faster, but do not cut anything", idle(4)],
  ["Second clip put to the first place", moveMoment(2, 1)],
  ["Add intro card 'Ghvino Bar, Tbilisi', standard length", card('intro', 'Ghvino Bar, Tbilisi')],
  ["Make crossfade 0.8 second between the moments", crossfade(800)],
  ["Add music also, volume 45 percent, and the music must fade in at the start", then(music('lofi', 0.45), fade('music', 1000))],
  ["Resolution 1080p, I export tomorrow, not today", resolution('1080p')],
  ["Madloba! Can you also make the wine look more amber colour?", nothing],
  ["Background default, then remove it, I don't like it. Then export.", then(background(), noBackground, exportAs())],

  // voice: a yurt-camp host in Mongolia (non-native, simple sentences, bayarlalaa)
  ["Hello. I am yurt camp owner. Please make 2 minutes video, best moments, for tourists.", best(120)],
  ["First file and second file only. Third file is my cousin wedding.", only('first', 'second')],
  ["Horse riding is last clip. Please it go first.", moveMoment(3, 1)],
  ["Add new title 'Steppe Nomad Camp' in middle of screen", text('Steppe Nomad Camp', { position: 'center' })],
  ["Wind sound is too much. Make video sound to 20 percent.", sourceVolume(0.2)],
  ["Put the background, default one please", background()],
  ["Landscape, 16 to 9", aspect('16:9')],
  ["Please undo two times, then redo one time", then(undo, undo, redo)],
  ["Today I do not export. Tomorrow maybe.", nothing],
  ["Bayarlalaa. Now export, mp4", exportAs('mp4')],

  // voice: a mountain-bike trail builder in British Columbia (stoked, gnarly, sick)
  ["stoked! need a sick 50 sec edit of the trail build, best moments", best(50)],
  ["the drop at 0:27, zoom in on it, hold 3 secs", zoomAt(27, 3)],
  ["clip 3 should be slow-mo, quarter speed", speed(0.25, 3)],
  ["nuke 0:41 through 0:44, that's me eating dirt lol", cut(41, 44)],
  ["tiktok format pls, the blurry edges thing", aspect('9:16', 'blur')],
  ["add music at 70 percent and no ducking, let it rip", then(music('lofi', 0.7), ducking(false))],
  ["fade in and out on the whole vid, half a second each", fade('clip', 500, 500)],
  ["can it add a GoPro-style fisheye? that'd be gnarly", nothing],
  ["start over, cut only the dead air out, then export mp4 1080p", then(startOver, deadAir, exportAs('mp4', '1080p'))],

  // voice: an ombudsman's caseworker (formal, bureaucratic)
  ["For the avoidance of doubt: the required output is a clip of 35 seconds comprising the best moments.", best(35)],
  ["Please remove the third segment; it contains personal data.", removeMoment(3)],
  ["Kindly insert a caption reading 'Case reference withheld' for the first 6 seconds.", text('Case reference withheld', { style: 'caption', start_ms: 0, end_ms: 6000 })],
  ["The title should read 'Complaints Process: An Overview'.", editText({ index: 1, text: 'Complaints Process: An Overview' })],
  ["Please display the title from 2 seconds to 8 seconds only.", editText({ index: 1, start_ms: 2000, end_ms: 8000 })],
  ["Remove the dead air throughout, retaining all speech.", deadAir],
  ["Please confirm whether footage is retained after export. No changes at this stage.", nothing],
  ["Please set the resolution to 720p; export is not yet authorised.", resolution('720p')],
  ["Please: (1) add music at 10 per cent; (2) fade the music out at the end; (3) export as mov.", then(music('lofi', 0.1), fade('music', undefined, 1000), exportAs('mov'))],
];
