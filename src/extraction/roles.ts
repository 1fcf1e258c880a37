import type { Language } from './speech-verbs.js';
import type { Word } from './words.js';

/**
 * The nouns that name what a speaker is ("minister", "пресс-секретарь", "речник"), the words that
 * make a description anonymous ("a …", "sources", "источник", "джерело"), and the demonyms that give
 * an anonymous speaker's country. A trailing `*` matches any ending (Russian and Ukrainian inflect).
 */
// prettier-ignore
const ROLE_HEADS: Record<Language, string[]> = {
  en: [
    'minister', 'president', 'expert', 'analyst', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson',
    'diplomat', 'diplomats', 'adviser', 'advisor', 'commander', 'governor', 'mayor', 'head', 'chief', 'secretary',
    'ambassador', 'general', 'representative', 'envoy', 'source', 'sources', 'lawmaker', 'senator', 'leader',
    'director', 'officer', 'officers', 'chairman', 'premier', 'prosecutor', 'insider', 'insiders', 'researcher',
    'attaché', 'attache',
    // Plurals of the titles above speak as a group: "Ukrainian commanders denied", "Western ministers said".
    'commanders', 'ministers', 'governors', 'leaders', 'representatives', 'envoys', 'lawmakers', 'senators', 'directors',
    'chiefs', 'generals', 'ambassadors', 'researchers', 'advisers', 'prosecutors', 'spokesmen',
    // "A person familiar with the talks said": someone the reporter does not name.
    'person',
  ],
  ru: [
    'министр*', 'президент*', 'эксперт*', 'аналитик*', 'чиновник*', 'представител*', 'пресс-секретар*', 'дипломат*',
    'советник*', 'командующ*', 'командир*', 'губернатор*', 'мэр', 'мэра', 'глава', 'главы', 'начальник*', 'посол',
    'посла', 'генерал*', 'источник*', 'собеседник*', 'депутат*', 'директор*', 'политолог*', 'спикер*', 'премьер*',
    'атташе', 'руководител*',
  ],
  uk: [
    'міністр*', 'президент*', 'експерт*', 'аналітик*', 'посадов*', 'представни*', 'речни*', 'прес-секретар*',
    'дипломат*', 'радник*', 'командувач*', 'головнокомандувач*', 'командир*', 'губернатор*', 'мер', 'мера', 'голова',
    'голови', 'очільни*', 'начальни*', 'посол', 'посла', 'генерал*', 'джерел*', 'співрозмовни*', 'депутат*',
    'директор*', 'політолог*', 'прем’єр*', "прем'єр*", 'аташе', 'керівни*',
  ],
};

/**
 * Bodies and groups that speak as one without a name ("the defence ministry said", "its owner said",
 * "повідомили в обласній адміністрації", "за даними волонтерів"): a speaker described, never a title
 * that refers back to an earlier speaker.
 */
