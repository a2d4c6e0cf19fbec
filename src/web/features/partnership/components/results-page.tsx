import { Anchor, Button, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { REGIONS, SECTORS, type Region, type Sector } from '../../../../shared/enums';
import type { Results, ResultsQuery } from '../../../../shared/schemas/partnership';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useEnumOptions } from '../../../lib/enum-options';
import { resultsCsvUrl, useResults } from '../api/results';
import { useWorkshops } from '../api/workshops';
import { partnershipPath } from '../lib/paths';
import { BarChart } from './bar-chart';
import { ResultTable } from './result-table';

/** French words in the address: `?atelier=…&secteur=ehpad&region=bretagne`. */
const PARAMS = { workshopId: 'atelier', sector: 'secteur', region: 'region' } as const;

function useResultsFilters() {
  const [params, setParams] = useSearchParams();
  const sector = params.get(PARAMS.sector) ?? '';
  const region = params.get(PARAMS.region) ?? '';
  const query: ResultsQuery = {
    workshopId: params.get(PARAMS.workshopId) || undefined,
    sector: (SECTORS as readonly string[]).includes(sector) ? (sector as Sector) : undefined,
    region: (REGIONS as readonly string[]).includes(region) ? (region as Region) : undefined,
  };
  const update = (name: keyof ResultsQuery, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(PARAMS[name], value);
    else next.delete(PARAMS[name]);
    setParams(next);
  };
  return { query, update };
}

/** Agreed positions of all binômes, aggregated per domain and sector (small groups hidden). */
export function ResultsPage() {
  const { t } = useTranslation();
  const { query, update } = useResultsFilters();
  const results = useResults(query);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={partnershipPath} size="sm">
        {t('partnership.backToModule')}
      </Anchor>
      <PageHeader
        title={t('partnership.results.title')}
        description={t('partnership.results.description')}
        actions={
          <Button component="a" href={resultsCsvUrl(query)} variant="default">
            {t('partnership.results.csv')}
          </Button>
        }
      />
      <ResultsFilters query={query} onChange={update} />
      {results.isPending ? (
        <LoadingState />
      ) : results.isError ? (
        <QueryError error={results.error} onRetry={() => void results.refetch()} />
      ) : (
        <ResultsView results={results.data} busy={results.isPlaceholderData} />
      )}
    </Stack>
  );
}

function ResultsFilters({
  query,
  onChange,
}: {
  query: ResultsQuery;
  onChange: (name: keyof ResultsQuery, value: string) => void;
}) {
  const { t } = useTranslation();
  const workshops = useWorkshops('all', 1, 100);
  const sectors = useEnumOptions('sector', SECTORS);
  const regions = useEnumOptions('region', REGIONS);
  const all = (label: string) => ({ value: '', label });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="filtres">
      <Title order={2} size="h4" id="filtres" mb="xs">
        {t('partnership.results.filters')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <NativeSelect
          id="resultats-atelier"
          label={t('partnership.results.workshop')}
          value={query.workshopId ?? ''}
          onChange={(e) => onChange('workshopId', e.currentTarget.value)}
          data={[
            all(t('partnership.results.allWorkshops')),
            ...(workshops.data?.items ?? []).map((w) => ({ value: w.id, label: w.title })),
          ]}
        />
        <NativeSelect
          id="resultats-secteur"
          label={t('partnership.results.sector')}
          value={query.sector ?? ''}
          onChange={(e) => onChange('sector', e.currentTarget.value)}
          data={[all(t('partnership.results.allSectors')), ...sectors]}
        />
        <NativeSelect
          id="resultats-region"
          label={t('partnership.results.region')}
          value={query.region ?? ''}
          onChange={(e) => onChange('region', e.currentTarget.value)}
          data={[all(t('partnership.results.allRegions')), ...regions]}
        />
      </SimpleGrid>
    </Paper>
  );
}

function ResultsView({ results: r, busy }: { results: Results; busy: boolean }) {
  const { t } = useTranslation();
  const chart = r.rows.map((row) => ({
    label: row.domainName,
    current: row.shown ? row.meanCurrent : null,
    target: row.shown ? row.meanTarget : null,
  }));
  return (
    <Stack gap="xl" aria-busy={busy}>
      <Text role="status">
        {t('partnership.results.counted', { count: r.binomes })}{' '}
        {t('partnership.results.minGroup', { count: r.minGroup })}
      </Text>
      {r.binomes === 0 ? (
        <EmptyState title={t('partnership.results.emptyTitle')}>
          {t('partnership.results.empty')}
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="par-domaine">
            <Title order={2} size="h3" id="par-domaine" mb="sm">
              {t('partnership.results.byDomain')}
            </Title>
            <Stack gap="md">
              <BarChart data={chart} title={t('partnership.results.chartTitle')} />
              <ResultTable
                rows={r.rows}
                minGroup={r.minGroup}
                caption={t('partnership.results.byDomain')}
              />
            </Stack>
          </section>
          <section aria-labelledby="par-secteur">
            <Title order={2} size="h3" id="par-secteur" mb="sm">
              {t('partnership.results.bySector')}
            </Title>
            <Stack gap="lg">
              {r.bySector.map((s) => {
                const sector = t(`enums.sector.${s.sector}`);
                return (
                  <div key={s.sector}>
                    <Title order={3} size="h4" mb="xs">
                      {s.shown
                        ? t('partnership.results.sectorTitle', { sector, count: s.binomes })
                        : t('partnership.results.sectorTitleHidden', { sector, count: r.minGroup })}
                    </Title>
                    {s.shown ? (
                      <ResultTable
                        rows={s.rows}
                        minGroup={r.minGroup}
                        caption={t('partnership.results.sectorCaption', { sector })}
                      />
                    ) : (
                      <Text>{t('partnership.results.hidden', { count: r.minGroup })}</Text>
                    )}
                  </div>
                );
              })}
            </Stack>
          </section>
        </>
      )}
      <section aria-labelledby="plus-values-agregees">
        <Title order={2} size="h3" id="plus-values-agregees" mb="sm">
          {t('partnership.stories.title')}
        </Title>
        {r.storiesTotal > r.stories.length && (
          <Text size="sm" mb="sm">
            {t('partnership.stories.latestOf', { shown: r.stories.length, count: r.storiesTotal })}
          </Text>
        )}
        {r.stories.length === 0 ? (
          <Text c="dimmed">{t('partnership.stories.emptyAggregated')}</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {r.stories.map((s) => (
              <Paper component="li" key={s.id} withBorder radius="md" p="md">
                <Title order={3} size="h4">
                  {s.title}
                </Title>
                <Text size="sm" c="dimmed" mb={4}>
                  {[
                    s.establishmentName,
                    t(`enums.sector.${s.sector}`),
                    s.domainName,
                    s.workshopTitle,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Text style={{ whiteSpace: 'pre-line' }}>{s.story}</Text>
              </Paper>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
