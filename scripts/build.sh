#!/usr/bin/env bash
# Builds the three products: the BPF object, the native addon, and the TypeScript in lib/.
# Each step is skipped when its output is newer than every input.
set -euo pipefail
cd "$(dirname "$0")/.."

newer() { # newer OUTPUT INPUT... : true when OUTPUT exists and is newer than all inputs
  local out=$1; shift
  [ -e "$out" ] || return 1
  [ -z "$(find "$@" -newer "$out" -print -quit 2>/dev/null)" ]
}

mkdir -p build/bpf
if ! newer build/bpf/xcover.bpf.o bpf; then
  echo "build: bpf/xcover.bpf.c" >&2
  clang -target bpf -O2 -g -mcpu=v3 -Wall -Werror \
    -I"/usr/include/$(uname -m)-linux-gnu" -c bpf/xcover.bpf.c -o build/bpf/xcover.bpf.o
fi

if ! newer native/build/Release/xcover.node native/xcover.cc native/cxx_runtime.cc native/bpf_uapi.h native/binding.gyp; then
  echo "build: native addon" >&2
  # Build against the headers of the Node.js that runs us (no download: the machine may be offline).
  nodedir=$(node -p 'require("path").resolve(process.execPath, "..", "..")')
  gyp_args=(rebuild --loglevel=warn)
  [ -f "$nodedir/include/node/node_api.h" ] && gyp_args+=("--nodedir=$nodedir")
  (cd native && ../node_modules/.bin/node-gyp "${gyp_args[@]}" >&2)
fi

if ! newer lib/cli/main.js src tsconfig.json; then
  echo "build: TypeScript" >&2
  rm -rf lib
  node_modules/.bin/tsc -p tsconfig.json
  chmod +x lib/cli/main.js
fi
