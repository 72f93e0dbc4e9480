import { isDeepStrictEqual } from 'node:util';
import {
  ASPECTS, BACKGROUNDS, BackgroundWords, type EditOp, HAN, MOMENT_NOUN, MusicWords, OBJECT_LEFT_OUT, type POSITIONS, PositionWords, quoted, STYLE_NAMED_AGAIN,
  Words,
} from '../../protocol';
import { LONGEST_TRANSITION_MS, MOMENT_REF, ORDINAL_EN, type ParseContext, readable, UNSAID } from './clauseWords';
import { AUDIO_FILE, IMAGE_FILE, ZOOM_SWITCHED_ON } from './mediaOps';
import { OFF_TIMELINE, REMOVALS, sharpEnough } from './opKinds';
import { FORMAT_SAID, parseClause, readAlone, SHAPE_AS_VERSION } from './parseClause';
import { parseDurationMs } from './parseDuration';
import { parseAnchor, parseAt, parseClock, parseEdgeSpan, parseFactor, parseGone, parseRange, parseSeconds, parseVolume } from './parseQuantities';

// Clauses that say only part of a request ("…, 3 seconds", "at 0:12", "at the top"): the operation before them
// takes the part, so a message can spread one request over several clauses.

/** The part of the draft an operation changes that a later clause can go on about without naming it. */
export const continuedPart = (op: EditOp | undefined): keyof typeof Words.continued | undefined =>
  op === undefined ? undefined
    : ['add_music', 'set_music_volume', 'set_ducking'].includes(op.op) || (op.op === 'fade' && op.target === 'music') ? 'music'
    : op.op === 'set_zoom' || op.op === 'zoom_at' ? 'zoom'
    : ['trim_moment', 'remove_moment', 'move_moment'].includes(op.op) ? 'moment'
    // "speed up clip 1 and delete the second": a moment's speed, then a place alone, is that moment's kind.
    : op.op === 'set_speed' && op.index !== undefined ? 'moment'
    // "put the title at the centre and change it to '…'": the text just changed, its words said after.
    : op.op === 'edit_text' ? 'text' : undefined;

/**
 * "标题挪到画面顶部，文字改成“…”", "put the title at the centre and change it to '…'": the text just changed, changed again in
 * another of its parts ("it": no number of its own), is one change; merged into `previous`.
 */
export function mergedTextEdit(previous: EditOp | undefined, op: EditOp): boolean {
  if (op.op !== 'edit_text' || previous?.op !== 'edit_text' || (op.index !== undefined && op.index !== previous.index)) return false;
  if (!Object.keys(op).every((key) => key === 'op' || key === 'index' || !(key in previous))) return false;
  Object.assign(previous, op, { index: previous.index });
  if (previous.index === undefined) delete previous.index;
  return true;
}

/** An ordinal with no noun after it ("delete the third", "the last one"): the moment the clause before named, by number. */
const BARE_ORDINAL = new RegExp(String.raw`\b(${ORDINAL_EN}|last|final)\b(?:\s+one)?(?!\s*(?:\d|${MOMENT_NOUN}|file|upload|video|recording|text|title|caption))`);

/**
 * "取消自动缩放，音乐给它关掉": a clause naming another part the grammar goes on about, its "it" standing for that part,
 * is about that part, not the one before.
 */
const namesAnother = (part: keyof typeof Words.continued, text: string) => Object.entries(Words.continued)
  .some(([other, subject]) => other !== part && (text.includes(subject.en) || text.includes(subject.zh)));

/**
 * "音乐太吵了，原声大一点": the recording's sound named first, by a noun of its own, is asked its own way, not the music's
 * again ("配个背景音乐，声音小点儿": the plain 声音 after the music is the music; "…，人声起时压低" ducks the music under it).
 */
const ownSoundAsked = (text: string) => Words.sourceAudio.exec(text)?.index === 0 && !Words.plainSoundTurned.test(text)
  && !Words.duck.test(text);

/**
 * A clause that goes on about what the clause before it changed, without naming it: "turn it down" or "fade it out"
 * after music, "小声一点" after 配乐太吵了, "多一点" after 放大. Read with that subject put in ("it" stood in for, or
 * the subject said first); taken only when that reading is about the same part (so "add music, then make it
 * vertical" stays a shape), and, for a clause with no "it", only when the clause alone means nothing.
 */
export function continued(clause: string, text: string, previous: EditOp | undefined, context: ParseContext): EditOp[] | undefined {
  const part = continuedPart(previous);
  // A text goes on only by its words ("… and change it to '…'"; not "it crowds the bottom of the frame").
  if (!part || (part === 'text' && quoted(clause) === undefined)) return undefined;
  // "加音乐 字体大一点": a text's look said is about a text, never the music or zoom before it.
  if (part !== 'text' && Words.textLook.test(text)) return undefined;
  // "音乐大声点，夜市太吵听不见": a place said noisy is what the music is heard against, no complaint of the music.
  if (part === 'music' && (ownSoundAsked(text) || Words.placeNoisy.test(text))) return undefined;
  const subject = Words.continued[part][HAN.test(text) ? 'zh' : 'en'];
  const pronoun = Words.pronoun.test(text);
  const alone = parseClause(clause, text, context);
  const participle = Words.goesOnAbout.test(text);
  if (alone.length > 0 && !participle && (!pronoun || namesAnother(part, text))) return undefined;
  // A moment goes on by number only: "…, and delete the third" is the third clip.
  if (part === 'moment' && !BARE_ORDINAL.test(text)) return undefined;
  // "音乐太吵了，能小点吗": the subject put before the clause as said, so a yes/no question asked of it ("音乐能小点吗")
  // reads as the request it is.
  const said = part === 'moment' ? text.replace(BARE_ORDINAL, `$1 ${subject}`)
    : pronoun ? text.replace(Words.pronoun, subject)
    : Words.particleVerbBare.test(text) ? text.replace(Words.particleVerbBare, `$1 ${subject}`) : /^\p{Script=Han}/u.test(text) ? readable(`${subject}${clause}`) : `${subject} ${text}`;
  const ops = parseClause(clause, said, context);
  // "turn off auto zoom, I want the full screen visible": what the subject alone reads as ("zoom" is auto zoom) says
  // nothing of it, and must not undo the clause before.
  if (isDeepStrictEqual(ops, parseClause(subject, subject, context))) return undefined;
  // "关掉闪避，吉他要一直听得清": the music there is, gone on about, is no music added, unless a bed or a level is named.
  if (ops.some((op) => op.op === 'add_music') && !MusicWords.some(([pattern]) => pattern.test(text)) && parseVolume(text) === undefined) return undefined;
  if (ops.length === 0 || !ops.every((op) => continuedPart(op) === part)) return undefined;
  // "add lo-fi at 35%, then slow it down to half speed": "it" given a speed is the video; neither music nor zoom has a
  // speed of its own ("fade it out" after music is still the music's fade).
  if (alone.some((own) => own.op === 'set_speed')) return undefined;
  // "音乐大声点，孩子们喜欢热闹": a mood said with no verb is why, no music to add; after music just added
  // ("加个背景音乐，欢快一点的") it is that music's kind.
  const bed = ops.find((op) => op.op === 'add_music');
  if (bed === undefined) return ops;
  // After music just added only a kind or a file named is about it ("加个音乐，做瑜伽用" names none), or a level said of it
  // ("I uploaded fiddle-reel.mp3, use that at 40 percent": its level, not a share "of the video").
  const named = MusicWords.some(([pattern]) => pattern.test(text)) || AUDIO_FILE.test(text);
  const level = parseVolume(text) !== undefined && !/(?:%|percent) of\b/.test(text);
  // ("…hymn.mp3. Could that go underneath at a quarter of the volume, and not dip when people speak?": its ducking refused with it.)
  if (previous?.op === 'add_music') return named ? [{ ...previous, track: bed.track }] : level ? [{ ...previous, volume: bed.volume, duck: previous.duck && bed.duck }] : undefined;
  // "the music is way too loud, put it at 10%": after a change of the music there is, a level said of it is its level.
  if (previous?.op === 'set_music_volume' && !named) return [{ op: 'set_music_volume', volume: bed.volume }];
  return Words.aside.verb.test(text) || Words.moodAsked.test(text) ? ops : undefined;
}

