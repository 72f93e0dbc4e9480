#!/usr/bin/env bash
# System packages the local engine, the demo and the tests need: ffmpeg (engine), espeak-ng and DejaVu fonts
# (the generated sample footage narrates and draws text), Noto CJK fonts and fontconfig (titles in Chinese, Japanese
# or Korean: the renderer picks a font per script). For the extension-host tests: chromium (headless, drives
# the VS Code workbench), and libkrb5-dev, g++, make, python3 (scripts/setup-vshost.sh builds VS Code's native
# kerberos module with node-gyp). Uses sudo only when not already root.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends ffmpeg espeak-ng fonts-dejavu-core fonts-noto-cjk fontconfig \
  chromium libkrb5-dev g++ make python3 >/dev/null
ffmpeg -hide_banner -version | head -n 1
# The extension-host tests' VS Code (code-server) and Node 24, from the npm registry into .vshost/ (as the user,
# not root: they live in the project folder). Skipped when already installed.
bash "$(dirname "$0")/setup-vshost.sh"
