/**
 * Currency and unit symbols and codes, written alike in every language; the
 * words for them are in each language pack.
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  'US$': 'USD', $: 'USD', 'A$': 'AUD', 'C$': 'CAD', 'S$': 'SGD', 'HK$': 'HKD', 'NZ$': 'NZD', 'R$': 'BRL',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY', '₱': 'PHP', '₫': 'VND',
  Rp: 'IDR', 'Rp.': 'IDR', RM: 'MYR', Fr: 'CHF', CHF: 'CHF',
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', IDR: 'IDR', MYR: 'MYR', SGD: 'SGD', CNY: 'CNY', RMB: 'CNY',
  AUD: 'AUD', CAD: 'CAD', INR: 'INR', RUB: 'RUB', BRL: 'BRL', MXN: 'MXN', KRW: 'KRW', HKD: 'HKD', TRY: 'TRY',
};

/** Unit symbols to their short code; case matters ("MW" is not "mW"). */
export const UNIT_SYMBOLS: Readonly<Record<string, string>> = {
  km: 'km', 'km²': 'km²', km2: 'km²', 'm²': 'm²', m2: 'm²', 'm³': 'm³', m3: 'm³', kg: 'kg', g: 'g', mg: 'mg',
  t: 't', mt: 't', cm: 'cm', mm: 'mm', ha: 'ha', mi: 'mi', l: 'l', ml: 'ml',
  MW: 'MW', GW: 'GW', kW: 'kW', kWh: 'kWh', MWh: 'MWh', GWh: 'GWh', TWh: 'TWh', mph: 'mph', 'km/h': 'km/h',
  'km/jam': 'km/h', bpd: 'bpd', '°C': '°C', '°F': '°F', '°': '°', GB: 'GB', TB: 'TB', MB: 'MB',
  hp: 'hp', bhp: 'hp', PS: 'PS', Nm: 'Nm', 'lb-ft': 'lb-ft', dB: 'dB', dBA: 'dB', dBa: 'dB', mAh: 'mAh', GHz: 'GHz', MHz: 'MHz',
  Mbps: 'Mbps', Gbps: 'Gbps', fps: 'fps', kph: 'km/h', 'cu ft': 'ft³',
};
