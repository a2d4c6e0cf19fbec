import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { suggestMapping } from './mapping-guess';
import {
  dedupKey,
  establishmentResolver,
  mapRow,
  parseDate,
  parseScore,
  type ColumnIndexes,
  type RowContext,
} from './row-rules';
import { columnNames } from './sheet-reader';
import { detectDelimiter, FileTextDecoder } from './text-decoding';

const TODAY = '2025-06-15';

describe('import dates', () => {
  it.each([
    ['2025-03-14', 'dmy', '2025-03-14'],
    ['2025-03-14T09:30:00Z', 'dmy', '2025-03-14'],
    ['14/03/2025', 'dmy', '2025-03-14'],
    ['14/03/2025 10:32', 'dmy', '2025-03-14'],
    ['4.3.2025', 'dmy', '2025-03-04'],
    ['03/14/2025', 'mdy', '2025-03-14'],
    ['25/03/14', 'ymd', '2025-03-14'],
    ['14/03/25', 'dmy', '2025-03-14'],
    ['14/03/99', 'dmy', '1999-03-14'],
    ['45730', 'dmy', '2025-03-14'],
  ] as const)('reads %s (%s)', (text, order, expected) => {
    expect(parseDate(text, order, TODAY)).toBe(expected);
  });

  it.each(['31/02/2025', '14/13/2025', 'hier', '2025-3', '01/01/1900', ''])(
    'refuses %j',
    (text) => {
      expect(parseDate(text, 'dmy', TODAY)).toBeNull();
    },
  );

  it('reads Excel date cells and serial numbers', () => {
    expect(parseDate(new Date(Date.UTC(2025, 2, 14, 10, 30)), 'dmy', TODAY)).toBe('2025-03-14');
    expect(parseDate(45730.75, 'dmy', TODAY)).toBe('2025-03-14');
  });
});

describe('import scores', () => {
  it('reads numbers with a decimal comma; empty is absent; anything else is bad', () => {
    expect([4, '4,5', ' 3 ', '-1', '.5', '', '   '].map(parseScore)).toEqual([
      4,
      4.5,
      3,
      -1,
      0.5,
      null,
      null,
    ]);
    expect(['4/5', 'bien', '80 %', '1,2,3'].map(parseScore)).toEqual(['bad', 'bad', 'bad', 'bad']);
  });
});

describe('import rows', () => {
  const columns: ColumnIndexes = {
    text: [0, 1],
    date: 2,
    service: 3,
    establishment: 4,
    stayType: null,
    responseId: 5,
    scores: [{ index: 6, label: 'Note' }],
  };
  const context: RowContext = {
    columns,
    dateOrder: 'dmy',
    today: TODAY,
    defaultEstablishmentId: 'home',
    resolveEstablishment: establishmentResolver(
      [
        { id: 'home', name: 'CH de Nantes', finess: '440000289' },
        { id: 'annex', name: 'Hôpital Saint-Éloi', finess: '2A0000012' },
        { id: 'twin-1', name: 'Clinique du Parc', finess: '440000297' },
        { id: 'twin-2', name: 'Clinique du parc', finess: '440000305' },
        { id: 'far', name: 'Clinique du Lac', finess: '750000017' },
      ],
      (id) => id !== 'far',
    ),
  };

  it('joins the text columns with a blank line and keeps the other values', () => {
    expect(
      mapRow([' Bien ', 'Mais bruyant', '14/03/2025', 'Urgences', '', 'R-12', '4'], context),
    ).toEqual({
      comment: {
        establishmentId: 'home',
        receivedOn: '2025-03-14',
        month: '2025-03-01',
        service: 'Urgences',
        stayType: '',
        text: 'Bien\n\nMais bruyant',
        scores: { Note: 4 },
        responseId: 'R-12',
      },
    });
  });

  it('finds the establishment by FINESS or by its name whatever the case and accents', () => {
    const establishmentOf = (value: string) => {
      const result = mapRow(['Texte', '', '14/03/2025', '', value, '', ''], context);
      return 'comment' in result ? result.comment.establishmentId : result.reason;
    };
    expect(establishmentOf('2a 000 0012')).toBe('annex');
    expect(establishmentOf('HOPITAL SAINT-ELOI')).toBe('annex');
    expect(establishmentOf('Clinique du Lac')).toBe('forbiddenEstablishment');
    // Two establishments share the name: it does not say which one.
    expect(establishmentOf('Clinique du Parc')).toBe('unknownEstablishment');
    expect(establishmentOf('440000297')).toBe('twin-1');
  });

  it('never reports the comment itself as the offending value', () => {
    const long = 'é'.repeat(10_001);
    expect(mapRow([long, '', '14/03/2025', '', '', '', ''], context)).toEqual({
      reason: 'textTooLong',
      value: '10001',
    });
    const value = mapRow(['Texte', '', 'x'.repeat(200), '', '', '', ''], context);
    expect(value).toEqual({ reason: 'badDate', value: 'x'.repeat(80) });
  });

  it('numbers identical rows of a file so that each counts once, at every import', () => {
    const row = mapRow(['RAS', '', '14/03/2025', '', '', '', ''], context);
    if (!('comment' in row)) throw new Error('row rejected');
    const keysOf = () => {
      const seen = new Map<number, number>();
      return [dedupKey(row.comment, 'src', seen), dedupKey(row.comment, 'src', seen)];
    };
    const [first, second] = keysOf();
    expect(first).toMatch(/^row:[0-9a-f]{64}:0$/);
    expect(second).toBe(first?.replace(/:0$/, ':1'));
    expect(keysOf()).toEqual([first, second]);
    const identified = { ...row.comment, responseId: '42' };
    expect(dedupKey(identified, 'src', new Map())).toBe('id:src:42');
  });
});

