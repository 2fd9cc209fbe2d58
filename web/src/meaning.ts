// What codes mean to a reader: QuadClass names and colours, and the cooperation–conflict scale.

export const QUADS = [
  { quad: 1, name: 'Verbal cooperation', short: 'verbal coop.', color: '#4f8fd8' },
  { quad: 2, name: 'Material cooperation', short: 'material coop.', color: '#1f5fa8' },
  { quad: 3, name: 'Verbal conflict', short: 'verbal conflict', color: '#e0844a' },
  { quad: 4, name: 'Material conflict', short: 'material conflict', color: '#b8322a' },
] as const;

export const quadColor = (quad: number): string => QUADS[quad - 1]?.color ?? '#888';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];
export const MODALITIES = ['asserted', 'hedged', 'negated', 'future', 'historical', 'reported'];

/**
 * A colour for a balance from -1 (all conflict) to +1 (all cooperation): red through a pale
 * neutral to blue, so the map reads at a glance and stays readable for red–green colour blindness.
 */
export function balanceColor(balance: number): string {
  const t = Math.max(-1, Math.min(1, balance));
  const neutral = [236, 232, 222];
  const end = t >= 0 ? [31, 95, 168] : [184, 50, 42];
  const k = Math.abs(t) * 0.85 + 0.15;
  const mix = neutral.map((n, i) => Math.round(n + (end[i] - n) * k));
  return `rgb(${mix.join(',')})`;
}

/** Cooperation minus conflict over all events, from -1 to +1. */
export function balanceOf(q: [number, number, number, number]): number {
  const total = q[0] + q[1] + q[2] + q[3];
  return total ? (q[0] + q[1] - q[2] - q[3]) / total : 0;
}

export const fmt = (x: number, digits = 1): string => (Number.isInteger(x) ? String(x) : x.toFixed(digits));

// Double quotation marks and spaces at either end of a text: a quotation's text may or may not carry
// its own marks. Single ones stay: at the ends of words they are apostrophes (the countries').
const OUTER_MARKS = /^[\s"“”„«»]+|[\s"“”„«»]+$/g;

/** A text between one pair of curly quotes, however many marks it came with. */
export function quoted(text: string): string {
  return `“${text.replace(OUTER_MARKS, '')}”`;
}
