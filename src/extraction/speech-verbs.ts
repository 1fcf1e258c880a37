/**
 * The words that mark speech, one table per language; every lookup the extractor makes is derived
 * from it so a verb added here is found everywhere. `indirect` verbs are the ones news uses most for
 * reported speech without quote marks ("X said that …"); `denial` makes such a claim a denial.
 */

export type Language = 'en' | 'ru' | 'uk';

interface VerbEntry {
  forms: string[];
  indirect?: boolean;
  denial?: boolean;
}

interface LanguageTable {
  verbs: VerbEntry[];
  /** Phrases that open reported speech before its speaker: "according to X, …", "по словам X, …". */
  sourcePhrases: string[];
  /** The word that opens the reported content: "X said that …". */
  complementisers: string[];
  pronouns: string[];
}

const TABLE: Record<Language, LanguageTable> = {
  en: {
    verbs: [
      { forms: ['said', 'says', 'say', 'saying'], indirect: true },
      { forms: ['told', 'tells', 'telling'], indirect: true },
      { forms: ['claimed', 'claims', 'claiming'], indirect: true },
      { forms: ['denied', 'denies', 'deny', 'denying'], indirect: true, denial: true },
      { forms: ['stated', 'states'], indirect: true },
      { forms: ['announced', 'announces'], indirect: true },
      { forms: ['added', 'adds', 'adding'] },
      { forms: ['noted', 'notes', 'noting'] },
      { forms: ['stressed', 'stresses', 'stressing'] },
      { forms: ['warned', 'warns', 'warning'] },
      { forms: ['wrote', 'writes', 'writing'] },
      { forms: ['insisted', 'insists'] },
      { forms: ['asked', 'replied', 'explained', 'declared', 'argued', 'continued', 'concluded'] },
    ],
    sourcePhrases: ['according to'],
    complementisers: ['that'],
    pronouns: ['he', 'she', 'they'],
  },
  ru: {
    verbs: [
      { forms: ['сказал', 'сказала', 'сказали', 'говорит', 'говорят'], indirect: true },
      { forms: ['заявил', 'заявила', 'заявило', 'заявили', 'заявляет'], indirect: true },
      { forms: ['сообщил', 'сообщила', 'сообщило', 'сообщили', 'сообщает'], indirect: true },
      { forms: ['утверждает', 'утверждают', 'утверждал'], indirect: true },
      { forms: ['отрицает', 'отрицают', 'отрицал', 'опроверг', 'опровергло', 'опровергли'], indirect: true, denial: true },
      { forms: ['отметил', 'отметила', 'отметили', 'подчеркнул', 'подчеркнула', 'добавил', 'добавила'] },
      { forms: ['написал', 'написала', 'рассказал', 'рассказала', 'уточнил', 'уточнила', 'пояснил', 'пояснила'] },
      { forms: ['передает', 'передаёт', 'пишет'] },
    ],
    sourcePhrases: ['по словам', 'как заявил', 'как заявила', 'как сообщил', 'как сообщила', 'как отметил'],
    complementisers: ['что'],
    pronouns: ['он', 'она', 'они'],
  },
  uk: {
    verbs: [
      { forms: ['сказав', 'сказала', 'сказали', 'каже', 'кажуть'], indirect: true },
      { forms: ['заявив', 'заявила', 'заявило', 'заявили', 'заявляє'], indirect: true },
      { forms: ['повідомив', 'повідомила', 'повідомило', 'повідомили', 'повідомляє'], indirect: true },
      { forms: ['стверджує', 'стверджують', 'стверджував'], indirect: true },
      { forms: ['заперечує', 'заперечують', 'спростовує', 'спростовують', 'спростувало', 'спростували'], indirect: true, denial: true },
      { forms: ['зазначив', 'зазначила', 'наголосив', 'наголосила', 'додав', 'додала'] },
      { forms: ['написав', 'написала', 'розповів', 'розповіла', 'уточнив', 'уточнила', 'пояснив', 'пояснила'] },
      { forms: ['передає', 'пише'] },
    ],
    sourcePhrases: ['за словами', 'як заявив', 'як заявила', 'як повідомив', 'як повідомила', 'як зазначив'],
    complementisers: ['що'],
    pronouns: ['він', 'вона', 'вони'],
  },
};

export interface SpeechVerb {
  indirect: boolean;
  denial: boolean;
}

export interface SpeechRules {
  language: Language;
  verb(word: string): SpeechVerb | null;
  sourcePhrases: readonly string[];
  isComplementiser(word: string): boolean;
  isPronoun(word: string): boolean;
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
    for (const form of entry.forms) verbs.set(form, { indirect: entry.indirect === true, denial: entry.denial === true });
  }
  const complementisers = new Set(table.complementisers);
  const pronouns = new Set(table.pronouns);
  return {
    language,
    verb: (word) => verbs.get(word.toLowerCase()) ?? null,
    sourcePhrases: table.sourcePhrases,
    isComplementiser: (word) => complementisers.has(word.toLowerCase()),
    isPronoun: (word) => pronouns.has(word.toLowerCase()),
  };
}
