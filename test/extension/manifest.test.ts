import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import rawManifest from '../../package.json';
import { ACCEPTED_EXTENSIONS, BEST_MOMENTS_PROMPT, NOT_IN_MENUS } from '../../src/protocol';
import { localizedManifest } from '../helpers/l10n';

/** What an English VS Code shows (the %keys% of package.json resolved from package.nls.json). */
const manifest = localizedManifest(rawManifest, 'en');

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
      assert.equal(readFileSync(path.resolve(__dirname, '../../..', image)).subarray(1, 4).toString(), 'PNG');
    });
  }

  it('the Ask step opens the Chat with @democlip', () => {
    const ask = walkthrough.steps.find((s) => s.id === 'ask');
    const link = /\[Open Chat\]\(command:workbench\.action\.chat\.open\?([^)]+)\)/.exec(ask?.description ?? '');
    assert.ok(link, 'an Open Chat button');
    assert.match((JSON.parse(decodeURIComponent(link[1])) as { query: string }).query, /^@democlip /);
  });
});

describe('package.json: the VS Code it claims is the one it is typed against and tested on', () => {
  const floor = /^\^(\d+)\.(\d+)\.0$/.exec(manifest.engines.vscode);
  const minor = (version: string) => Number(version.split('.')[1]);

  it('engines.vscode is a ^1.N.0 floor', () => assert.ok(floor, manifest.engines.vscode));

  it('@types/vscode is pinned exactly, to a release no newer than the floor (newer API fails the type-check)', () => {
    const pinned = manifest.devDependencies['@types/vscode'];
    assert.match(pinned, /^\d+\.\d+\.\d+$/, 'an exact version, so no install resolves a newer one');
    const installed = (JSON.parse(readFileSync(require.resolve('@types/vscode/package.json'), 'utf8')) as { version: string }).version;
    assert.equal(installed, pinned);
    assert.ok(minor(pinned) <= Number(floor![2]), `@types/vscode ${pinned} is newer than the floor ${manifest.engines.vscode}`);
  });

  it('the host tests run the floor: code-server 4.N pins VS Code 1.N (scripts/setup-vshost.sh)', () => {
    const codeServer = /^CODE_SERVER_VERSION=(\S+)$/m.exec(readFileSync(path.join(__dirname, '../../../scripts/setup-vshost.sh'), 'utf8'));
    assert.ok(codeServer, 'setup-vshost.sh names CODE_SERVER_VERSION');
    assert.equal(minor(codeServer[1]), Number(floor![2]), `code-server ${codeServer[1]} runs VS Code 1.${minor(codeServer[1])}, the floor is ${manifest.engines.vscode}`);
  });
});

describe('package.json: Remote, Restricted Mode and the log', () => {
  it('runs where the files are (workspace extension host), so the engine reads the footage on the remote side', () => {
    assert.deepEqual(manifest.extensionKind, ['workspace']);
  });

  it('is limited in untrusted workspaces: the program it runs and where the token goes come from user settings only', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.deepEqual([...trust.restrictedConfigurations].sort(), ['democlip.apiBaseUrl', 'democlip.ffmpegPath']);
    const properties = manifest.contributes.configuration.properties;
    assert.equal(properties['democlip.ffmpegPath'].scope, 'machine');
    assert.equal(properties['democlip.apiBaseUrl'].scope, 'machine');
  });

  it('has a Show Log command', () => {
    assert.ok(manifest.contributes.commands.some((c) => c.command === 'democlip.showLog' && c.title === 'Show Log'));
  });
});
