import { MODULE_ROUTES } from '../../../lib/module-routes';

/** French addresses of the module's pages. */
export const partnershipPath = MODULE_ROUTES.partnership.path;
export const newWorkshopPath = `${partnershipPath}/ateliers/nouveau`;
export const workshopPath = (id: string) => `${partnershipPath}/ateliers/${id}`;
export const editWorkshopPath = (id: string) => `${workshopPath(id)}/modifier`;
export const facilitationPath = (id: string) => `${workshopPath(id)}/animation`;
export const binomePath = (id: string) => `${partnershipPath}/binomes/${id}`;
export const resultsPath = `${partnershipPath}/resultats`;
export const domainsAdminPath = '/admin/domaines-partenariat';