// prettier-ignore
const GROUP_HEADS: Record<Language, string[]> = {
  en: [
    'ministry', 'administration', 'authorities', 'police', 'owner', 'owners', 'resident', 'residents', 'volunteer',
    'volunteers', 'witness', 'witnesses', 'organizers', 'organisers', 'commentators', 'observers', 'rescuers', 'medics',
    'participants', 'government', 'command', 'military', 'force', 'forces', 'army', 'navy', 'media',
    // Trades and professions speaking as a group: "Engineers say", "Insurers said", "grain traders told Reuters".
    'engineers', 'insurers', 'traders', 'drivers', 'analysts', 'experts', 'economists', 'doctors', 'farmers',
    'carriers', 'operators', 'employers', 'activists', 'monitors', 'trader', 'engineer', 'insurer',
    // Bodies the gazetteer may lack: "the regional emergency headquarters said", "Finland's border guard said".
    'headquarters', 'guard', 'guards', 'service', 'services', 'institute', 'bloggers', 'correspondents',
    'economist', 'doctor', 'farmer', 'driver', 'woman', 'man', 'pensioner', 'mother', 'father',
  ],
  ru: [
    'министерств*', 'ведомств*', 'штаб', 'штаба', 'штабе', 'администраци*', 'власти', 'властей', 'полици*', 'житель', 'жители',
    'жительниц*', 'волонтер*', 'волонтёр*', 'организатор*', 'комментатор*', 'наблюдател*', 'очевид*', 'спасател*',
    'участник*', 'россиянин', 'россиянка', 'сторона', 'стороны', 'пресс-служб*', 'правительств*', 'командовани*', 'мэри*',
    'перевозчик*', 'туроператор*', 'правозащитник*', 'энергетик*', 'предпринимател*', 'экономист*', 'врач*', 'медик*',
    'аграри*', 'трейдер*', 'военные', 'военных', 'женщин*', 'мужчин*', 'пенсионер*', 'компани*',
    // "Оперативные службы напоминают", "По данным госкорпорации", "В аппарате уполномоченного … пообещали".
    'служб*', 'оперштаб*', 'госкорпораци*', 'корпораци*', 'аппарате', 'институт*', 'пограничник*', 'страховщик*', 'военный', 'блогер*', 'военкор*',
  ],
  uk: [
    'міністерств*', 'відомств*', 'штаб', 'штабу', 'штабі', 'адміністраці*', 'влада', 'влади', 'поліці*', 'мешкан*',
    'жител*', 'волонтер*', 'організатор*', 'коментатор*', 'спостерігач*', 'очевид*', 'рятувальни*', 'учасник*',
    'сторона', 'сторони', 'прес-служб*', 'уряд', 'уряду', 'командуванн*', 'міськрад*',
    'перевізник*', 'правозахисник*', 'енергетик*', 'підприєм*', 'роботодав*', 'економіст*', 'лікар*', 'медик*',
    'аграрі*', 'трейдер*', 'старост*', 'військові', 'військових', 'жінк*', 'пенсіонер*', 'компані*',
    // "Оперативні служби нагадують", "За даними держкорпорації", "В апараті омбудсмана пообіцяли".
    'служб*', 'оперштаб*', 'держкорпораці*', 'корпораці*', 'апараті', 'інститут*', 'прикордонник*', 'страховик*', 'військовий', 'блогер*', 'воєнкор*',
  ],
};

/** A ministry by its kind alone ("the ministry", "ведомство"), which refers back to a ministry named before. */
const MINISTRY_HEADS = ['ministry', 'ведомств*', 'министерств*', 'відомств*', 'міністерств*'];
const COMMAND_HEADS = ['командовани*', 'командуванн*'];
/**
 * Heads that name a body by its kind alone, which refers back to the body of that kind named before
 * ("the ministry", "ведомство", "уточнили в командуванні", "у компанії зазначили"), with the words
 * that tell that kind in a body's name ("Минобороны", "МЗС"; "Повітряних сил"; null: any body).
 * A ministry is one of a kind and is referred to from anywhere; every unit has a command and every
 * trade its companies, so those refer back only to one named in the paragraph or the one before.
 */
export interface BodyKind {
  head: (word: string) => boolean;
  name: ((word: string) => boolean) | null;
  anywhere: boolean;
}
// prettier-ignore
const BODY_KINDS: BodyKind[] = [
  { head: matcher(MINISTRY_HEADS), name: matcher([...MINISTRY_HEADS, 'мин*', 'мін*', 'мид', 'мзс', 'мвд', 'мвс']), anywhere: true },
  { head: matcher(COMMAND_HEADS), name: matcher([
    ...COMMAND_HEADS, 'сил', 'сили', 'силы', 'войск*', 'військ*', 'флот*', 'арми*', 'армі*', 'всу', 'зсу', 'вкс', 'вмс', 'пво', 'ппо',
  ]), anywhere: false },
  { head: matcher(['компани*', 'компані*']), name: null, anywhere: false },
  // A body called by the word its name holds: "The Institute for the Study of War wrote … the institute added".
  ...[
    ['institute', 'институт*', 'інститут*'],
    ['service', 'служб*'],
    ['headquarters', 'штаб', 'штаба', 'штабе', 'штабу', 'штабі', 'оперштаб*'],
  ].map((heads) => ({ head: matcher(heads), name: matcher(heads), anywhere: false })),
];

/** Heads that name an unnamed informant whatever precedes them. */
const SOURCE_HEADS = ['source', 'sources', 'insider', 'insiders', 'источник*', 'собеседник*', 'джерел*', 'співрозмовни*'];

