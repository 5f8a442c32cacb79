import type { LanguagePack } from './language-pack.js';

const words = (s: string): string[] => s.split('|');

/** Spanish. */
export const es: LanguagePack = {
  code: 'es',
  junkLines: [
    /^(lee también|lea también|te puede interesar|leer más|ver también|más información)\b/i,
    /^publicidad$/i,
    /\bnewsletter\b.*\b(gratis|suscr)/i,
    /^(foto|imagen)\s*:/i,
  ],
  nonArticleMarkers: {
    live: [/\ben directo\b/i, /\ben vivo\b/i, /^directo\s*[.:|–—-]/i, /\bminuto a minuto\b/i, /\bal minuto\b/i],
    quiz: [/\bquiz\s*(?:[:|–—-]|$)/i, /^test\s*[:|–—-]/i, /(?<!\p{L})cuánto sabes(?!\p{L})/iu, /\btrivia\b/i],
    correction: [/^fe de (?:errores|erratas)\b/i, /^(?:rectificación|aclaración)(?!\p{L})/iu],
  },
  stopwords: words(
    'el|la|los|las|de|del|y|en|que|un|una|por|con|no|para|es|se|al|lo|como|más|pero|sus|su|le|ha|fue|este|esta|según|entre|cuando|muy|sin|sobre|también|dijo',
  ),
  abbreviations: words(
    'sr|sra|srta|dr|dra|d|dña|lic|ing|prof|etc|núm|no|ee.uu|uu|ene|feb|abr|jun|jul|ago|sept|oct|nov|dic|aprox',
  ),
  speechVerbs: words(
    'dijo|dice|afirmó|afirma|declaró|declara|aseguró|asegura|explicó|explica|añadió|añade|agregó|agrega|señaló|señala|indicó|indica|advirtió|advierte|subrayó|destacó|sostuvo|manifestó|comentó|apuntó|insistió|reconoció|anunció|escribió|ha dicho|ha afirmado|ha asegurado|ha explicado|ha señalado|ha declarado|decía|había dicho|dirá|afirmaba|había afirmado|declaraba|aseguraba|había asegurado|explicaba|había explicado|ha añadido|ha agregado|señalaba|ha indicado|ha advertido|subraya|ha subrayado|destaca|ha destacado|sostiene|ha sostenido|manifiesta|ha manifestado|comenta|ha comentado|apunta|ha apuntado|insiste|ha insistido|reconoce|ha reconocido|anuncia|ha anunciado|escribe|ha escrito|espetó|recalcó|recalca|recalcaba|ha recalcado|avanzó|ha avanzado|precisó|precisa|ha precisado|aclaró|aclara|ha aclarado|remarcó|expresó|expresa|ha expresado|opinó|opina|ha opinado|denunció|denuncia|ha denunciado|lamentó|lamenta|ha lamentado|criticó|critica|ha criticado|admitió|admite|ha admitido|confesó|confiesa|ha confesado|relató|relata|ha relatado|contó|ha contado|recordó|recuerda|ha recordado|valoró|valora|ha valorado|defendió|defiende|ha defendido|concluyó|concluye|ha concluido|respondió|responde|ha respondido|replicó|replica|ha replicado|añadía|agregaba|sentenció|zanjó|alertó|alerta|ha alertado|argumentó|argumenta|ha argumentado|enfatizó|enfatiza|puntualizó|puntualiza|detalló|detalla|ha detallado|comunicó|informó|ha informado|confirmó|confirma|ha confirmado|prometió|promete|ha prometido|exclamó|preguntó|se preguntó|ironizó|bromeó|resumió|resume|ha resumido|subrayaba|dijeron|afirmaron|aseguraron|explicaron|señalaron|indicaron|han dicho|han asegurado|han explicado|apostilló|matizó|matiza|reiteró|reitera|ha reiterado|insistía|advertía|sostenía|relataba|recordaba|comentaba|contaba|lamentaba|confesaba|admitía|reconocía|remachó|aseveró|asevera|celebró|celebra|ha celebrado|agradeció|cuestionó|cuestiona|reprochó|zanja|sentencia|avisó|avisa|ha avisado|vaticinó|pronosticó|razonó|razona|expuso|expone|ha expuesto|narró|narra|insistió en|sonrió|suspiró|bromea|ironiza|se lamentó|se quejó|se queja|celebraba|zanjaba|sentenciaba|remachaba|resumía|avanzaba|pidió|pide|ha pedido|reclamó|reclama|ha reclamado|exigió|exige|ha exigido|propuso|propone|aseveraba|destacaba|apuntaba|matizaba',
  ),
  pronounVerbs: [],
  addresseeVerbs: [],
  complementizers: words('que|si|cómo'),
  prepositions: words("de|del|en|para|con|por"),
  articles: words('el|la|los|las|un|una|unos|unas'),
  accordingTo: words(
    'según|de acuerdo con',
  ),
  pronouns: words(
    'él|ella',
  ),
  pluralPronouns: words('ellos|ellas'),
  pronounGenders: { 'ella': 'f', 'él': 'm' },
  genderCues: { 'sra': 'f', 'señora': 'f', 'doña': 'f', 'la': 'f', 'una': 'f', 'presidenta': 'f', 'ministra': 'f', 'alcaldesa': 'f', 'directora': 'f', 'consejera': 'f', 'secretaria': 'f', 'madre': 'f', 'hija': 'f', 'esposa': 'f', 'sr': 'm', 'señor': 'm', 'don': 'm', 'el': 'm', 'un': 'm', 'ministro': 'm', 'alcalde': 'm', 'director': 'm', 'consejero': 'm', 'secretario': 'm', 'padre': 'm', 'hijo': 'm', 'esposo': 'm' },
  titles: words(
    'coronel|capitán|sargento|copresidente|copresidentes|secretarios|alcaldes|ministros|diputados|senadores|dirigentes|portavoces|comandante|coordinador|coordinadora|líder|dirigente|responsable|consejero|consejera|concejal|concejala|delegado|delegada|investigador|investigadora|universidad|instituto|presidente|presidenta|primer|primera|ministro|ministra|secretario|secretaria|general|jefe|jefa|director|directora|portavoz|vocero|vocera|alcalde|alcaldesa|gobernador|gobernadora|diputado|diputada|senador|senadora|embajador|embajadora|comisario|comisaria|profesor|profesora|doctor|doctora|dr|dra|sr|sra|señor|señora|don|doña|rey|reina|papa|expresidente|expresidenta|exministro|analista|economista|entrenador|consejero|consejera|delegado|delegada|canciller|vicepresidente|vicepresidenta|exterior|exteriores|defensa|hacienda|economía|abogado|abogada|experto|experta|especialista|técnico|técnica|médico|médica|fiscal|juez|jueza|magistrado|magistrada|sindicalista|jugador|jugadora|capitán|seleccionador|teniente|sargento|cabo|agente|trabajador|trabajadora|vecino|vecina|propietario|propietaria|dueño|dueña|gerente|decano|rector|rectora|funcionario|funcionaria|mandatario|mandataria|titular|edil|regidor|regidora|futbolista|delantero|delantera|portero|portera|centrocampista|extremo|zaguero|lateral|atacante|mediocampista|arquero|consellera|conseller|conselleira|conselleiro|lehendakari|síndic|síndica',
  ),
  conjunctions: words('y|e'),
  places: words('ue|europa|madrid|cataluña|andalucía|valencia|galicia|bruselas|moscú|kiev|washington|pekín|londres|méxico|bogotá|caracas|buenos aires|lima|santiago'),
  placePrepositions: words('en'),
  placeEndings: [],
  nameParticles: words(
    'de|del|la|las|los|y|van|von|i'),
  nounsCapitalized: false,
  fillers: words(
    'también|ya|luego|además|ha',
  ),
  namingCues: words(
    'película|film|libro|novela|canción|álbum|serie|programa|diario|periódico|revista|operación|lema|eslogan|apodo|apodado|apodada|llamado|llamada|denominado|denominada|titulado|titulada|término|palabra|campaña|etiqueta|marca',
  ),
  durations: words('segundo|segundos|minuto|minutos|hora|horas|día|días|semana|semanas|mes|meses|año|años|década|décadas'),
  number: { decimal: ',', group: ['.', ' ', '\u00A0'] },
  countedNounLast: false,
  countsTakePlural: false,
  pluralEndings: [],
  scales: { mil: 1e3, 'millón': 1e6, millones: 1e6, 'mil millones': 1e9, 'billón': 1e12, billones: 1e12, mdd: 1e6 },
  currencies: { euros: 'EUR', euro: 'EUR', 'dólares': 'USD', 'dólar': 'USD', pesos: 'MXN', libras: 'GBP', rublos: 'RUB', yenes: 'JPY', yuanes: 'CNY', reales: 'BRL' },
  percentWords: words(
    'por ciento|puntos porcentuales',
  ),
  units: { 'kilómetros por hora': 'km/h', 'milímetros': 'mm', 'centímetros': 'cm', 'puntos base': 'pb', 'punto base': 'pb', 'metros cúbicos': 'm³', 'hectómetros cúbicos': 'hm³', 'kilómetros': 'km', 'kilómetro': 'km', metros: 'm', kilogramos: 'kg', kilos: 'kg', toneladas: 't', 'hectáreas': 'ha', megavatios: 'MW', litros: 'l', grados: '°' },
  approxWords: {
    about: words('cerca de|alrededor de|unos|unas|aproximadamente|en torno a|aprox.'),
    over: words('más de|al menos|por lo menos|poco más de'),
    under: words('menos de|casi|hasta|poco menos de'),
  },
  rangeWords: words(
    'a|o|y',
  ),
  calendarWords: words(
    'lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|abr|jun|jul|ago|sept|oct|nov|dic',
  ),
  timeWords: words(
    'horas|h',
  ),
  ordinalSuffix: /^(º|ª|°|\.º|\.ª)/u,
  ordinalPrefix: null,
  figureLinks: words(
    'de|del',
  ),
  spokespersonWords: words('comunicado|portavoz|portavoces|vocero|vocera|voceros'),
  bodyWords: words(
    'ministerio|empresa|asociación|patronal|compañía|gobierno|policía|ayuntamiento|agencia|consejo|comisión|embajada|ejército|tribunal|sindicato|partido|club|banco|grupo|firma|entidad|organización|hospital|universidad|federación|consejería|junta|fiscalía|patronal|aerolínea|compañía aérea|operadora|eléctrica|cadena|institución|organismo|consistorio|generalitat|xunta|guardia civil|cámara',
  ),
  indefiniteArticles: words('un|una|uno'),
  numberWords: { un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, veinte: 20, cien: 100 },
  labelWords: words('nº|no|núm|número|artículo|versión|vuelo|línea|capítulo|página|temporada|episodio|jornada|ronda|etapa|fase|clase|edad|ruta|autopista|nivel|sala|planta|ola|distrito|generación|zona|sector|ios|windows|android|iphone|galaxy'),
  windowWords: words('últimos|últimas|próximos|próximas|pasados|pasadas|primeros|primeras'),
  moneyCues: [],
  partOfWords: words('de'),
  perUnitWords: words('por|cada|al|a la'),
  notCounted: words('antes|después|más|menos|nuevas|nuevos|causa|según|ya|fueron|son|eran|han|habían|murieron|quedaron|hasta|tras|cada'),
  tollWords: words('muertos|muertes|fallecidos|heridos|desaparecidos|víctimas'),
  restateWords: words("o|es decir|esto es"),
};
