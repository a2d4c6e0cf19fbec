import { Button, Group, NativeSelect, Paper, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_KINDS, type SourceKind } from '../../../../../shared/schemas/experience';
import { useSentimentLabel, useThemeLabel, useThemes } from '../../lib/themes';
import type { CommentUrlFilters } from '../lib/comment-params';
import { SENTIMENT_ORDER, type SentimentKey } from '../lib/sentiments';
import type { useCommentFilters } from '../lib/use-comment-filters';
import { PeriodField } from './period-field';

const SEARCH_DELAY = 400;

interface CommentFiltersProps {
  filters: CommentUrlFilters;
  update: ReturnType<typeof useCommentFilters>['update'];
  clear: () => void;
  filtered: boolean;
  /** The establishment's services (from its dashboard), the one chosen included. */
  services: string[];
}

/** Period, service, theme, sentiment, source, review and words; applied as they change. */
export function CommentFilters({
  filters,
  update,
  clear,
  filtered,
  services,
}: CommentFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const themes = useThemes();
  const themeLabel = useThemeLabel();
  const sentimentLabel = useSentimentLabel();
  const [text, setText] = useState(filters.q ?? '');
  const [seen, setSeen] = useState(filters.q ?? '');
  if ((filters.q ?? '') !== seen) {
    setSeen(filters.q ?? '');
    setText(filters.q ?? '');
  }
  const search = useDebouncedCallback((q: string) => update({ q: q.trim() }), SEARCH_DELAY);
  const all = (label: string) => ({ value: '', label });
  const order = t('experience.dashboard.filters.periodOrder');
  const serviceOptions = [...services];
  if (filters.service && !serviceOptions.includes(filters.service))
    serviceOptions.unshift(filters.service);
  const themeOptions = (themes.data ?? [])
    .filter((theme) => !theme.mergedInto || theme.code === filters.theme)
    .map((theme) => ({ value: theme.code, label: themeLabel(theme.code) }));
  return (
    <Paper
      component="form"
      role="search"
      aria-labelledby={id}
      withBorder
      radius="md"
      p="md"
      onSubmit={(event) => {
        event.preventDefault();
        search.flush();
      }}
    >
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={id}>
          {t('experience.dashboard.filters.title')}
        </Title>
        {filtered && (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              search.cancel();
              clear();
            }}
          >
            {t('experience.dashboard.filters.clear')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <TextInput
          id="commentaires-recherche"
          type="search"
          label={t('experience.dashboard.filters.search')}
          description={t('experience.dashboard.filters.searchHint')}
          value={text}
          maxLength={200}
          onChange={(event) => {
            setText(event.currentTarget.value);
            search(event.currentTarget.value);
          }}
        />
        <PeriodField
          id="commentaires-du"
          kind="date"
          label={t('experience.dashboard.filters.fromDate')}
          value={filters.from ?? ''}
          validate={(value) => (filters.to && value > filters.to ? order : null)}
          onApply={(value) => update({ from: value || undefined })}
        />
        <PeriodField
          id="commentaires-au"
          kind="date"
          label={t('experience.dashboard.filters.toDate')}
          value={filters.to ?? ''}
          validate={(value) => (filters.from && value < filters.from ? order : null)}
          onApply={(value) => update({ to: value || undefined })}
        />
        <NativeSelect
          id="commentaires-service"
          label={t('experience.dashboard.filters.service')}
          value={filters.service ?? ''}
          onChange={(event) => update({ service: event.currentTarget.value || undefined })}
          data={[
            all(t('experience.dashboard.filters.allServices')),
            ...serviceOptions.map((s) => ({ value: s, label: s })),
          ]}
        />
        <NativeSelect
          id="commentaires-theme"
          label={t('experience.dashboard.filters.theme')}
          value={filters.theme ?? ''}
          onChange={(event) => update({ theme: event.currentTarget.value || undefined })}
          data={[all(t('experience.dashboard.filters.allThemes')), ...themeOptions]}
        />
        <NativeSelect
          id="commentaires-sentiment"
          label={t('experience.dashboard.filters.sentiment')}
          value={filters.sentiment ?? ''}
          onChange={(event) =>
            update({
              sentiment: (event.currentTarget.value || undefined) as SentimentKey | undefined,
            })
          }
          data={[
            all(t('experience.dashboard.filters.allSentiments')),
            ...SENTIMENT_ORDER.map((key) => ({ value: key, label: sentimentLabel(key) })),
          ]}
        />
        <NativeSelect
          id="commentaires-source"
          label={t('experience.dashboard.filters.source')}
          value={filters.sourceKind ?? ''}
          onChange={(event) =>
            update({
              sourceKind: (event.currentTarget.value || undefined) as SourceKind | undefined,
            })
          }
          data={[
            all(t('experience.dashboard.filters.allSources')),
            ...SOURCE_KINDS.map((kind) => ({
              value: kind,
              label: t(`experience.sourceKinds.${kind}`),
            })),
          ]}
        />
        <NativeSelect
          id="commentaires-relu"
          label={t('experience.dashboard.filters.reviewed')}
          value={filters.reviewed ?? ''}
          onChange={(event) =>
            update({
              reviewed: (event.currentTarget.value || undefined) as 'true' | 'false' | undefined,
            })
          }
          data={[
            all(t('experience.dashboard.filters.reviewedAll')),
            { value: 'true', label: t('experience.dashboard.filters.reviewedYes') },
            { value: 'false', label: t('experience.dashboard.filters.reviewedNo') },
          ]}
        />
      </SimpleGrid>
    </Paper>
  );
}
