/**
 * Masks personal data in transcript text before it is stored: emails, phone numbers, card numbers,
 * account numbers (and sort codes) and UK postcodes. Digits are read as runs that may be broken by
 * single spaces, hyphens or dots, so "4111 1111-1111.1111" is one card number however it was typed.
 * It errs towards masking: a 6-digit order number is masked as an account number too.
 */

export type MaskKind = "email" | "phone" | "card" | "account" | "postcode";
export interface Masked {
  kind: MaskKind;
  /** What the trainer sees in the preview: the kind and, for cards and accounts, the last four digits. */
  shown: string;
}

export const MASK_TOKEN: Record<MaskKind, string> = {
  email: "[email]",
  phone: "[phone number]",
  card: "[card number]",
  account: "[account number]",
  postcode: "[postcode]",
};

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
// UK postcodes: "SW1A 1AA", "M1 1AE", "b33 8th"
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/gi;
// a run of digits broken by single separators, optionally led by + or an opening bracket
const DIGIT_RUN = /(?:\+|\()?\d(?:[ .\-()]{0,2}\d)*/g;

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

export function maskText(text: string): { text: string; masked: Masked[] } {
  const masked: Masked[] = [];
  let out = text.replace(EMAIL, () => {
    masked.push({ kind: "email", shown: "an email address" });
    return MASK_TOKEN.email;
  });
  out = out.replace(DIGIT_RUN, (run) => {
    const d = digitsOf(run);
    // A run that is only an amount or a time ("42.50", "3 to 5") is short and stays.
    if (d.length >= 13) {
      masked.push({ kind: "card", shown: `card number ending ${d.slice(-4)}` });
      return MASK_TOKEN.card;
    }
    const phoneLike = /^\+?\(?(?:0|44)/.test(run.trim()) && d.length >= 10 && d.length <= 12;
    if (phoneLike) {
      masked.push({ kind: "phone", shown: "a phone number" });
      return MASK_TOKEN.phone;
    }
    if (d.length >= 6) {
      masked.push({ kind: "account", shown: `account number ending ${d.slice(-4)}` });
      return MASK_TOKEN.account;
    }
    return run;
  });
  out = out.replace(POSTCODE, () => {
    masked.push({ kind: "postcode", shown: "a postcode" });
    return MASK_TOKEN.postcode;
  });
  return { text: out, masked };
}

/** Counts per kind, for the preview's summary ("2 card numbers, 1 email"). */
export function maskSummary(masked: Masked[]): Partial<Record<MaskKind, number>> {
  const out: Partial<Record<MaskKind, number>> = {};
  for (const m of masked) out[m.kind] = (out[m.kind] ?? 0) + 1;
  return out;
}
