import type { Discourse, Referent } from './discourse.js';
import { sameRoleWord } from '../descriptions/role-match.js';
import { isOrganization } from './speaker-locative.js';
import type { Word } from '../text/words.js';

/** A speaker candidate found at `start`–`end` of an attribution clause, with the rule that found it. */
export interface Candidate {
  start: number;
  end: number;
  referent: Omit<Referent, 'at'>;
  rule: string;
  score: number;
}

/**
 * The speakers of the claims attributed so far, in text order, and the ways a later attribution
 * refers back to one of them or to someone the article introduced.
 */
export class SpeakerMemory {
  private readonly spoken: Referent[] = [];

  constructor(private readonly discourse: Discourse) {}

  spoke(referent: Referent): void {
    this.spoken.push(referent);
  }

  /** The last speaker before `at` with no role stated that `fits`. */
  lastUnstated(at: number, fits: (r: Referent) => boolean): Referent | null {
    return this.spoken.findLast((r) => r.at < at && r.roleWords.length === 0 && fits(r)) ?? null;
  }

  /**
   * He, она, вони: the last speaker, unless a person named since in this paragraph is nearer. "He"
   * and "she" are never a body: after a body spoke, they are the person named since, in this
   * paragraph or the one before ("Zelensky thanked Moldova. [¶] "…," he said").
   */
  pronoun(word: Word, at: number): Candidate | null {
    const speaker = this.spoken.findLast((r) => r.at < at);
    const person = this.discourse.introduced.findLast((r) => r.at < at && r.surname !== null);
    const span = { start: word.start, end: word.end };
    const layout = this.discourse.layout;
    const near =
      person &&
      (layout.sameParagraph(person.at, at) ||
        (personal(word) && bodySpoke(speaker) && layout.paragraphAt(at) - layout.paragraphAt(person.at) === 1));
    if (person && (!speaker || (person.at > speaker.at && !layout.sameParagraph(speaker.at, at) && near))) {
      return { ...span, referent: person, rule: 'speaker: pronoun → person named before', score: 0.7 };
    }
    return speaker ? { ...span, referent: speaker, rule: 'speaker: pronoun → previous speaker', score: 0.7 } : null;
  }

  /**
   * The person named last, in this paragraph or the one before, with no title stated: "Gladkov
   * inspected the site. … The governor said …" gives the title of someone already introduced.
   */
  untitledPerson(at: number): Referent | null {
    const person = this.discourse.introduced.findLast((r) => r.at < at && r.surname !== null);
    const layout = this.discourse.layout;
    return person && person.roleWords.length === 0 && layout.paragraphAt(at) - layout.paragraphAt(person.at) <= 1 ? person : null;
  }

  /** The last speaker, if a person who spoke in this paragraph or the one before. */
  lastPerson(at: number): Referent | null {
    const last = this.spoken.findLast((r) => r.at < at);
    const layout = this.discourse.layout;
    if (!last || layout.paragraphAt(at) - layout.paragraphAt(last.at) > 1) return null;
    const { speaker } = last;
    const person =
      speaker.kind === 'entity' ? speaker.entityKey.startsWith('person:') : speaker.kind === 'new' && speaker.entityKind === 'PERSON';
    return person ? last : null;
  }

  speakingInParagraph(at: number): Referent | null {
    const last = this.spoken.findLast((r) => r.at < at);
    return last && this.discourse.layout.sameParagraph(last.at, at) ? last : null;
  }

  /** The most recent earlier speaker or introduced referent that `matches`. */
  previous(at: number, matches: (r: Referent) => boolean): Omit<Referent, 'at'> | null {
    const spoken = this.spoken.findLast((r) => r.at < at && matches(r));
    const introduced = this.discourse.introduced.findLast((r) => r.at < at && matches(r));
    if (spoken && introduced) return spoken.at >= introduced.at ? spoken : introduced;
    return spoken ?? introduced ?? null;
  }

  /**
   * "…, the governor of Russia's Leningrad region said" opening a report that later names "Governor
   * Alexander Drozdenko": a definite title no one before holds is the one person the article titles so after it.
   */
  titledLater(at: number, head: string): Omit<Referent, 'at'> | null {
    const titled = this.discourse.introduced.filter(
      (r) => r.at > at && r.speaker.kind === 'entity' && r.roleWords.some((w) => sameRoleWord(w, head)),
    );
    const keys = new Set(titled.map((r) => (r.speaker.kind === 'entity' ? r.speaker.entityKey : '')));
    return keys.size === 1 ? titled[0]! : null;
  }
}

/** Pronouns for one person, never for a body: "he", "она", "його". */
const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'он', 'она', 'его', 'ее', 'её', 'він', 'вона', 'його', 'її']);
const personal = (word: Word): boolean => PERSONAL.has(word.lower);
const bodySpoke = (speaker: Referent | undefined): boolean => speaker !== undefined && isOrganization(speaker.speaker);
