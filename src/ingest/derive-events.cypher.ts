/**
 * An event is what its reports state (DERIVE_EVENTS). A popular event has thousands of reports,
 * and reading them all whenever one article adds one made the derivation grow with the corpus;
 * so the event keeps the few tallies its values are chosen by, and a write that only added
 * reports folds them in. Anything else (a report retracted or replaced, a merge, a review, an
 * event without tallies, a count that does not add up) derives it from every report again.
 *
 * The tallies, on the event, as parallel lists (a property holds no list of lists):
 * - `typeKeys`/`typeCounts`/`typeFirsts`, and the same for `during` and `place`: each value some
 *   report gives, how many give it, and the first article (by id) that does;
 * - `nameArticle`, `descriptionArticle`, `timedArticle`: the article whose report gave the
 *   event's name, description and time (the facts themselves are the event's own properties);
 * - `reportCount`, checked against the event's REPORTS degree before folding.
 * A participation's roles and articles are its PARTICIPATED_IN relationship's own lists.
 */
import { changeOf, stampAs } from '../graph/changes.js';
import { writeLock } from '../graph/locks.js';
import { entityNow } from './ingest.cypher.js';

/** The facts of an event's time, all from one report: the most telling, then the earliest article's. */
const TIME_FACTS = ['timeText', 'year', 'month', 'day', 'partOfDay', 'precision', 'yearInferred', 'startsAt', 'timeDetail'];
const timeOf = (v: string): string => `${v} {${TIME_FACTS.map((k) => `.${k}`).join(', ')}}`;

/** One report `r` of article id `article`, as both derivations read it. */
const reportEntry = (article: string, r: string): string =>
  `{article: ${article}, type: ${r}.type, place: ${r}.place, participants: ${r}.participants, roles: ${r}.roles,
    timed: ${r}.timeDetail IS NOT NULL, time: ${timeOf(r)}, during: ${r}.during, name: ${r}.label, description: ${r}.description}`;

/** Per value of `field` among the entries of `list`: `[value, reports, first article]`, by value. */
const tally = (list: string, field: string): string => `COLLECT {
  UNWIND ${list} AS x
  WITH x WHERE x.${field} IS NOT NULL
  WITH x.${field} AS key, count(*) AS n, min(x.article) AS first
  RETURN [key, n, first] AS t ORDER BY key
}`;

/** The event's stored tally of `p` with the new reports' added (same shape as `tally`). */
const foldTally = (p: string, field: string): string => `COLLECT {
  UNWIND [i IN range(0, size(coalesce(ev.${p}Keys, [])) - 1) | [ev.${p}Keys[i], ev.${p}Counts[i], ev.${p}Firsts[i]]]
    + [x IN fresh WHERE x.${field} IS NOT NULL | [x.${field}, 1, x.article]] AS t
  WITH t[0] AS key, sum(t[1]) AS n, min(t[2]) AS first
  RETURN [key, n, first] AS t ORDER BY key
}`;

const storedTally = (p: string, t: string): string =>
  `${p}Keys: [t IN ${t} | t[0]], ${p}Counts: [t IN ${t} | t[1]], ${p}Firsts: [t IN ${t} | t[2]]`;

/** `[article, value]` of the first article (by id) among `candidates` (a list of such pairs). */
const firstOf = (candidates: string): string => `COLLECT { UNWIND ${candidates} AS c RETURN c ORDER BY c[0] }[0]`;

/**
 * The participations `list`'s reports state, each key resolved once (a popular event's
 * participant is named by thousands): `{entity, roles, articleIds}`, ordered by article, then role.
 */
const participantsOf = (list: string): string => `COLLECT {
  UNWIND ${list} AS x
  UNWIND range(0, size(coalesce(x.participants, [])) - 1) AS i
  WITH x.participants[i] AS key, collect([x.article, x.roles[i]]) AS said
  ${entityNow('key', 'e')}
  UNWIND said AS s
  WITH e, s[0] AS article, s[1] AS role ORDER BY article, role
  WITH e, collect(role) AS roles, collect(article) AS articleIds
  RETURN {entity: e, roles: roles, articleIds: articleIds} AS p
}`;

/**
 * The stored `old.${list}` and the new `new.${list}` as one list in article order: `slots` holds
 * where each new entry goes. One expression, not a fold over the new entries (whose copies
 * Neo4j's memory tracker counts over again at every step).
 */
const mergedList = (list: string): string => `[j IN range(0, size(old.${list}) + size(new.${list}) - 1) |
  CASE WHEN j IN slots THEN new.${list}[size([q IN slots WHERE q < j])] ELSE old.${list}[j - size([q IN slots WHERE q < j])] END]`;

