import { nothing, notSure, sure, table } from './phrasingTable';

/**
 * Round 52's Chinese (held-out 47's lines read wrong or not at all): a removal taken back by keeping what was to go
 * ("…不不，还是留着吧"); kept on for a length (维持四秒) is how long the zoom shows; a step named by its undo ("刚刚 undo
 * 的") then redone is one redo; "a new one" with its words after a text taken away is a text of that kind; a text's new
 * words after 換成 typed in traditional script; 調轉 swaps two moments; a music noun from abroad refused ("Musique 不要");
 * a text asked with no words, then where or when with its words after a colon; a point said alone, then a zoom; files
 * counted under the export verb, then listed; 全部 keep is keeping everything; the auto zoom switched on "if it is
 * there".
 */
describe('edit agent: round 52 (g52zh) classes', () => {
  describe('a removal taken back by keeping it', () => {
    nothing(['第二段删掉……不不，还是留着吧', '删掉第一段，算了，还是保留吧', '字幕删了，不对，留着']);
    sure([['第二段删掉，第一段留着', [{ op: 'remove_moment', index: 2 }]]]);
  });

  describe('kept on for a length after a zoom', () => {
    sure([
      ['第12秒放大，维持两秒', [{ op: 'zoom_at', start_ms: 12_000, duration_ms: 2000 }]],
      ['第8秒放大，保持住5秒', [{ op: 'zoom_at', start_ms: 8000, duration_ms: 5000 }]],
      ['视频维持30秒', [{ op: 'compile_best_moments', target_ms: 30_000 }]],
    ]);
  });

  describe('a step named by its undo, then redone', () => {
    sure([
      ['刚才 undo 的，redo 一下', [{ op: 'redo' }]],
      ['刚刚撤回的，恢复回来', [{ op: 'redo' }]],
      ['undo 的那步，redo', [{ op: 'redo' }]],
      ['先undo，再redo', [{ op: 'undo' }, { op: 'redo' }]],
      ['撤销吧', [{ op: 'undo' }]],
    ]);
    notSure(['刚才撤销的']);
  });

  describe('a new one of the text kind just taken away', () => {
    sure([
      ['标题删掉，加个新的：南浔古镇 姑嫂饼', [{ op: 'remove_text' }, { op: 'add_text', text: '南浔古镇 姑嫂饼', style: 'title' }]],
      ['字幕去掉，加个新的：每天现做', [{ op: 'remove_text' }, { op: 'add_text', text: '每天现做', style: 'caption' }]],
      ['remove the title, add a new one: Harbour Days',
        [{ op: 'remove_text' }, { op: 'add_text', text: 'Harbour Days', style: 'title' }]],
    ]);
    notSure(['第二段删掉，加个新的：南浔', '音乐去掉，加个新的：南浔', '标题去掉，加个新的']);
  });

  describe('a text renamed in traditional script, two moments turned round', () => {
    sure([
      ['標題換成：阿里山 高山茶', [{ op: 'edit_text', text: '阿里山 高山茶' }]],
      ['第二段同第三段調轉', [{ op: 'move_moment', index: 2, to: 3 }]],
      ['第一段跟第二段掉转一下', [{ op: 'move_moment', index: 1, to: 2 }]],
      ['去掉转场', [{ op: 'crossfade', ms: 0 }]],
    ]);
    notSure(['第一段调转', '第一段和第二段调转方向']);
  });

  describe('a music noun from abroad refused', () => {
    sure([
      ['musique 不要', [{ op: 'remove_music' }]],
      ['Music 不要，只要原声', [{ op: 'remove_music' }]],
    ]);
    notSure(['music 别删', 'music 不要停']);
  });

  describe('a text asked with no words, then where or when with its words after a colon', () => {
    sure([
      ['加字幕，顶部：每天现做 新鲜出炉', [{ op: 'add_text', text: '每天现做 新鲜出炉', style: 'caption', position: 'top' }]],
      ['加个标题，第3秒到第7秒：南浔古镇', [{ op: 'add_text', text: '南浔古镇', style: 'title', start_ms: 3000, end_ms: 7000 }]],
      ['add a caption, at the bottom: Fresh Daily',
        [{ op: 'add_text', text: 'Fresh Daily', style: 'caption', position: 'bottom' }]],
    ]);
    notSure(['加字幕，第二段：南浔', '加个字幕，顶部']);
  });

  describe('a point said alone, then a zoom', () => {
    sure([
      ['第18秒，放大一下', [{ op: 'zoom_at', start_ms: 18_000, duration_ms: 3000 }]],
      ['at 0:18, zoom in', [{ op: 'zoom_at', start_ms: 18_000, duration_ms: 3000 }]],
    ]);
    notSure(['第18秒，自动放大', '第18秒以后，放大', '前18秒，放大一下', 'NPC出场在第22秒，放大']);
  });

  describe('files counted under the export verb, then listed', () => {
    const hd = { op: 'export' as const, format: 'mp4' as const, resolution: '1080p' as const };
    const sd = { ...hd, resolution: '720p' as const };
    sure([
      ['导出两个版本，1080p 和 720p', [hd, sd]],
      ['export two sizes, 1080p and 720p', [hd, sd]],
      ['导出两个mov，1080p 跟 720p', [{ ...hd, format: 'mov' }, { ...sd, format: 'mov' }]],
    ]);
    notSure(['导出，1080p 跟 720p']);
  });

  describe('everything kept, and the auto zoom switched on if it is there', () => {
    sure([
      ['都 keep', [{ op: 'keep_everything' }]],
      ['没动静的地方别剪，全部 keep 住', [{ op: 'keep_everything' }]],
      ['有没有自动放大？有的话开启', [{ op: 'set_zoom', mode: 'auto' }]],
    ]);
    notSure(['第二段 keep', '加音乐，有的话打开']);
  });

  // (review 52: a count asked is no files made; a count with a file already listed after it heads no list)
  describe('files counted, asked or listed on', () => {
    notSure(['export two sizes? 1080p and 720p', '导出两个版本？1080p 和 720p']);
    sure([
      ['export 2 files, 1080p and 720p, and gif', [{ op: 'export', format: 'mp4', resolution: '1080p' },
        { op: 'export', format: 'gif', resolution: '720p' }]],
      ['Export 两个 size，1080p 跟 720p', [{ op: 'export', format: 'mp4', resolution: '1080p' },
        { op: 'export', format: 'mp4', resolution: '720p' }]],
      ['导出两个版本，1080p 和 720p。', [{ op: 'export', format: 'mp4', resolution: '1080p' },
        { op: 'export', format: 'mp4', resolution: '720p' }]],
    ]);
  });

  describe('review: look-alikes of the round read as before', () => {
    // A refusal or a complaint after the colon is no caption's words (不要 alone stays the base's removal).
    table([['加字幕，底部：不要', [{ op: 'remove_text' }]]]);
    notSure(['加字幕，底部：太小了', '加字幕，底部：不要太大', '加字幕，顶部：别这样']);
    // keep refused, of things named, or with an exception, is no keeping everything.
    notSure([
      '不要全部 keep', '别全部 keep', '音乐和字幕都 keep', '音乐和字幕都 keep 住', '字幕全部 keep，音乐删掉',
      '除了第二段，全部 keep', '全部 keep，除了第二段', '不要 keep 全部',
    ]);
    // A zoom told of, complained of, refused or asked about after a point alone.
    notSure([
      '第15秒，它自己放大了', 'at 0:15, zoom in is bad', 'at 0:15, I wanted to zoom in but no', 'at 0:15, zoom in? or not',
      '第15秒，放大吗？', 'at 0:15, don\'t zoom in',
    ]);
    // The English music noun refused alone is the music; a part of it named is that part.
    sure([
      ['music 不要', [{ op: 'remove_music' }]],
      ['Musique 不要', [{ op: 'remove_music' }]],
    ]);
    table([['music的淡出不要', [{ op: 'fade', target: 'music', out_ms: 0 }]]]);
    nothing(['music的音效不要', 'music里的人声不要', 'music的鼓点不要']);
    // New words refused after 换成, in either script.
    nothing(['標題不要換成：兰溪老街', '標題唔好換成：兰溪老街', '标题别换成：兰溪老街']);
    sure([['標題換成：兰溪老街', [{ op: 'edit_text', text: '兰溪老街' }]]]);
  });
});
