/** `kg export`: the graph in the formats of other tools. */
import type { KnowledgeGraph } from '../graph/build.js';
import { exportGraph } from './attributes.js';
import { toCyjs } from './cyjs.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'cyjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const WRITERS: Record<ExportFormat, (data: ReturnType<typeof exportGraph>) => string> = { gexf: toGexf, graphml: toGraphml, cyjs: toCyjs };

export function exportAs(graph: KnowledgeGraph, format: ExportFormat): string {
  return WRITERS[format](exportGraph(graph));
}
