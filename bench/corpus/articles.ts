import { EVENT_TYPES, type EventType } from '../../src/graph/vocabulary.js';
import { AGENCIES, type BenchEntity, type Gazetteer } from './gazetteer.js';
import { int, pick, rngFor, zipf, type Rng } from './random.js';

const LANGUAGES = ['en', 'en', 'en', 'uk', 'ru'] as const;
type Language = (typeof LANGUAGES)[number];
const OUTLETS = ['Kyiv Daily', 'Moscow Wire', 'Warsaw Herald', 'Chisinau Post', 'Minsk Courier', 'Euro Desk'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FRAMINGS: Record<EventType, string[]> = {
  CONTROL_CHANGE: ['liberation', 'capture', 'fall', 'occupation'],
  VISIT: ['visit', 'trip'],
  BRIEFING: ['briefing'],
  MEETING: ['talks', 'meeting'],
  STATEMENT: ['statement'],
  ATTACK: ['strike', 'attack', 'shelling'],
  PROTEST: ['protest', 'rally'],
  OTHER: ['incident'],
};
const QUOTES = [
  'The situation is under control',
  'We will not give up a single metre',
  'Talks must continue',
  'The report is false',
  'Aid will arrive next week',
  'Losses were heavy',
  'This is an irreversible process',
];
const ANONYMOUS = ['a senior official', 'a military source', 'a diplomat familiar with the talks', 'sources close to the command'];
const DAY_MS = 86_400_000;
const START = Date.UTC(2024, 0, 1);

/** An event as every article reporting it sees it: shared events keep one type, place and time. */
function eventOf(g: Gazetteer, k: number) {
  const rng = rngFor(g.seed, 5, k);
  const type = pick(rng, EVENT_TYPES);
  const [place, participant] = [g.place(rng), g.person(rng)];
  const [year, month, day, precision] = [int(rng, 2024, 2025), int(rng, 1, 12), int(rng, 1, 28), rng()];
  const time =
    precision < 0.5
      ? { text: `on ${MONTHS[month - 1]} ${day}, ${year}`, year, month, day }
      : precision < 0.8
        ? { text: `on the evening of ${MONTHS[month - 1]} ${day}`, month, day, partOfDay: 'EVENING' }
        : undefined;
  return { id: `${g.prefix}:event:e${k}`, type, place, participant, time };
}

/** Appends to the article text and returns exact spans (UTF-16 offsets, as the seed format counts). */
class Text {
  value = '';
  add(s: string): void {
    this.value += s;
  }
  span(s: string) {
    const start = this.value.length;
    this.value += s;
    return { start, end: this.value.length, text: s };
  }
}

const FORM: Record<Language, number> = { en: 0, uk: 1, ru: 2 };

/**
 * Article i of the corpus in the seed format, text inline: 6–12 sentences of meetings, reports,
 * quoted claims (named or anonymous speakers, some through an agency) and events with their
 * framing word, every name a mention with its exact span.
 */
export function benchArticle(g: Gazetteer, i: number, pickEvent: (rng: Rng) => number) {
  const rng = rngFor(g.seed, 4, i);
  const language = pick(rng, LANGUAGES);
  const published = new Date(START + int(rng, 0, 729) * DAY_MS + int(rng, 0, 86_399) * 1000);
  const text = new Text();
  const mentions: { start: number; end: number; text: string; entity: string }[] = [];
  const claims: unknown[] = [];
  const events: ReturnType<typeof eventOf>[] = [];
  const eventDocs: unknown[] = [];
  const mention = (e: BenchEntity): void => {
    const form = language === 'en' && rng() < 0.2 ? e.forms[3] : e.forms[FORM[language]];
    mentions.push({ ...text.span(form), entity: e.id });
  };
  const sentences = int(rng, 6, 12);
  for (let s = 0; s < sentences; s++) {
    const kind = rng();
    if (kind < 0.25) {
      mention(g.person(rng));
      text.add(' met ');
      mention(g.person(rng));
      text.add(' in ');
      mention(g.place(rng));
      text.add('. ');
    } else if (kind < 0.45) {
      text.add('Officials in ');
      mention(g.place(rng));
      text.add(' said the situation near ');
      mention(g.place(rng));
      text.add(' remained tense. ');
    } else if (kind < 0.75 && claims.length < 3) {
      const named = rng() < 0.7 ? g.person(rng) : null;
      text.add('“');
      const segments = [text.span(pick(rng, QUOTES))];
      text.add(',” ');
      const description = pick(rng, ANONYMOUS);
      if (named) mention(named);
      else text.add(description);
      text.add(' said');
      const agency = rng() < 0.3 ? g.orgs[int(rng, 0, AGENCIES - 1)]! : null;
      if (agency) {
        text.add(', speaking to ');
        mention(agency);
      }
      if (rng() < 0.3) {
        text.add('. “');
        segments.push(text.span(pick(rng, QUOTES)));
        text.add('.” ');
      } else text.add('. ');
      const subject = g.place(rng);
      claims.push({
        key: `c${claims.length}`,
        segments,
        speaker: named ? { entity: named.id } : { description, affiliation: rng() < 0.5 ? g.org(rng).id : g.places[int(rng, 0, 4)]!.id },
        ...(agency ? { via: { entity: agency.id, description: `speaking to ${agency.forms[0]}` } } : {}),
        about: [subject.id, ...events.slice(0, 1).map((e) => e.id)],
      });
    } else if (events.length < 2) {
      const ev = eventOf(g, pickEvent(rng));
      if (events.some((e) => e.id === ev.id)) continue;
      text.add('The ');
      const framing = text.span(pick(rng, FRAMINGS[ev.type]));
      text.add(' in ');
      mention(ev.place);
      text.add(` ${ev.time?.text ?? 'was reported'}, with `);
      mention(ev.participant);
      text.add(' present. ');
      events.push(ev);
      eventDocs.push({
        id: ev.id,
        type: ev.type,
        framing,
        place: ev.place.id,
        ...(ev.time ? { time: ev.time } : {}),
        participants: [{ entity: ev.participant.id, role: ev.type === 'VISIT' ? 'visitor' : 'participant' }],
      });
    } else {
      mention(g.org(rng));
      text.add(' reported new developments in ');
      mention(g.place(rng));
      text.add('. ');
    }
  }
  return {
    id: `${g.prefix}-a${i}`,
    title: `Report ${i} from ${mentions[0]?.text ?? 'the region'}`,
    outlet: pick(rng, OUTLETS),
    url: `https://news.example/${g.prefix}/${i}`,
    language,
    publishedAt: published.toISOString().slice(0, 19) + 'Z',
    text: text.value.trimEnd(),
    mentions,
    claims,
    events: eventDocs,
  };
}
export type BenchArticle = ReturnType<typeof benchArticle>;

/** Articles from..from+count-1, generated one at a time so the corpus is never held in memory. */
export function* benchArticles(g: Gazetteer, from: number, count: number, eventPool: number): Generator<BenchArticle> {
  const pickEvent = zipf(eventPool);
  for (let i = from; i < from + count; i++) yield benchArticle(g, i, pickEvent);
}
