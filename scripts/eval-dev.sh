#!/usr/bin/env bash
# Scores the extractor on the seed article and on the dev set with the shared scorer (outside the repo).
# Usage: scripts/eval-dev.sh [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${KG_SHARED:-../shared}
kg="node bin/kg.js"
tmp=$(mktemp -d)
$kg extract "$shared/seed/000_ac0a09345cc1fc79.txt" --format json > "$tmp/seed.json"
echo "seed: $(node "$shared/eval/score.mjs" --gold "$shared/eval/gold/000_ac0a09345cc1fc79.json" --pred "$tmp/seed.json" --text "$shared/seed/000_ac0a09345cc1fc79.txt" "$@" | tail -1)"
[ "${1:-}" = "--verbose" ] && node "$shared/eval/score.mjs" --gold "$shared/eval/gold/000_ac0a09345cc1fc79.json" --pred "$tmp/seed.json" --text "$shared/seed/000_ac0a09345cc1fc79.txt" --verbose | grep -E '^(missed|spurious)' || true
mkdir -p "$tmp/dev"
for f in "$shared"/eval/dev/text/*.txt; do $kg extract "$f" --format json > "$tmp/dev/$(basename "$f" .txt).json"; done
echo "dev:  $(node "$shared/eval/score.mjs" --gold-dir "$shared/eval/dev/gold" --pred-dir "$tmp/dev" --text-dir "$shared/eval/dev/text" | tail -1)"
[ "${1:-}" = "--verbose" ] && node "$shared/eval/score.mjs" --gold-dir "$shared/eval/dev/gold" --pred-dir "$tmp/dev" --text-dir "$shared/eval/dev/text" --verbose | grep -E '^(missed|spurious)' || true
rm -rf "$tmp"
