import type { ReplyText } from './reply-text.js';

export const en: ReplyText = {
  lang: 'en',
  unsubscribeSubject: 'Your unsubscribe link',
  unsubscribeBody: [
    'We received a request to stop sending you this digest.',
    'To unsubscribe, open this page and press the button:',
    '{url}',
    '',
    'If you did not ask for this, ignore this mail: nothing changes.',
  ],
};
