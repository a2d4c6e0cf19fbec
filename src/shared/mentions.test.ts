import { describe, expect, it } from 'vitest';
import { mentionedIds, mentionToken, replaceMentions } from './mentions';

const ID = '0B4F3C2E-1D2A-4B5C-8D9E-0F1A2B3C4D5E';
const id = ID.toLowerCase();

describe('mentions', () => {
  it('write a token for names with spaces, accents and brackets', () => {
    expect(mentionToken('Hélène  Le Gall-Dupré', ID)).toBe(`@[Hélène Le Gall-Dupré](${id})`);
    expect(mentionToken('Jo [RU] (CH)', id)).toBe(`@[Jo RU CH](${id})`);
  });

  it('find each mentioned id once, and nothing in look-alikes', () => {
    const body = `${mentionToken('Élodie', id)} et encore @[Élodie](${ID}) ; [lien](${id}) ; @[x](pas-un-id)`;
    expect(mentionedIds(body)).toEqual([id]);
    expect(mentionedIds('Aucune mention, juste un @ et [un](lien).')).toEqual([]);
  });

  it('replace tokens with what the renderer gives', () => {
    expect(replaceMentions(`Merci ${mentionToken('Anne Roy', id)} !`, (name) => `@${name}`)).toBe(
      'Merci @Anne Roy !',
    );
  });
});
