/**
 * Our implementation of the summaries' metric (the shared quote-and-figure
 * scorer's rules, as its README states them): quote span P/R/F1 at token-overlap
 * F1 >= 0.8, speaker accuracy over matched quotes, figure P/R/F1 (value within
 * 0.5 %, compatible units), key-quote and key-figure selection F1, junk lines
 * leaked, and the share of predicted figures that say what they count.
 */
import type { GoldArticle, GoldFigure, PredictedSummary } from './gold-schema.js';

const QUOTE_MATCH_F1 = 0.8;
const VALUE_TOLERANCE = 0.005;
/** A junk line leaks when this share of its tokens (at least 4) shows up as one run in a prediction. */
const JUNK_RUN_SHARE = 0.6;

/** Lower-case letter/digit runs after NFKD with the combining marks removed. */
export function tokens(s: string | null | undefined): string[] {
  if (!s) return [];
  return (
    s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const spaced = (t: string[]): string => ` ${t.join(' ')} `;

/** Bag-of-tokens F1 between two texts. */
export function tokenOverlapF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const left = new Map<string, number>();
  for (const t of tb) left.set(t, (left.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of ta) {
    const n = left.get(t) ?? 0;
    if (n > 0) {
      shared++;
      left.set(t, n - 1);
    }
  }
  if (shared === 0) return 0;
  const p = shared / ta.length;
  const r = shared / tb.length;
  return (2 * p * r) / (p + r);
}

/** Courtesy titles ignored when comparing speakers. */
const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'herr', 'frau', 'm', 'mme', 'pak', 'bu', 'bapak', 'ibu', 'sr', 'sra', 'don', 'dona']);
const nameTokens = (s: string | null | undefined): string[] => tokens(s).filter((t) => !COURTESY_TITLES.has(t));

function hasRun(hay: string[], needle: string[]): boolean {
  return needle.length > 0 && spaced(hay).includes(spaced(needle));
}

/**
 * Right when the prediction is the gold name or an alias, a trailing part of
 * one (the surname), or contains one as a run ("NATO chief Mark Rutte").
 */
export function speakerIsRight(predicted: string | null | undefined, gold: string, aliases: readonly string[] = []): boolean {
  const p = nameTokens(predicted);
  if (p.length === 0) return false;
  return [gold, ...aliases].some((name) => {
    const g = nameTokens(name);
    if (g.length === 0) return false;
    return hasRun(p, g) || (p.length <= g.length && g.slice(g.length - p.length).join(' ') === p.join(' '));
  });
}

