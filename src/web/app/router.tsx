import { createBrowserRouter, type RouteObject } from 'react-router';
import { MODULES } from '../../shared/enums';
import { AcceptInvitationPage } from '../features/auth/components/accept-invitation-page';
import { ForgotPasswordPage } from '../features/auth/components/forgot-password-page';
import { LoginPage } from '../features/auth/components/login-page';
import { ResetPasswordPage } from '../features/auth/components/reset-password-page';
import { LoadingState } from '../components/loading-state';
import { PublicLayout } from './layout/public-layout';
import { BUILT_MODULES, MODULE_ROUTES } from '../lib/module-routes';
import { ErrorContent, RootErrorPage } from './routes/error-page';
import { NotFoundPage } from './routes/not-found-page';
import { AnonymousOnly, RequireAuth } from './routes/require-auth';
import { RequireRole } from './routes/require-role';
import { SessionLayout } from './routes/session-layout';
import { page } from './routes/lazy-page';
import {
  experienceAdminRoutes,
  experienceRoutes,
  kioskRoutes,
} from '../features/experience/experience-routes';

// Communities have their own pages, open to visitors (below), and partnership its own (signed
// in); the other modules show a placeholder.
const moduleRoutes: RouteObject[] = MODULES.filter((code) => !BUILT_MODULES.includes(code)).map(
  (code) => ({
    path: MODULE_ROUTES[code].path,
    ...page(
      () => import('../features/modules/components/module-page'),
      (m) => () => <m.ModulePage code={code} />,
    ),
  }),
);

/** Partnership workshops (issue 6): binômes, levels, results. */
const partnershipRoutes: RouteObject[] = [
  {
    path: MODULE_ROUTES.partnership.path,
    ...page(
      () => import('../features/partnership/components/partnership-page'),
      (m) => m.PartnershipPage,
    ),
  },
  {
    path: '/partenariat/ateliers/nouveau',
    ...page(
      () => import('../features/partnership/components/workshop-form-page'),
      (m) => m.NewWorkshopPage,
    ),
  },
  {
    path: '/partenariat/ateliers/:id',
    ...page(
      () => import('../features/partnership/components/workshop-page'),
      (m) => m.WorkshopPage,
    ),
  },
  {
    path: '/partenariat/ateliers/:id/modifier',
    ...page(
      () => import('../features/partnership/components/workshop-form-page'),
      (m) => m.EditWorkshopPage,
    ),
  },
  {
    path: '/partenariat/ateliers/:id/animation',
    ...page(
      () => import('../features/partnership/components/facilitation-page'),
      (m) => m.FacilitationPage,
    ),
  },
  {
    path: '/partenariat/binomes/:id',
    ...page(
      () => import('../features/partnership/components/binome-page'),
      (m) => m.BinomePage,
    ),
  },
  {
    path: '/partenariat/resultats',
    ...page(
      () => import('../features/partnership/components/results-page'),
      (m) => m.ResultsPage,
    ),
  },
];

const signedInRoutes: RouteObject[] = [
  {
    index: true,
    ...page(
      () => import('../features/home/components/home-page'),
      (m) => m.HomePage,
    ),
  },
  ...moduleRoutes,
  ...partnershipRoutes,
  ...experienceRoutes,
  {
    path: '/etablissements',
    ...page(
      () => import('../features/establishments/components/establishments-page'),
      (m) => m.EstablishmentsPage,
    ),
  },
  {
    path: '/etablissements/nouveau',
    ...page(
      () => import('../features/establishments/components/new-establishment-page'),
      (m) => m.NewEstablishmentPage,
    ),
  },
  {
    path: '/etablissements/:id',
    ...page(
      () => import('../features/establishments/components/establishment-page'),
      (m) => m.EstablishmentPage,
    ),
  },
  {
    path: '/communautes/:slug/modifier',
    ...page(
      () => import('../features/communities/components/community-edit-page'),
      (m) => m.CommunityEditPage,
    ),
  },
  {
    path: '/communautes/:slug/membres',
    ...page(
      () => import('../features/communities/components/members-page'),
      (m) => m.MembersPage,
    ),
  },
  {
    path: '/communautes/:slug/rencontres/nouvelle',
    ...page(
      () => import('../features/communities/components/meeting-form-page'),
      (m) => m.NewMeetingPage,
    ),
  },
  {
    path: '/communautes/:slug/rencontres/:id/modifier',
    ...page(
      () => import('../features/communities/components/meeting-form-page'),
      (m) => m.EditMeetingPage,
    ),
  },
  {
    path: '/communautes/:slug/ressources/nouvelle',
    ...page(
      () => import('../features/communities/components/resource-form-page'),
      (m) => m.NewResourcePage,
    ),
  },
  {
    path: '/communautes/:slug/ressources/:resource/modifier',
    ...page(
      () => import('../features/communities/components/resource-form-page'),
      (m) => m.EditResourcePage,
    ),
  },
  {
    path: '/communautes/:slug/discussions',
    ...page(
      () => import('../features/communities/components/discussions-page'),
      (m) => m.DiscussionsPage,
    ),
  },
  {
    path: '/communautes/:slug/discussions/:id',
    ...page(
      () => import('../features/communities/components/thread-page'),
      (m) => m.ThreadPage,
    ),
  },
  {
    path: '/communautes/:slug/retours-experience/nouveau',
    ...page(
      () => import('../features/communities/components/report-form-page'),
      (m) => m.NewReportPage,
    ),
  },
  {
    path: '/communautes/:slug/retours-experience/:id/modifier',
    ...page(
      () => import('../features/communities/components/report-form-page'),
      (m) => m.EditReportPage,
    ),
  },
  {
    path: '/profil',
    ...page(
      () => import('../features/profile/components/profile-page'),
      (m) => m.ProfilePage,
    ),
  },
  {
    path: '/notifications',
    ...page(
      () => import('../features/notifications/components/notifications-page'),
      (m) => m.NotificationsPage,
    ),
  },
  {
    element: <RequireRole audience="admin" />,
    children: [
      {
        path: '/admin/utilisateurs',
        ...page(
          () => import('../features/users/components/users-page'),
          (m) => m.UsersPage,
        ),
      },
      {
        path: '/admin/audit',
        ...page(
          () => import('../features/audit/components/audit-page'),
          (m) => m.AuditPage,
        ),
      },
      {
        path: '/admin/courriels',
        ...page(
          () => import('../features/outbox/components/outbox-page'),
          (m) => m.OutboxPage,
        ),
      },
      ...experienceAdminRoutes,
      {
        path: '/admin/domaines-partenariat',
        ...page(
          () => import('../features/partnership/components/domains-admin-page'),
          (m) => m.DomainsAdminPage,
        ),
      },
    ],
  },
  {
    element: <RequireRole audience="inviter" />,
    children: [
      {
        path: '/admin/invitations',
        ...page(
          () => import('../features/invitations/components/invitations-page'),
          (m) => m.InvitationsPage,
        ),
      },
    ],
  },
];

