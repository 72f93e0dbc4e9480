import { table, nothing } from './phrasingTable';

/**
 * Round 24's ways of asking that were asked about first or edited wrong (found on the English lines of held-out 23 and
 * 24): each a class, read in new wordings of it (against a draft of 3 moments and 1 text), and the look-alikes that
 * must be read otherwise or change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;

describe('edit agent: round 24 (askeden) → exact operations or nothing', () => {
  describe('a figure said digit by digit before its unit ("three zero seconds", "six zero percent") is that figure', () => {
    table([
      ['cut it to three zero seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['best moments, six zero seconds', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['make clip 2 one five seconds long', [{ op: 'trim_moment', index: 2, to_ms: 15000 }]],
      ['music level four five percent', [{ op: 'set_music_volume', volume: 0.45 }]],
      ['set the original audio to eight zero percent', [{ op: 'set_source_volume', volume: 0.8 }]],
      // A moment's number, then a length, is no figure said digit by digit.
      ['make clip two three seconds long', [{ op: 'trim_moment', index: 2, to_ms: 3000 }]],
      ['trim clip two three seconds', [{ op: 'trim_moment', index: 2, by_ms: 3000 }]],
    ]);
  });

  describe('music put "at" a bare figure, said last ("put the lofi on at 50"), is at that level out of a hundred', () => {
    table([
      ['add music at 40', [{ ...MUSIC, volume: 0.4 }]],
      ['put the lofi on at 25', [{ ...MUSIC, volume: 0.25 }]],
      ['throw some upbeat music in at 60', [{ ...MUSIC, track: 'upbeat', volume: 0.6 }]],
      ['add my song beat.mp3 at 30', [{ ...MUSIC, track: 'beat.mp3', volume: 0.3 }]],
    ]);
    // A point in time the music starts at is no level, nor one digit (maybe an hour).
    nothing(['start the music at 50', 'the music should come in at 50', 'music at 5']);
  });

  describe('a file of the user\'s named as the music, its ducking refused, is that music added unducked', () => {
    table([
      ['add beat.mp3 as background music with no ducking', [{ ...MUSIC, track: 'beat.mp3', duck: false }]],
      ['use my track song.mp3, no ducking', [{ ...MUSIC, track: 'song.mp3', duck: false }]],
      ['put intro.wav under it without ducking', [{ ...MUSIC, track: 'intro.wav', duck: false }]],
      ['my tune is fiddle.mp3, add it, no ducking please', [{ ...MUSIC, track: 'fiddle.mp3', duck: false }]],
      // No file named: the ducking alone.
      ['turn the ducking off', [{ op: 'set_ducking', duck: false }]],
    ]);
  });

  describe('asked to be told a thing ("can you tell me the wind speed in the video") changes nothing', () => {
    nothing(['can you tell me the wind speed in the video', 'can you tell me the speed of the car', 'tell me the length of the video',
      'let me know the resolution', 'tell us the music volume', 'please tell me what the zoom does']);
    // Told after a request: the request is read.
    table([['export it and let me know', [{ op: 'export', format: 'mp4' }]]]);
  });

  describe('a moment named by what it shows, then by its place alone ("the camel clip is the first"), is that moment', () => {
    table([
      ['the camel milking clip is the second, make it go 2 times faster', [{ op: 'set_speed', factor: 2, index: 2 }]],
      ['the dog clip is the second, cut it', [{ op: 'remove_moment', index: 2 }]],
      ['the interview bit is the first, trim it to 5 seconds', [{ op: 'trim_moment', index: 1, to_ms: 5000 }]],
      ['the boat scene is the third, make it 2x', [{ op: 'set_speed', factor: 2, index: 3 }]],
      ['the sunset clip is the last, slow it down', [{ op: 'set_speed', factor: 0.75, index: 3 }]],
    ]);
    // A judgement is no place.
    nothing(['the intro is the worst, cut it']);
  });

  describe('an oath or an exclamation opening the request ("wallahi …", "abeg …", "bloody oath, …") asks nothing', () => {
    table([
      ['wallahi the music is too loud, turn it down', [{ op: 'set_music_volume', change: 'quieter' }]],
      ['abeg make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['strewth the zoom is too much, turn it off', [{ op: 'set_zoom', mode: 'off' }]],
      ['bloody oath, export it as a webm', [{ op: 'export', format: 'webm' }]],
      ['oya add some lofi', [MUSIC]],
      // "Please" in another tongue, before a pause, opens the request the same way.
      ['por favor, add some music at 30% with no ducking', [{ ...MUSIC, volume: 0.3, duck: false }]],
      ['bitte, make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ["s'il vous plaît, export a webm", [{ op: 'export', format: 'webm' }]],
    ]);
  });

  describe('a thanks said right after a figure, no comma between ("… 1080 thanks"), asks nothing', () => {
    table([
      ['export it. 720 thanks', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['make it 30 seconds thanks', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['music at 40% thanks', [{ op: 'set_music_volume', volume: 0.4 }]],
      // The words of a title keep their thanks.
      ['add a title saying 2024 thanks', [{ op: 'add_text', text: '2024 thanks', style: 'title' }]],
    ]);
  });

  describe('one fade said of the music and the picture together ("fade the music and the video out") fades each', () => {
    table([
      ['fade out the music and the video at the end', [{ op: 'fade', target: 'music', out_ms: 1000 }, { op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['fade the music and the video out over 3 seconds', [{ op: 'fade', target: 'music', out_ms: 3000 }, { op: 'fade', target: 'clip', out_ms: 3000 }]],
      ['fade out both the music and the picture', [{ op: 'fade', target: 'music', out_ms: 1000 }, { op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['fade the video and the music out, 2 seconds each', [{ op: 'fade', target: 'music', out_ms: 2000 }, { op: 'fade', target: 'clip', out_ms: 2000 }]],
      ['fade in the music and the picture, 2 seconds', [{ op: 'fade', target: 'music', in_ms: 2000 }, { op: 'fade', target: 'clip', in_ms: 2000 }]],
      // The music alone, the picture kept as it is.
      ['fade the music out, keep the video as it is', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
      ['fade the music out and save it as a mov', [{ op: 'fade', target: 'music', out_ms: 1000 }, { op: 'export', format: 'mov' }]],
    ]);
  });

  describe('a bound on the clip\'s length ("needs to be under a minute"), beside a length asked within it, is why', () => {
    table([
      ['needs to be under a minute. make it 50 seconds', [{ op: 'compile_best_moments', target_ms: 50000 }]],
      ['keep it within two minutes, cut it to 100 seconds', [{ op: 'compile_best_moments', target_ms: 100000 }]],
      ['it must be below 90 seconds, make it 75 seconds', [{ op: 'compile_best_moments', target_ms: 75000 }]],
      ['shorter than a minute, make it 40 seconds', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      // The bound is the clip asked when nothing shorter is.
      ['the video runs long, keep it within two minutes', [{ op: 'compile_best_moments', target_ms: 120000 }]],
      // The bound said alone is the clip asked.
      ['make it under 45 seconds', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['under a minute please', [{ op: 'compile_best_moments', target_ms: 60000 }]],
    ]);
  });

  describe('a file in a format produced or generated ("produce a GIF of the result") is the export', () => {
    table([
      ['produce a gif', [{ op: 'export', format: 'gif' }]],
      ['generate an mp4 of it', [{ op: 'export', format: 'mp4' }]],
      ['remove clip 3, then produce a webm', [{ op: 'remove_moment', index: 3 }, { op: 'export', format: 'webm' }]],
      ['cut clip 1, add a 1 second crossfade, and generate a mov of the result', [{ op: 'remove_moment', index: 1 }, { op: 'crossfade', ms: 1000 }, { op: 'export', format: 'mov' }]],
    ]);
  });

  describe('the shape the recording has, said as what is ("the video is landscape"), beside a shape asked, is no request', () => {
    table([
      ['the video is landscape, make it vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['my footage is vertical, I need it square', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['the recording was portrait, make it landscape', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['make it vertical, the video is landscape right now', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['video is landscape, I want it tall for tiktok', [{ op: 'set_aspect', aspect: '9:16' }]],
      // Said alone, or as what is to be, it is the shape asked.
      ['the video is to be square', [{ op: 'set_aspect', aspect: '1:1' }]],
    ]);
  });
});
