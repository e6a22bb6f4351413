// Entities named in the same sentence ("mentioned together"), with how many sentences and articles
// name both. Not facts: no verb relates the two. Read from the Document nodes' sentence starts and
// the MENTIONED_IN offsets at query time, never stored. (The page's layer counts the same way but
// keeps each sentence's first 8 entities and each article's 60 strongest pairs; this counts all.)
// @param entity = null  only the pairs of this entity (id, name or alias; any case)
// @param limit = 25  how many pairs to list
MATCH (e:Entity)-[me:MENTIONED_IN]->(d:Document)<-[mo:MENTIONED_IN]-(o:Entity)
WHERE d.sentenceStarts IS NOT NULL
  AND CASE WHEN $entity IS NULL THEN e.id < o.id
           ELSE toLower($entity) IN [x IN [e.id, e.name] + e.aliases | toLower(x)] END
WITH e, o,
     [m IN me.offsets | size([s IN d.sentenceStarts WHERE s <= toInteger(split(m, '-')[0])])] AS inE,
     [m IN mo.offsets | size([s IN d.sentenceStarts WHERE s <= toInteger(split(m, '-')[0])])] AS inO
WITH e, o, size(reduce(shared = [], s IN inE | CASE WHEN s > 0 AND s IN inO AND NOT s IN shared THEN shared + s ELSE shared END)) AS together
WHERE together > 0
RETURN e.name AS entity, o.name AS other, sum(together) AS sentences, count(*) AS articles
ORDER BY sentences DESC, articles DESC, entity, other
LIMIT $limit
