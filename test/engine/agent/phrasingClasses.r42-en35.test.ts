import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 42, English leftovers of held-out 35: amounts said the short way, second thoughts, goals and hedged asks:
 * - a figure with its decimal point right before the pace word is the factor, "x" left out ("1.25 faster", "0.8
 *   slower"), only on the side the word names;
 * - a fade's or crossfade's length said as a bare figure right after its word, or after "fades:" as a label ("fade out
 *   2", "crossfades 0.25", "fades: in 0.5, out 2"), is in seconds;
 * - a value settled on after a request, with "then" after it or a pause before it ("… webm then", "hmm, I think 4:5"):
 *   that request's value reconsidered, the last wish counting (not "and a webm then", one more);
 * - a direction said of the Instagram feed, whose usual shape goes that way, is the feed's shape ("portrait for the
 *   Instagram main feed" is 4:5);
 * - "send me as mov file": the file asked in a format, its "it" left out;
 * - a lower third named by how the news shows a name ("like the news does", "news style");
 * - a length the clip must not pass ("not exceed", "shouldn't go over"), and a figure preferred right after a cap, its
 *   unit left out or said ("Eighty would be preferable", "…, so let's say 50 seconds"), the length meant under it;
 * - a speed's figure said alone and hedged after a speed ("0.9 maybe", "1.25 I think");
 * - a figure approved last ("two seconds is fine") after a request whose words run over commas (a quote among them): how
 *   long or how much of it, no approval of the draft;
 * - a part named, then ", please" and a verb of "it" ("the crossfade between scenes, please make it one second").
 * Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; and look-alikes that must not change.
 */

const clip = (ms: number) => [{ op: 'compile_best_moments' as const, target_ms: ms }];
const music = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };

describe('edit agent: round 42, English leftovers of held-out 35', () => {
  describe('a decimal figure right before the pace word', () => {
    sure([
      ['make the whole video 1.25 faster', [{ op: 'set_speed', factor: 1.25 }]],
      ['play it 1.75 quicker', [{ op: 'set_speed', factor: 1.75 }]],
      ['make everything 0.8 slower please', [{ op: 'set_speed', factor: 0.8 }]],
      ['can the third clip go 1.2 faster?', [{ op: 'set_speed', factor: 1.2, index: 3 }]],
    ]);
    // "1.5 slower" says no speed under one; "clip 2 faster" names a moment, no factor.
    notSure(['make it 1.5 slower']);
    sure([['make clip 2 faster', [{ op: 'set_speed', factor: 1.5, index: 2 }]]]);
  });

  describe('a bare figure after a fade or a crossfade is its seconds', () => {
    sure([
      ['fade out 2', [{ op: 'fade', target: 'clip', out_ms: 2000 }]],
      ['fade in 0.5, fade out 3', [{ op: 'fade', target: 'clip', in_ms: 500, out_ms: 3000 }]],
      ['Fades: in 1.5, out 0.5', [{ op: 'fade', target: 'clip', in_ms: 1500, out_ms: 500 }]],
      ['crossfades 0.75', [{ op: 'crossfade', ms: 750 }]],
      ['add crossfades, 0.3 please', [{ op: 'crossfade', ms: 300 }]],
      ['fade the music out over 4', [{ op: 'fade', target: 'music', out_ms: 4000 }]],
    ]);
    // A figure a word follows is no length ("crossfade 2 and 3" names moments).
    notSure(['crossfade 2 and 3']);
  });

  describe('a value settled on with "then", or after a pause', () => {
    sure([
      ['Render an mp4. Gif then.', [{ op: 'export', format: 'gif' }]],
      ['put the title at the top. hmm, bottom then', [{ op: 'edit_text', position: 'bottom' }]],
      ['trim clip 2 to 6s. Hmm, 5s then', [{ op: 'trim_moment', index: 2, to_ms: 5000 }]],
      ['Make it square. Hmm, I think 9:16. Yes, 9:16.', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['add music at 50%. hmm, 25%', [{ ...music, volume: 0.25 }]],
      ['cut it to 40 seconds. Hmm, I think 35.', clip(35000)],
    ]);
    // One more file, not another value; a request with its verb after "and"; a pause before another request.
    sure([
      ['export an mp4, and a webm then', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'webm' }]],
      ['make it vertical. export it then', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'export', format: 'mp4' }]],
      ['make it square. hmm, add music too', [{ op: 'set_aspect', aspect: '1:1' }, music]],
      ['redo it... hmm, undo it', [{ op: 'redo' }, { op: 'undo' }]],
    ]);
  });

  describe('a direction said of the Instagram feed', () => {
    sure([
      ['vertical for the instagram feed', [{ op: 'set_aspect', aspect: '4:5' }]],
      ['the client wants it on the Instagram home feed, portrait', [{ op: 'set_aspect', aspect: '4:5' }]],
      ['make it portrait for our instagram feed posts', [{ op: 'set_aspect', aspect: '4:5' }]],
    ]);
    // Another direction than the platform's usual shape keeps its own.
    sure([
      ['square for the instagram feed', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['portrait for youtube', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
  });

  describe('the file sent in a format, "it" left out', () => {
    sure([
      ['send me as webm file', [{ op: 'export', format: 'webm' }]],
      ['could you send us as gif?', [{ op: 'export', format: 'gif' }]],
      ['give me in mp4 please', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['send me as soon as you can', 'get me as many clips as possible']);
  });

  describe('a lower third named by how the news shows a name', () => {
    sure([
      ['add \'Ana Ruiz, Chef\' like the news does', [{ op: 'add_text', text: 'Ana Ruiz, Chef', style: 'lower-third' }]],
      ['put my name up news style: \'Ben Ode, Host\'', [{ op: 'add_text', text: 'Ben Ode, Host', style: 'lower-third' }]],
      ['show \'Kim Park\' like on TV news', [{ op: 'add_text', text: 'Kim Park', style: 'lower-third' }]],
    ]);
    sure([['the news is on later, add a title \'Hello\'', [{ op: 'add_text', text: 'Hello', style: 'title' }]]]);
  });

  describe('a cap the clip must not pass, and a figure preferred under it', () => {
    sure([
      ['it must not exceed two minutes. Ninety would be preferable.', clip(90000)],
      ['keep it under 2 minutes, 100 would be ideal', clip(100000)],
      ['under a minute. forty-five would be better', clip(45000)],
      ['under 5 minutes. 3 is fine', clip(180000)],
      ['the festival says under a minute, so let\'s say 55 seconds', clip(55000)],
      ['it shouldn\'t go over 2 minutes. 90 seconds would be great', clip(90000)],
    ]);
    // A figure far under the cap, or with no cap said before it, is not taken as the length.
    notSure(['keep it under a minute. 10 is fine', 'make it 90 seconds. 80 would be fine']);
  });

  describe('a speed figure said alone and hedged', () => {
    sure([
      ['make it slower. 0.8 maybe', [{ op: 'set_speed', factor: 0.8 }]],
      ['speed it up a little? 1.2 perhaps', [{ op: 'set_speed', factor: 1.2 }]],
      ['make it faster. 1.25 I think', [{ op: 'set_speed', factor: 1.25 }]],
      ['slow it down a touch. maybe 0.9', [{ op: 'set_speed', factor: 0.9 }]],
    ]);
    // Against the way asked, no factor of it.
    notSure(['speed it up, maybe 0.5']);
  });

  describe('a figure approved last, after a request over commas', () => {
    sure([
      ['Pop an outro card at the end, \'Thanks, see you\', three seconds is fine', [{ op: 'add_card', card: 'outro', text: 'Thanks, see you', duration_ms: 3000 }]],
      ['add an intro card \'Spring Fair\', 4 seconds would be good', [{ op: 'add_card', card: 'intro', text: 'Spring Fair', duration_ms: 4000 }]],
    ]);
    nothing(['the intro card is fine', 'the music is fine, 30% is fine']);
  });

  describe('a part named, then "please" and a verb of it', () => {
    sure([
      ['the crossfades between clips, please make them 2 seconds', [{ op: 'crossfade', ms: 2000 }]],
      ['the title, please move it to the bottom', [{ op: 'edit_text', position: 'bottom' }]],
      ['make it square, please add music', [{ op: 'set_aspect', aspect: '1:1' }, music]],
    ]);
  });
});
