import {
  BACKGROUNDS, BackgroundWords, BED_COMPLAINED, type EditOp, fileNamed, HAN, MUSIC_FILE_EXTENSIONS, MusicWords, SCENE_BACKGROUND, Words,
} from '../../protocol';
import { EVERY, MOMENT_REF, negated, OTHER_SUBJECTS, type ParseContext, UNSAID } from './clauseWords';
import {
  normalizeNumbers, parseAnchor, parseAt, parseClock, parseFor, parseLengths, parseRange, parseSeconds, parseVolume, transitionMs,
} from './parseQuantities';

// The clause readers for what surrounds the moments: zoom, music, fades, the backdrop.

/** Auto zooms switched on outright ("auto zoom on, but less"): a zoom said how after one is a second step, not its way. */
export const ZOOM_SWITCHED_ON = new WeakSet<EditOp>();

/** "auto zoom", "zoom in on the form at 0:12 for 3 seconds", "less zoom", "no zoom", "自动缩放", "不要缩放". */
export function zoomOp(text: string): EditOp | EditOp[] | undefined {
  // "缩小一点" is a zoom out only when nothing else is there to shrink: "把字幕缩小一点" is about the title.
  const shrink = Words.zoomShrink.test(text) && !OTHER_SUBJECTS.test(text) && !Words.background.test(text) && !Words.shrinkable.test(text);
  if ((!Words.zoom.test(text) && !shrink) || /zoom to fill/.test(text)) return undefined;
  // "字幕放大一点", "放大标题": the size of a text, which no operation here sets (no zoom of the picture).
  if (Words.textEnlarged.test(text)) return [];
  // "remove the zoom at 0:30", "no zoom on clip 2", "the zoom at 0:12 is too long", "make the zoom shorter": one zoom, or its
  // length, which no operation here changes (not every zoom, nor a new one).
  const oneZoom = parseClock(text) !== undefined || parseAt(text) !== undefined || MOMENT_REF.test(text);
  if (((Words.zoomOff.test(text) || Words.cutRange.test(text)) && oneZoom) || /\btoo (long|short)\b|\b(shorter|longer)\b/.test(text)) return [];
  if (Words.zoomNoMore.test(text)) return [];
  if (Words.zoomOff.test(text)) return { op: 'set_zoom', mode: 'off' };
  // "auto zoom on, but a bit less of it": the zoom switched on, then how much of it.
  const less = Words.zoomLess.test(text) || (Words.zoomToned.test(text) && parseClock(text) === undefined && parseAt(text) === undefined);
  if (less && Words.zoomOn.test(text)) {
    const on: EditOp = { op: 'set_zoom', mode: 'auto' };
    ZOOM_SWITCHED_ON.add(on);
    return [on, { op: 'set_zoom', mode: 'less' }];
  }
  if (less) return { op: 'set_zoom', mode: 'less' };
  // "20秒那里拉近一下", "在0:12推近": closer at a point is a zoom there (not "再拉近一点", more of every zoom).
  const closerAt = Words.zoomCloserAt.test(text) && (parseAt(text) ?? parseClock(text)) !== undefined;
  if (Words.zoomMore.test(text) && !closerAt) return { op: 'set_zoom', mode: 'more' };
  // A zoom has no clip length: a clock time in its clause is where it starts ("0:08放大特写2秒", "zoom on 1:05"), and a
  // length said beside it how long it holds.
  const clock = parseClock(text);
  const at = parseAt(text) ?? parseRange(text)?.start_ms ?? clock?.ms;
  // "turn on auto zoom, and zoom in more", "自动放大打开，再放大多一点": switched on outright, a way said after it is a second step.
  if (at === undefined) return switchedOn({ op: 'set_zoom', mode: 'auto' }, text);
  const range = parseRange(text);
  const duration = parseFor(text) ?? (range ? range.end_ms - range.start_ms : heldFor(text, at, clock));
  return { op: 'zoom_at', start_ms: at, duration_ms: Math.max(1000, duration ?? UNSAID.zoomMs) };
}

