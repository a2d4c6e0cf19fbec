import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../shared/schemas/admin';
import { ATTENDANCE_STATUSES } from '../../shared/schemas/communities';
import {
  COMMUNITY_STATUSES,
  DELIVERABLE_STATUSES,
  ESTABLISHMENT_ROLES,
  MEETING_MODES,
  RESOURCE_TYPES,
  MODULES,
  NOTIFICATION_KINDS,
  PLATFORM_ROLES,
  REGIONS,
  ROLE_CATEGORIES,
  SECTORS,
} from '../../shared/enums';
import { translations } from './translations';

const { fr, en } = translations;

type Tree = { [key: string]: string | string[] | Tree };

const keysOf = (node: Tree, prefix = ''): string[] =>
  Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' || Array.isArray(value)
      ? [`${prefix}${key}`]
      : keysOf(value, `${prefix}${key}.`),
  );

/** Plural forms (_one/_other) are looked up by their base key. */
const baseKeys = (tree: Tree) => new Set(keysOf(tree).map((k) => k.replace(/_(one|other)$/, '')));

const webRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });

describe('UI translations', () => {
  it('have the same keys in French and English', () => {
    expect(keysOf(en as Tree).sort()).toEqual(keysOf(fr as Tree).sort());
  });

  it('cover every literal key used in the code', () => {
    const known = baseKeys(fr as Tree);
    const used = new Set<string>();
    for (const file of sources(webRoot)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) used.add(match[1] ?? '');
      for (const match of text.matchAll(/label: '((?:nav|modules)\.[\w.]+)'/g))
        used.add(match[1] ?? '');
    }
    const missing = [...used].filter((key) => !known.has(key));
    expect(missing).toEqual([]);
  });

  it('label every value of the shared enums and audit actions', () => {
    const known = baseKeys(fr as Tree);
    const expected = [
      ...SECTORS.map((c) => `enums.sector.${c}`),
      ...ROLE_CATEGORIES.map((c) => `enums.roleCategory.${c}`),
      ...PLATFORM_ROLES.map((c) => `enums.platformRole.${c}`),
      ...ESTABLISHMENT_ROLES.map((c) => `enums.establishmentRole.${c}`),
      ...REGIONS.map((c) => `enums.region.${c}`),
      ...COMMUNITY_STATUSES.map((c) => `enums.communityStatus.${c}`),
      ...DELIVERABLE_STATUSES.map((c) => `enums.deliverableStatus.${c}`),
      ...MEETING_MODES.map((c) => `enums.meetingMode.${c}`),
      ...RESOURCE_TYPES.map((c) => `enums.resourceType.${c}`),
      ...ATTENDANCE_STATUSES.map((c) => `enums.attendance.${c}`),
      ...MODULES.flatMap((c) =>
        ['title', 'summary', 'description', 'features'].map((k) => `modules.${c}.${k}`),
      ),
      ...AUDIT_ACTIONS.map((a) => `audit.${a}`),
      ...NOTIFICATION_KINDS.map((k) => `notifications.kinds.${k}`),
    ];
    expect(expected.filter((key) => !known.has(key))).toEqual([]);
  });
});
