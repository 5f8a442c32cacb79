import type { LanguagePack } from './language-pack.js';

const words = (s: string): string[] => s.split('|');

/** Portuguese. */
export const pt: LanguagePack = {
  code: 'pt',
  junkLines: [
    /^(leia também|leia mais|veja também|saiba mais)\b/i,
    /^publicidade$/i,
    /\bnewsletter\b.*\b(grátis|gratuita|assin|inscr)/i,
    /^(foto|imagem)\s*:/i,
  ],
  nonArticleMarkers: {
    live: [/\bao vivo\b/i, /\bem direto\b/i, /\bem tempo real\b/i, /\blance a lance\b/i, /\bminuto a minuto\b/i],
    quiz: [/\bquiz\s*(?:[:|–—-]|$)/i, /^teste\s*[:|–—-]/i],
    correction: [/^(?:errata|erramos)\b/i, /^(?:correção|retificação)(?!\p{L})/iu],
  },
  stopwords: words(
    'o|a|os|as|após|até|sobre|entre|sem|de|do|da|dos|das|e|em|no|na|nos|um|uma|que|não|para|com|por|se|ao|mais|como|mas|foi|ele|ela|seu|sua|ser|são|está|também|pelo|pela|disse|segundo',
  ),
  abbreviations: words(
    'sr|sra|dr|dra|d|prof|etc|nº|no|jan|fev|abr|jun|jul|ago|set|out|nov|dez|aprox|eua',
  ),
  speechVerbs: words(
    'disse|diz|afirmou|afirma|declarou|declara|garantiu|garante|explicou|explica|acrescentou|acrescenta|adiantou|salientou|sublinhou|destacou|indicou|alertou|advertiu|referiu|comentou|sustentou|reconheceu|anunciou|escreveu|frisou|ressaltou|avaliou|contou|dizia|tem dito|afirmava|declarava|garantia|explicava|adianta|salienta|sublinha|destaca|indica|alerta|adverte|refere|comenta|sustenta|reconhece|anuncia|escreve|frisa|ressalta|avalia|relatou|relata|lembrou|lembra|defendeu|defende|criticou|critica|admitiu|admite|confessou|confessa|respondeu|responde|questionou|questiona|perguntou|pergunta|insistiu|insiste|apontou|aponta|observou|observa|ponderou|pondera|reforçou|reforça|enfatizou|enfatiza|assegurou|assegura|concluiu|conclui|prometeu|promete|informou|informa|confirmou|confirma|avisou|avisa|notou|esclareceu|esclarece|detalhou|detalha|argumentou|argumenta|lamentou|lamenta|denunciou|denuncia|justificou|justifica|atirou|desabafou|desabafa|considerou|considera|realçou|realça|vincou|vinca|assinalou|assinala|precisou|apelou|exclamou|completou|completa|disseram|afirmaram|explicaram|declararam|garantiram|acrescentaram|contava|lembrava|rebateu|rebate|ironizou|brincou|resumiu|resume|elogiou|celebrou|comemorou|agradeceu|reiterou|reitera|emendou|prosseguiu|continuou|concordou|discordou|reclamou|reclama|queixou-se|sintetizou|expôs|declarou ao|afirmou ao|disse ao|disse à|afirmou à|sorriu|suspirou|pediu|pede|reivindicou|exigiu|exige|propôs|propõe|sublinhava|salientava|adiantava',
  ),
  pronounVerbs: [],
  addresseeVerbs: [],
  complementizers: words('que|se|como'),
  prepositions: words("de|do|da|dos|das|em|no|na|nos|nas|para|com|por"),
  articles: words('o|a|os|as|um|uma|uns|umas'),
  accordingTo: words(
    'segundo|de acordo com|conforme',
  ),
  pronouns: words(
    'ele|ela',
  ),
  pluralPronouns: words('eles|elas'),
  pronounGenders: { 'ela': 'f', 'ele': 'm' },
  genderCues: { 'sra': 'f', 'senhora': 'f', 'dona': 'f', 'a': 'f', 'uma': 'f', 'ministra': 'f', 'presidenta': 'f', 'secretária': 'f', 'diretora': 'f', 'coordenadora': 'f', 'prefeita': 'f', 'governadora': 'f', 'deputada': 'f', 'vereadora': 'f', 'professora': 'f', 'mãe': 'f', 'filha': 'f', 'esposa': 'f', 'sr': 'm', 'senhor': 'm', 'dom': 'm', 'o': 'm', 'um': 'm', 'ministro': 'm', 'secretário': 'm', 'diretor': 'm', 'coordenador': 'm', 'prefeito': 'm', 'governador': 'm', 'deputado': 'm', 'vereador': 'm', 'professor': 'm', 'pai': 'm', 'filho': 'm', 'marido': 'm' },
  titles: words(
    'coronel|capitão|sargento|major|copresidente|copresidentes|secretários|prefeitos|ministros|deputados|senadores|dirigentes|comandante|coordenador|coordenadora|líder|dirigente|responsável|autarca|vereador|vereadora|investigador|investigadora|universidade|instituto|presidente|primeiro|primeira|ministro|ministra|secretário|secretária|geral|chefe|diretor|diretora|porta-voz|prefeito|prefeita|presidente da câmara|governador|governadora|deputado|deputada|senador|senadora|embaixador|embaixadora|comissário|professor|professora|doutor|doutora|dr|dra|sr|sra|senhor|senhora|rei|rainha|papa|ex-presidente|ex-ministro|analista|economista|treinador|técnico|vice-presidente|chanceler|negócios|estrangeiros|defesa|fazenda|economia|relações|exteriores|advogado|advogada|especialista|técnica|médico|médica|procurador|procuradora|juiz|juíza|sindicalista|jogador|jogadora|capitão|selecionador|tenente|sargento|agente|trabalhador|trabalhadora|morador|moradora|proprietário|proprietária|dono|dona|gerente|reitor|reitora|presidenta|relator|relatora|ministro-chefe|superintendente|delegado|delegada|comandante-geral|atacante|goleiro|guarda-redes|avançado|governante|craque|zagueiro|lateral|meia|volante|médio',
  ),
  conjunctions: words('e'),
  places: words('ue|europa|lisboa|porto|brasília|são paulo|rio de janeiro|bruxelas|moscou|moscovo|kiev|washington|pequim|londres|madeira|açores'),
  placePrepositions: words('em'),
  placeEndings: [],
  nameParticles: words('de|do|da|dos|das|e|van|von'),
  nounsCapitalized: false,
  fillers: words(
    'também|já|ainda|depois|ainda',
  ),
  namingCues: words(
    'filme|livro|romance|canção|música|álbum|série|programa|jornal|revista|operação|slogan|lema|apelido|alcunha|apelidado|chamado|chamada|denominado|intitulado|intitulada|termo|palavra|campanha|hashtag|marca',
  ),
  durations: words('segundo|segundos|minuto|minutos|hora|horas|dia|dias|semana|semanas|mês|meses|ano|anos|década|décadas'),
  number: { decimal: ',', group: ['.', ' ', '\u00A0'] },
  countedNounLast: false,
  countsTakePlural: false,
  pluralEndings: [],
  scales: { mil: 1e3, 'milhão': 1e6, 'milhões': 1e6, 'bilhão': 1e9, 'bilhões': 1e9, 'mil milhões': 1e9, 'trilhão': 1e12, 'trilhões': 1e12, mi: 1e6, bi: 1e9, tri: 1e12 },
  currencies: { euros: 'EUR', euro: 'EUR', 'dólares': 'USD', 'dólar': 'USD', reais: 'BRL', real: 'BRL', libras: 'GBP', rublos: 'RUB', ienes: 'JPY' },
  percentWords: words(
    'por cento|pontos percentuais',
  ),
  units: { 'quilômetros por hora': 'km/h', 'quilómetros por hora': 'km/h', 'milímetros': 'mm', 'centímetros': 'cm', 'pontos-base': 'pb', 'pontos base': 'pb', 'pontos percentuais': 'pp', 'metros cúbicos': 'm³', 'quilómetros': 'km', 'quilômetros': 'km', 'quilómetro': 'km', 'quilômetro': 'km', metros: 'm', quilos: 'kg', quilogramas: 'kg', toneladas: 't', hectares: 'ha', megawatts: 'MW', litros: 'l', graus: '°' },
  approxWords: {
    about: words('cerca de|aproximadamente|em torno de|por volta de|uns|umas'),
    over: words('mais de|pelo menos|no mínimo'),
    under: words('menos de|quase|perto de|até|no máximo'),
  },
  rangeWords: words(
    'a|ou|e',
  ),
  calendarWords: words(
    'segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|jan|fev|mar|abr|jun|jul|ago|set|out|nov|dez',
  ),
  timeWords: words(
    'horas|h',
  ),
  ordinalSuffix: /^(º|ª|°|\.º|\.ª)/u,
  ordinalPrefix: null,
  figureLinks: words(
    'de|do|da|dos|das',
  ),
  spokespersonWords: words('nota|porta-voz|porta-vozes|assessoria'),
  bodyWords: words(
    'ministério|empresa|companhia|governo|polícia|câmara|agência|conselho|comissão|embaixada|exército|tribunal|sindicato|partido|clube|banco|grupo|organização|hospital|universidade|federação|prefeitura|estatal|autarquia|procuradoria|instituição|entidade|operadora|companhia aérea|transportadora|fabricante|secretaria|associação',
  ),
  indefiniteArticles: words('um|uma'),
  numberWords: { um: 1, uma: 1, dois: 2, duas: 2, 'três': 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, doze: 12, vinte: 20, cem: 100 },
  labelWords: words('nº|número|artigo|versão|voo|linha|capítulo|página|temporada|episódio|rodada|jornada|etapa|fase|classe|idade|rodovia|nível|sala|andar|onda|distrito|geração|zona|setor|ios|windows|android|iphone|galaxy'),
  windowWords: words('últimos|últimas|próximos|próximas|passados|passadas|primeiros|primeiras'),
  moneyCues: [],
  partOfWords: words('de|dos|das'),
  perUnitWords: words('por|cada|ao|à|a cada'),
  notCounted: words('votaram|quando|trabalham|ficaram|foram|são|estão|eram|já|antes|depois|mais|menos|morreram|segundo|cada'),
  tollWords: words('mortos|mortes|feridos|desaparecidos|vítimas|óbitos'),
  restateWords: words("ou|ou seja|isto é"),
};
