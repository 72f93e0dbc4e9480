import { table, nothing } from './phrasingTable';

/**
 * Round 21, the whole clip's length and what goes in it (best moments at a length, dead air removed, idle parts sped
 * up, everything kept whole, which uploads are used): each class in new wordings of it (against a draft of 3 moments
 * and 1 text), and the look-alikes that must change nothing.
 */

describe('edit agent: round 21, the clip\'s length and what goes in it → exact operations or nothing', () => {
  describe('idle stretches described by who or what does nothing ("where we just sit there", "where nothing move", 无信号变化)', () => {
    table([
      ['speed up the parts where we just sit there 5x', [{ op: 'speed_up_idle', factor: 5 }]],
      ['fast-forward the bits where the kids just stand around, but keep them', [{ op: 'speed_up_idle', factor: 4 }]],
      ["speed up the stretches where nobody's typing, 3x, don't cut them", [{ op: 'speed_up_idle', factor: 3 }]],
      // The stretches where nobody does what the video is of are the idle ones (round 19's look-alikes said otherwise).
      ["speed up the parts where nobody's dancing. maybe 3x", [{ op: 'speed_up_idle', factor: 3 }]],
      ['the parts where nothing move, speed them up 6x', [{ op: 'speed_up_idle', factor: 6 }]],
      ['无信号变化的时段加速，8倍速，勿删', [{ op: 'speed_up_idle', factor: 8 }]],
      ['fast forward the stretches where nobody moves', [{ op: 'speed_up_idle', factor: 4 }]],
      ['speed up the bits where nothing much happens', [{ op: 'speed_up_idle', factor: 4 }]],
      // "it", after the stretch described, is that stretch (not the whole video).
      ['where the screen just sits there, speed it up', [{ op: 'speed_up_idle', factor: 4 }]],
      ['speed up the dull parts', [{ op: 'speed_up_idle', factor: 4 }]],
      // 快快过去 (reduplicated "quickly") is a speed-up as 快点过去 is; the stretches named before it are the idle ones.
      ['没人动的地方，快快过去，不要剪掉', [{ op: 'speed_up_idle', factor: 4 }]],
    ]);
    nothing(['speed up the parts where I explain the code', 'speed up the part where I talk']);
  });

  describe('idle stretches played fast ("play the boring parts fast", "the waiting bits, play them fast")', () => {
    table([
      ['play the boring parts fast', [{ op: 'speed_up_idle', factor: 4 }]],
      ['run the loading screens fast please', [{ op: 'speed_up_idle', factor: 4 }]],
      ['the waiting bits, play them fast, 8x', [{ op: 'speed_up_idle', factor: 8 }]],
      ['the boring parts where nothing happens, play em fast, 8x, don\'t delete them', [{ op: 'speed_up_idle', factor: 8 }]],
    ]);
    nothing(['play the intro fast', 'play it fast']);
  });

  describe('a word clipped in front (\'em) opens no quote: the request after it is read', () => {
    table([
      ["speed up the idle parts 10x but don't chop 'em, and add a caption 'Hi'", [{ op: 'speed_up_idle', factor: 10 }, { op: 'add_text', text: 'Hi', style: 'caption' }]],
      ["the idle bits, speed 'em up 6x, then add a title 'Go'", [{ op: 'speed_up_idle', factor: 6 }, { op: 'add_text', text: 'Go', style: 'title' }]],
      // With no quote opening after it, the word is the quote's own.
      ["Add a caption reading 'Em dash, not en dash' from 0:05 to 0:09", [{ op: 'add_text', text: 'Em dash, not en dash', style: 'caption', start_ms: 5000, end_ms: 9000 }]],
    ]);
  });

  describe('everything kept whole, said of all the clips or put in (all the clips whole, put it all in, 全部都放上)', () => {
    table([
      ['put it all in, every file, no cuts', [{ op: 'keep_everything' }]],
      ['I need all the clips whole', [{ op: 'keep_everything' }]],
      ['keep every clip whole please', [{ op: 'keep_everything' }]],
      ['leave all the recordings whole', [{ op: 'keep_everything' }]],
      ['every clip in full please', [{ op: 'keep_everything' }]],
      ["don't cut anything, I want it all in", [{ op: 'keep_everything' }]],
      ['put all the footage in, whole', [{ op: 'keep_everything' }]],
      // The speed as recorded, beside the whole kept, is how it is kept.
      ['retain every frame, uncut and at its original speed', [{ op: 'keep_everything' }]],
      ['全部都放上', [{ op: 'keep_everything' }]],
      ['全都放上去，一点不剪', [{ op: 'keep_everything' }]],
    ]);
    nothing(["don't keep all the clips whole", "don't keep everything", 'do not keep all the footage uncut', "I don't need it all in",
      'keep all the clips whole except the last one', 'keep everything that has me talking']);
  });

  describe('uploads chosen by their places listed, restricted to, or by a quoted file name; the rest refused beside them', () => {
    table([
      ['use just the first and last uploads', [{ op: 'use_sources', files: ['1', 'last'] }]],
      ['just use the second and third videos', [{ op: 'use_sources', files: ['2', '3'] }]],
      ['use the first and second files, not the last', [{ op: 'use_sources', files: ['1', '2'] }]],
      ['go with the first and third recordings', [{ op: 'use_sources', files: ['1', '3'] }]],
      ['use the 2nd and 3rd uploads', [{ op: 'use_sources', files: ['2', '3'] }]],
      // The first few, counted, are each of them (the last few are not known by their places).
      ['only use the first two uploads', [{ op: 'use_sources', files: ['1', '2'] }]],
      ['restrict it to the second upload', [{ op: 'use_sources', files: ['2'] }]],
      ['limit the edit to the first recording', [{ op: 'use_sources', files: ['1'] }]],
      ['只用“漆器-第二天.mp4”和“漆器-第三天.mp4”两个文件', [{ op: 'use_sources', files: ['漆器-第二天.mp4', '漆器-第三天.mp4'] }]],
      ['use only demo.mp4; ignore the other uploads', [{ op: 'use_sources', files: ['demo.mp4'] }]],
      ['only use the first upload, disregard the others', [{ op: 'use_sources', files: ['1'] }]],
      ['先用第一个素材 别的不要', [{ op: 'use_sources', files: ['1'] }]],
      ['用最后传的那个视频就行，前面几个不要', [{ op: 'use_sources', files: ['last'] }]],
      ['只要第二个传的 别的不要 剪成30秒', [{ op: 'use_sources', files: ['2'] }, { op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    nothing(['ignore the other uploads', '别的不要', 'use the last two videos only']);
  });

  describe('a length insisted on ("no more, no less", "NOT 61", "not a second more") is the length asked, no change of it', () => {
    table([
      ['make it 60 seconds. not 61.', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['trim it to 45s, no longer, no shorter', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['cut the video to forty seconds — no more, no less', [{ op: 'compile_best_moments', target_ms: 40000 }]],
      ['make it 30 seconds, not a second more', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['cut it to a minute, not 90 seconds', [{ op: 'compile_best_moments', target_ms: 60000 }]],
    ]);
    nothing(['not 61']);
  });

  describe('a length asked as a yes/no question about the video ("can it be 30 seconds?") is asked for', () => {
    table([
      ['can it be 30 seconds?', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['could the video be about 45 seconds?', [{ op: 'compile_best_moments', target_ms: 45000 }]],
    ]);
    nothing(['can it be longer than 30 seconds?', 'how long can it be?', 'can it be 30 seconds long or is that too short?']);
  });

  describe('beside a clip of a length, its verb said alone (你帮剪, 做短的, 压一下) and what it keeps (那些好镜头都留着, 保留关键片段)', () => {
    table([
      ['我们的视频，你帮剪，三十秒的', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['二十秒，做短的', [{ op: 'compile_best_moments', target_ms: 20000 }]],
      ['控制在75秒，压一下', [{ op: 'compile_best_moments', target_ms: 75000 }]],
      ['剪个两分钟的，雾凇那些好镜头都留着', [{ op: 'compile_best_moments', target_ms: 120000 }]],
      ['视频控制在一分十五秒，保留关键片段', [{ op: 'compile_best_moments', target_ms: 75000 }]],
      ['剪个一分十秒的，掐丝那几下留着', [{ op: 'compile_best_moments', target_ms: 70000 }]],
      // 别 inside a word (告别 "farewell", 区别) is no "don't".
      ['麻烦将这段告别仪式的录像剪为一分钟', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['把这段区别讲解剪成30秒', [{ op: 'compile_best_moments', target_ms: 30000 }]],
    ]);
    nothing(['压一下', '那些留着']);
  });

  describe('beside a clip of a length, what it shows and to whom ("show how I change the oil", "drivers need to see how to …")', () => {
    table([
      ['want to show the other farmers the herd app, keep it to 2 minutes', [{ op: 'compile_best_moments', target_ms: 120000 }]],
      ['new hires need to learn how to use the scanner. 45s clip please', [{ op: 'compile_best_moments', target_ms: 45000 }]],
      ['make it a minute, we want to show investors the booking app', [{ op: 'compile_best_moments', target_ms: 60000 }]],
      ['making a little video of how to order on our website, make it 30 seconds', [{ op: 'compile_best_moments', target_ms: 30000 }]],
      ['make a 40s video, show how I change the oil', [{ op: 'compile_best_moments', target_ms: 40000 }]],
    ]);
    nothing(['show how I change the oil', 'we want to show investors the booking app']);
  });

  describe('beside dead air removed, the active parts said to stay; idle stretches "那些" cut', () => {
    table([
      ["Cut the dead air out. Just the parts where something's happening.", [{ op: 'remove_dead_air' }]],
      ["remove the silences, keep the bits where I'm talking", [{ op: 'remove_dead_air' }]],
      ['snip out the dead stretches, keep everything that has me moving', [{ op: 'remove_dead_air' }]],
      ['只保留有操作的部分，没声音的全砍', [{ op: 'remove_dead_air' }]],
      ['没动的那些都剪了', [{ op: 'remove_dead_air' }]],
      ['等红灯冇得动的那些全删', [{ op: 'remove_dead_air' }]],
    ]);
    nothing(['没动的那些留着', "keep the parts where I'm talking"]);
  });
});
