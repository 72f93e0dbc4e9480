/// <reference lib="dom" />
import { text } from './strings';
import { clock } from './timelineLayout';

/** How much faster each further press of J or L plays (an editor's shuttle: 1x, 2x, 4x). */
const SHUTTLE_RATES = [1, 2, 4];
const REVERSE_TICK_MS = 100;

/**
 * Playback of the preview and the playhead: Space, ←/→ (a frame; Shift, a second), J/K/L shuttle, Home/End, and
 * seeking from the ruler. The playhead keeps its place when there is no preview yet (the keyboard's trims use it).
 */
export class Transport {
  private durationMs = 0;
  private frameMs = 1000 / 30;
  private positionWithoutVideo = 0;
  private shuttle = 0;
  private reverse: ReturnType<typeof setInterval> | undefined;
  private following = false;

  constructor(private readonly video: HTMLVideoElement, private readonly moved: (ms: number) => void, private readonly announce: (message: string) => void) {
    video.addEventListener('timeupdate', () => this.moved(this.positionMs()));
    video.addEventListener('play', () => this.follow());
    video.addEventListener('pause', () => (this.following = false));
  }

  load(url: string): void {
    const at = this.positionMs();
    this.video.src = url;
    // The new preview of an edited clip opens where the user was.
    this.video.addEventListener('loadedmetadata', () => (this.video.currentTime = Math.min(at, this.durationMs) / 1000), { once: true });
  }

  setDuration(durationMs: number, fps: number): void {
    this.durationMs = durationMs;
    this.frameMs = 1000 / (fps || 30);
    if (this.positionWithoutVideo > durationMs) this.positionWithoutVideo = durationMs;
  }

  private hasVideo(): boolean {
    return !this.video.hidden && !!this.video.getAttribute('src');
  }

  positionMs(): number {
    return this.hasVideo() ? Math.round(this.video.currentTime * 1000) : this.positionWithoutVideo;
  }

  seek(ms: number): void {
    const clamped = Math.max(0, Math.min(this.durationMs, Math.round(ms)));
    this.positionWithoutVideo = clamped;
    if (this.hasVideo()) this.video.currentTime = clamped / 1000;
    this.moved(clamped);
  }

  /** The transport keys; true when the key was one of them. */
  key(key: string, shift: boolean): boolean {
    switch (key) {
      case ' ':
        this.stopReverse();
        if (this.video.paused) void this.play(1);
        else this.pause();
        return true;
      case 'k':
      case 'K':
        this.stopReverse();
        this.pause();
        return true;
      case 'l':
      case 'L':
        this.stopReverse();
        this.shuttle = Math.max(0, this.shuttle) + 1;
        void this.play(SHUTTLE_RATES[Math.min(this.shuttle, SHUTTLE_RATES.length) - 1]);
        return true;
      case 'j':
      case 'J':
        this.playBackwards();
        return true;
      case 'ArrowLeft':
      case 'ArrowRight':
        this.pause();
        this.seek(this.positionMs() + (key === 'ArrowLeft' ? -1 : 1) * (shift ? 1000 : this.frameMs));
        this.announce(text('playhead', clock(this.positionMs())));
        return true;
      case 'Home':
      case 'End':
        this.seek(key === 'Home' ? 0 : this.durationMs);
        this.announce(text('playhead', clock(this.positionMs())));
        return true;
      default:
        return false;
    }
  }

  private async play(rate: number): Promise<void> {
    if (!this.hasVideo()) return;
    this.video.playbackRate = rate;
    await this.video.play().catch(() => undefined);
    this.announce(rate === 1 ? text('playing') : text('playingAt', rate));
  }

  private pause(): void {
    this.shuttle = 0;
    if (!this.video.paused) {
      this.video.pause();
      this.announce(text('paused'));
    }
  }

  /** A `<video>` cannot play backwards: J steps it back in small jumps, faster with each press. */
  private playBackwards(): void {
    const shuttle = Math.min(0, this.shuttle) - 1;
    this.pause();
    this.shuttle = shuttle;
    const rate = SHUTTLE_RATES[Math.min(-this.shuttle, SHUTTLE_RATES.length) - 1];
    this.stopReverse();
    this.reverse = setInterval(() => {
      const next = this.positionMs() - REVERSE_TICK_MS * rate;
      this.seek(next);
      if (next <= 0) this.stopReverse();
    }, REVERSE_TICK_MS);
  }

  private stopReverse(): void {
    if (this.reverse) clearInterval(this.reverse);
    this.reverse = undefined;
  }

  /** The playhead follows playback every frame, smoother than timeupdate's four times a second. */
  private follow(): void {
    this.following = true;
    const step = () => {
      if (!this.following) return;
      this.moved(this.positionMs());
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }
}
