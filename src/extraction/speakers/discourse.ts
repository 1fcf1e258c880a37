import { findChannel } from './channels.js';
import type { Layout } from '../text/layout.js';
import { appositionAfter, modifiesHead, phraseAt, titleBefore, type PhraseContext } from './phrases.js';
import { personalName } from '../descriptions/person-names.js';
import { fitsBody, type BodyKind } from '../descriptions/body-kinds.js';
import { countryOf } from '../descriptions/demonyms.js';
import { isOrganizationWord, isStopWord } from '../descriptions/description-words.js';
import { isRoleHead, isSourceHead } from '../descriptions/role-heads.js';
import { sameRoleWord } from '../descriptions/role-match.js';
import type { ExtractedChannel, ExtractedSpeaker, KnownMention, TextSpan } from '../types.js';
import { capitalisedRunEnd, isCapitalised, words, type Word } from '../text/words.js';

/**
 * What the article says about who is who before anyone speaks: every named person or organization
 * with the role stated beside it, every unnamed speaker it introduces ("A Russian military official,
 * speaking on condition of anonymity, described …"), and the channel stated for a speaker
 * ("Stepanyan, speaking to TASS, emphasized …"). Back-references ("the official said") resolve to these.
 */
export interface Referent {
  at: number;
  speaker: ExtractedSpeaker;
  role: string | null;
  /** Lowercased words of the role or description, matched against a role noun ("the official"). */
  roleWords: string[];
  /** Lowercased last word of the name, matched against a bare surname ("Stepanyan said"). */
  surname: string | null;
}

interface StatedChannel {
  at: number;
  entityKey: string;
  channel: ExtractedChannel;
}

export class Discourse {
  readonly introduced: Referent[] = [];
  private readonly roles = new Map<string, string>();
  private readonly mentionRoles = new Map<KnownMention, string>();
  private readonly channels: StatedChannel[] = [];
  /** Outlets the article names: an outlet is never the body a body noun refers back to. */
  private readonly outlets = new Set<string>();
  /** The words of every organization's names in the article: "ведомство" refers back only to a ministry. */
  private readonly names = new Map<string, Word[]>();

  constructor(
    readonly context: PhraseContext,
    readonly layout: Layout,
    private readonly quoted: (offset: number) => boolean,
  ) {
    for (const sentence of layout.sentences) this.read(sentence);
  }

  /** The role stated beside this occurrence of a name, else anywhere before for the same entity. */
  roleOf(mention: KnownMention): string | null {
    return this.mentionRoles.get(mention) ?? (mention.entityKey ? (this.roles.get(mention.entityKey) ?? null) : null);
  }

  /** Whether the entity is an outlet the article names: a channel, never a speaker. */
  isOutlet(entityKey: string): boolean {
    return this.outlets.has(entityKey);
  }

  /** Whether a body noun of this kind ("the ministry", "в командуванні") at `at`, of the country if one is stated, may refer back to the referent. */
  isBodyOf(referent: Referent, kind: BodyKind, at: number, country: string | null = null): boolean {
    const { speaker } = referent;
    // A body the gazetteer lacks ("Prosecutor General's Office", a new name) is referred back to as a known one is.
    const name =
      speaker.kind === 'entity'
        ? this.names.get(speaker.entityKey)
        : speaker.kind === 'new' && speaker.entityKind === 'ORGANIZATION'
          ? words(this.context.text, speaker.name.start, speaker.name.end)
          : undefined;
    if (!name || (speaker.kind === 'entity' && this.isOutlet(speaker.entityKey)) || !fitsBody(kind, name, country)) return false;
    return kind.anywhere || this.layout.paragraphAt(at) - this.layout.paragraphAt(referent.at) <= 1;
  }

  /** The channel last stated for the entity earlier in the paragraph of `at`. */
  channelOf(entityKey: string, at: number): ExtractedChannel | null {
    for (let i = this.channels.length - 1; i >= 0; i--) {
      const stated = this.channels[i]!;
      if (stated.at < at && stated.entityKey === entityKey && this.layout.sameParagraph(stated.at, at)) return stated.channel;
    }
    return null;
  }

