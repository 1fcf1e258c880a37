import { bodyKind, bodyQualifiers, qualifiedBodyKind } from '../descriptions/body-kinds.js';
import { headsNamedBody, namedBody } from '../descriptions/body-heads.js';
import { isDefinite, isStopWord } from '../descriptions/description-words.js';
import { anonymous, lowerWords, type Discourse, type Referent } from './discourse.js';
import { phraseAt, type Phrase, type PhraseContext } from './phrases.js';
import { isPersonRole, isRoleHead, isSourceHead } from '../descriptions/role-heads.js';
import { isAnyOfficial, isPluralRole, sameRoleWord } from '../descriptions/role-match.js';
import type { Candidate, SpeakerMemory } from './speaker-memory.js';
import { isOrganization } from './speaker-locative.js';
import { apposition, opensSentence, titlesNameAfter } from './speaker-titles.js';
import { onlyBetween, type Word } from '../text/words.js';

/** A described speaker's candidate (or none), and the last word of its description. */
export interface Described {
  candidate: Candidate | null;
  last: number;
}

/** "a senior Russian diplomat", "sources present at the meeting"; "the official" refers back. */
export function describedSpeaker(
  discourse: Discourse,
  memory: SpeakerMemory,
  tokens: readonly Word[],
  head: number,
  at: number,
): Described | null {
  const found = phraseAt(discourse.context, tokens, head);
  if (!found) return null;
  const phrase = withGroup(discourse.context, tokens, head, found);
  // "Stepanyan, a military expert, said": the apposition describes the name before it.
  if (apposition(discourse.context, tokens, phrase.first)) return { candidate: null, last: phrase.last };
  // "военный эксперт, подполковник в отставке Андрей Марочко": a role before a comma and a titled name is that name's.
  if (titlesNameAfter(discourse.context, tokens, phrase.last)) return { candidate: null, last: phrase.last };
  const start = tokens[phrase.first]!.start;
  const end = tokens[phrase.last]!.end;
  const described = (referent: Omit<Referent, 'at'>, rule: string, score: number): Described => ({
    candidate: { start, end, referent, rule, score },
    last: phrase.last,
  });
  const headWord = tokens[head]!.lower;
  const language = discourse.context.rules.language;
  const unnamed =
    phrase.determiner === 'indefinite' ||
    isSourceHead(tokens[head]!) ||
    oneOf(tokens, head) ||
    (/s$/u.test(headWord) && language === 'en' && !phrase.determiner) ||
    // Russian and Ukrainian have no article: a modified role opening its sentence introduces someone ("Американський посадовець розповів").
    (language !== 'en' && phrase.first < head && opensSentence(discourse.layout, tokens[phrase.first]!));
  // "глава городского округа" is no head of another body named before ("начальник Генштаба").
  const headed = namedBody(tokens.slice(phrase.first, phrase.last + 1), head - phrase.first);
  const heads = (r: Omit<Referent, 'at'>) => headsNamedBody(headed, r.roleWords);
  // "По данным украинского ведомства": a demonym before a body noun says whose body of that kind spoke before,
  // ahead of any role holding the noun ("официальный представитель ведомства").
  const qualified = phrase.last === head && phrase.first < head ? bodyQualifiers(tokens.slice(phrase.first, head)) : null;
  const agency = qualified ? qualifiedBodyKind(tokens[head]!) : null;
  const ofCountry = agency ? memory.previous(at, (r) => discourse.isBodyOf(r, agency, at, qualified!.country)) : null;
  if (ofCountry) return described(ofCountry, 'speaker: qualified body noun → previous organization', 0.7);
  // A body noun that is no speaking group ("office") speaks only as the body of its kind named before:
  // "the office said" does, "according to his office" tells how a statement came out.
  const group = isRoleHead(language, tokens[head]!);
  if (!unnamed && group) {
    const referent = memory.previous(at, (r) => r.roleWords.some((w) => sameRoleWord(w, headWord)) && heads(r));
    if (referent) return described(referent, 'speaker: role noun → previous speaker', 0.75);
    // "Mrochko, head of the city administration, said … “…,” the official said": anyone in office is an official.
    const official = isAnyOfficial(headWord) && !isPluralRole(tokens[head]!) && phrase.first >= head - 1 ? memory.lastPerson(at) : null;
    if (official) return described(official, 'speaker: "the official" → the person speaking last', 0.7);
    // No role stated for the last speaker: the role noun may well be theirs ("Peskov said … the spokesman added").
    // A person's role is no body's: "военный эксперт" after a ministry spoke is someone else.
    const person = isPersonRole(language, tokens[head]!);
    const unstated = memory.lastUnstated(at, (r) => !(person && isOrganization(r.speaker)));
    if (unstated) return described(unstated, 'speaker: role noun → previous speaker with no stated role', 0.6);
    // "the governor said" names someone already speaking in the paragraph, under a title the article did not state.
    // Russian and Ukrainian say it with the bare noun ("Губернатор сообщил"), which may as well introduce someone: it refers
    // back only to someone named, and a plural one ("Эксперты") is a group of its own.
    const definite = phrase.determiner === 'definite' && phrase.first === head - 1;
    const bare = language !== 'en' && phrase.first === head && !isPluralRole(tokens[head]!);
    const inParagraph = definite || bare ? memory.speakingInParagraph(at) : null;
    const speaking = definite || (bare && inParagraph?.speaker.kind === 'entity') ? inParagraph : null;
    const referred = speaking ?? (definite || bare ? memory.untitledPerson(at) : null);
    if (referred && heads(referred)) return described(referred, 'speaker: definite role noun → the paragraph’s last speaker', 0.6);
    const later = phrase.determiner === 'definite' ? memory.titledLater(at, headWord) : null;
    if (later && heads(later)) return described(later, 'speaker: definite role noun → the one titled so later', 0.6);
  }
  // "по данным ведомства", "the ministry said": a body named by its kind alone is the body that spoke before.
  const bare = phrase.last === head && (phrase.first === head || (phrase.first === head - 1 && phrase.determiner === 'definite'));
  const kind = bare ? bodyKind(tokens[head]!) : null;
  const body = kind ? memory.previous(at, (r) => discourse.isBodyOf(r, kind, at)) : null;
  if (body) return described(body, 'speaker: body noun → previous organization', 0.7);
  if (!group) return null;
  const stated = isDefinite(tokens[phrase.first]!) || unnamed || phrase.first < head || language !== 'en';
  if (!stated || !phrase.text) return null;
  const speaker = anonymous(phrase.text, tokens.slice(phrase.first, phrase.last + 1));
  return described({ speaker, role: null, roleWords: lowerWords(phrase.text), surname: null }, 'speaker: unnamed', 0.8);
}

