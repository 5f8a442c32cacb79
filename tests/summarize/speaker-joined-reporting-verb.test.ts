/**
 * A second speech verb joined to a quote's sentence by "and", reporting a clause whose quoted words follow
 * ("X lamentou «…» e garantiu que «…»"): the second quote goes on with the first's speaker.
 */
import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('a joined verb and its complementizer, a few words of the clause between, go on with the speaker before', () => {
  creditsSpeakers([
    [
      'pt',
      'A greve parou os comboios do Norte. Em comunicado, a administração da Transportes Vale do Lima lamentou "os atrasos causados aos passageiros" e garantiu que "a negociação continua aberta".',
      ['Transportes Vale do Lima', 'Transportes Vale do Lima'],
    ],
    [
      'pt',
      'A subida dos juros desagradou à indústria. Em nota, a administração da Federação das Indústrias de Valmor criticou "uma decisão tomada sem ouvir ninguém" e afirmou que os juros "travam o investimento".',
      ['Federação das Indústrias de Valmor', 'Federação das Indústrias de Valmor'],
    ],
    [
      'fr',
      'La grève a paralysé le réseau. Dans un communiqué, la société Transvallée a regretté « les retards subis par les voyageurs » et a assuré que la direction « reste ouverte au dialogue ».',
      ['Transvallée', 'Transvallée'],
    ],
  ]);
});

describe('a preposition the verb takes before its clause ("advirtió de que") is passed over', () => {
  creditsSpeakers([
    [
      'es',
      'Las acciones de Meridiano subieron un 3,2%. En una nota, la Asociación de Inversores Minoritarios calificó los resultados de "sólidos pero previsibles" y advirtió de que "lo difícil empieza ahora", cuando bajen los tipos.',
      ['Asociación de Inversores Minoritarios', 'Asociación de Inversores Minoritarios'],
    ],
    [
      'pt',
      'As ações da Meridiano subiram 3,2%. Em nota, a Associação de Investidores Minoritários classificou os resultados como "sólidos mas previsíveis" e queixou-se de que "o difícil começa agora", quando os juros descerem.',
      ['Associação de Investidores Minoritários', 'Associação de Investidores Minoritários'],
    ],
  ]);
});
