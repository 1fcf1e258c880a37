/** The shapes of the answers to queries.ts, as far as the explorer reads them. */

export interface EntityCard {
  __typename: 'Person' | 'Place' | 'Organization';
  id: string;
  name: string;
  description: string | null;
  country?: string | null;
  adminArea?: string | null;
}

export interface ArticleCard {
  id: string;
  title: string;
  publishedAt: string | null;
}

interface Offsets {
  start: number;
  end: number;
}

export interface EventCard {
  __typename: 'Event';
  id: string;
  type: string;
  /** A person's name for it, or the API's neutral one (Event.label). */
  label: string;
  time: { text: string | null; startsAt: string | null };
  place: EntityCard | null;
}

export interface EventFull extends EventCard {
  /** The larger event it took place during (a briefing during a visit). */
  during: EventCard | null;
  participants: { role: string; entity: EntityCard; articles: ArticleCard[] }[];
  reports: { framing: string | null; span: Offsets | null; article: ArticleCard }[];
}

export interface ClaimCard {
  id: string;
  quote: string;
  segments: Offsets[];
  speaker: { anonymous: boolean; description: string | null; entity: EntityCard | null };
  via: { description: string; entity: EntityCard | null } | null;
  article: ArticleCard;
  /** The event at which it was said (a closed-door meeting). */
  madeAt: EventCard | null;
  about: (EventCard | EntityCard)[];
}

export interface MentionCard extends Offsets {
  id: string;
  field: 'TEXT' | 'TITLE';
}

interface Connection<T> {
  edges: { node: T }[];
}

export interface SearchResult {
  searchEntities: { edges: { score: number; matchedName: { form: string; language: string }; node: EntityCard }[] };
}

export interface EntityNeighbourhood {
  node:
    | (EntityCard & {
        relations: Connection<{
          id: string;
          type: string;
          direction: 'IN' | 'OUT';
          role: string | null;
          other: EntityCard;
          articles: ArticleCard[];
        }>;
        events: Connection<EventFull>;
        claimsAbout: Connection<ClaimCard>;
        claimsBy: Connection<ClaimCard>;
        mentions: Connection<MentionCard & { article: ArticleCard }>;
        coMentions: { articles: number; entity: EntityCard; examples: ArticleCard[] }[];
      })
    | null;
}

export interface EventNeighbourhood {
  node: EventFull | null;
  claims: Connection<ClaimCard>;
}

export interface ClaimNeighbourhood {
  node: ClaimCard | null;
}

export interface ArticleNeighbourhood {
  node:
    | (ArticleCard & {
        mentions: Connection<MentionCard & { entity: EntityCard | null }>;
        claims: Connection<ClaimCard>;
        events: Connection<EventFull>;
      })
    | null;
}

export interface ArticleText {
  node: { id: string; title: string; text: string; outlet: string | null; publishedAt: string | null; url: string | null } | null;
}
