import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { InputError } from '../errors.js';
import { decodeId, ENTITY_NODE_LABELS, toGlobalId } from '../graph/global-id.js';
import type { Context } from '../graphql/context.js';
import { lookUpId } from '../graphql/id-arguments.js';
import { NOTE_ARGUMENT, reviewNote } from '../graphql/review-note.js';
import { MentionReviewRepository, type ReviewedMention } from './mention-review.repository.js';
import { MentionReview } from './mention-review.type.js';
import { Mention } from './mention.type.js';

const AFTER =
  'Relinking, re-extracting and re-ingesting the article keep it while the span reads as it did. One transaction; needs the x-api-key header.';

@Resolver(() => MentionReview)
export class MentionReviewResolver {
  @Authorized()
  @Mutation(() => MentionReview, {
    description: `The mention's span refers to this entity: recorded as a HAND mention (source HAND, no score) in place of what stood there. ${AFTER}`,
  })
  async resolveMention(
    @Arg('mention', () => ID, { description: 'The mention to settle: linked, left unresolved, or annotated.' }) mention: string,
    @Arg('entity', () => ID, { description: 'The person, place or organization the span names.' }) entity: string,
    @Arg('note', () => String, NOTE_ARGUMENT) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReviewedMention> {
    const key = decodeId(mention, ['Mention'], 'mention').key;
    const review = reviewNote(ctx, note);
    const { node } = await lookUpId(ctx, entity, ENTITY_NODE_LABELS, 'entity');
    if (!node) throw new InputError('entity', 'no such entity');
    return new MentionReviewRepository(ctx.db).resolve(key, node.id, review);
  }

  @Authorized()
  @Mutation(() => MentionReview, {
    description: `The mention's span names nothing (to say it names another entity, resolve it): the mention goes, and no mention is linked over the span again. ${AFTER}`,
  })
  rejectMention(
    @Arg('mention', () => ID, { description: 'The mention to reject.' }) mention: string,
    @Arg('note', () => String, NOTE_ARGUMENT) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReviewedMention> {
    const key = decodeId(mention, ['Mention'], 'mention').key;
    return new MentionReviewRepository(ctx.db).reject(key, reviewNote(ctx, note));
  }

  @FieldResolver(() => Mention, { nullable: true, description: 'The HAND mention now at the span; null when it was rejected.' })
  mention(@Root() review: ReviewedMention, @Ctx() ctx: Context) {
    return review.mention ? ctx.loaders.nodes.Mention.load(review.mention) : null;
  }

  @FieldResolver(() => [ID], {
    description: 'The ids of the mentions the review removed, the one reviewed among them unless it kept its id.',
  })
  removed(@Root() review: ReviewedMention): string[] {
    return review.removed.map((key) => toGlobalId('Mention', key));
  }

  @FieldResolver(() => Article, { description: 'The article of the span.' })
  article(@Root() review: ReviewedMention, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.Article.load(review.articleId);
  }
}