/** How long a zoom at a point holds, said beside the point as a second length (no range said). */
function heldFor(text: string, at: number, clock: ReturnType<typeof parseClock>): number | undefined {
  if (clock) {
    // With the point said as a clock time, a bare figure held for ("hold for 2") is seconds too.
    const rest = text.replace(clock.said, ' ');
    const bare = Words.zoomHeldBare.exec(rest)?.[1];
    return parseSeconds(rest) ?? (bare === undefined ? undefined : Number(bare) * 1000);
  }
  // "在十秒放大 一直到十五秒": held until a later point, it holds to that point.
  const until = Words.zoomHeldUntil.exec(text);
  const end = until === null ? undefined : parseSeconds(until[0]);
  if (end !== undefined && end > at) return end - at;
  // "第30秒放大5秒", "at 12s zoom 4 seconds": with the point said in seconds, a second length is how long it holds.
  const lengths = parseLengths(text);
  return lengths.length === 2 && lengths[0] === at ? lengths[1] : undefined;
}

/** The auto zoom, marked as switched on outright when the clause says so. */
function switchedOn(auto: EditOp, text: string): EditOp {
  if (Words.zoomOn.test(text)) ZOOM_SWITCHED_ON.add(auto);
  return auto;
}

/** Every naming of the music in a clause (taken out to see what else it says). */
export const MUSIC_NAMES = new RegExp(Words.music.source, 'g');
/** A music file named by the user: "用我的 燃.mp3", "BGM换成 dy热门.mp3", 我传的那个“棉花谣.mp3”. */
export const AUDIO_FILE = new RegExp(fileNamed(MUSIC_FILE_EXTENSIONS), 'iu');
/** Every sound file named in a clause, to take out of it. */
const AUDIO_FILES = new RegExp(AUDIO_FILE.source, 'giu');

type Reading = EditOp | EditOp[] | undefined;

/** The music added, ducked under speech, at the level said (else the default): the file named, else the first bed. */
export const musicAdded = (volume: number = UNSAID.musicVolume, file?: string): EditOp => ({ op: 'add_music', track: file ?? 'lofi', volume, duck: true });

/**
 * What a clause asks of the music, by what it asks: its ducking refused, the music taken out, faded, ducked, added, or
 * set to a level (each reader gives way to the next with undefined); undefined when the clause names no music.
 */
export function musicOp(said: string, original: string, context: ParseContext): Reading {
  // "音乐用我传的 flower_shop.mp3": the words inside a file's name ("lower") say nothing of the music.
  // ("music too upbeat": the bed complained of is no bed asked for; said alone, no change is asked either; nor "the
  // music is louder than the wind", how loud it is told.)
  const heard = said.replace(AUDIO_FILES, ' ').replace(Words.musicSaid.rights, ' ');
  const text = heard.replace(BED_COMPLAINED, ' ').replace(EVERY.musicComparedStated, ' ');
  const file = AUDIO_FILE.exec(original)?.[0];
  // "re-enable the ducking": ducking is the music's, named or not; a sound file named is music.
  // "让它在说话时压低", "我喊价的时候自动压下去": giving way where someone speaks is the music's ducking, the music unnamed (as "ducking" is).
  // (said last, and not the speaker's own: "压低了嗓子", 压低声音, 我会压低 lower something else).
  const ducksUnnamed = Words.duck.test(text) && Words.duckYields.test(text) && !Words.sourceAudio.test(text);
  if (!Words.music.test(text) && file === undefined && !Words.noDuck.test(text) && !Words.musicSaid.ducking.test(text) && !ducksUnnamed) return undefined;
  // "I want to check the music's there", "音乐加上没": whether it is in, asked, asks for no music.
  if (Words.musicSaid.checked.test(text)) return undefined;
  if (Words.musicSaid.commercialAsked.test(text)) return undefined;
  if (Words.noDuck.test(text)) return duckingRefused(text, file, context);
  // "用第二首音乐30": which track is the second is not guessed at (no default one either).
  if (file === undefined && Words.musicSaid.counted.test(text)) return [];
  // "remove clip 2 but keep the music": the music is what stays, not what goes.
  if (Words.musicRemove.test(text) && Words.musicSaid.kept.test(text)) return undefined;
  return musicRemoved(text) ?? (Words.fade.test(text) ? musicFaded(text, file, context) : undefined)
    ?? (Words.duck.test(text) ? duckingAsked(text, file, context) : undefined)
    ?? musicAddedOrLevelled(text, file, context, text !== heard);
}

