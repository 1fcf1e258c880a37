import { findChannel, isOccasion, type FoundChannel } from './channels.js';
import type { Discourse } from './discourse.js';
import { withoutRelativeClauses } from './phrases.js';
import type { Candidate } from './speaker-memory.js';
import { Speakers } from './speakers.js';
import type { ClaimFlag, ExtractedChannel, ExtractedSpeaker, TextSpan } from '../types.js';
import { words, type Word } from '../text/words.js';

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
  /** A clause that can only name the channel: ", according to Interfax" after reported speech. */
  viaOnly?: boolean;
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

export class Attributor {
  private readonly speakers: Speakers;
  /** The last claim's speaker and channel: a channel carries over to the same speaker's next claims. */
  private last: { speaker: string; via: ExtractedChannel | null } | null = null;

  constructor(private readonly discourse: Discourse) {
    this.speakers = new Speakers(discourse);
  }

  /** An outlet that relays what it reports ("…, сообщает ТАСС") is the channel, never the speaker: none is guessed. */
  attribute(clauses: readonly Clause[], at: number, exclude: readonly TextSpan[]): Attribution {
    const evidence: string[] = [];
    let via: FoundChannel | null = null;
    let chosen: Candidate | null = null;
    let clauseScore = 1;
    let occasion = false;
    for (const clause of clauses) {
      const { text, rules, mentions } = this.discourse.context;
      const tokens = words(text, clause.start, clause.end).filter((w) => !exclude.some((s) => w.start >= s.start && w.start < s.end));
      const channel = findChannel(text, rules.language, tokens, mentions);
      occasion ||= tokens.some(isOccasion);
      via ??= channel;
      if (chosen || clause.viaOnly) continue;
      const pivot = this.pivot(clause, tokens);
      if (pivot === null) continue;
      const free = beforeContent(
        channel ? tokens.filter((w) => w.start < channel.start || w.start >= channel.end) : tokens,
        pivot,
        rules.isComplementiser,
      );
      const kept = withoutRelativeClauses(this.discourse.context, free);
      const verb = tokens.find((w) => w.start === pivot && rules.verb(w.text));
      let candidates = this.speakers.candidates(kept, at);
      // "Главное из брифинга, который провел Игорь Конашенков:": with no speech verb, who gave the briefing spoke.
      if (candidates.length === 0 && !verb && kept.length < free.length) candidates = this.speakers.candidates(free, at);
      const outlets = candidates.filter((c) => this.isOutlet(c));
      chosen = nearest(outlets.length ? candidates.filter((c) => !outlets.includes(c)) : candidates, pivot);
      via ??= outletChannel(text, nearest(outlets, pivot), verb);
      if (chosen) clauseScore = clause.score;
      if (chosen) evidence.push(`${chosen.rule}, ${clause.where}`);
    }
    if (via) evidence.push(via.rule);
    if (!chosen) {
      this.last = null;
      return { speaker: null, role: null, via: via?.channel ?? null, score: 0.5, evidence: [...evidence, 'speaker: none found'] };
    }
    this.speakers.spoke({ ...chosen.referent, at });
    const speaker = chosen.referent.speaker;
    // "Позже на заседании штаба губернатор заявил": said on an occasion of its own, through no channel stated before.
    const channel = via?.channel ?? (occasion ? null : this.carriedChannel(speaker, at, evidence));
    this.last = { speaker: speakerKey(speaker), via: channel };
    return { speaker, role: chosen.referent.role, via: channel, score: round(chosen.score * clauseScore), evidence };
  }

  /** The channel of the same speaker's claim just before, or the one stated for them earlier in the paragraph. */
  private carriedChannel(speaker: ExtractedSpeaker, at: number, evidence: string[]): ExtractedChannel | null {
    if (this.last?.via && this.last.speaker === speakerKey(speaker)) {
      evidence.push('via: carried over from the same speaker’s claim before');
      return this.last.via;
    }
    const stated = speaker.kind === 'entity' ? this.discourse.channelOf(speaker.entityKey, at) : null;
    if (stated) evidence.push('via: stated earlier for the speaker');
    return stated;
  }

  private isOutlet(candidate: Candidate): boolean {
    const { speaker } = candidate.referent;
    return speaker.kind === 'entity' && this.discourse.isOutlet(speaker.entityKey);
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

/** "Ukrainska Pravda reported": an outlet that is the speech verb's subject is the channel, in its words from the name to the verb. */
function outletChannel(text: string, outlet: Candidate | null, verb: Word | undefined): FoundChannel | null {
  if (!outlet || outlet.referent.speaker.kind !== 'entity') return null;
  const start = Math.min(outlet.start, verb?.start ?? outlet.start);
  const end = Math.max(outlet.end, verb?.end ?? outlet.end);
  return {
    channel: { description: text.slice(start, end), entityKey: outlet.referent.speaker.entityKey },
    start,
    end,
    rule: 'via: the outlet as the subject',
  };
}

/** "X заявил, что жители «смогут вернуться»": the words after the verb's "что" are what was said, never who said it. */
function beforeContent(tokens: readonly Word[], pivot: number, isComplementiser: (word: string) => boolean): readonly Word[] {
  const content = tokens.find((w) => w.start > pivot && isComplementiser(w.text));
  return content ? tokens.filter((w) => w.start < content.start) : tokens;
}

const round = (score: number) => Math.round(score * 100) / 100;

function speakerKey(speaker: ExtractedSpeaker): string {
  if (speaker.kind === 'entity') return speaker.entityKey;
  if (speaker.kind === 'new') return `new:${speaker.name.text.toLowerCase()}`;
  return `anonymous:${speaker.description.toLowerCase()}`;
}
