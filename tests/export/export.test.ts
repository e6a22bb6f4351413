import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { MultiGraph as Graph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportAs } from '../../src/export/index.js';
import { xmlEscape } from '../../src/export/xml.js';
import type { Evidence } from '../../src/model.js';
import { writeGraphFiles } from '../../src/sinks/files.js';
import { storyGraph, XSS_NAME } from '../fixtures/viewer/story.js';
import { runKg } from '../helpers/run-kg.js';

const graph = storyGraph();
const MET = 'MET|person:elena-marchetti|person:tomas-varga';
const metEvidence = graph.getEdgeAttribute(MET, 'evidence');

describe('GEXF (graphology-gexf)', () => {
  const parsed = parseGexf(Graph, exportAs(graph, 'gexf'));

  it('parses back with every entity and fact, types and evidence as attributes', () => {
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    expect(parsed.getNodeAttribute('person:elena-marchetti', 'type')).toBe('Person');
    expect(parsed.getNodeAttribute('person:elena-marchetti', 'label')).toBe('Elena Marchetti');
    expect(parsed.getNodeAttribute('person:img-src-x-onerror-alert-1', 'label')).toBe(XSS_NAME);
    expect(parsed.getEdgeAttribute(MET, 'type')).toBe('MET');
    expect(JSON.parse(parsed.getEdgeAttribute(MET, 'evidence') as string) as Evidence[]).toEqual(metEvidence);
  });

  it('draws symmetric relations as undirected edges and carries colours and positions', () => {
    expect(parsed.isUndirected(MET)).toBe(true);
    expect(parsed.isDirected('PLEDGED|person:elena-marchetti|country:norland')).toBe(true);
    expect(parsed.getNodeAttribute('country:norland', 'color')).toMatch(/^rgb|^#/);
    expect(typeof parsed.getNodeAttribute('country:norland', 'x')).toBe('number');
  });
});

describe('GraphML', () => {
  const text = exportAs(graph, 'graphml');
  const parsed = parseGraphml(Graph, text);

  it('parses back (graphology-graphml) with typed attributes and evidence', () => {
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    expect(parsed.getNodeAttribute('person:tomas-varga', 'type')).toBe('Person');
    expect(parsed.getNodeAttribute('person:tomas-varga', 'aliases')).toBe('Mr Varga');
    expect(parsed.getNodeAttribute('person:tomas-varga', 'mentions')).toBe(4);
    expect(parsed.getNodeAttribute('person:img-src-x-onerror-alert-1', 'name')).toBe(XSS_NAME);
    const met = parsed.findEdge((_, a) => a.type === 'MET' && a.evidence_count === 2)!;
    expect(parsed.getEdgeAttribute(met, 'symmetric')).toBe(true);
    expect(JSON.parse(parsed.getEdgeAttribute(met, 'evidence') as string)).toEqual(metEvidence);
  });

  it('marks symmetric relations undirected', () => {
    expect(text).toMatch(/<edge id="MET\|person:elena-marchetti\|person:tomas-varga"[^>]* directed="false"/);
  });

  it('escapes markup and keeps line breaks', () => {
    expect(xmlEscape('a<b>&"c"\nd\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&quot;&#10;d');
  });
});

describe('Cytoscape JSON', () => {
  const doc = JSON.parse(exportAs(graph, 'cyjs'));

  it('loads into Cytoscape with names, interactions, evidence and positions', () => {
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect(cy.nodes()).toHaveLength(graph.order);
    expect(cy.edges()).toHaveLength(graph.size);
    expect(cy.getElementById('person:elena-marchetti').data('name')).toBe('Elena Marchetti');
    expect(cy.getElementById(MET).data('interaction')).toBe('MET');
    expect(JSON.parse(cy.getElementById(MET).data('evidence'))).toEqual(metEvidence);
    expect(cy.getElementById('country:norland').position()).toEqual(doc.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'country:norland').position);
  });
});

// Each case starts the CLI in its own process, as a user would; that is slow on a busy machine.
describe('kg export', { timeout: 90_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-export-'));
    await writeGraphFiles(graph, join(dir, 'out'));
  });

  it('reads out/graph.json by default and writes standard output', async () => {
    const r = await runKg(['export', '--format', 'cyjs'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).elements.nodes).toHaveLength(graph.order);
  });

  it('writes --out FILE from --graph FILE', async () => {
    const out = join(dir, 'g.gexf');
    const r = await runKg(['export', '-f', 'gexf', '--graph', join(dir, 'out', 'graph.json'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`wrote ${out}`);
    expect(parseGexf(Graph, await readFile(out, 'utf8')).order).toBe(graph.order);
  });

  it('fails in one line on a missing, broken or foreign graph, writing nothing', async () => {
    await writeFile(join(dir, 'broken.json'), '{"nodes": [');
    await writeFile(join(dir, 'foreign.json'), JSON.stringify({ nodes: [{ key: 'a', attributes: { type: 'Planet' } }], edges: [] }));
    const cases: [string, RegExp][] = [
      [join(dir, 'none.json'), /none\.json: not found \(run `kg ingest` first/],
      [join(dir, 'broken.json'), /broken\.json: not valid JSON/],
      [join(dir, 'foreign.json'), /foreign\.json: not a kg-news graph/],
    ];
    const out = join(dir, 'never.graphml');
    const results = await Promise.all(cases.map(([file]) => runKg(['export', '-f', 'graphml', '-g', file, '-o', out])));
    results.forEach((r, i) => {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^kg: .*${cases[i]![1].source}`));
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
    await expect(readFile(out)).rejects.toThrow();
  });

  it('rejects an unknown format', async () => {
    const r = await runKg(['export', '--format', 'svg'], { cwd: dir });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Allowed choices are gexf, graphml, cyjs/);
  });
});
