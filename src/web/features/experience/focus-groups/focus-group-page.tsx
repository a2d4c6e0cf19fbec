// Stub: replaced by the part's implementation.
export function FocusGroupPage() {
  return null;
}
