import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { type CountryInfo, getJson, type StoreStats } from './api.js';
import { CountriesContext, type Countries, indexCountries } from './countries.js';
import { filtersOf, href, useRoute } from './route.js';
import { World } from './views/World.js';
import './style.css';

// The first view (World) is in the main bundle; the others load when first opened.
const Pair = lazy(() => import('./views/Pair.js'));
const Network = lazy(() => import('./views/Network.js'));
const ArticleView = lazy(() => import('./views/Article.js'));
const Quotes = lazy(() => import('./views/Quotes.js'));
const Search = lazy(() => import('./views/Search.js'));
const Ingest = lazy(() => import('./views/Ingest.js'));

const NAV = [
  ['world', 'World'],
  ['pair', 'Pair'],
  ['network', 'Network'],
  ['search', 'Search'],
  ['quotes', 'Quotes'],
  ['ingest', 'Ingest'],
] as const;

// Asked for before the first render: every view needs them.
const countryList = getJson<CountryInfo[]>('/api/countries');
const storeStats = getJson<StoreStats>('/api/stats');

function App() {
  const route = useRoute();
  const [countries, setCountries] = useState<Countries>(() => indexCountries([]));
  const [stats, setStats] = useState<StoreStats>();
  useEffect(() => {
    countryList.then((list) => setCountries(indexCountries(list)), () => {});
    storeStats.then(setStats, () => {});
  }, []);
  const view = route.path[0] ?? 'world';
  // Filters travel with the reader from view to view.
  const carried = filtersOf(route.params);
  return (
    <CountriesContext.Provider value={countries}>
      <header className="top">
        <a className="brand" href="#/">dyad</a>
        <nav>
          {NAV.map(([key, label]) => (
            <a key={key} href={href([key], carried)} className={view === key ? 'active' : undefined}>{label}</a>
          ))}
        </nav>
        {stats && (
          <p className="counts" aria-label="Stored">
            <b>{stats.articles.toLocaleString()}</b> articles · <b>{stats.events.toLocaleString()}</b> events ·{' '}
            <b>{stats.quotes.toLocaleString()}</b> quotes
            {stats.firstPublished && <> · {stats.firstPublished.slice(0, 4)}–{stats.lastPublished?.slice(0, 4)}</>}
          </p>
        )}
      </header>
      <main>
        <Suspense fallback={<p className="status">Loading…</p>}>
          {view === 'world' && <World route={route} />}
          {view === 'pair' && <Pair route={route} />}
          {view === 'network' && <Network route={route} />}
          {view === 'article' && <ArticleView route={route} />}
          {view === 'quotes' && <Quotes route={route} />}
          {view === 'search' && <Search route={route} />}
          {view === 'ingest' && <Ingest />}
          {!NAV.some(([k]) => k === view) && view !== 'article' && <p className="status">No such view: {view}</p>}
        </Suspense>
      </main>
    </CountriesContext.Provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
