/**
 * Shapes of boilerplate lines every press shares, filled with one language's
 * words by its pack: a byline ("Por Ana Lemos, g1 Campinas"), a caption ending
 * on its photo credit ("… hari ini. - Foto BERNAMA", "(foto LaPresse)"), an
 * agency's credit closing a caption ("… Maestrazgo. EUROPA PRESS").
 */

/** A capitalized word of a name, initials and hyphens allowed ("Ana", "Jean-Paul", "J.", "ZULKIFLI"). */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const PARTICLE = '(?:de|da|do|dos|das|del|della|di|van|der|den|von|ter|ten|le|la|bin|binti|al|el)';
/** Two capitalized words or more: a byline's full name, not "Por Navidad". */
const NAME_RUN = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD})+`;
/** What a byline adds after the name: a second author, the place, the desk, the agency, the date; never a sentence's end. */
const BYLINE_TAIL = `(?:(?:\\s*[,|•·—–(/]|\\s-\\s|\\s(?:and|und|e|y|et|en|dan|avec|with)\\s)[^.!?]{0,90})?`;

/**
 * A byline: the language's "by" word and a full name, or the paper's own staff
 * ("Door onze verslaggever", "Par notre correspondant en Lorraine"). `by` and
 * `staff` are regex alternations, written with the case they take.
 */
export function bylineLine(by: string, staff: string): RegExp {
  return new RegExp(`^(?:${by})\\s*:?\\s+(?:${NAME_RUN}${BYLINE_TAIL}|(?:${staff})\\s[^.!?]{1,60})$`, 'u');
}

// Each credit pattern starts with the credit word and looks back for what precedes it: the scan of a long line then
// stops only where the rare word occurs, not at every space or full stop.

/**
 * A caption closed by its photo credit after the caption's last sentence or a
 * dash ("… 640 Menschen. Foto: Jan Woitas/dpa", "… hari ini. - Foto BERNAMA"),
 * or by a credit in parentheses ("(foto LaPresse)"). `credit` is the
 * language's capitalized word for a photo.
 */
export function creditAtEnd(credit: string): RegExp[] {
  return [
    new RegExp(`(?:${credit})(?<=(?:[.!?»”")]\\s+|\\s[-–—]{1,2}\\s*)(?:${credit}))(?![\\p{L}])\\s*:?\\s*[^.!?]{1,60}$`, 'u'),
    new RegExp(`\\((?:${credit})(?![\\p{L}])[^()]{1,60}\\)$`, 'iu'),
  ];
}

/** A caption closed by a news or photo agency's credit ("… Maestrazgo. EUROPA PRESS", "… (2/2/2026). ANTARA FOTO/Aditya Pradana"). */
export function agencyCreditAtEnd(agencies: string): RegExp {
  return new RegExp(`(?:${agencies})(?<=[.!?)]\\s+(?:${agencies}))(?:\\s*\\/[^.!?]{1,60})?\\.?$`, 'u');
}
