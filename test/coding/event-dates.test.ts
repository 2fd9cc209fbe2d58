import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDate } from '../../src/coding/event-dates.js';
import { resolveDates } from '../../src/nlp/dates.js';

// 2017-08-04 was a Friday.
const FRIDAY = '2017-08-04';

test('a reference value ("now") nearer the trigger does not hide the calendar date of its clause', () => {
  const text = 'On Thursday, the envoy now in Tehran met officials.';
  const dates = resolveDates(text, FRIDAY);
  assert.deepEqual(dates.map((d) => `${d.text}=${d.value}`), ['Thursday=2017-08-03', 'now=PRESENT_REF']);
  const at = text.indexOf('met');
  const whole = { start: 0, end: text.length };
  assert.deepEqual(eventDate(dates, { start: at, end: at + 3 }, whole, whole, FRIDAY), { date: '2017-08-03', daysFromPublication: -1 });
});

test('a clause with only a reference value is dated by publication', () => {
  const text = 'Officials recently met the envoy.';
  const dates = resolveDates(text, FRIDAY);
  assert.deepEqual(dates.map((d) => `${d.text}=${d.value}`), ['recently=PAST_REF']);
  const at = text.indexOf('met');
  const whole = { start: 0, end: text.length };
  assert.deepEqual(eventDate(dates, { start: at, end: at + 3 }, whole, whole, FRIDAY), { date: FRIDAY, daysFromPublication: null });
});
