// The patient-experience module's wording, one file per part (so the parts can grow apart), all
// under the `experience.` prefix of the translation namespace.
import commonEn from './common.en.json';
import commonFr from './common.fr.json';
import dashboardEn from './dashboard.en.json';
import dashboardFr from './dashboard.fr.json';
import focusGroupsEn from './focusGroups.en.json';
import focusGroupsFr from './focusGroups.fr.json';
import importsEn from './imports.en.json';
import importsFr from './imports.fr.json';
import kioskEn from './kiosk.en.json';
import kioskFr from './kiosk.fr.json';
import reviewEn from './review.en.json';
import reviewFr from './review.fr.json';
import taxonomyEn from './taxonomy.en.json';
import taxonomyFr from './taxonomy.fr.json';

export const experienceFr = {
  ...commonFr,
  imports: importsFr,
  kiosk: kioskFr,
  dashboard: dashboardFr,
  review: reviewFr,
  taxonomy: taxonomyFr,
  focusGroups: focusGroupsFr,
};

export const experienceEn = {
  ...commonEn,
  imports: importsEn,
  kiosk: kioskEn,
  dashboard: dashboardEn,
  review: reviewEn,
  taxonomy: taxonomyEn,
  focusGroups: focusGroupsEn,
};
