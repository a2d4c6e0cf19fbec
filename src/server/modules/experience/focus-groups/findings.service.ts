import {
  THEME_FINDINGS_LIMIT,
  type ExperienceAction,
  type Finding,
  type ThemeFinding,
} from '../../../../shared/schemas/experience';
import type { SessionUser } from '../../../../shared/schemas/auth';
import type { ActionStatus } from '../../../../shared/enums';
import type { Clock } from '../../../lib/clock';
import { AppError, forbidden, notFound, type FieldError } from '../../../lib/errors';
import { canReadEstablishment } from '../experience-access';
import type { ModelStore } from '../model-store';
import type { FocusGroupAccess } from './focus-groups-access';
import type { ActionRow, FindingsRepository } from './findings.repository';

// What a focus group found (tagged with the taxonomy) and the actions decided from it.

export const toAction = (row: ActionRow): ExperienceAction => ({
  id: row.id,
  findingId: row.findingId,
  title: row.title,
  theme: row.theme,
  owner: row.owner,
  dueOn: row.dueOn,
  status: row.status as ActionStatus,
  createdAt: row.createdAt.toISOString(),
});

export interface FindingValues {
  text: string;
  themes: string[];
  sentiment: string | null;
}
export interface ActionValues {
  title: string;
  theme: string | null;
  owner: string;
  dueOn: string | null;
  status: ActionStatus;
}
export type ActionChanges = Partial<Omit<ActionValues, 'theme'>>;

const invalid = (errors: FieldError[]) => new AppError(400, 'validation', {}, errors);

export function createFindingsService({
  repo,
  access,
  models,
  clock,
}: {
  repo: FindingsRepository;
  access: FocusGroupAccess;
  models: ModelStore;
  clock: Clock;
}) {
  /**
   * New theme codes must be live themes of the taxonomy; codes the item already carries may stay
   * after a theme was retired or merged (editing the text does not force a re-tagging).
   */
  async function checkThemes(codes: string[], kept: readonly string[] = []) {
    const unique = [...new Set(codes)];
    const live = await repo.liveThemes(unique.filter((c) => !kept.includes(c)));
    const errors = unique.flatMap((code, i) =>
      kept.includes(code) || live.has(code)
        ? []
        : [{ path: `themes.${i}`, key: 'experience.unknownTheme' }],
    );
    if (errors.length > 0) throw invalid(errors);
    return unique;
  }

  async function openFinding(actor: SessionUser, id: string, findingId: string) {
    const group = await access.open(actor, id, 'write');
    const finding = await repo.findFinding(id, findingId);
    if (!finding) throw notFound();
    return { group, finding };
  }

  async function toFinding(id: string, findingId: string): Promise<Finding> {
    const [finding, actions] = await Promise.all([
      repo.findFinding(id, findingId),
      repo.actionsOf(id),
    ]);
    if (!finding) throw notFound();
    return {
      id: finding.id,
      text: finding.text,
      themes: finding.themes,
      sentiment: finding.sentiment,
      actions: actions
        .filter((r) => r.action.findingId === findingId)
        .map((r) => toAction(r.action)),
    };
  }

  /** The theme codes that now mean `theme`: itself and the themes merged into it. */
  async function codesMeaning(theme: string) {
    const [all, map] = await Promise.all([repo.allThemeCodes(), models.themeMap()]);
    return [...new Set([theme, ...all.filter((code) => map([code]).includes(theme))])];
  }

  return {
    async addFinding(actor: SessionUser, id: string, values: FindingValues): Promise<Finding> {
      await access.open(actor, id, 'write');
      const themes = await checkThemes(values.themes);
      const findingId = await repo.insertFinding(id, { ...values, themes });
      return toFinding(id, findingId);
    },

    async updateFinding(
      actor: SessionUser,
      id: string,
      findingId: string,
      values: FindingValues,
    ): Promise<Finding> {
      const { finding } = await openFinding(actor, id, findingId);
      const themes = await checkThemes(values.themes, finding.themes);
      await repo.updateFinding(findingId, { ...values, themes });
      return toFinding(id, findingId);
    },

    /** The finding and the actions decided from it. */
    async removeFinding(actor: SessionUser, id: string, findingId: string): Promise<void> {
      await openFinding(actor, id, findingId);
      await repo.deleteFinding(findingId);
    },

    /** An action from a finding; its theme is the finding's first one unless chosen. */
    async addAction(
      actor: SessionUser,
      id: string,
      findingId: string,
      values: ActionValues,
    ): Promise<ExperienceAction> {
      const { group, finding } = await openFinding(actor, id, findingId);
      const chosen = values.theme;
      if (
        chosen !== null &&
        !finding.themes.includes(chosen) &&
        !(await repo.liveThemes([chosen])).has(chosen)
      )
        throw invalid([{ path: 'theme', key: 'experience.unknownTheme' }]);
      const row = await repo.insertAction({
        ...values,
        theme: chosen ?? finding.themes[0] ?? null,
        establishmentId: group.establishmentId,
        findingId,
        createdBy: actor.id,
      });
      return toAction(row);
    },

    async updateAction(
      actor: SessionUser,
      id: string,
      actionId: string,
      changes: ActionChanges,
    ): Promise<ExperienceAction> {
      await access.open(actor, id, 'write');
      if (!(await repo.findAction(id, actionId))) throw notFound();
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, value]) => value !== undefined),
      ) as ActionChanges;
      const row = await repo.updateAction(actionId, defined, clock.now());
      if (!row) throw notFound();
      return toAction(row);
    },

    async removeAction(actor: SessionUser, id: string, actionId: string): Promise<void> {
      await access.open(actor, id, 'write');
      if (!(await repo.findAction(id, actionId))) throw notFound();
      await repo.deleteAction(actionId);
    },

    /** The establishment's findings on a theme (merged themes included), latest sessions first. */
    async themed(
      actor: SessionUser,
      query: { establishmentId: string; theme?: string },
    ): Promise<ThemeFinding[]> {
      if (!canReadEstablishment(actor, query.establishmentId)) throw forbidden();
      const codes = query.theme ? await codesMeaning(query.theme) : undefined;
      return repo.themedFindings(query.establishmentId, codes, THEME_FINDINGS_LIMIT);
    },
  };
}
export type FindingsService = ReturnType<typeof createFindingsService>;
