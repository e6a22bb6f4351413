#!/usr/bin/env bash
# Scores the extractor on the held-out set. Read only the summary line: the set stays honest only
# if nobody tunes on its per-item misses (tests/fixtures/holdout/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
node bin/kg.js eval tests/fixtures/holdout/articles --gold-dir tests/fixtures/holdout/gold | tail -5
