// Vocabulary and patterns for date expressions in English news. Data only: src/nlp/dates.ts reads
// these tables and resolves what they match against the publication date.

/** Month names and the abbreviations wire copy uses, lower-cased, to month number 1-12. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names that are also common words: only dates with a cue before them or a number after. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'mar', 'jan', 'jun', 'jul', 'dec', 'sep']);

/** Weekday names to JavaScript day numbers (Sunday 0). */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Days relative to publication. */
export const DEICTIC_DAYS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** Words that move a period one step from the publication's own period. */
export const SHIFTS: Record<string, number> = {
  this: 0, current: 0, last: -1, previous: -1, next: 1, coming: 1,
};

/** Counts written out, as in "two years ago". */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3,
};

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Meteorological seasons as first and last month (winter spans two years and is left out). */
export const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11],
};

/**
 * Words before a date that put it after publication ("will meet on Monday"). The closer of the
 * nearest future cue and the nearest past cue decides the tense; with neither, news reports the past.
 */
export const FUTURE_CUES = [
  "will", "'ll", 'shall', "won't", 'going to', 'scheduled', 'expected', 'due(?! to)', 'set to',
  'plans? to', 'planned', 'planning', 'intends? to', 'would', 'to be held', 'upcoming', 'until',
  'is to', 'are to', 'payable', 'effective', 'takes? effect', 'expires?', 'deadline', 'ahead of', 'by(?=\\s*$)', 'through(?=\\s*$)',
];
/** Irregular past forms; regular ones are recognised by their -ed ending. */
export const PAST_CUES = [
  'said', 'told', 'met', 'went', 'came', 'took', 'gave', 'held', 'made', 'began', 'fell', 'rose', 'left',
  'won', 'lost', 'was', 'were', 'had', 'did', 'spoke', 'sent', 'struck', 'fought', 'saw', 'found', 'got',
  'ran', 'shot', 'hit', 'quit', 'led', 'paid', 'sold', 'bought', 'brought', 'caught', 'fled', 'flew',
  'wrote', 'broke', 'chose', 'drove', 'froze', 'stood', 'understood', 'became',
];

/** Words that may follow a bare year ("In 2015 the army …"); another lower-case word marks a count. */
export const YEAR_FOLLOWERS = new Set([
  'and', 'or', 'to', 'the', 'a', 'an', 'when', 'as', 'after', 'before', 'but', 'with', 'from', 'for', 'in',
  'on', 'at', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'that', 'which', 'while', 'until', 'by',
  'it', 'he', 'she', 'they', 'we', 'there', 'this', 'will', 'would', 'could', 'should', 'may', 'might', 'did',
  'through', 'than', 'compared', 'against', 'because', 'if', 'since', 'amid', 'over', 'under', 'during',
  'levels', 'level', 'figure', 'figures', 'period', 'elections', 'election', 'budget', 'results', 'season',
  'crop', 'earnings', 'net', 'profit', 'profits', 'sales', 'revenue', 'output', 'forecast', 'estimate',
  'census', 'war', 'coup', 'agreement', 'accord', 'talks', 'summit', 'games', 'olympics', 'campaign',
]);

/** Words before a year that make it one ("since 1979"), even when it is unusual ("in 1066"). */
export const YEAR_CUES = [
  'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'of', 'through', 'early',
  'late', 'mid-', 'fiscal', 'end of', 'start of', 'beginning of', 'year', 'between',
];

