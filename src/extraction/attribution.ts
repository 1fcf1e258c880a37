import { findChannel, type FoundChannel } from './channels.js';
import { anonymous, lowerWords, type Discourse, type Referent } from './discourse.js';
import { phraseAt } from './phrases.js';
import { isDefinite, isRoleHead, isSourceHead, isStopWord, sameRoleWord } from './roles.js';
import type { ClaimFlag, ExtractedChannel, ExtractedSpeaker, TextSpan } from './types.js';
import { isCapitalised, onlyBetween, words, type Word } from './words.js';

/**
 * Who said a quote, in what role and through whom, read from its attribution clauses (between its
 * segments, after it, before it, the sentence before a colon). The speaker is the candidate nearest
 * the speech verb: a named entity, a new name, an unnamed description, or a back-reference (a
 * pronoun, a role noun, a surname) to an earlier speaker. Nothing found: no speaker, never a guess.
 */
export interface Clause extends Omit<TextSpan, 'text'> {
  where: string;
  /** The side the quote is on: the verb nearest it is the pivot. */
  quoteSide: 'start' | 'end';
  /** Partial quotes and reported speech take the sentence's subject without a speech verb. */
  needsVerb: boolean;
  score: number;
}

/** A claim before attribution: its words, and the clauses its speaker is looked for in (best first). */
export interface Utterance {
  segments: TextSpan[];
  flags: ClaimFlag[];
  clauses: Clause[];
  evidence: string[];
}

export interface Attribution {
  speaker: ExtractedSpeaker | null;
  role: string | null;
  via: ExtractedChannel | null;
  score: number;
  evidence: string[];
}

interface Candidate {
  start: number;
  end: number;
  referent: Omit<Referent, 'at'>;
  rule: string;
  score: number;
}

export class Attributor {
  /** Speakers of the claims attributed so far, in text order. */
  private readonly spoken: Referent[] = [];

  constructor(private readonly discourse: Discourse) {}

  attribute(clauses: readonly Clause[], at: number, exclude: readonly TextSpan[]): Attribution {
    const evidence: string[] = [];
    let via: FoundChannel | null = null;
    let chosen: Candidate | null = null;
    let clauseScore = 1;
    for (const clause of clauses) {
      const { text, rules, mentions } = this.discourse.context;
      const tokens = words(text, clause.start, clause.end).filter((w) => !exclude.some((s) => w.start >= s.start && w.start < s.end));
      const channel = findChannel(text, rules.language, tokens, mentions);
      via ??= channel;
      if (chosen) continue;
      const pivot = this.pivot(clause, tokens);
      if (pivot === null) continue;
      const free = channel ? tokens.filter((w) => w.start < channel.start || w.start >= channel.end) : tokens;
      chosen = nearest(this.candidates(free, at), pivot);
      if (chosen) clauseScore = clause.score;
      if (chosen) evidence.push(`${chosen.rule}, ${clause.where}`);
    }
    if (via) evidence.push(via.rule);
    if (!chosen)
      return { speaker: null, role: null, via: via?.channel ?? null, score: 0.5, evidence: [...evidence, 'speaker: none found'] };
    this.spoken.push({ ...chosen.referent, at });
    const speaker = chosen.referent.speaker;
    let channel = via?.channel ?? null;
    if (!channel && speaker.kind === 'entity') {
      channel = this.discourse.channelOf(speaker.entityKey, at);
      if (channel) evidence.push('via: stated earlier for the speaker');
    }
    return { speaker, role: chosen.referent.role, via: channel, score: round(chosen.score * clauseScore), evidence };
  }

  /** Offset of the speech verb nearest the quote, or of the clause's edge when no verb is needed. */
  private pivot(clause: Clause, tokens: readonly Word[]): number | null {
    const { rules, text } = this.discourse.context;
    const verbs = tokens.filter((w) => rules.verb(w.text));
    const verb = clause.quoteSide === 'start' ? verbs[0] : verbs.at(-1);
    if (verb) return verb.start;
    const colon = clause.quoteSide === 'end' && /:\s*$/u.test(text.slice(clause.start, clause.end));
    if (clause.needsVerb && !colon) return null;
    return clause.needsVerb ? clause.end : clause.start;
  }

