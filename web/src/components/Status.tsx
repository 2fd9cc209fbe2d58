/** What a view shows while it loads, when it failed, or when there is nothing. */
export function Status({ loading, error, empty }: { loading?: boolean; error?: string; empty?: string | false }) {
  if (error) return <p className="status error" role="alert">{error}</p>;
  if (loading) return <p className="status">Loading…</p>;
  if (empty) return <p className="status">{empty}</p>;
  return null;
}
