import { describe, expect, it } from 'vitest';
import { creditsSpeakers, speakersOf } from '../helpers/speaker-cases.js';

describe('a name after the verb and a preposition is to whom or where it was said', () => {
  creditsSpeakers([
    ['es', 'El exalcalde Luis Peña Soto habló al salir. «No pienso dimitir ni ahora ni nunca», dijo a los periodistas en el Senado.', ['Luis Peña Soto']],
    ['pt', 'O treinador Carlos Mota Pires falou no fim do jogo. “Merecemos ganhar este jogo sem discussão”, declarou à TV Record.', ['Carlos Mota Pires']],
    ['pt', '“Não há dinheiro para isso neste momento”, disse à Lusa Rita Gonçalves.', ['Rita Gonçalves']],
    // A full name after the listener, with its own role in apposition: the name speaks, not the body in the role.
    [
      'es',
      'La afición pide cambios. «El problema es el proyecto», dijo a esta agencia Marcos Peral, presidente de la Federación de Peñas Castellanas.',
      ['Marcos Peral'],
    ],
  ]);
});

describe('a place preposition before a lowercase noun ends the role after the verb', () => {
  creditsSpeakers([
    [
      'es',
      'El alcalde de Soria, Martín Gil Soler, fue reelegido en marzo. «Nadie me echará de aquí», afirmó el alcalde en conversación telefónica con Radio Norte.',
      ['Martín Gil Soler'],
    ],
  ]);
});

describe('Iberian names: several surnames with their particles, a role’s remit with particles', () => {
  creditsSpeakers([
    ['pt', '«Não houve pressão nenhuma sobre o júri», afirmou a procuradora Ana Luísa do Carmo dos Reis Vieira.', ['Ana Luísa do Carmo dos Reis Vieira']],
  ]);
  it('pt: a role whose remit has particles, then the name, no comma', () => {
    const [, speaker] = speakersOf(
      'A autarca Luísa Neves Correia pediu calma. «Vamos resolver isto com diálogo», disse. «É um retrocesso para todas as famílias», atirou a deputada do Movimento de Cidadãos Marta Lobo Reis, no debate.',
      'pt',
    );
    expect(speaker).toMatch(/Marta Lobo Reis$/);
  });
});

describe('an epithet before the name in apposition: the person opens the sentence (and “protestó” is a speech verb)', () => {
  creditsSpeakers([
    [
      'es',
      'El equipo perdió en casa. Su entrenador, el veterano Raúl Medina, se quejó del árbitro. «Nos han robado el partido en el último minuto», protestó.',
      ['Raúl Medina'],
    ],
  ]);
});

describe('a role with its remit and the name with no comma, later the role with an adjective', () => {
  creditsSpeakers([
    [
      'pt',
      'O antigo ministro da Saúde Rui Tavares Lobo negou as acusações. «Nunca recebi um cêntimo de ninguém», disse Tavares Lobo. Segundo o Ministério Público, o então ministro pressionou o júri. O antigo ministro rejeitou essa leitura. «Foi tudo feito dentro da lei», afirmou.',
      ['Rui Tavares Lobo', 'Rui Tavares Lobo'],
    ],
  ]);
});

describe('an opening phrase, then the role and the name in apposition: the person opens the sentence', () => {
  creditsSpeakers([
    [
      'pt',
      'A juíza Ana Reis Brito suspendeu a sessão. À saída do tribunal, o advogado da empresa, Rui Sampaio Costa, mostrou-se confiante. «Não há uma única prova contra o meu cliente», declarou aos jornalistas.',
      ['Rui Sampaio Costa'],
    ],
  ]);
});

describe('the text of a statement speaks for the body that issued it', () => {
  creditsSpeakers([
    [
      'pt',
      'A moradora Luciana Prado Lima esperou sete horas. Procurada, a Secretaria de Saúde informou, em nota, que abriu novos leitos. «A rede está sob pressão, mas ninguém fica sem atendimento», diz o texto.',
      ['Secretaria de Saúde'],
    ],
  ]);
});