/** "add music with a fade in and a fade out": the music asked for, then its fade; or the fade of the music there is. */
function musicFaded(text: string, file: string | undefined, context: ParseContext): EditOp | EditOp[] {
  // "音乐用 c418.mp3 开头淡入2秒 结尾淡出3秒": a file of the user's named with no music yet is that music, added (as when
  // its ducking is refused), then faded.
  const outright = askedOutright(text, file, context) ?? (file !== undefined && context.music !== true ? newMusic(text, file) : undefined);
  // "fade the music and the video out at the end, 3 seconds both": one fade said of both, each faded so.
  const faded = Words.musicAndPicture.test(text) ? [fadeOp(text, 'music'), fadeOp(text, 'clip')] : [fadeOp(text, 'music')];
  return outright ? [outright, ...faded] : faded;
}

/**
 * "stop lowering the music when I speak": the ducking switched off, not the music; "music at 25 percent without ducking"
 * with no music yet: that music asked for, at that level, not ducking alone; "add music, level 20 percent, ducking
 * disabled": music asked for outright, with no ducking, is that music added so.
 */
function duckingRefused(text: string, file: string | undefined, context: ParseContext): Reading {
  const level = parseVolume(text);
  // ("add our theme thracian_march.mp3 at 45% without ducking": the file named.)
  if (level !== undefined && context.music === false && Words.musicAt.test(text)) return { op: 'add_music', track: file ?? 'lofi', volume: level, duck: false };
  const outright = askedOutright(text, file, context);
  if (outright) return { ...outright, duck: false };
  // "add beat.mp3 with no ducking": a file of the user's named with no music yet is that music, added so (as when ducked).
  if (file !== undefined && context.music !== true) return { ...newMusic(text, file), duck: false };
  return duckedAt(text, false, context) ?? { op: 'set_ducking', duck: false };
}

/**
 * Music asked for outright, when there is none to change. "加点音乐说话时不要压低", "音乐用默认 我说话不压低": music asked
 * for in Chinese with its ducking refused, no comma between, is that music added so (the refusal and the music's name
 * taken out first, so neither the 要 of 不要 nor the 配 of 配乐 reads as adding it).
 */
function askedOutright(text: string, file: string | undefined, context: ParseContext): Extract<EditOp, { op: 'add_music' }> | undefined {
  const unduckedRest = text.replace(Words.noDuck, ' ');
  const addVerbs = unduckedRest.replace(MUSIC_NAMES, ' ');
  const addedUnducked = HAN.test(text) && Words.noDuck.test(text) && Words.music.test(unduckedRest)
    && Words.musicAdd.test(addVerbs) && !negated(addVerbs, Words.musicAdd);
  return context.music !== true && (Words.musicAddedWith.test(text) || addedUnducked) ? newMusic(text, file) : undefined;
}

/** The music taken out; undefined when no removal is said, or its verb is a level's ("drop the music volume to 20%"). */
function musicRemoved(text: string): Reading {
  // ("drop the music under the narration", "drop it when I talk": lowered where someone speaks, its ducking; "take out
  // the fade in of the music": its fade.)
  if (!Words.musicRemove.test(text) || Words.duckYields.test(text) || Words.musicSaid.lackedBy.test(text)
    || Words.musicSaid.fadeTakenOff.test(text)) return undefined;
  // "stop the music at 1:00": from a time on is no removal of all of it (and no setting of its own).
  if (Words.musicSaid.fromTime.test(text)) return [];
  // "drop the music a bit": a degree makes the verb a level's, not a removal's.
  const degree = Words.musicSaid.degree.test(text);
  if (!degree && !Words.musicSaid.level.test(text) && parseVolume(text) === undefined) return { op: 'remove_music' };
  return degree && Words.musicSaid.lowered.test(text) ? { op: 'set_music_volume', change: 'quieter' } : undefined;
}

