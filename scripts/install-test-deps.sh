#!/usr/bin/env bash
# What the tests need beyond scripts/install-deps.sh (the engine's packages, installed first if missing):
# chromium (headless, drives the VS Code workbench), and libkrb5-dev, g++, make, python3 (scripts/setup-vshost.sh
# builds VS Code's native kerberos module with node-gyp); then the test copy of VS Code itself (code-server and the
# Node 24 it runs on, from the npm registry into .vshost/, as the user, not root: it lives in the project folder);
# and the project's npm packages when they are not installed yet (run on a fresh clone without the demo command first,
# `npm test` would otherwise fail in lint, on tools it cannot find). Installs only what is missing, with apt, through
# sudo when not root.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/install-deps.sh"
source "$here/aptMissing.sh"
apt_install_missing chromium libkrb5-dev g++ make python3
bash "$here/setup-vshost.sh"
[ -d "$here/../node_modules" ] || (cd "$here/.." && npm ci --no-audit --no-fund)