  private candidates(tokens: readonly Word[], at: number): Candidate[] {
    const { rules, mentions, text } = this.discourse.context;
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!;
      const mention = mentions.covering(word.start);
      if (mention) {
        while (i + 1 < tokens.length && tokens[i + 1]!.start < mention.end) i++;
        const verbNext = tokens[i + 1] && rules.verb(tokens[i + 1]!.text);
        // A country speaks only as the verb's subject: "Ukraine denies that …".
        if (mention.entityKey && (mention.kind !== 'PLACE' || verbNext)) {
          const role = this.discourse.roleOf(mention);
          const referent = { speaker: entity(mention.entityKey), role, roleWords: lowerWords(role ?? ''), surname: null };
          found.push({ start: mention.start, end: mention.end, referent, rule: 'speaker: named', score: 0.9 });
        }
      } else if (rules.isPronoun(word.text)) {
        const referent = this.previous(at, () => true, true);
        if (referent) found.push({ ...span(word), referent, rule: 'speaker: pronoun → previous speaker', score: 0.7 });
      } else if (isRoleHead(rules.language, word)) {
        const candidate = this.described(tokens, i, at);
        if (candidate) found.push(candidate);
      } else if (isCapitalised(word) && !isStopWord(word)) {
        let last = i;
        while (
          tokens[last + 1] &&
          isCapitalised(tokens[last + 1]!) &&
          !mentions.covering(tokens[last + 1]!.start) &&
          onlyBetween(text, tokens[last]!.end, tokens[last + 1]!.start)
        )
          last++;
        const candidate = this.named(tokens, i, last, at);
        if (candidate) found.push(candidate);
        i = last;
      }
    }
    return found;
  }

  /** "a senior Russian diplomat", "sources present at the meeting"; "the official" refers back. */
  private described(tokens: readonly Word[], head: number, at: number): Candidate | null {
    const phrase = phraseAt(this.discourse.context, tokens, head);
    if (!phrase) return null;
    const start = tokens[phrase.first]!.start;
    const end = tokens[phrase.last]!.end;
    const headWord = tokens[head]!.lower;
    const unnamed =
      phrase.determiner === 'indefinite' ||
      isSourceHead(tokens[head]!) ||
      (/s$/u.test(headWord) && this.discourse.context.rules.language === 'en' && !phrase.determiner);
    if (!unnamed) {
      const referent = this.previous(at, (r) => r.roleWords.some((w) => sameRoleWord(w, headWord)), false);
      if (referent) return { start, end, referent, rule: 'speaker: role noun → previous speaker', score: 0.75 };
    }
    const description = isDefinite(tokens[phrase.first]!) || unnamed || phrase.first < head ? phrase.text : null;
    if (!description) return null;
    const referent = {
      speaker: anonymous(description, tokens.slice(phrase.first, phrase.last + 1)),
      role: null,
      roleWords: lowerWords(description),
      surname: null,
    };
    return { start, end, referent, rule: 'speaker: unnamed', score: 0.8 };
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
      const referent = this.previous(at, (r) => r.surname !== null && sameRoleWord(r.surname, surname), false);
      return referent ? { start, end, referent, rule: 'speaker: surname → earlier mention', score: 0.85 } : null;
    }
    if (last - nameStart < 1) return null;
    const name = { start: tokens[nameStart]!.start, end, text: text.slice(tokens[nameStart]!.start, end) };
    const role = nameStart > first ? text.slice(start, tokens[nameStart - 1]!.end) : null;
    const surname = tokens[last]!.lower;
    const referent = {
      speaker: { kind: 'new' as const, name, entityKind: 'PERSON' as const },
      role,
      roleWords: lowerWords(role ?? ''),
      surname,
    };
    return { start: name.start, end, referent, rule: 'speaker: new name', score: 0.8 };
  }

  /**
   * The most recent earlier speaker or introduced referent that `matches`; with `anySpeaker` (a
   * pronoun) the last speaker whatever its role, else the last person named.
   */
  private previous(at: number, matches: (r: Referent) => boolean, anySpeaker: boolean): Omit<Referent, 'at'> | null {
    if (anySpeaker) {
      const speaker = this.spoken.findLast((r) => r.at < at);
      return speaker ?? this.discourse.introduced.findLast((r) => r.at < at && r.surname !== null) ?? null;
    }
    const spoken = this.spoken.findLast((r) => r.at < at && matches(r));
    const introduced = this.discourse.introduced.findLast((r) => r.at < at && matches(r));
    if (spoken && introduced) return spoken.at >= introduced.at ? spoken : introduced;
    return spoken ?? introduced ?? null;
  }
}

function nearest(candidates: readonly Candidate[], pivot: number): Candidate | null {
  let best: Candidate | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = candidate.end <= pivot ? pivot - candidate.end : candidate.start - pivot + 1;
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

const entity = (entityKey: string): ExtractedSpeaker => ({ kind: 'entity', entityKey });
const span = (word: Word) => ({ start: word.start, end: word.end });
const round = (score: number) => Math.round(score * 100) / 100;
