#!/usr/bin/env bash
# Builds the wasm module and the npm package into pkg/, and copies it into www/pkg/
# for the page. Prints the .wasm size raw and gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --profile wasm --target wasm32-unknown-unknown --lib --quiet
raw=target/wasm32-unknown-unknown/wasm/redaction_check.wasm
rm -rf pkg target/wasm-opt && mkdir -p pkg target/wasm-opt
# wasm-opt (Debian's binaryen) runs on rustc's output, before wasm-bindgen: run after
# it, binaryen 108 fixes the size of the externref table that the JS glue must grow.
input=$raw
# Functions with one caller are inlined only when small (by default wasm-opt inlines
# them all, which made Scanner::scan one 95 KB function): the engine compiles each
# function on its first call and recompiles the hot ones, and huge ones slow both.
if command -v wasm-opt >/dev/null; then
  if wasm-opt -Oz --one-caller-inline-max-function-size 500 --enable-bulk-memory --enable-simd --enable-sign-ext --enable-mutable-globals \
      --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
      "$raw" -o target/wasm-opt/redaction_check.wasm; then
    input=target/wasm-opt/redaction_check.wasm
  else
    echo "wasm-opt failed; shipping the unoptimised module" >&2
  fi
fi
wasm-bindgen --target web --out-dir pkg "$input"
cp pkg.json pkg/package.json
[ -f README.md ] && cp README.md pkg/README.md
cp js/*.js js/*.d.ts pkg/
cp schema/config.schema.json pkg/

rm -rf www/pkg && mkdir -p www/pkg
cp pkg/*.js pkg/*.wasm pkg/*.d.ts pkg/*.json www/pkg/
# The JS the wasm imports (js/wasm/), where wasm-bindgen puts it.
cp -r pkg/snippets www/pkg/
size=$(stat -c %s pkg/redaction_check_bg.wasm)
gz=$(gzip -9 -c pkg/redaction_check_bg.wasm | wc -c)
echo "built pkg/ and www/pkg/: redaction_check_bg.wasm $((size / 1024)) KiB raw, $((gz / 1024)) KiB gzipped" >&2
