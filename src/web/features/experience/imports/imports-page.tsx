// Stub: replaced by the part's implementation.
export function ImportsPage() {
  return null;
}
