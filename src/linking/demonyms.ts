/**
 * A country's adjective written before a place's name says which country the place is in: "the
 * French naval port of Brest", "the Romanian town of Slobozia", «с румынским городом Слобозия»,
 * «польське місто Хелм», «румынской Слобозии». Articles write it exactly where a name has a
 * namesake abroad, so a candidate in another country is not meant. Read only in these shapes: an
 * English adjective is an attribute of much else ("the Ukrainian Kursk offensive"), so there it
 * must introduce a settlement word; a Russian or Ukrainian one agrees with the name it stands before.
 */

/** English adjective, Russian stem, Ukrainian stem (each before its endings), by country. */
const ADJECTIVES: Readonly<Record<string, readonly [string, string, string]>> = {
  BY: ['Belarusian', 'белорусск', 'білоруськ'],
  BG: ['Bulgarian', 'болгарск', 'болгарськ'],
  CN: ['Chinese', 'китайск', 'китайськ'],
  CZ: ['Czech', 'чешск', 'чеськ'],
  DE: ['German', 'немецк', 'німецьк'],
  EE: ['Estonian', 'эстонск', 'естонськ'],
  ES: ['Spanish', 'испанск', 'іспанськ'],
  FI: ['Finnish', 'финск', 'фінськ'],
  FR: ['French', 'французск', 'французьк'],
  GB: ['British', 'британск', 'британськ'],
  GE: ['Georgian', 'грузинск', 'грузинськ'],
  HU: ['Hungarian', 'венгерск', 'угорськ'],
  IT: ['Italian', 'итальянск', 'італійськ'],
  KZ: ['Kazakh', 'казахстанск', 'казахстанськ'],
  LT: ['Lithuanian', 'литовск', 'литовськ'],
  LV: ['Latvian', 'латвийск', 'латвійськ'],
  MD: ['Moldovan', 'молдавск', 'молдовськ'],
  PL: ['Polish', 'польск', 'польськ'],
  RO: ['Romanian', 'румынск', 'румунськ'],
  RS: ['Serbian', 'сербск', 'сербськ'],
  RU: ['Russian', 'российск', 'російськ'],
  SE: ['Swedish', 'шведск', 'шведськ'],
  SK: ['Slovak', 'словацк', 'словацьк'],
  TR: ['Turkish', 'турецк', 'турецьк'],
  UA: ['Ukrainian', 'украинск', 'українськ'],
  US: ['American', 'американск', 'американськ'],
};
const BY_ENGLISH = new Map(Object.entries(ADJECTIVES).map(([country, [en]]) => [en.toLowerCase(), country]));
const BY_STEM = new Map(Object.entries(ADJECTIVES).flatMap(([country, [, ru, uk]]) => [[ru, country] as const, [uk, country] as const]));

// "the French naval port of Brest": the adjective, at most two more lower-case words, a settlement
// word, "of" or not. Not a participle between them: "the Russian occupied town" is the occupier's.
const ENGLISH =
  /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t\u00a0]+(?:\p{Ll}+(?<!ed|held)[ \t\u00a0]+){0,2}(?:city|town|village|port|capital|settlement)[ \t\u00a0]+(?:of[ \t\u00a0]+)?$/u;
// A Russian or Ukrainian adjective in any case, optionally before a settlement noun (городом, місто, селу).
const CYRILLIC =
  /(?:^|[^\p{L}])(\p{Ll}+?)(?:ий|ый|ой|ая|ое|ие|ого|ому|ом|им|ым|ой|ую|ою|ої|ій|ім|ими|ыми|их|ых|іх|а|у|е|і|я)[ \t\u00a0]+(?:(?:город|міст|сел|деревн|посел|посёл|порт)\p{Ll}*[ \t\u00a0]+)?$/u;
const LOOK_BACK = 48;

/** The country (ISO alpha-2) whose adjective introduces the name starting at `start`, if any. */
export function countryNamedBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - LOOK_BACK), start);
  const english = ENGLISH.exec(before);
  if (english !== null) return BY_ENGLISH.get(english[1]!.toLowerCase()) ?? null;
  const cyrillic = CYRILLIC.exec(before);
  return cyrillic === null ? null : (BY_STEM.get(cyrillic[1]!) ?? null);
}