/** Ops that mean the same said twice ("改成竖屏，发抖音" after 竖屏): a repeat is dropped, unlike a second undo. */
export const SETTINGS = new Set<EditOp['op']>([
  'set_aspect', 'set_fill', 'set_zoom', 'set_resolution', 'set_background', 'remove_background', 'remove_card', 'remove_music',
  'set_ducking', 'set_source_volume', 'crossfade', 'keep_everything', 'remove_dead_air', 'speed_up_idle', 'use_sources', 'show_tracks',
  'start_over',
]);

/** Exports at a size said alone right before them ("1080p导出mp4和mov"), which the files listed with them are at too. */
const SIZED_BEFORE = new WeakSet<EditOp>();

/** The exports the operations read so far end with. */
function filesListedLast(ops: EditOp[]): Extract<EditOp, { op: 'export' }>[] {
  const files: Extract<EditOp, { op: 'export' }>[] = [];
  for (let at = ops.length - 1; at >= 0 && ops[at].op === 'export'; at--) files.push(ops[at] as Extract<EditOp, { op: 'export' }>);
  return files;
}

/**
 * "export in mp4 and gif, mp4 1080p, gif 720p", "导出mp4和gif，mp4要1080p，gif要720p": one of the files just listed, named
 * again by its format with a size, is that file at that size (not one more file); not "…, and another mp4 in 1080p".
 */
function fileSizedAgain(ops: EditOp[], op: EditOp, text: string): Extract<EditOp, { op: 'export' }> | undefined {
  if (op.op !== 'export' || op.resolution === undefined || !FORMAT_SAID.has(op) || Words.anotherFile.test(text)) return undefined;
  const listed = filesListedLast(ops);
  const same = listed.filter((file) => file.format === op.format);
  return listed.length > 1 && same.length === 1 && same[0].resolution === undefined ? same[0] : undefined;
}

/** The music taken away, the zoom switched off, the recording's sound muted: what a switch-off verb ("关了") does. */
export const switchesOff = (op: EditOp) => op.op === 'remove_music' || (op.op === 'set_zoom' && op.mode === 'off')
  || (op.op === 'set_source_volume' && op.volume === 0);

/** A removal, or a setting that takes something away ("no fades", "no transitions", a mute, zoom off): "remove them" after it says it again. */
export const takesAway = (op: EditOp) => REMOVALS.has(op.op) || switchesOff(op)
  || (op.op === 'fade' && !op.in_ms && !op.out_ms) || (op.op === 'crossfade' && op.ms === 0);

