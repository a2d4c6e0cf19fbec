import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mentionToken } from '../../../../shared/mentions';
import { useCurrentUser } from '../../../lib/auth';
import { useCommunityMembers } from '../api/membership';

/** Appends a mention token to a text, on its own word. */
export const withMention = (text: string, token: string) =>
  `${text}${text === '' || /\s$/.test(text) ? '' : ' '}${token} `;

/**
 * "Mentionner un membre": a searchable list of the community's members; choosing one adds
 * `@[Name](id)` to the text (shown as @Name once published) and says so to screen readers.
 */
export function MentionPicker({
  slug,
  id,
  onPick,
}: {
  slug: string;
  id: string;
  onPick: (token: string) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const members = useCommunityMembers(slug);
  const [picked, setPicked] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const people = (members.data ?? []).map((m) => m.person).filter((p) => p.id !== me?.id);
  return (
    <div>
      <Select
        id={id}
        label={t('notifications.mention.label')}
        description={t('notifications.mention.description')}
        placeholder={t('notifications.mention.placeholder')}
        nothingFoundMessage={t('notifications.mention.nothing')}
        data={people.map((p) => ({ value: p.id, label: p.name }))}
        value={null}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        clearable={false}
        disabled={members.isPending || members.isError}
        maw="24rem"
        onChange={(value) => {
          const person = people.find((p) => p.id === value);
          if (!person) return;
          onPick(mentionToken(person.name, person.id));
          setPicked(person.name);
          setSearch('');
        }}
      />
      <Text role="status" size="sm" c="dimmed" mt={4}>
        {picked ? t('notifications.mention.inserted', { name: picked }) : ''}
      </Text>
    </div>
  );
}
