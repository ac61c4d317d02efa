// Placeholder until the outbox screen lands.
export function OutboxScreen() {
  return <section className="screen" data-testid="outbox-screen" />;
}