/** Community pages: public ones are readable without an account. */
const communityRoutes: RouteObject[] = [
  {
    path: '/recherche',
    ...page(
      () => import('../features/search/components/search-page'),
      (m) => m.SearchPage,
    ),
  },
  {
    path: MODULE_ROUTES.communities.path,
    ...page(
      () => import('../features/communities/components/communities-page'),
      (m) => m.CommunitiesPage,
    ),
  },
  {
    path: '/communautes/:slug',
    ...page(
      () => import('../features/communities/components/community-page'),
      (m) => m.CommunityPage,
    ),
  },
  {
    path: '/communautes/:slug/rencontres',
    ...page(
      () => import('../features/communities/components/meetings-page'),
      (m) => m.MeetingsPage,
    ),
  },
  {
    path: '/communautes/:slug/rencontres/:id',
    ...page(
      () => import('../features/communities/components/meeting-page'),
      (m) => m.MeetingPage,
    ),
  },
  {
    path: '/communautes/:slug/sous-groupes',
    ...page(
      () => import('../features/communities/components/subgroups-page'),
      (m) => m.SubgroupsPage,
    ),
  },
  {
    path: '/communautes/:slug/ressources/:resource',
    ...page(
      () => import('../features/communities/components/resource-page'),
      (m) => m.ResourcePage,
    ),
  },
  {
    path: '/communautes/:slug/retours-experience',
    ...page(
      () => import('../features/communities/components/reports-page'),
      (m) => m.ReportsPage,
    ),
  },
  {
    path: '/communautes/:slug/retours-experience/:id',
    ...page(
      () => import('../features/communities/components/report-page'),
      (m) => m.ReportPage,
    ),
  },
  {
    path: '/retours-experience',
    ...page(
      () => import('../features/communities/components/reports-page'),
      (m) => m.PublishedReportsPage,
    ),
  },
];

export const routes: RouteObject[] = [
  {
    errorElement: <RootErrorPage />,
    // Shown while the first page's code loads.
    hydrateFallbackElement: <LoadingState />,
    children: [
      {
        element: <PublicLayout />,
        errorElement: (
          <PublicLayout>
            <ErrorContent />
          </PublicLayout>
        ),
        children: [
          {
            path: '/connexion',
            element: (
              <AnonymousOnly>
                <LoginPage />
              </AnonymousOnly>
            ),
          },
          { path: '/mot-de-passe-oublie', element: <ForgotPasswordPage /> },
          { path: '/reinitialiser-mot-de-passe', element: <ResetPasswordPage /> },
          { path: '/invitation', element: <AcceptInvitationPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        // Errors of a page render inside the shell, so navigation stays available.
        children: [{ errorElement: <ErrorContent />, children: signedInRoutes }],
      },
      {
        element: <SessionLayout wide />,
        errorElement: <RootErrorPage />,
        children: [{ errorElement: <ErrorContent />, children: communityRoutes }],
      },
      // The kiosk stands alone: no navigation, no account (see features/experience/kiosk).
      ...kioskRoutes,
      { element: <SessionLayout />, children: [{ path: '*', element: <NotFoundPage /> }] },
    ],
  },
];

export const router = createBrowserRouter(routes);
