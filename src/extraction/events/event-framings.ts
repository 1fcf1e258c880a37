import { PLACE_ANAPHORS } from './event-cues.js';
import { wordsBetween, type Sentence } from './event-sentence.js';
import { tellsNoHappening } from './framing-habits.js';
import { namesFacility, takesNoPlace } from './framing-uses.js';
import { framingAt, normalize, type FramingMatch } from '../framings/framings.js';

/** Framing words of a sentence, longest first at each word, none inside a name ("Liberation Army") and none telling of no happening. */
export function framingsOf(s: Sentence): FramingMatch[] {
  const found: FramingMatch[] = [];
  for (let i = 0; i < s.ws.length; i++) {
    const match = framingAt(s.text, s.ws, i, s.language);
    if (match === null) continue;
    const [start, end] = [s.ws[match.first]!.start, s.ws[match.last]!.end];
    if (
      !s.mentions.some((m) => m.start < end && m.end > start) &&
      !fallOfNoPlace(s, match) &&
      !takesNoPlace(s, match) &&
      !namesFacility(s, match) &&
      !tellsNoHappening(s, match)
    )
      found.push(match);
    i = match.last;
  }
  return found;
}

/**
 * "Debris fell on the outskirts of Kurchatov": a word that takes its place as subject, with no
 * place or town word just before it, is no framing, and leaves its words to the framing before it.
 */
function fallOfNoPlace(s: Sentence, match: FramingMatch): boolean {
  if (match.group.placeBefore !== true) return false;
  const start = s.ws[match.first]!.start;
  const subject = s.mentions.some((m) => m.kind === 'PLACE' && m.end <= start && wordsBetween(s, m.end, start) <= 2);
  const anaphor = s.ws.slice(Math.max(0, match.first - 3), match.first).some((w) => PLACE_ANAPHORS[s.language].has(normalize(w.lower)));
  return !subject && !anaphor;
}
