import type { Money } from '../model';

const MINUS = '\u2212';

/**
 * "$1,234" or "$1,234.50", "−$12" for a credit. Formatted by hand: building an Intl.NumberFormat costs
 * ~12 ms (ICU data), a tenth of a 10k plan's rules.
 */
export function usd(amount: number): string {
  return `${sign(amount, '')}$${magnitude(amount)}`;
}

/** A change of money: "+$250", "−$100", "$0". */
export function signedUsd(amount: number): string {
  return `${sign(amount, '+')}$${magnitude(amount)}`;
}

/** An amount in its own unit: dollars for USD, else "412.30 EUR" (never converted). Raw text: reporters escape the unit. */
export function money(value: Money): string {
  return value.unit === 'USD' ? usd(value.amount) : `${sign(value.amount, '')}${magnitude(value.amount)} ${value.unit}`;
}

function sign(amount: number, plus: string): string {
  const c = Math.round(amount * 100);
  return c < 0 ? MINUS : c > 0 ? plus : '';
}

function magnitude(amount: number): string {
  const c = Math.round(Math.abs(amount) * 100);
  if (!Number.isSafeInteger(c)) return String(Math.abs(amount));
  const whole = groupDigits(Math.floor(c / 100));
  const cents = c % 100;
  return cents === 0 ? whole : `${whole}.${String(cents).padStart(2, '0')}`;
}

/** A whole number grouped as en-US writes it: 10,000. */
export function groupDigits(n: number): string {
  return Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : String(n);
}
