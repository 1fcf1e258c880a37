import type { Clause, Utterance } from './attribution.js';
import type { Layout } from './layout.js';
import type { MentionIndex } from './mention-index.js';
import { relativeClauseEnd } from './phrases.js';
import type { SpeechRules } from './speech-verbs.js';
import type { ClaimFlag, TextSpan } from './types.js';
import { words, type Word } from './words.js';

/**
 * Reported speech without quote marks, for the verbs news uses most: "According to X, …",
 * "По словам X, …", "Як заявив X, …" opening a sentence; "X said (that) …", "X заявил, что …",
 * "X сообщил об …"; "…, повідомив X." closing it. The segment is the reported content; a channel
 * closing it (", according to Interfax") is read as the channel, not as content. In a sentence
 * holding a quote only "X said that …" is read, and only when what was said lies outside the quote
 * ("…," the governor said, adding that …): reported content running into quote marks is a partial quote.
 */

/** Words after "said" that do not open what was said ("said on Thursday", "said, and …"). */
const NOT_CONTENT = new Set(
  'on in at to after during before of with by from for as about and but or while when if so nothing much earlier later again also then yesterday today recently repeatedly'.split(
    ' ',
  ),
);
const MAX_VERB_TO_THAT = 6;
/** A wire dateline opening the first sentence: "KYIV, March 3 (Test Wire) – ". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]{2,30},[^–—()]{0,40}\([^()]{1,40}\)\s*[–—-]\s*/u;
const MAX_TAIL_WORDS = 10;
/** Commas from a sentence's end an attribution between two of them may sit after. */
const MAX_CLOSING_COMMAS = 2;

interface Sentence {
  text: string;
  span: TextSpan;
  tokens: Word[];
  rules: SpeechRules;
  mentions: MentionIndex;
  /** The quotes in the sentence (marks included), in text order. */
  quotes: readonly Omit<TextSpan, 'text'>[];
}

export function reportedUtterances(
  layout: Layout,
  rules: SpeechRules,
  mentions: MentionIndex,
  quoted: readonly Omit<TextSpan, 'text'>[],
): Utterance[] {
  const found: Utterance[] = [];
  // The sentence before, while it holds no reported speech of its own: "Про це повідомив X" may point back to it.
  let before: Sentence | null = null;
  for (const span of layout.sentences) {
    const quotes = quoted.filter((q) => q.start < span.end && q.end > span.start);
    const sentence = { text: layout.text, span, tokens: words(layout.text, span.start, span.end), rules, mentions, quotes };
    const back: Utterance | null = before && layout.sameParagraph(before.span.start, span.start) ? pointingBack(sentence, before) : null;
    const utterance: Utterance | null =
      quotes.length > 0 ? outsideQuotes(sentence) : (back ?? opening(sentence) ?? withVerb(sentence) ?? closing(sentence));
    if (utterance) found.push(utterance);
    before = utterance || quotes.length > 0 ? null : sentence;
  }
  return found;
}

/** "Про це повідомив начальник ОВА Сергій Лисак.": what was said is the sentence before, after its dateline. */
function pointingBack(sentence: Sentence, before: Sentence): Utterance | null {
  const { text, span, tokens, rules } = sentence;
  const phrase = startsWith(rules.backPhrases, tokens, 0);
  if (!phrase) return null;
  const verb = tokens.slice(phrase.split(' ').length).find((w) => rules.verb(w.text)?.indirect);
  if (!verb) return null;
  const end = before.span.start + text.slice(before.span.start, before.span.end).replace(/[.!?…\s]+$/u, '').length;
  return reported(
    text,
    datelineEnd(text, before.span),
    end,
    [clause(span.start, span.end, 'in the sentence after', 'start')],
    `indirect: ${phrase} X said`,
  );
}

/** "X said that …" beside a quote, cut before a gerund that leads into it (", calling the reports "…""). */
function outsideQuotes(sentence: Sentence): Utterance | null {
  const utterance = withVerb(sentence, true);
  const segment = utterance?.segments[0];
  if (!utterance || !segment) return null;
  const inside = sentence.quotes.find((q) => q.start < segment.end && q.end > segment.start);
  if (!inside) return utterance;
  const { text, tokens, rules } = sentence;
  const gerund = tokens.findLast(
    (w) => w.start > segment.start && w.end <= inside.start && /,\s*$/u.test(text.slice(segment.start, w.start)) && isGerund(rules, w),
  );
  if (!gerund) return null;
  const cut = reported(text, segment.start, text.lastIndexOf(',', gerund.start), [], '');
  return cut && { ...utterance, segments: cut.segments };
}

