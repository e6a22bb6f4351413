/**
 * Time expressions in a sentence, resolved against the article date: "on Thursday" in an article
 * dated Saturday 2021-05-08 is 2021-05-06; "last month" is 2021-04; "in 2014" is 2014; "April 22" is
 * 2021-04-22. Results are ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 */
import { MONTHS, WEEKDAYS } from './lexicon.js';

export interface TimeExpression {
  /** Character offsets in the text searched. */
  start: number;
  end: number;
  text: string;
  /** Resolved ISO date, or undefined when the article date is needed but unknown. */
  date?: string;
}

const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY_RE = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, couple: 2, few: 3, several: 3 };

interface Rule {
  re: RegExp;
  resolve: (m: RegExpExecArray, ref: Date | undefined, future: boolean) => string | undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const isoMonth = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const addMonths = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3)));

/** A month and day without a year: the year that puts it closest before (or, for the future, after) the article date. */
function monthDay(month: number, day: number, ref: Date | undefined, future: boolean): string | undefined {
  if (!ref) return undefined;
  let year = ref.getUTCFullYear();
  const candidate = Date.UTC(year, month, day);
  const sixMonths = 183 * 86_400_000;
  if (!future && candidate - ref.getTime() > sixMonths / 6) year--;
  if (future && ref.getTime() - candidate > sixMonths / 6) year++;
  return `${year}-${pad(month + 1)}-${pad(day)}`;
}

const RULES: Rule[] = [
  // 2021-05-06
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  // April 22, 2021 / April 22 2021 / 22 April 2021
  { re: new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'g'), resolve: (m) => `${m[3]}-${pad(monthIndex(m[1]!) + 1)}-${pad(Number(m[2]))}` },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_RE},? (\\d{4})\\b`, 'g'), resolve: (m) => `${m[3]}-${pad(monthIndex(m[2]!) + 1)}-${pad(Number(m[1]))}` },
  // April 22 / 22 April
  { re: new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})`, 'g'), resolve: (m, ref, f) => monthDay(monthIndex(m[1]!), Number(m[2]), ref, f) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_RE}\\b(?!,? \\d{4})`, 'g'), resolve: (m, ref, f) => monthDay(monthIndex(m[2]!), Number(m[1]), ref, f) },
  // May 2021 / in May
  { re: new RegExp(`\\b${MONTH_RE} (\\d{4})\\b`, 'g'), resolve: (m) => `${m[2]}-${pad(monthIndex(m[1]!) + 1)}` },
  {
    re: new RegExp(`\\b(?:in|since|during|by|until|from|early|late|mid-?)\\s+${MONTH_RE}\\b(?! \\d)`, 'g'),
    resolve: (m, ref, future) => {
      if (!ref) return undefined;
      const month = monthIndex(m[1]!);
      let year = ref.getUTCFullYear();
      if (!future && month > ref.getUTCMonth()) year--;
      if (future && month < ref.getUTCMonth()) year++;
      return `${year}-${pad(month + 1)}`;
    },
  },
  // in 2014, since 2014
  { re: /\b(?:in|since|during|by|until|from|of|early|late)\s+((?:19|20)\d{2})\b/g, resolve: (m) => m[1] },
  // on Thursday, last Thursday, next Thursday
  {
    re: new RegExp(`\\b(on|last|next|this|since|by|until)?\\s*${WEEKDAY_RE}\\b`, 'g'),
    resolve: (m, ref, future) => {
      if (!ref) return undefined;
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase() as (typeof WEEKDAYS)[number]);
      const today = ref.getUTCDay();
      const forward = m[1] === 'next' || (future && m[1] !== 'last');
      if (forward) return iso(addDays(ref, ((target - today + 7) % 7) || 7));
      const back = (today - target + 7) % 7;
      return iso(addDays(ref, -(m[1] === 'last' && back === 0 ? 7 : back)));
    },
  },
  { re: /\b(yesterday|today|tomorrow|tonight|last night)\b/gi, resolve: (m, ref) => (ref ? iso(addDays(ref, { yesterday: -1, today: 0, tonight: 0, tomorrow: 1, 'last night': -1 }[m[1]!.toLowerCase()]!)) : undefined) },
  // last week / month / year, next month, this year
  {
    re: /\b(last|next|this|earlier this|later this)\s+(week|month|year)\b/gi,
    resolve: (m, ref) => {
      if (!ref) return undefined;
      const dir = m[1]!.toLowerCase() === 'last' ? -1 : m[1]!.toLowerCase() === 'next' ? 1 : 0;
      const unit = m[2]!.toLowerCase();
      if (unit === 'year') return String(ref.getUTCFullYear() + dir);
      if (unit === 'month') return isoMonth(addMonths(ref, dir));
      return isoMonth(addDays(ref, 7 * dir));
    },
  },
  // two days ago, a couple of weeks ago, three years ago
  {
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a couple of|a few|several)\s+(day|week|month|year)s?\s+ago\b/gi,
    resolve: (m, ref) => {
      if (!ref) return undefined;
      const word = m[1]!.toLowerCase().replace(/^a (couple|few) of$/, '$1').replace(/^a few$/, 'few');
      const n = NUMBER_WORDS[word] ?? Number(word);
      const unit = m[2]!.toLowerCase();
      if (unit === 'day') return iso(addDays(ref, -n));
      if (unit === 'week') return iso(addDays(ref, -7 * n));
      if (unit === 'month') return isoMonth(addMonths(ref, -n));
      return String(ref.getUTCFullYear() - n);
    },
  },
];

/** Every time expression in `text`, resolved against `articleDate` (ISO) where needed. */
export function findTimeExpressions(text: string, articleDate?: string, future = false): TimeExpression[] {
  const ref = articleDate && /^\d{4}-\d{2}-\d{2}$/.test(articleDate) ? new Date(`${articleDate}T00:00:00Z`) : undefined;
  const found: TimeExpression[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue; // an earlier, more specific rule has it
      const date = rule.resolve(m, ref, future);
      found.push({ start, end, text: text.slice(start, end), ...(date ? { date } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The date of an event in a sentence: the resolved time expression nearest to `anchor` (an offset in `sentence`). */
export function dateNear(sentence: string, anchor: number, articleDate?: string, future = false): string | undefined {
  const found = findTimeExpressions(sentence, articleDate, future).filter((t) => t.date);
  if (!found.length) return undefined;
  found.sort((a, b) => distance(a, anchor) - distance(b, anchor));
  return found[0]!.date;
}

const distance = (t: TimeExpression, anchor: number) => (anchor < t.start ? t.start - anchor : anchor > t.end ? anchor - t.end : 0);
