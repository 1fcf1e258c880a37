import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { Entity } from '../entities/entity.type.js';
import { Event } from '../events/event.type.js';
import type { EventRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { loadExisting } from '../graphql/loaders.js';
import type { ReportSourceRow } from './analysis.repository.js';
import { Corroboration, ReportSource } from './analysis.type.js';

/** Distinct outlets; articles without an outlet each count as one of their own. */
const outletsOf = (reports: ReportSourceRow[]): Set<string> => new Set(reports.map((r) => r.outlet ?? `article:${r.articleId}`));
const onlyRepeats = (report: ReportSourceRow): boolean => report.claims > 0 && report.direct === 0;

@Resolver(() => Event)
export class EventAnalysisResolver {
  @FieldResolver(() => Corroboration, { description: 'How many outlets report it, and whether some only repeat another source.' })
  async corroboration(@Root() event: EventRow, @Ctx() ctx: Context): Promise<ReportSourceRow[]> {
    return ctx.loaders.corroboration.load(event.id);
  }
}

@Resolver(() => Corroboration)
export class CorroborationResolver {
  @FieldResolver(() => Int)
  outlets(@Root() reports: ReportSourceRow[]): number {
    return outletsOf(reports).size;
  }

  @FieldResolver(() => Int)
  independentOutlets(@Root() reports: ReportSourceRow[]): number {
    return outletsOf(reports.filter((r) => !onlyRepeats(r))).size;
  }

  @FieldResolver(() => [ReportSource], { description: 'Every article that reports it, with its outlet and whom it relies on.' })
  reports(@Root() reports: ReportSourceRow[]): ReportSourceRow[] {
    return reports;
  }
}

@Resolver(() => ReportSource)
export class ReportSourceResolver {
  @FieldResolver(() => Boolean)
  onlyRepeats(@Root() report: ReportSourceRow): boolean {
    return onlyRepeats(report);
  }

  @FieldResolver(() => Article, { description: 'The reporting article.' })
  article(@Root() report: ReportSourceRow, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.Article.load(report.articleId);
  }

  @FieldResolver(() => [Entity], { description: 'The sources its claims came through.' })
  via(@Root() report: ReportSourceRow, @Ctx() ctx: Context) {
    return loadExisting(ctx.loaders.nodes.Entity, report.via);
  }
}
