import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type RunningServer } from '../../src/view/server.js';
import { runKg, startKg } from '../helpers/run-kg.js';

/** A raw request, so paths like /../x reach the server unnormalised. */
function get(url: string, path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((done, fail) => {
    const req = request(url, { path, method }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => done({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serveFolder', () => {
  let root: string;
  let server: RunningServer;
  beforeAll(async () => {
    const parent = await mkdtemp(join(tmpdir(), 'kg-view-'));
    root = join(parent, 'out');
    await mkdir(join(root, 'sub'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>graph</title>');
    await writeFile(join(root, 'graph.json'), '{}');
    await writeFile(join(parent, 'secret.txt'), 'secret');
    await symlink(join(parent, 'secret.txt'), join(root, 'link.txt'));
    server = await serveFolder(root);
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 at a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the page and the graph with their types', async () => {
    expect(await get(server.url, '/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>graph</title>' });
    expect(await get(server.url, '/graph.json?x=1')).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
  });

  it('never serves anything outside the folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/sub/../../secret.txt', '/link.txt', '/missing', '/%E0%A4%A', '/sub/'])
      expect((await get(server.url, path)).status, path).toBe(404);
  });

  it('answers only GET and HEAD', async () => {
    expect((await get(server.url, '/', 'HEAD')).status).toBe(200);
    expect((await get(server.url, '/', 'POST')).status).toBe(405);
  });
});

describe('kg view', { timeout: 60_000 }, () => {
  it('prints the URL of the served folder and stops on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-view-cli-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><p>hello</p>');
    const child = startKg(['view', dir]);
    const url = await new Promise<string>((done, fail) => {
      let out = '';
      child.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('\n')) done(out.trim());
      });
      child.on('close', (code) => fail(new Error(`kg view exited ${code}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect((await get(url, '/')).body).toBe('<!doctype html><p>hello</p>');
    const exited = new Promise((done) => child.on('close', done));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('fails in one line when the folder has no page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-view-empty-'));
    const r = await runKg(['view', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kg: ${join(dir, 'index.html')}: not found (run \`kg ingest --out ${dir} …\` first)\n`);
  });
});
