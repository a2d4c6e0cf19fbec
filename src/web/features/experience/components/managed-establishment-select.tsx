import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EstablishmentSelect } from '../../../components/establishment-select';
import { useCurrentUser } from '../../../lib/auth';
import { useEstablishmentParam } from '../lib/use-establishment-param';

/**
 * The choice of establishment on the managers' pages (imports, kiosks, model): the ones this
 * person manages as quality manager, every one for administrators; hidden when there is no
 * choice to make.
 */
export function ManagedEstablishmentSelect({
  id,
  onChange,
}: {
  id: string;
  onChange?: (establishmentId: string | null) => void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { establishmentId, setEstablishmentId, canManage } = useEstablishmentParam();
  const isAdmin = user?.platformRole === 'admin';
  const managed = (user?.establishments ?? []).filter((e) => e.role === 'quality_manager');
  if (!isAdmin && managed.length < 2 && (canManage || managed.length === 0)) return null;
  return (
    <Paper maw="28rem">
      <EstablishmentSelect
        id={id}
        label={t('experience.establishment')}
        value={establishmentId ?? ''}
        onChange={(value) => {
          setEstablishmentId(value || null);
          onChange?.(value || null);
        }}
        options={isAdmin ? undefined : managed}
        required
      />
    </Paper>
  );
}
