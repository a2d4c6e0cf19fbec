import { PARTNERSHIP_LEVELS, type PartnershipLevel } from './enums';

// The partnership levels as a scale, shared by the screens, the aggregated results and the PDF.

/** 1 (information) to 4 (co-construction), the scale of the charts and of the mean levels. */
export const levelScore = (level: PartnershipLevel) => PARTNERSHIP_LEVELS.indexOf(level) + 1;

export const isLevel = (value: string): value is PartnershipLevel =>
  (PARTNERSHIP_LEVELS as readonly string[]).includes(value);

/** Steps between the current and the target level (0 when the target is reached). */
export const levelGap = (current: PartnershipLevel, target: PartnershipLevel) =>
  levelScore(target) - levelScore(current);
