import type { ExperienceDeps, ExperiencePart } from '../experience-part';

// Stub: replaced by the part's implementation.
export function createImportsPart(deps: ExperienceDeps): ExperiencePart {
  void deps;
  return { register() {} };
}
