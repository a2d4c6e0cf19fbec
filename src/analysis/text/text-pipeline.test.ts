import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { markNegation } from './negation';
import { prepareText } from './prepare';
import { segment } from './segment';
import { stem } from './stem';
import { tokenise } from './tokenise';

const words = (text: string): string[] =>
  tokenise(text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm);

describe('tokenise', () => {
  it('folds case and accents, keeps elisions apart and offsets exact', () => {
    const text = "L'équipe était TRÈS gentille";
    const tokens = tokenise(text);
    expect(words(text)).toEqual(["l'", 'equipe', 'etait', 'tres', 'gentille']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('turns digits into a shape so that times and numbers generalise', () => {
    expect(words('rdv à 14h30, 3 heures')).toEqual(['rdv', 'a', '00h00', '0', 'heures']);
  });

  it('splits English contractions into "not"', () => {
    expect(words("nurses weren't rude")).toEqual(['nurses', 'were', 'not', 'rude']);
  });

  it('keeps punctuation as tokens and survives an empty text', () => {
    expect(tokenise('!!!').every((t) => t.kind === 'punct')).toBe(true);
    expect(tokenise('')).toEqual([]);
  });
});

describe('negation', () => {
  const negatedWords = (text: string): string[] => {
    const tokens = tokenise(text);
    const marks = markNegation(tokens);
    return tokens.filter((_, i) => marks[i]).map((t) => t.norm);
  };

  it('marks the words after "pas" and "jamais" up to the end of the clause', () => {
    expect(negatedWords("c'est pas mal, vraiment")).toEqual(['mal']);
    expect(negatedWords("On ne m'a jamais expliqué le traitement. Merci")).toEqual(
      expect.arrayContaining(['explique', 'traitement']),
    );
    expect(negatedWords("On ne m'a jamais expliqué le traitement. Merci")).not.toContain('merci');
  });

  it('closes the scope at a contrastive conjunction', () => {
    expect(negatedWords('pas de douleur mais repas froids')).toEqual(['de', 'douleur']);
  });

  it('gives negated stems their own features', () => {
    const doc = prepareText('pas mal du tout', 'fr');
    expect(doc.terms).toContain('NEG_mal');
    expect(prepareText('très mal', 'fr').terms).toContain('mal');
  });
});

describe('segment', () => {
  const segments = (text: string): string[] => segment(text, tokenise(text)).map((s) => s.text);

  it('splits on sentence punctuation and before "mais" / "par contre"', () => {
    expect(segments('Personnel très gentil mais repas froids; chambre sale')).toEqual([
      'Personnel très gentil',
      'mais repas froids;',
      'chambre sale',
    ]);
    expect(segments('Accueil parfait. Par contre le parking est payant')).toEqual([
      'Accueil parfait.',
      'Par contre le parking est payant',
    ]);
  });

  it('keeps one segment for a single clause and none for punctuation alone', () => {
    expect(segments('Très bon séjour')).toEqual(['Très bon séjour']);
    expect(segments('...')).toEqual([]);
  });

  it('gives offsets into the original text', () => {
    const text = 'Bien reçu.  Mais attente longue';
    for (const s of segment(text, tokenise(text))) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('stem and language', () => {
  it('stems French inflections to one form', () => {
    expect(stem('infirmières', 'fr')).toBe(stem('infirmière', 'fr'));
    expect(stem('expliqué', 'fr')).toBe(stem('expliquer', 'fr'));
  });

  it('stems English with the English stemmer', () => {
    expect(stem('nurses', 'en')).toBe(stem('nurse', 'en'));
  });

  it('detects French and English comments', () => {
    expect(detectLanguage(tokenise('Le personnel était très gentil avec moi et ma fille'))).toBe(
      'fr',
    );
    expect(detectLanguage(tokenise('The staff were very kind to me and my daughter'))).toBe('en');
  });
});
