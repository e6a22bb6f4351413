// The schema kg-news writes into: applied by the writer before its first batch, idempotently
// (IF NOT EXISTS), one statement at a time. Statements end with a semicolon at the end of a line.

// One node per entity id (`person:antony-blinken`) and per article id; MERGE relies on these.
CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

// The same article under another file name is recognised by the hash of its text.
CREATE INDEX kg_document_sha256 IF NOT EXISTS FOR (d:Document) ON (d.sha256);

// Look-ups by name, for all entities and per type.
CREATE INDEX kg_entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX kg_person_name IF NOT EXISTS FOR (e:Person) ON (e.name);
CREATE INDEX kg_country_name IF NOT EXISTS FOR (e:Country) ON (e.name);
CREATE INDEX kg_organization_name IF NOT EXISTS FOR (e:Organization) ON (e.name);
CREATE INDEX kg_location_name IF NOT EXISTS FOR (e:Location) ON (e.name);
CREATE INDEX kg_document_date IF NOT EXISTS FOR (d:Document) ON (d.date);

// Fuzzy search over names and aliases:
//   CALL db.index.fulltext.queryNodes('kg_entity_names', 'blinken') YIELD node, score RETURN node.name, score
CREATE FULLTEXT INDEX kg_entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];
