// Removes compiled output, so that a test deleted from test/ does not keep running from a stale out/.
import { rmSync } from 'node:fs';

rmSync(new URL('../out', import.meta.url), { recursive: true, force: true });
