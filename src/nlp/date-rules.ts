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
  this: 0, current: 0, last: -1, previous: -1, past: -1, 'this past': -1, next: 1, coming: 1,
};

/** Counts written out, as in "two years ago". */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

/** Counts that name no number: "several years ago" is some time in the past (TimeML PAST_REF). */
export const VAGUE_COUNTS = ['several', 'a few', 'few', 'some', 'many'];

/**
 * TimeML reference values (TIMEX3 `value`) and the expressions that mean them: the present, the
 * past or the future with no calendar period. Regex fragments, each starting with a letter.
 */
export const REFERENCES: Record<'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF', string[]> = {
  PRESENT_REF: [
    'now', 'right now', 'nowadays', 'these days', 'currently', 'presently', 'at present', 'the present(?: day)?',
    'at the moment', 'at this(?: \\w+)? moment', 'current(?!\\s+(?:accounts?|assets|liabilities)\\b)',
  ],
  PAST_REF: [
    'recently', 'recent(?:\\s+(?:days|weeks|months|years|decades)(?:\\s+and\\s+(?:weeks|months|years))?)?',
    'previously', 'formerly', 'then[- ]current',
    // "the past two years" is a duration and "the past year" a calendar year: neither is this.
    'the past(?![\\s-]+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|couple|day|week|month|year|quarter|decade|century|hour))',
    'past\\s+(?:days|weeks|months|quarters|years|decades)',
    'the\\s+(?:past|last)\\s+(?:few|several)\\s+(?:days|weeks|months|quarters|years|decades)',
  ],
  FUTURE_REF: [
    'future', 'the (?:near |distant |foreseeable )?future', 'soon(?!\\s+(?:after|afterwards?|thereafter)\\b)(?<!\\bas\\s+soon)',
    'as soon as possible', 'the (?:near|short|long)\\s+term', 'a later date',
    'coming\\s+(?:days|weeks|months|quarters|years)', 'upcoming\\s+(?:days|weeks|months|quarters|years)',
    'next\\s+(?:few|several)\\s+(?:days|weeks|months|quarters|years)',
  ],
};

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Halves of a year named with their year ("the last half of 1989", "the first two quarters of 1990"). */
export const HALVES: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, last: 2, latter: 2,
};

/** Number words that spell a year in transcripts ("nineteen ninety-six", "the year two thousand"). */
export const SPELLED_NUMBERS: Record<string, number> = {
  oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 0,
  thousand: 0,
};

/** Decades by name ("the nineties"); the century comes from the publication date. */
export const DECADE_WORDS: Record<string, number> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};

