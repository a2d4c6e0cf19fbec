import { useTranslation } from 'react-i18next';
import type { PartnershipLevel } from '../../../../shared/enums';

/** Name of a level in the reader's language ("Co-construction"). */
export function useLevelName() {
  const { t } = useTranslation();
  return (level: PartnershipLevel) => t(`partnership.levels.${level}.name`);
}
