import type { Utterance } from '../speakers/attribution.js';
import { closedBefore, closing, pointingBack } from './indirect-closing.js';
import { namedColon } from './indirect-named.js';
import { parenthetical } from './indirect-parenthetical.js';
import { content, objectContent } from './indirect-content.js';
import { followOn } from './indirect-follow-on.js';
import { clause, DENIAL, ownSubjectAt, reported, sourcePhraseAt, type Sentence } from './indirect-parts.js';
import { afterAddressee, nameOnly, pastAdverbial, pastReports } from './indirect-verb.js';
import type { Layout } from '../text/layout.js';
import type { MentionIndex } from '../text/mention-index.js';
import { relativeClauseEnd } from '../speakers/phrases.js';
import { isCountedTerm } from '../quotes/quote-terms.js';
import type { SpeechRules } from '../speech/speech-verbs.js';
import type { TextSpan } from '../types.js';
import { words, type Word } from '../text/words.js';

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
const MAX_ADVERBIAL_TO_THAT = 10;

export function reportedUtterances(
  layout: Layout,
  rules: SpeechRules,
  mentions: MentionIndex,
  quoted: readonly Omit<TextSpan, 'text'>[],
): Utterance[] {
  const found: Utterance[] = [];
  // The sentence before, while it holds no reported speech of its own: "Про це повідомив X" may point back to it.
  let before: Sentence | null = null;
  // The last reported speech of the sentence before, in the same paragraph: a casualty count after it goes on with it.
  let report: Utterance | null = null;
  for (const span of layout.sentences) {
    const quotes = quoted.filter((q) => q.start < span.end && q.end > span.start);
    const sentence = { text: layout.text, span, tokens: words(layout.text, span.start, span.end), rules, mentions, quotes };
    const back: Utterance | null = before && layout.sameParagraph(before.span.start, span.start) ? pointingBack(sentence, before) : null;
    const utterance: Utterance | null =
      quotes.length > 0
        ? outsideQuotes(sentence)
        : (back ??
          opening(sentence) ??
          namedColon(sentence) ??
          withVerb(sentence) ??
          closing(sentence) ??
          parenthetical(sentence) ??
          followOn(sentence, report && layout.sameParagraph(report.segments[0]!.start, span.start) ? report : null));
    const first =
      utterance && quotes.length === 0 && utterance.evidence[0]?.startsWith('indirect: X') ? closedBefore(sentence, utterance) : null;
    if (utterance) found.push(...(first ? [first] : []), utterance, ...secondVerbs(sentence, utterance));
    before = utterance || quotes.length > 0 ? null : sentence;
    report = utterance && quotes.length === 0 ? found.at(-1)! : null;
  }
  return found;
}

/**
 * "X said that …" beside a quote, cut before a gerund or a conjunction that leads into it (", calling
 * the reports "…"", ", і назвав заяву «…»", "and accused Warsaw of "hysteria""); English "X said …"
 * without "that" too, when such a cut leaves the quote out. Content that runs into a quote and cannot
 * be cut is the partial quote's; a verb after that quote may still report more ("заявила, що … «…», і
 * заперечила, що …").
 */
function outsideQuotes(sentence: Sentence): Utterance | null {
  const { tokens, quotes, rules } = sentence;
  // A verb past the quote has the sentence's subject, before its first verb, not words of the quote.
  const subjectEnd = tokens.find((w) => rules.verb(w.text) && !quotes.some((q) => w.start >= q.start && w.start < q.end))?.start;
  for (let from = 0; from >= 0 && from < tokens.length;) {
    const that = withVerb(sentence, true, from, from > 0 ? subjectEnd : undefined);
    const utterance = that ?? (rules.language === 'en' ? withVerb(sentence, false, from) : null);
    const segment = utterance?.segments[0];
    if (!utterance || !segment) return null;
    const inside = quotes.find((q) => q.start < segment.end && q.end > segment.start);
    // A bare "said …" after a quote is its attribution going on ("…," he told the BBC.), never content.
    if (!inside) return that ?? (quotes.every((q) => q.start >= segment.end) ? utterance : null);
    if (that && quotes.every((q) => q.end <= segment.start || q.start >= segment.end || isCountedTerm(sentence.text, q, segment.end)))
      return that;
    const cut = cutBeforeQuote(sentence, segment.start, inside.start, !that);
    if (cut) return { ...utterance, segments: cut.segments };
    from = tokens.findIndex((w) => w.start >= inside.end);
  }
  return null;
}