/** "один из", "одного з": Russian and Ukrainian say "one of" where English says "a". */
const ONE = /^(од(ин|на|но|ного|ной|ному|ним|ну)|однієї|одній|одною)$/u;
const OF = new Set(['из', 'з', 'із', 'зі']);

/** Whether the role at `head` is "one of" a group: "Представитель одной из компаний", "Представник одного з судновласників". */
function oneOf(tokens: readonly Word[], head: number): boolean {
  const [one, of] = [tokens[head + 1], tokens[head + 2]];
  return Boolean(one && of && ONE.test(one.lower) && OF.has(of.lower));
}

/** Words of the group after "one of": "одного з турецьких судновласників". */
const MAX_GROUP_WORDS = 3;

/** The phrase run on over the group a role is "one of", which says who they are: "Представитель одной из крупных компаний". */
function withGroup(context: PhraseContext, tokens: readonly Word[], head: number, phrase: Phrase): Phrase {
  if (!oneOf(tokens, head)) return phrase;
  const { text, rules, mentions } = context;
  let last = head + 2;
  while (
    last - head - 2 < MAX_GROUP_WORDS &&
    tokens[last + 1] &&
    onlyBetween(text, tokens[last]!.end, tokens[last + 1]!.start) &&
    !isStopWord(tokens[last + 1]!) &&
    !rules.verb(tokens[last + 1]!.text)
  )
    last++;
  if (last === head + 2 || mentions.covering(tokens[last]!.start)) return phrase;
  return { ...phrase, last, text: text.slice(tokens[phrase.first]!.start, tokens[last]!.end) };
}
