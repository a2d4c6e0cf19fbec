// Stub: replaced by the part's implementation.
export function NewFocusGroupPage() {
  return null;
}
export function EditFocusGroupPage() {
  return null;
}