/** "[Tt]his": a word as it may stand in running text or open a sentence. */
function cap(word: string): string {
  return `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
}
function alt(words: Iterable<string>, capitalised = false): string {
  return [...words].sort((a, b) => b.length - a.length)
    .map((w) => (capitalised ? w[0].toUpperCase() + w.slice(1) : cap(w))).join('|');
}

const ABBREVIATED = (m: string) => m.length <= 4 && !['may', 'june', 'july'].includes(m);
const MONTH = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length)
  .map((m) => m[0].toUpperCase() + m.slice(1) + (ABBREVIATED(m) ? '\\.?' : '')).join('|')})(?![a-z])`;
const WEEKDAY = alt(Object.keys(WEEKDAYS), true);
const SHIFT = alt(['last', 'next', 'this', 'past', 'coming', 'current', 'previous', 'the current', 'the previous', 'the coming', 'the past']);
const COUNT = `\\d+|${alt(Object.keys(NUMBER_WORDS))}`;
const ORDINAL = alt(Object.keys(ORDINALS));
const YEAR = '(?:1[0-9]|20)\\d\\d';

/**
 * What each rule kind matches; dates.ts resolves each kind. Where two matches overlap the longer
 * wins. `hint` is a cheap test (case-insensitive) that text without which cannot match the rule.
 */
export const RULES: { kind: string; hint: string; pattern: string }[] = [
  { kind: 'weekday', hint: 'day', pattern: `\\b(?:(?<shift>${SHIFT})\\s+)?(?<weekday>${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?\\b` },
  { kind: 'deictic', hint: 'to(?:day|night|morrow)|yesterday|this (?:morning|afternoon|evening)', pattern: `\\b(?:(?:${alt(['late', 'early', 'earlier', 'later'])})\\s+)?(?<deictic>${alt(Object.keys(DEICTIC_DAYS))})\\b|\\b(?<deictic2>${cap('this')})\\s+(?:morning|afternoon|evening)\\b` },
  { kind: 'weekend', hint: 'weekend', pattern: `\\b(?<shift>${SHIFT}|${alt(['the'])})\\s+weekend\\b` },
  { kind: 'yearEarlier', hint: 'year[- ](?:earlier|ago|before)', pattern: `\\b(?:${cap('a')}\\s+year\\s+(?:earlier|ago|before)|(?:${cap('the')}\\s+)?(?:(?:same|comparable|corresponding)\\s+)?(?:year-earlier|year-ago|year\\s+earlier|year\\s+ago)(?:\\s+(?<unit>quarter|period))?)\\b` },
  { kind: 'relative', hint: 'week|month|year|quarter', pattern: `\\b(?:(?:${alt(['earlier', 'later', 'early', 'late'])})\\s+)?(?<shift>${SHIFT})\\s+(?<unit>week|month|year|quarter)\\b` },
  { kind: 'ago', hint: ' ago', pattern: `\\b(?<count>${COUNT})\\s+(?<unit>day|week|month|year)s?\\s+ago\\b` },
  { kind: 'quarter', hint: 'quarter|half', pattern: `\\b(?:(?<shift>${alt(['this', 'last', 'next'])})\\s+year's\\s+|(?<year>${YEAR})(?:'s)?\\s+|${cap('the')}\\s+)?(?:fiscal\\s+)?(?<ordinal>${ORDINAL})[-\\s](?:fiscal\\s+)?(?<unit>quarter|half)(?:\\s+of\\s+(?:fiscal\\s+)?(?<year2>${YEAR}))?\\b` },
  { kind: 'theQuarter', hint: 'quarter|period', pattern: `\\b${cap('the')}\\s+(?:(?<latest>latest|most\\s+recent|recent|just-ended|just\\s+ended)\\s+|same\\s+)?(?<unit>quarter|period)\\b` },
  { kind: 'yearsQuarter', hint: 'quarter|period', pattern: `\\b${cap('the')}\\s+(?<year>${YEAR})\\s+(?:quarter|period)\\b` },
  { kind: 'theYear', hint: 'year', pattern: `\\b${cap('the')}\\s+(?:(?:full|current|latest|same)\\s+)?(?:fiscal\\s+)?year\\b(?![-'])` },
  { kind: 'month', hint: 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec', pattern: `\\b(?:(?<edge>${alt(['early', 'late', 'mid-', 'the end of', 'end-'])})\\s*)?(?:(?<shift>${alt(['this', 'last', 'next'])})\\s+)?(?<month>${MONTH})(?:,?\\s+(?:of\\s+)?(?<year>${YEAR})|\\s+(?<yearShift>last|this|next)\\s+year)?(?!\\.?\\s*\\d)` },
  { kind: 'season', hint: 'spring|summer|fall|autumn', pattern: `\\b(?:(?<shift>${alt(['this', 'last', 'next'])})\\s+(?<season>${alt(Object.keys(SEASONS))})|(?:${cap('the')}\\s+)?(?<season2>${alt(Object.keys(SEASONS))})\\s+(?:of\\s+)?(?<year>${YEAR}))\\b` },
  { kind: 'decade', hint: '0s', pattern: `\\b${cap('the')}\\s+(?<decade>(?:1[0-9]|20)\\d0)s\\b` },
  { kind: 'year', hint: '\\d{4}', pattern: `(?<![\\d$£€#.,/])(?<!(?<!mid)-)\\b(?<year>${YEAR})\\b(?![.,/]\\d|\\s*%|-\\d|\\s+per\\s?cent)` },
];

/**
 * The chrono parsers for calendar dates; the others (times of day, "in 3 days", "2 weeks ago")
 * are our rules' business, and leaving them out makes chrono several times faster.
 */
export const CHRONO_PARSERS = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENYearMonthNameParser',
]);

/** Month name or numeric date: the text near it goes to chrono for an explicit calendar date. */
export const EXPLICIT_DATE = `\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`;

/** Determiners before a year used as a modifier ("its 1990 invasion", "the 1987 crash"). */
export const YEAR_DETERMINERS = `(?:^|\\W)(?:${alt(['the', 'that', 'this', 'its', 'his', 'her', 'their', 'our', 'whose'])}|\\w's)\\s+$`;

/** Words before a match that count as a cue ("in May", "since 1979"). */
export const CUE_BEFORE = `(?:^|\\W)(?:${alt(YEAR_CUES)}|${alt(['on', 'last', 'next', 'this', 'early', 'late', 'mid', 'the'])})\\s*$`;
