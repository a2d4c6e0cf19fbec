import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal';
import { problemMessage } from '../../../lib/api-error';

interface Removable {
  id: string;
  title: string;
}

/**
 * The item waiting for confirmation before deletion, and the dialog that asks for it. `ask`
 * opens the dialog (and clears a previous failure); the dialog closes once the deletion worked.
 */
export function useRemoval<T extends Removable>(remove: UseMutationResult<unknown, Error, string>) {
  const [removing, setRemoving] = useState<T | null>(null);
  const ask = (item: T) => {
    remove.reset();
    setRemoving(item);
  };
  const modalProps = { removing, remove, onClose: () => setRemoving(null) };
  return { ask, modalProps };
}

interface RemovalModalProps {
  removing: Removable | null;
  remove: UseMutationResult<unknown, Error, string>;
  onClose: () => void;
  title: string;
  /** The question, given the item's title. */
  message: (title: string) => string;
}

export function RemovalModal({ removing, remove, onClose, title, message }: RemovalModalProps) {
  const { t } = useTranslation();
  return (
    <ConfirmModal
      opened={removing !== null}
      title={title}
      confirmLabel={t('common.delete')}
      loading={remove.isPending}
      error={problemMessage(remove.error, t)}
      onClose={onClose}
      onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: onClose })}
    >
      {removing ? message(removing.title) : ''}
    </ConfirmModal>
  );
}