export function joined(ops: EditOp[], op: EditOp, text: string, unknown: string[], lengthless: Set<EditOp>): boolean {
  const previous = ops[ops.length - 1];
  if (previous && SETTINGS.has(op.op) && isDeepStrictEqual(previous, op)) return true;
  // "标题删掉，一个字都不要": every text taken away, said again, is the same step (no number: all of them go).
  if (op.op === 'remove_text' && op.index === undefined && isDeepStrictEqual(previous, op)) return true;
  // "横屏B站，16:9加模糊": the shape just asked, said again with its fill, is one shape, filled so.
  if (op.op === 'set_aspect' && previous?.op === 'set_aspect' && previous.aspect === op.aspect && previous.fill === undefined && op.fill !== undefined) {
    previous.fill = op.fill;
    return true;
  }
  // "在0:18放大，放大锅底", "zoom in at 0:12, zoom on the logo": a zoom at a point, said again with what it is on, is that zoom.
  if (isDeepStrictEqual(op, AUTO_ZOOM) && !ZOOM_SWITCHED_ON.has(op) && previous?.op === 'zoom_at' && !Words.zoomAutoSaid.test(text)) return true;
  // "smash that zoom, zoom in more": the zoom named, then said how: one zoom, the way said. "磨刀那个特写，第8秒放大": the
  // close-up named, then where it is: one zoom, there.
  if ((op.op === 'set_zoom' || op.op === 'zoom_at') && isDeepStrictEqual(previous, AUTO_ZOOM) && !ZOOM_SWITCHED_ON.has(previous)) {
    ops[ops.length - 1] = op;
    return true;
  }
  const resized = fileSizedAgain(ops, op, text);
  if (resized !== undefined && op.op === 'export') {
    resized.resolution = op.resolution;
    return true;
  }
  // "Export an MP4 at 1080p, then a GIF at 720p": two files, each of its own format; "先来一个720p的mp4，再出一个1080p的":
  // each of its own size.
  const twoFiles = op.op === 'export' && previous?.op === 'export' && (FORMAT_SAID.has(op) && FORMAT_SAID.has(previous) && op.format !== previous.format
    || previous.resolution !== undefined && op.resolution !== undefined && op.resolution !== previous.resolution
    // "export it in 4K and a GIF": a file said by its size, then one by its format, are two files (not "…, as a gif").
    || previous.resolution !== undefined && !FORMAT_SAID.has(previous) && op.resolution === undefined && FORMAT_SAID.has(op) && Words.fileByFormat.test(text));
  // "export an mp4, then another one in 720p", "另导一个": another file, said so, is a second one, of the kind before unless it names its own.
  // "a webm at 1080p and a 720p one": a second file told apart by its size alone is of the format before.
  if (op.op === 'export' && previous?.op === 'export' && twoFiles && !FORMAT_SAID.has(op) && op.resolution !== undefined) op.format = previous.format;
  // "1080p导出mp4和mov": the size said before the files listed is each one's (not of one more said apart: "…，再导一个gif").
  if (op.op === 'export' && previous?.op === 'export' && twoFiles && SIZED_BEFORE.has(previous) && op.resolution === undefined
    && !Words.anotherFile.test(text)) {
    op.resolution = previous.resolution;
    SIZED_BEFORE.add(op);
  }
  if (op.op === 'export' && previous?.op === 'export' && !twoFiles && Words.anotherFile.test(text)) {
    if (!FORMAT_SAID.has(op)) op.format = previous.format;
    return false;
  }
  if (op.op === 'export' && previous?.op === 'export' && !twoFiles) {
    // "渲染并导出1080p": one export, said twice; what each half names is kept.
    previous.format = op.format !== 'mp4' ? op.format : previous.format;
    if (op.resolution) previous.resolution = op.resolution;
    // ("导出两个，一个mp4 4k，一个mov": a format said of it tells it from a file of another format said next.)
    if (FORMAT_SAID.has(op)) FORMAT_SAID.add(previous);
    return true;
  }
  if (mergedTextEdit(previous, op)) return true;
  // "加标题：宜春锂材 - 标题在中间", "加个字幕“早安”，字幕放在顶部": the text just added, named again by its noun and placed,
  // with no words or number of its own, is placed so.
  if (op.op === 'edit_text' && previous?.op === 'add_text' && op.index === undefined && op.text === undefined && op.position !== undefined
    && Object.keys(op).every((key) => key === 'op' || !(key in previous)) && STYLE_NAMED_AGAIN[previous.style ?? 'title'].test(text)) {
    Object.assign(previous, op, { op: 'add_text' });
    return true;
  }
  // "段落之间用叠化，慢一点，一秒钟", "淡入就行，慢一点，两秒": slower, said alone right after a transition or a fade, is
  // its pace (its length said after it), no speed of the video.
  const paced = previous?.op === 'crossfade' && previous.ms > 0 || previous?.op === 'fade' && Boolean(previous.in_ms || previous.out_ms);
  if (op.op === 'set_speed' && op.index === undefined && paced && Words.slowerAlone.test(text.trim())) return true;
  // "慢放，0.5倍速": one speed, said twice; the figure said last is the one meant. "第一段慢动作，四分之一速度": a figure
  // said alone after a moment's speed is that moment's, unless it names the whole video.
  if (op.op === 'set_speed' && previous?.op === 'set_speed'
    && (previous.index === op.index || (op.index === undefined && !Words.wholeVideo.test(text)))) {
    // "整体调到0.9倍速，慢一点点", "1.2x, a touch faster": a way said with no figure after a figure going that way is why.
    if (parseFactor(text) !== undefined || Math.sign(op.factor - 1) !== Math.sign(previous.factor - 1)) previous.factor = op.factor;
    return true;
  }
  // "保留所有内容，空闲的地方快放": speeding idle stretches up keeps every frame already; keeping everything is how, not a step.
  if (op.op === 'speed_up_idle' && previous?.op === 'keep_everything') {
    ops[ops.length - 1] = op;
    return true;
  }
  if (op.op === 'keep_everything' && previous?.op === 'speed_up_idle') return true;
  if (op.op === 'remove_dead_air' && previous?.op === 'keep_everything' && Words.keptButOne.test(text.trim())) {
    ops[ops.length - 1] = op;
    return true;
  }
  // "retain every frame, uncut and at its original speed": the speed as recorded, beside the whole kept, is how it is kept.
  const asRecorded = (edit?: EditOp) => edit?.op === 'set_speed' && edit.index === undefined && edit.factor === 1;
  if (asRecorded(op) && previous?.op === 'keep_everything') return true;
  if (op.op === 'keep_everything' && asRecorded(previous)) {
    ops[ops.length - 1] = op;
    return true;
  }
  // "I uploaded acme-bg.png, put the recording on that as a background": the backdrop just named, said again by "that".
  const unnamed = op.op === 'set_background' && op.background === BACKGROUNDS[0] && !BackgroundWords.some(([pattern]) => pattern.test(text));
  if (unnamed && previous?.op === 'set_background' && Words.sameOne.test(text)) return true;
  // "画面套在背景上，用我传的 bg.jpg": a backdrop asked with no kind, then the picture to use for it, is that picture.
  const picked = op.op === 'set_background' && IMAGE_FILE.test(op.background) && Words.useNamed.test(text.trim());
  if (picked && previous?.op === 'set_background' && previous.background === BACKGROUNDS[0]) {
    ops[ops.length - 1] = op;
    return true;
  }
  // "I uploaded brand.jpg, use it as the background": the image the clause before named (and asked nothing of).
  const image = unnamed && Words.sameOne.test(text) && unknown.length > 0 ? IMAGE_FILE.exec(unknown[unknown.length - 1])?.[0] : undefined;
  if (image !== undefined) {
    unknown.pop();
    ops.push({ op: 'set_background', background: image });
    return true;
  }
  // "加个背景音乐，说话时自动压低": music added already ducks under speech; asked again it is the same music, no second step.
  if (op.op === 'set_ducking' && previous?.op === 'add_music') {
    previous.duck = op.duck;
    return true;
  }
  // "no ducking, add lofi music", "不要闪避，加个背景音乐": the ducking said just before the music it is of is that music's.
  if (op.op === 'add_music' && previous?.op === 'set_ducking') {
    ops[ops.length - 1] = { ...op, duck: previous.duck };
    return true;
  }
  if (op.op === 'set_music_volume' && op.volume !== undefined && previous?.op === 'set_music_volume' && previous.change !== undefined) {
    ops.pop(); // "小声点，百分之二十": the figure says how much quieter; the music just added takes it, else it is the level
    if (!joined(ops, op, text, unknown, lengthless)) ops.push(op);
    return true;
  }
  // "配乐调到20%，声音小点": the way it goes, said after the figure, is that figure's ("再小一点" goes further); so is a
  // caution after music added at a level said ("放点音乐，百分之二十，别盖过我说话"; not "…, 30%, then turn it down").
  const levelSaid = previous?.op === 'set_music_volume' && previous.volume !== undefined
    || previous?.op === 'add_music' && previous.volume !== UNSAID.musicVolume && Words.negation.test(text);
  if (op.op === 'set_music_volume' && op.change !== undefined && levelSaid && !/再|更|\b(even|still|further)\b/.test(text)) return true;
  // "add music at 50%, export, then put the music at 20% and export again": the same music added before the file
  // exported, asked again at another level, is that music's new level, not a second bed.
  const added = previous?.op === 'export' ? [...ops].reverse().find((done) => done.op === 'add_music' || done.op === 'remove_music') : undefined;
  if (op.op === 'add_music' && added?.op === 'add_music' && added.track === op.track && op.volume !== UNSAID.musicVolume && op.volume !== added.volume) {
    ops.push({ op: 'set_music_volume', volume: op.volume });
    return true;
  }
  if (op.op === 'set_music_volume' && op.volume !== undefined && previous?.op === 'add_music') {
    previous.volume = op.volume; // "加个BGM，音量调到30%": the level of the music just added
    return true;
  }
  // "zoom automatic please, follow the action": the frame following, said after the auto zoom, is how that zoom works.
  if (op.op === 'set_fill' && op.fill === 'follow' && previous?.op === 'set_zoom' && previous.mode === 'auto') return true;
  // "for the vertical, fill the sides with blur": the shape named as the version there is asks only its fill.
  if (op.op === 'set_fill' && previous !== undefined && SHAPE_AS_VERSION.has(previous)) {
    ops[ops.length - 1] = op;
    return true;
  }
  // "16:9 with letterbox, black bars up and down": the fill the shape was just asked with, said again in other words.
  if (op.op === 'set_fill' && previous?.op === 'set_aspect' && previous.fill === op.fill) return true;
  if (op.op === 'set_fill' && previous?.op === 'set_aspect' && previous.fill === undefined) {
    previous.fill = op.fill; // "竖屏，背景模糊": the shape and how footage fills it, said in two clauses
    return true;
  }
  // "black bars, 9:16", "letterbox it, vertical": the fill said first is the one the shape after it is made with.
  if (op.op === 'set_aspect' && op.fill === undefined && previous?.op === 'set_fill') {
    ops[ops.length - 1] = { ...op, fill: previous.fill };
    return true;
  }
  // ("分辨率 1080p，另外导一份 gif": a file asked besides, not at the size set for the video.)
  if (op.op === 'export' && op.resolution === undefined && previous?.op === 'set_resolution' && !Words.anotherFile.test(text)) {
    const sized: EditOp = { ...op, resolution: previous.resolution }; // "the portal takes 720p, export at that": one export
    if (FORMAT_SAID.has(op)) FORMAT_SAID.add(sized);
    SIZED_BEFORE.add(sized);
    ops[ops.length - 1] = sized;
    return true;
  }
  // "export 720 for the email and then another in 1080": a second file at another resolution, not the first one's.
  if (op.op === 'set_resolution' && previous?.op === 'export' && previous.resolution !== op.resolution
    && (Words.anotherFile.test(text) || previous.resolution !== undefined && Words.fileBySize.test(text))) {
    ops.push({ ...previous, resolution: op.resolution });
    return true;
  }
  // "export in mov and in mp4, both 1080p", "…, 720p for each": a size said of every file listed is each one's (not when
  // one has a size of its own); said alone, it is no file of its own.
  // "export, then take the background off and export again, both mp4 720p": both files asked, with steps between them.
  const exported = ops.filter((done) => done.op === 'export');
  const listed = filesListedLast(ops).length < 2 && exported.length === (op.op === 'export' ? 1 : 2) ? exported : filesListedLast(ops);
  const sizeOfList = op.op === 'set_resolution' && Words.sizeAlone.test(text.trim()) && filesListedLast(ops).length > 1 && filesListedLast(ops).every((file) => FORMAT_SAID.has(file));
  if ((op.op === 'set_resolution' || op.op === 'export') && op.resolution !== undefined && (Words.eachFile.test(text) || sizeOfList) && listed.length > 0
    && listed.every((file) => file.resolution === undefined)) {
    for (const file of listed) file.resolution = op.resolution;
    if (op.op === 'set_resolution') return true;
  }
  // "导出1080p的MP4，茶商要高清": the sharpness wished, after a file at a size that gives it, is why that size.
  if (previous !== undefined && sharpEnough(previous, op) && Words.qualityWanted.test(text)) return true;
  if (op.op === 'set_resolution' && previous?.op === 'export') {
    previous.resolution = op.resolution; // "导出高清的，4K": the export's resolution, said after it
    return true;
  }
  // "最后淡出，慢慢黑下去那种": the same fade said again in other words is that fade, not a second one.
  if (op.op === 'fade' && isDeepStrictEqual(op, previous)) return true;
  // "淡出长一点，淡出三秒", "fade out longer, fade out 3 seconds": the same end of the same fade named again with its length
  // is that fade, as long as said; "淡入三秒，开头慢慢亮起来", described again with no length, is that fade as long as said first.
  // "音乐开头慢慢进来，淡入两秒": the same end said naming no part, after the music's, is the music's.
  // ("音乐淡入，标题淡入两秒": a title's fade names a part of its own, no more the music's than the picture's.)
  const otherPart = Words.picture.test(text) || Words.text.test(text);
  const musicFaded = previous?.op === 'fade' && previous.target === 'music' && !otherPart;
  if (op.op === 'fade' && previous?.op === 'fade' && (previous.target === op.target || musicFaded)
    && (previous.in_ms === undefined) === (op.in_ms === undefined) && (previous.out_ms === undefined) === (op.out_ms === undefined)) {
    // ("音乐的淡入去掉，慢慢进来": that end taken off, then said to come in slowly: which is meant is not guessed.)
    const off = (fade: EditOp) => fade.op === 'fade' && !fade.in_ms && !fade.out_ms;
    if (off(previous) !== off(op) && parseSeconds(text) === undefined) unknown.push(text);
    if (parseSeconds(text) !== undefined) Object.assign(previous, op, { target: previous.target });
    return true;
  }
  // "fade in at the start and fade out at the end": one fade, both ends. "音乐开头淡入两秒，结尾淡出三秒": the other end,
  // said without naming the picture, is that of the music just faded.
  if (op.op === 'fade' && previous?.op === 'fade' && (previous.target === op.target || musicFaded)
    && (previous.in_ms === undefined) !== (op.in_ms === undefined) && (previous.out_ms === undefined) !== (op.out_ms === undefined)) {
    // "fade in 1 second, fade out 2": a bare number at the other end is in the seconds the first end was said in (a
    // first end in milliseconds, or a number no fade lasts, is not guessed at).
    const bare = parseSeconds(text) === undefined ? Number(/^\D*?(\d+(?:\.\d+)?)\D*$/.exec(text)?.[1]) : NaN;
    const inSeconds = (previous.in_ms ?? previous.out_ms ?? 0) >= 1000 && bare > 0 && bare <= 10;
    const firstEnd = previous.in_ms ?? previous.out_ms;
    Object.assign(previous, op, { target: previous.target });
    const each = parseSeconds(text);
    if (inSeconds) previous[op.in_ms === undefined ? 'out_ms' : 'in_ms'] = bare * 1000;
    // "fade in, fade out, 2 seconds each": the length said with the second end, of each end, is the first's too.
    else if (each !== undefined && each > 0 && Words.eachLength.test(text)) Object.assign(previous, { in_ms: each, out_ms: each });
    // "fade in over 2 seconds, and fade out the same": the other end, no length of its own, as long as the first.
    else if (firstEnd !== undefined && each === undefined && Words.sameLength.test(text)) previous[op.in_ms === undefined ? 'out_ms' : 'in_ms'] = firstEnd;
    return true;
  }
  // "加音乐，要欢快的", "bgm 整上！！lofi！！": one music, said twice; a bed or a level the later names is the music's.
  if (op.op === 'add_music' && previous?.op === 'add_music') {
    // (A file is named by the later's track: its name may be quoted, out of the clause as read; "要安静点的，默认那首":
    // the default named after a kind is the one.)
    if (MusicWords.some(([pattern]) => pattern.test(text)) || AUDIO_FILE.test(op.track) || Words.defaultKind.test(text)) previous.track = op.track;
    if (parseVolume(text) !== undefined) previous.volume = op.volume;
    // ("bgm, 30% and no ducking": the ducking the later refuses.)
    if (!op.duck) previous.duck = false;
    return true;
  }
  // "转场慢一点，1秒的溶解", "加转场，硬切就行": one transition, said twice; the later says how long, unless it names none.
  if (op.op === 'crossfade' && previous?.op === 'crossfade') {
    if (op.ms !== UNSAID.crossfadeMs || parseSeconds(text) !== undefined) previous.ms = op.ms;
    return true;
  }
  if (op.op !== 'compile_best_moments') return false;
  // "the client only sees 20 seconds, make it 20 seconds": one clip, its length said twice.
  if (previous?.op === 'compile_best_moments' && previous.target_ms === op.target_ms) return true;
  // "I only have 30 seconds, cut it down": the length came first.
  const said = parseDurationMs(text) !== undefined;
  const pending = unknown.length > 0 && !said ? slotFragment(readable(unknown[unknown.length - 1]))?.length : undefined;
  if (pending !== undefined) {
    unknown.pop();
    op.target_ms = pending;
    return false;
  }
  if (!said) {
    if (previous?.op === 'compile_best_moments') return true; // "30 seconds, cut it down": one clip, said twice
    if (highlightsAgain(ops, text)) return true;
    // "clip 2 is 2 seconds too long, trim that off", "…, shave it off", "…, trim it": "that" is the moment's trim just
    // asked, no cut of the whole video ("…, then cut it down" may be one).
    if (previous?.op === 'trim_moment' && /\b(?:that|those)\b|\b(?:it|them|'em) off\b|^(?:just |please )?(?:trim|shave|chop) (?:it|them|'em)\b/.test(text)) return true;
    lengthless.add(op);
    return false;
  }
  if (previous?.op === 'compile_best_moments' && lengthless.delete(previous)) {
    previous.target_ms = op.target_ms; // "只保留精彩部分，控制在40秒内": one clip, its length said second
    return true;
  }
  return false;
}

