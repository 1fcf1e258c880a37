import { partiesAround } from './event-parties.js';
import { linkPlaces } from './event-places.js';
import { near, type Reach, type Sentence } from './event-sentence.js';
import { reachTime } from './event-times.js';
import { mergeReports, type Report } from './event-merge.js';
import { HEDGES, NEGATIONS, PASSIVE_AUXILIARIES } from './event-cues.js';
import { planned } from './event-plans.js';
import {
  backReference,
  definite,
  emptyMemory,
  jointOccasion,
  occasion,
  remember,
  timePreposition,
  type Memory,
} from './event-references.js';
import { MUST_NAME, type FramingLanguage } from '../framings/framing-words.js';
import { framingLanguage } from '../framings/framings.js';
import { framingsOf } from './event-framings.js';
import { townInPhrase } from './event-towns.js';
import { datelinePlace } from './event-datelines.js';
import { openingLocative } from './event-settings.js';
import { atUnnamedTown } from './event-unnamed.js';
import { accusedFrom } from './event-accusations.js';
import { pronounObject } from './event-pronouns.js';
import { listTimes } from './event-list-times.js';
import { besidePlace, townVisited, visitPlace } from './event-siblings.js';
import { sentences } from '../text/sentences.js';
import { findTimes } from '../time/time.js';
import type { ExtractedEvent, ExtractionInput, TextSpan } from '../types.js';
import { words } from '../text/words.js';

/**
 * Events an article reports: each framing word with the place of its clause, the parties the
 * sentence puts in subject and object position and the sentence's time, one report per place
 * ("the liberation of Krasnoarmysk and Volchansk" is two); reports of one happening (same type and
 * place, or with no place the same main party) are merged into one event with every framing the
 * article uses. `denied` are the spans of what the article's speakers deny: a framing inside one,
 * hedged ("would facilitate the liberation") or negated ("have not withdrawn"), reports nothing by itself.
 */
export function extractEvents(input: ExtractionInput, denied: readonly TextSpan[]): ExtractedEvent[] {
  const article: Article = { language: framingLanguage(input.language), denied, mentions: input.mentions, ...emptyMemory() };
  const times = findTimes(input.text, input.language, input.publishedAt).filter((t) => !inDateline(input.text, t));
  const timesOf = listTimes(input.text);
  const reports: Report[] = [];
  for (const span of sentences(input.text)) {
    const within = <T extends TextSpan>(items: readonly T[]): T[] => items.filter((x) => x.start >= span.start && x.end <= span.end);
    const ws = words(input.text, span.start, span.end);
    const s: Sentence = {
      text: input.text,
      language: article.language,
      span,
      ws,
      mentions: within(input.mentions),
      times: timesOf(span, within(times), times),
    };
    const matches = framingsOf(s);
    const opening = matches[0] ? ws[matches[0].first]!.start : span.end;
    const found = matches.map((match, k) => {
      const from = k > 0 ? ws[matches[k - 1]!.last]!.end : span.start;
      const to = k + 1 < matches.length ? ws[matches[k + 1]!.first]!.start : span.end;
      return reportsOf(s, { match, start: ws[match.first]!.start, end: ws[match.last]!.end, from, to, opening }, article);
    });
    found.forEach((own, k) =>
      reports.push(
        ...(own.some((r) => r.place !== null)
          ? (townVisited(s, matches, found, k, article) ?? own)
          : (besidePlace(s, matches, found, k) ?? visitPlace(matches, found, k, article) ?? own)),
      ),
    );
  }
  return mergeReports(reports, input.publishedAt);
}

/** "KYIV, December 2 (Test Wire) –", "МОСКВА, 8 декабря.": a paragraph opening with a city in capitals dates the article, not an event. */
const DATELINE = /^\s*\p{Lu}{2,}[^\p{Ll}]*(?:,\s*\p{Lu}\p{L}+)*,\s*$/u;
const inDateline = (text: string, t: TextSpan): boolean => DATELINE.test(text.slice(text.lastIndexOf('\n', t.start) + 1, t.start));

interface Article extends Memory {
  language: FramingLanguage;
  denied: readonly TextSpan[];
  /** Every mention of the article, for a town named sentences before ("the city" in a later phrase). */
  mentions: ExtractionInput['mentions'];
}

function reportsOf(s: Sentence, r: Reach, article: Article): Report[] {
  const { group, type } = r.match;
  if (planned(s, r) || atUnnamedTown(s, r)) return [];
  const before = s.ws.slice(Math.max(0, r.match.first - 3), r.match.first);
  const passive = article.language === 'en' && !group.noun && PASSIVE_AUXILIARIES.has(before.at(-1)?.lower ?? '');
  const timed = group.noun && timePreposition(s, r);
  let link =
    linkPlaces(s, r, passive || group.placeBefore === true, timed) ??
    backReference(s, r, article) ??
    townInPhrase(s, r, article.mentions) ??
    datelinePlace(s, r);
  // "accused Ukraine of attacks": the accused is no place of the happening.
  const accusation = accusedFrom(s, r);
  if (
    accusation !== null &&
    link?.places.every((p) => s.mentions.some((m) => m.entityKey === p && m.start >= accusation && m.end <= r.start))
  )
    link = null;
  let participants = participantsOf(s, r, link?.places ?? [], passive);
  const pronoun = participants.some((p) => p.role === group.object) ? null : pronounObject(s, r, article.mentions);
  if (pronoun !== null) participants = [...participants, { entityKey: pronoun, role: group.object! }];
  if (link === null && timed) link = openingLocative(s, r);
  const earlier = link === null ? ((timed ? occasion(article, type) : null) ?? jointOccasion(s, r, article)) : null;
  if (earlier !== null) ({ link, participants } = earlier);
  else if (link === null && (participants.length === 0 || timed)) {
    link = definite(s, r, article);
    participants = participantsOf(s, r, link?.places ?? [], passive);
  }
  if (link === null && (MUST_NAME[type] === 'place' || accusation !== null)) return [];
  const places = link?.places ?? [];
  if (participants.length === 0 && MUST_NAME[type] === 'party') return [];
  // "would facilitate the liberation", but not "In May, the liberation".
  const cue = (words: ReadonlySet<string>) => before.find((w) => words.has(w.lower) && near(s, w.end, r.start, 3))?.lower ?? null;
  const [hedge, negation] = [cue(HEDGES[article.language]), cue(NEGATIONS[article.language])];
  const inDenial = article.denied.some((q) => q.start <= r.start && r.end <= q.end);
  const asserted = !inDenial && hedge === null && negation === null;
  // "The city" refers back to what the article itself reports, and to one place, not a list.
  if (asserted && places.length === 1) remember(article, type, places[0]!);
  const framing = { start: r.start, end: r.end, text: s.text.slice(r.start, r.end) };
  const notes = [
    ...(inDenial ? ['inside a denial'] : []),
    ...(hedge ? [`hedged by "${hedge}"`] : []),
    ...(negation ? [`negated by "${negation}"`] : []),
  ];
  const base = { type, framing, participants, time: reachTime(s, r), asserted, link, notes };
  const own = (places.length > 0 ? places : [null]).map((place) => ({ ...base, place }));
  if (asserted && own.length === 1) article.reported.set(type, own[0]!);
  return own;
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
