/** Runs the built `kg` CLI (bin/kg.js; `npm test` builds it first) in a child process, as users run it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/kg.js', import.meta.url));

export interface KgResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function startKg(args: string[], options: { cwd?: string } = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function runKg(args: string[], options: { cwd?: string } = {}): Promise<KgResult> {
  const child = startKg(args, options);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}

/** `kg(...args)`: the same, with the arguments spread, for short test lines. */
export function kg(...args: string[]): Promise<KgResult> {
  return runKg(args);
}
