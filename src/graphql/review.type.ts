import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

import type { ReviewRow } from '../graph/rows.js';

/** The metadata review-note.ts stores on what a review mutation writes, as a client reads it. */
@ObjectType({ description: "A reviewer's word on a mention or claim (resolveMention, correctClaim): when, why, and in which request." })
export class Review implements ReviewRow {
  @Field(() => DateTimeResolver, { description: 'When the review was committed.' })
  reviewedAt!: number;

  @Field(() => String, { nullable: true, description: "The reviewer's note, as given to the mutation; null when none." })
  note!: string | null;

  @Field(() => String, { description: "The review request's id (its x-request-id, or one generated), which its log line carries too." })
  requestId!: string;
}
