import { List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BINOME_SIDES, type BinomeSide } from '../../../../shared/enums';
import type { Facilitation } from '../../../../shared/schemas/partnership';

type Grouped = Facilitation['expectations'];

/** After the reveal: every text handed in, professionals and RU side by side, without authors. */
export function GroupedExpectations({ expectations }: { expectations: Grouped }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('partnership.facilitation.anonymous')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {BINOME_SIDES.map((side) => (
          <SideColumn key={side} side={side} texts={expectations[side]} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function SideColumn({ side, texts }: { side: BinomeSide; texts: Grouped[BinomeSide] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`groupe-${side}`}>
      <Title order={3} size="h4" id={`groupe-${side}`} mb="sm">
        {t(`partnership.side.${side}Plural`)}
      </Title>
      <Stack gap="md">
        {(['expectations', 'preconceptions'] as const).map((kind) => (
          <div key={kind}>
            <Title order={4} size="h5" mb={4}>
              {t(`partnership.expectations.${kind}`)}
            </Title>
            {texts[kind].length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('partnership.facilitation.nothingHanded')}
              </Text>
            ) : (
              <List spacing="xs" size="sm">
                {texts[kind].map((text, index) => (
                  <List.Item key={index} style={{ whiteSpace: 'pre-line' }}>
                    {text}
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
