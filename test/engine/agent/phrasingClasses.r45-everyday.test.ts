import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 45 "everyday": new users' everyday wordings of the history, the recording's sound and the look. 重做 after 清空 or
 * 全部 ("清空重做") makes the clip again, a start over (it was read as a redo); the moments listed ("list the clips",
 * 现在有哪些片段) are the tracks shown; the step just made refused first (不要刚才那步) or the clip restored to how it just
 * was (恢复刚才的样子) is one undo; the scene's sound refused (不要现场声) mutes the recording, and "keep the recording's
 * sound" keeps it; a look praised ("I like the background", 背景很好看) approves it and adds nothing.
 */
describe('edit agent: r45 everyday classes', () => {
  describe('重做 after 清空 or 全部 starts over', () => {
    sure([
      ['清空重做', [{ op: 'start_over' }]],
      ['清空了重做吧', [{ op: 'start_over' }]],
      ['全部清空后重做一遍', [{ op: 'start_over' }]],
      ['算了，全部重做', [{ op: 'start_over' }]],
      ['全都重做', [{ op: 'start_over' }]],
      // 重做 alone, or with a step named, is still the editors' redo.
      ['重做', [{ op: 'redo' }]],
      ['帮我重做一下', [{ op: 'redo' }]],
      ['把撤销的重做回来', [{ op: 'redo' }]],
    ]);
    nothing(['不用重做', '别清空重做']);
  });

  describe('the moments listed are the tracks shown', () => {
    const shown = [{ op: 'show_tracks' as const }];
    sure([
      ['list the clips', shown],
      ['please list all the segments', shown],
      ['show me my clips so far', shown],
      ['list current moments', shown],
      ['so what do we have so far?', shown],
      ['what clips do I have', shown],
      ['which segments are there?', shown],
      ['列一下现在的片段', shown],
      ['帮我看看所有片段', shown],
      ['現在有哪些片段？', shown],
      ['一共有几个片段', shown],
    ]);
    // One moment named is no list; what a moment is (a question of meaning) asks for nothing.
    notSure(['show the first clip', '看看第二个片段']);
    nothing(['what is a segment?', '片段是什么意思']);
  });

  describe('the step just made refused, or the clip back to how it just was, is one undo', () => {
    sure([
      ['不要刚才那步', [{ op: 'undo' }]],
      ['不要刚刚这一步了', [{ op: 'undo' }]],
      ['恢复刚才的样子', [{ op: 'undo' }]],
      ['恢复到之前的状态', [{ op: 'undo' }]],
      ['恢复成刚才的版本', [{ op: 'undo' }]],
    ]);
    // Asked about, or the step named as a thing undone, nothing changes.
    nothing(['撤销不了怎么办', 'can I undo later?', 'how do I undo', "don't undo"]);
  });

  describe("the scene's sound refused mutes the recording; the recording's sound kept keeps it", () => {
    const muted = [{ op: 'set_source_volume' as const, volume: 0 }];
    const kept = [{ op: 'set_source_volume' as const, volume: 1 }];
    sure([
      ['不要现场声', muted],
      ['去掉同期声', muted],
      ['不要原声', muted],
      ["keep the recording's sound", kept],
      ["keep the recording's own audio", kept],
      ['keep the recording audio', kept],
    ]);
    nothing(['原声不错', 'is the original audio muted?', '为什么没有声音']);
  });

  describe('a look praised approves it and adds nothing', () => {
    nothing([
      'I like the background',
      'love the background!',
      'nice background',
      'really like the crossfades',
      'I like the zoom',
      'wow, such a nice look',
      '背景很好看',
      '我喜欢这个背景',
      '这个转场真漂亮',
    ]);
    // A background wished for, or made nicer, is still a request.
    sure([
      ["I'd like the background", [{ op: 'set_background', background: 'aurora' }]],
      ['make it vertical, I like the background', [{ op: 'set_aspect', aspect: '9:16' }]],
      ['我想要个背景', [{ op: 'set_background', background: 'aurora' }]],
    ]);
  });
});
