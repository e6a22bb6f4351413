// The most connected entities: how many other entities each is related to, and by how many sentences.
// @param limit = 10  how many to list
MATCH (e:Entity)-[r]-(n:Entity)
WHERE r.modality = 'asserted'
RETURN e.name AS entity, e.type AS type, count(DISTINCT n) AS neighbours, count(r) AS sentences
ORDER BY neighbours DESC, sentences DESC, entity
LIMIT $limit
