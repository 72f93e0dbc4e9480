import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 51's mended readings of moments moved, ordered and sped (fix51a): a move refused (别让…开场,
 * 第二段别放到最后), a complaint of the opening, a moment's sound or last frame, a thing shown in a clip, "open it up"
 * and a question said to be only one move nothing; 开场的时候 is a time, no place; both ends wished, in one clause or
 * two, move both moments, named by their numbers in the draft; a thing placed first, its moment said apart, moves that
 * moment; the moment whose piece says the speed is the one sped; a span of moments or a refused one is no one moment's
 * speed; music removed from a clip removes no moment.
 */
describe('edit agent: round 51 (fix51a) classes', () => {
  const first = (index: number) => [{ op: 'move_moment' as const, index, to: 1 }];
  const last = (index: number) => [{ op: 'move_moment' as const, index, to: 3 }];

  describe('a move refused moves nothing', () => {
    nothing(['别让第三段开场', '第二段别放到最后', '不要让第一段收尾', '别用第二段开场', '不用让第三段开场', '第三段不要挪到前面']);
    // The wish itself still moves.
    sure([['让第二段开场', first(2)], ['第二段放到最后', last(2)], ['用第一段收尾', last(1)]]);
  });

  describe('an opening complained of, a part of a moment or a thing in it, is no place wished', () => {
    nothing(['视频以第三段开头太无聊了', '用第二段的声音开场', '以第二段结尾的画面做封面', '用第三段的画面开场',
      'the video should start with the logo from clip 3', 'the video should end with the sunset from clip 1',
      'moment 3 should open it up more', 'moment 3 should open it up']);
    sure([
      ['视频以第三段开头', first(3)],
      ['视频以第三段开头吧', first(3)],
      ['以第二段结尾', last(2)],
      ['用第二段来开场', first(2)],
      ['the video should start with clip 3', first(3)],
      ['start with the third clip', first(3)],
      ['moment 3 should open the video', first(3)],
      // A moment named by its place, then where it is, is that moment.
      ['start with the second clip of the video', first(2)],
      ['end on the first clip of the video', last(1)],
      ['open with the third clip in the draft', first(3)],
      ['the video should open with the third clip in the list', first(3)],
    ]);
    nothing(['end on the shot in the second moment', 'start with the logo in the third clip']);
  });

  describe("开场的时候 is a time of the moment's start, no place", () => {
    sure([['让第三段开场的时候慢一点', [{ op: 'set_speed', factor: 0.75, index: 3 }]]]);
  });

  describe('both ends wished move both moments, named by their numbers in the draft', () => {
    // 3 first, then the draft's clip 1 (second by then) last: the order 3, 2, 1.
    const move = (index: number, to: number) => ({ op: 'move_moment' as const, index, to });
    const threeTwoOne = [move(3, 1), move(2, 3)];
    sure([
      ['让第三段开场，第一段收尾', threeTwoOne],
      ['open with clip 3 and end with clip 1', threeTwoOne],
      ['open with clip 3, end with clip 1', threeTwoOne],
      // 1 last first (2, 3, 1), then the draft's clip 3 (second by then) first: 3, 2, 1 again.
      ['end with clip 1 and open with clip 3', [move(1, 3), move(2, 1)]],
      ['让第一段收尾，第三段开场', [move(1, 3), move(2, 1)]],
    ]);
  });

  describe("a swap of the first and last moments is no two ends wished: it gives 3, 2, 1", () => {
    const move = (index: number, to: number) => ({ op: 'move_moment' as const, index, to });
    const swapped = [move(1, 3), move(2, 1)];
    sure([
      ['swap clip 1 and clip 3', swapped],
      ['第一段和第三段互换', swapped],
      ['clips 1 and 3, swap them', swapped],
      ['clip 1 and clip 3, change their places', swapped],
      ['swap the first and last clips', swapped],
      ['switch clips 3 and 1', swapped],
      ['swap clip 1 and clip 2', [move(1, 2)]],
    ]);
  });

  describe('a question said to be only one asks for nothing', () => {
    nothing(['can clip 3 open the teaser? just asking', 'can clip 3 open the teaser? just curious',
      'can clip 3 open the teaser? I\'m just wondering']);
    // Asked alone, it is still the wish.
    sure([['can clip 3 open the teaser?', first(3)]]);
    nothing(['can clip 3 open the teaser? just asking, thanks', '可以把第三段放开头吗？只是问问']);
    // Only the question: what is said after the remark is read, the question with it when that goes ahead with it.
    const music = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };
    const vertical = { op: 'set_aspect' as const, aspect: '9:16' as const };
    sure([
      ['Can you make it square? Just wondering, also add music', [music]],
      ['Is the music too loud? just wondering. Cut clip 2 anyway.', [{ op: 'remove_moment', index: 2 }]],
      ['can you add music? just asking, and make it vertical', [vertical]],
      ['音乐能不能小一点？只是问问，先把第二段删了', [{ op: 'remove_moment', index: 2 }]],
      ['能把第三段放到开头吗？随便问问，顺便加个音乐', [music]],
      ['what does 9:16 mean? I\'m just curious. make it vertical please', [vertical]],
      ['can you make it vertical? i\'m just wondering if that\'s possible — please do it', [vertical]],
      ['做成竖屏可以吗？只是问问，能的话就做', [vertical]],
      ['can you add music? just asking, go ahead and add it', [music]],
    ]);
  });

  describe('a thing placed first or last, its moment said apart, moves that moment', () => {
    sure([
      ['put the houses first, they are in clip 3', first(3)],
      ['put the houses first, it\'s in the second clip', first(2)],
      ['put the houses last, they are in clip 1', last(1)],
    ]);
    notSure(['put the houses first']);
  });

  describe('the moment whose piece says the speed is the one sped', () => {
    table([['clip 1 is boring, clip 2 speed 2x', [{ op: 'set_speed', factor: 2, index: 2 }]]]);
    sure([
      ['road part is long and boring, moment 2 speed 2x', [{ op: 'set_speed', factor: 2, index: 2 }]],
      ['clip 1 is boring, speed it up 2x', [{ op: 'set_speed', factor: 2, index: 1 }]],
    ]);
  });

  describe('a span of moments, or a refused one, is no one moment sped', () => {
    nothing(['from the first to the third clip, speed up', 'speed up the video but not clip 2',
      'speed up everything but clip 2', '第一段到第三段都加速', '从第一段到第三段，加速', 'speed up from clip 1 to clip 2']);
    sure([['speed up clip 3, not clip 2', [{ op: 'set_speed', factor: 1.5, index: 3 }]]]);
  });

  describe('something taken from a moment removes no moment', () => {
    nothing(['music remove from clip 2']);
    notSure(['remove the music from clip 2']);
    const removed = [{ op: 'remove_moment' as const, index: 2 }];
    sure([['remove clip 2', removed], ['delete the second clip', removed]]);
  });
});
