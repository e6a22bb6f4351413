/**
 * graph.json: graphology's own serialisation (`JSON.stringify(graph.export())`, byte for byte),
 * produced in chunks of about 1 MB. A 10,000-article graph is tens of megabytes of JSON; building it
 * as one string (and one buffer to write it) would double the memory a large ingest needs.
 */
import type { KnowledgeGraph } from '../graph/build.js';

const CHUNK = 1 << 20;

export function* graphJsonChunks(graph: KnowledgeGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  let buffer = `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    buffer += (first ? '' : ',') + JSON.stringify(isEmpty(attributes) ? { key: node } : { key: node, attributes });
    first = false;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  buffer += '],"edges":[';
  first = true;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const serialized: Record<string, unknown> = { key: edge, source, target };
    if (!isEmpty(attributes)) serialized.attributes = attributes;
    if (graph.type === 'mixed' && undirected) serialized.undirected = true;
    buffer += (first ? '' : ',') + JSON.stringify(serialized);
    first = false;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}]}`;
}

const isEmpty = (o: object) => Object.keys(o).length === 0;