/**
 * "60 second clip, 16:9. Best parts of the window restoration.": the best moments named again, with no length, after a
 * clip asked and only the frame or the sound asked since, are that clip.
 */
function highlightsAgain(ops: EditOp[], text: string): boolean {
  const clip = ops.map((done) => done.op).lastIndexOf('compile_best_moments');
  return clip >= 0 && Words.highlights.test(text) && ops.slice(clip + 1).every((done) => OFF_TIMELINE.has(done.op));
}

/**
 * A clause that only gives a length ("一分钟", "20秒左右", "45 seconds max", "整三秒", "四秒为宜"; "留三秒", "各3秒",
 * "改成0.2秒": kept, each end's, or changed to), a volume ("音量50%"), or an end of the clip and a length ("前4秒显示", "for the last 3 seconds":
 * no clip length).
 */
export function slotFragment(text: string): { length?: number; volume?: number; edge?: { anchor: 'start' | 'end'; duration_ms: number } } | undefined {
  // "…，9:16": a frame shape written like a clock time is no length.
  if ((ASPECTS as readonly string[]).includes(text.trim())) return undefined;
  // "前4秒显示", "for the first 4 seconds": an end of the clip and a length, which is no clip length.
  const edge = parseEdgeSpan(text);
  // "在开头三秒", "显示在最后5秒", Cantonese "喺开头出三秒": the end it shows at, said as where it is.
  const said = edge ? text.replace(Words.spanWords, '').replace(/[在喺]/g, '') : text;
  const rest = said
    // "40秒左右？", "放大3秒～", "3秒（给新同事看的）": a length offered as a question, or closed by a tilde, a cheer or an
    // aside in brackets, is still the length. "约三秒": said roughly, too. "都整成一秒的" (read 都剪成): each of them made
    // that long, which a clip, one length, is not.
    .replace(/\s*[（(][^（()）]*[)）]\s*$/, '').replace(/[?？!！~～]+$/, '').replace(Words.pleaseAbroad, '')
    .replace(/\d+(?:\.\d+)?\s*(?:%|percent|％)|(?:volume|音量)\s*(?:to|at|of|=)?|一半|四分之一|\bhalf\b|\b(a )?quarter\b/g, '')
    .replace(/[\d.:\s-]+|seconds?|secs?|minutes?|mins?|(?<![a-z])[ms]\b|分钟|分|秒|半|钟|左右|以内|内|max(imum)?|的$|这样|时长(?:为|是)?|\bduration\b(?:\s*(?:of|is|[:=]))?|or less|about|around|roughly|long|i only have|for this|\bfor\b|lasting|\b(say|maybe|like|please)\b|就行|就好|\b(?:will|would|should) do\b|就够了?|就可以了?|即可|罢了|而已|^[放摆]|^(?:就|只)?留|^就(?=\s*\d)|吧$|^各(?:自)?|^(?:(?:两个|两张|俩|两者)?都)?(?:改成|改为|调成|调到|设成|设为|换成|变成)|^(?:两个|两张|俩|两者)?都剪成|^(?:两个|两张|俩|两者)?都(?:是)?|^(?:整|正好|刚好)(?=\s*\d)|为宜|(?:比较|最)?(?:合适|好)$|大约|大概|差不多|约莫?|最多|上下|持续|显示|停留|停|保持|定格|定住|^定|\b(hold|stay)(s|ing)?( it| there| on it)?\b/g, '');
  if (rest.length > 0) return undefined;
  if (edge) return { edge };
  const length = parseDurationMs(text);
  const volume = /%|percent|％|volume|音量/.test(text) ? parseVolume(text) : undefined;
  return length !== undefined || volume !== undefined ? { length, volume } : undefined;
}

