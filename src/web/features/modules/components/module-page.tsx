import { useTranslation } from 'react-i18next';
import type { ModuleCode } from '../../../../shared/enums';
import { ComingSoon } from '../../../components/coming-soon';
import { PageHeader } from '../../../components/page-header';

/** A module of the brief that is not built yet: what it will do, no fake data. */
export function ModulePage({ code }: { code: ModuleCode }) {
  const { t } = useTranslation();
  const features = t(`modules.${code}.features`, { returnObjects: true }) as unknown;
  return (
    <>
      <PageHeader title={t(`modules.${code}.title`)} description={t(`modules.${code}.summary`)} />
      <ComingSoon
        description={t(`modules.${code}.description`)}
        features={Array.isArray(features) ? features.map(String) : []}
      />
    </>
  );
}
