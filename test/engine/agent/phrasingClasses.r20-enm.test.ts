import { table, nothing } from './phrasingTable';

/**
 * Round 20's held-out misses in English (its words left unread, or nothing read), each a class read in new wordings of
 * it (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: round 20 English misses → exact operations or nothing', () => {
  describe('a zero said as a word ("set them to zero", 调成零), and transitions complained of then asked of as "them"', () => {
    table([
      ['set the crossfades to zero', [{ op: 'crossfade', ms: 0 }]],
      ['转场调成零', [{ op: 'crossfade', ms: 0 }]],
      ['叠化设为零', [{ op: 'crossfade', ms: 0 }]],
      ['the transitions feel too slow, set them to zero', [{ op: 'crossfade', ms: 0 }]],
      ['the dissolves look dated, cut them', [{ op: 'crossfade', ms: 0 }]],
      // 零 before a fraction is a length under a second.
      ['转场调成零点五秒', [{ op: 'crossfade', ms: 500 }]],
    ]);
    nothing(['the crossfades look cheap', 'the transitions look cheap, keep them']);
  });

  describe('a sound of the recording named by its own noun ("choir sound in the video", "ocean sound from the video")', () => {
    table([
      ['birdsong in the footage to 30%', [{ op: 'set_source_volume', volume: 0.3 }]],
      ['river sounds in the video to 60%', [{ op: 'set_source_volume', volume: 0.6 }]],
      ['organ sound in the video to 100%, full volume', [{ op: 'set_source_volume', volume: 1 }]],
      // Named, then kept lower at a level said after.
      ['the traffic noise from the recording, keep it but quieter, 25%', [{ op: 'set_source_volume', volume: 0.25 }]],
      ['rain sound from the video, keep it but lower, 35%', [{ op: 'set_source_volume', volume: 0.35 }]],
    ]);
    // Kept lower with no level said is no level as recorded; a sound praised asks nothing.
    nothing(['ocean sound from the video, keep it but lower', 'the choir sound in the video is lovely']);
  });

  describe('idle stretches said as someone just standing or sitting there, and "speed those still bits up"', () => {
    table([
      ['speed up the bits where the baby is just sitting there, 5x', [{ op: 'speed_up_idle', factor: 5 }]],
      ["speed up the parts where the goats are just standing around, don't cut them", [{ op: 'speed_up_idle', factor: 4 }]],
      ['the cat sitting around takes ages, speed those still bits up', [{ op: 'speed_up_idle', factor: 4 }]],
      ['speed those loading screens up', [{ op: 'speed_up_idle', factor: 4 }]],
      ['speed the still parts up, 3x', [{ op: 'speed_up_idle', factor: 3 }]],
      // The stretches said again after "and" are one request.
      ['speed up the stretches where the dog is just sitting on the rug and nothing moves', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    // Around a thing is where they stand, no idleness: a shot named by what it shows.
    nothing(['remove the part where the dog is sitting', 'the cow is just standing there', 'cut the shot of the kids sitting around the campfire']);
  });

  describe('"use all of it" (as is): the whole recording kept', () => {
    table([
      ['just use it all', [{ op: 'keep_everything' }]],
      ['use all of it, no cuts', [{ op: 'keep_everything' }]],
      ['honestly, use all the footage as is', [{ op: 'keep_everything' }]],
    ]);
    nothing(["don't use all of it", 'use all of it?', 'no need to use all of it']);
  });

  describe('a request read by its part and ask, then a reason after a comma whose "not" refuses nothing', () => {
    table([
      ['delete the second one, the lighting is not right', [{ op: 'remove_moment', index: 2 }]],
      ['remove the third one, the kids are not in it', [{ op: 'remove_moment', index: 3 }]],
      ['speed up the second one, the dog is not moving', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
    ]);
    nothing(["don't remove the third one, it is not ready"]);
  });

  describe('a wish to think it over ("I want to rethink it") beside a request is why, no request', () => {
    table([
      ['start over, I want to rethink the order', [{ op: 'start_over' }]],
      ['clear the timeline, I need to reconsider', [{ op: 'start_over' }]],
      ['remove clip 2, I want to rethink it', [{ op: 'remove_moment', index: 2 }]],
    ]);
    nothing(['I want to rethink it']);
  });

  describe('a cry ("omg", "wow", "aww") before an aside says no more than it', () => {
    table([
      ['wow the sunset!! make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['aww the babies, add some music', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
    nothing(['omg the music is awful']);
  });

  describe('a request broken off ("…", "—") and taken back by a slip: what follows is what was meant', () => {
    table([
      ['add music... I mean, make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['trim the… sorry, delete the second clip', [{ op: 'remove_moment', index: 2 }]],
      ['slow down... I mean, speed the third clip up to 2x', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['加字幕……不对，删掉第二段', [{ op: 'remove_moment', index: 2 }]],
      // A value corrected after the break is still a correction.
      ['make it 30 seconds... no wait, 45', [{ op: 'compile_best_moments', target_ms: 45000 }]],
    ]);
    nothing(['Lengthen the...']);
  });

  describe('a request exclaimed in fragments ("music!!! loud!! like 80%!!") is one request', () => {
    table([
      // (The draft read against may have music: a level said of it is its level.)
      ['music. 50%.', [{ op: 'set_music_volume', volume: 0.5 }]],
      ['music!! quiet!! like 20%!!', [{ op: 'set_music_volume', volume: 0.2 }]],
      ['title! top!', [{ op: 'edit_text', position: 'top' }]],
    ]);
    nothing(['music? 80%', 'title! big!', 'music! later!', 'no! music!']);
  });

  describe('Québec French inside English ("juste", "pis"), and "use just the file X"', () => {
    table([
      ['use juste video-b.mov', [{ op: 'use_sources', files: ['video-b.mov'] }]],
      ['delete clip 1 pis export', [{ op: 'remove_moment', index: 1 }, { op: 'export', format: 'mp4' }]],
      ['use just the file take3.mp4, not the others', [{ op: 'use_sources', files: ['take3.mp4'] }]],
      ['use only the video lake.mov', [{ op: 'use_sources', files: ['lake.mov'] }]],
    ]);
    nothing(["don't use just the file lake.mov"]);
  });
});
