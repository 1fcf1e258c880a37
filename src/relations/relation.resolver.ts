import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { Entity } from '../entities/entity.type.js';
import { toGlobalId } from '../graph/global-id.js';
import { relationKey } from '../graph/relation-key.js';
import type { RelationRow } from '../graph/rows.js';
import { parseSource, type ParsedSource } from '../graph/sources.js';
import type { Context } from '../graphql/context.js';
import { loadExisting } from '../graphql/loaders.js';
import { Relation, RelationStatement } from './relation.type.js';

/** One source's statement of a relation, with the role it gives ('' when none is stored as null). */
type StatementRow = ParsedSource & { role: string | null };

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => ID, {
    description: 'Names the entity it is seen from (seen from the other end it has another id); node(id) fetches this view again.',
  })
  id(@Root() relation: RelationRow): string {
    return toGlobalId('Relation', relationKey(relation));
  }

  @FieldResolver(() => Entity, { description: 'The entity at the other end.' })
  other(@Root() relation: RelationRow, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.Entity.load(relation.otherKey);
  }

  @FieldResolver(() => [Article], { description: 'Articles that state it; empty for reference (gazetteer) facts.' })
  articles(@Root() relation: RelationRow, @Ctx() ctx: Context) {
    return loadExisting(ctx.loaders.nodes.Article, relation.articleIds);
  }

  @FieldResolver(() => [RelationStatement], { description: 'Who says so: every source that states it, with the role each gives.' })
  statements(@Root() relation: RelationRow): StatementRow[] {
    return (relation.sources ?? []).map((source, i) => ({ ...parseSource(source), role: relation.roles[i] || null }));
  }
}

@Resolver(() => RelationStatement)
export class RelationStatementResolver {
  @FieldResolver(() => Article, { nullable: true, description: 'The article that states it; null for a gazetteer file.' })
  article(@Root() statement: StatementRow, @Ctx() ctx: Context) {
    return statement.articleId ? ctx.loaders.nodes.Article.load(statement.articleId) : null;
  }
}
