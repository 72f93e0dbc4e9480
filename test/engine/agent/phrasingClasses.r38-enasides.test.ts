import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 38, English remarks beside a request: what the user does, or what there is, in or out of another editor ("in
 * Premiere I ripple delete…", "I'd use Smart Reframe in Resolve", "the file came out of Premiere"), told and never asked
 * here, whatever its verbs (a wish to this editor or a figure in it keeps it unread); a go-ahead pointing at the request
 * ("do that here", "do your thing"); the recording's length told after it is named, or after it is told as recorded
 * ("Standup recording, 35 min.", "I filmed the rehearsal, 40 minutes"), never the clip's; a fill chosen by the name
 * other editors give it (Fill crops, Fit shows the whole picture with bars); idle stretches said to stay beside their
 * speed-up ("keep em"); a cry said twice (eh-eh, ay-ay-ay, uh-oh) before a statement. Own wordings (not the bench's lines),
 * against a draft of 3 moments and 1 text; and look-alikes that must change nothing, or stay unread or asked.
 */

const clip = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });

describe('edit agent: round 38, English remarks beside a request', () => {
  describe('what is done, or what there is, in or out of another editor', () => {
    sure([
      ['in Premiere I would just razor it there. cut 0:10 to 0:14', [{ op: 'cut_range', start_ms: 10_000, end_ms: 14_000 }]],
      ['In Final Cut I usually use the blade tool. Remove clip 2', [{ op: 'remove_moment', index: 2 }]],
      ['normally in CapCut we add auto captions. mute the original audio', [{ op: 'set_source_volume', volume: 0 }]],
      ['I always do this with Descript. remove the silences', [{ op: 'remove_dead_air' }]],
      ["I'd use the ken burns effect in iMovie. Make it square", [{ op: 'set_aspect', aspect: '1:1' }]],
      ['yo in DaVinci Resolve there is a smart reframe button. make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['The file came out of Premiere. export it as a gif', [{ op: 'export', format: 'gif' }]],
      ['this is an export from Filmora, make it 30 seconds', [clip(30)]],
      // Its verbs are the other editor's: no music added here.
      ["in Premiere I'd add music, make it vertical", [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    // A wish to this editor in it may be a request, and a figure in it may be asked here: unread.
    notSure(["in CapCut I'd like auto captions, can you add them here", 'in Premiere I cut 0:10 to 0:20, make it vertical']);
    nothing(["in Premiere I'd add music", 'in CapCut I always remove the silences', 'make it like in CapCut']);
  });

  describe('what is done in another editor, asked of this one by naming it ("here") in it or right after it', () => {
    sure([
      ['in Premiere I cut 0:05 to 0:09, can you do that here', [{ op: 'cut_range', start_ms: 5_000, end_ms: 9_000 }]],
      ["in Premiere I'd make it square, can you do that here", [{ op: 'set_aspect', aspect: '1:1' }]],
      ['in iMovie I would trim it... here just make me a 40 second cut', [clip(40)]],
      ['in Resolve I mute the audio, same here', [{ op: 'set_source_volume', volume: 0 }]],
      ['in Descript I remove the silences, do that in here', [{ op: 'remove_dead_air' }]],
    ]);
  });

  describe('a go-ahead pointing at the request beside it', () => {
    sure([
      ['remove the silences, do the same here', [{ op: 'remove_dead_air' }]],
      ['do your thing, make it 45 seconds', [clip(45)]],
      ['work your magic, make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['Do that here, remove clip 3', [{ op: 'remove_moment', index: 3 }]],
      ['make it 20 seconds, do ya thing', [clip(20)]],
    ]);
    nothing(['do that here', 'do your thing']);
  });

  describe('the recording\'s length told after it is named, or told as recorded', () => {
    sure([
      ['Team standup recording, 35 min. Make a 1 minute recap', [clip(60)]],
      ['time-lapse of the sunset, 3 hours off my camera. make it 20 seconds', [clip(20)]],
      ['I filmed the whole rehearsal, 40 minutes. give me a 2 minute version', [clip(120)]],
      ['we streamed the launch on Twitch, 3 hours. cut it to 5 minutes', [clip(300)]],
    ]);
    // Asked of the recording ("cut the recording, …"), or said with a "please", the length is the clip's.
    sure([['cut the recording, 2 minutes', [clip(120)]]]);
  });

  describe('a fill chosen by the name other editors give it', () => {
    sure([
      ['go with Fit', [{ op: 'set_fill', fill: 'letterbox' }]],
      ["I'd prefer the Fill option", [{ op: 'set_fill', fill: 'crop' }]],
      ['set it to Fit mode please', [{ op: 'set_fill', fill: 'letterbox' }]],
      ['vertical, go with Fill', [{ op: 'set_aspect', aspect: '9:16', fill: 'crop' }]],
      ['in CapCut there is Fit and Fill. I want Fit', [{ op: 'set_fill', fill: 'letterbox' }]],
    ]);
    nothing(['make it fit', 'does it fit?']);
  });

  describe('idle stretches said to stay beside their speed-up', () => {
    sure([
      ['speed up the idle parts 6x, keep em', [{ op: 'speed_up_idle', factor: 6 }]],
      ['speed up the dead bits 3x, keep them though', [{ op: 'speed_up_idle', factor: 3 }]],
    ]);
    // Beside a removal of them, keeping them contradicts it: unread.
    notSure(['remove the silences, keep them']);
    nothing(['keep em']);
  });

  describe('a cry said twice before a statement', () => {
    sure([
      ['ay-ay-ay the dog barking the whole time, mute the original audio', [{ op: 'set_source_volume', volume: 0 }]],
      ['eh-eh the fan is so loud, mute the original audio', [{ op: 'set_source_volume', volume: 0 }]],
      ['uh-oh the music is too loud, set the music to 20%', [{ op: 'set_music_volume', volume: 0.2 }]],
    ]);
  });
});
