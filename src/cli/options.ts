import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES, parseSize } from '../input/limits.js';

/** `--max-size 5MB` → bytes, as a commander argument parser. */
export function sizeOption(value: string): number {
  try {
    return parseSize(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

/** The `--max-size` option every reading command shares; help shows the default as "5MB", not bytes. */
export function maxSizeOption(what = 'input'): Option {
  return new Option('--max-size <size>', `largest ${what} accepted (e.g. 20MB)`).argParser(sizeOption).default(DEFAULT_MAX_BYTES, `${DEFAULT_MAX_BYTES / 1024 / 1024}MB`);
}
