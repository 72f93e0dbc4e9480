import { BEST_MOMENTS_PROMPT, canvasOf, gradientOf, isGradientSrc, musicBedLabel, type Draft, type EditOp, say, type Lang } from '../../protocol';
import { CARD_ZH, percent, plural, seconds } from './describe';
import { cardMs, cutStretch, musicSegments, textSegments, videoSegments } from './timeline';

const POSITION_ZH: Record<string, string> = { top: '顶部', center: '中间', bottom: '底部' };
const STYLE_ZH: Record<string, string> = { title: '标题', caption: '字幕', 'lower-third': '下方字条' };
const GRADIENT_ZH = { aurora: '极光', sunset: '日落', ocean: '海洋', midnight: '午夜', mint: '薄荷' } as const;

/** "the aurora gradient" / "极光渐变", or the user's picture. */
function backgroundName(draft: Draft, lang: Lang): string {
  const src = draft.m?.background?.src;
  const gradient = gradientOf(src);
  if (gradient) return say(lang, `the ${gradient} gradient`, `${GRADIENT_ZH[gradient]}渐变`);
  return isGradientSrc(src) ? say(lang, 'a gradient', '渐变') : say(lang, 'your image', '你的图片');
}

/** "lo-fi music" / "lo-fi 音乐", or the user's own audio file. */
function bedName(src: string | undefined, lang: Lang): string {
  return musicBedLabel(src, lang) ?? say(lang, 'your audio file', '你的音频文件');
}

