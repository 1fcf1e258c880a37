import type { FramingTable } from './framing-words.js';

/**
 * The happenings news reports most beside visits, meetings and attacks: an exchange of prisoners between the sides, a decision signed or
 * approved, a detention and a court's verdict, placed where the court sat ("a court in Rostov sentenced").
 * framing-words.ts says how forms are written.
 */
export const OTHER_WORDS: FramingTable = {
  OTHER: {
    en: [
      {
        forms: ['prisoner exchange', 'prisoner exchanges', 'prisoner swap', 'prisoner swaps', 'exchange of prisoners', 'swap of prisoners'],
        noun: true,
        subject: 'party',
        object: 'party',
        located: true,
      },
      // "swap" names an exchange of people only: "the largest swap since the winter".
      { forms: ['swap', 'swaps'], noun: true, subject: 'party', object: 'party', located: true },
      { forms: ['exchanged prisoners', 'swapped prisoners', 'swapped'], noun: false, subject: 'party', object: 'party', located: true },
      // A decision taken: a deal or decree signed, a law or a sanctions package approved.
      { forms: ['signed', 'approved'], noun: false, subject: 'party', object: 'party', located: true },
      { forms: ['detention', 'arrest'], noun: true, subject: 'detaining' },
      { forms: ['detained', 'arrested'], noun: false, subject: 'detaining', object: 'detained' },
      { forms: ['sentenced', 'convicted'], noun: false, located: true },
      { forms: ['verdict', 'verdicts'], noun: true, located: true },
      // An evacuation is of a place's people: "the evacuation of families from Kramatorsk"; "an evacuation train" is none.
      { forms: ['evacuation +of', 'evacuation +from', 'evacuations +from'], noun: true, subject: 'evacuating' },
    ],
    ru: [
      { forms: ['обмен*N пленными', 'обмен*N военнопленными'], noun: true, subject: 'party', object: 'party', located: true },
      {
        forms: ['обменя*V пленными', 'обменя*V военнопленными', 'верну*V +из +плена'],
        noun: false,
        subject: 'party',
        object: 'party',
        located: true,
      },
      { forms: ['подписа*V', 'одобри*V'], noun: false, subject: 'party', object: 'party', located: true },
      { forms: ['задержани*N'], noun: true, subject: 'detaining', agentAfter: true },
      { forms: ['задержа*V'], noun: false, subject: 'detaining', object: 'detained' },
      { forms: ['приговори*V'], noun: false, located: true },
      { forms: ['приговор*N'], noun: true, located: true },
      // "эвакуацию семей из Краматорска"; the adjective ("эвакуационный поезд") takes other endings.
      { forms: ['эвакуаци*N'], noun: true, subject: 'evacuating' },
    ],
    uk: [
      {
        forms: ['обмін полоненими', 'обмін*N полоненими', 'обмін військовополоненими', 'обмін*N військовополоненими'],
        noun: true,
        subject: 'party',
        object: 'party',
        located: true,
      },
      {
        forms: ['обміня*V полоненими', 'обміня*V військовополоненими', 'поверну*V +з +полону'],
        noun: false,
        subject: 'party',
        object: 'party',
        located: true,
      },
      { forms: ['підписа*V', 'ухвали*V'], noun: false, subject: 'party', object: 'party', located: true },
      { forms: ['затриманн*N'], noun: true, subject: 'detaining', agentAfter: true },
      { forms: ['затрима*V'], noun: false, subject: 'detaining', object: 'detained' },
      // "засудив удар" condemns: only "засудив до" sentences.
      { forms: ['засуди*V +до'], noun: false, located: true },
      { forms: ['вирок', 'вироку', 'вироком', 'вироки', 'вироків'], noun: true, located: true },
      { forms: ['евакуаці*N'], noun: true, subject: 'evacuating' },
    ],
  },
};
