/**
 * Words that stand before a person's surname: English titles (President Zelensky) and given
 * names (Валентин Демидов, Oleksii Kuleba). A given name followed by a capitalised word is
 * someone's full name, so neither word is a place there (Владимир Цимлянский is no city of
 * Vladimir and no Tsimlyansk), and the surname alone later in the article is that person's.
 */
import { normalizeName } from '../names/normalize.js';
import type { Token } from './tokens.js';
import type { GazetteerEntry } from './types.js';

// English capitalises a title before a surname (President Zelensky, Governor Syniehubov, NATO
// Secretary General Mark Rutte); Russian and Ukrainian do not.
export const TITLES: ReadonlySet<string> = new Set([
  'president',
  'prime',
  'minister',
  'governor',
  'mayor',
  'general',
  'gen',
  'colonel',
  'col',
  'lieutenant',
  'lt',
  'major',
  'maj',
  'admiral',
  'marshal',
  'commander',
  'chief',
  'deputy',
  'director',
  'speaker',
  'spokesman',
  'spokeswoman',
  'secretary',
  'chancellor',
  'senator',
  'ambassador',
  'envoy',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sergeant',
  'captain',
  'patriarch',
  'king',
  'pope',
]);

// The commonest Russian and Ukrainian given names, which news names officials by; the gazetteer's
// own people add theirs (Donald, Recep, Ursula …).
const COMMON_GIVEN_NAMES = [
  // Russian
  'Александр Алексей Анатолий Андрей Антон Артём Борис Вадим Валентин Валерий Василий Вениамин Виктор Виталий Владимир',
  'Владислав Вячеслав Геннадий Георгий Григорий Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Леонид',
  'Максим Михаил Никита Николай Олег Павел Пётр Роман Руслан Сергей Станислав Степан Юрий Ярослав',
  'Алла Анастасия Анна Валентина Галина Дарья Екатерина Елена Ирина Людмила Майя Мария Марина Наталья Ольга Светлана Татьяна Юлия',
  // Ukrainian
  'Андрій Анатолій Богдан Валерій Василь Віктор Віталій Володимир Вʼячеслав Геннадій Григорій Дмитро Євген Євгеній Ігор',
  'Кирило Костянтин Микола Михайло Олександр Олексій Павло Петро Сергій Станіслав Тарас Юрій',
  'Ганна Вікторія Ірина Катерина Наталія Оксана Олена Світлана Тетяна Юлія',
].flatMap((line) => line.split(' '));

const MIN_GIVEN_NAME = 3;

/** Folded given names: the common ones and the first word of every person's full name in the gazetteer. */
export function givenNamesOf(entries: readonly GazetteerEntry[]): Set<string> {
  const names = new Set(COMMON_GIVEN_NAMES.map(normalizeName));
  for (const e of entries) {
    if (e.kind !== 'PERSON') continue;
    for (const form of e.forms) {
      const words = form.trim().split(/\s+/u);
      const first = words[0]!;
      // A particle (von, фон) or an initial is no given name.
      if (words.length < 2 || first.length < MIN_GIVEN_NAME || first === first.toLowerCase() || first === first.toUpperCase()) continue;
      names.add(normalizeName(first));
    }
  }
  return names;
}

/** Whether a word is a given name, in any case form (Дмитрием of Дмитрий). */
export const isGivenName = (token: Token, givenNames: ReadonlySet<string>): boolean =>
  givenNames.has(token.exact) || token.lemmas.some((l) => givenNames.has(l));

/** Whether a word starts a person's name or title, so that it cannot continue the name before it (NATO Secretary General, Глава Курчатова Игорь Корпунков). */
export const startsPersonName = (token: Token, givenNames: ReadonlySet<string>): boolean =>
  TITLES.has(token.exact) || isGivenName(token, givenNames);
