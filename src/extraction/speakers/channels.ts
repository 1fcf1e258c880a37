import { bodyKind } from '../descriptions/body-kinds.js';
import { dataPhrase } from './data-sources.js';
import { byFirstWord } from '../text/first-words.js';
import type { MentionIndex } from '../text/mention-index.js';
import { isDefinite, isStopWord } from '../descriptions/description-words.js';
import { isInformantHead, isRoleHead } from '../descriptions/role-heads.js';
import type { Language } from '../speech/speech-table.js';
import type { ExtractedChannel, KnownMention } from '../types.js';
import type { Word } from '../text/words.js';

/**
 * The channel a quote reached the article through: "speaking to TASS", "told Reuters", "according
 * to sources present at the meeting", "сообщил ТАСС", "передает РИА Новости", "розповів Укрінформу".
 * A cue that needs an organization ("told") is a channel only when one follows within `gap` words:
 * "told a closed-door meeting" is a setting, not a channel.
 */
interface Cue {
  words: string[];
  /** Words allowed between the cue and the organization ("в интервью изданию РБК"); null: no organization needed. */
  gap: number | null;
  /** The cue is the whole channel ("on Telegram"), not the opening of a longer phrase. */
  whole?: boolean;
  /**
   * Only a news outlet (the gazetteer's) follows: a verb is a channel when it told the outlet ("сказал
   * ТАСС") or the outlet relayed ("повідомило Укрінформ"); any other body after it is who spoke
   * ("сообщило Минобороны", "заявив Генштаб").
   */
  outlet?: boolean;
}

const verbs = (forms: string): Cue[] => forms.split(' ').map((form) => ({ words: [form], gap: 0, outlet: true }));
const phrase = (text: string, gap: number | null): Cue => ({ words: text.split(' '), gap });
/** A platform is a channel with no organization: "on Telegram", "у телеграмі", "в своём телеграм-канале". */
const platforms = (prepositions: string, names: string, possessives = ''): Cue[] =>
  prepositions
    .split(' ')
    .flatMap((p) =>
      names
        .split(' ')
        .flatMap((name) =>
          ['', ...possessives.split(' ').filter(Boolean)].map((own) => ({ words: [p, own, name].filter(Boolean), gap: null, whole: true })),
        ),
    );

const CUES: Record<Language, Cue[]> = {
  en: [
    phrase('speaking to', null),
    phrase('according to', null),
    phrase('in an interview with', null),
    phrase('quoted by', null),
    phrase('in a statement to', null),
    ...verbs('told'),
    phrase('wrote on', 0),
    phrase('said on', 0),
    phrase('posted on', 0),
    ...platforms('on', 'telegram facebook twitter x instagram youtube', 'his her their its'),
    phrase('on social media', null),
  ],
  ru: [
    ...verbs('сообщил сообщила сообщили рассказал рассказала рассказали заявил заявила заявили сказал сказала сказали'),
    ...verbs('сообщило сообщает передает передаёт пишет'),
    // "— приводит ТАСС слова Шойгу": the outlet quotes someone named after it.
    phrase('приводит', 0),
    phrase('в интервью', 1),
    phrase('в эфире', null),
    phrase('со ссылкой на', 1),
    phrase('написал в', 1),
    phrase('написала в', 1),
    ...platforms('в', 'телеграме телеграм-канале telegram telegram-канале соцсетях фейсбуке', 'своем своём'),
  ],
  uk: [
    ...verbs('розповів розповіла розповіло розповіли повідомив повідомила заявив заявила заявили сказав сказала сказали'),
    ...verbs('повідомило повідомляє передає пише'),
    phrase('наводить', 0),
    phrase('в інтерв’ю', 1),
    phrase("в інтерв'ю", 1),
    phrase('в ефірі', null),
    phrase('у ефірі', null),
    phrase('з посиланням на', 1),
    phrase('написав у', 1),
    phrase('написала у', 1),
    phrase('написав в', 1),
    phrase('написала в', 1),
    ...platforms('у в', 'телеграмі телеграм-каналі telegram telegram-каналі соцмережах фейсбуці', 'своєму'),
  ],
};

const CUES_BY_FIRST_WORD = Object.fromEntries(
  Object.entries(CUES).map(([language, cues]) => [language, byFirstWord(cues, (cue) => cue.words)]),
) as Record<Language, ReadonlyMap<string, readonly Cue[]>>;

