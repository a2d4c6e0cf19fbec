// Stub: replaced by the part's implementation.
export function CommentPage() {
  return null;
}