  private read(sentence: TextSpan): void {
    const { text, mentions, rules } = this.context;
    const tokens = words(text, sentence.start, sentence.end).filter((w) => !this.quoted(w.start));
    for (let i = 0; i < tokens.length; i++) {
      const mention = mentions.covering(tokens[i]!.start);
      if (mention) {
        i = this.readMention(tokens, i, mention);
      } else if (isRoleHead(rules.language, tokens[i]!) && !modifiesHead(this.context, tokens, i)) {
        const phrase = phraseAt(this.context, tokens, i);
        if (phrase && (phrase.determiner === 'indefinite' || isSourceHead(tokens[i]!))) this.introduce(tokens, phrase);
      } else if (isCapitalised(tokens[i]!) && !isStopWord(tokens[i]!)) {
        i = this.readNewName(tokens, i);
      }
    }
    const found = findChannel(text, rules.language, tokens, mentions);
    const speaker = found && mentions.within(sentence.start, found.start).findLast((m) => m.entityKey && m.kind !== 'PLACE');
    if (found && speaker) this.channels.push({ at: found.start, entityKey: speaker.entityKey!, channel: found.channel });
  }

  private readMention(tokens: readonly Word[], i: number, mention: KnownMention): number {
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < mention.end) last++;
    if (!mention.entityKey || mention.kind === 'PLACE') return last;
    if (mention.outlet) this.outlets.add(mention.entityKey);
    if (mention.kind === 'ORGANIZATION')
      this.names.set(mention.entityKey, [...(this.names.get(mention.entityKey) ?? []), ...tokens.slice(i, last + 1)]);
    const role =
      mention.kind === 'PERSON' ? (titleBefore(this.context, tokens, i) ?? appositionAfter(this.context, tokens, mention, last + 1)) : null;
    if (role) this.mentionRoles.set(mention, role);
    if (role && !this.roles.has(mention.entityKey)) this.roles.set(mention.entityKey, role);
    const knownRole = this.roleOf(mention);
    this.introduced.push({
      at: mention.start,
      speaker: { kind: 'entity', entityKey: mention.entityKey },
      role: knownRole,
      roleWords: lowerWords(knownRole ?? ''),
      surname: mention.kind === 'PERSON' ? (tokens[last]!.lower.replace(/['’]s$/u, '') ?? null) : null,
    });
    return last;
  }

  /**
   * A run of capitalised words the linker does not know, after a title, is a person the article
   * introduces ("Міський голова Кременчука Віталій Малецький назвав …"): "— сказав він" after it
   * means them, not the speaker before. Without a title the run may be anything (a sentence's
   * first word, a street), so it introduces no one; a lone word may be their surname again.
   */
  private readNewName(tokens: readonly Word[], first: number): number {
    const { text, mentions } = this.context;
    const last = capitalisedRunEnd(text, tokens, first, (word) => mentions.covering(word.start) !== null);
    const role = last > first && !tokens.slice(first, last + 1).some(isOrganizationWord) ? this.titledName(tokens, first, last) : null;
    if (role) {
      const nameStart = tokens[role.nameStart]!.start;
      const name = { start: nameStart, end: tokens[last]!.end, text: text.slice(nameStart, tokens[last]!.end) };
      const speaker = { kind: 'new' as const, name, entityKind: 'PERSON' as const };
      this.introduced.push({ at: nameStart, speaker, role: role.title, roleWords: lowerWords(role.title), surname: tokens[last]!.lower });
      return last;
    }
    // "Зранку Когут провів засідання": the bare surname of someone introduced so brings them back into the paragraph.
    const surname = tokens[last]!.lower;
    const earlier = this.introduced.findLast((r) => r.speaker.kind === 'new' && r.surname !== null && sameRoleWord(r.surname, surname));
    if (earlier) this.introduced.push({ ...earlier, at: tokens[last]!.start });
    return last;
  }

  /** The title before the person's name ending at word `last`, and the word the name begins at. */
  private titledName(tokens: readonly Word[], first: number, last: number): { title: string; nameStart: number } | null {
    const nameStart = personalName(this.context.rules.language, tokens, first, last);
    const title = titleBefore(this.context, tokens, nameStart);
    return title ? { title, nameStart } : null;
  }

  private introduce(tokens: readonly Word[], phrase: { first: number; last: number; text: string }): void {
    this.introduced.push({
      at: tokens[phrase.first]!.start,
      speaker: anonymous(phrase.text, tokens.slice(phrase.first, phrase.last + 1)),
      role: null,
      roleWords: lowerWords(phrase.text),
      surname: null,
    });
  }
}

export function anonymous(description: string, described: readonly Word[]): ExtractedSpeaker {
  return { kind: 'anonymous', description, country: countryOf(described) };
}

export function lowerWords(text: string): string[] {
  return words(text, 0, text.length).map((w) => w.lower);
}