describe('reading CSV text', () => {
  const decode = async (bytes: Buffer[]) => {
    let text = '';
    for await (const chunk of Readable.from(bytes).pipe(new FileTextDecoder()))
      text += String(chunk);
    return text;
  };

  it('decodes UTF-8, UTF-8 with BOM, UTF-16 and Windows-1252, even cut across chunks', async () => {
    const utf8 = Buffer.from('Séjour – cœur’');
    expect(await decode([utf8.subarray(0, 2), utf8.subarray(2)])).toBe('Séjour – cœur’');
    expect(await decode([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Date')])).toBe('Date');
    expect(await decode([Buffer.from('\ufeffNote;Avis', 'utf16le')])).toBe('Note;Avis');
    expect(
      await decode([
        Buffer.from('Date;Avis\n'),
        Buffer.from([0x63, 0x9c, 0x75, 0x72, 0x20, 0xe9, 0x92]),
      ]),
    ).toBe('Date;Avis\ncœur é’');
  });

  it('chooses the separator of the first line', () => {
    expect(detectDelimiter('Date;Service;"Avis, libre"')).toBe(';');
    expect(detectDelimiter('Date,Service,Avis')).toBe(',');
    expect(detectDelimiter('Date\tService\tAvis; libre')).toBe('\t');
    expect(detectDelimiter('Commentaire')).toBe(',');
  });

  it('names blank and repeated columns', () => {
    expect(columnNames(['Date', '', 'Note', 'note', 'Note', '', ''])).toEqual([
      'Date',
      '#2',
      'Note',
      'note (2)',
      'Note (3)',
    ]);
  });
});

describe('suggested mapping', () => {
  it('guesses from the names and values, or offers the saved mapping when it fits', () => {
    const columns = [
      'N° de réponse',
      'Date de sortie',
      'UF',
      'FINESS',
      'Mode de séjour',
      'Verbatim',
      'Q1',
      'Note en lettres',
      'Âge',
    ];
    const rows = [['1', '01/01/2025', 'Cardio', '440000289', 'HC', 'Bien', '4', 'bien', '71']];
    expect(suggestMapping(columns, rows, null)).toEqual({
      text: ['Verbatim'],
      date: 'Date de sortie',
      dateFormat: 'dmy',
      service: 'UF',
      establishment: 'FINESS',
      stayType: 'Mode de séjour',
      responseId: 'N° de réponse',
      scores: [{ column: 'Q1', label: 'Q1' }],
    });
    const saved = {
      text: ['Verbatim'],
      date: 'Date de sortie',
      dateFormat: 'ymd' as const,
      service: null,
      establishment: null,
      stayType: null,
      responseId: null,
      scores: [],
    };
    expect(suggestMapping(columns, rows, saved)).toBe(saved);
    expect(suggestMapping(columns, rows, { ...saved, date: 'Date de réponse' })?.dateFormat).toBe(
      'dmy',
    );
    expect(suggestMapping(['Colonne A', 'Colonne B'], [], null)).toBeNull();
  });
});
