import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cueClassOf } from '../../src/coding/quote-cues.js';
import { ruleFrames } from '../../src/coding/quote-rules.js';
import { quoteStage, sourcesAfterCues } from '../../src/coding/quotes.js';
import { Doc } from '../../src/doc.js';
import type { Article, Quote } from '../../src/model/index.js';
import { sentenceStage } from '../../src/nlp/sentences.js';
import { createPipeline } from '../../src/pipeline.js';

function annotate(text: string, article: Partial<Article> = {}, before: (doc: Doc) => void = () => {}): Doc {
  const doc = new Doc({ id: 't', text, ...article });
  sentenceStage().run(doc);
  before(doc);
  quoteStage().run(doc);
  return doc;
}

function quotes(text: string): Quote[] {
  return annotate(text).quotes;
}

/** The parts of a quote a reader checks, with texts instead of offsets. */
function brief(q: Quote) {
  return { kind: q.kind, text: q.text, speaker: q.speakerText, cue: q.cueText };
}

test('quote then inverted cue: "…," said X, a …', () => {
  const found = quotes('“We will not back down,” said Emily Landau, a senior research fellow at the institute.');
  assert.deepEqual(found.map(brief), [
    { kind: 'direct', text: '“We will not back down,”', speaker: 'Emily Landau', cue: 'said' },
  ]);
  assert.equal(found[0].id, 'q1');
  assert.deepEqual(found[0].content, { start: 0, end: 24 });
});

test('quote then subject and cue: "…," the minister said', () => {
  assert.deepEqual(quotes('"The talks are over for this year," the minister said.').map(brief), [
    { kind: 'direct', text: '"The talks are over for this year,"', speaker: 'the minister', cue: 'said' },
  ]);
});

test('a quote split around its cue gives two quotes with one speaker and cue', () => {
  const found = quotes('“The plan is dead,” she said, “and nobody will revive it soon.”');
  assert.deepEqual(found.map(brief), [
    { kind: 'direct', text: '“The plan is dead,”', speaker: 'she', cue: 'said' },
    { kind: 'direct', text: '“and nobody will revive it soon.”', speaker: 'she', cue: 'said' },
  ]);
  assert.deepEqual(found[0].cue, found[1].cue);
});

test('cue then quote after a colon', () => {
  assert.deepEqual(quotes('Landau said: "There could be a very problematic cooperation going on."').map(brief), [
    { kind: 'direct', text: '"There could be a very problematic cooperation going on."', speaker: 'Landau', cue: 'said' },
  ]);
});

test('a cue closing its paragraph with a colon takes the quotation of the next paragraph', () => {
  assert.deepEqual(quotes('The talks ended without a deal on Friday. The minister said:\n"We will not give in on this point."').map(brief), [
    { kind: 'direct', text: '"We will not give in on this point."', speaker: 'The minister', cue: 'said' },
  ]);
});

test("two apostrophes as quotation marks: ''…,'' he said", () => {
  assert.deepEqual(quotes("''That, unfortunately,'' he said, ''is part of the reality of politics.''").map(brief), [
    { kind: 'direct', text: "''That, unfortunately,''", speaker: 'he', cue: 'said' },
    { kind: 'direct', text: "''is part of the reality of politics.''", speaker: 'he', cue: 'said' },
  ]);
});

test('guillemets and German quotation marks', () => {
  assert.deepEqual(quotes('The minister said: «We will not give in on this point.»').map(brief), [
    { kind: 'direct', text: '«We will not give in on this point.»', speaker: 'The minister', cue: 'said' },
  ]);
  assert.deepEqual(quotes('„We will not give in on this point“, the minister said.').map(brief), [
    { kind: 'direct', text: '„We will not give in on this point“', speaker: 'the minister', cue: 'said' },
  ]);
});

test('single quotes inside a quotation stay in it', () => {
  assert.deepEqual(quotes('"They called it \'a new era\' of trade between us," Bunn said.').map(brief), [
    { kind: 'direct', text: '"They called it \'a new era\' of trade between us,"', speaker: 'Bunn', cue: 'said' },
  ]);
});

test('a name and a colon before a quotation: "Jones: “…”", when the name opens the sentence or follows a dash', () => {
  assert.deepEqual(quotes('Polls missed it - Jeffrey M. Jones: “Our analysis finds that twenty states are solidly Republican.”').map(brief), [
    { kind: 'direct', text: '“Our analysis finds that twenty states are solidly Republican.”', speaker: 'Jeffrey M. Jones', cue: ':' },
  ]);
  // The name before the colon is the topic here, not the speaker.
  assert.deepEqual(quotes('Trump on Iran: “We will never let them have a nuclear weapon.”').map(brief), [
    { kind: 'direct', text: '“We will never let them have a nuclear weapon.”', speaker: null, cue: null },
  ]);
});

test('a quotation over several paragraphs: each paragraph reopens without closing the last', () => {
  const text = 'Smith said: "We have waited far too long for this bill.\n\n"Now is the time to act, and we will act."';
  assert.deepEqual(quotes(text).map(brief), [
    { kind: 'direct', text: '"We have waited far too long for this bill.', speaker: 'Smith', cue: 'said' },
    { kind: 'direct', text: '"Now is the time to act, and we will act."', speaker: 'Smith', cue: 'said' },
  ]);
});

test('quotation marks of mixed styles, as scraped copy has them, still pair', () => {
  assert.deepEqual(quotes('“We were never told,“ said Maria Lopez, a lawyer for the families.').map(brief), [
    { kind: 'direct', text: '“We were never told,“', speaker: 'Maria Lopez', cue: 'said' },
  ]);
  assert.deepEqual(quotes('“The vote is lost" Jones said after the meeting.').map(brief), [
    { kind: 'direct', text: '“The vote is lost"', speaker: 'Jones', cue: 'said' },
  ]);
});

