import * as assert from 'node:assert/strict';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../../src/protocol';
import { nothing, notSure, sure, table } from './phrasingTable';

/** Each phrase read as exactly these operations against the draft with no music (3 moments, 1 text), nothing unread. */
const withoutMusic = (cases: [string, EditOp[]][]) => {
  for (const [phrase, expected] of cases) {
    it(`"${phrase}" (no music yet)`, () => assert.deepEqual(parseInstruction(phrase, { moments: 3, texts: 1, music: false }), { ops: expected, unknown: [] }));
  }
};

/**
 * Round 44, the known wrong readings, both languages: the classes they belong to, read where one reading is clear, left
 * unread where none is:
 * - a switch-off refused ("don't disable the ducking", 别关掉自动缩放, 不要把闪避关了): the setting left as it is, not switched off;
 * - formats listed bare under one export, the size said once before or after the list ("export 1080p mp4 and webm",
 *   "export mp4 & mov, 1080p", 导出mp4和mov，1080p): a file each, each that size;
 * - steps back: counted in times after the steps were named unwanted ("那两步都不要了，撤回两次": those two, not three); an
 *   undo said, then said again naming the one step ("撤了 刚才那步撤了": one); an undo said of moments ("undo the last two
 *   clips": cut them, or take back what was done to them? unread);
 * - a guess at how the video would fare on a platform ("the camels would be famous on TikTok"): no shape asked;
 * - music described beside the music added, in a draft without music: a level or a way said before it ("音乐要轻一点的，
 *   默认那首，百分之十五") or its ducking and level right after it ("BGM 不用 duck，直接铺，level 25%") are that music's;
 *   a level halved after it is said too loud ("开到百分之四十……太吵了，减半");
 * - a size set outright in Chinese before an export (调成4K，导出mov) is the draft's, the export of its format; 另外 before
 *   a file ("另外导一份 gif") says one more, not at the size set;
 * - Chinese typed a word at a time whose details read apart as requests of their own ("…，快进，不要 剪，两倍 就 好");
 * - a place alone after a text's label ("title: top", 字幕：底部): where it goes, not its words;
 * - a card said as a time ("when the intro ends", 片头结束的时候): no card asked of, and the time unread;
 * - a text named and placed, then its words given (字幕放下面，写“…”, 内容是“…”): one text of those words there;
 * - rendering said of 3D work ("render the model with better light"): no video exported;
 * - a part judged, then what to have instead, no comma between ("the blur looks off use black bars instead").
 * Look-alikes that must not change: a switch-off asked ("disable ducking"), an undo said outright twice ("撤销两次，再撤销两次"
 * is four), a file with a size of its own ("an mp4 in 4k and a gif"), "render it in 1080p", a level made louder "then".
 * Own wordings (not the bench's lines), against a draft of 3 moments and 1 text (the music's, with no music yet).
 */

