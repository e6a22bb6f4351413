/**
 * `JSON.stringify(value)` of a record, byte for byte, in chunks of about 1 MB: arrays directly under
 * it are serialised element by element, so a large page model is never built as one string.
 */
const CHUNK = 1 << 20;

export function* jsonChunks(value: object, chunkSize = CHUNK): Generator<string> {
  let buffer = '{';
  let firstKey = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue; // skipped, as by JSON.stringify
    buffer += `${firstKey ? '' : ','}${JSON.stringify(key)}:`;
    firstKey = false;
    if (!Array.isArray(v)) {
      buffer += JSON.stringify(v);
      continue;
    }
    buffer += '[';
    for (let i = 0; i < v.length; i++) {
      buffer += (i ? ',' : '') + (JSON.stringify(v[i]) ?? 'null');
      if (buffer.length >= chunkSize) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += ']';
  }
  yield `${buffer}}`;
}
