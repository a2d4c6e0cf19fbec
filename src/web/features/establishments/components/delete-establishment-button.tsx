import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmModal } from '../../../components/confirm-modal';
import { problemMessage } from '../../../lib/api-error';
import { useDeleteEstablishment } from '../api/delete-establishment';

export function DeleteEstablishmentButton({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useDeleteEstablishment();
  const error = problemMessage(remove.error, t);
  return (
    <>
      <Button color="red.9" variant="outline" onClick={open}>
        {t('common.delete')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={() => {
          remove.reset();
          close();
        }}
        title={t('pages.establishment.deleteTitle')}
        confirmLabel={t('pages.establishment.deleteConfirm')}
        loading={remove.isPending}
        error={error}
        onConfirm={() =>
          remove.mutate(id, {
            onSuccess: () =>
              void navigate('/etablissements', {
                replace: true,
                state: { notice: t('pages.establishment.deleted', { name }) },
              }),
          })
        }
      >
        {t('pages.establishment.deleteBody', { name })}
      </ConfirmModal>
    </>
  );
}
