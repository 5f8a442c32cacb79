/**
 * When a quote's credit names no one, or only someone weak (a listener, an outlet, a party or place after a
 * preposition), the likeliest speaker named around the quote; teasers by the body quote that says them again,
 * and an epithet no one held yet by the person the article later gives that role.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a listener or outlet after a preposition is not who spoke: the subject named around the quote is', () => {
  creditsSpeakers([
    [
      'es',
      'La consejera de Salud del Gobierno regional, Lucía Ordóñez Prat, visitó el hospital. En declaraciones a Onda Regional, aseguró que habrá refuerzos. «No vamos a cerrar ninguna planta este verano», dijo.',
      ['Lucía Ordóñez Prat'],
    ],
    [
      'it',
      "L'assessora Marta Ceccon Riva ha visitato il reparto. Ai microfoni di Radio Laguna ha spiegato che arriveranno rinforzi. «Nessun reparto chiuderà quest'estate», ha aggiunto.",
      ['Marta Ceccon Riva'],
    ],
    [
      'pt',
      'A vereadora da Educação do município, Sílvia Matos Lobo, visitou a escola. Em declarações à Rádio Minho, garantiu que haverá reforços. "Nenhuma escola vai fechar este ano", disse.',
      ['Sílvia Matos Lobo'],
    ],
  ]);
});

describe('a party after a preposition in the apposition is the speaker’s, not the speaker', () => {
  creditsSpeakers([
    [
      'es',
      'El alcalde de Valdemora, Tomás Urrutia Gil, del PSOE, dijo que recurrirá la sentencia. «Vamos a llegar hasta el final», señaló.',
      ['Tomás Urrutia Gil'],
    ],
    ['pt', 'O vereador Rui Pinto Lage, do PSD, disse que vai votar contra. "É um orçamento sem rumo", afirmou.', ['Rui Pinto Lage']],
  ]);
});

describe('a role, a spokesperson or a body’s noun before the preposition makes the name after it the speaker’s body, no weak one', () => {
  creditsSpeakers([
    [
      'fr',
      'La crue a coupé trois écluses. « Les bateaux resteront à quai jusqu’à lundi », a assuré un porte-parole de Voies Navigables Régionales.',
      ['Voies Navigables Régionales'],
    ],
    ['es', 'Hubo seis detenidos antes del partido. «El dispositivo funcionó con normalidad», indicaron fuentes de la Policía Nacional.', ['Policía Nacional']],
  ]);
});

describe('a source preposition names who the words came from, no weak one', () => {
  creditsSpeakers([
    [
      'de',
      'Scharfe Kritik kam von den Verbänden. Die Pläne seien „ein Schlag ins Gesicht“ für Angehörige, hieß es beim Sozialverband VdK.',
      ['Sozialverband VdK'],
    ],
  ]);
});

describe('a quote with no credit of its own: the named subject of its sentence', () => {
  creditsSpeakers([
    [
      'es',
      'El técnico visitante, Óscar Liaño Pons, habló al final. «Nos faltó gol», insistió Liaño Pons, que reconoció que su equipo «sufrió demasiado en la segunda parte».',
      ['Óscar Liaño Pons', 'Óscar Liaño Pons'],
    ],
    [
      'it',
      "L'allenatore Davide Pasquin Rota ha parlato in conferenza stampa. «Ci è mancato il gol», ha detto Pasquin Rota, che ha ammesso che la squadra «ha sofferto troppo nella ripresa».",
      ['Davide Pasquin Rota', 'Davide Pasquin Rota'],
    ],
    [
      'pt',
      'O treinador Vítor Sampaio Leal falou no fim do jogo. "Faltou-nos o golo", disse Sampaio Leal, que reconheceu que a equipa "sofreu demais na segunda parte".',
      ['Vítor Sampaio Leal', 'Vítor Sampaio Leal'],
    ],
    [
      'es',
      'A pie de calle, el enfado era evidente. «Llevo una hora esperando y voy a llegar tarde otra vez», se quejaba Rocío Almagro, auxiliar de enfermería.',
      ['Rocío Almagro'],
    ],
  ]);
});

describe('a teaser takes the speaker of the body quote that says it again', () => {
  creditsSpeakers([
    [
      'es',
      para(
        '«Esto es medicina de guerra», advierten los enfermeros del hospital',
        '«Esto es medicina de guerra. No hay camas ni manos», resumió la delegada sindical Nerea Olmedo Caro ante la puerta del centro.',
      ),
      ['Nerea Olmedo Caro', 'Nerea Olmedo Caro'],
    ],
    [
      'pt',
      para(
        'Rio subiu três metros. Defesa Civil: "O pico ainda não chegou"',
        'Ao jornal, o coordenador da Defesa Civil, Adroaldo Brum Neto, pediu cautela. "O pico ainda não chegou. Saiam agora das áreas de risco", afirmou.',
      ),
      ['Adroaldo Brum Neto', 'Adroaldo Brum Neto'],
    ],
    [
      'it',
      para(
        'Pronto soccorso al collasso. I medici: «Turni impossibili, siamo allo stremo»',
        '«Turni impossibili, siamo allo stremo: un medico ogni trenta pazienti», spiega il segretario del sindacato Franco Lissoni Bassi.',
      ),
      ['Franco Lissoni Bassi', 'Franco Lissoni Bassi'],
    ],
  ]);
});

describe('an epithet before anyone is named means the first person the article gives that role', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'Dopo i petardi la società annuncia il Daspo. Il presidente: «Non ci faremo intimidire»',
        'Il presidente del club, Ottavio Marrone Lenti, ha annunciato la linea dura contro i violenti.',
      ),
      ['Ottavio Marrone Lenti'],
    ],
    [
      'fr',
      para(
        'Le procureur a dénoncé « une série de fautes graves ». La défense plaide la relaxe',
        'Pour le procureur Antoine Delmas-Roche, le drame était évitable.',
      ),
      ['Antoine Delmas-Roche'],
    ],
  ]);
});

describe('a teaser’s label credit is its own: a later sibling’s speaker does not fill it', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'I sindacati: «Serve un piano industriale vero». Il ministro: «Nessun licenziamento»',
        'Il ministro delle Imprese, Aldo Rinaldi Conti, ha firmato l’accordo nella notte.',
      ),
      [null, 'Aldo Rinaldi Conti'],
    ],
  ]);
});

describe('a statement naming no body is the person who spoke since the last body', () => {
  creditsSpeakers([
    [
      'it',
      para(
        '«La piscina riaprirà a giugno», ha detto il direttore Paolo Serravalle Neri ai microfoni di Radio Colle.',
        'La cooperativa chiede un contributo di trecentomila euro.',
        "L'assessora allo sport, Chiara Donadoni Fumagalli, ha replicato in serata. In una nota diffusa giovedì ha sottolineato che «i conti vanno verificati prima di ogni impegno».",
      ),
      ['Paolo Serravalle Neri', 'Chiara Donadoni Fumagalli'],
    ],
  ]);
});

describe('a spokesperson or a body’s own noun speaks for the body, whoever spoke since', () => {
  creditsSpeakers([
    [
      'nl',
      para(
        'Het Waterschap Vechtstromen kondigde dinsdag vertraging aan bij de dijkversterking bij Hardenberg.',
        '"Ik durf niets meer te verbouwen", zegt bewoonster Ilse Brinkhorst.',
        'Een woordvoerder van het waterschap laat weten dat er voor de zomer een besluit komt. "We begrijpen de onrust", aldus de woordvoerder.',
      ),
      ['Ilse Brinkhorst', 'Waterschap Vechtstromen'],
    ],
    [
      'nl',
      para(
        'De rechter staat de overname van het Gelre Ziekenhuis niet toe.',
        'Bij het Gelre Ziekenhuis is de teleurstelling groot. "Dit is een zware dag", zegt bestuurder Mark Tolhuis. Het ziekenhuis laat weten dat het de uitspraak bestudeert. "We nemen er de tijd voor", aldus het ziekenhuis.',
      ),
      ['Mark Tolhuis', 'Gelre Ziekenhuis'],
    ],
  ]);
});