export const AUTO_ZOOM: EditOp = { op: 'set_zoom', mode: 'auto' };

/**
 * "叠化，1秒", "淡出，2秒": the length of the transition or fade just asked for, said in a clause of its own (a factor said
 * alone is taken in the main loop, FACTOR_ALONE). True when it was taken.
 */
export function measured(previous: EditOp | undefined, length: number | undefined): boolean {
  if (length !== undefined && previous?.op === 'crossfade' && previous.ms > 0) previous.ms = length;
  else if (length !== undefined && previous?.op === 'fade' && (previous.in_ms || previous.out_ms)) {
    if (previous.in_ms) previous.in_ms = length;
    if (previous.out_ms) previous.out_ms = length;
  } else return false;
  return true;
}

/** The words making, or keeping, what was just asked so long: "make it …", "keep them on for …", 搞…, 整个…. */
const MADE_OR_KEPT = new RegExp([
  // ("make them both 2 seconds", "make them all 3 seconds": each of them.)
  /^(?:please )?(?:make|have|keep|hold) (?:it|(?:them |those |these )?(?:both|all)|them|those|these|each(?: one)?) (?:on(?: screen)? )?/.source,
  // (Not 弄成, 搞成: read as 剪成, a length cut to.)
  /^(?:给我|帮我)?(?:搞|弄|整|做)个?(?=\s*[\d一二两三四五六七八九十半])/.source,
].join('|'));

