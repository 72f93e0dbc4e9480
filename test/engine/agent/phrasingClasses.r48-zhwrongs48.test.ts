import type { EditOp } from '../../../src/protocol';
import { notSure, sure } from './phrasingTable';

/**
 * Round 48, Chinese wrong edits: hurry said harder in dialect (血快点, 贼快点, 快点儿的) after a request, a detail between,
 * is no speed; an undo said with the one step it takes back (撤回撤回，刚才那下不要; 撤销，上一步; "undo, scrap that last
 * change") is one undo, and steps counted there are that many (撤回，刚才那两步不要); stretches named by what does not
 * happen in them (那几段没讲话、手也没动的; "where my hands aren't moving"), then sped up, are the idle ones; a length
 * made after a card or text (搞三秒, 整个五秒) is its own; "it" (它) after a moment's speed, a reason between, is that
 * moment moved; the undo told as a mistake in English words (刚才undo错了) is why a redo is asked; zoom in said before
 * how much (zoom入去多啲, "zoom in多一点") is more or less zoom; 位于画面顶部 places the text just added.
 * Own wordings, against a draft of 3 moments and 1 text, with their look-alikes.
 */

const undo: EditOp = { op: 'undo' };
const redo: EditOp = { op: 'redo' };
const speed = (factor: number, index?: number): EditOp => ({ op: 'set_speed', factor, ...(index ? { index } : {}) });
const idle = (factor: number): EditOp => ({ op: 'speed_up_idle', factor });
const file = (format: 'mp4' | 'gif' | 'webm'): EditOp => ({ op: 'export', format });

describe('edit agent: round 48, Chinese wrong edits', () => {
  describe('hurry said harder, after a request and a detail of it, is no speed', () => {
    sure([
      ['导出，gif就好，血快点', [file('gif')]],
      ['出个mp4，mp4就行，快点儿的', [file('mp4')]],
      ['改成竖屏，整快点', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['加个背景音乐，贼快点', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['export it, webm is fine, hurry', [file('webm')]],
      // Alone, of a moment, or said of the video or its playing, it is a pace.
      ['血快点', [speed(1.5)]],
      ['第二段血快点', [speed(1.5, 2)]],
      ['导出吧，视频快点', [file('mp4'), speed(1.5)]],
      ['加个标题「你好」，播放快一点', [{ op: 'add_text', text: '你好', style: 'title' }, speed(1.5)]],
    ]);
  });

  describe('an undo said with the step it takes back is that one undo; steps counted there are that many', () => {
    sure([
      ['撤回撤回，刚才那步不要了', [undo]],
      ['撤销撤销，上一步不要', [undo]],
      ['撤回，刚刚那下不要了', [undo]],
      ['撤销，上一步', [undo]],
      ['undo, scrap that last change', [undo]],
      ['undo, forget that last edit', [undo]],
      ['撤回，刚才那两步不要', [undo, undo]],
      // The undo word run on alone is one said with feeling; said apart, or before another step, each is a step.
      ['撤回撤回', [undo]],
      ['撤销，撤销', [undo, undo]],
      ['撤销撤销再重做', [undo, undo, redo]],
      ['undo undo', [undo, undo]],
    ]);
  });

  describe('stretches named by what does not happen in them, then sped up, are the idle ones', () => {
    sure([
      ['没说话、手也没动的那几段，快进两倍', [idle(2)]],
      ['打磨那几段没人讲话的，给我快进四倍', [idle(4)]],
      ['手也没动的，快进五倍', [idle(5)]],
      ["the parts where my hands aren't moving, speed them up 3x", [idle(3)]],
      ["speed up where the mouse doesn't move, 3x", [idle(3)]],
      // A speed said alone is the whole video's.
      ['快进三倍', [speed(3)]],
    ]);
  });

  describe('a length made after a card or text is how long it shows', () => {
    sure([
      ['片头卡写「欢迎光临」，搞四秒', [{ op: 'add_card', card: 'intro', text: '欢迎光临', duration_ms: 4000 }]],
      ['加个字幕「注意安全」，整个五秒', [{ op: 'add_text', text: '注意安全', style: 'caption', duration_ms: 5000 }]],
      ["add an outro card 'See you', make it 4 seconds", [{ op: 'add_card', card: 'outro', text: 'See you', duration_ms: 4000 }]],
      // Said of the video, it is the clip's length.
      ['片尾卡写「谢谢」，视频搞三十秒', [{ op: 'add_card', card: 'outro', text: '谢谢', duration_ms: 2000 }, { op: 'compile_best_moments', target_ms: 30_000 }]],
    ]);
  });

  describe('它 after a moment\'s speed, a reason between, is that moment moved', () => {
    sure([
      ['第二段两倍速，太拖了，再把它放到最后', [speed(2, 2), { op: 'move_moment', index: 2, to: 3 }]],
      ['第一段慢放，然后把它挪到第三个', [speed(0.5, 1), { op: 'move_moment', index: 1, to: 3 }]],
      ['slow clip 2 down, it\'s too fast, then put it last', [speed(0.75, 2), { op: 'move_moment', index: 2, to: 3 }]],
    ]);
    // A moment removed has no place to go; 它们 ("them") is not the one moment.
    notSure(['第三段删掉，再把它挪到第一个', '第二段两倍速，再把它们挪到最后']);
  });

  describe('the undo told as a mistake, in English words, is why the redo is asked', () => {
    sure([
      ['重做，刚才undo多了', [redo]],
      ['刚才undo错了', [redo]],
      ['redo, I undid that by mistake', [redo]],
      // Each step said is a step.
      ['redo一下，然后undo', [redo, undo]],
    ]);
  });

  describe('zoom in, said before how much, is more or less zoom', () => {
    sure([
      ['zoom in多一点', [{ op: 'set_zoom', mode: 'more' }]],
      ['zoom入去少啲', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoom in少一点', [{ op: 'set_zoom', mode: 'less' }]],
      // Said alone, it is the zoom switched on.
      ['zoom入去', [{ op: 'set_zoom', mode: 'auto' }]],
    ]);
  });

  describe('位于 a place of the frame places the text just added', () => {
    sure([
      ['加一个字幕「你好」，位于画面底部', [{ op: 'add_text', text: '你好', style: 'caption', position: 'bottom' }]],
      ['再加一个标题：「欢迎」，位于画面中间。', [{ op: 'add_text', text: '欢迎', style: 'title', position: 'center' }]],
      ['标题位于画面顶部', [{ op: 'edit_text', position: 'top' }]],
    ]);
    // Said after no text, it places nothing.
    notSure(['加音乐，位于画面顶部', '第三段位于画面顶部']);
  });
});
