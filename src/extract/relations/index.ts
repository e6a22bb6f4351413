/**
 * Stage 4, relations: typed edges between entities, each with its evidence sentence.
 *
 * Patterns are linguistic, over POS-tagged tokens and resolved mentions, one module per family over a
 * shared view of the sentence (view.ts: its arguments, conjuncts and titles):
 *  - verbs.ts     verb triggers with subject and object ("Blinken met Zelensky in Kyiv");
 *  - nouns.ts     noun triggers ("a visit to Kenya", "talks with X", "Kiev's backer", "traded blame");
 *  - roles.ts     HOLDS_ROLE from titles and posts ("Foreign Minister X of Y", "holds a post in Z");
 *  - speech.ts    accusation in reported speech ("what he called Russia's reckless actions");
 *  - groups.ts    gatherings and presence ("at the summit in P, A and B signed", "A met B in Manila");
 *  - subjects.ts  who does a predicate (the clause structure every family asks);
 *  - modality.ts  negation and planned/hypothetical modality ("did not meet", "plans to visit");
 *  - ../dates.ts  the date of an event from its sentence ("on Monday").
 * Negated clauses are dropped; planned and hypothetical ones carry a modality.
 * Example: "Blinken met Zelensky in Kyiv on Monday." → MET(Blinken, Zelensky), VISITED(Blinken, Kyiv).
 */
import { entryByKey } from '../../knowledge/index.js';
import type { EntityType, MentionAnalysis, Reading, Relation, Sentence } from '../../model.js';
import type { Resolution } from '../coref.js';
import { dateNear } from '../dates.js';
import { type Found, RelationView } from './view.js';
import { JOINT_ACTION_VERBS, VERBS, jointAction, verbRelation, verbalLemma } from './verbs.js';
import { BACKER_NOUNS, COMMITMENT_NOUNS, MEETING_NOUNS, VISIT_NOUNS, annexationNoun, commitmentNoun, needNoun, backerNoun, meetingNoun, supportNoun, tradedBlame, visitNoun } from './nouns.js';
import { CALLING_VERBS, callingAccusation, quotedAccusations, reportedAccusations } from './speech.js';
import { EVENT_NOUNS, PRESENCE_VISIT_VERBS, alongside, eventAttendance, ledDelegation, presence, visitsFromMeetings, whereClause } from './groups.js';
import { POSITION_VERBS, positionIn, roleRelations, unqualifiedRoles } from './roles.js';

export function findRelations(reading: Reading, analysis: MentionAnalysis, resolution: Resolution): Relation[] {
  const ctx = new RelationView(reading, analysis, resolution);
  const bySentence = reading.sentences.map((s) => sentenceRelations(ctx, s));
  for (const inferred of unqualifiedRoles(ctx, bySentence)) bySentence[inferred.sentence]!.push(inferred.found);
  visitsFromMeetings(ctx, bySentence).forEach((visits, i) => bySentence[i]!.push(...visits));
  const relations: Relation[] = [];
  const seen = new Set<string>();
  for (const s of reading.sentences) {
    for (const f of bySentence[s.i]!) {
      if (f.negated) continue;
      for (const source of f.sources.flatMap((a) => a.ids))
        for (const target of f.targets.flatMap((a) => a.ids)) {
          if (source === target) continue;
          const key = `${s.i}|${f.type}|${source}|${target}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const rel: Relation = {
            source,
            type: f.type,
            target,
            evidence: s.text,
            start: s.start,
            end: s.end,
            confidence: f.confidence,
            documentId: reading.document.id,
            trigger: f.trigger.text,
          };
          const date = dateNear(s.text, f.trigger.start - s.start, reading.document.date, f.modality === 'planned');
          if (date && f.type !== 'HOLDS_ROLE') rel.date = date;
          if (f.modality && f.modality !== 'asserted') rel.modality = f.modality;
          if (f.role) rel.role = f.role;
          relations.push(rel);
        }
    }
  }
  return relations;
}
/** Entity type implied by a knowledge key (for tests and callers that only have keys). */
export function knowledgeType(key: string): EntityType | undefined {
  return entryByKey(key)?.type;
}

/** Every pattern family, token by token over one sentence, in a fixed order (the output keeps it). */
function sentenceRelations(ctx: RelationView, s: Sentence): Found[] {
  ctx.buildArgs(s);
  const found: Found[] = [];
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.prefixOf.has(k) || ctx.argAt(k)) continue;
    const verbLemma = t.pos === 'VERB' ? t.lemma : verbalLemma(ctx, k, s);
    if (verbLemma) {
      const v = VERBS[verbLemma];
      if (v) found.push(...verbRelation(ctx, k, v, s));
      if (CALLING_VERBS.has(t.lemma)) found.push(...callingAccusation(ctx, k, s));
      found.push(...reportedAccusations(ctx, k, s));
      if (t.lemma === 'trade' || t.lemma === 'exchange') found.push(...tradedBlame(ctx, k, s));
      if (JOINT_ACTION_VERBS.has(verbLemma)) found.push(...jointAction(ctx, k, s));
      if (POSITION_VERBS.has(verbLemma)) found.push(...positionIn(ctx, k, s));
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB') {
      if (VISIT_NOUNS.has(t.lower) && t.pos !== 'VERB') found.push(...visitNoun(ctx, k, s));
      if (MEETING_NOUNS.has(t.lower) && t.pos !== 'VERB') found.push(...meetingNoun(ctx, k, s));
      if (BACKER_NOUNS.has(t.lower)) found.push(...backerNoun(ctx, k, s));
      if (t.lower === 'support' && t.pos === 'NOUN') found.push(...supportNoun(ctx, k, s));
      if ((t.lower === 'need' || t.lower === 'importance') && t.pos === 'NOUN') found.push(...needNoun(ctx, k, s));
      if (COMMITMENT_NOUNS.has(t.lower) && t.pos === 'NOUN') found.push(...commitmentNoun(ctx, k, s));
      if (t.lower === 'annexation') found.push(...annexationNoun(ctx, k, s));
    }
    if (t.lower === 'alongside') found.push(...alongside(ctx, k, s));
    if (t.lower === 'where' && ctx.tokens[k - 1]?.text === ',') found.push(...whereClause(ctx, k, s));
    if (EVENT_NOUNS.has(t.lower) && t.pos === 'NOUN') found.push(...eventAttendance(ctx, k, s));
    if (t.pos === 'VERB' && PRESENCE_VISIT_VERBS.has(t.lemma)) found.push(...presence(ctx, k, s));
    if (t.pos === 'VERB' && (t.lemma === 'lead' || t.lemma === 'head')) found.push(...ledDelegation(ctx, k, s));
  }
  found.push(...roleRelations(ctx, s));
  found.push(...quotedAccusations(ctx, s));
  return found.filter((f) => f.sources.length && f.targets.length);
}