/**
 * Content from `start` cut before the last gerund or conjunction leading into a quote at `quote`, or null.
 * `bare` ("said the drones …" without "that"): only a conjunction, as "said X, calling it "…"" names what
 * the speaker said in the quote alone.
 */
function cutBeforeQuote({ text, tokens, rules }: Sentence, start: number, quote: number, bare: boolean): Utterance | null {
  const afterComma = (w: Word) => /,\s*$/u.test(text.slice(start, w.start));
  const lead = tokens.findLast(
    (w, k) =>
      w.start > start &&
      w.end <= quote &&
      ((!bare && afterComma(w) && isGerund(rules, w)) ||
        (rules.isConjunction(w.text) && (afterComma(w) || rules.verb(tokens[k + 1]?.text ?? '') !== null))),
  );
  if (!lead) return null;
  const comma = text.lastIndexOf(',', lead.start);
  const end = comma > start && /^,\s*$/u.test(text.slice(comma, lead.start)) ? comma : lead.start;
  return reported(text, start, end, [], '');
}

/** A gerund that goes on from what was said: "calling", "adding", "назвав", "отметив", "додавши". */
function isGerund(rules: SpeechRules, word: Word): boolean {
  if (rules.language === 'en') return /\p{L}{3,}ing$/u.test(word.lower);
  return /(в|вши|вшись)$/u.test(word.lower) && (rules.verb(word.text) !== null || GERUNDS.has(word.lower));
}

/** Gerunds of verbs that name what was said, not said themselves ("назвав атаки «террористическими»"). */
const GERUNDS = new Set(['назвав', 'назвавши', 'охарактеризовав', 'обвинив', 'обвинувативши', 'пообіцявши', 'пообещав']);

/**
 * "According to X, …": the speaker in the phrase or between it and the first comma past a relative clause
 * ("за словами волонтерів, які …, …"); the phrase may also open the sentence's second half after a colon
 * ("Начальник ОВА не погоджується: за словами Чауса, …").
 */
function opening({ text, span, tokens, rules, mentions }: Sentence): Utterance | null {
  const colon = tokens.findIndex((w, k) => k > 0 && text.slice(tokens[k - 1]!.end, w.start).includes(':'));
  // "У Повітряних силах це заперечили: за їхніми даними, …" is "X said: …", whose speaker is before the colon.
  const spokenBefore = tokens.slice(0, Math.max(colon, 0)).some((w) => rules.verb(w.text));
  const at = sourcePhraseAt(rules, tokens, 0) ? 0 : spokenBefore ? -1 : colon;
  const phrase = at >= 0 ? sourcePhraseAt(rules, tokens, at) : undefined;
  if (!phrase) return null;
  const from = tokens[at]!.start;
  let comma = text.indexOf(',', tokens[at + phrase.split(' ').length - 1]!.end);
  const next = tokens.findIndex((w) => w.start > comma);
  const relative = next > 0 ? relativeClauseEnd({ text, rules, mentions }, tokens, next) : null;
  if (relative !== null) comma = text.indexOf(',', tokens[relative]!.end);
  if (comma < 0 || comma >= span.end) return null;
  return reported(text, comma + 1, span.end, [clause(from, comma, 'after the source phrase', 'start')], `indirect: ${phrase} X, …`);
}

/**
 * "обвинила ВСУ в ударах … и призвала МККК …": each speech verb after the content of the one
 * before is a claim of its own, with the speaker of the sentence's first ("Захарова").
 */
function secondVerbs(sentence: Sentence, first: Utterance): Utterance[] {
  if (sentence.quotes.length > 0 || !(first.evidence[0]?.startsWith('indirect: X') || first.evidence[0] === DENIAL)) return [];
  const found: Utterance[] = [];
  const subjectEnd = first.segments[0]!.start;
  for (let last = first; ;) {
    const end = last.segments.at(-1)!.end;
    const next = sentence.tokens.findIndex((w) => w.start >= end);
    const more = next < 0 ? null : withVerb(sentence, false, next, subjectEnd);
    if (!more) return found;
    found.push(more);
    last = more;
  }
}

