/**
 * The data the page embeds: prepared in Node (prepare.ts) and read by the browser script (client/).
 * Everything the page needs is computed ahead of time, so the browser only draws.
 */
import type { EntityType, Modality, RelationType } from '../../model.js';

export interface PageDocument {
  id: string;
  title?: string;
  date?: string;
  source?: string;
  path?: string;
  /** Where the article is published: http(s) only (prepare.ts drops any other scheme). */
  url?: string;
}

/** Where an entity is named inside an evidence sentence: [start, end) relative to the sentence, and which end of the edge it is. */
export type Mark = [start: number, end: number, end: 'source' | 'target'];

export interface PageEvidence {
  /** Index into PageData.documents. */
  doc: number;
  text: string;
  marks: Mark[];
  date?: string;
  confidence: number;
  modality?: Modality;
  role?: string;
  trigger?: string;
}

export interface PageNode {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Drawn diameter in pixels, from importance. */
  size: number;
  /** PageRank scaled so the most central entity is 1. */
  importance: number;
  /** Louvain community, 0 = largest. */
  community: number;
  /** Precomputed position (large graphs only). */
  x?: number;
  y?: number;
  /** [document index, mentions in it], one per article that names it. */
  docs: [doc: number, mentions: number][];
  attributes?: Record<string, string | number | boolean>;
}

export interface PageEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  symmetric: boolean;
  modality: Modality;
  confidence: number;
  date?: string;
  role?: string;
  evidence: PageEvidence[];
}

/** `fcose`: laid out in the browser (small graphs); `preset`: positions computed at build time. */
export type PageLayout = 'fcose' | 'preset';

export interface PageData {
  title: string;
  layout: PageLayout;
  /** Seed of every random choice in the page's layout. */
  seed: number;
  documents: PageDocument[];
  nodes: PageNode[];
  edges: PageEdge[];
  /** Members per community, by community number. */
  communitySizes: number[];
  /**
   * Entities named in the same sentence (not facts), strongest first, flat: [node index a, node
   * index b, sentences, articles, …]. Bounded by prepare.ts (a few per entity).
   */
  coMentions: number[];
}
