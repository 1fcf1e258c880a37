import { ObjectType } from 'type-graphql';

/** What resolveMention and rejectMention return (its fields: MentionReviewResolver). */
@ObjectType({
  description:
    'What a review of a mention did: the HAND mention now at its span, the mentions it removed (to evict from a client cache) ' +
    'and the article, whose mentions may be read again in the same response.',
})
export class MentionReview {}
