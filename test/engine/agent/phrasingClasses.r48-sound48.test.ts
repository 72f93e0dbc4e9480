import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 48, the two sounds (sound48): the recording's sound asked louder or quieter than the music is that sound turned
 * ("make the video sound a bit louder than the music", 把原声调得比音乐大一点); an audio kind said as an export's format is no
 * mp4 ("export it as opus", 导出成 opus); the music said to be fine beside a way asked of the voice asks nothing of the
 * music ("turn my voice down, the music is fine"); times as loud said in English is a level ("twice as loud"), more than
 * twice unread; the plain 声音 turned first in its clause is the recording's (声音大点, 声音调小); the music complained
 * of, then the recording's sound asked its own way, is each sound its way (音乐太吵了，原声大一点).
 */
describe('edit agent: round 48 classes (sound48)', () => {
  const source = (change: 'quieter' | 'louder') => ({ op: 'set_source_volume' as const, change });
  const music = (change: 'quieter' | 'louder') => ({ op: 'set_music_volume' as const, change });

  describe("the recording's sound asked louder or quieter than the music", () => {
    sure([
      ['make the video sound a bit louder than the music', [source('louder')]],
      ['my voice should be louder than the music', [source('louder')]],
      ['get the narration slightly quieter than the soundtrack', [source('quieter')]],
      ['把原声调得比音乐大一点', [source('louder')]],
      ['人声要比背景音乐大', [source('louder')]],
      // The music asked against the voice is still the music's way.
      ['the music should be quieter than my voice', [music('quieter')]],
      ['音乐比原声小一点', [music('quieter')]],
      // Said as a state, the voice under the music complains of the music.
      ['my voice is quieter than the music', [music('quieter')]],
    ]);
    // By a figure against the music, how loud is not guessed at; a state told in Chinese asks nothing.
    // (Review: "我的声音比音乐小一点，能不能大点" tells how they are, then asks louder: no step quieter.)
    notSure(['make the video sound 20% louder than the music', '原声比音乐大', '我的声音比音乐小一点，能不能大点']);
  });

  describe("an audio kind said as the export's format", () => {
    notSure(['export it as opus', '导出成 opus', '导出为opus格式', 'export to opus please']);
    // The English word is no format.
    sure([['export my magnum opus', [{ op: 'export', format: 'mp4' }]]]);
  });

  describe('the music said to be fine beside a way asked of the voice', () => {
    sure([
      ['turn my voice down, the music is fine', [source('quieter')]],
      ["turn the video sound up, the music's fine", [source('louder')]],
      ['turn my voice down but the music sounds good', [source('quieter')]],
      ['make it vertical, the music is fine', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['人声小一点，音乐没问题', [source('quieter')]],
    ]);
    nothing(['the music is fine', 'the music sounds great']);
  });

  describe('times as loud, said in English', () => {
    sure([
      ['the video sound louder, twice as loud', [{ op: 'set_source_volume', volume: 2 }]],
      ['make the music twice as loud', [{ op: 'set_music_volume', volume: 2 }]],
      ['make my voice louder, 1.5x', [{ op: 'set_source_volume', volume: 1.5 }]],
    ]);
    // More than twice is more than there is; times with no sound named, or as fast, are no level.
    notSure(['make the video sound 3 times as loud', 'twice as loud']);
    sure([['the video sound louder, twice as fast', [{ op: 'set_speed', factor: 2 }]]]);
  });

  describe('the plain 声音 turned, first in its clause', () => {
    sure([
      ['声音大点', [source('louder')]],
      ['声音小一点', [source('quieter')]],
      ['声音调大', [source('louder')]],
      ['声音稍微调小一点', [source('quieter')]],
      ['把声音放大', [source('louder')]],
      // With the music named beside it, the music's sound is the music.
      ['音乐声音大点', [music('louder')]],
    ]);
    // "声音大" alone tells how it is (no degree, no verb).
    notSure(['声音大']);
  });

  describe('the music complained of, then the recording\'s sound asked its own way', () => {
    sure([
      ['音乐太吵了，原声大一点', [music('quieter'), source('louder')]],
      ['背景音乐太响，人声调大一点', [music('quieter'), source('louder')]],
      // No sound named after the complaint: the music again.
      ['音乐太吵了，小一点', [music('quieter')]],
    ]);
  });

  describe('a card asked with no words', () => {
    // A card takes words, as a title does: with none said it is left unread (a card named by its stock words reads).
    notSure(['add an end card', 'add an intro card', '加个片尾']);
    sure([['add a thank you card', [{ op: 'add_card', card: 'outro', text: 'Thank you', duration_ms: 2000 }]]]);
  });
});
