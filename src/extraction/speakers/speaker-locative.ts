import type { Discourse, Referent } from './discourse.js';
import type { PhraseContext } from './phrases.js';
import { bodyKind, bodyQualifiers } from '../descriptions/body-kinds.js';
import type { ExtractedSpeaker, KnownMention } from '../types.js';
import { isCapitalised, onlyBetween, type Word } from '../text/words.js';

/**
 * "…, повідомили в Укренерго", "сообщили в исполнительном комитете автономии", "повідомили у
 * Варшаві": Russian and Ukrainian name a body that speaks by where it speaks, after an impersonal
 * plural speech verb and "в"/"у". A name the linker does not know is a new organization; a place
 * or a body described in lower case is an unnamed speaker, as the text writes it. A known
 * organization there is found as any named speaker is.
 */
const LOCATIVES: ReadonlySet<string> = new Set(['в', 'во', 'у']);
/** Words an unnamed body may run to: "исполнительном комитете автономии в Комрате". */
const MAX_BODY_WORDS = 6;

export interface LocativeSpeaker {
  speaker: ExtractedSpeaker;
  start: number;
  end: number;
  /** Index of the phrase's last word. */
  last: number;
}

const isNamedBody = (mention: KnownMention | null): boolean => Boolean(mention?.entityKey) && mention?.kind !== 'PLACE';

export function locativeSpeaker(context: PhraseContext, tokens: readonly Word[], i: number): LocativeSpeaker | null {
  const { rules, text, mentions } = context;
  const [verb, preposition, first] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (rules.language === 'en' || !verb || !preposition || !first || !LOCATIVES.has(preposition.lower)) return null;
  if (!rules.verb(verb.text) || !/ли$/u.test(verb.lower) || !onlyBetween(text, verb.end, preposition.start)) return null;
  if (!onlyBetween(text, preposition.end, first.start)) return null;
  const mention = mentions.covering(first.start);
  if (isNamedBody(mention)) return null;
  let last = i + 1;
  const goesOn = (k: number) => tokens[k] && onlyBetween(text, tokens[k - 1]!.end, tokens[k]!.start) && k - i <= MAX_BODY_WORDS;
  if (mention) {
    while (goesOn(last + 1) && tokens[last + 1]!.start < mention.end) last++;
  } else if (isCapitalised(first)) {
    while (goesOn(last + 1) && isCapitalised(tokens[last + 1]!) && !mentions.covering(tokens[last + 1]!.start)) last++;
    const name = { start: first.start, end: tokens[last]!.end, text: text.slice(first.start, tokens[last]!.end) };
    return { speaker: { kind: 'new', name, entityKind: 'ORGANIZATION' }, start: name.start, end: name.end, last };
  } else {
    // "уточнили в командуванні", "наголосили у військовому відомстві": a body named by its kind alone, its country
    // or trade before it, refers back to one named before (the speakers' rule).
    let kindAt = last;
    while (goesOn(kindAt + 1) && !bodyKind(tokens[kindAt]!) && bodyQualifiers([tokens[kindAt]!])) kindAt++;
    if (bodyKind(tokens[kindAt]!) && !goesOn(kindAt + 1)) return null;
    while (goesOn(last + 1)) last++;
    // "сообщили в среду в Минобороны России": the words after "в" said when, and the body named after them is the speaker.
    if (tokens.slice(i + 1, last + 1).some((w) => isNamedBody(mentions.covering(w.start)))) return null;
  }
  const [start, end] = [preposition.start, tokens[last]!.end];
  const description = mention ? text.slice(start, end) : text.slice(first.start, end);
  return { speaker: { kind: 'anonymous', description, country: null }, start, end, last };
}

/** "В Генштабе ВСУ эти сведения опровергли. Там заявили, что …": "там" before an impersonal plural verb is the body the sentence before names. */
const THERE: ReadonlySet<string> = new Set(['там']);

/** The organization named last in the sentence before word `i`'s, when word `i` is "там" before a "-ли" speech verb. */
export function thereBody(discourse: Discourse, tokens: readonly Word[], i: number): Referent | null {
  const { rules, text } = discourse.context;
  const [there, verb] = [tokens[i], tokens[i + 1]];
  if (rules.language === 'en' || !there || !verb || !THERE.has(there.lower)) return null;
  if (!rules.verb(verb.text) || !/ли$/u.test(verb.lower) || !onlyBetween(text, there.end, verb.start)) return null;
  const { layout } = discourse;
  const sentence = layout.sentenceAt(there.start);
  const body = discourse.introduced.findLast((r) => r.at < there.start && isOrganization(r.speaker));
  return body && layout.sentenceAt(body.at) === sentence - 1 && layout.sameParagraph(body.at, there.start) ? body : null;
}

/** Entity keys name their kind first (seeds/gazetteer, src/graph): "org:ministry-of-defence-ru". */
export const isOrganization = (speaker: ExtractedSpeaker): boolean =>
  speaker.kind === 'entity' ? speaker.entityKey.startsWith('org:') : speaker.kind === 'new' && speaker.entityKind === 'ORGANIZATION';
