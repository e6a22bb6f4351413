import { InvalidArgumentError, type Command } from 'commander';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError, errorMessage } from '../../errors.js';
import { serveFolder } from '../../view/server.js';

interface ViewOptions {
  port: number;
}

function portOption(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('not a port number (0–65535; 0 picks a free one)');
  return port;
}

export function registerView(program: Command): void {
  program
    .command('view')
    .description('Serve the graph page of DIR (written by `kg ingest`) on 127.0.0.1 and print its URL; Ctrl-C stops it.')
    .argument('[dir]', 'folder holding index.html', 'out')
    .option('-p, --port <port>', 'port to listen on (0: a free one)', portOption, 0)
    .action(async (dir: string, opts: ViewOptions) => {
      const page = join(dir, 'index.html');
      const found = await stat(page).catch(() => undefined);
      if (!found?.isFile()) throw new UserError(`${page}: not found (run \`kg ingest --out ${dir} …\` first)`);
      let server;
      try {
        server = await serveFolder(dir, opts.port);
      } catch (e) {
        throw new UserError(`cannot listen on 127.0.0.1:${opts.port} (${errorMessage(e)})`);
      }
      process.stdout.write(`${server.url}\n`);
      process.stderr.write(`serving ${dir} (Ctrl-C to stop)\n`);
      await new Promise<void>((done) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
