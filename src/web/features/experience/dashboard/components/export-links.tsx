import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EXPORT_MAX_ROWS } from '../../../../../shared/schemas/experience';
import { commentsExportUrl, type CommentUrlFilters } from '../lib/comment-params';

/** The comments of the list (same filters, every page) as a CSV or XLSX file. */
export function ExportLinks({
  establishmentId,
  filters,
}: {
  establishmentId: string;
  filters: CommentUrlFilters;
}) {
  const { t, i18n } = useTranslation();
  const { page: _page, ...rest } = filters;
  const max = new Intl.NumberFormat(i18n.language).format(EXPORT_MAX_ROWS);
  return (
    <Group gap="sm" align="center">
      <Text size="sm" c="dimmed">
        {t('experience.dashboard.export.hint', { max })}
      </Text>
      <Button
        component="a"
        href={commentsExportUrl(establishmentId, rest, 'csv')}
        download
        variant="default"
        size="sm"
      >
        {t('experience.dashboard.export.csv')}
      </Button>
      <Button
        component="a"
        href={commentsExportUrl(establishmentId, rest, 'xlsx')}
        download
        variant="default"
        size="sm"
      >
        {t('experience.dashboard.export.xlsx')}
      </Button>
    </Group>
  );
}
