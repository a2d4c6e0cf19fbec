// Stub: replaced by the part's implementation.
export function ModelPage() {
  return null;
}
