#!/usr/bin/env bash
# Builds the page and serves it on http://127.0.0.1:8080 (set PORT to change).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
port=${PORT:-8080}
echo "redaction-check page: http://127.0.0.1:$port/"
exec python3 -m http.server --bind 127.0.0.1 --directory www "$port"
