// The shortest chain of facts linking two entities (up to 6 steps): one row per step, in path order,
// with the sentence behind it. An arrow shows which way a directed relation points.
// @param from  one entity (id, name or alias; any case)
// @param to  the other entity (id, name or alias; any case)
MATCH (a:Entity), (b:Entity)
WHERE toLower($from) IN [x IN [a.id, a.name] + a.aliases | toLower(x)]
  AND toLower($to) IN [x IN [b.id, b.name] + b.aliases | toLower(x)]
  AND a <> b
MATCH p = shortestPath((a)-[:MET|VISITED|ACCUSED|PLEDGED|URGED|SUPPORTS|ANNEXED|HOLDS_ROLE|LOCATED_IN*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.modality = 'asserted')
WITH p LIMIT 1
UNWIND range(0, length(p) - 1) AS i
WITH i, nodes(p)[i] AS x, relationships(p)[i] AS r, nodes(p)[i + 1] AS y
RETURN i + 1 AS step,
       x.name AS from,
       CASE WHEN type(r) = 'MET' THEN 'MET' WHEN startNode(r) = x THEN type(r) + ' →' ELSE '← ' + type(r) END AS relation,
       y.name AS to,
       r.evidence AS evidence,
       r.documentId AS article
ORDER BY step
