import * as assert from 'node:assert/strict';
import { applyEdit, EditError, type DraftEditOp, type EditContext } from '../../../src/engine/agent/applyEdit';
import { describeEdit, describeTracks } from '../../../src/engine/agent/describeEdit';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import { textSegments, videoSegments } from '../../../src/engine/agent/timeline';
import { gradientSrc, type Draft, type EditOp } from '../../../src/protocol';
import { mediaContext, threeMoments } from './builders';

const ops = (phrase: string): EditOp[] => {
  const parsed = parseInstruction(phrase, { moments: 3, texts: 1 });
  assert.deepEqual(parsed.unknown, [], `not understood: ${parsed.unknown.join(' | ')}`);
  return parsed.ops;
};
const withImage: EditContext = { media: [...mediaContext.media, { id: 'i1', filename: 'wallpaper.jpg', fileType: 'image', durationMs: null, width: 1920, height: 1080 }] };
const apply = (draft: Draft, phrase: string, context = withImage): Draft =>
  ops(phrase).reduce((current, op) => applyEdit(current, op as DraftEditOp, context), draft);

describe('edit agent: the look (background, designed text, intro and outro cards)', () => {
  const cases: [string, EditOp[]][] = [
    ['add a background', [{ op: 'set_background', background: 'aurora' }]],
    ['put the recording on a sunset gradient', [{ op: 'set_background', background: 'sunset' }]],
    ['frame it with rounded corners', [{ op: 'set_background', background: 'aurora' }]],
    ['use a dark background', [{ op: 'set_background', background: 'midnight' }]],
    ['use my image as background', [{ op: 'set_background', background: 'image' }]],
    ['use wallpaper.jpg as the background', [{ op: 'set_background', background: 'wallpaper.jpg' }]],
    ['加背景', [{ op: 'set_background', background: 'aurora' }]],
    ['换成蓝色背景', [{ op: 'set_background', background: 'ocean' }]],
    ['用我的图片做背景', [{ op: 'set_background', background: 'image' }]],
    ['no background', [{ op: 'remove_background' }]],
    ['remove the background', [{ op: 'remove_background' }]],
    ['去掉背景', [{ op: 'remove_background' }]],
    ["add an intro card 'Acme' for 2 seconds", [{ op: 'add_card', card: 'intro', text: 'Acme', duration_ms: 2000 }]],
    ['start with a title card "Acme Analytics" for 3 seconds', [{ op: 'add_card', card: 'intro', text: 'Acme Analytics', duration_ms: 3000 }]],
    ["end with 'Try it at acme.io'", [{ op: 'add_card', card: 'outro', text: 'Try it at acme.io', duration_ms: 2000 }]],
    ['add an outro "Thanks for watching" for 4s', [{ op: 'add_card', card: 'outro', text: 'Thanks for watching', duration_ms: 4000 }]],
    ['加片头“产品演示”2秒', [{ op: 'add_card', card: 'intro', text: '产品演示', duration_ms: 2000 }]],
    ['片尾“访问 acme.io”3秒', [{ op: 'add_card', card: 'outro', text: '访问 acme.io', duration_ms: 3000 }]],
    ['remove the intro', [{ op: 'remove_card', card: 'intro' }]],
    ['去掉片尾', [{ op: 'remove_card', card: 'outro' }]],
    ['no intro or outro', [{ op: 'remove_card' }]],
    ["add a title 'Launch' 0-3s sliding in", [{ op: 'add_text', text: 'Launch', style: 'title', start_ms: 0, end_ms: 3000, motion: 'slide' }]],
    ["add a lower third 'Jane Doe' 'CEO, Acme' at the start", [{ op: 'add_text', text: 'Jane Doe\nCEO, Acme', style: 'lower-third', anchor: 'start' }]],
    // Other intents keep their words.
    ['blurred background', [{ op: 'set_fill', fill: 'blur' }]],
    ['add background music at 50% volume', [{ op: 'add_music', track: 'lofi', volume: 0.5, duck: true }]],
    ['only use intro.mp4', [{ op: 'use_sources', files: ['intro.mp4'] }]],
    ['add a background and make it 9:16', [{ op: 'set_background', background: 'aurora' }, { op: 'set_aspect', aspect: '9:16' }]],
  ];
  for (const [phrase, expected] of cases) {
    it(phrase, () => assert.deepEqual(ops(phrase), expected));
  }

  it('a background is data in the draft: a built-in gradient, or the uploaded image; removing it restores the full frame', () => {
    const framed = apply(threeMoments().build(), 'add a background');
    assert.deepEqual(framed.m?.background, { src: gradientSrc('aurora') });
    assert.deepEqual(apply(framed, 'use my image as background').m?.background, { src: 'i1' });
    assert.equal(apply(framed, 'no background').m?.background, undefined);
    assert.throws(() => apply(threeMoments().build(), 'use my image as background', mediaContext), (e: unknown) =>
      e instanceof EditError && /upload the picture first/.test(e.message) && /请先上传图片/.test(e.zh));
    assert.throws(() => apply(threeMoments().build(), 'no background'), EditError);
  });

  it('an intro card moves the footage and its texts later and makes the clip longer by its length; an outro adds to the end', () => {
    const before = threeMoments().withText('Launch', 0, 3000).build();
    const intro = apply(before, "add an intro card 'Acme' for 2 seconds");
    assert.equal(intro.d, (before.d ?? 0) + 2000);
    assert.deepEqual(videoSegments(intro).map((s) => s.at), videoSegments(before).map((s) => (s.at ?? 0) + 2000));
    assert.deepEqual(textSegments(intro).map((s) => [s.at, s.d]), [[2000, 3000]]);
    const both = apply(intro, "end with 'Try it at acme.io'");
    assert.equal(both.d, (before.d ?? 0) + 4000);
    assert.deepEqual(both.m?.outro, { text: 'Try it at acme.io', d: 2000 });
    // Best moments chosen again keep the cards around them.
    const removed = apply(both, 'remove moment 2');
    assert.equal(videoSegments(removed)[0].at, 2000);
    assert.equal(removed.d, 2000 + 4000 + 5000 + 2000);
    const plain = apply(both, 'no intro or outro');
    assert.equal(plain.d, before.d);
    assert.deepEqual(textSegments(plain).map((s) => s.at), [0]);
  });

  it('replies say what changed, in English and in Chinese', () => {
    const before = threeMoments().build();
    const say = (phrase: string, lang: 'en' | 'zh') => {
      const [op] = ops(phrase);
      return describeEdit(op, before, applyEdit(before, op as DraftEditOp, withImage), lang);
    };
    assert.equal(say('add a background', 'en'), 'The recording now sits on the aurora gradient, with padding, rounded corners and a soft shadow.');
    assert.equal(say('加背景', 'zh'), '画面现在放在极光渐变背景上，带留白、圆角和柔和阴影。');
    assert.equal(say("add an intro card 'Acme' for 2 seconds", 'en'), 'Added the intro card "Acme" at 0 s–2 s; the clip is now 17 s.');
    assert.equal(say('加片头“产品演示”2秒', 'zh'), '已添加片头“产品演示”，0 秒–2 秒；视频现在长 17 秒。');
    assert.equal(say("end with 'Try it at acme.io'", 'en'), 'Added the outro card "Try it at acme.io" at 15 s–17 s; the clip is now 17 s.');
    const tracks = describeTracks(apply(apply(before, 'add a background'), "add an intro card 'Acme' for 2 seconds"), 'en');
    assert.match(tracks, /on the aurora gradient:/);
    assert.match(tracks, /Cards: intro card "Acme" \(2 s\)\./);
  });
});
