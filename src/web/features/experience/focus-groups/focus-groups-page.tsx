// Stub: replaced by the part's implementation.
export function FocusGroupsPage() {
  return null;
}
