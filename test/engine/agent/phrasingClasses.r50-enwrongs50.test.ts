import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 50's English wrong edits (held-out 45), each fixed as a class: guillemets and the other marks of Europe quote a
 * text's words (« … », ‹ … ›, » … «, „ … " typed); a school's year, an age of life and a decade are no length ("the
 * Grade 10s", "in my 20s", "the 90s kids"); a moment named with its speed after a part called boring is that moment
 * sped up, no idle stretch; the best moments named again after a clip and its shape are that clip; a story told ("the
 * sanding is the story") is no Instagram story; a factor named as such ("by factor 6", "6-fold"); a second request said
 * by its -ing form after "and" ("would you mind making it square and exporting it"); the ducking taken off, or the music
 * said to stay at its level when someone speaks; a fade taken off the music is no removal of the music.
 */
describe('edit agent: round 50 (enwrongs50) classes', () => {
  describe("guillemets and the other marks of Europe quote a text's words", () => {
    const title = (text: string, more: object = {}) => [{ op: 'add_text' as const, text, style: 'title' as const, ...more }];
    sure([
      ['add the title « Atelier Soie » at the top', title('Atelier Soie', { position: 'top' })],
      ['put a title «Vendanges 2024» for the first 4 seconds', title('Vendanges 2024', { anchor: 'start', duration_ms: 4000 })],
      ['add a title ‹Lavage à la main›', title('Lavage à la main')],
      ['add a title »Frühjahrsputz« at the bottom', title('Frühjahrsputz', { position: 'bottom' })],
      ['add the title „Wiosenne porządki" in the center', title('Wiosenne porządki', { position: 'center' })],
      ['change the title to «Atelier»', [{ op: 'edit_text', text: 'Atelier' }]],
      ['加个标题«春季招生»', title('春季招生')],
    ]);
  });

  describe("a school's year, an age of life and a decade are no length", () => {
    nothing([
      'Lekker, the Grade 10s are going to love this',
      'my year 9s will be so chuffed',
      'the P6s made this themselves',
      'great for the 90s kids',
      'it feels like the late 80s',
      'I learned this in my 20s',
      'my gran is in her early 70s',
      'this is for the over-60s',
      'it looks straight out of the 1990s',
    ]);
    sure([
      // Beside a length, the length is the clip's.
      ['make it 30 seconds, the year 9s will love it', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['45 second clip for the Grade 11s', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      // A length said with its unit glued on stays one.
      ['cut it to 20s', [{ op: 'compile_best_moments', target_ms: 20000 }]],
      ['keep it under 30s', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
  });

  describe('a moment named with its speed after a part called boring is that moment sped up', () => {
    const speed = (factor: number, index: number) => [{ op: 'set_speed' as const, factor, index }];
    sure([
      ['the bridge part is slow and boring, clip 3 speed 3x', speed(3, 3)],
      ['long and dull, moment 1 at 2x', speed(2, 1)],
      ['the drive drags, moment 2 2x speed', speed(2, 2)],
      ['路上那段又长又无聊，第2段2倍速', speed(2, 2)],
    ]);
    // The boring stretches inside a moment are its idle ones (no moment sped whole).
    sure([['第二段无聊的地方加速3倍', [{ op: 'speed_up_idle', factor: 3 }]]]);
    notSure(['speed up the boring parts of moment 2 3x', 'the boring bits, clip 2 at 3x']);
  });

  describe('the best moments named again after a clip and its shape are that clip', () => {
    const clip = (ms: number) => ({ op: 'compile_best_moments' as const, target_ms: ms });
    sure([
      ['Hi. 45 second clip, 9:16. Best bits of the bike repair.', [clip(45000), { op: 'set_aspect', aspect: '9:16' }]],
      ['A 30s video, square. Highlights of the pottery class.', [clip(30000), { op: 'set_aspect', aspect: '1:1' }]],
      ['30 second clip, add music. Best parts of the cooking.', [clip(30000), { op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['一分钟的视频，16:9。修窗户的精彩部分。', [clip(60000), { op: 'set_aspect', aspect: '16:9' }]],
    ]);
    // Another length said with them, or a timeline edit between, is not guessed at.
    notSure(['60 second clip, 16:9. Best parts of the build, 30 seconds.', '30 second clip, remove moment 2, best parts of the rest']);
  });

  describe('a story told is no Instagram story', () => {
    sure([
      ['Remove the music. The glazing is the story.', [{ op: 'remove_music' }]],
      ['no music please, the kids tell the story', [{ op: 'remove_music' }]],
      // A story as where the clip is posted is still the tall shape.
      ['make it fit for my insta story', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['vertical for stories', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['story format please', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['make it vertical so we can post it on our story', [{ op: 'set_aspect', aspect: '9:16' }]],
    ]);
    nothing(["that's the whole story", 'the sanding is the story', 'it is a story about my grandfather', 'long story short']);
  });

  describe('a factor named as such', () => {
    const idle = (factor: number) => [{ op: 'speed_up_idle' as const, factor }];
    sure([
      ['speed up the idle bits by factor 5', idle(5)],
      ['speed up the idle parts by a factor of 8', idle(8)],
      ['speed up the waiting parts, factor 3', idle(3)],
      ['speed up the idle parts 6-fold', idle(6)],
      ['speed up moment 2 by factor 3', [{ op: 'set_speed', factor: 3, index: 2 }]],
      ['空闲的地方加速6倍', idle(6)],
    ]);
  });

  describe('a second request said by its -ing form after "and"', () => {
    const exported = { op: 'export' as const, format: 'mp4' as const };
    sure([
      ['Would you mind making it vertical and exporting it?', [{ op: 'set_aspect', aspect: '9:16' }, exported]],
      ['would you mind removing clip 2 and then exporting it', [{ op: 'remove_moment', index: 2 }, exported]],
      ['do you mind adding music and exporting it as a gif', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'export', format: 'gif' }]],
      ['have a go at cutting clip 2 and exporting it', [{ op: 'remove_moment', index: 2 }, exported]],
      ['Would you mind making it square? It is for our Instagram grid.', [{ op: 'set_aspect', aspect: '1:1' }]],
    ]);
    // What the footage shows, or a text's words, are no request.
    notSure(["would you mind making the part where I'm sanding and cutting faster"]);
    sure([['would you mind adding a title saying cutting and trimming', [{ op: 'add_text', text: 'cutting and trimming', style: 'title' }]]]);
  });

  describe('the ducking taken off, or the music said to stay at its level when someone speaks', () => {
    const unducked = [{ op: 'set_ducking' as const, duck: false }];
    sure([
      ['take off the ducking', unducked],
      ['tek off di ducking please', unducked],
      ['take out the ducking', unducked],
      ['the music should stay the same level when I talk', unducked],
      ['mek di music stay di same level when mi a chat', unducked],
      ['the music should stay level while I am explaining', unducked],
      ['music same volume even when I speak', unducked],
      ['说话的时候音乐保持一样大', unducked],
      // Asked on, it stays on.
      ['the music should drop when I talk', [{ op: 'set_ducking', duck: true }]],
    ]);
    // The same track kept is no level.
    notSure(['the music stays the same']);
  });

  describe('a fade taken off the music is no removal of the music', () => {
    const music = (ends: { in_ms?: number; out_ms?: number }) => [{ op: 'fade' as const, target: 'music' as const, ...ends }];
    sure([
      ['take out the fade in of the music', music({ in_ms: 0 })],
      ['Remove the fade-in on the song, I want it to start straight away', music({ in_ms: 0 })],
      ['remove the fade out on the music, I want it to end abruptly', music({ out_ms: 0 })],
      ['no fade in on the music', music({ in_ms: 0 })],
      ['take the fade out off the music', music({ out_ms: 0 })],
      ['音乐的淡入去掉', music({ in_ms: 0 })],
      ['音乐的淡出去掉，直接结束', music({ out_ms: 0 })],
      // The music itself taken out still goes.
      ['take the music out', [{ op: 'remove_music' }]],
      ['remove the music', [{ op: 'remove_music' }]],
    ]);
    // An end said to come at once beside the other end's fade, or at a time, is not that fade said again.
    notSure(['remove the fade out on the music, I want it to start straight away', 'add a fade in, I want it to start directly']);
  });
});
