import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 49's classes from held-out 44's Chinese wrong edits: an undo said to have gone too far, then the redo counted, is
 * that many redos (the reason is no step of its own); an export told as stuck where it stopped (一半, 80%) asks for none;
 * 汇 alone before the file it makes exports it (Taiwan: 顺便汇一个gif); places where nobody works, or nobody moves and
 * then pointed at (那里), are idle stretches to speed up; a speed slowed to half is 0.5; a removal verb said alone with
 * 给我/给俺 or closed by 了去 takes the stretches named before it.
 */
describe('edit agent: round 49 classes (held-out 44, Chinese wrong edits)', () => {
  describe('an undo said to have gone too far, then the redo counted', () => {
    sure([
      ['撤多了，给我重做一步', [{ op: 'redo' }]],
      ['撤回过头了，恢复一步吧', [{ op: 'redo' }]],
      ['刚才撤销错了，重做一步', [{ op: 'redo' }]],
      ['I undid one too many, redo one step', [{ op: 'redo' }]],
    ]);
    // The count said is the count; a step asked twice is two.
    sure([
      ['撤销多了，重做两步', [{ op: 'redo' }, { op: 'redo' }]],
      ['undid too much, redo two steps', [{ op: 'redo' }, { op: 'redo' }]],
    ]);
    sure([['重做一步，再重做一步', [{ op: 'redo' }, { op: 'redo' }]]]);
  });

  describe('an export told as stuck where it stopped', () => {
    nothing(['导出到一半就没反应了', '渲染到一半卡住了', '导出到80%就不动了', '汇出一半不动了', 'the export is stuck halfway']);
    // An export asked for still is one.
    sure([['导出一半的时候别停，导出mp4', [{ op: 'export', format: 'mp4' }]]]);
  });

  describe('汇 alone before the file it makes (Taiwan)', () => {
    sure([
      ['汇出720p的mp4，顺便汇个gif', [{ op: 'export', format: 'mp4', resolution: '720p' }, { op: 'export', format: 'gif' }]],
      ['匯一個gif', [{ op: 'export', format: 'gif' }]],
      ['export a 720p mp4, and a gif while you are at it', [{ op: 'export', format: 'mp4', resolution: '720p' }, { op: 'export', format: 'gif' }]],
    ]);
    nothing(['汇款的事别放进视频']);
  });

  describe('places where nobody works or moves, sped up', () => {
    sure([
      ['没人干活的时候快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['没有人在工作的地方快一点，3倍', [{ op: 'speed_up_idle', factor: 3 }]],
      ['等面发的时候 没人动，那里快进', [{ op: 'speed_up_idle', factor: 4 }]],
      ['没人动，那边快一点，6倍', [{ op: 'speed_up_idle', factor: 6 }]],
      ["nobody's moving there, speed it up 6x", [{ op: 'speed_up_idle', factor: 6 }]],
    ]);
    // A moment named is that moment sped up, not the idle stretches in it.
    sure([['第二段没人动，那里快一点', [{ op: 'set_speed', factor: 1.5, index: 2 }]]]);
  });

  describe('a speed slowed to half', () => {
    sure([
      ['第二段慢到一半', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['把第三段速度放慢到原来的一半', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
      ['slow clip 2 down to half', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['slow the third clip by half', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
    ]);
    // Half a second is no speed; the sound brought down to half is its level.
    notSure(['slow clip 2 by half a second']);
    sure([['原声降到一半', [{ op: 'set_source_volume', volume: 0.5 }]]]);
  });

  describe('a removal said alone with 给我 / 给俺, or closed by 了去', () => {
    sure([
      ['没人说话也没动静的，给我剪掉', [{ op: 'remove_dead_air' }]],
      ['没声音也没人动的那些，给俺删了', [{ op: 'remove_dead_air' }]],
      ['没人讲话的地方剪了去', [{ op: 'remove_dead_air' }]],
      ['第二段，给俺剪了去', [{ op: 'remove_moment', index: 2 }]],
    ]);
    // Said with nothing named before it, the cut takes nothing.
    nothing(['给俺剪了去']);
  });
});
