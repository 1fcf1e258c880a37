import { Attributor, type Attribution, type Utterance } from './speakers/attribution.js';
import { isDataSource } from './speakers/data-sources.js';
import { Discourse } from './speakers/discourse.js';
import { reportedUtterances } from './indirect/indirect.js';
import { Layout } from './text/layout.js';
import { inLists, itemAt, listItems } from './quotes/list-items.js';
import { MentionIndex } from './text/mention-index.js';
import { innerAttributions } from './quotes/quote-attribution.js';
import { findQuotes } from './quotes/quotes.js';
import { speechRules } from './speech/speech-verbs.js';
import type { ExtractedClaim, ExtractionInput } from './types.js';
import { quotedUtterances, spokenQuotes } from './quotes/utterances.js';

/**
 * The claims of a plain article: one per utterance (a direct quote with all its pieces, the quoted
 * fragments of one sentence, or reported speech), each with its speaker, role and channel read from
 * the attribution. Pure: text and the linker's mentions in, claims out, in text order.
 */
export function extractClaims(input: ExtractionInput): ExtractedClaim[] {
  const rules = speechRules(input.language);
  const mentions = new MentionIndex(input.mentions);
  const layout = new Layout(input.text);
  const items = listItems(layout);
  // A dash opening a list's item is its bullet, not a reply's.
  const found = innerAttributions(spokenQuotes(findQuotes(input.text, rules.language !== 'en'), input.text, mentions), input.text, rules);
  const quotes = found.filter((q) => !(itemAt(items, q.open) && /[—–-]/u.test(input.text[q.open]!)));
  const quotedSpans = quotes.map((q) => ({ start: q.open, end: q.close }));
  const inQuote = (offset: number) => quotedSpans.some((q) => offset >= q.start && offset < q.end);
  const discourse = new Discourse({ text: input.text, rules, mentions }, layout, inQuote);
  let utterances = inLists(items, quotes, [
    ...quotedUtterances(quotes, layout, rules),
    ...reportedUtterances(layout, rules, mentions, quotedSpans),
  ]);
  // A term quoted inside reported speech ("що частина «шахедів» …") is part of that claim, no fragment of its own.
  const reported = utterances.filter((u) => u.flags.includes('INDIRECT')).flatMap((u) => u.segments);
  const within = (u: Utterance) => u.segments.every((s) => reported.some((r) => r.start <= s.start && s.end <= r.end));
  utterances = utterances.filter((u) => !(u.flags.includes('PARTIAL') && within(u)));
  utterances.sort((a, b) => a.segments[0]!.start - b.segments[0]!.start);
  const attributor = new Attributor(discourse);
  const claims: ExtractedClaim[] = [];
  for (const utterance of utterances) {
    const attribution = attributor.attribute(utterance.clauses, utterance.segments[0]!.start, utterance.segments);
    // Reported speech is only speech when someone is said to speak or an outlet to relay it ("…,
    // повідомило Укрінформ"), and a fragment nobody is said to have said is the reporter's own
    // emphasis ("the so-called ‘referendum’"); figures relied on ("according to government figures") are a source too.
    const relayed = Boolean(attribution.via?.entityKey) || isDataSource(rules.language, attribution.via);
    if (utterance.flags.length > 0 && !attribution.speaker && !relayed) continue;
    claims.push(claim(utterance, attribution, mentions));
  }
  return claims;
}

function claim(utterance: Utterance, attribution: Attribution, mentions: MentionIndex): ExtractedClaim {
  const about: string[] = [];
  for (const segment of utterance.segments) {
    for (const mention of mentions.within(segment.start, segment.end)) {
      if (mention.entityKey && !about.includes(mention.entityKey)) about.push(mention.entityKey);
    }
  }
  const { speaker, role, via, evidence } = attribution;
  const discount = utterance.flags.length > 0 ? 0.9 : 1;
  const score = Math.round(attribution.score * discount * 100) / 100;
  return {
    segments: utterance.segments,
    flags: utterance.flags,
    speaker,
    role,
    via,
    about,
    score,
    evidence: [...utterance.evidence, ...evidence],
  };
}
