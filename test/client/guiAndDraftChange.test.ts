import * as assert from 'node:assert/strict';
import { describeDraftChange, describeTimeline, translateGuiText } from '../../src/client';
import type { Draft } from '../../src/protocol';

describe('GUI translation of backend text', () => {
  const cases: [string, string, string[]][] = [
    ['Done! Click Export to download your video.', 'Done! use Export to download your video.', ['export']],
    ['点击导出即可下载', 'use Export即可下载', ['export']],
    ['Drag the clip to the start of the timeline.', 'tell me to move the clip to the start of the timeline.', []],
    ['Open the timeline to see your edit.', 'open the timeline to see your edit.', ['openTimeline']],
    ['You can preview in timeline now.', 'You can show the tracks now.', ['status']],
    ['Added a title.', 'Added a title.', []],
  ];
  for (const [input, text, actions] of cases) {
    it(`"${input}"`, () => assert.deepEqual(translateGuiText(input), { text, actions }));
  }
});

describe('draft change and timeline summaries (any backend)', () => {
  const before: Draft = { d: 10_000, m: { width: 1920, height: 1080 }, t: [{ tt: 0, sg: [{ src: 'a', at: 0, d: 10_000 }] }] };

  it('says nothing changed for an identical draft', () => {
    assert.equal(describeDraftChange(before, structuredClone(before)), undefined);
  });

  it('names added texts, segment counts, length and frame changes', () => {
    const after: Draft = {
      d: 8000, m: { width: 1080, height: 1920 },
      t: [{ tt: 0, sg: [{ src: 'a', at: 0, d: 4000 }, { src: 'a', at: 4000, d: 4000 }] }, { tt: 7, sg: [{ at: 0, d: 3000, m: { text: 'Hi' } }] }],
    };
    assert.equal(describeDraftChange(before, after), 'The timeline changed: Video: 1 → 2 segments; Text: added "Hi"; length 10 s → 8 s; frame 1920x1080 → 1080x1920.');
  });

  it('notices a change it cannot name', () => {
    assert.equal(describeDraftChange(before, { ...before, cloudField: 1 }), 'The timeline changed.');
  });

  it('describes every track', () => {
    const draft: Draft = { d: 60_000, m: { width: 1920, height: 1080 }, t: [
      { tt: 0, sg: [{ src: 'a', at: 0, d: 60_000 }] },
      { tt: 1, sg: [{ src: 'bgm:lofi', at: 0, d: 60_000, m: { volume: 0.35 } }] },
      { tt: 7, sg: [{ at: 0, d: 3000, m: { text: 'Urban Dreams' } }] },
    ] };
    assert.equal(describeTimeline(draft), [
      'Timeline 60 s, 1920x1080:',
      '- Video (1): clip 0 s–60 s',
      '- Audio (1): lo-fi music 0 s–60 s at 35%',
      '- Text (1): "Urban Dreams" 0 s–3 s',
    ].join('\n'));
    assert.equal(describeTimeline({ t: [] }), 'The timeline is empty.');
  });
});
