import PDFDocument from 'pdfkit';
import type { Language } from '../../../shared/enums';
import type { CommunityPage } from '../../../shared/schemas/communities';
import { label } from '../../lib/labels';
import { markdownBlocks, toWinAnsi } from '../../lib/pdf-text';

// "Imprimer cette fiche": the community page as a clean A4 document, drawn on the server so that
// it looks the same whatever the browser. It shows what the viewer may see on the page (pilots'
// contacts only for members: the page DTO already hides them from others).

const MARGIN = 56; // 2 cm
const INK = '#1a1b1e';
const MUTED = '#5c5f66';
const ACCENT = '#1c4f9c';
const PARIS = 'Europe/Paris';

type Doc = InstanceType<typeof PDFDocument>;

interface PdfOptions {
  language: Language;
  pageUrl: string;
  generatedAt: Date;
}

function writer(doc: Doc, language: Language) {
  const width = doc.page.width - 2 * MARGIN;
  const text = (value: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc.text(toWinAnsi(value), { width, ...options });

  return {
    t: (key: string, values?: Record<string, string | number>) => label(language, key, values),
    heading(title: string) {
      // Keep a heading with at least a few lines of its section.
      if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
      doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor(ACCENT);
      text(title);
      const y = doc.y + 2;
      doc
        .moveTo(MARGIN, y)
        .lineTo(MARGIN + width, y)
        .lineWidth(0.5)
        .strokeColor(ACCENT)
        .stroke();
      doc.moveDown(0.5).font('Helvetica').fontSize(10.5).fillColor(INK);
    },
    markdown(value: string) {
      for (const block of markdownBlocks(value)) {
        if (block.kind === 'bullet') this.bullets([block.text]);
        else if (block.kind === 'quote') {
          doc.font('Helvetica-Oblique').fillColor(MUTED);
          text(block.text, { indent: 12 });
          doc.font('Helvetica').fillColor(INK).moveDown(0.4);
        } else if (block.kind === 'heading') {
          doc.font('Helvetica-Bold');
          text(block.text);
          doc.font('Helvetica').moveDown(0.2);
        } else {
          text(block.text, { align: 'left' });
          doc.moveDown(0.4);
        }
      }
    },
    bullets(items: string[]) {
      // Hanging indent: the bullet in the margin of the item, wrapped lines aligned on the text.
      for (const item of items) {
        if (doc.y > doc.page.height - MARGIN - 14) doc.addPage();
        const y = doc.y;
        doc.text('•', MARGIN + 4, y, { lineBreak: false });
        doc.text(toWinAnsi(item), MARGIN + 16, y, { width: width - 16 });
        doc.x = MARGIN;
        doc.moveDown(0.15);
      }
      doc.moveDown(0.3);
    },
    line(value: string, options: { muted?: boolean; bold?: boolean } = {}) {
      doc
        .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
        .fillColor(options.muted ? MUTED : INK);
      text(value);
      doc.font('Helvetica').fillColor(INK);
    },
    none() {
      this.line(label(language, 'pages.community.none'), { muted: true });
    },
  };
}

function meetingLine(page: CommunityPage['meetings'][number], language: Language) {
  const locale = language === 'en' ? 'en-GB' : 'fr-FR';
  const date = new Date(page.startsAt).toLocaleDateString(locale, {
    dateStyle: 'full',
    timeZone: PARIS,
  });
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(locale, {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: PARIS,
    });
  const line = label(language, 'pages.community.meetingLine', {
    date,
    start: time(page.startsAt),
    end: time(page.endsAt),
    mode: label(language, `enums.meetingMode.${page.mode}`),
  });
  return `${page.title} – ${line}${page.place ? ` (${page.place})` : ''}${page.link ? ` – ${page.link}` : ''}`;
}

function body(doc: Doc, page: CommunityPage, language: Language) {
  const w = writer(doc, language);
  const t = w.t;

  doc.font('Helvetica').fontSize(9).fillColor(MUTED);
  doc.text(toWinAnsi(`Binôme · ${t('pdf.kind')}`));
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(20).fillColor(INK);
  doc.text(toWinAnsi(page.title), { width: doc.page.width - 2 * MARGIN });
  if (page.tagline) {
    doc.moveDown(0.2).font('Helvetica').fontSize(12).fillColor(MUTED);
    w.markdown(page.tagline);
  }
  doc.font('Helvetica').fontSize(10.5).fillColor(INK);

  w.heading(t('pages.community.context'));
  if (page.context) w.markdown(page.context);
  else w.none();

  w.heading(t('pages.community.objectives'));
  if (page.objectives.length > 0) {
    w.line(t('pages.community.objectivesIntro'));
    doc.moveDown(0.3);
    w.bullets(page.objectives);
  } else w.none();
  if (page.objectivesNote) w.markdown(page.objectivesNote);

  if (page.definition) {
    w.heading(t('pages.community.definition'));
    w.markdown(page.definition);
    if (page.definitionSource) w.line(page.definitionSource, { muted: true });
  }

  w.heading(t('pages.community.audience'));
  const sectors = page.audienceSectors.map((s) => t(`enums.sector.${s}`));
  const roles = page.audienceRoles.map((r) => t(`enums.roleCategory.${r}`));
  w.line(`${t('pages.community.sectors')} : ${sectors.join(', ') || '–'}`);
  w.line(`${t('pages.community.people')} : ${roles.join(', ') || '–'}`);

  w.heading(t('pages.community.pilots'));
  if (page.pilots.length === 0) w.none();
  w.bullets(page.pilots.map((p) => [p.name, p.phone, p.email].filter((part) => part).join(' – ')));
  if (!page.viewer.seesContacts && page.pilots.length > 0) {
    w.line(t('pages.community.contactsForMembers'), { muted: true });
  }

  w.heading(t('pages.community.contributors'));
  if (page.contributors.length === 0) w.none();
  w.bullets(
    page.contributors.map((c) =>
      [c.name, [c.role, c.organisation].filter((part) => part).join(', ')]
        .filter((part) => part)
        .join(' – '),
    ),
  );

  if (page.partners.length > 0) {
    w.heading(t('pages.community.partners'));
    w.bullets(page.partners.map((p) => (p.url ? `${p.name} (${p.url})` : p.name)));
  }

  w.heading(t('pages.community.deliverables'));
  if (page.deliverables.length === 0) w.none();
  w.bullets(
    page.deliverables.map(
      (d) =>
        `${d.title} (${t(`enums.deliverableStatus.${d.status}`)})${d.url ? ` – ${d.url}` : ''}`,
    ),
  );

  w.heading(t('pages.community.modalities'));
  if (page.modalities) w.markdown(page.modalities);
  else w.none();

  w.heading(t('pages.community.meetings'));
  if (page.meetings.length === 0) w.line(t('pages.community.noMeeting'), { muted: true });
  w.bullets(page.meetings.map((m) => meetingLine(m, language)));

  if (page.resources.length > 0) {
    w.heading(t('pages.community.resources'));
    w.bullets(
      page.resources.map(
        (r) =>
          `${t(`enums.resourceType.${r.type}`)} : ${r.title}${r.subtitle ? ` – ${r.subtitle}` : ''}`,
      ),
    );
  }
}

/** Page numbers, source address and date at the foot of every page. */
function footers(doc: Doc, options: PdfOptions) {
  const range = doc.bufferedPageRange();
  const generated = options.generatedAt.toLocaleDateString(
    options.language === 'en' ? 'en-GB' : 'fr-FR',
    { dateStyle: 'long', timeZone: PARIS },
  );
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing inside the bottom margin must not open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const footer = label(options.language, 'pdf.footer', {
      url: options.pageUrl,
      date: generated,
      page: i + 1,
      pages: range.count,
    });
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(toWinAnsi(footer), MARGIN, doc.page.height - MARGIN + 16, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/** Renders the community page as an A4 PDF. */
export function renderCommunityPdf(page: CommunityPage, options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: options.language,
    displayTitle: true,
    info: {
      Title: toWinAnsi(page.title),
      Subject: toWinAnsi(label(options.language, 'pdf.kind')),
      Creator: 'Binôme',
      CreationDate: options.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  body(doc, page, options.language);
  footers(doc, options);
  doc.end();
  return done;
}
