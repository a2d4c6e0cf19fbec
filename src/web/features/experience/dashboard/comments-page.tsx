import { Alert, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { EstablishmentSelect } from '../../../components/establishment-select';
import { PageHeader } from '../../../components/page-header';
import { PagedResults } from '../../../components/paged-results';
import { useCurrentUser } from '../../../lib/auth';
import { ExperienceNav } from '../components/experience-nav';
import { CommentsSummaryButton } from '../focus-groups/comments-summary';
import { FindingsAside } from '../focus-groups/findings-aside';
import { useEstablishmentParam } from '../lib/use-establishment-param';
import { useDashboard } from './api/get-dashboard';
import { useComments } from './api/list-comments';
import { CommentCard } from './components/comment-card';
import { CommentFilters } from './components/comment-filters';
import { ExportLinks } from './components/export-links';
import { HighlightLegend } from './components/highlighted-text';
import { useCommentFilters } from './lib/use-comment-filters';
import { useFormatters } from './lib/use-formatters';

/** /experience-patient/commentaires: the comments behind the dashboard, filtered and paged. */
export function CommentsPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const user = useCurrentUser();
  const { establishmentId, canRead, keep } = useEstablishmentParam();
  const { filters, update, clear, changeEstablishment, filtered } = useCommentFilters();
  const readable = establishmentId !== null && canRead ? establishmentId : null;
  const comments = useComments(readable, filters);
  // The services offered by the filter are those of the establishment's dashboard.
  const dashboard = useDashboard({ establishmentId: readable ?? undefined }, readable !== null);
  const services = (dashboard.data?.services ?? []).map((s) => s.service).filter(Boolean);
  const isAdmin = user?.platformRole === 'admin';
  const own = user?.establishments ?? [];
  return (
    <Stack gap="lg">
      <div>
        <PageHeader
          title={t('experience.dashboard.list.title')}
          description={t('experience.dashboard.list.description')}
        />
        <ExperienceNav />
      </div>
      {(isAdmin || own.length > 1) && (
        <Group>
          <EstablishmentSelect
            id="commentaires-etablissement"
            label={t('experience.establishment')}
            value={establishmentId ?? ''}
            onChange={(value) => changeEstablishment(value || null)}
            options={isAdmin ? undefined : own}
            required
          />
        </Group>
      )}
      {readable === null ? (
        isAdmin && !establishmentId ? (
          <EmptyState title={t('experience.dashboard.list.chooseTitle')}>
            {t('experience.dashboard.list.choose')}
          </EmptyState>
        ) : (
          <Alert color="gray" variant="outline">
            {t('experience.dashboard.list.reserved')}
          </Alert>
        )
      ) : (
        <>
          <CommentFilters
            filters={filters}
            update={update}
            clear={clear}
            filtered={filtered}
            services={services}
          />
          {/* What focus groups said on the theme, beside what the comments say. */}
          {filters.theme && <FindingsAside establishmentId={readable} theme={filters.theme} />}
          <section aria-label={t('experience.dashboard.list.results')}>
            <Stack gap="sm">
              {(comments.data?.total ?? 0) > 0 && (
                <>
                  <ExportLinks establishmentId={readable} filters={filters} />
                  <CommentsSummaryButton
                    establishmentId={readable}
                    theme={filters.theme}
                    sentiment={filters.sentiment === 'aucun' ? undefined : filters.sentiment}
                    from={filters.from}
                    to={filters.to}
                  />
                </>
              )}
              <PagedResults
                query={comments}
                emptyTitle={
                  filtered
                    ? t('experience.dashboard.list.emptyFilteredTitle')
                    : t('experience.dashboard.list.emptyTitle')
                }
                empty={
                  filtered
                    ? t('experience.dashboard.list.emptyFiltered')
                    : t('experience.dashboard.list.empty')
                }
                count={(total) =>
                  t('experience.dashboard.list.count', { count: total, formatted: f.count(total) })
                }
                onPage={(page) => update({ ...filters, page })}
              >
                {(items) => (
                  <>
                    <HighlightLegend />
                    <Stack
                      component="ul"
                      gap="sm"
                      p={0}
                      m={0}
                      style={{ listStyle: 'none' }}
                      aria-busy={comments.isPlaceholderData}
                    >
                      {items.map((comment) => (
                        <li key={comment.id}>
                          <CommentCard comment={comment} keep={keep} />
                        </li>
                      ))}
                    </Stack>
                  </>
                )}
              </PagedResults>
            </Stack>
          </section>
        </>
      )}
    </Stack>
  );
}
