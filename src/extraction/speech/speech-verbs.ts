import type { Language, LanguageTable } from './speech-table.js';
import { EN } from './speech-verbs-en.js';
import { RU } from './speech-verbs-ru.js';
import { UK } from './speech-verbs-uk.js';

/** Every lookup the extractor makes about speech, derived from the per-language tables (speech-table.ts says what each holds). */
const TABLE: Record<Language, LanguageTable> = { en: EN, ru: RU, uk: UK };

export interface SpeechVerb {
  indirect: boolean;
  thatOnly: boolean;
  denial: boolean;
  request: boolean;
  promise: boolean;
  accusation: boolean;
}

export interface SpeechRules {
  language: Language;
  verb(word: string): SpeechVerb | null;
  sourcePhrases: readonly string[];
  isAsWord(word: string): boolean;
  backPhrases: readonly string[];
  isComplementiser(word: string): boolean;
  isTopic(word: string): boolean;
  isAddressee(word: string): boolean;
  isPronoun(word: string): boolean;
  isRelative(word: string): boolean;
  isAuxiliary(word: string): boolean;
  isConnective(word: string): boolean;
  isConjunction(word: string): boolean;
}

const RULES = Object.fromEntries(
  (Object.keys(TABLE) as Language[]).map((language) => [language, derive(language, TABLE[language])]),
) as Record<Language, SpeechRules>;

/** The rules of an article's language; others get the English ones. */
export function speechRules(language: string): SpeechRules {
  return RULES[(language in RULES ? language : 'en') as Language];
}

function derive(language: Language, table: LanguageTable): SpeechRules {
  const verbs = new Map<string, SpeechVerb>();
  for (const entry of table.verbs) {
    for (const form of entry.forms)
      verbs.set(form, {
        indirect: entry.indirect === true,
        thatOnly: entry.thatOnly === true,
        denial: entry.denial === true,
        request: entry.request === true,
        promise: entry.promise === true,
        accusation: entry.accusation === true,
      });
  }
  const lookup = (list: string[]) => {
    const set = new Set(list);
    return (word: string) => set.has(word.toLowerCase());
  };
  return {
    language,
    verb: (word) => verbs.get(word.toLowerCase()) ?? null,
    sourcePhrases: withPossessives(table),
    isAsWord: lookup(table.asWords),
    backPhrases: table.backPhrases,
    isComplementiser: lookup(table.complementisers),
    isTopic: lookup(table.topics),
    isAddressee: lookup(table.addressees),
    isPronoun: lookup(table.pronouns),
    isRelative: lookup(table.relatives),
    isAuxiliary: lookup(table.auxiliaries),
    isConnective: lookup(table.connectives),
    isConjunction: lookup(table.conjunctions),
  };
}

/** The source phrases, and each two-word one with every possessive inside it: "по словам", "по его словам", "по их словам". */
function withPossessives({ sourcePhrases, possessives }: LanguageTable): string[] {
  const owned = sourcePhrases
    .map((phrase) => phrase.split(' '))
    .filter((parts) => parts.length === 2)
    .flatMap(([preposition, noun]) => possessives.map((own) => `${preposition} ${own} ${noun}`));
  return [...sourcePhrases, ...owned];
}
