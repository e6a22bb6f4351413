/**
 * Accusation in what someone says:
 *  - naming an act: "what he called Russia's 'reckless' actions" → ACCUSED(he, Russia);
 *  - inside a quotation: '"The puppet military made a grave provocation," X said' → ACCUSED(X, military).
 */
import type { Sentence } from '../../model.js';
import { ACCUSATORY_WORDS, isPossessive, SPEECH_VERBS } from '../lexicon.js';
import { type Arg, type Found, RelationView, SUBORDINATORS } from './view.js';
import { subjectOf } from './subjects.js';
import { clauseNegated } from './modality.js';

/** What calling someone's conduct names it when it accuses them ("called X's conduct a breach of …"). */
const CONDUCT_CHARGES = new Set(['breach', 'betrayal', 'mistake', 'crime', 'abuse', 'disgrace', 'scandal', 'travesty', 'assault', 'attack', 'massacre', 'murder', 'war', 'fraud', 'corruption', 'cover-up', 'lawless', 'dishonest', 'unconstitutional', 'shameful', 'disgraceful', 'cowardly', 'despicable', 'heinous', 'vile']);

export const CALLING_VERBS = new Set(['call', 'describe', 'brand', 'label', 'term', 'dub']);

/** "what he called Russia's 'reckless and aggressive' actions". */
export function callingAccusation(ctx: RelationView, v: number, s: Sentence): Found[] {
  let accusatory = false;
  let target: Arg[] = [];
  for (let j = v + 1; j < Math.min(s.tokenEnd, v + 10); j++) {
    const t = ctx.tokens[j]!;
    if (!target.length && isPossessive(t.text)) target = ctx.argsEndingAt(j);
    if (!target.length && ctx.startsArg(j) && j === v + 1) target = [ctx.startsArg(j)!];
    if (ACCUSATORY_WORDS.has(t.lower) || CONDUCT_CHARGES.has(t.lower)) accusatory = true;
    // A verb ends the phrase, unless it is the possessed noun the tagger took for one ("X's conduct").
    if (t.pos === 'VERB' && j > v + 1 && !t.inQuote && !isPossessive(ctx.tokens[j - 1]?.text) && !ctx.argAt(j)) break;
  }
  if (!accusatory || !target.length) return [];
  const subject = subjectOf(ctx, v, s);
  let sources = subject.args;
  if (!sources.length && ctx.tokens[v - 1]?.lower === 'what') sources = subjectOf(ctx, v, s).args;
  return [{ type: 'ACCUSED', sources, targets: target, trigger: ctx.tokens[v]!, confidence: 0.7 }];
}

/** Speech verbs that state a charge in a reported clause ("emphasized that X is a terrorist organization"). */
const CHARGING_SPEECH = new Set([...SPEECH_VERBS, 'testify', 'recount', 'allege', 'emphasize', 'emphasise', 'stress', 'underscore', 'maintain', 'allege', 'charge', 'contend']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'remains', 'remained']);

/**
 * A reported clause whose subject is charged with an accusatory predicate: "X emphasized that Hamas is
 * a barbaric terrorist organization", "X said Russia's invasion was illegal", "X alleged that Y's
 * actions were criminal". The accusatory word must be the predicate (after a copula) or the head of
 * the subject's possessed act; a victim ("said Y faced aggression") is not charged.
 */
export function reportedAccusations(ctx: RelationView, v: number, s: Sentence): Found[] {
  const verb = ctx.tokens[v]!;
  if (verb.inQuote || verb.pos !== 'VERB' || !CHARGING_SPEECH.has(verb.lemma)) return [];
  let j = v + 1;
  if (ctx.tokens[j]?.lower === 'that') j++;
  while (j < s.tokenEnd && ctx.tokens[j]!.pos === 'DET') j++;
  const victim = victimOf(ctx, v, j, s);
  if (victim) return victim;
  const accused = ctx.startsArg(j);
  if (!accused || accused.type === 'Location') return [];
  let k = accused.end;
  let charged = false;
  // "Russia's invasion", "Y's actions": the possessed act.
  if (isPossessive(ctx.tokens[k]?.text)) {
    k++;
    for (let n = 0; n < 3 && /^(?:NOUN|ADJ)$/.test(ctx.tokens[k]?.pos ?? ''); n++, k++) if (ACCUSATORY_WORDS.has(ctx.tokens[k]!.lower)) charged = true;
  }
  if (!charged) {
    while (ctx.tokens[k]?.pos === 'AUX' && !COPULAS.has(ctx.tokens[k]!.lower)) k++;
    if (!COPULAS.has(ctx.tokens[k]?.lower ?? '')) return [];
    k++;
    while (ctx.tokens[k]?.pos === 'DET' || ctx.tokens[k]?.pos === 'ADV') k++;
    for (let n = 0; n < 4 && /^(?:NOUN|ADJ|PROPN)$/.test(ctx.tokens[k]?.pos ?? ''); n++, k++) if (ACCUSATORY_WORDS.has(ctx.tokens[k]!.lower) || CONDUCT_CHARGES.has(ctx.tokens[k]!.lower)) charged = true;
  }
  if (!charged) return [];
  const subject = subjectOf(ctx, v, s);
  const sources = ctx.actors(subject.args).filter((a) => !a.ids.some((id) => accused.ids.includes(id)));
  if (!sources.length || clauseNegated(ctx, v, subject.chain, s)) return [];
  return [{ type: 'ACCUSED', sources, targets: [accused], trigger: verb, confidence: 0.6 }];
}

