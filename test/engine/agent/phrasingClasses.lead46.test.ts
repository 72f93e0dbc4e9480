import { sure } from './phrasingTable';

/**
 * The lead's classes of session 40: where every text just added sits, said once in English after the last one's words
 * (", both in the middle of the screen"), places each of them, as 两个都放在中间 does; a place said "of the screen" or
 * "of the video" is the place.
 */
describe('edit agent: lead 46 classes', () => {
  describe("where every text just added sits, said after the last one's words", () => {
    const caption = (text: string, position?: 'top' | 'center' | 'bottom') => ({ op: 'add_text' as const, text, style: 'caption' as const, ...(position ? { position } : {}) });
    const title = (text: string, position?: 'top' | 'center' | 'bottom') => ({ op: 'add_text' as const, text, style: 'title' as const, ...(position ? { position } : {}) });
    sure([
      ["add a caption 'Hi' and a title 'Bye', both in the middle of the screen", [caption('Hi', 'center'), title('Bye', 'center')]],
      ['add a title "Step 1" and a caption "Step 2", both at the top', [title('Step 1', 'top'), caption('Step 2', 'top')]],
      ["add captions 'One', 'Two' and 'Three', all of them at the bottom", [caption('One', 'bottom'), caption('Two', 'bottom'), caption('Three', 'bottom')]],
      // A place of the screen or the video said for one text is its place.
      ["add a caption 'Hi', in the middle of the screen", [caption('Hi', 'center')]],
      ["add a title 'Hi', at the top of the video", [title('Hi', 'top')]],
      ['move the title to the top of the frame', [{ op: 'edit_text', position: 'top' }]],
    ]);
  });
});