/** "the crossfades, make them a full second long", "fade in, make it 2 seconds": the length of what was just asked for, said of it (up to `longest`). */
export function madeLength(text: string, longest = LONGEST_TRANSITION_MS): number | undefined {
  // "make it 3 seconds", "keep it on for 4 seconds", "hold them 2 seconds", "please make it one second", 搞三秒, 整个两秒:
  // the length made, or kept, of what was just asked.
  const length = slotFragment(text.replace(MADE_OR_KEPT, ''))?.length;
  return length !== undefined && length <= longest ? length : undefined;
}

/** What a zoom or a transition is called when said again with its length (a fade may name another end: 淡入2秒，淡出3秒). */
const NAMED_AGAIN: Partial<Record<EditOp['op'], RegExp>> = { zoom_at: Words.zoom, crossfade: Words.transitionNoun };

/** The length said in a clause that only names the zoom or transition just asked again with it ("放大4秒", "半秒的淡化", "过渡1秒"). */
export function lengthNamedAgain(previous: EditOp | undefined, text: string): number | undefined {
  const noun = previous === undefined ? undefined : NAMED_AGAIN[previous.op];
  return noun === undefined ? undefined : lengthWith(noun, text);
}

/** The length said in a clause that names a thing (by its noun) and only its length. */
const lengthWith = (noun: RegExp, text: string): number | undefined =>
  (noun.test(text) ? slotFragment(text.replace(new RegExp(noun.source, 'g'), ' ').replace(/的/g, ' '))?.length : undefined);

/** "片头“…”，片尾“…”，片尾三秒": the card just added (of the last two) that a clause names with only a length, and that length. */
export function cardNamedAgain(recent: EditOp[], text: string): { card: EditOp & { op: 'add_card' }; length: number } | undefined {
  for (const card of recent) {
    if (card.op !== 'add_card') continue;
    const noun = card.card === 'intro' ? Words.intro : Words.outro;
    const length = lengthWith(noun, text);
    if (length !== undefined) return { card, length };
  }
  return undefined;
}

/**
 * The words around a point or a stretch of time said alone ("大概在0:15", "从20秒开始", "从第20秒到第24秒", 自第3秒至第8秒, "0–5秒",
 * "时间改为第2秒到第9秒", "t=0:32": a point written as a timestamp).
 */
const TIME_WORDS = /(?:显示|出现)?时间段?(?:改为|改成|调为|调成|调到|设为|设成|是|为)?|持续|大概|大约|差不多|左右|前后|那一刻|那个?时候|那里|那儿|位置|处|的时候|开始|出现|显示|起|从|自|由|到|至|止|第|在|\b(around|about|roughly|at|from|to|starting|start|on)\b|\bt\s*=|[\s,.，。~～\-–—]/g;

/**
 * The text just named, said again as "it" with its showing ("…, and show it from 0 to 4 seconds", "keep it on screen"),
 * or the showing alone before the stretch ("title move to center and show from 2 to 7 second").
 */
const SHOWN_AGAIN = /\b(?:(?:show|display) (?:it|them)(?: up| on screen)?|keep (?:it|them) on screen)\b|^(?:and )?(?:show|display)(?= (?:from|between)\b)/g;

/**
 * A clause that only says when a text shows: a stretch ("5-9秒", "从第20秒到第24秒") or a start ("从20秒开始"), also
 * with the verb it is put there by ("放在第3秒到第8秒", "放到0:05").
 */
export function textTimeFragment(text: string): { start_ms: number; end_ms?: number } | undefined {
  const range = parseRange(text);
  // "显示到第6秒": the point it shows until is its end, no start (taken as when it goes); "放到第5秒" puts it there.
  const put = text.replace(Words.textPutAt, '在');
  const start = range || parseGone(put) !== undefined ? undefined : parseAt(put);
  if (!range && start === undefined) return undefined;
  const rest = text.replace(Words.textPutAt, '').replace(SHOWN_AGAIN, '').replace(/\d{1,2}:[0-5]\d(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:秒|seconds?|secs?|s\b)?/g, '').replace(TIME_WORDS, '');
  return rest === '' ? range ?? { start_ms: start! } : undefined;
}

/** A clause that only says a point in time: a clock time ("0:21", "大概在0:15"), or seconds said as a point ("在15秒那里"). */
export function pointFragment(text: string): number | undefined {
  const clock = parseClock(text);
  const at = clock?.ms ?? parseAt(text);
  if (at === undefined || parseRange(text)) return undefined;
  const rest = text.replace(Words.askOpening, '').replace(/\d{1,2}:[0-5]\d(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:秒|seconds?|secs?|s\b)/g, '').replace(TIME_WORDS, '');
  return rest === '' ? at : undefined;
}

/**
 * "NPC出场在第22秒，那里放大一下", "第二波团战在0:35，放大5秒", "第12秒到20秒是演示灭火器，这段放大看": a zoom with no point of
 * its own, said right after a clause (not read) that says what happens at a point or over a stretch, is there. It says
 * so by a "there" or by how long it holds (in it or in the clause after it: "第13秒，放大，停三秒"); a bare "放大" after it
 * may be about something else (not guessed at), unless that clause named a moment of the footage ("炸开那一下在第18秒").
 */
