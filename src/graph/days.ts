// Calendar arithmetic on `YYYY-MM-DD` strings (UTC, so no time zone moves a day).

const DAY_MS = 86_400_000;

export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return dayString(dayNumber(day) + n);
}

/** A period is named by its day, by the Monday starting its week, or by its month `YYYY-MM` (see dyadPeriods). */
export type Period = 'day' | 'week' | 'month';

/** The first day of a period, given by its name. */
export function periodStart(period: string, by: Period): string {
  return by === 'month' ? `${period}-01` : period;
}

/** The last day of a period, given by its name. */
export function periodEnd(period: string, by: Period): string {
  if (by === 'day') return period;
  if (by === 'week') return addDays(period, 6);
  // 31 days after a month's first day always falls in the next month.
  const next = dayString(dayNumber(`${period}-01`) + 31).slice(0, 7);
  return addDays(`${next}-01`, -1);
}
