import { bodyKind } from '../descriptions/body-kinds.js';
import { isOrganizationWord, isStopWord } from '../descriptions/description-words.js';
import { lowerWords, type Discourse, type Referent } from './discourse.js';
import { personalName } from '../descriptions/person-names.js';
import { appositionAfter, modifiesHead, titleBefore } from './phrases.js';
import { isRoleHead } from '../descriptions/role-heads.js';
import { sameRoleWord } from '../descriptions/role-match.js';
import { describedSpeaker } from './speaker-described.js';
import { isOrganization, locativeSpeaker, thereBody } from './speaker-locative.js';
import { SpeakerMemory, type Candidate } from './speaker-memory.js';
import { abbreviated, opensBodyName } from './speaker-names.js';
import { inTitle, opensSentence } from './speaker-titles.js';
import { ownsStatement, prepositionBefore } from '../descriptions/subject-words.js';
import type { ExtractedSpeaker } from '../types.js';
import { capitalisedRunEnd, isCapitalised, onlyBetween, type Word } from '../text/words.js';

/** Words that may stand between a subject and its speech verb ("Kyiv has repeatedly denied"). */
const MAX_AUXILIARIES = 2;

/**
 * The possible speakers among the words of one attribution clause: named entities, new names,
 * unnamed descriptions, and back-references resolved against the speakers so far and the people
 * the article introduced.
 */
export class Speakers {
  private readonly memory: SpeakerMemory;

  constructor(private readonly discourse: Discourse) {
    this.memory = new SpeakerMemory(discourse);
  }

  spoke(referent: Referent): void {
    this.memory.spoke(referent);
  }

