import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Report } from '../../../../shared/schemas/community-reports';
import { ConfirmModal } from '../../../components/confirm-modal';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { problemMessage } from '../../../lib/api-error';
import {
  useAttachDocument,
  useDeleteReport,
  useDetachDocument,
  useReport,
  useReportVisibility,
} from '../api/reports';
import { LinkedDocuments } from './linked-documents';
import { ReportBadges } from './reports-page';

export function ReportPage() {
  const { slug = '', id = '' } = useParams();
  const report = useReport(slug, id);
  if (report.isPending) return <LoadingState />;
  if (report.isError)
    return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  return <ReportView slug={slug} report={report.data} />;
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Title order={2} size="h3" mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** Plain text as written, paragraphs kept. */
const Prose = ({ text }: { text: string }) => {
  const { t } = useTranslation();
  return text ? (
    <Text style={{ whiteSpace: 'pre-line' }}>{text}</Text>
  ) : (
    <Text c="dimmed">{t('common.notSpecified')}</Text>
  );
};

function ReportView({ slug, report }: { slug: string; report: Report }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language, { dateStyle: 'long' });
  const byline = [
    report.establishmentName,
    report.author?.name ?? t('reports.formerMember'),
    report.publishedAt
      ? t('reports.publishedOn', { date: date(report.publishedAt) })
      : t('reports.writtenOn', { date: date(report.createdAt) }),
  ].join(' · ');
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/communautes/${slug}/retours-experience`} size="sm">
        {t('reports.back')}
      </Anchor>
      <PageHeader
        title={report.title}
        description={byline}
        actions={<ReportActions slug={slug} report={report} />}
      />
      <ReportBadges report={report} />
      <Part title={t('reports.fields.whatWasDone')}>
        <Prose text={report.whatWasDone} />
      </Part>
      <Part title={t('reports.fields.withWhom')}>
        <Prose text={report.withWhom} />
      </Part>
      <Part title={t('reports.fields.results')}>
        <Prose text={report.results} />
      </Part>
      <Part title={t('reports.fields.lessons')}>
        <Prose text={report.lessons} />
      </Part>
      {report.contact !== null && (
        <Part title={t('reports.fields.contact')}>
          <Prose text={report.contact} />
          <Text size="sm" c="dimmed">
            {t('reports.contactHint')}
          </Text>
        </Part>
      )}
      <Part title={t('linkedDocuments.title')}>
        <ReportAttachments slug={slug} report={report} />
      </Part>
    </Stack>
  );
}

/** Publish (author), take back (author, pilots), edit and delete (author, pilots). */
function ReportActions({ slug, report }: { slug: string; report: Report }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const visibility = useReportVisibility(slug, report.id);
  const remove = useDeleteReport(slug, report.id);
  const [confirming, setConfirming] = useState(false);
  const { viewer } = report;
  const isPublic = report.visibility === 'public';
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm">
        {!isPublic && viewer.canPublish && (
          <Button loading={visibility.isPending} onClick={() => visibility.mutate('public')}>
            {t('reports.publish')}
          </Button>
        )}
        {isPublic && viewer.canUnpublish && (
          <Button
            variant="outline"
            loading={visibility.isPending}
            onClick={() => visibility.mutate('community')}
          >
            {t('reports.unpublish')}
          </Button>
        )}
        {viewer.canEdit && (
          <>
            <Button
              variant="default"
              component={Link}
              to={`/communautes/${slug}/retours-experience/${report.id}/modifier`}
            >
              {t('common.edit')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
              {t('common.delete')}
            </Button>
          </>
        )}
      </Group>
      {visibility.isError && (
        <Alert color="red" variant="outline" role="alert">
          {problemMessage(visibility.error, t)}
        </Alert>
      )}
      {(viewer.canPublish || viewer.canUnpublish) && (
        <Text size="sm" c="dimmed" maw="24rem" ta="right">
          {isPublic ? t('reports.publicHint') : t('reports.communityHint')}
        </Text>
      )}
      <ConfirmModal
        opened={confirming}
        title={t('reports.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={problemMessage(remove.error, t)}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => void navigate(`/communautes/${slug}/retours-experience`),
          })
        }
      >
        {t('reports.deleteConfirm', { title: report.title })}
      </ConfirmModal>
    </Stack>
  );
}

function ReportAttachments({ slug, report }: { slug: string; report: Report }) {
  const attach = useAttachDocument(slug, report.id);
  const detach = useDetachDocument(slug, report.id);
  return (
    <LinkedDocuments
      slug={slug}
      documents={report.attachments}
      canEdit={report.viewer.canEdit}
      attach={attach}
      detach={detach}
      idPrefix="rex"
    />
  );
}
