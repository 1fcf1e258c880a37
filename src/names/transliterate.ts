/**
 * Cyrillic → Latin renderings of Ukrainian and Russian names under the systems found in news text.
 * Input must already be NFKC, lower-cased, with every apostrophe-like mark unified to "'" (normalize.ts
 * does this); outputs are raw and still need normalizeName. Diacritic systems (ISO 9, scholarly,
 * Polish) are written here already folded to ASCII, since that is all the keys keep of them.
 */

export type Lang = 'uk' | 'ru';

/** A fixed rendering, or [iotated, plain]: the first applies at a syllable start (see System.iotate). */
type Out = string | readonly [iotated: string, plain: string];
/** One-letter keys; a two-letter key renders its second letter when it follows its first. */
type Table = Readonly<Record<string, Out>>;

// BGN/PCGN values; every system starts from these and overrides what it renders differently.
const COMMON: Table = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ґ: 'g',
  є: 'ye',
  і: 'i',
  ї: 'yi',
  "'": '',
};
// The same letters sound differently: Ukrainian г is /h/ and и is /ɪ/ (Latin y).
const LANG: Record<Lang, Table> = { uk: { г: 'h', и: 'y' }, ru: { г: 'g', и: 'i' } };

interface System {
  readonly name: string;
  /** Where an [iotated, plain] pair takes its first form: only word-initially (Ukrainian 2010), or
   * also after a vowel, ь, ъ, й or apostrophe. */
  readonly iotate: 'initial' | 'syllable';
  readonly all?: Table;
  /** Present for each language the system is used for. */
  readonly uk?: Table;
  readonly ru?: Table;
}

const SYSTEMS: readonly System[] = [
  // Ukrainian national 2010 (KMU resolution 55), adopted by BGN/PCGN in 2019: Krasnoarmiisk, Zghurivka.
  {
    name: 'national',
    iotate: 'initial',
    uk: { й: ['y', 'i'], є: ['ye', 'ie'], ї: ['yi', 'i'], ю: ['yu', 'iu'], я: ['ya', 'ia'], зг: 'gh' },
  },
  // BGN/PCGN Ukrainian 1965 (y-forms everywhere: Krasnoarmiysk, Slovyansk) and Russian 1947 (Krasnoarmeysk).
  { name: 'bgn', iotate: 'syllable', uk: {}, ru: { е: ['ye', 'e'], ё: ['ye', 'e'] } },
  // English press habit for Russian: Sergei Shoigu, Pyotr.
  { name: 'popular', iotate: 'syllable', ru: { й: 'i', ё: 'yo' } },
  // ISO 9 is one table for all Cyrillic languages (г → g even in Ukrainian).
  {
    name: 'iso9',
    iotate: 'syllable',
    uk: {},
    ru: {},
    all: { г: 'g', и: 'i', є: 'e', ї: 'i', й: 'j', ж: 'z', х: 'h', ц: 'c', ч: 'c', ш: 's', щ: 's', ю: 'u', я: 'a', ё: 'e' },
  },
  // Scholarly (Czech-style х → ch): Krasnoarmejsk, Vovčans'k.
  {
    name: 'scholarly',
    iotate: 'syllable',
    uk: {},
    ru: {},
    all: { ж: 'z', х: 'ch', ц: 'c', ч: 'c', ш: 's', щ: 'sc', й: 'j', є: 'je', ї: 'ji', ю: 'ju', я: 'ja', ё: 'e' },
  },
  // German (Duden): Selenskyj, Kyjiw, Saporischschja, Jelzin, Donezk.
  {
    name: 'german',
    iotate: 'syllable',
    uk: {},
    ru: { е: ['je', 'e'] },
    all: {
      в: 'w',
      ж: 'sch',
      з: 's',
      х: 'ch',
      ц: 'z',
      ч: 'tsch',
      ш: 'sch',
      щ: 'schtsch',
      й: 'j',
      є: 'je',
      ї: 'ji',
      ю: 'ju',
      я: 'ja',
      ё: 'jo',
    },
  },
  // Polish: Wołczańsk, Riazań (ł, ż, ń written here already folded).
  {
    name: 'polish',
    iotate: 'syllable',
    uk: {},
    ru: { е: ['je', 'e'] },
    all: {
      в: 'w',
      ж: 'z',
      х: 'ch',
      ц: 'c',
      ч: 'cz',
      ш: 'sz',
      щ: 'szcz',
      й: 'j',
      є: ['je', 'ie'],
      ї: 'ji',
      ю: ['ju', 'iu'],
      я: ['ja', 'ia'],
      ё: ['jo', 'io'],
    },
  },
];

