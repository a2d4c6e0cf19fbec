import type { RouteObject } from 'react-router';
import { page } from '../../app/routes/lazy-page';
import { experiencePaths as paths } from './lib/paths';

/** Patient experience (issue 5), signed in; the API checks who may see what. */
export const experienceRoutes: RouteObject[] = [
  {
    path: paths.dashboard,
    ...page(
      () => import('./dashboard/dashboard-page'),
      (m) => m.DashboardPage,
    ),
  },
  {
    path: paths.comments,
    ...page(
      () => import('./dashboard/comments-page'),
      (m) => m.CommentsPage,
    ),
  },
  {
    path: '/experience-patient/commentaires/:id',
    ...page(
      () => import('./review/comment-page'),
      (m) => m.CommentPage,
    ),
  },
  {
    path: paths.imports,
    ...page(
      () => import('./imports/imports-page'),
      (m) => m.ImportsPage,
    ),
  },
  {
    path: '/experience-patient/imports/:id',
    ...page(
      () => import('./imports/import-page'),
      (m) => m.ImportPage,
    ),
  },
  {
    path: paths.kiosks,
    ...page(
      () => import('./kiosk/kiosks-page'),
      (m) => m.KiosksPage,
    ),
  },
  {
    path: paths.focusGroups,
    ...page(
      () => import('./focus-groups/focus-groups-page'),
      (m) => m.FocusGroupsPage,
    ),
  },
  {
    path: paths.newFocusGroup,
    ...page(
      () => import('./focus-groups/focus-group-form-page'),
      (m) => m.NewFocusGroupPage,
    ),
  },
  {
    path: '/experience-patient/groupes/:id',
    ...page(
      () => import('./focus-groups/focus-group-page'),
      (m) => m.FocusGroupPage,
    ),
  },
  {
    path: '/experience-patient/groupes/:id/modifier',
    ...page(
      () => import('./focus-groups/focus-group-form-page'),
      (m) => m.EditFocusGroupPage,
    ),
  },
  {
    path: paths.model,
    ...page(
      () => import('./review/model-page'),
      (m) => m.ModelPage,
    ),
  },
];

/** Administrators: the taxonomy of themes. */
export const experienceAdminRoutes: RouteObject[] = [
  {
    path: paths.taxonomy,
    ...page(
      () => import('./taxonomy/taxonomy-page'),
      (m) => m.TaxonomyPage,
    ),
  },
];

/** The kiosk: no account, no layout, works offline (see kiosk/). */
export const kioskRoutes: RouteObject[] = [
  {
    path: '/borne/:token',
    ...page(
      () => import('./kiosk/kiosk-app'),
      (m) => m.KioskApp,
    ),
  },
];
