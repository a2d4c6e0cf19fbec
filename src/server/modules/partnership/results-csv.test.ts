import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ResultRow, Results } from '../../../shared/schemas/partnership';
import { csvCell } from '../../lib/csv';
import { resultsToCsv } from './results-csv';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const shownRow = (n: number, domainName: string): ResultRow => ({
  domainId: uuid(n),
  domainName,
  binomes: 4,
  shown: true,
  meanCurrent: 1.75,
  meanTarget: 3.25,
  current: { information: 2, consultation: 1, collaboration: 1, co_construction: 0 },
  target: { information: 0, consultation: 1, collaboration: 1, co_construction: 2 },
});

const hiddenRow = (n: number, domainName: string): ResultRow => ({
  domainId: uuid(n),
  domainName,
  binomes: 2,
  shown: false,
  meanCurrent: null,
  meanTarget: null,
  current: null,
  target: null,
});

const results: Results = {
  minGroup: 3,
  binomes: 6,
  rows: [
    shownRow(1, 'Événements indésirables et cellule de gestion des risques'),
    shownRow(2, 'Plaintes; réclamations et "médiation"\nsur deux lignes'),
    shownRow(3, '=HYPERLINK("http://exemple.fr")'),
  ],
  bySector: [
    {
      sector: 'sanitaire',
      binomes: 3,
      shown: true,
      rows: [shownRow(1, 'Événements indésirables et cellule de gestion des risques')],
    },
    {
      sector: 'ehpad',
      binomes: 2,
      shown: false,
      rows: [hiddenRow(1, 'Événements indésirables et cellule de gestion des risques')],
    },
    { sector: 'ssiad', binomes: 1, shown: false, rows: [] },
  ],
  storiesTotal: 0,
  stories: [],
};

function table(csv: string, bom = true) {
  return parse(csv, { delimiter: ';', bom, relax_column_count: false }) as string[][];
}

describe('aggregated results as CSV', () => {
  it('is UTF-8 with a BOM, ";" separated, CRLF ended, as French Excel expects', () => {
    const csv = resultsToCsv(results, 'fr');
    expect(csv.startsWith('\ufeffPérimètre;Domaine;Binômes;Remarque;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every line ends in CRLF; the only bare LF is the one inside the quoted domain name.
    expect(csv.replace(/\r\n/g, '').match(/\n/g)).toHaveLength(1);
    const rows = table(csv);
    expect(rows).toHaveLength(1 + 3 + 3);
    expect(rows.every((r) => r.length === 14)).toBe(true);
    expect(rows[0]).toEqual([
      'Périmètre',
      'Domaine',
      'Binômes',
      'Remarque',
      'Niveau moyen actuel (1 à 4)',
      'Niveau moyen cible (1 à 4)',
      'Actuel : Information',
      'Actuel : Consultation',
      'Actuel : Collaboration',
      'Actuel : Co-construction',
      'Cible : Information',
      'Cible : Consultation',
      'Cible : Collaboration',
      'Cible : Co-construction',
    ]);
  });

  it('writes decimal commas in French and points in English', () => {
    const fr = table(resultsToCsv(results, 'fr'));
    expect(fr[1]).toEqual([
      'Tous secteurs',
      'Événements indésirables et cellule de gestion des risques',
      '4',
      '',
      '1,75',
      '3,25',
      '2',
      '1',
      '1',
      '0',
      '0',
      '1',
      '1',
      '2',
    ]);
    const en = table(resultsToCsv(results, 'en'));
    expect(en[0]?.[0]).toBe('Scope');
    expect(en[1]?.slice(0, 6)).toEqual([
      'All sectors',
      'Événements indésirables et cellule de gestion des risques',
      '4',
      '',
      '1.75',
      '3.25',
    ]);
    expect(en[5]?.[0]).toBe('Medico-social – nursing homes (EHPAD)');
  });

  it('quotes separators, quotes and line breaks', () => {
    const csv = resultsToCsv(results, 'fr');
    expect(csv).toContain('"Plaintes; réclamations et ""médiation""\nsur deux lignes"');
    expect(table(csv)[2]?.[1]).toBe('Plaintes; réclamations et "médiation"\nsur deux lignes');
  });

  it('keeps the binôme count of hidden groups but no figure', () => {
    const rows = table(resultsToCsv(results, 'fr'));
    expect(rows[4]?.slice(0, 6)).toEqual([
      'Sanitaire',
      'Événements indésirables et cellule de gestion des risques',
      '4',
      '',
      '1,75',
      '3,25',
    ]);
    expect(rows[5]).toEqual([
      'Médico-social EHPAD',
      'Événements indésirables et cellule de gestion des risques',
      '2',
      'moins de 3 binômes : résultats non affichés',
      ...Array.from({ length: 10 }, () => ''),
    ]);
    expect(rows[6]).toEqual([
      'Médico-social SSIAD',
      '',
      '1',
      'moins de 3 binômes : résultats non affichés',
      ...Array.from({ length: 10 }, () => ''),
    ]);
  });

  it('guards against formula injection', () => {
    const rows = table(resultsToCsv(results, 'fr'));
    expect(rows[3]?.[1]).toBe('\'=HYPERLINK("http://exemple.fr")');
    expect(csvCell('+33 6 00')).toBe("'+33 6 00");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=1;2')).toBe('"\'=1;2"');
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('sans risque')).toBe('sans risque');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(null)).toBe('');
  });
});