/** One sentence on what an edit did, with the facts of the new draft (times, volumes, counts), in the reply's language. */
export function describeEdit(op: EditOp, before: Draft, after: Draft, lang: Lang = 'en'): string {
  const secs = (ms: number) => seconds(ms, lang);
  const span = (at = 0, d = 0) => `${secs(at)}–${secs(at + d)}`;
  const place = (position?: string) => say(lang, position ?? '', POSITION_ZH[position ?? ''] ?? position ?? '');
  const bed = (src?: string) => bedName(src, lang);
  switch (op.op) {
    case 'keep_everything':
      return say(lang, `Put ${plural(videoSegments(after).length, 'file')} on the timeline whole, uncut (${secs(after.d ?? 0)}).`,
        `已把 ${videoSegments(after).length} 个文件完整放上时间线，不剪（${secs(after.d ?? 0)}）。`);
    case 'use_sources':
      return say(lang, `The clip now uses only ${plural(after.m?.sources?.length ?? 0, 'file')} (video track: ${plural(videoSegments(after).length, 'segment')}).`,
        `现在只用 ${after.m?.sources?.length ?? 0} 个文件（视频轨道：${videoSegments(after).length} 段）。`);
    case 'set_aspect':
    case 'set_resolution':
      return say(lang, `The frame is now ${after.m?.width}x${after.m?.height}${fillText(after, lang)}.`, `画面现在是 ${after.m?.width}x${after.m?.height}${fillText(after, lang)}。`);
    case 'set_fill':
      return say(lang, `Footage now fills the frame${fillText(after, lang)}.`, `素材现在这样填充画面${fillText(after, lang)}。`);
    case 'set_zoom':
      if (op.mode === 'off') return say(lang, 'No zoom: the clip shows the whole screen.', '不再缩放：剪辑显示完整画面。');
      return say(lang, `The ${plural(after.m?.zooms?.length ?? 0, 'zoom')} now ${op.mode === 'less' ? 'show more around the action' : 'come closer'}.`,
        `${after.m?.zooms?.length ?? 0} 处缩放已${op.mode === 'less' ? '减小，显示更多周围内容' : '加大，更贴近操作'}。`);
    case 'add_text': {
      const added = textSegments(after).find((t) => !textSegments(before).some((old) => old === t || (old.m?.text === t.m?.text && old.at === t.at)));
      return say(lang, `Added the ${op.style} "${op.text}" from ${span(added?.at, added?.d)} (${added?.m?.position}).`,
        `已添加${STYLE_ZH[op.style]}“${op.text}”，${span(added?.at, added?.d)}（${place(added?.m?.position)}）。`);
    }
    case 'edit_text': {
      const list = textSegments(after).map((t) => say(lang, `"${t.m?.text}" ${span(t.at, t.d)} (${t.m?.position})`, `“${t.m?.text}” ${span(t.at, t.d)}（${place(t.m?.position)}）`));
      return say(lang, `Updated the text: ${list.join('; ')}.`, `已修改文字：${list.join('；')}。`);
    }
    case 'remove_text':
      return op.index === undefined ? say(lang, 'Removed every text.', '已删除所有文字。') : say(lang, `Removed text ${op.index}.`, `已删除第 ${op.index} 个文字。`);
    case 'set_background':
      return say(lang, `The recording now sits on ${backgroundName(after, lang)}, with padding, rounded corners and a soft shadow.`,
        `画面现在放在${backgroundName(after, lang)}背景上，带留白、圆角和柔和阴影。`);
    case 'remove_background':
      return say(lang, 'Removed the background: the recording fills the frame again.', '已去掉背景：画面恢复全屏。');
    case 'add_card': {
      const at = op.card === 'intro' ? 0 : Math.max(0, (after.d ?? 0) - cardMs(after, 'outro'));
      if (videoSegments(after).length === 0) {
        return say(lang, `The ${op.card} card "${op.text}" (${secs(op.duration_ms)}) waits: it goes ${op.card === 'intro' ? 'before' : 'after'} the clip as soon as there is one.`,
          `${CARD_ZH[op.card]}“${op.text}”（${secs(op.duration_ms)}）先等着：一有视频就会放在${op.card === 'intro' ? '前面' : '后面'}。`);
      }
      return say(lang, `Added the ${op.card} card "${op.text}" at ${span(at, op.duration_ms)}; the clip is now ${secs(after.d ?? 0)}.`,
        `已添加${CARD_ZH[op.card]}“${op.text}”，${span(at, op.duration_ms)}；视频现在长 ${secs(after.d ?? 0)}。`);
    }
    case 'remove_card':
      return say(lang, `Removed the ${op.card ?? 'intro and outro'} card${op.card ? '' : 's'}; the clip is now ${secs(after.d ?? 0)}.`,
        `已去掉${op.card ? CARD_ZH[op.card] : '片头和片尾'}；视频现在长 ${secs(after.d ?? 0)}。`);
    case 'add_music': {
      const music = musicSegments(after)[0];
      if (videoSegments(after).length === 0) {
        return say(lang,
          `There is no clip yet, so ${bed(music?.src)} at ${percent(music?.m?.volume)} waits: it goes under the clip as soon as there is one. Say "${BEST_MOMENTS_PROMPT}" to make it.`,
          `还没有视频，所以${bed(music?.src)}（音量 ${percent(music?.m?.volume)}）先等着：一有视频就会铺在下面。说“剪辑精彩片段成60秒”来生成视频。`);
      }
      return say(lang,
        `Added ${bed(music?.src)} at ${percent(music?.m?.volume)} under the whole clip (${secs(music?.d ?? 0)})${music?.m?.duck ? ', ducked under speech' : ''}.`,
        `已为整段视频加上${bed(music?.src)}，音量 ${percent(music?.m?.volume)}（${secs(music?.d ?? 0)}）${music?.m?.duck ? '，有人声时自动压低' : ''}。`);
    }
    case 'set_music_volume':
      return say(lang, `Music volume is now ${percent(musicSegments(after)[0]?.m?.volume)}.`, `音乐音量现在是 ${percent(musicSegments(after)[0]?.m?.volume)}。`);
    case 'set_ducking':
      return op.duck ? say(lang, 'The music now ducks under speech.', '有人声时音乐会自动压低。') : say(lang, 'The music no longer ducks under speech.', '音乐不再随人声压低。');
    case 'remove_music':
      return say(lang, 'Removed the background music.', '已去掉背景音乐。');
    case 'set_source_volume':
      if (op.volume === 0) return say(lang, "Muted the footage's own sound.", '已把原声静音。');
      return say(lang, `The footage's own sound is at ${percent(after.m?.sourceVolume)}.`,
        `原声音量现在是 ${percent(after.m?.sourceVolume)}。`);
    case 'fade': {
      const m = op.target === 'music' ? musicSegments(after)[0]?.m : after.m;
      // Only the ends that fade are told ("fades in over 2 s", not "… and out over 0 s").
      const [inMs, outMs] = [m?.fadeInMs ?? 0, m?.fadeOutMs ?? 0];
      const en = [inMs > 0 ? `in over ${secs(inMs)}` : '', outMs > 0 ? `out over ${secs(outMs)}` : ''].filter(Boolean);
      const zh = [inMs > 0 ? `淡入 ${secs(inMs)}` : '', outMs > 0 ? `淡出 ${secs(outMs)}` : ''].filter(Boolean);
      const music = op.target === 'music';
      return en.length === 0
        ? say(lang, `${music ? 'The music' : 'The clip'} no longer fades.`, `${music ? '音乐' : '视频'}不再淡入淡出。`)
        : say(lang, `${music ? 'The music' : 'The clip'} fades ${en.join(' and ')}.`, `${music ? '音乐' : '视频'}${zh.join('，')}。`);
    }
    case 'crossfade':
      return op.ms > 0 ? say(lang, `Moments now crossfade over ${secs(op.ms)}.`, `片段之间现在交叉淡化 ${secs(op.ms)}。`) : say(lang, 'Moments now cut straight to each other.', '片段之间现在直接切换。');
    case 'remove_moment':
      return say(lang, `Removed moment ${op.index}.`, `已删除第 ${op.index} 段。`);
    case 'move_moment': {
      const to = Math.min(op.to, videoSegments(after).length);
      return say(lang, `Moved moment ${op.index} to place ${to}.`, `已把第 ${op.index} 段移到第 ${to} 位。`);
    }
    case 'trim_moment': {
      const d = secs(videoSegments(after)[op.index - 1]?.d ?? 0);
      return say(lang, `Moment ${op.index} is now ${d}.`, `第 ${op.index} 段现在长 ${d}。`);
    }
    case 'set_moment_range': {
      const moment = videoSegments(after)[op.index - 1];
      return say(lang, `Moment ${op.index} now plays ${span(op.in_ms, op.out_ms - op.in_ms)} of its file (${secs(moment?.d ?? 0)}).`,
        `第 ${op.index} 段现在播放文件的 ${span(op.in_ms, op.out_ms - op.in_ms)}（${secs(moment?.d ?? 0)}）。`);
    }
    case 'cut_range': {
      const { start, end } = cutStretch(before, op);
      const stretch = span(start, end - start);
      if (!op.from_end) return say(lang, `Cut ${stretch} out of the timeline.`, `已从时间线剪掉 ${stretch}。`);
      // "cut the last 10 seconds": where that was, and the length left, which the user did not know.
      const last = secs(op.start_ms);
      const what = op.end_ms === 0 ? say(lang, `the last ${last} (${stretch})`, `最后 ${last}（${stretch}）`)
        : say(lang, stretch, ` ${stretch}`);
      return say(lang, `Cut ${what} out of the timeline; the clip is now ${secs(after.d ?? 0)}.`,
        `已从时间线剪掉${what}；视频现在长 ${secs(after.d ?? 0)}。`);
    }
    case 'set_speed':
      return op.index === undefined ? say(lang, `The clip now plays at ${op.factor}x.`, `整段视频现在以 ${op.factor} 倍速播放。`)
        : say(lang, `Moment ${op.index} now plays at ${op.factor}x.`, `第 ${op.index} 段现在以 ${op.factor} 倍速播放。`);
    default:
      return '';
  }
}

