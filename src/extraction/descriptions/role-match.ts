import { matcher } from '../text/stem-matcher.js';
import type { Word } from '../text/words.js';

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

/** "глава", "руководителя", "голові", "chief": a word for whoever heads a body. */
export const isHeadOfBody = (word: string): boolean => HEAD_OF_BODY(word);

/**
 * A Russian or Ukrainian role noun in the plural ("эксперты", "аналітики", "посадовці"); "главы",
 * "голови" are as often a head's genitive ("по словам главы"), so they are not counted.
 */
export const isPluralRole = (word: Word): boolean => /[ыиі]$/u.test(word.lower) && !HEAD_OF_BODY(word.lower);

/** "the official", "посадовець", "чиновник": a word for anyone in office, whatever their title. */
const OFFICIAL = matcher(['official', 'посадов*', 'чиновни*']);

export const isAnyOfficial = (word: string): boolean => OFFICIAL(word);

/**
 * "the diplomat", "сказала дипломат": news calls anyone of a foreign ministry or an embassy a
 * diplomat, so the word refers back to a speaker titled so ("Официальный представитель МИД России").
 */
const DIPLOMAT = matcher(['diplomat', 'дипломат*']);
const DIPLOMATIC = matcher(['ambassador*', 'envoy*', 'foreign', 'мид', 'мзс', 'посол', 'посла', 'посланни*']);

/**
 * Whether two role words name the same role: equal up to an inflected ending ("official"/"officials",
 * "министр"/"министра"), both a word for a body's head, or a diplomat and a diplomat's title.
 */
export function sameRoleWord(a: string, b: string): boolean {
  return (
    (sameStem(a, b) && !otherGender(a, b) && !otherGender(b, a)) ||
    shortened(a, b) ||
    shortened(b, a) ||
    (HEAD_OF_BODY(a) && HEAD_OF_BODY(b)) ||
    (DIPLOMAT(a) && DIPLOMATIC(b)) ||
    (DIPLOMAT(b) && DIPLOMATIC(a))
  );
}

/**
 * A Ukrainian or Russian feminine role noun made from a masculine one: "президентка", "депутатку",
 * "речниця" (from "президент", "депутат", "речник"); the base ends in a consonant, so "представника"
 * (a case of "представник") is none.
 */
const FEMININE = /^(.+[бвгґджзклмнпрстфхцчшщ])(к|иц)(а|и|і|у|ою|ой|е|ей|ам|ами|ах|я|ю|ею|ям|ями|ях)$/u;

/** Whether `a` is the feminine of a role and `b` the masculine role it is made from: "президентка", "президента". */
function otherGender(a: string, b: string): boolean {
  const match = FEMININE.exec(a);
  return match !== null && b.startsWith(match[1]!) && !b.slice(match[1]!.length).startsWith(match[2]!);
}

/** Equal up to an inflected ending: "official"/"officials", "министр"/"министра". */
function sameStem(a: string, b: string): boolean {
  const stem = Math.max(3, Math.min(a.length, b.length) - 2);
  return a.slice(0, stem) === b.slice(0, stem) && Math.abs(a.length - b.length) <= 3;
}

const feminine = (word: string): boolean => FEMININE.test(word);

/** The last part of a minister's compound title: "прем'єр-міністерка", "премьер-министра". */
const MINISTER = matcher(['министр*', 'міністр*', 'міністерк*']);

/**
 * A minister's compound title shortened to its first part, in the gender of its last: "прем'єр-міністр"
 * is "прем'єр", "прем'єр-міністерка" is "прем'єрка", "премьер-министр" is "премьер". Other compounds
 * are no titles ("военно-промышленных", "military-industrial").
 */
function shortened(compound: string, b: string): boolean {
  const parts = compound.split('-');
  if (parts.length < 2 || b.includes('-') || !MINISTER(parts.at(-1)!)) return false;
  const base = feminine(b) ? FEMININE.exec(b)![1]! : b;
  return sameStem(parts[0]!, base) && feminine(parts.at(-1)!) === feminine(b);
}
