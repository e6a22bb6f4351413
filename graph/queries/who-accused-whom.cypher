// Who accused whom: every reported accusation, with its date, sentence and article.
// @param entity = null  only accusations made by or against this entity (id, name or alias; any case)
MATCH (a:Entity)-[r:ACCUSED]->(b:Entity)
WHERE r.modality = 'asserted'
  AND ($entity IS NULL OR toLower($entity) IN [x IN [a.id, a.name] + a.aliases + [b.id, b.name] + b.aliases | toLower(x)])
MATCH (d:Document {id: r.documentId})
RETURN a.name AS accuser, b.name AS accused, r.date AS date, d.date AS reported, r.evidence AS evidence, d.id AS article
ORDER BY coalesce(r.date, d.date), accuser, accused, d.date, r.start
