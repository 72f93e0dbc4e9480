import { table, nothing } from './phrasingTable';

/**
 * Round 23's wrong edits in English (new wordings of each way of asking, no bench lines): each a class, read against a
 * draft of 3 moments and 1 text, and the look-alikes that must change nothing.
 */

const MUSIC = { op: 'add_music', track: 'lofi', volume: 0.35, duck: true } as const;
const QUIETER = { op: 'set_music_volume', change: 'quieter' } as const;
const LOUDER = { op: 'set_music_volume', change: 'louder' } as const;

describe('edit agent: round 23 English wrong edits → exact operations or nothing', () => {
  describe('a stretch named by the silence in it ("where nobody talks") is a quiet stretch: sped up as the idle ones, or cut as dead air', () => {
    table([
      ['the stretches where I\'m not speaking, play them at 4x', [{ op: 'speed_up_idle', factor: 4 }]],
      ['when no one is talking, speed it up 3 times', [{ op: 'speed_up_idle', factor: 3 }]],
      ['the bits where nobody says a word, make them 2x', [{ op: 'speed_up_idle', factor: 2 }]],
      ['where we don\'t talk, fast forward 5x', [{ op: 'speed_up_idle', factor: 5 }]],
      ['the part where the dog just lies there and nobody speaks, speed that up 6x, don\'t cut it out', [{ op: 'speed_up_idle', factor: 6 }]],
      ['cut the parts where nobody talks', [{ op: 'remove_dead_air' }]],
      ['remove the bits where no one says anything', [{ op: 'remove_dead_air' }]],
      // A speed said alone, with no stretch named, is the whole video's.
      ['speed it up 3 times', [{ op: 'set_speed', factor: 3 }]],
    ]);
    nothing(['where nobody talks, it is fine', 'the part where nobody talks is the best', "don't cut the parts where nobody talks"]);
  });
  describe('two files told apart by their sizes ("mp4 in 4K and a 720p one"), or by size then format under a verb of handing over ("give me that file in 4k and a gif"), are two exports', () => {
    table([
      ['export a 4k mp4 and a 720p one for my phone', [{ op: 'export', format: 'mp4', resolution: '4k' }, { op: 'export', format: 'mp4', resolution: '720p' }]],
      ['render a webm at 1080p and a 720p one', [{ op: 'export', format: 'webm', resolution: '1080p' }, { op: 'export', format: 'webm', resolution: '720p' }]],
      ['export in 1080p and 720p', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'mp4', resolution: '720p' }]],
      ['save it in 4k and also a 1080p copy', [{ op: 'export', format: 'mp4', resolution: '4k' }, { op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['export a webm in 1080p, plus a 720p version for mobile', [{ op: 'export', format: 'webm', resolution: '1080p' }, { op: 'export', format: 'webm', resolution: '720p' }]],
      ['send me that file in 1080p and a gif', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'gif' }]],
      ['give me that video in 720p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['email me the video in 4k and a webm', [{ op: 'export', format: 'mp4', resolution: '4k' }, { op: 'export', format: 'webm' }]],
      ['give me the file in 4k and make the music louder', [{ op: 'export', format: 'mp4', resolution: '4k' }, { op: 'set_music_volume', change: 'louder' }]],
      ['export it in 1080p, a webm please', [{ op: 'export', format: 'webm', resolution: '1080p' }]],
      // One size said again, or said of the one file, is one file.
      ['export it at 4k, a 4k one', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['export it, a 720p one please', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ['set it to 4k and export in 4k', [{ op: 'set_resolution', resolution: '4k' }, { op: 'export', format: 'mp4', resolution: '4k' }]],
    ]);
  });
  describe('music added with its bed or file named, then "but quieter" / ", and a bit louder": the music added, then its level changed', () => {
    table([
      ['add lofi music, quieter', [MUSIC, QUIETER]],
      ['add the upbeat music but a little louder', [{ ...MUSIC, track: 'upbeat' }, LOUDER]],
      ['put on my track song.mp3 but a little louder', [{ ...MUSIC, track: 'song.mp3' }, LOUDER]],
      ['add some upbeat music, then turn it down a bit', [{ ...MUSIC, track: 'upbeat' }, QUIETER]],
      ['add music, the file intro-theme.mp3, and a touch quieter', [{ ...MUSIC, track: 'intro-theme.mp3' }, QUIETER]],
      // A level said with the bed is the new music's; the voice made louder is no change of the music.
      ['add lofi music at 20%, quieter than the voice', [{ ...MUSIC, volume: 0.2 }]],
      ['add the lofi music, but the voice louder', [MUSIC]],
      ['add music but don\'t make it louder', [MUSIC]],
      // Quieter where someone speaks is the ducking the music has already.
      ['add lofi music, quieter when the host talks', [MUSIC]],
    ]);
  });
  describe('the zoom named, then how much of it said alone after a pause ("the camera zoom, a bit less please"): less or more of the zoom, not the zoom switched on', () => {
    table([
      ['the zoom, a bit more', [{ op: 'set_zoom', mode: 'more' }]],
      ['the zoom, more please', [{ op: 'set_zoom', mode: 'more' }]],
      ['the auto zoom - a lot less', [{ op: 'set_zoom', mode: 'less' }]],
      ['zooming, way less', [{ op: 'set_zoom', mode: 'less' }]],
      ['hmm, the camera zoom, a little less than now', [{ op: 'set_zoom', mode: 'less' }]],
      // A degree said of something else after the zoom is that thing's.
      ['auto zoom, more music please', [{ op: 'set_zoom', mode: 'auto' }, MUSIC]],
    ]);
  });
  describe('a part said to need no change ("no changes to the speed are requested", "the music needs no change") asks nothing of it', () => {
    table([
      ['no changes to the music are needed, but make clip 2 faster', [{ op: 'set_speed', factor: 1.5, index: 2 }]],
      ['no changes to the zoom; export it', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['no changes to the speed', 'no change to the music', 'nothing needs changing on the speed', 'the speed needs no change',
      'the intro card requires no edits', 'no more changes to the music please', 'make no changes to the speed']);
  });

  describe('a part refused beside the draft approved as it stands ("no intro card, it\'s good as it is") is one not to add, no removal', () => {
    table([
      ['remove the intro card, the rest is fine as it is', [{ op: 'remove_card', card: 'intro' }]],
    ]);
    nothing(['no intro card, it\'s good as it is', 'no music please, it\'s fine the way it is', 'no background, the video is perfect as is',
      'no outro, it\'s great as is']);
  });
  describe('the history stepped in formal words: "restore the previous state" is an undo, "reinstate it" / "reapply the change" a redo', () => {
    table([
      ['undo the last edit and then reapply it', [{ op: 'undo' }, { op: 'redo' }]],
      ['restore the previous version', [{ op: 'undo' }]],
      ['restore my earlier state, then show the tracks', [{ op: 'undo' }, { op: 'show_tracks' }]],
      ['undo that, then reinstate the change', [{ op: 'undo' }, { op: 'redo' }]],
      ['reapply the last change', [{ op: 'redo' }]],
    ]);
    nothing(['reapply the blur', 'reinstate the intro card', 'restore the music']);
  });
  describe('a moment named after "and", then acted on past a comma ("…, and the third, make it 6 seconds"): the topic of the verb after it', () => {
    table([
      ['trim the first clip by 4 seconds, and the third, make it 6 seconds', [{ op: 'trim_moment', index: 1, by_ms: 4000 }, { op: 'trim_moment', index: 3, to_ms: 6000 }]],
      ['speed up clip 1, and the second one, remove it', [{ op: 'set_speed', factor: 1.5, index: 1 }, { op: 'remove_moment', index: 2 }]],
      ['slow down clip 1 and the last one, speed it up', [{ op: 'set_speed', factor: 0.75, index: 1 }, { op: 'set_speed', factor: 1.5, index: 3 }]],
      ['cut clip 2 to 5 seconds an the last clip, make it 4 seconds', [{ op: 'trim_moment', index: 2, to_ms: 5000 }, { op: 'trim_moment', index: 3, to_ms: 4000 }]],
      // A list of moments under one verb is each of them.
      ['trim clip 1 and the third clip, and export it', [{ op: 'trim_moment', index: 1, by_ms: 2000 }, { op: 'trim_moment', index: 3, by_ms: 2000 }, { op: 'export', format: 'mp4' }]],
    ]);
  });
  describe('a length said of each of two things listed ("…, 3 seconds each") is the length of both', () => {
    table([
      ['add an intro card \'Hi\' and an outro card \'Bye\', 3 seconds each', [{ op: 'add_card', card: 'intro', text: 'Hi', duration_ms: 3000 }, { op: 'add_card', card: 'outro', text: 'Bye', duration_ms: 3000 }]],
      ['put an opening card "Welcome" and a closing card "See you", 4 secs both', [{ op: 'add_card', card: 'intro', text: 'Welcome', duration_ms: 4000 }, { op: 'add_card', card: 'outro', text: 'See you', duration_ms: 4000 }]],
      // A length with no "each" is the last one's alone.
      ['add an intro card \'Hi\' and an outro card \'Bye\', 3 seconds', [{ op: 'add_card', card: 'intro', text: 'Hi', duration_ms: 2000 }, { op: 'add_card', card: 'outro', text: 'Bye', duration_ms: 3000 }]],
    ]);
  });

  describe('a fill said before the shape ("black bars, 9:16", "letterbox it, vertical") is the one the shape is made with', () => {
    table([
      ['black bars, 9:16', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['letterbox it, vertical', [{ op: 'set_aspect', aspect: '9:16', fill: 'letterbox' }]],
      ['blur the sides, make it 9:16', [{ op: 'set_aspect', aspect: '9:16', fill: 'blur' }]],
      ['I want blur not bars, square please', [{ op: 'set_aspect', aspect: '1:1', fill: 'blur' }]],
      // A file made between them keeps them apart.
      ['use blur, then export, then make it square', [{ op: 'set_fill', fill: 'blur' }, { op: 'export', format: 'mp4' }, { op: 'set_aspect', aspect: '1:1' }]],
    ]);
  });

  describe('music lowered "when I\'m talking" is its ducking, no removal of the stretches where the user talks', () => {
    table([
      ['put some music under it, default is fine, but have it drop when I\'m talking', [MUSIC]],
      ['add music and have it drop when I\'m talking', [MUSIC]],
      // Where the user is not talking is the dead air.
      ['cut the parts where I\'m not talking', [{ op: 'remove_dead_air' }]],
      ['remove the bits when we are not speaking', [{ op: 'remove_dead_air' }]],
      ['cut where nobody is talking', [{ op: 'remove_dead_air' }]],
    ]);
  });

  describe('words spelled as said (a dropped g: "zoomin", "droppin"; Scots "jist", "lang") read as written out', () => {
    table([
      ['turn off that zoomin', [{ op: 'set_zoom', mode: 'off' }]],
      ['the zoomin is too much', [{ op: 'set_zoom', mode: 'less' }]],
      ['make the third clip jist 5 seconds lang', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
    ]);
  });
  describe('an export said to wait for later or for someone else ("the export will follow once the buyer signs") is none now', () => {
    table([
      ['make it 1080p; the export will come later', [{ op: 'set_resolution', resolution: '1080p' }]],
      ['set it to 4k, export after the client signs off', [{ op: 'set_resolution', resolution: '4k' }]],
      ['vertical please. the render can wait', [{ op: 'set_aspect', aspect: '9:16' }]],
      // An export after the editor's own step is an export now.
      ['export after you add the music', [{ op: 'export', format: 'mp4' }]],
      ['export when it\'s done', [{ op: 'export', format: 'mp4' }]],
    ]);
    nothing(['the export will follow once my boss approves', 'export it once the client confirms']);
  });

  describe('cuts timed to the music\'s beat ("make the beat sync with the cuts", "cut on the beat") are no edit made here, no music added', () => {
    nothing(['can you sync the music beat with the cuts', 'cut on the beat', 'time the cuts to the rhythm of the song',
      'could the cuts line up with the beats of my track?', 'beat-sync the edit']);
    table([
      ['add some upbeat music', [{ ...MUSIC, track: 'upbeat' }]],
    ]);
  });
});