/** A gerund that goes on from what was said: "calling", "adding", "назвав", "отметив", "додавши". */
function isGerund(rules: SpeechRules, word: Word): boolean {
  if (rules.language === 'en') return /\p{L}{3,}ing$/u.test(word.lower);
  return /(в|вши|вшись)$/u.test(word.lower) && (rules.verb(word.text) !== null || GERUNDS.has(word.lower));
}

/** Gerunds of verbs that name what was said, not said themselves ("назвав атаки «террористическими»"). */
const GERUNDS = new Set(['назвав', 'назвавши', 'охарактеризовав', 'обвинив', 'обвинувативши', 'пообіцявши', 'пообещав']);

/** "According to X, …": the speaker in the phrase or between it and the first comma past a relative clause ("за словами волонтерів, які …, …"). */
function opening({ text, span, tokens, rules, mentions }: Sentence): Utterance | null {
  const phrase = sourcePhraseAt(rules, tokens, 0);
  if (!phrase) return null;
  let comma = text.indexOf(',', tokens[phrase.split(' ').length - 1]!.end);
  const next = tokens.findIndex((w) => w.start > comma);
  const relative = next > 0 ? relativeClauseEnd({ text, rules, mentions }, tokens, next) : null;
  if (relative !== null) comma = text.indexOf(',', tokens[relative]!.end);
  if (comma < 0 || comma >= span.end) return null;
  return reported(text, comma + 1, span.end, [clause(span.start, comma, 'after the source phrase', 'start')], `indirect: ${phrase} X, …`);
}

/** The rule of a denial's content: its claim is flagged DENIAL too. */
const DENIAL = 'indirect: denial';

/** "X said (that) …", "X заявил, что …", "X сообщил об …", "Минобороны опровергло …"; beside a quote, only with "that". */
function withVerb(sentence: Sentence, thatOnly = false): Utterance | null {
  const { text, tokens, rules } = sentence;
  for (let v = 0; v < tokens.length; v++) {
    const verb = rules.verb(tokens[v]!.text);
    if (!verb?.indirect || sentence.quotes.some((q) => tokens[v]!.start >= q.start && tokens[v]!.start < q.end)) continue;
    const that = tokens.findIndex(
      (w, k) =>
        k > v &&
        k <= v + MAX_VERB_TO_THAT &&
        rules.isComplementiser(w.text) &&
        (rules.language === 'en' || /,\s*$/u.test(text.slice(tokens[k - 1]!.end, w.start))),
    );
    if (that >= 0) return content(sentence, tokens[that]!.end, tokens[that]!.start, verb.denial ? DENIAL : 'indirect: X said that …');
    if (thatOnly) continue;
    const next = afterAddressee(sentence, v + 1);
    const word = tokens[next];
    if (!word) continue;
    // "сообщило об освобождении …": what was spoken of is the phrase after the preposition, up to a clause
    // of the reporter's own (", однак українські військові це спростовують"); a list's commas stay inside.
    if (rules.isTopic(word.text) && tokens[next + 1]) {
      const connective = tokens.find(
        (w, k) => k > next && rules.isConnective(w.text) && /,\s*$/u.test(text.slice(tokens[k - 1]!.end, w.start)),
      );
      const end = connective ? text.lastIndexOf(',', connective.start) : sentence.span.end;
      return content(sentence, tokens[next + 1]!.start, word.start, 'indirect: X spoke of …', end);
    }
    if (verb.denial || (rules.language === 'en' && !verb.thatOnly && !NOT_CONTENT.has(word.lower) && !rules.verb(word.text))) {
      return content(sentence, word.start, word.start, verb.denial ? DENIAL : 'indirect: X said …');
    }
  }
  return null;
}

/**
 * "…, повідомив начальник ОВА Олег Синєгубов.", "…, local officials said.": the speaker after the last
 * comma, or between two commas when a clause of the reporter's own follows ("…, the General Staff said,
 * as fighting spread …"); one joined by "and" goes on with what was said ("…, Filashkin said, and …").
 */
