import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES } from '../../../../../shared/enums';
import {
  PARTICIPANT_PROFILES,
  PATHWAYS,
  type ParticipantProfile,
} from '../../../../../shared/schemas/experience';

/** Labels of the focus groups' codes (pathways, profiles, action statuses) and dates. */
export function useFocusGroupLabels() {
  const { t, i18n } = useTranslation();
  const pathway = (code: string) => t(`experience.focusGroups.pathways.${code}`);
  const profile = (code: string) => t(`experience.focusGroups.profiles.${code}`);
  const status = (code: string) => t(`experience.focusGroups.actionStatus.${code}`);
  return {
    pathway,
    profile,
    status,
    pathwayOptions: PATHWAYS.map((code) => ({ value: code, label: pathway(code) })),
    profileOptions: PARTICIPANT_PROFILES.map((code) => ({ value: code, label: profile(code) })),
    statusOptions: ACTION_STATUSES.map((code) => ({ value: code, label: status(code) })),
    /** "4 patients", "1 proche"… */
    profileCount: (p: Pick<ParticipantProfile, 'profile' | 'count'>) =>
      t(`experience.focusGroups.profileCounts.${p.profile}`, { count: p.count }),
    /** A day ("2025-03-14") in the reader's language, e.g. "14 mars 2025". */
    day: (iso: string, style: 'long' | 'medium' = 'long') =>
      new Date(`${iso}T12:00:00`).toLocaleDateString(i18n.language, { dateStyle: style }),
  };
}