interface Renderer {
  readonly system: string;
  readonly lang: Lang;
  readonly iotate: System['iotate'];
  readonly letters: ReadonlyMap<string, Out>;
  readonly pairs: ReadonlyMap<string, Out>;
}

// Tables are merged once at load so that rendering is a map lookup per letter.
const RENDERERS: readonly Renderer[] = SYSTEMS.flatMap((s) =>
  (['uk', 'ru'] as const).flatMap((lang) => {
    const own = s[lang];
    if (own === undefined) return [];
    const entries = Object.entries({ ...COMMON, ...LANG[lang], ...s.all, ...own });
    return [
      {
        system: s.name,
        lang,
        iotate: s.iotate,
        letters: new Map(entries.filter(([k]) => k.length === 1)),
        pairs: new Map(entries.filter(([k]) => k.length === 2)),
      },
    ];
  }),
);

function renderer(system: string, lang: Lang): Renderer {
  const found = RENDERERS.find((r) => r.system === system && r.lang === lang);
  if (found === undefined) throw new Error(`no ${system} rendering for ${lang}`);
  return found;
}
const UK_PRIMARY = renderer('national', 'uk');
const RU_PRIMARY = renderer('bgn', 'ru');

// і ї є ґ and the in-word apostrophe exist only in Ukrainian; ы э ъ ё only in Russian.
const UKRAINIAN = /[іїєґ]|\p{Script=Cyrillic}'\p{Script=Cyrillic}/u;
const RUSSIAN = /[ыэъё]/;
const BOTH: readonly Lang[] = ['uk', 'ru'];

/** The languages a Cyrillic text may be in; both when nothing tells them apart (Покровськ, Путин). */
export function languagesOf(text: string): readonly Lang[] {
  const uk = UKRAINIAN.test(text);
  return uk === RUSSIAN.test(text) ? BOTH : uk ? ['uk'] : ['ru'];
}

const WORD_CHAR = /[\p{L}']/u;
const SYLLABLE_START = new Set("аеёиоуыэюяіїєьъй'");

function render(text: string, r: Renderer): string {
  let out = '';
  let prev = '';
  for (const ch of text) {
    const rule = (r.pairs.size > 0 ? r.pairs.get(prev + ch) : undefined) ?? r.letters.get(ch);
    if (rule === undefined) out += ch;
    else if (typeof rule === 'string') out += rule;
    else {
      const initial = prev === '' || !WORD_CHAR.test(prev);
      out += rule[initial || (r.iotate === 'syllable' && SYLLABLE_START.has(prev)) ? 0 : 1];
    }
    prev = ch;
  }
  return out;
}

/** Every rendering for the text's possible languages, in a fixed order (duplicates possible). */
export function latinRenderings(text: string): string[] {
  const langs = languagesOf(text);
  return RENDERERS.filter((r) => langs.includes(r.lang)).map((r) => render(text, r));
}

/** One rendering: Ukrainian national 2010 for clearly Ukrainian text, otherwise BGN/PCGN Russian. */
export function primaryRendering(text: string): string {
  const langs = languagesOf(text);
  return render(text, langs.length === 1 && langs[0] === 'uk' ? UK_PRIMARY : RU_PRIMARY);
}
