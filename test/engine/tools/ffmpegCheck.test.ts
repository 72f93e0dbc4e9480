import * as assert from 'node:assert/strict';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkFfmpeg, ffmpegStatus, FfmpegUnavailableError, requireFfmpeg } from '../../../src/engine/tools/ffmpegCheck';
import { ffmpegInstallHint, installHintFor } from '../../../src/engine/tools/ffmpegInstall';

const X264 = ' V....D libx264              libx264 H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10 (codec h264)\n';
const NO_X264 = ' V....D libopenh264          OpenH264 H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10 (codec h264)\n V....D h264_vaapi           H.264/AVC (VAAPI) (codec h264)\n';
const versionLine = (version: string) => `ffmpeg version ${version} Copyright (c) 2000-2025 the FFmpeg developers\nbuilt with gcc 12\n`;

describe('ffmpeg check', () => {
  describe('ffmpegStatus (from -version and -encoders)', () => {
    const cases: [string, string, string, ReturnType<typeof ffmpegStatus>['kind']][] = [
      ['Debian 12', versionLine('5.1.9-0+deb12u1'), X264, 'ok'],
      ['Homebrew', versionLine('7.1.1'), X264, 'ok'],
      ['BtbN release build', versionLine('n7.1'), X264, 'ok'],
      ['a build from git master', versionLine('N-118000-g1234abcd-20250101'), X264, 'ok'],
      ['gyan.dev git build', versionLine('2025-01-06-git-3b6d7ae7ab-essentials_build-www.gyan.dev'), X264, 'ok'],
      ['Ubuntu 22.04', versionLine('4.4.2-0ubuntu0.22.04.1'), X264, 'too-old'],
      ['an old static build', versionLine('n4.3.1'), X264, 'too-old'],
      ['Fedora ffmpeg-free', versionLine('7.0.2'), NO_X264, 'no-libx264'],
      ['a program that is not ffmpeg', 'Usage: true\n', '', 'missing'],
    ];
    for (const [name, version, encoders, kind] of cases) {
      it(`${name}: ${kind}`, () => assert.equal(ffmpegStatus(version, encoders).kind, kind));
    }

    it('keeps the version for the message', () => {
      assert.deepEqual(ffmpegStatus(versionLine('4.4.2-0ubuntu0.22.04.1'), X264), { kind: 'too-old', version: '4.4.2-0ubuntu0.22.04.1' });
    });
  });

  describe('checkFfmpeg (runs the tools)', () => {
    let dir: string;
    before(async () => (dir = await mkdtemp(path.join(tmpdir(), 'ffmpeg-check-'))));
    after(() => rm(dir, { recursive: true, force: true }));

    /** A stand-in "ffmpeg" that prints what a real one would. */
    async function fakeTool(name: string, version: string, encoders: string): Promise<string> {
      const file = path.join(dir, name);
      await writeFile(file, `#!/bin/sh\ncase "$*" in *-encoders*) printf '%s' '${encoders}';; *) printf '%s' '${versionLine(version)}';; esac\n`);
      await chmod(file, 0o755);
      return file;
    }

    it('accepts the machine\'s ffmpeg (the tests need one that works)', async () => {
      assert.equal((await checkFfmpeg({ ffmpeg: 'ffmpeg', ffprobe: 'ffprobe' })).kind, 'ok');
    });

    it('reports a path that does not exist as missing, naming it', async () => {
      assert.deepEqual(await checkFfmpeg({ ffmpeg: path.join(dir, 'nope', 'ffmpeg'), ffprobe: 'ffprobe' }), { kind: 'missing', tool: path.join(dir, 'nope', 'ffmpeg') });
    });

    it('reports a missing ffprobe beside a good ffmpeg', async () => {
      assert.deepEqual(await checkFfmpeg({ ffmpeg: 'ffmpeg', ffprobe: path.join(dir, 'ffprobe') }), { kind: 'missing', tool: path.join(dir, 'ffprobe') });
    });

    it('reports an old ffmpeg as too old', async () => {
      const ffmpeg = await fakeTool('ffmpeg-4', '4.4.2', X264);
      assert.deepEqual(await checkFfmpeg({ ffmpeg, ffprobe: 'ffprobe' }), { kind: 'too-old', version: '4.4.2' });
    });

    it('requireFfmpeg rejects with a message for users: the problem and the install command, no stack', async () => {
      const ffmpeg = await fakeTool('ffmpeg-free', '7.0.2', NO_X264);
      const error = await requireFfmpeg({ ffmpeg, ffprobe: 'ffprobe' }).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof FfmpegUnavailableError);
      assert.equal(error.status.kind, 'no-libx264');
      assert.match(error.message, /^This ffmpeg \(7\.0\.2\) has no libx264 encoder.* Install it \(.+\): .+\.$/);
      assert.doesNotMatch(error.message, /\n|\bat .+:\d+:\d+/);
      // The ffmpeg notice says it in VS Code's display language: in Chinese, the same facts and the same command.
      const command = (await ffmpegInstallHint()).command.zh;
      assert.match(error.messageIn('zh'), /^这个 ffmpeg（7\.0\.2）没有 libx264 编码器，.*安装方法（.+）：.+。$/);
      assert.ok(error.messageIn('zh').includes(command), error.messageIn('zh'));
      assert.equal(error.messageIn('en'), error.message);
    });
  });

  describe('installHintFor (per system)', () => {
    const cases: [string, NodeJS.Platform, string, RegExp][] = [
      ['Debian', 'linux', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n', /^sudo apt-get install -y ffmpeg$/],
      ['Ubuntu', 'linux', 'ID=ubuntu\nID_LIKE=debian\n', /apt-get install -y ffmpeg/],
      ['Linux Mint', 'linux', 'ID=linuxmint\nID_LIKE="ubuntu debian"\n', /apt-get/],
      ['Fedora', 'linux', 'ID=fedora\nVERSION_ID=41\n', /^sudo dnf install -y ffmpeg/],
      ['Rocky', 'linux', 'ID="rocky"\nID_LIKE="rhel centos fedora"\n', /dnf/],
      ['macOS', 'darwin', '', /^brew install ffmpeg$/],
      ['Windows', 'win32', '', /^winget install --id Gyan\.FFmpeg$/],
      ['Arch (no one-line command we vouch for)', 'linux', 'ID=arch\n', /ffmpeg\.org\/download/],
    ];
    for (const [name, platform, osRelease, command] of cases) {
      it(name, () => assert.match(installHintFor(platform, osRelease).command.en, command));
    }

    it('says why Fedora needs RPM Fusion, and that Windows needs a restart', () => {
      assert.match(installHintFor('linux', 'ID=fedora\n').note?.en ?? '', /RPM Fusion/);
      assert.match(installHintFor('win32').note?.en ?? '', /restart VS Code/);
    });
  });
});
