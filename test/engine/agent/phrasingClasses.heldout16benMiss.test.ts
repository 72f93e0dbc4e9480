import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes held-out 16b (English) left unread: each case asserts the exact operations (against a draft of
 * 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: phrasing classes held-out 16b (English) left unread', () => {
  describe('a pleasantry or a halt said first ("Love it!", "Sorted.", "Quick one —", "Stop.", "that is quite satisfactory")', () => {
    table([
      ["Love it! Now add a title that says 'Open House'", [{ op: 'add_text', text: 'Open House', style: 'title' }]],
      ['Sorted. Export it as a webm', [{ op: 'export', format: 'webm' }]],
      ['Quick one — mute the music', [{ op: 'remove_music' }]],
      ['that is really excellent. export it in 720p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['Stop. Undo that.', [{ op: 'undo' }]],
    ]);
    nothing(['Stop.', 'Sorted, ta.', 'the ending is quite good']);
  });

  describe('an imperative said with emphasis ("Do export it"), a request asked with a formal "might" or "may"', () => {
    table([
      ['Do remove the second clip', [{ op: 'remove_moment', index: 2 }]],
      ['please do export it as a gif', [{ op: 'export', format: 'gif' }]],
      ['Might the caption sit lower, at the foot of the screen?', [{ op: 'edit_text', position: 'bottom' }]],
      ['May we have the title at the bottom?', [{ op: 'edit_text', position: 'bottom' }]],
    ]);
    nothing(['do cut scenes work?', 'might the music be too loud?']);
  });

  describe('a part, a place or a step in other words: the last change taken back, "what all", "excise", the sound of the video, "up the front"', () => {
    table([
      ['take my last edit back', [{ op: 'undo' }]],
      ['What all is on the tracks?', [{ op: 'show_tracks' }]],
      ['excise the stretch from 0:10 to 0:15', [{ op: 'cut_range', start_ms: 10000, end_ms: 15000 }]],
      ['sound of recording off', [{ op: 'set_source_volume', volume: 0 }]],
      ['put clip 3 up the front', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['one of them backgrounds behind it please', [{ op: 'set_background', background: 'aurora' }]],
    ]);
    nothing(['I love them clips']);
  });

  describe('the file sent out as a format ("bang it out as an mp4"), the whole video slowed to a bare factor', () => {
    table([
      ['churn it out as a mov', [{ op: 'export', format: 'mov' }]],
      ['knock it out as a gif', [{ op: 'export', format: 'gif' }]],
      ['slow the entire video down to 0.6', [{ op: 'set_speed', factor: 0.6 }]],
      ['slow everything to 0.75x', [{ op: 'set_speed', factor: 0.75 }]],
    ]);
  });

  describe('a moment named, then only that it goes ("clip 1 out", "clip two, gone") or how much shorter it gets', () => {
    table([
      ['clip 3 out', [{ op: 'remove_moment', index: 3 }]],
      ['the first clip, gone', [{ op: 'remove_moment', index: 1 }]],
      ['the clip where the dog barks, clip three, out please', [{ op: 'remove_moment', index: 3 }]],
      ['last clip, make 3 seconds shorter', [{ op: 'trim_moment', index: 3, by_ms: 3000 }]],
      ['clip 1, trim by two seconds', [{ op: 'trim_moment', index: 1, by_ms: 2000 }]],
    ]);
    nothing(['clip 2 gone?', 'clip 2 is out of focus', 'the title, make 2 seconds shorter']);
  });

  describe('a file format said alone is the file; a bare resolution beside it, or after a comma, is its resolution', () => {
    table([
      ['gif, 1080', [{ op: 'export', format: 'gif', resolution: '1080p' }]],
      ['webm. 720.', [{ op: 'export', format: 'webm', resolution: '720p' }]],
      ['webm!!', [{ op: 'export', format: 'webm' }]],
      ["export it as a mov. that's all", [{ op: 'export', format: 'mov' }]],
    ]);
    nothing(['mp4?', 'the webm one', 'a gif?']);
  });

  describe('the Singlish tag "can?" / "can or not" after a request, the hearers or the angle said first, a cheer', () => {
    table([
      ["the caption change to 'Open Late' can?", [{ op: 'edit_text', text: 'Open Late' }]],
      ['clip 2 move to the end can or not', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['Folks, trim the second clip by 2 seconds', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
      ['From a budget standpoint, a 30 second cut will do', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['Oi, mute the music', [{ op: 'remove_music' }]],
    ]);
    nothing(['what can?', 'from a budget standpoint']);
  });

  describe('the music ducked "when we\'re chatting"; words to show asked for as wanted ("I would like the words \'…\'")', () => {
    table([
      ["add music, have it dip when we're chatting", [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ["We'd like the words 'Spring Fair' at the end", [{ op: 'add_text', text: 'Spring Fair', style: 'title', anchor: 'end' }]],
      ["I need the words 'Doors Open 9am' at the top", [{ op: 'add_text', text: 'Doors Open 9am', style: 'title', position: 'top' }]],
    ]);
    nothing(["I like the words 'Hello'", "we love the lettering 'Open Day'"]);
  });
});
