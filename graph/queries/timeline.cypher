// An entity's timeline: every fact it takes part in, oldest first, dated by the text when it gives a
// date and by the article otherwise.
// @param entity  the entity (id, name or alias; any case)
MATCH (e:Entity)
WHERE toLower($entity) IN [x IN [e.id, e.name] + e.aliases | toLower(x)]
MATCH (e)-[r]-(:Entity)
WHERE r.modality = 'asserted'
MATCH (d:Document {id: r.documentId})
RETURN coalesce(r.date, d.date) AS date,
       startNode(r).name AS subject,
       type(r) AS relation,
       endNode(r).name AS object,
       r.evidence AS evidence,
       d.id AS article
ORDER BY date, article, r.start, relation
