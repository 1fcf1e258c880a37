/** A Date scalar's value (midnight UTC of the day given) as the YYYY-MM-DD the Cypher compares. */
export const isoDay = (date: Date | null | undefined): string | null => (date ? date.toISOString().slice(0, 10) : null);
