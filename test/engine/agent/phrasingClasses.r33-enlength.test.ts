import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 33, the clip's length in English: the recording's own length told beside it (however the recording is named),
 * a length in minutes and seconds before a plural, a unit shortened as another language shortens it, a length as an
 * item of a list numbered in one line, and the complaint run on after the length. Own wordings (not the bench's lines),
 * against a draft of 3 moments and 1 text, read as exactly these operations with nothing unread and nothing asked; and
 * look-alikes, which must stay unread, asked about, or change nothing.
 */

const clip = (seconds: number) => [{ op: 'compile_best_moments' as const, target_ms: seconds * 1000 }];

describe('edit agent: round 33, the clip\'s length in English', () => {
  describe('the recording\'s own length, however it is named, beside the clip\'s: no doubt which is the clip\'s', () => {
    sure([
      ["I've got a 2 hour podcast recording, make a 60 second clip of the best bits", clip(60)],
      ["there's a 4 hour livestream here, cut it to 45 seconds", clip(45)],
      ['we have a 1.5 hour webinar, make it 2 minutes', clip(120)],
      ['turn my 45 minute coding session into a 90 second clip', clip(90)],
      ['can you make our 30-minute product onboarding call into a 1 minute clip', clip(60)],
      ['I recorded a talk of 40 minutes, please make a 3 minute summary', clip(180)],
      ['here is a webinar lasting 55 minutes, make it 60 seconds', clip(60)],
    ]);
    // A length after "a", in minutes, may be the clip asked for; a clip of hours is asked of no one.
    sure([['make a 2 minute walkthrough', clip(120)]]);
    nothing(['make it a 2 hour stream', 'I have a 3 hour stream vod', 'our 20-minute onboarding walkthrough is boring']);
    // "a talk of 3 minutes" asked for may be the clip itself: not taken as the recording's, not guessed as the clip's.
    notSure(['make a lecture of 5 minutes', 'give me a talk of 3 minutes']);
  });

  describe('a length in minutes and seconds before a plural ("2 minute 15 second highlights"): one length', () => {
    sure([
      ['make 2 minute 15 second highlight from my cooking video', clip(135)],
      ['make 1 min 45 sec highlights of my run', clip(105)],
      ['1 minute 20 second highlights from my stream please', clip(80)],
    ]);
    // Asked about, or told, no request.
    nothing(['are 1 minute 30 second highlights too long?', 'I watched 1 minute 30 second highlights yesterday']);
  });

  describe('a unit shortened as another language shortens it, joined to its figure ("30sn", "45sek", "2dk")', () => {
    sure([
      ['45sn klip', clip(45)],
      ['make it 30sek', clip(30)],
      ['20dtk video', clip(20)],
      ['2dk clip', clip(120)],
    ]);
    // Apart, "dk" is "don't know", no minutes.
    nothing(['dk what to do', 'idk 4 dk']);
  });

  describe('a clip\'s length as an item of a list numbered in one line ("1) 30 seconds clip 2) square")', () => {
    sure([
      ['1) 30 seconds clip 2) square 3) export mp4', [...clip(30), { op: 'set_aspect', aspect: '1:1' }, { op: 'export', format: 'mp4' }]],
      ['to do: 1) 45 sec clip 2) vertical', [...clip(45), { op: 'set_aspect', aspect: '9:16' }]],
      ['pls: 1) 20s clip 2) lofi music', [...clip(20), { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
  });

  describe('the complaint run on after the length, no stop between ("make it 25 sec its way too long")', () => {
    sure([
      ['make it 25 sec its way too long', clip(25)],
      ["30 seconds pls it's too long", clip(30)],
      ['cut it to 50s tbh its so too long', clip(50)],
    ]);
    // The length said as what the clip is, then the complaint: no length asked.
    nothing(["it's 40 seconds its too long", 'the clip was 50s its too long']);
  });
});
