import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 37, briefs pasted rather than chatted, in English: numbered or bulleted steps, notes forwarded from a meeting or
 * a manager ("per Dana:", "Notes from standup:"), a request after a paragraph of context. A numbered item opened with "then"
 * ("2. Then vertical") is read whole, its number with it. A numbered item whose words
 * end in a moment's noun said in the plural ("1. speed up the typing parts\n2. remove silences", or in one line) does
 * not lend the next item's number to a moment (the next item is read; "remove clips 2. fade out" still names clip 2);
 * how the audience watches ("they watch on mute in the feed") is context, no mute; a kind of music refused by a rule
 * ("no music with lyrics") removes no music. Own wordings (not the bench's lines), against a draft of 3 moments and 1
 * text; and look-alikes that must change nothing, or stay unread or asked.
 */

const clip = (seconds: number) => ({ op: 'compile_best_moments' as const, target_ms: seconds * 1000 });
const mp4 = (resolution?: '720p' | '1080p' | '4k') =>
  (resolution === undefined ? { op: 'export' as const, format: 'mp4' as const } : { op: 'export' as const, format: 'mp4' as const, resolution });
const vertical = { op: 'set_aspect' as const, aspect: '9:16' as const };

describe('edit agent: round 37, briefs pasted in English', () => {
  describe('steps numbered or bulleted, each read in the order written', () => {
    sure([
      ["1. cut to 45s\n2. add title 'Launch Day' 0-3s\n3. export 1080p", [clip(45), { op: 'add_text', text: 'Launch Day', style: 'title', start_ms: 0, end_ms: 3000 }, mp4('1080p')]],
      ['- make it vertical\n- add music at 30%\n- export as mp4', [vertical, { op: 'add_music', track: 'lofi', volume: 0.3, duck: true }, mp4()]],
      ['Steps:\n1) remove the silences\n2) speed up the idle parts\n3) export as gif', [{ op: 'remove_dead_air' }, { op: 'speed_up_idle', factor: 4 }, { op: 'export', format: 'gif' }]],
      ['step 1: cut to 30 seconds. step 2: make it vertical. step 3: export as mp4.', [clip(30), vertical, mp4()]],
      ['1. Remove the dead air\n2. Cut the part from 1:10 to 1:25\n3. Export as mp4', [{ op: 'remove_dead_air' }, { op: 'cut_range', start_ms: 70000, end_ms: 85000 }, mp4()]],
      ['1) 30s 2) vertical 3) export', [clip(30), vertical, mp4()]],
      ['To do:\n[ ] cut to 30s\n[ ] export', [clip(30), mp4()]],
      ['requirements:\n- length: 60s\n- format: vertical\n- resolution: 1080p', [clip(60), vertical, { op: 'set_resolution', resolution: '1080p' }]],
    ]);
  });

  describe('a numbered item opened with "then"', () => {
    sure([
      ['1. Trim to 30 seconds\n2. Then vertical\n3. Then export 1080p', [clip(30), vertical, mp4('1080p')]],
      ['1. cut to 30s\n2. then make it vertical', [clip(30), vertical]],
      ['1) remove the silences\n2) and then export', [{ op: 'remove_dead_air' }, mp4()]],
      ['cut to 30s then export', [clip(30), mp4()]],
    ]);
    // "then 2." corrects a figure, or asks another: not read as done.
    notSure(['speed 1.5 then 2.']);
  });

  describe('a numbered item ending in a moment\'s noun in the plural, before the next item\'s number', () => {
    // The first item is no request the editor knows: unread, and the next item is still read.
    notSure([
      '1. speed up the typing parts\n2. remove silences',
      '1. speed up the typing parts 2. remove silences',
      '1. cut clips 2. export',
    ]);
    // A moment's number said after its noun in the singular, or outside a list opened with "1. ", is the moment's.
    sure([
      ['remove clips 2. fade out', [{ op: 'remove_moment', index: 2 }, { op: 'fade', target: 'clip', out_ms: 1000 }]],
      ['1. cut clip 2. export', [{ op: 'remove_moment', index: 2 }, mp4()]],
    ]);
  });

  describe('notes forwarded from a meeting or a manager, and context before the request', () => {
    sure([
      ['Notes from standup:\n- trim to 30 seconds\n- mute the original audio', [clip(30), { op: 'set_source_volume', volume: 0 }]],
      ['From Mark: please make it square and export 720p.', [{ op: 'set_aspect', aspect: '1:1' }, mp4('720p')]],
      ['Notes from the meeting with marketing:\n- the deadline is Friday\n- the audience is developers\n- make it 45 seconds', [clip(45)]],
      ['Re: the onboarding video — per Dana, drop the music and make it 40 seconds.', [{ op: 'remove_music' }, clip(40)]],
      ['Hi! We\'re launching our new invoicing app next Tuesday and the audience is small business owners. Could you cut this down to 90 seconds?', [clip(90)]],
      ['FYI the audience is mostly nurses, they watch on phones. Make it vertical please.', [vertical]],
    ]);
  });

  describe('how the audience watches, said on mute, is context: no mute', () => {
    sure([
      ['The audience watches on mute in the feed, so add a title \'Save 2 hours a week\' at 0-4s.', [{ op: 'add_text', text: 'Save 2 hours a week', style: 'title', start_ms: 0, end_ms: 4000 }]],
      ['the audience watches on mute, so make it vertical', [vertical]],
    ]);
    notSure(['people watch on mute', 'videos autoplay on mute in the feed. make it 30 seconds']);
    // Put on mute, or muted, it is the recording's sound.
    sure([
      ['put it on mute', [{ op: 'set_source_volume', volume: 0 }]],
      ['mute it and make it vertical', [{ op: 'set_source_volume', volume: 0 }, vertical]],
    ]);
  });

  describe('a kind of music refused by a rule removes no music', () => {
    sure([
      ['Requirements (from legal):\n- no music with lyrics\n- add a title \'Not financial advice\' at the end', [{ op: 'add_text', text: 'Not financial advice', style: 'title', anchor: 'end' }]],
    ]);
    nothing(['no music with lyrics', 'no music with vocals please']);
    sure([
      ['no music', [{ op: 'remove_music' }]],
      ['Notes from Dana:\n- no music this time\n- cut to 45s', [{ op: 'remove_music' }, clip(45)]],
    ]);
  });

  describe('briefs with no request, or none the editor can do', () => {
    nothing([
      'Agenda for the video:\n1. intro\n2. demo\n3. pricing',
      'The video is for our investors. It shows the new dashboard. Thanks!',
      'Notes from standup:\n- Raj is out Friday\n- the video is done',
      'the deadline moved to monday, no changes needed for now',
      'Storyboard:\n- Shot 1: logo\n- Shot 2: dashboard\n- Shot 3: pricing',
    ]);
    notSure([
      '0:00-0:05 logo card, 0:05-0:40 the best parts, end on the pricing page',
      'We need a 20 second version for Shorts and a 60 second version for YouTube.',
      'Storyboard:\n0:00-0:05 logo card\n0:05-0:40 best parts\n0:40-0:45 pricing page',
    ]);
  });
});
