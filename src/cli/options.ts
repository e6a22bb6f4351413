import { InvalidArgumentError } from 'commander';
import { parseSize } from '../input/limits.js';

/** `--max-size 5MB` → bytes, as a commander argument parser. */
export function sizeOption(value: string): number {
  try {
    return parseSize(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}
