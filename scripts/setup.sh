#!/usr/bin/env bash
# Installs what xcover needs on a Debian/Ubuntu machine (idempotent), then builds it.
# Used by `npm test`, `npm run example` and .ci/run, so one fresh machine needs nothing else.
# Extra Debian packages (the tests' oracles and fixture toolchains) can be named as arguments;
# `rustc` is skipped when a rustup toolchain already provides one.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(clang llvm libbpf-dev bpftool gcc g++ make binutils util-linux python3)
for extra in "$@"; do
  if [ "$extra" = rustc ] && command -v rustc >/dev/null; then continue; fi
  packages+=("$extra")
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund >&2
fi

bash scripts/build.sh
