/**
 * Who does a predicate: the clause structure the families share.
 *  - walking left over auxiliaries, adverbs and plan constructions: "X is keen to visit" → X;
 *  - appositions and parentheticals: "X, a diplomat, urged" → X;
 *  - relative clauses: "X, who met Y" → X; "X, a former premier who now heads Z" → X;
 *  - time and medium adjuncts: "FIFA on Friday urged", "Ghana in a statement urged" → FIFA, Ghana;
 *  - coordinated verbs: "X urged Y to act and spoke with Z" → X speaks;
 *  - sentence-initial adjuncts: "After meeting X, Y said" → Y;
 *  - joined calls: "X joined the calls by Y asking Z to …" → X urges Z;
 *  - addressees: "wrote to X asking …" → X; coalitions: "X, which leads a coalition backing Y" → X.
 */
import type { Sentence, Token } from '../../model.js';
import { FUTURE_MARKERS, HYPOTHETICAL_MODALS, isCalendarName, MONTHS, NEGATIONS, PLAN_MARKERS, WEEKDAYS } from '../lexicon.js';
import { type Arg, RelationView, SUBORDINATORS } from './view.js';

/** What a statement is made in ("Ghana in a statement urged …"). */
const MEDIUM_NOUNS = new Set(['statement', 'statements', 'letter', 'speech', 'interview', 'address', 'post', 'message', 'communique', 'communiqué', 'tweet', 'tweets', 'broadcast', 'briefing', 'op-ed', 'video', 'report', 'resolution', 'declaration']);
/** Bodies of several parties acting together, and what a party does to be one of them. */
const COALITION_NOUNS = new Set(['coalition', 'alliance', 'bloc', 'group', 'grouping', 'camp', 'axis', 'front']);
const COALITION_MEMBER_VERBS = new Set(['lead', 'head', 'join', 'form', 'command', 'found', 'build']);

/**
 * The subject of the predicate whose head is at v: walk left over auxiliaries, adverbs, negations,
 * plan constructions ("is keen to", "would like to") and a comma-delimited apposition or participle
 * phrase. Falls back to a relative pronoun's antecedent ("X, who met Y").
 */
export function subjectOf(ctx: RelationView, v: number, s: Sentence): { args: Arg[]; chain: Token[] } {
  const chain: Token[] = [];
  let k = v - 1;
  let commas = 0;
  while (k >= s.tokenStart) {
    const ended = ctx.argsEndingAt(k + 1);
    // "posted a message on Twitter blaming Iran", "travelled to Kenya to meet X": the object of a
    // preposition is not the subject of a participle or infinitive after it.
    if (ended.length && nonFinite(ctx, v, chain) && prepositionObject(ctx, ended[0]!, s)) return { args: [], chain };
    // "Deputy Director of the National Economic Council met …": the body in a title is not who acts.
    if (ended.length && ended.every((a) => titleComplement(ctx, a))) return { args: [], chain };
    if (ended.length) return { args: ctx.actors(ended.filter((a) => !titleComplement(ctx, a))), chain };
    const t = ctx.tokens[k]!;
    if (ctx.prefixOf.has(k)) return { args: [ctx.prefixOf.get(k)!], chain };
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that') {
      // Relative clause: its subject is the antecedent.
      let a = k - 1;
      if (ctx.tokens[a]?.text === ',') a--;
      const ante = ctx.argsEndingAt(a + 1);
      if (!ante.length && t.lower === 'who') return { args: appositionHolder(ctx, a, s), chain };
      // "the death of X, which underscores …": "which" is not about a person, so not about X.
      if (t.lower === 'which') return { args: ctx.actors(ante).filter((a) => a.type !== 'Person'), chain };
      return { args: t.lower === 'that' ? [] : ctx.actors(ante), chain };
    }
    // 'X said China "stands with Y"': a quotation opening on the predicate keeps the subject outside.
    if (/^["“]$/.test(t.text) && k === v - 1) {
      k--;
      continue;
    }
    if (/^(?:AUX|PART|ADV)$/.test(t.pos) || NEGATIONS.has(t.lower) || PLAN_MARKERS.has(t.lower) || t.lower === 'to' || HYPOTHETICAL_MODALS.has(t.lower) || FUTURE_MARKERS.has(t.lower)) {
      chain.push(t);
      k--;
      continue;
    }
    // "FIFA on Friday urged", "Russia last week accused": a time adjunct between subject and verb.
    const timeStart = timeAdjunctStart(ctx, k, s) ?? mediumAdjunctStart(ctx, k, s);
    if (timeStart !== undefined) {
      k = timeStart - 1;
      continue;
    }
    if ((t.pos === 'VERB' || t.pos === 'ADJ') && ctx.tokens[k + 1]?.lower === 'to' && chain.length) {
      // "plans to visit", "is keen to visit", "agreed to meet"
      chain.push(t);
      k--;
      continue;
    }
    if (t.text === ',' && commas < 2) {
      // Skip a parenthetical: ", speaking alongside X," / ", asked about Ukraine," / ", a diplomat,"
      let j = k - 1;
      while (j > s.tokenStart && ctx.tokens[j]!.text !== ',') j--;
      if (j <= s.tokenStart || ctx.tokens[j]!.text !== ',') break;
      // "Qatar's Prime Minister, Sheikh X, met …": a name that fills the whole parenthesis is the subject.
      const named = ctx.argEnd.get(k);
      if (named && named.start === j + 1 && named.type === 'Person') return { args: [named], chain };
      commas++;
      k = j - 1;
      continue;
    }
    if (t.text === ')') {
      // "The Libyan National Army (LNA), which …, was accused": skip the bracket.
      let j = k - 1;
      while (j > s.tokenStart && ctx.tokens[j]!.text !== '(') j--;
      if (j <= s.tokenStart) break;
      k = j - 1;
      continue;
    }
    if (t.text === '–' || t.text === '—') {
      let j = k - 1;
      while (j > s.tokenStart && ctx.tokens[j]!.text !== t.text) j--;
      if (j <= s.tokenStart) break;
      k = j - 1;
      continue;
    }
    break;
  }
  return { args: [], chain };
}

