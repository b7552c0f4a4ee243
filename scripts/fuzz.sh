#!/usr/bin/env bash
# Runs the cargo-fuzz targets (scan, config, docx) one after another, each for
# SECONDS (default 1800), on seed corpora made here under fuzz/corpus/.
# Needs cargo-fuzz (installed if missing). Nightly features come from
# RUSTC_BOOTSTRAP=1 on the stable toolchain. A crash stops the run and leaves its
# input under fuzz/artifacts/<target>/: copy a scan crash into tests/data/fuzz/, which
# tests/fuzz_regressions.rs scans with the target's checks.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-1800}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(config docx scan)
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
export RUSTC_BOOTSTRAP=1
root=$PWD

mkdir -p fuzz/corpus/scan fuzz/corpus/config fuzz/corpus/docx
if [ -d ../shared/eval/dev/docs ]; then cp -n ../shared/eval/dev/docs/* fuzz/corpus/scan/ 2>/dev/null || true; fi
printf 'Dear Ms Ní Bhriain,\r\n👍 Call 07700 900123 x4418 or jo.bloggs@example.org; TightVNC on 10.1.2.3/24, fe80::1.\n' > fuzz/corpus/scan/seed.txt
printf '{}' > fuzz/corpus/config/empty.json
printf '{"publicPeople":["Jane Smith"],"publicNumbers":["0113 496 0999"],"roleMailboxes":["foi"],"allow":["TightVNC"],"deny":[{"term":"Falcon","kind":"security_product","severity":"high","reason":"r"}],"disabledKinds":["phone"],"minSeverity":"review"}' > fuzz/corpus/config/full.json
python3 - "$root/fuzz/corpus/docx" <<'PY'
import sys, zipfile, os
d = sys.argv[1]
doc = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
       '<w:p><w:r><w:t>Dear Ms Okafor</w:t></w:r></w:p>'
       '<w:p><w:ins w:id="1" w:author="A"><w:r><w:t>Call 07700 900123</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>TightVNC</w:delText></w:r></w:del></w:p>'
       '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden 10.1.2.3</w:t></w:r><w:commentReference w:id="0"/></w:p>'
       '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Q1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Yes</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
       '</w:body></w:document>')
comments = ('<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:comment w:id="0" w:author="B"><w:p><w:r><w:t>Ask Jane Smith</w:t></w:r></w:p></w:comment></w:comments>')
for name, method in (("seed-deflate.docx", zipfile.ZIP_DEFLATED), ("seed-stored.docx", zipfile.ZIP_STORED)):
    with zipfile.ZipFile(os.path.join(d, name), "w", method) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", doc)
        z.writestr("word/comments.xml", comments)
        z.writestr("word/header1.xml", '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Direct line 0113 496 0000</w:t></w:r></w:p></w:hdr>')
PY

for t in "${targets[@]}"; do
  echo "== fuzzing $t for ${secs}s"
  cargo fuzz run -O "$t" "$root/fuzz/corpus/$t" -- -max_total_time="$secs" -timeout=20 -rss_limit_mb=4096 -max_len=262144 -print_final_stats=1
done
