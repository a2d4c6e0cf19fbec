/** Query keys of the partnership module; every write refreshes what it may have changed. */
export const partnershipKeys = {
  all: ['partnership'] as const,
  domains: (includeRetired: boolean) => ['partnership', 'domains', includeRetired] as const,
  workshops: ['partnership', 'workshops'] as const,
  workshop: (id: string) => ['partnership', 'workshop', id] as const,
  candidates: (id: string, establishmentId: string) =>
    ['partnership', 'workshop', id, 'candidates', establishmentId] as const,
  facilitation: (id: string) => ['partnership', 'workshop', id, 'facilitation'] as const,
  binome: (id: string) => ['partnership', 'binome', id] as const,
  history: (id: string) => ['partnership', 'binome', id, 'history'] as const,
  results: ['partnership', 'results'] as const,
};
