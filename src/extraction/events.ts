import type { EventType } from '../graph/vocabulary.js';
import { partiesAround } from './event-parties.js';
import { linkPlaces, type Linked } from './event-places.js';
import { near, reachTime, wordsBetween, type Reach, type Sentence } from './event-sentence.js';
import { mergeReports, type Report } from './event-merge.js';
import { HEDGES, NEGATIONS, PASSIVE_AUXILIARIES, PLACE_ANAPHORS, TIME_PREPOSITIONS } from './event-cues.js';
import { MUST_NAME, type FramingLanguage } from './framing-words.js';
import { framingAt, framingLanguage, normalize, type FramingMatch } from './framings.js';
import { sentences } from './sentences.js';
import { findTimes } from './time.js';
import type { ExtractedEvent, ExtractionInput, TextSpan } from './types.js';
import { words } from './words.js';

/**
 * Events an article reports: each framing word with the place of its clause, the parties the
 * sentence puts in subject and object position and the sentence's time, one report per place
 * ("the liberation of Krasnoarmysk and Volchansk" is two); reports of one happening (same type and
 * place, or with no place the same main party) are merged into one event with every framing the
 * article uses. `denied` are the spans of what the article's speakers deny: a framing inside one,
 * hedged ("would facilitate the liberation") or negated ("have not withdrawn"), reports nothing by itself.
 */
export function extractEvents(input: ExtractionInput, denied: readonly TextSpan[]): ExtractedEvent[] {
  const article: Article = { language: framingLanguage(input.language), denied, recent: new Map(), last: null, lede: new Map() };
  const times = findTimes(input.text, input.language, input.publishedAt).filter((t) => !inDateline(input.text, t));
  const reports: Report[] = [];
  for (const span of sentences(input.text)) {
    const within = <T extends TextSpan>(items: readonly T[]): T[] => items.filter((x) => x.start >= span.start && x.end <= span.end);
    const ws = words(input.text, span.start, span.end);
    const s: Sentence = { text: input.text, language: article.language, span, ws, mentions: within(input.mentions), times: within(times) };
    const matches = framingsOf(s, article.language);
    const opening = matches[0] ? ws[matches[0].first]!.start : span.end;
    matches.forEach((match, k) => {
      const from = k > 0 ? ws[matches[k - 1]!.last]!.end : span.start;
      const to = k + 1 < matches.length ? ws[matches[k + 1]!.first]!.start : span.end;
      reports.push(...reportsOf(s, { match, start: ws[match.first]!.start, end: ws[match.last]!.end, from, to, opening }, article));
    });
  }
  return mergeReports(reports, input.publishedAt);
}

/** "KYIV, December 2 (Test Wire) –", "МОСКВА, 8 декабря.": a paragraph opening with a city in capitals dates the article, not an event. */
const DATELINE = /^\s*\p{Lu}{2,}[^\p{Ll}]*(?:,\s*\p{Lu}\p{L}+)*,\s*$/u;
const inDateline = (text: string, t: TextSpan): boolean => DATELINE.test(text.slice(text.lastIndexOf('\n', t.start) + 1, t.start));

interface Article {
  language: FramingLanguage;
  denied: readonly TextSpan[];
  /** The place each type of event was last reported at, for "the city’s fall" in a later sentence. */
  recent: Map<EventType, string>;
  /** The place any event was last reported at, for "the town" where none of the same type came before. */
  last: string | null;
  /** The place each type was first reported at: the lede's event, which a bare "the talks" later means. */
  lede: Map<EventType, string>;
}

/** Framing words of a sentence, longest first at each word, none inside a name ("Liberation Army"). */
function framingsOf(s: Sentence, language: FramingLanguage): FramingMatch[] {
  const found: FramingMatch[] = [];
  for (let i = 0; i < s.ws.length; i++) {
    const match = framingAt(s.text, s.ws, i, language);
    if (match === null) continue;
    const [start, end] = [s.ws[match.first]!.start, s.ws[match.last]!.end];
    if (!s.mentions.some((m) => m.start < end && m.end > start) && !fallOfNoPlace(s, match)) found.push(match);
    i = match.last;
  }
  return found;
}

/**
 * "Debris fell on the outskirts of Kurchatov": a word that takes its place as subject, with no
 * place or town word just before it, is no framing, and leaves its words to the framing before it.
 */
function fallOfNoPlace(s: Sentence, match: FramingMatch): boolean {
  if (match.group.placeBefore !== true) return false;
  const start = s.ws[match.first]!.start;
  const subject = s.mentions.some((m) => m.kind === 'PLACE' && m.end <= start && wordsBetween(s, m.end, start) <= 2);
  const anaphor = s.ws.slice(Math.max(0, match.first - 3), match.first).some((w) => PLACE_ANAPHORS[s.language].has(normalize(w.lower)));
  return !subject && !anaphor;
}

