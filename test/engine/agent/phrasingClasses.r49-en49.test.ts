import * as assert from 'node:assert/strict';
import { nothing, notSure, ops, sure } from './phrasingTable';

/**
 * Round 49's English classes (held-out 44's misses) and older misreadings: a bed's word after "too" (太) is a complaint,
 * no bed, and the music said first then its remove verb is removed; a fade put on the music adds none; "you" as Scots
 * and Irish say it (ye, youse); a time from now said of what someone does next is no length ("I'll show it now in a
 * minute", 我一分钟后要给老板看); Austrian, Bavarian and Swiss greetings; the video shown full, or alone, after the
 * backdrop goes says the removal again; the other sound kept beside a change of one ("turn my voice down, leave the
 * music"); two parts' levels run on in Chinese (人声小点 音乐大点); a move refused with 把 (别把第二段放到最后); how a
 * title is to come in is no words of it.
 */
describe('edit agent: round 49 (en49) classes', () => {
  describe("a bed's word after 'too' is a complaint, and the music said first then removed", () => {
    sure([
      ['Music remove, the song is too happy for this', [{ op: 'remove_music' }]],
      ['the bgm delete please, too upbeat', [{ op: 'remove_music' }]],
      ['music remove, it is too calm', [{ op: 'remove_music' }]],
      ['take the music off, way too chill', [{ op: 'remove_music' }]],
      ['音乐删掉，太欢快了', [{ op: 'remove_music' }]],
      // A bed asked for is still one.
      ['add some happy music', [{ op: 'add_music', track: 'upbeat', volume: 0.35, duck: true }]],
    ]);
    // WRONG before: an upbeat or ambient track added for a complaint.
    nothing(['music too upbeat', "the music's too chill", 'the soundtrack is too happy now', '音乐太欢快了']);
  });

  describe('a fade put on the music adds none', () => {
    const fadeIn = (ms: number) => [{ op: 'fade' as const, target: 'music' as const, in_ms: ms }];
    sure([
      ['Put a 2 second fade in on the music', fadeIn(2000)],
      ['add a fade-in of 3 seconds to the song', fadeIn(3000)],
      ['put a quick fade out on the soundtrack', [{ op: 'fade', target: 'music', out_ms: 1000 }]],
      ['给音乐加个2秒淡入', fadeIn(2000)],
    ]);
    // Music asked for with its fade is still added.
    sure([['put some music on with a fade in',
      [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, ...fadeIn(1000)]]]);
  });

  describe("'you' as Scots and Irish say it", () => {
    sure([
      ['Och, can ye cut a wee 45 second highlight of the ferry ride?',
        [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['could youse make it vertical?', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(['can ye tell me how long it is?', 'did ye take the music out?']);
  });

  describe('a time from now said of what someone does next is no length', () => {
    sure([
      ["Render it as mp4 at 720p, I'll present it now in a minute",
        [{ op: 'export', format: 'mp4', resolution: '720p' }]],
      ["export a gif, we're posting it in a sec", [{ op: 'export', format: 'gif' }]],
      ["make it 40 seconds, I'll check it in a bit", [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['导出mp4，我两分钟后要发给客户', [{ op: 'export', format: 'mp4' }]],
    ]);
    // A minute asked of the clip is still its length.
    sure([['can you fit the whole trip in a minute', [{ op: 'compile_best_moments', target_ms: 60000 }]]]);
  });

  describe("Austria's, Bavaria's and Switzerland's greetings", () => {
    sure([
      ['Grias di! Please cut a 15 second teaser', [{ op: 'compile_best_moments', target_ms: 15000 }]],
      ['Griaß di, take the music out', [{ op: 'remove_music' }]],
      ['Grüezi, make it square', [{ op: 'set_aspect', aspect: '1:1' }]],
    ]);
  });

  describe('the video shown full, or alone, after the backdrop goes', () => {
    sure([
      ['Remove the backdrop, show the video full', [{ op: 'remove_background' }]],
      ['take the background away, the recording at full size', [{ op: 'remove_background' }]],
      ['remove the background, only the video', [{ op: 'remove_background' }]],
    ]);
    notSure(['make it vertical, show the video full']);
  });

  describe('the other sound kept beside a change of one', () => {
    sure([
      ['turn my voice down, leave the music', [{ op: 'set_source_volume', change: 'quieter' }]],
      // WRONG before: lofi music added beside the mute.
      ['mute the narration, leave the music as it is', [{ op: 'set_source_volume', volume: 0 }]],
      ["lower my voice but don't touch the music", [{ op: 'set_source_volume', change: 'quieter' }]],
      ['remove the music, keep my voice', [{ op: 'remove_music' }]],
    ]);
    notSure(['leave the music', 'remove clip 2, keep the music']);
  });

  describe("two parts' levels run on in Chinese", () => {
    sure([
      ['人声小点 音乐大点', [{ op: 'set_music_volume', change: 'louder' }, { op: 'set_source_volume', change: 'quieter' }]],
      ['原声调高音乐调低', [{ op: 'set_music_volume', change: 'quieter' }, { op: 'set_source_volume', change: 'louder' }]],
      // No part before the change, or some music put in: one request.
      ['调大点音乐', [{ op: 'set_music_volume', change: 'louder' }]],
      ['加点音乐', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
  });

  describe('a move refused with 把 changes nothing', () => {
    nothing(['别把第二段放到最后', '千万别把第三段挪到前面', '不要把标题放中间']);
    // 它 refused beside another request is asked, not read away.
    notSure(['第三段加速，不要把它挪到第一个']);
    sure([['把第二段放到最后', [{ op: 'move_moment', index: 2, to: 3 }]]]);
  });

  describe('how a title is to come in is no words of it', () => {
    sure([['put the title Harbour Days in the centre',
      [{ op: 'add_text', text: 'Harbour Days', style: 'title', position: 'center' }]]]);
    it('"put the title gently at the top" adds no title worded "gently"', () => {
      for (const op of ops('put the title gently at the top')) assert.notEqual(op.op, 'add_text');
    });
  });
});
