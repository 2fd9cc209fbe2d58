import { MODALITIES, PLOVER_TYPES } from '../meaning.js';
import { type Route, setParams } from '../route.js';

/** Dates, event type and modality: kept in the URL so the view can be shared as it is. */
export function Filters({ route, types = true }: { route: Route; types?: boolean }) {
  const p = route.params;
  const set = (key: string) => (e: { target: { value: string } }) => setParams(route, { [key]: e.target.value });
  const any = ['since', 'until', 'type', 'modality'].some((k) => p.get(k));
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
      <label>
        From <input type="date" value={p.get('since') ?? ''} onChange={set('since')} />
      </label>
      <label>
        to <input type="date" value={p.get('until') ?? ''} onChange={set('until')} />
      </label>
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
      {any && (
        <button type="button" className="link" onClick={() => setParams(route, { since: '', until: '', type: '', modality: '' })}>
          clear
        </button>
      )}
    </form>
  );
}
