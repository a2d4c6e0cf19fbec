import { createCommunitiesRepository } from '../../src/server/modules/communities/communities.repository';
import { createDocumentLinksRepository } from '../../src/server/modules/communities/document-links.repository';
import { createDocumentsRepository } from '../../src/server/modules/communities/documents.repository';
import { createMeetingsRepository } from '../../src/server/modules/communities/meetings.repository';
import { createMeetingsService } from '../../src/server/modules/communities/meetings.service';
import { createMailService } from '../../src/server/modules/mail/mail.service';
import type { TestApp } from './test-app';

/** The meetings service on the test app's database, to run the reminder sweep by hand. */
export function meetingsServiceOf(t: TestApp) {
  const db = t.database.db;
  return createMeetingsService({
    communities: createCommunitiesRepository(db),
    repo: createMeetingsRepository(db),
    mail: createMailService({ db, smtpUrl: undefined, from: 'binome@test' }),
    publicUrl: 'http://localhost:3000',
    clock: t.clock,
    documents: createDocumentsRepository(db),
    attachments: createDocumentLinksRepository(db, 'meeting'),
  });
}
