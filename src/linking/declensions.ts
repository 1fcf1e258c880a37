/**
 * Case endings of Russian and Ukrainian names, by declension, for recognising a name's case forms
 * (Покровська → Покровськ, Владимиром Путиным → Владимир Путин). Each declension says which
 * nominative forms (lemmas, lower case) decline that way and maps a case ending back to the
 * lemma's ending. A declension lists whole endings, never a stem rule: a derived word (Донецкий,
 * Россиянин, Украинский, Покровское) has a suffix no ending of its base accounts for, so it is not
 * taken for a case form of that base. Both languages share the tables: a name looks the same in
 * either and the endings do not collide within a declension.
 */

export interface Declension {
  readonly name: string;
  /** The lemmas that decline this way; the first declension in DECLENSIONS that matches is theirs. */
  readonly lemma: RegExp;
  /** [case ending, lemma ending]: a word with the first ending is the lemma with the second. */
  readonly endings: readonly (readonly [string, string])[];
}

const to = (lemmaEnding: string, ...caseEndings: string[]): [string, string][] => caseEndings.map((e) => [e, lemmaEnding]);

// Without й, which ends the adjectival and vowel-й lemmas below.
const CONSONANT = '[бвгґджзклмнпрстфхцчшщ]';

export const DECLENSIONS: readonly Declension[] = [
  // Ukrainian і in a closed last syllable alternates with о/е (Харків → Харкова, Бердичів →
  // Бердичева) and ї with є (Київ → Києва).
  { name: 'uk-iv', lemma: new RegExp(`${CONSONANT}ів$`), endings: to('ів', 'ова', 'ову', 'овом', 'ові', 'ева', 'еву', 'евом', 'еві') },
  { name: 'uk-yiv', lemma: /їв$/, endings: to('їв', 'єва', 'єву', 'євом', 'єві') },
  // Ukrainian towns in -ськ: no -е or -і, which would be the neuter and plural adjectives
  // (Покровське is another village, Покровські шахти Pokrovsk's mines).
  { name: 'uk-sk', lemma: /[сзц]ьк$/, endings: to('', 'а', 'у', 'ом') },
  // A fleeting е before a final ц: Елец → Ельца, Ельце; Лубинец → Лубинца, Лубинцом; Ukrainian
  // Лубінець → Лубінця, Лубінцем. After л the Russian stem keeps a soft sign (Ельца).
  { name: 'ets', lemma: /ец$/, endings: to('ец', 'ца', 'цу', 'цом', 'це', 'ьца', 'ьцу', 'ьцом', 'ьце') },
  { name: 'uk-ets', lemma: /ець$/, endings: to('ець', 'ця', 'цю', 'цем', 'ці') },
  // Surnames (and towns) in -ин/-ов/-ев take -ым/-им in the instrumental: Путиным, Путіним.
  { name: 'in-ov', lemma: /(?:ин|ын|ов|ев|ёв|ін|єв)$/, endings: to('', 'а', 'у', 'ом', 'е', 'і', 'ові', 'ым', 'им') },
  // Ukrainian nouns in -р are partly soft (Ігор → Ігоря, Ігорем; Бондар → Бондарем) and partly
  // hard (Володимир → Володимира, Володимиром): both sets of endings, which do not collide.
  { name: 'uk-r', lemma: /р$/, endings: to('', 'а', 'у', 'ом', 'е', 'і', 'ові', 'я', 'ю', 'ем', 'еві') },
  // A fleeting vowel before a final л: Орёл → Орла, над Орлом, в Орле (Павел → Павла).
  { name: 'yol', lemma: /[её]л$/, endings: [...to('ёл', 'ла', 'лу', 'лом', 'ле'), ...to('ел', 'ла', 'лу', 'лом', 'ле')] },
  // Ukrainian г turns з before the locative's і, as in the feminines below (Прага → Празі): Рог →
  // у Розі, so Кривий Ріг, whose Russian Кривой Рог declines the stem, is found в Кривому Розі.
  { name: 'g', lemma: /г$/, endings: [...to('', 'а', 'у', 'ом', 'е', 'і', 'ові'), ['зі', 'г']] },
  // After a hushing consonant the unstressed instrumental is -ем and the Ukrainian dative -еві
  // as well: Овруч → над Овручем, Овручеві; Бахмач → Бахмачем.
  { name: 'hush', lemma: /[жчшщ]$/, endings: to('', 'а', 'у', 'ом', 'ем', 'е', 'і', 'ові', 'еві') },
  { name: 'hard', lemma: new RegExp(`${CONSONANT}$`), endings: to('', 'а', 'у', 'ом', 'е', 'і', 'ові') },
  // Nouns in a vowel and й: Китай → Китая, Сергей → Сергеем; Ukrainian Китаї, Китаєм.
  { name: 'vowel-y', lemma: /[аеуяю]й$/, endings: to('й', 'я', 'ю', 'ем', 'е', 'ї', 'єм') },
  // Adjectival surnames and the adjectives of multi-word names: Зеленский, Зеленський, Донецкая
  // (область). Russian nouns in -ий (Дмитрий) share the lemma ending, so their endings are here too.
  // Russian soft adjectives in -ний take -его where hard ones take -ого (Нижний Новгород → Нижнего
  // Новгорода, Нижнем Новгороде); the Ukrainian -ний is hard (Південний → Південного), so both sets.
  { name: 'adj-niy', lemma: /ний$/, endings: to('ий', 'ого', 'ому', 'им', 'ом', 'ім', 'ия', 'ию', 'ием', 'ии', 'его', 'ему', 'ем') },
  { name: 'adj-iy', lemma: /ий$/, endings: to('ий', 'ого', 'ому', 'им', 'ом', 'ім', 'ия', 'ию', 'ием', 'ии') },
  { name: 'adj-yy', lemma: /ый$/, endings: to('ый', 'ого', 'ому', 'ым', 'ом') },
  // Adjectives in -ой (Толстой → Толстого) and the nouns that end alike (Джанкой → Джанкоя, в
  // Джанкое, над Джанкоем): the two sets of endings do not overlap.
  { name: 'adj-oy', lemma: /ой$/, endings: to('ой', 'ого', 'ому', 'ым', 'им', 'ом', 'оя', 'ою', 'ое', 'оем', 'ої', 'оєм') },
  // Ukrainian nouns in -ій (Сергій) and soft adjectives (Верхній).
  { name: 'uk-iy', lemma: /ій$/, endings: to('ій', 'ія', 'ію', 'ієм', 'ії', 'ього', 'ьому', 'ім') },
  // A three-letter name in -ая is a noun, not an adjective (Кая → Каи, Каей; Ukrainian Каї, Каєю):
  // an adjective's stem is longer (Новая, Донецкая).
  { name: 'short-aya', lemma: /^\p{L}ая$/u, endings: to('я', 'и', 'е', 'ю', 'ей', 'ї', 'єю') },
  { name: 'adj-aya', lemma: /ая$/, endings: to('ая', 'ой', 'ую', 'ою') },
  { name: 'adj-yaya', lemma: /яя$/, endings: to('яя', 'ей', 'юю', 'ею') },
  { name: 'adj-oe', lemma: /ое$/, endings: to('ое', 'ого', 'ому', 'ым', 'ом') },
  { name: 'adj-ee', lemma: /ее$/, endings: to('ее', 'его', 'ему', 'им', 'ем') },
  { name: 'uk-adj-ske', lemma: /[сзц]ьке$/, endings: to('е', 'ого', 'ому', 'им', 'ім') },
  // Ukrainian neuters in -еве/-єве decline as adjectives (Синельникове → Синельниковому) and, in
  // the locative news writes most, as nouns too (у Мукачеві). Not -ове: its -ові is a town in -ів's
  // (Оріхові is Оріхів's, not Оріхове's).
  { name: 'uk-eve', lemma: /[еє]ве$/, endings: to('е', 'ого', 'ому', 'им', 'ім', 'і') },
  // Other Ukrainian neuter adjectives in -не, alone (Рівне) or in an institution's name (Головне
  // управління розвідки → Головного управління розвідки, Суспільне → Суспільного), and in
  // -ове/-ине/-іве (Степове → Степового).
  { name: 'uk-adj-ne', lemma: /(?:не|[оиі]ве)$/, endings: to('е', 'ого', 'ому', 'им', 'ім') },
  { name: 'adj-ye', lemma: /ые$/, endings: to('ые', 'ых', 'ым', 'ыми') },
  { name: 'adj-ie', lemma: /ие$/, endings: to('ие', 'их', 'им', 'ими') },
  // Ukrainian plural towns in -ці are nouns: Чернівці → Чернівців, у Чернівцях.
  { name: 'uk-tsi', lemma: /ці$/, endings: to('і', 'ів', 'ям', 'ями', 'ях') },
  // Ukrainian plurals in -і: hard and soft adjectives (Нові → Нових; Горішні → Горішніх) and the
  // nouns beside them (Плавні → Плавнів, у Плавнях), so a two-word plural town declines whole.
  {
    name: 'uk-adj-pl',
    lemma: new RegExp(`${CONSONANT}і$`),
    endings: to('і', 'их', 'им', 'ими', 'іх', 'ім', 'іми', 'ів', 'ям', 'ями', 'ях'),
  },
  { name: 'iya', lemma: /ия$/, endings: to('ия', 'ии', 'ию', 'ией', 'иею') },
  { name: 'uk-iya', lemma: /ія$/, endings: to('ія', 'ії', 'ію', 'ією') },
  { name: 'ye', lemma: /ье$/, endings: to('ье', 'ья', 'ью', 'ьем') },
  // Soft neuters in -ле (Гуляйполе → Гуляйполя, Гуляйполем, Ukrainian Гуляйполі).
  { name: 'le', lemma: /ле$/, endings: to('е', 'я', 'ю', 'ем', 'і') },
  { name: 'ya', lemma: /я$/, endings: to('я', 'и', 'е', 'ю', 'ей', 'ею', 'і', 'ї', 'єю', 'ям') },
  // After a hushing consonant the instrumental is -ей/-ею, never -ой/-ою: Польша → Польшей,
  // Ukrainian Польща → Польщею, Польщі.
  { name: 'a-hush', lemma: /[жчшщ]а$/, endings: to('а', 'и', 'і', 'е', 'у', 'ей', 'ею') },
  // Plural nouns in -ска of an institution's name: (Сухопутные) войска → войск, войскам;
  // Ukrainian (Сухопутні) війська → військ.
  { name: 'plural-ska', lemma: /^(?:войска|війська)$/, endings: to('а', '', 'ам', 'ами', 'ах') },
  // Feminine nouns and Ukrainian feminine adjectives (Донецька, Народна); Ukrainian к/г/х turn
  // into ц/з/с before the dative and locative -і (Горлівка → Горлівці).
  {
    name: 'a',
    lemma: /а$/,
    endings: [...to('а', 'ы', 'и', 'і', 'е', 'у', 'ой', 'ою', 'ої', 'ій'), ['ці', 'ка'], ['зі', 'га'], ['сі', 'ха']],
  },
  // Russian places in -ово/-ино (Шебекино, Иваново) in the cases news declines them in (в Шебекине,
  // под Ивановом, к Шебекину), never the genitive -а, which is a surname's (Гришина, Сталина).
  { name: 'ru-ino', lemma: /(?:ов|ев|ин|ын)о$/, endings: to('о', 'е', 'ом', 'у') },
  // Ukrainian neuters and -ко surnames (Дніпро → Дніпра, у Дніпрі). Not the Russian -ово/-ино
  // places (Гришино, Сталино), which are often left undeclined and whose case forms would be
  // surnames (Гришина, Сталина).
  { name: 'o', lemma: /^(?!.*(?:ов|ев|ин|ын|ін)о$).*[бвгґджзклмнпрстфхцчшщ]о$/, endings: to('о', 'а', 'у', 'ові', 'ом', 'і', 'е') },
  // Soft masculines (Ярославль, Чорнобиль) and feminines (площадь, область, Керчь).
  // A Ukrainian feminine's instrumental doubles the consonant before the soft sign: Умань → Уманню, Русь → Руссю.
  {
    name: 'soft',
    lemma: /ь$/,
    endings: [...to('ь', 'я', 'ю', 'ем', 'е', 'и', 'ью', 'і'), ...[...'дзлнстц'].map((c): [string, string] => [`${c}${c}ю`, `${c}ь`])],
  },
  // Plural names in -ки drop the ending and take a fleeting vowel in the genitive: Валуйки →
  // Валуек, Олешки → Олешок, Лиски → Лисок; in the other cases they decline as other plurals.
  { name: 'plural-yki', lemma: /[аеиоуяю]йки$/, endings: to('йки', 'ек', 'йкам', 'йками', 'йках') },
  { name: 'plural-ki', lemma: new RegExp(`${CONSONANT}ки$`), endings: to('ки', 'ок', 'ек', 'кам', 'ками', 'ках') },
  // Plural names and the nouns of multi-word names: (Вооружённые) силы → сил, силам.
  { name: 'plural-y', lemma: new RegExp(`${CONSONANT}ы$`), endings: to('ы', '', 'ам', 'ами', 'ах') },
  // After a soft consonant the plural takes -ям/-ями/-ях: Грязи → в Грязях, Грязям.
  { name: 'plural-i', lemma: new RegExp(`${CONSONANT}и$`), endings: to('и', '', 'ам', 'ами', 'ах', 'ям', 'ями', 'ях') },
];

/** The declension a lemma belongs to, or undefined for an indeclinable one (Шойгу). */
export function declensionOf(lemma: string): Declension | undefined {
  return DECLENSIONS.find((d) => d.lemma.test(lemma));
}
