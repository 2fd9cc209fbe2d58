import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc.js';
import { dateStage, resolveDates } from '../../src/nlp/dates.js';

// 2017-08-04 was a Friday.
const FRIDAY = '2017-08-04';

/** "text=value" for each date found, in text order. */
function dates(text: string, published?: string): string[] {
  return resolveDates(text, published).map((d) => `${d.text}=${d.value}`);
}

test('a weekday in past-tense reporting is the latest such day on or before publication', () => {
  assert.deepEqual(dates('The delegation arrived Thursday in Tehran.', FRIDAY), ['Thursday=2017-08-03']);
  assert.deepEqual(dates('Talks ended on Thursday without agreement.', FRIDAY), ['Thursday=2017-08-03']);
  assert.deepEqual(dates('Rebels attacked the town on Saturday.', FRIDAY), ['Saturday=2017-07-29']);
});

test('a weekday in future tense is the next such day', () => {
  assert.deepEqual(dates('The two ministers will meet on Monday in Geneva.', FRIDAY), ['Monday=2017-08-07']);
  assert.deepEqual(dates('The vote is scheduled for Wednesday.', FRIDAY), ['Wednesday=2017-08-09']);
});

test('the weekday of publication is the publication day', () => {
  assert.deepEqual(dates('The army said Friday it had withdrawn.', FRIDAY), ['Friday=2017-08-04']);
  assert.deepEqual(dates('The envoy will arrive on Friday.', FRIDAY), ['Friday=2017-08-04']);
});

test('last and next move a weekday a whole week when it is the publication weekday', () => {
  assert.deepEqual(dates('He resigned last Friday.', FRIDAY), ['last Friday=2017-07-28']);
  assert.deepEqual(dates('He will travel next Friday.', FRIDAY), ['next Friday=2017-08-11']);
});

test('the weekend is a Saturday-Sunday range chosen by tense', () => {
  const weekend = resolveDates('Protesters plan to march this weekend.', FRIDAY);
  assert.deepEqual(weekend.map((d) => [d.text, d.value, d.precision]), [['this weekend', '2017-08-05/2017-08-06', 'range']]);
  assert.deepEqual(dates('Opposition leaders will gather over the weekend.', FRIDAY), ['the weekend=2017-08-05/2017-08-06']);
  // Published on a Monday, the weekend just past.
  assert.deepEqual(dates('Police arrested 20 people over the weekend.', '2017-08-07'), ['the weekend=2017-08-05/2017-08-06']);
});

test('the weekend someone arrived for lies ahead of the arrival; the weekend reported in the past is the one just gone', () => {
  assert.deepEqual(
    dates('Kim Yong Nam, chairman of the Supreme Assembly of North Korea, arrived Thursday for the weekend inauguration ceremony.', FRIDAY),
    ['Thursday=2017-08-03', 'the weekend=2017-08-05/2017-08-06'],
  );
  assert.deepEqual(dates('Police arrested 20 people over the weekend, officials said.', FRIDAY), ['the weekend=2017-07-29/2017-07-30']);
  assert.deepEqual(dates('Delegates met ahead of the weekend summit.', FRIDAY), ['the weekend=2017-08-05/2017-08-06']);
  // "This weekend" closes the week of publication even in past-tense reporting.
  assert.deepEqual(dates('The minister said this weekend would be decisive.', FRIDAY), ['this weekend=2017-08-05/2017-08-06']);
});

test('now, currently, recently and the future take TimeML reference values, not calendar dates', () => {
  const found = resolveDates('The rebels now hold the city, which they recently took; talks could resume soon or in the future.', FRIDAY);
  assert.deepEqual(found.map((d) => [d.text, d.value, d.precision]), [
    ['now', 'PRESENT_REF', 'reference'],
    ['recently', 'PAST_REF', 'reference'],
    ['soon', 'FUTURE_REF', 'reference'],
    ['the future', 'FUTURE_REF', 'reference'],
  ]);
  assert.deepEqual(dates('Prices in the current quarter rose more than in recent years.', FRIDAY), [
    'the current quarter=2017-07/2017-09',
    'recent years=PAST_REF',
  ]);
  assert.deepEqual(dates('The current account deficit was reported as soon as trading opened.', FRIDAY), []);
  assert.deepEqual(dates('Support rose from 35 percent several years ago.', FRIDAY), ['several years ago=PAST_REF']);
});

