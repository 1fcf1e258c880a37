import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { InputError } from '../errors.js';
import { decodeId, ENTITY_NODE_LABELS, toGlobalId, type NodeLabel } from '../graph/global-id.js';
import type { Context } from '../graphql/context.js';
import { lookUpId } from '../graphql/id-arguments.js';
import { NOTE_ARGUMENT, reviewNote } from '../graphql/review-note.js';
import { checkCorrection, type CorrectionKeys } from './claim-correction.js';
import { ClaimCorrectionInput } from './claim-correction.input.js';
import { ClaimCorrectionRepository, type CorrectedClaim } from './claim-correction.repository.js';
import { ClaimCorrection } from './claim-correction.type.js';
import { Claim } from './claim.type.js';

/** Who can speak, or pass a claim on: not a place. */
const SPEAKER_LABELS: readonly NodeLabel[] = ['Person', 'Organization'];

/** The key of an existing entity an id of `labels` names (the entity it was merged into, if so); null when not given. */
async function entityKey(ctx: Context, id: string | null | undefined, labels: readonly NodeLabel[], field: string): Promise<string | null> {
  if (id === null || id === undefined) return null;
  const { node } = await lookUpId(ctx, id, labels, field);
  if (!node) throw new InputError(field, 'no such entity');
  return node.id;
}

@Resolver(() => ClaimCorrection)
export class ClaimCorrectionResolver {
  @Authorized()
  @Mutation(() => ClaimCorrection, {
    description:
      'Sets a claim right: its speaker, channel, quote segments or flags, or that it is no claim. Recorded as a HAND claim ' +
      '(or a rejection) in place of the one corrected, which re-extraction does not bring back; relinking, re-extracting and ' +
      're-ingesting the article keep it while its segments read as they did. One transaction; needs the x-api-key header.',
  })
  async correctClaim(
    @Arg('claim', () => ID, { description: 'The claim to correct: extracted, annotated, or corrected before.' }) claim: string,
    @Arg('correction', () => ClaimCorrectionInput, { description: 'What to set right; the rest stays.' }) correction: ClaimCorrectionInput,
    @Arg('note', () => String, NOTE_ARGUMENT) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<CorrectedClaim> {
    const key = decodeId(claim, ['Claim'], 'claim').key;
    checkCorrection(correction);
    const review = reviewNote(ctx, note);
    const [speaker, affiliation, via] = await Promise.all([
      entityKey(ctx, correction.speaker, SPEAKER_LABELS, 'correction.speaker'),
      entityKey(ctx, correction.affiliation, ENTITY_NODE_LABELS, 'correction.affiliation'),
      entityKey(ctx, correction.via?.entity, SPEAKER_LABELS, 'correction.via.entity'),
    ]);
    const keys: CorrectionKeys = { speaker, affiliation, via };
    return new ClaimCorrectionRepository(ctx.db).correct(key, correction, keys, review);
  }

  @FieldResolver(() => Claim, { nullable: true, description: 'The claim as corrected; null when it was marked no claim.' })
  claim(@Root() correction: CorrectedClaim, @Ctx() ctx: Context) {
    return correction.claim ? ctx.loaders.nodes.Claim.load(correction.claim) : null;
  }

  @FieldResolver(() => [ID], {
    description: 'The ids of the claims the correction removed, the one corrected among them unless it kept its id.',
  })
  removed(@Root() correction: CorrectedClaim): string[] {
    return correction.removed.map((key) => toGlobalId('Claim', key));
  }

  @FieldResolver(() => Article, { description: 'The article of the claim.' })
  article(@Root() correction: CorrectedClaim, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.Article.load(correction.articleId);
  }
}
