import { type EditOp, type Lang, musicBedLabel, musicBedOf, musicBedSrc, type MusicBed, say } from '../../protocol';
import { CARD_ZH, exportLabel, percent, seconds } from './describe';

const FILL_ZH = { blur: '模糊背景', letterbox: '加黑边', crop: '裁剪', follow: '跟随操作' } as const;
const ZOOM_ZH = { auto: '自动', more: '更近', less: '更远', off: '关闭' } as const;

/** What an operation would do, said before it is done ("set the music to 50 %"), in the reply's language. */
export function plannedEdit(op: EditOp, lang: Lang): string {
  const secs = (ms: number) => seconds(ms, lang);
  const moment = (index: number) => say(lang, `moment ${index}`, `第 ${index} 段`);
  switch (op.op) {
    case 'compile_best_moments': return say(lang, `make a ${secs(op.target_ms)} clip of the best moments`, `剪一段 ${secs(op.target_ms)} 的精彩片段`);
    case 'remove_dead_air': return say(lang, 'take out the silent, idle stretches', '去掉没声音、没动静的部分');
    case 'speed_up_idle': return say(lang, `speed up the idle stretches ${op.factor}x`, `把没动静的部分加速到 ${op.factor} 倍`);
    case 'keep_everything': return say(lang, 'put every file on the timeline uncut', '把所有文件不剪地放上时间线');
    case 'use_sources': return say(lang, `use only ${op.files.join(', ')}`, `只用 ${op.files.join('、')}`);
    case 'set_aspect': return say(lang, `make the frame ${op.aspect}${op.fill ? ` (${op.fill})` : ''}`, `把画面改成 ${op.aspect}${op.fill ? `（${FILL_ZH[op.fill]}）` : ''}`);
    case 'set_fill': return say(lang, `fill the frame with ${op.fill}`, `画面填充方式改成${FILL_ZH[op.fill]}`);
    case 'set_zoom': return say(lang, `set the zoom to ${op.mode}`, `缩放改成${ZOOM_ZH[op.mode]}`);
    case 'zoom_at': return say(lang, `zoom in at ${secs(op.start_ms)} for ${secs(op.duration_ms)}`, `在 ${secs(op.start_ms)} 放大 ${secs(op.duration_ms)}`);
    case 'set_resolution': return say(lang, `make it ${op.resolution}`, `分辨率改成 ${op.resolution}`);
    case 'add_text': return say(lang, `add the ${op.style} "${op.text}"`, `加文字“${op.text}”`);
    case 'edit_text': return say(lang, `change text ${op.index ?? 1}${op.text ? ` to "${op.text}"` : ''}`, `修改第 ${op.index ?? 1} 个文字${op.text ? `为“${op.text}”` : ''}`);
    case 'remove_text': return op.index === undefined ? say(lang, 'remove every text', '删掉所有文字') : say(lang, `remove text ${op.index}`, `删掉第 ${op.index} 个文字`);
    case 'set_background': return say(lang, `put the recording on the ${op.background} background`, `把画面放到 ${op.background} 背景上`);
    case 'remove_background': return say(lang, 'remove the background', '去掉背景');
    case 'add_card': return say(lang, `add the ${op.card} card "${op.text}" (${secs(op.duration_ms)})`, `加${CARD_ZH[op.card]}“${op.text}”（${secs(op.duration_ms)}）`);
    case 'remove_card': return say(lang, `remove the ${op.card ?? 'intro and outro'} card${op.card ? '' : 's'}`, `去掉${op.card === undefined ? '片头和片尾' : CARD_ZH[op.card]}`);
    case 'add_music': {
      const known = musicBedOf(musicBedSrc(op.track as MusicBed));
      const bed = known ? musicBedLabel(musicBedSrc(known), lang) : op.track;
      return say(lang, `add ${bed} at ${percent(op.volume)}`, `加${bed}，音量 ${percent(op.volume)}`);
    }
    case 'set_music_volume':
      if (op.volume !== undefined) return say(lang, `set the music to ${percent(op.volume)}`, `音乐音量调到 ${percent(op.volume)}`);
      return op.change === 'louder' ? say(lang, 'make the music louder', '音乐调大') : say(lang, 'make the music quieter', '音乐调小');
    case 'set_ducking': return op.duck ? say(lang, 'duck the music under speech', '有人声时压低音乐') : say(lang, 'stop ducking the music', '音乐不再随人声压低');
    case 'remove_music': return say(lang, 'remove the music', '去掉音乐');
    case 'set_source_volume':
      if (op.volume !== undefined) {
        return say(lang, `set the recording's own sound to ${percent(op.volume)}`, `原声音量调到 ${percent(op.volume)}`);
      }
      return op.change === 'louder' ? say(lang, "make the recording's own sound louder", '原声调大')
        : say(lang, "make the recording's own sound quieter", '原声调小');
    case 'fade': {
      const what = op.target === 'music' ? say(lang, 'the music', '音乐') : say(lang, 'the clip', '视频');
      const ends = [op.in_ms !== undefined ? say(lang, `in over ${secs(op.in_ms)}`, `淡入 ${secs(op.in_ms)}`) : '', op.out_ms !== undefined ? say(lang, `out over ${secs(op.out_ms)}`, `淡出 ${secs(op.out_ms)}`) : ''];
      return say(lang, `fade ${what} ${ends.filter(Boolean).join(' and ')}`, `${what}${ends.filter(Boolean).join('、')}`);
    }
    case 'crossfade': return op.ms > 0 ? say(lang, `crossfade the moments over ${secs(op.ms)}`, `片段之间交叉淡化 ${secs(op.ms)}`) : say(lang, 'cut straight between the moments', '片段之间直接切换');
    case 'remove_moment': return say(lang, `remove ${moment(op.index)}`, `删掉${moment(op.index)}`);
    case 'move_moment': return say(lang, `move ${moment(op.index)} to place ${op.to}`, `把${moment(op.index)}移到第 ${op.to} 位`);
    case 'trim_moment':
      return op.to_ms !== undefined ? say(lang, `make ${moment(op.index)} ${secs(op.to_ms)} long`, `把${moment(op.index)}剪到 ${secs(op.to_ms)}`)
        : say(lang, `make ${moment(op.index)} ${secs(op.by_ms ?? 0)} shorter`, `把${moment(op.index)}缩短 ${secs(op.by_ms ?? 0)}`);
    case 'set_moment_range': return say(lang, `make ${moment(op.index)} play ${secs(op.in_ms)}–${secs(op.out_ms)} of its file`, `让${moment(op.index)}播放文件的 ${secs(op.in_ms)}–${secs(op.out_ms)}`);
    case 'cut_range': {
      const stretch = `${secs(op.start_ms)}–${secs(op.end_ms)}`;
      // "the last 10 s": where that is on the timeline, only the draft says.
      const last = secs(op.start_ms);
      if (op.from_end && op.end_ms === 0) return say(lang, `cut the last ${last} out`, `剪掉最后 ${last}`);
      // "from 10 s before the end to 5 s before the end": each point counted back, the farther first (not "10 s–5 s
      // before the end", a stretch that reads as said backwards).
      const to = secs(op.end_ms);
      if (op.from_end) {
        return say(lang, `cut out from ${last} before the end to ${to} before the end`, `剪掉结尾前 ${last}到结尾前 ${to}`);
      }
      return say(lang, `cut ${stretch} out`, `剪掉 ${stretch}`);
    }
    case 'set_speed': return say(lang, `play ${op.index === undefined ? 'the clip' : moment(op.index)} at ${op.factor}x`, `${op.index === undefined ? '整段视频' : moment(op.index)}改成 ${op.factor} 倍速`);
    case 'undo': return say(lang, 'undo the last edit', '撤销上一步');
    case 'redo': return say(lang, 'redo the last undone edit', '重做');
    case 'start_over': return say(lang, 'empty the timeline', '清空时间线');
    case 'show_tracks': return say(lang, 'show the tracks', '显示各轨道');
    case 'export': return say(lang, `export ${exportLabel(op)}`, `导出 ${exportLabel(op)}`);
  }
}

