import type { Utterance } from '../speakers/attribution.js';
import type { Language } from '../speech/speech-table.js';
import { reported, type Sentence } from './indirect-parts.js';

/**
 * A sentence saying nobody was hurt: "Пострадавших нет.", "Загиблих і поранених немає, …", "No one
 * was hurt." News takes such a count from the official who reported the strike, not on its own word.
 */
const NO_CASUALTIES: Record<Language, RegExp> = {
  ru: /^(?:пострадавших|погибших|раненых|жертв)(?:\s+и\s+(?:пострадавших|погибших|раненых|повреждений))?(?:\s+там)?\s+(?:нет|не было)(?![\p{L}])/iu,
  uk: /^(?:загиблих|постраждалих|поранених|жертв)(?:\s+(?:і|й|та)\s+(?:загиблих|постраждалих|поранених|руйнувань))?(?:\s+там)?\s+(?:немає|нема|не було)(?![\p{L}])/iu,
  en: /^(?:no one|nobody) was (?:hurt|injured|killed)\b|^there were no (?:casualties|injuries)\b/iu,
};

/**
 * "По его словам, обломки упали на склад … Пострадавших нет.": a sentence saying nobody was hurt,
 * with no attribution of its own, right after reported speech in the same paragraph goes on with
 * that report; its speaker is looked for where the report's was.
 */
export function followOn(sentence: Sentence, report: Utterance | null): Utterance | null {
  if (!report || sentence.quotes.length > 0) return null;
  const { text, span, rules } = sentence;
  if (!NO_CASUALTIES[rules.language].test(text.slice(span.start, span.end))) return null;
  return reported(text, span.start, span.end, report.clauses, 'indirect: follow-on');
}
