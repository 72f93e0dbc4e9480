import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 38, Chinese mixed with other tongues, and Zoom the app against the zoom of the picture:
 * - Zoom the meeting app named as where the footage came from, by what follows it (recording, class, lecture, sound;
 *   录屏, 上课, 的声音) or by the recording done on it ("recorded over Zoom"): no zoom of the picture, in both languages;
 * - the zoom switched off with an adverb between (zoom 也关掉, 放大也取消, 缩放还是关掉吧, zoom 也不要);
 * - less zoom said in Chinese beside the Latin word, or a few words on (zoom 的力度小一点, 放大得我头晕 收着点,
 *   zoom 别那么猛), and Cantonese "so much" (咁大 → 那么大: 缩放唔好咁大);
 * - Malay words inside Chinese: a length's unit (30 saat, 2 minit), potong (cut), tepi (the edges), sikit (a little);
 * - Cantonese: 去 after a verb of moving, before where to (拉去最尾, "move 去第二"); 条片 (the video);
 * - Japanese katakana loanwords of the edits (ズーム, オフ) inside Chinese;
 * - blur said in Latin as the fill (上下不要黑边，用 blur; 两边放 blur);
 * - beside a shape, the video posted to a platform too (LinkedIn 上也要发, 也要发到 B站): where it goes, no other request
 *   (an "also" before anything else still asks).
 * Own wordings, against a draft of 3 moments and 1 text.
 */

describe('edit agent: round 38, Chinese mixed with Malay, Japanese, Cantonese and English', () => {
  describe('Zoom the app, named as where the footage came from: no zoom', () => {
    table([
      ['zoom webinar recording, keep everything', [{ op: 'keep_everything' }]],
      ['this was recorded over zoom, cut it to 45 seconds', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['my zoom lecture is an hour, make a 1 minute version', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['zoom 上课的录像 剪成一分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['用 zoom 录的课 做个 30 秒的', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['zoom 的音频太小 原声调到 120%', [{ op: 'set_source_volume', volume: 1.2 }]],
      ['zoom会议录屏 全部保留', [{ op: 'keep_everything' }]],
    ]);
  });

  describe('look-alikes: the zoom of the picture, followed by how much, on or off', () => {
    sure([
      ['zoom less', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoom off', [{ op: 'set_zoom', mode: 'off' }]],
      ['zoom 关掉', [{ op: 'set_zoom', mode: 'off' }]],
      ['自动 zoom 打开', [{ op: 'set_zoom', mode: 'auto' }]],
    ]);
    nothing(['zoom 的声音太小了', 'the zoom call was long']);
  });

  describe('the zoom switched off with an adverb between', () => {
    table([
      ['zoom 也关掉', [{ op: 'set_zoom', mode: 'off' }]],
      ['放大也取消', [{ op: 'set_zoom', mode: 'off' }]],
      ['缩放还是关掉吧', [{ op: 'set_zoom', mode: 'off' }]],
      ['zoom 也不要', [{ op: 'set_zoom', mode: 'off' }]],
      ['音乐去掉, zoom 也关了', [{ op: 'remove_music' }, { op: 'set_zoom', mode: 'off' }]],
    ]);
  });

  describe('less zoom in Chinese beside the Latin word, or a few words on', () => {
    table([
      ['zoom 的力度小一点', [{ op: 'set_zoom', mode: 'less' }]],
      ['放大得我头晕 收着点', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoom 收敛一点', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoom 别那么猛', [{ op: 'set_zoom', mode: 'less' }]],
      ['缩放唔好咁大', [{ op: 'set_zoom', mode: 'less' }]],
      ['zoom 不要太大', [{ op: 'set_zoom', mode: 'less' }]],
    ]);
  });

  describe('Malay words inside Chinese', () => {
    table([
      ['剪 45 saat', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['2 minit 就好', [{ op: 'compile_best_moments', target_ms: 120000 }]],
      ['第三段 potong 掉两秒', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['竖屏 9:16, tepi 用 blur', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]],
    ]);
  });

  describe('Cantonese 去 before where a moment goes, 条片 the video', () => {
    table([
      ['把第二段拉去开头', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['第三段放去第一', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['第二段搬去最尾', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['第一段 move 去第三', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['条片剪到30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    nothing(['我去第二个地方拍的']);
  });

  describe('Japanese katakana loanwords of the edits', () => {
    table([
      ['ズーム オフ', [{ op: 'set_zoom', mode: 'off' }]],
      ['ズーム少一点', [{ op: 'set_zoom', mode: 'less' }]],
      ['ズーム 也关掉', [{ op: 'set_zoom', mode: 'off' }]],
    ]);
    notSure(['ズームイン 一点']);
  });

  describe('blur said in Latin as the fill', () => {
    table([
      ['上下不要黑边，用 blur', [{ op: 'set_fill', fill: 'blur' }]],
      ['两边放 blur', [{ op: 'set_fill', fill: 'blur' }]],
    ]);
  });

  describe('beside a shape, the video posted to a platform too', () => {
    table([
      ['换成 1:1，LinkedIn 上也要发', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['换成 1:1，也要发到 LinkedIn', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['换成 16:9，B站上也要发', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['换成 1:1，也要加音乐', [{ op: 'set_aspect', aspect: '1:1' }, { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
    notSure(['换成 1:1，LinkedIn 上也要发一个竖的']);
  });
});
