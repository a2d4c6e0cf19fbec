import { Button, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/enums';
import { changeLanguage } from '../../i18n/i18n';

/** FR / EN toggle buttons; the choice is kept in localStorage and sets <html lang>. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => {
        const active = i18n.language === language;
        return (
          <Button
            key={language}
            size="compact-sm"
            variant={active ? 'filled' : 'subtle'}
            aria-pressed={active}
            lang={language}
            onClick={() => void changeLanguage(language)}
          >
            {language.toUpperCase()}
            <VisuallyHidden>{` – ${t(`language.${language}`, { lng: language })}`}</VisuallyHidden>
          </Button>
        );
      })}
    </Group>
  );
}