test('a phrase after a cue is its object, not its speaker, unless what was said comes first or the cue opens the sentence', () => {
  const source = (text: string, cue: string, source: string, content: string) => {
    const doc = new Doc({ id: 't', text });
    sentenceStage().run(doc);
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a = { cue: span(cue), source: span(source), content: [span(content)] };
    sourcesAfterCues(doc, [a]);
    return a.source && doc.slice(a.source);
  };
  assert.equal(source('Roffman described the emotional impact as “horrendous.”', 'described', 'the emotional impact', 'as “horrendous.”'), null);
  assert.equal(source('“It was horrendous,” said Roffman.', 'said', 'Roffman', '“It was horrendous,”'), 'Roffman');
  assert.equal(source('Said Roffman: “It was horrendous.”', 'Said', 'Roffman', '“It was horrendous.”'), 'Roffman');
  assert.equal(source('The firm lost money, according to the filing.', 'according to', 'the filing', 'The firm lost money'), 'the filing');
});

test('scare quotes and titles are not quotations', () => {
  assert.deepEqual(quotes('North Korea’s “No. 2” official began a 10-day visit to Iran on Thursday.'), []);
});

test('a quotation without a cue keeps an unknown speaker', () => {
  assert.deepEqual(quotes('The talks ended.\n\n"This is a dangerous moment for the whole region."').map(brief), [
    { kind: 'direct', text: '"This is a dangerous moment for the whole region."', speaker: null, cue: null },
  ]);
});

test('reported speech: X said that …', () => {
  assert.deepEqual(quotes('Landau said that the two countries were cooperating on missiles.').map(brief), [
    { kind: 'indirect', text: 'that the two countries were cooperating on missiles', speaker: 'Landau', cue: 'said' },
  ]);
});

test('reported speech: X told Reuters on Tuesday that …', () => {
  assert.deepEqual(quotes('The minister told Reuters on Tuesday that the talks had failed.').map(brief), [
    { kind: 'indirect', text: 'that the talks had failed', speaker: 'The minister', cue: 'told' },
  ]);
});

test('reported speech: X warned / denied / insisted …', () => {
  assert.deepEqual(quotes('Bunn warned that Iran could buy missiles.').map(brief), [
    { kind: 'indirect', text: 'that Iran could buy missiles', speaker: 'Bunn', cue: 'warned' },
  ]);
  assert.deepEqual(quotes('The ministry denied that it had sold any weapons.').map(brief), [
    { kind: 'indirect', text: 'that it had sold any weapons', speaker: 'The ministry', cue: 'denied' },
  ]);
});

test('reported speech: according to X, …', () => {
  assert.deepEqual(quotes('According to Iran’s IRNA news agency, Kim Yong Nam arrived Thursday.').map(brief), [
    { kind: 'indirect', text: 'Kim Yong Nam arrived Thursday', speaker: 'Iran’s IRNA news agency', cue: 'According to' },
  ]);
  assert.deepEqual(quotes('The border will stay closed, according to the interior ministry.').map(brief), [
    { kind: 'indirect', text: 'The border will stay closed', speaker: 'the interior ministry', cue: 'according to' },
  ]);
  // The phrase after "according to" is its source even with more words after it.
  assert.deepEqual(quotes('At least 40 people were killed in the raid, according to local counts, not including the wounded.').map(brief), [
    { kind: 'indirect', text: 'At least 40 people were killed in the raid', speaker: 'local counts', cue: 'according to' },
  ]);
});

test('reported speech: content first, then "officials said"', () => {
  assert.deepEqual(quotes('The talks have failed, officials said.').map(brief), [
    { kind: 'indirect', text: 'The talks have failed', speaker: 'officials', cue: 'said' },
  ]);
});

test("reported speech: X's statement said …", () => {
  assert.deepEqual(quotes("The ministry's statement said the border would stay closed.").map(brief), [
    { kind: 'indirect', text: 'the border would stay closed', speaker: "The ministry's statement", cue: 'said' },
  ]);
});

test('the subject before an adjunct or an age set off by commas is the speaker, not the words between', () => {
  const speakerOf = (text: string, cue: string) => quotes(text).find((q) => q.cueText === cue)?.speakerText;
  assert.equal(speakerOf('Speaking in Leeds, Maria Lopez, without naming him, also accused the minister of ignoring the north.', 'also accused'), 'Maria Lopez');
  assert.equal(speakerOf('Tom Baker, 75, a retiree in Harrogate, said he would vote for the first time in years.', 'said'), 'Tom Baker');
});

test('a participle after "before", "by" or "while" has the speaker of the clause it hangs on', () => {
  const speakerOf = (text: string, cue: string) => quotes(text).find((q) => q.cueText === cue)?.speakerText;
  assert.equal(speakerOf('“You don’t win the nomination by how many states you win,” Rubio responded before adding that he would win Florida.', 'adding'), 'Rubio');
  assert.equal(speakerOf('“The plan is dead,” Clinton said on Tuesday, while arguing that taxes should rise.', 'arguing'), 'Clinton');
});

test('a second cue of the same clause (", adding that", "and added", "…,” noting") has the first cue\'s speaker, not a pronoun from the quotation', () => {
  assert.deepEqual(quotes('“We are not worried,” Mr. Ackman said on Tuesday, adding that “it will be fine.”').map(brief), [
    { kind: 'direct', text: '“We are not worried,”', speaker: 'Mr. Ackman', cue: 'said' },
    { kind: 'indirect', text: 'that “it will be fine.”', speaker: 'Mr. Ackman', cue: 'adding' },
  ]);
  assert.deepEqual(quotes('“We did nothing wrong,” she said, insisting that the company would appeal.').map(brief), [
    { kind: 'direct', text: '“We did nothing wrong,”', speaker: 'she', cue: 'said' },
    { kind: 'indirect', text: 'that the company would appeal', speaker: 'she', cue: 'insisting' },
  ]);
  // The tagger may read the second verb into the first content: it is cut out as a cue of its own.
  assert.deepEqual(quotes('The senator said the bill was dead and added that the leaders would try again next year.').map(brief), [
    { kind: 'indirect', text: 'the bill was dead', speaker: 'The senator', cue: 'said' },
    { kind: 'indirect', text: 'that the leaders would try again next year', speaker: 'The senator', cue: 'added' },
  ]);
  // Past a quotation's closing mark, and past adverbs after the coordinator.
  assert.deepEqual(quotes('The former secretary of state mocked Trump for calling himself the “king of debt,” noting that '
    + 'his tax cuts would cause the debt to skyrocket.').map((q) => [q.speakerText, q.cueText]), [
    ['The former secretary of state', 'mocked'],
    ['The former secretary of state', 'noting'],
  ]);
});

