// Stub: replaced by the part's implementation.
export function KioskApp() {
  return null;
}
