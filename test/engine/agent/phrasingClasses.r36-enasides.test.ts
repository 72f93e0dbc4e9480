import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 36, English with words of other tongues and regions around a request, and clauses about the recording or the
 * reason: a discourse word of another tongue said apart by a comma (yalla, wallah, abeg, haan), or an unknown one before a
 * long story of the recording; the source's length told ("the stream is 4 hours", "2 hour livestream, …", "I recorded the
 * lecture and it's 50 minutes"); the takes recorded and which is the good one, beside that upload chosen; "I want to
 * compare with before" beside a step back; a stretch of the footage named by what it shows ("the typing part", "the
 * pouring shot") beside a request placed at a time or on a moment; a part said to be as it is, run on after a length
 * ("make it 30 seconds the ending is boring"); a moment said to go at the end or the start ("must go at the end"), and
 * refused so ("shouldn't go at the end": unread, no move); figures said in words — a decimal from its point ("point
 * eight"), minutes and seconds as one clock time ("one minute five seconds"); a length in short units after a moment's
 * ordinal ("the 1st moment … 4 sec shorter": "1st" is no second); and a plural's possessive apostrophe inside a single-quoted
 * text ('Teachers' Lounge'). Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; and look-alikes
 * that must change nothing, or stay unread or asked.
 */

const clip = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });
const move = (index: number, to: number) => ({ op: 'move_moment' as const, index, to });

