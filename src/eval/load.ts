/**
 * File adapters of `kg eval`: gold folders, saved predictions and article texts. Every problem is a
 * one-line InputError naming the file.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError, UserError, errorMessage } from '../errors.js';
import { readInputs } from '../input/read.js';
import type { InputOptions } from '../input/limits.js';
import { parseGold, parsePrediction, type GoldAnnotation, type Prediction } from './formats.js';

export interface GoldFile {
  /** Base name without `.json`: the name predictions are looked up by and findings are shown under. */
  name: string;
  path: string;
  gold: GoldAnnotation;
}

/** Every `*.json` in a folder, sorted by name, each validated. */
export async function loadGoldDir(dir: string): Promise<GoldFile[]> {
  await requireFolder(dir, '--gold-dir');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json') && !f.startsWith('.')).sort();
  if (!files.length) throw new UserError(`${dir}: no gold annotations (*.json) in this folder`);
  const golds: GoldFile[] = [];
  for (const file of files) {
    const path = join(dir, file);
    golds.push({ name: basename(file, '.json'), path, gold: parsed(parseGold, await readJson(path), path) });
  }
  return golds;
}

/** A saved prediction (the JSON `kg extract --format json` prints); undefined when the file does not exist. */
export async function loadPrediction(path: string): Promise<Prediction | undefined> {
  if (!(await exists(path))) return undefined;
  return parsed(parsePrediction, await readJson(path), path);
}

/** An article's text as the project's readers produce it (for .md/.html: the rendered text); undefined when missing. */
export async function readArticleText(path: string, options?: InputOptions): Promise<string | undefined> {
  if (!(await exists(path))) return undefined;
  for await (const result of readInputs([path], options)) {
    if (!result.ok) throw new InputError(result.failure.where, result.failure.problem);
    return result.document.text;
  }
  return undefined;
}

export async function requireFolder(dir: string, option: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new UserError(`${dir}: no such folder (${option})`);
  if (!info.isDirectory()) throw new UserError(`${dir}: not a folder (${option})`);
}

function parsed<T>(parse: (json: unknown) => T, json: unknown, path: string): T {
  try {
    return parse(json);
  } catch (e) {
    throw new InputError(path, errorMessage(e));
  }
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new InputError(path, errorMessage(e));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new InputError(path, `not valid JSON (${errorMessage(e)})`);
  }
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
