import { availableParallelism } from 'node:os';

/** At most `size` tasks at once; the rest wait their turn in order. */
export class Slots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

/**
 * Short ffmpeg work (checking an upload, analysing footage) runs one per core: twenty sessions asking at once would
 * otherwise start twenty decoders. Renders have their own queue.
 */
export const ffmpegSlots = new Slots(Math.max(1, availableParallelism()));