/** Words that make a new name an organization's ("Ukrainska Pravda", "Kyiv Independent Service"). */
// prettier-ignore
const ORGANIZATION_WORDS = matcher([
  'ministry', 'agency', 'service', 'council', 'committee', 'party', 'times', 'post', 'journal', 'news', 'press', 'radio',
  'tv', 'institute', 'office', 'army', 'forces', 'staff', 'command', 'guard', 'bank', 'group', 'university', 'company',
  'pravda', 'independent', 'министерство*', 'агентств*', 'служб*', 'совет*', 'комитет*', 'парти*', 'новост*', 'институт*',
  'штаб*', 'арми*', 'правда', 'міністерств*', 'агенці*', 'рада', 'ради', 'комітет*', 'новин*', 'інститут*',
]);

const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'several', 'two', 'three']);
const DEFINITE = new Set(['the', 'this', 'that']);

/** Words a role or description never runs across. */
const STOP_WORDS = new Set(
  (
    'the a an and or but by with to from in on at for as that who which while said told when after before ' +
    'и в во на с со по что как а но для от к у о об из за при ' +
    'і й та в у на з із зі по що як а але для від до про за при ' +
    // "по данным ведомства", "за словами волонтерів": the source phrase is no part of the description.
    'данным словам слов мнению сообщению информации даними словами слів думку повідомленням інформацією ' +
    // "говорится в сообщении ведомства", "йдеться в заяві міністерства": nor is the statement the body made.
    'сообщении заявлении повідомленні заяві ' +
    // "говорится в сводке ведомства", "йдеться у зведенні відомства": every kind of statement a body issues.
    'сводке зведенні отчете отчёте звіті докладе доповіді публикации публікації бюллетене бюлетені'
  ).split(' '),
);

/** Stems of demonyms, and the country (ISO 3166-1 alpha-2) they say a speaker belongs to. */
// prettier-ignore
const DEMONYMS: [string, string][] = [
  ['russian', 'RU'], ['российск', 'RU'], ['русск', 'RU'], ['російськ', 'RU'], ['ukrainian', 'UA'], ['украинск', 'UA'],
  ['українськ', 'UA'], ['american', 'US'], ['u.s', 'US'], ['us', 'US'], ['американск', 'US'], ['американськ', 'US'],
  ['british', 'GB'], ['британск', 'GB'], ['британськ', 'GB'], ['french', 'FR'], ['французск', 'FR'],
  ['французьк', 'FR'], ['german', 'DE'], ['немецк', 'DE'], ['німецьк', 'DE'], ['chinese', 'CN'], ['китайск', 'CN'],
  ['китайськ', 'CN'], ['polish', 'PL'], ['польск', 'PL'], ['польськ', 'PL'], ['belarusian', 'BY'],
  ['белорусск', 'BY'], ['білоруськ', 'BY'], ['turkish', 'TR'], ['турецк', 'TR'], ['турецьк', 'TR'], ['kremlin', 'RU'],
  ['россиян', 'RU'], ['росіян', 'RU'], ['украинц', 'UA'], ['українц', 'UA'], ['кремлевск', 'RU'], ['кремлёвск', 'RU'], ['кремлівськ', 'RU'],
  // A country named in the description states it as a demonym does: "Authorities in Romania", "власти Молдавии".
  ['russia', 'RU'], ['росси', 'RU'], ['росі', 'RU'], ['ukraine', 'UA'], ['украин', 'UA'], ['україн', 'UA'], ['romania', 'RO'],
  ['румыни', 'RO'], ['румуні', 'RO'], ['poland', 'PL'], ['польш', 'PL'], ['польщ', 'PL'], ['belarus', 'BY'], ['беларус', 'BY'],
  ['білорус', 'BY'], ['moldova', 'MD'], ['молдав', 'MD'], ['молдов', 'MD'], ['china', 'CN'], ['китай', 'CN'], ['кита', 'CN'],
  ['turkey', 'TR'], ['турци', 'TR'], ['туреччин', 'TR'], ['germany', 'DE'], ['германи', 'DE'], ['німеччин', 'DE'], ['france', 'FR'],
  ['франци', 'FR'], ['франці', 'FR'], ['britain', 'GB'], ['британи', 'GB'], ['британі', 'GB'],
  ['finland', 'FI'], ['finnish', 'FI'], ['финлянд', 'FI'], ['финск', 'FI'], ['фінлянд', 'FI'], ['фінськ', 'FI'],
];

function matcher(entries: readonly string[]): (word: string) => boolean {
  const exact = new Set(entries.filter((e) => !e.endsWith('*')));
  const prefixes = entries.filter((e) => e.endsWith('*')).map((e) => e.slice(0, -1));
  return (word) => exact.has(word) || prefixes.some((p) => word.startsWith(p));
}