/** Prepositions of place, medium and route whose object stays inside its phrase. */
const ADJUNCT_PREPOSITIONS = new Set(['on', 'at', 'in', 'via', 'through', 'during', 'from', 'to', 'into', 'inside', 'within', 'across', 'over', 'with', 'about', 'among', 'between', 'under', 'near']);

/** An organisation completing a title with "of" ("Director of the Gender Policy Council"). */
function titleComplement(ctx: RelationView, a: Arg): boolean {
  if (a.type !== 'Organization') return false;
  let of = ctx.skipDeterminersBack(a.start - 1);
  // "Director of the White House Gender Policy Council": past a name modifying the body's.
  const modifier = ctx.argEnd.get(of + 1);
  if (modifier && modifier !== a) of = ctx.skipDeterminersBack(modifier.start - 1);
  // ("Muhammadu Buhari of Nigeria": a name, not a title, before "of".)
  return ctx.tokens[of]?.lower === 'of' && /^\p{Lu}/u.test(ctx.tokens[of - 1]?.text ?? '') && ctx.argEnd.get(of)?.mention.tokenEnd !== of;
}

/** A predicate with no tense of its own: a participle ("blaming") or an infinitive ("to support"). */
function nonFinite(ctx: RelationView, v: number, chain: Token[]): boolean {
  if (chain.some((c) => c.pos === 'AUX' || HYPOTHETICAL_MODALS.has(c.lower) || FUTURE_MARKERS.has(c.lower))) return false;
  return chain[0]?.lower === 'to' || (/ing$/.test(ctx.tokens[v]!.lower) && !chain.length);
}

/** An argument governed by an adjunct preposition ("on Twitter", "at the United Nations"). */
function prepositionObject(ctx: RelationView, a: Arg, s: Sentence): boolean {
  let j = a.start - 1;
  // Past determiners and a capitalised title the mention stage did not take ("with Acting Director X").
  const titleWord = (t: Token) => /^\p{Lu}/u.test(t.text) || (t.lower === 'of' && /^\p{Lu}/u.test(ctx.tokens[t.i - 1]?.text ?? ''));
  for (let n = 0; j > s.tokenStart && n < 8 && (ctx.tokens[j]!.pos === 'DET' || titleWord(ctx.tokens[j]!)); n++) j--;
  return ADJUNCT_PREPOSITIONS.has(ctx.tokens[j]?.lower ?? '');
}

/**
 * "X posted a message on Twitter blaming Iran", "X issued a statement condemning Y": a participle after
 * a medium (past a place or outlet it was posted on) says what its author does.
 */
export function mediumParticipleSubject(ctx: RelationView, v: number, s: Sentence): Arg[] {
  if (!/ing$/.test(ctx.tokens[v]!.lower)) return [];
  let k = v - 1;
  const outlet = ctx.argEnd.get(k + 1);
  if (outlet && prepositionObject(ctx, outlet, s)) {
    k = outlet.start - 1;
    while (k > s.tokenStart && ctx.tokens[k]!.pos === 'DET') k--;
    k--;
  }
  if (!MEDIUM_NOUNS.has(ctx.tokens[k]?.lower ?? '')) return [];
  for (let j = k - 1; j >= s.tokenStart && j > k - 5; j--) {
    const t = ctx.tokens[j]!;
    if (t.pos === 'VERB') return subjectOf(ctx, j, s).args;
    if (!/^(?:DET|ADJ|PRON|NUM)$/.test(t.pos)) return [];
  }
  return [];
}

