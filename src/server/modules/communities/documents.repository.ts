import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { communityDocuments, communityDocumentVersions, users } from '../../db/schema';

export type DocumentRow = typeof communityDocuments.$inferSelect;
type VersionValues = Omit<
  typeof communityDocumentVersions.$inferInsert,
  'id' | 'uploadedAt' | 'version'
>;

export function createDocumentsRepository(db: Db) {
  return {
    list(communityId: string, visibilities: string[]) {
      return db
        .select()
        .from(communityDocuments)
        .where(
          and(
            eq(communityDocuments.communityId, communityId),
            inArray(communityDocuments.visibility, visibilities),
          ),
        )
        .orderBy(asc(communityDocuments.title));
    },

    async find(communityId: string, id: string) {
      const [row] = await db
        .select()
        .from(communityDocuments)
        .where(and(eq(communityDocuments.communityId, communityId), eq(communityDocuments.id, id)));
      return row;
    },

    versions(documentIds: string[]) {
      if (documentIds.length === 0) return Promise.resolve([]);
      return db
        .select({ version: communityDocumentVersions, uploadedBy: users.name })
        .from(communityDocumentVersions)
        .leftJoin(users, eq(users.id, communityDocumentVersions.uploadedBy))
        .where(inArray(communityDocumentVersions.documentId, documentIds))
        .orderBy(desc(communityDocumentVersions.version));
    },

    async version(documentId: string, version?: number) {
      const [row] = await db
        .select()
        .from(communityDocumentVersions)
        .where(
          version === undefined
            ? eq(communityDocumentVersions.documentId, documentId)
            : and(
                eq(communityDocumentVersions.documentId, documentId),
                eq(communityDocumentVersions.version, version),
              ),
        )
        .orderBy(desc(communityDocumentVersions.version))
        .limit(1);
      return row;
    },

    /** A document and its first version, in one transaction. */
    async create(
      document: { communityId: string; title: string; visibility: string },
      file: VersionValues extends infer V ? Omit<V, 'documentId'> : never,
    ) {
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(communityDocuments).values(document).returning();
        if (!row) throw new Error('insert returned no row');
        await tx
          .insert(communityDocumentVersions)
          .values({ ...file, documentId: row.id, version: 1 });
        return row;
      });
    },

    async addVersion(file: VersionValues) {
      return db.transaction(async (tx) => {
        const [last] = await tx
          .select({ n: max(communityDocumentVersions.version) })
          .from(communityDocumentVersions)
          .where(eq(communityDocumentVersions.documentId, file.documentId));
        const version = (last?.n ?? 0) + 1;
        await tx.insert(communityDocumentVersions).values({ ...file, version });
        return version;
      });
    },

    /** Deletes the document; returns the storage keys of its files. */
    async remove(id: string) {
      const keys = await db
        .select({ key: communityDocumentVersions.storageKey })
        .from(communityDocumentVersions)
        .where(eq(communityDocumentVersions.documentId, id));
      await db.delete(communityDocuments).where(eq(communityDocuments.id, id));
      return keys.map((k) => k.key);
    },
  };
}
export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;
