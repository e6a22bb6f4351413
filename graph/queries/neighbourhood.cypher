// An entity's neighbourhood: the entities it is directly related to, by relation, with how many
// sentences state it and the dates they give.
// @param entity  the entity (id, name or alias; any case)
MATCH (e:Entity)
WHERE toLower($entity) IN [x IN [e.id, e.name] + e.aliases | toLower(x)]
MATCH (e)-[r]-(n:Entity)
WHERE r.modality = 'asserted'
RETURN e.name AS entity,
       type(r) AS relation,
       CASE WHEN type(r) = 'MET' THEN 'both' WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       n.name AS neighbour,
       n.type AS type,
       count(r) AS sentences,
       min(r.date) AS first,
       max(r.date) AS last
ORDER BY sentences DESC, relation, neighbour
