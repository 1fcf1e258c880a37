// Uniqueness of every id (each also gives the lookup index used by node(id) and the loader's MERGE).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT name_id IF NOT EXISTS FOR (n:Name) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (n:Mention) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
// The ids of entities merged into others, which keep resolving (mergeEntities).
CREATE CONSTRAINT entity_alias_id IF NOT EXISTS FOR (n:EntityAlias) REQUIRE n.id IS UNIQUE;
// A gazetteer file's record of what it states, so loading it again retracts what it no longer states.
CREATE CONSTRAINT gazetteer_file_id IF NOT EXISTS FOR (n:GazetteerFile) REQUIRE n.id IS UNIQUE;
// An imported GeoNames file's fingerprint and batches, so an unchanged file is skipped (src/gazetteer/).
CREATE CONSTRAINT gazetteer_import_id IF NOT EXISTS FOR (n:GazetteerImport) REQUIRE n.id IS UNIQUE;
// The one stamp of the gazetteer the linker matches against, bumped by every write that changes it (src/graph/gazetteer-version.ts).
CREATE CONSTRAINT gazetteer_version_id IF NOT EXISTS FOR (n:GazetteerVersion) REQUIRE n.id IS UNIQUE;
// The change log (src/graph/changes.ts): its one counter, and its batches by last sequence, which `changes(after:)` seeks by.
CREATE CONSTRAINT change_log_id IF NOT EXISTS FOR (n:ChangeLog) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_batch_last IF NOT EXISTS FOR (n:ChangeBatch) REQUIRE n.last IS UNIQUE;
// A store written before session 11 logged one :Change a change; nothing reads those now.
DROP CONSTRAINT change_sequence IF EXISTS;
