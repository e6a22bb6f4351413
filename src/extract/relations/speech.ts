/**
 * Accusation in what someone says:
 *  - naming an act: "what he called Russia's 'reckless' actions" → ACCUSED(he, Russia);
 *  - inside a quotation: '"The puppet military made a grave provocation," X said' → ACCUSED(X, military).
 */
import type { Sentence } from '../../model.js';
import { ACCUSATORY_WORDS, isPossessive, SPEECH_VERBS } from '../lexicon.js';
import { type Arg, type Found, RelationView, SUBORDINATORS } from './view.js';
import { subjectOf } from './subjects.js';

export const CALLING_VERBS = new Set(['call', 'describe', 'brand', 'label', 'term', 'dub']);

/** "what he called Russia's 'reckless and aggressive' actions". */
export function callingAccusation(ctx: RelationView, v: number, s: Sentence): Found[] {
  let accusatory = false;
  let target: Arg[] = [];
  for (let j = v + 1; j < Math.min(s.tokenEnd, v + 10); j++) {
    const t = ctx.tokens[j]!;
    if (!target.length && isPossessive(t.text)) target = ctx.argsEndingAt(j);
    if (!target.length && ctx.startsArg(j) && j === v + 1) target = [ctx.startsArg(j)!];
    if (ACCUSATORY_WORDS.has(t.lower)) accusatory = true;
    if (t.pos === 'VERB' && j > v + 1) break;
  }
  if (!accusatory || !target.length) return [];
  const subject = subjectOf(ctx, v, s);
  let sources = subject.args;
  if (!sources.length && ctx.tokens[v - 1]?.lower === 'what') sources = subjectOf(ctx, v, s).args;
  return [{ type: 'ACCUSED', sources, targets: target, trigger: ctx.tokens[v]!, confidence: 0.7 }];
}

/**
 * Inside a quotation, an accusatory word attached to an entity ("the South Korean puppet military
 * made another grave provocation") makes the quotation's speaker the accuser.
 */
export function quotedAccusations(ctx: RelationView, s: Sentence): Found[] {
  const quoted = ctx.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => t.inQuote);
  if (!quoted.length || !quoted.some((t) => ACCUSATORY_WORDS.has(t.lower))) return [];
  const speaker = speakerOf(ctx, s);
  if (!speaker.length) return [];
  const out: Found[] = [];
  for (const a of ctx.sentenceArgs) {
    if (!ctx.tokens[a.start]!.inQuote || a.type === 'Location') continue;
    if (speaker.some((sp) => sp.ids.some((id) => a.ids.includes(id)))) continue;
    // The accusatory word must follow the entity closely in its clause (the entity is its doer or
    // possessor: "X made a grave provocation", "X's aggression"), not precede it (a victim: "provocation to X").
    let near = false;
    for (let j = a.end; j < Math.min(s.tokenEnd, a.end + 8); j++) {
      const t = ctx.tokens[j]!;
      if (ACCUSATORY_WORDS.has(t.lower)) near = true;
      if (t.text === ',' || t.text === ';' || SUBORDINATORS.has(t.lower) || ['to', 'against', 'on'].includes(t.lower)) break;
    }
    if (near) out.push({ type: 'ACCUSED', sources: speaker, targets: [a], trigger: ctx.tokens[a.start]!, confidence: 0.6 });
  }
  return out;
}

/** The speaker of the quotation in or around sentence s: '"…," X said', '"…," said X', 'X said: "…"'. */
export function speakerOf(ctx: RelationView, s: Sentence): Arg[] {
  const sentences = ctx.reading.sentences;
  for (let i = s.i; i < Math.min(sentences.length, s.i + 3); i++) {
    const t = sentences[i]!;
    for (let k = t.tokenStart; k < t.tokenEnd; k++) {
      const tok = ctx.tokens[k]!;
      if (tok.inQuote || !SPEECH_VERBS.has(tok.lemma) || tok.pos !== 'VERB') continue;
      ctx.buildArgs(t);
      const before = subjectOf(ctx, k, t).args;
      const after = ctx.argsFrom(k + 1, t);
      const who = before.length ? before : after;
      ctx.buildArgs(s);
      if (who.length) return ctx.actors(who);
    }
  }
  return [];
}
