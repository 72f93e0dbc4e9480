import * as assert from 'node:assert/strict';
import { BEST_MOMENTS_PROMPT, defaultJob, exportOutput, KEEP_EVERYTHING_PROMPT, outputFromText, outputLabel, videoFootageMs } from '../../src/protocol';

describe('the main job (what is made when nothing is asked)', () => {
  it('best moments at 60 s for longer footage, all of it for shorter', () => {
    assert.equal(defaultJob(180_000).prompt, BEST_MOMENTS_PROMPT);
    assert.match(defaultJob(180_000).summary, /best moments into a 60-second clip/);
    assert.equal(defaultJob(60_000).prompt, KEEP_EVERYTHING_PROMPT);
    assert.match(defaultJob(24_400).summary, /24 s.*keeping all of it/);
    assert.equal(defaultJob(180_000, 'zh').prompt, '剪辑精彩片段成60秒', 'a Chinese session asks in Chinese, so the engine answers in Chinese');
    assert.match(defaultJob(24_400, 'zh').summary, /^素材共 24 秒.*全部保留/);
  });

  it('counts only the videos among the uploads', () => {
    assert.equal(videoFootageMs([{ file_type: 'video', duration: 12.5 }, { file_type: 'audio', duration: 100 }, { file_type: 'video', duration: 30 }, { file_type: 'image', duration: null }]), 42_500);
  });
});

describe('the export output every door sends', () => {
  it("names the draft's own resolution when none was asked, and keeps one that was", () => {
    const draft = (width: number, height: number) => ({ m: { width, height }, d: 1000, t: [] });
    assert.deepEqual(exportOutput(outputFromText(''), draft(1920, 1080)), { format: 'mp4', quality: 'high', resolution: '1080p' });
    assert.deepEqual(exportOutput(outputFromText('export 1080p MP4'), draft(1920, 1080)), exportOutput(outputFromText(''), draft(1920, 1080)), 'the command and "export 1080p MP4" send the same body');
    assert.equal(exportOutput(outputFromText(''), draft(1080, 1920)).resolution, '1080p');
    assert.equal(exportOutput(outputFromText(''), draft(1280, 720)).resolution, '720p', 'never upscaled');
    assert.equal(exportOutput(outputFromText('4K'), draft(1280, 720)).resolution, '4k');
    assert.equal(exportOutput(outputFromText(''), draft(1000, 1000)).resolution, undefined);
  });

  it('sends a GIF at 540p unless a size was asked, and says so', () => {
    const draft = { m: { width: 1920, height: 1080 }, d: 1000, t: [] };
    assert.equal(exportOutput(outputFromText('export it as a gif'), draft).resolution, '540p');
    assert.equal(exportOutput(outputFromText('export a 1080p gif'), draft).resolution, '1080p', 'an asked size is kept');
    assert.equal(exportOutput(outputFromText('导出动图'), { m: { width: 1080, height: 1920 }, d: 1000, t: [] }).resolution, '540p');
    assert.equal(outputLabel(outputFromText('export it as a gif')), '540p GIF');
    assert.equal(outputLabel(outputFromText('export it as a webm')), 'WebM');
  });
});
