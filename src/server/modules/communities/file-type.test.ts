import { describe, expect, it } from 'vitest';
import { detectDocumentType } from './file-type';

const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
const exe = Buffer.from('MZ\x90\x00\x03\x00\x00\x00');

describe('detectDocumentType', () => {
  it('accepts allowed types whose content matches their extension', () => {
    expect(detectDocumentType(pdf, 'Compte rendu.PDF')).toBe('application/pdf');
    expect(detectDocumentType(png, 'affiche.png')).toBe('image/png');
    expect(detectDocumentType(zip, 'grille.xlsx')).toContain('spreadsheetml');
    expect(detectDocumentType(Buffer.from('nom;service\nA;B\n'), 'liste.csv')).toContain(
      'text/csv',
    );
  });

  it('refuses renamed or unknown content', () => {
    expect(detectDocumentType(exe, 'rapport.pdf')).toBeNull();
    expect(detectDocumentType(pdf, 'image.png')).toBeNull();
    expect(detectDocumentType(zip, 'archive.zip')).toBeNull();
    expect(detectDocumentType(exe, 'notes.txt')).toBeNull();
    expect(detectDocumentType(Buffer.from([0xc3, 0x28]), 'notes.txt')).toBeNull();
    expect(detectDocumentType(Buffer.alloc(0), 'vide.txt')).toBeNull();
  });
});
