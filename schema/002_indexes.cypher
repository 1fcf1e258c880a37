// Name search: every name form and its folded keys (src/names/normalize.ts), through Lucene.
// standard-folding also folds diacritics, so an unfolded query still meets the folded keys.
CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:Name) ON EACH [n.form, n.keys, n.loose]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };

// Lookups behind the API's filters and sort orders.
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX article_outlet IF NOT EXISTS FOR (n:Article) ON (n.outlet);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX event_starts IF NOT EXISTS FOR (n:Event) ON (n.startsAt);
CREATE INDEX event_month_day IF NOT EXISTS FOR (n:Event) ON (n.month, n.day);
CREATE INDEX claim_anonymous IF NOT EXISTS FOR (n:Claim) ON (n.anonymous);
// A curated entity meets its imported GeoNames place or country by these (src/gazetteer/curated-merge.ts).
CREATE INDEX entity_geonames IF NOT EXISTS FOR (n:Entity) ON (n.geonames);
CREATE INDEX entity_iso3166 IF NOT EXISTS FOR (n:Entity) ON (n.iso3166);
// Text search (textSearch, src/search/text-search.cypher.ts): claims' quotes and articles' text in one index,
// so their scores compare. Neo4j offers English and Russian stemmers but none for Ukrainian, and one
// analyzer serves an index whatever the node's language, so a neutral one: UAX #29 words in lower case,
// no stemming, no stop words (the English list drops "no" and "not", the Russian "не": words a quote turns on).
CREATE FULLTEXT INDEX text_search IF NOT EXISTS FOR (n:Claim|Article) ON EACH [n.quote, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
