import type { Draft, Segment } from '../../../src/protocol';
import type { EditContext } from '../../../src/engine/agent/applyEdit';

/** Test data that reads like the timeline it stands for: aDraft().withMoments(...).withMusic(...). */
class DraftBuilder {
  private draft: Draft = { m: { title: 'Demo', width: 1920, height: 1080, fps: 30 }, d: 0, t: [] };

  withMoments(...moments: [src: string, inMs: number, durationMs: number][]): this {
    let at = 0;
    const sg: Segment[] = moments.map(([src, inMs, d]) => {
      const segment = { src, in: inMs, at, d, m: { speed: 1 } };
      at += d;
      return segment;
    });
    this.draft = { ...this.draft, d: at, t: [...this.draft.t, { tt: 0, sg }] };
    return this;
  }

  withMusic(src = 'bgm:lofi', volume = 0.35): this {
    this.draft.t.push({ tt: 1, sg: [{ src, in: 0, at: 0, d: this.draft.d ?? 0, m: { volume, duck: true } }] });
    return this;
  }

  withText(text: string, at: number, d: number, position = 'center'): this {
    const track = this.draft.t.find((t) => t.tt === 7) ?? this.draft.t[this.draft.t.push({ tt: 7, sg: [] }) - 1];
    track.sg.push({ at, d, m: { text, position, style: 'title' } });
    return this;
  }

  build(): Draft {
    return structuredClone(this.draft);
  }
}

export const aDraft = () => new DraftBuilder();

/** Three moments: two from walkthrough.mp4 (1080p), one from second-take.mov (720p); 15 s in all. */
export const threeMoments = () => aDraft().withMoments(['v1', 0, 4000], ['v1', 10_000, 6000], ['v2', 2000, 5000]);

export const mediaContext: EditContext = {
  media: [
    { id: 'v1', filename: 'walkthrough.mp4', fileType: 'video', durationMs: 60_000, width: 1920, height: 1080 },
    { id: 'v2', filename: 'second-take.mov', fileType: 'video', durationMs: 30_000, width: 1280, height: 720 },
    { id: 'a1', filename: 'song.mp3', fileType: 'audio', durationMs: 90_000, width: null, height: null },
  ],
};
