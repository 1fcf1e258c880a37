import type { ResolvedTime } from '../graph/event-time.js';
import type { EventType } from '../graph/vocabulary.js';

/** Each type's noun, and the words that join its place and, with no place, its first party. */
const WORDING: Record<EventType, { noun: string; place: string; party: string }> = {
  CONTROL_CHANGE: { noun: 'Control change', place: 'in', party: 'involving' },
  VISIT: { noun: 'Visit', place: 'to', party: 'by' },
  BRIEFING: { noun: 'Briefing', place: 'in', party: 'of' },
  MEETING: { noun: 'Meeting', place: 'in', party: 'of' },
  STATEMENT: { noun: 'Statement', place: 'in', party: 'by' },
  ATTACK: { noun: 'Attack', place: 'on', party: 'by' },
  PROTEST: { noun: 'Protest', place: 'in', party: 'by' },
  OTHER: { noun: 'Event', place: 'in', party: 'involving' },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The time as a reader says it: "30 November 2025", "November 2025", "2025"; null when unknown. */
function spokenTime(time: ResolvedTime): string | null {
  const month = time.month ? MONTHS[time.month - 1]! : null;
  const parts = [time.day && month ? `${time.day} ${month}` : month, time.year].filter((part) => part !== null);
  return parts.length ? parts.join(' ') : null;
}

/**
 * A neutral label for an event nobody named: its type, where (or, placeless, with whom) and
 * when, e.g. "Control change in Pokrovsk, 1 December 2025", "Visit by Vladimir Putin". The
 * type's noun, never a source's framing word, so the label takes no side.
 */
export function eventLabel(type: EventType, time: ResolvedTime, place: string | null, party: string | null): string {
  const wording = WORDING[type];
  const where = place ? ` ${wording.place} ${place}` : party ? ` ${wording.party} ${party}` : '';
  const when = spokenTime(time);
  return `${wording.noun}${where}${when ? `, ${when}` : ''}`;
}
