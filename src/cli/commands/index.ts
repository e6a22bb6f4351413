import type { Command } from 'commander';
import { registerEval } from './eval.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerSchema } from './schema.js';

/** Every `kg` command, in the order `kg --help` lists them. Each module registers one command. */
export const COMMANDS: ((program: Command) => void)[] = [registerExtract, registerIngest, registerSchema, registerEval];
