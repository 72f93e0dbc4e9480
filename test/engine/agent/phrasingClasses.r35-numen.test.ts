import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 35, English figures that are not the request: money said beside one ("we raised $5M", "our ARR is 3M", "$49/month",
 * "99 euros"), no length of five or three minutes; how a business grew ("sales up 3x", "the team grew 40%", "customers
 * saved 30%"), no speed and no level; the source's length in hours and minutes written short ("lasted 1h 20m"); the quality the source was recorded at ("recorded at 4k", "I filmed it in 4K",
 * "shot at 60fps"), no resolution of the file to make; and a text "saying that", whose words are said elsewhere, unread.
 * Own wordings (not the bench's lines), against a draft of 3 moments and 1 text; and look-alikes that keep their figure
 * ("make it 5m", "speed it up 3x", "turn the music up 20%", "export at 4k").
 */

const clip = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });

describe('edit agent: round 35, figures that are not the request (English)', () => {
  describe('money: no length, even with a million\'s "m"', () => {
    sure([
      ['our ARR is 3M, speed up the slow parts', [{ op: 'speed_up_idle', factor: 4 }]],
      ['we sell it at 99 euros, no background music please', [{ op: 'remove_music' }]],
      ['it costs $10 a month, add music at 20%', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
      ['the price is $20, make it 20 seconds', [clip(20)]],
      ['priced at 199 dollars, make it 45 seconds', [clip(45)]],
    ]);
    nothing(['we raised $5M, this is the product demo', 'revenue hit 1.2m this quarter', 'our plan costs $49/month']);
    // The money gone, "saying that" still names words said elsewhere: unread, not a title reading "that".
    notSure(['our plan costs $49/month, add a title saying that', 'add a caption that says this']);
    // "5m" alone, or after a cut, is still five minutes.
    sure([['make it 5m', [clip(300)]], ['cut it to 3m please', [clip(180)]]]);
  });

  describe('how a business grew: no speed, no level', () => {
    sure([
      ['the team grew 40% this year, make a 30 second highlight reel', [clip(30)]],
      ['our users are up 50%, make it 1 minute', [clip(60)]],
      ['we grew 2x, speed up the idle parts 3x', [{ op: 'speed_up_idle', factor: 3 }]],
    ]);
    nothing(['sales up 3x since v2, add a caption', 'customers saved 30% on average', 'revenue up 15% QoQ, this is the demo for investors']);
    sure([
      ['speed it up 3x', [{ op: 'set_speed', factor: 3 }]],
      ['turn the music up 20%', [{ op: 'set_music_volume', volume: 0.2 }]],
    ]);
  });

  describe('the quality the source was recorded at: no resolution of the file', () => {
    sure([
      ['I filmed it in 4K but export 1080p', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['shot in 4k, make the export 720p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['recorded at 60fps, make it portrait', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['set the resolution to 1080p, recorded in 1440p', [{ op: 'set_resolution', resolution: '1080p' }]],
    ]);
    nothing(['recorded at 4k on a MacBook Pro M3']);
    // Hours and minutes written short are the source's length too, no second length to ask between.
    sure([
      ['the call lasted 1h 20m, I need 90 seconds', [clip(90)]],
      ['my 1hr 5min recording, make it 30 seconds', [clip(30)]],
    ]);
    sure([['export at 4k', [{ op: 'export', format: 'mp4', resolution: '4k' }]]]);
  });
});
