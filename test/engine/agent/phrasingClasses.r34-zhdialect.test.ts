import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 34, Chinese typed in other ways than simplified Mandarin characters: pinyin typed for an editing word whose
 * characters were never picked (whole words only, their syllables together or apart, a one-syllable word only in a run
 * of them or as a unit after its figure; a clause with no Chinese characters read so only when every Latin word in it
 * is such pinyin); Cantonese 佢 ("it") after its verb, 嚟 and 入嚟 (come, come in), 嗰阵 ("the moment") after what goes
 * on then, 係 ("is"), 快转 (fast-forward, as in Taiwan); more traditional characters (講, 壓, 預, 陣…); the name plate
 * (名牌) as a lower third and "用 lower third" after a text; 同 between two kinds of file and 各一 (one of each) after
 * them; a bare 不要 (唔要) after the part it refuses; the zoom's automatic mode refused ("zoom 不要自动", "don't auto
 * zoom") as no zoom. Own wordings (not the bench's lines), against a draft of 3 moments and 1 text, read as exactly
 * these operations with nothing unread and nothing asked; and look-alikes that must change nothing or stay unread.
 */

const music = { op: 'add_music' as const, track: 'lofi', volume: 0.35, duck: true };

describe('edit agent: round 34, Cantonese, traditional characters and pinyin', () => {
  describe('pinyin of editing words, typed for their characters', () => {
    sure([
      ['第二段shandiao', [{ op: 'remove_moment', index: 2 }]],
      ['把音乐shan chu', [{ op: 'remove_music' }]],
      ['heng ping 16:9', [{ op: 'set_aspect', aspect: '16:9' }]],
      ['zidong fangda', [{ op: 'set_zoom', mode: 'auto' }]],
      ['jiao cha dan hua 2 miao', [{ op: 'crossfade', ms: 2000 }]],
      ['帮我加个peiyue', [music]],
      ['bang wo jian yi ge 30 miao 的预告', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    // Syllables that are no whole editing word, or English words beside them, are not guessed at.
    notSure(['字幕 wo de shi pin', 'wo de shi pin hen hao', 'ni hao', 'mo hu']);
  });

  describe('Cantonese 佢 after its verb, 嚟, 嗰阵, 係, 快转', () => {
    sure([
      ['没人动的地方，快转佢，3 倍', [{ op: 'speed_up_idle', factor: 3 }]],
      ['冇声冇郁嗰啲位，快轉佢', [{ op: 'speed_up_idle', factor: 4 }]],
      ['我講嘢嗰陣，音樂唔使壓低', [{ op: 'set_ducking', duck: false }]],
      ['講嘢嗰陣唔好壓低音樂', [{ op: 'set_ducking', duck: false }]],
      ['標題「Hi」 slide in 入嚟，放頂部', [{ op: 'add_text', text: 'Hi', style: 'title', motion: 'slide', position: 'top' }]],
      ['頭 5 秒係片頭，剪走佢', [{ op: 'cut_range', start_ms: 0, end_ms: 5000 }]],
      ['zoom 唔好自動，off 佢', [{ op: 'set_zoom', mode: 'off' }]],
    ]);
    // 佢 before a verb is who does it, and what is said of them asks nothing; 加快转场 is the transitions, no fast-forward.
    notSure(['佢講嘢嗰陣好悶']);
    sure([['加快转场', [{ op: 'crossfade', ms: 500 }]]]);
  });

  describe('the name plate (名牌) as a lower third, and the style named after the text', () => {
    sure([
      ['講者名牌「陳大文」', [{ op: 'add_text', text: '陳大文', style: 'lower-third' }]],
      ['加名牌：「李老師」', [{ op: 'add_text', text: '李老師', style: 'lower-third' }]],
      ['加個標題「Hi」，用 lower third', [{ op: 'add_text', text: 'Hi', style: 'lower-third' }]],
      ['匯出 720p', [{ op: 'export', format: 'mp4', resolution: '720p' }]],
    ]);
  });

  describe('two kinds of file joined by 同, one of each', () => {
    sure([
      ['出 mp4 同 gif 各一', [{ op: 'export', format: 'mp4' }, { op: 'export', format: 'gif' }]],
      ['匯出 gif 同 webm', [{ op: 'export', format: 'gif' }, { op: 'export', format: 'webm' }]],
      ['导出 1080p，mp4 和 mov 各一个', [{ op: 'export', format: 'mp4', resolution: '1080p' }, { op: 'export', format: 'mov', resolution: '1080p' }]],
    ]);
  });

  describe('a bare "no" after the part it refuses', () => {
    sure([
      ['頭 8 秒係試音，唔要', [{ op: 'cut_range', start_ms: 0, end_ms: 8000 }]],
      ['前 6 秒是调试画面，不要', [{ op: 'cut_range', start_ms: 0, end_ms: 6000 }]],
      ['第二段，不需要', [{ op: 'remove_moment', index: 2 }]],
    ]);
    notSure(['不要']);
  });

  describe('the automatic zoom refused: no zoom', () => {
    sure([
      ['zoom 不要自动', [{ op: 'set_zoom', mode: 'off' }]],
      ['縮放唔好自動', [{ op: 'set_zoom', mode: 'off' }]],
      ['zoom: not auto', [{ op: 'set_zoom', mode: 'off' }]],
      ["don't auto zoom please", [{ op: 'set_zoom', mode: 'off' }]],
    ]);
    // A place in the running order said with 压 (压轴, 收尾压阵) presses nothing down.
    sure([['第一段移到最后，压轴', [{ op: 'move_moment', index: 1, to: 3 }]]]);
    nothing(['收尾压阵']);
  });
});
