import type { LanguagePack } from './language-pack.js';

const words = (s: string): string[] => s.split('|');

/** German. */
export const de: LanguagePack = {
  code: 'de',
  junkLines: [
    /^(lesen sie auch|mehr zum thema|auch interessant|weiterlesen|siehe auch)\b/i,
    /^(anzeige|werbung)$/i,
    /\bnewsletter\b.*\b(kostenlos|abonnieren|anmelden)\b/i,
    /^(foto|bild)\s*:/i,
  ],
  nonArticleMarkers: {
    live: [/\blive-?ticker\b/i, /\blive-?blog\b/i, /\bnews-?ticker\b/i, /\+\+\+/, /\bim ticker\b/i, /\bminute für minute\b/i],
    quiz: [/\bquiz\s*(?:[:|–—-]|$)/i, /\b(?:wochen|nachrichten|news)-?quiz\b/i, /\bwie gut kennen sie\b/i],
    correction: [/^korrektur(?:hinweis)?\b/i, /\bkorrekturhinweis\b/i, /^richtigstellung\b/i],
  },
  stopwords: words(
    'der|die|und|in|den|von|zu|das|mit|sich|des|auf|für|ist|im|dem|nicht|ein|eine|als|auch|es|an|werden|aus|er|hat|dass|sie|nach|wird|bei|einer|um|am|sind|noch|wie|einem|über|so|zum|war|haben|nur|oder|aber|vor|zur|bis|mehr|durch|man|sagte',
  ),
  abbreviations: words(
    'dr|prof|bzw|z.b|u.a|usw|etc|nr|ca|vgl|inkl|mio|mrd|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez|st|hr|fr|str|d.h|o.ä|u.s|u.k',
  ),
  speechVerbs: words(
    'sagte|sagt|fügte|mitteilte|mitteilt|sagt er|sagte sie|ergänzt|warnte er|sagten|sagen|erklärte|erklärt|betonte|betont|sagte er|meinte|meint|fügte hinzu|ergänzte|warnte|warnt|teilte mit|kündigte an|berichtete|schrieb|so|erklärten|bestätigte|forderte|kritisierte|sprach',
  ),
  pronounVerbs: [],
  addresseeVerbs: [],
  complementizers: words('dass|ob|wie'),
  prepositions: words("von|vom|aus|im|in|bei|beim|für|mit|zu|zum|zur"),
  articles: words('der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines'),
  accordingTo: words(
    'laut|nach angaben von|zufolge|so',
  ),
  pronouns: words(
    'er|sie',
  ),
  titles: words(
    'politiker|politikerin|kommandeur|leiter|leiterin|fraktionschef|fraktionschefin|parteichef|parteichefin|meteorologe|meteorologin|forscher|forscherin|universität|institut|hochschule|präsident|präsidentin|bundeskanzler|bundeskanzlerin|kanzler|kanzlerin|minister|ministerin|bundesminister|bundesministerin|außenminister|außenministerin|generalsekretär|sekretär|chef|chefin|vorsitzender|vorsitzende|sprecher|sprecherin|direktor|direktorin|bürgermeister|bürgermeisterin|abgeordneter|abgeordnete|general|botschafter|botschafterin|professor|professorin|prof|dr|herr|frau|ministerpräsident|ministerpräsidentin|regierungschef|regierungschefin|vize|ex|experte|expertin|analyst|analystin|ökonom|ökonomin|trainer|papst|könig|königin|nato-generalsekretär|konzernchef|vorstandschef|landrat',
  ),
  conjunctions: words('und'),
  places: words('eu|europa|bayern|berlin|hessen|sachsen|thüringen|brandenburg|nordrhein-westfalen|nrw|niedersachsen|baden-württemberg|rheinland-pfalz|schleswig-holstein|hamburg|bremen|saarland|mecklenburg-vorpommern|sachsen-anhalt|wien|bern|brüssel|moskau|kiew|washington|peking'),
  placeEndings: [],
  nameParticles: words('von|van|der|den|de|zu|vom|zum'),
  nounsCapitalized: true,
  fillers: words(
    'auch|hat|habe|noch|zudem|bereits|dann|am|später',
  ),
  namingCues: words(
    'film|buch|roman|lied|song|album|serie|sendung|zeitung|magazin|operation|slogan|spitzname|genannt|sogenannt|sogenannte|sogenannten|titel|begriff|wort|kampagne|hashtag|marke',
  ),
  durations: words('sekunde|sekunden|minute|minuten|stunde|stunden|tag|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|jahrzehnt|jahrzehnte'),
  number: { decimal: ',', group: ['.', ' ', '\u00A0', '\u202F'] },
  countedNounLast: true,
  countsTakePlural: false,
  pluralEndings: ['e', 'en', 'er', 'n', 's'],
  scales: { tausend: 1e3, tsd: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, 'mio.': 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, 'mrd.': 1e9, billion: 1e12, billionen: 1e12 },
  currencies: { euro: 'EUR', dollar: 'USD', 'us-dollar': 'USD', pfund: 'GBP', franken: 'CHF', rubel: 'RUB', yen: 'JPY', yuan: 'CNY' },
  percentWords: words(
    'prozent|prozentpunkte|prozentpunkt',
  ),
  units: { kilometer: 'km', meter: 'm', kilogramm: 'kg', kilo: 'kg', tonnen: 't', tonne: 't', hektar: 'ha', megawatt: 'MW', gigawatt: 'GW', liter: 'l', grad: '°', quadratkilometer: 'km²' },
  approxWords: words(
    'mehr als|über|rund|etwa|ungefähr|fast|knapp|beinahe|nahezu|mindestens|weniger als|bis zu|circa|ca.|gut|annähernd|schätzungsweise|an die',
  ),
  rangeWords: words(
    'bis|oder|und',
  ),
  calendarWords: words(
    'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez',
  ),
  timeWords: words(
    'uhr|um',
  ),
  ordinalSuffix: /^\.\s+(?=\p{Ll})/u,
  ordinalPrefix: null,
  figureLinks: words(
    'von|aus|im|in|der|des',
  ),
};
