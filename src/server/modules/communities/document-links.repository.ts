import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  communityDocuments,
  communityMeetingDocuments,
  communityReportAttachments,
} from '../../db/schema';

// Experience reports and meetings point at documents of their community (attachments): the
// file itself stays in the community's documents, with its versions and its visibility.
const LINKS = {
  report: {
    owner: communityReportAttachments.reportId,
    document: communityReportAttachments.documentId,
  },
  meeting: {
    owner: communityMeetingDocuments.meetingId,
    document: communityMeetingDocuments.documentId,
  },
} as const;
export type DocumentOwner = keyof typeof LINKS;

export function createDocumentLinksRepository(db: Db, kind: DocumentOwner) {
  const link = LINKS[kind];
  const table = kind === 'report' ? communityReportAttachments : communityMeetingDocuments;
  return {
    /** The linked documents among those of the given visibilities, by title. */
    list(ownerId: string, visibilities: string[]) {
      return db
        .select({ id: communityDocuments.id, title: communityDocuments.title })
        .from(table)
        .innerJoin(communityDocuments, eq(communityDocuments.id, link.document))
        .where(and(eq(link.owner, ownerId), inArray(communityDocuments.visibility, visibilities)))
        .orderBy(asc(communityDocuments.title));
    },

    async attach(ownerId: string, documentId: string) {
      if (kind === 'report') {
        await db
          .insert(communityReportAttachments)
          .values({ reportId: ownerId, documentId })
          .onConflictDoNothing();
      } else {
        await db
          .insert(communityMeetingDocuments)
          .values({ meetingId: ownerId, documentId })
          .onConflictDoNothing();
      }
    },

    async detach(ownerId: string, documentId: string) {
      await db.delete(table).where(and(eq(link.owner, ownerId), eq(link.document, documentId)));
    },
  };
}
export type DocumentLinksRepository = ReturnType<typeof createDocumentLinksRepository>;
