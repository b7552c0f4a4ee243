#!/usr/bin/env bash
# Builds the wasm module and the npm package into pkg/, and copies it into www/pkg/
# for the page. Prints the .wasm size raw and gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --target wasm32-unknown-unknown --lib --quiet
raw=target/wasm32-unknown-unknown/release/redaction_check.wasm
rm -rf pkg && mkdir -p pkg
wasm-bindgen --target web --out-dir pkg "$raw"
# Debian's binaryen handles rustc's output when told which features it uses.
if command -v wasm-opt >/dev/null; then
  wasm-opt -Oz --enable-bulk-memory --enable-sign-ext --enable-mutable-globals \
    --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
    pkg/redaction_check_bg.wasm -o pkg/redaction_check_bg.wasm.opt \
    && mv pkg/redaction_check_bg.wasm.opt pkg/redaction_check_bg.wasm \
    || echo "wasm-opt failed; shipping the unoptimised module" >&2
fi
cp pkg.json pkg/package.json
[ -f README.md ] && cp README.md pkg/README.md
[ -d js ] && cp js/*.js js/*.d.ts pkg/ 2>/dev/null || true
[ -f schema/config.schema.json ] && cp schema/config.schema.json pkg/

rm -rf www/pkg && mkdir -p www/pkg
cp pkg/*.js pkg/*.wasm pkg/*.d.ts www/pkg/
size=$(stat -c %s pkg/redaction_check_bg.wasm)
gz=$(gzip -9 -c pkg/redaction_check_bg.wasm | wc -c)
echo "built pkg/ and www/pkg/: redaction_check_bg.wasm $((size / 1024)) KiB raw, $((gz / 1024)) KiB gzipped" >&2
