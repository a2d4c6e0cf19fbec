import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/client';
import type { Clock } from '../lib/clock';
import { registerAdminRoutes } from './admin/admin.routes';
import { createAuditService } from './audit/audit.service';
import { createAuthRepository } from './auth/auth.repository';
import { registerAuthRoutes } from './auth/auth.routes';
import { createAuthService } from './auth/auth.service';
import { createCommunitiesRepository } from './communities/communities.repository';
import { registerCommunityRoutes } from './communities/communities.routes';
import { createCommunitiesService } from './communities/communities.service';
import { createMembershipRepository } from './communities/membership.repository';
import { registerMembershipRoutes } from './communities/membership.routes';
import { createMembershipService } from './communities/membership.service';
import { createMeetingsRepository } from './communities/meetings.repository';
import { registerMeetingRoutes } from './communities/meetings.routes';
import { createMeetingsService } from './communities/meetings.service';
import { createResourcesRepository } from './communities/resources.repository';
import { registerResourceRoutes } from './communities/resources.routes';
import { createResourcesService } from './communities/resources.service';
import { createSubgroupsRepository } from './communities/subgroups.repository';
import { registerSubgroupRoutes } from './communities/subgroups.routes';
import { createSubgroupsService } from './communities/subgroups.service';
import { createDiscussionsRepository } from './communities/discussions.repository';
import { registerDiscussionRoutes } from './communities/discussions.routes';
import { createDiscussionsService } from './communities/discussions.service';
import { createDocumentsRepository } from './communities/documents.repository';
import { registerDocumentRoutes } from './communities/documents.routes';
import { createDocumentsService } from './communities/documents.service';
import { createDocumentLinksRepository } from './communities/document-links.repository';
import { createReportsRepository } from './communities/reports.repository';
import { registerReportRoutes } from './communities/reports.routes';
import { createReportsService } from './communities/reports.service';
import { createLocalFileStore } from './communities/file-store';
import { createEstablishmentsRepository } from './establishments/establishments.repository';
import { registerEstablishmentRoutes } from './establishments/establishments.routes';
import { createEstablishmentsService } from './establishments/establishments.service';
import { registerHealthRoutes } from './health/health.routes';
import { createSearchRepository } from './search/search.repository';
import { registerSearchRoutes } from './search/search.routes';
import { createSearchService } from './search/search.service';
import { createInvitationsRepository } from './invitations/invitations.repository';
import { registerInvitationRoutes } from './invitations/invitations.routes';
import { createInvitationsService } from './invitations/invitations.service';
import { createMailService } from './mail/mail.service';
import { createNotificationsRepository } from './notifications/notifications.repository';
import { registerNotificationRoutes } from './notifications/notifications.routes';
import { createNotificationsService } from './notifications/notifications.service';
import { createBinomesRepository } from './partnership/binomes.repository';
import { registerBinomeRoutes } from './partnership/binomes.routes';
import { createBinomesService } from './partnership/binomes.service';
import { createDomainsRepository } from './partnership/domains.repository';
import { registerDomainRoutes } from './partnership/domains.routes';
import { createDomainsService } from './partnership/domains.service';
import { createResultsRepository } from './partnership/results.repository';
import { registerResultsRoutes } from './partnership/results.routes';
import { createResultsService } from './partnership/results.service';
import { createWorkshopsRepository } from './partnership/workshops.repository';
import { registerWorkshopRoutes } from './partnership/workshops.routes';
import { createWorkshopsService } from './partnership/workshops.service';
import { wireExperience } from './experience';
import { createProfileRepository } from './profile/profile.repository';
import { registerProfileRoutes } from './profile/profile.routes';
import { createProfileService } from './profile/profile.service';
import { createUsersRepository } from './users/users.repository';
import { registerUserRoutes } from './users/users.routes';
import { createUsersService } from './users/users.service';

interface ModuleDeps {
  config: Config;
  database: Database;
  secret: string;
  clock: Clock;
  /** Where background-job failures are reported (the app's logger). */
  onJobError?: (error: unknown) => void;
}

