import type { ReplyText } from './reply-text.js';

export const id: ReplyText = {
  lang: 'id',
  unsubscribeSubject: 'Tautan berhenti berlangganan Anda',
  unsubscribeBody: [
    'Kami menerima permintaan untuk berhenti mengirimkan ringkasan ini kepada Anda.',
    'Untuk berhenti berlangganan, buka halaman ini dan tekan tombolnya:',
    '{url}',
    '',
    'Jika Anda tidak memintanya, abaikan surel ini: tidak ada yang berubah.',
  ],
};
