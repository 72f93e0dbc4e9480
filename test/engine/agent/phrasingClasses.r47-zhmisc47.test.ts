import { notSure, nothing, sure } from './phrasingTable';

/**
 * Round 47's Chinese classes (zhmisc47): a length asked in dialect, closed by a tag asking agreement (中不, 行不, 得不得,
 * 可以伐) after a topic of what the user's people are seen doing ("俺们剪窗花这段"), and left unread when undecided
 * ("…我还没想好"); the Cantonese shape words 直度, 直嘅 and 橫度; the music's level complained of as a question
 * ("音乐咋这么大"), then a level with the music not named again; a caption's words run on after 打上 or 加上, then where it
 * shows after a space or a comma; a card made with its words after a colon (做个片尾卡：…), then how long it stays.
 */
describe('edit agent: round 47 zhmisc47 classes', () => {
  const clip = (seconds: number) => [{ op: 'compile_best_moments' as const, target_ms: seconds * 1000 }];

  describe('a length asked in dialect with a tag question', () => {
    sure([
      ['咱们包粽子这段，给整成三十秒中不', clip(30)],
      ['做馍这段弄成一分钟行不？', clip(60)],
      ['剪成二十秒得不得？', clip(20)],
      ['给弄成四十秒可以伐？', clip(40)],
      ['弄成三十秒的好不？', clip(30)],
      ['能剪成一分钟不？', clip(60)],
      // What the user's people are seen doing, a verb and its object before this part, is the topic of the clip.
      ['我们剪头发这段，剪成三十秒', clip(30)],
    ]);
    // Undecided, the length is no request; a shape asked with the tag may ask an opinion; a part cut or removed by
    // "us" before this part may be a removal asked; "that part" (那段) may point at one part.
    notSure(['我们切菜那段，剪成10秒', '三十秒中不中我还没想好', '竖屏中不？', '我们剪掉这段，剪成30秒', '我们删了这段，剪成30秒', '剪成一分钟还是两分钟，我再想想']);
    nothing(['俺们剪窗花这段', '中不中啊']);
  });

  describe('the Cantonese words for an upright or a sideways frame', () => {
    const shape = (aspect: '9:16' | '16:9') => [{ op: 'set_aspect' as const, aspect }];
    sure([
      ['要直度', shape('9:16')],
      ['改成直度', shape('9:16')],
      ['剪成三十秒，要直度', [...clip(30), ...shape('9:16')]],
      ['要直嘅', shape('9:16')],
      ['要橫度', shape('16:9')],
      ['改做横度', shape('16:9')],
    ]);
    // Asked about, or 直 and 度 in other words (垂直度, 一直, 纵横), no shape; 打直 straightens (Mandarin).
    nothing(['直度好唔好睇？', '垂直度', '佢一直嘅', '一直度过', '纵横度', '画面歪了，帮我打直', '把画面打直', '字幕打直']);
  });

  describe("the music's level complained of, then a level", () => {
    const level = (volume: number) => [{ op: 'set_music_volume' as const, volume }];
    sure([
      ['音乐咋这么大，调到百分之二十', level(0.2)],
      ['配乐怎么这么吵，调到两成', level(0.2)],
      ['bgm咋这么小声，开到八成', level(0.8)],
      ['音乐为啥这么响，百分之三十就行', level(0.3)],
    ]);
    // A complaint alone stays as it was; after it, what is no level, or another sound's level, is not the music's.
    nothing(['音乐咋这么大', '配乐怎么这么吵']);
    notSure(['音乐咋这么大，调到三十秒', '音乐咋这么大，剪成三十秒']);
  });

  describe("a caption's words after 打上 or 加上, then where it shows", () => {
    const caption = (text: string, position: 'top' | 'center' | 'bottom') =>
      [{ op: 'add_text' as const, text, style: 'caption' as const, position }];
    sure([
      ['字幕打上新米上市 放在下面', caption('新米上市', 'bottom')],
      ['字幕打上新米上市，放在下面', caption('新米上市', 'bottom')],
      ['打上字幕欢迎光临 放下面', caption('欢迎光临', 'bottom')],
      ['打上字幕欢迎光临，底部', caption('欢迎光临', 'bottom')],
      ['字幕加上欢迎光临，放在上面', caption('欢迎光临', 'top')],
      ['标题打上欢迎光临，放中间', [{ op: 'add_text', text: '欢迎光临', style: 'title', position: 'center' }]],
      ['字幕打上欢迎光临，从3秒到6秒', [{ op: 'add_text', text: '欢迎光临', style: 'caption', start_ms: 3000, end_ms: 6000 }]],
      // A text named with no words, then a place, still moves the one there.
      ['标题放在下面', [{ op: 'edit_text', position: 'bottom' }]],
    ]);
    // Where the words end is not said: no text guessed; 上去 says where it goes, no words.
    notSure(['字幕打上新米上市', '字幕打上欢迎光临，导出', '字幕加上去，放在下面', '字幕加上去 放在下面']);
  });

  describe("a card made with its words after a colon, then how long it stays", () => {
    const card = (text: string, kind: 'intro' | 'outro', seconds: number) =>
      [{ op: 'add_card' as const, card: kind, text, duration_ms: seconds * 1000 }];
    sure([
      ['做个片尾卡：龙门客栈 欢迎入住，停三秒', card('龙门客栈 欢迎入住', 'outro', 3)],
      ['做个片头卡：欢迎光临，显示五秒', card('欢迎光临', 'intro', 5)],
      ['做一张片尾卡：谢谢收看', card('谢谢收看', 'outro', 2)],
      ['做个片头：春季招生', card('春季招生', 'intro', 2)],
      ['片尾放个卡片写欢迎再来，留四秒', card('欢迎再来', 'outro', 4)],
      ['结尾卡写「下期见」三秒', card('下期见', 'outro', 3)],
      // A figure in words opening the words after the colon is theirs when more than a length follows it.
      ['加个字幕：三分钟学会做饭', [{ op: 'add_text', text: '三分钟学会做饭', style: 'caption' }]],
    ]);
    // A length alone after the colon, in figures or in words, is no card's words: unread.
    notSure(['做个片尾卡：三秒', '加个片尾卡：三秒', '片尾卡：十秒']);
  });
});