/**
 * "some music underneath, and let it dip when I speak": music asked for as a bed, that ducks, is music added; so is a
 * file of the user's named with no music yet ("Music: my file dombra.mp3, 50 percent, and when I speak it goes down").
 * Undefined when music is added beside the ducking: the music's reader says how.
 */
function duckingAsked(text: string, file: string | undefined, context: ParseContext): Reading {
  const outright = askedOutright(text, file, context);
  if (outright) return outright;
  if (file !== undefined && context.music !== true) return newMusic(text, file);
  const level = duckedAt(text, true, context);
  if (level) return level;
  return Words.musicSaid.addedBesideDucking.test(text) ? undefined : { op: 'set_ducking', duck: true };
}

/** Music added (a bed, a file, a level with it), refused, or the level of the music there is changed. */
function musicAddedOrLevelled(
  text: string, file: string | undefined, context: ParseContext, toldOnly: boolean,
): Reading {
  const volume = parseVolume(text) ?? figureAt(text);
  const bedNamed = MusicWords.find(([pattern]) => pattern.test(text));
  const bed = bedNamed?.[1];
  // "we don't use music on this show", "I never want music", "配乐就不加了": a "no" before the verb that adds it refuses
  // music (read again with the music's name taken out, so the 配 of 配乐 is no verb). ("音乐别要那么大声" asks it quieter.)
  const refused = [text, text.replace(MUSIC_NAMES, ' ')].some((said) => Words.musicAdd.test(said) && negated(said, Words.musicAdd));
  if (refused && !Words.quieter.test(text)) return [];
  // "music would distract them, so none please": no music is the amount wanted.
  if (Words.noneWanted.test(text)) return [];
  // "NO lofi", "no upbeat stuff": a bed refused is none added (nor a removal guessed).
  const bedSaid = bedNamed?.[0].exec(text);
  if (bedSaid && Words.musicSaid.refusedBefore.test(text.slice(0, bedSaid.index))) return [];
  const adds = Words.musicAdd.test(text) || Words.musicAddedWith.test(text);
  // A level said ("quieter", "set the music to 30%") changes the music there is; "change the music to upbeat" replaces it.
  // "add the lo-fi music, not too loud, 20 percent", "背景音乐来一个 大声点 70%": a bed, or a figure, said with music added
  // outright is the new music's level.
  const addsBed = (bed !== undefined || file !== undefined || volume !== undefined) && Words.musicSaid.addedOutright.test(text);
  // "加背景音乐 别太大声 百分之二十五", "music in behind it at 15%, no louder than that": music added with a cap on how loud
  // says the new music's level, no change of one there is.
  const capped = adds && Words.musicSaid.capped.test(text);
  // "音乐换成 upbeat_01.mp3 音量大概25%": the level said with a file named is the new music's.
  const level = !addsBed && !capped && !(file !== undefined && volume !== undefined) && (Words.quieter.test(text) || Words.louder.test(text) || (volume !== undefined && Words.musicSaid.setVerb.test(text)));
  // "add music, a bit quieter", "put some music on, actually a touch quieter than that": with no music yet, a change of
  // level said after the music is added, past a comma, is a change of the new music's.
  // "add the lofi music but quieter", "add music, the file band.mp3, and a bit louder": so with a bed or a file named.
  const added = adds && (level || addsBed) && volume === undefined && context.music !== true && addedThenChanged(text);
  if (added) return [{ op: 'add_music', track: file ?? bed ?? 'lofi', volume: UNSAID.musicVolume, duck: true }, { op: 'set_music_volume', change: Words.quieter.test(text) ? 'quieter' : 'louder' }];
  // "I want the music the same as the intro": a track named by another, which the product cannot find (no bed in its place).
  if (!level && adds && bed === undefined && file === undefined && Words.musicLikeOther.test(text)) return [];
  // "add jazz music", "put some piano music under it": a style no bed plays is not guessed at (the default bed is no jazz).
  if (!level && adds && bed === undefined && file === undefined && Words.musicSaid.styleNotOffered.test(text)) return [];
  // "music too upbeat", "the music is louder than the wind": the bed only complained of, or how loud it is only told,
  // with nothing asked beside it (no verb, bed, file or level), asks nothing.
  if (toldOnly && !level && !adds && bed === undefined && file === undefined && volume === undefined) return [];
  if (!level && (adds || bed || file)) {
    return { op: 'add_music', track: file ?? bed ?? 'lofi', volume: volume ?? UNSAID.musicVolume, duck: true };
  }
  // "music at 20%" with no music yet: the music asked for, at that level ("music volume 20%", "music down to 20%", "the
  // music should be at 20%" say the level of music there is).
  if (volume !== undefined && !level && context.music === false && Words.musicAt.test(text) && (!Words.levelChanged.test(text) || Words.musicThenLevel.test(text))) {
    return musicAdded(volume);
  }
  return musicLevel(text, volume);
}

