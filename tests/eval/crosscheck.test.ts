/**
 * Our scorer must give the same figures as the shared reference scorer (`score.mjs`, outside the
 * repository) on hand-written predictions that exercise every rule. When the reference is present it
 * is run; the figures it gave, checked by hand, are kept below for machines without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluatePredictionDir } from '../../src/eval/evaluate.js';
import { summarize, type EvalSummary } from '../../src/eval/score.js';

const REFERENCE = '/work/shared/eval/score.mjs';
const DIR = 'tests/fixtures/scoring';
const GOLD = `${DIR}/gold`;
const PRED = `${DIR}/predictions`;
const TEXT = `${DIR}/articles`;

interface Comparable {
  documents: number;
  entity: number[]; // precision, recall, F1
  entityTyped: number[];
  relation: number[];
  duplicates: number;
  grounded: number;
  withEvidence: number;
  byEntityType: Record<string, number[]>; // tp, fp, fn
  byRelationType: Record<string, number[]>;
  missed: number;
  spurious: number;
}

// What score.mjs --json gives on the files above (4 documents), counted by hand in tests/fixtures/scoring/README.md.
const EXPECTED: Comparable = {
  documents: 4,
  entity: [18 / 20, 18 / 23, (2 * 18) / (2 * 18 + 2 + 5)],
  entityTyped: [16 / 20, 16 / 23, (2 * 16) / (2 * 16 + 4 + 7)],
  relation: [10 / 17, 10 / 16, (2 * 10) / (2 * 10 + 7 + 6)],
  duplicates: 1,
  grounded: 22,
  withEvidence: 23,
  byEntityType: { Person: [5, 2, 2], Country: [6, 0, 1], Organization: [2, 1, 0], Location: [3, 1, 4] },
  byRelationType: {
    MET: [2, 2, 0],
    VISITED: [2, 3, 1],
    ACCUSED: [1, 0, 1],
    PLEDGED: [1, 0, 0],
    URGED: [2, 2, 0],
    SUPPORTS: [1, 0, 0],
    ANNEXED: [0, 0, 0],
    HOLDS_ROLE: [1, 0, 4],
  },
  missed: 11,
  spurious: 11,
};

type Prf = { p: number; r: number; f1: number };
type Tally = { tp: number; fp: number; fn: number };
interface ReferenceJson {
  docs: number;
  entity: Prf;
  entityTyped: Prf;
  relation: Prf;
  duplicates: number;
  grounded: number;
  withEvidence: number;
  byEntType: Record<string, Tally>;
  byRelType: Record<string, Tally>;
  missed: string[];
  spurious: string[];
}

const tallies = (r: Record<string, Tally>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, [v.tp, v.fp, v.fn]]));

function fromReference(j: ReferenceJson): Comparable {
  const prf = (x: Prf) => [x.p, x.r, x.f1];
  return {
    documents: j.docs,
    entity: prf(j.entity),
    entityTyped: prf(j.entityTyped),
    relation: prf(j.relation),
    duplicates: j.duplicates,
    grounded: j.grounded,
    withEvidence: j.withEvidence,
    byEntityType: tallies(j.byEntType),
    byRelationType: tallies(j.byRelType),
    missed: j.missed.length,
    spurious: j.spurious.length,
  };
}

function fromOurs(s: EvalSummary): Comparable {
  const prf = (x: { precision: number; recall: number; f1: number }) => [x.precision, x.recall, x.f1];
  return {
    documents: s.documents,
    entity: prf(s.entities),
    entityTyped: prf(s.entitiesTyped),
    relation: prf(s.relations),
    duplicates: s.duplicates,
    grounded: s.evidence.grounded,
    withEvidence: s.evidence.checked,
    byEntityType: tallies(s.byEntityType),
    byRelationType: tallies(s.byRelationType),
    missed: s.missed.length,
    spurious: s.spurious.length,
  };
}

function expectSame(actual: Comparable, expected: Comparable): void {
  for (const key of ['entity', 'entityTyped', 'relation'] as const)
    actual[key].forEach((x, i) => expect(x, `${key}[${i}]`).toBeCloseTo(expected[key][i]!, 12));
  const exact = (c: Comparable) => ({ ...c, entity: undefined, entityTyped: undefined, relation: undefined });
  expect(exact(actual)).toEqual(exact(expected));
}

describe('cross-check with the shared scorer', () => {
  it('gives the same figures on the synthetic predictions', async () => {
    const { counts } = await evaluatePredictionDir(GOLD, PRED, TEXT);
    expectSame(fromOurs(summarize(counts)), EXPECTED);
  });

  it.runIf(existsSync(REFERENCE))('matches score.mjs itself, run on the same files', async () => {
    const out = execFileSync(process.execPath, [REFERENCE, '--gold-dir', GOLD, '--pred-dir', PRED, '--text-dir', TEXT, '--json'], { encoding: 'utf8' });
    const reference = fromReference(JSON.parse(out) as ReferenceJson);
    expectSame(reference, EXPECTED);
    const { counts } = await evaluatePredictionDir(GOLD, PRED, TEXT);
    expectSame(fromOurs(summarize(counts)), reference);
  });
});
