import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ReportSummary } from '../../../../shared/schemas/community-reports';
import { PageHeader } from '../../../components/page-header';
import { PagedResults } from '../../../components/paged-results';
import { useCommunity } from '../api/get-community';
import { useReports } from '../api/reports';
import { ReportFilters, useReportFilters } from './report-filters';

const PAGE_SIZE = 10;

export const reportPath = (r: Pick<ReportSummary, 'id' | 'community'>) =>
  `/communautes/${r.community.slug}/retours-experience/${r.id}`;

/** A community's experience reports (members see them all, others the published ones). */
export function ReportsPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const community = useCommunity(slug);
  const isMember = community.data?.viewer.seesContacts ?? false;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/communautes/${slug}`} size="sm">
        {t('reports.backToCommunity', { title: community.data?.title ?? '' })}
      </Anchor>
      <PageHeader
        title={t('reports.title')}
        description={isMember ? t('reports.descriptionMembers') : t('reports.description')}
        actions={
          isMember && (
            <Button component={Link} to={`/communautes/${slug}/retours-experience/nouveau`}>
              {t('reports.new')}
            </Button>
          )
        }
      />
      <ReportList slug={slug} />
    </Stack>
  );
}

/** Reports published across the platform, readable without an account. */
export function PublishedReportsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('reports.publishedTitle')}
        description={t('reports.publishedDescription')}
      />
      <ReportList />
    </>
  );
}

/** Filters, results and pagination; without slug, the platform-wide published reports. */
function ReportList({ slug }: { slug?: string }) {
  const { t } = useTranslation();
  const { filters, query, filtered, update, key } = useReportFilters();
  const list = useReports(slug, { ...query, pageSize: PAGE_SIZE });
  return (
    <>
      <ReportFilters key={key} initial={filters} onChange={update} />
      <PagedResults
        query={list}
        emptyTitle={t('reports.emptyTitle')}
        empty={filtered ? t('reports.emptyFiltered') : t('reports.empty')}
        count={(count) => t('reports.count', { count })}
        onPage={(page) => update({ page })}
      >
        {(items) => (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((report) => (
              <li key={report.id}>
                <ReportCard report={report} showCommunity={!slug} />
              </li>
            ))}
          </Stack>
        )}
      </PagedResults>
    </>
  );
}

function ReportCard({ report, showCommunity }: { report: ReportSummary; showCommunity: boolean }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={6}>
        <Title order={2} size="h4">
          <Anchor component={Link} to={reportPath(report)}>
            {report.title}
          </Anchor>
        </Title>
        <Text size="sm" fw={500}>
          {report.establishmentName}
          {showCommunity && ` · ${report.community.title}`}
        </Text>
        <ReportBadges report={report} />
        <Text size="sm">{report.excerpt}</Text>
      </Stack>
    </Paper>
  );
}

/** Sector, theme, level of partnership and, inside the community, whether it is published. */
export function ReportBadges({ report }: { report: ReportSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge variant="outline" color="blue.9" c="blue.9">
        {t(`enums.sector.${report.sector}`)}
      </Badge>
      <Badge variant="light" color="teal" c="dark.8">
        {t(`reports.theme.${report.theme}`)}
      </Badge>
      <Badge variant="light" color="grape" c="dark.8">
        {t('reports.levelBadge', { level: t(`reports.level.${report.partnershipLevel}`) })}
      </Badge>
      {report.visibility === 'public' ? (
        <Badge variant="light" color="green" c="dark.8">
          {t('reports.published')}
        </Badge>
      ) : (
        <Badge variant="light" color="gray" c="dark.8">
          {t('reports.membersOnly')}
        </Badge>
      )}
    </Group>
  );
}
