import { FLAT_COLUMNS } from './flat.js';
import type { ExportedEvent } from '../store/store.js';

/** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
function field(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return FLAT_COLUMNS.map((c) => c.name).join(',');
}

export function csvRow(x: ExportedEvent): string {
  return FLAT_COLUMNS.map((c) => field(c.get(x))).join(',');
}
