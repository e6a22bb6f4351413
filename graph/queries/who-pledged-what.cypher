// Who pledged what to whom: every reported pledge; what was pledged is in the sentence.
// @param entity = null  only pledges made by or to this entity (id, name or alias; any case)
MATCH (a:Entity)-[r:PLEDGED]->(b:Entity)
WHERE r.modality = 'asserted'
  AND ($entity IS NULL OR toLower($entity) IN [x IN [a.id, a.name] + a.aliases + [b.id, b.name] + b.aliases | toLower(x)])
MATCH (d:Document {id: r.documentId})
RETURN a.name AS pledger, b.name AS recipient, r.evidence AS pledge, r.date AS date, d.date AS reported, d.id AS article
ORDER BY coalesce(r.date, d.date), pledger, recipient, d.date, r.start
