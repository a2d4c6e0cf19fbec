import type { ExperienceDeps, ExperiencePart } from '../experience-part';

// Stub: replaced by the part's implementation.
export function createKioskPart(deps: ExperienceDeps): ExperiencePart {
  void deps;
  return { register() {} };
}
