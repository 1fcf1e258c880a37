import type { EntityKind } from '../../src/graph/vocabulary.js';
import { int, pick, rngFor, zipf, type Rng } from './random.js';

/** One name in its forms: English/Ukrainian Latin, Ukrainian, Russian, and Russian rendered in Latin. */
type Forms = readonly [en: string, uk: string, ru: string, ruLatin: string];

// Syllables with their Ukrainian and Russian spellings, so the Cyrillic forms really differ (г → h or g).
const SYLLABLES: Forms[] = [
  ['ka', 'ка', 'ка', 'ka'],
  ['ro', 'ро', 'ро', 'ro'],
  ['va', 'ва', 'ва', 'va'],
  ['ly', 'ли', 'лы', 'ly'],
  ['li', 'лі', 'ли', 'li'],
  ['no', 'но', 'но', 'no'],
  ['my', 'ми', 'мы', 'my'],
  ['sla', 'сла', 'сла', 'sla'],
  ['bo', 'бо', 'бо', 'bo'],
  ['dy', 'ди', 'ды', 'dy'],
  ['ze', 'зе', 'зе', 'ze'],
  ['tor', 'тор', 'тор', 'tor'],
  ['pol', 'пол', 'пол', 'pol'],
  ['hra', 'гра', 'гра', 'gra'],
  ['ne', 'не', 'не', 'ne'],
  ['ko', 'ко', 'ко', 'ko'],
  ['che', 'че', 'че', 'che'],
  ['ra', 'ра', 'ра', 'ra'],
  ['do', 'до', 'до', 'do'],
  ['hor', 'гор', 'гор', 'gor'],
  ['mi', 'мі', 'ми', 'mi'],
  ['sy', 'си', 'сы', 'sy'],
  ['lu', 'лу', 'лу', 'lu'],
  ['ta', 'та', 'та', 'ta'],
];
const PLACE_ENDINGS: Forms[] = [
  ['ivka', 'івка', 'овка', 'ovka'],
  ['ske', 'ське', 'ское', 'skoye'],
  ['hrad', 'град', 'град', 'grad'],
  ['pil', 'піль', 'поль', 'pol'],
  ['ove', 'ове', 'ово', 'ovo'],
  ['yne', 'ине', 'ино', 'ino'],
  ['sk', 'ськ', 'ск', 'sk'],
];
const SURNAME_ENDINGS: Forms[] = [
  ['enko', 'енко', 'енко', 'enko'],
  ['chuk', 'чук', 'чук', 'chuk'],
  ['ov', 'ов', 'ов', 'ov'],
  ['skyi', 'ський', 'ский', 'sky'],
];
const FIRST_NAMES: Forms[] = [
  ['Ivan', 'Іван', 'Иван', 'Ivan'],
  ['Olena', 'Олена', 'Елена', 'Yelena'],
  ['Petro', 'Петро', 'Пётр', 'Pyotr'],
  ['Mykola', 'Микола', 'Николай', 'Nikolai'],
  ['Oksana', 'Оксана', 'Оксана', 'Oksana'],
  ['Serhiy', 'Сергій', 'Сергей', 'Sergei'],
  ['Andriy', 'Андрій', 'Андрей', 'Andrei'],
  ['Yulia', 'Юлія', 'Юлия', 'Yulia'],
  ['Dmytro', 'Дмитро', 'Дмитрий', 'Dmitry'],
];
const ORG_TYPES: Forms[] = [
  ['News Agency', 'Інформагентство', 'Информагентство', 'Informagentstvo'],
  ['Council', 'Рада', 'Совет', 'Sovet'],
  ['Institute', 'Інститут', 'Институт', 'Institut'],
  ['Party', 'Партія', 'Партия', 'Partiya'],
  ['Bank', 'Банк', 'Банк', 'Bank'],
];
const COUNTRIES = ['UA', 'RU', 'PL', 'MD', 'BY'];
/** Outlets and agencies whose names every reader knows: the first organizations are agencies. */
export const AGENCIES = 8;
const REGIONS = 40;
/** Countries first, then regions in them, then towns in the regions. */
const parentOf = (i: number): number => (i < REGIONS ? i % 5 : 5 + (i % (REGIONS - 5)));

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
const join = (parts: Forms[]): Forms => [0, 1, 2, 3].map((i) => cap(parts.map((p) => p[i]).join(''))) as unknown as Forms;
const stem = (rng: Rng): Forms[] => Array.from({ length: int(rng, 2, 3) }, () => pick(rng, SYLLABLES));

export interface BenchEntity {
  id: string;
  kind: EntityKind;
  forms: Forms;
}

const form = (f: string, language: string, kind: string, usedBy?: string) => ({
  form: f,
  language,
  script: language === 'en' || /^[A-Za-z]/.test(f) ? 'Latn' : 'Cyrl',
  kind,
  ...(usedBy ? { usedBy } : {}),
});

/**
 * Entities of a synthetic region: places (with former names and homonyms, as real ones have),
 * people and organizations, each named in Latin and Cyrillic. Index 0 of each kind is the most
 * popular (Zipf), so the first places are countries and the first organizations agencies.
 * Every id the corpus writes starts with the prefix, so a run's data is told apart by it.
 */
