import { rates, type Tally } from './score.js';
import type { Evaluation } from './evaluate.js';

/** The targets: recall by language, precision and wrong links everywhere. */
const TARGETS = { recall: { en: 0.9, ru: 0.85, uk: 0.85 } as Record<string, number>, precision: 0.97, wrongLinks: 0.01 };

const pct = (r: number | null): string => (r === null ? '–' : `${(100 * r).toFixed(1)} %`);
const mark = (ok: boolean | null): string => (ok === null ? '' : ok ? ' ✓' : ' ✗');

function row(language: string, t: Tally): string {
  const r = rates(t);
  // "en, held out" is held to the English target.
  const recallTarget = TARGETS.recall[language.split(',')[0]!];
  return [
    language,
    t.gold,
    t.known,
    t.resolved,
    t.right,
    t.wrong,
    t.spurious,
    pct(r.precision) + mark(r.precision === null ? null : r.precision >= TARGETS.precision),
    pct(r.recall) + mark(recallTarget === undefined || r.recall === null ? null : r.recall >= recallTarget),
    pct(r.recallOfKnown),
    pct(r.wrongLinks) + mark(r.wrongLinks === null ? null : r.wrongLinks <= TARGETS.wrongLinks),
  ].join(' | ');
}

/** A markdown table per language, then (verbose) every miss of every article. */
export function report(evaluation: Evaluation, verbose: boolean): string {
  const lines = [
    '| language | gold | known | resolved | right | wrong | spurious | precision | recall | recall of known | wrong links |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...[...evaluation.byLanguage].map(([language, tally]) => `| ${row(language, tally)} |`),
    '',
    `Targets: recall ≥ 90 % (en), ≥ 85 % (ru, uk); precision ≥ 97 %; wrong links ≤ 1 %. "known": gold mentions whose entity the gazetteer has.`,
    `Linking: ${evaluation.articlesPerSecond.toFixed(0)} articles/s (index built beforehand).`,
  ];
  if (verbose) {
    for (const article of evaluation.articles) {
      if (!article.misses.length) continue;
      lines.push('', `${article.id} (${article.language}):`);
      for (const m of article.misses)
        lines.push(`  ${m.kind.padEnd(8)} @${m.start} "${m.text}": expected ${m.expected ?? '—'}, found ${m.found ?? '—'}`);
    }
  }
  return lines.join('\n');
}
