import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { NAME_KIND_MEANINGS, NAME_KINDS } from '../graph/vocabulary.js';
import { describedValues, enumOf } from '../graphql/enums.js';

export const NameKind = enumOf(NAME_KINDS);
registerEnumType(NameKind, {
  name: 'NameKind',
  description: 'What kind of name a form is: official, former, exonym …',
  valuesConfig: describedValues(NAME_KIND_MEANINGS),
});

@ObjectType({ description: "One form of an entity's name, e.g. Krasnoarmeysk: Russian, former (1964–2016), used by RU." })
export class NameForm {
  @Field({ description: 'The name as written, in its own script ("Красноармейск").' })
  form!: string;

  @Field({ description: 'ISO 639 code; und when the source does not say.' })
  language!: string;

  @Field({ description: 'ISO 15924 code: Latn, Cyrl, Geor, Hani, Jpan …; Zyyy when it has no letters.' })
  script!: string;

  @Field(() => NameKind, { description: 'Official, former, colloquial, exonym or transliteration.' })
  kind!: keyof typeof NameKind;

  @Field(() => String, { nullable: true, description: 'Start of the period the form was in use (YYYY[-MM[-DD]]).' })
  usedFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'End of that period.' })
  usedUntil!: string | null;

  @Field(() => String, { nullable: true, description: 'The power whose sources use this form, where that matters (e.g. RU).' })
  usedBy!: string | null;
}
