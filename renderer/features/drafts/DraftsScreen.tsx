// Placeholder until the drafts screen lands.
export function DraftsScreen(_props: { view: 'articles' | 'trash' }) {
  return <section className="screen" data-testid="drafts-screen" />;
}