describe('edit agent: round 36, words of other tongues and context around an English request', () => {
  describe('a discourse word of another tongue said apart, or an unknown one before a long story', () => {
    sure([
      ['Wallah, make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['Abeg, mute the original audio', [{ op: 'set_source_volume', volume: 0 }]],
      ['Haan, export as gif', [{ op: 'export', format: 'gif' }]],
      ['add music at 30%, yalla', [{ op: 'add_music', track: 'lofi', volume: 0.3, duck: true }]],
      ['Yalla, I filmed the chemistry practical yesterday and it\'s 40 minutes, so please make it 3 minutes', [clip(180)]],
      ['Kumbe, I filmed my grandmother\'s embroidery workshop in Lahore yesterday and it\'s 40 minutes, make it 2 minutes', [clip(120)]],
      ['sasa the second clip should go first', [move(2, 1)]],
      ['chale the last moment has to go at the start', [move(3, 1)]],
    ]);
    nothing(['yalla', 'wallah']);
  });

  describe('the source\'s length told, beside the length asked', () => {
    sure([
      ['the stream is 4 hours, make a 10 minute highlight', [clip(600)]],
      ['the podcast was 90 minutes, cut it to 5 minutes', [clip(300)]],
      ['2 hour livestream, make me a 60 second teaser', [clip(60)]],
      ['2 hour livestream -> 60 second teaser please', [clip(60)]],
      ['we streamed yesterday and it was 3 hours, give me a 5 minute best of', [clip(300)]],
      ['the class is 45 minutes, make it 3 minutes', [clip(180)]],
    ]);
    // The length asked of the stream itself is the clip's; "4 hours too long" may be a complaint asking something.
    sure([['make the stream 4 minutes', [clip(240)]]]);
    notSure(['the stream is 4 hours too long']);
  });

  describe('the takes recorded and which is the good one, beside that upload chosen', () => {
    sure([
      ['I shot it 4 times and the second take is the best, use only the second file', [{ op: 'use_sources', files: ['2'] }]],
      ['we recorded the demo twice and the first one is the good one, just use the first video', [{ op: 'use_sources', files: ['1'] }]],
      ['I recorded the walkthrough three times and the last one is the good one, so use only the last file', [{ op: 'use_sources', files: ['last'] }]],
      ['use only the last file, I recorded it 3 times', [{ op: 'use_sources', files: ['last'] }]],
      ['I recorded this three times, make it 30 seconds', [clip(30)]],
    ]);
    // Another one said good than the one chosen may be a slip: unread.
    notSure(['I recorded it three times and the last one is the good one, use only the first file']);
    nothing(['the last one is the good one', 'I recorded this 3 times']);
  });

  describe('"I want to compare with before" beside a step back', () => {
    sure([
      ['undo, I want to compare it with the old version', [{ op: 'undo' }]],
      ['undo that please, we want to compare against the original', [{ op: 'undo' }]],
      ['go back one step, I\'d like to compare with before', [{ op: 'undo' }]],
    ]);
    nothing(['I want to compare with before']);
  });

  describe('a stretch of the footage named by what it shows, beside a request placed there', () => {
    sure([
      ['the typing part, zoom at 0:12 for 3 sec', [{ op: 'zoom_at', start_ms: 12_000, duration_ms: 3000 }]],
      ['the cake cutting bit, zoom in at 1:05', [{ op: 'zoom_at', start_ms: 65_000, duration_ms: 3000 }]],
      ['clip 2 at half speed, the pouring shot', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['remove clip 3, the blurry section', [{ op: 'remove_moment', index: 3 }]],
      ['moment 1 at 0.5 speed, the needle close-up', [{ op: 'set_speed', factor: 0.5, index: 1 }]],
    ]);
    // Beside a request placed nowhere, or named by its place (a moment the request may not be on), it stays unread; a
    // close-up asked for is still a zoom.
    notSure(['the dog scene, make it vertical', 'the intro part, add music', 'the second part, zoom at 0:12', 'the needle close-up please']);
    sure([['add a close-up on the needle', [{ op: 'set_zoom', mode: 'auto' }]]]);
    nothing(['the needle close-up', 'the typing part']);
  });

  describe('a part said to be as it is, run on after a length', () => {
    sure([
      ['make it 30 seconds the ending is boring', [clip(30)]],
      ['cut it to one minute the middle drags a lot', [clip(60)]],
      ['make this talk two minutes long the intro is way too slow', [clip(120)]],
    ]);
    // What is said of a part an edit may change is no aside to the length.
    notSure(['make it 2 minutes the title is wrong']);
  });

  describe('a moment said to go at the end or the start; refused so, no move', () => {
    sure([
      ['the first clip must go at the end', [move(1, 3)]],
      ['clip 3 should go at the start', [move(3, 1)]],
      ['the last moment has to go at the beginning', [move(3, 1)]],
      ['moment 2 needs to go at the end please', [move(2, 3)]],
    ]);
    notSure(['the second clip goes at the end of the song', 'does the second clip go at the end?']);
    nothing(['the second clip shouldn\'t go at the end', 'clip 2 shouldn\'t come last', 'the first clip should not go to the end', 'clip 3 must never go first']);
  });

  describe('figures said in words: a decimal from its point, minutes and seconds as one time', () => {
    sure([
      ['slow clip 2 down to point eight', [{ op: 'set_speed', factor: 0.8, index: 2 }]],
      ['set the speed to point seven five', [{ op: 'set_speed', factor: 0.75 }]],
      ['speed it up to one point five', [{ op: 'set_speed', factor: 1.5 }]],
      ['cut from one minute five seconds to one minute twenty seconds', [{ op: 'cut_range', start_ms: 65_000, end_ms: 80_000 }]],
      ['remove 3 minutes 5 seconds to 3 minutes 15 seconds', [{ op: 'cut_range', start_ms: 185_000, end_ms: 195_000 }]],
      ['zoom in at one minute twelve seconds for 3 seconds', [{ op: 'zoom_at', start_ms: 72_000, duration_ms: 3000 }]],
      ['make it 1 minute 30 seconds', [clip(90)]],
    ]);
    // "point" as a place or a purpose is no figure.
    notSure(['at that point, add a title \'Hi\'']);
    nothing(['the point is to keep it short']);
  });

  describe('a length in short units after a moment\'s ordinal', () => {
    sure([
      ['make the 1st moment 4 sec shorter', [{ op: 'trim_moment', index: 1, by_ms: 4000 }]],
      ['the 1st clip is dragging, 3 secs shorter', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
      ['the 3rd moment is too long, 2 sec shorter', [{ op: 'trim_moment', index: 3, by_ms: 2000 }]],
      ['trim the 1st clip by 5 secs', [{ op: 'trim_moment', index: 1, by_ms: 5000 }]],
    ]);
  });

  describe('a plural\'s possessive apostrophe inside a single-quoted text', () => {
    sure([
      ['change the caption to \'Teachers\' Lounge\'', [{ op: 'edit_text', text: 'Teachers\' Lounge' }]],
      ['add a title \'Visitors\' Day\' at the start', [{ op: 'add_text', text: 'Visitors\' Day', style: 'title', anchor: 'start' }]],
      ['rename the title to \'The Smiths\' Greatest Hits\' please', [{ op: 'edit_text', text: 'The Smiths\' Greatest Hits' }]],
    ]);
    // Two quotes, each closed before the next opens, stay two texts.
    sure([
      ['add a title \'Dogs\' and a caption \'Cats\'', [{ op: 'add_text', text: 'Dogs', style: 'title' }, { op: 'add_text', text: 'Cats', style: 'caption' }]],
    ]);
  });
});
