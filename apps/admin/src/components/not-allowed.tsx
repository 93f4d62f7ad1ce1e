/** Shown instead of a page the signed-in role may not open (the API would refuse its data anyway). */
export function NotAllowed({ page }: { page: string }) {
  return (
    <section className="notice" data-testid="not-allowed">
      <h1>Not allowed</h1>
      <p className="muted">Your role does not give access to {page}. Ask an admin if you need it.</p>
    </section>
  );
}
