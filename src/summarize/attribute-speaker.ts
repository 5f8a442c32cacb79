import { impersonalPlace } from './impersonal-place.js';
import { ELIDED_ARTICLE_ANY_CASE, ELIDED_ARTICLE_HEAD, ELIDED_LINK, withoutApostrophe } from './elision.js';
import type { Lexicon } from './lexicon.js';
import { bodyList, jointParts, listAfterStatement } from './joint-name.js';
import { firstMatch, lastMatch, matchesOf } from './lexicon.js';
import { lowercaseBodyAfter } from './lowercase-body-name.js';
import { mentionAfter, mentionBefore, opensOwnClause, pronounMention } from './speaker-name.js';
import { isTitle } from './title-word.js';
import { documentAuthor, isBodyCompound, unnamedSpeaker } from './unnamed-speaker.js';
import { endsWithMark } from './text-end.js';
import { isCapitalized, tokenize } from './tokenize.js';
import type { Mention, WordCounts } from './speaker-name.js';
import type { Token } from './tokenize.js';
import { memoPerArticle } from './mention-memo.js';

const INTRODUCED = /\s*:\s*$/;
/** A short lowercase role in apposition after a name ("Giulia Ferraro, infermiera"). */
const ROLE_AFTER_NAME = /,(?:\s+\p{Ll}[\p{L}'’-]*){1,3}\s*$/u;
/** Clause boundaries that open a clause after them; a stop may have a closing quote mark after it. */
const CLAUSE_MARKS = ',:;(—–.!?';
const STOP_MARKS = '.!?';
const CLOSING_MARKS = '"”’»';

/** True when nothing, or a clause boundary, comes before a verb (past spaces): it opens its clause. Read from the end. */
function clauseOpens(before: string): boolean {
  const end = before.trimEnd();
  if (end === '' || endsWithMark(end, CLAUSE_MARKS)) return true;
  return end.length > 1 && CLOSING_MARKS.includes(end[end.length - 1]!) && STOP_MARKS.includes(end[end.length - 2]!);
}

/** A lowercase word opening the words after a quote: a verb of saying when a named subject follows it. */
const UNLISTED_VERB = /^(\p{Ll}{3,})(?![\p{L}'’-])/u;

const FIRST_WORD = /^\s*([\p{L}’']+)/u;
/** A capitalized word, then the comma that opens an apposition. */
const NAME_BEFORE_COMMA = /\p{Lu}[\p{L}’'-]*[,;]\s*$/u;

/** A short role in lowercase words and the comma after it, before a name in apposition ("one shopper, "); a capital there starts a name, whose apposition is its role. */
const ROLE_THEN_COMMA = /^[^,.;:!?\p{Lu}]{1,40},\s*/u;
/** A role and its remit in capitals up to a comma ("General Manager ASDP Cabang Danau Toba, "), before a name in apposition. */
const REMIT_THEN_COMMA = /^\s*(\p{Lu}[^,.;:!?()"“”«»]{1,80}),\s*/u;
const INITIALS_WORD = /^\p{Lu}{2,6}$/u;

/** Searching further than this after a quote for "X said" is reading the next clause. */
const TAIL_SUBJECT_CHARS = 80;
/** A capitalized word right after a name, or past a comma: the holder named after the body ("dell'Inmet Priscila Andrade", "do BNB, Paulo Câmara"). */
const NAME_GOES_ON = /^\s*,?\s*\p{Lu}/u;

/**
 * Who the words right after a quote credit: "…,” katanya", "…,” said X, the
 * title of Y", "…,” X told Reuters", "…», a déclaré X", "…“, sagte X"; after a
 * plural verb, all the bodies listed with the one named ("…», hanno dichiarato
 * in una nota congiunta Fim, Fiom e Uilm").
 */
export function attributionAfter(tail: string, lex: Lexicon, counts: WordCounts): Mention | null | undefined {
  const credit = withoutMirroredAffiliation(creditAfter(tail, lex, counts), tail, lex);
  const verb = lex.verbAtStartRe.exec(tail.replace(/^[\s,;:—–-]+/, ''));
  if (!verb || !lex.pack.pluralVerb?.test(verb[0])) return credit;
  const clause = tail.slice(0, TAIL_SUBJECT_CHARS);
  // Not two people already credited together ("les deux délégués CGT, Nadia Belkacem et Franck Lemoine"): no list of bodies.
  if (credit?.kind === 'name' && !credit.name.split(' ').some((w) => lex.conjunctions.has(w.toLowerCase()))) {
    const listed = bodyList(credit.name, clause, lex);
    return listed ? { ...credit, name: listed } : credit;
  }
  // "…», hanno dichiarato in una nota congiunta Fim, Fiom e Uilm": the list right after the statement they spoke in.
  const statement = credit?.kind === 'pronoun' && credit.plural ? listAfterStatement(clause, lex) : null;
  return statement ? { kind: 'name', name: statement, titled: false, body: true } : credit;
}

function creditAfter(tail: string, lex: Lexicon, counts: WordCounts): Mention | null | undefined {
  const lead = tail.replace(/^[\s,;:—–-]+/, '');
  // "«…», le contestó Ortega": past an object pronoun before the verb.
  const clitic = lex.cliticAtStartRe?.exec(lead);
  const t = clitic && lex.verbAtStartRe.test(lead.slice(clitic[0].length)) ? lead.slice(clitic[0].length) : lead;
  const pronounVerb = lex.pronounVerbAtStartRe?.exec(t);
  if (pronounVerb) {
    const mention = pronounMention(pronounVerb[0], lex);
    return mention.kind === 'pronoun' && !mention.gender ? { ...mention, clitic: true } : mention;
  }
  // "«…», según la ministra": the source after the quote (a word that is a speech verb too, "aldus", is read as one).
  const according = lex.accordingToRe ? lastMatch(lex.accordingToRe, t.slice(0, TAIL_SUBJECT_CHARS)) : null;
  if (according?.index === 0 && !lex.verbAtStartRe.test(t)) {
    const rest = t.slice(according[0].length);
    const named = mentionAfter(rest, lex, counts);
    if (named?.kind === 'name' || named?.kind === 'pronoun') return named;
    const epithet = definiteEpithet(rest, lex);
    if (epithet) return epithet;
  }
  const verb = lex.verbAtStartRe.exec(t);
  if (verb) {
    const rest = t.slice(verb[0].length);
    // "…», a indiqué l'agence régionale de santé": a body whose name has no capital to read it by.
    const lowercaseBody = lowercaseBodyAfter(rest, lex);
    if (lowercaseBody) return lowercaseBody;
    const named = mentionAfter(rest, lex, counts);
    // "…», disseram à Lusa": a name right after a preposition is to whom or where it was said.
    const first = FIRST_WORD.exec(rest)?.[1]!
      .toLowerCase()
      .replace(/['’].*$/, '');
    const placed = first !== undefined && lex.prepositions.has(first) && !particleOfSurname(first, named, counts, lex);
    // "…», si legge in una nota firmata dal curatore, Giorgio Barbieri": the statement's signer, past where it was read.
    const signed = signer(rest, lex, counts);
    if (signed) return signed;
    // "…», si legge in una nota del Comune di Roma", "lê-se numa nota do Ministério X": the body whose statement it was read in.
    const issuer = placed ? statementIssuer(rest, lex) : null;
    if (issuer) return issuer;
    // "…», si legge nel rapporto", "…», écrivent les auteurs du rapport": the document speaks, for whoever the article named its author.
    const epithet = named?.kind === 'role' ? named : named?.kind === 'unnamed' || !named ? definiteEpithet(rest, lex) : null;
    // Its author named right after it ("nel rapporto della Protezione civile") is who speaks.
    // "…”, schrijft de rechter in het vonnis": a ruling, whose author is the court.
    const document = (placed ? readIn(rest, lex) : null) ?? (epithet?.kind === 'role' ? authorsOf(rest, epithet.title, lex) : null);
    if (document !== null) return documentAuthor(rest, rest.length, lex) ?? { kind: 'body', noun: '', document: true, ruling: lex.rulingWords.has(document) };
    const plural = lex.pack.pluralVerb?.test(verb[0]) ?? false;
    const group = apposedGroup(rest, lex, counts);
    if (group) return group;
    // "kata General Manager ASDP Cabang Danau Toba, Hendra Purba": a role with its body's initials or noun, then the person in apposition.
    const remit = named?.kind === 'name' && !placed ? REMIT_THEN_COMMA.exec(rest) : null;
    if (remit && remit[1]!.split(/\s+/).some((w) => INITIALS_WORD.test(w) || lex.bodyWords.has(w.toLowerCase()) || isTitle(w, lex))) {
      const apposed = mentionAfter(rest.slice(remit[0].length), lex, counts);
      if (apposed?.kind === 'name' && !apposed.body && apposed.name.includes(' ') && !remit[1]!.includes(apposed.name))
        return withPartner(apposed, rest, lex, counts, !plural);
    }
    // "…», ha detto il corridore della Orobica Cycling", "disse o advogado à Folha": an epithet right after the verb heading
    // a preposition's phrase is the subject; the name in that phrase is what it is of, or whom it was said to.
    const heading = named?.kind === 'name' && !placed ? epithetHeading(rest, named, lex) : null;
    if (heading) return heading;
    if (named?.kind === 'pronoun' || (named?.kind === 'name' && !placed)) return withPartner(named, rest, lex, counts, !plural);
    // "…,” said one shopper, Ann Lee, 54": someone unnamed by role, then their full name in apposition.
    if (named?.kind === 'unnamed') {
      const role = ROLE_THEN_COMMA.exec(rest);
      const apposed = role ? mentionAfter(rest.slice(role[0].length), lex, counts) : null;
      if (apposed?.kind === 'name' && !apposed.body && apposed.name.includes(' ')) return apposed;
    }
    // "zegt de Malinese spits": an epithet opening right after the verb is its subject, no adverbial before one.
    // Where every noun is capitalized, so is an article and a noun naming no one ("sagte der Isländer am Mikrofon von Dyn"):
    // an epithet, not the name past it; not one a name follows ("sagte die 71-jährige Renate Öztürk").
    const bareEpithet = lex.pack.nounsCapitalized && (!named || named.kind === 'unnamed') && !NAME_AFTER_EPITHET.test(rest) ? definiteEpithet(rest, lex) : null;
    const epithetFirst = (named?.kind === 'role' || bareEpithet?.kind === 'role') && first !== undefined && lex.articles.has(first);
    const later = epithetFirst ? null : mentionPastAdverbial(rest, lex, counts);
    // "…», indique la mairie sur sa page Facebook": a body by its noun right after the verb speaks; a name past its phrase is where.
    const ownBody = later?.kind === 'name' && named?.kind === 'body' && named.noun ? definiteBody(rest, lex) : null;
    if (ownBody?.kind === 'body' && later?.kind === 'name' && placedBefore(rest, later.name, lex)) return { ...ownBody, namedOnly: true };
    if (later) return withPartner(later, rest, lex, counts, !plural);
    // "…», señalaron desde el organismo": a body by its noun, from where the words came.
    const source = placed && lex.pack.sourcePrepositions?.includes(first) ? sourceBody(rest.slice(FIRST_WORD.exec(rest)![0].length), lex) : null;
    if (source) return source;
    // "…", klinkt het bij Voka", "hieß es beim DFB": a body by its name there too, one word or named as a body, not a person.
    if (placed && lex.pack.sourcePrepositions?.includes(first) && named?.kind === 'name' && (named.body === true || !named.name.includes(' '))) return named;
    // "…“, heißt es in dem Papier": a document the words stand in speaks for whoever wrote it.
    if (named?.kind === 'body' && named.document === true && placed) return named;
    // "…», ha spiegato in conferenza stampa": a place or time after the verb, no subject: whoever spoke last.
    // So is a statement it came in ("ha aggiunto in una nota"): whoever spoke last, a body only if one did.
    if ((named?.kind === 'unnamed' || named?.kind === 'name' || (named?.kind === 'body' && !named.noun)) && placed) return bareVerb(verb[0], lex);
    if (named?.kind === 'unnamed' || !named) {
      const epithet = definiteEpithet(rest, lex);
      if (epithet) return epithet;
    }
    // "a indiqué la direction dans un communiqué": the body's noun right after the verb speaks, not the statement it spoke in.
    const body = named?.kind === 'body' && !named.noun ? definiteBody(rest, lex) : null;
    if (body?.kind === 'body') return { ...body, namedOnly: true };
    // "sagte der Anwalt mit Blick auf den Bauunternehmer X": the epithet right after the verb speaks, not a role past it.
    const opening = named?.kind === 'role' ? definiteEpithet(rest, lex) : null;
    if (named?.kind === 'role' && opening?.kind === 'role' && opening.title !== named.title && isTitle(opening.title, lex)) return opening;
    if (named) return named;
  }
  // Every speech verb near the quote, not just the first: in "“…” announced
  // in October, said X" the first verb belongs to the quoted clause.
  const window = t.slice(0, TAIL_SUBJECT_CHARS);
  for (const later of matchesOf(lex.verbRe, window)) {
    if (verb && later.index === 0) continue;
    const before = window.slice(0, later.index);
    // "«…» e che nessuna regione ha segnalato": a verb of the reported clause, not the quote's credit.
    if (before.split(/\s+/).some((w) => lex.complementizers.has(w.toLowerCase()))) continue;
    const subject = mentionBefore(before, lex, counts) ?? (/,\s*$/.test(before) ? mentionAfter(t.slice(later.index + later[0].length), lex, counts) : null);
    // "«…» e anunciou que …", "“…” but warned that …": the quote's own clause goes on, its subject is before the quote.
    if (subject?.kind === 'unnamed' && linkWordsOnly(before, lex)) continue;
    if (subject) return subject;
  }
  // "«…», savoure l'entraîneur Peio Etcheverry": after the comma, a verb not in the list, then a named subject.
  const unlisted = UNLISTED_VERB.exec(t);
  const free = unlisted !== null && !lex.stopwords.has(unlisted[1]!) && !lex.complementizers.has(unlisted[1]!);
  if (free && /^\s*,/.test(tail)) {
    const rest = t.slice(unlisted[0].length);
    const named = mentionAfter(rest, lex, counts);
    // A lone first name is one when a role is apposed to it ("…», lançait Mickaël, abonné depuis trente ans").
    const apposed = named?.kind === 'name' && rest.trimStart().startsWith(named.name) && ROLE_APPOSED.test(rest.trimStart().slice(named.name.length));
    if (named?.kind === 'name' && (named.titled || named.name.includes(' ') || apposed)) return named;
    // "«…», contestó ella": a subject pronoun right after the verb.
    if (named?.kind === 'pronoun' && lex.pronouns.has(FIRST_WORD.exec(t.slice(unlisted[0].length))?.[1]?.toLowerCase() ?? '')) return named;
  }
  // "“…,” demikian keterangan tertulis BMKG": a body's statement or spokesperson after the word speaks for it.
  // So does a document there ("“…”, staat in het rapport"): its author.
  if (free) {
    const clause = t.slice(unlisted[0].length).split(/[,;.]/)[0]!;
    const body = unnamedSpeaker(
      tokenize(clause).filter((w) => w.isWord),
      lex,
    );
    if ((body?.kind === 'name' && body.body) || (body?.kind === 'body' && body.document)) return body;
  }
  // "“…”, dijo.": a bare verb means the latest speaker.
  return verb ? bareVerb(verb[0], lex) : undefined;
}

/** Characters after a speech verb in which a statement's signing is read ("in una nota firmata dal …"). */
const SIGNED_CHARS = 40;

/** Whoever signed the statement the words after a speech verb name ("in una nota firmata dal rettore", "signé par le maire, X"); null when none. */
function signer(rest: string, lex: Lexicon, counts: WordCounts): Mention | null {
  const signed = lex.pack.signedBy?.exec(rest.slice(0, SIGNED_CHARS));
  if (!signed) return null;
  const after = rest.slice(signed.index + signed[0].length);
  const named = mentionAfter(after, lex, counts);
  if (named?.kind === 'name' || named?.kind === 'role') return named;
  // "dal curatore fallimentare, Giorgio Barbieri": a role the pack does not list, then the person in apposition.
  const role = ROLE_THEN_COMMA.exec(after);
  const apposed = role ? mentionAfter(after.slice(role[0].length), lex, counts) : null;
  return apposed?.kind === 'name' && !apposed.body && apposed.name.includes(' ') ? apposed : null;
}

/** Words of a document's phrase read after a speech verb: a preposition, its article, the document's noun. */
const DOCUMENT_PHRASE_WORDS = 3;

/** The document's noun when the words open on a preposition and one, maybe an article between ("nel rapporto", "dans l'étude"); else null. */
function readIn(rest: string, lex: Lexicon): string | null {
  const words = tokenize(rest.slice(0, TAIL_SUBJECT_CHARS)).filter((t) => t.isWord && !/^['’]$/.test(t.text));
  const first = withoutApostrophe(words[0]?.text.toLowerCase() ?? '');
  if (!lex.prepositions.has(first)) return null;
  const phrase = words.slice(1, DOCUMENT_PHRASE_WORDS).map((t) => t.text.toLowerCase().replace(ELIDED_ARTICLE_HEAD, ''));
  const noun = lex.articles.has(phrase[0] ?? '') ? phrase[1] : phrase[0];
  return noun !== undefined && lex.documentWords.has(noun) ? noun : null;
}

/** The body named with the statement a preposition opens ("in una nota del Comune di Roma", "dans un communiqué de la Région"), or null. */
function statementIssuer(rest: string, lex: Lexicon): Mention | null {
  const tokens = tokenize(rest.slice(0, TAIL_SUBJECT_CHARS));
  const end = tokens.findIndex((t) => !t.isWord && !/^['’]$/.test(t.text));
  const words = (end < 0 ? tokens : tokens.slice(0, end)).filter((t) => t.isWord);
  const statement = words[lex.articles.has(words[1]?.text.toLowerCase() ?? '') ? 2 : 1]?.text.toLowerCase() ?? '';
  if (!lex.spokespersonWords.has(statement)) return null;
  const body = unnamedSpeaker(words.slice(1), lex);
  // Where every noun is capitalized, one word alone may be the body's common noun ("des Gremiums"): no name to read.
  if (body?.kind === 'name') return lex.pack.nounsCapitalized && !body.name.includes(' ') ? null : body;
  return body?.kind === 'body' && body.noun !== '' ? body : null;
}

/** True when the epithet after the verb is the writers of a document ("les auteurs du rapport", "i ricercatori nel rapporto"), no name with it. */
function authorsOf(rest: string, title: string, lex: Lexicon): string | null {
  const at = rest.toLowerCase().indexOf(title);
  return at >= 0 ? readIn(rest.slice(at + title.length), lex) : null;
}

/** Characters read past the first of two speakers for the second, each with a role ("los alcaldes de Vic, Marta Puig, y de Manlleu, Lluís Ferrer"). */
const PARTNER_CHARS = 90;
/** The first speaker's role in apposition before the conjunction ("Martine Échevarne, maire de Clairval, et …"). */
const ROLE_BEFORE_PARTNER = /^\s*,[^,.;:!?«»“”"]{1,50}(?=,)/u;

/** A party in brackets and a place a preposition gives after a name ("Martina Hollerith (Freie Wähler) aus Kranzberg"). */
const BRACKET_THEN_PLACE = /^(\s*\([^()]{1,40}\))?(?:\s+(\p{Ll}+)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?/u;

/** Length of what `BRACKET_THEN_PLACE` reads after the first of two speakers, the place only after a preposition; 0 for none. */
function placeAfter(past: string, lex: Lexicon): number {
  const m = BRACKET_THEN_PLACE.exec(past)!;
  if (m[2] !== undefined && lex.prepositions.has(m[2])) return m[0].length;
  return m[1]?.length ?? 0;
}

/** A comma and up to two words ending the text: a role in apposition before a name ("Presiden X, Datuk …"). */
const APPOSED_END = /,\s*(?:\p{L}+\s+){0,2}$/u;

/**
 * After a plural verb, one person named is half its subject: the other is the
 * full name after the conjunction that follows, past its own role. After any
 * verb when the first has a role in apposition and so does the second
 * ("kata Presiden X, Datuk Yusof Hamid, dan Setiausaha Agung Y, Dr …"): a
 * pair by the roles each is given, as "X and Y" is.
 */
function withPartner(first: Mention, rest: string, lex: Lexicon, counts: WordCounts, apposedOnly = false): Mention {
  // "zeggen zij", "sagten sie": a pronoun that is also a singular's is plural after a plural verb.
  if (first.kind === 'pronoun') return apposedOnly ? first : { kind: 'pronoun', plural: true };
  if (first.kind !== 'name' || first.body || first.name.split(' ').some((w) => lex.conjunctions.has(w.toLowerCase()))) return first;
  const at = rest.indexOf(first.name);
  if (at < 0) return first;
  const past = rest.slice(at + first.name.length);
  // Not the conjunction and the partner's own role ("Marta Puig, y de Manlleu, Lluís Ferrer").
  const apposed = ROLE_BEFORE_PARTNER.exec(past)?.[0] ?? '';
  const role = lex.conjunctions.has(FIRST_WORD.exec(apposed.replace(/^\s*,/, ''))?.[1]?.toLowerCase() ?? '') ? 0 : apposed.length || placeAfter(past, lex);
  // Or the first is the one in apposition to a role ("Presiden X, Datuk Yusof Hamid, dan …").
  const inApposition = APPOSED_END.test(rest.slice(0, at)) && /^\s*,/.test(past);
  if (apposedOnly && !role && !inApposition) return first;
  const after = past.slice(role, role + PARTNER_CHARS);
  const link = tokenize(after).find((t) => t.isWord);
  if (!link || !lex.conjunctions.has(link.text.toLowerCase()) || /[.;:!?]/.test(after.slice(0, link.start))) return first;
  // The partner: right after the conjunction, or after a comma closing its role.
  const starts = [link.end, ...[...after.slice(link.end).matchAll(/,\s*/g)].map((m) => link.end + m.index + m[0].length)];
  for (const from of starts) {
    if (/[.;:!?]/.test(after.slice(link.end, from))) break;
    if (apposedOnly && from === link.end) continue;
    // "e di Poggio San Marco, Alessandro Ferrucci": a name right after a preposition is the partner's place, their name follows it.
    if (
      lex.prepositions.has(
        FIRST_WORD.exec(after.slice(from))?.[1]
          ?.toLowerCase()
          .replace(/['’].*$/, '') ?? '',
      )
    )
      continue;
    const second = mentionAfter(after.slice(from), lex, counts);
    if (second?.kind === 'name' && !second.body && second.name.includes(' '))
      return { kind: 'name', name: `${first.name} ${link.text} ${second.name}`, titled: true };
  }
  return first;
}

/** A preposition, maybe elided, and a capitalized word right after a name: where the person works ("dell'Udu", "della Fials"). */
const AFFILIATION_AFTER = /^[ \u00A0]+(?:(\p{Ll}+)[ \u00A0]+|(\p{Ll}{1,5})['’])\p{Lu}/u;

/**
 * The first of a pair without the particle and capitals ending it when the second is followed by where they work
 * ("Tommaso Ricci di Link Serravalle e Ilaria Santoro dell'Udu"): the same phrase for the first, no more of their name.
 */
function withoutMirroredAffiliation(credit: Mention | null | undefined, tail: string, lex: Lexicon): Mention | null | undefined {
  if (credit?.kind !== 'name' || credit.body) return credit;
  const parts = jointParts(credit.name, lex);
  const at = parts ? tail.indexOf(parts.second) : -1;
  const m = parts && at >= 0 ? AFFILIATION_AFTER.exec(tail.slice(at + parts.second.length)) : null;
  const preposition = m?.[1] ?? m?.[2];
  if (!parts || preposition === undefined || !lex.prepositions.has(preposition)) return credit;
  const words = parts.first.split(' ');
  const k = words.findLastIndex((w, i) => i >= 2 && lex.nameParticles.has(w));
  if (k < 0 || !words.slice(k + 1).every((w) => isCapitalized(w))) return credit;
  return { ...credit, name: `${words.slice(0, k).join(' ')} ${parts.conjunction} ${parts.second}` };
}

/** A definite article, a count of two or more ("deux", "beiden"), then the role the people share up to a comma. */
const GROUP_ROLE = /^\s*(\p{L}+)\s+(\p{L}+)\s+([^,.;:!?«»“”"]{1,40}),\s*/u;

/**
 * The people a group epithet after the verb names in apposition ("ont lancé les deux délégués CGT, Nadia Belkacem et
 * Franck Lemoine", "sagten die beiden Bürgermeister, X und Y"): both of them, not the first alone nor the role's body.
 */
function apposedGroup(rest: string, lex: Lexicon, counts: WordCounts): Mention | null {
  const m = GROUP_ROLE.exec(rest);
  if (!m) return null;
  const article = m[1]!.toLowerCase();
  const count = m[2]!.toLowerCase();
  if (!lex.articles.has(article) || lex.indefiniteArticles.has(article)) return null;
  if ((lex.pack.numberWords[count] ?? 0) < 2 && !lex.pluralPronouns.has(count)) return null;
  const after = rest.slice(m[0].length);
  const first = mentionAfter(after, lex, counts);
  if (first?.kind !== 'name' || first.body) return null;
  const pair = withPartner(first, after, lex, counts);
  return pair.kind === 'name' && pair.name.split(' ').some((w) => lex.conjunctions.has(w.toLowerCase())) ? pair : null;
}

/**
 * True when the preposition opening the words after a verb is the particle of the surname after it, one the article
 * gives a person with that particle elsewhere ("garantiu dos Santos Ribeiro" after "José Manuel dos Santos Ribeiro").
 */
function particleOfSurname(first: string, named: Mention | null, counts: WordCounts, lex: Lexicon): boolean {
  if (!lex.nameParticles.has(first) || named?.kind !== 'name' || named.body) return false;
  // "aldus Van Achter": the particle, capitalized, opens the name read.
  return named.name.slice(0, first.length + 1).toLowerCase() === `${first} ` || counts.count(`${first} ${named.name}`) >= 2;
}

/** A speech verb with no subject after it: who spoke last, or two people together when its form is plural ("…», hanno scritto"). */
function bareVerb(verb: string, lex: Lexicon): Mention {
  return lex.pack.pluralVerb?.test(verb) ? { kind: 'pronoun', bare: true, plural: true } : { kind: 'pronoun', bare: true };
}

/** An article, a word, then a capitalized one: a name after its epithet. */
const NAME_AFTER_EPITHET = /^\s*\p{L}+\s+[\p{L}\p{N}-]+\s+\p{Lu}/u;

/**
 * A definite article and a noun after the verb, no name: an epithet for
 * someone the article named ("declarou o executivo", "ha raccontato
 * l'esterno", "dijo el capitán aragonés", "sagte der 24-Jährige").
 */
function definiteEpithet(rest: string, lex: Lexicon): Mention | null {
  const [article, ...after] = tokenize(rest.slice(0, TAIL_SUBJECT_CHARS));
  // Past an adverb between them ("dijo el ya exalcalde").
  const noun = after.find((t) => !(t.isWord && lex.fillers.has(t.text.toLowerCase())));
  if (!article?.isWord || !noun?.isWord) return null;
  const a = article.text.toLowerCase();
  if (!(ELIDED_ARTICLE_ANY_CASE.test(a) || (lex.articles.has(a) && !lex.indefiniteArticles.has(a)))) return null;
  const n = noun.text.toLowerCase();
  // "hanno scritto i due", "disent les deux": the two people named together.
  if ((lex.pack.numberWords[n] ?? 0) >= 2) return { kind: 'pronoun', plural: true, counted: true };
  if (n.length < 3 || lex.stopwords.has(n) || lex.complementizers.has(n) || lex.prepositions.has(n) || lex.bodyWords.has(n)) return null;
  if (isCapitalized(noun.text) && !lex.pack.nounsCapitalized) return null;
  return { kind: 'role', title: n };
}

/**
 * The epithet opening `rest` (definiteEpithet) when a preposition follows its noun and `named` comes only past it
 * ("il capitano della Trinacria Pro Team"): the epithet's holder speaks. Not a title's holder named in full there ("il
 * sindaco di Roma Roberto Gualtieri"), whom the phrase only places.
 */
function epithetHeading(rest: string, named: Mention & { kind: 'name' }, lex: Lexicon): Mention | null {
  const epithet = definiteEpithet(rest, lex);
  if (epithet?.kind !== 'role' || lex.spokespersonWords.has(epithet.title) || lex.documentWords.has(epithet.title)) return null;
  // A full name may be the epithet's holder ("l'assessore al Bilancio Paolo Ferretti"), as may one right after the phrase's
  // name (NAME_GOES_ON); one word is a place, a body or an outlet ("la deputata della maggioranza", "disse o advogado à Folha").
  if (named.name.includes(' ')) return null;
  const tokens = tokenize(rest.slice(0, TAIL_SUBJECT_CHARS));
  const k = tokens.findIndex((t) => t.isWord && t.text.toLowerCase() === epithet.title);
  const link = tokens[k + 1];
  if (k < 0 || !link?.isWord || !(lex.prepositions.has(link.text.toLowerCase()) || ELIDED_LINK.test(link.text))) return null;
  const at = rest.indexOf(named.name, link.start);
  return at > 0 && !NAME_GOES_ON.test(rest.slice(at + named.name.length)) ? epithet : null;
}

/** A definite article and a body's common noun ("el organismo", "la empresa"): the body the article named before. */
function definiteBody(rest: string, lex: Lexicon): Mention | null {
  const [article, noun] = tokenize(rest.slice(0, TAIL_SUBJECT_CHARS));
  const a = article?.text.toLowerCase() ?? '';
  const n = noun?.text.toLowerCase() ?? '';
  const definite = lex.articles.has(a) && !lex.indefiniteArticles.has(a);
  return definite && noun?.isWord && lex.bodyWords.has(n) ? { kind: 'body', noun: n } : null;
}

/**
 * The body the words came from after a source preposition ("señalaron desde el organismo"); where nouns compound, a
 * compound of a body's noun there is the body's own name ("hieß es aus dem Landwirtschaftsministerium"), unless of a noun
 * that only describes a named body ("aus dem Familienunternehmen").
 */
function sourceBody(rest: string, lex: Lexicon): Mention | null {
  const body = definiteBody(rest, lex);
  if (body || !lex.pack.nounsCapitalized) return body;
  const [article, noun] = tokenize(rest.slice(0, TAIL_SUBJECT_CHARS));
  const a = article?.text.toLowerCase() ?? '';
  if (!noun?.isWord || !lex.articles.has(a) || lex.indefiniteArticles.has(a) || !isBodyCompound(noun.text, lex)) return null;
  const lower = noun.text.toLowerCase();
  return lex.pack.namedBodyNouns?.some((w) => lower.endsWith(w)) ? null : { kind: 'name', name: noun.text, titled: false, body: true };
}

/**
 * Whether the body's phrase (article and noun opening `rest`) ends before `name`: a lowercase word after the noun that is no
 * name particle ("la mairie sur sa page Facebook", not "la mairie de Saint-Omer"), so the name is where it was said.
 */
function placedBefore(rest: string, name: string, lex: Lexicon): boolean {
  const at = rest.indexOf(name);
  const next = tokenize(rest.slice(0, at))[2];
  return at > 0 && next !== undefined && next.isWord && !isCapitalized(next.text) && !lex.nameParticles.has(next.text.toLowerCase());
}

const LOWER_START = /^\p{Ll}/u;
/** A capitalized word anywhere: a name that may follow an epithet. */
const CAPITAL_WORD = /(?<![\p{L}])\p{Lu}/u;

/** Most words of a time or manner phrase between a verb and its subject ("declarou nesta terça-feira o presidente"). */
const ADVERBIAL_WORDS = 7;

/**
 * The speaker after a time, place or manner phrase that follows the verb:
 * "a martelé jeudi le député Paul Martin", "garantiu à imprensa a advogada
 * Marta Nunes", "ha tuonato ieri Marco Rossi". Only a named one, or a body
 * by its article and noun: the phrase skipped must not be what was said.
 */
export function mentionPastAdverbial(rest: string, lex: Lexicon, counts: WordCounts): Mention | null {
  const tokens = tokenize(rest.slice(0, TAIL_SUBJECT_CHARS));
  if ((tokens[0]?.isWord && lex.complementizers.has(tokens[0].text.toLowerCase())) || opensOwnClause(tokens, lex)) return null;
  const preposition = (k: number): boolean => lex.prepositions.has(withoutApostrophe(tokens[k]?.text.toLowerCase() ?? ''));
  /** The capitalized words of a phrase after a preposition ("à TV Globo", "en el Congreso"): to whom or where, not who. */
  let placed = false;
  /** An ordinal before a lowercase noun that is no title ("a primera hora", "na primeira sessão"): the phrase's word, no role. */
  const ordinal = (k: number): boolean =>
    lex.ordinalWords.has(tokens[k]!.text.toLowerCase()) && tokens[k + 1]!.isWord && LOWER_START.test(tokens[k + 1]!.text) && !isTitle(tokens[k + 1]!.text, lex);
  // Past a role ("sagte der Trainer nach dem Spiel"), what follows is no longer its subject.
  for (let j = 1; j < tokens.length && j <= ADVERBIAL_WORDS; j++) {
    const t = tokens[j]!;
    if (!t.isWord || (isTitle(tokens[j - 1]!.text, lex) && !ordinal(j - 1))) return null;
    const lower = t.text.toLowerCase();
    const wasPlaced: boolean = placed;
    placed = false;
    // "ha fatto sapere in serata l'azienda": a body's noun after its article, past a time or manner phrase, is the subject.
    const articleBefore = lex.articles.has(tokens[j - 1]!.text.toLowerCase()) || ELIDED_ARTICLE_ANY_CASE.test(tokens[j - 1]!.text);
    // Not one after a preposition elided with its article ("in una lettera all'azienda"): to whom.
    if (j > 1 && lex.bodyWords.has(lower) && !isCapitalized(t.text) && articleBefore && !preposition(j - 2) && !preposition(j - 1))
      return { kind: 'body', noun: lower, namedOnly: true };
    // "ha spiegato ieri l'azienda sanitaria provinciale di Cosenza": a body by its whole name in lowercase words, not the place it ends on.
    const own = lex.articles.has(lower) || ELIDED_ARTICLE_ANY_CASE.test(t.text) ? lowercaseBodyAfter(rest.slice(t.start), lex) : null;
    if (own && !preposition(j - 1) && !preposition(j)) return own;
    // "ha scritto in una nota l'assessora", "ha scritto su Facebook l'assessora": a definite epithet past the phrase, no name
    // after it, is its subject.
    const definite = (lex.articles.has(lower) && !lex.indefiniteArticles.has(lower)) || ELIDED_ARTICLE_ANY_CASE.test(t.text);
    const role = definite && !preposition(j - 1) && !lex.pack.nounsCapitalized ? definiteEpithet(rest.slice(t.start), lex) : null;
    if (role?.kind === 'role' && isTitle(role.title, lex) && !CAPITAL_WORD.test(rest.slice(tokens[j + 1]!.end))) return role;
    if (!lex.articles.has(lower) && !isCapitalized(t.text) && !isTitle(t.text, lex)) {
      // "disse à agência Lusa", "indique sur sa page Facebook": a lowercase noun after the preposition keeps its phrase open.
      // Not past a capitalized particle ("zei Van den Brink") nor an elided article ("à l'OCBC"), which read as before.
      placed =
        (wasPlaced || (preposition(j - 1) && !isCapitalized(tokens[j - 1]!.text))) && !ELIDED_ARTICLE_ANY_CASE.test(t.text) && !lex.nameParticles.has(lower);
      continue;
    }
    // "disse à Lusa Rita Gonçalves": a name right after a preposition (and its article, elided or not: "en el Congreso",
    // "à l'AFP") is to whom or where, the speaker comes after it.
    const article = (lex.articles.has(tokens[j - 1]!.text.toLowerCase()) || ELIDED_ARTICLE_ANY_CASE.test(tokens[j - 1]!.text)) && preposition(j - 2);
    if (preposition(j - 1) || (isCapitalized(t.text) && article)) {
      placed = isCapitalized(t.text) || lex.articles.has(lower);
      continue;
    }
    const named = mentionAfter(rest.slice(t.start), lex, counts);
    // The rest of that phrase ("à TV Globo") unless a full name starts there.
    if (wasPlaced && isCapitalized(t.text) && !(named?.kind === 'name' && named.name.includes(' ') && !named.body)) {
      placed = true;
      continue;
    }
    // "sagte am Dienstag der Kämmerer der Stadt, Robert Fiedler": where nouns are capitalized, one word after a definite
    // article is an epithet, whom the article names with it, not a name; a body's noun is the body ("der Polizeidirektion").
    const epithet =
      lex.pack.nounsCapitalized && articleBefore && named?.kind === 'name' && !named.titled && !named.name.includes(' ') && !isBodyCompound(named.name, lex)
        ? definiteEpithet(rest.slice(tokens[j - 1]!.start), lex)
        : null;
    if (epithet) return epithet;
    if (named?.kind === 'name') return named;
  }
  return null;
}

/** The one word between a clause's start and the verb. */
const LONE_OPENING_WORD = /(?:^|[,;:.!?])\s*(\p{L}+)\s*$/u;

/** One adverb opening the clause before the verb ("Dazu sagte …", "…; zugleich betonte …"): no subject, so the verb's follows it. */
function frontedAdverb(before: string, lex: Lexicon): boolean {
  const word = LONE_OPENING_WORD.exec(before)?.[1];
  return word !== undefined && lex.sentenceAdverbs.has(word.toLowerCase());
}

/**
 * True when the verb opens its clause, so the speaker follows it ("Dijo el
 * presidente: «…»", "…, said Mayor Ana Ruiz: “…”"); after a subject the words
 * after the verb are what was said ("the commissioner said the US decision …")
 * or to whom ("told Business Insider").
 */
function inverted(before: string, verb: string, lex: Lexicon): boolean {
  if (lex.addresseeVerbs.has(verb.toLowerCase().replace(/\s+/g, ' '))) return false;
  if (clauseOpens(before) || frontedAdverb(before, lex)) return true;
  // "Según explicó el portavoz …": the verb right after "according to" opens its clause too.
  const according = lex.accordingToRe ? lastMatch(lex.accordingToRe, before) : null;
  return according !== null && before.slice(according.index + according[0].length).trim() === '';
}

/** The verb's clause runs on to the quote it introduces: "Im Gespräch sagte Weber: „…“". */
const INTRODUCES_QUOTE = /^[^.!?]{0,80}[,:]\s*$/;

/**
 * The subject of a speech verb before a quote: before the verb, or after it
 * when the verb opens its clause or follows a phrase that is no subject (the
 * verb-second order of German and Dutch: "Im Gespräch sagte Weber:").
 */
function subjectOf(before: string, verb: string, after: string, lex: Lexicon, counts: WordCounts): Mention | null {
  // "Lui répond aussitôt X : «…»", "Le contestó Ortega: «…»": an object clitic alone before the verb is to whom; a name after it is who.
  const trimmed = before.trimStart();
  const clitic = lex.cliticAtStartRe?.exec(trimmed);
  if (clitic && clitic[0].length === trimmed.length) {
    const named = mentionAfter(after, lex, counts);
    if (named?.kind === 'name') return named;
  }
  const subject = mentionBefore(before, lex, counts);
  // "In antwoord op Kamervragen van Kamerlid X schrijft de minister dat …": a name inside a phrase a preposition opens,
  // with no comma before the verb, is no subject; the verb's follows it. Not a surname's particle ("Von der Heydt forderte").
  const opening = FIRST_WORD.exec(before)?.[1]?.toLowerCase() ?? '';
  if (subject?.kind === 'name' && !before.includes(',') && lex.prepositions.has(opening) && !lex.nameParticles.has(opening)) {
    const inverted = mentionAfter(after, lex, counts);
    if (inverted && inverted.kind !== 'unnamed') return inverted;
  }
  if (subject && subject.kind !== 'unnamed') return subject;
  // "Aus dem Landwirtschaftsministerium hieß es": the body the words came from, opening the clause.
  const source =
    !subject && lex.pack.sourcePrepositions?.includes(opening) ? sourceBody(before.slice(before.toLowerCase().indexOf(opening) + opening.length), lex) : null;
  if (source) return source;
  // "Für Mittwoch warnte der Wetterdienst erneut: „…“": past a fronted phrase a preposition opens, the subject follows the verb.
  const fronted = !subject && lex.prepositions.has(opening) && !before.includes(',') && INTRODUCES_QUOTE.test(after);
  if (inverted(before, verb, lex) || fronted || (subject && INTRODUCES_QUOTE.test(after))) {
    // "Según explicó a EFE el portavoz de Renfe, Juan Pérez": to whom first, then who.
    const first = FIRST_WORD.exec(after)?.[1]!
      .toLowerCase()
      .replace(/['’].*$/, '');
    const named = (first !== undefined && lex.prepositions.has(first) ? mentionPastAdverbial(after, lex, counts) : null) ?? mentionAfter(after, lex, counts);
    if (named && (named.kind !== 'unnamed' || !subject)) return named;
  }
  return subject;
}

/** Only conjunctions and function words, no pronoun: a clause going on with the subject it had ("» e ha", "” but"). */
function linkWordsOnly(text: string, lex: Lexicon): boolean {
  return text
    .trim()
    .split(/\s+/)
    .every((w) => !w || lex.conjunctions.has(w.toLowerCase()) || (lex.stopwords.has(w.toLowerCase()) && !lex.pronouns.has(w.toLowerCase())));
}

/** Quote marks of every language, read as spaces between two quotes so only the reporter's words are left. */
const QUOTE_MARKS = /[«»“”"„‘’]/g;

/** Most words of the clause a complementizer opens before the quote it reports ("e afirmou que os juros «…»"). */
const MAX_REPORTED_LEAD_WORDS = 4;
/** A bare word, no mark of a clause's end or a quote's among it. */
const BARE_WORD = /^\p{L}[\p{L}'’-]*$/u;

/**
 * Whether the words between two quotes only join a further speech verb to the
 * first quote's sentence ("X ha parlato di «…» e ha aggiunto: «…»", "X habló
 * de «…» y añadió: «…»"), or the verb and the clause it reports ("X lamentou
 * "…" e garantiu que "…""): the second goes on with the first's subject.
 */
export function joinedVerb(between: string, lex: Lexicon): boolean {
  const words = between.replace(QUOTE_MARKS, ' ');
  const verb = lastMatch(lex.verbRe, words);
  if (verb === null || !linkWordsOnly(words.slice(0, verb.index), lex)) return false;
  const after = words.slice(verb.index + verb[0].length);
  if (/^\s*[:,]?\s*$/.test(after)) return true;
  const clause = after.trim().split(/\s+/);
  // Past a preposition the verb takes before its clause ("advirtió de que", "se queixou de que").
  if (clause.length > 1 && lex.prepositions.has(clause[0]!.toLowerCase())) clause.shift();
  const [complementizer, ...lead] = clause;
  return (
    complementizer !== undefined &&
    lex.complementizers.has(complementizer.toLowerCase()) &&
    lead.length <= MAX_REPORTED_LEAD_WORDS &&
    lead.every((w) => BARE_WORD.test(w))
  );
}

/**
 * Who the words before a quote credit: "menurut X, “…”", "X said: “…”",
 * "Rutte menambahkan bahwa Nato “…”", "Ia menggambarkan … sebagai “…”".
 * Read once per head an article asks of: a cue's words and a quote's head are often the same.
 */
export const attributionBefore = memoPerArticle(readAttributionBefore);

function readAttributionBefore(head: string, lex: Lexicon, counts: WordCounts): Mention | null | undefined {
  const according = lex.accordingToRe ? lastMatch(lex.accordingToRe, head) : null;
  const verb = lastMatch(lex.verbRe, head);
  const pronounVerb = lex.pronounVerbRe ? lastMatch(lex.pronounVerbRe, head) : null;
  // "Pour le politologue X, de l'université Y, le résultat « … »": the view the opening phrase reports is the quote's.
  const opening = lex.openingAccordingToRe ? lastMatch(lex.openingAccordingToRe, head) : null;
  const candidates = [according, verb, pronounVerb, opening].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => b.index - a.index);
  let unnamed: Mention | null = null;
  for (const m of candidates) {
    const after = head.slice(m.index + m[0].length);
    const mention =
      m === pronounVerb
        ? pronounMention(m[0], lex)
        : m === according
          ? mentionAfter(after, lex, counts)
          : m === opening
            ? openingView(after, lex, counts)
            : subjectOf(head.slice(0, m.index), m[0], after, lex, counts);
    if (mention?.kind === 'unnamed') unnamed ??= mention;
    else if (mention) return mention;
  }
  // "La ponente, la liberal X, defendió que el recaudo «…»": the verb's subject sits a clause back.
  if (unnamed) return clauseSubject(head, lex, counts) ?? impersonalPlace(head, lex, counts) ?? unnamed;
  // A name introducing the quote with a colon: "Dura la leader del Pd Elly Schlein: «…»".
  if (endsWithMark(head, ':')) {
    // "c'era anche Giulia Ferraro, infermiera: «…»": the name before a short lowercase role.
    const named = mentionBefore(head.replace(INTRODUCED, '').replace(ROLE_AFTER_NAME, ''), lex, counts);
    // "Le ministre : « … »": a role right before the colon too. A lone word there may be the verb's object
    // ("Experte Jonas Feld erwartet weitere Kürzungen: „…“"): the clause's subject comes first.
    if (named && unprovenLoneWord(named, counts)) return clauseSubject(head, lex, counts) ?? named;
    // One after a preposition is whom or where ("… tra i firmatari di una lettera aperta al rettore: «…»"): the clause's subject first.
    if (named?.kind === 'role' && governedBefore(head, named.title, lex)) return clauseSubject(head, lex, counts) ?? named;
    if (named?.kind === 'name' || named?.kind === 'role') return named;
    // "Im Gespräch wurde sie deutlicher: „…“": a subject pronoun in the clause that introduces the quote.
    const clause = head.slice(head.lastIndexOf(',') + 1);
    const pronoun = tokenize(clause).find((t) => t.isWord && lex.pronouns.has(t.text.toLowerCase()));
    if (pronoun) return pronounMention(pronoun.text, lex);
  }
  // "Au rectorat, on défend un dispositif « … »": no speech verb, the impersonal pronoun's place speaks.
  return clauseSubject(head, lex, counts) ?? impersonalPlace(head, lex, counts) ?? undefined;
}

/** True when the last use of `title` in `head` comes right after a preposition, its article too ("al rettore", "à la ministre"). */
function governedBefore(head: string, title: string, lex: Lexicon): boolean {
  const at = head.toLowerCase().lastIndexOf(title);
  const words = tokenize(head.slice(0, Math.max(at, 0)))
    .filter((t) => t.isWord && !/^['’]$/.test(t.text))
    .map((t) => withoutApostrophe(t.text.toLowerCase()));
  const last = words.pop() ?? '';
  const before = lex.prepositions.has(last) || !lex.articles.has(last) ? last : (words.pop() ?? '');
  return at > 0 && lex.prepositions.has(before);
}

/**
 * Whose view an opening "Pour …," / "Para …," reports: only a full or titled
 * name, a person's or a body's ("Para la Asociación X, …"), as "Per Milano, …"
 * may mean "for".
 */
function openingView(after: string, lex: Lexicon, counts: WordCounts): Mention | null {
  const m = mentionAfter(after, lex, counts);
  return m?.kind === 'name' && (m.titled || m.name.includes(' ')) ? m : null;
}

/**
 * Who the sentence before a quote credited only by a pronoun or a bare verb
 * is about, when that is a role or a body ("El ministro fue tajante. «…»,
 * respondió", "Une porte-parole de Valmet a précisé que … « … », a-t-elle
 * indiqué"): the pronoun means them, not whoever spoke last.
 */
export function sentenceSubject(sentence: string, lex: Lexicon, counts: WordCounts): Mention | null {
  const words = tokenize(sentence.slice(0, CLAUSE_CHARS)).filter((t) => t.isWord);
  // Where every noun is capitalized, a definite article, a title and its verb open the sentence ("Die Geschäftsführerin hält …"):
  // the role is its subject, not a noun after the verb.
  const [article, role, verb] = words;
  const definite = article !== undefined && lex.articles.has(article.text.toLowerCase()) && !lex.indefiniteArticles.has(article.text.toLowerCase());
  if (
    lex.pack.nounsCapitalized &&
    definite &&
    role &&
    verb &&
    isTitle(role.text, lex) &&
    !isCapitalized(verb.text) &&
    !lex.stopwords.has(verb.text.toLowerCase())
  )
    return { kind: 'role', title: role.text.toLowerCase() };
  // A gendered pronoun opening the sentence ("Lei ha vinto …", "Elle a perdu …"): the person of its gender it means.
  const gender = article !== undefined && sentence.trimStart().startsWith(article.text) ? lex.pronounGenders.get(article.text.toLowerCase()) : undefined;
  if (gender) return { kind: 'pronoun', gender };
  const m = clauseSubject(sentence, lex, counts);
  // A spokesperson opening the sentence speaks for the body named with them, whatever its later clauses hold
  // ("Ein Sprecher des Bundesheeres sagte, man halte Hubschrauber bereit, um Kranke zu transportieren").
  // So does one opening its last clause ("Die Notaufnahme bleibt offen, wie eine Sprecherin des Spitals bestätigte").
  if (m?.kind !== 'body' && !(m?.kind === 'name' && m.body === true)) {
    const last = sentence.lastIndexOf(',') + 1;
    for (const from of last > 0 ? [0, last] : [0]) {
      const opening = tokenize(sentence.slice(from, from + CLAUSE_CHARS))
        .filter((t) => t.isWord)
        .slice(0, SPOKESPERSON_WORDS);
      if (!opening.some((t) => lex.spokespersonWords.has(t.text.toLowerCase()))) continue;
      // Past the word opening a subordinate clause ("wie", "zoals"): the spokesperson's phrase.
      const lead = opening[0] && lex.complementizers.has(opening[0].text.toLowerCase()) ? opening[0].end : 0;
      // A last clause opening on its verb goes on with the sentence's subject ("Sophie Grant, read a statement outside court").
      const opener = opening[0]?.text.toLowerCase() ?? '';
      if (from > 0 && !lead && !lex.articles.has(opener) && !lex.spokespersonWords.has(opener)) continue;
      const spoken = mentionAfter(sentence.slice(from + lead, from + CLAUSE_CHARS), lex, counts);
      if (spoken?.kind === 'name' && spoken.body === true) return spoken;
    }
  }
  if (m?.kind === 'role') {
    // A title after a definite article ("el ministro", "l'allenatore"): someone the article gave that role.
    const at = words.findIndex((t) => t.text.toLowerCase() === m.title);
    // Past one adjective between them ("o antigo ministro", "la nueva alcaldesa").
    const adjective = at >= 2 && !isCapitalized(words[at - 1]!.text) && !lex.stopwords.has(words[at - 1]!.text.toLowerCase());
    const article = words[at - (adjective ? 2 : 1)]?.text.toLowerCase() ?? '';
    const definite = ELIDED_ARTICLE_ANY_CASE.test(article) || (lex.articles.has(article) && !lex.indefiniteArticles.has(article));
    return definite && isTitle(m.title, lex) ? m : null;
  }
  const aged = agedPerson(sentence, lex, counts);
  if (aged) return aged;
  // A person named in full after a role or an article, as its subject ("A comerciante Maria das Graças Oliveira, …, perdeu …"):
  // no preposition before ("Para o economista X, da consultoria Y, o resultado …"), nor is the name one's place ("A Faenza").
  // A name opening the sentence is already its subject to the resolver, a place too ("Haven Delft blijft dicht").
  if (m?.kind === 'name' && !m.body && m.name.includes(' ')) {
    const at = words.findIndex((t) => sentence.startsWith(m.name, t.start));
    const lead = at < 0 ? [] : [...words.slice(0, at), words[at]!].map((t) => t.text.toLowerCase());
    // A title's remit between it and the name ("il ministro della Salute Carlo Neri", "l'assessora alla Sanità"): prepositions,
    // articles and capitals only, which neither count as the lead's words nor say where the name stands.
    const titled = lead.findIndex((w) => isTitle(w, lex));
    const remitWord = (t: Token): boolean => isCapitalized(t.text) || lex.prepositions.has(t.text.toLowerCase()) || lex.articles.has(t.text.toLowerCase());
    const remit = titled >= 0 && words.slice(titled + 1, at).every(remitWord) ? at - titled - 1 : 0;
    const before = titled < 0 ? lead : lead.slice(0, titled);
    const opens = at >= 1 && at - remit <= SUBJECT_LEAD_WORDS && !before.some((w) => lex.prepositions.has(w)) && !lex.stopwords.has(lead[at]!);
    return opens || (at >= 0 && afterFrontedAdverbial(sentence, words, at, m.name, lex)) ? m : null;
  }
  // A body only through its spokesperson opening the sentence: a body merely named there is no speaker.
  const opening = words.slice(0, SPOKESPERSON_WORDS);
  const spokesperson = opening.some((t) => lex.spokespersonWords.has(t.text.toLowerCase()));
  if (!spokesperson) return null;
  // A body by its noun only: the one its spokesperson's verb just credited, as a bare verb means.
  if (m?.kind === 'body') return { kind: 'pronoun', bare: true };
  return m?.kind === 'name' && m.body === true ? m : null;
}

/** A name's verb right after it: a lowercase word, no comma of an apposition between ("Ana Lima mira …", not "Ana Lima, que …"). */
const VERB_NEXT = /^[ \u00A0]+\p{Ll}/u;

/**
 * A name opening the clause after a fronted adverbial set off by a comma, its verb right after it
 * ("Na herdade X, perto de Y, Joaquim Raposo olha …", "Au marché, Anne Roux fait …"): the sentence's subject,
 * though it no longer opens the sentence. A name after a role and its comma is that role's apposition instead.
 */
function afterFrontedAdverbial(sentence: string, words: readonly Token[], at: number, name: string, lex: Lexicon): boolean {
  const start = words[at]!.start;
  return lex.prepositions.has(words[0]!.text.toLowerCase()) && /,\s*$/.test(sentence.slice(0, start)) && VERB_NEXT.test(sentence.slice(start + name.length));
}

/** A lowercase role set off by a comma right after a name ("Mickaël, abonné depuis …", "Sandrine, une vacancière …"). */
const ROLE_APPOSED = /^,\s+\p{Ll}/u;

/** An article opening what a comma sets off right after a name. */
const INDEFINITE_APPOSED = /^,\s+(\p{Ll}+)\s+\p{Ll}/u;

/** A bare age set off by commas right after a name ("Ann Lee, 71, who …"). */
const BARE_AGE = /^,\s*\d{1,3}\s*[,.;]/;

/**
 * A person the sentence introduces with their age ("Among them was Ann Lee,
 * 71, who …") or, by first name only, as someone indefinite ("Sandrine, une
 * vacancière, …"): a passer-by brought in to speak next, whom the pronoun of
 * the quote after means.
 */
export function agedPerson(sentence: string, lex: Lexicon, counts: WordCounts): Mention | null {
  for (const t of tokenize(sentence.slice(0, CLAUSE_CHARS))) {
    if (!isCapitalized(t.text)) continue;
    const m = mentionAfter(sentence.slice(t.start), lex, counts);
    if (m?.kind !== 'name' || m.body || !sentence.startsWith(m.name, t.start)) continue;
    const after = sentence.slice(t.start + m.name.length);
    // A lone first name opening a clause is one when someone indefinite is apposed to it ("Au camping, Sandrine, une vacancière
    // lyonnaise, a dû …"); not a surname's last word, nor an object ("his colleague Tom, a fitter").
    if (!m.name.includes(' ')) {
      // Where a subject may open a clause: the sentence's start or after a comma.
      const lead = sentence.slice(0, t.start);
      if (lead.trim() !== '' && !endsWithMark(lead, ',')) continue;
      const apposed = INDEFINITE_APPOSED.exec(after)?.[1]?.toLowerCase();
      if (apposed !== undefined && lex.indefiniteArticles.has(apposed)) return m;
      continue;
    }
    lex.ageRe.lastIndex = 0;
    const age = lex.ageRe.exec(after.slice(0, 20));
    if (BARE_AGE.test(after) || age?.index === 0) return m;
  }
  return null;
}

/**
 * True when the quote's sentence so far is a clause opening on its subject with its verb in the mood of reported speech
 * ("Die Mitarbeiter hätten „…“"): the words are those of who spoke last, not of its subject.
 */
export function reportedClause(head: string, lex: Lexicon): boolean {
  const mood = lex.pack.reportedMoodVerb;
  const words = tokenize(head).filter((t) => t.isWord);
  if (!mood || !words.length || !isCapitalized(words[0]!.text)) return false;
  const verb = words.find(
    (t, i) =>
      i > 0 && !isCapitalized(t.text) && !lex.stopwords.has(t.text.toLowerCase()) && !lex.nameParticles.has(t.text.toLowerCase()) && !isTitle(t.text, lex),
  );
  return verb !== undefined && mood.test(verb.text);
}

/** Most words before a sentence's named subject: an article, a role, a linking adverb ("Já o aposentado José Carlos Vieira"). */
const SUBJECT_LEAD_WORDS = 3;

/** How far into a sentence its subject's spokesperson word may sit ("Une porte-parole de Valmet"). */
const SPOKESPERSON_WORDS = 3;

/** A lone capitalized word, untitled, that never recurs as a sentence's subject: as likely a noun or an object as a person. */
function unprovenLoneWord(m: Mention, counts: WordCounts): boolean {
  return m.kind === 'name' && !m.titled && !m.body && !m.name.includes(' ') && !(counts.count(m.name) >= 2 && counts.opensSentence(m.name));
}

/** A clause opening: the head's start or right after a comma or semicolon. */
const CLAUSE_START = /[,;]\s*/g;
/** Clauses tried back from the quote, and how much of each is read: a subject opens its clause. */
const MAX_CLAUSES = 3;
const CLAUSE_CHARS = 200;
/** A lowercase word: the verb after a subject ("calificó", "accused"). */
const LOWERCASE_WORD = /^\s*\p{Ll}/u;
const DIGIT_START = /^\p{N}/u;

/**
 * True when clause `k` of `head` (its clauses starting at `starts`) is an aside ("L'agence, elle, défend …", "La empresa,
 * por su parte, defiende …"): the clause before it holds the subject, and the aside shows it acting, lone word or not.
 * A function of the module, not a closure made per call: tsx (with esbuild's keepNames) names every closure bound to a const
 * as it is made, which cost more than the closure's own reading.
 */
function asideAt(head: string, starts: readonly number[], k: number, lex: Lexicon): boolean {
  return (
    k > 0 &&
    starts[k + 1] !== undefined &&
    lex.subjectAsides.has(
      head
        .slice(starts[k], starts[k + 1])
        .replace(CLAUSE_START, '')
        .trim()
        .toLowerCase(),
    )
  );
}

/**
 * The subject of the clause a quoted fragment sits in, when no verb of saying
 * credits it: "El representante Julián Arbeláez calificó el proyecto de
 * «…»", "la ponente, la liberal Sandra Milena Quintero, defendió que el
 * recaudo «…»". Only a person or a body named with a title, a full name or a
 * pronoun, and only when a lowercase word (the verb) follows it.
 */
const clauseSubject = memoPerArticle(readClauseSubject);

function readClauseSubject(head: string, lex: Lexicon, counts: WordCounts): Mention | null {
  const starts = [0, ...matchesOf(CLAUSE_START, head).map((m) => m.index + m[0].length)];
  for (let k = starts.length - 1, tried = 0; k >= 0 && tried < MAX_CLAUSES; k--) {
    if (asideAt(head, starts, k, lex)) continue;
    // A clause opening with a lowercase verb ("told Channel Four that …") has its subject elsewhere.
    const first = FIRST_WORD.exec(head.slice(starts[k]!, starts[k]! + 40))?.[1];
    if (first === undefined || (!isCapitalized(first) && !lex.stopwords.has(first.toLowerCase()) && !isTitle(first, lex))) continue;
    tried++;
    // Reported content ("said that the ministry’s claim …") holds no subject of the clause.
    const whole = head.slice(starts[k], starts[k]! + CLAUSE_CHARS);
    const wholeTokens = tokenize(whole);
    const content = wholeTokens.find((t) => t.isWord && lex.complementizers.has(t.text.toLowerCase()));
    const clause = content ? whole.slice(0, content.start) : whole;
    // Nor do the words a speech verb reports with no complementizer ("said the case showed why the council …").
    const speech = firstMatch(lex.verbRe, clause);
    const m = mentionAfter(speech ? clause.slice(0, speech.index + speech[0].length) : clause, lex, counts);
    if (!m || m.kind === 'unnamed') continue;
    // A name in the phrase a preposition opens the clause with, before its speech verb, is where it was said, not who said it
    // ("In de Tweede Kamer sprak minister X", "Im Landtag sagte …"): the verb's subject follows it. Not a surname's particle.
    const opening = first.toLowerCase();
    if (speech && lex.prepositions.has(opening) && !lex.nameParticles.has(opening)) continue;
    // A clause opening on a bare role right after a name and its comma is that name's apposition, not a subject:
    // "A comerciante Lurdes Azevedo, dona de uma padaria na Avenida X, espera …" goes on to the clause before.
    // So is one opening on a preposition, the name's affiliation ("La economista X, de la Universidad Y, cree …").
    const apposed = !isCapitalized(first) && (isTitle(first, lex) || lex.prepositions.has(first.toLowerCase()));
    if (k > 0 && apposed && NAME_BEFORE_COMMA.test(head.slice(0, starts[k]))) continue;
    // A lone word is a person when it recurs as a sentence's subject ("Ribbeck hat einen Wunsch: „…“"), not "Critics called it …".
    if (unprovenLoneWord(m, counts) && !asideAt(head, starts, k + 1, lex)) continue;
    if (m.kind === 'body' && !m.noun) continue;
    // The subject's verb: the first lowercase word after the subject's capitals, or right after a pronoun.
    // The whole clause's tokens again when no reported content cut it.
    // A relative clause set off by commas right after the subject ("Soria, que gobernaba desde 2019, calificó …"):
    // the verb comes after its closing comma.
    const relativeEnd = content && /,\s*$/.test(clause) ? whole.indexOf(',', content.end) : -1;
    const verbText = relativeEnd >= 0 ? whole.slice(relativeEnd + 1) : clause;
    const tokens = relativeEnd >= 0 ? tokenize(verbText) : content ? tokenize(clause) : wholeTokens;
    // Past the subject's first word, unless the verb's text starts after it.
    const firstVerbAt = relativeEnd >= 0 ? 0 : 1;
    const verbAt = tokens.findIndex(
      (t, i) =>
        i >= firstVerbAt &&
        t.isWord &&
        // A number's word is none ("Die 34-jährige Melanie Roth saß …").
        !DIGIT_START.test(t.text) &&
        !isCapitalized(t.text) &&
        !lex.stopwords.has(t.text.toLowerCase()) &&
        !lex.nameParticles.has(t.text.toLowerCase()) &&
        !isTitle(t.text, lex),
    );
    if (verbAt < 0 || !LOWERCASE_WORD.test(verbText.slice(tokens[verbAt]!.start))) continue;
    // "Der Landkreis habe „alle Gutachten abgearbeitet“": a verb in the mood of reported speech reports someone else's words;
    // a pronoun there is the speaker reporting on themselves ("Sie habe die Unterlagen „nie gelesen“").
    if (m.kind !== 'pronoun' && lex.pack.reportedMoodVerb?.test(tokens[verbAt]!.text)) continue;
    return m;
  }
  return null;
}
