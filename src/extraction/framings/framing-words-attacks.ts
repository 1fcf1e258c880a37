import type { FramingTable } from './framing-words.js';

/** The words for fighting: attacks, shelling, strikes, assaults (framing-words.ts says how forms are written). */
export const ATTACK_WORDS: FramingTable = {
  ATTACK: {
    en: [
      {
        forms: [
          ...['shelling', 'strike', 'strikes', 'attack', 'attacks', 'bombing', 'drone attack', 'drone attacks'],
          ...['under attack'],
          // Ground fighting is an attack too, as is an advance and artillery fire.
          ...['fighting', 'assault', 'assaults', 'advance', 'advances', 'artillery fire', 'under fire'],
          ...[
            'offensive',
            'counteroffensive',
            'counter-offensive',
            'bombardment',
            'raid',
            'raids',
            'airstrike',
            'airstrikes',
            'air strike',
            'air strikes',
          ],
          // Named by the weapon, as written: "missile strike", "drone strikes".
          ...[
            'missile strike',
            'missile strikes',
            'missile attack',
            'missile attacks',
            'drone strike',
            'drone strikes',
            'air raid',
            'air raids',
          ],
          ...['incursion'],
          // A counterattack is an attack by the side that holds the ground.
          ...['counterattack', 'counterattacks', 'counter-attack', 'counter-attacks'],
        ],
        noun: true,
        subject: 'attacker',
        object: 'target',
      },
      {
        forms: [
          ...['shelled', 'struck', 'attacked', 'hit', 'hitting', 'bombed', 'stormed', 'assaulted'],
          ...['pounded', 'bombarded', 'targeted', 'attacking', 'striking'],
          // Drones shot down or destroyed over a place report the attack on it.
          ...['shot down', 'downed', 'destroyed', 'intercepted'],
          // "launched" the drones or missiles sent at a place.
          ...['launched', 'advanced', 'pressed on', 'pressing on', 'fired +at', 'fired +on'],
        ],
        noun: false,
        subject: 'attacker',
        object: 'target',
      },
      // What an attack leaves reports the attack on the place it names ("explosions in Zaporizhzhia", "came under drone
      // fire", "debris damaged silos near Taganrog"), but not who attacked: "rescuers put out a fire".
      { forms: ['explosion', 'explosions', 'blast', 'blasts', 'fire'], noun: true },
      { forms: ['damaged'], noun: false },
    ],
    ru: [
      {
        // "Бой" changes its stem (боя, бои, боев), so its forms are listed.
        forms: [
          'обстрел*N',
          'удар*N',
          'атак*N',
          'штурм*N',
          'продвижени*N',
          'под огнем',
          // "Под ударом оказались …": the phrase is the framing news writes.
          'под удар*N',
          ...['наступлени*N', 'контрнаступлени*N', 'бомбардировк*N', 'авиаудар*N', 'налет*N'],
          ...['прилет*N', 'попадани*N', 'поражени*N', 'контратак*N'],
          ...'бой боя бою бои боев боях боям боями'.split(' '),
        ],
        noun: true,
        subject: 'attacker',
        object: 'target',
        agentAfter: true,
      },
      {
        forms: [
          // "ударили по", as English "struck": the plain verb beside the support-verb phrase.
          ...['обстреля*V', 'обстрелива*V', 'нанес*V удар*N', 'нанес удар*N', 'удари*V', 'атакова*V', 'атаку*V', 'штурмова*V', 'штурму*V'],
          ...['сби*V', 'перехвати*V', 'уничтожи*V', 'порази*V', 'продвину*V', 'продвига*V', 'выпусти*V +по'],
          // An attack repelled was fought where it was repelled: "отразили атаку", "в районе Лимана отражены контратаки";
          // past forms only, as "отразится на ценах" and "отражает позицию" are about reflecting.
          ...['отразил', 'отразила', 'отразили', 'отражал', 'отражала', 'отражали'],
        ],
        noun: false,
        subject: 'attacker',
        object: 'target',
      },
      // An incursion is placed by where it went ("во вторжении в Курскую область"), not by who made it.
      { forms: ['вторжени*N'], noun: true, subject: 'attacker', object: 'target', located: true },
      // What an attack leaves reports the attack on the place, but not who attacked ("обломки повредили крышу", "спасатели потушили пожар").
      { forms: ['взрыв*N', 'пожар*N', 'возгорани*N'], noun: true },
      { forms: ['повреди*V', 'загоре*V'], noun: false },
      // A participle: "дрон был сбит над Донецком", "атакован автобус", "перехвачены и уничтожены 61 беспилотник".
      {
        // A boat sunk is struck where it was sunk: "у побережья Севастополя потоплен безэкипажный катер".
        forms: [
          ...['сбит*A', 'перехвачен*A', 'атакован*A', 'обстрелян*A', 'уничтожен*A'],
          ...['поражен*A', 'поврежден*A', 'отражен*A', 'потоплен*A'],
        ],
        noun: false,
      },
    ],
    uk: [
      {
        // "Бій" changes its stem (бою, бої, боїв), so its forms are listed; "атаки дронів" is one name.
        forms: [
          'обстріл*N',
          'удар*N',
          'атак*N',
          'атак*N дронів',
          'штурм*N',
          'просуванн*N',
          'під вогнем',
          'під удар*N',
          ...['наступ', 'наступу', 'контрнаступ*N', 'бомбардуванн*N', 'авіаудар*N'],
          ...['влучанн*N', 'ураженн*N', 'прильот*N', 'контратак*N'],
          ...'бій бою бої боїв боях боям боями'.split(' '),
        ],
        noun: true,
        subject: 'attacker',
        object: 'target',
        agentAfter: true,
      },
      {
        forms: [
          // "вдарили по", "ударили по", as English "struck".
          ...['обстріля*V', 'обстрілю*V', 'завда*V удар*N', 'вдари*V', 'удари*V', 'атакува*V', 'атаку*V', 'штурмува*V', 'штурму*V'],
          ...['зби*V', 'перехопи*V', 'знищи*V', 'влучи*V', 'урази*V', 'просуну*V', 'просува*V', 'тисн*V', 'випусти*V +по'],
        ],
        noun: false,
        subject: 'attacker',
        object: 'target',
      },
      // What an attack leaves reports the attack on the place, but not who attacked ("уламки пошкодили будинки", "рятувальники ліквідували пожежу").
      { forms: ['вторгненн*N'], noun: true, subject: 'attacker', object: 'target', located: true },
      { forms: ['вибух*N', 'пожеж*N'], noun: true },
      { forms: ['пошкоди*V', 'зруйнува*V', 'постражда*V'], noun: false },
      { forms: ['збит*A', 'перехоплен*A', 'атакован*A', 'обстріля*A', 'знищен*A', 'уражен*A', 'пошкоджен*A', 'зруйнован*A'], noun: false },
    ],
  },
};
