import type { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerSchema } from './schema.js';
import { registerView } from './view.js';

/** Every `kg` command, in the order `kg --help` lists them. Each module registers one command. */
export const COMMANDS: ((program: Command) => void)[] = [registerExtract, registerIngest, registerSchema, registerView, registerExport];
