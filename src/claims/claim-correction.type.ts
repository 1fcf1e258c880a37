import { ObjectType } from 'type-graphql';

/** What correctClaim returns (its fields: ClaimCorrectionResolver). */
@ObjectType({
  description:
    'What a correction did: the claim as corrected, the claims it removed (to evict from a client cache) ' +
    'and the article, whose claims may be read again in the same response.',
})
export class ClaimCorrection {}