/** "add music at 40", "lofi at 0.25", "music: x.mp3, 0.25": a bare figure the music is put at, out of a hundred or a share of one; undefined when none is said. */
function figureAt(text: string): number | undefined {
  const figure = Number(Words.musicSaid.atFigure.exec(text)?.[1] ?? Words.musicSaid.shareLast.exec(text)?.[1] ?? NaN);
  if (figure > 0 && figure <= 1) return figure;
  return figure > 1 && figure <= 100 ? figure / 100 : undefined;
}

/** The level the music is set to, or which way it goes; undefined when none is said. */
function musicLevel(text: string, volume: number | undefined): EditOp | undefined {
  if (volume !== undefined) return { op: 'set_music_volume', volume };
  // "bring the music down to like 15": a bare figure a level is turned to is out of a hundred.
  const turnedTo = Words.musicSaid.turnedTo.exec(text);
  if (turnedTo && Number(turnedTo[1]) <= 100 && (Words.quieter.test(text) || Words.louder.test(text))) return { op: 'set_music_volume', volume: Number(turnedTo[1]) / (turnedTo[1].includes('.') ? 1 : 100) };
  // "music at 20%, then set it to fifteen", "make the music 15": a bare figure the music is set to is out of a hundred too.
  const setTo = Words.musicSetTo.exec(text);
  const setLevel = setTo ? parseVolume(normalizeNumbers(`${setTo[1]} percent`)) : undefined;
  if (setLevel !== undefined && setLevel > 0 && setLevel <= 1) return { op: 'set_music_volume', volume: setLevel };
  if (Words.quieter.test(text)) return { op: 'set_music_volume', change: 'quieter' };
  if (Words.louder.test(text)) return { op: 'set_music_volume', change: 'louder' };
  return undefined;
}

/** Every ducking asked or refused in a clause, taken out to read the level said beside it. */
const EVERY_DUCK = new RegExp(Words.duck.source, 'g');
const EVERY_NO_DUCK = new RegExp(Words.noDuck.source, 'g');

/**
 * "80% volume and no ducking", "music, lofi, 30 percent, ducking under dialogue": a level said beside the ducking asked
 * or refused (and no other sound named) is the music's too; with no music yet, or a bed named, that of the music asked
 * for. Undefined when no level is said.
 */
function duckedAt(text: string, duck: boolean, context: ParseContext): Reading {
  const rest = text.replace(duck ? EVERY_DUCK : EVERY_NO_DUCK, ' ');
  const volume = Words.sourceAudio.test(rest) ? undefined : parseVolume(rest);
  if (volume === undefined) return undefined;
  if (context.music === false || MusicWords.some(([pattern]) => pattern.test(text))) return { ...newMusic(text, undefined), volume, duck };
  return [{ op: 'set_music_volume', volume }, { op: 'set_ducking', duck }];
}

/** The music a clause asks for: its file or bed, at the level it says (ducked under speech unless said otherwise). */
function newMusic(text: string, file: string | undefined): Extract<EditOp, { op: 'add_music' }> {
  return { op: 'add_music', track: file ?? MusicWords.find(([pattern]) => pattern.test(text))?.[1] ?? 'lofi', volume: parseVolume(text) ?? figureAt(text) ?? UNSAID.musicVolume, duck: true };
}

/**
 * The music added before a comma (or an "and", a "but": "music daalo aur louder karo"; a pause: "加点音乐……再轻一些", "再加首歌
 * 比默认的大声点"), the change of its level said after it only.
 */
