import type { EditOp } from '../../../src/protocol';
import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 44, a statement of who, what or why beside a request, both languages:
 * - a fact told beside a request read, naming no edit, wherever it stands in the message: who says it (我们是做社区养老的
 *   机构, 俺们是开农家乐的), what the footage is (这次是年会的直播录像), who it is for (给订房平台用的), where it will be shown
 *   (要拿去经销商大会上放) or what it is to show there (答辩要演示系统的用法); not one naming a moment (给第二段用的), a part of
 *   the draft (给字幕组用的), what is meant (我是说…) or wished (我是想…); words quoted in it as the name of a thing the
 *   recording shows (“一键同步”按钮, "the 'Sync now' button") are no text's;
 * - the state a request leaves, said of the picture or the files: 画面要完整 beside the zoom turned off, 每个视频都要完整
 *   beside everything kept (beside another request it may ask for something else: unread);
 * - the voice said to stay with its verb first (留我讲话的声音), and only the voice (只留原声, 就留我说话的声音), which is what
 *   taking the music out leaves (beside music added or turned down it asks two things at odds: unread);
 * - the editor spoken of rather than to, with a value of its own ("can the tool shorten it to about 3 minutes?"), asked
 *   as "could you" asks it (without one, "could the app make it vertical", it may ask what the tool can do: unread, as
 *   h39en's "can I make it vertical?" is, at the merge);
 * - a further word announced as such before what it tells ("One more thought after sleeping on it: …", "PS: …").
 * Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; and look-alikes that must not change.
 */

const best = (seconds: number): EditOp => ({ op: 'compile_best_moments', target_ms: seconds * 1000 });
const music: EditOp = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true };
const vertical: EditOp = { op: 'set_aspect', aspect: '9:16' };
const mp4: EditOp = { op: 'export', format: 'mp4' };

describe('edit agent: round 44, a statement of who, what or why beside a request', () => {
  describe('a fact told beside the request, naming no edit', () => {
    sure([
      ['剪成一分钟，我们是做社区养老的机构，给志愿者看', [best(60)]],
      ['我们是做社区养老的机构，剪成一分钟，加个音乐', [best(60), music]],
      ['改成竖屏，俺们是开农家乐的，导出mp4', [vertical, mp4]],
      ['加个片尾写欢迎来玩，主要是给社区居民看的，导出', [{ op: 'add_card', card: 'outro', text: '欢迎来玩', duration_ms: 2000 }, mp4]],
      ['导出mp4，要拿去经销商大会上放', [mp4]],
      ['剪成30秒，给订房平台用的', [best(30)]],
      ['加个音乐，这次是年会的直播录像，导出mp4', [music, mp4]],
      ['导出mp4，这个视频是给新来的护士看App怎么用的', [mp4]],
      ['剪成两分钟，答辩要演示系统的用法，导出mp4', [best(120), mp4]],
      ['静音的地方删掉，我是社区大学的摄影老师，导出mp4', [{ op: 'remove_dead_air' }, mp4]],
      ['客户想看“一键同步”按钮怎么用，剪成30秒', [best(30)]],
      ["my boss wants to see the 'Sync now' button, zoom in at 0:20", [{ op: 'zoom_at', start_ms: 20000, duration_ms: 3000 }]],
    ]);
    // Words quoted alone may be a text's.
    notSure(['剪成30秒，客户要看“欢迎光临”']);
    // A moment named, a part of the draft named, or what is meant said: what it asks may not be read.
    notSure(['剪成30秒，给第二段用的', '导出mp4，这个录屏是给字幕组用的', '剪成30秒，我们是做第三段那种开箱的', '剪成30秒，把logo拿到右上角放']);
    nothing(['我们是做社区养老的机构', '给订房平台用的']);
  });

  describe('the state a request leaves, said of the picture or the files', () => {
    sure([
      ['zoom 关掉，画面要完整', [{ op: 'set_zoom', mode: 'off' }]],
      ['不要自动放大，录屏画面得完整', [{ op: 'set_zoom', mode: 'off' }]],
      ['全部保留，每个视频都要完整', [{ op: 'keep_everything' }]],
    ]);
    // Beside another request, or of one moment, it may ask for something else.
    notSure(['剪成30秒，画面要完整', '加个音乐，画面要完整', '关掉缩放，第二段画面要完整', '剪成30秒，所有文件都要完整', '加个音乐，画面要亮一点']);
  });

  describe('the voice said to stay, verb first, beside the music', () => {
    sure([
      ['去掉配乐，只留下同期声', [{ op: 'remove_music' }]],
      ['配乐去掉，就留我说话的声音', [{ op: 'remove_music' }]],
      ['把背景音乐关了，留我讲话的声音就行', [{ op: 'remove_music' }]],
      ['加个音乐，留我讲话的声音', [music]],
    ]);
    // Only the voice, beside music added or turned down, asks two things at odds.
    notSure(['加个音乐，只留原声', '音乐小一点，只留原声', '加个音乐，就留我说话的声音', '音乐拿掉，只留我讲解的部分']);
  });

  describe('the editor spoken of rather than to', () => {
    sure([
      ['Can the tool shorten it to about 3 minutes?', [best(180)]],
      ['Hi all, TA here. I filmed my lab demo for the chem section. Can the tool cut it to 2 minutes?', [best(120)]],
    ]);
    notSure(['could the app make it vertical', 'Will the extension add some music please', 'Could the editor cut out the pauses']);
    nothing(['will the app crash if I export 4k?', 'can the tool handle 4k?', 'can the app do that?']);
  });

  describe('a further word announced before what it tells', () => {
    sure([
      ['One more thought after sleeping on it: the buttons are tiny on a phone, so turn on the automatic zoom', [{ op: 'set_zoom', mode: 'auto' }]],
      ['Another thought: the viewers are all on laptops, so export it as mp4', [mp4]],
      ['PS: my boss is picky, make it vertical', [vertical]],
    ]);
    notSure(['One more thought: the colours should be warmer, make it vertical']);
  });
});
