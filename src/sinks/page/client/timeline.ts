/**
 * Articles over time, for the time-range control: article dates counted per week (archives spanning
 * up to half a year) or per month (longer), and which articles a range of those periods keeps.
 * Example: dates 2024-01-03, 2024-01-05 and 2024-01-17 give weeks starting 2024-01-01, 01-08 and
 * 01-15 with counts [2, 0, 1]; the range [2, 2] keeps only the third article. Undated articles are in
 * every range (nothing says when they were written).
 */
export interface TimeBuckets {
  unit: 'week' | 'month';
  /** First day of each period, ISO (`2024-01-01`). */
  starts: string[];
  counts: number[];
  /** The period of each document (index in `starts`), -1 when undated. */
  docBucket: Int32Array;
  undated: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / DAY_MS : undefined;
};
const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Periods of the documents' dates; undefined when they all fall in one period (nothing to choose). */
export function timeBuckets(dates: readonly (string | undefined)[]): TimeBuckets | undefined {
  const days = dates.map((d) => (d ? dayNumber(d) : undefined));
  const known = days.filter((d): d is number => d !== undefined);
  if (new Set(known).size < 2) return undefined;
  const [first, last] = [Math.min(...known), Math.max(...known)];
  const unit = last - first > 182 ? 'month' : 'week';
  let bucketOf: (day: number) => number;
  let startOf: (k: number) => string;
  if (unit === 'week') {
    // Weeks start on Monday; day 0 (1970-01-01) was a Thursday.
    const monday = first - ((first + 3) % 7);
    bucketOf = (day) => Math.floor((day - monday) / 7);
    startOf = (k) => isoDay(monday + 7 * k);
  } else {
    const d0 = new Date(first * DAY_MS);
    const [y0, m0] = [d0.getUTCFullYear(), d0.getUTCMonth()];
    bucketOf = (day) => {
      const d = new Date(day * DAY_MS);
      return (d.getUTCFullYear() - y0) * 12 + d.getUTCMonth() - m0;
    };
    startOf = (k) => isoDay(Date.UTC(y0, m0 + k, 1) / DAY_MS);
  }
  const total = bucketOf(last) + 1;
  if (total < 2) return undefined; // one week: nothing to choose
  const counts = new Array<number>(total).fill(0);
  const docBucket = Int32Array.from(days, (d) => (d === undefined ? -1 : bucketOf(d)));
  for (const b of docBucket) if (b >= 0) counts[b]!++;
  return { unit, starts: Array.from({ length: total }, (_, k) => startOf(k)), counts, docBucket, undated: days.length - known.length };
}

/** Which documents the periods from..to (inclusive) keep; undefined when that is every period. */
export function documentsInRange(buckets: TimeBuckets, from: number, to: number): Uint8Array | undefined {
  if (from <= 0 && to >= buckets.starts.length - 1) return undefined;
  return Uint8Array.from(buckets.docBucket, (b) => (b < 0 || (b >= from && b <= to) ? 1 : 0));
}

/** A period's name: `2024-01` for a month, `2024-01-01` (its Monday) for a week. */
export const periodLabel = (buckets: TimeBuckets, k: number): string => (buckets.unit === 'month' ? buckets.starts[k]!.slice(0, 7) : buckets.starts[k]!);
