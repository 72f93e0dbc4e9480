import * as assert from 'node:assert/strict';
import { parseInstruction } from '../../../src/engine/agent/parseInstruction';
import type { EditOp } from '../../../src/protocol';
import { nothing, table } from './phrasingTable';

/**
 * Round 21, the sound: the footage's own sound named by what makes it, music put on by 上 or 来 after its name,
 * files with Chinese names, music louder than the voice, and a sound remark beside the recording's level. Each class
 * in new wordings (against a draft of 3 moments and 1 text), and the look-alikes that must change nothing.
 */

const source = (volume: number) => ({ op: 'set_source_volume', volume }) as const;
const QUIETER = { op: 'set_music_volume', change: 'quieter' } as const;

/** Each phrase read as exactly these operations, nothing left unread, in a draft known to have no music yet. */
const withoutMusic = (cases: [string, EditOp[]][]) => {
  for (const [phrase, expected] of cases) {
    it(`"${phrase}" (no music yet)`, () => assert.deepEqual(parseInstruction(phrase, { moments: 3, texts: 1, music: false }), { ops: expected, unknown: [] }));
  }
};

describe('edit agent: round 21, the sound → exact operations or nothing', () => {
  describe('a sound of the scene named by what makes it ("the sound of the drills", "the chickens in the video"), then a level or "off": the recording\'s sound', () => {
    table([
      ['the sound of the drills, bring down to 20 percent', [source(0.2)]],
      ['the noise of the fans, cut to a quarter', [source(0.25)]],
      ['the chickens in the video are noisy, put them at 30%', [source(0.3)]],
      ['the kids talking in the background, lower it to 40 percent', [source(0.4)]],
      ['the rain on the footage is deafening, turn it off', [source(0)]],
      ['the horns in the video, lower them to 10%', [source(0.1)]],
      ['the sound of the crowd, 60 percent', [source(0.6)]],
      ['lower the chatter of the customers to 15 percent', [source(0.15)]],
      ['the coffee grinder noise, 35 percent', [source(0.35)]],
      ['mute the compressor noise', [source(0)]],
      ['reduce the traffic noise to 20%', [source(0.2)]],
    ]);
    // Cleaned (no level), the sound is nothing the editor does; "get rid of it" is no mute; a picture is no sound.
    nothing(['kill the traffic noise', 'the wind in the recording is loud, get rid of it', 'the logo in the video, make it half',
      'the birds in the video are lovely', 'remove the sound of the sea']);
  });

  describe('a noise cleaned ("kill the gym noise") beside the recording\'s sound switched off is what the mute does', () => {
    table([
      ['get rid of the wind noise, just mute the video', [source(0)]],
      ['mute the original sound, kill that hum', [source(0)]],
      ['remove the traffic noise. silence the source audio completely.', [source(0)]],
      ['filter out the hiss and turn off the original audio', [source(0)]],
    ]);
    // Beside a level the noise stays: the cleaning is not read (nor is it alone).
    it('beside a level, the noise cleaned stays unread', () => {
      assert.deepEqual(parseInstruction('kill the traffic noise, turn the video sound down to 50%', { moments: 3, texts: 1 }).unknown, ['kill the traffic noise']);
    });
    nothing(['kill the traffic noise', 'get rid of the hum please']);
  });

  describe('music put on with 上 or 来 said after it (背景音乐上一个，配乐来一首), no music yet: that music added, at the level said after', () => {
    withoutMusic([
      ['配乐上一首，音量两成', [{ op: 'add_music', track: 'lofi', volume: 0.2, duck: true }]],
      ['背景音乐来一个', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
      ['bgm上一段，百分之二十五', [{ op: 'add_music', track: 'lofi', volume: 0.25, duck: true }]],
      ['音乐上一首吧', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }]],
    ]);
    nothing(['上一个版本的音乐不要动', '背景音乐上一个版本的好听']);
  });

  describe('a file named in Chinese (“棉花谣.mp3”, 漆器-第二天.mp4) is read as a file wherever a name is read', () => {
    table([
      ['音乐用我传的“茉莉花.mp3”', [{ op: 'add_music', track: '茉莉花.mp3', volume: 0.35, duck: true }]],
      ['加段音乐，就用“春天-钢琴版.mp3”，音量三成', [{ op: 'add_music', track: '春天-钢琴版.mp3', volume: 0.3, duck: true }]],
      ['配乐换成 小河淌水.wav', [{ op: 'add_music', track: '小河淌水.wav', volume: 0.35, duck: true }]],
      ['只用“开箱-上午.mp4”和“开箱-下午.mp4”', [{ op: 'use_sources', files: ['开箱-上午.mp4', '开箱-下午.mp4'] }]],
      ['背景用我传的“山水.png”', [{ op: 'set_background', background: '山水.png' }]],
    ]);
    // A file asked about is no music added.
    nothing(['“茉莉花.mp3”是哪一首？']);
  });

  describe('music louder than the voice (音乐比人声还大) is too loud: quieter', () => {
    table([
      ['the music is louder than the voice', [QUIETER]],
      ['honestly the bgm is way louder than my narration', [QUIETER]],
      ['the song ends up louder than the speaker, fix it', [QUIETER]],
      ['音乐比人声还大', [QUIETER]],
      ['背景音乐比我说话的声音还响', [QUIETER]],
    ]);
    nothing(['is the music louder than the voice?']);
  });

  describe('a sound of the scene remarked beside the level the recording\'s sound is set to (讲解声音要大一点，原声调到120%): why, not another request', () => {
    table([
      ['解说声音要大一点，原声调到130%', [source(1.3)]],
      ['我弹琴的声音要大，原声150%', [source(1.5)]],
      ['电钻那声儿太吵，原声关了', [source(0)]],
      ['“开始”那句的声音要响！原声调到百分之一百四十！', [source(1.4)]],
      ['要响，原声调到两倍', [source(2)]],
      ['原声里有观众鼓掌，调大，120%', [source(1.2)]],
    ]);
    // Said alone, no level of the recording is guessed.
    nothing(['电钻那声儿太吵', '讲解声音要大一点吗？']);
  });
});

describe('edit agent: music named with a level and no change word ("music at a quarter volume", 背景音乐15%)', () => {
  const added = (volume: number, duck = true): EditOp => ({ op: 'add_music', track: 'lofi', volume, duck });
  const level = (volume: number): EditOp => ({ op: 'set_music_volume', volume });
  describe('with no music yet, is that music asked for (a level of none would fail)', () => {
    withoutMusic([
      ['music at a quarter volume', [added(0.25)]],
      ['music at full volume', [added(1)]],
      ['bgm at half volume, no ducking', [added(0.5, false)]],
      ['背景音乐15%', [added(0.15)]],
      ['配乐百分之二十', [added(0.2)]],
      ['原声三成，音乐百分之四十', [source(0.3), added(0.4)]],
    ]);
  });
  describe('with music there, is its level', () => {
    for (const [phrase, expected] of [['music at a quarter volume', [level(0.25)]], ['背景音乐15%', [level(0.15)]]] as const) {
      it(`"${phrase}" (music there)`, () => assert.deepEqual(parseInstruction(phrase, { moments: 3, texts: 1, music: true }), { ops: expected, unknown: [] }));
    }
  });
  describe('a level changed says the music there is, even with none yet', () => {
    withoutMusic([
      ['music volume 20%', [level(0.2)]],
      ['背景音乐调到百分之四十', [level(0.4)]],
    ]);
  });
});
