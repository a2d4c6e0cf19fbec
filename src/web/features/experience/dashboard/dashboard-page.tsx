// Stub: replaced by the part's implementation.
export function DashboardPage() {
  return null;
}
