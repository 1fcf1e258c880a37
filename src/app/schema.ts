import { isAbstractType, type GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker, type PubSub } from 'type-graphql';

import { ConnectionResolver, PathHopResolver } from '../analysis/connection.resolver.js';
import {
  ContentionPositionResolver,
  ContentionResolver,
  EntityContentionResolver,
  EventContentionResolver,
} from '../analysis/contention.resolver.js';
import { EntityFramingResolver, EventFramingResolver } from '../analysis/framing.resolver.js';
import { CorroborationResolver, EventAnalysisResolver, ReportSourceResolver } from '../analysis/corroboration.resolver.js';
import {
  CoMentionResolver,
  EntityAnalysisResolver,
  SpeakerGroupResolver,
  TimelineEntryResolver,
} from '../analysis/entity-analysis.resolver.js';
import { ArticleResolver } from '../articles/article.resolver.js';
import { ChangeResolver } from '../changes/change.resolver.js';
import { ArticleClaimsResolver, EntityClaimsResolver, EventClaimsResolver } from '../claims/claim-lists.resolver.js';
import { ClaimCorrectionResolver } from '../claims/claim-correction.resolver.js';
import { ClaimChannelResolver, ClaimResolver, SpeakerResolver } from '../claims/claim.resolver.js';
import { ENTITY_TYPES } from '../entities/entity.type.js';
import { EntityResolver } from '../entities/entity.resolver.js';
import { MergeResolver } from '../entities/merge.resolver.js';
import { UnauthenticatedError } from '../errors.js';
import { ArticleEventsResolver, EntityEventsResolver } from '../events/event-lists.resolver.js';
import { EventReportResolver, EventResolver, ParticipantResolver } from '../events/event.resolver.js';
import { IngestResolver } from '../ingest/ingest.resolver.js';
import { RelinkResolver } from '../ingest/relink.resolver.js';
import { ArticleMentionsResolver, EntityMentionsResolver } from '../mentions/mention-lists.resolver.js';
import { MentionReviewResolver } from '../mentions/mention-review.resolver.js';
import { MentionCandidateResolver, MentionResolver } from '../mentions/mention.resolver.js';
import { EntityRelationsResolver } from '../relations/relation-lists.resolver.js';
import { RelationResolver, RelationStatementResolver } from '../relations/relation.resolver.js';
import { EntityListResolver } from '../search/entity-list.resolver.js';
import { SearchResolver } from '../search/search.resolver.js';
import { TextSearchResolver } from '../search/text-search.resolver.js';
import type { Context } from '../graphql/context.js';
import { NodeResolver } from '../graphql/node.resolver.js';
import { typeOfRow } from '../graphql/relay.js';

/** Mutations are refused, with a clear code, unless the request carries the configured API key. */
const requireApiKey: AuthChecker<Context> = ({ context }) => {
  if (!context.authorized) {
    throw new UnauthenticatedError('This operation needs a valid API key in the x-api-key header.');
  }
  return true;
};

/**
 * type-graphql insists on a pub-sub once there is a subscription, even when each brings its own
 * `subscribe` (the `changed` one reads a ChangeSource, src/graph/change-source.ts): this one is never used.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('subscriptions read their own sources; there are no topics');
  },
  subscribe: () => {
    throw new Error('subscriptions read their own sources; there are no topics');
  },
};

/** type-graphql builds the root types itself and takes no description for them, so they get theirs here. */
const ROOT_DESCRIPTIONS = {
  query: 'Reading the graph: entities by id or name, articles, claims, events, and how entities are connected.',
  mutation:
    'Writing the graph: ingesting articles, merging duplicate entities, relinking articles, reviewing mentions and claims. Each needs the x-api-key header.',
  subscription: 'Following the graph as it changes, over graphql-ws on the API port; `changes` holds the same entries for catching up.',
};

export async function buildGraphSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      NodeResolver,
      EntityResolver,
      EntityMentionsResolver,
      EntityClaimsResolver,
      EntityEventsResolver,
      EntityRelationsResolver,
      SearchResolver,
      EntityListResolver,
      TextSearchResolver,
      ArticleResolver,
      ArticleMentionsResolver,
      ArticleClaimsResolver,
      EventClaimsResolver,
      ArticleEventsResolver,
      MentionResolver,
      MentionCandidateResolver,
      ClaimResolver,
      SpeakerResolver,
      ClaimChannelResolver,
      EventResolver,
      ParticipantResolver,
      EventReportResolver,
      RelationResolver,
      RelationStatementResolver,
      IngestResolver,
      EntityAnalysisResolver,
      TimelineEntryResolver,
      CoMentionResolver,
      SpeakerGroupResolver,
      EventAnalysisResolver,
      CorroborationResolver,
      ReportSourceResolver,
      ConnectionResolver,
      PathHopResolver,
      EventFramingResolver,
      EntityFramingResolver,
      EventContentionResolver,
      EntityContentionResolver,
      ContentionResolver,
      ContentionPositionResolver,
      MergeResolver,
      RelinkResolver,
      MentionReviewResolver,
      ClaimCorrectionResolver,
      ChangeResolver,
    ],
    orphanedTypes: Object.values(ENTITY_TYPES),
    authChecker: requireApiKey,
    pubSub: NO_TOPICS,
    validate: false,
  });
  schema.getQueryType()!.description = ROOT_DESCRIPTIONS.query;
  schema.getMutationType()!.description = ROOT_DESCRIPTIONS.mutation;
  schema.getSubscriptionType()!.description = ROOT_DESCRIPTIONS.subscription;
  resolveTypesSynchronously(schema);
  return schema;
}

/**
 * type-graphql wraps every resolveType in an async function, so graphql-js awaits a promise for
 * each abstract value (each entity, node, subject of a list): CPU for nothing, since every type
 * resolves from the row's label: every declaration names typeOfRow, put back here unwrapped.
 */
function resolveTypesSynchronously(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) if (isAbstractType(type)) type.resolveType = typeOfRow;
}