  candidates(tokens: readonly Word[], at: number): Candidate[] {
    const { rules, mentions, text } = this.discourse.context;
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!;
      const located = locativeSpeaker(this.discourse.context, tokens, i);
      if (located) {
        const description = located.speaker.kind === 'anonymous' ? located.speaker.description : '';
        const referent = { speaker: located.speaker, role: null, roleWords: lowerWords(description), surname: null };
        found.push({ start: located.start, end: located.end, referent, rule: 'speaker: the body where it was said', score: 0.75 });
        i = located.last;
        continue;
      }
      const there = thereBody(this.discourse, tokens, i);
      if (there) {
        found.push({ start: word.start, end: word.end, referent: there, rule: 'speaker: "там" → the body named before', score: 0.7 });
        continue;
      }
      // A pronoun the linker left ambiguous ("Он" is also a place's name) is still a pronoun.
      const mention = rules.isPronoun(word.text) && !mentions.covering(word.start)?.entityKey ? undefined : mentions.covering(word.start);
      if (mention) {
        const first = i;
        while (i + 1 < tokens.length && tokens[i + 1]!.start < mention.end) i++;
        let v = i + 1;
        while (v <= i + MAX_AUXILIARIES && tokens[v] && rules.isAuxiliary(tokens[v]!.text)) v++;
        const next = tokens[v];
        const verbNext = next && rules.verb(next.text) && onlyBetween(text, mention.end, tokens[i + 1]!.start);
        // A country speaks only as the verb's subject ("Ukraine denies that …"), not after a preposition ("в Москве заявил");
        // an article is no preposition ("The United Arab Emirates said", but "Kondratyev of the Krasnodar region said").
        const afterPreposition = prepositionBefore(text, tokens, first);
        const subject = verbNext && !afterPreposition;
        // "Путин на совещании в Кремле поручил": a body after a preposition is where the person named before it spoke.
        const setting = mention.kind === 'ORGANIZATION' && afterPreposition && found.some((c) => !isOrganization(c.referent.speaker));
        if (mention.entityKey && (mention.kind !== 'PLACE' || subject) && !setting && !inTitle(this.discourse.context, tokens, i)) {
          const role = this.discourse.roleOf(mention);
          const referent = { speaker: entity(mention.entityKey), role, roleWords: lowerWords(role ?? ''), surname: null };
          found.push({ start: mention.start, end: mention.end, referent, rule: 'speaker: named', score: 0.9 });
        }
      } else if (rules.isPronoun(word.text) || ownsStatement(tokens, i)) {
        const candidate = this.memory.pronoun(word, at);
        if (candidate) found.push(candidate);
      } else if (
        (isRoleHead(rules.language, word) || bodyKind(word)) &&
        !modifiesHead(this.discourse.context, tokens, i) &&
        !opensBodyName(this.discourse.context, tokens, i)
      ) {
        const described = describedSpeaker(this.discourse, this.memory, tokens, i, at);
        if (described?.candidate) found.push(described.candidate);
        // The description's own words ("джерело в ОП") are not candidates of their own.
        if (described) i = described.last;
      } else if (isCapitalised(word) && !isStopWord(word) && !rules.isAuxiliary(word.text)) {
        // "Позднее Бочаров уточнил": an adverb opening the sentence is capitalised, and is no part of a name.
        const last = capitalisedRunEnd(text, tokens, i, (word) => mentions.covering(word.start) !== null);
        const candidate = this.named(tokens, i, last, at);
        if (candidate) found.push(candidate);
        i = last;
      }
    }
    return found;
  }

  /** Capitalised words no mention covers: a bare surname of an earlier speaker, or a new name after its title. */
  private named(tokens: readonly Word[], first: number, last: number, at: number): Candidate | null {
    const { rules, text } = this.discourse.context;
    let nameStart = first;
    // "Prosecutor General's Office": a name ending in a body's word is that body's, titles and all.
    const body = isOrganizationWord(tokens[last]!);
    for (let k = first; k <= last && !body; k++) if (isRoleHead(rules.language, tokens[k]!)) nameStart = k + 1;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const earlier = (word: Word) => {
      const surname = word.lower.replace(/['’]s$/u, '');
      return this.memory.previous(at, (r) => r.surname !== null && sameRoleWord(r.surname, surname));
    };
    // "Окремо Табурець закликав": a capitalised adverb opening the sentence is no part of the surname after it.
    const adverb = last === first + 1 && nameStart === first && opensSentence(this.discourse.layout, tokens[first]!);
    const after = adverb ? earlier(tokens[last]!) : null;
    if (after) return { start: tokens[last]!.start, end, referent: after, rule: 'speaker: surname → earlier mention', score: 0.85 };
    if (last === nameStart && nameStart === first) {
      const referent = earlier(tokens[first]!);
      if (referent) return { start, end, referent, rule: 'speaker: surname → earlier mention', score: 0.85 };
      return rules.language !== 'en' && /^\p{Lu}{2,}$/u.test(tokens[first]!.text) ? abbreviated(tokens[first]!) : null;
    }
    if (last - nameStart < 1) return null;
    nameStart = personalName(rules.language, tokens, nameStart, last);
    const name = { start: tokens[nameStart]!.start, end, text: text.slice(tokens[nameStart]!.start, end) };
    const context = this.discourse.context;
    // "Ostap Kovalenko, a battalion commander": an unknown name's apposition is its role, as a known one's is.
    const role =
      nameStart > first
        ? (titleBefore(context, tokens, nameStart) ?? text.slice(start, tokens[nameStart - 1]!.end))
        : (titleBefore(context, tokens, first) ?? appositionAfter(context, tokens, { ...name, entityKey: null, kind: 'PERSON' }, last + 1));
    const surname = tokens[last]!.lower;
    const referent = {
      speaker: {
        kind: 'new' as const,
        name,
        entityKind: tokens.slice(nameStart, last + 1).some(isOrganizationWord) ? ('ORGANIZATION' as const) : ('PERSON' as const),
      },
      role,
      roleWords: lowerWords(role ?? ''),
      surname,
    };
    return { start: name.start, end, referent, rule: 'speaker: new name', score: 0.8 };
  }
}

const entity = (entityKey: string): ExtractedSpeaker => ({ kind: 'entity', entityKey });
