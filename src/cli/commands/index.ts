import type { Command } from 'commander';
import { registerEntities } from './entities.js';
import { registerEval } from './eval.js';
import { registerExtract } from './extract.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerNeo4j } from './neo4j.js';
import { registerQuery } from './query.js';
import { registerSchema } from './schema.js';
import { registerView } from './view.js';

/** Every `kg` command, in the order `kg --help` lists them. Each module registers one command. */
export const COMMANDS: ((program: Command) => void)[] = [registerExtract, registerIngest, registerQuery, registerNeo4j, registerEntities, registerSchema, registerEval, registerView, registerExport];
