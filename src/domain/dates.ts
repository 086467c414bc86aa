// Dates as the model keeps them (yyyy-mm-dd, publication dates of news): real calendar dates in sane
// years only. Date.parse accepts "2021-02-31" (as 3 March) and "0000-01-01", which then broke the
// dynamic GEXF export's schema.

/** Years a news document's date may fall in. */
export const DATE_YEARS = { min: 1800, max: 2200 } as const;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** True for yyyy, yyyy-mm or yyyy-mm-dd naming a real year, month and day within DATE_YEARS. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), match[2] === undefined ? 1 : Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  if (year < DATE_YEARS.min || year > DATE_YEARS.max || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** True for an ISO date (yyyy-mm-dd) or date-time (…Thh:mm[:ss[.fff]][Z|±hh:mm]) with a real date and time. */
export function isIsoDateTime(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/.exec(value);
  if (!match || !isCalendarDate(match[1])) return false;
  const [hours, minutes, seconds, offsetHours, offsetMinutes] = match.slice(2).map((part) => (part === undefined ? 0 : Number(part)));
  return hours < 24 && minutes < 60 && seconds < 60 && offsetHours < 24 && offsetMinutes < 60;
}
