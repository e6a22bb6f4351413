/**
 * Markdown articles, rendered to plain text with `marked`'s lexer (no HTML in between):
 * optional front matter (`title:`, `date:`, `source:`), the first heading as title, paragraphs kept
 * apart by blank lines. Offsets in the model point into this plain text.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { isoDate, joinTitleAndBody, makeDocument } from '../document.js';
import type { SourceDocument } from '../../model.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*\n/;

export function parseMarkdown(markdown: string, id: string, path?: string): SourceDocument {
  const meta: Record<string, string> = {};
  const fm = FRONT_MATTER.exec(markdown);
  if (fm) {
    for (const line of fm[1]!.split('\n')) {
      const kv = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
      if (kv) meta[kv[1]!.toLowerCase()] = kv[2]!.replace(/^["']|["']$/g, '');
    }
    markdown = markdown.slice(fm[0].length);
  }
  let title = meta.title;
  const blocks: string[] = [];
  for (const token of new Lexer().lex(markdown)) {
    if (token.type === 'heading' && !title && (token as Tokens.Heading).depth <= 2) {
      title = inlineText(token);
      continue;
    }
    const text = blockText(token);
    if (text) blocks.push(text);
  }
  const joined = joinTitleAndBody(title, blocks.join('\n\n'));
  return makeDocument({ id, path, ...joined, date: isoDate(meta.date), source: meta.source, dateline: meta.dateline });
}

function blockText(token: Token): string {
  switch (token.type) {
    case 'paragraph':
    case 'heading':
    case 'text':
      return inlineText(token);
    case 'blockquote':
      return ((token as Tokens.Blockquote).tokens ?? []).map(blockText).filter(Boolean).join('\n\n');
    case 'list':
      return (token as Tokens.List).items.map((item) => item.tokens.map(blockText).filter(Boolean).join(' ')).join('\n');
    default:
      return ''; // code, tables, html, rules: not article prose
  }
}

function inlineText(token: Token): string {
  const t = token as { tokens?: Token[]; text?: string; type: string };
  if (t.type === 'image' || t.type === 'html') return '';
  if (t.tokens?.length) return t.tokens.map(inlineText).join('').replace(/[ \t]*\n[ \t]*/g, ' ');
  return decodeEntities(t.text ?? '');
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}
