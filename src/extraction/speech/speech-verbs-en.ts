import type { LanguageTable } from './speech-table.js';

/** The words that mark speech in English news. */
export const EN: LanguageTable = {
  verbs: [
    { forms: ['said', 'says', 'say', 'saying'], indirect: true },
    { forms: ['told', 'tells', 'telling'], indirect: true },
    { forms: ['claimed', 'claims', 'claiming'], indirect: true },
    { forms: ['denied', 'denies', 'deny', 'denying'], indirect: true, denial: true },
    { forms: ['stated', 'states'], indirect: true },
    // "Shraibman, a political analyst, believes the announcement was …": an opinion stated; not "is believed to".
    { forms: ['believes', 'believe'], indirect: true },
    { forms: ['announced', 'announces'], indirect: true },
    { forms: ['reported', 'reports'], indirect: true },
    { forms: ['added', 'adds', 'adding'], indirect: true, thatOnly: true },
    { forms: ['noted', 'notes', 'noting'], indirect: true, thatOnly: true },
    { forms: ['stressed', 'stresses', 'stressing'], indirect: true, thatOnly: true },
    { forms: ['warned', 'warns', 'warning'], indirect: true, thatOnly: true },
    { forms: ['wrote', 'writes', 'writing'], indirect: true, thatOnly: true },
    { forms: ['insisted', 'insists', 'explained', 'argued', 'confirmed', 'confirms'], indirect: true, thatOnly: true },
    { forms: ['acknowledged', 'admitted', 'assured', 'estimated'], indirect: true, thatOnly: true },
    { forms: ['asked', 'asks', 'urged', 'urges', 'ordered', 'orders', 'instructed'], request: true },
    { forms: ['promised', 'promises', 'pledged', 'pledges'], promise: true },
    { forms: ['blamed', 'blames', 'accused', 'accuses'], accusation: true },
    { forms: ['replied', 'declared', 'continued', 'concluded'] },
  ],
  // "In his view, …", "The exercises, in his words, had been …": the possessive is the speaker before.
  sourcePhrases: ['according to', 'in his words', 'in her words', 'in their words', 'in his view', 'in her view', 'in their view'],
  possessives: [],
  asWords: [],
  backPhrases: [],
  complementisers: ['that'],
  topics: [],
  addressees: ['reporters', 'journalists', 'lawmakers', 'parliament'],
  pronouns: ['he', 'she', 'they', 'it'],
  relatives: ['who', 'which', 'whose', 'whom'],
  auxiliaries: ['has', 'have', 'had', 'also', 'repeatedly', 'previously', 'again', 'earlier', 'later'],
  connectives: ['as', 'while', 'when', 'after', 'before', 'although', 'though', 'but', 'and'],
  conjunctions: ['and'],
};