test('a second speech verb opening a statement inside a content is a cue of its own; one that does not is content', () => {
  assert.deepEqual(readQuotes('Ms. Ortiz said the union would strike and warned that schools could close for weeks.').map(brief), [
    { kind: 'indirect', text: 'the union would strike', speaker: 'Ms. Ortiz', cue: 'said' },
    { kind: 'indirect', text: 'that schools could close for weeks', speaker: 'Ms. Ortiz', cue: 'warned' },
  ]);
  // After a comma, a participle (which wink may tag as a noun: "warning").
  assert.deepEqual(readQuotes('Ms. Ortiz said the union would strike on Monday, warning that schools could close for weeks.').map(brief), [
    { kind: 'indirect', text: 'the union would strike on Monday', speaker: 'Ms. Ortiz', cue: 'said' },
    { kind: 'indirect', text: 'that schools could close for weeks', speaker: 'Ms. Ortiz', cue: 'warning' },
  ]);
  // The run for mayor is Smith's, not the spokesman's.
  assert.deepEqual(readQuotes('The spokesman said Smith resigned and announced a run for mayor.').map(brief), [
    { kind: 'indirect', text: 'Smith resigned and announced a run for mayor', speaker: 'The spokesman', cue: 'said' },
  ]);
});

test('a time phrase between speaker and cue is not the speaker, nor part of it', () => {
  assert.deepEqual(quotes('The ministry on Tuesday said that the talks had failed.').map(brief), [
    { kind: 'indirect', text: 'that the talks had failed', speaker: 'The ministry', cue: 'said' },
  ]);
  assert.deepEqual(quotes('Senator Mary Cole last week said that the bill would pass.').map(brief), [
    { kind: 'indirect', text: 'that the bill would pass', speaker: 'Senator Mary Cole', cue: 'said' },
  ]);
});

test('a speech verb the tagger left without a speaker takes its subject, when the subject names someone', () => {
  const doc = createPipeline().process({ id: 't', text: 'The White House on Tuesday responded that it had never seen the letter.' });
  assert.deepEqual(doc.quotes.map(brief), [
    { kind: 'indirect', text: 'that it had never seen the letter', speaker: 'The White House', cue: 'responded' },
  ]);
});

test('an appositive between speaker and cue: "X, a …, said"', () => {
  assert.deepEqual(quotes('Matthew Bunn, a professor at Harvard, said the sanctions would fail.').map(brief), [
    { kind: 'indirect', text: 'the sanctions would fail', speaker: 'Matthew Bunn', cue: 'said' },
  ]);
});

test('who is told is not who speaks: "X, who …, told the Guardian" is X; "“…?” asked X" is X', () => {
  const told = 'One of those in the film, Madiha Alghothani, who wears a stars-and-stripes hijab after she became a target of abuse, '
    + 'told the Guardian that she was still sad.';
  assert.deepEqual(quotes(told).filter((q) => q.text === 'that she was still sad').map((q) => [q.speakerText, q.cueText]), [['Madiha Alghothani', 'told']]);
  // An adverb set off by commas stands between subject and verb like an appositive.
  assert.deepEqual(quotes('Hunter, meanwhile, told Politico on Wednesday that he would vote.').map((q) => [q.speakerText, q.cueText]), [['Hunter', 'told']]);
  assert.deepEqual(quotes('“Why should we give up our own power?” asked Sen. Barbara Mikulski of Maryland.').map((q) => q.speakerText), [
    'Sen. Barbara Mikulski of Maryland',
  ]);
});

test('a passive with "by" names its speaker after it: "first reported by The Washington Post"', () => {
  const doc = createPipeline().process({ id: 't', text: 'The plan, first reported by The Washington Post, would cut the budget in half.' });
  assert.deepEqual(doc.quotes.map((q) => [q.speakerText, q.cueText]).filter(([, cue]) => cue === 'first reported'), [['The Washington Post', 'first reported']]);
});

test('a passive "is said to" is hearsay with no speaker: its subject is in the content, not the source', () => {
  // Annotators mark the subject as content or leave it out ("The envoy [is said] to favour …"); never as the source.
  const found = quotes('The envoy is said to favour a deal with the rebels.').map(brief);
  assert.deepEqual(found.filter((q) => q.text !== 'The envoy'), [
    { kind: 'indirect', text: 'to favour a deal with the rebels', speaker: null, cue: 'is said' },
  ]);
  assert.ok(found.every((q) => q.speaker === null));
  // An adverb between the auxiliary and the verb leaves it a passive, and so does a participle
  // before "to be" / "to have" with no auxiliary at all.
  assert.ok(quotes('The plan was widely reported to be dead.').every((q) => q.speakerText === null));
  assert.ok(quotes('The two men alleged to have been involved in the attack were arrested.').every((q) => q.speakerText === null));
  assert.ok(quotes('They came to house 35,000 Iraqis currently thought to be in the camps.').every((q) => q.speakerText === null));
});

test('"you" and an interviewer\'s "Q" are no speakers', () => {
  assert.ok(quotes('If you say you support the plan, you have to vote for it.').every((q) => q.speakerText === null));
  const interview = quotes('Q: Did you know the men?\nA: No. They came at night.');
  assert.ok(interview.some((q) => q.text === 'Did you know the men?'));
  assert.ok(interview.every((q) => q.speakerText === null));
});

