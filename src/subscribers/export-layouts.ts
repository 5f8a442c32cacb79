/**
 * The columns other list tools export, read as one reader each: address,
 * name, whether the reader left (unsubscribed) or the tool dropped the
 * address (cleaned, after bounces or spam complaints), and when they
 * consented. Header names are compared lowercased and trimmed.
 */

/** Why a row of another tool's export is kept out of the list. */
export type LeftReason = 'unsubscribed' | 'cleaned';

export interface LayoutFields {
  /** Header names, lowercased. */
  email: readonly string[];
  name: readonly string[];
  /** Columns joined with a space to make the name when no `name` column is there (Mailchimp's first and last name). */
  nameParts: readonly string[];
  /** First non-empty one wins. */
  consent: readonly string[];
}

/** One recognised export: how a row says the reader has left. */
interface StatusRule {
  column: string;
  /** Lowercased cell value -> reason; a value not listed keeps the reader. */
  values: Readonly<Record<string, LeftReason>>;
  /** Any non-empty value means this reason (a time stamp column such as Mailchimp's UNSUB_TIME). */
  whenFilled?: LeftReason;
}

export const LAYOUT_FIELDS: LayoutFields = {
  email: ['email', 'email address', 'e-mail', 'e-mail address'],
  name: ['name', 'full name', 'full_name'],
  nameParts: ['first name', 'last name'],
  consent: ['consent_date', 'consent date', 'confirm_time', 'optin_time', 'created_at', 'created', 'subscribed_at'],
};

/**
 * Mailchimp: a `Status` column (subscribed, unsubscribed, cleaned, ...) in
 * full exports; the per-status files carry UNSUB_TIME or CLEAN_TIME instead.
 * Substack: email_disabled true. Ghost: subscribed_to_emails false.
 * listmonk: status blocklisted.
 */
const STATUS_RULES: readonly StatusRule[] = [
  { column: 'status', values: { unsubscribed: 'unsubscribed', blocklisted: 'unsubscribed', cleaned: 'cleaned', bounced: 'cleaned' } },
  { column: 'unsub_time', values: {}, whenFilled: 'unsubscribed' },
  { column: 'clean_time', values: {}, whenFilled: 'cleaned' },
  { column: 'email_disabled', values: { true: 'unsubscribed' } },
  { column: 'subscribed_to_emails', values: { false: 'unsubscribed' } },
];

/** A header read once: where each field is, and how a row says its reader left. */
export interface ExportLayout {
  name(cells: readonly string[]): string;
  consent(cells: readonly string[]): string;
  /** Why this row's reader stays out, or null when they are on the list. */
  left(cells: readonly string[]): LeftReason | null;
}

export function exportLayout(header: readonly string[]): ExportLayout {
  const at = (names: readonly string[]) => names.map((n) => header.indexOf(n)).filter((i) => i >= 0);
  const cell = (cells: readonly string[], i: number) => (cells[i] ?? '').trim();
  const nameAt = at(LAYOUT_FIELDS.name);
  const partsAt = at(LAYOUT_FIELDS.nameParts);
  const consentAt = at(LAYOUT_FIELDS.consent);
  const rules = STATUS_RULES.map((r) => ({ ...r, i: header.indexOf(r.column) })).filter((r) => r.i >= 0);
  return {
    name: (cells) =>
      nameAt.length > 0
        ? cell(cells, nameAt[0]!)
        : partsAt
            .map((i) => cell(cells, i))
            .filter(Boolean)
            .join(' '),
    consent: (cells) => consentAt.map((i) => cell(cells, i)).find(Boolean) ?? '',
    left(cells) {
      for (const r of rules) {
        const v = cell(cells, r.i).toLowerCase();
        const reason = r.values[v] ?? (v && r.whenFilled);
        if (reason) return reason;
      }
      return null;
    },
  };
}
