import { useContext } from 'react';
import { CountriesContext } from '../countries.js';
import { MODALITIES, PLOVER_TYPES } from '../meaning.js';
import { type Route, setParams } from '../route.js';

/**
 * Dates, country, event type and modality: kept in the URL so the view can be shared as it is.
 * `types` and `country` leave out the controls a view has no use for.
 */
export function Filters({ route, types = true, country = true }: { route: Route; types?: boolean; country?: boolean }) {
  const { list } = useContext(CountriesContext);
  const p = route.params;
  const set = (key: string) => (e: { target: { value: string } }) => setParams(route, { [key]: e.target.value });
  const keys = ['since', 'until', ...(country ? ['country'] : []), ...(types ? ['type', 'modality'] : [])];
  const chosen = p.get('country') ?? '';
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
      <label>
        From <input type="date" value={p.get('since') ?? ''} onChange={set('since')} />
      </label>
      <label>
        to <input type="date" value={p.get('until') ?? ''} onChange={set('until')} />
      </label>
      {country && (
        <label>
          Country{' '}
          <select value={chosen} onChange={set('country')}>
            <option value="">all</option>
            {/* A group code (IGO, UNO …) chosen elsewhere is not in the list but stays shown. */}
            {chosen && !list.some((c) => c.code === chosen) && <option value={chosen}>{chosen}</option>}
            {list.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          </select>
        </label>
      )}
      {types && (
        <>
          <label>
            Event type{' '}
            <select value={p.get('type') ?? ''} onChange={set('type')}>
              <option value="">all</option>
              {PLOVER_TYPES.map((t) => <option key={t} value={t}>{t.toLowerCase()}</option>)}
            </select>
          </label>
          <label>
            Modality{' '}
            <select value={p.get('modality') ?? ''} onChange={set('modality')}>
              <option value="">all</option>
              {MODALITIES.map((m) => <option key={m} value={m}>{m}</option>)}
            </select>
          </label>
        </>
      )}
      {keys.some((k) => p.get(k)) && (
        <button type="button" className="link" onClick={() => setParams(route, Object.fromEntries(keys.map((k) => [k, ''])))}>
          clear
        </button>
      )}
    </form>
  );
}
