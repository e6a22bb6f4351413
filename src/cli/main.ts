/**
 * The `kg` command line. Each command lives in its own module under ./commands and registers itself
 * on the program; this file only wires them and turns errors into one-line messages and exit codes.
 */
import { Command, CommanderError } from 'commander';
import { UserError, errorMessage } from '../errors.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from '../version.js';

export function buildProgram(): Command {
  const program = new Command('kg')
    .description('Build a knowledge graph (people, countries, organisations, places and what they did) from news articles.')
    .version(VERSION)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  for (const register of COMMANDS) register(program);
  program.commands.forEach((c) => c.exitOverride());
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode; // commander already printed help or the usage error
    if (e instanceof UserError) {
      process.stderr.write(`kg: ${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(`kg: internal error: ${errorMessage(e)}${process.env.KG_DEBUG ? `\n${(e as Error).stack}` : ' (set KG_DEBUG=1 for details)'}\n`);
    return 70;
  }
}
