import type { Phrasing } from '../ops';
import {
  aspect, background, best, card, crossfade, cut, cutLast, deadAir, ducking, editText, exportAs, fade, fill, idle,
  keepAll, louder, moveMoment, music, musicVolume, noBackground, noMusic, nothing, only, quieter, redo, removeCard,
  removeMoment, removeText, resolution, sourceVolume, speed, startOver, text, then, tracks, trimBy, trimTo, undo,
  zoom, zoomAt,
} from '../ops';

/**
 * Held-out 45 (written as fresh 45; measured blind in session 43, opened in session 44), English: a blind phrasing set written by a helper on 2026-12-06, to measure the parser on words it was
 * never tuned on. No theme: the everyday asks of people new to the tool, in about the proportions they come, written
 * the way people ask in a forum question, a help thread, a message to a friend who edits or a first try of a tool:
 * mostly plain requests, some with a reason or context ("the camera was shaking", "the kitchen fan is noisy", "a car
 * passes too close", "I dropped a spoon", "my cousin makes faces in it", "one visitor dey block the carvings", "the file
 * must be small for email", "mi data nearly done", "it is drowning out the birds"), some terse ("Cut 0:12 to 0:19.
 * Sanding noise.", "Moment 1 only 6 seconds.", "Zoom off. Show the whole frame.", "music lofi, volume 25%", "moment 1
 * and 2 change place"), some polite ("Kindly", "Could you please", "Would you mind", "Excuse me, I want to make",
 * "Guten Tag. Please compile"), a few with a typo or broken grammar ("begining", "The second moment is too much long",
 * "Please to make the first moment 2 seconds shorter", "the part nobody talk and nothing move, cut it out", "make video
 * more short", "don't change nothing now"), dialect and mixed languages (Pidgin, patois, Taglish, Kreyòl, Swahili,
 * Catalan and others, one voice each), and lowercase with emoji (the Ziro voice). Every line was meant to have one
 * reading a careful editor would carry out without asking.
 *
 * Read while writing: /work/briefs/writer45-en.md (the brief, whole); bench/phrasings/ops.ts,
 * bench/phrasings/sameEdit.ts, src/protocol/editOps.ts, src/protocol/draft.ts (all whole, with `cat`); lines 1-20 of
 * /work/wt-writers45/README.md (`sed -n 1,20p`: the product description and the backends table, not its "What you can
 * say" table); /work/briefs/issue13.md (whole); and /work/briefs/headers46.txt: one `grep -n '^=== '` piped into
 * `grep -n 'fresh44'` (it printed only the two fresh44 "=== " lines with their line numbers, 772 and 964) and, in the
 * same command, one `grep -c '^=== '` (a count, 103); one awk printing only the line number of the first "=== " line
 * after line 964 (1199); the fresh44/en.ts header read whole (`sed -n 772,963p`) and the fresh44/zh.ts header read whole
 * (`sed -n 964,1198p`), for their form. The rest of headers46.txt was only searched, on two private copies under
 * /tmp/w45-en (the leading " * " of every line stripped, lines joined with a space, accents folded (ø, æ, ß, ł and the
 * like mapped too) and lower-cased; and the same with whitespace, hyphens and apostrophes removed): hit counts (whole
 * words in the first copy, substrings in the second, all printed with their counts) for about 330 spellings of
 * candidate places and their regions, about 90 countries, regions and languages, about 110 trade and topic words and
 * the 11 file names of this set (no hit); and short context (about 60-70 characters before a hit and 30 after, at most
 * 4 to 8 hits a word) around the hits of humahuaca, jujuy, yukon, rio grande, portland, cumbria, istria, sardinia,
 * mississippi, delta; benin, cotonou, lesotho, sesotho, madagascar, malagasy, cameroon, armenia, latvia, lithuania,
 * albania, serbia, haiti, fiji, ethiopia, amharic; pirogue, filigree, ice-fishing, ice fishing, winnipeg, rafting, raft,
 * music festival, kite, bronze, mask, florist, brewery, apricot, motorbike, fish restaurant, distillery, bike rental,
 * manitoba, cave, drum, pony, silver, bakery, bread, guesthouse, boat tour, heritage, b&b, icelandic, bookshop, tailor,
 * fossil, cycling, ramen, carnival, restoration, bead, hanbok, window, shawl, soap, marble, jerk, canal, polo (to say
 * the near neighbours below, and to turn places and trades away).
 * Not read: any other phrasing set or other file of bench/phrasings/ (no listing of it was made; the new folder was
 * made with `mkdir -p /work/wt-writers45/bench/phrasings/fresh45` and only this file was checked with `test -e`, which
 * printed "absent" before the first copy), the parser (src/engine), src/protocol/vocabulary.ts or any other src file,
 * tsconfig.json, test/, scripts/, bench/*.ts, out/, dist/, /work/*.txt, /work/main, any other worktree, every other
 * file under /work/briefs (none of them was opened; see slip 1 for their names), the Chinese file written beside this
 * one; no git command was run; no sentence was run through the parser, the CLI, the engine or the bench; no npm test.
 * The lines were drafted in a private folder (/tmp/w45-en) as a python list of lines, each with its expected operations
 * written as ops.ts builder calls, counted there by a python script with python mirrors of the ops.ts builders (written
 * by me from ops.ts), turned into this file by a small script and copied in.
 * Slips, said exactly: (1) My first command, meant to print the brief, was `cat` of the brief joined with `ls -la
 * /work/briefs/` (run before I had read the brief's rule not to list it), which printed a long listing (names, sizes,
 * owner and dates) of the 44 files there: g45-common.md, g45-everyday.md, g45-h40en.md, g45-h40zh.md, g45-idle.md,
 * g45-wrongs.md, g46-asks41.md, g46-common.md, g46-endcut.md, g46-reasons.md, g46-sourcelevel.md, g46-wrongs41.md,
 * g47-asides.md, g47-common.md, g47-enmisc.md, g47-health.md, g47-wrongs.md, g47-zhmisc.md, g48-common.md, g48-en.md,
 * g48-sound.md, g48-zhasks.md, g48-zhwrongs.md, headers42.txt, headers43.txt, headers44.txt, headers45.txt,
 * headers46.txt, issue13.md, writer41-common.md, writer41-en.md, writer41-zh.md, writer42-common.md, writer42-en.md,
 * writer42-zh.md, writer43-common.md, writer43-en.md, writer43-zh.md, writer44-common.md, writer44-en.md,
 * writer44-zh.md, writer45-common.md, writer45-en.md, writer45-zh.md; none of them but the three allowed was opened.
 * (2) The short-context searches printed bits of other headers: voices with their places, trades and dialect words
 * (e.g. a llama-trek guide in Humahuaca, Jujuy; a Yukon dog musher and a Whitehorse winter-tyre shop; a Pelotas sweets
 * shop; a Portland vegan baker; a Kendal wool merchant and a Cumbrian fell runner; an Istria truffle hunter and a Brač
 * olive-oil producer; a Sardinian pecorino maker and a Cagliari flamingo-birding guide; a Mississippi Delta catfish
 * farmer; an Okavango mokoro poler; an Ouidah drum maker and a Cotonou zemidjan driver; a Maseru blanket seller and a
 * Mokhotlong mohair cooperative; Antsirabe, Sava, Antananarivo and Toamasina voices; Douala, Buea and Bamenda voices; a
 * Dilijan woodcarver and a Gyumri lavash baker; a Riga smoked-fish seller and a Daugavpils fortress guide; Kaunas,
 * Palanga, Vilnius and Klaipeda voices; an Albanian raki distiller, a Gjirokaster guesthouse and a Prizren flija cook; a
 * Belgrade tennis coach and a Novi Sad game developer; a Haitian street-food vendor in Miami; Fiji reef-tour, Suva and
 * Lautoka voices; Addis Ababa, Lalibela, Gondar and Hawassa voices; a Mompox filigree jeweller, a Bobo-Dioulasso music
 * festival organiser, a Weifang kite maker, a Ouagadougou bronze caster, Minnesota, Kuopio and Lake Superior ice-fishing
 * guides, Winnipeg and Churchill voices, a Braga e-bike rental, Jinja and Livingstone rafting guides, a Guilin
 * bamboo-raft boatman, a Saigon motorbike mechanic, a Hunza apricot dryer, florists, craft breweries, bakeries,
 * guesthouses, a Lecce B&B owner, a Narok beadwork seller, Dakar and Savile Row tailors, Chinese-set voices and trades);
 * lists of earlier places and trade words; the name headers29.txt inside one header; fragments of other headers' count
 * paragraphs (the "rafting" search matched "drafting"); file names of other sets (e.g. truck_horns.mp3,
 * armenian_duduk.mp3, soca_mix.mp3, shaobing_drum.mp3, drum_beat.mp3, tatung_drum.mp3, cumbia_fiesta.mp3,
 * rush_weave.mp3, kopi_morning.mp3, silver_hammer.mp3, pen_factory.mp3, drum-dance.mp3, haka-practice.m4a, sevdah.mp3,
 * rock-breeze.mp3, galaxy-bg.png, bruges-canal.jpg, tailor_shop.jpg, estufa.jpg, harbor.jpg, apricot_trays.png);
 * topics of other sets' must-change-nothing lines (amharic subtitles and letters, whitening teeth, recolouring soap,
 * counting reps, naming plants, removing a blue colour, translating into Sesotho, Windows 7, how long an export takes,
 * a Latvian voice-over, working offline, stabilising, posting to Instagram, "more silver" roofs, bread more golden, a
 * brighter picture); and a few quoted fragments of other sets' lines ("the waiter drop the plate", "the auger won't
 * start", "the b&b wifi is rubbish", "are tickets still available for friday? oops, wrong window!", "haha the kids are
 * going t…", "is it possible make voice-over in latvian?", "the moment 3 put it seco…", "kill the duckin" turn it off).
 * Because of what they showed I turned away Tilcara, Dawson City, Clarksdale, Nuoro, Rovinj and Keswick, changed
 * trades I had planned (a Foumban bronze caster, a Gimli ice-fishing outfitter, an Onomichi bicycle rental, a Ziro
 * festival volunteer, a Villa de Leyva kite maker, a Girona florist, a Lewes brewery, Kuldīga and Gyeongju bakeries, a
 * Goris guesthouse, a Mardin filigree workshop, a Naxos distillery, Port Antonio bamboo rafting), and reworded lines of
 * mine that came near what was shown (two "the kids" thanks, a "moment 3 put ..." line, a patois no-ducking line, a
 * slow-wifi reason, and must-change-nothing questions about letters, translation, a second language, brightness and a
 * whiter colour); I also reworded lines that came near the phrasings quoted in the fresh44 headers (lights failing, "not
 * blur", "no blur", "third moment put first", a hand on camera, "keep all the footage", "the buyer wants to see
 * everything", a slow network, "Add a fade out at the end", "original sound" / "the recording's sound", "no ducking",
 * "6 seconds long", "4:5 for the feed", a preview slow to load, "Good day. I would like"). No line, file name or topic
 * here was taken from what was shown. (3) The fresh44 headers, read whole as allowed, themselves contain earlier helpers'
 * slips, with names of files in /work/briefs of earlier rounds. (4) The brief's type-check compiles the whole project,
 * so tsc read src/protocol (vocabulary included) and whatever else tsconfig takes in, none of it shown; its output was
 * filtered to lines naming this file and printed nothing each of the four times it ran (once with a placeholder header,
 * then three times with this header, after two lines and this paragraph were reworded); tsc's own exit status was 0
 * each time (no error in any file). One `npx tsc -p . --listFilesOnly` piped
 * into `grep -F 'fresh45/en.ts'` printed only this file's path (to be sure the check reaches it).
 *
 * Voices (30; each place searched in headers46.txt first, with other spellings and its region, with no hit: Ganvié,
 * Ganvie, Nokoué; Bahir Dar, Bahar; Bagamoyo; Fianarantsoa, Fianar, Antaimoro; Malealea, Basotho; Foumban, Bamoun, Bamum;
 * Makhanda, Grahamstown, Eastern Cape; Ha Giang, Hagiang; Sagada, Mountain Province; Chitral, Khyber, Pakhtunkhwa; Ziro,
 * Arunachal, Apatani; Gyeongju, Kyongju; Onomichi, Hiroshima, Shimanami; Goris, Syunik, Tatev; Mardin; Kuldīga,
 * Kurzeme, Venta; Trakai, Karaim; Shkodër, Shkodra, Scutari; Subotica, Vojvodina; Naxos, Apiranthos, Cyclades;
 * Aveiro; Görlitz, Goerlitz, Saxony; Girona, Catalonia; Lewes, Sussex; Port Antonio; Jacmel; Villa de Leyva, Leyva,
 * Boyacá; Eureka Springs, Arkansas; Gimli, Lake Winnipeg; Levuka, Ovalau. Turned away for a hit, among others: Jinja,
 * Nkhata, Lüderitz, Swakopmund, Maun, Kasane, Ziguinchor, Bobo-Dioulasso, Agadez, Chefchaouen, Antsirabe, Limbe, Dalat,
 * Luang Prabang, Chiang Rai, Ipoh, Tawau, Vigan, Iloilo, Baguio, Dili, Kandy, Trincomalee, Bhaktapur, Thimphu, Leh,
 * Shillong, Hunza, Skardu, Hpa-An, Yogyakarta, Jeonju, Hualien, Karakol, Naryn, Mestia, Kutaisi, Dilijan, Kashan,
 * Byblos, Madaba, Tromsø, Lofoten (so Svolvær too), Rovaniemi, Zakopane, Brasov, Prizren, Novi Sad, Zadar, Lecce,
 * Ghent, Groningen, Freiburg, Graz, Appenzell, Kirkwall, Orkney, Derry, Chania, Puebla, Quetzaltenango, Copán, Bocas
 * del Toro, Cartagena, Mompox, Otavalo, Cusco, Huaraz, Iquitos, Valparaíso, Chiloé, Bariloche, Ouro Preto, Manaus,
 * Roseau, Gouyave, Lunenburg, Saskatoon, Thunder Bay, Churchill, Juneau, Moab, Rotorua, Launceston, Cairns, Port Vila,
 * Tarawa, Funafuti; Tilcara (Humahuaca and Jujuy used), Dawson City (Yukon used), Clarksdale (the Mississippi Delta
 * used), Nuoro (Sardinia used), Rovinj (Istria used), Keswick (Cumbria used); and left alone though free: Nosy Be,
 * Hermanus, Knysna, Vang Vieng, Sukhothai, Siargao, Bandipur, Munnar, Srimangal, Sumba, Toraja, Takayama, Lankaran,
 * Safranbolu, Göreme, Sigulda, Český Krumlov, Banská Štiavnica, Tokaj, Szentendre, Sighișoara, Maramureș, Bansko,
 * Sozopol, Ptuj, Hvar, Trogir, Bergamo, Orvieto, Sintra, Óbidos, Guimarães, Ronda, Teruel, Annecy, Leuven, Delft,
 * Haarlem, Giethoorn, Lübeck, Quedlinburg, Vianden, Tobermory, Hay-on-Wye, St Ives, Kinsale, Portrush, Mdina, Ioannina,
 * Kalamata, San Cristóbal, Guanajuato, Tulum, Bacalar, Caye Caulker, Salento, Rurrenabaque, Puerto Natales, Punta del
 * Este, Florianópolis, Olinda, Pirenópolis, Viñales, Marfa, Astoria, Ocracoke, Galveston, Akaroa, Hokitika, Margaret
 * River, Byron Bay, Kununurra, Koror):
 * 1. Ganvié, Lake Nokoué, Benin: a pirogue guide in the stilt village (francophone non-native: bonjour, voilà,
 * d'accord, "too much long", "It is possible ...?");
 * 2. Bahir Dar, Ethiopia: boat trips to the Lake Tana monasteries (Ethiopian English, careful and polite, full stops:
 * selam, please, ishi, amesegnalehu);
 * 3. Bagamoyo, Tanzania: a drum and dance teacher at the arts college (Swahili mixed in, lowercase: mambo, sawa, pole
 * pole, haraka, asante sana);
 * 4. Fianarantsoa, Madagascar: an Antaimoro paper workshop (French non-native, careful: s'il vous plaît, "it is
 * necessary", « » quotes, misaotra);
 * 5. Malealea, Lesotho: a pony-trekking lodge (courteous, full sentences, requests worded as questions: khotso, ntate,
 * ke a leboha);
 * 6. Foumban, Cameroon: a guide at the sultan's palace museum (Cameroonian Pidgin: abeg, oya, na, dey, e go do, small
 * small, my brother);
 * 7. Makhanda, Eastern Cape, South Africa: a high-school drama teacher making a teaser for the arts festival (South
 * African slang: howzit, ja, lekker, shame, ag no, just now, hey, chuffed);
 * 8. Hà Giang, Vietnam: a motorbike loop-tour company (Vietnamese non-native, terse, no articles: pls, cam on ban);
 * 9. Sagada, Mountain Province, Philippines: a caving guide (Taglish: po, naman, sige, salamat, pls, haha);
 * 10. Chitral, Khyber Pakhtunkhwa, Pakistan: a shop of Chitrali wool caps (pakol) and shawls (Pakistani English,
 * formal: kindly, do the needful, itself, jee, shukriya);
 * 11. Ziro, Arunachal Pradesh, India: a young rice-and-fish paddy farmer posting farm videos (lowercase with emoji:
 * yaar, bhai, pls, lol);
 * 12. Gyeongju, South Korea: a hanbok rental shop (Korean English, cheerful: ^^, plz, ㅠㅠ, "Thank you so much!!");
 * 13. Onomichi, Hiroshima, Japan: a ramen shop (very polite Japanese English: excuse me, sorry, please, "I want to
 * make");
 * 14. Goris, Syunik, Armenia: an operator at the Tatev cable car (Armenian non-native: barev, jan, shat lav, merci,
 * "make me");
 * 15. Mardin, Turkey: the front desk of a hotel in an old stone mansion (Turkish non-native: hocam, tamam, kolay gelsin,
 * verb last);
 * 16. Kuldīga, Latvia: a wooden-window restoration workshop (terse, short sentences with full stops: labdien, paldies);
 * 17. Trakai, Lithuania: a kibinai café by the castle lake (polite non-native: laba diena, ačiū, "please to make");
 * 18. Shkodër, Albania: a fish restaurant on the lake (non-native: mirëdita, shumë mirë, faleminderit, "more short");
 * 19. Subotica, Vojvodina, Serbia: a guide at the Art Nouveau city hall (Serbian slang, short: ajde, bre, brate, e);
 * 20. Apiranthos, Naxos, Greece: a marble-carving workshop (Greek English: yia sas, ela, endaxi, po po, malista);
 * 21. Aveiro, Portugal: moliceiro boat tours on the canals (European Portuguese English: olá, pronto, tá bem, obrigada,
 * "don't change nothing");
 * 22. Görlitz, Saxony, Germany: film-location walking tours (formal German English: guten Tag, please, "should",
 * factor, danke schön);
 * 23. Girona, Catalonia, Spain: a coach at a cycling camp for pro riders (Catalan and Spanish mixed in: bon dia, vale,
 * doncs, molt bé, gràcies);
 * 24. Lewes, East Sussex, England: a secondhand bookshop (British, dry and polite: pop, bit, would you mind, cheers, ta);
 * 25. Port Antonio, Portland, Jamaica: a jerk-pork stand by the beach (Jamaican patois: wah gwaan, mek, mi, pon, di,
 * nuh, fi, big up);
 * 26. Jacmel, Haiti: a papier-mâché carnival mask maker (Kreyòl mixed in: bonjou, tanpri, wi, mèsi anpil);
 * 27. Villa de Leyva, Boyacá, Colombia: a guide at the fossil museum (Colombian Spanish mixed in: parce, qué pena,
 * listo, chévere, porfa);
 * 28. Eureka Springs, Arkansas, USA: a Victorian bed-and-breakfast, an older owner (long polite sentences, a typo:
 * hello dear, thank you kindly, oh dear);
 * 29. Gimli, Manitoba, Canada: a vínarterta bakery (Canadian, terse and casual: eh, bud, jeez, beauty);
 * 30. Levuka, Ovalau, Fiji: a heritage walking-tour guide (Fijian English: bula, io, vinaka, vinaka vakalevu).
 * Near neighbours said plainly (the place is new; its country, region, language or trade had hits elsewhere): Benin 3
 * (an Ouidah drum maker, a Cotonou moto-taxi driver); Ethiopia 7 and Amharic 3 (Addis Ababa, Lalibela, Gondar and a
 * Hawassa lakeside resort); Tanzania 7, Swahili 7 (context not looked at); Madagascar 8 (Antsirabe, Sava, Antananarivo,
 * Toamasina), Malagasy 1; Lesotho 5 (a Maseru blanket seller, a Mokhotlong mohair cooperative, Sesotho words lumela,
 * ntate, kea leboha, khotso), Sesotho 1; Cameroon 6 (Douala, Buea, Bamenda), Pidgin 10; South Africa 6, Afrikaans 2,
 * and fresh44's Tsumeb voice with now now and lekker near Makhanda; Vietnam 7, Vietnamese 14 (a Saigon motorbike
 * mechanic); Philippines 15, Taglish 7; Pakistan 7 (a Hunza apricot dryer, a Multan mango grower) and another voice
 * with kindly / itself / do the needful; India 21 (Arunachal 0); Korea 6, Korean 14; Japan 6, Japanese 17 (ramen 2 as
 * a substring); Armenia 3 (Dilijan, Gyumri); Turkey 10, Turkish 11 (fresh44's Kars dairy); Latvia 4 (Riga, Daugavpils);
 * Lithuania 1, Lithuanian 4 (Kaunas, Palanga, Vilnius, Klaipeda); Albania 2, Albanian 7 (a raki distiller, a
 * Gjirokaster guesthouse, a Prizren cook, Tirana); Serbia 3 (Belgrade, Novi Sad); Greece 4, Greek 6; Portugal 6,
 * Portuguese 20 (a Braga e-bike rental) and fresh44's Paraty voice with obrigado; Germany 8, German 21; Spain 10,
 * Catalan 2; England 9 (a Kendal wool merchant, a Hull voice, a canal lock keeper); Jamaica 3, Jamaican 5, patois 2,
 * Portland 1 (a Portland vegan baker, not Jamaica's parish); Haiti 1, Haitian 1, Kreyol 1 (a Haitian street-food vendor
 * in Miami); Colombia 9 (a Mompox filigree jeweller); USA many (Arkansas 0; a Lecce B&B owner for the trade); Canada 18
 * (a Winnipeg curling ice technician, a Churchill tundra-buggy driver: Manitoba 1); Fiji 6 (a reef-tour skipper, Suva,
 * Lautoka). Trades with hits: hotel 19, guesthouse 12, bakery 11, drum 7, apricot 7, carnival 6, window 5, dance
 * teacher 3, bronze 3, heritage 3, boat tour 2, cycling 2, motorbike 2, pirogue 1, bookshop 1, mask 1, fish restaurant
 * 1, jerk 4 as a substring (jerky); no hit for papier-mâché, pony trek, caving, paddy, hanbok, cable car, kibinai,
 * marble, fossil, pakol, moliceiro, vínarterta, city hall, Art Nouveau, drama teacher, arts college, Antaimoro.
 *
 * Counts: 270 lines (30 voices, 9 lines each), repeated lines 0 (compared trimmed and lower-cased), written in one pass,
 * then rebalanced to the brief's shares (and about 40 lines reworded after, see the slips): six music lines became dead air (2), an upload chosen (2), an idle speed-up and
 * keep everything; four export lines became texts (a new title, the title reworded, moved and retimed); two moment lines
 * became track listings; six lines took a second request (two lengths beside a shape, two shapes beside a length, the
 * tracks before an export, the recording's sound before an export).
 * Must change nothing: 30 of 270 (11.1 %): questions about what the tool can do (10: sending to clients' WhatsApp,
 * working from two computers, drawing a route map, the price for many videos a month, naming the part of the cave by
 * itself, use on an iPhone, a dark mode, sharing the project with a son, saving projects automatically, buildings
 * looking like a painting); negations or changes of mind that leave the draft as it is (2: "E, forget what I said about
 * the title, it stays like this", "Tá bem, I will think about the title tomorrow, don't change nothing now"); complaints
 * with no request (2: a laptop running hot, "no idea what half these buttons do"); thanks, praise and chatter in the
 * voice's own words (16: amesegnalehu, asante sana, lekker / chuffed, shukriya, "bhai this app is too good", "Thank you
 * so much!!", shat lav merci jan, kolay gelsin, paldies, faleminderit, molt bé gràcies, big up yuhself, mèsi anpil,
 * chévere parce, thank you kindly, beauty). Thanks said beside a request (ke a leboha, cam on ban, ačiū, obrigada,
 * vinaka vakalevu, misaotra, salamat) are that request.
 * Lines of several operations: 36 (13.3 %), each two requests said: a length and a shape 13 (three with the shape said
 * first), two exports 8, a shape and an export 6, a text and an export 4 (new titles), an export and the tracks 2, the
 * tracks and an export 1, the recording's sound and an export 1, lo-fi and "do not make it lower when people talk" 1
 * (sameEdit folds the ducking into the music).
 * By the brief's shares (a line with two requests counted under each): lengths 34, shapes 30, music 27 (music fades
 * counted here), texts 40, exports and resolutions 33 (32 lines with an export, 1 setting a resolution alone), idle /
 * dead air / keep everything / uploads 14, moment edits, cuts and whole-clip speeds 35, clip fades / crossfades / zoom /
 * backgrounds / cards 31, history / tracks / source sound 23, must change nothing 30.
 * Operations by kind (276 in all; 275 after sameEdit's folding): compile_best_moments 34 (30 s 8, 60 s 5 "one minute",
 * "1 minute", "60 second", "1-minute", "about one minute"; 45 s 4, 20 s 4 "20s", "20 seconds", "20 sec max",
 * "keep it to 20 seconds", 90 s 3 "90 seconds", "90 sec", "1 minute 30 seconds", 120 s 2 "2 minutes", "two minute",
 * 40 s 2, 50 s 2, 75 s 1, 35 s 1, 25 s 1, 15 s 1), remove_dead_air 3, speed_up_idle 5 (3x, 4x, 5x, 6x "by factor 6",
 * 8x, each said), keep_everything 2, use_sources 4 (cabin_front.mp4, helmet_cam.mp4, "first", "second"), set_aspect 29
 * (9:16 13: plain 11, blur 1, crop 1 "fill the frame by cropping"; 1:1 7, one with letterbox "black bars to fill the
 * empty space"; 16:9 6; 4:5 3), set_fill 1 (letterbox, "change the fill to black bars"), set_resolution 1 (1080p),
 * add_text 29 (titles 16: top 10 of which one for the first 4 s, center 3 of which one for the first 5 s, bottom 1, the
 * first 3 s and the first 4 s with no place; captions 9: bottom 7 of which one 3-8 s and one 5-10 s, top 2; lower
 * thirds 4, "Name, role"), edit_text 9 (words 3, place 3: bottom, top, center; timing 3: 2-6 s, 1-5 s,
 * 0-3 s), remove_text 2, add_music 14 (lofi 5: unsaid 35 % three times, 30 %, 25 %, one of the unsaid with no ducking;
 * uploaded files 9: pirogue_song.mp3 40 %, valiha_soft.mp3 unsaid, spring_gayageum.mp3 30 %, gorge_flute.mp3 "50
 * percent", lake_sunset.mp3 unsaid, fado_guitar.mp3 30 %, yard_riddim.mp3 50 %, mask_drums.mp3 35 % said,
 * ocean_lali.mp3 "25 percent"), set_music_volume 6 (0.2, 0.1, quieter three times, louder), set_ducking 3 (off twice,
 * one folded into its music; on once, "go lower by itself when the guide is speaking"), remove_music 2, set_source_volume
 * 6 (0 "mute the camera audio", 0.3, 0.4, 0.5, 0.8, 1.2), fade 9 (clip 6: in and out 1 s unsaid, in 1 s and out 2 s, in 2
 * s, out 2 s, out 1 s said, out 1 s unsaid "fade to black at the end"; music 3: in 2 s, out 3 s, in 0 "take out the fade
 * in of the music"), crossfade 4 (1 s, 0.3 s, 0.5 s unsaid, 0.5 s "half a second"), remove_moment 6, move_moment 6 (3 to
 * 1 three times, 2 and 3 swapped, 1 and 2 swapped, 3 to 2), trim_moment 7 (by 3 s twice, by 2 s, by 4 s; to 5 s, 6 s, 8
 * s), cut_range 8 (1:05-1:12, 0:40-0:48, 0:12-0:19, 0:50-0:58, 1:20-1:26; the last 4 s, 6 s and 3 s), set_speed 8
 * (whole clip 1.25; one moment 0.5 four times "half speed", "0.5x", 2 twice, 1.5), undo 6, redo 2, start_over 2,
 * show_tracks 7 (2 after an export, 1 before one), export 40 in 32 lines (mp4 1080p 11, mp4 720p 10, mp4 with no
 * resolution 4, mp4 4k 3, mov 4k 2, mov 1080p 2, mov 1, gif 3, gif 720p 2, webm 2), set_zoom 5 (auto, less, more twice,
 * off), zoom_at 4 (0:25 held 4 s, 0:18 held 5 s, 0:32 held 3 s, 0:15 held 3 s, each said), set_background 3 (aurora
 * three times), remove_background 1, add_card 7 (intro 3 s twice, intro 2 s unsaid; outro 3 s, 4 s, 2 s unsaid twice),
 * remove_card 1 (intro); set_moment_range 0.
 *
 * Defaults of ops.ts that decided expectations: every length line names a length (best moments at that length); music
 * with no level is lo-fi (or the named file) at 35 % ducked, a level said replacing the 35 %; a clip fade with no length
 * ("fade the clip in and out", "fade to black at the end") is 1 s; a crossfade with no length 0.5 s; a card with no
 * length 2 s; a text with no length keeps newText's default; "aurora" is the default aurora; an export with no format is
 * mp4 ("Export in 1080p", "Export 720p"), with no resolution said it has none; "1080" is 1080p, "4K" 4k.
 * Decided readings. Shapes: vertical, TikTok, Reels, reels, YouTube Shorts, Stories, insta stories, Facebook stories,
 * WhatsApp status, portrait 9:16 9:16; square 1:1; 16:9, landscape and horizontal 16:9; 4:5 said in each 4:5 line. Fill:
 * "with blur for the sides" blur, "fill the frame by cropping" crop, black bars letterbox. Texts: "the title" alone is
 * the draft's text 1, changed with no number (moved, reworded, retimed) or removed; a new title, caption, lower third or
 * text is asked with its words in quotes, « », after a colon or after "says" / "saying" as the rest of the sentence;
 * "put text" and "add text" are titles; "in the middle", "on center", "in the center" center. Cards: "a card at the end"
 * is an outro card. Music: "quieter", "turn it down", "turned down a touch" quieter; "a little louder" louder; "put the
 * music small small, 20%" and "knock it down to 10%" the level alone; "no background music, remove it", "Take the music
 * out" remove the draft's music; "do not make it lower when people talk", "tek off di ducking" ducking off; "go lower by
 * itself when the guide is speaking" ducking on. Sound: "the audio of the recording", "the video's own sound", "the
 * video's own audio", "the sound from the camera", "di sound a di recording" are the source volume ("mute the camera
 * audio" 0). Moments: the draft has three; "must open the video", "start with moment 3", "must come
 * first" move to place 1; "move it to second place" to place 2; "swap", "change place" of neighbours a swap; "N seconds
 * shorter" / "shorter by N seconds" trim by; "make it 5 seconds only", "only 6 seconds", "make it 8 seconds" trim to;
 * "the last N seconds" a cut from the end; "from a to b" a cut by time. Speed: "all video 1.25x faster" the whole clip;
 * "moment N ... 2x / half speed / 0.5x / 1.5x" that moment. Idle: stretches where nothing happens sped up when speeding
 * is said (by the factor said), cut (dead air) when cut or remove is said; "put the full footage on the timeline, uncut"
 * and "keep the whole process uncut" keep everything; "the video I uploaded second" is use_sources "second", "the first
 * video" "first". History: "undo", "go back one step", "undo that" one undo; "redo" a redo; "start over", "start again
 * from empty" start over; "show me the tracks" the tracks. Exports: two in one line in the order said, each with only its
 * own resolution; an export said before "show me the tracks" stands before it, and "Show me the tracks, then export"
 * after it. A request worded as a question is the request; a question beside no request changes nothing.
 *
 * Read against a draft of 3 moments and 1 text (a title), with music where a line speaks of the music.
 * Not compared with the other sets (they were not read): the lead removes lines shared with them.
 * The lead converted the entries to the sets' [say, want] form by a script (each line's phrasing and expected operations
 * equal before and after: 270/270) and dropped 2 lines shared (letter case aside) with an earlier set, by a script that
 * printed counts only: 268. The lead saw no line of this file.
 * Measured blind on b4d45b4 (session 43, the grammar at the session's start):
 * 249/268 = 92.9 % (10 wrong edits, 2 right edits with words left unread, 3 asked first, 4 not read).
 * Opened in session 44, while fresh 46 was written by helpers who saw nothing of it.
 */
