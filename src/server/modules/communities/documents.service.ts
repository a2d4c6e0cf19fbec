import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { SessionUser } from '../../../shared/schemas/auth';
import type {
  CommunityDocument,
  DocumentVisibility,
} from '../../../shared/schemas/community-documents';
import { AppError, fieldProblem, forbidden, notFound } from '../../lib/errors';
import type { AuditService } from '../audit/audit.service';
import type { CommunitiesRepository } from './communities.repository';
import { openCommunity, type CommunityAccess } from './community-access';
import type { DocumentsRepository } from './documents.repository';
import type { FileStore } from './file-store';
import { detectDocumentType } from './file-type';

export interface Upload {
  fileName: string;
  content: Buffer;
}

/** What each reader may download: visitors public files, members theirs, pilots everything. */
export function visibleTo(access: CommunityAccess): DocumentVisibility[] {
  if (access.canEdit) return ['public', 'members', 'pilots'];
  if (access.isMember) return ['public', 'members'];
  return ['public'];
}

/** A document of this community that the writer may see, to attach to a report or a meeting. */
export async function linkableDocument(
  repo: DocumentsRepository,
  communityId: string,
  access: CommunityAccess,
  documentId: string,
) {
  const document = await repo.find(communityId, documentId);
  if (!document || !(visibleTo(access) as string[]).includes(document.visibility))
    throw fieldProblem('documentId', 'validation.invalid');
  return document;
}

const unsupported = () =>
  new AppError(415, 'fileType', {}, [{ path: 'file', key: 'problem.fileType' }]);

export function createDocumentsService({
  communities,
  repo,
  store,
  audit,
}: {
  communities: CommunitiesRepository;
  repo: DocumentsRepository;
  store: FileStore;
  audit: AuditService;
}) {
  /** Checks the content, stores it under a server-made key, and returns the version's fields. */
  async function keep(upload: Upload, actor: SessionUser, communityId: string) {
    // Only the last path segment of a browser-sent name is kept, and control characters go.
    const fileName = (upload.fileName.split(/[\\/]/).pop() ?? '')
      .replace(/[\p{Cc}"]/gu, '')
      .slice(0, 200);
    const mimeType = detectDocumentType(upload.content, fileName);
    if (!fileName || !mimeType) throw unsupported();
    const storageKey = `communities/${communityId}/${randomUUID()}`;
    await store.put(storageKey, upload.content);
    return {
      fileName,
      mimeType,
      size: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      storageKey,
      uploadedBy: actor.id,
    };
  }

  async function toDtos(
    rows: { id: string; title: string; visibility: string; createdAt: Date }[],
  ) {
    const versions = await repo.versions(rows.map((r) => r.id));
    return rows.map((d): CommunityDocument => ({
      id: d.id,
      title: d.title,
      visibility: d.visibility as DocumentVisibility,
      createdAt: d.createdAt.toISOString(),
      versions: versions
        .filter((v) => v.version.documentId === d.id)
        .map(({ version: v, uploadedBy }) => ({
          version: v.version,
          fileName: v.fileName,
          mimeType: v.mimeType,
          size: v.size,
          uploadedBy,
          uploadedAt: v.uploadedAt.toISOString(),
        })),
    }));
  }

  return {
    async list(actor: SessionUser | null, slug: string): Promise<CommunityDocument[]> {
      const { row, access } = await openCommunity(communities, actor, slug);
      return toDtos(await repo.list(row.id, visibleTo(access)));
    },

    /** Members share documents with members; only pilots publish or restrict them. */
    async upload(
      actor: SessionUser,
      slug: string,
      fields: { title: string; visibility: DocumentVisibility },
      upload: Upload,
    ): Promise<CommunityDocument> {
      const { row, access } = await openCommunity(communities, actor, slug);
      if (!access.isMember) throw forbidden();
      if (fields.visibility !== 'members' && !access.canEdit) throw forbidden();
      const file = await keep(upload, actor, row.id);
      const document = await repo.create({ communityId: row.id, ...fields }, file);
      await audit.record({
        action: 'community.document_uploaded',
        actorId: actor.id,
        targetType: 'community',
        targetId: row.id,
        details: { documentId: document.id, version: 1 },
      });
      const [dto] = await toDtos([document]);
      return dto!;
    },

    /** A new version: by the pilots, or by whoever uploaded the first one. */
    async addVersion(actor: SessionUser, slug: string, id: string, upload: Upload) {
      const { row, access } = await openCommunity(communities, actor, slug);
      const document = await repo.find(row.id, id);
      if (!document || !visibleTo(access).includes(document.visibility as DocumentVisibility))
        throw notFound();
      const first = await repo.version(id, 1);
      if (!access.canEdit && first?.uploadedBy !== actor.id) throw forbidden();
      const version = await repo.addVersion({
        ...(await keep(upload, actor, row.id)),
        documentId: id,
      });
      await audit.record({
        action: 'community.document_uploaded',
        actorId: actor.id,
        targetType: 'community',
        targetId: row.id,
        details: { documentId: id, version },
      });
      const [dto] = await toDtos([document]);
      return dto!;
    },

    async download(
      actor: SessionUser | null,
      slug: string,
      id: string,
      version?: number,
    ): Promise<{ fileName: string; mimeType: string; size: number; stream: Readable }> {
      const { row, access } = await openCommunity(communities, actor, slug);
      const document = await repo.find(row.id, id);
      // A document the reader may not see does not exist for them.
      if (!document || !visibleTo(access).includes(document.visibility as DocumentVisibility))
        throw notFound();
      const file = await repo.version(id, version);
      if (!file) throw notFound();
      return { ...file, stream: store.get(file.storageKey) };
    },

    async remove(actor: SessionUser, slug: string, id: string): Promise<void> {
      const { row, access } = await openCommunity(communities, actor, slug);
      if (!access.canEdit) throw forbidden();
      if (!(await repo.find(row.id, id))) throw notFound();
      for (const key of await repo.remove(id)) await store.remove(key);
      await audit.record({
        action: 'community.document_deleted',
        actorId: actor.id,
        targetType: 'community',
        targetId: row.id,
        details: { documentId: id },
      });
    },
  };
}
export type DocumentsService = ReturnType<typeof createDocumentsService>;
