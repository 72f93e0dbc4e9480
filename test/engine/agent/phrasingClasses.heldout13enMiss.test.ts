import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes held-out 13 (English) left unread: each case asserts the exact operations (against a draft of
 * 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: phrasing classes held-out 13 (English) left unread', () => {
  describe('a moment moved to the "very" end or start', () => {
    table([
      ['shove clip 2 to the very front', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['move the opening scene to the very end please', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['drag the middle clip to the very beginning', [{ op: 'move_moment', index: 2, to: 1 }]],
    ]);
  });

  describe('a cue to proceed alone ("Go.", "go!") beside a request: nothing of its own', () => {
    table([
      ['trim clip 2 by a second. Go!', [{ op: 'trim_moment', index: 2, by_ms: 1000 }]],
      ['ok, go. export a gif', [{ op: 'export', format: 'gif' }]],
    ]);
    nothing(['Go.', 'go', 'let it go']);
  });

  describe('a verb of doing away with the last or previous edit is an undo ("dispel my last edit", "erase the previous change")', () => {
    table([
      ['erase my previous change', [{ op: 'undo' }]],
      ['reverse the latest edit', [{ op: 'undo' }]],
      ['trash my most recent step', [{ op: 'undo' }]],
    ]);
    nothing(['what was my last edit?', 'was the last change ok?']);
  });

  describe('rolling it forward is a redo', () => {
    table([
      ['now roll it forward', [{ op: 'redo' }]],
      ['just roll that forward, it was right', [{ op: 'redo' }]],
    ]);
    nothing(['the credits roll forward', 'does it roll forward?']);
  });

  describe('the file asked for by "get me / hand me the …", "provide it as …", or a format used as a verb ("gif it")', () => {
    table([
      ['get me the webm', [{ op: 'export', format: 'webm' }]],
      ['hand me the final video', [{ op: 'export', format: 'mp4' }]],
      ['provide it in mp4', [{ op: 'export', format: 'mp4' }]],
      ['supply it as a gif for the wiki', [{ op: 'export', format: 'gif' }]],
      ['webm this', [{ op: 'export', format: 'webm' }]],
      ['alright, mp4 it', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['gif it is?', "don't gif it", 'a gif would be nice?']);
  });

  describe('the whole timeline emptied ("blank the whole timeline", "delete everything on the timeline") is a start over', () => {
    table([
      ['empty the timeline', [{ op: 'start_over' }]],
      ['clear out the entire timeline', [{ op: 'start_over' }]],
      ['erase everything from the timeline', [{ op: 'start_over' }]],
    ]);
    table([
      ['remove everything from the timeline except clip 2', [{ op: 'remove_moment', index: 3 }, { op: 'remove_moment', index: 1 }]],
      ['delete everything on the second clip', [{ op: 'remove_moment', index: 2 }]],
    ]);
  });

  describe('asking which tracks there are shows them', () => {
    table([
      ['tell me which tracks are there', [{ op: 'show_tracks' }]],
      ['which tracks have music?', [{ op: 'show_tracks' }]],
    ]);
  });

  describe('"use just / only the first upload": one upload used', () => {
    table([
      ['use just the second recording', [{ op: 'use_sources', files: ['2'] }]],
      ['just use only the last upload', [{ op: 'use_sources', files: ['last'] }]],
    ]);
    nothing(["don't use just the first upload"]);
  });

  describe('a change asked as a question about a moment named by its place ("could the first clip go slower?")', () => {
    table([
      ['could the last scene be a bit shorter?', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['can the middle clip go faster?', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['would the second section go a bit slower, like 0.8?', [{ op: 'set_speed', factor: 0.8, index: 2 }]],
    ]);
    nothing(['could the first clip be any slower?', 'could the music be any louder?', 'would the last clip work as an opener?']);
  });

  describe('a place in the order said in words ("to position two", "into slot three")', () => {
    table([
      ['move clip 1 to spot three', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['put clip 3 in position one', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['slide the opening clip into slot two', [{ op: 'move_moment', index: 1, to: 2 }]],
    ]);
  });

  describe('"retitle" names the title it changes', () => {
    table([
      ["retitle it 'Summer Sale'", [{ op: 'edit_text', text: 'Summer Sale' }]],
      ['retitle the video to "Q3 Review"', [{ op: 'edit_text', text: 'Q3 Review' }]],
    ]);
    nothing(['retitle', "don't retitle it", 'should I retitle it?']);
  });

  describe('what a change would otherwise do, said beside it ("cropped edges would cut off the times"), is its reason', () => {
    table([
      ['letterbox it, cropping would cut off the logo', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['letterbox it; the edges would get cut otherwise', [{ op: 'set_fill', fill: 'letterbox' }]],
    ]);
  });

  describe('how the speaker talks or types ("I do talk slow"), said beside a request, is its reason', () => {
    table([
      ['cut the pauses, she speaks slow', [{ op: 'remove_dead_air' }]],
      ['remove the silent bits, we talk slow', [{ op: 'remove_dead_air' }]],
    ]);
  });
});
