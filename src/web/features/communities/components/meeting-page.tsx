import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ATTENDANCE_STATUSES, type MeetingDetail } from '../../../../shared/schemas/communities';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useCurrentUser } from '../../../lib/auth';
import {
  meetingIcsUrl,
  useAttachMeetingDocument,
  useDetachMeetingDocument,
  useMeeting,
  useSetAttendance,
} from '../api/meetings';
import { useCommunityMembers } from '../api/membership';
import { Markdown } from './markdown';
import { useMeetingFormat } from './meeting-list';
import { useSubgroups } from '../api/subgroups';
import { LinkedDocuments } from './linked-documents';

/** One meeting: when, how, agenda; for members the link, the minutes and who attended. */
export function MeetingPage() {
  const { slug = '', id = '' } = useParams();
  const meeting = useMeeting(slug, id);
  if (meeting.isPending) return <LoadingState />;
  if (meeting.isError)
    return <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  return <Meeting slug={slug} meeting={meeting.data} />;
}

function Meeting({ slug, meeting: m }: { slug: string; meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const subgroups = useSubgroups(slug);
  const subgroup = subgroups.data?.find((s) => s.id === m.subgroupId)?.name;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/communautes/${slug}`} size="sm">
        {t('pages.community.backTo', { title: m.community.title })}
      </Anchor>
      <PageHeader
        title={m.title}
        description={
          subgroup
            ? `${format.line(m)} · ${t('pages.meetings.subgroup', { name: subgroup })}`
            : format.line(m)
        }
        actions={
          <Group gap="sm">
            {m.canEdit && (
              <Button component={Link} to={`/communautes/${slug}/rencontres/${m.id}/modifier`}>
                {t('pages.meeting.edit')}
              </Button>
            )}
            <Button variant="default" component="a" href={meetingIcsUrl(slug, m.id)} download>
              {t('pages.meeting.ics')}
            </Button>
          </Group>
        }
      />
      {(m.link || m.place) && (
        <Text>
          {m.place && `${t('pages.meetingForm.fields.place')} : ${m.place}`}
          {m.link && (
            <Anchor href={m.link} ml={m.place ? 'md' : 0}>
              {t('pages.community.joinVisio')}
            </Anchor>
          )}
        </Text>
      )}
      <section aria-labelledby="ordre-du-jour">
        <Title order={2} size="h3" id="ordre-du-jour" mb="xs">
          {t('pages.meetingForm.fields.agenda')}
        </Title>
        {m.agenda ? (
          <Markdown>{m.agenda}</Markdown>
        ) : (
          <Text c="dimmed">{t('pages.community.none')}</Text>
        )}
      </section>
      {m.minutes !== null && (
        <section aria-labelledby="compte-rendu">
          <Title order={2} size="h3" id="compte-rendu" mb="xs">
            {t('pages.meetingForm.fields.minutes')}
          </Title>
          {m.minutes ? (
            <Markdown>{m.minutes}</Markdown>
          ) : (
            <Text c="dimmed">{t('pages.meeting.noMinutes')}</Text>
          )}
        </section>
      )}
      {(m.documents.length > 0 || m.canEdit) && <MeetingDocuments slug={slug} meeting={m} />}
      {m.attendance !== null && <Attendance slug={slug} meeting={m} />}
    </Stack>
  );
}

function MeetingDocuments({ slug, meeting }: { slug: string; meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const attach = useAttachMeetingDocument(slug, meeting.id);
  const detach = useDetachMeetingDocument(slug, meeting.id);
  return (
    <section aria-labelledby="documents-rencontre">
      <Title order={2} size="h3" id="documents-rencontre" mb="xs">
        {t('linkedDocuments.title')}
      </Title>
      <LinkedDocuments
        slug={slug}
        documents={meeting.documents}
        canEdit={meeting.canEdit}
        attach={attach}
        detach={detach}
        idPrefix="rencontre"
      />
    </section>
  );
}

function Attendance({ slug, meeting }: { slug: string; meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const members = useCommunityMembers(slug);
  const set = useSetAttendance(slug, meeting.id);
  const statusOf = (id: string) =>
    meeting.attendance?.find((a) => a.person.id === id)?.status ?? '';
  const options = [
    { value: '', label: t('pages.meeting.unknown') },
    ...ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t(`enums.attendance.${s}`) })),
  ];
  return (
    <section aria-labelledby="presences">
      <Title order={2} size="h3" id="presences" mb="xs">
        {t('pages.meeting.attendance')}
      </Title>
      {members.isPending ? (
        <LoadingState />
      ) : members.isError ? (
        <QueryError error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fields.name')}</Table.Th>
                <Table.Th scope="col">{t('pages.meeting.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.map(({ person }) => {
                const editable = meeting.canEdit || person.id === user?.id;
                const status = statusOf(person.id);
                return (
                  <Table.Tr key={person.id}>
                    <Table.Td>{person.name}</Table.Td>
                    <Table.Td>
                      {editable ? (
                        <NativeSelect
                          aria-label={t('pages.meeting.statusOf', { name: person.name })}
                          value={status}
                          data={options}
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            if (value)
                              set.mutate({
                                userId: person.id,
                                status: value as (typeof ATTENDANCE_STATUSES)[number],
                              });
                          }}
                          maw="14rem"
                        />
                      ) : status ? (
                        t(`enums.attendance.${status}`)
                      ) : (
                        t('pages.meeting.unknown')
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