function closing({ text, span, tokens, rules }: Sentence): Utterance | null {
  let end = span.end;
  for (let tries = 0; tries < MAX_CLOSING_COMMAS; tries++) {
    const comma = text.lastIndexOf(',', end - 1);
    if (comma <= span.start) return null;
    const tail = tokens.filter((w) => w.start > comma && w.start < end);
    const after = tokens.find((w) => w.start > end);
    if (end === span.end || (after && rules.isConnective(after.text))) {
      const attribution = attributionTail(tail, rules);
      if (attribution) {
        const said = reported(
          text,
          datelineEnd(text, { start: span.start, end: comma }),
          comma,
          [clause(comma + 1, end, 'after the content', 'start')],
          'indirect: …, X said',
        );
        const more = after && rules.isConjunction(after.text) ? reported(text, after.end, span.end, [], '') : null;
        return said && more ? { ...said, segments: [...said.segments, ...more.segments] } : said;
      }
    }
    end = comma;
  }
  return null;
}

/** Whether the words after a comma attribute what came before: "local officials said", "according to Interfax". */
function attributionTail(tail: readonly Word[], rules: SpeechRules): boolean {
  if (tail.length === 0 || tail.length > MAX_TAIL_WORDS || tail.some((w) => rules.isComplementiser(w.text))) return false;
  return sourcePhraseAt(rules, tail, 0) !== undefined || tail.some((w) => rules.verb(w.text)?.indirect);
}

/** The content from `from` to the sentence's end, without a closing ", according to …" that names the channel. */
function content(
  { text, span, tokens, rules, quotes }: Sentence,
  from: number,
  speakerEnd: number,
  rule: string,
  to = span.end,
): Utterance | null {
  // The speaker is looked for after a quote before the verb first ("…," the governor said, adding that …), then before it.
  const quoteBefore = quotes.findLast((q) => q.end <= speakerEnd);
  const speakers = [clause(span.start, speakerEnd, 'before the verb', 'end')];
  if (quoteBefore) speakers.unshift(clause(quoteBefore.end, speakerEnd, 'between a quote and the verb', 'end'));
  for (let k = tokens.length - 1; k >= 0 && tokens.length - k <= MAX_TAIL_WORDS; k--) {
    const comma = text.lastIndexOf(',', tokens[k]!.start);
    if (tokens[k]!.start < from || comma < from || !/^,\s*$/u.test(text.slice(comma, tokens[k]!.start))) continue;
    if (!sourcePhraseAt(rules, tokens, k)) continue;
    const channel: Clause = { ...clause(comma + 1, span.end, 'after the content', 'start'), viaOnly: true };
    return reported(text, from, Math.min(comma, to), [...speakers, channel], rule);
  }
  return reported(text, from, to, speakers, rule);
}

/** Past the one a speaker told ("told reporters", "сообщил ТАСС"), to where what was said begins. */
function afterAddressee({ tokens, rules, mentions }: Sentence, k: number): number {
  const word = tokens[k];
  if (!word) return k;
  if (rules.isAddressee(word.text)) return k + 1;
  const mention = mentions.covering(word.start);
  if (mention?.kind !== 'ORGANIZATION') return k;
  let next = k;
  while (tokens[next] && tokens[next]!.start < mention.end) next++;
  return next;
}

/** Where a sentence's content begins, past a wire dateline opening it. */
function datelineEnd(text: string, span: Omit<TextSpan, 'text'>): number {
  return span.start + (DATELINE.exec(text.slice(span.start, span.end))?.[0].length ?? 0);
}

/** "according to", "по словам", or "как" / "як" before a speech verb ("как передает", "як заявив"), at word `at`. */
function sourcePhraseAt(rules: SpeechRules, tokens: readonly Word[], at: number): string | undefined {
  const [as, verb] = [tokens[at], tokens[at + 1]];
  if (as && verb && rules.isAsWord(as.text) && rules.verb(verb.text)?.indirect) return `${as.lower} ${verb.lower}`;
  return startsWith(rules.sourcePhrases, tokens, at);
}

function startsWith(phrases: readonly string[], tokens: readonly Word[], at: number): string | undefined {
  return phrases.find((p) => p.split(' ').every((w, k) => tokens[at + k]?.lower === w));
}

function reported(text: string, from: number, to: number, clauses: Clause[], rule: string): Utterance | null {
  let start = from;
  let end = to;
  while (start < end && /[\s,:—–-]/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (words(text, start, end).length < 2) return null;
  const flags: ClaimFlag[] = rule === DENIAL ? ['INDIRECT', 'DENIAL'] : ['INDIRECT'];
  return { segments: [{ start, end, text: text.slice(start, end) }], flags, clauses, evidence: [rule] };
}

function clause(start: number, end: number, where: string, quoteSide: Clause['quoteSide']): Clause {
  return { start, end, where, quoteSide, needsVerb: false, score: 0.9 };
}
