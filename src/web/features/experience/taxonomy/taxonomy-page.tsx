// Stub: replaced by the part's implementation.
export function TaxonomyPage() {
  return null;
}
