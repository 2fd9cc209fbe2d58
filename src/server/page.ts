import { createHash } from 'node:crypto';

// The page at `/`: self-contained (no external assets, so it works offline) until the dashboard
// in web/ replaces it. Data is inserted with textContent only, never as HTML.

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem; color: #1d1d1f; }
h1 { font-size: 1.4rem; margin: 0.5rem 0 0; } h2 { font-size: 1.1rem; margin-top: 1.5rem; }
.tagline { color: #555; margin: 0 0 1rem; }
#stats { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; padding: 0; list-style: none; }
#stats b { font-size: 1.2rem; display: block; }
form { display: flex; gap: 0.5rem; } input { flex: 1; font: inherit; padding: 0.4rem; } button { font: inherit; padding: 0.4rem 1rem; }
#list { list-style: none; padding: 0; } #list li { padding: 0.4rem 0; border-bottom: 1px solid #eee; }
#list a { font-weight: 600; cursor: pointer; color: #0645ad; } .meta { color: #666; font-size: 0.85rem; }
.snippet { color: #333; font-size: 0.9rem; } .article { white-space: pre-wrap; } .error { color: #b00020; }
table { border-collapse: collapse; font-size: 0.9rem; } td, th { text-align: left; padding: 0.2rem 0.6rem 0.2rem 0; vertical-align: top; }
`;

const SCRIPT = `
const $ = (id) => document.getElementById(id);
function el(tag, text, cls) { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; }
async function get(url) {
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}
function showError(err) { $('status').textContent = err.message; $('status').className = 'error'; }
async function loadStats() {
  const s = await get('/api/stats');
  const items = [['articles', s.articles], ['wire copies', s.duplicates], ['events', s.events], ['quotes', s.quotes], ['actors', s.actors],
    ['published', s.firstPublished ? s.firstPublished + ' to ' + s.lastPublished : 'none']];
  $('stats').replaceChildren(...items.map(([label, value]) => { const li = el('li', label); li.prepend(el('b', String(value))); return li; }));
}
async function loadList(q) {
  const data = await get('/api/articles?limit=20' + (q ? '&q=' + encodeURIComponent(q) : ''));
  $('list-title').textContent = q ? 'Search: ' + q : 'Latest articles';
  $('status').textContent = data.articles.length ? '' : (q ? 'No article matches.' : 'No articles stored yet.');
  $('status').className = '';
  $('list').replaceChildren(...data.articles.map((a) => {
    const li = el('li');
    const link = el('a', a.title || a.id);
    link.onclick = () => showArticle(a.id).catch(showError);
    li.append(link, el('div', [a.published, a.source, a.duplicateOf ? 'copy of ' + a.duplicateOf : ''].filter(Boolean).join(' · '), 'meta'));
    if (a.snippet) li.append(el('div', a.snippet, 'snippet'));
    return li;
  }));
}
async function showArticle(id) {
  const d = await get('/api/articles/' + encodeURIComponent(id));
  const names = new Map(d.actors.map((a) => [a.id, a.name]));
  const who = (ids) => ids.map((i) => names.get(i) || i).join(', ');
  const box = $('detail');
  box.replaceChildren(el('h2', d.title || d.id), el('div', [d.published, d.source, d.id].filter(Boolean).join(' · '), 'meta'));
  if (d.events.length) {
    const t = el('table');
    t.append(...d.events.map((e) => { const tr = el('tr'); tr.append(el('td', e.type), el('td', who(e.actors) + ' → ' + who(e.recipients)), el('td', e.date || ''), el('td', d.text.slice(e.evidence.start, e.evidence.end))); return tr; }));
    box.append(el('h3', 'Events'), t);
  }
  if (d.quotes.length) {
    const ul = el('ul');
    ul.append(...d.quotes.map((q) => el('li', (q.speakerText || 'unknown') + ': ' + q.text)));
    box.append(el('h3', 'Quotes'), ul);
  }
  box.append(el('h3', 'Text'), el('div', d.text, 'article'));
  box.scrollIntoView();
}
$('search').onsubmit = (ev) => { ev.preventDefault(); loadList($('q').value.trim()).catch(showError); };
loadStats().catch(showError);
loadList('').catch(showError);
`;

const sha256 = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

/** Allows exactly this page's inline style and script, and requests to this server only. */
export const PAGE_CSP = `default-src 'none'; connect-src 'self'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; base-uri 'none'; form-action 'none'`;

export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>dyad</title>
<style>${STYLE}</style>
</head>
<body>
<h1>dyad</h1>
<p class="tagline">Who did what to whom, when, and who said what, read from the stored news articles.</p>
<ul id="stats"></ul>
<form id="search" role="search"><input id="q" type="search" placeholder="Search articles (e.g. sanctions Iran)" aria-label="Search articles"><button>Search</button></form>
<h2 id="list-title">Latest articles</h2>
<p id="status"></p>
<ul id="list"></ul>
<section id="detail"></section>
<script>${SCRIPT}</script>
</body>
</html>
`;
