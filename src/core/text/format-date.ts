// Dates shown to people, at the precision the text gave: 2021 · 2021–2022 · Dec 2023 · 25 Mar 2024.
import { MONTH_NAMES } from '../dates/calendar.js';

const MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));

function one(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatIsoDate(iso: string | null): string {
  if (!iso) return 'undated';
  const [a, b] = iso.split('/');
  if (!b || !a) return one(iso);
  return `${one(a)}–${one(b)}`;
}
