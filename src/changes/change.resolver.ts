import { Args, Ctx, FieldResolver, Query, Resolver, Root, Subscription } from 'type-graphql';

import { CHANGE_NODE_KINDS, type RecordedChange } from '../graph/changes.js';
import { encodeCursor } from '../graph/page.js';
import type { StampsRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { toConnection } from '../graphql/relay.js';
import { Stamped } from '../graphql/stamped.js';
import { Change, ChangeConnection, ChangedArgs, ChangesArgs } from './change.type.js';

@Resolver(() => Change)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      'The change log, oldest first: what was added, updated, merged or retracted, in commit order. Resume from the last cursor seen (endCursor, or a Change.cursor from the subscription).',
  })
  async changes(@Args() args: ChangesArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.repositories.changes.after(args.after, args.first));
  }

  @Subscription(() => Change, {
    description:
      'Each change as its write commits, over graphql-ws on the API port. Entries missed while disconnected are in `changes(after:)`, from the last cursor received.',
    subscribe: ({ args, context }) => (context as Context).changes.subscribe((args as ChangedArgs).nodeKinds ?? null),
  })
  // The arguments are declared here, for the schema; `subscribe` above is what reads them.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  changed(@Root() change: RecordedChange, @Args() _args: ChangedArgs): RecordedChange {
    return change;
  }

  @FieldResolver(() => Stamped, { nullable: true })
  async node(@Root() change: RecordedChange, @Ctx() ctx: Context): Promise<StampsRow | null> {
    if (change.kind === 'RETRACTED') return null;
    // A merged entity's id loads as the entity it was merged into.
    return ctx.loaders.nodes[CHANGE_NODE_KINDS[change.nodeKind]].load(change.id);
  }

  @FieldResolver(() => String)
  cursor(@Root() change: RecordedChange): string {
    return encodeCursor([change.sequence]);
  }
}