/**
 * The reply to a reading the grammar is unsure of: what it would do, what made it unsure, and how to go ahead. The
 * draft is not changed until the user says yes.
 */
export function askFirst(ops: EditOp[], { words, odd }: { words: string[]; odd: EditOp[] }, lang: Lang): string {
  const plan = ops.map((op) => plannedEdit(op, lang)).join(say(lang, ', then ', '，然后'));
  const quoted = (said: string[], joint: string) => said.map((d) => say(lang, `"${d.slice(0, 120)}"`, `“${d.slice(0, 120)}”`)).join(joint);
  const unsure = [
    ...(words.length > 0 ? [say(lang, `not sure what you meant by ${quoted(words, ', ')}`, `不确定${quoted(words, '、')}是什么意思`)] : []),
    ...(odd.length > 0 ? [say(lang, `not sure you meant ${quoted(odd.map((op) => plannedEdit(op, lang)), ' or ')}`, `不确定你是不是要${quoted(odd.map((op) => plannedEdit(op, lang)), '还是')}`)] : []),
  ];
  return say(lang,
    `I'm not sure I read that right, so nothing has changed yet. I would ${plan}, but I'm ${unsure.join(', and ')}. Say "yes" to go ahead, or say it another way.`,
    `我不确定理解得对，所以还没有改动。我打算：${plan}。但我${unsure.join('，也')}。回复“好”就照这样做，或者换个说法。`);
}
