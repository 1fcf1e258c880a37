/**
 * The shape of the words that mark speech, one table per language (speech-verbs-en/ru/uk.ts);
 * every lookup the extractor makes is derived from it so a verb added there is found everywhere.
 * `indirect` verbs are the ones news uses most for reported speech without quote marks ("X said
 * that …"); `thatOnly` ones report only with "that" or closing a sentence ("He added that …",
 * "…, he added"), since "noted the progress" names no content (nor does "доложил о ходе операции");
 * `denial` makes such a claim a denial; `promise` verbs report a commitment, whose content is what
 * is promised ("pledged to rebuild …", "пообещали к зиме восстановить …"). `request` verbs report an
 * appeal or an order ("urged residents to leave", "призвал регионы обеспечить …"): they attribute a
 * quote, but what they ask is no claim, as a request is neither true nor false (session 15).
 */

export type Language = 'en' | 'ru' | 'uk';

interface VerbEntry {
  forms: string[];
  indirect?: boolean;
  thatOnly?: boolean;
  denial?: boolean;
  request?: boolean;
  promise?: boolean;
  /** The content is the verb's object, whom it accuses and of what: "blamed Russian shelling of …", "обвинила ВСУ в ударах …". */
  accusation?: boolean;
}

export interface LanguageTable {
  verbs: VerbEntry[];
  /** Phrases that open reported speech before its speaker: "according to X, …", "по словам X, …". */
  sourcePhrases: string[];
  /** Possessives between a two-word source phrase's preposition and noun ("по его словам", "на її думку"): each such phrase is read with them too. */
  possessives: string[];
  /** Words that open reported speech before any speech verb: "как сообщает X, …", "як повідомили в X, …". */
  asWords: string[];
  /** Phrases that point back to the sentence before as what was said: "Об этом сообщил X", "Про це повідомив X". */
  backPhrases: string[];
  /** The word that opens the reported content: "X said that …". */
  complementisers: string[];
  /** Prepositions that open what was spoken about right after the verb: "сообщил об ударах", "повідомив про …". */
  topics: string[];
  /** Whom a speaker told, between the verb and what was said: "told reporters the attacks …". */
  addressees: string[];
  /** Pronouns that refer back to the last speaker, with the possessives of "по его словам". */
  pronouns: string[];
  /** Words between a subject and its speech verb: "Kyiv has denied", "Москва ранее заявляла", "Росія також заперечує". */
  auxiliaries: string[];
  /** Words that open a relative clause after a comma: ", who heads …,", ", яка не назвала свого імені,". */
  relatives: string[];
  /** Words opening the reporter's own clause after an attribution: "…, officials said, as fighting spread". */
  connectives: string[];
  /** Of them, those that go on with what was said: "…, Filashkin said, and families …". */
  conjunctions: string[];
}
