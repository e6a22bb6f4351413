#!/usr/bin/env bash
# Scores the extractor on the project's own annotated articles (tests/fixtures) with the shared scorer.
# Usage: scripts/eval-fixtures.sh [FIXTURES_DIR] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
fx=${1:-tests/fixtures}
shift || true
shared=${KG_SHARED:-../shared}
tmp=$(mktemp -d)
for f in "$fx"/articles/*; do
  base=$(basename "$f"); base=${base%.*}
  node bin/kg.js extract "$f" --format json > "$tmp/$base.json"
done
# The scorer reads texts by the gold's document name; point it at the articles folder.
node "$shared/eval/score.mjs" --gold-dir "$fx/gold" --pred-dir "$tmp" --text-dir "$fx/articles" "$@" | { if [ "${1:-}" = "--verbose" ]; then cat; else tail -1; fi; }
rm -rf "$tmp"
