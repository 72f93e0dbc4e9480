import { table, nothing } from './phrasingTable';

/**
 * The phrasing classes held-out 17b (English) left unread: each case asserts the exact operations (against a draft of
 * 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: phrasing classes held-out 17b (English) left unread', () => {
  describe('a level said as a bare share right after the sound it is of ("make the video sound half", "music a quarter")', () => {
    table([
      ['video sound half pls', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['the traffic is too loud, make the video sound half', [{ op: 'set_source_volume', volume: 0.5 }]],
      ['can you put the original audio a quarter pls', [{ op: 'set_source_volume', volume: 0.25 }]],
      ['make the music half', [{ op: 'set_music_volume', volume: 0.5 }]],
      ['turn the background music a third please', [{ op: 'set_music_volume', volume: 0.33 }]],
      ['and the game audio half then', [{ op: 'set_source_volume', volume: 0.5 }]],
    ]);
    nothing(['the video sound is half', 'music half way through', 'video sound half the time?']);
  });

  describe('one upload chosen by its place, "only" said after it or "just"/"pick"/"go with" before it', () => {
    table([
      ['second file only', [{ op: 'use_sources', files: ['2'] }]],
      ['the last recording only please', [{ op: 'use_sources', files: ['last'] }]],
      ['pick the first upload only, the other one is blurry', [{ op: 'use_sources', files: ['1'] }]],
      ['just the third file', [{ op: 'use_sources', files: ['3'] }]],
      ['go with the second upload', [{ op: 'use_sources', files: ['2'] }]],
      ['take the latest recording please', [{ op: 'use_sources', files: ['last'] }]],
    ]);
    nothing(['the first file only has noise', 'the second clip only', 'was the second upload the drone one?']);
  });

  describe('an interjection or a "sorry" typed without its comma before the request ("ah undo that", "sorry remove the music")', () => {
    table([
      ['ah undo that step', [{ op: 'undo' }]],
      ['ahh sorry go back one step', [{ op: 'undo' }]],
      ['oh export it as a gif', [{ op: 'export', format: 'gif' }]],
      ['sorry remove the music', [{ op: 'remove_music' }]],
      ['oops sorry undo the last one, put it back', [{ op: 'undo' }]],
    ]);
    nothing(['ah', 'oh well', 'oh I like that', 'sorry for the trouble', 'sorry about the long video', 'sorry if the recording is bad']);
  });

  describe('"what all", "which all" asking what (as said in India)', () => {
    table([
      ['which all tracks do we have now', [{ op: 'show_tracks' }]],
      ['pls tell me what all tracks are on the timeline', [{ op: 'show_tracks' }]],
      ['show me what all tracks are there', [{ op: 'show_tracks' }]],
    ]);
    nothing(['what all did you think of it', 'what all of the music is left?']);
  });

  describe('the file named with its format and no verb ("the file as a MOV", "gif for the group chat")', () => {
    table([
      ['the file as a webm please', [{ op: 'export', format: 'webm' }]],
      ['and the video as a gif for my sister', [{ op: 'export', format: 'gif' }]],
      ['the final cut in mov, if you would', [{ op: 'export', format: 'mov' }]],
      ['my file in mp4 now', [{ op: 'export', format: 'mp4' }]],
      ['gif for the team chat please', [{ op: 'export', format: 'gif' }]],
    ]);
    nothing(['the file in mp4 is too big', 'the clip as a gif looks weird', 'gif for the intro?']);
  });

  describe('thanks said in another language before the request ("děkuji, …", "Gracias!", "terima kasih")', () => {
    table([
      ['dekuji, now export it', [{ op: 'export', format: 'mp4' }]],
      ['Gracias! now make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['danke schön. remove the music', [{ op: 'remove_music' }]],
      ['terima kasih, undo it', [{ op: 'undo' }]],
      ['köszönöm! 720p export please', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
    ]);
    nothing(['gracias', 'merci!', 'dziękuję.']);
  });

  describe('a moment named first, then asked of as "that" or "this", or after a dash ("… is the choir — might we have that first?")', () => {
    table([
      ['the first clip is the finale, could we have that last?', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['the first clip is the intro walk — put it last', [{ op: 'move_moment', index: 1, to: 3 }]],
      ['the second part is the tasting - can we have this first', [{ op: 'move_moment', index: 2, to: 1 }]],
      ['the second clip is the drone shot — may we slow that down to half speed?', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
      ['the first clip is the welding, might you speed that up 2x', [{ op: 'set_speed', factor: 2, index: 1 }]],
    ]);
    nothing(["the second clip is the choir, that's lovely", 'the first clip is the intro — nice, right?']);
  });

  describe('a length "less" said of a moment ("two seconds less", "3s less"): that much shorter', () => {
    table([
      ['the first clip, three seconds less', [{ op: 'trim_moment', index: 1, by_ms: 3000 }]],
      ['clip 2 4s less pls', [{ op: 'trim_moment', index: 2, by_ms: 4000 }]],
      ['the third clip drags, make it 5 seconds less', [{ op: 'trim_moment', index: 3, by_ms: 5000 }]],
      ['hmm, the second bit is long, maybe two secs less', [{ op: 'trim_moment', index: 2, by_ms: 2000 }]],
    ]);
    nothing(['the second clip, less than 5 seconds', 'clip 2 is two seconds less than clip 3']);
  });

  describe('a closing "is that okay?" or "would that work?" after a request', () => {
    table([
      ['remove the music, is that ok?', [{ op: 'remove_music' }]],
      ['make it square. Would that work?', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['export a gif, is that possible?', [{ op: 'export', format: 'gif' }]],
      ['undo the last step. Will that be alright?', [{ op: 'undo' }]],
    ]);
    nothing(['is that okay?', 'would that work?', 'is it possible to get 8k?']);
  });

  describe('a word of feeling beside a request ("Do forgive me", "shame the kettle is so loud", "it\'s the whole point"), a reason for two files', () => {
    table([
      ["please forgive me, I'm not good with computers. Make it vertical", [{ op: 'set_aspect', aspect: '9:16' }]],
      ['such a shame the wind is so loud, video sound to 30%', [{ op: 'set_source_volume', volume: 0.3 }]],
      ["Keep the original sound at 100%. That's the whole point, it's a guitar demo.", [{ op: 'set_source_volume', volume: 1 }]],
      ['export it, then remove the music and export again, I want to compare them side by side',
        [{ op: 'export', format: 'mp4' }, { op: 'remove_music' }, { op: 'export', format: 'mp4' }]],
      ['pity about the hum, mute the recording', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
    nothing(['forgive us', 'what a shame', 'I want to compare both']);
  });

  describe('"list them" after asking what the tracks are', () => {
    table([
      ["What's on the timeline? just list them", [{ op: 'show_tracks' }]],
      ['which tracks are there, list them out please', [{ op: 'show_tracks' }]],
    ]);
    nothing(['make a list of them?']);
  });

  describe('when the file is passed on said after the export ("…, send to parents later"): no export put off', () => {
    table([
      ['export it in 1080p, sending to the client later', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['gif export please, will share it to the group later', [{ op: 'export', format: 'gif' }]],
      ['make it vertical and export, show it to my boss later', [{ op: 'set_aspect', aspect: '9:16' }, { op: 'export', format: 'mp4' }]],
    ]);
    nothing(['export it later', "I'll export it tomorrow"]);
  });

  describe('"back" alone, or "back again", as a step back', () => {
    table([
      ['back pls', [{ op: 'undo' }]],
      ['oops, back one step', [{ op: 'undo' }]],
      ['just back please', [{ op: 'undo' }]],
      ['undo. back again', [{ op: 'undo' }, { op: 'undo' }]],
      ['that was wrong, back pls', [{ op: 'undo' }]],
    ]);
    nothing(['back to the start?', 'the back part is boring', 'back in a minute!', 'the title, back please']);
  });

  describe('a slower speed by a bare figure, the moment said again by its place between ("slow the press run, the third clip, to 0.75")', () => {
    table([
      ['slow the plating bit, clip 1, down to 0.6', [{ op: 'set_speed', factor: 0.6, index: 1 }]],
      ['slow the drone shot, the second one, to 0.8', [{ op: 'set_speed', factor: 0.8, index: 2 }]],
      ['please slow the demo part, the third clip, to .5', [{ op: 'set_speed', factor: 0.5, index: 3 }]],
    ]);
    nothing(['the press run, the third clip, was slow at 0.75']);
  });
});