test('the past as a time is PAST_REF; the past year is last year, the past two years a span and no date', () => {
  assert.deepEqual(dates('In the past, Russia has often objected.', FRIDAY), ['the past=PAST_REF']);
  assert.deepEqual(dates('Hate groups grew over the past year.', '1998-03-03'), ['the past year=1997']);
  assert.deepEqual(dates('Prices doubled over the past two years.', FRIDAY), []);
});

test('years, decades and centuries said in words', () => {
  assert.deepEqual(dates('In nineteen ninety-one Charles Keating was convicted.', '1998-01-15'), ['nineteen ninety-one=1991']);
  assert.deepEqual(dates('January nineteen ninety-seven. Atlanta again.', '1998-02-27'), ['January nineteen ninety-seven=1997-01']);
  assert.deepEqual(dates('His promise to halve unemployment by the year two thousand was abandoned; two thousand people marched.', '1998-02-05'), [
    'the year two thousand=2000',
  ]);
  assert.deepEqual(dates('Numbers dropped through the nineties and peaked in the early 1980s and the \'60s.', '1998-03-03'), [
    'the nineties=1990/1999',
    'the early 1980s=1980/1989',
    "the '60s=1960/1969",
  ]);
  assert.deepEqual(dates('The 11th century temple survived the 20th century.', FRIDAY), [
    'The 11th century=1000/1099',
    'the 20th century=1900/1999',
  ]);
  assert.deepEqual(dates('Wages lost ground in the last decade.', '1998-02-06'), ['last decade=1980/1989']);
});

test('that year and the following year or month refer back to the latest calendar date', () => {
  assert.deepEqual(dates('On May 22, 1995, Farkas was promoted, and the following year he was posted to Washington.', '1998-04-18'), [
    'May 22, 1995=1995-05-22',
    'the following year=1996',
  ]);
  assert.deepEqual(dates('The bid came in March. The following month, the board agreed, and that year profits rose.', '1989-10-27'), [
    'March=1989-03',
    'The following month=1989-04',
    'that year=1989',
  ]);
});

test('a possessive makes a year a modifier: the company\'s 1989 results', () => {
  assert.deepEqual(dates("The charge will be reported in the company's 1989 operating results.", '1989-10-30'), ['1989=1989']);
});

test('halves of a named year, year-end, and the latest fiscal year', () => {
  assert.deepEqual(dates('Earnings will be lower for the last half of 1989 and the first two quarters of 1990.', '1989-10-26'), [
    'the last half of 1989=1989-07/1989-12',
    'the first two quarters of 1990=1990-01/1990-06',
  ]);
  assert.deepEqual(dates('The deal should close by year-end.', '1989-11-02'), ['year-end=1989-12-31']);
  assert.deepEqual(dates('The index has risen 20% since year-end.', '1989-10-30'), ['year-end=1988-12-31']);
  assert.deepEqual(dates('Sales rose in the latest fiscal year.', '1989-10-26'), ['the latest fiscal year=1988']);
});

test('a season after a preposition of time; the fall of a city is no season', () => {
  assert.deepEqual(dates('Over the summer, competitors cut prices.', '1989-10-26'), ['the summer=1989-06/1989-08']);
  assert.deepEqual(dates('The business was scrapped this past spring.', '1989-10-30'), ['this past spring=1989-03/1989-05']);
  assert.deepEqual(dates('Analysts recalled the fall of the Berlin Wall.', '1990-08-13'), []);
});

test('"in five years" is a date when the clause looks ahead, a span otherwise', () => {
  assert.deepEqual(dates('The stock would be redeemed in five years.', '1989-11-02'), ['in five years=1994']);
  assert.deepEqual(dates('Prices fell to their lowest level in five years.', '1989-11-02'), []);
});

test('relative weeks, months and years take their precision', () => {
  const found = resolveDates('Fighting broke out last week; elections are due next month, a year after talks last year.', FRIDAY);
  assert.deepEqual(found.map((d) => [d.text, d.value, d.precision]), [
    ['last week', '2017-07-24/2017-07-30', 'range'],
    ['next month', '2017-09', 'month'],
    ['last year', '2016', 'year'],
  ]);
});