/** Unit classes: synonyms in the nine languages map to one name; anything else is a counted noun. */
const UNIT_CLASSES: Record<string, string[]> = {
  '%': [
    '%',
    'percent',
    'per cent',
    'pct',
    'percentage',
    'persen',
    'peratus',
    'prozent',
    'pour cent',
    'por ciento',
    'por cento',
    'per cento',
    'percento',
    'procent',
  ],
  USD: [
    'usd',
    '$',
    'us$',
    'dollar',
    'dollars',
    'us dollar',
    'us dollars',
    'us-dollar',
    'dollar as',
    'dolar as',
    'dolar',
    'dollars us',
    'dólar',
    'dólares',
    'dollaro',
    'dollari',
  ],
  EUR: ['eur', '€', 'euro', 'euros'],
  GBP: ['gbp', '£', 'pound', 'pounds', 'sterling'],
  CAD: ['cad', 'c$', 'canadian dollar', 'canadian dollars'],
  IDR: ['idr', 'rp', 'rp.', 'rupiah'],
  MYR: ['myr', 'rm', 'ringgit'],
  BRL: ['brl', 'r$', 'real', 'reais'],
  km: [
    'km',
    'kilometer',
    'kilometers',
    'kilometre',
    'kilometres',
    'kilomètre',
    'kilomètres',
    'kilómetro',
    'kilómetros',
    'quilômetro',
    'quilômetros',
    'quilómetro',
    'quilómetros',
    'chilometro',
    'chilometri',
  ],
  m: ['m', 'meter', 'meters', 'metre', 'metres', 'mètre', 'mètres', 'metro', 'metros', 'metri'],
  miles: ['mile', 'miles', 'mi'],
  feet: ['ft', 'feet', 'foot'],
  'square feet': ['square feet', 'square foot', 'sq ft', 'sqft', 'ft2', 'sq. ft'],
  'square nautical miles': ['square nautical miles', 'square nautical mile', 'sq nmi'],
  'km/h': ['km/h', 'kmh', 'kph', 'km/jam', 'km/u', 'km per hour', 'kilometers per hour', 'kilometres per hour', 'kilometer per jam'],
  knots: ['knot', 'knots', 'kn', 'kt', 'kts'],
  kg: ['kg', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramos', 'quilo', 'quilos', 'chili'],
  ton: ['t', 'ton', 'tons', 'tonne', 'tonnes', 'tonnen', 'tan', 'tonelada', 'toneladas', 'tonnellata', 'tonnellate'],
  '°C': ['°c', 'c', 'degc', 'celsius', 'degree celsius', 'degrees celsius'],
  Nm: ['nm', 'newton metre', 'newton meter', 'newton-metre'],
  V: ['v', 'volt', 'volts'],
  hp: ['hp', 'ch', 'ps', 'cv', 'horsepower'],
  'l/s': ['l/s', 'liter/detik', 'liter per detik', 'liters per second', 'litres per second'],
  years: ['year', 'years', 'yr', 'yrs', 'tahun', 'jahr', 'jahre', 'an', 'ans', 'año', 'años', 'ano', 'anos', 'anno', 'anni', 'jaar', 'jaren'],
  months: ['month', 'months', 'bulan', 'monat', 'monate', 'mois', 'mes', 'meses', 'mês', 'mese', 'mesi', 'maand', 'maanden'],
  days: ['day', 'days', 'hari', 'tag', 'tage', 'jour', 'jours', 'día', 'días', 'dia', 'dias', 'giorno', 'giorni', 'dag', 'dagen'],
  points: ['point', 'points', 'pts', 'poin', 'mata', 'puntos', 'punti', 'pontos', 'punten', 'punkte'],
};
const unitClassOf = new Map<string, string>();
for (const [name, synonyms] of Object.entries(UNIT_CLASSES)) for (const s of synonyms) unitClassOf.set(s, name);

const foldCase = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');

/** The unit's class, `count:<noun>` for a counted thing, null when absent. */
export function unitClass(unit: string | null | undefined): string | null {
  if (unit === null || unit === undefined) return null;
  const u = foldCase(unit);
  if (!u) return null;
  return unitClassOf.get(u) ?? unitClassOf.get(u.replace(/\./g, '')) ?? `count:${u}`;
}

/** Either side missing, the same class, or both counted nouns (troops ~ soldiers). */
export function unitsAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  const ca = unitClass(a);
  const cb = unitClass(b);
  return ca === null || cb === null || ca === cb || (ca.startsWith('count:') && cb.startsWith('count:'));
}

function numeric(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/[\s_]/g, '');
  return /^[-+]?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(s) ? Number(s) : null;
}

const near = (p: number, g: number): boolean => Math.abs(p - g) <= VALUE_TOLERANCE * Math.max(Math.abs(g), 1e-9);

/** Within 0.5 % of the value or of either end of a range; a percentage also as its fraction. */
export function valueAgrees(predicted: unknown, gold: Pick<GoldFigure, 'value' | 'value_max' | 'unit'>, predictedUnit: string | null | undefined): boolean {
  const p = numeric(predicted);
  if (p === null) return false;
  const ends = gold.value_max === undefined ? [gold.value] : [gold.value, gold.value_max];
  const percent = unitClass(gold.unit) === '%' || unitClass(predictedUnit) === '%';
  return ends.some((g) => near(p, g) || (percent && (near(p * 100, g) || near(p, g * 100))));
}

