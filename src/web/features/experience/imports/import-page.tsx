// Stub: replaced by the part's implementation.
export function ImportPage() {
  return null;
}
