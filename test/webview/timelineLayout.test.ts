import * as assert from 'node:assert/strict';
import { FromWebview, ToWebview } from '../../src/webview/messages';
import { panelInit } from '../../src/extension/panel/panelStrings';
import { layoutTimeline } from '../../src/webview/timelineLayout';
import { layoutWords as words } from '../helpers/l10n';
const DRAFT = { d: 20_000, t: [
  { tt: 0, sg: [{ src: 'm1', at: 0, d: 5000 }, { src: 'm1', at: 5000, d: 15_000, m: { speed: 2 } }] },
  { tt: 1, sg: [{ src: 'bgm:lofi', at: 0, d: 20_000, m: { volume: 0.35 } }] },
  { tt: 7, sg: [{ at: 1000, d: 3000, m: { text: 'Urban Dreams' } }] },
] };

describe('timeline layout for the panel', () => {
  it('draws one lane per track with segments to scale, labels and a ruler', () => {
    const layout = layoutTimeline(DRAFT, words('en'), { m1: 'walkthrough.mp4' });
    assert.deepEqual(layout.lanes.map((l) => [l.kind, l.segments.map((s) => [s.left, s.width, s.label])]), [
      ['video', [[0, 25, '#1 walkthrough.mp4'], [25, 75, '#2 walkthrough.mp4 · 2x']]],
      ['audio', [[0, 100, 'lo-fi music · 35%']]],
      ['text', [[5, 15, 'Urban Dreams']]],
    ]);
    assert.equal(layout.lanes[2].segments[0].title, 'Urban Dreams · 0:01–0:04');
    assert.deepEqual(layout.ticks.map((t) => t.label), ['0:00', '0:02', '0:04', '0:06', '0:08', '0:10', '0:12', '0:14', '0:16', '0:18', '0:20']);
  });

  it('names lanes, music and unnamed clips in the words the host sent: Chinese from the zh-cn bundle', () => {
    const layout = layoutTimeline({ ...DRAFT, t: [...DRAFT.t, { tt: 9, sg: [{ src: 'gone', at: 0, d: 1000 }] }] }, words('zh'));
    assert.deepEqual(layout.lanes.map((l) => l.name), ['视频', '音频', '文字', '轨道']);
    assert.deepEqual(layout.lanes.map((l) => l.segments[0].label), ['#1 片段', 'lo-fi 音乐 · 35%', 'Urban Dreams', '片段']);
  });

  it('copes with an empty or missing draft', () => {
    assert.deepEqual(layoutTimeline(null, words('en')), { durationMs: 0, lanes: [], ticks: [] });
  });

  it('keeps a tiny segment visible', () => {
    const layout = layoutTimeline({ d: 600_000, t: [{ tt: 0, sg: [{ src: 'x', at: 0, d: 100 }] }] }, words('en'));
    assert.equal(layout.lanes[0].segments[0].width, 0.5);
    assert.equal(layout.ticks[1].label, '1:00');
  });
});

describe('webview messages are validated both ways', () => {
  it('accepts what the host and the script send', () => {
    assert.ok(FromWebview.safeParse({ type: 'export', format: 'mp4', resolution: '1080p' }).success);
    assert.ok(ToWebview.safeParse({ type: 'busy', message: 'Rendering', percent: 40 }).success);
    assert.ok(ToWebview.safeParse(panelInit((english) => english, 'en')).success, 'the words the host sends first');
    assert.ok(ToWebview.safeParse({ type: 'state', backend: 'local', media: [], draft: null, credits: null, previewUrl: null }).success);
  });

  it('refuses anything else', () => {
    assert.ok(!FromWebview.safeParse({ type: 'export', format: 'exe', resolution: '1080p' }).success);
    assert.ok(!FromWebview.safeParse({ type: 'runCommand', command: 'rm -rf' }).success);
    assert.ok(!ToWebview.safeParse({ type: 'busy', message: 'x', percent: 140 }).success);
  });
});
