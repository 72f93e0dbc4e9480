import { table, nothing } from './phrasingTable';

/**
 * Round 20b's Chinese misses (held-out 20b zh), each a class read in new wordings of it (against a draft of 3 moments and
 * 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: round 20b zh misses → exact operations or nothing', () => {
  describe('a moment\'s length 调整为 / 调整成 a figure is the length it keeps; a 确认 after it is a yes, no request', () => {
    table([
      ['第二段时长调整为6秒', [{ op: 'trim_moment', index: 2, to_ms: 6000 }]],
      ['第三段长度调整成五秒', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
      ['第一段时长调整为10秒，确定', [{ op: 'trim_moment', index: 1, to_ms: 10000 }]],
      ['第二段剪到7秒，确认', [{ op: 'trim_moment', index: 2, to_ms: 7000 }]],
    ]);
    nothing(['确认一下第二段有多长', '第二段时长调整为多少合适？']);
  });

  describe('the last seconds of a moment cut (截掉最后1.5秒), a fraction of a second too, shorten it from its end', () => {
    table([
      ['第二段截掉最后1.5秒', [{ op: 'trim_moment', index: 2, by_ms: 1500 }]],
      ['第一段剪掉最后0.5秒', [{ op: 'trim_moment', index: 1, by_ms: 500 }]],
      ['第三段截掉后面三秒', [{ op: 'trim_moment', index: 3, by_ms: 3000 }]],
      ['第二段，砍掉最后2.5秒', [{ op: 'trim_moment', index: 2, by_ms: 2500 }]],
    ]);
  });

  describe('a moment said to run N seconds over (多了三秒, 多出来三秒, 长了三秒) is trimmed by that; the cut said after is how', () => {
    table([
      ['第三段多了三秒', [{ op: 'trim_moment', index: 3, by_ms: 3000 }]],
      ['第一段长了两秒', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
      ['第二段多出来5秒，剪掉', [{ op: 'trim_moment', index: 2, by_ms: 5000 }]],
      ['第一段多了三秒，从后面剪掉吧', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
      ['第三段多出三秒，从结尾截掉', [{ op: 'trim_moment', index: 3, by_ms: 3000 }]],
    ]);
    nothing(['第二段比第一段长了三秒', '第三段比第二段多了两秒']);
  });

  describe('silent or idle stretches kept from the cut, then passed quickly (快点过去, 能快点过去吗), are sped up', () => {
    table([
      ['没声音的地方不用剪，快点过去', [{ op: 'speed_up_idle', factor: 4 }]],
      ['没人说话的地方不用剪，快一点过去就行', [{ op: 'speed_up_idle', factor: 4 }]],
      ['画面不动的地方，能快点过去吗', [{ op: 'speed_up_idle', factor: 4 }]],
      ['等加载的时候，能快放过去吗，别删', [{ op: 'speed_up_idle', factor: 4 }]],
      // The footage said to be quiet is why, beside the speed-up.
      ['这段录音很安静，没声音的地方不用剪，快点过去', [{ op: 'speed_up_idle', factor: 4 }]],
      ['the soldering is really quiet, speed up the idle parts', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    nothing(['这段录音很安静', '快过去了', '没声音的地方能快点过去吗？不知道行不行']);
  });

  describe('uploads counted then chosen by place, an upload used alone (单独用), the one video wanted then named by its file', () => {
    table([
      ['我传了三个，用第三个就行', [{ op: 'use_sources', files: ['3'] }]],
      ['我录了两条，就用第二条', [{ op: 'use_sources', files: ['2'] }]],
      ['上传了四个视频，用第一个和最后一个', [{ op: 'use_sources', files: ['1', 'last'] }]],
      ['刚传的那个视频单独用', [{ op: 'use_sources', files: ['last'] }]],
      ['第二个视频单独用吧', [{ op: 'use_sources', files: ['2'] }]],
      ['只要剪头发那个视频，文件名是 haircut.mp4', [{ op: 'use_sources', files: ['haircut.mp4'] }]],
    ]);
    nothing(['我上传了两个', '我拍了三条', '用第一个', '第二段单独用慢速吗？']);
  });

  describe('a step undone: 撤了 after the step is called wrong, "undo" said after Chinese', () => {
    table([
      ['刚才那步不对，撤了', [{ op: 'undo' }]],
      ['撤了', [{ op: 'undo' }]],
      ['刚才那样不好，撤回', [{ op: 'undo' }]],
      ['刚刚那样不好 undo', [{ op: 'undo' }]],
      ['先undo，再导出', [{ op: 'undo' }, { op: 'export', format: 'mp4' }]],
    ]);
    nothing(['刚才那样不好', '别undo']);
    // "undo" as the words written is a text, no step back.
    table([['标题写 undo', [{ op: 'add_text', text: 'undo', style: 'title' }]], ['字幕改成 undo', [{ op: 'edit_text', text: 'undo' }]]]);
  });

  describe('a Sichuan tag asking agreement after a request (要得不, 要得吗) is no request of its own', () => {
    table([
      ['把第三段删掉，要得不', [{ op: 'remove_moment', index: 3 }]],
      ['做成横屏，要得吗', [{ op: 'set_aspect', aspect: '16:9' }]],
    ]);
    nothing(['要得不', '要不得']);
  });

  describe('减掉, typed for its homophone 剪掉, said of the idle stretches, removes them', () => {
    table([
      ['没有动静的地方全部减掉', [{ op: 'remove_dead_air' }]],
      ['画面没动的地方都减掉', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['音量减掉一点点吗？']);
  });
});