test('the subject of a passive ("is seen as", "has been criticized for") is no speaker, unless the participle says how it stands ("were worried about")', () => {
  assert.ok(quotes('Mr. Sanders is seen as empowering ordinary voters against the party machine.').every((q) => q.speakerText === null));
  assert.ok(quotes('Ms. Varga has been criticized for offering vague answers on the budget.').every((q) => q.speakerText === null));
  assert.deepEqual(speakers('Local leaders were worried about the cost of the new bridge.'), [['Local leaders', 'Local leaders']]);
});

test('"seems" and "appears" describe their subject as the writer sees it: the subject is no speaker', () => {
  const found = quotes('Ms. Okafor still seems not to have found a comfortable voice, unlike either of her rivals.');
  assert.ok(found.some((q) => q.cueText === 'still seems'));
  assert.ok(found.every((q) => q.speakerText === null));
  assert.ok(quotes('Mr. Lindqvist appears to have changed his mind about the wall.').every((q) => q.speakerText === null));
});

test('no quote comes from a caption, a closing sign-off or an editor\'s note', () => {
  const text = '“We will win this fight in the end,” the coach said.\n\nThe team lost.';
  assert.deepEqual(annotate(text, { captions: [{ start: 0, end: 51 }] }).quotes, []);
  const signed = 'Burnt-out trucks lay along the road. “This could take a week,” said Kochar. “Perhaps longer.” Additional reporting: Salem Rizk';
  // The last quotation is Kochar's, not a statement by "Additional" with the cue "reporting".
  assert.deepEqual(quotes(signed).map((q) => [q.speakerText, q.cueText]), [['Kochar', 'said']]);
  const noted = 'The senator said the bill would pass.\nEditor’s note: Donald Trump is a serial liar who has repeatedly pledged to ban all Muslims from entering the U.S.';
  assert.deepEqual(quotes(noted).map((q) => [q.speakerText, q.cueText]), [['The senator', 'said']]);
});

test('the speaker resolves to an actor through its mention cluster', () => {
  const text = 'Emily Landau spoke in Tel Aviv. “There could be a very problematic cooperation,” she said.';
  const she = text.indexOf('she');
  const doc = annotate(text, {}, (d) => {
    d.clusters = [{ id: 'c1', name: 'Emily Landau', type: 'PER', mentions: [{ start: 0, end: 12 }, { start: she, end: she + 3 }] }];
    d.actors = [{ id: 'a1', name: 'Emily Landau', kind: 'person', country: 'ISR', sector: null, mentions: [{ start: 0, end: 12 }] }];
  });
  assert.equal(doc.quotes.length, 1);
  assert.equal(doc.quotes[0].speaker, 'a1');
  assert.equal(doc.quotes[0].speakerText, 'she');
  assert.deepEqual(doc.quotes[0].speakerSpan, { start: she, end: she + 3 });
});

/** Each quote's speaker text and the name of the actor it resolved to, through the whole pipeline. */
function speakers(text: string): [string | null, string | null][] {
  const doc = createPipeline().process({ id: 't', text });
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  return doc.quotes.map((q) => [q.speakerText, q.speaker ? names.get(q.speaker)! : null]);
}

/** The quotes the whole pipeline finds. */
function readQuotes(text: string): Quote[] {
  return createPipeline().process({ id: 't', text }).quotes;
}

/** Speaker, cue and content of each quote the whole pipeline finds. */
function statements(text: string): [string | null, string | null, string][] {
  return readQuotes(text).map((q) => [q.speakerText, q.cueText, q.text]);
}

test('a quotation right after a speaker\'s quote is more of it, not the content of a cue in a later sentence', () => {
  assert.deepEqual(statements('“We want peace more than anyone,” said a senior tribal figure who has met the envoys. '
    + '“Let them keep their promises. Let us keep ours.” Yet with rival clans having more reason to doubt the deal, the talks may stall.'), [
    ['a senior tribal figure', 'said', '“We want peace more than anyone,”'],
    ['a senior tribal figure', 'said', '“Let them keep their promises. Let us keep ours.”'],
    [null, 'to doubt', 'the deal'],
  ]);
});

test('a request not to be named is no statement: the quotation after it stays with the speaker who made it', () => {
  assert.deepEqual(statements('“The bakery has no flour,” said a shopkeeper in Idlib, who asked not to be named. “We queue from dawn.”'), [
    ['a shopkeeper in Idlib', 'said', '“The bakery has no flour,”'],
    ['a shopkeeper in Idlib', 'said', '“We queue from dawn.”'],
  ]);
});

test('"he said" after a name with a particle inside ("Abu Karim al Masri") is that man', () => {
  assert.deepEqual(speakers('Abu Karim al Masri, a shopkeeper from Mosul, stayed behind. “We had nowhere else to go,” he said.'), [
    ['he', 'Abu Karim al Masri'],
  ]);
});

test('"It said" in wire copy is the company that spoke last', () => {
  assert.deepEqual(speakers('Comdata Network Inc said it has entered into a letter of intent with a limited partnership.\n\n'
    + 'It said the terms are subject to approval by its shareholders.'), [
    ['Comdata Network Inc', 'Comdata Network Inc'],
    ['It', 'Comdata Network Inc'],
  ]);
});

test('"she said" a few paragraphs on is the woman who spoke last; "he" is not her', () => {
  const text = (pronoun: string) => 'Mary Robinson said the talks had failed.\n\nOfficials in Geneva gave no details.\n\n'
    + `"We will try again next year," ${pronoun} said.`;
  assert.deepEqual(speakers(text('she')).at(-1), ['she', 'Mary Robinson']);
  assert.deepEqual(speakers(text('he')).at(-1), ['he', null]);
});

test('a long quotation keeps its speaker in view to its end: "he said" after it is still that speaker', () => {
  const text = 'Jack Letts told ITV News: “I miss people mostly. I miss my mum. I miss pasties. I feel British. I am British. '
    + 'If the UK accepted me, I would go back. But I don’t think that’s going to happen.” He said he did not know if his passport was valid.';
  assert.deepEqual(speakers(text), [['Jack Letts', 'Jack Letts'], ['He', 'Jack Letts']]);
});