/** One-to-one pairs, best score first (ties: earlier gold, then earlier prediction). Gold index -> prediction index. */
function pairBestFirst(nGold: number, nPred: number, score: (g: number, p: number) => number): Map<number, number> {
  const candidates: [number, number, number][] = [];
  for (let g = 0; g < nGold; g++) {
    for (let p = 0; p < nPred; p++) {
      const s = score(g, p);
      if (s > 0) candidates.push([s, g, p]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  for (const [, g, p] of candidates) {
    if (pairs.has(g) || taken.has(p)) continue;
    pairs.set(g, p);
    taken.add(p);
  }
  return pairs;
}

type PredFigure = PredictedSummary['figures'][number];

/** The same value with the same unit class (all counted nouns alike) counts once. */
function distinctFigures(figures: PredFigure[]): PredFigure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const v = numeric(f.value);
    const cls = unitClass(f.unit);
    const id = v === null ? `text:${tokens(f.text).join(' ')}` : `${v.toPrecision(6)}|${cls?.startsWith('count:') ? 'count' : cls}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function leaks(junk: string, predictedTexts: string[], cleanText: string): boolean {
  const jt = tokens(junk);
  if (jt.length === 0) return false;
  const junkRun = spaced(jt);
  const need = Math.max(4, Math.ceil(JUNK_RUN_SHARE * jt.length));
  return predictedTexts.some((text) => {
    const pt = tokens(text);
    if (pt.length === 0) return false;
    const pred = spaced(pt);
    if (pred.includes(junkRun)) return true;
    if (jt.length >= 4) {
      for (let i = 0; i + need <= jt.length; i++) if (pred.includes(spaced(jt.slice(i, i + need)))) return true;
    }
    // A prediction made only of junk words that the clean article does not have.
    return pt.length >= 3 && junkRun.includes(pred) && !cleanText.includes(pred);
  });
}

/** Raw counts; they add up over articles and languages. */
export interface Tally {
  articles: number;
  goldQuotes: number;
  predQuotes: number;
  matchedGoldQuotes: number;
  matchedPredQuotes: number;
  speakersChecked: number;
  speakersRight: number;
  goldKeyQuotes: number;
  predKeyQuotes: number;
  predKeyQuotesRight: number;
  goldKeyQuotesFlagged: number;
  goldFigures: number;
  predFigures: number;
  matchedFigures: number;
  goldKeyFigures: number;
  predKeyFigures: number;
  predKeyFiguresRight: number;
  goldKeyFiguresFlagged: number;
  predFiguresWithCounts: number;
  junkLines: number;
  junkLeaked: number;
}

export const emptyTally = (): Tally => ({
  articles: 0,
  goldQuotes: 0,
  predQuotes: 0,
  matchedGoldQuotes: 0,
  matchedPredQuotes: 0,
  speakersChecked: 0,
  speakersRight: 0,
  goldKeyQuotes: 0,
  predKeyQuotes: 0,
  predKeyQuotesRight: 0,
  goldKeyQuotesFlagged: 0,
  goldFigures: 0,
  predFigures: 0,
  matchedFigures: 0,
  goldKeyFigures: 0,
  predKeyFigures: 0,
  predKeyFiguresRight: 0,
  goldKeyFiguresFlagged: 0,
  predFiguresWithCounts: 0,
  junkLines: 0,
  junkLeaked: 0,
});

export function addTally(into: Tally, t: Tally): Tally {
  for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += t[k];
  return into;
}

/** What went wrong in one article, for the engineers. */
export interface ArticleMisses {
  id: string;
  missedQuotes: { text: string; key: boolean }[];
  wrongSpeakers: { quote: string; gold: string; predicted: string | null }[];
  extraQuotes: string[];
  missedFigures: { text: string; key: boolean }[];
  extraFigures: string[];
  /** Key flags the prediction got wrong: gold key items it did not flag, items it flagged that are not key. */
  keyQuotesNotFlagged: string[];
  quotesFlaggedNotKey: string[];
  keyFiguresNotFlagged: string[];
  figuresFlaggedNotKey: string[];
  figuresWithoutCounts: string[];
  leakedJunk: string[];
}

export interface ArticleScore {
  tally: Tally;
  misses: ArticleMisses;
}

/**
 * The gold quote each predicted one matches (gold index to prediction index), best first at token-overlap F1 >= 0.8;
 * `pq` holds only predictions with a token.
 */
export function pairQuotes(gq: readonly { text: string }[], pq: readonly { text: string }[]): Map<number, number> {
  const quotePairs = pairBestFirst(gq.length, pq.length, (g, p) => {
    const f1 = tokenOverlapF1(pq[p]!.text, gq[g]!.text);
    return f1 >= QUOTE_MATCH_F1 ? f1 : 0;
  });
  // A prediction joining two gold parts ('"A," she said, "B."') matches each part
  // when each is a run inside it and together they cover 80 % of it.
  const usedPreds = new Set(quotePairs.values());
  pq.forEach((p, j) => {
    if (usedPreds.has(j)) return;
    const pt = tokens(p.text);
    const inside = gq.map((_, i) => i).filter((i) => !quotePairs.has(i) && hasRun(pt, tokens(gq[i]!.text)));
    const covered = inside.reduce((n, i) => n + tokens(gq[i]!.text).length, 0);
    if (inside.length >= 2 && covered >= 0.8 * pt.length) {
      for (const i of inside) quotePairs.set(i, j);
      usedPreds.add(j);
    }
  });
  return quotePairs;
}

/** Scores one article's prediction; `articleText` is its whole text, for the junk check. */
export function scoreArticle(gold: GoldArticle, pred: PredictedSummary | undefined, articleText: string): ArticleScore {
  const t = emptyTally();
  t.articles = 1;
  const misses: ArticleMisses = {
    id: gold.id,
    missedQuotes: [],
    wrongSpeakers: [],
    extraQuotes: [],
    missedFigures: [],
    extraFigures: [],
    keyQuotesNotFlagged: [],
    quotesFlaggedNotKey: [],
    keyFiguresNotFlagged: [],
    figuresFlaggedNotKey: [],
    figuresWithoutCounts: [],
    leakedJunk: [],
  };
  const gq = gold.quotes;
  const pq = (pred?.quotes ?? []).filter((q) => tokens(q.text).length > 0);

  const quotePairs = pairQuotes(gq, pq);
  const usedPreds = new Set(quotePairs.values());
  t.goldQuotes = gq.length;
  t.predQuotes = pq.length;
  t.matchedGoldQuotes = quotePairs.size;
  t.matchedPredQuotes = usedPreds.size;
  gq.forEach((g, i) => {
    const j = quotePairs.get(i);
    if (g.key) {
      t.goldKeyQuotes++;
      if (j !== undefined && pq[j]!.key === true) t.goldKeyQuotesFlagged++;
      else misses.keyQuotesNotFlagged.push(g.text);
    }
    if (j === undefined) {
      misses.missedQuotes.push({ text: g.text, key: g.key });
      return;
    }
    if (!g.speaker) return;
    t.speakersChecked++;
    const said = pq[j]!.speaker;
    if (speakerIsRight(said, g.speaker, g.aliases)) t.speakersRight++;
    else misses.wrongSpeakers.push({ quote: g.text, gold: g.speaker, predicted: said ?? null });
  });
  const goldOfPred = new Map<number, number[]>();
  for (const [i, j] of quotePairs) goldOfPred.set(j, [...(goldOfPred.get(j) ?? []), i]);
  pq.forEach((p, j) => {
    if (!usedPreds.has(j)) misses.extraQuotes.push(p.text);
    if (p.key !== true) return;
    t.predKeyQuotes++;
    if ((goldOfPred.get(j) ?? []).some((i) => gq[i]!.key)) t.predKeyQuotesRight++;
    else misses.quotesFlaggedNotKey.push(p.text);
  });

  const gf = gold.figures;
  const pf = distinctFigures((pred?.figures ?? []).filter((f) => numeric(f.value) !== null));
  const figurePairs = pairBestFirst(gf.length, pf.length, (g, p) => {
    const gold = gf[g]!;
    const fig = pf[p]!;
    if (!unitsAgree(fig.unit, gold.unit) || !valueAgrees(fig.value, gold, fig.unit)) return 0;
    // Prefer the same unit class, then the closer surface text.
    const sameClass = fig.unit != null && gold.unit != null && unitClass(fig.unit) === unitClass(gold.unit);
    return 1 + (sameClass ? 0.5 : 0) + (fig.text ? 0.25 * tokenOverlapF1(fig.text, gold.text) : 0);
  });
  t.goldFigures = gf.length;
  t.predFigures = pf.length;
  t.matchedFigures = figurePairs.size;
  const goldOfFigure = new Map<number, number>();
  for (const [i, j] of figurePairs) goldOfFigure.set(j, i);
  gf.forEach((g, i) => {
    const j = figurePairs.get(i);
    if (j === undefined) misses.missedFigures.push({ text: g.text, key: g.key });
    if (!g.key) return;
    t.goldKeyFigures++;
    if (j !== undefined && pf[j]!.key === true) t.goldKeyFiguresFlagged++;
    else misses.keyFiguresNotFlagged.push(g.text);
  });
  const describe = (f: PredFigure): string => `${f.value} ${f.unit ?? ''} (${f.text ?? ''})`.replace(/\s+/g, ' ');
  pf.forEach((f, j) => {
    const i = goldOfFigure.get(j);
    if (i === undefined) misses.extraFigures.push(describe(f));
    if (typeof f.counts === 'string' && f.counts.trim()) t.predFiguresWithCounts++;
    else misses.figuresWithoutCounts.push(describe(f));
    if (f.key !== true) return;
    t.predKeyFigures++;
    if (i !== undefined && gf[i]!.key) t.predKeyFiguresRight++;
    else misses.figuresFlaggedNotKey.push(describe(f));
  });

  let clean = articleText;
  for (const j of gold.junk) clean = clean.split(j).join(' ');
  const cleanText = spaced(tokens(clean));
  const predictedTexts = [...pq.map((q) => q.text), ...pf.flatMap((f) => (f.text ? [f.text] : []))];
  t.junkLines = gold.junk.length;
  for (const j of gold.junk) {
    if (leaks(j, predictedTexts, cleanText)) {
      t.junkLeaked++;
      misses.leakedJunk.push(j);
    }
  }
  return { tally: t, misses };
}

/** The measures of a tally, as fractions (null where nothing was there to measure). */
export interface Measures {
  articles: number;
  quotes: number;
  quotePrecision: number | null;
  quoteRecall: number | null;
  quoteF1: number | null;
  speakerAccuracy: number | null;
  speakersChecked: number;
  keyQuoteF1: number | null;
  figures: number;
  figurePrecision: number | null;
  figureRecall: number | null;
  figureF1: number | null;
  keyFigureF1: number | null;
  countsShare: number | null;
  junkLines: number;
  junkLeaked: number;
}

const ratio = (a: number, b: number): number | null => (b ? a / b : null);
function f1(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function measures(t: Tally): Measures {
  const qp = ratio(t.matchedPredQuotes, t.predQuotes);
  const qr = ratio(t.matchedGoldQuotes, t.goldQuotes);
  const fp = ratio(t.matchedFigures, t.predFigures);
  const fr = ratio(t.matchedFigures, t.goldFigures);
  return {
    articles: t.articles,
    quotes: t.goldQuotes,
    quotePrecision: qp,
    quoteRecall: qr,
    quoteF1: f1(qp, qr),
    speakerAccuracy: ratio(t.speakersRight, t.speakersChecked),
    speakersChecked: t.speakersChecked,
    keyQuoteF1: f1(ratio(t.predKeyQuotesRight, t.predKeyQuotes), ratio(t.goldKeyQuotesFlagged, t.goldKeyQuotes)),
    figures: t.goldFigures,
    figurePrecision: fp,
    figureRecall: fr,
    figureF1: f1(fp, fr),
    keyFigureF1: f1(ratio(t.predKeyFiguresRight, t.predKeyFigures), ratio(t.goldKeyFiguresFlagged, t.goldKeyFigures)),
    countsShare: ratio(t.predFiguresWithCounts, t.predFigures),
    junkLines: t.junkLines,
    junkLeaked: t.junkLeaked,
  };
}

export interface SetScore {
  perLanguage: Map<string, Measures>;
  overall: Measures;
  articles: ArticleScore[];
}

/** Scores every gold article (a missing prediction scores as empty), micro-averaged per language and overall. */
export function scoreSet(items: readonly { gold: GoldArticle; text: string }[], predictions: ReadonlyMap<string, PredictedSummary>): SetScore {
  const byLang = new Map<string, Tally>();
  const all = emptyTally();
  const articles = items.map(({ gold, text }) => {
    const s = scoreArticle(gold, predictions.get(gold.id), text);
    addTally(all, s.tally);
    if (!byLang.has(gold.lang)) byLang.set(gold.lang, emptyTally());
    addTally(byLang.get(gold.lang)!, s.tally);
    return s;
  });
  const perLanguage = new Map([...byLang].sort(([a], [b]) => a.localeCompare(b)).map(([lang, t]) => [lang, measures(t)]));
  return { perLanguage, overall: measures(all), articles };
}
