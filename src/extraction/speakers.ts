import { anonymous, lowerWords, type Discourse, type Referent } from './discourse.js';
import { appositionAfter, modifiesHead, phraseAt, titleBefore } from './phrases.js';
import {
  bodyKind,
  isDefinite,
  isOrganizationWord,
  isPersonRole,
  isPluralRole,
  isRoleHead,
  isSourceHead,
  isStopWord,
  sameRoleWord,
} from './roles.js';
import type { ExtractedSpeaker } from './types.js';
import { headsNamedBody, namedBody } from './body-heads.js';
import { personalName } from './person-names.js';
import { isOrganization, locativeSpeaker, thereBody } from './speaker-locative.js';
import { prepositionBefore } from './subject-words.js';
import { capitalisedRunEnd, isCapitalised, onlyBetween, type Word } from './words.js';

/**
 * The possible speakers among the words of one attribution clause: named entities, new names,
 * unnamed descriptions, and back-references resolved against the speakers so far and the people
 * the article introduced.
 */
export interface Candidate {
  start: number;
  end: number;
  referent: Omit<Referent, 'at'>;
  rule: string;
  score: number;
}

/** Words that may stand between a subject and its speech verb ("Kyiv has repeatedly denied"). */
const MAX_AUXILIARIES = 2;
/** Words a title may hold between an organization and the person it belongs to ("Kremlin spokesman Dmitry Peskov"). */
const MAX_TITLE_GAP = 3;

export class Speakers {
  /** Speakers of the claims attributed so far, in text order. */
  private readonly spoken: Referent[] = [];

  constructor(private readonly discourse: Discourse) {}

