/**
 * graph.json: graphology's own serialisation (`JSON.stringify(graph.export())`, byte for byte),
 * produced in chunks of about 1 MB. A 10,000-article graph is tens of megabytes of JSON; building it
 * as one string (and one buffer to write it) would double the memory a large ingest needs.
 */
import type { KnowledgeGraph } from '../graph/build.js';
import { chunked, jsonArrayPieces } from './json-chunks.js';

export function graphJsonChunks(graph: KnowledgeGraph): Generator<string> {
  return chunked(graphJsonPieces(graph));
}

function* graphJsonPieces(graph: KnowledgeGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":`;
  yield* jsonArrayPieces(serialisedNodes(graph));
  yield ',"edges":';
  yield* jsonArrayPieces(serialisedEdges(graph));
  yield '}';
}

function* serialisedNodes(graph: KnowledgeGraph): Generator<object> {
  for (const { node, attributes } of graph.nodeEntries()) yield isEmpty(attributes) ? { key: node } : { key: node, attributes };
}

function* serialisedEdges(graph: KnowledgeGraph): Generator<object> {
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const serialized: Record<string, unknown> = { key: edge, source, target };
    if (!isEmpty(attributes)) serialized.attributes = attributes;
    if (graph.type === 'mixed' && undirected) serialized.undirected = true;
    yield serialized;
  }
}

const isEmpty = (o: object) => Object.keys(o).length === 0;