export const heldout45En: [string, Phrasing['want']][] = [
  // 1. Ganvié, Lake Nokoué, Benin: a pirogue guide in the stilt village (francophone non-native: bonjour, voilà, d'accord, "too much long", "It is possible ...?")
  ['Bonjour, I want a clip of 45 seconds with the best moments of the tour on the lake', best(45)],
  ['The houses on stilts must open the video, they are in the third moment', moveMoment(3, 1)],
  ["Put a title 'Ganvié, the village on the water' at the top", text('Ganvié, the village on the water', { position: 'top' })],
  ['The second moment is too much long, make it 5 seconds only', trimTo(2, 5000)],
  ['For the Facebook page of the agency I need it square, voilà', aspect('1:1')],
  ['For the music use my file pirogue_song.mp3 at 40%', music('pirogue_song.mp3', 0.4)],
  ["Export it in mp4 1080p, d'accord? And after, a gif version also", then(exportAs('mp4', '1080p'), exportAs('gif'))],
  ['It is possible to send the video direct to the WhatsApp of the clients?', nothing],
  ['The motor of the boat is too strong, put the audio of the recording at 30%', sourceVolume(0.3)],
  // 2. Bahir Dar, Ethiopia: boat trips to the Lake Tana monasteries (Ethiopian English, careful and polite, full stops: selam, please, ishi, amesegnalehu)
  ['Selam. Please make a one minute video from the best parts of our monastery trip.', best(60)],
  ["Please add a lower third with 'Abebe Tesfaye, boat captain'.", text('Abebe Tesfaye, boat captain', { style: 'lower-third' })],
  ['Please remove the first moment, the camera was shaking.', removeMoment(1)],
  ['We need a 30 second vertical version for TikTok, please.', then(best(30), aspect('9:16'))],
  ['Ishi, please fade the clip in and out.', fade('clip', 1000, 1000)],
  ['The hippo part is the best, please make moment 2 play at half speed.', speed(0.5, 2)],
  ["Please change the title to 'Lake Tana Monasteries by Boat'.", editText({ text: 'Lake Tana Monasteries by Boat' })],
  ['Amesegnalehu, the tourists liked it very much.', nothing],
  ['Please export it in 720p, the file must be small for email.', exportAs('mp4', '720p')],
  // 3. Bagamoyo, Tanzania: a drum and dance teacher at the arts college (Swahili mixed in, lowercase: mambo, sawa, pole pole, haraka, asante sana)
  ['mambo! cut our ngoma rehearsal to 90 seconds, the best bits', best(90)],
  ["sawa, now make it portrait 9:16 for the students' reels", aspect('9:16')],
  ['the drums are already the music, no background music please, remove it', noMusic],
  ['pole pole... show me the tracks, I want to see what is there', tracks],
  ["add caption 'Ngoma ya Bagamoyo' at the bottom", text('Ngoma ya Bagamoyo', { style: 'caption', position: 'bottom' })],
  ["the dancers must be heard, turn the video's own sound up to 120%", sourceVolume(1.2)],
  ["haraka: add a title 'Bagamoyo Arts Festival' for the first 4 seconds", text('Bagamoyo Arts Festival', { start_ms: 0, duration_ms: 4000 })],
  ['undo that last change, it was better before', undo],
  ['asante sana, the students danced when they watched it', nothing],
  // 4. Fianarantsoa, Madagascar: an Antaimoro paper workshop (paper with pressed flowers) (French non-native, careful: s'il vous plaît, "it is necessary", « » quotes, misaotra)
  ['Hello, I would like a film of 2 minutes with the best moments of the paper making.', best(120)],
  ['It is necessary to speed up the long parts where nothing moves, 3x please.', idle(3)],
  ['Add the title « Papier Antaimoro » in the center for the first 5 seconds.', text('Papier Antaimoro', { position: 'center', start_ms: 0, duration_ms: 5000 })],
  ['Please put the aurora background behind the video.', background()],
  ['Delete the part between 1:05 and 1:12, there is a customer who walks in front.', cut(65, 72)],
  ["Add music with my file valiha_soft.mp3, s'il vous plaît", music('valiha_soft.mp3')],
  ['Is it possible to work on the video from two computers, me and my sister?', nothing],
  ['Make crossfades of 1 second between the moments', crossfade(1000)],
  ['Export in MOV 4K for the exhibition, and one mp4 in 720p for the website, misaotra', then(exportAs('mov', '4k'), exportAs('mp4', '720p'))],
  // 5. Malealea, Lesotho: a pony-trekking lodge (courteous, full sentences, questions as requests: khotso, ntate, ke a leboha)
  ['Khotso. Could you make a 40-second clip of the best parts of the pony trek?', best(40)],
  ['Could you make the frame 4:5? It is going on our Instagram.', aspect('4:5')],
  ["Kindly add an intro card that says 'Malealea Pony Trekking' for three seconds.", card('intro', 'Malealea Pony Trekking', 3)],
  ['The music is louder than the wind and the horses. Please make it quieter.', quieter],
  ['Please zoom in at 0:25 for 4 seconds, where the waterfall appears.', zoomAt(25, 4)],
  ['Please swap the second and third moments.', moveMoment(2, 3)],
  ['Ntate, please show me all the tracks.', tracks],
  ['Is there a way to draw the map of our route into the video?', nothing],
  ['Please export it as MP4 at 1080p, and then in 720p for WhatsApp. Ke a leboha.', then(exportAs('mp4', '1080p'), exportAs('mp4', '720p'))],
  // 6. Foumban, Cameroon: a guide at the sultan's palace museum (Cameroonian Pidgin: abeg, oya, na, dey, e go do, small small, my brother)
  ['Abeg make the palace tour video 30 seconds, only the fine parts', best(30)],
  ["oya put title 'Foumban Royal Palace' for top, then export am", then(text('Foumban Royal Palace', { position: 'top' }), exportAs())],
  ['the title dey come too early, make e show from 2 to 6 seconds', editText({ start_ms: 2000, end_ms: 6000 })],
  ['abeg remove the third moment, one visitor dey block the carvings', removeMoment(3)],
  ['put the music small small, 20% e go do', musicVolume(0.2)],
  ['I beg turn on the automatic zoom so people fit see the carvings', zoom('auto')],
  ['turn the video vertical with blur for the sides, na for WhatsApp status', aspect('9:16', 'blur')],
  ['this thing don make my laptop hot well well, the fan dey shout', nothing],
  ['export for webm, my brother', exportAs('webm')],
  // 7. Makhanda, Eastern Cape, South Africa: a high-school drama teacher making a teaser for the arts festival (South African slang: howzit, ja, lekker, shame, ag no, just now, hey)
  ['Howzit! I need a 75-second teaser of our school play, in 16:9 for the big screen in the foyer', then(best(75), aspect('16:9'))],
  ['Make the first moment 3 seconds shorter, the curtain takes forever to open', trimBy(1, 3000)],
  ['Add a lower third: Thandi Mkhize, director', text('Thandi Mkhize, director', { style: 'lower-third' })],
  ['Shame, a learner walked on stage too early from 0:40 to 0:48, cut that out', cut(40, 48)],
  ['Put the lofi music on at 30% hey', music('lofi', 0.3)],
  ["Add an outro card 'See you at the Festival' for 3 seconds", card('outro', 'See you at the Festival', 3)],
  ['Lekker, the Grade 10s will be chuffed with this', nothing],
  ['Export as a gif just now for the school newsletter, 720p is fine', exportAs('gif', '720p')],
  // 8. Hà Giang, Vietnam: a motorbike loop-tour company (Vietnamese non-native, terse, no articles: pls, ok, cam on ban)
  ['make video 20s, best part of the loop, vertical for ads', then(best(20), aspect('9:16'))],
  ['put background aurora, look more pro', background()],
  ["add text 'Ha Giang Loop 3 days' top of screen", text('Ha Giang Loop 3 days', { position: 'top' })],
  ['road part is long and boring, moment 2 speed 2x', speed(2, 2)],
  ['music lofi, volume 25%', music('lofi', 0.25)],
  ['the part nobody talk and nothing move, cut it out', deadAir],
  ['moment 1 and 2 change place', moveMoment(1, 2)],
  ['export mp4 1080, cam on ban', exportAs('mp4', '1080p')],
  ['how much it cost if company make many video every month?', nothing],
  // 9. Sagada, Mountain Province, Philippines: a caving guide (Taglish: po, naman, sige, salamat, pls, haha)
  ['Hi po, can you make a 50 sec highlight of our cave connection tour?', best(50)],
  ['Sige, make it square naman for our FB page', aspect('1:1')],
  ["Pls put caption 'Sumaguing Cave, Sagada' at the bottom po", text('Sumaguing Cave, Sagada', { style: 'caption', position: 'bottom' })],
  ['Can the app tell which part of the cave we are in and put the name by itself? haha', nothing],
  ['Remove the parts where nobody is talking and nothing moves po', deadAir],
  ['Fade the ending out over 2 seconds po', fade('clip', undefined, 2000)],
  ["Cut the last 4 seconds po, that's me turning off the camera", cutLast(4)],
  ['Oops wrong one, undo po', undo],
  ['Export 4K mp4 then a 720p mp4 for the group chat, salamat!', then(exportAs('mp4', '4k'), exportAs('mp4', '720p'))],
  // 10. Chitral, Khyber Pakhtunkhwa, Pakistan: a shop of Chitrali wool caps (pakol) and shawls (Pakistani English, formal: kindly, do the needful, itself, jee, shukriya)
  ['Kindly prepare a 35 seconds video of the best moments for our shop page.', best(35)],
  ['Jee, the format should be 9:16 itself, and fill the frame by cropping.', aspect('9:16', 'crop')],
  ["Kindly add title 'Pure Chitrali Pakol' at top and export in 1080p.", then(text('Pure Chitrali Pakol', { position: 'top' }), exportAs('mp4', '1080p'))],
  ['Kindly put the full footage on the timeline, uncut, it is for our records.', keepAll],
  ['Kindly make moment 3 shorter by 3 seconds.', trimBy(3, 3000)],
  ['Please make the zoom less, the caps are going out of the frame.', zoom('less')],
  ["Set the video's own audio to 80%.", sourceVolume(0.8)],
  ['Shukriya, very nice work, my brother is impressed.', nothing],
  ['Kindly do the needful and redo the change I undid.', redo],
  // 11. Ziro, Arunachal Pradesh, India: a young rice-and-fish paddy farmer posting farm videos (lowercase with emoji: yaar, bhai, pls, lol)
  ['make a 15 sec clip of the best bits from the paddy 🌾🐟', best(15)],
  ['vertical pls and 20 sec max, its for insta stories 📱', then(aspect('9:16'), best(20))],
  ['add lofi music yaar 🎶', music()],
  ['music way too loud lol turn it down', quieter],
  ['speed up the boring parts where nothing happens, 4x 🏃', idle(4)],
  ['put the title at the bottom instead 👇', editText({ position: 'bottom' })],
  ["add a caption 'Fish in the rice fields' at the top 🐟", text('Fish in the rice fields', { style: 'caption', position: 'top' })],
  ['bhai this app is too good 🔥🔥', nothing],
  ['export mp4 and show me the tracks after', then(exportAs(), tracks)],
  // 12. Gyeongju, South Korea: a hanbok rental shop (Korean English, cheerful: ^^, plz, ㅠㅠ, "Thank you so much!!")
  ['Hello^^ Please make 30 seconds video with best moments of customers in hanbok', best(30)],
  ['Make it YouTube Shorts size plz and export 1080p', then(aspect('9:16'), exportAs('mp4', '1080p'))],
  ["Add title 'Hanbok Day in Gyeongju' for first 3 seconds^^", text('Hanbok Day in Gyeongju', { start_ms: 0, duration_ms: 3000 })],
  ['Title is covering faces in middle.. move it to top plz', editText({ position: 'top' })],
  ['Add my song file spring_gayageum.mp3 and volume 30%', music('spring_gayageum.mp3', 0.3)],
  ['Music start too sudden ㅠㅠ fade in the music 2 seconds', fade('music', 2000)],
  ['Moment 2 is blurry, delete it plz', removeMoment(2)],
  ['Make the clip fade out 1 second at the end^^', fade('clip', undefined, 1000)],
  ['Thank you so much!! Customers will love ^^', nothing],
  // 13. Onomichi, Hiroshima, Japan: a ramen shop (very polite Japanese English: excuse me, sorry, please, "I want to make")
  ['Excuse me, I want to make a 25 seconds video of the best moments of cooking ramen.', best(25)],
  ['Sorry, please make it square shape and export in 720p.', then(aspect('1:1'), exportAs('mp4', '720p'))],
  ["Please add a caption 'Onomichi Ramen since 1968' at the bottom from 3 to 8 seconds.", text('Onomichi Ramen since 1968', { style: 'caption', position: 'bottom', start_ms: 3000, end_ms: 8000 })],
  ['The noodle pulling is too fast, please make the second moment 0.5x speed.', speed(0.5, 2)],
  ['Please make a crossfade between the scenes.', crossfade()],
  ['Please mute the camera audio, the kitchen fan is noisy.', sourceVolume(0)],
  ['Sorry, is it possible to use this app on iPhone also?', nothing],
  ['Please export as MOV in 1080p for the shop TV.', exportAs('mov', '1080p')],
  ['Sorry, I made a mistake. Please go back one step.', undo],
  // 14. Goris, Syunik, Armenia: an operator at the Tatev cable car (Armenian non-native: barev, jan, shat lav, merci, "make me")
  ['Barev! Make me short video 1 minute from best parts of the cable car ride, horizontal 16:9', then(best(60), aspect('16:9'))],
  ["Add big title 'Wings of Tatev' on center", text('Wings of Tatev', { position: 'center' })],
  ['Take only file cabin_front.mp4, other files are bad', only('cabin_front.mp4')],
  ['Put music gorge_flute.mp3, 50 percent', music('gorge_flute.mp3', 0.5)],
  ['Jan, the monastery view is at 0:18, zoom there for 5 seconds', zoomAt(18, 5)],
  ['Make all video 1.25x faster, people get bored', speed(1.25)],
  ["Add at the end a card 'See you in Tatev'", card('outro', 'See you in Tatev')],
  ['Shat lav, merci jan', nothing],
  ['Export mp4 720p please and also 4K mov for the TV in office', then(exportAs('mp4', '720p'), exportAs('mov', '4k'))],
  // 15. Mardin, Turkey: the front desk of a hotel in an old stone mansion (Turkish non-native: hocam, tamam, kolay gelsin, verb last)
  ['Hocam, I need 45 sec video from the best moments of our hotel terrace', best(45)],
  ['Make it 4:5 for Instagram, tamam?', aspect('4:5')],
  ["Change the title words to 'Stone House Mardin' please", editText({ text: 'Stone House Mardin' })],
  ['The parts where nobody is on the terrace and nothing happens, cut them', deadAir],
  ['Moment 3 must come first, it is the sunset', moveMoment(3, 1)],
  ["Remove the title, we don't need it", removeText()],
  ['Where nothing happens, go 5x faster', idle(5)],
  ['Kolay gelsin, very beautiful it is', nothing],
  ['Export in 1080p and give me also 720p', then(exportAs('mp4', '1080p'), exportAs('mp4', '720p'))],
  // 16. Kuldīga, Latvia: a wooden-window restoration workshop (terse, short sentences with full stops: labdien, paldies)
  ['Labdien. 60 second clip, 16:9. Best parts of the window restoration.', then(best(60), aspect('16:9'))],
  ['Zoom off. Show the whole frame.', zoom('off')],
  ["Caption at bottom: 'Restored by hand, frames from 1890'.", text('Restored by hand, frames from 1890', { style: 'caption', position: 'bottom' })],
  ['Moment 1 only 6 seconds.', trimTo(1, 6000)],
  ['Cut 0:12 to 0:19. Sanding noise.', cut(12, 19)],
  ['Take the music out. The sanding is the story.', noMusic],
  ['Fade in 1 second, fade out 2 seconds.', fade('clip', 1000, 2000)],
  ['Export MP4, 4K. For the museum.', exportAs('mp4', '4k')],
  ['Paldies. Good.', nothing],
  // 17. Trakai, Lithuania: a kibinai café by the castle lake (polite non-native: laba diena, ačiū, "please to make")
  ['Laba diena, please make 30 seconds teaser of baking kibinai, vertical', then(best(30), aspect('9:16'))],
  ["Please add text 'Kibinai from Trakai' in the top for first 4 seconds", text('Kibinai from Trakai', { position: 'top', start_ms: 0, duration_ms: 4000 })],
  ['Please to make the first moment 2 seconds shorter', trimBy(1, 2000)],
  ['Add music lofi, please do not make it lower when people talk', then(music(), ducking(false))],
  ['Make the music a little louder please', louder],
  ["Please add intro card 'Café by the Castle Lake'", card('intro', 'Café by the Castle Lake')],
  ['Is there a dark mode for the app? My eyes are tired in the evening', nothing],
  ['Please start over, I want to try again from beginning', startOver],
  ['Show me the tracks, then export mp4 720p, ačiū', then(tracks, exportAs('mp4', '720p'))],
  // 18. Shkodër, Albania: a fish restaurant on the lake (non-native: mirëdita, shumë mirë, faleminderit, "more short")
  ['Mirëdita, make video more short, 20 seconds, only best moments', best(20)],
  ['Make square for Instagram, and black bars to fill the empty space', aspect('1:1', 'letterbox')],
  ["Add title 'Fresh Carp from Lake Shkodra' at top and export mp4", then(text('Fresh Carp from Lake Shkodra', { position: 'top' }), exportAs())],
  ['Remove moment 2, my cousin makes faces in it', removeMoment(2)],
  ['Add the music file lake_sunset.mp3', music('lake_sunset.mp3')],
  ['Music fade out in the end 3 seconds', fade('music', undefined, 3000)],
  ['Put zoom more, the fish is too small', zoom('more')],
  ['Shumë mirë, faleminderit shumë', nothing],
  ["Change the title to 'Lake Shkodra Fish House'", editText({ text: 'Lake Shkodra Fish House' })],
  // 19. Subotica, Vojvodina, Serbia: a guide at the Art Nouveau city hall (Serbian slang, short: ajde, bre, brate, e)
  ['Ajde make 90 sec of the best parts from the city hall tour, vertical', then(best(90), aspect('9:16'))],
  ["Put caption 'Art Nouveau, 1910' bottom from 5 to 10 sec", text('Art Nouveau, 1910', { style: 'caption', position: 'bottom', start_ms: 5000, end_ms: 10000 })],
  ['Bre, start with moment 3, the stained glass', moveMoment(3, 1)],
  ['Zoom at 0:32, hold 3 seconds, the window detail', zoomAt(32, 3)],
  ['Cut the last 6 seconds brate', cutLast(6)],
  ['Crossfade 0.3 seconds between all of them', crossfade(300)],
  ['E, forget what I said about the title, it stays like this', nothing],
  ['Export a gif for the website', exportAs('gif')],
  // 20. Apiranthos, Naxos, Greece: a marble-carving workshop (Greek English: yia sas, ela, endaxi, po po, malista)
  ['Yia sas! I want a two minute video of the best moments of carving the marble, 16:9 for YouTube', then(best(120), aspect('16:9'))],
  ['Ela, change the fill to black bars', fill('letterbox')],
  ["Add a lower third 'Nikos Vasilakis, marble carver'", text('Nikos Vasilakis, marble carver', { style: 'lower-third' })],
  ['Po po, the chisel is so loud. Set the sound from the camera to 40%', sourceVolume(0.4)],
  ['Use only the first video, the others are from my phone', only('first')],
  ['Remove the background, I want the video full frame', noBackground],
  ['Endaxi, the second moment, make it 8 seconds', trimTo(2, 8000)],
  ['Can I share the project with my son in Athens so he finishes it?', nothing],
  ['Malista, export it as a MOV file', exportAs('mov')],
  // 21. Aveiro, Portugal: moliceiro boat tours on the canals (European Portuguese English: olá, pronto, tá bem, obrigada, "don't change nothing")
  ['Olá! Can you make a 40 seconds video with the best bits of the canal tour?', best(40)],
  ['Pronto, now for Reels please', aspect('9:16')],
  ["Put the title 'Moliceiro Tours Aveiro' at the top of the image", text('Moliceiro Tours Aveiro', { position: 'top' })],
  ['The bridge part is moment 2, put it at half speed', speed(0.5, 2)],
  ['Use only the video I uploaded second', only('second')],
  ['Add music, my file fado_guitar.mp3 at 30%', music('fado_guitar.mp3', 0.3)],
  ['Make the music go lower by itself when the guide is speaking', ducking(true)],
  ["Tá bem, I will think about the title tomorrow, don't change nothing now", nothing],
  ['Export in 1080p, obrigada', exportAs('mp4', '1080p')],
  // 22. Görlitz, Saxony, Germany: film-location walking tours (formal German English: guten Tag, please, "should", factor, danke schön)
  ['Guten Tag. Please compile the best moments into a clip of 1 minute 30 seconds.', best(90)],
  ["Please add an intro card with the text 'Görlitz: Film City' for 3 seconds.", card('intro', 'Görlitz: Film City', 3)],
  ['Please set the frame to 16:9 and export it in 4K as MP4.', then(aspect('16:9'), exportAs('mp4', '4k'))],
  ['The title should appear from second 1 until second 5.', editText({ start_ms: 1000, end_ms: 5000 })],
  ['Please remove the intro card again.', removeCard('intro')],
  ['Please speed up the idle parts by factor 6.', idle(6)],
  ['Please show me the tracks of the timeline.', tracks],
  ['Please tell me: does the tool save my projects automatically? Danke schön.', nothing],
  ['Please set the resolution to 1080p, without exporting yet.', resolution('1080p')],
  // 23. Girona, Catalonia, Spain: a coach at a cycling camp for pro riders (Catalan and Spanish mixed in: bon dia, vale, doncs, molt bé, gràcies)
  ["Bon dia! 30-second clip of the best climbs from today's ride please", best(30)],
  ['Vale, now make it vertical for Stories', aspect('9:16')],
  ["Add caption 'Rocacorba climb, 13 km' at the top", text('Rocacorba climb, 13 km', { style: 'caption', position: 'top' })],
  ['The descent is moment 3, make it 2x', speed(2, 3)],
  ['Only use the helmet camera file, helmet_cam.mp4', only('helmet_cam.mp4')],
  ['Doncs, the coffee stop is boring, remove moment 2', removeMoment(2)],
  ['Cut from 0:50 to 0:58, a car passes too close', cut(50, 58)],
  ['Molt bé, the riders loved it, gràcies', nothing],
  ['Export an mp4 in 1080p and a gif in 720p', then(exportAs('mp4', '1080p'), exportAs('gif', '720p'))],
  // 24. Lewes, East Sussex, England: a secondhand bookshop (British, dry and polite: pop, bit, would you mind, cheers, ta)
  ['Could you cut the shop tour down to 45 seconds? Just the good bits.', best(45)],
  ["Pop a title at the top saying 'Lewes Old Books, since 1974'", text('Lewes Old Books, since 1974', { position: 'top' })],
  ["Would you mind making it square and exporting it? It's for our Instagram grid.", then(aspect('1:1'), exportAs())],
  ["The cat's bit is moment 3, move it to second place", moveMoment(3, 2)],
  ['Bit too much music, knock it down to 10%', musicVolume(0.1)],
  ['Could it fade to black at the end? Ta', fade('clip', undefined, 1000)],
  ["Add an outro card: 'Open Tuesday to Saturday'", card('outro', 'Open Tuesday to Saturday')],
  ['Honestly no idea what half these buttons do', nothing],
  ['Right, export it as a webm, cheers', exportAs('webm')],
  // 25. Port Antonio, Portland, Jamaica: a jerk-pork stand by the beach (Jamaican patois: wah gwaan, mek, mi, yuh, pon, di, nuh, big up)
  ['Wah gwaan, mek mi a 30 second video a di best part dem, pon 9:16 fi TikTok', then(best(30), aspect('9:16'))],
  ['Zoom in more, mi want dem fi see di meat', zoom('more')],
  ["Add title seh 'Real Jerk, Port Antonio' at di top", text('Real Jerk, Port Antonio', { position: 'top' })],
  ['Di smoke part a moment 2, mek it slow, half speed', speed(0.5, 2)],
  ['Put mi riddim file yard_riddim.mp3 at 50%', music('yard_riddim.mp3', 0.5)],
  ['Di music fi stay di same level when mi a chat, tek off di ducking', ducking(false)],
  ['Mi nuh like dat, undo it', undo],
  ['Big up yuhself bredda', nothing],
  ['Turn down di sound a di recording to 50% an export it mp4 720p, mi data nearly done', then(sourceVolume(0.5), exportAs('mp4', '720p'))],
  // 26. Jacmel, Haiti: a papier-mâché carnival mask maker (Kreyòl mixed in: bonjou, tanpri, wi, mèsi anpil)
  ['Bonjou, tanpri make a 50 second clip with the best moments of painting the masks, square for Instagram', then(best(50), aspect('1:1'))],
  ["Add a title 'Jacmel Carnival Masks' in the middle, tanpri", text('Jacmel Carnival Masks', { position: 'center' })],
  ['Keep the whole process uncut, every file from start to end', keepAll],
  ['Make the third moment shorter by 4 seconds', trimBy(3, 4000)],
  ['Put a crossfade of half a second between the moments', crossfade(500)],
  ['Wi, add the aurora background behind', background()],
  ['Use mask_drums.mp3 as the music, 35% volume', music('mask_drums.mp3', 0.35)],
  ["Mèsi anpil, it's beautiful", nothing],
  ['Export MOV 1080p for the gallery, and a gif for Facebook', then(exportAs('mov', '1080p'), exportAs('gif'))],
  // 27. Villa de Leyva, Boyacá, Colombia: a guide at the fossil museum (Colombian Spanish mixed in: parce, qué pena, listo, chévere, porfa)
  ['Hola parce, make me a 1-minute highlight of the kronosaurus tour porfa', best(60)],
  ['Qué pena, can you make it 4:5 and export it in 1080p?', then(aspect('4:5'), exportAs('mp4', '1080p'))],
  ["Add a caption 'Kronosaurus, 120 million years' at the bottom", text('Kronosaurus, 120 million years', { style: 'caption', position: 'bottom' })],
  ['Zoom in at 0:15 on the skull, 3 seconds', zoomAt(15, 3)],
  ['Listo, put the lofi music', music()],
  ['Take out the fade in of the music, I want it to start directly', fade('music', 0)],
  ['Remove the first moment, the kids are running in front', removeMoment(1)],
  ['Chévere parce, thanks a lot', nothing],
  ['Export 720p and show me the tracks', then(exportAs('mp4', '720p'), tracks)],
  // 28. Eureka Springs, Arkansas, USA: a Victorian bed-and-breakfast, an older owner (long polite sentences, a typo or two: hello dear, thank you kindly, oh dear)
  ['Hello dear, I would like a short video of about one minute of the nicest parts of our garden tour.', best(60)],
  ['Could you please add a title at the top that says Welcome to Rosewood Inn.', text('Welcome to Rosewood Inn', { position: 'top' })],
  ['My grandson says it should be vertical for the Facebook stories, and only 30 seconds, so please do that.', then(aspect('9:16'), best(30))],
  ['Please take off the last 3 seconds, that is me fumbling with the phone.', cutLast(3)],
  ['I would like the music turned down a touch please, it is drowning out the birds.', quieter],
  ['Could you fade the video in at the begining, 2 seconds.', fade('clip', 2000)],
  ["Please add a caption at the bottom that reads 'Homemade breakfast every morning'", text('Homemade breakfast every morning', { style: 'caption', position: 'bottom' })],
  ['Oh dear I think I pressed something wrong, could you undo that.', undo],
  ['Thank you kindly, you have been very patient with me.', nothing],
  // 29. Gimli, Manitoba, Canada: a vínarterta bakery (Canadian, terse and casual: eh, bud, jeez, beauty)
  ['Gimme 30 seconds of the best bits of the vinarterta layering, eh', best(30)],
  ["Square for the bakery's Insta, eh, and keep it to 20 seconds", then(aspect('1:1'), best(20))],
  ["Add a title 'Vinarterta, Gimli style' at the bottom and export mp4 1080", then(text('Vinarterta, Gimli style', { position: 'bottom' }), exportAs('mp4', '1080p'))],
  ['Jeez the prune layer part drags, moment 2 at 1.5x', speed(1.5, 2)],
  ['Speed up the waiting for the oven, the bits where nothing happens, 8x', idle(8)],
  ['Cut out 1:20 to 1:26, I dropped a spoon', cut(80, 86)],
  ['Redo it, I undid too much', redo],
  ['Beauty, looks great', nothing],
  ['The title, make it show from 0 to 3 seconds only', editText({ start_ms: 0, end_ms: 3000 })],
  // 30. Levuka, Ovalau, Fiji: a heritage walking-tour guide (Fijian English: bula, io, vinaka, vinaka vakalevu)
  ['Bula! Please make a 45 second video of the best moments of our heritage walk', best(45)],
  ['Io, make it 16:9 for the YouTube channel and export in 1080p', then(aspect('16:9'), exportAs('mp4', '1080p'))],
  ["Add lower third 'Mere Tuilau, tour guide'", text('Mere Tuilau, tour guide', { style: 'lower-third' })],
  ['Remove the title, the lower third is enough', removeText()],
  ['For music use ocean_lali.mp3 at 25 percent', music('ocean_lali.mp3', 0.25)],
  ["Put an outro card 'Vinaka for walking with us' for 4 seconds", card('outro', 'Vinaka for walking with us', 4)],
  ['Start again from empty please', startOver],
  ['Can I make the old buildings look like a painting?', nothing],
  ['Move the title to the middle of the screen, vinaka vakalevu', editText({ position: 'center' })],
];