export function zoomAtNamed(named: string, text: string, parsed: EditOp[], after?: string): EditOp | undefined {
  // "水口处理在12秒那儿，拉近给个特写", "…在第8秒，给拉个近景": a close-up asked (no more of every zoom) says it is there too.
  const closeUp = Words.zoomCloserAt.test(text) || Words.closeUp.test(text) || (after !== undefined && Words.seenClosely.test(after));
  if (parsed.length !== 1 || !(isDeepStrictEqual(parsed[0], AUTO_ZOOM) || (closeUp && parsed[0].op === 'set_zoom' && parsed[0].mode === 'more'))) return undefined;
  const said = readable(named);
  const range = parseRange(said);
  const at = range?.start_ms ?? parseClock(said)?.ms ?? parseAt(said);
  // "第13秒，放大，停三秒", "金器在第6秒，放大给客人看清楚，放大四秒": the hold said in the clause after the zoom, or with
  // the zoom named again there (which that clause then sets).
  const held = parseDurationMs(text) ?? (after !== undefined && Words.heldFor.test(after) ? slotFragment(after)?.length : undefined)
    ?? (after !== undefined && Words.zoom.test(after) ? parseDurationMs(after) : undefined);
  // "炸开那一下在第18秒，放大": a thing named by what happens, then when it does, says the point is the thing's.
  const happens = said.search(Words.happensAt);
  const event = happens > 0 && Words.aside.pointShown.test(said.slice(0, happens).trim());
  // "第15秒，放大一下", "at 0:15, zoom in": a clause saying only the point leaves nothing else the zoom could be about.
  // ("第15秒，自动放大": the auto zoom named is no zoom at a point; "第15秒，它自己放大了", "at 0:15, zoom in? or not": nor a
  // zoom told of, complained of or asked about.)
  const pointAlone = range === undefined && pointFragment(said) !== undefined && !Words.zoomAutoSaid.test(text)
    && !Words.zoomNotAsked.test(text) && !(after !== undefined && Words.zoomTakenBack.test(after));
  const pointed = Words.there.test(text) || closeUp || event || pointAlone;
  if (at === undefined || (held === undefined && !pointed)) return undefined;
  return { op: 'zoom_at', start_ms: at, duration_ms: Math.max(1000, held ?? (range ? range.end_ms - range.start_ms : UNSAID.zoomMs)) };
}

/**
 * "这个视频想弄个背景，用我传的那张 xian.png", "add a background, use brand.png", "当背景用，叫shaxian.jpg": a picture named to
 * use in the clause after a backdrop asked for with no kind is that backdrop (not the built-in one taken when none is
 * said); "画面放在背景上，用刚才上传的那张木纹照片": so is the user's upload described.
 */
export function backgroundNamedAfter(previous: EditOp | undefined, asked: string, clause: string): EditOp | undefined {
  // "加个背景，用我传的那张照片": the picture uploaded, said with no file name, is the image the user gave.
  const text = readable(clause).trim();
  const file = IMAGE_FILE.exec(clause)?.[0] ?? (Words.ownImage.test(readable(clause)) ? 'image' : undefined);
  const picture = Words.useNamed.test(text) ? file ?? (Words.ownImage.test(text) ? 'image' : undefined) : undefined;
  // "那张图我有传上去，当背景用，叫shaxian.jpg": the upload already meant, now named by its file.
  const upload = file !== undefined && previous?.op === 'set_background' && previous.background === 'image';
  return picture !== undefined && (unnamedBackdrop(previous, asked) || upload) ? { op: 'set_background', background: picture } : undefined;
}

/** "店面招牌那张图我有传上去，当背景用": the user's upload named alone, then a backdrop asked with no kind, is that upload. */
export function backgroundNamedBefore(op: EditOp, asked: string, before: string, context: ParseContext): EditOp | undefined {
  const said = readable(before);
  const picture = IMAGE_FILE.exec(before)?.[0] ?? (Words.ownImage.test(said) ? 'image' : undefined);
  return picture !== undefined && unnamedBackdrop(op, asked) && parseClause(before, said, context).length === 0 ? { op: 'set_background', background: picture } : undefined;
}

/** A backdrop asked for with no kind: the built-in one, neither named nor asked for as the default. */
const unnamedBackdrop = (op: EditOp | undefined, asked: string) => op?.op === 'set_background' && op.background === BACKGROUNDS[0]
  && !BackgroundWords.some(([pattern]) => pattern.test(asked)) && !Words.defaultKind.test(asked);

/**
 * "there are backgrounds? put the aurora one": "the … one" asked after a clause (not read) that names backdrops is one of
 * them ("use the sunset one" alone may name a moment by what it shows: not guessed).
 */
export function backdropOneNamed(named: string | undefined, clause: string, context: ParseContext): EditOp[] | undefined {
  if (named === undefined || !Words.background.test(readable(named)) || !/\bthe [a-z-]+ one\b/.test(readable(clause))) return undefined;
  const asked = clause.replace(/\bone\b/i, 'background');
  const ops = readAlone(asked, context);
  return ops.length === 1 && ops[0].op === 'set_background' ? ops : undefined;
}

/** A clause that only says where a text sits, at which end, or how it comes in ("放在底部", "at the top", "放在开头", "滑动进入", "slide it in"). */
export function textPlacement(text: string): { position?: (typeof POSITIONS)[number]; motion?: 'slide'; anchor?: 'start' | 'end' } | undefined {
  const position = PositionWords.find(([pattern]) => pattern.test(text));
  const motion = Words.slide.test(text) ? 'slide' as const : undefined;
  // "…，放在开头", "结尾处显示": the end of the clip it shows at.
  const anchor = parseAnchor(text);
  if (!position && !motion && !anchor) return undefined;
  const rest = [position?.[0], Words.slide, anchor ? Words.anchorPlace : undefined, Words.placement]
    .reduce((left, pattern) => (pattern ? left.replace(new RegExp(pattern.source, 'g'), ' ') : left), text);
  if (rest.trim().length > 0) return undefined;
  return { ...(position ? { position: position[1] } : {}), ...(motion ? { motion } : {}), ...(anchor ? { anchor } : {}) };
}

/**
 * "再加一行字，从旁边滑进来的那种，写“…”": where a text sits or how it comes in, said between the text named and its words,
 * goes with both: the two clauses just before, both left unread (as left: an opening word such as 再 is not kept), as one.
 */
export function placedBetween(unknown: string[], clauses: string[], place: number): string | undefined {
  const [before, just] = [unknown.at(-2), unknown.at(-1)];
  return place > 1 && before !== undefined && just !== undefined && clauses[place - 1].endsWith(just) && clauses[place - 2].endsWith(before)
    && textPlacement(readable(just)) !== undefined ? `${before} ${just}` : undefined;
}

/**
 * "the title sits too high, move it to the center", "the recording's own audio is too quiet, raise it to 150%": a
 * statement about a text, the music, the recording's sound or a moment (not read), then a request of "it": the request, of that
 * part. Undefined unless it reads so and changes only that part.
 */
