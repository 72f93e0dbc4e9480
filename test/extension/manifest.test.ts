import * as assert from 'node:assert/strict';
import manifest from '../../package.json';
import { ACCEPTED_EXTENSIONS } from '../../src/protocol';

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
      for (const ext of Object.values(ACCEPTED_EXTENSIONS).flat()) {
        assert.ok(regex.test(`.${ext}`), ext);
        assert.ok(regex.test(`.${ext.toUpperCase()}`), ext.toUpperCase());
      }
      for (const other of ['.txt', '.ts', '.mp4.part', '.m4v', '.jpgx', '', '.mov.zip']) assert.ok(!regex.test(other), other);
    });
  }

  it('declares every chat slash command the participant handles', () => {
    const participant = manifest.contributes.chatParticipants.find((p) => p.id === 'democlip.chat');
    assert.deepEqual(participant?.commands.map((c) => c.name).sort(), ['credits', 'export', 'new', 'status', 'upload']);
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