test('a quotation that runs on past its quote\'s content keeps its speaker in view to its last part', () => {
  // The opening mark repeated without a closing one continues the quotation (the paragraph breaks lost).
  const text = 'Ilham Ahmed said: “We have fought for years against them. “We will not give up our land. Nobody here wants a war. '
    + 'The people are tired. The fields are burnt. The schools are closed. The roads are cut. “If they attack, we will defend ourselves.” '
    + 'A protection force would help, she said.';
  assert.deepEqual(speakers(text).at(-1), ['she', 'Ilham Ahmed']);
});

test('a surname is not a first name: "Ilham Ahmed" may be the woman a later "she" means', () => {
  const text = 'Ilham Ahmed is touring Washington. Ahmed said the assault would end within days. '
    + 'The Kurds had lost 11,000 fighters. Turkey has threatened to attack. “Our patience is not limitless,” she said.';
  assert.deepEqual(speakers(text).at(-1), ['she', 'Ilham Ahmed']);
});

test('"she" once resolved shows a speaker to be a woman, so a later "he" is not her', () => {
  const text = 'Kaya Sertkaya said the border was closed. “We wait every day,” she said. “Nobody comes,” he said.';
  assert.deepEqual(speakers(text), [['Kaya Sertkaya', 'Kaya Sertkaya'], ['she', 'Kaya Sertkaya'], ['he', null]]);
});

test('"the president said" is the person whose title the article gave as president, not a former one', () => {
  const text = 'President Donald Trump said the troops would leave. Jimmy Carter, a former US president, disagreed. '
    + '“Could be very soon or not so soon at all!” the president wrote.';
  assert.deepEqual(speakers(text).at(-1), ['the president', 'Donald Trump']);
  assert.deepEqual(speakers('Former president Jimmy Carter spoke on Monday. “We must talk,” the president said.').at(-1), ['the president', null]);
});

test('the speaker is the head of its phrase, before any complement; one named only in a complement is who the head speaks for', () => {
  assert.deepEqual(speakers('Russian officials at the UN said the draft was unacceptable.'), [['Russian officials at the UN', 'Russia']]);
  assert.deepEqual(speakers('The UK ambassador to Turkey said the talks would go on.'), [['The UK ambassador to Turkey', 'United Kingdom']]);
  assert.deepEqual(speakers('A spokesman for the US military said the strikes had stopped.'), [['A spokesman for the US military', 'United States']]);
});

test('papers, wire services and UN agencies as news writes them are bodies that speak: "the Guardian has learned", "Unicef said"', () => {
  const text = 'The Guardian has learned that the minister will resign. One Kurdish leader contacted by the Guardian said the offensive had stalled. '
    + 'Unicef said 20 children had died.';
  assert.deepEqual(speakers(text), [
    ['The Guardian', 'Guardian'],
    // Who contacted the leader is not who spoke.
    ['One Kurdish leader contacted by the Guardian', 'Kurds'],
    ['Unicef', 'Unicef'],
  ]);
});

test('a person\'s family, lawyer or spokeswoman speaks, not the person; a country\'s ministry speaks for the country', () => {
  assert.deepEqual(speakers('Jack Smith’s family said he was innocent.'), [['Jack Smith’s family', null]]);
  assert.deepEqual(speakers('Ann Lee’s lawyer said the charges were false.'), [['Ann Lee’s lawyer', null]]);
  // Nor is "the family" the man the article named it after.
  assert.deepEqual(speakers('The Smith family said Jack Smith was innocent. The family said he would appeal.').at(-1), ['The family', null]);
  assert.deepEqual(speakers('Iran’s foreign ministry said the talks would go on.'), [['Iran’s foreign ministry', 'Iran']]);
});

test('the war monitor is one body, and a sentence opening "Human rights groups" names no body called "Human"', () => {
  const text = 'The Syrian Observatory for Human Rights said 20 people died. No details were made public. '
    + 'Human rights groups said it was vital to keep up the pressure.';
  assert.deepEqual(speakers(text), [
    ['The Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights'],
    ['Human rights groups', 'Human rights groups'],
  ]);
});

test('a speaker described, not named, is an actor of that description, coded by its sector', () => {
  const text = 'Police said they had arrested 20 people in the capital. One rebel commander said the town had fallen. '
    + '“We will hold it,” the commander said. Aid agencies warned that food was running out. '
    + '“Nobody can reach the camps,” they said. Witnesses said the shelling went on all night.';
  assert.deepEqual(speakers(text), [
    ['Police', 'police'],
    ['One rebel commander', 'rebel commander'],
    ['the commander', 'rebel commander'],
    ['Aid agencies', 'Aid agencies'],
    ['they', 'Aid agencies'],
    // No sector word heads "witnesses": who they are is not said.
    ['Witnesses', null],
  ]);
  const doc = createPipeline().process({ id: 't', text });
  const coded = (name: string) => {
    const a = doc.actors.find((x) => x.name === name)!;
    return [a.kind, a.sector];
  };
  assert.deepEqual(coded('police'), ['organization', 'COP']);
  assert.deepEqual(coded('rebel commander'), ['person', 'REB']);
  assert.deepEqual(coded('Aid agencies'), ['group', 'NGO']);
});

test('"the organisation said" after its spokeswoman spoke is the body she speaks for', () => {
  assert.deepEqual(speakers('Maria Lopez, a spokeswoman for the Norwegian Refugee Council, said the camps were full. '
    + 'The organisation said it had counted 40,000 new arrivals.'), [
    ['Maria Lopez', 'Maria Lopez'],
    ['The organisation', 'Norwegian Refugee Council'],
  ]);
});

