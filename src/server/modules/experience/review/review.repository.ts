import { and, arrayOverlaps, asc, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import {
  experienceComments,
  experienceCorrections,
  experienceFindings,
  experienceFocusGroups,
  experienceSources,
  experienceThemes,
  users,
} from '../../../db/schema';

const c = experienceComments;
const k = experienceCorrections;

/** Findings shown beside one comment: enough to read, the focus group has the rest. */
const FINDINGS_SHOWN = 20;

export function createReviewRepository(db: DbOrTx) {
  return {
    async findComment(id: number, tx: DbOrTx = db) {
      const [row] = await tx
        .select({
          id: c.id,
          establishmentId: c.establishmentId,
          receivedOn: c.receivedOn,
          month: c.month,
          service: c.service,
          stayType: c.stayType,
          text: c.text,
          analysedAt: c.analysedAt,
          sentiment: c.sentiment,
          themes: c.themes,
          segments: c.segments,
          scores: c.scores,
          helped: c.helped,
          reviewedAt: c.reviewedAt,
          source: {
            id: experienceSources.id,
            kind: experienceSources.kind,
            name: experienceSources.name,
          },
        })
        .from(c)
        .innerJoin(experienceSources, eq(experienceSources.id, c.sourceId))
        .where(eq(c.id, id));
      return row;
    },

    /** The comment's corrections, newest first, with the name of who made them. */
    corrections(commentId: number) {
      return db
        .select({ correction: k, name: users.name })
        .from(k)
        .leftJoin(users, eq(users.id, k.correctedBy))
        .where(eq(k.commentId, commentId))
        .orderBy(desc(k.correctedAt), desc(k.id));
    },

    /** Findings of the establishment's focus groups tagged with one of `themes`. */
    findings(establishmentId: string, themes: readonly string[]) {
      if (themes.length === 0) return Promise.resolve([]);
      const f = experienceFindings;
      const g = experienceFocusGroups;
      return db
        .select({
          id: f.id,
          focusGroupId: g.id,
          focusGroupTitle: g.title,
          text: f.text,
          themes: f.themes,
        })
        .from(f)
        .innerJoin(g, eq(g.id, f.focusGroupId))
        .where(and(eq(g.establishmentId, establishmentId), arrayOverlaps(f.themes, [...themes])))
        .orderBy(desc(g.heldOn), asc(g.id), asc(f.position), asc(f.id))
        .limit(FINDINGS_SHOWN);
    },

    /** Themes a person may choose in a review (not retired, hence not merged), in order. */
    liveThemes() {
      return db
        .select({ code: experienceThemes.code })
        .from(experienceThemes)
        .where(isNull(experienceThemes.retiredAt))
        .orderBy(asc(experienceThemes.position), asc(experienceThemes.code));
    },

    /** Keeps the correction (before/after, who, when) and the new values on the comment. */
    async saveReview(
      comment: { id: number; establishmentId: string; themes: string[]; sentiment: string | null },
      after: { themes: string[]; sentiment: string },
      by: { userId: string; at: Date },
      tx: DbOrTx = db,
    ) {
      await tx.insert(k).values({
        commentId: comment.id,
        establishmentId: comment.establishmentId,
        themesBefore: comment.themes,
        sentimentBefore: comment.sentiment,
        themesAfter: after.themes,
        sentimentAfter: after.sentiment,
        correctedBy: by.userId,
        correctedAt: by.at,
      });
      await tx
        .update(c)
        .set({ themes: after.themes, sentiment: after.sentiment, reviewedAt: by.at })
        .where(eq(c.id, comment.id));
    },
  };
}
export type ReviewRepository = ReturnType<typeof createReviewRepository>;
export type CommentRow = NonNullable<Awaited<ReturnType<ReviewRepository['findComment']>>>;
