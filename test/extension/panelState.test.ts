import * as assert from 'node:assert/strict';
import { panelContent } from '../../src/extension/panel/panelState';
import { english, textIn } from '../../src/extension/text';

import { TrackType, type Draft, type UploadedFile } from '../../src/protocol';

const TEXT = textIn(english);

const clip: Draft = { t: [{ tt: TrackType.video, sg: [{ st: 0, d: 6000, m: { s: 'med_1', i: 0, o: 6000 } }] }] } as unknown as Draft;
const known: UploadedFile[] = [{ id: 'med_1', filename: 'walkthrough.mp4', file_type: 'video', duration: 6, width: 320, height: 240 }] as UploadedFile[];

describe('the panel on the cloud (issue 18, item 13)', () => {
  it('a clip on the cloud: says the cloud has no preview and points to Export, instead of "appears here once the timeline has a clip"', () => {
    const { previewNote } = panelContent('nemo', { video_infos: known, draft: clip }, () => [], TEXT);
    assert.equal(previewNote, TEXT.cloudHasNoPreview);
    assert.match(previewNote ?? '', /no preview: export the clip/);
  });

  it('no note for the local engine (its preview plays) or for an empty cloud timeline', () => {
    assert.equal(panelContent('local', { video_infos: known, draft: clip }, () => [], TEXT).previewNote, null);
    assert.equal(panelContent('nemo', { video_infos: known, draft: { t: [] } as unknown as Draft }, () => [], TEXT).previewNote, null);
    assert.equal(panelContent('nemo', { video_infos: known, draft: null }, () => [], TEXT).previewNote, null);
  });

  it("lists the extension's own uploads to the session when the cloud's state carries no media, and the state's when it does", () => {
    assert.deepEqual(panelContent('nemo', { video_infos: [], draft: clip }, () => known, TEXT).media, known);
    const listed = [{ id: 'med_2', filename: 'other.mov', file_type: 'video' }];
    assert.deepEqual(panelContent('nemo', { video_infos: listed, draft: clip }, () => known, TEXT).media, listed);
  });
});