test('a described speaker is not a guess: "the minister" names no one new, "he" is a described person only right after, "it" no group of officials', () => {
  // A definite description points back at one before it with all its words ("the official" after "a senior official").
  assert.deepEqual(speakers('A senior official said the talks had failed. “It is over,” the official said. The health minister said nothing.'), [
    ['A senior official', 'senior official'],
    ['the official', 'senior official'],
    ['The health minister', null],
  ]);
  // Whoever was last called so, named or not: the person an apposition called an official, the country a description named.
  assert.deepEqual(speakers('Dilan Serhat, a Kurdish military official, said the fighters rarely left the town. '
    + '“They are very committed,” the official said.').at(-1), ['the official', 'Dilan Serhat']);
  assert.deepEqual(speakers('A Turkish official said the readout was wrong. “There was no such concern,” the official said.').at(-1), ['the official', 'Turkey']);
  // Whatever its head, a definite description points back at a speaker heard so in view, the same word: "the source" at "a YPG source".
  assert.deepEqual(speakers('According to a YPG source, the convoy was hit at dawn. “Two trucks burned near the bridge,” the source told reporters.'), [
    ['a YPG source', 'YPG'],
    ['the source', 'YPG'],
  ]);
  assert.deepEqual(speakers('Human rights groups said the camp was full. The militia held the hill. The group said it had repelled an attack.').at(-1), ['The group', null]);
  // A described person is "he" only right after their quote, the description giving no sex; "it" and "the company" stand for a body named before.
  assert.deepEqual(speakers('One diplomat said the deal was close. “We are not there yet,” he said.'), [
    ['One diplomat', 'diplomat'],
    ['he', 'diplomat'],
  ]);
  assert.deepEqual(speakers('One diplomat said the deal was close. The talks resumed on Monday. Both sides met twice. “We are not there yet,” he said.').at(-1), ['he', null]);
  // Counted from where the quote begins: a second quotation the tagger gives to "he" follows the first at once.
  assert.deepEqual(speakers('“It is an international battle,” said one rebel official in a faction taking part. '
    + '“Neither side has a say.” “We have to fight for our survival,” he added.').map(([, actor]) => actor), ['rebel official', 'rebel official', 'rebel official']);
  // One person whom the description codes by country is still the "he" right after, not a man named before.
  assert.deepEqual(speakers('Ivan Petrov spoke first. A retired Russian admiral told reporters that the ships were a warning. '
    + '“Nobody will strike while our fleet is there,” he said.').at(-1), ['he', 'Russia']);
  assert.deepEqual(speakers('Officials said the deal was close. It said talks would resume.').at(-1), ['It', null]);
  // A possession and a name are not descriptions: "his office" is the office of someone, "Geneva" a place the entities missed.
  assert.deepEqual(speakers('His office said the deal was close.'), [['His office', null]]);
});

test('"the report said" is whoever issued the report: an actor written before it, or the one that issued it', () => {
  assert.deepEqual(speakers('Militias are rearming in the north, according to a Pentagon report published in May. '
    + '“The group has rebuilt its finances,” the report said.').at(-1), ['the report', 'Pentagon']);
  assert.deepEqual(speakers('After the meeting the White House issued a statement on the strikes. '
    + '“Talks with our allies go on,” the statement continued.').at(-1), ['the statement', 'White House']);
  assert.deepEqual(speakers('Nine of ten clinics have closed, the Unicef report says.'), [['the Unicef report', 'Unicef']]);
  // A report nobody was said to issue names no one.
  assert.deepEqual(speakers('Prices rose again in May. Food is scarce in the south, the report says.'), [['the report', null]]);
});

test('a relative clause between a name and its cue holds no speaker: the name it hangs on speaks', () => {
  assert.deepEqual(speakers('Mr. Okonjo, whose latest company, Datafield, sells maps to farmers, said the tariffs would hurt exporters.'), [['Okonjo', 'Okonjo']]);
  // Unless another cue stands in between: the minister refused, as the couple said.
  assert.deepEqual(speakers('Ann Reyes and Tom Reyes, who live in Leeds, said the Home Office and the minister, Paul Vance, have refused to help.').at(-1), ['Paul Vance', 'Paul Vance']);
});

test('"X, 53, who said" is X; "the men who refused" is nobody named', () => {
  // The content of "who said" is the clause after it, not the appositive before ("53").
  assert.deepEqual(quotes('He met Jumah Hamdan, 53, who said the camp had saved his family.').filter((q) => q.cueText === 'said').map((q) => q.text), [
    'the camp had saved his family',
  ]);
  assert.deepEqual(speakers('He met Jumah Hamdan, 53, who said the camp had saved his family.').at(-1), ['who', 'Jumah Hamdan']);
  assert.deepEqual(speakers('The offer was welcomed by Gavin Williamson, the defence secretary, who said the recruits should be hunted down.'), [
    ['who', 'Gavin Williamson'],
  ]);
  assert.deepEqual(speakers('The camp is run by the Syrian Democratic Forces, which said it could not hold the prisoners much longer.'), [
    ['which', 'Syrian Democratic Forces'],
  ]);
  assert.deepEqual(speakers('Critics of the decision, who argued that the withdrawal was premature, were ignored.'), [['who', null]]);
  // The place in the relative clause is not who it stands for, nor is the clause the speaker's name.
  assert.deepEqual(speakers('A refugee who fled Baghuz during the week said French fighters were there.'), [['A refugee', 'refugee']]);
});

test('a name after a title is the speaker: "the group’s spokesman, Mustafa Bali, said"', () => {
  assert.deepEqual(speakers('The group’s spokesman, Mustafa Bali, said the fighting was over.'), [['Mustafa Bali', 'Mustafa Bali']]);
  // The title may come before the end of the phrase, when a person's name follows.
  assert.deepEqual(speakers('Unicef’s regional director for the Middle East, Geert Cappelaere, said many of the children were unwanted.'), [
    ['Geert Cappelaere', 'Geert Cappelaere'],
  ]);
  // A place after a place is not a name after a title.
  assert.deepEqual(speakers('Harvey, a delegate from Houston, Texas, said he was leaning to Cruz.'), [['Harvey', 'Harvey']]);
});

test('a possessive pronoun in the speaker phrase is the possessor, not the speaker: "Her father said"', () => {
  assert.deepEqual(speakers('Shamima Begum left London in 2015. Her father said she should be allowed to come home.'), [['Her father', null]]);
});

