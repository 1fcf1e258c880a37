import { Article } from '../articles/article.type.js';
import { Claim } from '../claims/claim.type.js';
import { Event } from '../events/event.type.js';
import { Mention } from '../mentions/mention.type.js';
import { Relation } from '../relations/relation.type.js';
import { Connection } from './relay.js';

/** The connection types of the API, declared once so every field returning one shares it. */
export const ArticleConnection = Connection(Article, 'Article');
export const ClaimConnection = Connection(Claim, 'Claim');
export const EventConnection = Connection(Event, 'Event');
export const MentionConnection = Connection(Mention, 'Mention');
export const RelationConnection = Connection(Relation, 'Relation');
