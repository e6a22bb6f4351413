/**
 * Plain-text articles. Recognises, when present:
 *  - a header line `date YYYY-MM-DD DATELINE •` (the body may continue on the same line);
 *  - a wire lead `KIEV (Reuters) -` giving dateline and agency;
 *  - a first short line followed by a blank line: the title;
 *  - a trailing agency signature (`REUTERS`) and reporting credits (`(Reporting by …)`), kept out of the body.
 */
import { makeDocument, type DocumentParts } from '../document.js';
import type { SourceDocument } from '../../model.js';

const HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+([^\n•]*?)[ \t]*•[ \t]*/;
const WIRE_LEAD = /^([A-Z][A-Z .'-]{1,40}?)(?:,[ \t]+[A-Z][a-z]+\.?(?:[ \t]+\d{1,2})?)?[ \t]+\((Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|Yonhap)\)[ \t]*[-–—][ \t]*/;
const SIGNATURE = /^[ \t]*\(?[A-Z][A-Z&.' /-]{1,40}\)?[ \t]*$/;
const CREDITS = /^[ \t]*\((?:Reporting|Writing|Additional reporting|Editing)\b[^\n]*\)[ \t]*$/i;

export function parsePlainText(text: string, id: string, path?: string): SourceDocument {
  const parts: DocumentParts = { id, text, path };
  let start = 0;
  let end = text.length;

  const header = HEADER.exec(text);
  if (header) {
    parts.date = header[1];
    if (header[2]) parts.dateline = header[2].trim();
    start = header[0].length;
  } else {
    const title = titleLine(text);
    if (title) {
      parts.title = text.slice(title.start, title.end);
      parts.titleSpan = title;
      start = title.next;
    }
  }

  // Trailing signature and credit lines, from the end upwards.
  for (;;) {
    const trimmedEnd = text.slice(0, end).replace(/\s+$/, '').length;
    const lineStart = text.lastIndexOf('\n', trimmedEnd - 1) + 1;
    if (lineStart <= start) break;
    const line = text.slice(lineStart, trimmedEnd);
    if (SIGNATURE.test(line) && /[A-Z]{2}/.test(line)) {
      parts.source ??= line.replace(/[()]/g, '').trim();
      end = lineStart;
    } else if (CREDITS.test(line)) end = lineStart;
    else break;
  }

  // Skip leading blank space, then a wire lead.
  while (start < end && /\s/.test(text[start]!)) start++;
  const lead = WIRE_LEAD.exec(text.slice(start, Math.min(end, start + 120)));
  if (lead) {
    parts.dateline ??= lead[1]!.trim();
    parts.source ??= lead[2];
    start += lead[0].length;
  }
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  parts.body = { start, end };
  return makeDocument(parts);
}

/** A first line of at most 25 words, followed by a blank line, with more text after it. */
function titleLine(text: string): { start: number; end: number; next: number } | undefined {
  const m = /^[ \t]*([^\n]+?)[ \t]*\n[ \t]*\n/.exec(text);
  if (!m) return undefined;
  const line = m[1]!;
  if (line.length > 200 || line.split(/\s+/).length > 25) return undefined;
  if (!/\S/.test(text.slice(m[0].length))) return undefined;
  const start = m[0].indexOf(line);
  return { start, end: start + line.length, next: m[0].length };
}
