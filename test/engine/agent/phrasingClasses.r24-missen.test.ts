import { table, nothing } from './phrasingTable';

/**
 * Round 24's requests read as nothing at all (found by its helper, no bench lines): each a class, read in new wordings of
 * it (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: round 24 requests read as nothing → exact operations or nothing', () => {
  describe('the recording\'s sound named by the video ("the video volume") or by what makes it, said first ("engine noise to 20%"), its level "on half"', () => {
    table([
      ['lower the video volume to 40%', [{ op: 'set_source_volume', volume: 0.4 }]],
      ['set the vid volume to 30 percent', [{ op: 'set_source_volume', volume: 0.3 }]],
      ["the video's volume at 150%", [{ op: 'set_source_volume', volume: 1.5 }]],
      ['traffic noises down to 10%', [{ op: 'set_source_volume', volume: 0.1 }]],
      ['crowd noise at 30%', [{ op: 'set_source_volume', volume: 0.3 }]],
      ['put the original sound on a quarter', [{ op: 'set_source_volume', volume: 0.25 }]],
      ['the wind noise on half please', [{ op: 'set_source_volume', volume: 0.5 }]],
      // A complaint or praise of the sound beside the level is why.
      ['the drilling is too loud, put my voice on half', [{ op: 'set_source_volume', volume: 0.5 }]],
      // No figure: a step down.
      ['turn the video volume down', [{ op: 'set_source_volume', change: 'quieter' }]],
    ]);
    // A noise switched off or named without a level is cleaning, which the editor does not do; a complaint alone asks no way.
    nothing(['fan noise off', 'remove the engine noise', 'engine noise to the end', 'the video volume is too loud']);
  });

  describe('two words of thanks or praise in a row before the request ("tamam super, …")', () => {
    table([
      ['cool thanks, export it', [{ op: 'export', format: 'mp4' }]],
      ['ok great, now remove the second clip', [{ op: 'remove_moment', index: 2 }]],
      ['thanks great. make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['perfect thanks! add music', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['vale perfect, webm please', [{ op: 'export', format: 'webm' }]],
    ]);
    // Praise of a part is no thanks: what follows it is not read as asked of nothing.
    nothing(['nice music, keep it', 'great title']);
  });

  describe('slowing all of the video to a factor ("slow all video to 0.9")', () => {
    table([
      ['slow all the video to 0.9', [{ op: 'set_speed', factor: 0.9 }]],
      ['slow all videos to .8', [{ op: 'set_speed', factor: 0.8 }]],
      ['slow all the footage to 0.75', [{ op: 'set_speed', factor: 0.75 }]],
      ['slow everything to 0.6', [{ op: 'set_speed', factor: 0.6 }]],
      ['slow the whole recording to 0.85', [{ op: 'set_speed', factor: 0.85 }]],
      ['slow clip 2 to 0.5', [{ op: 'set_speed', factor: 0.5, index: 2 }]],
    ]);
    nothing(['the video is slow at 0.9', 'is the video slowed to 0.9?']);
  });

  describe('one upload chosen by its place, said with "only" after it and no verb ("the first video only")', () => {
    table([
      ['the first video only', [{ op: 'use_sources', files: ['1'] }]],
      ['the second video only please', [{ op: 'use_sources', files: ['2'] }]],
      ['the last recording only, not the others', [{ op: 'use_sources', files: ['last'] }]],
      ['hey, the second video only, not the first', [{ op: 'use_sources', files: ['2'] }]],
    ]);
    // "only" before what the upload does says what it is; a moment is no upload.
    nothing(['the second video only has sound', 'the first clip only']);
  });

  describe('what a part shows said after the request, with no verb ("Just me sweepin.")', () => {
    table([
      ['take out the last clip. only the dog sleeping', [{ op: 'remove_moment', index: 3 }]],
      ['remove clip 2, just the cat sleeping', [{ op: 'remove_moment', index: 2 }]],
      ['delete the third clip. only me talking', [{ op: 'remove_moment', index: 3 }]],
      ['Take the second clip out. Just me waitin.', [{ op: 'remove_moment', index: 2 }]],
      ['drop clip 1 - mostly us setting up', [{ op: 'remove_moment', index: 1 }]],
    ]);
    // Said alone, or with a request after it, it is not read.
    nothing(['just me talking', 'the second clip, just me waiting']);
  });

  describe('a clip of the "most <word>" moments, or the best ones of what they show, is of the best moments ("the most bellissimo moments")', () => {
    table([
      ['a 40 second cut of the most hilarious moments', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['make it 30 seconds, the strongest goal moments', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['make it 30 seconds with the most emotional speech moments', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['give me 50 seconds of the most bonito moments', [{ op: 'compile_best_moments', target_ms: 50000 }]],
      // Seconds said bare after the minutes, before what the clip is of, add up.
      ['I want a minute and twenty of the best moments', [{ op: 'compile_best_moments', target_ms: 80000 }]],
      ['2 minutes 30 of highlights', [{ op: 'compile_best_moments', target_ms: 150000 }]],
    ]);
    // The worst moments are no best ones; a moment judged the best asks for nothing.
    nothing(['remove the most boring moments', 'cut the most awkward moments', 'the most beautiful moment is clip 2']);
  });

  describe('"zom", a vowel left out of "zoom", is zoom', () => {
    table([
      ['zom in at 0:12', [{ op: 'zoom_at', start_ms: 12000, duration_ms: 3000 }]],
      ['zom in at 5 seconds when he smiles', [{ op: 'zoom_at', start_ms: 5000, duration_ms: 3000 }]],
      ['turn the zom off', [{ op: 'set_zoom', mode: 'off' }]],
      ['ozom in at 0:20', [{ op: 'zoom_at', start_ms: 20000, duration_ms: 3000 }]],
    ]);
    // Other short words are never guessed at.
    nothing(['zoo in at 0:12', 'the zoo scene, remove it']);
  });

  describe('the recording\'s sound named in the plural by what makes it ("the board sounds", "the street noises")', () => {
    table([
      ['keep the board sounds at full volume', [{ op: 'set_source_volume', volume: 1 }]],
      ['turn the bird sounds down to 20%', [{ op: 'set_source_volume', volume: 0.2 }]],
      ['the kitchen sounds to 30%', [{ op: 'set_source_volume', volume: 0.3 }]],
      ['reduce the traffic noises to 20%', [{ op: 'set_source_volume', volume: 0.2 }]],
      ['mute the street noises', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
    // "sounds" as a verb is no sound; noises taken out of the sound is cleaning, which the editor does not do.
    nothing(['the video sounds too loud', 'the title sounds weird', 'remove the street noises', 'remove the sound effects']);
  });
});
