import type { Lexicon } from './lexicon.js';
import { mentionAfter, mentionBefore } from './speaker-name.js';
import type { Mention, WordCounts } from './speaker-name.js';


const INTRODUCED = /\s*:\s*$/;

/** Searching further than this after a quote for "X said" is reading the next clause. */
const TAIL_SUBJECT_CHARS = 80;

function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}

/**
 * Who the words right after a quote credit: "…,” katanya", "…,” said X, the
 * title of Y", "…,” X told Reuters", "…», a déclaré X", "…“, sagte X".
 */
export function attributionAfter(tail: string, lex: Lexicon, counts: WordCounts): Mention | null | undefined {
  const t = tail.replace(/^[\s,;:—–-]+/, '');
  if (lex.pronounVerbAtStartRe?.test(t)) return { kind: 'pronoun' };
  const verb = lex.verbAtStartRe.exec(t);
  if (verb) return mentionAfter(t.slice(verb[0].length), lex, counts) ?? { kind: 'pronoun' };
  const later = firstMatch(lex.verbRe, t.slice(0, TAIL_SUBJECT_CHARS));
  if (later) {
    const subject = mentionBefore(t.slice(0, later.index), lex, counts);
    if (subject) return subject;
  }
  return undefined;
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
          : (mentionBefore(head.slice(0, m.index), lex, counts) ?? mentionAfter(after, lex, counts));
    if (mention) return mention;
  }
  // A name introducing the quote with a colon: "Dura la leader del Pd Elly Schlein: «…»".
  if (INTRODUCED.test(head)) {
    const named = mentionBefore(head.replace(INTRODUCED, ''), lex, counts);
    if (named?.kind === 'name') return named;
  }
  return undefined;
}
