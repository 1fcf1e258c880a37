/**
 * The words that mark speech, one table per language; every lookup the extractor makes is derived
 * from it so a verb added here is found everywhere. `indirect` verbs are the ones news uses most for
 * reported speech without quote marks ("X said that …"); `thatOnly` ones report only with "that" or
 * closing a sentence ("He added that …", "…, he added"), since "noted the progress" names no content
 * (nor does "доложил о ходе операции");
 * `denial` makes such a claim a denial; `request` verbs report an appeal or an order, whose content
 * is whom it asks and what ("urged residents to leave", "призвал регионы обеспечить …").
 */

export type Language = 'en' | 'ru' | 'uk';

interface VerbEntry {
  forms: string[];
  indirect?: boolean;
  thatOnly?: boolean;
  denial?: boolean;
  request?: boolean;
  /** The content is the verb's object, whom it accuses and of what: "blamed Russian shelling of …", "обвинила ВСУ в ударах …". */
  accusation?: boolean;
}

interface LanguageTable {
  verbs: VerbEntry[];
  /** Phrases that open reported speech before its speaker: "according to X, …", "по словам X, …". */
  sourcePhrases: string[];
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

const TABLE: Record<Language, LanguageTable> = {
  en: {
    verbs: [
      { forms: ['said', 'says', 'say', 'saying'], indirect: true },
      { forms: ['told', 'tells', 'telling'], indirect: true },
      { forms: ['claimed', 'claims', 'claiming'], indirect: true },
      { forms: ['denied', 'denies', 'deny', 'denying'], indirect: true, denial: true },
      { forms: ['stated', 'states'], indirect: true },
      { forms: ['announced', 'announces'], indirect: true },
      { forms: ['reported', 'reports'], indirect: true },
      { forms: ['added', 'adds', 'adding'], indirect: true, thatOnly: true },
      { forms: ['noted', 'notes', 'noting'], indirect: true, thatOnly: true },
      { forms: ['stressed', 'stresses', 'stressing'], indirect: true, thatOnly: true },
      { forms: ['warned', 'warns', 'warning'], indirect: true, thatOnly: true },
      { forms: ['wrote', 'writes', 'writing'], indirect: true, thatOnly: true },
      { forms: ['insisted', 'insists', 'explained', 'argued', 'confirmed', 'confirms'], indirect: true, thatOnly: true },
      { forms: ['acknowledged', 'admitted', 'assured', 'estimated'], indirect: true, thatOnly: true },
      { forms: ['asked', 'asks', 'urged', 'urges', 'ordered', 'orders', 'instructed', 'promised', 'pledged'], request: true },
      { forms: ['blamed', 'blames', 'accused', 'accuses'], accusation: true },
      { forms: ['replied', 'declared', 'continued', 'concluded'] },
    ],
    sourcePhrases: ['according to'],
    asWords: [],
    backPhrases: [],
    complementisers: ['that'],
    topics: [],
    addressees: ['reporters', 'journalists', 'lawmakers', 'parliament'],
    pronouns: ['he', 'she', 'they', 'it'],
    relatives: ['who', 'which', 'whose', 'whom'],
    auxiliaries: ['has', 'have', 'had', 'also', 'repeatedly', 'previously', 'again', 'earlier', 'later'],
    connectives: ['as', 'while', 'when', 'after', 'before', 'although', 'though', 'but', 'and'],
    conjunctions: ['and'],
  },
  ru: {
    verbs: [
      { forms: ['сказал', 'сказала', 'сказали', 'говорит', 'говорят'], indirect: true },
      { forms: ['заявил', 'заявила', 'заявило', 'заявили', 'заявляет', 'заявляют', 'заявив'], indirect: true },
      { forms: ['сообщил', 'сообщила', 'сообщило', 'сообщили', 'сообщает', 'сообщают', 'сообщив'], indirect: true },
      { forms: ['утверждает', 'утверждают', 'утверждал', 'утверждала', 'утверждали'], indirect: true },
      { forms: ['заявлял', 'заявляла', 'заявляли', 'сообщал', 'сообщала', 'сообщали', 'отмечал', 'отмечала', 'отмечали'], indirect: true },
      { forms: ['говорил', 'говорила', 'говорили'], indirect: true },
      { forms: ['объявил', 'объявила', 'объявило', 'объявили'], indirect: true },
      {
        forms: ['отрицает', 'отрицают', 'отрицал', 'отрицала', 'отрицали', 'опроверг', 'опровергла', 'опровергло', 'опровергли'],
        indirect: true,
        denial: true,
      },
      { forms: ['отметил', 'отметила', 'отметило', 'отметили', 'отмечают', 'отмечает', 'отметив'], indirect: true },
      { forms: ['подчеркнул', 'подчеркнула', 'подчеркнули', 'подчеркнув', 'добавил', 'добавила', 'добавили', 'добавив'], indirect: true },
      { forms: ['написал', 'написала', 'написали', 'рассказал', 'рассказала', 'рассказало', 'рассказали'], indirect: true },
      { forms: ['уточнил', 'уточнила', 'уточнили', 'уточнив', 'пояснил', 'пояснила', 'пояснили', 'пояснив'], indirect: true },
      { forms: ['подтвердил', 'подтвердила', 'подтвердило', 'подтвердили', 'признал', 'признала', 'признали'], indirect: true },
      { forms: ['напомнил', 'напомнила', 'напомнили', 'предупредил', 'предупредила', 'предупредили'], indirect: true },
      { forms: ['доложил', 'доложила', 'доложили', 'докладывает', 'докладывают'], indirect: true, thatOnly: true },
      { forms: ['заверил', 'заверила', 'заверили', 'считает', 'считают', 'полагает'], indirect: true },
      { forms: ['передает', 'передаёт', 'пишет'], indirect: true },
      // "приводит ТАСС слова Шойгу": only closing a quote; "приводит данные о …" names no content.
      { forms: ['приводит'], indirect: true, thatOnly: true },
      {
        forms: [
          ...['призвал', 'призвала', 'призвали', 'призывает', 'призывают', 'попросил', 'попросила', 'попросили', 'просит', 'просят'],
          ...['поручил', 'поручила', 'поручило', 'поручили', 'потребовал', 'потребовала', 'потребовали', 'требует', 'требуют'],
          ...['пообещал', 'пообещала', 'пообещали', 'обещает', 'обещают'],
        ],
        request: true,
      },
      { forms: ['обвинил', 'обвинила', 'обвинило', 'обвинили', 'обвиняет', 'обвиняют'], accusation: true },
      { forms: ['напоминает', 'напоминают', 'предупреждает', 'предупреждают', 'жалуются', 'жалуется'], indirect: true },
      // Gerunds of the verbs above: "…, утверждая, что …".
      { forms: ['утверждая', 'заявляя'], indirect: true, thatOnly: true },
      // Impersonal: "…, говорится в сообщении Минобороны"; the speaker is whose statement it is.
      {
        forms: ['говорится', 'сообщается', 'отмечается', 'указывается', 'утверждается', 'подчеркивается', 'подчёркивается'],
        indirect: true,
      },
    ],
    sourcePhrases: [
      'по словам',
      'по его словам',
      'по ее словам',
      'по её словам',
      'по данным',
      // "В Купянске, по его данным, …": the possessive is the speaker named before.
      'по его данным',
      'по ее данным',
      'по её данным',
      'по их данным',
      'по их словам',
      'по информации',
      'со слов',
      'по мнению',
      'по сообщению',
      'согласно данным',
      'согласно информации',
      // Figures no one is named for: "По неофициальным данным, …" (their via), "по предварительным оценкам экспертов".
      'по неофициальным данным',
      'по официальным данным',
      'по предварительным данным',
      'по оценкам',
      'по предварительным оценкам',
    ],
    asWords: ['как'],
    backPhrases: ['об этом', 'о том'],
    complementisers: ['что'],
    topics: ['о', 'об'],
    addressees: ['журналистам', 'репортерам', 'министру', 'президенту', 'губернатору', 'главе'],
    pronouns: ['он', 'она', 'они', 'его', 'ее', 'её', 'их'],
    auxiliaries: ['также', 'ранее', 'уже', 'неоднократно', 'вновь', 'снова', 'тоже', 'позже'],
    relatives: ['который', 'которая', 'которое', 'которые', 'которого', 'которой', 'которых', 'которому', 'которым'],
    connectives: ['а', 'но', 'однако', 'хотя', 'когда', 'пока', 'и'],
    conjunctions: ['и'],
  },
  uk: {
    verbs: [
      { forms: ['сказав', 'сказала', 'сказали', 'каже', 'кажуть'], indirect: true },
      { forms: ['заявив', 'заявила', 'заявило', 'заявили', 'заявляє', 'заявляють', 'заявивши'], indirect: true },
      { forms: ['повідомив', 'повідомила', 'повідомило', 'повідомили', 'повідомляє', 'повідомляють', 'повідомивши'], indirect: true },
      { forms: ['стверджує', 'стверджують', 'стверджував', 'стверджувала', 'стверджували'], indirect: true },
      { forms: ['заявляв', 'заявляла', 'заявляли', 'повідомляв', 'повідомляла', 'повідомляли', 'зазначав', 'зазначала'], indirect: true },
      { forms: ['казав', 'казала', 'казали'], indirect: true },
      { forms: ['оголосив', 'оголосила', 'оголосило', 'оголосили'], indirect: true },
      {
        forms: ['заперечує', 'заперечують', 'заперечив', 'заперечила', 'заперечили', 'спростовує', 'спростовують'],
        indirect: true,
        denial: true,
      },
      { forms: ['спростував', 'спростувала', 'спростувало', 'спростували'], indirect: true, denial: true },
      { forms: ['зазначив', 'зазначила', 'зазначили', 'зазначивши', 'наголосив', 'наголосила', 'наголосили'], indirect: true },
      { forms: ['додав', 'додала', 'додали', 'додавши'], indirect: true },
      { forms: ['написав', 'написала', 'написали', 'розповів', 'розповіла', 'розповіло', 'розповіли'], indirect: true },
      { forms: ['уточнив', 'уточнила', 'уточнили', 'пояснив', 'пояснила', 'пояснили'], indirect: true },
      { forms: ['підтвердив', 'підтвердила', 'підтвердило', 'підтвердили', 'визнав', 'визнала', 'визнали'], indirect: true },
      { forms: ['нагадав', 'нагадала', 'нагадали', 'попередив', 'попередила', 'попередили'], indirect: true },
      { forms: ['доповів', 'доповіла', 'доповіли', 'доповідає', 'доповідають'], indirect: true, thatOnly: true },
      { forms: ['запевнив', 'запевнила', 'запевнили', 'вважає', 'вважають'], indirect: true },
      { forms: ['передає', 'пише'], indirect: true },
      { forms: ['наводить'], indirect: true, thatOnly: true },
      {
        forms: [
          ...['закликав', 'закликала', 'закликали', 'закликає', 'закликають', 'попросив', 'попросила', 'попросили', 'просить', 'просять'],
          ...['доручив', 'доручила', 'доручило', 'доручили', 'вимагав', 'вимагала', 'вимагали', 'вимагає', 'вимагають'],
          ...['пообіцяв', 'пообіцяла', 'пообіцяло', 'пообіцяли', 'обіцяє', 'обіцяють'],
        ],
        request: true,
      },
      { forms: ['звинуватив', 'звинуватила', 'звинуватило', 'звинуватили', 'звинувачує', 'звинувачують'], accusation: true },
      { forms: ['нагадує', 'нагадують', 'попереджає', 'попереджають', 'додають', 'скаржаться'], indirect: true },
      // The present of news's commonest verbs, and their gerunds: "Військові аналітики зазначають, що …", "…, стверджуючи, що …".
      { forms: ['зазначає', 'зазначають', 'наголошує', 'наголошують', 'підкреслює', 'підкреслюють'], indirect: true },
      { forms: ['стверджуючи', 'заявляючи'], indirect: true, thatOnly: true },
      { forms: ['йдеться', 'ідеться', 'повідомляється', 'зазначається', 'наголошується', 'стверджується'], indirect: true },
    ],
    sourcePhrases: [
      'за словами',
      'за його словами',
      'за її словами',
      'за даними',
      'за його даними',
      'за її даними',
      'за їхніми даними',
      'за їхніми словами',
      'за їх даними',
      'за їх словами',
      'за інформацією',
      'зі слів',
      'на думку',
      'за повідомленням',
      'згідно з даними',
      'згідно з інформацією',
      // "За неофіційними даними, …", "За попередніми оцінками енергетиків, …".
      'за неофіційними даними',
      'за офіційними даними',
      'за попередніми даними',
      'за оцінками',
      'за попередніми оцінками',
    ],
    asWords: ['як'],
    backPhrases: ['про це'],
    complementisers: ['що'],
    topics: ['про'],
    addressees: ['журналістам', 'міністру', 'міністрові', 'президенту', 'президентові', 'голові'],
    pronouns: ['він', 'вона', 'вони', 'його', 'її', 'їхніми', 'їх'],
    auxiliaries: ['також', 'раніше', 'вже', 'неодноразово', 'знову', 'теж', 'пізніше'],
    relatives: ['який', 'яка', 'яке', 'які', 'якого', 'якої', 'яких', 'якому', 'якій', 'яким'],
    connectives: ['а', 'але', 'однак', 'проте', 'хоча', 'коли', 'поки', 'і', 'й', 'та'],
    conjunctions: ['і', 'й', 'та'],
  },
};

export interface SpeechVerb {
  indirect: boolean;
  thatOnly: boolean;
  denial: boolean;
  request: boolean;
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
    sourcePhrases: table.sourcePhrases,
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
