import { describe, expect, it } from 'vitest';
import {
  ACTION_STATUSES,
  BINOME_SIDES,
  PARTNERSHIP_LEVELS,
  WORKSHOP_MODES,
} from '../../../shared/enums';
import en from '../../i18n/locales/en.json';
import fr from '../../i18n/locales/fr.json';
import { wrapLabel } from './lib/chart';
import { isLevel, levelGap, levelScore } from '../../../shared/partnership-levels';

type Tree = { [key: string]: string | string[] | Tree };
const lookup = (tree: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

describe('partnership labels', () => {
  // Keys built at run time (template strings), which the locales test cannot see.
  const keys = [
    ...PARTNERSHIP_LEVELS.flatMap((l) =>
      ['name', 'description', 'example'].map((k) => `partnership.levels.${l}.${k}`),
    ),
    ...ACTION_STATUSES.map((s) => `partnership.actionStatus.${s}`),
    ...WORKSHOP_MODES.map((m) => `partnership.mode.${m}`),
    ...BINOME_SIDES.flatMap((s) =>
      ['', 'Short', 'Plural'].map((suffix) => `partnership.side.${s}${suffix}`),
    ),
    ...['attentes', 'niveaux', 'resultats'].map((s) => `partnership.binome.step.${s}`),
    ...['upcoming', 'past'].flatMap((p) => [
      `partnership.home.period.${p}`,
      `partnership.home.empty.${p}`,
    ]),
    ...['current', 'target'].flatMap((w) => [
      `partnership.ratings.${w}`,
      `partnership.ratings.${w}Hint`,
    ]),
    ...['expectations', 'preconceptions'].map((k) => `partnership.expectations.${k}`),
  ];

  it.each([
    ['fr', fr],
    ['en', en],
  ])('exist in %s', (_, tree) => {
    expect(keys.filter((key) => typeof lookup(tree as Tree, key) !== 'string')).toEqual([]);
  });
});

describe('partnership levels', () => {
  it('score from 1 (information) to 4 (co-construction)', () => {
    expect(levelScore('information')).toBe(1);
    expect(levelScore('co_construction')).toBe(4);
    expect(levelGap('consultation', 'co_construction')).toBe(2);
    expect(levelGap('collaboration', 'collaboration')).toBe(0);
    expect(isLevel('collaboration')).toBe(true);
    expect(isLevel('')).toBe(false);
  });
});

describe('wrapLabel', () => {
  it('wraps on spaces and cuts what does not fit', () => {
    expect(wrapLabel('Plaintes et médiation', 12)).toEqual(['Plaintes et', 'médiation']);
    expect(wrapLabel('Instances', 12)).toEqual(['Instances']);
    expect(wrapLabel('un deux trois quatre', 5, 2)).toEqual(['un', 'deux…']);
  });
});