const PHRASE_END = /[,.;:!?()«»“”„"‘’]/u;
const MAX_PHRASE_WORDS = 8;

export interface FoundChannel {
  channel: ExtractedChannel;
  start: number;
  end: number;
  rule: string;
}

/** The first channel stated among `tokens` (the words of one attribution clause). */
export function findChannel(text: string, language: Language, tokens: readonly Word[], mentions: MentionIndex): FoundChannel | null {
  for (let i = 0; i < tokens.length; i++) {
    for (const cue of CUES_BY_FIRST_WORD[language].get(tokens[i]!.lower) ?? []) {
      if (!cue.words.every((w, k) => tokens[i + k]?.lower === w)) continue;
      const after = i + cue.words.length;
      const found = cue.whole
        ? channel(text, tokens[i]!.start, tokens[after - 1]!.end, null)
        : cue.gap === null
          ? openPhrase(text, language, tokens, i, after, mentions)
          : organization(text, tokens, i, after, { gap: cue.gap, outlet: cue.outlet === true }, mentions);
      if (found) return { ...found, rule: `via: ${cue.words.join(' ')}` };
    }
  }
  const data = dataPhrase(language, tokens);
  return data ? { ...channel(text, data.start, data.end, null), rule: 'via: figures no one is named for' } : null;
}

/** What an outlet is, between a verb and its name: "заявила агентству Франс Пресс", "розповів виданню Reuters" (an outlet by the text's word). */
const MEDIA = new Set('агентству изданию телеканалу радиостанции газете журналу виданню радіостанції газеті'.split(' '));

function organization(
  text: string,
  tokens: readonly Word[],
  at: number,
  after: number,
  cue: { gap: number; outlet: boolean },
  mentions: MentionIndex,
) {
  const skip = tokens[after] && MEDIA.has(tokens[after]!.lower) ? 1 : 0;
  for (let k = after; k <= after + cue.gap + skip && k < tokens.length; k++) {
    const mention = mentions.covering(tokens[k]!.start);
    if (mention?.kind === 'ORGANIZATION' && (!cue.outlet || mention.outlet || skip))
      return channel(text, tokens[at]!.start, mention.end, mention);
  }
  return null;
}

/** "according to sources present at the meeting": the words up to the clause's next punctuation. */
function openPhrase(text: string, language: Language, tokens: readonly Word[], cue: number, after: number, mentions: MentionIndex) {
  let last = after - 1;
  for (let k = after; k < tokens.length && k < after + MAX_PHRASE_WORDS; k++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (PHRASE_END.test(gap) && !opensQuotedName(gap, mentions.covering(tokens[k]!.start))) break;
    last = k;
  }
  if (last < after) return null;
  const start = tokens[cue]!.start;
  const named = mentions.covering(tokens[last]!.start);
  const end = Math.max(tokens[last]!.end, named ? closedQuote(text, named.end) : 0);
  const inside = mentions.within(start, end);
  // "according to Peskov", "according to the governor", "according to Rosaviatsia" name the speaker, not a channel.
  if (
    inside.some((m) => m.kind === 'PERSON') ||
    namesSpeaker(language, tokens.slice(after, last + 1)) ||
    bodyByKind(tokens.slice(after, last + 1)) ||
    headsBody(tokens, after, mentions)
  )
    return null;
  return channel(text, start, end, inside.find((m) => m.kind === 'ORGANIZATION') ?? null);
}

/** "в эфире телеканала «Россия-24»": a quotation mark opening an organization's name carries the phrase on into it. */
const opensQuotedName = (gap: string, next: KnownMention | null): boolean => next?.kind === 'ORGANIZATION' && /^\s*[«“„"]$/u.test(gap);

/** The end of a name, past the quotation mark closing it. */
const closedQuote = (text: string, end: number): number => (/^[»”"]/u.test(text.slice(end, end + 1)) ? end + 1 : end);

/**
 * Whether a phrase's head is who speaks: a role or body ending it or followed by a preposition or
 * relative ("the governor", "the regional administration of …"), not a source ("sources present
 * at …") nor a modifier of what is relied on ("government figures").
 */
function namesSpeaker(language: Language, phrase: readonly Word[]): boolean {
  const endsHead = (k: number) => k === phrase.length - 1 || isStopWord(phrase[k + 1]!) || phrase[k + 1]!.lower === 'of';
  return phrase.some((w, k) => isRoleHead(language, w) && !isInformantHead(w) && endsHead(k));
}

/** "according to the office": a body by its kind alone is the body named before, who spoke ("his office" relays). */
const bodyByKind = (phrase: readonly Word[]): boolean => phrase.length === 2 && isDefinite(phrase[0]!) && bodyKind(phrase[1]!) !== null;

/**
 * A body that is no outlet heads the phrase ("according to the General Staff in Kyiv", "according
 * to Ukraine's General Staff"): it is who spoke, not what relayed it.
 */
function headsBody(tokens: readonly Word[], after: number, mentions: MentionIndex): boolean {
  let head = tokens[after] && isDefinite(tokens[after]!) ? after + 1 : after;
  if (tokens[head] && mentions.covering(tokens[head]!.start)?.kind === 'PLACE' && /['’]s$/u.test(tokens[head]!.text)) head++;
  const mention = tokens[head] ? mentions.covering(tokens[head]!.start) : null;
  return mention?.kind === 'ORGANIZATION' && !mention.outlet;
}

function channel(text: string, start: number, end: number, organization: KnownMention | null): Omit<FoundChannel, 'rule'> {
  return { channel: { description: text.slice(start, end), entityKey: organization?.entityKey ?? null }, start, end };
}

/**
 * An occasion where something was said ("на заседании оперативного штаба", "at a briefing", "на
 * нараді"): a new occasion, so a channel stated for the speaker's earlier claims does not carry to it.
 */
// prettier-ignore
const OCCASIONS: ReadonlySet<string> = new Set([
  'briefing', 'meeting', 'conference', 'session', 'summit',
  'заседании', 'совещании', 'брифинге', 'пресс-конференции', 'встрече', 'форуме', 'саммите',
  'засіданні', 'нараді', 'брифінгу', 'пресконференції', 'зустрічі', 'форумі', 'саміті',
]);
export const isOccasion = (word: Word): boolean => OCCASIONS.has(word.lower);
