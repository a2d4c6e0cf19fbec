import defaultTaxonomy from './taxonomy.fr.json';

/** A theme of the taxonomy. The code is the stable identifier stored with each comment. */
export interface ThemeDefinition {
  code: string;
  labelFr: string;
  labelEn: string;
  description: string;
}

/** The 16 default French themes (data, so establishments can rename, add or merge themes). */
export const DEFAULT_TAXONOMY: readonly ThemeDefinition[] = defaultTaxonomy;

export const SENTIMENTS_FR = ['positif', 'negatif', 'mixte', 'neutre'] as const;
