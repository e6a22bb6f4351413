/**
 * The two inputs of `kg eval`, validated with zod:
 *  - a gold annotation (the format of the shared `gold/*.json`): entities with every acceptable name,
 *    relations whose endpoints may be lists of acceptable entity ids, `optional` items;
 *  - a prediction (what `kg extract --format json` prints), read leniently: only the fields the
 *    scorer uses are checked, so other systems' output can be scored too.
 */
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from '../model.js';
import { normalizeName } from './normalize.js';

const endpoint = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)], {
  error: 'expected an entity id or a non-empty list of entity ids',
});

const goldEntitySchema = z.object({
  id: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  names: z.array(z.string().trim().min(1)).min(1),
  optional: z.boolean().optional(),
});

const goldRelationSchema = z.object({
  source: endpoint,
  type: z.enum(RELATION_TYPES),
  target: endpoint,
  evidence: z.string(),
  role: z.string().optional(),
  optional: z.boolean().optional(),
});

export const goldSchema = z
  .object({
    /** The article file this annotates (its base name). */
    document: z.string().min(1).optional(),
    notes: z.string().optional(),
    entities: z.array(goldEntitySchema),
    relations: z.array(goldRelationSchema),
  })
  .superRefine((gold, ctx) => {
    const ids = new Set<string>();
    const owners = new Map<string, string>();
    gold.entities.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entities', i, 'id'], message: `duplicate entity id "${e.id}"` });
      ids.add(e.id);
      // A name shared by two entities would make matching depend on their order.
      for (const name of e.names) {
        const key = normalizeName(name);
        const owner = owners.get(key);
        if (owner !== undefined && owner !== e.id)
          ctx.addIssue({ code: 'custom', path: ['entities', i, 'names'], message: `name "${name}" also belongs to entity "${owner}"` });
        owners.set(key, e.id);
      }
    });
    gold.relations.forEach((r, i) => {
      for (const end of ['source', 'target'] as const)
        for (const id of asList(r[end]))
          if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['relations', i, end], message: `unknown entity "${id}"` });
    });
  });

export type GoldAnnotation = z.infer<typeof goldSchema>;
export type GoldEntity = GoldAnnotation['entities'][number];
export type GoldRelation = GoldAnnotation['relations'][number];

// Other systems write null for absent fields; treat it as absent.
const absent = <T extends z.ZodType>(schema: T) => schema.nullish().transform((x) => x ?? undefined);
const list = <T extends z.ZodType>(item: T) => z.array(item).nullish().transform((x) => x ?? []);

const predictionSchema = z.object({
  entities: list(
    z.object({
      id: z.string().min(1),
      type: absent(z.string()),
      name: absent(z.string()),
      aliases: absent(z.array(z.string())),
    }),
  ),
  relations: list(
    z.object({
      source: z.string(),
      type: z.string(),
      target: z.string(),
      evidence: absent(z.string()),
    }),
  ),
});

export type Prediction = z.output<typeof predictionSchema>;
export type PredictedEntity = Prediction['entities'][number];
export type PredictedRelation = Prediction['relations'][number];

export const EMPTY_PREDICTION: Prediction = { entities: [], relations: [] };

/** Validates a parsed gold file; throws an Error whose message is one line naming the first problem. */
export function parseGold(json: unknown): GoldAnnotation {
  return parseWith(goldSchema, json, 'gold annotation');
}

/** Validates a parsed prediction; throws like parseGold. */
export function parsePrediction(json: unknown): Prediction {
  return parseWith(predictionSchema, json, 'prediction');
}

function parseWith<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? `${formatPath(issue.path)}: ` : '';
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problem${result.error.issues.length > 2 ? 's' : ''})` : '';
  throw new Error(`not a valid ${what}: ${where}${issue.message}${more}`);
}

/** `['relations', 3, 'target']` → `relations[3].target` */
function formatPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

export function asList<T>(x: T | T[]): T[] {
  return Array.isArray(x) ? x : [x];
}
