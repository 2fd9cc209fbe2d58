import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc.js';
import { detectLanguage, isEnglish, languageStage } from '../../src/nlp/language.js';

const PARAGRAPHS: Record<string, string> = {
  en: 'The foreign minister said on Tuesday that the talks with the neighbouring country had been useful, but that no agreement was expected before the end of the year.',
  es: 'El ministro de Asuntos Exteriores dijo el martes que las conversaciones con el país vecino habían sido útiles, pero que no se espera un acuerdo antes de fin de año.',
  fr: 'Le ministre des Affaires étrangères a déclaré mardi que les discussions avec le pays voisin avaient été utiles, mais qu’aucun accord n’est attendu avant la fin de l’année.',
  de: 'Der Außenminister sagte am Dienstag, die Gespräche mit dem Nachbarland seien nützlich gewesen, aber eine Einigung wird nicht vor dem Ende des Jahres erwartet.',
  it: 'Il ministro degli Esteri ha detto martedì che i colloqui con il paese vicino sono stati utili, ma che non si prevede un accordo prima della fine dell’anno.',
  pt: 'O ministro dos Negócios Estrangeiros disse na terça-feira que as conversações com o país vizinho foram úteis, mas que não se espera um acordo antes do fim do ano.',
  nl: 'De minister van Buitenlandse Zaken zei dinsdag dat de gesprekken met het buurland nuttig waren, maar dat er voor het einde van het jaar geen akkoord wordt verwacht.',
  ru: 'Министр иностранных дел заявил во вторник, что переговоры с соседней страной были полезными, но соглашения до конца года не ожидается.',
  uk: 'Міністр закордонних справ заявив у вівторок, що переговори з сусідньою країною були корисними, але угоди до кінця року не очікується.',
  ar: 'قال وزير الخارجية يوم الثلاثاء إن المحادثات مع البلد المجاور كانت مفيدة، لكن لا يتوقع التوصل إلى اتفاق قبل نهاية العام.',
  fa: 'وزیر امور خارجه روز سه‌شنبه گفت که گفتگوها با کشور همسایه مفید بوده است، اما پیش از پایان سال توافقی انتظار نمی‌رود.',
  zh: '外交部长星期二表示，与邻国的会谈是有益的，但预计年底前不会达成协议。双方将继续保持沟通。',
  ja: '外務大臣は火曜日、隣国との協議は有益だったが、年末までに合意に達する見通しはないと述べた。',
  ko: '외교부 장관은 화요일 이웃 국가와의 회담이 유익했지만 연말 전에는 합의가 이루어지지 않을 것이라고 말했다.',
  el: 'Ο υπουργός Εξωτερικών δήλωσε την Τρίτη ότι οι συνομιλίες με τη γειτονική χώρα ήταν χρήσιμες, αλλά δεν αναμένεται συμφωνία πριν από το τέλος του έτους.',
};

for (const [language, text] of Object.entries(PARAGRAPHS)) {
  test(`a news paragraph in ${language} is detected as ${language}`, () => {
    assert.equal(detectLanguage(text), language);
  });
}

test('English with a foreign name and phrase stays English', () => {
  const text = 'President Emmanuel Macron told reporters at the Élysée that the “entente cordiale” with Britain was still alive and that he would visit London in June.';
  assert.equal(detectLanguage(text), 'en');
});

test('short texts cannot be judged and count as English', () => {
  assert.equal(detectLanguage('Oui.'), undefined);
  assert.equal(detectLanguage(''), undefined);
  const doc = new Doc({ id: 's', text: 'Merci beaucoup' });
  languageStage().run(doc);
  assert.equal(doc.article.language, 'en');
  assert.ok(isEnglish(doc));
  assert.deepEqual(doc.notes, []);
});

test('the stage sets the language and notes that English stages are skipped', () => {
  const doc = new Doc({ id: 'r', text: PARAGRAPHS.ru });
  languageStage().run(doc);
  assert.equal(doc.article.language, 'ru');
  assert.equal(isEnglish(doc), false);
  assert.deepEqual(doc.notes, ['language: not English (ru); English stages skipped']);
});

test('a language given by the reader is kept when the text is too short to tell', () => {
  const doc = new Doc({ id: 'd', text: 'Guten Tag', language: 'de' });
  languageStage().run(doc);
  assert.equal(doc.article.language, 'de');
});

test('a table of numbers is too short on words to judge', () => {
  assert.equal(detectLanguage('1.25 2.50 3.75\n4.00 5.25 6.50\n7.75 8.00 9.25'), undefined);
});

test('stray short words in a table of results do not make it Italian or Dutch', () => {
  const table =
    'Net 190.9 mln francs vs 150.4 mln\n\nTurnover 5.24 billion vs 5.38 billion\n\n' +
    'Dividend 160 per share vs 155, 32 per registered share vs 31, 16 per certificate vs 15\n\nNote: in 1986 net is up';
  assert.equal(detectLanguage(table), 'en');
});