/**
 * Every report read once, in the order its time is chosen by. (Only an Article REPORTS, so its
 * label is not checked.)
 */
const FROM_EVERY_REPORT = `
  WITH ev WHERE NOT folding
  WITH ev, COLLECT {
    MATCH (a)-[r:REPORTS]->(ev)
    WITH a.id AS article, r ORDER BY coalesce(r.timeDetail, -1) DESC, article
    RETURN ${reportEntry('article', 'r')}
  } AS reports
  RETURN size(reports) AS reportCount,
    ${tally('reports', 'type')} AS types, ${tally('reports', 'during')} AS durings, ${tally('reports', 'place')} AS places,
    ${firstOf('[x IN reports WHERE x.name IS NOT NULL | [x.article, x.name]]')} AS name,
    ${firstOf('[x IN reports WHERE x.description IS NOT NULL | [x.article, x.description]]')} AS description,
    [x IN reports WHERE x.timed | {article: x.article, facts: x.time}][0] AS timed,
    ${participantsOf('reports')} AS participants`;

/** The stored tallies and links with the new reports (`fresh`) added: nothing else is read. */
const FROM_NEW_REPORTS = `
  WITH ev, fresh WHERE folding
  WITH ev, fresh, ${participantsOf('fresh')} AS added,
    COLLECT { MATCH (e)-[p:PARTICIPATED_IN]->(ev) RETURN {entity: e, roles: p.roles, articleIds: p.articleIds} AS p } AS had
  RETURN ev.reportCount + size(fresh) AS reportCount,
    ${foldTally('type', 'type')} AS types, ${foldTally('during', 'during')} AS durings, ${foldTally('place', 'place')} AS places,
    ${firstOf('[c IN [[ev.nameArticle, ev.name]] WHERE c[0] IS NOT NULL] + [x IN fresh WHERE x.name IS NOT NULL | [x.article, x.name]]')} AS name,
    ${firstOf('[c IN [[ev.descriptionArticle, ev.description]] WHERE c[0] IS NOT NULL] + [x IN fresh WHERE x.description IS NOT NULL | [x.article, x.description]]')} AS description,
    COLLECT {
      UNWIND CASE WHEN ev.timedArticle IS NULL THEN [] ELSE [{article: ev.timedArticle, facts: ${timeOf('ev')}}] END
        + [x IN fresh WHERE x.timed | {article: x.article, facts: x.time}] AS t
      RETURN t ORDER BY t.facts.timeDetail DESC, t.article
    }[0] AS timed,
    COLLECT {
      // A new article is in no stored list (its report is new): it goes after every older article before it.
      UNWIND had + [p IN added | p {.*, fresh: true}] AS p
      WITH p.entity AS e, collect(p) AS parts
      WITH e, coalesce([q IN parts WHERE q.fresh IS NULL][0], {roles: [], articleIds: []}) AS old,
        coalesce([q IN parts WHERE q.fresh][0], {roles: [], articleIds: []}) AS new
      // The i-th new article (they are in order) goes after every older article before it and the i - 1 new ones.
      WITH e, old, new, [i IN range(0, size(new.articleIds) - 1) | size([x IN old.articleIds WHERE x < new.articleIds[i]]) + i] AS slots
      RETURN {entity: e, roles: ${mergedList('roles')}, articleIds: ${mergedList('articleIds')}} AS p
    } AS participants`;

/**
 * Each of `$events` (`{id, full, articles}`, in id order so two writers lock them alike) derived
 * again: folded when it only gained the reports of `articles` (one each, written since its last
 * derivation) and its tallies add up, else from every report. Its values: the type most reports
 * give, the most telling time (then the earliest article), the name and description of the
 * first article that gives them, the larger event and the place most name (then the earliest
 * article), and every participation with the roles and articles behind it. An event that
 * nothing reports or is claimed about any more goes. Values are compared with what the event
 * holds: one its reports leave as it was is not stamped (its links are read once, not before and
 * after); one that changed gets its properties and its links anew. Its tallies are always kept.
 */
