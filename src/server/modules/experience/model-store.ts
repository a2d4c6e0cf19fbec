import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { loadBuiltinModel } from '../../../analysis/builtin';
import { deserialiseModel } from '../../../analysis/model/serialise';
import type { AnalysisModel } from '../../../analysis/model/types';
import type { Db } from '../../db/client';
import { experienceModels, experienceThemes } from '../../db/schema';

// Which model analyses an establishment's comments, and how the taxonomy's edits apply to what
// a model predicts: a merged theme becomes the theme that absorbed it, a retired one is dropped.

export interface ModelChoice {
  /** The establishment's retrained model, or null for the built-in French model. */
  id: string | null;
  model: AnalysisModel;
}

export interface ModelStore {
  modelFor(establishmentId: string): Promise<ModelChoice>;
  /** Maps predicted theme codes through the current taxonomy (merges, retirements). */
  themeMap(): Promise<(codes: readonly string[]) => string[]>;
  /** After a retrain or a taxonomy edit. */
  invalidate(): void;
}

const KEPT_MODELS = 8;

export function createModelStore(db: Db): ModelStore {
  const parsed = new Map<string, AnalysisModel>();
  let mapping: Promise<(codes: readonly string[]) => string[]> | null = null;

  async function loadThemeMap() {
    const rows = await db
      .select({
        code: experienceThemes.code,
        retiredAt: experienceThemes.retiredAt,
        mergedInto: experienceThemes.mergedInto,
      })
      .from(experienceThemes);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    // Follows merge chains (a merged into b, b merged into c) to the live theme, if any.
    const resolve = (code: string, depth = 0): string | null => {
      const row = byCode.get(code);
      if (!row) return code; // a code the taxonomy does not know (e.g. a custom model's): kept
      if (row.mergedInto && depth < 10) return resolve(row.mergedInto, depth + 1);
      return row.retiredAt ? null : code;
    };
    return (codes: readonly string[]) => [
      ...new Set(codes.map((c) => resolve(c)).filter((c): c is string => c !== null)),
    ];
  }

  return {
    async modelFor(establishmentId) {
      const [latest] = await db
        .select({ id: experienceModels.id })
        .from(experienceModels)
        .where(
          and(
            eq(experienceModels.establishmentId, establishmentId),
            eq(experienceModels.status, 'ready'),
            isNotNull(experienceModels.model),
          ),
        )
        .orderBy(desc(experienceModels.finishedAt))
        .limit(1);
      if (!latest) return { id: null, model: loadBuiltinModel('fr') };
      let model = parsed.get(latest.id);
      if (!model) {
        const [row] = await db
          .select({ model: experienceModels.model })
          .from(experienceModels)
          .where(eq(experienceModels.id, latest.id));
        model = deserialiseModel(row!.model!);
        if (parsed.size >= KEPT_MODELS) parsed.delete(parsed.keys().next().value!);
        parsed.set(latest.id, model);
      }
      return { id: latest.id, model };
    },
    themeMap() {
      mapping ??= loadThemeMap();
      return mapping;
    },
    invalidate() {
      mapping = null;
    },
  };
}
