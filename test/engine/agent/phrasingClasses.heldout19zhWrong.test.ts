import { nothing, table } from './phrasingTable';

/**
 * Classes of the Chinese wrong edits (and readings asked about first) of held-out 19: each read in other wordings than
 * the set's, beside look-alikes that must stay as they were.
 */
const MP4 = { op: 'export', format: 'mp4' } as const;
const IDLE = { op: 'speed_up_idle', factor: 4 } as const;

describe('phrasing classes, held-out 19 zh wrong edits', () => {
  describe('who or when, then 先/暂 and a "no": the edit put off, nothing done', () => {
    nothing([
      '这条视频先不导出',
      '我们这边暂时不导出，等领导看了再说',
      '这条先别导出',
      '本周暂不加音乐',
      '夜班这边暂且不要导出',
    ]);
    table([
      ['片头先不加，直接导出', [MP4]],
      ['导出先不用4k，1080就行', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
    ]);
  });

  describe('快 or 快些 alone, before or after a request, is hurry, no speed', () => {
    table([
      ['剪个30秒竖屏的，快些！', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'compile_best_moments', target_ms: 30000 }]],
      ['快！剪个30秒的', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['导出mp4，快快快', [MP4]],
      ['剪个20秒的，快，快！', [{ op: 'compile_best_moments', target_ms: 20000 }]],
    ]);
    table([['快！', [{ op: 'set_speed', factor: 1.5 }]]]);
  });

  describe('an idle stretch (no one at work, resting) not cut but played fast through is sped up', () => {
    table([
      ['没人动弹的那些地方别剪掉，快些放过去', [IDLE]],
      ['歇着的时候不用删，快放过去', [IDLE]],
      ['俺歇着的那几段，快些播过去就中', [IDLE]],
      ['中间我休息的时候不要剪，快快放过去', [IDLE]],
      ['没人动的地方不剪，快点放', [IDLE]],
      ['快些放过去', [{ op: 'set_speed', factor: 1.5 }]],
    ]);
    nothing(['我休息一下，等会再弄', '抽烟的那段太长了', '这段放过去吧']);
  });

  describe('the export said short (导 or 出 before the size, 出片 after it, 四K): the file made at that size', () => {
    table([
      ['1080p的出片', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['高清出片', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['剪好了就导4k', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['竖屏，然后导720p', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'export', format: 'mp4', resolution: '720p' }]],
      ['出个1080的就行', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['先出一个720的，再出一个四k的', [{ op: 'export', format: 'mp4', resolution: '720p' }, { op: 'export', format: 'mp4', resolution: '4k' }]],
      ['导出mp4，要四k', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
    ]);
    nothing(['这个导演拍得好', '四k的分辨率太高了吗？']);
  });
});
