import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 37, Chinese briefs pasted rather than chatted: someone's words passed on after who said them and a colon
 * (老板说：“…”, 领导原话：…, 主管在群里说：…, 王总：…, 转发：…) are the request, quoted or not, so a refusal in them
 * stays one (领导说：先别导出); a brief's heading over what it is about (背景：这是…, 项目背景：…, 产品介绍：…) is no
 * backdrop (背景：海洋 still is); editing named as whose job it is (由小李负责剪辑) is no cut; a kind of transition given
 * to the transitions (转场加淡入淡出) is the transitions alone, no fade of the clip; a list's number right after a
 * sentence's stop (…录屏。1）…) is no figure to ask about. Own wordings (not the bench's lines),
 * against a draft of 3 moments and 1 text.
 */

const music = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };
const clip = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });
const vertical = { op: 'set_aspect' as const, aspect: '9:16' as const };

describe('edit agent: round 37, pasted Chinese briefs', () => {
  describe("someone's words passed on after who said them and a colon are the request", () => {
    sure([
      ['领导原话：“背景音乐小声点，结尾淡出”', [{ op: 'set_music_volume', change: 'quieter' }, { op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['主管在群里说：“第一段太长了，剪短3秒”', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
      ['转领导原话：“这版不错，就是太长，砍到一分半”', [clip(90)]],
      ['经理在群里说：“片头不要了，直接导出”', [{ op: 'remove_card', card: 'intro' }, { op: 'export', format: 'mp4' }]],
      ['转发：“第二段删掉，结尾淡出”', [{ op: 'remove_moment', index: 2 }, { op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['王总：“剪成30秒”', [clip(30)]],
      ['甲方爸爸说了三点：第一，时长不超过20秒；第二，竖屏；第三，加背景音乐', [clip(20), vertical, music]],
    ]);
    // A refusal passed on is still one: nothing is exported.
    nothing(['领导说：先别导出，等我看完再说', '领导：别导出', '老板说：不要导出', '老板的意思是：先别加音乐']);
    notSure(['王总：先别导出，标题再改改']);
    // Words the footage says, or a text's, are no request passed on.
    nothing(['视频里主持人说：“欢迎大家”', '他说：“欢迎光临”', '结尾说：“谢谢观看”']);
    sure([
      ['标题说：“欢迎”', [{ op: 'add_text', text: '欢迎', style: 'title' }]],
      ['配字幕，他说：“欢迎”', [{ op: 'add_text', text: '欢迎', style: 'caption' }]],
    ]);
  });

  describe("a brief's heading over what it is about is no backdrop", () => {
    table([
      ['背景：这是给客户培训用的录屏，受众是门店店长。\n要求：把中间没声音的地方去掉，原声调到120%', [{ op: 'remove_dead_air' }, { op: 'set_source_volume', volume: 1.2 }]],
      ['项目背景：这是新品发布会的录屏。需求：剪成一分钟，竖屏', [clip(60), vertical]],
    ]);
    nothing(['项目背景：公司下个月参加广州的展会，审美偏保守。', '背景介绍：我们是一家做烘焙的小店', '产品介绍：一款记账软件']);
    // The backdrop named after the colon is still the backdrop.
    sure([
      ['背景：海洋', [{ op: 'set_background', background: 'ocean' }]],
      ['背景：用默认的', [{ op: 'set_background', background: 'aurora' }]],
    ]);
  });

  describe('editing named as whose job it is is no cut', () => {
    nothing(['会议纪要：1. 下周三前出初版 2. 由小李负责剪辑 3. 预算五千']);
    sure([['帮我剪辑一下，剪成30秒', [clip(30)]]]);
  });

  describe("a list's number right after a sentence's stop is no figure to ask about", () => {
    sure([
      ['我是做教培的，这个是公开课录屏。1）去掉中间停顿的地方 2）加速到1.25倍', [{ op: 'remove_dead_air' }, { op: 'set_speed', factor: 1.25 }]],
      ['这是店里的监控录像。1、剪成30秒 2、竖屏', [clip(30), vertical]],
    ]);
    // A decimal after the stop is still a value.
    sure([['剪成30秒。1.5倍速', [clip(30), { op: 'set_speed', factor: 1.5 }]]]);
  });

  describe('a kind of transition given to the transitions is the transitions alone', () => {
    sure([
      ['1. 删掉第二段\n2. 第三段挪到最前面\n3. 转场加淡入淡出', [{ op: 'remove_moment', index: 2 }, { op: 'move_moment', index: 3, to: 1 }, { op: 'crossfade', ms: 500 }]],
      ['转场加一秒的叠化', [{ op: 'crossfade', ms: 1000 }]],
    ]);
    // Two things added are still two requests.
    sure([['加转场加音乐', [{ op: 'crossfade', ms: 500 }, music]]]);
  });
});
