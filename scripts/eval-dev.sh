#!/usr/bin/env bash
# Scores the extractor on the real annotated articles with the shared scorer (outside the repo): the
# seed, dev (4), dev2 (16), and dev + dev2 together with the per-type table (Person precision is there).
# Usage: scripts/eval-dev.sh [--verbose]   (--verbose lists every missed and spurious item of dev + dev2)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${KG_SHARED:-../shared}
kg="node bin/kg.js"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
score() { node "$shared/eval/score.mjs" "$@"; }
$kg extract "$shared/seed/000_ac0a09345cc1fc79.txt" --format json > "$tmp/seed.json"
echo "seed: $(score --gold "$shared/eval/gold/000_ac0a09345cc1fc79.json" --pred "$tmp/seed.json" --text "$shared/seed/000_ac0a09345cc1fc79.txt" | tail -1)"
mkdir -p "$tmp/all/pred" "$tmp/all/gold" "$tmp/all/text"
for set in dev dev2; do
  [ -d "$shared/eval/$set/text" ] || continue
  mkdir -p "$tmp/$set"
  for f in "$shared"/eval/$set/text/*.txt; do $kg extract "$f" --format json > "$tmp/$set/$(basename "$f" .txt).json"; done
  echo "$set: $(score --gold-dir "$shared/eval/$set/gold" --pred-dir "$tmp/$set" --text-dir "$shared/eval/$set/text" | tail -1)"
  cp "$tmp/$set"/*.json "$tmp/all/pred/"; cp "$shared/eval/$set/gold"/*.json "$tmp/all/gold/"; cp "$shared/eval/$set/text"/*.txt "$tmp/all/text/"
done
echo "dev + dev2:"
score --gold-dir "$tmp/all/gold" --pred-dir "$tmp/all/pred" --text-dir "$tmp/all/text" ${1:+"$1"}