/** "X said (that) …", "X заявил, что …", "X сообщил об …", "Минобороны опровергло …"; beside a quote, only with "that". */
function withVerb(sentence: Sentence, thatOnly = false, first = 0, subjectEnd?: number): Utterance | null {
  const { text, tokens, rules } = sentence;
  for (let v = first; v < tokens.length; v++) {
    const verb = rules.verb(tokens[v]!.text);
    if (!verb || sentence.quotes.some((q) => tokens[v]!.start >= q.start && tokens[v]!.start < q.end)) continue;
    // A second verb's speaker is the sentence's subject, before the first verb's content, unless its clause has its own.
    const own = subjectEnd !== undefined && tokens.some((w, k) => w.start >= subjectEnd && k < v && ownSubjectAt(sentence, k) === v);
    const subject = own ? undefined : subjectEnd;
    const speakerEnd = (at: number) => subject ?? at;
    // A request's content is no claim (speech-table.ts); a promise's and an accusation's is.
    if ((verb.promise || verb.accusation) && !thatOnly && !inRelativeClause(sentence, v)) {
      const promised = objectContent(sentence, v, subject);
      if (promised) return promised;
    }
    if (!verb.indirect) continue;
    // "said in a video on his YouTube channel that …": an adverbial opening with a preposition may run longer, up to no comma.
    const adverbial = NOT_CONTENT.has(tokens[v + 1]?.lower ?? '');
    // "denied, speaking to the RIA news agency, that …": one phrase set off by commas after the verb, then the content.
    const between = (k: number) => text.slice(tokens[v]!.end, tokens[k]!.start);
    const reaches = (k: number) =>
      k <= v + MAX_VERB_TO_THAT ||
      (k <= v + MAX_ADVERBIAL_TO_THAT && ((adverbial && !/[,;:]/u.test(between(k))) || /^\s*,[^,;:]+,\s*$/u.test(between(k))));
    const that = tokens.findIndex(
      (w, k) =>
        k > v &&
        reaches(k) &&
        rules.isComplementiser(w.text) &&
        (rules.language === 'en' || /,\s*$/u.test(text.slice(tokens[k - 1]!.end, w.start))),
    );
    if (that >= 0)
      return content(sentence, tokens[that]!.end, speakerEnd(tokens[that]!.start), verb.denial ? DENIAL : 'indirect: X said that …');
    if (thatOnly) continue;
    const next = pastAdverbial(sentence, afterAddressee(sentence, v + 1));
    const word = tokens[next];
    if (!word) continue;
    // "Губернатор уточнил: пострадавших нет."
    if (/^\s*:\s*$/u.test(text.slice(tokens[next - 1]!.end, word.start)))
      return content(sentence, word.start, speakerEnd(word.start), 'indirect: X said: …');
    // "сообщило об освобождении …": what was spoken of is the phrase after the preposition, up to a clause
    // of the reporter's own (", однак українські військові це спростовують"); a list's commas stay inside.
    if (rules.isTopic(word.text) && tokens[next + 1] && !verb.thatOnly) {
      const connective = tokens.find(
        (w, k) => k > next && rules.isConnective(w.text) && /,\s*$/u.test(text.slice(tokens[k - 1]!.end, w.start)),
      );
      const end = connective ? text.lastIndexOf(',', connective.start) : sentence.span.end;
      return content(sentence, tokens[next + 1]!.start, speakerEnd(word.start), 'indirect: X spoke of …', end);
    }
    // "…, said Ivan Petrenko, …" is an attribution after what was said, not "said" before it.
    const inverted = v > 0 && /,\s*$/u.test(text.slice(tokens[v - 1]!.end, tokens[v]!.start)) && nameOnly(sentence, next);
    // "…, the IAEA said, the eleventh such blackout": after a comma comes the reporter's apposition, not what was said.
    const apposition = text.slice(tokens[next - 1]!.end, word.start).includes(',');
    // "said about 1,100 children were still living there": "about" before a number is "some", not the topic.
    const approximate = word.lower === 'about' && /^\d/u.test(tokens[next + 1]?.text ?? '');
    const bare = !inverted && !apposition && !verb.thatOnly && (approximate || !NOT_CONTENT.has(word.lower)) && !rules.verb(word.text);
    // "опровергли сообщения украинских каналов о полной остановке завода": what is denied is what the reports said.
    if (verb.denial) return content(sentence, tokens[pastReports(sentence, next)]!.start, speakerEnd(word.start), DENIAL);
    if (rules.language === 'en' && bare) return content(sentence, word.start, speakerEnd(word.start), 'indirect: X said …');
  }
  return null;
}

/** Words a relative clause may have before its verb: ", who had asked not to be named,". */
const MAX_RELATIVE_TO_VERB = 3;

/** "A lawyer, who asked not to be named, told …": the verb tells of the subject, in a relative clause set off by commas. */
function inRelativeClause({ text, tokens, rules, mentions }: Sentence, v: number): boolean {
  const from = Math.max(v - MAX_RELATIVE_TO_VERB, 0);
  return tokens.slice(from, v).some((_, i) => (relativeClauseEnd({ text, rules, mentions }, tokens, from + i) ?? -1) >= v);
}
