/**
 * Stamped on every claim and event report the extractor writes, so an analyst can tell which
 * rules produced a fact and `reextract` can find what an older extractor left. Raise it when
 * the rules change what they find (2: session 9's event rules, tallies broken down by area, second
 * targets, meetings during a visit; 3: session 10's rules: body nouns referring back to a body of
 * their kind, channels named in quotation marks, nights onto a weekday and bare parts of the day,
 * settlement nouns after an area word, sources set off by commas); 4: session 11's rules (an
 * outlet of the gazetteer is a channel, never a speaker; reported speech beside a quote, "It
 * said"; a later mention of a reported happening joins it); 5: session 12's rules (unnamed bodies and
 * groups as speakers, figures as a source, heads of a named body; strike and control verbs, a
 * town word after the framing, accusations that report nothing, a village the gazetteer lacks);
 * 6: session 13's rules (a second speaker after ", а <subject> <verb>", lists after a colon,
 * possessive source phrases, denials of reports; tallies broken down after a colon, places in a
 * partner's title or an attack's origin list, evacuations, "that same night"); 7: session 14's
 * rules (the office as a channel, appositions, quoted terms, pronouns and "the official" back to a
 * person; counterattacks, verdicts, planned visits, a weekday's night dated by the day it ends,
 * evening-to-morning ranges, list items taking their introduction's time); 8: session 15's rules
 * (requests are no claims, casualty follow-ons, "the administration" and a country's "ведомство"
 * back to its body; "entered" no control change, press conferences, habits, launch tallies at a
 * whole country, bracketed other names, "прибывший" visits, "накануне … за ночь").
 */
export const EXTRACTOR_VERSION = 8;
