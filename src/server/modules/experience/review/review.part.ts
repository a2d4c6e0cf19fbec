import type { ExperienceDeps, ExperiencePart } from '../experience-part';

// Stub: replaced by the part's implementation.
export function createReviewPart(deps: ExperienceDeps): ExperiencePart {
  void deps;
  return { register() {} };
}
