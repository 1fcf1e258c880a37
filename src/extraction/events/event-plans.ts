import type { Reach, Sentence } from './event-sentence.js';
import type { FramingLanguage } from '../framings/framing-words.js';
import { normalize } from '../framings/framings.js';

/**
 * A happening the sentence only plans, offers or awaits is no event yet: "the next meeting will
 * be held in Moscow", "Moscow is open to talks with Ukraine", "переговоры состоятся в Стамбуле",
 * "наступна зустріч відбудеться у Києві". News marks it by an adjective of the future before the
 * noun, a future or scheduling verb after it, or a readiness phrase before it. Lowercased, ё as
 * е; a trailing `*` matches any ending.
 */
const FUTURE_ADJECTIVES: Record<FramingLanguage, readonly string[]> = {
  en: ['next', 'upcoming', 'planned', 'future', 'proposed', 'possible', 'potential', 'prospective'],
  ru: ['следующ*', 'предстоящ*', 'будущ*', 'запланированн*', 'возможн*', 'планируем*'],
  uk: ['наступн*', 'майбутн*', 'запланован*', 'можлив*'],
};

/** Verbs after the noun that put it ahead: "talks are scheduled", "встреча пройдет", "зустріч відбудеться". */
const FUTURE_VERBS: Record<FramingLanguage, readonly string[]> = {
  en: ['will', 'is scheduled', 'are scheduled', 'is planned', 'are planned', 'is due', 'are due', 'is expected', 'are expected'],
  ru: ['пройдет', 'пройдут', 'состоится', 'состоятся', 'начнется', 'начнутся', 'будет', 'будут', 'запланирован*', 'планируется'],
  uk: ['відбудеться', 'відбудуться', 'пройде', 'пройдуть', 'розпочнеться', 'почнеться', 'буде', 'будуть', 'запланован*', 'планується'],
};

/**
 * Readiness, an offer, a request or preparation before the noun: "open to talks", "ready for",
 * "открыта для", "готов к", "готова до", "requested a meeting", "ініціює засідання Ради безпеки",
 * "подготовку визита".
 */
const READINESS: Record<FramingLanguage, readonly string[]> = {
  en: ['open to', 'ready for', 'call for', 'calls for', 'called for', 'offered', 'proposed', 'requested', 'sought', 'preparations for'],
  ru: ['открыт* для', 'готов* к', 'призвал* к', 'призвали к', 'предложил*', 'инициир*', 'запроси*', 'подготовк*'],
  uk: [
    'відкрит* до',
    'готов* до',
    'закликав до',
    'закликала до',
    'закликали до',
    'запропонува*',
    'ініцію*',
    'ініціюва*',
    'запроси*',
    'підготовк*',
  ],
};

/** A future auxiliary before a verb: "will visit", "will also meet", "будет посещать", "буде обстрілювати". */
const FUTURE_AUXILIARIES: Record<FramingLanguage, readonly string[]> = {
  en: ['will'],
  ru: ['будет', 'будут'],
  uk: ['буде', 'будуть'],
};

/** A future copula before a noun: "it will be his second visit", "Это будет первый визит", "Це буде другий візит". */
const FUTURE_COPULAS: Record<FramingLanguage, readonly string[]> = {
  en: ['will be'],
  ru: ['будет', 'станет'],
  uk: ['буде', 'стане'],
};

/** A visit or meeting verb in the perfective future: "посетит Варшаву", "відвідає Варшаву", "зустрінеться з". */
const FUTURE_FORMS: Record<FramingLanguage, readonly string[]> = {
  en: [],
  ru: ['посетит', 'посетят', 'побывает', 'побывают', 'встретится', 'встретятся'],
  uk: ['відвідає', 'відвідають', 'побуває', 'побувають', 'зустрінеться', 'зустрінуться'],
};

/** Words that may stand between the noun and the phrase: "open to direct talks", "встреча лидеров пройдет". */
const MAX_GAP = 2;

/** A conjunction or negation between the noun and the verb starts a clause of its own: "не в окупації і не буде". */
const NOT_IN_GAP: ReadonlySet<string> = new Set('and or but not и или а но не і й та або але ні'.split(' '));

const matches = (word: string, entry: string): boolean => (entry.endsWith('*') ? word.startsWith(entry.slice(0, -1)) : word === entry);

/** Whether the framing at `r` is a happening the sentence puts ahead of its time. */
export function planned(s: Sentence, r: Reach): boolean {
  const { first, last } = r.match;
  const lower = (i: number) => (i >= 0 && i < s.ws.length ? normalize(s.ws[i]!.lower) : '');
  // An English noun after "will" is its verb: "will visit".
  if (futureVerb(s.language, lower, first)) return true;
  if (!r.match.group.noun) return false;
  // The phrase's words from word `at`, all in the noun's clause.
  const phraseAt = (at: number, phrase: string): boolean => {
    const parts = phrase.split(' ');
    const [from, to] = [Math.min(at, first), Math.max(at + parts.length - 1, last)];
    if (from < 0 || /[,;:.!?()—–]/u.test(s.text.slice(s.ws[from]!.end, s.ws[to]?.start ?? s.span.end))) return false;
    return parts.every((part, k) => matches(lower(at + k), part));
  };
  const language = s.language;
  for (let gap = 0; gap <= MAX_GAP; gap++) {
    if (gap < 2 && FUTURE_ADJECTIVES[language].some((a) => matches(lower(first - 1 - gap), a))) return true;
    const joined = s.ws.slice(last + 1, last + 1 + gap).some((w) => NOT_IN_GAP.has(w.lower));
    if (!joined && FUTURE_VERBS[language].some((v) => phraseAt(last + 1 + gap, v))) return true;
    if (READINESS[language].some((p) => phraseAt(first - gap - p.split(' ').length, p))) return true;
    if (FUTURE_COPULAS[language].some((p) => phraseAt(first - gap - p.split(' ').length, p))) return true;
  }
  return false;
}

/** A verb in the future ("will visit", "посетит"); one word may stand after the auxiliary ("will also meet", "will not visit"). */
function futureVerb(language: FramingLanguage, lower: (i: number) => string, first: number): boolean {
  if (FUTURE_FORMS[language].includes(lower(first))) return true;
  return FUTURE_AUXILIARIES[language].some((a) => lower(first - 1) === a || lower(first - 2) === a);
}