/**
 * "X, a three-time former prime minister who now heads Y": a relative clause on an appositive noun
 * phrase (ending at k, opened by a determiner after a comma) is about the person the apposition describes.
 */
export function appositionHolder(ctx: RelationView, k: number, s: Sentence): Arg[] {
  for (let j = k; j > s.tokenStart && j > k - 10; j--) {
    const t = ctx.tokens[j]!;
    if (t.text === ',') {
      const opener = ctx.tokens[j + 1]?.lower ?? '';
      if (!/^(?:a|an|the|his|her|their)$/.test(opener)) return [];
      const holder = ctx.argEnd.get(j);
      return holder && holder.type === 'Person' ? [holder] : [];
    }
    if (/^(?:VERB|AUX|PRON|PUNCT)$/.test(t.pos) || ctx.argAt(j) || SUBORDINATORS.has(t.lower)) return [];
  }
  return [];
}

/** The start of a time adjunct ending at k ("on Friday", "on Friday night", "last week", "on March 3"), or undefined. */
export function timeAdjunctStart(ctx: RelationView, k: number, s: Sentence): number | undefined {
  let j = k;
  if (/^(?:night|morning|evening|afternoon)$/.test(ctx.tokens[j]!.lower)) j--;
  if (/^\d{1,2}$/.test(ctx.tokens[j]!.text) && isCalendarName(ctx.tokens[j - 1]?.text, MONTHS)) j--;
  const word = ctx.tokens[j]!;
  const before = ctx.tokens[j - 1];
  if (j - 1 < s.tokenStart || !before) return undefined;
  if ((isCalendarName(word.text, WEEKDAYS) || isCalendarName(word.text, MONTHS)) && /^(?:on|in|last|this|late|early)$/.test(before.lower)) return j - 1;
  if (/^(?:week|month|year)$/.test(word.lower) && /^(?:last|this)$/.test(before.lower)) return j - 1;
  return undefined;
}

/** The end of a time adjunct starting at k ("on Friday", "on Friday night", "last week"), or undefined. */
export function timeAdjunctEnd(ctx: RelationView, k: number, s: Sentence): number | undefined {
  for (let end = k + 2; end <= Math.min(s.tokenEnd, k + 4); end++) if (timeAdjunctStart(ctx, end - 1, s) === k) return end;
  return undefined;
}

/** The start of "in a (strongly worded) statement" ending at k, or undefined. */
export function mediumAdjunctStart(ctx: RelationView, k: number, s: Sentence): number | undefined {
  if (!MEDIUM_NOUNS.has(ctx.tokens[k]!.lower)) return undefined;
  for (let j = k - 1; j > s.tokenStart && j >= k - 5; j--) {
    const t = ctx.tokens[j]!;
    if (/^(?:a|an|the|his|her|its|their)$/.test(t.lower)) return ctx.tokens[j - 1]?.lower === 'in' ? j - 1 : undefined;
    if (t.text !== t.lower || !/^(?:ADJ|ADV|VERB|NOUN|PUNCT)$/.test(t.pos)) return undefined;
  }
  return undefined;
}

/** The subject of the sentence's main clause: the first argument followed by a verb, outside quotes unless the verb is quoted. */
export function mainSubject(ctx: RelationView, s: Sentence, inQuote: boolean, after = s.tokenStart, before = s.tokenEnd): Arg[] {
  for (const a of ctx.sentenceArgs) {
    if (a.start < after || ctx.tokens[a.start]!.inQuote !== inQuote) continue;
    if (a.start >= before) continue;
    let j = a.end;
    while (j < s.tokenEnd && /^(?:AUX|ADV|PART)$/.test(ctx.tokens[j]!.pos)) j++;
    // "FIFA on Friday suspended …": a time adjunct between the subject and its verb.
    const adjunctEnd = timeAdjunctEnd(ctx, j, s);
    if (adjunctEnd !== undefined) while (j < adjunctEnd || (j < s.tokenEnd && /^(?:AUX|ADV|PART)$/.test(ctx.tokens[j]!.pos))) j++;
    const t = ctx.tokens[j];
    if (t && (t.pos === 'VERB' || (t.pos === 'AUX' && j > a.end)) && ctx.actors([a]).length) return ctx.actors(ctx.argsEndingAt(a.end));
    if (t && t.pos === 'AUX') return ctx.actors(ctx.argsEndingAt(a.end));
  }
  return [];
}

