import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type FormActionsProps = {
  /** The submit button shows a spinner while the form is sent. */
  loading?: boolean;
  /** Submit label; "Enregistrer" by default. */
  submitLabel?: string;
} & ({ cancelTo: string; onCancel?: never } | { onCancel: () => void; cancelTo?: never });

/** The row closing a form: submit, then "Annuler" as a link back or a button. */
export function FormActions({ loading, submitLabel, cancelTo, onCancel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Button type="submit" loading={loading}>
        {submitLabel ?? t('common.save')}
      </Button>
      {cancelTo !== undefined ? (
        <Button variant="default" component={Link} to={cancelTo}>
          {t('common.cancel')}
        </Button>
      ) : (
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
    </Group>
  );
}
