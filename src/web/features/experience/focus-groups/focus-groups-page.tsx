import { Anchor, Button, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { FocusGroupSummary } from '../../../../shared/schemas/experience';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { PagedResults } from '../../../components/paged-results';
import { useCurrentUser } from '../../../lib/auth';
import { ExperienceNav } from '../components/experience-nav';
import { ESTABLISHMENT_PARAM, experiencePaths } from '../lib/paths';
import { useFocusGroups } from './api/focus-groups';
import { EstablishmentFilter } from './components/establishment-filter';
import { useFocusGroupLabels } from './lib/labels';
import { canPlanFocusGroups } from './lib/roles';

const PAGE_SIZE = 20;

/** The sessions of the reader's establishments (or of the one in the address), latest first. */
export function FocusGroupsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  // Without the parameter: the sessions of all the reader's establishments.
  const establishmentId = params.get(ESTABLISHMENT_PARAM) || null;
  const page = Math.max(1, Math.trunc(Number(params.get('page'))) || 1);
  const setPage = (next: number) => {
    const search = new URLSearchParams(params);
    if (next > 1) search.set('page', String(next));
    else search.delete('page');
    setParams(search);
  };
  const setEstablishment = (id: string | null) => {
    const search = new URLSearchParams();
    if (id) search.set(ESTABLISHMENT_PARAM, id);
    setParams(search);
  };
  const keep = establishmentId ? `?${ESTABLISHMENT_PARAM}=${establishmentId}` : '';
  const hasScope = user?.platformRole === 'admin' || (user?.establishments.length ?? 0) > 0;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('experience.focusGroups.title')}
        description={t('experience.focusGroups.intro')}
        actions={
          canPlanFocusGroups(user) && (
            <Button component={Link} to={experiencePaths.newFocusGroup + keep}>
              {t('experience.focusGroups.plan')}
            </Button>
          )
        }
      />
      <ExperienceNav />
      {hasScope ? (
        <>
          <EstablishmentFilter value={establishmentId ?? ''} onChange={setEstablishment} />
          <FocusGroupList
            establishmentId={establishmentId}
            page={page}
            onPage={setPage}
            showEstablishment={!establishmentId}
          />
        </>
      ) : (
        <EmptyState title={t('experience.focusGroups.list.noAccessTitle')}>
          {t('experience.noEstablishment')}
        </EmptyState>
      )}
    </Stack>
  );
}

function FocusGroupList(props: {
  establishmentId: string | null;
  page: number;
  onPage: (page: number) => void;
  showEstablishment: boolean;
}) {
  const { t } = useTranslation();
  const list = useFocusGroups(props.establishmentId, props.page, PAGE_SIZE);
  return (
    <PagedResults
      query={list}
      emptyTitle={t('experience.focusGroups.list.emptyTitle')}
      empty={t('experience.focusGroups.list.empty')}
      count={(count) => t('experience.focusGroups.list.count', { count })}
      onPage={props.onPage}
    >
      {(items) => <FocusGroupTable items={items} showEstablishment={props.showEstablishment} />}
    </PagedResults>
  );
}

function FocusGroupTable({
  items,
  showEstablishment,
}: {
  items: FocusGroupSummary[];
  showEstablishment: boolean;
}) {
  const { t } = useTranslation();
  const labels = useFocusGroupLabels();
  const column = (key: string) => t(`experience.focusGroups.list.columns.${key}`);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder striped bg="white" verticalSpacing="sm">
        <Table.Caption>{t('experience.focusGroups.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{column('heldOn')}</Table.Th>
            <Table.Th scope="col">{column('title')}</Table.Th>
            <Table.Th scope="col">{column('pathway')}</Table.Th>
            {showEstablishment && <Table.Th scope="col">{column('establishment')}</Table.Th>}
            <Table.Th scope="col" ta="right">
              {column('participants')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {column('findings')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((g) => (
            <Table.Tr key={g.id}>
              <Table.Td>{labels.day(g.heldOn, 'medium')}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={experiencePaths.focusGroup(g.id)}>
                  {g.title}
                </Anchor>
              </Table.Th>
              <Table.Td>{labels.pathway(g.pathway)}</Table.Td>
              {showEstablishment && <Table.Td>{g.establishmentName}</Table.Td>}
              <Table.Td ta="right">{g.participants}</Table.Td>
              <Table.Td ta="right">{g.findings}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
