import { matcher } from '../text/stem-matcher.js';
import type { Word } from '../text/words.js';

/**
 * The small words that shape a description or a name: its article, the words it never runs across,
 * and those that make a name an organization's.
 */

/** Words that make a new name an organization's ("Ukrainska Pravda", "Kyiv Independent Service"). */
// prettier-ignore
const ORGANIZATION_WORDS = matcher([
  'ministry', 'agency', 'service', 'council', 'committee', 'party', 'times', 'post', 'journal', 'news', 'press', 'radio',
  'tv', 'institute', 'office', 'army', 'forces', 'staff', 'command', 'guard', 'bank', 'group', 'university', 'company',
  'pravda', 'independent', 'министерство*', 'агентств*', 'служб*', 'совет*', 'комитет*', 'парти*', 'новост*', 'институт*',
  'штаб*', 'арми*', 'правда', 'міністерств*', 'агенці*', 'рада', 'ради', 'комітет*', 'новин*', 'інститут*',
]);

const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'several', 'two', 'three']);
const DEFINITE = new Set(['the', 'this', 'that']);

/** Words a role or description never runs across. */
const STOP_WORDS = new Set(
  (
    'the a an and or but by with to from in on at for as that who which while said told when after before ' +
    'и в во на с со по что как а но для от к у о об из за при ' +
    'і й та в у на з із зі по що як а але для від до про за при ' +
    // "по данным ведомства", "за словами волонтерів": the source phrase is no part of the description.
    'данным словам слов мнению сообщению информации даними словами слів думку повідомленням інформацією ' +
    // "говорится в сообщении ведомства", "йдеться в заяві міністерства": nor is the statement the body made.
    'сообщении заявлении повідомленні заяві ' +
    // "говорится в сводке ведомства", "йдеться у зведенні відомства": every kind of statement a body issues.
    'сводке зведенні отчете отчёте звіті докладе доповіді публикации публікації бюллетене бюлетені'
  ).split(' '),
);

export const isIndefinite = (word: Word): boolean => INDEFINITE.has(word.lower);
export const isDefinite = (word: Word): boolean => DEFINITE.has(word.lower);
export const isOrganizationWord = (word: Word): boolean => ORGANIZATION_WORDS(word.lower);
export const isStopWord = (word: Word): boolean => STOP_WORDS.has(word.lower);
