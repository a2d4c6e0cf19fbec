import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { ExperienceNav } from '../components/experience-nav';
import { ESTABLISHMENT_PARAM, experiencePaths } from '../lib/paths';
import { useCommentDetail } from './api/comment';
import { CommentSummary } from './components/comment-summary';
import { CorrectionsTable } from './components/corrections-table';
import { RelatedFindings } from './components/related-findings';
import { ReviewForm } from './components/review-form';
import { useDates } from './lib/format';

/** Where "back" goes: the list the reader came from (with its filters), else the comments. */
function useBackLink(establishmentId: string | undefined) {
  const location = useLocation();
  const state = location.state as { back?: unknown } | null;
  if (typeof state?.back === 'string' && state.back.startsWith(experiencePaths.comments)) {
    return state.back;
  }
  return establishmentId
    ? `${experiencePaths.comments}?${ESTABLISHMENT_PARAM}=${establishmentId}`
    : experiencePaths.comments;
}

/** One comment: its words, its analysis, the review form, its corrections, related findings. */
export function CommentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const valid = /^[1-9]\d{0,15}$/.test(id);
  const comment = useCommentDetail(valid ? id : null);
  const dates = useDates();
  const data = valid ? comment.data : undefined;
  const back = useBackLink(data?.establishmentId);
  const keep = data ? `?${ESTABLISHMENT_PARAM}=${data.establishmentId}` : '';
  return (
    <>
      <Anchor component={Link} to={back} size="sm" mb="sm" display="inline-block">
        <span aria-hidden="true">← </span>
        {t('experience.review.comment.back')}
      </Anchor>
      <PageHeader
        title={
          data
            ? t('experience.review.comment.title', { date: dates.day(data.receivedOn) })
            : t('experience.review.comment.titleShort')
        }
      />
      <Stack gap="xl">
        <ExperienceNav />
        {!valid ? (
          <EmptyState title={t('experience.review.comment.notFound')} />
        ) : comment.isPending ? (
          <LoadingState />
        ) : comment.isError ? (
          <QueryError error={comment.error} onRetry={() => void comment.refetch()} />
        ) : (
          <>
            <CommentSummary comment={comment.data} />
            {comment.data.analysed && <ReviewForm key={comment.data.id} comment={comment.data} />}
            <CorrectionsTable corrections={comment.data.corrections} />
            <RelatedFindings findings={comment.data.findings} keep={keep} />
          </>
        )}
      </Stack>
    </>
  );
}
