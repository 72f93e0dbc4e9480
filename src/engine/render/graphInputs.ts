import { mediaInput } from '../media/mediaInput';

/** The `-i` inputs of one ffmpeg run (files of the store, opened as media only), each with its own input options; `add` answers the input's index. */
export class GraphInputs {
  private readonly args: string[] = [];
  private count = 0;

  add(path: string, options: string[] = []): number {
    this.args.push(...options, ...mediaInput(path));
    return this.count++;
  }

  toArgs(): string[] {
    return [...this.args];
  }
}
