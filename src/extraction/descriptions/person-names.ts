import { isOrganizationWord } from './description-words.js';
import type { Word } from '../text/words.js';

/** A Russian or Ukrainian patronymic: "Олегович", "Вікторівна". */
const PATRONYMIC = /(вич|ич|вна|ична|івна|ївна)$/u;

/**
 * Where a Russian or Ukrainian person's name begins in a run of capitalised words: a first name and
 * surname, with a patronymic between them; what comes before is what the title belongs to
 * ("Нікопольської РВА Євгеній Євтушенко", "Белгорода Валентин Демидов").
 */
export function personalName(language: string, tokens: readonly Word[], first: number, last: number): number {
  if (language === 'en' || tokens.slice(first, last + 1).some(isOrganizationWord)) return first;
  const length = PATRONYMIC.test(tokens[last - 1]!.lower) ? 3 : 2;
  return Math.max(first, last - length + 1);
}
