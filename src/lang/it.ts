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
    'ha detto|ha dichiarato|ha affermato|ha aggiunto|ha spiegato|ha sottolineato|ha osservato|ha avvertito|ha ribadito|ha annunciato|ha scritto|ha commentato|ha precisato|ha assicurato|dice|dichiara|afferma|aggiunge|spiega|sottolinea|osserva|avverte|ribadisce|annuncia|scrive|commenta|precisa|assicura|disse|dichiarò|affermò|aggiunse|spiegò|così|ha tuonato|ha attaccato|ha replicato|ha risposto|ha concluso|ha ammesso|ha raccontato|ha ricordato|ha evidenziato|ha rimarcato|ha insistito|ha denunciato|ha sostenuto|ha confermato|ha garantito|ha chiarito|ha puntualizzato|ha auspicato|ha avvisato|ha lamentato|ha criticato|ha esordito|ha proseguito|ha incalzato|ha confidato|ha rivelato|ha segnalato|ha indicato|ha fatto sapere|ha continuato|ha sentenziato|ha ammonito|ha rilanciato|ha argomentato|ha rivendicato|ha riconosciuto|ha promesso|ha scandito|ha polemizzato|ha ironizzato|ha ripetuto|hanno detto|hanno dichiarato|hanno spiegato|hanno affermato|hanno aggiunto|hanno sottolineato|tuona|attacca|replica|risponde|conclude|ammette|racconta|ricorda|evidenzia|rimarca|insiste|denuncia|sostiene|conferma|garantisce|chiarisce|puntualizza|auspica|lamenta|critica|esordisce|prosegue|incalza|confida|rivela|segnala|fa sapere|sentenzia|ammonisce|rilancia|argomenta|rivendica|riconosce|promette|scandisce|polemizza|ironizza|ripete|sottolineò|osservò|avvertì|ribadì|annunciò|scrisse|commentò|precisò|assicurò|replicò|rispose|concluse|ammise|raccontò|ricordò|sostenne|confermò|diceva|spiegava|raccontava|ricordava|aggiungeva|sottolineava|affermava|dichiarava|aveva detto|aveva dichiarato|aveva spiegato|ha specificato|specifica|ha dettagliato|sorride|sospira|scherza|chiede|ha chiesto|chiedeva|esulta|ha esultato|si sfoga|si è sfogato|si è sfogata|taglia corto|ha tagliato corto|sbotta|ha sbottato|invoca|lancia|ha lanciato',
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
  pluralPronouns: words('loro'),
  pronounGenders: { 'lei': 'f', 'ella': 'f', 'lui': 'm', 'egli': 'm' },
  genderCues: { 'signora': 'f', 'sig.ra': 'f', 'la': 'f', 'una': 'f', 'ministra': 'f', 'sindaca': 'f', 'presidentessa': 'f', 'direttrice': 'f', 'segretaria': 'f', 'assessora': 'f', 'madre': 'f', 'figlia': 'f', 'moglie': 'f', 'signor': 'm', 'signore': 'm', 'sig': 'm', 'il': 'm', 'lo': 'm', 'un': 'm', 'uno': 'm', 'ministro': 'm', 'sindaco': 'm', 'direttore': 'm', 'segretario': 'm', 'assessore': 'm', 'padre': 'm', 'figlio': 'm', 'marito': 'm' },
  titles: words(
    'capogruppo|copresidente|copresidenti|segretari|sindaci|ministri|deputati|senatori|dirigenti|comandante|coordinatore|coordinatrice|leader|responsabile|assessore|consigliere|questore|prefetto|ricercatore|ricercatrice|università|istituto|presidente|primo|prima|ministro|ministra|segretario|segretaria|generale|capo|direttore|direttrice|portavoce|sindaco|sindaca|governatore|deputato|deputata|senatore|senatrice|ambasciatore|ambasciatrice|commissario|commissaria|professore|professoressa|prof|dottore|dottoressa|dott|dr|sig|signor|signora|re|regina|papa|ex|premier|analista|economista|allenatore|ct|vicepresidente|amministratore|delegato|ad|esteri|difesa|interno|economia|avvocato|avvocata|esperto|esperta|medico|procuratore|procuratrice|giudice|magistrato|pm|sindacalista|giocatore|capitano|consigliera|assessora|tenente|sergente|agente|lavoratore|lavoratrice|residente|proprietario|proprietaria|titolare|gestore|rettore|rettrice|fondatore|fondatrice|vicesindaco|governatrice|presidentessa|colonnello|dirigente|delegata|primo cittadino|tecnico|mister|centravanti|attaccante|portiere|centrocampista|difensore|bomber|fantasista',
  ),
  conjunctions: words('e|ed'),
  places: words('ue|europa|roma|milano|napoli|torino|lombardia|lazio|sicilia|veneto|campania|piemonte|toscana|emilia-romagna|puglia|bruxelles|mosca|kiev|washington|pechino|londra'),
  placePrepositions: words('in'),
  placeEndings: [],
  nameParticles: words('di|de|del|della|da|dal|dalla|lo|la|li|van|von'),
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
  units: { 'chilometri orari': 'km/h', "chilometri all'ora": 'km/h', millimetri: 'mm', centimetri: 'cm', 'punti base': 'pb', 'punti percentuali': 'pp', 'metri cubi': 'm³', chilometri: 'km', chilometro: 'km', metri: 'm', chilogrammi: 'kg', chili: 'kg', tonnellate: 't', ettari: 'ha', megawatt: 'MW', litri: 'l', gradi: '°' },
  approxWords: {
    about: words('circa|intorno a|attorno a|qualche|una quindicina di'),
    over: words('più di|oltre|almeno|poco più di'),
    under: words('meno di|quasi|fino a|poco meno di'),
  },
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
  spokespersonWords: words('nota|portavoce|addetto stampa|ufficio stampa'),
  bodyWords: words(
    'ministero|azienda|società|governo|polizia|comune|agenzia|consiglio|commissione|ambasciata|esercito|tribunale|sindacato|partito|club|banca|gruppo|organizzazione|ospedale|università|federazione|regione|procura|prefettura|questura|compagnia|ente|istituto|associazione|fondazione|autorità|compagnia aerea|carabinieri|vigili del fuoco|protezione civile',
  ),
  indefiniteArticles: words('un|uno|una|un\''),
  numberWords: { un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, dodici: 12, venti: 20, cento: 100 },
  labelWords: words('n|numero|articolo|art|versione|volo|linea|capitolo|pagina|stagione|episodio|giornata|turno|tappa|fase|classe|età|autostrada|strada|statale|livello|sala|piano|ondata|municipio|generazione|zona|settore|ios|windows|android|iphone|galaxy'),
  windowWords: words('ultimi|ultime|prossimi|prossime|scorsi|scorse|primi|prime|passati'),
  moneyCues: [],
  partOfWords: words('su|dei|degli|delle'),
  perUnitWords: words('a|al|alla|ogni|per ogni|ciascuno|ciascuna|a testa'),
  notCounted: words('già|o|sono|erano|hanno|avevano|saranno|prima|dopo|più|meno|secondo|ciascuno|ciascuna'),
  tollWords: words('morti|vittime|feriti|dispersi|deceduti'),
  restateWords: words("ovvero|cioè|o|pari a"),
};
