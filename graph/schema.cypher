// The schema kg-news writes into: applied by the writer before its first batch, idempotently
// (IF NOT EXISTS), one statement at a time. Statements end with a semicolon at the end of a line.

// One node per entity id (`person:antony-blinken`) and per article id; MERGE relies on these.
CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

// The same article under another file name is recognised by the hash of its text.
CREATE INDEX kg_document_sha256 IF NOT EXISTS FOR (d:Document) ON (d.sha256);

// The evidence relationships of one article, found without walking from busy entities (re-writing an
// article replaces them). One index per relationship type: Neo4j indexes relationships by type.
CREATE INDEX kg_met_document IF NOT EXISTS FOR ()-[r:MET]-() ON (r.documentId);
CREATE INDEX kg_visited_document IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.documentId);
CREATE INDEX kg_accused_document IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.documentId);
CREATE INDEX kg_pledged_document IF NOT EXISTS FOR ()-[r:PLEDGED]-() ON (r.documentId);
CREATE INDEX kg_urged_document IF NOT EXISTS FOR ()-[r:URGED]-() ON (r.documentId);
CREATE INDEX kg_supports_document IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.documentId);
CREATE INDEX kg_annexed_document IF NOT EXISTS FOR ()-[r:ANNEXED]-() ON (r.documentId);
CREATE INDEX kg_holds_role_document IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.documentId);
CREATE INDEX kg_located_in_document IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.documentId);

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
