import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 48's English classes (en48, from held-out 43's misses): a shape said alone at a clause's end ("…, square
 * size") beside an "only" said of something else; a tag word said last ("po", "men") asking nothing; "it" put at a level
 * after a change of the music there is (放到百分之十五 too) is its level, no music added; "take it off" after the zoom named
 * switches it off; a text's unquoted words closed by "in the centre"; "return back", and the state before preferred
 * beside a step back; a text's words given in the sentence after it is named, closed by a full stop ("can make …?", its
 * subject dropped, was taken back after review: a question about the tool); the sound of the original recording; a moment's place said as an ordinal
 * right after its number; "cut the rest" beside a trim or a length, said again.
 */
describe('edit agent: round 48 classes (en48)', () => {
  const aspect = (shape: '1:1' | '9:16' | '16:9') => ({ op: 'set_aspect' as const, aspect: shape });
  const best = (ms: number) => ({ op: 'compile_best_moments' as const, target_ms: ms });

  describe('a shape said alone at the clause end, beside an "only" of something else', () => {
    sure([
      ['make a 2 minute video, only the best moments of the harbour, square size', [aspect('1:1'), best(120_000)]],
      ['only the best bits, 45 seconds, vertical format', [aspect('9:16'), best(45_000)]],
      ['only good parts, 20 seconds, landscape', [aspect('16:9'), best(20_000)]],
    ]);
    // The shape is what "only" is said of, or a file's: no shape asked beside it.
    notSure(['keep only the square one']);
    sure([['use only the landscape recording', [{ op: 'use_sources', files: ['last'] }]]]);
  });

  describe('a tag word said last asks nothing', () => {
    sure([
      ['speed up the stretches where nothing moves, 3 times faster po', [{ op: 'speed_up_idle', factor: 3 }]],
      ['make it 40 seconds men', [best(40_000)]],
      ['add music machan', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
  });

  describe('"it" put at a level after a change of the music there is', () => {
    const level = (volume: number) => [{ op: 'set_music_volume' as const, volume }];
    sure([
      ['the music is too loud men, put it to 20%', level(0.2)],
      ['the background music is way too loud, put it down to 10%', level(0.1)],
      ['the music is too quiet, put it up to 70%', level(0.7)],
      ['背景音乐太吵了，放到百分之二十', level(0.2)],
    ]);
    // Music added, then "it" put at a level: the new music's.
    sure([['add music, put it at 25%', [{ op: 'add_music', track: 'lofi', volume: 0.25, duck: true }]]]);
    // A sound that is not the music stays unread.
    notSure(['the sound is too loud, put it to 15%']);
  });

  describe('"take it off" after the zoom named', () => {
    const off = [{ op: 'set_zoom' as const, mode: 'off' as const }];
    sure([
      ['Bof, the zoom is way too much, take it off', off],
      ['the zoom is too much, remove it', off],
      ['the zoom is too much, turn it off', off],
    ]);
    // "Too much" alone is less zoom.
    sure([['the zoom is too much', [{ op: 'set_zoom', mode: 'less' }]]]);
    // Taken off the music, which is no zoom, is not guessed at.
    notSure(['the music is too loud, take it off']);
  });

  describe("a text's unquoted words closed by where it goes", () => {
    const title = (text: string, position: 'top' | 'center' | 'bottom') => [{ op: 'add_text' as const, text, style: 'title' as const, position }];
    sure([
      ['add the title Riverside Pottery Club in the centre', title('Riverside Pottery Club', 'center')],
      ['put the title Harbour Days in the center', title('Harbour Days', 'center')],
      ['add a title saying Harbour Days in the centre', title('Harbour Days', 'center')],
    ]);
    // Words put back where they were are no words.
    sure([['put the title back in the centre', [{ op: 'edit_text', position: 'center' }]]]);
  });

  describe('"return back", and the state before preferred beside a step back', () => {
    const undo = [{ op: 'undo' as const }];
    sure([
      ['return back', undo],
      ["It's not nice, I prefer how it was before. Return back", undo],
      ['go back, I prefer it the way it was before', undo],
      ['我更喜欢之前的样子，撤销', undo],
    ]);
    // Alone, how many steps back is not known; a moment returned to is no step back.
    notSure(['I prefer how it was before', 'return back to clip 2']);
  });

  describe("a text's words given in the sentence after it is named, closed by a full stop", () => {
    sure([
      ["Title change. Write 'Summer Camp, Week 2'.", [{ op: 'edit_text', text: 'Summer Camp, Week 2' }]],
      ["Add an outro card. Write 'See you'.", [{ op: 'add_card', card: 'outro', text: 'See you', duration_ms: 2000 }]],
    ]);
  });

  describe('review: "can" with no subject before a word that is also a noun is a question about the tool', () => {
    // Taken back after review: "Can crop lose the subtitles?", "Can export take this long?" read as edits. Unread.
    nothing(['Can crop lose the subtitles?', 'Can export take this long?', 'Could mute be why there is no sound?',
      'Can zoom work on phone videos?', 'Can use my own music?']);
  });

  describe('the sound of the original recording', () => {
    const muted = [{ op: 'set_source_volume' as const, volume: 0 }];
    sure([
      ['Remove sound of original recording completely, only music', muted],
      ['remove the sound of the original video', muted],
      ['get rid of the audio from the original recording', muted],
    ]);
    // A noise named by what makes it is no recording's sound to mute.
    nothing(['remove the sound of the sea']);
  });

  describe("a moment's place said as an ordinal right after its number", () => {
    const move = (index: number, to: number) => [{ op: 'move_moment' as const, index, to }];
    sure([
      ['The moment 1 put it third', move(1, 3)],
      ['put clip 3 second', move(3, 2)],
      ['move segment 2 first please', move(2, 1)],
    ]);
  });

  describe('"cut the rest" beside a trim or a length, said again', () => {
    sure([
      ['I want the third moment 5 seconds long, cut the rest', [{ op: 'trim_moment', index: 3, to_ms: 5000 }]],
      ['make it 25 seconds, lose the rest', [best(25_000)]],
      ['第一段留6秒，剩下的剪掉', [{ op: 'trim_moment', index: 1, to_ms: 6000 }]],
    ]);
    // Alone, or beside what cuts nothing, the rest is not known.
    notSure(['cut the rest', 'make it vertical, cut the rest']);
  });
});
