import { readFile } from 'node:fs/promises';

/** How to get a suitable ffmpeg on one kind of system: a command the user can paste, and what to know about it. */
export interface InstallHint {
  system: string;
  command: string;
  note?: string;
}

const DEBIAN_LIKE = new Set(['debian', 'ubuntu', 'linuxmint', 'pop', 'raspbian', 'elementary', 'zorin']);
const FEDORA_LIKE = new Set(['fedora', 'rhel', 'centos', 'rocky', 'almalinux']);

/** The install command for a platform; on Linux, `osRelease` is the text of /etc/os-release (ID and ID_LIKE). */
export function installHintFor(platform: NodeJS.Platform, osRelease = ''): InstallHint {
  switch (platform) {
    case 'darwin':
      return { system: 'macOS, Homebrew', command: 'brew install ffmpeg' };
    case 'win32':
      // winget puts ffmpeg on the PATH of new processes only: VS Code, started before, does not see it yet.
      return { system: 'Windows', command: 'winget install --id Gyan.FFmpeg', note: 'then restart VS Code' };
    case 'linux': {
      const ids = linuxIds(osRelease);
      if (ids.some((id) => DEBIAN_LIKE.has(id))) return { system: 'Debian/Ubuntu', command: 'sudo apt-get install -y ffmpeg' };
      // Fedora's own ffmpeg-free leaves out libx264; RPM Fusion's ffmpeg replaces it.
      if (ids.some((id) => FEDORA_LIKE.has(id))) return { system: 'Fedora', command: 'sudo dnf install -y ffmpeg --allowerasing', note: 'with RPM Fusion enabled: Fedora\'s ffmpeg-free has no libx264' };
    }
  }
  return { system: 'any system', command: `ffmpeg 5 or newer with libx264 from your package manager or https://ffmpeg.org/download.html` };
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
