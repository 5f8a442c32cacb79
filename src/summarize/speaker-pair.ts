import type { Lexicon } from './lexicon.js';
import { oneWordPartner } from './joint-name.js';
import { sightingEnd, sightingStart } from './name-sighting.js';
import type { NameSighting } from './name-sighting.js';
import type { SightingReader } from './sighting-reader.js';

/**
 * Between two names said together: a conjunction ("Hafiz Rahman dan Siti
 * Mariam Yusof", "Ann Peeters, en Jan Claes"), each name with its role in
 * apposition or before it ("Antonio Da Ros, primario a Treviso, e la collega
 * Maria Greco", "Patrick Muller, et le président de la région, Franck Lemoine").
 */
const PAIR_LINK = /^(?:\s*,[^,.;:!?«»“”"]{1,40},)?,?\s+(\p{L}+)\s+(?:[^.;:!?«»“”"]{0,60}?[\s,])?$/u;

/** Names read back from the second of a pair for the first: a body's name may sit in the second's role ("quello della Uil"). */
const PAIR_REACH = 2;

/**
 * A given name alone, not ending another name, before a conjunction and a full name: both share the surname ("Luc et Marie
 * Dartigues"); after a sentence's first word too ("Ook Ruud en Geesje Postma").
 */
const GIVEN_NAME_BEFORE = /(?:^|[,(:]\s*|[.!?]\s+(?:\p{Lu}\p{Ll}*\s+)?|\n\s*(?:\p{Lu}\p{Ll}*\s+)?|\s\p{Ll}[\p{L}'’-]*\s+)(\p{Lu}\p{Ll}+)\s+(\p{L}+)\s+$/u;

/**
 * Two people named together since who spoke last ("Hafiz Rahman dan Siti
 * Mariam Yusof"): whom a plural pronoun at `at` means, both names joined.
 */
export function pairBefore(
  at: number,
  names: readonly NameSighting[],
  lastPerson: NameSighting | null,
  article: { text: string; lex: Lexicon } | null,
  reader: SightingReader,
): string | null {
  if (!article) return null;
  const { text, lex } = article;
  // From where who spoke last was named, not where they were credited: names in between are of that very sentence
  // ("Tom Beverley and Ruth Okonjo, who have tested the river below Harlow Bridge, said …").
  const seen = lastPerson ? names.findLast((s) => s.name === lastPerson.name && s.at <= lastPerson.at) : undefined;
  const since = Math.min(lastPerson?.at ?? -1, seen?.at ?? Infinity);
  let i = names.length - 1;
  while (i >= 0 && names[i]!.at >= at) i--;
  // Who spoke last may be one of the two ("Irfan Hakimi dan Lee Zhen Hao, …, berkata mereka akan bangkit").
  const last = lastPerson?.name;
  for (; i >= 0; i--) {
    const b = names[i]!;
    // Nor a name right after a preposition, a place or whose ("as câmaras de Penedo Alto e Souto da Ribeira").
    if (b.quoted || reader.afterPreposition(b.at)) continue;
    // Named before who spoke last: only as the pair that spoke last.
    const stale = b.at <= since && b.name !== last;
    if (!stale) {
      // Where the conjunction is also a name particle, the pair reads as one name ("João e Teresa Almeida").
      if (b.name.split(' ').some((w) => lex.conjunctions.has(w))) return b.name;
      const given = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, b.at - 30), b.at));
      // Not a place a preposition gives ("Martina Hollerith aus Kranzberg und Josef Straubinger").
      const givenAt = given ? text.lastIndexOf(given[1]!, b.at - given[2]!.length) : -1;
      if (given && lex.conjunctions.has(given[2]!.toLowerCase()) && !lex.stopwords.has(given[1]!.toLowerCase()) && !reader.afterPreposition(givenAt))
        return `${given[1]} ${given[2]} ${b.name}`;
      // A partner who goes by one name after the full name ("Slamet Riyadi dan Suminah").
      const partner = oneWordPartner(text.slice(b.at + b.name.length, b.at + b.name.length + 40), lex);
      if (partner) return `${b.name} ${partner}`;
    }
    for (let k = i - 1, reach = 0; k >= 0 && reach < PAIR_REACH; k--) {
      const a = names[k]!;
      // Not read back as a name: a surname seen again (no full name in the text there), or the end of a body's name ("Majlis Pengguna Nasional").
      if (a.alone || reader.afterBodyNoun(sightingStart(text, a))) continue;
      reach++;
      // Between the first name's end and the second's start, past the titles either run opens on ("Dr A and Professor B").
      const link = PAIR_LINK.exec(text.slice(sightingEnd(text, a), b.at))?.[1];
      const pair = !a.quoted && link && lex.conjunctions.has(link.toLowerCase()) ? `${a.name} ${link} ${b.name}` : null;
      // Or the two spoke last together ("X dan Y berkata mereka …", then "kata mereka").
      if (pair && pair === last) return pair;
      if (stale || (a.at <= since && a.name !== last && b.name !== last)) break;
      if (pair) return pair;
    }
    if (stale) break;
  }
  return null;
}
