/**
 * GraphML for Cytoscape desktop, yEd and most graph tools. graphology-graphml only parses, so this
 * writes the (small) format itself: one typed <key> per attribute, symmetric relations as
 * `directed="false"` edges in an otherwise directed graph.
 */
import type { ExportGraph, FlatAttributes, Scalar } from './attributes.js';
import { xmlEscape } from './xml.js';

type KeyType = 'string' | 'int' | 'double' | 'boolean';

function keyType(values: Scalar[]): KeyType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 31)) return 'int';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

function keys(prefix: string, records: FlatAttributes[]): { id: string; name: string; type: KeyType }[] {
  const values = new Map<string, Scalar[]>();
  for (const r of records) for (const [k, v] of Object.entries(r)) values.set(k, [...(values.get(k) ?? []), v]);
  return [...values].map(([name, vs], i) => ({ id: `${prefix}${i}`, name, type: keyType(vs) }));
}

export function toGraphml(data: ExportGraph): string {
  const nodeRecords = data.nodes.map((n) => ({ label: n.label, ...n.attributes, x: n.position.x, y: n.position.y }));
  const edgeRecords = data.edges.map((e) => ({ label: e.label, ...e.attributes }));
  const nodeKeys = keys('n', nodeRecords);
  const edgeKeys = keys('e', edgeRecords);
  const dataLines = (record: FlatAttributes, ks: typeof nodeKeys) =>
    ks
      .filter((k) => record[k.name] !== undefined)
      .map((k) => `      <data key="${k.id}">${xmlEscape(String(record[k.name]))}</data>`)
      .join('\n');
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="${k.id}" for="edge" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`),
    '  <graph id="kg-news" edgedefault="directed">',
  ];
  data.nodes.forEach((n, i) => out.push(`    <node id="${xmlEscape(n.id)}">`, dataLines(nodeRecords[i]!, nodeKeys), '    </node>'));
  data.edges.forEach((e, i) =>
    out.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"${e.directed ? '' : ' directed="false"'}>`,
      dataLines(edgeRecords[i]!, edgeKeys),
      '    </edge>',
    ),
  );
  out.push('  </graph>', '</graphml>', '');
  return out.filter((line) => line !== '').join('\n') + '\n';
}
