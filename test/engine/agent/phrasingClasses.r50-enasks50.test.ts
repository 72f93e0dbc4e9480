import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 50's English asks (held-out 45's lines asked, left partly unread or unread): a moment wished to open or close
 * the video (said of the moment, of the video, or of a thing shown, its moment said apart; 让第三段开场, 用第一段收尾); two
 * moments said to change places, and a swap refused; pidgin's "make e" and "dey" before a verb; a text shown from one
 * point to another with a verb of coming ("appear from second 1 until second 5", "from the 1st to the 5th second"); the
 * sound from the camera is the recording's; how loud the music is, told against another sound, asks nothing; a second
 * file after "then" and a size; who or where the file is for, said alone; the edit tried again from its start.
 */
describe('edit agent: round 50 (enasks50) classes', () => {
  describe('a moment wished to open or close the video', () => {
    const first = (index: number) => [{ op: 'move_moment' as const, index, to: 1 }];
    const last = (index: number) => [{ op: 'move_moment' as const, index, to: 3 }];
    sure([
      ['the lanterns have to open the video, they are in the second clip', first(2)],
      ['the dog should start the video, it is in clip 3', first(3)],
      ['the sunset must close the video, they are in the first moment', last(1)],
      ['the second moment must open the video', first(2)],
      ['the third scene needs to start the video', first(3)],
      ['the video should open with the second moment', first(2)],
      ['I want the reel to start with clip 3', first(3)],
      ['the video must end with the first clip', last(1)],
      ['让第二段开场', first(2)],
      ['视频以第三段开头', first(3)],
      ['用第一段收尾', last(1)],
    ]);
    // A thing shown, its moment not said, or a moment that opens the video now, is no move; nor 第三段开头, its own start.
    notSure(['the lanterns have to open the video', 'the video opens with the second moment',
      'the second moment opens the video', '用第三段开头']);
    nothing(['the video should start with the title']);
  });

  describe('two moments said to change places', () => {
    sure([
      ['clip 2 and 3 change place', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['the first and second scenes should change places', [{ op: 'move_moment', index: 1, to: 2 }]],
      ['第二段第三段位置换一下', [{ op: 'move_moment', index: 2, to: 3 }]],
    ]);
    // A swap refused moves nothing.
    nothing(["clips 2 and 3 don't swap", "moment 1 and 2 shouldn't change places", '第一段和第三段不要换位置']);
  });

  describe("pidgin's 'make e' and 'dey' before a verb", () => {
    sure([
      ['the caption dey show too late, make e show from 1 to 4 seconds',
        [{ op: 'edit_text', start_ms: 1000, end_ms: 4000 }]],
      ['make e vertical', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
  });

  describe('a text shown from one point to another, with a verb of coming', () => {
    const shown = (start: number, end: number) => [{ op: 'edit_text' as const, start_ms: start, end_ms: end }];
    sure([
      ['the title should appear from second 2 until second 6', shown(2000, 6000)],
      ['let the title show up from 3s to 8s', shown(3000, 8000)],
      ['the title from the 2nd to the 6th second', shown(2000, 6000)],
      ['show the title from the first until the fourth second', shown(1000, 4000)],
    ]);
    // When it comes alone is still its start only.
    sure([['make the title appear at 0:04', [{ op: 'edit_text', start_ms: 4000 }]]]);
  });

  describe("the sound from the camera is the recording's", () => {
    sure([
      ['Ugh, the saw is so loud. Put the sound from the camera at 30%', [{ op: 'set_source_volume', volume: 0.3 }]],
      ['mute the audio from my phone', [{ op: 'set_source_volume', volume: 0 }]],
      ['turn the sound of the camera down to 50%', [{ op: 'set_source_volume', volume: 0.5 }]],
    ]);
  });

  describe('how loud the music is, told against another sound, asks nothing', () => {
    const quieter = [{ op: 'set_music_volume' as const, change: 'quieter' as const }];
    sure([
      ['The music is louder than the waves and the gulls. Please turn it down.', quieter],
      ["the music's louder than the engine, make it softer", quieter],
      ['the music is quieter than before, make it louder', [{ op: 'set_music_volume', change: 'louder' }]],
      // Louder than the speech it sits under is still a complaint.
      ['the music is louder than my voice', quieter],
      // Asked louder than another sound, it is turned up.
      ['make the music louder than the wind', [{ op: 'set_music_volume', change: 'louder' }]],
    ]);
    nothing(['the music is louder than the birds', 'the music is quieter than the crowd']);
  });

  describe("a second file after 'then' and a size", () => {
    const file = (resolution: '720p' | '1080p' | '4k', format: 'mp4' | 'gif' = 'mp4') =>
      ({ op: 'export' as const, format, resolution });
    sure([
      ['export it as mp4 in 4k, and then in 1080p for the website', [file('4k'), file('1080p')]],
      ['render a gif at 720p then 1080p', [file('720p', 'gif'), file('1080p', 'gif')]],
      ['Please export an MP4 at 1080p and then at 720p. Ke a leboha.', [file('1080p'), file('720p')]],
    ]);
    // A size taken back is still the one file.
    sure([['export at 1080p, no wait 720p', [file('720p')]]]);
  });

  describe('who or where the file is for, said alone', () => {
    sure([
      ['Export MP4, 1080p. For the gallery.', [{ op: 'export', format: 'mp4', resolution: '1080p' }]],
      ['make it square. For the school board.', [{ op: 'set_aspect', aspect: '1:1' }]],
      ['For the council, export an mp4', [{ op: 'export', format: 'mp4' }]],
    ]);
    // A part of the draft named so may ask of it.
    notSure(['Export MP4. For the intro.']);
  });

  describe('the edit tried again from its start', () => {
    sure([
      ['start over please, I want to try again from the beginning', [{ op: 'start_over' }]],
      ['try again from scratch', [{ op: 'start_over' }]],
    ]);
    // Something else tried again, or played again, is no start over.
    notSure(['play it again from the beginning', 'try again', 'undo, I want to do it again from the top']);
  });
});
