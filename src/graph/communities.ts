/**
 * Communities of entities that are more connected to each other than to the rest (graphology's
 * Louvain, seeded so the result is the same every run). Numbered by size, largest first, so colour
 * 0 always goes to the biggest group; an entity alone is its own community.
 */
import louvainModule from 'graphology-communities-louvain';
import { cjsDefault } from '../cjs-interop.js';
import { seededRandom } from '../sinks/page/seeded-random.js';
import type { WeightedNetwork } from './projection.js';

const louvain = cjsDefault(louvainModule);

export interface Communities {
  /** Entity id → community number (0 = largest). */
  of: Map<string, number>;
  /** Members per community, by community number. */
  sizes: number[];
}

export function detectCommunities(network: WeightedNetwork, seed = 1): Communities {
  const raw = network.size > 0 ? louvain(network, { getEdgeWeight: 'weight', rng: seededRandom(seed) }) : {};
  const members = new Map<string, string[]>();
  network.forEachNode((id) => {
    const key = network.degree(id) > 0 && raw[id] !== undefined ? `c${raw[id]}` : `alone:${id}`;
    members.set(key, [...(members.get(key) ?? []), id]);
  });
  // Largest first; ties by first member id so the numbering does not depend on Louvain's labels.
  const groups = [...members.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const of = new Map<string, number>();
  groups.forEach((ids, i) => ids.forEach((id) => of.set(id, i)));
  return { of, sizes: groups.map((g) => g.length) };
}
