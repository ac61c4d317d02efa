// Placeholder until the editor screen lands.
export function EditorScreen(_props: { articleId: string }) {
  return <section className="screen" data-testid="editor-screen" />;
}
