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
    'dijo|dice|afirmó|afirma|declaró|declara|aseguró|asegura|explicó|explica|añadió|añade|agregó|agrega|señaló|señala|indicó|indica|advirtió|advierte|subrayó|destacó|sostuvo|manifestó|comentó|apuntó|insistió|reconoció|anunció|escribió|ha dicho|ha afirmado|ha asegurado|ha explicado|ha señalado|ha declarado',
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
  titles: words(
    'comandante|coordinador|coordinadora|líder|dirigente|responsable|consejero|consejera|concejal|concejala|delegado|delegada|investigador|investigadora|universidad|instituto|presidente|presidenta|primer|primera|ministro|ministra|secretario|secretaria|general|jefe|jefa|director|directora|portavoz|vocero|vocera|alcalde|alcaldesa|gobernador|gobernadora|diputado|diputada|senador|senadora|embajador|embajadora|comisario|comisaria|profesor|profesora|doctor|doctora|dr|dra|sr|sra|señor|señora|don|doña|rey|reina|papa|expresidente|expresidenta|exministro|analista|economista|entrenador|consejero|consejera|delegado|delegada|canciller|vicepresidente|vicepresidenta|exterior|exteriores|defensa|hacienda|economía',
  ),
  conjunctions: words('y|e'),
  places: words('ue|europa|madrid|cataluña|andalucía|valencia|galicia|bruselas|moscú|kiev|washington|pekín|londres|méxico|bogotá|caracas|buenos aires|lima|santiago'),
  placeEndings: [],
  nameParticles: words('de|del|la|las|los|y|van|von'),
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
  units: { 'kilómetros': 'km', 'kilómetro': 'km', metros: 'm', kilogramos: 'kg', kilos: 'kg', toneladas: 't', 'hectáreas': 'ha', megavatios: 'MW', litros: 'l', grados: '°' },
  approxWords: words(
    'más de|cerca de|casi|alrededor de|unos|unas|aproximadamente|al menos|menos de|hasta|en torno a|por lo menos|poco más de|poco menos de|aprox.',
  ),
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
};
