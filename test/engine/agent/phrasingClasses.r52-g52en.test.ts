import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 52's English (held-out 47's lines read wrong or not at all): "will the export be HD?" (or "the export will be
 * HD?") asks what an edit gives, no edit; a moment and its participle after a passive request and an "and" share its
 * "be"; "operations" and "commands" are steps counted back; "along the bottom" after a text's words is where it goes;
 * "… will do" after a transition approves its length; where there is nothing going on is idle; "Write on bottom: …"
 * labels a text's words with its place; "fae" is "from"; "I'd rather you took …" asks it; "parte" is a part; a
 * moment named by what it shows, then by its place ("that's the third one"), is that moment; the parts counted, the
 * upload told or a fault let be ("too dark, but okay") beside a request ask nothing; "just cut straight" is a hard
 * cut; a shape "for tiktok only" is that shape alone; "don't put it back" after an undo by accident asks no redo;
 * "clips 1 to 3" is each of them.
 */
describe('edit agent: round 52 (g52en) classes', () => {
  describe('what an edit will give, asked', () => {
    sure([
      ['will the export be HD? export it at 1080p please', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['so the export will be HD? 720p export then', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['will it be vertical? make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
    ]);
    notSure(['will the export be HD?', 'the title will be red?', 'will the title be red? make it square']);
    // (asked politely, "will it be possible to …" still asks the edit)
    sure([['will it be possible to make it vertical?', [{ op: 'set_aspect', aspect: '9:16' }]]]);
  });

  describe('a passive request, then another moment and its participle', () => {
    sure([
      ['The second clip should be trimmed to 4 seconds, and the third clip removed.',
        [{ op: 'trim_moment', index: 2, to_ms: 4000 }, { op: 'remove_moment', index: 3 }]],
      ['clip 1 must be shortened to 5 seconds and clip 2 deleted', [{ op: 'trim_moment', index: 1, to_ms: 5000 }, { op: 'remove_moment', index: 2 }]],
    ]);
    notSure(['the first clip removed']);
  });

  describe('steps counted back in operations', () => {
    sure([
      ['undo the last three operations', [{ op: 'undo' }, { op: 'undo' }, { op: 'undo' }]],
      ['please undo the last 2 commands', [{ op: 'undo' }, { op: 'undo' }]],
      ['undo the last operation', [{ op: 'undo' }]],
    ]);
  });

  describe('a place after the words of a text', () => {
    sure([
      ['add a caption saying Made by hand along the bottom', [{ op: 'add_text', text: 'Made by hand', style: 'caption', position: 'bottom' }]],
      ['add a title saying Open Studio across the top', [{ op: 'add_text', text: 'Open Studio', style: 'title', position: 'top' }]],
    ]);
  });

  describe('a length that will do, after a transition or a fade', () => {
    sure([
      ['add crossfades between the clips; a second will do', [{ op: 'crossfade', ms: 1000 }]],
      ['fade out the ending. half a second will do.', [{ op: 'fade', target: 'clip', out_ms: 500 }]],
      ['20 seconds will do', [{ op: 'compile_best_moments', target_ms: 20000 }]],
    ]);
  });

  describe('where there is nothing going on', () => {
    sure([
      ['where there is nothing going on, play it 4x', [{ op: 'speed_up_idle', factor: 4 }]],
      ['remove the parts where there\'s nothing happening', [{ op: 'remove_dead_air' }]],
      ['where is nothing happening, speed it up 2x', [{ op: 'speed_up_idle', factor: 2 }]],
    ]);
    notSure(['where is nothing going on?']);
  });

  describe('write, a place, then the words after a colon', () => {
    sure([
      ['Write at the top: Summer Fair 2024', [{ op: 'add_text', text: 'Summer Fair 2024', style: 'title', position: 'top' }]],
      ['write on bottom: Handmade in Fez', [{ op: 'add_text', text: 'Handmade in Fez', style: 'title', position: 'bottom' }]],
    ]);
    notSure(['move to bottom: Handmade in Fez']);
    // (a second place and colon after a comma heads other words, none of the first text's)
    notSure(['write on bottom: hello, on top: bye', 'write at the top: Hi, at the bottom: Bye']);
    sure([
      ['write on bottom: hello, world', [{ op: 'add_text', text: 'hello, world', style: 'title', position: 'bottom' }]],
    ]);
  });

  describe('said as a wish of what the editor did, in Scots or in Spanish', () => {
    sure([
      ['start ower fae scratch', [{ op: 'start_over' }]],
      ["I'd rather you removed the second clip", [{ op: 'remove_moment', index: 2 }]],
      ['we would rather you took the music out', [{ op: 'remove_music' }]],
      ['quita la parte 3', [{ op: 'remove_moment', index: 3 }]],
    ]);
    notSure(["I'd rather you took more care", 'I would rather you left the title as it is']);
    // (what is contrasted away after "than" is not asked; nor is the wish asked as a question)
    sure([["I'd rather you cut clip 2 than clip 3", [{ op: 'remove_moment', index: 2 }]]]);
    notSure(["I'd rather you removed clip 2?", 'would rather you took the music out?',
      'we would rather you removed clip 3 than clip 1']);
  });

  describe('a moment named by what it shows, then by its place', () => {
    sure([
      ["remove the part with the red boat, that's the second one", [{ op: 'remove_moment', index: 2 }]],
      ['move the bit where I laugh to the end (clip 1)', [{ op: 'move_moment', index: 1, to: 3 }]],
      ["put the clip with the sunset first, it's the third clip", [{ op: 'move_moment', index: 3, to: 1 }]],
    ]);
    notSure(["remove the part with the red boat, it's the worst one"]);
  });

  describe('told beside a request: the parts counted, the upload, a fault let be', () => {
    sure([
      ['The video has 3 clips. Move clip 1 to the end.', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['Trim clip 2 to 3 seconds, I uploaded the video already', [{ op: 'trim_moment', index: 2, to_ms: 3000 }]],
      ["It's a bit too shaky, but okay. Make it square.", [{ op: 'set_aspect', aspect: '1:1' }]],
    ]);
    notSure(['the video has 3 parts, remove one']);
  });

  describe('a hard cut, a shape for one platform only', () => {
    sure([
      ['no crossfades, just cut straight to the next clip', [{ op: 'crossfade', ms: 0 }]],
      ['make it square for instagram only', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['9:16 for reels only', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    // (a part or a thumbnail is no platform; nor is a platform for a part named before the shape)
    notSure(['make it vertical for the intro only', 'make it vertical for the ending only',
      'square for the thumbnail only', 'make the intro vertical for tiktok only', 'make it square for the outro only']);
  });

  describe('an undo by accident let stand; moments from one place to another', () => {
    nothing(["I accidentally hit undo, don't put it back", "undid that by mistake, don't redo it"]);
    sure([
      ['I hit undo by accident, bring it back', [{ op: 'redo' }]],
      ['speed up clips 2 to 3', [{ op: 'set_speed', factor: 1.5, index: 2 }, { op: 'set_speed', factor: 1.5, index: 3 }]],
      ['slow down clips 1 through 2', [{ op: 'set_speed', factor: 0.75, index: 1 }, { op: 'set_speed', factor: 0.75, index: 2 }]],
      ['remove clips 1 to 3',
        [{ op: 'remove_moment', index: 3 }, { op: 'remove_moment', index: 2 }, { op: 'remove_moment', index: 1 }]],
      // (after a verb that moves or swaps, a span is no set of moments: "move clips 1 to 3" moves the first to third)
      ['move clips 1 to 3', [{ op: 'move_moment', index: 1, to: 3 }]],
    ]);
    notSure(['swap clips 1 to 3', 'switch clips 2 to 4']);
  });

  // (review 52: the whole-message rewrites leave a text's words as typed, quoted or after a colon that labels them)
  describe("a text's own words, as typed", () => {
    sure([
      ['add text "the party will be fun?"', [{ op: 'add_text', text: 'the party will be fun?', style: 'title' }]],
      ['add title: the party will be fun?', [{ op: 'add_text', text: 'the party will be fun?', style: 'title' }]],
      ['加字幕：the party will be fun?', [{ op: 'add_text', text: 'the party will be fun?', style: 'caption' }]],
      ['add a title "Our trip will be epic?"', [{ op: 'add_text', text: 'Our trip will be epic?', style: 'title' }]],
      ['add text "Clips 1 to 3"', [{ op: 'add_text', text: 'Clips 1 to 3', style: 'title' }]],
      ['add caption "Scenes 1-3 of 5"', [{ op: 'add_text', text: 'Scenes 1-3 of 5', style: 'caption' }]],
      ['add title: Clips 1-3, 3s', [{ op: 'add_text', text: 'Clips 1-3', style: 'title', duration_ms: 3000 }]],
      ['add text "Clips 1 to 3", then speed up clips 2 to 3', [{ op: 'add_text', text: 'Clips 1 to 3', style: 'title' },
        { op: 'set_speed', factor: 1.5, index: 2 }, { op: 'set_speed', factor: 1.5, index: 3 }]],
    ]);
  });

  // (review 52: a request said after the question is read, as before; only the question is no edit)
  describe('what an edit will give, asked, then a request', () => {
    const uhd = { op: 'export' as const, format: 'mp4' as const, resolution: '4k' as const };
    sure([
      ['so will the title be in the middle? put it in the middle', [{ op: 'edit_text', position: 'center' }]],
      ['Hey, will the export be 4k? export 4k please', [uhd]],
      ['will it be 4k? export 4k', [uhd]],
      ['will it be 1080p? export it', [{ ...uhd, resolution: '1080p' }]],
      ['will it be 4k? export 1080p', [{ ...uhd, resolution: '1080p' }]],
    ]);
    notSure(['will the music be loud? thanks', 'the export will be 4k?']);
  });
});
