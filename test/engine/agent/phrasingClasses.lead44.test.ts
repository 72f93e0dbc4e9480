import { notSure, sure } from './phrasingTable';

/**
 * The lead's classes of session 38, found by writing everyday requests of new users by hand: the music itself refused,
 * the whole clause ("I don't want any music", 我不想要背景音乐), is no music, where it used to vanish as a refusal.
 */
describe('edit agent: lead 44 classes', () => {
  describe('the music itself refused is its removal', () => {
    sure([
      ["I don't want music", [{ op: 'remove_music' }]],
      ["we don't need background music at all", [{ op: 'remove_music' }]],
      ['i dont want any music.', [{ op: 'remove_music' }]],
      ["make it 30 seconds, I don't want music", [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'remove_music' }]],
      ['我不想要背景音乐', [{ op: 'remove_music' }]],
      ['剪成30秒，不想要音乐', [{ op: 'compile_best_moments', target_ms: 30000 }, { op: 'remove_music' }]],
    ]);
    // Something of the music refused, not the music: its ducking off, or left unread.
    sure([["I don't want the music to duck", [{ op: 'set_ducking', duck: false }]]]);
    notSure(["I don't want music with lyrics", "I don't want music louder than my voice", '不想要音乐的淡出']);
  });
});
