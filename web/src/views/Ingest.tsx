import { useState } from 'react';
import { type DocumentJSON, postIngest } from '../api.js';
import { Status } from '../components/Status.js';
import { href } from '../route.js';
import { AnnotatedArticle } from './Article.js';

const TOKEN_KEY = 'dyad-token';

/** The body type for a dropped file: HTML by its name or its first characters, else plain text. */
function typeOf(name: string, text: string): string {
  return /\.html?$/i.test(name) || /^\s*<(!doctype|html)/i.test(text) ? 'text/html' : 'text/plain';
}

export default function Ingest() {
  const [text, setText] = useState('');
  const [type, setType] = useState('text/plain');
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<{ status: string; document: DocumentJSON }>();
  const [focus, setFocus] = useState<string>();

  const send = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setResult(await postIngest(text, type, token));
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const drop = async (file: File) => {
    const content = await file.text();
    setText(content);
    setType(typeOf(file.name, content));
  };

  return (
    <div className="ingest">
      <div className="view-head"><h1>Ingest an article</h1></div>
      <form
        className="ingest-form"
        onSubmit={(e) => { e.preventDefault(); void send(); }}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => { e.preventDefault(); const f = e.dataTransfer.files[0]; if (f) void drop(f); }}
      >
        <textarea
          aria-label="Article text or HTML"
          placeholder={'Paste an article (a headline on the first line, then a blank line, then the story), or drop a .txt or .html file here.'}
          value={text}
          onChange={(e) => { setText(e.target.value); setType(typeOf('', e.target.value)); }}
          rows={12}
        />
        <div className="ingest-controls">
          <label>
            File <input type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => { const f = e.target.files?.[0]; if (f) void drop(f); }} />
          </label>
          <span className="meta">read as {type === 'text/html' ? 'HTML' : 'plain text'}</span>
          <label>
            Token <input type="password" autoComplete="off" placeholder="only if the server asks" value={token} onChange={(e) => setToken(e.target.value)} />
          </label>
          <button disabled={busy || text.trim() === ''}>{busy ? 'Extracting…' : 'Extract and store'}</button>
        </div>
      </form>
      <Status error={error} />
      {result && (
        <>
          <p className="ingest-status">
            {result.status === 'added' && 'Stored. '}
            {result.status === 'already-stored' && 'This article was stored already. '}
            {result.status === 'near-copy' && 'A near copy of a stored article: kept as a copy, not coded again. '}
            {result.document.events.length} events, {result.document.quotes.length} quotes, {result.document.actors.length} actors ·{' '}
            <a href={href(['article', result.document.id])}>open its page</a>
          </p>
          <AnnotatedArticle doc={result.document} focus={focus} onFocus={setFocus} />
        </>
      )}
    </div>
  );
}
