// Stub: replaced by the part's implementation.
export function KiosksPage() {
  return null;
}
