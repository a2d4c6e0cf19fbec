// Stub: replaced by the part's implementation.
export function CommentsPage() {
  return null;
}
