import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS, type Sector } from '../../../../shared/enums';
import { useEnumOptions } from '../../../lib/enum-options';

interface EstablishmentFiltersProps {
  q: string;
  sector: Sector | '';
  onSearch: (q: string) => void;
  onSector: (sector: Sector | '') => void;
}

/** Search by name, FINESS or town (submitted), and a sector filter (applied at once). */
export function EstablishmentFilters({ q, sector, onSearch, onSector }: EstablishmentFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  const sectors = useEnumOptions('sector', SECTORS);
  return (
    <form
      role="search"
      aria-label={t('pages.establishments.searchLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <Group align="flex-end" gap="sm" mb="lg" wrap="wrap">
        <TextInput
          id="recherche-etablissements"
          type="search"
          label={t('pages.establishments.search')}
          description={t('pages.establishments.searchHint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: '1 1 16rem' }}
        />
        <Button type="submit" variant="outline">
          {t('common.search')}
        </Button>
        <NativeSelect
          id="filtre-secteur"
          label={t('fields.sector')}
          value={sector}
          onChange={(event) => onSector(event.currentTarget.value as Sector | '')}
          data={[{ value: '', label: t('pages.establishments.allSectors') }, ...sectors]}
          style={{ flex: '0 1 16rem' }}
        />
      </Group>
    </form>
  );
}
