export interface InputOptions {
  /** Largest file accepted, in bytes (default 5 MB). */
  maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export const defaultInputOptions = (): InputOptions => ({ maxBytes: DEFAULT_MAX_BYTES });

/** Parses sizes such as `5MB`, `512k`, `1048576`. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(text);
  if (!m) throw new Error(`not a size: ${text} (try 5MB, 512KB or a number of bytes)`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(m[1]) * unit);
}
