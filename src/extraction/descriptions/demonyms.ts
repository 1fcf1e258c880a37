import type { Word } from '../text/words.js';

/** Stems of demonyms, and the country (ISO 3166-1 alpha-2) they say a speaker belongs to. */
// prettier-ignore
const DEMONYMS: [string, string][] = [
  ['russian', 'RU'], ['российск', 'RU'], ['русск', 'RU'], ['російськ', 'RU'], ['ukrainian', 'UA'], ['украинск', 'UA'],
  ['українськ', 'UA'], ['american', 'US'], ['u.s', 'US'], ['us', 'US'], ['американск', 'US'], ['американськ', 'US'],
  ['british', 'GB'], ['британск', 'GB'], ['британськ', 'GB'], ['french', 'FR'], ['французск', 'FR'],
  ['французьк', 'FR'], ['german', 'DE'], ['немецк', 'DE'], ['німецьк', 'DE'], ['chinese', 'CN'], ['китайск', 'CN'],
  ['китайськ', 'CN'], ['polish', 'PL'], ['польск', 'PL'], ['польськ', 'PL'], ['belarusian', 'BY'],
  ['белорусск', 'BY'], ['білоруськ', 'BY'], ['turkish', 'TR'], ['турецк', 'TR'], ['турецьк', 'TR'], ['kremlin', 'RU'],
  ['россиян', 'RU'], ['росіян', 'RU'], ['украинц', 'UA'], ['українц', 'UA'], ['кремлевск', 'RU'], ['кремлёвск', 'RU'], ['кремлівськ', 'RU'],
  // A country named in the description states it as a demonym does: "Authorities in Romania", "власти Молдавии".
  ['russia', 'RU'], ['росси', 'RU'], ['росі', 'RU'], ['ukraine', 'UA'], ['украин', 'UA'], ['україн', 'UA'], ['romania', 'RO'],
  ['румыни', 'RO'], ['румуні', 'RO'], ['poland', 'PL'], ['польш', 'PL'], ['польщ', 'PL'], ['belarus', 'BY'], ['беларус', 'BY'],
  ['білорус', 'BY'], ['moldova', 'MD'], ['молдав', 'MD'], ['молдов', 'MD'], ['china', 'CN'], ['китай', 'CN'], ['кита', 'CN'],
  ['turkey', 'TR'], ['турци', 'TR'], ['туреччин', 'TR'], ['germany', 'DE'], ['германи', 'DE'], ['німеччин', 'DE'], ['france', 'FR'],
  ['франци', 'FR'], ['франці', 'FR'], ['britain', 'GB'], ['британи', 'GB'], ['британі', 'GB'],
  ['finland', 'FI'], ['finnish', 'FI'], ['финлянд', 'FI'], ['финск', 'FI'], ['фінлянд', 'FI'], ['фінськ', 'FI'],
];

/** The country a description's demonym names ("a senior Russian diplomat" → RU), or null. */
export function countryOf(description: readonly Word[]): string | null {
  for (const word of description) {
    const hit = DEMONYMS.find(([stem]) => (stem.length <= 3 ? word.lower === stem : word.lower.startsWith(stem)));
    if (hit) return hit[1];
  }
  return null;
}
