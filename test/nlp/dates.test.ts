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
});

test('now, today and currently inside a quotation are not dates; today in narrative is', () => {
  assert.deepEqual(dates('"We are ready now and we will talk today," he said. Currently, troops wait.', FRIDAY), []);
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
