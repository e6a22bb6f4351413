// The shortest chain of facts linking two entities (up to 6 steps), with the sentence behind each step.
// @param from  one entity (id, name or alias; any case)
// @param to  the other entity (id, name or alias; any case)
MATCH (a:Entity), (b:Entity)
WHERE toLower($from) IN [x IN [a.id, a.name] + a.aliases | toLower(x)]
  AND toLower($to) IN [x IN [b.id, b.name] + b.aliases | toLower(x)]
  AND a <> b
MATCH p = shortestPath((a)-[:MET|VISITED|ACCUSED|PLEDGED|URGED|SUPPORTS|ANNEXED|HOLDS_ROLE|LOCATED_IN*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.modality = 'asserted')
RETURN length(p) AS steps,
       [n IN nodes(p) | n.name] AS path,
       [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | r.evidence] AS evidence
ORDER BY steps
