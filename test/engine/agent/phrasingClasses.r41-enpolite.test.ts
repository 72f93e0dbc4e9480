import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 41, English requests wrapped in courtesy, named by a goal, or said among complaints:
 * - a request asked as a favour ("I was wondering if you could …", "I'm hoping you can …", "I'd be grateful if you could
 *   …", "would it be all right to …"), as whether it is a bother ("would you mind …-ing", "do you mind …-ing"), or as a
 *   thing put forward and asked whether it would do ("would a 40-second version be feasible?", "would 45 seconds do?");
 * - "it'd work better if the title came in at about 2 seconds": a part said in the past after "better if" is what it
 *   should do (a point hedged with "about" still that point);
 * - a reason, then ", so" and the wish said without a verb ("…, so the widescreen shape", "…, so it should be landscape");
 * - the shape named by how viewers hold their phones ("phones held upright"), "the tall shape"; a welcome card or screen
 *   is the intro card;
 * - a place the video goes that takes only one shape, size or file ("the projector only takes widescreen video", "Slack
 *   only shows MP4s inline"), not the footage or what filmed it;
 * - a request pointing back at the goal named ("…, so set it up for that", "make it that shape", "send me one of those"),
 *   the page or group it goes to said alone ("for our club page"), a programme's slot ("a 2-minute slot") as the length,
 *   "reverse whatever you just did" as the step undone, and complaints about how exports look, which change nothing;
 * - a request said again in exasperation ("How many times do I have to ask: …", "I asked for X and got Y. …"), a judgement
 *   with no subject beside a request ("looks a bit plain"), and "only" and a verb after a refusal ("don't change the
 *   music, only make it 1080p").
 * Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; and look-alikes that must not change.
 */

const music = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };

describe('edit agent: round 41, English courtesy, goals and complaints', () => {
  describe('a request asked as a favour, a bother, or a thing put forward', () => {
    sure([
      ['I was wondering if you could trim the second clip to 4 seconds', [{ op: 'trim_moment', index: 2, to_ms: 4000 }]],
      ['I wonder if you could put the title at the bottom', [{ op: 'edit_text', position: 'bottom' }]],
      ['I\'m hoping you can speed up the idle parts, maybe 3x?', [{ op: 'speed_up_idle', factor: 3 }]],
      ['we were hoping you could export a webm', [{ op: 'export', format: 'webm' }]],
      ['I\'d be grateful if you could remove the background', [{ op: 'remove_background' }]],
      ['Would it be all right to mute the original sound?', [{ op: 'set_source_volume', volume: 0 }]],
      ['would it be ok to move the third clip to the start?', [{ op: 'move_moment', index: 3, to: 1 }]],
      ['Would you mind removing the second clip?', [{ op: 'remove_moment', index: 2 }]],
      ['would you mind slowing down clip 3?', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
      ['do you mind adding the lofi track at 30%?', [{ ...music, volume: 0.3 }]],
      ['Would a 25-second version be feasible?', [{ op: 'compile_best_moments', target_ms: 25000 }]],
      ['would a one-minute cut be possible?', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['would 45 seconds do?', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['would a GIF be ok?', [{ op: 'export', format: 'gif' }]],
    ]);
    nothing(['I was wondering if you could tell me which formats you support', 'I was wondering why the export is so slow', 'would you mind if I exported it later?', 'is it ok to export now?', 'would a 40-second version be too short?']);
  });

  describe('what a part should do, said after "it\'d work better if"', () => {
    sure([
      ['I think it\'d work better if the caption came in at 3 seconds', [{ op: 'edit_text', start_ms: 3000 }]],
      ['it would look better if the title started at about 4 seconds', [{ op: 'edit_text', start_ms: 4000 }]],
      ['maybe it\'d flow better if the music faded out at the end?', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
    ]);
    nothing(['it worked better when the title came in later']);
  });

  describe('a reason, then ", so" and the wish without a verb', () => {
    sure([
      ['Our customers watch on TV, so the widescreen shape', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['the stream is on phones, so a tall format please', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['the board reviews it on laptops, so it should be landscape', [{ op: 'set_aspect', aspect: '16:9' }]],
    ]);
  });

  describe('the shape by how it is watched; a welcome card', () => {
    sure([
      ['they all watch it on phones held upright', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['people will watch it on mobiles held vertically', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['add a welcome screen, \'Hello all\'', [{ op: 'add_card', card: 'intro', text: 'Hello all', duration_ms: 2000 }]],
    ]);
  });

  describe('a place that takes only one shape, size or file', () => {
    sure([
      ['The venue\'s projector only takes widescreen video', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['our kiosk only plays 720p', [{ op: 'set_resolution', resolution: '720p' }]],
      ['the forum only accepts GIFs, so send me one of those', [{ op: 'export', format: 'gif' }]],
      ['Slack only shows MP4s inline', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['the video only shows my hands in landscape', 'the first clip only shows the landscape', 'we only shoot square']);
  });

  describe('a request pointing back, a page or group, a slot, and complaints', () => {
    sure([
      ['the hall screen is 4K, so set it up for that', [{ op: 'set_resolution', resolution: '4k' }]],
      ['it\'s for TikTok, make it that shape', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['it goes on instagram reels, get it in that shape please', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['make it square. for the family group', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['add music at 20%. for our club page', [{ ...music, volume: 0.2 }]],
      ['cut it to 30 seconds, for the parents chat', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['the radio show gives us a 2-minute slot', [{ op: 'compile_best_moments', target_ms: 120000 }]],
      ['we have a 90-second slot at the gala', [{ op: 'compile_best_moments', target_ms: 90000 }]],
      ['could you reverse whatever you just did', [{ op: 'undo' }]],
      ['please take back what you just did', [{ op: 'undo' }]],
    ]);
    // Alone, what a pointer points at is not known.
    notSure(['make it that shape', 'send me one of those']);
    nothing(['for our shop page', 'every export looks soft', 'why does every export come out blurry?', 'reverse the clip', 'Is this thing broken or what? Every export looks grainy']);
  });

  describe('the request said again in exasperation, a judgement with no subject, "only" after a refusal', () => {
    sure([
      ['How many times must I ask: 45 seconds, max', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['for the last time: remove the music', [{ op: 'remove_music' }]],
      ['I asked for square and got a vertical one. Square, please.', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['add the aurora background. looks a bit dull', [{ op: 'set_background', background: 'aurora' }]],
      ['add music. feels kinda flat', [music]],
      ['never touch the title, only fade the end', [{ op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['don\'t export yet, only set it to 720p', [{ op: 'set_resolution', resolution: '720p' }]],
    ]);
    nothing(['How many times do I have to ask?', 'I asked for square and got a vertical one.']);
  });
});