export const DERIVE_EVENTS = `
UNWIND $events AS x
MATCH (ev:Event {id: x.id})
${writeLock('ev')}
WITH x, ev, EXISTS { (ev)<-[:REPORTS|ABOUT]-() } AS stated
CALL (ev, stated) { WITH ev WHERE NOT stated DETACH DELETE ev }
OPTIONAL CALL (ev, x, stated) {
WITH ev, x WHERE stated
WITH ev, x, COLLECT {
  UNWIND x.articles AS article
  MATCH (:Article {id: article})-[r:REPORTS]->(ev)
  RETURN ${reportEntry('article', 'r')}
} AS fresh
// A count that does not add up means a writer changed its reports without saying so: all are read again.
WITH ev, fresh, NOT x.full AND ev.reportCount IS NOT NULL
  AND size(fresh) = size(x.articles) AND all(f IN fresh WHERE single(g IN fresh WHERE g.article = f.article))
  AND all(f IN fresh WHERE size(coalesce(f.participants, [])) = size(coalesce(f.roles, [])))
  AND COUNT { (ev)<-[:REPORTS]-() } = ev.reportCount + size(fresh) AS folding
CALL (ev, fresh, folding) {
  ${FROM_EVERY_REPORT.trim()}
  UNION
  ${FROM_NEW_REPORTS.trim()}
}
WITH ev, reportCount, types, durings, places, name, description, timed, participants,
  COLLECT { UNWIND types AS t RETURN t[0] AS type ORDER BY t[1] DESC, type }[0] AS type,
  // The event most of its reports say it took place during; the article reports that one too.
  COLLECT {
    UNWIND durings AS t
    WITH t ORDER BY t[1] DESC, t[2], t[0] LIMIT 1
    MATCH (larger:Event {id: t[0]})
    RETURN larger
  } AS during,
  COLLECT {
    UNWIND places AS t
    WITH t ORDER BY t[1] DESC, t[2], t[0] LIMIT 1
    ${entityNow('t[0]', 'p')}
    RETURN p
  } AS at,
  COLLECT {
    UNWIND participants AS p
    WITH p, COLLECT { UNWIND p.roles AS role WITH role, count(*) AS n RETURN role ORDER BY n DESC, role }[0] AS role
    RETURN p {.*, role: role} AS p
  } AS participations
SET ev.reportCount = reportCount, ev.nameArticle = name[0], ev.descriptionArticle = description[0], ev.timedArticle = timed.article,
  ev += {${storedTally('type', 'types')}, ${storedTally('during', 'durings')}, ${storedTally('place', 'places')}}
WITH ev, at, during, participations AS participants, {
  // An event only claimed about, no longer reported, keeps the type it had.
  type: coalesce(type, ev.type), name: name[1], description: description[1],
  ${TIME_FACTS.map((k) => `${k}: timed.facts.${k}`).join(', ')}
} AS facts
WITH ev, facts, at, during, participants,
  // Null-safe: a fact left unset is absent from both sides.
  [k IN keys(facts) WHERE facts[k] IS NOT NULL | [k, facts[k]]] = [k IN keys(facts) WHERE ev[k] IS NOT NULL | [k, ev[k]]]
  AND COLLECT {
    UNWIND [p IN at | ['AT', p.id, '', [], []]] + [d IN during | ['DURING', d.id, '', [], []]]
      + [p IN participants | ['PARTICIPATED_IN', p.entity.id, coalesce(p.role, ''), p.roles, p.articleIds]] AS link
    RETURN link ORDER BY link[0], link[1]
  } = COLLECT {
    // Its own links: AT and DURING leave it, PARTICIPATED_IN comes in (a smaller event's DURING is that event's).
    MATCH (ev)-[r:AT|DURING|PARTICIPATED_IN]-(o) WHERE (type(r) = 'PARTICIPATED_IN') = (endNode(r) = ev)
    RETURN [type(r), o.id, coalesce(r.role, ''), coalesce(r.roles, []), coalesce(r.articleIds, [])] AS link ORDER BY link[0], link[1]
  } AS same
WITH ev, facts, at, during, participants, ${changeOf('ev', 'NOT same')} AS change
CALL (ev, facts, at, during, participants, change) {
  WITH * WHERE change IS NOT NULL
  SET ev += facts
  WITH *
  // All its links written anew, as a merge moving them does: keeping those that hold (MERGE) changes the lock order, and
  // tests/entities/merge-race.test.ts then meets deadlocks.
  CALL (ev) {
    MATCH (ev)-[old:AT|DURING|PARTICIPATED_IN]-() WHERE (type(old) = 'PARTICIPATED_IN') = (endNode(old) = ev)
    DELETE old
  }
  CALL (ev, during) { UNWIND during AS larger CREATE (ev)-[:DURING]->(larger) }
  CALL (ev, at) { UNWIND at AS p CREATE (ev)-[:AT]->(p) }
  CALL (ev, participants) {
    UNWIND participants AS p
    WITH ev, p, p.entity AS e
    CREATE (e)-[r:PARTICIPATED_IN]->(ev)
    SET r.roles = p.roles, r.articleIds = p.articleIds, r.role = p.role
  }
  WITH ev, change
  ${stampAs('ev', 'change')}
}
RETURN change
}
RETURN x.id AS id, CASE WHEN stated THEN change ELSE 'RETRACTED' END AS change`;