export function askedOfNamed(named: string | undefined, clause: string, context: ParseContext): EditOp[] | undefined {
  const said = named === undefined ? undefined : readable(named);
  const text = readable(clause);
  // "the crossfades look cheap, set them to zero": parts said in the plural are "them".
  const it = Words.pronoun.test(text) || THEM.test(text);
  if (said === undefined || HAN.test(said) || !(it || TAKEN_BACK.test(text))) return undefined;
  const part = NAMED_PART.find(({ noun }) => noun.test(said));
  const noun = part?.noun.exec(said);
  const before = said.slice(0, noun?.index ?? 0);
  if (part === undefined || !noun || !/^(?:the|my|our|this|that)\b/.test(said) || !/^(?:(?:the|my|our|this|that) (?:[a-z-]+ ){0,2})?$/.test(before)) return undefined;
  // ("the title fade in is too slow, remove it": the part's fade named is what "it" is, not the part.)
  if (Words.fade.test(said.slice(noun.index + noun[0].length))) return undefined;
  const subject = said.slice(0, noun.index + noun[0].length);
  // ("the music, add am": "it" said as a dialect says it is found once the clause is read plainly.)
  const asked = (it && !IT_OR_THEM.test(clause) ? text : clause).replace(it ? IT_OR_THEM : TAKEN_BACK, subject);
  const ops = readAlone(asked, context);
  // The transitions there, asked of, change by their length ("set them to zero", "get rid of them"): "keep them" asks none.
  const unmeasured = ops.some((op) => op.op === 'crossfade' && op.ms === UNSAID.crossfadeMs && parseSeconds(text) === undefined);
  // Music asked for as "it" is the music named alone ("the music, add it"), not one said to be something ("the song is
  // number 1, add it": a song of the user's, which the product cannot find).
  const addedAsNamed = !ops.some((op) => op.op === 'add_music') || said.slice(subject.length).trim() === '';
  return ops.length > 0 && !unmeasured && addedAsNamed && ops.every((op) => part.ops.includes(op.op)) ? ops : undefined;
}

/**
 * "the hammering in the video's too loud, put it at 60 per cent", "line noise in the video, knock it down to 10 percent":
 * a sound heard in the recording (not read: no part's noun), then a level asked of "it" or "that sound": the
 * recording's sound at that level (the sound alone cannot be lowered, nor is a lost sound a mute). Undefined unless so.
 */
export function heardNamed(named: string | undefined, clause: string, context: ParseContext): EditOp[] | undefined {
  const said = named === undefined ? undefined : readable(named);
  const { place, sound } = Words.heardInRecording;
  // "ocean sound from the video, keep it but lower, 40%": a sound the recording's by its own noun, too.
  if (said === undefined || !((place.test(said) && sound.test(said)) || Words.sourceAudio.test(said)) || Words.music.test(said) || Words.text.test(said)) return undefined;
  const text = readable(clause);
  // "the sound of the motorbikes, reduce to half", "the sewing machine noise, 50 percent": a level said with no object is
  // of the sound just named, too.
  // "my voice too small, make 1.3": a verb of setting with its object left out, as "pon 1.3", "mets 1.3" leave it, takes it
  // right after the verb.
  const asked = HEARD_AGAIN.test(text) ? text.replace(HEARD_AGAIN, "the video's sound")
    : OBJECT_LEFT_OUT.test(text) ? text.replace(OBJECT_LEFT_OUT, "$1 the video's sound ") : `the video's sound ${text}`;
  const ops = parseClause(asked, asked, context);
  // "…, keep it but lower": kept, yet lower, is no level as recorded (the level is not said); "…, get rid of it" cleans
  // the sound, where "turn it off" switches the recording's off.
  const off = Words.heardInRecording.off.test(text);
  // A level against the way asked or complained of ("my voice too loud, make 1.3") is not guessed at.
  const way = `${said} ${asked}`;
  const against = (volume: number) => (volume >= 1 && Words.quieter.test(way)) || (volume > 0 && volume < 1 && Words.louder.test(way));
  const levelled = (op: EditOp) => op.op === 'set_source_volume' && op.volume !== undefined && (op.volume > 0 || off)
    && !against(op.volume);
  return ops.length > 0 && ops.every(levelled) ? ops : undefined;
}


/** "it", "them", "that sound", "this noise": the sound the clause before named (or its makers: "the birds"), said again. */
const HEARD_AGAIN = /\b(?:(?:that|this|the) (?:sound|noise|audio)|it|them|that)\b(?!')/;

/** "them": the parts named before, in the plural ("them" after one part is not said). */
const THEM = /\bthem\b/;
/** The part named before, as "it" or "them", wherever the clause says it (built once, not per clause). */
const IT_OR_THEM = new RegExp(`${Words.pronoun.source}|${THEM.source}`, 'i');

/** "…, might we have that first?": "that" or "this" (not "that's") takes the part named back as "it" does. */
const TAKEN_BACK = /\b(?:that|this)\b(?!')/i;

/** The parts a statement may name before "it" is asked of them, and what may be asked of each. */
const NAMED_PART: { noun: RegExp; ops: EditOp['op'][] }[] = [
  { noun: Words.text, ops: ['edit_text', 'remove_text'] },
  // ("the music, add it, 45 percent": music named alone, then asked for as "it".)
  { noun: Words.music, ops: ['set_music_volume', 'remove_music', 'fade', 'add_music'] },
  { noun: Words.sourceAudio, ops: ['set_source_volume'] },
  { noun: Words.crossfade, ops: ['crossfade'] },
  // "the first clip drags, lose the last 5 seconds of it": a moment by its place, last (a statement naming another part is of that part).
  { noun: Words.slot.moment, ops: ['trim_moment', 'remove_moment', 'set_speed', 'move_moment'] },
];

/**
 * "the second clip is too long, shorten it a bit": a verb of shortening said alone, after a clause (not read) that names
 * one moment, trims that moment; undefined when the clause is no such verb or names none.
 */
export function shortenedNamed(named: string, text: string, context: ParseContext): EditOp[] | undefined {
  const moment = MOMENT_REF.exec(readable(named))?.[0];
  if (moment === undefined || !Words.shortenAgain.test(text)) return undefined;
  // "second clip" is said "the second clip" (a moment by its number, "clip 2", has no article).
  const article = /^[a-z]/.test(moment) && !new RegExp(String.raw`^(?:the|${MOMENT_NOUN})\b`).test(moment) ? 'the ' : '';
  const said = text.replace(/\b(shorten|trim|tighten|make)\b(?: (?:it|that|this)(?: one)?)?/, `$1 ${article}${moment}`);
  const ops = parseClause(said, said, context);
  return ops.length === 1 && ops[0].op === 'trim_moment' ? ops : undefined;
}