test('a fronted place or occasion is not the speaker: "At the Atlantic Council …, the US envoy, James Jeffrey, said"', () => {
  assert.deepEqual(speakers('At the Atlantic Council in Washington this week, the US special representative for Syria, James Jeffrey, said: '
    + '“Isis will come back if the underlying conditions are receptive.”'), [['James Jeffrey', 'James Jeffrey']]);
});

test('a speaker phrase keeps a common noun before its preposition: the court, not the town', () => {
  assert.deepEqual(quotes('The court in the town of Kilis said the man must stay in jail.').map(brief), [
    { kind: 'indirect', text: 'the man must stay in jail', speaker: 'The court in the town of Kilis', cue: 'said' },
  ]);
});

test('the speaker in a phrase naming several actors: the person, not the firm, the possessor or the place', () => {
  assert.deepEqual(speakers('“Demand will stay weak this year,” said analyst Victor Krueger of the Gartner Group.'), [
    ['analyst Victor Krueger of the Gartner Group', 'Victor Krueger'],
  ]);
  assert.deepEqual(speakers('Donald Trump’s White House said the troops would leave.'), [['Donald Trump’s White House', 'White House']]);
  // Where the diplomat is based, the country that backs the militias, what the official knows: none of them speaks; the description does.
  assert.deepEqual(speakers('“There is no plan for them,” a Beirut-based western diplomat said.'), [['a Beirut-based western diplomat', 'Beirut-based western diplomat']]);
  assert.deepEqual(speakers('Iran-backed militias said they would not leave the border.'), [['Iran-backed militias', 'Iran-backed militias']]);
  assert.deepEqual(speakers('A western official familiar with the talks between Baghdad and Washington said the deal was close.'), [
    ['A western official familiar with the talks between Baghdad and Washington', 'western official familiar with the talks between Baghdad and Washington'],
  ]);
});

test('each cue says what the speaker did: spoke, believed, took a stance, or something else', () => {
  const classOf = (text: string) => quotes(text).map((q) => [q.cueText, q.cueClass]);
  assert.deepEqual(classOf('The minister said the talks had failed.'), [['said', 'speech']]);
  assert.deepEqual(classOf('According to the ministry, the talks had failed.'), [['According to', 'speech']]);
  assert.deepEqual(classOf('Most analysts believe the talks will fail.'), [['believe', 'belief']]);
  assert.deepEqual(classOf('The opposition criticised the plan to cut fuel subsidies.'), [['criticised', 'stance']]);
  assert.equal(cueClassOf('met'), 'other');
  assert.equal(cueClassOf('has long argued'), 'speech');
  assert.equal(cueClassOf(':'), 'speech');
});

const SEED = '../shared/seed/000_2a88d4aa877cd891.txt';

test('the founding article: two direct quotes, the IRNA attribution, nothing for "No. 2"', { skip: existsSync(SEED) ? false : `${SEED} not found` }, () => {
  const found = annotate(readFileSync(SEED, 'utf8'), { published: '2017-08-04' }).quotes;
  const direct = found.filter((q) => q.kind === 'direct');
  assert.deepEqual(direct.map((q) => [q.speakerText, q.cueText, q.text.slice(0, 26)]), [
    ['Emily Landau', 'said', '“There could be a very pro'],
    ['Matthew Bunn', 'said', '“Both the North Koreans an'],
  ]);
  const irna = found.find((q) => q.speakerText === 'Iran’s IRNA news agency');
  assert.equal(irna?.kind, 'indirect');
  assert.match(irna?.text ?? '', /arrived Thursday for the weekend inauguration ceremony/);
  assert.ok(!found.some((q) => q.text.includes('No. 2')));
});

test('PolNeAR-style attributions the cue table lacks: "has learned", stances, beliefs', () => {
  assert.deepEqual(quotes('Hillary Clinton was headed to an emergency room after her collapse, The Post has learned.').map(brief), [
    { kind: 'indirect', text: 'Hillary Clinton was headed to an emergency room after her collapse', speaker: 'The Post', cue: 'has learned' },
  ]);
  assert.deepEqual(quotes('Senator Elizabeth Warren slammed the bank for its aggressive sales practices.').map(brief), [
    { kind: 'indirect', text: 'the bank for its aggressive sales practices', speaker: 'Senator Elizabeth Warren', cue: 'slammed' },
  ]);
  assert.deepEqual(quotes('The governor believes that the state can balance its budget by next year.').map(brief), [
    { kind: 'indirect', text: 'that the state can balance its budget by next year', speaker: 'The governor', cue: 'believes' },
  ]);
});

test('the speaker is the name; the speaker span keeps the whole source phrase with its appositive', () => {
  const text = 'Matthew Bunn, a professor at Harvard, said the sanctions would fail.';
  const [q] = quotes(text);
  assert.equal(q.speakerText, 'Matthew Bunn');
  assert.equal(text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'Matthew Bunn, a professor at Harvard');
  // A bracket the source opens closes inside it.
  const ypg = 'The Kurdish People’s Protection Units (YPG) said on Monday that Turkish jets had struck its positions.';
  const [y] = quotes(ypg);
  assert.equal(ypg.slice(y.speakerSpan!.start, y.speakerSpan!.end), 'The Kurdish People’s Protection Units (YPG)');
  assert.equal(y.speakerText, 'The Kurdish People’s Protection Units');
});

/** The quotes of a text run through the whole pipeline (entities and actors too), as `dyad extract` reads it. */
test('a name closing the clause after ", said" is the speaker, however the clause before the comma reads', () => {
  const text = 'That would create a "summer of agony" for Clinton, forcing her to fend off both Trump and Sanders, said Brad Bannon, a Democratic pollster.';
  assert.deepEqual(readQuotes(text).map((q) => [q.speakerText, q.cueText]), [['Brad Bannon', 'said']]);
  // The rules, whose findings the tagger reads, give the same speaker; "said Tuesday" is no speaker.
  const doc = annotate(text);
  assert.deepEqual(ruleFrames(doc).map((f) => f.source && doc.slice(f.source)), ['Brad Bannon']);
  const tuesday = annotate('Iran and North Korea have cooperated on missiles for decades, the envoy, who asked not to be named, said Tuesday.');
  assert.ok(!ruleFrames(tuesday).some((f) => f.source && tuesday.slice(f.source) === 'Tuesday'));
});