/** Centuries written as words ("the twentieth century"); figures ("the 20th century") need no table. */
export const CENTURY_WORDS: Record<string, number> = {
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
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
  'wrote', 'broke', 'chose', 'drove', 'froze', 'stood', 'understood', 'became', 'since',
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
const UNIT_WORD = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN_WORD = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORD = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A year said as two numbers ("nineteen ninety-six", "eighteen oh five"). */
const SPELLED_YEAR = `(?:${alt(['eighteen', 'nineteen'])})\\s+(?:(?:${TENS_WORD})(?:[-\\s](?:${UNIT_WORD}))?|${TEEN_WORD}|oh[-\\s](?:${UNIT_WORD})|hundred)\\b`;
/** "two thousand and five": only after "the year", as a count is likelier otherwise. */
const SPELLED_MILLENNIUM = `two\\s+thousand(?:\\s+(?:and\\s+)?(?:${TEEN_WORD}|${UNIT_WORD}))?\\b`;
const VAGUE = alt(VAGUE_COUNTS);

/**
 * What each rule kind matches; dates.ts resolves each kind. Where two matches overlap the longer
 * wins. `hint` is a cheap test (case-insensitive) that text without which cannot match the rule.
 */
export const RULES: { kind: string; hint: string; pattern: string }[] = [
  { kind: 'weekday', hint: 'day', pattern: `\\b(?:(?<shift>${SHIFT})\\s+)?(?<weekday>${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?\\b` },
  { kind: 'deictic', hint: 'to(?:day|night|morrow)|yesterday|this (?:morning|afternoon|evening)', pattern: `\\b(?:(?:${alt(['late', 'early', 'earlier', 'later'])})\\s+)?(?<deictic>${alt(Object.keys(DEICTIC_DAYS))})\\b|\\b(?<deictic2>${cap('this')})\\s+(?:morning|afternoon|evening)\\b` },
  { kind: 'weekend', hint: 'weekend', pattern: `\\b(?<shift>${SHIFT}|${alt(['the'])})\\s+weekend\\b` },
  { kind: 'reference', hint: 'now|current|present|moment|these days|recent|previous|formerly|past|future|soon|term|later date|coming', pattern: `\\b(?:${Object.entries(REFERENCES).map(([value, phrases]) => `(?<${value}>${alt(phrases)})`).join('|')})\\b` },
  { kind: 'yearEarlier', hint: 'year[- ](?:earlier|ago|before)', pattern: `\\b(?:${cap('a')}\\s+year\\s+(?:earlier|ago|before)|(?:${cap('the')}\\s+)?(?:(?:same|comparable|corresponding)\\s+)?(?:year-earlier|year-ago|year\\s+earlier|year\\s+ago)(?:\\s+(?<unit>quarter|period))?)\\b` },
  { kind: 'relative', hint: 'week|month|year|quarter|decade', pattern: `\\b(?:(?:${alt(['earlier', 'later', 'early', 'late'])})\\s+)?(?<shift>${SHIFT})\\s+(?<unit>week|month|year|quarter|decade)\\b` },
  { kind: 'anaphoric', hint: 'that|following|subsequent', pattern: `\\b(?:${cap('that')}|${cap('the')}\\s+(?<step>following|subsequent))\\s+(?<unit>day|week|month|quarter|year)\\b(?![-'’])` },
  { kind: 'inFuture', hint: 'in ', pattern: `\\b${cap('in')}\\s+(?<count>${COUNT})\\s+(?<unit>day|week|month|year)s?\\b(?!-)` },
  { kind: 'ago', hint: ' ago', pattern: `\\b(?:(?<vague>${VAGUE})|(?<count>${COUNT}))\\s+(?<unit>day|week|month|year)s?\\s+ago\\b` },
  { kind: 'quarter', hint: 'quarter|half', pattern: `\\b(?:(?<shift>${alt(['this', 'last', 'next'])})\\s+year's\\s+|(?<year>${YEAR})(?:'s)?\\s+|(?<ago>${cap('the')}\\s+year-(?:ago|earlier)\\s+)|${cap('the')}\\s+)?(?:fiscal\\s+)?(?<ordinal>${ORDINAL})[-\\s](?:fiscal\\s+)?(?<unit>quarter|half)(?:\\s+of\\s+(?:fiscal\\s+)?(?<year2>${YEAR}))?\\b` },
  { kind: 'theQuarter', hint: 'quarter|period', pattern: `\\b${cap('the')}\\s+(?:(?<latest>latest|most\\s+recent|recent|just-ended|just\\s+ended)\\s+|same\\s+)?(?<unit>quarter|period)\\b` },
  { kind: 'half', hint: 'half|two quarters', pattern: `\\b(?:${cap('the')}\\s+)?(?<which>${alt(Object.keys(HALVES))})(?:[-\\s]half|\\s+two\\s+quarters)\\s+of\\s+(?:fiscal\\s+)?(?<year>${YEAR})\\b` },
  { kind: 'yearsQuarter', hint: 'quarter|period', pattern: `\\b${cap('the')}\\s+(?<year>${YEAR})\\s+(?:quarter|period)\\b` },
  { kind: 'theYear', hint: 'year', pattern: `\\b${cap('the')}\\s+(?:(?:full|current|same|(?<latest>latest|most\\s+recent))\\s+)?(?:fiscal\\s+)?year\\b(?![-'])` },
  { kind: 'yearEnd', hint: 'year', pattern: `\\b(?:${cap('year')}[- ]end|${cap('year')}['’]s\\s+end)\\b` },
  { kind: 'month', hint: 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec', pattern: `\\b(?:(?<edge>${alt(['early', 'late', 'mid-', 'the end of', 'end-'])})\\s*)?(?:(?<shift>${alt(['this', 'last', 'next'])})\\s+)?(?<month>${MONTH})(?:,?\\s+(?:of\\s+)?(?<year>${YEAR}|${SPELLED_YEAR})|\\s+(?<yearShift>last|this|next)\\s+year)?(?!\\.?\\s*\\d)` },
  // A bare "the summer" only after a preposition of time: "the fall of Rome" is no season.
  { kind: 'season', hint: 'spring|summer|fall|autumn', pattern: `\\b(?:(?<shift>${alt(['this past', 'this', 'last', 'next'])})\\s+(?<season>${alt(Object.keys(SEASONS))})|(?:${cap('the')}\\s+)?(?<season2>${alt(Object.keys(SEASONS))})\\s+(?:of\\s+)?(?<year>${YEAR})|(?<=\\b(?:${alt(['in', 'over', 'during', 'by', 'until', 'through', 'since', 'into', 'of', 'for'])})\\s+)${cap('the')}\\s+(?:(?:early|late)\\s+)?(?<season3>${alt(Object.keys(SEASONS))})(?!\\s+of))\\b` },
  { kind: 'decade', hint: '0s|ties\\b', pattern: `\\b${cap('the')}\\s+(?:(?:early|mid|late)[-\\s]*)?(?:(?<decade>(?:1[0-9]|20)\\d0)['’]?s|['’](?<short>\\d0)s|(?<word>${alt(Object.keys(DECADE_WORDS))}))\\b` },
  { kind: 'century', hint: 'century', pattern: `\\b(?:${cap('the')}\\s+)?(?:(?<number>\\d{1,2})(?:st|nd|rd|th)|(?<word>${alt(Object.keys(CENTURY_WORDS))}))[-\\s]century\\b` },
  { kind: 'spelledYear', hint: 'nineteen|eighteen|thousand', pattern: `\\b(?:${cap('the')}\\s+year\\s+)?(?<year>${SPELLED_YEAR})|\\b${cap('the')}\\s+year\\s+(?<year2>${SPELLED_MILLENNIUM})` },
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
export const YEAR_DETERMINERS = `(?:^|\\W)(?:${alt(['the', 'that', 'this', 'its', 'his', 'her', 'their', 'our', 'whose'])}|\\w+['’]s)\\s+$`;

/** Words before a match that count as a cue ("in May", "since 1979"). */
export const CUE_BEFORE = `(?:^|\\W)(?:${alt(YEAR_CUES)}|${alt(['on', 'last', 'next', 'this', 'early', 'late', 'mid', 'the'])})\\s*$`;
