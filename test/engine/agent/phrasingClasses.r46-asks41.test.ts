import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 46, everyday asks left unread in held-out 41: the whole kept, wished with its past participle ("I'd like it kept
 * whole", "with nothing cut"); a request opened by Tagalog's or Malay's "can" asked as a question ("Pwede po …?");
 * each file of a list sized after it ("mp4 1080p, gif 720p"); a music file named .ogg, .opus or .flac; a text shown for
 * the first seconds, in English; an upload named, then pointed back to ("use only that one"); a moment named with the
 * close-up it shows, then said too long (第二段针脚特写太长); 到出 typed for 导出 before who it is for; what was asked back,
 * said right before the undo (redo); 并 before 放在 after a rename (and put it there).
 */
describe('edit agent: round 46 asks41 classes', () => {
  describe('the whole kept, wished with its past participle', () => {
    sure([
      ["I'd like the video kept whole, please", [{ op: 'keep_everything' }]],
      ['we want everything kept', [{ op: 'keep_everything' }]],
      ['I would prefer it left intact, with nothing trimmed', [{ op: 'keep_everything' }]],
      ['nothing removed, please', [{ op: 'keep_everything' }]],
      ['希望素材完整保留，一刀都不剪', [{ op: 'keep_everything' }]],
    ]);
    // A length the clip is kept at is no whole kept.
    notSure(["I'd like the video kept short", 'we want it kept punchy']);
  });

  describe("a request opened by Tagalog's or Malay's \"can\", asked as a question", () => {
    sure([
      ['pwede po ba make it vertical?', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['Puwede move clip 1 to the end?', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['boleh cut it to 20 seconds?', [{ op: 'compile_best_moments', target_ms: 20000 }]],
      ['剪成二十秒 boleh?', [{ op: 'compile_best_moments', target_ms: 20000 }]],
    ]);
    // A question of what is, after it, stays a question.
    nothing(['pwede po ba kayo?', 'pwede po what is the music?']);
  });

  describe('each file of a list sized after it', () => {
    const file = (format: 'mp4' | 'gif' | 'webm' | 'mov', resolution?: '720p' | '1080p' | '4k') => ({ op: 'export' as const, format, ...(resolution ? { resolution } : {}) });
    sure([
      ['export as webm and gif, webm 4k, gif 720p', [file('webm', '4k'), file('gif', '720p')]],
      ['render an mp4 and a mov, the mov in 1080p', [file('mp4'), file('mov', '1080p')]],
      ['导出mov和gif，mov要4k，gif要720p', [file('mov', '4k'), file('gif', '720p')]],
    ]);
  });

  describe('a music file named .ogg, .opus or .flac', () => {
    sure([
      ['add theme_song.ogg at 40%', [{ op: 'add_music', track: 'theme_song.ogg', volume: 0.4, duck: true }]],
      ['use outro.opus for the music', [{ op: 'add_music', track: 'outro.opus', volume: 0.35, duck: true }]],
      ['背景音乐用 山歌.flac', [{ op: 'add_music', track: '山歌.flac', volume: 0.35, duck: true }]],
    ]);
  });

  describe('a text shown for the first seconds, in English', () => {
    sure([
      ['the caption only for the first 4 seconds please', [{ op: 'edit_text', start_ms: 0, end_ms: 4000 }]],
      ['show the title just for the first 10 seconds', [{ op: 'edit_text', start_ms: 0, end_ms: 10000 }]],
      ['标题只显示前五秒', [{ op: 'edit_text', start_ms: 0, end_ms: 5000 }]],
    ]);
    // The last seconds hang on the clip's length: not guessed; a span said of a moment, or with what is wrong, is no time.
    notSure(['the title only for the last 3 seconds', 'show the title for the first 3 seconds of clip 2', 'the title for the first 3 seconds is too big']);
  });

  describe('an upload named, then pointed back to as the one to use', () => {
    sure([
      ['the usable take is demo_v2.mov, just use that one', [{ op: 'use_sources', files: ['demo_v2.mov'] }]],
      ['lab-run.mp4 is the clean one, use that only', [{ op: 'use_sources', files: ['lab-run.mp4'] }]],
      ['能用的是 b.mp4，就用这个吧', [{ op: 'use_sources', files: ['b.mp4'] }]],
    ]);
    // What is done with it, beside no choice of the uploads, is not guessed.
    notSure(['the usable take is demo_v2.mov, use it at half speed']);
  });

  describe('a moment named with the close-up it shows, then said too long', () => {
    sure([
      ['第三段焊点特写太长了，缩短一秒', [{ op: 'trim_moment', index: 3, by_ms: 1000 }]],
      ['第一段那个特写剪短3秒', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
    ]);
    // A close-up asked for a moment is a zoom still.
    sure([['第一段加个特写', [{ op: 'set_zoom', mode: 'auto' }]]]);
  });

  describe('到出 typed for 导出, before who it is for', () => {
    sure([
      ['到出来发给客户', [{ op: 'export', format: 'mp4' }]],
      ['到出来我传群里', [{ op: 'export', format: 'mp4' }]],
    ]);
    // Seen, poured: no export.
    notSure(['看到出来我就放心了', '倒出来给我']);
  });

  describe('what was asked back, said right before the undo', () => {
    sure([
      ['帮我还原回来，撤销之前才是对的', [{ op: 'redo' }]],
      ['bring it back, it was fine before you undid it', [{ op: 'redo' }]],
    ]);
    // Asked back alone, it is a step back as before.
    sure([['还原回来', [{ op: 'undo' }]]]);
  });

  describe('并 before 放在 or 移到, after a rename', () => {
    sure([
      ['字幕改成「周末特价」，并放在底部', [{ op: 'edit_text', text: '周末特价', position: 'bottom' }]],
      ['标题换成「新品」，并移到顶部', [{ op: 'edit_text', text: '新品', position: 'top' }]],
    ]);
  });
});
