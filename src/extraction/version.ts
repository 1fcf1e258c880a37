/**
 * Stamped on every claim and event report the extractor writes, so an analyst can tell which
 * rules produced a fact and `reextract` can find what an older extractor left. Raise it when
 * the rules change what they find.
 */
export const EXTRACTOR_VERSION = 1;
