import { useTranslation } from 'react-i18next';

/** A binôme member's name, or "ancien membre" once they deleted their account. */
export function useMemberName() {
  const { t } = useTranslation();
  return (member: { name: string | null }) => member.name ?? t('partnership.formerMember');
}