function addedThenChanged(text: string): boolean {
  // ("Please, the music a little quieter": the pause comes after the music is named; a courtesy before it adds none.)
  const named = Math.max(0, text.search(Words.music));
  const pause = text.slice(named).search(/,|\b(?:and|but)\b|…|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u);
  const comma = pause < 0 ? -1 : named + pause;
  const [before, after] = [text.slice(0, comma), text.slice(comma)];
  // ("…, but the voice louder": the level of another sound, not the music's.)
  // ("音乐已经加了 再大声一点": music said to be there already is the music there is, whose level changes.)
  return comma > 0 && Words.musicAdd.test(before) && !Words.musicSaid.alreadyThere.test(before) && !Words.quieter.test(before) && !Words.louder.test(before) && (Words.quieter.test(after) || Words.louder.test(after))
    && !Words.sourceAudio.test(after);
}

/** An uploaded picture named by its file. */
export const IMAGE_FILE = new RegExp(fileNamed(['png', 'jpe?g', 'webp', 'gif', 'avif']), 'i');

/** "add a background", "use my image as background", "put it on a sunset gradient", 加背景, "no background". */
export function backgroundOp(text: string, original: string): EditOp | undefined {
  // "blurred background" is how footage fills a frame of another shape, and "background music" is music: no backdrop.
  if (!Words.background.test(text) || Words.fill.test(text) || Words.music.test(text) || Words.noise.test(text)) return undefined;
  // "把背景里的人抠掉", "the person in the background": something in the picture, which no operation here takes out.
  if (SCENE_BACKGROUND.test(text) || Words.footageRetouched.test(text)) return undefined;
  // "用回原来的背景": the one there was before, which the draft does not keep (not guessed; an undo may bring it back).
  if (/(原来|之前|以前|刚才|上一个|上次)的?(那个)?背景|\b(previous|old|original|earlier) background\b/.test(text)) return undefined;
  if (Words.without.test(text) || /\b(background|backdrop|wallpaper) off\b/.test(text)) return { op: 'remove_background' };
  // "背景不要这么亮": less of something about it, which has no setting; not a backdrop to put on.
  if (/(不要|别)(这么|那么|太|那样|这样)/.test(text)) return undefined;
  // "能改圆角大小吗", "bigger rounded corners": a measure of the frame's corners or shadow, which has no setting, is not guessed at.
  if (/圆角|rounded corners|(drop )?shadow|阴影/.test(text) && /大小|尺寸|半径|弧度|粗细|\b(radius|size|bigger|smaller|larger|rounder|sharper)\b|更大|更小|大一?点|小一?点/.test(text)) return undefined;
  const file = IMAGE_FILE.exec(original)?.[0];
  if (file) return { op: 'set_background', background: file };
  if (Words.ownImage.test(text)) return { op: 'set_background', background: 'image' };
  const named = BackgroundWords.find(([pattern]) => pattern.test(text))?.[1];
  // "a white background", "plain background", 灰色背景: a kind there is no built-in for is not guessed at.
  const kind = /([a-z]+)\s+(?:background|backdrop|wallpaper)\b|(\p{Script=Han}{1,3}色)的?背景|背景[^，,。]{0,4}?(\p{Script=Han}{1,2}色)/u.exec(text);
  // ("a plain background, the default one": a kind not built in, then the default asked for, is the default.)
  if (!named && kind && !Words.anyBackground.test(kind[1] ?? kind[2] ?? kind[3]) && !Words.defaultKind.test(text)) return undefined;
  // "background: the shot from our trip", "set the background to the beach", "use all of it as the background": a
  // picture described, which the product cannot find (no backdrop guessed in its place).
  const described = Words.backgroundSaid.exec(text);
  const said = (described?.[1] ?? described?.[2])?.split(/[^a-z'-]+/).filter((word) => word !== '');
  if (!named && said?.some((word) => !Words.backgroundFiller.test(word))) return undefined;
  return { op: 'set_background', background: named ?? BACKGROUNDS[0] };
}

export function fadeOp(text: string, target: 'clip' | 'music'): EditOp {
  const oneEndOnly = refusedEnd(text, target);
  if (oneEndOnly) return oneEndOnly;
  const length = Words.without.test(text) || /\bstop\b/.test(text) ? 0 : transitionMs(text) ?? UNSAID.fadeMs;
  // Which end: said ("fade in", "fade to black"), or where ("a fade at the start"); neither, or both: both ends.
  const anchor = parseAnchor(text);
  // ("片头片尾fade 1秒", "條片頭尾fade 1秒", "片头尾都淡一秒": both ends named, 头尾 said as one word, fade both.)
  const fadeIn = Words.fadeIn.test(text) || (anchor === 'start' && !/\b(and )?(the )?end\b|结尾|片尾|头尾|首尾/.test(text));
  const fadeOut = Words.fadeOut.test(text) || (anchor === 'end' && !/\b(start|beginning)\b|开头|片头|头尾|首尾/.test(text));
  const both = fadeIn === fadeOut; // "fade in and out", or just "fade"
  const [inMs, outMs] = fadeIn && fadeOut && length > 0 ? endLengths(text) ?? [length, length] : [length, length];
  return {
    op: 'fade',
    target,
    ...(fadeIn || both ? { in_ms: inMs } : {}),
    ...(fadeOut || both ? { out_ms: outMs } : {}),
  };
}

/**
 * "fade in at the start, one second, and no fade at the end", "fade out 2s but no fade in": one end faded, then the
 * other refused (said in that order): each half read alone, the refused end none.
 */
function refusedEnd(text: string, target: 'clip' | 'music'): EditOp | undefined {
  const no = /(?:,?\s*(?:and|but)\s+|,\s*)\b(?:no|without)\s+(?:a\s+|any\s+)?fade\b/.exec(text);
  if (!no || !Words.fade.test(text.slice(0, no.index))) return undefined;
  const [asked, refused] = [fadeOp(text.slice(0, no.index), target), fadeOp(text.slice(no.index), target)];
  if (asked.op !== 'fade' || refused.op !== 'fade') return undefined;
  const [askedIn, refusedIn] = [asked.in_ms !== undefined, refused.in_ms !== undefined];
  const oneEach = askedIn !== (asked.out_ms !== undefined) && refusedIn !== (refused.out_ms !== undefined) && askedIn !== refusedIn;
  return oneEach && !refused.in_ms && !refused.out_ms ? { ...asked, ...refused, target } : undefined;
}

/**
 * "fade the music in over 2 seconds and out over 4", "fade in 2s and fade out 5s": a length said after each end is that
 * end's (a bare number after the first length is in its unit); one length said is both ends'.
 */
function endLengths(text: string): [number, number] | undefined {
  const [inAt, outAt] = [Words.fadeIn.exec(text)?.index ?? 0, Words.fadeOut.exec(text)?.index ?? 0];
  const cut = Math.max(inAt, outAt);
  const [first, second] = [text.slice(0, cut), text.slice(cut)];
  const firstMs = transitionMs(first);
  const bare = /^\D*?(\d+(?:\.\d+)?)\D*$/.exec(second);
  const unitMs = /\d\s*(?:ms|msecs?|millis|毫秒)/.test(first) ? 1 : 1000;
  const secondMs = parseSeconds(second) ?? (bare ? Number(bare[1]) * unitMs : undefined);
  if (firstMs === undefined || secondMs === undefined) return lengthsBefore(text, Math.min(inAt, outAt), cut, inAt < outAt);
  return inAt < outAt ? [firstMs, secondMs] : [secondMs, firstMs];
}

/** "a 2 s fade in and a 3 s fade out", "2-second fade-out, 1-second fade-in": a length said before each end is that end's. */
function lengthsBefore(text: string, firstEnd: number, secondEnd: number, inFirst: boolean): [number, number] | undefined {
  const [firstMs, secondMs] = [parseSeconds(text.slice(0, firstEnd)), parseSeconds(text.slice(firstEnd, secondEnd))];
  if (firstMs === undefined || secondMs === undefined || /\d/.test(text.slice(secondEnd))) return undefined;
  return inFirst ? [firstMs, secondMs] : [secondMs, firstMs];
}
