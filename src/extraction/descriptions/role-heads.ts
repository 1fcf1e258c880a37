import type { Language } from '../speech/speech-table.js';
import { matcher } from '../text/stem-matcher.js';
import type { Word } from '../text/words.js';

/**
 * The nouns that name what a speaker is ("minister", "пресс-секретарь", "речник") and the ones that
 * make a description anonymous ("sources", "источник", "джерело"). A trailing `*` matches any ending
 * (Russian and Ukrainian inflect).
 */
// prettier-ignore
const ROLE_HEADS: Record<Language, string[]> = {
  en: [
    'minister', 'president', 'expert', 'analyst', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson',
    'diplomat', 'diplomats', 'adviser', 'advisor', 'commander', 'governor', 'mayor', 'head', 'chief', 'secretary',
    'ambassador', 'general', 'representative', 'envoy', 'source', 'sources', 'lawmaker', 'senator', 'leader',
    'director', 'officer', 'officers', 'chairman', 'premier', 'prosecutor', 'insider', 'insiders', 'researcher',
    'attaché', 'attache', 'lawyer', 'lawyers', 'attorney', 'attorneys',
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
    'атташе', 'руководител*', 'адвокат*',
  ],
  uk: [
    'міністр*', 'президент*', 'експерт*', 'аналітик*', 'посадов*', 'представни*', 'речни*', 'прес-секретар*',
    'дипломат*', 'радник*', 'командувач*', 'головнокомандувач*', 'командир*', 'губернатор*', 'мер', 'мера', 'голова',
    'голови', 'очільни*', 'начальни*', 'посол', 'посла', 'генерал*', 'джерел*', 'співрозмовни*', 'депутат*',
    'директор*', 'політолог*', 'прем’єр*', "прем'єр*", 'аташе', 'керівни*', 'адвокат*',
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
    // "Russian Telegram channels claimed", "украинские телеграм-каналы утверждают": channels speak as a group of bloggers do.
    'channels',
    // "according to rights groups": bodies named by what they are. Not "office": "according to his office" is how
    // a statement reached the article, and "the office said" refers back to an office named before (body-kinds.ts).
    'groups', 'organisations', 'organizations',
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
    'телеграм-канал*', 'telegram-канал*',
    // "Защита отрицает, что …": a defendant's lawyers speak as one.
    'защита', 'защиты',
  ],
  uk: [
    'міністерств*', 'відомств*', 'штаб', 'штабу', 'штабі', 'адміністраці*', 'влада', 'влади', 'поліці*', 'мешкан*',
    'жител*', 'волонтер*', 'організатор*', 'коментатор*', 'спостерігач*', 'очевид*', 'рятувальни*', 'учасник*',
    'сторона', 'сторони', 'прес-служб*', 'уряд', 'уряду', 'командуванн*', 'міськрад*',
    'перевізник*', 'правозахисник*', 'енергетик*', 'підприєм*', 'роботодав*', 'економіст*', 'лікар*', 'медик*',
    'аграрі*', 'трейдер*', 'старост*', 'військові', 'військових', 'жінк*', 'пенсіонер*', 'компані*',
    // "Оперативні служби нагадують", "За даними держкорпорації", "В апараті омбудсмана пообіцяли".
    'служб*', 'оперштаб*', 'держкорпораці*', 'корпораці*', 'апараті', 'інститут*', 'прикордонник*', 'страховик*', 'військовий', 'блогер*', 'воєнкор*',
    'телеграм-канал*', 'telegram-канал*',
    'захист', 'захисту',
  ],
};

/** Heads that name an unnamed informant whatever precedes them. */
const SOURCE_HEADS = ['source', 'sources', 'insider', 'insiders', 'источник*', 'собеседник*', 'джерел*', 'співрозмовни*'];

const LANGUAGES = Object.keys(ROLE_HEADS) as Language[];
const HEAD_MATCHERS = Object.fromEntries(LANGUAGES.map((l) => [l, matcher([...ROLE_HEADS[l], ...GROUP_HEADS[l]])])) as Record<
  Language,
  (word: string) => boolean
>;
const isSource = matcher([...SOURCE_HEADS, ...LANGUAGES.flatMap((l) => GROUP_HEADS[l])]);

/** "vice-president", "вице-премьер", "віцепрем'єр": a deputy's title is the role it deputises, prefixed. */
const VICE = /^(vice|вице|віце)-?/u;

/** Whether `matches` takes the word, alone, as the first part of a compound ("Commander-in-Chief"), or past "vice". */
function asRole(matches: (word: string) => boolean, lower: string): boolean {
  const forms = lower.includes('-') ? [lower, lower.split('-')[0]!] : [lower];
  return forms.some((form) => matches(form) || (VICE.test(form) && matches(form.replace(VICE, ''))));
}

/** A role word ("minister", "Commander-in-Chief", "віцепрем'єр"). */
export const isRoleHead = (language: Language, word: Word): boolean => asRole(HEAD_MATCHERS[language], word.lower);
export const isSourceHead = (word: Word): boolean => isSource(word.lower);
const PERSON_MATCHERS = Object.fromEntries(LANGUAGES.map((l) => [l, matcher(ROLE_HEADS[l])])) as Record<
  Language,
  (word: string) => boolean
>;
/** A role only a person holds ("expert", "эксперт"), not a body's or a group's ("forces", "командование"). */
export const isPersonRole = (language: Language, word: Word): boolean => asRole(PERSON_MATCHERS[language], word.lower);
const isInformant = matcher(SOURCE_HEADS);
/** "sources", "источник", "джерело": an informant relied on, never a title. */
export const isInformantHead = (word: Word): boolean => isInformant(word.lower);