describe('a former holder of a role is the person the article gave the role', () => {
  creditsSpeakers([
    [
      'pt',
      'O antigo ministro da Saúde Rui Tavares Lobo negou tudo. «Nunca recebi um cêntimo de ninguém», disse Tavares Lobo. A procuradora Ana Reis Brito leu uma mensagem em que o ex-ministro escrevia que era «urgente fechar o negócio antes do verão».',
      ['Rui Tavares Lobo', 'Rui Tavares Lobo'],
    ],
  ]);
});

describe('an adverb between the article and the epithet after the verb', () => {
  creditsSpeakers([
    [
      'es',
      'El alcalde, Pedro Luis Soria, perdió la votación. «Nos veremos en las urnas», ha dicho el ya exalcalde, quien seguirá como concejal.',
      ['Pedro Luis Soria'],
    ],
  ]);
});

describe('a relative clause between the subject and its verb, no verb of saying', () => {
  creditsSpeakers([
    [
      'es',
      'El alcalde, Pedro Luis Soria, perdió la votación. Soria, que gobernaba en solitario desde 2019, ha calificado el acuerdo de «una traición a los vecinos» y ha pedido calma.',
      ['Pedro Luis Soria'],
    ],
  ]);
});

describe('reported speech: a name right after the verb and a preposition is to whom it was said', () => {
  creditsSpeakers([
    [
      'pt',
      'Porto, 3 mar (Imprensul) - As rendas subiram 9% num ano.\n"Os preços vão continuar a subir", afirmou à Imprensul o economista Paulo Reis Moura, da Universidade do Porto.\nSegundo o especialista, a procura continua forte. "Sem casas novas não há solução", acrescentou.\nImprensul/Fim',
      ['Paulo Reis Moura', 'Paulo Reis Moura'],
    ],
  ]);
});

describe('"Para X, …" opening a sentence gives X’s view: a bare verb after it means X', () => {
  creditsSpeakers([
    [
      'pt',
      '"A vacina é segura", avalia o médico Paulo Reis Moura, professor da Universidade de Brasília (UnB). Para a aposentada Joana Lima Costa, 70, de Recife (PE), que teve dengue em 2022, a notícia traz alívio. "Ainda sinto dores nas pernas todos os dias", contou.',
      ['Paulo Reis Moura', 'Joana Lima Costa'],
    ],
    [
      'es',
      '"La vacuna es segura", explica el médico Pablo Ruiz Mora, profesor de la Universidad de Sevilla. Para la jubilada Juana Lima Costa, de 70 años, que tuvo dengue en 2022, la noticia es un alivio. "Todavía me duelen las piernas cada día", contó.',
      ['Pablo Ruiz Mora', 'Juana Lima Costa'],
    ],
  ]);
});

describe('"…», señalaron desde el organismo": a body by its noun after a preposition of source', () => {
  creditsSpeakers([
    [
      'es',
      'El fuego ya quemó 900 hectáreas, según el Servicio Regional de Fuegos (SERFO).\n"No vamos a rendirnos", dijo el gobernador, Luis Pérez Gil.\nTrabajan brigadistas de Salta, Jujuy y Tucumán. Desde el SERFO indicaron que el viento sopla fuerte. "Los aviones solo pueden volar unas horas", señalaron desde el organismo.',
      ['Luis Pérez Gil', 'SERFO'],
    ],
  ]);
});

describe('Spanish plural perfect verbs of saying ("han lamentado") credit the two people named after them', () => {
  creditsSpeakers([
    [
      'es',
      'La alcaldesa, Ana Gil Mora, celebró el acuerdo. «No compartimos la decisión del pleno», han lamentado en un comunicado los presidentes de las asociaciones de vecinos y de comerciantes, Marta Gil Ruiz y Pedro Ruiz Sanz.',
      ['Marta Gil Ruiz y Pedro Ruiz Sanz'],
    ],
  ]);
});

describe('a title word closing given names in apposition is a surname', () => {
  creditsSpeakers([
    [
      'es',
      'La alcaldesa, Ana Gil Mora, habló primero. El portavoz de Unidos por Almansa, Luis Miguel Rey, ha defendido el acuerdo: «Hemos firmado un programa serio».',
      ['Luis Miguel Rey'],
    ],
  ]);
});