export class Gazetteer {
  readonly places: BenchEntity[];
  readonly people: BenchEntity[];
  readonly orgs: BenchEntity[];
  readonly place: (rng: Rng) => BenchEntity;
  readonly person: (rng: Rng) => BenchEntity;
  readonly org: (rng: Rng) => BenchEntity;

  constructor(
    readonly prefix: string,
    readonly seed: number,
    size: number,
  ) {
    const make = (kind: EntityKind, tag: string, n: number, name: (rng: Rng, i: number) => Forms) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${prefix}:${kind.toLowerCase()}:${tag}${i}`,
        kind,
        forms: name(rngFor(seed, 10 + tag.charCodeAt(0), i), i),
      }));
    this.places = make('PLACE', 'p', Math.max(REGIONS + 5, Math.round(size * 0.4)), (rng) =>
      join([...stem(rng), pick(rng, PLACE_ENDINGS)]),
    );
    this.people = make('PERSON', 'h', Math.max(20, Math.round(size * 0.45)), (rng) => {
      const [first, last] = [pick(rng, FIRST_NAMES), join([...stem(rng), pick(rng, SURNAME_ENDINGS)])];
      return [0, 1, 2, 3].map((i) => `${first[i]} ${last[i]}`) as unknown as Forms;
    });
    this.orgs = make('ORGANIZATION', 'o', Math.max(AGENCIES + 5, Math.round(size * 0.15)), (rng, i) => {
      const [type, name] = [ORG_TYPES[i < AGENCIES ? 0 : 1 + (i % 4)]!, join(stem(rng))];
      return [`${name[0]} ${type[0]}`, `${type[1]} ${name[1]}`, `${type[2]} ${name[2]}`, `${type[3]} ${name[3]}`];
    });
    const [p, h, o] = [zipf(this.places.length), zipf(this.people.length), zipf(this.orgs.length)];
    this.place = (rng) => this.places[p(rng)]!;
    this.person = (rng) => this.people[h(rng)]!;
    this.org = (rng) => this.orgs[o(rng)]!;
  }

  get size(): number {
    return this.places.length + this.people.length + this.orgs.length;
  }

  /** Name forms in the seed format; a fifth of the places also have a former name. */
  private entityDoc(e: BenchEntity, i: number) {
    const [en, uk, ru, ruLatin] = e.forms;
    const rng = rngFor(this.seed, 2, i);
    const names: Record<string, string>[] = [
      form(en, 'en', 'OFFICIAL'),
      form(uk, 'uk', 'OFFICIAL'),
      form(ru, 'ru', e.kind === 'PERSON' ? 'TRANSLITERATION' : 'EXONYM', 'RU'),
    ];
    if (ruLatin !== en) names.push(form(ruLatin, 'ru', 'TRANSLITERATION', 'RU'));
    if (e.kind !== 'PLACE') return { id: e.id, kind: e.kind, name: en, names };
    // A former name drawn alike to the current one would repeat it (a few in 250,000 places).
    const former = rng() < 0.2 ? join([...stem(rng), pick(rng, PLACE_ENDINGS)])[0] : null;
    if (former && !names.some((n) => n['form'] === former && n['language'] === 'en'))
      names.push({ ...form(former, 'en', 'FORMER'), usedUntil: '2016' });
    return {
      id: e.id,
      kind: e.kind,
      name: en,
      names,
      country: COUNTRIES[i % 5],
      adminArea: `${this.places[parentOf(i)]!.forms[0]} Oblast`,
      latitude: Math.round((44 + rng() * 8) * 1e4) / 1e4,
      longitude: Math.round((22 + rng() * 18) * 1e4) / 1e4,
    };
  }

  /** Gazetteer documents of at most `chunk` entities, then the relations once every entity exists. */
  *documents(chunk = 1000): Generator<{ entities: unknown[]; relations: unknown[] }> {
    for (const list of [this.places, this.people, this.orgs]) {
      for (let i = 0; i < list.length; i += chunk) {
        yield { entities: list.slice(i, i + chunk).map((e, j) => this.entityDoc(e, i + j)), relations: [] };
      }
    }
    const relations = [
      ...this.places.slice(5).map((e, j) => ({ type: 'LOCATED_IN', from: e.id, to: this.places[parentOf(j + 5)]!.id })),
      ...this.people.map((e, i) => ({
        type: 'AFFILIATED_WITH',
        from: e.id,
        to: this.orgs[AGENCIES + (i % (this.orgs.length - AGENCIES))]!.id,
        role: pick(rngFor(this.seed, 3, i), ['head', 'spokesperson', 'member']),
      })),
      ...this.orgs.map((e, i) => ({ type: 'LOCATED_IN', from: e.id, to: this.places[i % REGIONS]!.id })),
    ];
    for (let i = 0; i < relations.length; i += chunk * 2) yield { entities: [], relations: relations.slice(i, i + chunk * 2) };
  }
}