function fillText(draft: Draft, lang: Lang): string {
  const fill = draft.m?.fill;
  if (fill === 'blur') return say(lang, ', footage on a blurred background', '，背景模糊填充');
  if (fill === 'letterbox') return say(lang, ', letterboxed', '，加黑边');
  if (fill === 'crop') return say(lang, ', cropped to the centre', '，裁剪到中间');
  if (fill === 'follow') return say(lang, ', following the action', '，画面跟随操作');
  return '';
}

/** Every track, for "show tracks" / 状态 / "preview in timeline". */
export function describeTracks(draft: Draft, lang: Lang = 'en'): string {
  const secs = (ms: number) => seconds(ms, lang);
  const span = (at = 0, d = 0) => `${secs(at)}–${secs(at + d)}`;
  const video = videoSegments(draft);
  if (draft.t.every((track) => track.sg.length === 0)) return say(lang, 'The timeline is empty. Upload footage and ask me to trim the best moments.', '时间线是空的。先上传素材，再让我剪出精彩片段。');
  const moments = video.map((s, i) => `#${i + 1} ${span(s.at, s.d)}${(s.m?.speed ?? 1) !== 1 ? say(lang, ` at ${s.m?.speed}x`, ` ${s.m?.speed} 倍速`) : ''}`).join(say(lang, ', ', '，'));
  const music = musicSegments(draft);
  const bed = (src?: string) => bedName(src, lang);
  const audio = music.length
    ? music.map((s) => `${bed(s.src)} ${span(s.at, s.d)} ${say(lang, 'at ', '音量 ')}${percent(s.m?.volume)}${s.m?.duck ? say(lang, ', ducked', '，人声时压低') : ''}`).join(say(lang, '; ', '；'))
    : say(lang, 'no music', '没有音乐');
  const muted = draft.m?.sourceVolume === 0 ? say(lang, '; footage sound muted', '；原声已静音') : '';
  const texts = textSegments(draft);
  const textLine = texts.length
    ? texts.map((s) => say(lang, `"${s.m?.text}" ${span(s.at, s.d)} (${s.m?.position})`, `“${s.m?.text}” ${span(s.at, s.d)}（${POSITION_ZH[s.m?.position ?? ''] ?? s.m?.position}）`)).join(say(lang, '; ', '；'))
    : say(lang, 'none', '无');
  const framed = draft.m?.background ? say(lang, `, on ${backgroundName(draft, lang)}`, `，${backgroundName(draft, lang)}背景`) : '';
  const cards = (['intro', 'outro'] as const).flatMap((kind) => {
    const card = draft.m?.[kind];
    return card ? [say(lang, `${kind} card "${card.text}" (${secs(card.d)})`, `${CARD_ZH[kind]}“${card.text}”（${secs(card.d)}）`)] : [];
  });
  return [
    say(lang, `Timeline ${secs(draft.d ?? 0)}, ${canvasOf(draft).width}x${canvasOf(draft).height}${fillText(draft, lang)}${framed}:`, `时间线 ${secs(draft.d ?? 0)}，${canvasOf(draft).width}x${canvasOf(draft).height}${fillText(draft, lang)}${framed}：`),
    ...(cards.length ? [say(lang, `Cards: ${cards.join('; ')}.`, `卡片：${cards.join('；')}。`)] : []),
    say(lang, `1. Video: ${plural(video.length, 'moment')}${video.length ? ` — ${moments}` : ''}.`, `1. 视频：${video.length} 段${video.length ? `——${moments}` : ''}。`),
    say(lang, `2. Audio: ${audio}${muted}.`, `2. 音频：${audio}${muted}。`),
    say(lang, `3. Text: ${textLine}.`, `3. 文字：${textLine}。`),
  ].join('\n');
}
