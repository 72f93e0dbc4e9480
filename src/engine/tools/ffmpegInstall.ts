import { readFile } from 'node:fs/promises';
import type { Bilingual } from '../../protocol';

/** How to get a suitable ffmpeg on one kind of system: a command the user can paste, and what to know about it. */
export interface InstallHint {
  system: Bilingual;
  command: Bilingual;
  note?: Bilingual;
}

/** A name or a command: the same in both languages. */
const same = (text: string): Bilingual => ({ en: text, zh: text });

const DEBIAN_LIKE = new Set(['debian', 'ubuntu', 'linuxmint', 'pop', 'raspbian', 'elementary', 'zorin']);
const FEDORA_LIKE = new Set(['fedora', 'rhel', 'centos', 'rocky', 'almalinux']);

/** The install command for a platform; on Linux, `osRelease` is the text of /etc/os-release (ID and ID_LIKE). */
export function installHintFor(platform: NodeJS.Platform, osRelease = ''): InstallHint {
  switch (platform) {
    case 'darwin':
      return { system: same('macOS, Homebrew'), command: same('brew install ffmpeg') };
    case 'win32':
      // winget puts ffmpeg on the PATH of new processes only: VS Code, started before, does not see it yet.
      return { system: same('Windows'), command: same('winget install --id Gyan.FFmpeg'), note: { en: 'then restart VS Code', zh: '然后重启 VS Code' } };
    case 'linux': {
      const ids = linuxIds(osRelease);
      if (ids.some((id) => DEBIAN_LIKE.has(id))) return { system: same('Debian/Ubuntu'), command: same('sudo apt-get install -y ffmpeg') };
      // Fedora's own ffmpeg-free leaves out libx264; RPM Fusion's ffmpeg replaces it.
      if (ids.some((id) => FEDORA_LIKE.has(id))) {
        return {
          system: same('Fedora'), command: same('sudo dnf install -y ffmpeg --allowerasing'),
          note: { en: 'with RPM Fusion enabled: Fedora\'s ffmpeg-free has no libx264', zh: '需先启用 RPM Fusion：Fedora 自带的 ffmpeg-free 没有 libx264' },
        };
      }
    }
  }
  return {
    system: { en: 'any system', zh: '任何系统' },
    command: {
      en: 'ffmpeg 5 or newer with libx264 from your package manager or https://ffmpeg.org/download.html',
      zh: '从系统的包管理器或 https://ffmpeg.org/download.html 获取带 libx264 的 ffmpeg 5 或更新版本',
    },
  };
}

function linuxIds(osRelease: string): string[] {
  const value = (key: string) => new RegExp(`^${key}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1] ?? '';
  return `${value('ID')} ${value('ID_LIKE')}`.toLowerCase().split(/\s+/).filter(Boolean);
}

/** The hint for the machine this runs on. */
export async function ffmpegInstallHint(): Promise<InstallHint> {
  const osRelease = process.platform === 'linux' ? await readFile('/etc/os-release', 'utf8').catch(() => '') : '';
  return installHintFor(process.platform, osRelease);
}
