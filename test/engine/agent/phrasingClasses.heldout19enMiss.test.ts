import type { EditOp } from '../../../src/protocol';
import { nothing, table } from './phrasingTable';

/**
 * Classes of English asking the grammar left unread in held-out 19 (session 19), each in other wordings than the
 * bench's, with look-alikes that ask nothing (against a draft of 3 moments and 1 text).
 */

const undo: EditOp = { op: 'undo' };
const showTracks: EditOp = { op: 'show_tracks' };
const mute: EditOp = { op: 'set_source_volume', volume: 0 };
const clip = (seconds: number): EditOp => ({ op: 'compile_best_moments', target_ms: seconds * 1000 });
const vertical: EditOp = { op: 'set_aspect', aspect: '9:16' };
const uses = (...files: string[]): EditOp => ({ op: 'use_sources', files });

describe('edit agent: held-out 19 English misses, read by class', () => {
  describe('a greeting or a word to the room ("namaste", "ladies and gents", "copy") before a request, asked as a question too', () => {
    table([
      ['namaste 🙏 could you make it a 30 second clip?', [clip(30)]],
      ['Namaste ji, can we make it vertical?', [vertical]],
      ['good evening 🌙 can you mute the video?', [mute]],
      ['Ladies and gents — make it vertical!', [vertical]],
      ['ladies & gents, 40 second cut please', [clip(40)]],
      ['copy that, mute the video', [mute]],
      ['Copy. 40 second cut please', [clip(40)]],
    ]);
    nothing(['copy the title', 'ladies and gents, what do you think?', 'namaste']);
  });

  describe('the last edit struck or scratched ("strike that last edit") is an undo', () => {
    table([
      ['strike the previous change', [undo]],
      ['please strike my last edit', [undo]],
      ['could you scratch that last change?', [undo]],
      ['Strike the most recent edit, it was a mistake', [undo]],
    ]);
    nothing(['strike through the title']);
  });

  describe('a readout or breakdown of the tracks shows them', () => {
    table([
      ['give me a breakdown of the tracks', [showTracks]],
      ['a quick readout of the timeline please', [showTracks]],
      ["I'd like a track breakdown", [showTracks]],
      ['requesting a breakdown of all the tracks', [showTracks]],
      ['can I get a readout of every track?', [showTracks]],
    ]);
    nothing(['the readout was wrong']);
  });

  describe('"the camera\'s own sound": the sound a device recorded is the footage\'s', () => {
    table([
      ["mute the camera's own sound", [mute]],
      ["turn down the phone's own audio to 20%", [{ op: 'set_source_volume', volume: 0.2 }]],
      ["the GoPro's own sound off please", [mute]],
      ["switch the camera's own audio off completely; the wind ruined it", [mute]],
    ]);
    nothing(["the camera's own sound is great"]);
  });

  describe('the most salient, notable or standout moments are the best ones; where they are, said, asks nothing', () => {
    table([
      ['a 45 second edit of the most notable moments', [clip(45)]],
      ['give me the standout moments in 30 seconds', [clip(30)]],
      ['pull the significant parts into a one minute clip', [clip(60)]],
      ['cut it down to the most compelling bits, 40s', [clip(40)]],
    ]);
    nothing(['the notable parts are at the end', 'the important parts are at the end']);
  });

  describe('an upload named by when it was uploaded ("the second thing I uploaded") or used alone', () => {
    table([
      ['use the second thing I uploaded', [uses('2')]],
      ['just go with the last video I uploaded', [uses('last')]],
      ["stick with the first one we uploaded, it's cleaner", [uses('1')]],
      ['only keep the latest thing i uploaded', [uses('last')]],
      ['work off demo_final.mov alone', [uses('demo_final.mov')]],
      ['Use take3.mp4 alone please', [uses('take3.mp4')]],
    ]);
    nothing(['I uploaded the first thing yesterday']);
  });

  describe('what the other uploads are, said beside the one used, is why they are left out', () => {
    table([
      ["let's stick to screen-2.webm alone; the other file is out of date", [uses('screen-2.webm')]],
      ['use only b.mov; the other recording was a test', [uses('b.mov')]],
      ['just cam1.mp4 please; the other ones are shaky', [uses('cam1.mp4')]],
    ]);
  });

  describe('"the second one" used, beside an upload named by its place, is that upload (the reason before or after)', () => {
    table([
      ['only use the second one, the first upload has my email in it', [uses('2')]],
      ['the first recording is a dry run, so just use the second one', [uses('2')]],
      ['the third upload was a mistake. only use the first one', [uses('1')]],
      ['my last video has the wrong logo; use only the first one', [uses('1')]],
    ]);
    nothing(['the intro is dull, only use the second one', 'the video is long, just use the last one']);
  });

  describe('the line the user is on ("sat link slow", "wifi is bad") said beside a request asks nothing more', () => {
    table([
      ['wifi is slow, make it 20 seconds', [clip(20)]],
      ['slow connection here, make a 20 sec clip', [clip(20)]],
      ['my internet is bad. vertical please', [vertical]],
      ['the signal out here is terrible — 30 second clip please', [clip(30)]],
    ]);
    nothing(['wifi slow', 'the network is down']);
  });
});
