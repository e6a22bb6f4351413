#!/usr/bin/env bash
# Cross-article identity on the White House readouts corpus, checked in Neo4j with Cypher: ingests the
# corpus into the configured Neo4j (NEO4J_URI, or the local server: `npm run neo4j:start`) and prints
# how many Person nodes bear the names of Joe Biden, Kamala Harris and Jake Sullivan (one each when
# resolution holds), then the count line of `kg entities --suspects`.
#   scripts/corpus-identities.sh [CORPUS.jsonl]
# It resets kg's data in that database first (`kg neo4j reset --yes`): point it at a scratch database.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/whitehouse-readouts.jsonl}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
kg="node bin/kg.js"
$kg neo4j reset --yes >/dev/null
$kg ingest "$corpus" --neo4j --out "$out" --quiet || [ $? -eq 1 ]
$kg query "MATCH (p:Person) WHERE p.name =~ '(?i).*\\\\b(biden|harris|sullivan)\\\\b.*'
           OR any(a IN p.aliases WHERE a IN ['Biden', 'Harris', 'Sullivan'])
           RETURN p.name AS person, p.id AS id, size([(p)-[r]-() | r]) AS relationships
           ORDER BY relationships DESC LIMIT 12"
$kg entities --suspects "$out" | grep -E '^[A-Z].*: [0-9]+$'