test('an attribution closing its sentence reports the whole clause before it, attribution and all', () => {
  assert.deepEqual(readQuotes('The Trump campaign said the candidate will attend events in Kansas on Saturday, CNN reported.').map(brief), [
    { kind: 'indirect', text: 'The Trump campaign said the candidate will attend events in Kansas on Saturday', speaker: 'CNN', cue: 'reported' },
    { kind: 'indirect', text: 'the candidate will attend events in Kansas on Saturday', speaker: 'The Trump campaign', cue: 'said' },
  ]);
  assert.deepEqual(readQuotes('Kasich said he would have fired Lewandowski, according to press reports.').map((q) => [q.speakerText, q.cueText, q.text]), [
    ['press reports', 'according to', 'Kasich said he would have fired Lewandowski'],
    ['Kasich', 'said', 'he would have fired Lewandowski'],
  ]);
});

test('"according to" names its source even when the tagger runs the cue on into it', () => {
  assert.deepEqual(readQuotes('Oksuz registered Harmony in New Jersey in 2010, according to state corporate records.').map(brief), [
    { kind: 'indirect', text: 'Oksuz registered Harmony in New Jersey in 2010', speaker: 'state corporate records', cue: 'according to' },
  ]);
});

test('set phrases attribute nothing, and a lone adverb names no speaker', () => {
  assert.deepEqual(readQuotes('That said, Cruz cannot realistically get enough delegates to win.'), []);
  assert.deepEqual(readQuotes('All told, up to 5 million undocumented people could be eligible for the programs.'), []);
  assert.ok(!readQuotes('The judge paused, and then said something very strange about the case.').some((q) => q.speakerText === 'then'));
  // The rules, too, read a capitalised participle as a name; no step may leave it as the speaker.
  const having = readQuotes('Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.');
  assert.ok(having.length > 0 && having.every((q) => q.speakerText !== 'Having'), JSON.stringify(having.map((q) => q.speakerText)));
});

test('a cue verb the part-of-speech tagger took for an adjective after a name is still a cue', () => {
  const doc = annotate('Schneiderman alleged in the suit that Trump personally earned $5 million from the enterprise.');
  assert.deepEqual(ruleFrames(doc).map((f) => [f.source && doc.slice(f.source), f.cue && doc.slice(f.cue)]), [['Schneiderman', 'alleged']]);
});

test('the second half of a compound is no cue: "Iranian-backed militias", "the so-called caliphate"', () => {
  const found = readQuotes('Iranian-backed militias and Turkish-backed rebels fought over the so-called caliphate for months, the monitoring group said.');
  assert.deepEqual(found.map((q) => [q.speakerText, q.cueText]), [['the monitoring group', 'said']]);
});

test('a verbless phrase opening with a preposition, or the speaker\'s title, is no statement', () => {
  assert.deepEqual(statements('“We were ready,” the officer said from a detention centre in eastern Syria.'), [['the officer', 'said', '“We were ready,”']]);
  assert.deepEqual(statements('The minister, appearing on “The Andrew Marr Show”, said the plan had failed.'), [['The minister', 'said', 'the plan had failed']]);
  // The speaker's title before the name is who spoke, not what was said; a statement split by its cue is still one.
  assert.deepEqual(statements('Russia’s ambassador to the UK, Alexander Yakovenko, said the claims were absurd.'), [['Alexander Yakovenko', 'said', 'the claims were absurd']]);
  assert.deepEqual(statements('Turkey’s president, Recep Tayyip Erdoğan, has accused the US of betrayal.'), [['Recep Tayyip Erdoğan', 'has accused', 'the US of betrayal']]);
  assert.deepEqual(statements('The deal, he said, was dead.'), [['he', 'said', 'The deal'], ['he', 'said', 'was dead']]);
  // A quotation is a statement whatever its form; so is an infinitive.
  assert.deepEqual(statements('“On the brink of war,” he said.'), [['he', 'said', '“On the brink of war,”']]);
  assert.deepEqual(statements('Erdoğan vowed to “clean up” the city of Manbij.'), [['Erdoğan', 'vowed', 'to “clean up” the city of Manbij']]);
});

test('a "that" clause the tagger cut before its verb runs on to the end of its sentence', () => {
  assert.deepEqual(statements('The coroner ruled that the volunteer, 24, died on active service while serving with the unit.'), [
    ['The coroner', 'ruled', 'that the volunteer, 24, died on active service while serving with the unit'],
  ]);
  assert.deepEqual(statements('Officials fear that as many as 700,000 people could be displaced within a day of an offensive on the province.'), [
    ['Officials', 'fear', 'that as many as 700,000 people could be displaced within a day of an offensive on the province'],
  ]);
  // After a noun the clause may be the subject of a longer sentence: it is left as the tagger cut it.
  assert.deepEqual(statements('The president’s demand that Germany, France and Britain take back their citizens has met a mixed response in Europe.'), [
    ['The president’s', 'demand', 'that Germany'],
  ]);
  // It stops where another attribution begins.
  assert.deepEqual(statements('Officials fear that as many as 700,000 people could be displaced, the agency reported.'), [
    ['the agency', 'reported', 'Officials fear that as many as 700,000 people could be displaced'],
    ['Officials', 'fear', 'that as many as 700,000 people could be displaced'],
  ]);
});

test('a source opening with a speech verb is a misread cue: the speaker is the verb\'s subject', () => {
  const text = 'The envoy spoke to reporters on Monday. “They have all taken part in the killing of our people,” he said of the four countries, '
    + 'blasting the US as the country “that armed the rebels” and adding that the plan was a farce.';
  assert.deepEqual(statements(text).map(([speaker]) => speaker), ['he', 'he', 'he']);
});

test('a people that lives across borders speaks as an actor of its own', () => {
  assert.deepEqual(speakers('Kurdish forces said the town had fallen.'), [['Kurdish forces', 'Kurds']]);
});
