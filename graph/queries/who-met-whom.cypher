// Who met whom: every reported meeting, with when it happened (if the text says), when it was
// reported, the sentence that says so and the article. One row per sentence; planned or hypothetical
// meetings ("keen to meet") are left out.
// @param entity = null  only the meetings of this entity (id, name or alias; any case)
MATCH (a:Entity)-[r:MET]-(b:Entity)
WHERE r.modality = 'asserted'
  AND CASE
        WHEN $entity IS NULL THEN a.id < b.id // MET is stored once per pair: show each pair once
        ELSE toLower($entity) IN [x IN [a.id, a.name] + a.aliases | toLower(x)]
      END
MATCH (d:Document {id: r.documentId})
RETURN a.name AS who, b.name AS met, r.date AS date, d.date AS reported, r.evidence AS evidence, d.id AS article
ORDER BY coalesce(r.date, d.date), who, met, d.date, r.start
