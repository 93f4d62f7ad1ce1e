/** Shown while a signed-in page loads its first data. */
export default function Loading() {
  return (
    <p className="muted" role="status">
      Loading…
    </p>
  );
}
