// Which articles mention an entity, and how often.
// @param entity  the entity (id, name or alias; any case)
MATCH (e:Entity)
WHERE toLower($entity) IN [x IN [e.id, e.name] + e.aliases | toLower(x)]
MATCH (e)-[m:MENTIONED_IN]->(d:Document)
RETURN e.name AS entity, d.id AS article, d.title AS title, d.date AS date, m.count AS mentions
ORDER BY date, article
