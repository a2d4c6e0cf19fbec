import { Anchor, Button, Stack, Tabs } from '@mantine/core';
import { useMemberName } from '../lib/use-member-name';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { BinomeDetail } from '../../../../shared/schemas/partnership';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { binomeFicheUrl, useBinome } from '../api/binomes';
import { workshopPath } from '../lib/paths';
import { ClosedNotice } from './closed-notice';
import { ExpectationsStep } from './expectations-step';
import { RatingsStep } from './ratings-step';
import { ResultsStep } from './results-step';

/** The three steps, with their French names in the address (`?etape=niveaux`). */
const STEPS = ['attentes', 'niveaux', 'resultats'] as const;
type Step = (typeof STEPS)[number];
const isStep = (value: string | null): value is Step => STEPS.includes(value as Step);

/** A binôme's own space: expectations, partnership levels, then results and actions. */
export function BinomePage() {
  const { id = '' } = useParams();
  const binome = useBinome(id);
  if (binome.isPending) return <LoadingState />;
  if (binome.isError)
    return <QueryError error={binome.error} onRetry={() => void binome.refetch()} />;
  return <Binome binome={binome.data} />;
}

function Binome({ binome: b }: { binome: BinomeDetail }) {
  const { t, i18n } = useTranslation();
  const memberName = useMemberName();
  const [params, setParams] = useSearchParams();
  const param = params.get('etape');
  const step: Step = isStep(param) ? param : 'attentes';
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={workshopPath(b.workshop.id)} size="sm">
        {t('partnership.binome.backToWorkshop', { title: b.workshop.title })}
      </Anchor>
      <PageHeader
        title={t('partnership.binome.title', { establishment: b.establishment.name })}
        documentTitle={t('partnership.myBinome.title')}
        description={t('partnership.binome.description', {
          me: b.me.name,
          mySide: t(`partnership.side.${b.me.side}Short`),
          partner: memberName(b.partner),
          partnerSide: t(`partnership.side.${b.partner.side}Short`),
          workshop: b.workshop.title,
        })}
        actions={
          <Button component="a" href={binomeFicheUrl(b.id, i18n.language)} variant="default">
            {t('partnership.binome.pdf')}
          </Button>
        }
      />
      {b.readOnly && <ClosedNotice />}
      <Tabs
        value={step}
        onChange={(value) =>
          setParams(isStep(value) && value !== 'attentes' ? { etape: value } : {})
        }
      >
        <Tabs.List aria-label={t('partnership.binome.steps')}>
          {STEPS.map((s, index) => (
            <Tabs.Tab key={s} value={s}>
              {t('partnership.binome.stepLabel', {
                number: index + 1,
                name: t(`partnership.binome.step.${s}`),
              })}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="attentes" pt="lg">
          <ExpectationsStep binome={b} />
        </Tabs.Panel>
        <Tabs.Panel value="niveaux" pt="lg">
          <RatingsStep binome={b} />
        </Tabs.Panel>
        <Tabs.Panel value="resultats" pt="lg">
          <ResultsStep binome={b} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
