import type { FramingTable } from './framing-words.js';

const GAIN = 'gaining control';
const LOSS = 'losing control';

/** The words for who holds a place: a control change, gained or lost (framing-words.ts says how forms are written). */
export const CONTROL_WORDS: FramingTable = {
  CONTROL_CHANGE: {
    en: [
      { forms: ['capture', 'captures', 'liberation', 'seizure', 'takeover', 'occupation'], noun: true, subject: GAIN },
      {
        // "claimed a village near Borova": a control change needs its place, so "claimed advances" is none. "Entered"
        // is none either: troops enter a town's centre or a drone a country's airspace without anyone taking it, and
        // no gold set frames a control change so (nor does the Russian or Ukrainian table with "вошли", "зайшли").
        forms: [
          ...['captured', 'liberated', 'seized', 'occupied', 'took control', 'taken control', 'take control', 'claimed'],
          // Taking a place back is a control change too.
          ...['retook', 'retaken', 'recaptured', 'regained control'],
          // "установили контроль над", "встановили контроль": control declared, as "took control".
          ...['established control', 'establishing control'],
        ],
        noun: false,
        subject: GAIN,
      },
      { forms: ['fall'], noun: true },
      { forms: ['fell', 'fallen'], noun: false, placeBefore: true },
      // Encircling a place is how it is taken, as withdrawing is how it is lost (tests/fixtures/gold/README.md).
      { forms: ['encirclement'], noun: true, subject: GAIN },
      { forms: ['encircled'], noun: false, subject: GAIN },
      { forms: ['withdrawal', 'tactical withdrawal', 'retreat'], noun: true, subject: LOSS },
      { forms: ['withdrew', 'withdrawn', 'retreated', 'pulled out', 'lost control'], noun: false, subject: LOSS },
    ],
    ru: [
      { forms: ['освобождени*N', 'взяти*N', 'захват*N', 'овладени*N', 'контрол*N над'], noun: true, subject: GAIN },
      {
        forms: ['освободи*V', 'взя*V', 'овладе*V', 'захвати*V', 'отби*V', 'верну*V контроль', 'установи*V контроль'],
        noun: false,
        subject: GAIN,
      },
      // "откуда ВСУ были выбиты": the side driven out loses the place, as by a withdrawal.
      { forms: ['освобожден*A', 'освобожденн*A', 'взят*A', 'захвачен*A', 'захваченн*A', 'выбит*A'], noun: false },
      { forms: ['окружени*N'], noun: true, subject: GAIN },
      { forms: ['окружи*V'], noun: false, subject: GAIN },
      { forms: ['окружен*A'], noun: false },
      { forms: ['отход*N', 'отступлени*N'], noun: true, subject: LOSS },
      // A withdrawal is also "leaving positions": покинули позиции под Волчанском.
      { forms: ['отош*V', 'отходи*V', 'отступи*V', 'покину*V позици*N'], noun: false, subject: LOSS },
    ],
    uk: [
      { forms: ['звільненн*N', 'захопленн*N', 'окупаці*N', 'контрол*N над'], noun: true, subject: GAIN },
      { forms: ['звільни*V', 'захопи*V', 'окупува*V', 'відби*V', 'поверну*V контроль', 'встанови*V контроль'], noun: false, subject: GAIN },
      { forms: ['звільнен*A', 'захоплен*A', 'окупован*A', 'вибит*A'], noun: false },
      { forms: ['оточенн*N'], noun: true, subject: GAIN },
      { forms: ['оточи*V'], noun: false, subject: GAIN },
      { forms: ['оточен*A'], noun: false },
      { forms: ['відхід', 'відход*N', 'відступ*N'], noun: true, subject: LOSS },
      { forms: ['відійш*V', 'відходи*V', 'відступи*V', 'вийш*V з', 'вийш*V із', 'залиши*V позиці*N'], noun: false, subject: LOSS },
    ],
  },
};
