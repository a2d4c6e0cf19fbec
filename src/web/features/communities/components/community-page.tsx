import { Anchor, Badge, Blockquote, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommunityPage as Community } from '../../../../shared/schemas/communities';
import { DefinitionList } from '../../../components/definition-list';
import { PageHeader } from '../../../components/page-header';
import { DocumentsSection } from './documents-section';
import { JoinPanel } from './join-panel';
import { Markdown } from './markdown';
import { CalendarFeed } from './calendar-feed';
import { MeetingList } from './meeting-list';
import { ResourceCards } from './resource-cards';
import { CommunityRoute } from './community-route';

/** A community's page, section by section as on the structure's web page. */
export function CommunityPage() {
  return (
    <CommunityRoute>{(community) => <CommunityContent community={community} />}</CommunityRoute>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <section aria-labelledby={id} className="community-section">
      <Title order={2} id={id} size="h3" mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

function None() {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('pages.community.none')}</Text>;
}

function CommunityContent({ community: c }: { community: Community }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="community-page">
      <PageHeader
        title={c.title}
        description={c.tagline}
        actions={
          <Group gap="sm" className="no-print">
            {c.viewer.canEdit && (
              <Button component={Link} to={`/communautes/${c.slug}/modifier`}>
                {t('pages.community.edit')}
              </Button>
            )}
            {/* The server draws the A4 PDF; the print stylesheet still serves the browser's own print. */}
            <Button
              variant="default"
              component="a"
              href={`/api/communities/${c.slug}/fiche.pdf?lang=${i18n.language === 'en' ? 'en' : 'fr'}`}
              target="_blank"
              rel="noopener"
              aria-label={t('pages.community.printPdf')}
            >
              {t('pages.community.print')}
            </Button>
            <Button
              variant="subtle"
              component={Link}
              to={`/recherche?community=${encodeURIComponent(c.slug)}`}
            >
              {t('pages.search.searchCommunity')}
            </Button>
          </Group>
        }
      />
      <Stack gap="xl">
        <Section title={t('pages.community.context')}>
          {c.context ? <Markdown>{c.context}</Markdown> : <None />}
        </Section>
        <Section title={t('pages.community.objectives')}>
          {c.objectives.length > 0 ? (
            <>
              <Text mb="xs">{t('pages.community.objectivesIntro')}</Text>
              <List spacing={4}>
                {c.objectives.map((o) => (
                  <List.Item key={o}>{o}</List.Item>
                ))}
              </List>
            </>
          ) : (
            <None />
          )}
          {c.objectivesNote && (
            <Text mt="sm" size="sm">
              {c.objectivesNote}
            </Text>
          )}
          <Anchor
            component={Link}
            to={`/communautes/${c.slug}/sous-groupes`}
            size="sm"
            display="block"
            mt="xs"
            className="no-print"
          >
            {t('pages.subgroups.communityLink')}
          </Anchor>
        </Section>
        {c.definition && (
          <Section title={t('pages.community.definition')}>
            <Blockquote
              color="blue"
              cite={c.definitionSource ? `— ${c.definitionSource}` : undefined}
            >
              {c.definition}
            </Blockquote>
          </Section>
        )}
        <Section title={t('pages.community.audience')}>
          <DefinitionList
            cols={1}
            items={[
              {
                label: t('pages.community.sectors'),
                value:
                  c.audienceSectors.map((s) => t(`enums.sector.${s}`)).join(', ') ||
                  t('common.none'),
              },
              {
                label: t('pages.community.people'),
                value:
                  c.audienceRoles.map((r) => t(`enums.roleCategory.${r}`)).join(', ') ||
                  t('common.none'),
              },
            ]}
          />
        </Section>
        <Section title={t('pages.community.pilots')}>
          {c.pilots.length === 0 ? (
            <None />
          ) : (
            <List spacing={4}>
              {c.pilots.map((p) => (
                <List.Item key={p.name}>
                  <Text span fw={600}>
                    {p.name}
                  </Text>
                  {p.phone && ` – ${t('fields.phone')} : ${p.phone}`}
                  {p.email && (
                    <>
                      {` – ${t('fields.email')} : `}
                      <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor>
                    </>
                  )}
                </List.Item>
              ))}
            </List>
          )}
          {!c.viewer.seesContacts && c.pilots.length > 0 && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('pages.community.contactsForMembers')}
            </Text>
          )}
        </Section>
        <Section title={t('pages.community.contributors')}>
          {c.contributors.length === 0 ? (
            <None />
          ) : (
            <List spacing={2}>
              {c.contributors.map((p, i) => (
                <List.Item key={`${p.name}-${i}`}>
                  {[p.name, p.role, p.organisation].filter(Boolean).join(', ')}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
        <Section title={t('pages.community.partners')}>
          {c.partners.length === 0 ? (
            <None />
          ) : (
            <List spacing={2}>
              {c.partners.map((p) => (
                <List.Item key={p.name}>
                  {p.url ? <Anchor href={p.url}>{p.name}</Anchor> : p.name}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
        <Section title={t('pages.community.deliverables')}>
          {c.deliverables.length === 0 ? (
            <None />
          ) : (
            <List spacing={6}>
              {c.deliverables.map((d) => (
                <List.Item key={d.title}>
                  {d.url ? <Anchor href={d.url}>{d.title}</Anchor> : d.title}{' '}
                  <Badge
                    variant="light"
                    c="dark.8"
                    color={
                      d.status === 'finalise' ? 'green' : d.status === 'abandonne' ? 'gray' : 'blue'
                    }
                  >
                    {t(`enums.deliverableStatus.${d.status}`)}
                  </Badge>
                </List.Item>
              ))}
            </List>
          )}
        </Section>
        <Section title={t('pages.community.modalities')}>
          <Stack gap="sm">
            {c.modalities ? <Markdown>{c.modalities}</Markdown> : <None />}
            <div className="no-print">
              <JoinPanel community={c} />
            </div>
          </Stack>
        </Section>
        <Section title={t('pages.community.meetings')}>
          <Stack gap="sm">
            <MeetingList slug={c.slug} meetings={c.meetings} />
            <Group gap="sm" className="no-print">
              <Button component={Link} to={`/communautes/${c.slug}/rencontres`} variant="default">
                {t('pages.meetings.communityLink')}
              </Button>
              {c.viewer.canEdit && (
                <Button
                  component={Link}
                  to={`/communautes/${c.slug}/rencontres/nouvelle`}
                  variant="outline"
                >
                  {t('pages.community.newMeeting')}
                </Button>
              )}
            </Group>
            {c.viewer.seesContacts && <CalendarFeed slug={c.slug} />}
          </Stack>
        </Section>
        {c.viewer.seesContacts && (
          <Section title={t('pages.community.discussions')}>
            <Anchor component={Link} to={`/communautes/${c.slug}/discussions`} className="no-print">
              {t('pages.community.discussionsLink')}
            </Anchor>
          </Section>
        )}
        <Section title={t('reports.title')}>
          <Anchor
            component={Link}
            to={`/communautes/${c.slug}/retours-experience`}
            className="no-print"
          >
            {t('reports.communityLink')}
          </Anchor>
        </Section>
        <Section title={t('pages.community.documents')}>
          <DocumentsSection community={c} />
        </Section>
        <Section title={t('pages.community.resources')}>
          <Stack gap="sm">
            <ResourceCards slug={c.slug} resources={c.resources} />
            {c.viewer.canEdit && (
              <Button
                component={Link}
                to={`/communautes/${c.slug}/ressources/nouvelle`}
                variant="outline"
                className="no-print"
                style={{ alignSelf: 'flex-start' }}
              >
                {t('pages.resourceForm.add')}
              </Button>
            )}
          </Stack>
        </Section>
      </Stack>
    </article>
  );
}
