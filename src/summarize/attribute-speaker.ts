import type { Lexicon } from './lexicon.js';
import { mentionAfter, mentionBefore } from './speaker-name.js';
import type { Mention, WordCounts } from './speaker-name.js';


const INTRODUCED = /\s*:\s*$/;
/** Nothing, or a clause boundary, before a verb: it opens its clause. */
const CLAUSE_OPENING = /(?:^|[,:;(—–]|[.!?]["”’»]?)\s*$/;

/** Searching further than this after a quote for "X said" is reading the next clause. */
const TAIL_SUBJECT_CHARS = 80;

function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

/**
 * Who the words right after a quote credit: "…,” katanya", "…,” said X, the
 * title of Y", "…,” X told Reuters", "…», a déclaré X", "…“, sagte X".
 */
export function attributionAfter(tail: string, lex: Lexicon, counts: WordCounts): Mention | null | undefined {
  const t = tail.replace(/^[\s,;:—–-]+/, '');
  if (lex.pronounVerbAtStartRe?.test(t)) return { kind: 'pronoun' };
  const verb = lex.verbAtStartRe.exec(t);
  if (verb) {
    const named = mentionAfter(t.slice(verb[0].length), lex, counts);
    if (named) return named;
  }
  // Every speech verb near the quote, not just the first: in "“…” announced
  // in October, said X" the first verb belongs to the quoted clause.
  const window = t.slice(0, TAIL_SUBJECT_CHARS);
  for (const later of window.matchAll(lex.verbRe)) {
    if (verb && later.index === 0) continue;
    const before = window.slice(0, later.index);
    const subject =
      mentionBefore(before, lex, counts) ??
      (/,\s*$/.test(before) ? mentionAfter(t.slice(later.index + later[0].length), lex, counts) : null);
    if (subject) return subject;
  }
  // "“…”, dijo.": a bare verb means the latest speaker.
  return verb ? { kind: 'pronoun' } : undefined;
}

/**
 * True when the verb opens its clause, so the speaker follows it ("Dijo el
 * presidente: «…»", "…, said Mayor Ana Ruiz: “…”"); after a subject the words
 * after the verb are what was said ("the commissioner said the US decision …")
 * or to whom ("told Business Insider").
 */
function inverted(before: string, verb: string, lex: Lexicon): boolean {
  return !lex.addresseeVerbs.has(verb.toLowerCase().replace(/\s+/g, ' ')) && CLAUSE_OPENING.test(before);
}

/**
 * Who the words before a quote credit: "menurut X, “…”", "X said: “…”",
 * "Rutte menambahkan bahwa Nato “…”", "Ia menggambarkan … sebagai “…”".
 */
export function attributionBefore(head: string, lex: Lexicon, counts: WordCounts): Mention | null | undefined {
  const according = lex.accordingToRe ? lastMatch(lex.accordingToRe, head) : null;
  const verb = lastMatch(lex.verbRe, head);
  const pronounVerb = lex.pronounVerbRe ? lastMatch(lex.pronounVerbRe, head) : null;
  const candidates = [according, verb, pronounVerb]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => b.index - a.index);
  for (const m of candidates) {
    const after = head.slice(m.index + m[0].length);
    const mention =
      m === pronounVerb
        ? ({ kind: 'pronoun' } as const)
        : m === according
          ? mentionAfter(after, lex, counts)
          : (mentionBefore(head.slice(0, m.index), lex, counts) ??
            (inverted(head.slice(0, m.index), m[0], lex) ? mentionAfter(after, lex, counts) : null));
    if (mention) return mention;
  }
  // A name introducing the quote with a colon: "Dura la leader del Pd Elly Schlein: «…»".
  if (INTRODUCED.test(head)) {
    const named = mentionBefore(head.replace(INTRODUCED, ''), lex, counts);
    if (named?.kind === 'name') return named;
  }
  return undefined;
}
