import * as assert from 'node:assert/strict';
import { routeMessage } from '../../src/client';

describe('routeMessage (the seed routing table)', () => {
  const cases: [string, string][] = [
    ['export 1080p MP4', 'export'],
    ['导出', 'export'],
    ['download', 'export'],
    ['send me the video', 'export'],
    ['render it in 4K', 'export'],
    ['Export 1080P MP4', 'export'],
    ['credits', 'credits'],
    ['积分', 'credits'],
    ['what is my balance?', 'credits'],
    ['余额', 'credits'],
    ['status', 'status'],
    ['状态', 'status'],
    ['show tracks', 'status'],
    ['upload', 'upload'],
    ['上传', 'upload'],
    ['upload another video', 'upload'],
    ['upload it to youtube for me', 'chat'],
    ['上传到B站', 'chat'],
    ['trim the best moments and compile them into a 60-second demo clip', 'chat'],
    ['add lo-fi BGM at 35%', 'chat'],
    ['trim to 30 seconds then export', 'chat'],
    ['what can you do?', 'help'],
    ['What else can I do', 'help'],
    ['help', 'help'],
    ['how does this work?', 'help'],
    ['你能做什么', 'help'],
    ['help me add a title', 'chat'],
    ['make it do what you can', 'chat'],
    // An export beside an edit, a question or a no is read by the chat: the fixed export would drop the edit or export unasked.
    ['mute the original audio then export as gif', 'chat'],
    ['导出前先静音，原声10%', 'chat'],
    ['speed it up 2x and render a 720p mp4', 'chat'],
    ['fade out at the end, then download', 'chat'],
    ['why does the export take so long?', 'chat'],
    ['导出要多久？', 'chat'],
    ["don't export yet", 'chat'],
    ['先别导出', 'chat'],
    ['can you export it as a webm', 'export'],
    ['add an end card saying "Download now"', 'chat'],
    ['结尾加上"扫码下载"', 'chat'],
    ["add the title 'Credits' 0-3s", 'chat'],
  ];
  for (const [text, action] of cases) it(`routes "${text}" to ${action}`, () => assert.equal(routeMessage(text).action, action));

  it('carries the output options of an export', () => {
    assert.deepEqual(routeMessage('export 720p webm'), { action: 'export', output: { format: 'webm', quality: 'high', resolution: '720p' } });
  });
});