test('a bare year is a date; a count that looks like one is not', () => {
  const found = resolveDates('In 2015, 2,000 troops and 1500 people crossed the border, as they have since 1979.', FRIDAY);
  assert.deepEqual(found.map((d) => [d.text, d.value, d.precision]), [['2015', '2015', 'year'], ['1979', '1979', 'year']]);
  assert.deepEqual(dates('The ministry sent 2000 soldiers and its 1990 invasion plan.', FRIDAY), ['1990=1990']);
});

test('a month without a year is resolved by tense toward publication', () => {
  const found = resolveDates('Elections were held in March.', FRIDAY);
  assert.deepEqual(found.map((d) => [d.text, d.value, d.precision]), [['March', '2017-03', 'month']]);
  assert.deepEqual(dates('The talks resumed in November.', FRIDAY), ['November=2016-11']);
  assert.deepEqual(dates('The next round will take place in March.', FRIDAY), ['March=2018-03']);
  assert.deepEqual(dates('The treaty was signed in May 1998.', FRIDAY), ['May 1998=1998-05']);
});

test('"may" as a verb is not a month', () => {
  assert.deepEqual(dates('May the talks succeed, he said; the sanctions may last.', FRIDAY), []);
});

test('explicit calendar dates keep their day; a missing year comes from the nearest occurrence', () => {
  assert.deepEqual(dates('The ceasefire of Sept. 30, 1989 held.', FRIDAY), ['Sept. 30, 1989=1989-09-30']);
  assert.deepEqual(dates('The dividend is payable Dec. 15 to holders.', '1989-11-02'), ['Dec. 15=1989-12-15']);
  assert.deepEqual(dates('Shares were bought from Aug. 26 to Oct. 20.', '1989-10-30'), ['Aug. 26=1989-08-26', 'Oct. 20=1989-10-20']);
});

test('quarters resolve to a range of months, and "a year earlier" refers back to them', () => {
  assert.deepEqual(dates('Net income fell in the third quarter from $5 million a year earlier.', '1989-10-27'), [
    'the third quarter=1989-07/1989-09',
    'a year earlier=1988-07/1988-09',
  ]);
  // An outlook for a quarter not yet ended is no base for a comparison with the year before.
  assert.deepEqual(dates('Third-quarter profit fell; losses will continue through the third quarter of 1990. In the year-ago period, it earned $101 million.', '1989-10-26'), [
    'Third-quarter=1989-07/1989-09',
    'the third quarter of 1990=1990-07/1990-09',
    'the year-ago period=1988-07/1988-09',
  ]);
  assert.deepEqual(dates('In the year-ago third quarter the company earned $22.5 million.', '1989-10-30'), ['the year-ago third quarter=1988-07/1988-09']);
});

test('now and today inside a quotation are not dates; in narrative today is a day and currently the present', () => {
  const found = resolveDates('"We are ready now and we will talk today," he said. Currently, troops wait.', FRIDAY);
  assert.deepEqual(found.map((d) => [d.text, d.value, d.precision]), [['Currently', 'PRESENT_REF', 'reference']]);
  assert.deepEqual(dates('Troops crossed the river today, a day after shelling began yesterday.', FRIDAY), [
    'today=2017-08-04',
    'yesterday=2017-08-03',
  ]);
});

test('a time of day is not a date of its own', () => {
  assert.deepEqual(dates('The meeting started at 3 p.m. and ended at 5 p.m.', FRIDAY), []);
  assert.deepEqual(dates('He arrived at 3 p.m. Thursday.', FRIDAY), ['Thursday=2017-08-03']);
});

test('without a publication date relative expressions stay unresolved', () => {
  assert.deepEqual(
    dates('The delegation arrived Thursday, a week after talks in March and yesterday, as agreed in 2015.'),
    ['2015=2015'],
  );
});

test('the date stage fills doc.dates from the article publication date', () => {
  const doc = new Doc({ id: 'a', published: FRIDAY, text: 'Kim Yong Nam arrived in Tehran on Thursday.' });
  dateStage().run(doc);
  assert.deepEqual(doc.dates, [{ start: 34, end: 42, text: 'Thursday', value: '2017-08-03', precision: 'day' }]);
});
