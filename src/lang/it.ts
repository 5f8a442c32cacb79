import type { LanguagePack } from './language-pack.js';

const words = (s: string): string[] => s.split('|');

/** Italian. */
export const it: LanguagePack = {
  code: 'it',
  junkLines: [
    /^(leggi anche|potrebbe interessarti|vedi anche|approfondisci)\b/i,
    /^pubblicità$/i,
    /\bnewsletter\b.*\b(gratis|gratuita|iscri)/i,
    /^(foto|immagine)\s*:/i,
  ],
  nonArticleMarkers: {
    live: [/\bin diretta\b/i, /^diretta\s*[:|–—-]/i, /\bminuto per minuto\b/i, /\bLIVE\b/],
    quiz: [/\bquiz\s*(?:[:|–—-]|$)/i, /\bil quiz (?:di|della|del)\b/i],
    correction: [/^(?:rettifica|errata corrige|precisazione)\b/i],
  },
  stopwords: words(
    'il|lo|la|i|gli|le|di|del|della|dei|e|è|che|un|una|per|con|non|in|da|al|alla|sono|si|ha|anche|come|più|ma|questo|nel|nella|secondo|essere|detto',
  ),
  abbreviations: words(
    'sig|sigg|sig.ra|dott|dott.ssa|prof|ing|avv|on|sen|etc|ecc|n|nr|gen|feb|mar|apr|giu|lug|ago|set|ott|nov|dic|ca|s.p.a|u.s',
  ),
  speechVerbs: words(
    'ha detto|ha dichiarato|ha affermato|ha aggiunto|ha spiegato|ha sottolineato|ha osservato|ha avvertito|ha ribadito|ha annunciato|ha scritto|ha commentato|ha precisato|ha assicurato|dice|dichiara|afferma|aggiunge|spiega|sottolinea|osserva|avverte|ribadisce|annuncia|scrive|commenta|precisa|assicura|disse|dichiarò|affermò|aggiunse|spiegò|così',
  ),
  pronounVerbs: [],
  addresseeVerbs: [],
  complementizers: words('che|se|come'),
  prepositions: words("di|del|della|dei|degli|in|nel|nella|per|con|da|dal|dalla"),
  articles: words('il|lo|la|i|gli|le|un|uno|una'),
  accordingTo: words(
    'secondo|stando a',
  ),
  pronouns: words(
    'lui|lei|egli|ella',
  ),
  titles: words(
    'comandante|coordinatore|coordinatrice|leader|responsabile|assessore|consigliere|questore|prefetto|ricercatore|ricercatrice|università|istituto|presidente|primo|prima|ministro|ministra|segretario|segretaria|generale|capo|direttore|direttrice|portavoce|sindaco|sindaca|governatore|deputato|deputata|senatore|senatrice|ambasciatore|ambasciatrice|commissario|commissaria|professore|professoressa|prof|dottore|dottoressa|dott|dr|sig|signor|signora|re|regina|papa|ex|premier|analista|economista|allenatore|ct|vicepresidente|amministratore|delegato|ad|esteri|difesa|interno|economia',
  ),
  conjunctions: words('e|ed'),
  places: words('ue|europa|roma|milano|napoli|torino|lombardia|lazio|sicilia|veneto|campania|piemonte|toscana|emilia-romagna|puglia|bruxelles|mosca|kiev|washington|pechino|londra'),
  placeEndings: [],
  nameParticles: words('di|de|del|della|da|van|von'),
  nounsCapitalized: false,
  fillers: words(
    'anche|poi|già|inoltre|ha',
  ),
  namingCues: words(
    'film|libro|romanzo|canzone|brano|album|serie|programma|giornale|quotidiano|rivista|operazione|slogan|motto|soprannome|soprannominato|soprannominata|chiamato|chiamata|cosiddetto|cosiddetta|intitolato|intitolata|termine|parola|campagna|hashtag|marchio',
  ),
  durations: words('secondo|secondi|minuto|minuti|ora|ore|giorno|giorni|settimana|settimane|mese|mesi|anno|anni|decennio|decenni'),
  number: { decimal: ',', group: ['.', ' ', '\u00A0'] },
  countedNounLast: false,
  countsTakePlural: false,
  pluralEndings: [],
  scales: { mila: 1e3, mille: 1e3, milione: 1e6, milioni: 1e6, mln: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9, 'mld.': 1e9, 'mln.': 1e6 },
  currencies: { euro: 'EUR', dollari: 'USD', dollaro: 'USD', sterline: 'GBP', rubli: 'RUB', yen: 'JPY', franchi: 'CHF' },
  percentWords: words(
    'per cento|percento|punti percentuali',
  ),
  units: { chilometri: 'km', chilometro: 'km', metri: 'm', chilogrammi: 'kg', chili: 'kg', tonnellate: 't', ettari: 'ha', megawatt: 'MW', litri: 'l', gradi: '°' },
  approxWords: words(
    'più di|oltre|circa|quasi|almeno|meno di|fino a|intorno a|attorno a|poco più di|poco meno di|qualche|una quindicina di',
  ),
  rangeWords: words(
    'a|o|e',
  ),
  calendarWords: words(
    'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic',
  ),
  timeWords: words(
    'ore',
  ),
  ordinalSuffix: /^(º|ª|°)/u,
  ordinalPrefix: null,
  figureLinks: words(
    'di|del|della|dei|da|in',
  ),
};
