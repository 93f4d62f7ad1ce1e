import Link from "next/link";

/** An address inside the dashboard that names no page. */
export default function NotFound() {
  return (
    <section className="notice">
      <h1>Page not found</h1>
      <p className="muted">
        Nothing lives at this address. <Link href="/">Back to the overview</Link>
      </p>
    </section>
  );
}
