import { table, nothing } from './phrasingTable';

/**
 * Round 31, new users: a clip's length said every way (a bound, a length put forward shyly), and messages that must
 * change nothing (the export talked about, the length the clip has now), against a draft of 3 moments and 1 text.
 */

const clip = (seconds: number) => [{ op: 'compile_best_moments' as const, target_ms: seconds * 1000 }];

describe('edit agent: round 31 new users → exact operations or nothing', () => {
  describe('a length said as "less than" it is an upper bound: the clip at that length', () => {
    table([
      ['less than a minute', clip(60)],
      ['less than a minute please', clip(60)],
      ['make it less than 2 minutes', clip(120)],
      ['keep it less than 45s', clip(45)],
      ['i want less than 30 seconds', clip(30)],
      ['less than 1 min video of the best parts', clip(60)],
    ]);
    nothing(['make it 10 seconds less', 'cut 5 seconds less than before', 'show the title for less than 3 seconds', 'clip 2 less than 5 seconds']);
  });

  describe('a length put forward with a hedge and a question mark is asked for', () => {
    table([
      ['maybe 45 seconds?', clip(45)],
      ['around a minute?', clip(60)],
      ["I'd like a short version, maybe 45 seconds?", clip(45)],
      ['like 30 sec?', clip(30)],
      ['30 sec or so?', clip(30)],
      ['best bits please. maybe 45 seconds?', clip(45)],
      ['一分钟左右？', clip(60)],
      ['大概40秒吧？', clip(40)],
      ['短一点，一分钟左右吗？', clip(60)],
      ['剪短点，大概45秒吧？', clip(45)],
    ]);
    // A guess at the answer to a question, a length asked about, or a figure alone with a question mark.
    nothing(['how long is it? about 2 minutes?', 'how long is it, about 2 minutes?', '现在多长，一分钟左右？', '视频多长？一分钟左右？',
      'what length, maybe 30s?', 'is it about 30 seconds?', '30 seconds?', 'is 30 seconds too short?']);
  });

  describe('the length the clip has now, said of "it", is no clip length', () => {
    table([
      ["it's 3 minutes now, make it 1 minute", clip(60)],
      ['its 2 mins now, cut to 45s', clip(45)],
      ["it's 3 minutes long, way too long, make it 60 seconds", clip(60)],
      ['make sure it\'s 30 seconds long', clip(30)],
      ["it's gotta be 30 seconds", clip(30)],
    ]);
    nothing(['it is 3 minutes now', "it's 3 minutes long", 'its 3 mins now', "currently it's 2 minutes", "right now it's 4 minutes",
      "it's already 5 minutes", 'the video is 3 minutes long']);
  });

  describe('why the clip is to be short, the length no one sits through, is no length of its own', () => {
    table([
      ["chop it down to half a minute, nobody's watching me talk for 3 mins", clip(30)],
      ['30 sec version, people scroll past anything over a minute', clip(30)],
      ['make it 45s, no one sits through 5 minutes', clip(45)],
      ['1 min version cause nobody watches 4 minute videos', clip(60)],
      ['45 seconds, viewers get bored after a minute', clip(45)],
      ['make it 30 seconds. nobody watches 5 minute videos.', clip(30)],
      ["nobody's gonna watch 10 minutes of this, make it 1 min", clip(60)],
      ['剪成30秒，没人会看5分钟的', clip(30)],
      ['一分钟的，因为没人看5分钟的视频', clip(60)],
    ]);
    nothing(['nobody watches 5 minute videos', 'nobody talks for 3 seconds there, cut it']);
    table([['没人动的地方跳过去，删掉', [{ op: 'remove_dead_air' }]], ['people skip the intro, remove it', [{ op: 'remove_card', card: 'intro' }]]]);
  });

  describe('a length or an export refused (said again, or in Chinese) changes nothing; what a product can do is asked', () => {
    nothing(['不要压到30秒', '别剪成30秒', '别压缩到一分钟', '不要30秒的', 'i said not to export', 'i told you not to export yet',
      "I said don't cut it to 30s", 'can this thing export 4k', 'can the app do 4k', "don't make it 30 seconds"]);
    table([
      ['不要超过30秒', clip(30)],
      ['别超过一分钟', clip(60)],
      ['I said make it 30s', clip(30)],
      ['i said no music', [{ op: 'remove_music' }]],
      ['can it be 30 seconds', clip(30)],
      ['can you export 4k', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
    ]);
  });

  describe('the export talked about (trouble with it, where it is) makes no file', () => {
    nothing(['where to is the export button, I can\'t see it', 'digga, why is the export so slow', 'hey where is the export button',
      'where to find the export button', "where's the export button", 'wheres the export btn', 'export is broken', 'export failed, why?',
      'export not working', 'export button doesnt work', 'export keeps failing', 'the export is stuck at 50%', 'export takes forever',
      'export is so slow', 'bro the export is taking ages', '导出失败了', '导出卡住了', '导出完了没', '导出一直转圈', '导出不了', '导出按钮在哪']);
    table([
      ['ok, export it now', [{ op: 'export', format: 'mp4' }]],
      ['digga, export it', [{ op: 'export', format: 'mp4' }]],
      ['export so I can post it', [{ op: 'export', format: 'mp4' }]],
      ['export in 4k please', [{ op: 'export', format: 'mp4', resolution: '4k' }]],
      ['导出吧', [{ op: 'export', format: 'mp4' }]],
      ['make it 30s and export', [...clip(30), { op: 'export', format: 'mp4' }]],
      ['can you export it as mp4?', [{ op: 'export', format: 'mp4' }]],
      ['where to put the title? top', [{ op: 'edit_text', position: 'top' }]],
    ]);
  });
});