const LANGUAGES = Object.keys(ROLE_HEADS) as Language[];
const HEAD_MATCHERS = Object.fromEntries(LANGUAGES.map((l) => [l, matcher([...ROLE_HEADS[l], ...GROUP_HEADS[l]])])) as Record<
  Language,
  (word: string) => boolean
>;
const isSource = matcher([...SOURCE_HEADS, ...LANGUAGES.flatMap((l) => GROUP_HEADS[l])]);

/** A role word, alone or as the first part of a compound ("Commander-in-Chief"). */
export const isRoleHead = (language: Language, word: Word): boolean =>
  HEAD_MATCHERS[language](word.lower) || (word.lower.includes('-') && HEAD_MATCHERS[language](word.lower.split('-')[0]!));
export const isSourceHead = (word: Word): boolean => isSource(word.lower);
const PERSON_MATCHERS = Object.fromEntries(LANGUAGES.map((l) => [l, matcher(ROLE_HEADS[l])])) as Record<
  Language,
  (word: string) => boolean
>;
/** A role only a person holds ("expert", "эксперт"), not a body's or a group's ("forces", "командование"). */
export const isPersonRole = (language: Language, word: Word): boolean => PERSON_MATCHERS[language](word.lower);
const isInformant = matcher(SOURCE_HEADS);
/** "sources", "источник", "джерело": an informant relied on, never a title. */
export const isInformantHead = (word: Word): boolean => isInformant(word.lower);
/** The kind of body a body noun names ("ведомства": a ministry), or null when the word names none. */
export const bodyKind = (word: Word): BodyKind | null => BODY_KINDS.find((kind) => kind.head(word.lower)) ?? null;
/** Whether a body with this name is of the kind. */
export const fitsBody = (kind: BodyKind, name: readonly Word[]): boolean => kind.name === null || name.some((w) => kind.name!(w.lower));
export const isIndefinite = (word: Word): boolean => INDEFINITE.has(word.lower);
export const isDefinite = (word: Word): boolean => DEFINITE.has(word.lower);
export const isOrganizationWord = (word: Word): boolean => ORGANIZATION_WORDS(word.lower);
export const isStopWord = (word: Word): boolean => STOP_WORDS.has(word.lower);

/** The country a description's demonym names ("a senior Russian diplomat" → RU), or null. */
export function countryOf(description: readonly Word[]): string | null {
  for (const word of description) {
    const hit = DEMONYMS.find(([stem]) => (stem.length <= 3 ? word.lower === stem : word.lower.startsWith(stem)));
    if (hit) return hit[1];
  }
  return null;
}

/**
 * Words news uses in turn for whoever heads a body: "the head of the administration … the chief",
 * "глава региона … руководитель", "голова ОВА … очільник", each matching every case form; a
 * governor heads a region ("Губернатор Богомаз … написал глава региона").
 */
const HEAD_OF_BODY = matcher([
  ...['head', 'chief', 'leader', 'governor'],
  'губернатор*',
  ...['глава', 'главы', 'главе', 'главу', 'главой', 'руководител*', 'начальник*'],
  ...['голова', 'голови', 'голові', 'голову', 'головою', 'очільни*', 'керівни*', 'начальни*'],
]);

/**
 * A Russian or Ukrainian role noun in the plural ("эксперты", "аналітики", "посадовці"); "главы",
 * "голови" are as often a head's genitive ("по словам главы"), so they are not counted.
 */
/** "глава", "руководителя", "голові", "chief": a word for whoever heads a body. */
export const isHeadOfBody = (word: string): boolean => HEAD_OF_BODY(word);

export const isPluralRole = (word: Word): boolean => /[ыиі]$/u.test(word.lower) && !HEAD_OF_BODY(word.lower);

/**
 * Whether two role words name the same role: equal up to an inflected ending ("official"/"officials",
 * "министр"/"министра"), or both a word for a body's head.
 */
export function sameRoleWord(a: string, b: string): boolean {
  const stem = Math.max(3, Math.min(a.length, b.length) - 2);
  return (a.slice(0, stem) === b.slice(0, stem) && Math.abs(a.length - b.length) <= 3) || (HEAD_OF_BODY(a) && HEAD_OF_BODY(b));
}
