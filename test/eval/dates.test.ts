import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sameDate } from '../../src/eval/dates.js';
import { readTimeML } from '../../src/eval/timeml.js';

const DYAD = fileURLToPath(new URL('../../../bin/dyad.js', import.meta.url));

// A small TimeML document of our own: a DCT and four DATE expressions in the TEXT.
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-08-04" temporalFunction="false" functionInDocument="CREATION_TIME">08/04/2017</TIMEX3></DCT>
<TEXT>
The envoy <EVENT eid="e1" class="OCCURRENCE">arrived</EVENT> <TIMEX3 tid="t1" type="DATE" value="2017-08-03" temporalFunction="true" functionInDocument="NONE">Thursday</TIMEX3> &amp; met officials. Talks are <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF" temporalFunction="true" functionInDocument="NONE">now</TIMEX3> stalled; they resume <TIMEX3 tid="t3" type="DATE" value="2017-W31-WE" temporalFunction="true" functionInDocument="NONE">this weekend</TIMEX3> after a break of <TIMEX3 tid="t4" type="DURATION" value="P2W" temporalFunction="false" functionInDocument="NONE">two weeks</TIMEX3>, as agreed in <TIMEX3 tid="t5" type="DATE" value="2015" temporalFunction="false" functionInDocument="NONE">2015</TIMEX3>.
</TEXT>
</TimeML>
`;

test('the TimeML reader strips tags, decodes entities and keeps each TIMEX3 on its words', () => {
  const doc = readTimeML(TML);
  assert.equal(doc.published, '2017-08-04');
  assert.ok(doc.text.includes('The envoy arrived Thursday & met officials.'));
  assert.deepEqual(
    doc.timexes.map((t) => [t.type, t.value, t.text, doc.text.slice(t.start, t.end)]),
    [
      ['DATE', '2017-08-03', 'Thursday', 'Thursday'],
      ['DATE', 'PRESENT_REF', 'now', 'now'],
      ['DATE', '2017-W31-WE', 'this weekend', 'this weekend'],
      ['DURATION', 'P2W', 'two weeks', 'two weeks'],
      ['DATE', '2015', '2015', '2015'],
    ],
  );
});

test('a document without TEXT is refused', () => {
  assert.throws(() => readTimeML('<TimeML><DOCID>x</DOCID></TimeML>'), /no <TEXT> element/);
});

test('values compare by the calendar days they cover', () => {
  assert.ok(sameDate('1998-Q1', '1998-01/1998-03'));
  assert.ok(sameDate('2017-W31', '2017-07-31/2017-08-06'));
  assert.ok(sameDate('2017-W31-WE', '2017-08-05/2017-08-06'));
  assert.ok(sameDate('199', '1990/1999'));
  assert.ok(sameDate('1989-09', '1989-09'));
  assert.ok(!sameDate('1989-09', '1989-09-30'));
  assert.ok(!sameDate('PRESENT_REF', '2017-08-04'));
  assert.ok(!sameDate('1989-WXX', '1989-10-23/1989-10-29'));
});

test('dyad eval dates --json scores the DATE expressions of a folder of .tml files', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-timeml-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'one.tml'), TML);
  const out = execFileSync(process.execPath, [DYAD, 'eval', 'dates', '--timeml', dir, '--json'], { encoding: 'utf8' });
  const result = JSON.parse(out);
  // All four right; "now" (PRESENT_REF) is right but no calendar period, so not in the calendar part.
  assert.deepEqual(
    { accuracy: result.accuracy, correct: result.correct, found: result.found, total: result.total, calendar: result.calendar },
    { accuracy: 1, correct: 4, found: 4, total: 4, calendar: { accuracy: 1, correct: 3, total: 3 } },
  );
});

test('dyad eval dates names a missing folder in one line', () => {
  assert.throws(
    () => execFileSync(process.execPath, [DYAD, 'eval', 'dates', '--timeml', '/no/such/folder'], { encoding: 'utf8', stdio: 'pipe' }),
    (err: { status: number; stderr: string }) => err.status === 2 && err.stderr.trim() === 'dyad eval: /no/such/folder: no such file or directory',
  );
});
