import { table, nothing } from './phrasingTable';

/**
 * Round 22's Chinese classes (helper h22zh, no bench lines): each read in new wordings of it (against a draft of 3
 * moments and 1 text), and the look-alikes that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

describe('edit agent: round 22 zh classes → exact operations or nothing', () => {
  describe('requests listed with 、 beside figures and Latin words (剪30s、9:16、export mov) are each read', () => {
    table([
      ['剪45s、16:9、导出mp4', [{ op: 'compile_best_moments', target_ms: 45000 }, { op: 'set_aspect', aspect: '16:9' }, { op: 'export', format: 'mp4' }]],
      ['9:16、加BGM、export gif', [{ op: 'set_aspect', aspect: '9:16' }, MUSIC, { op: 'export', format: 'gif' }]],
      ['30s、竖屏、mov', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'set_aspect', aspect: '9:16' }, { op: 'export', format: 'mov' }]],
      ['裁成1:1、加lofi音乐、导出720p', [{ op: 'set_aspect', aspect: '1:1' }, MUSIC, { op: 'export', format: 'mp4', resolution: '720p' }]],
      ['剪20s、9:16、结尾淡出 3s', [{ op: 'compile_best_moments', target_ms: 20000 }, { op: 'set_aspect', aspect: '9:16' }, { op: 'fade', target: 'clip', out_ms: 3000 }]],
      // A list's own numbers are no requests listed.
      ['1、加音乐 2、导出', [MUSIC, { op: 'export', format: 'mp4' }]],
      // Moments listed by their numbers stay one request.
      ['第1、3段删掉', [{ op: 'remove_moment', index: 3 }, { op: 'remove_moment', index: 1 }]],
    ]);
    nothing(['1、2、3']);
  });

  describe('a fade said by how the picture or the music slowly comes and goes (音乐慢慢进来, 结尾慢慢没了)', () => {
    table([
      ['音乐慢慢进来', [{ op: 'fade', target: 'music', in_ms: 1000 }]],
      ['配乐缓缓进来', [{ op: 'fade', target: 'music', in_ms: 1000 }]],
      ['背景乐在结尾慢慢消失', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
      ['音乐最后慢慢没了', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
      ['画面开头慢慢浮现出来', [{ op: 'fade', target: 'clip', in_ms: 1000 }]],
      ['视频最后渐渐黑下去', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['视频开始慢慢出来，结尾慢慢没了', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['配上音乐，音乐开头缓缓进来，结尾慢慢消失', [MUSIC, { op: 'fade', target: 'music', in_ms: 1000, out_ms: 1000 }]],
      // Beside the fade said outright, the same fade described (its length the one said).
      ['淡入两秒，画面开头慢慢亮起来', [{ op: 'fade', target: 'clip', in_ms: 2000 }]],
    ]);
    nothing(['他慢慢走进来', '人慢慢走出来', '天慢慢亮起来', '我慢慢进来']);
  });

  describe('both ends faded by 淡 with its length after it (两头各淡两秒)', () => {
    table([
      ['两头各淡两秒', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 2000 }]],
      ['开头结尾淡一秒', [{ op: 'fade', target: 'clip', in_ms: 1000, out_ms: 1000 }]],
      ['首尾都淡1.5秒', [{ op: 'fade', target: 'clip', in_ms: 1500, out_ms: 1500 }]],
      ['头尾淡 2s', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 2000 }]],
      ['两头各淡两秒钟', [{ op: 'fade', target: 'clip', in_ms: 2000, out_ms: 2000 }]],
    ]);
    nothing(['两头淡淡的', '头尾都很平淡']);
  });

  describe('直切 said alone (直切即可, 直切就行) is a hard cut between the moments, never a transition', () => {
    table([
      ['转场直切即可', [{ op: 'crossfade', ms: 0 }]],
      ['片段之间直切就行', [{ op: 'crossfade', ms: 0 }]],
      ['直切吧，不要叠化', [{ op: 'crossfade', ms: 0 }]],
      ['段与段之间直切', [{ op: 'crossfade', ms: 0 }]],
      ['不用过渡了，直切', [{ op: 'crossfade', ms: 0 }]],
    ]);
    nothing(['开头直切主题', '别直切']);
  });

  describe('the feeling a request is for (要那种压迫感, 想要一种温馨的感觉) is why, beside it', () => {
    table([
      ['放大多一点，要那种紧张感', [{ op: 'set_zoom', mode: 'more' }]],
      ['竖屏，要那种电影感', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['加音乐，想要一种温馨的感觉', [MUSIC]],
      ['节奏快一点，要那种紧迫感', [{ op: 'set_speed', factor: 1.5 }]],
      // A part named is asked for, not felt.
      ['zoom 多一点，要那种模糊的背景', [{ op: 'set_zoom', mode: 'more' }, { op: 'set_fill', fill: 'blur' }]],
    ]);
    nothing(['要那种压迫感', '要那种电影感吗？']);
  });
});
