import type { FramingTable } from './framing-words.js';

/** The words for visits, meetings, briefings, statements and protests (framing-words.ts says how forms are written). */
export const CIVIC_WORDS: FramingTable = {
  VISIT: {
    en: [
      { forms: ['visit', 'visits', 'trip'], noun: true, subject: 'visitor', object: 'visited' },
      // Arriving somewhere is how wire copy opens a visit: "arrived in Kyiv", "прибыл в Пхеньян", "прибув до Данії".
      { forms: ['visited', 'toured', 'visiting', 'arrived'], noun: false, subject: 'visitor', object: 'visited' },
    ],
    ru: [
      { forms: ['визит*N', 'поездк*N'], noun: true, subject: 'visitor', object: 'visited', agentAfter: true },
      {
        // "Шойгу, прибывший в Пхеньян": the participle opens the visit as the verb does; its hard endings are not the class's.
        forms: [
          'посети*V',
          'посеща*V',
          'побыва*V',
          'прибы*V',
          ...'прибывший прибывшая прибывшие прибывшего прибывшему прибывшим прибывших прибывшей'.split(' '),
        ],
        noun: false,
        subject: 'visitor',
        object: 'visited',
      },
    ],
    uk: [
      { forms: ['візит*N', 'поїздк*N'], noun: true, subject: 'visitor', object: 'visited', agentAfter: true },
      { forms: ['відвіда*V', 'відвідува*V', 'побува*V', 'прибу*V'], noun: false, subject: 'visitor', object: 'visited' },
    ],
  },
  MEETING: {
    en: [
      {
        forms: ['meeting', 'meetings', 'closed-door meeting', 'talks', 'round of talks', 'negotiations', 'summit'],
        noun: true,
        subject: 'participant',
        object: 'participant',
      },
      { forms: ['met'], noun: false, subject: 'participant', object: 'participant' },
    ],
    ru: [
      { forms: ['встреч*N', 'переговор*N', 'совещани*N', 'саммит*N'], noun: true, subject: 'participant', object: 'participant' },
      // A body's sitting is placed only by a locator: "Украина инициирует заседание Совбеза ООН" is a party's initiative.
      { forms: ['заседани*N'], noun: true, subject: 'participant', object: 'participant', located: true },
      // The imperfective too: "встречался в Брюсселе".
      { forms: ['встрети*V', 'встреча*V'], noun: false, subject: 'participant', object: 'participant' },
    ],
    uk: [
      { forms: ['зустріч*N', 'переговор*N', 'нарад*N', 'саміт*N'], noun: true, subject: 'participant', object: 'participant' },
      { forms: ['засіданн*N'], noun: true, subject: 'participant', object: 'participant', located: true },
      { forms: ['зустрі*V', 'зустріча*V'], noun: false, subject: 'participant', object: 'participant' },
    ],
  },
  BRIEFING: {
    en: [
      { forms: ['briefing', 'briefings'], noun: true, subject: 'briefer' },
      // A press conference is a briefing given to reporters, placed by a locator: "said at a press conference in Budapest"
      // ("на пресконференції в п'ятницю Зеленський подякував Молдові": Moldova is thanked).
      {
        forms: ['press conference', 'press conferences', 'news conference', 'news conferences'],
        noun: true,
        subject: 'briefer',
        located: true,
      },
      { forms: ['briefed'], noun: false, subject: 'briefer', object: 'briefed' },
    ],
    ru: [
      { forms: ['брифинг*N'], noun: true, subject: 'briefer', agentAfter: true },
      { forms: ['пресс-конференци*N'], noun: true, subject: 'briefer', agentAfter: true, located: true },
      // "Герасимов доложил Путину": the one reporting briefs the one after.
      { forms: ['доложи*V'], noun: false, subject: 'briefer', object: 'briefed' },
      // "Герасимов заслушал доклад начальника": the one hearing the report is briefed, the one after briefs.
      { forms: ['заслуша*V доклад*N'], noun: false, subject: 'briefed', object: 'briefer' },
    ],
    uk: [
      { forms: ['брифінг*N'], noun: true, subject: 'briefer', agentAfter: true },
      { forms: ['пресконференці*N', 'прес-конференці*N'], noun: true, subject: 'briefer', agentAfter: true, located: true },
      { forms: ['доповів', 'доповіла', 'доповіли'], noun: false, subject: 'briefer', object: 'briefed' },
      { forms: ['заслуха*V доповід*N'], noun: false, subject: 'briefed', object: 'briefer' },
    ],
  },
  STATEMENT: {
    en: [
      { forms: ['address', 'evening address', 'video address'], noun: true, subject: 'speaker', located: true },
      { forms: ['announced'], noun: false, subject: 'speaker', located: true },
    ],
    ru: [
      { forms: ['обращени*N'], noun: true, subject: 'speaker', agentAfter: true, located: true },
      { forms: ['выступи*V'], noun: false, subject: 'speaker', located: true },
    ],
    uk: [
      { forms: ['зверненн*N'], noun: true, subject: 'speaker', agentAfter: true, located: true },
      { forms: ['виступи*V'], noun: false, subject: 'speaker', located: true },
    ],
  },
  PROTEST: {
    en: [
      { forms: ['protest', 'protests', 'rally', 'rallies', 'demonstration', 'picket'], noun: true, subject: 'protester' },
      { forms: ['protested', 'rallied'], noun: false, subject: 'protester' },
    ],
    // A picket is a protest held standing at one place: "відбувся пікет біля міськради".
    ru: [{ forms: ['протест*N', 'акци*N протеста', 'митинг*N', 'пикет*N'], noun: true, subject: 'protester' }],
    uk: [{ forms: ['протест*N', 'акці*N протесту', 'мітинг*N', 'пікет*N'], noun: true, subject: 'protester' }],
  },
};