describe('edit agent: round 44, the known wrong readings', () => {
  describe('a switch-off refused is no switch-off', () => {
    notSure(["don't disable the ducking", 'never disable ducking', "please don't stop ducking", '别关掉自动缩放', '不要取消闪避', '不要把闪避关了', '不要关掉闪避']);
    sure([
      ['disable ducking', [{ op: 'set_ducking', duck: false }]],
      ['关掉闪避', [{ op: 'set_ducking', duck: false }]],
    ]);
  });

  describe('formats listed bare under one export: the size said once is each one\'s', () => {
    const both = (size: '720p' | '1080p' | '4k', a: 'mp4' | 'mov' | 'webm' | 'gif', b: 'mp4' | 'mov' | 'webm' | 'gif') =>
      [{ op: 'export' as const, format: a, resolution: size }, { op: 'export' as const, format: b, resolution: size }];
    sure([
      ['export 720p mov and webm', both('720p', 'mov', 'webm')],
      ['render mp4 & gif, 720p', both('720p', 'mp4', 'gif')],
      ['export mov and mp4, 4k', both('4k', 'mov', 'mp4')],
      ['导出mov和webm，720p', both('720p', 'mov', 'webm')],
      ['导出1080p 两个格式 mov 和 gif', both('1080p', 'mov', 'gif')],
      ['导出webm跟mp4 4k', both('4k', 'webm', 'mp4')],
    ]);
    sure([
      ['export an mp4 in 4k and a gif', [{ op: 'export', format: 'mp4', resolution: '4k' }, { op: 'export', format: 'gif' }]],
      ['export mp4 and webm, both 720p', both('720p', 'mp4', 'webm')],
    ]);
  });

  describe('steps back', () => {
    const undos = (n: number) => Array.from({ length: n }, () => ({ op: 'undo' as const }));
    sure([
      ['最后那两步都不要了，撤销两次', undos(2)],
      ['刚刚那两步不要了，撤回两次', undos(2)],
      ['撤了 刚才那步撤了', undos(1)],
      ['撤销 上一步撤销', undos(1)],
      ['撤销两次，再撤销两次', undos(4)],
      ['撤回 撤回', undos(2)],
      ['undo the last two steps', undos(2)],
    ]);
    notSure(['undo the last two clips', 'undo the second scene', '撤销最后两段']);
  });

  describe('a guess at how the video would fare on a platform asks no shape', () => {
    nothing(['the kids would go viral on tiktok', 'would this blow up on instagram?', 'I bet the dogs would be famous on youtube', '这个发抖音肯定会火']);
    sure([['make it for tiktok', [{ op: 'set_aspect', aspect: '9:16' }]]]);
  });

  describe('music described beside the music added, in a draft without music', () => {
    withoutMusic([
      ['音乐小声一点，用默认那首，百分之二十', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
      ['音乐不要太吵，百分之十，默认那首', [{ op: 'add_music', track: 'lofi', volume: 0.1, duck: true }]],
      ['music a bit softer, add rain.mp3 at 10%', [{ op: 'add_music', track: 'rain.mp3', volume: 0.1, duck: true }]],
      ['add music, then set it to 20%', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
      ['配乐 不要 闪避，直接铺上，音量百分之三十', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: false }]],
      ['音乐百分之六十，太响了，减半', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: true }]],
      ['音乐来个默认的，百分之五十……太大声，砍一半吧', [{ op: 'add_music', track: 'lofi', volume: 0.25, duck: true }]],
    ]);
    withoutMusic([['music at 20%, then a bit louder', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }, { op: 'set_music_volume', change: 'louder' }]]]);
  });

  describe('a size set outright before an export; another file said with 另外', () => {
    sure([
      ['改成1080p，导出webm', [{ op: 'set_resolution', resolution: '1080p' }, { op: 'export', format: 'webm' }]],
      ['分辨率调成720p，导出gif', [{ op: 'set_resolution', resolution: '720p' }, { op: 'export', format: 'gif' }]],
      ['分辨率 4k，另外导一个 mov', [{ op: 'set_resolution', resolution: '4k' }, { op: 'export', format: 'mov' }]],
      ['分辨率设720p 导出', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
    ]);
  });

  describe('Chinese typed a word at a time, a detail said apart', () => {
    sure([['没 人 动 的 地方，加速，别 剪，三倍 就 好', [{ op: 'speed_up_idle', factor: 3 }]]]);
  });

  describe('a place alone after a text\'s label', () => {
    sure([
      ['caption: bottom', [{ op: 'edit_text', position: 'bottom' }]],
      ['title: center', [{ op: 'edit_text', position: 'center' }]],
      ['标题：顶部', [{ op: 'edit_text', position: 'top' }]],
      ['字幕：下面', [{ op: 'edit_text', position: 'bottom' }]],
      ['title: Top Tips', [{ op: 'add_text', text: 'Top Tips', style: 'title' }]],
    ]);
  });

  describe('a card said as a time', () => {
    notSure(['remove the caption once the intro is over', 'hide the title when the outro starts', '片头结束的时候把标题拿掉', '标题在片尾出来以后去掉']);
    sure([['remove the intro card', [{ op: 'remove_card', card: 'intro' }]]]);
  });

  describe('a text named and placed, then its words', () => {
    sure([
      ['字幕放底部，写“今日特价”', [{ op: 'add_text', text: '今日特价', style: 'caption', position: 'bottom' }]],
      ['标题放中间，内容是“开业大吉”', [{ op: 'add_text', text: '开业大吉', style: 'title', position: 'center' }]],
      ['字幕放上面 写 “Step 2: 登录”', [{ op: 'add_text', text: 'Step 2: 登录', style: 'caption', position: 'top' }]],
    ]);
    table([['标题放中间', [{ op: 'edit_text', position: 'center' }]]]);
  });

  describe('rendering said of 3D work', () => {
    notSure(['can you render the 3d model with better lighting?', 'render the character with nicer shadows', '渲染一下模型']);
    sure([
      ['render it in 1080p', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['render the final cut', [{ op: 'export', format: 'mp4' }]],
    ]);
  });

  describe('a part judged, then what to have instead, no comma', () => {
    sure([
      ['the blur looks off use black bars instead', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['the black bars look ugly use blur instead', [{ op: 'set_fill', fill: 'blur' }]],
      ['the title looks wrong put it at the bottom instead', [{ op: 'edit_text', position: 'bottom' }]],
    ]);
  });
});