/** "X joined the calls by Y asking Z to …": X urges Z too. */
export function joinedCalls(ctx: RelationView, caller: Arg, s: Sentence): Arg[] {
  let j = caller.start - 1;
  if (ctx.tokens[j]?.lower !== 'by' && ctx.tokens[j]?.lower !== 'from') return [];
  j--;
  if (!/^(?:calls?|appeals?|demands?|requests?|chorus|pleas?)$/.test(ctx.tokens[j]?.lower ?? '')) return [];
  for (let v = j - 1; v >= Math.max(s.tokenStart, j - 4); v--) {
    const t = ctx.tokens[v]!;
    if (t.pos === 'VERB' && (t.lemma === 'join' || t.lemma === 'echo' || t.lemma === 'add' || t.lemma === 'back')) return subjectOf(ctx, v, s).args;
  }
  return [];
}

/** "X urged the embassy to reconsider and spoke with Y": the second verb shares the first one's subject. */
export function coordinatedSubject(ctx: RelationView, v: number, s: Sentence): Arg[] {
  let k = v - 1;
  while (k > s.tokenStart && /^(?:ADV|AUX|PART)$/.test(ctx.tokens[k]!.pos)) k--;
  if (ctx.tokens[k]?.lower !== 'and' && ctx.tokens[k]?.lower !== 'but') return [];
  for (let j = k - 1; j >= s.tokenStart; j--) {
    const t = ctx.tokens[j]!;
    // A quoted word inside the first conjunct ('said the ban was "unjust" and accused X') is skipped.
    if (t.inQuote !== ctx.tokens[v]!.inQuote) {
      if (ctx.tokens[v]!.inQuote) return [];
      continue;
    }
    // The first verb's subject, skipping infinitives ("urged X to reconsider") and embedded clauses
    // ("were able to determine the Volvo had come").
    if (t.pos === 'VERB' && !ctx.argAt(j) && ctx.tokens[j - 1]?.lower !== 'to') {
      const subj = subjectOf(ctx, j, s).args;
      if (subj.length) {
        let p = subj[0]!.start - 1;
        while (p > s.tokenStart && ctx.tokens[p]!.pos === 'DET') p--;
        const governor = ctx.tokens[p];
        if (governor && (governor.pos === 'VERB' || SUBORDINATORS.has(governor.lower))) continue;
        // "providing Ukraine the support it needs to defend itself and to holding Russia accountable":
        // a pronoun right after a noun opens a reduced relative clause, not the first conjunct.
        if (subj[0]!.mention.kind === 'pronoun' && governor?.pos === 'NOUN' && governor.text === governor.lower) continue;
        return subj;
      }
    }
    if (SUBORDINATORS.has(t.lower) || t.text === ';') return [];
  }
  return [];
}

/** "wrote to X asking …", "sent a letter to X urging …": the one addressed, and who addressed them. */
export function addresseeOf(ctx: RelationView, v: number, s: Sentence): { sources: Arg[]; targets: Arg[] } | undefined {
  for (let j = v - 1; j >= s.tokenStart && j > v - 12; j--) {
    const t = ctx.tokens[j]!;
    if (!(t.pos === 'VERB' && ['write', 'send', 'appeal', 'turn', 'call', 'address', 'petition', 'apply'].includes(t.lemma))) continue;
    const to = ctx.findForward(j + 1, s, (x) => x.lower === 'to', 5);
    if (to < 0 || to >= v) return undefined;
    const targets = ctx.argsFrom(to + 1, s).filter((a) => a.type !== 'Location');
    if (!targets.length) return undefined;
    return { sources: subjectOf(ctx, j, s).args, targets };
  }
  return undefined;
}

/** For a trigger inside a sentence-initial adjunct ("After meeting X, Y said"), the subject after the comma. */
export function adjunctSubject(ctx: RelationView, k: number, s: Sentence): Arg[] {
  const first = ctx.tokens[s.tokenStart]!;
  if (!/^(?:ADP|SCONJ)$/.test(first.pos) && first.lower !== 'after' && first.lower !== 'during') return [];
  let comma = -1;
  for (let j = s.tokenStart; j < s.tokenEnd; j++)
    if (ctx.tokens[j]!.text === ',') {
      comma = j;
      break;
    }
  if (comma < 0 || comma < k) return [];
  return mainSubject(ctx, s, ctx.tokens[k]!.inQuote, comma + 1);
}

/**
 * "X, which leads a military coalition backing Y": what a coalition led, joined or formed by X does
 * (a participle after its noun), X does.
 */
export function coalitionLeader(ctx: RelationView, v: number, s: Sentence): Arg[] {
  const noun = ctx.tokens[v - 1];
  if (!noun || !COALITION_NOUNS.has(noun.lower)) return [];
  for (let j = v - 2; j >= Math.max(s.tokenStart, v - 5); j--) {
    const t = ctx.tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return COALITION_MEMBER_VERBS.has(t.lemma) ? subjectOf(ctx, j, s).args : [];
    if (!/^(?:DET|ADJ|NOUN)$/.test(t.pos)) return [];
  }
  return [];
}
