import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../../../shared/schemas/search';
import { PageHeader } from '../../../components/page-header';
import { PagedResults } from '../../../components/paged-results';
import { useSearch } from '../api/search';
import { HighlightedSnippet } from './highlighted-snippet';

const PAGE_SIZE = 20;

/** Full-text search across community pages, discussions, reports and documents' titles. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = SEARCH_KINDS.find((k) => k === params.get('kind'));
  const community = params.get('community') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const results = useSearch({ q, kind, community, page, pageSize: PAGE_SIZE });

  const update = (next: { q?: string; kind?: string; page?: number }) => {
    const search = new URLSearchParams(params);
    for (const [key, value] of Object.entries({ page: 1, ...next })) {
      if (value && !(key === 'page' && value === 1)) search.set(key, String(value));
      else search.delete(key);
    }
    setParams(search);
  };

  return (
    <>
      <PageHeader
        title={t('pages.search.title')}
        documentTitle={q ? t('pages.search.titleWith', { q }) : undefined}
        description={t('pages.search.description')}
      />
      <SearchForm key={params.toString()} q={q} kind={kind ?? ''} onChange={update} />
      {community && (
        <Text size="sm" mb="sm">
          {t('pages.search.inCommunity')}{' '}
          <Anchor
            component="button"
            type="button"
            onClick={() => {
              const search = new URLSearchParams(params);
              search.delete('community');
              setParams(search);
            }}
          >
            {t('pages.search.everywhere')}
          </Anchor>
        </Text>
      )}
      {q.trim().length < 2 ? (
        <Text c="dimmed">{t('pages.search.hint')}</Text>
      ) : (
        <PagedResults
          query={results}
          emptyTitle={t('pages.search.emptyTitle')}
          empty={t('pages.search.empty')}
          count={(count) => t('pages.search.count', { count })}
          onPage={(next) => update({ page: next })}
        >
          {(items) => (
            <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {items.map((hit) => (
                <li key={`${hit.kind}-${hit.id}`}>
                  <SearchHitCard hit={hit} />
                </li>
              ))}
            </Stack>
          )}
        </PagedResults>
      )}
    </>
  );
}

function SearchForm({
  q,
  kind,
  onChange,
}: {
  q: string;
  kind: string;
  onChange: (next: { q?: string; kind?: string }) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  const kinds = SEARCH_KINDS.map((k: SearchKind) => ({
    value: k,
    label: t(`pages.search.kind.${k}`),
  }));
  return (
    <form
      role="search"
      aria-label={t('pages.search.title')}
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: text.trim() });
      }}
    >
      <Group align="flex-end" gap="sm" mb="lg" wrap="wrap">
        <TextInput
          id="recherche-texte"
          type="search"
          label={t('pages.search.label')}
          description={t('pages.search.syntax')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: '1 1 18rem' }}
        />
        <Button type="submit">{t('common.search')}</Button>
        <NativeSelect
          id="recherche-type"
          label={t('pages.search.kindLabel')}
          value={kind}
          onChange={(event) => onChange({ q: text.trim(), kind: event.currentTarget.value })}
          data={[{ value: '', label: t('pages.search.allKinds') }, ...kinds]}
          style={{ flex: '0 1 14rem' }}
        />
      </Group>
    </form>
  );
}

function SearchHitCard({ hit }: { hit: SearchHit }) {
  const { t, i18n } = useTranslation();
  const isDownload = hit.kind === 'document';
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap={4}>
        <Group gap="xs">
          <Badge variant="light" color="blue" c="dark.8">
            {t(`pages.search.kind.${hit.kind}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {hit.community.title}
            {hit.date &&
              ` · ${new Date(hit.date).toLocaleDateString(i18n.language, {
                dateStyle: 'long',
                timeZone: 'Europe/Paris',
              })}`}
          </Text>
        </Group>
        <Text fw={600}>
          {isDownload ? (
            <Anchor href={hit.link}>{t('pages.search.download', { title: hit.title })}</Anchor>
          ) : (
            <Anchor component={Link} to={hit.link}>
              {hit.kind === 'post' ? t('pages.search.replyIn', { title: hit.title }) : hit.title}
            </Anchor>
          )}
        </Text>
        <HighlightedSnippet snippet={hit.snippet} />
      </Stack>
    </Paper>
  );
}
