#!/usr/bin/env bash
# Installs what PostLint's tests and tools need, once: the Debian packages of the reference
# programs PostLint is checked against (mecab with two dictionaries, hunspell with en_US), the
# Japanese man pages used as a real-text corpus, and Chromium, in which the browser tests of
# `postlint serve` run headless (driven by Playwright through /usr/bin/chromium; Playwright never
# downloads a browser of its own), and clang with zlib, which link the NativeAOT build of the
# `postlint` tool (scripts/pack.sh), and hyperfine, which times its cold start
# (benchmarks/cold-start.sh). Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(mecab mecab-utils mecab-ipadic-utf8 mecab-jumandic-utf8 hunspell hunspell-en-us manpages-ja manpages-ja-dev chromium clang zlib1g-dev hyperfine)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "setup: the .NET SDK 10 is required (dotnet not on PATH)" >&2; exit 2; }
