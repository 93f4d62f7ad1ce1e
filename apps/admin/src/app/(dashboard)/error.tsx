"use client";

/** A signed-in page that failed: says so, without internals, and offers to try again. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="notice" role="alert">
      <h1>Something went wrong</h1>
      <p className="muted">
        The page could not be shown. Try again; if it keeps failing, tell an admin the time it happened.
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
