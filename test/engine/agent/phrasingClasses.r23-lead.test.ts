import { table, nothing } from './phrasingTable';

/**
 * An export refused right after a request with no comma between ("加音乐不要导出"): the request is read and nothing is
 * exported (a wrong edit found by the round: the "no" was taken as the request's and the export made). Against a draft
 * of 3 moments and 1 text.
 */
describe('edit agent: an export refused with no comma before it is no export', () => {
  table([
    ['加音乐不要导出', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ['加音乐别导出', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ['加音乐 不要导出', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ['加个音乐先别导出', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ['配上音乐暂时不要导出', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ['转成竖屏还不用导出', [{ op: 'set_aspect', aspect: '9:16' }]],
    ['剪成30秒不要导出', [{ op: 'compile_best_moments', target_ms: 30000 }]],
  ]);
  // The request before it read as nothing alone: still no export. An export asked, or the words of a title, stay as said.
  nothing(['加个标题不要导出', '我不要导出']);
  table([
    ['加音乐然后导出', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'export', format: 'mp4' }]],
    ['加个标题“不要导出”', [{ op: 'add_text', text: '不要导出', style: 'title' }]],
    ['导出mp4 不要导出gif', [{ op: 'export', format: 'mp4' }]],
  ]);
});

/** Moments listed under one plural noun, trimmed by one length ("trim clips 1 and 3 by 2 seconds"): each one (was the first only). */
describe('edit agent: clips listed under one plural noun are each trimmed by the length said', () => {
  table([
    ['trim clips 1 and 3 by 2 seconds', [{ op: 'trim_moment', index: 1, by_ms: 2000 }, { op: 'trim_moment', index: 3, by_ms: 2000 }]],
    ['shorten clips 1 and 3 by a second', [{ op: 'trim_moment', index: 1, by_ms: 1000 }, { op: 'trim_moment', index: 3, by_ms: 1000 }]],
    ['trim clips 2 and 3 to 5 seconds', [{ op: 'trim_moment', index: 2, to_ms: 5000 }, { op: 'trim_moment', index: 3, to_ms: 5000 }]],
    ['trim clip 2 by 3 seconds', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
  ]);
});