/** Builds each module's repository and service from its dependencies, then its routes. */
export function wireModules({ config, database, secret, clock, onJobError }: ModuleDeps) {
  const db = database.db;
  const audit = createAuditService({ db });
  const mail = createMailService({ db, smtpUrl: config.smtpUrl, from: config.mailFrom });
  const notifications = createNotificationsService({
    repo: createNotificationsRepository(db),
    mail,
    publicUrl: config.publicUrl,
    clock,
  });
  const { notify } = notifications;
  const usersRepo = createUsersRepository(db);
  const establishmentsRepo = createEstablishmentsRepository(db);
  const auth = createAuthService({
    db,
    config,
    secret,
    clock,
    repo: createAuthRepository(db),
    users: usersRepo,
    audit,
    mail,
  });
  const establishments = createEstablishmentsService({ repo: establishmentsRepo, audit });
  const communitiesRepo = createCommunitiesRepository(db);
  const membershipRepo = createMembershipRepository(db);
  const membership = createMembershipService({
    communities: communitiesRepo,
    repo: membershipRepo,
    audit,
    mail,
    publicUrl: config.publicUrl,
    notify,
  });
  const documentsRepo = createDocumentsRepository(db);
  const meetings = createMeetingsService({
    communities: communitiesRepo,
    repo: createMeetingsRepository(db),
    mail,
    publicUrl: config.publicUrl,
    clock,
    notify,
    documents: documentsRepo,
    attachments: createDocumentLinksRepository(db, 'meeting'),
  });
  const discussions = createDiscussionsService({
    communities: communitiesRepo,
    repo: createDiscussionsRepository(db),
    notify,
  });
  const documents = createDocumentsService({
    communities: communitiesRepo,
    repo: documentsRepo,
    store: createLocalFileStore(config.filesDir),
    audit,
  });
  const reports = createReportsService({
    communities: communitiesRepo,
    repo: createReportsRepository(db),
    attachments: createDocumentLinksRepository(db, 'report'),
    documents: documentsRepo,
    pilotsOf: membershipRepo.pilotsToNotify,
    notify,
    audit,
    clock,
  });
  const resources = createResourcesService({
    communities: communitiesRepo,
    repo: createResourcesRepository(db),
    audit,
  });
  const subgroups = createSubgroupsService({
    communities: communitiesRepo,
    repo: createSubgroupsRepository(db),
  });
  const communities = createCommunitiesService({
    repo: communitiesRepo,
    audit,
    hasPendingRequest: membership.hasPendingRequest,
  });
  const domainsRepo = createDomainsRepository(db);
  const domains = createDomainsService({ repo: domainsRepo, audit, clock });
  const workshops = createWorkshopsService({
    repo: createWorkshopsRepository(db),
    domains: domainsRepo,
    audit,
    clock,
    notify,
  });
  const binomes = createBinomesService({
    repo: createBinomesRepository(db),
    domains: domainsRepo,
    clock,
  });
  const results = createResultsService({ repo: createResultsRepository(db) });
  const experience = wireExperience({ db, config, clock, audit, onJobError });
  const search = createSearchService({ repo: createSearchRepository(db) });
  const users = createUsersService({ db, repo: usersRepo, audit });
  const invitations = createInvitationsService({
    db,
    config,
    secret,
    clock,
    repo: createInvitationsRepository(db),
    users: usersRepo,
    establishments: establishmentsRepo,
    auth,
    audit,
    mail,
  });
  const profile = createProfileService({
    db,
    users: usersRepo,
    repo: createProfileRepository(db),
    auth,
    audit,
  });

  // Hourly chores: expired sessions, meeting reminders (the day before) and the daily digest of
  // notifications (from 07:00 Paris time, once a day). The timer does not
  // keep the process alive; errors are retried at the next run.
  const sweeper = setInterval(() => {
    void auth.cleanExpiredSessions().catch(() => undefined);
    void meetings.sendReminders(clock.now()).catch(() => undefined);
    void notifications.sendDigests(clock.now()).catch(() => undefined);
  }, 3_600_000);
  sweeper.unref();

  return {
    auth,
    /** Background jobs of the patient-experience module (tests and the demo seed drain them). */
    jobs: experience.jobs,
    registerRoutes(app: FastifyInstance) {
      registerHealthRoutes(app, { database });
      registerAuthRoutes(app, { auth, config });
      registerInvitationRoutes(app, { invitations });
      registerProfileRoutes(app, { profile });
      registerUserRoutes(app, { users });
      registerEstablishmentRoutes(app, { establishments });
      registerAdminRoutes(app, { audit, mail });
      registerCommunityRoutes(app, { communities, publicUrl: config.publicUrl, clock });
      registerMembershipRoutes(app, { membership });
      registerMeetingRoutes(app, { meetings });
      registerResourceRoutes(app, { resources });
      registerSubgroupRoutes(app, { subgroups });
      registerDiscussionRoutes(app, { discussions });
      registerDocumentRoutes(app, { documents, maxUploadBytes: config.maxUploadBytes });
      registerSearchRoutes(app, { search });
      registerNotificationRoutes(app, { notifications });
      registerReportRoutes(app, { reports });
      registerDomainRoutes(app, { domains });
      registerWorkshopRoutes(app, { workshops });
      registerBinomeRoutes(app, { binomes });
      registerResultsRoutes(app, { results });
      experience.register(app);
    },
    async stop() {
      clearInterval(sweeper);
      await experience.jobs.stop();
    },
  };
}
