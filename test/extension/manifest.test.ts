import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import manifest from '../../package.json';
import { ACCEPTED_EXTENSIONS, BEST_MOMENTS_PROMPT, NOT_IN_MENUS } from '../../src/protocol';

/** The `when` clauses of the upload menus hold a regex literal; VS Code evaluates it against resourceExtname. */
function uploadWhenRegex(menu: 'explorer/context' | 'editor/title'): RegExp {
  const entry = manifest.contributes.menus[menu].find((m) => m.command === 'democlip.upload');
  assert.ok(entry, `no upload entry in ${menu}`);
  const literal = /resourceExtname =~ \/(.+)\/(\w*)$/.exec(entry.when);
  assert.ok(literal, entry.when);
  return new RegExp(literal[1], literal[2]);
}

describe('package.json: "Upload to Demo Clip" shows on exactly the accepted files', () => {
  for (const menu of ['explorer/context', 'editor/title'] as const) {
    it(`${menu} matches every accepted extension, in any case, and nothing else`, () => {
      const regex = uploadWhenRegex(menu);
      const offered = Object.values(ACCEPTED_EXTENSIONS).flat().filter((ext) => !NOT_IN_MENUS.includes(ext));
      for (const ext of offered) {
        assert.ok(regex.test(`.${ext}`), ext);
        assert.ok(regex.test(`.${ext.toUpperCase()}`), ext.toUpperCase());
      }
      // TypeScript sources (.ts, .mts) share MPEG-TS's extensions: no upload entry on every source file.
      for (const other of ['.txt', '.mp4.part', '.jpgx', '', '.mov.zip', '.heic', ...NOT_IN_MENUS.map((ext) => `.${ext}`)]) {
        assert.ok(!regex.test(other), other);
      }
    });
  }

  it('declares every chat slash command the participant handles', () => {
    const participant = manifest.contributes.chatParticipants.find((p) => p.id === 'democlip.chat');
    assert.deepEqual(participant?.commands.map((c) => c.name).sort(), ['credits', 'export', 'help', 'new', 'status', 'upload']);
  });

  it('the Chat view points to @democlip before the user knows its name: a sample request', () => {
    const participant = manifest.contributes.chatParticipants.find((p) => p.id === 'democlip.chat');
    assert.equal(participant?.sampleRequest, BEST_MOMENTS_PROMPT);
  });
});

describe('package.json: the walkthrough', () => {
  const walkthrough = manifest.contributes.walkthroughs[0];
  it('has a title the Welcome page shows whole, and promises no fixed length', () => {
    assert.ok(walkthrough.title.length <= 13, `"${walkthrough.title}" is cut on the Welcome page (about 13 characters fit)`);
    assert.doesNotMatch(JSON.stringify(walkthrough), /60-second/);
  });

  for (const step of manifest.contributes.walkthroughs[0].steps) {
    it(`step "${step.id}": a short title, no code spans, a button that does it, and a picture made by npm run pictures`, () => {
      assert.ok(step.title.length <= 20, step.title);
      assert.doesNotMatch(step.description, /`/, 'walkthrough descriptions show backticks raw');
      assert.match(step.description, /\[[^\]]+\]\(command:democlip\.[a-zA-Z]+\)/);
      const image = (step.media as { image?: string }).image;
      assert.ok(image, 'a picture');
      assert.equal(readFileSync(resolve(__dirname, '../../..', image)).subarray(1, 4).toString(), 'PNG');
    });
  }

  it('the Ask step opens the Chat with @democlip', () => {
    const ask = walkthrough.steps.find((s) => s.id === 'ask');
    const link = /\[Open Chat\]\(command:workbench\.action\.chat\.open\?([^)]+)\)/.exec(ask?.description ?? '');
    assert.ok(link, 'an Open Chat button');
    assert.match((JSON.parse(decodeURIComponent(link[1])) as { query: string }).query, /^@democlip /);
  });
});
