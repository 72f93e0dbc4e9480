#!/usr/bin/env bash
# System packages the local engine and the demo need: ffmpeg (the engine), espeak-ng and DejaVu fonts (the generated
# sample footage narrates and draws text), Noto CJK fonts and fontconfig (titles in Chinese, Japanese or Korean: the
# renderer picks a font per script). The tests need more: scripts/install-test-deps.sh.
# Installs only what is missing, with apt, through sudo when not root.
set -euo pipefail
source "$(dirname "$0")/aptMissing.sh"
apt_install_missing ffmpeg espeak-ng fonts-dejavu-core fonts-noto-cjk fontconfig
ffmpeg -hide_banner -version | head -n 1