function reportsOf(s: Sentence, r: Reach, article: Article): Report[] {
  const { group, type } = r.match;
  const before = s.ws.slice(Math.max(0, r.match.first - 3), r.match.first);
  const passive = article.language === 'en' && !group.noun && PASSIVE_AUXILIARIES.has(before.at(-1)?.lower ?? '');
  const timed = group.noun && timePreposition(s, r.match.first, article.language);
  let link = linkPlaces(s, r, passive || group.placeBefore === true, timed) ?? backReference(s, r, article);
  let participants = participantsOf(s, r, link?.places ?? [], passive);
  if (link === null && (participants.length === 0 || timed)) {
    link = definite(s, r, article);
    participants = participantsOf(s, r, link?.places ?? [], passive);
  }
  if (link === null && MUST_NAME[type] === 'place') return [];
  const places = link?.places ?? [];
  if (participants.length === 0 && MUST_NAME[type] === 'party') return [];
  // "would facilitate the liberation", but not "In May, the liberation".
  const cue = (words: ReadonlySet<string>) => before.find((w) => words.has(w.lower) && near(s, w.end, r.start, 3))?.lower ?? null;
  const [hedge, negation] = [cue(HEDGES[article.language]), cue(NEGATIONS[article.language])];
  const inDenial = article.denied.some((q) => q.start <= r.start && r.end <= q.end);
  const asserted = !inDenial && hedge === null && negation === null;
  // "The city" refers back to what the article itself reports, and to one place, not a list.
  if (asserted && places.length === 1) {
    article.recent.set(type, places[0]!);
    article.last = places[0]!;
    if (!article.lede.has(type)) article.lede.set(type, places[0]!);
  }
  const framing = { start: r.start, end: r.end, text: s.text.slice(r.start, r.end) };
  const notes = [
    ...(inDenial ? ['inside a denial'] : []),
    ...(hedge ? [`hedged by "${hedge}"`] : []),
    ...(negation ? [`negated by "${negation}"`] : []),
  ];
  const base = { type, framing, participants, time: reachTime(s, r), asserted, link, notes };
  return (places.length > 0 ? places : [null]).map((place) => ({ ...base, place }));
}

function participantsOf(s: Sentence, r: Reach, places: readonly string[], passive: boolean): Report['participants'] {
  const { group } = r.match;
  const { before, after, agent } = partiesAround(s, r, places);
  // In the passive the one before is acted on: "Putin was briefed".
  const beforeRole = passive ? group.object : group.subject;
  const afterRole = agent ? group.subject : group.object;
  return [
    ...(before && beforeRole ? [{ entityKey: before, role: beforeRole }] : []),
    ...(after && afterRole ? [{ entityKey: after, role: afterRole }] : []),
  ];
}

/**
 * "the city’s fall", "the fall of the town", "the town has fallen", "взятие города": the place the
 * last asserted framing of the same type was linked to; a noun with no place or party of its own
 * ("after the visit", "Встреча продолжалась") refers to the first one (`definite`).
 */
function backReference(s: Sentence, r: Reach, article: Article): Linked | null {
  const place = article.recent.get(r.match.type) ?? article.last ?? undefined;
  if (place === undefined) return null;
  if (anaphor(s, r, article.language))
    return { places: [place], rule: 'place by back-reference ("the city’s") to the last place of that type', weight: 0.5 };
  return null;
}

/** Whether a word for a town points back next to the framing, as PLACE_ANAPHORS says. */
function anaphor(s: Sentence, r: Reach, language: FramingLanguage): boolean {
  const nouns = PLACE_ANAPHORS[language];
  const is = (i: number) => i >= 0 && s.ws[i] !== undefined && nouns.has(normalize(s.ws[i]!.lower));
  const { first, last } = r.match;
  if (language !== 'en') return is(last + 1) || is(last + 2);
  const the = (i: number) => s.ws[i]?.lower === 'the';
  // "the city’s fall"; "fall of the town", "withdrawn from the town"; "the town has fallen".
  if (/['’]s$/u.test(s.ws[first - 1]?.lower ?? '') && is(first - 1)) return true;
  // "the village of Novoekonomichne" names a place, it does not point back.
  const pointing = (i: number) => the(i) && is(i + 1) && s.ws[i + 2]?.lower !== 'of';
  if (pointing(last + 1) || pointing(last + 2)) return true;
  return (the(first - 2) && is(first - 1)) || (the(first - 3) && is(first - 2) && PASSIVE_OR_PERFECT.has(s.ws[first - 1]!.lower));
}

const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** "during the visit", "после встречи": the word or two before the noun (with "the" skipped) are a time preposition. */
function timePreposition(s: Sentence, first: number, language: FramingLanguage): boolean {
  const at = s.ws[first - 1]?.lower === 'the' ? first - 1 : first;
  const [one, two] = [s.ws[at - 1]?.lower, `${s.ws[at - 2]?.lower} ${s.ws[at - 1]?.lower}`];
  return TIME_PREPOSITIONS[language].has(one ?? '') || TIME_PREPOSITIONS[language].has(two);
}

/** Auxiliaries between a subject and its verb: "the town has fallen", "the city was captured". */
const PASSIVE_OR_PERFECT: ReadonlySet<string> = new Set([...PASSIVE_AUXILIARIES, 'has', 'had', 'have']);

/**
 * A noun with nothing of its own to tell which happening it is: the article's first of its type,
 * in English only when "the" or "this" makes it definite ("the attacks", not "came under fire").
 */
function definite(s: Sentence, r: Reach, article: Article): Linked | null {
  const place = article.lede.get(r.match.type);
  if (!r.match.group.noun || place === undefined) return null;
  if (article.language === 'en' && !DEFINITE.has(s.ws[r.match.first - 1]?.lower ?? '')) return null;
  return { places: [place], rule: 'a noun with no place of its own refers to the last place of that type', weight: 0.4 };
}