  spoke(referent: Referent): void {
    this.spoken.push(referent);
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
        if (mention.entityKey && (mention.kind !== 'PLACE' || subject) && !setting && !this.inTitle(tokens, i)) {
          const role = this.discourse.roleOf(mention);
          const referent = { speaker: entity(mention.entityKey), role, roleWords: lowerWords(role ?? ''), surname: null };
          found.push({ start: mention.start, end: mention.end, referent, rule: 'speaker: named', score: 0.9 });
        }
      } else if (rules.isPronoun(word.text)) {
        const candidate = this.pronoun(word, at);
        if (candidate) found.push(candidate);
      } else if (isRoleHead(rules.language, word) && !modifiesHead(this.discourse.context, tokens, i)) {
        const described = this.described(tokens, i, at);
        if (described?.candidate) found.push(described.candidate);
        // The description's own words ("джерело в ОП") are not candidates of their own.
        if (described) i = described.last;
      } else if (isCapitalised(word) && !isStopWord(word)) {
        const last = capitalisedRunEnd(text, tokens, i, (word) => mentions.covering(word.start) !== null);
        const candidate = this.named(tokens, i, last, at);
        if (candidate) found.push(candidate);
        i = last;
      }
    }
    return found;
  }

  /** "a senior Russian diplomat", "sources present at the meeting"; "the official" refers back. */
  private described(tokens: readonly Word[], head: number, at: number): { candidate: Candidate | null; last: number } | null {
    const phrase = phraseAt(this.discourse.context, tokens, head);
    if (!phrase) return null;
    // "Stepanyan, a military expert, said": the apposition describes the name before it.
    if (this.apposition(tokens, phrase.first)) return { candidate: null, last: phrase.last };
    // "военный эксперт, подполковник в отставке Андрей Марочко": a role before a comma and a titled name is that name's.
    if (this.titlesNameAfter(tokens, phrase.last)) return { candidate: null, last: phrase.last };
    const start = tokens[phrase.first]!.start;
    const end = tokens[phrase.last]!.end;
    const headWord = tokens[head]!.lower;
    const language = this.discourse.context.rules.language;
    const unnamed =
      phrase.determiner === 'indefinite' ||
      isSourceHead(tokens[head]!) ||
      (/s$/u.test(headWord) && language === 'en' && !phrase.determiner) ||
      // Russian and Ukrainian have no article: a modified role opening its sentence introduces someone ("Американський посадовець розповів").
      (language !== 'en' && phrase.first < head && this.opensSentence(tokens[phrase.first]!));
    // "глава городского округа" is no head of another body named before ("начальник Генштаба").
    const headed = namedBody(tokens.slice(phrase.first, phrase.last + 1), head - phrase.first);
    const heads = (r: Omit<Referent, 'at'>) => headsNamedBody(headed, r.roleWords);
    if (!unnamed) {
      const referent = this.previous(at, (r) => r.roleWords.some((w) => sameRoleWord(w, headWord)) && heads(r));
      if (referent)
        return { candidate: { start, end, referent, rule: 'speaker: role noun → previous speaker', score: 0.75 }, last: phrase.last };
      // No role stated for the last speaker: the role noun may well be theirs ("Peskov said … the spokesman added").
      // A person's role is no body's: "военный эксперт" after a ministry spoke is someone else.
      const person = isPersonRole(language, tokens[head]!);
      const unstated = this.spoken.findLast((r) => r.at < at && r.roleWords.length === 0 && !(person && isOrganization(r.speaker)));
      if (unstated) {
        const candidate = { start, end, referent: unstated, rule: 'speaker: role noun → previous speaker with no stated role', score: 0.6 };
        return { candidate, last: phrase.last };
      }
      // "the governor said" names someone already speaking in the paragraph, under a title the article did not state.
      // Russian and Ukrainian say it with the bare noun ("Губернатор сообщил"), which may as well introduce someone: it refers
      // back only to someone named, and a plural one ("Эксперты") is a group of its own.
      const definite = phrase.determiner === 'definite' && phrase.first === head - 1;
      const bare = language !== 'en' && phrase.first === head && !isPluralRole(tokens[head]!);
      const inParagraph = definite || bare ? this.speakingInParagraph(at) : null;
      const speaking = definite || (bare && inParagraph?.speaker.kind === 'entity') ? inParagraph : null;
      const referred = speaking ?? (definite || bare ? this.untitledPerson(at) : null);
      if (referred && heads(referred)) {
        const candidate = {
          start,
          end,
          referent: referred,
          rule: 'speaker: definite role noun → the paragraph’s last speaker',
          score: 0.6,
        };
        return { candidate, last: phrase.last };
      }
      const later = phrase.determiner === 'definite' ? this.titledLater(at, headWord) : null;
      if (later && heads(later))
        return {
          candidate: { start, end, referent: later, rule: 'speaker: definite role noun → the one titled so later', score: 0.6 },
          last: phrase.last,
        };
    }
    // "по данным ведомства", "the ministry said": a body named by its kind alone is the body that spoke before.
    const bare = phrase.last === head && (phrase.first === head || (phrase.first === head - 1 && phrase.determiner === 'definite'));
    const kind = bare ? bodyKind(tokens[head]!) : null;
    const body = kind ? this.previous(at, (r) => this.discourse.isBodyOf(r, kind, at)) : null;
    if (body)
      return {
        candidate: { start, end, referent: body, rule: 'speaker: body noun → previous organization', score: 0.7 },
        last: phrase.last,
      };
    const described = isDefinite(tokens[phrase.first]!) || unnamed || phrase.first < head || language !== 'en';
    const description = described ? phrase.text : null;
    if (!description) return null;
    const referent = {
      speaker: anonymous(description, tokens.slice(phrase.first, phrase.last + 1)),
      role: null,
      roleWords: lowerWords(description),
      surname: null,
    };
    return { candidate: { start, end, referent, rule: 'speaker: unnamed', score: 0.8 }, last: phrase.last };
  }

  /** Capitalised words no mention covers: a bare surname of an earlier speaker, or a new name after its title. */
  private named(tokens: readonly Word[], first: number, last: number, at: number): Candidate | null {
    const { rules, text } = this.discourse.context;
    let nameStart = first;
    for (let k = first; k <= last; k++) if (isRoleHead(rules.language, tokens[k]!)) nameStart = k + 1;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    if (last === nameStart && nameStart === first) {
      const surname = tokens[first]!.lower.replace(/['’]s$/u, '');
      const referent = this.previous(at, (r) => r.surname !== null && sameRoleWord(r.surname, surname));
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

  /** He, она, вони: the last speaker, unless a person named since in this paragraph is nearer. */
  private pronoun(word: Word, at: number): Candidate | null {
    const speaker = this.spoken.findLast((r) => r.at < at);
    const person = this.discourse.introduced.findLast((r) => r.at < at && r.surname !== null);
    const span = { start: word.start, end: word.end };
    const layout = this.discourse.layout;
    if (person && (!speaker || (person.at > speaker.at && !layout.sameParagraph(speaker.at, at) && layout.sameParagraph(person.at, at)))) {
      return { ...span, referent: person, rule: 'speaker: pronoun → person named before', score: 0.7 };
    }
    return speaker ? { ...span, referent: speaker, rule: 'speaker: pronoun → previous speaker', score: 0.7 } : null;
  }

  /**
   * The person named last, in this paragraph or the one before, with no title stated: "Gladkov
   * inspected the site. … The governor said …" gives the title of someone already introduced.
   */
  private untitledPerson(at: number): Referent | null {
    const person = this.discourse.introduced.findLast((r) => r.at < at && r.surname !== null);
    const layout = this.discourse.layout;
    return person && person.roleWords.length === 0 && layout.paragraphAt(at) - layout.paragraphAt(person.at) <= 1 ? person : null;
  }

  private speakingInParagraph(at: number): Referent | null {
    const last = this.spoken.findLast((r) => r.at < at);
    return last && this.discourse.layout.sameParagraph(last.at, at) ? last : null;
  }

  /** The most recent earlier speaker or introduced referent that `matches`. */
  private previous(at: number, matches: (r: Referent) => boolean): Omit<Referent, 'at'> | null {
    const spoken = this.spoken.findLast((r) => r.at < at && matches(r));
    const introduced = this.discourse.introduced.findLast((r) => r.at < at && matches(r));
    if (spoken && introduced) return spoken.at >= introduced.at ? spoken : introduced;
    return spoken ?? introduced ?? null;
  }

  /**
   * "…, the governor of Russia's Leningrad region said" opening a report that later names "Governor
   * Alexander Drozdenko": a definite title no one before holds is the one person the article titles so after it.
   */
  private titledLater(at: number, head: string): Omit<Referent, 'at'> | null {
    const titled = this.discourse.introduced.filter(
      (r) => r.at > at && r.speaker.kind === 'entity' && r.roleWords.some((w) => sameRoleWord(w, head)),
    );
    const keys = new Set(titled.map((r) => (r.speaker.kind === 'entity' ? r.speaker.entityKey : '')));
    return keys.size === 1 ? titled[0]! : null;
  }

  /** Whether the organization mention ending at word `last` belongs to a person's title that follows. */
  private inTitle(tokens: readonly Word[], last: number): boolean {
    const { mentions } = this.discourse.context;
    if (mentions.covering(tokens[last]!.start)?.kind !== 'ORGANIZATION') return false;
    for (let k = last + 1; k <= last + 1 + MAX_TITLE_GAP && k < tokens.length; k++) {
      if (!onlyBetween(this.discourse.context.text, tokens[k - 1]!.end, tokens[k]!.start, '»”"')) return false;
      const next = mentions.covering(tokens[k]!.start);
      // A name the linker left ambiguous is still a person's name after a title.
      if (next && (next.kind === 'PERSON' || next.kind === null)) return true;
      if (next || isStopWord(tokens[k]!) || this.discourse.context.rules.verb(tokens[k]!.text)) return false;
      // A name the linker does not know: two capitalised words ("речник ОСУВ «Таврія» Дмитро Лиховій").
      if (
        isCapitalised(tokens[k]!) &&
        tokens[k + 1] &&
        isCapitalised(tokens[k + 1]!) &&
        !this.discourse.context.mentions.covering(tokens[k + 1]!.start)
      )
        return true;
    }
    return false;
  }

  /** Whether a comma after word `last` leads, through more title words and no verb, to a person's name. */
  private titlesNameAfter(tokens: readonly Word[], last: number): boolean {
    const { text, rules, mentions } = this.discourse.context;
    if (!tokens[last + 1] || !/^\s*,\s*$/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) return false;
    for (let k = last + 1; k <= last + MAX_TITLE_WORDS && k < tokens.length; k++) {
      if (k > last + 1 && !onlyBetween(text, tokens[k - 1]!.end, tokens[k]!.start)) return false;
      const mention = mentions.covering(tokens[k]!.start);
      if (mention) return mention.kind === 'PERSON';
      if (rules.verb(tokens[k]!.text)) return false;
      const next = tokens[k + 1];
      if (isCapitalised(tokens[k]!) && next && isCapitalised(next) && !mentions.covering(next.start)) return true;
    }
    return false;
  }

  private opensSentence(word: Word): boolean {
    const { layout } = this.discourse;
    return onlyBetween(layout.text, layout.sentences[layout.sentenceAt(word.start)]!.start, word.start);
  }

  /** Whether the words from `first` follow a person's name and a comma. */
  private apposition(tokens: readonly Word[], first: number): boolean {
    const { mentions, text, rules } = this.discourse.context;
    // "Yevgeny Balitsky, installed by Moscow as governor of …, said": a participle may lead the apposition in.
    for (let k = first - 1; k >= 0 && first - k <= MAX_APPOSITION_LEAD + 1; k--) {
      const mention = mentions.covering(tokens[k]!.start);
      if (mention?.kind !== 'PERSON') continue;
      const gap = text.slice(mention.end, tokens[first]!.start);
      const lead = tokens.slice(k + 1, first).filter((w) => w.start >= mention.end);
      return /^\s*,[^,;:]*$/u.test(gap) && !lead.some((w) => rules.verb(w.text));
    }
    return false;
  }
}

/** Words of a second title between a role's comma and the name: "подполковник в отставке". */
const MAX_TITLE_WORDS = 5;

/** Words before a role noun in a name's apposition: "Balitsky, installed by Moscow as governor". */
const MAX_APPOSITION_LEAD = 5;

const entity = (entityKey: string): ExtractedSpeaker => ({ kind: 'entity', entityKey });

/** "В МЧС сообщили", "У ДСНС повідомили": an abbreviation the linker does not know names a new organization. */
function abbreviated(word: Word): Candidate {
  const name = { start: word.start, end: word.end, text: word.text };
  const referent = {
    speaker: { kind: 'new' as const, name, entityKind: 'ORGANIZATION' as const },
    role: null,
    roleWords: [],
    surname: null,
  };
  return { start: word.start, end: word.end, referent, rule: 'speaker: new abbreviation', score: 0.7 };
}