/** Harm done to someone, which a victim's account charges its doer with. */
const HARM_PARTICIPLES = new Set(['raped', 'assaulted', 'attacked', 'abused', 'beaten', 'beat', 'robbed', 'threatened', 'harassed', 'kidnapped', 'abducted', 'tortured', 'drugged', 'stabbed', 'shot', 'defrauded', 'blackmailed', 'cheated', 'molested', 'groped', 'punched']);

/**
 * "She testified that she was raped by A and B", "X said he had been beaten by police officer Y": the
 * one who tells of harm done to them by someone named accuses that someone.
 */
function victimOf(ctx: RelationView, v: number, j: number, s: Sentence): Found[] | undefined {
  let k = j;
  if (ctx.tokens[k]?.text === ',') k++;
  if (!/^(?:she|he|they|i|we)$/.test(ctx.tokens[k]?.lower ?? '')) return undefined;
  k++;
  while (k < s.tokenEnd && /^(?:was|were|had|has|have|been|being|repeatedly|allegedly|then|also)$/.test(ctx.tokens[k]!.lower)) k++;
  // "gang raped", "sexually assaulted"
  if (!HARM_PARTICIPLES.has(ctx.tokens[k]?.lower ?? '') && ctx.tokens[k + 1] && HARM_PARTICIPLES.has(ctx.tokens[k + 1]!.lower)) k++;
  if (!HARM_PARTICIPLES.has(ctx.tokens[k]?.lower ?? '') || ctx.tokens[k + 1]?.lower !== 'by') return undefined;
  const doers = ctx.argsFrom(k + 2, s).filter((a) => a.type === 'Person' || a.type === 'Organization');
  const subject = subjectOf(ctx, v, s);
  const sources = subject.args.filter((a) => a.type === 'Person');
  if (!doers.length || !sources.length || clauseNegated(ctx, v, subject.chain, s)) return [];
  return [{ type: 'ACCUSED', sources, targets: doers, trigger: ctx.tokens[k]!, confidence: 0.6 }];
}

/** What happens to a victim, which names the entity before it as the one who suffers ("X is facing terror"). */
const SUFFERING = new Set(['face', 'suffer', 'endure', 'experience', 'witness', 'survive', 'fight', 'combat', 'battle', 'confront', 'resist', 'counter', 'defend', 'protect', 'victim', 'victims', 'target', 'targets', 'targeted', 'hit', 'attacked', 'threatened', 'subjected', 'exposed']);
/** Acts whose possessor is the one they are done to ("Nabil's murder"). */
const DONE_TO_POSSESSOR = new Set(['murder', 'killing', 'death', 'assassination', 'arrest', 'detention', 'imprisonment', 'abduction', 'kidnapping', 'execution', 'jailing', 'torture', 'disappearance', 'expulsion', 'suffering', 'plight']);

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
    // A victim is not charged: "X is facing terrorist attacks", "X's murder is unacceptable",
    // "X was hit by brutal strikes".
    let near = false;
    for (let j = a.end; j < Math.min(s.tokenEnd, a.end + 8); j++) {
      const t = ctx.tokens[j]!;
      if (SUFFERING.has(t.lemma) || SUFFERING.has(t.lower) || (j === a.end + 1 && isPossessive(ctx.tokens[a.end]!.text) && DONE_TO_POSSESSOR.has(t.lower))) break;
      if (ACCUSATORY_WORDS.has(t.lower)) near = true;
      if (t.text === ',' || t.text === ';' || SUBORDINATORS.has(t.lower) || ['to', 'against', 'on', 'by', 'from'].includes(t.lower)) break;
    }
    if (near) out.push({ type: 'ACCUSED', sources: speaker, targets: [a], trigger: ctx.tokens[a.start]!, confidence: 0.6 });
  }
  return out;
}

/** The speaker of the quotation in or around sentence s: '"…," X said', '"…," said X', 'X said: "…"'. */
export function speakerOf(ctx: RelationView, s: Sentence): Arg[] {
  const sentences = ctx.reading.sentences;
  // 'X decided, according to the summary, "that …"': a quotation a non-speech verb of this sentence
  // introduces has no speaker in the sentences after it.
  const firstQuoted = ctx.tokens.slice(s.tokenStart, s.tokenEnd).findIndex((t) => t.inQuote) + s.tokenStart;
  let introduced = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = ctx.tokens[k]!;
    if (t.inQuote || t.pos !== 'VERB') continue;
    if (SPEECH_VERBS.has(t.lemma)) {
      introduced = false;
      break;
    }
    if (k < firstQuoted) introduced = true;
  }
  if (introduced) return [];
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
