import PDFDocument from 'pdfkit';
import type { Language } from '../../../shared/enums';
import { levelGap, levelScore } from '../../../shared/partnership-levels';
import type { BinomeDetail, BinomeHistory, Rating } from '../../../shared/schemas/partnership';
import { label } from '../../lib/labels';
import { toWinAnsi } from '../../lib/pdf-text';

// "Fiche du binôme": one A4 page per binôme, drawn on the server like the community factsheet
// (standard fonts, labels from the web app's locale files). Everything is placed at explicit
// positions and every text is cut to the room it has, so that the sheet never spills onto a second
// page: long texts end with "…" and the rows that do not fit are counted instead of drawn.

const MARGIN = 36; // 1.27 cm: a dense sheet
const INK = '#1a1b1e';
const MUTED = '#5c5f66';
const ACCENT = '#1c4f9c';
const RULE = '#c9ccd1';
const HEAD_FILL = '#eef1f6';
const DISAGREE_FILL = '#fbe3cc';
const PARIS = 'Europe/Paris';
const ELLIPSIS = '…';
const CELL_PAD = 2;

type Doc = InstanceType<typeof PDFDocument>;
type Font = 'Helvetica' | 'Helvetica-Bold' | 'Helvetica-Oblique';

const clean = (value: string) => toWinAnsi(value.replace(/\s+/g, ' ').trim());

/** Sets the font and size, then measures. */
function use(doc: Doc, font: Font, size: number) {
  doc.font(font).fontSize(size);
  return doc;
}

/** `value` cut (with "…") so that it takes at most `maxLines` lines of `width` in the current font. */
function fit(doc: Doc, value: string, width: number, maxLines: number): string {
  const text = clean(value);
  const limit = doc.heightOfString(Array.from({ length: maxLines }, () => 'X').join('\n'), {
    width,
  });
  const fits = (s: string) => doc.heightOfString(s, { width }) <= limit + 0.01;
  if (text === '' || fits(text)) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(`${text.slice(0, mid).trimEnd()}${ELLIPSIS}`)) low = mid;
    else high = mid - 1;
  }
  let cut = text.slice(0, low);
  // End on a whole word when that costs little.
  const space = cut.lastIndexOf(' ');
  if (space > low * 0.7) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.–-]+$/, '')}${ELLIPSIS}`;
}

function lineCount(doc: Doc, text: string, width: number) {
  if (text === '') return 1;
  const one = doc.heightOfString('X', { width });
  return Math.max(1, Math.round(doc.heightOfString(text, { width }) / one));
}

interface Column {
  width: number;
  align?: 'left' | 'center';
}

interface Cell {
  text: string;
  font?: Font;
  fill?: string;
  color?: string;
}

export function renderBinomePdf(
  detail: BinomeDetail,
  history: BinomeHistory,
  language: Language,
): Promise<Buffer> {
  return renderBinomePdfAt(detail, history, language, new Date());
}

/** The same, with the printing date given (tests). */
export function renderBinomePdfAt(
  detail: BinomeDetail,
  history: BinomeHistory,
  language: Language,
  generatedAt: Date,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: language,
    displayTitle: true,
    info: {
      Title: toWinAnsi(`${detail.workshop.title} – ${detail.establishment.name}`),
      Subject: toWinAnsi(label(language, 'partnershipPdf.kind')),
      Creator: 'Binôme',
      CreationDate: generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  drawSheet(doc, detail, history, language, generatedAt);
  doc.end();
  return done;
}

function drawSheet(
  doc: Doc,
  detail: BinomeDetail,
  history: BinomeHistory,
  language: Language,
  generatedAt: Date,
) {
  const t = (key: string, values?: Record<string, string | number>) => label(language, key, values);
  const counted = (key: string, count: number) =>
    t(`${key}_${count === 1 ? 'one' : 'other'}`, { count });
  const locale = language === 'en' ? 'en-GB' : 'fr-FR';
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const footerY = doc.page.height - MARGIN - 4;
  const bottom = footerY - 10; // nothing but the footer below this line
  let y = MARGIN;

  const write = (
    text: string,
    options: { font?: Font; size: number; color?: string; maxLines?: number; x?: number },
  ) => {
    use(doc, options.font ?? 'Helvetica', options.size);
    const x = options.x ?? left;
    const w = width - (x - left);
    const value = fit(doc, text, w, options.maxLines ?? 1);
    doc.fillColor(options.color ?? INK).text(value, x, y, { width: w });
    y += doc.heightOfString(value || 'X', { width: w });
    return value;
  };
  const heading = (title: string) => {
    y += 7;
    write(title, { font: 'Helvetica-Bold', size: 10.5, color: ACCENT });
    doc
      .moveTo(left, y + 1)
      .lineTo(left + width, y + 1)
      .lineWidth(0.5)
      .strokeColor(ACCENT)
      .stroke();
    y += 4;
  };
  const HEADING_HEIGHT = 7 + 12.5 + 4;

  // ---------- Title block ----------
  write(`Binôme · ${t('partnershipPdf.kind')}`, { size: 8, color: MUTED });
  y += 3;
  write(detail.workshop.title, { font: 'Helvetica-Bold', size: 15, maxLines: 2 });
  y += 3;
  const starts = new Date(detail.workshop.startsAt);
  const when = t('partnershipPdf.dateLine', {
    date: starts.toLocaleDateString(locale, { dateStyle: 'full', timeZone: PARIS }),
    time: starts.toLocaleTimeString(locale, {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: PARIS,
    }),
  });
  const place = t('partnershipPdf.establishment', {
    name: detail.establishment.name,
    sector: t(`enums.sector.${detail.establishment.sector}`),
  });
  write(`${when} · ${place}`, { size: 9.5, maxLines: 2 });
  y += 2;
  const professional = detail.me.side === 'professional' ? detail.me : detail.partner;
  const representative = detail.me.side === 'professional' ? detail.partner : detail.me;
  write(
    [professional, representative]
      .map((m) =>
        t('partnershipPdf.member', {
          side: t(`partnershipPdf.sides.${m.side}`),
          name: m.name ?? t('partnershipPdf.formerMember'),
        }),
      )
      .join('   ·   '),
    { font: 'Helvetica-Bold', size: 9.5, maxLines: 2 },
  );

  // ---------- Levels table ----------
  heading(t('partnershipPdf.levelsTitle'));
  const both = detail.partnerRatings !== null;
  if (!both) {
    write(t('partnershipPdf.ratingsHidden'), {
      font: 'Helvetica-Oblique',
      size: 7.5,
      color: MUTED,
      maxLines: 2,
    });
    y += 3;
  }
  const ratingsOf = (side: 'professional' | 'representative') => {
    const list = side === detail.me.side ? detail.myRatings : (detail.partnerRatings ?? []);
    return new Map<string, Rating>(list.map((r) => [r.domainId, r]));
  };
  const proRatings = ratingsOf('professional');
  const ruRatings = ratingsOf('representative');
  const positions = new Map(detail.positions.map((p) => [p.domainId, p]));
  const levelLabel = (level: string | undefined) => (level ? t(`reports.level.${level}`) : '–');
  const domainName = (d: { code: string | null; name: string }) => {
    if (language !== 'fr' && d.code) {
      const translated = t(`reports.theme.${d.code}`);
      if (!translated.startsWith('reports.')) return translated;
    }
    return d.name;
  };

  // Domain, [professional current/target, representative current/target,] agreed current/target,
  // gap, comment. The agreed levels are bold, hence a little wider.
  const levelWidths = both ? [46, 46, 46, 46, 56, 56] : [72, 72];
  const gapWidth = both ? 22 : 30;
  const domainWidth = both ? 112 : 160;
  const levelColumns = levelWidths.length;
  const commentWidth = width - domainWidth - levelWidths.reduce((s, w) => s + w, 0) - gapWidth;
  const columns: Column[] = [
    { width: domainWidth },
    ...levelWidths.map((w) => ({ width: w, align: 'center' as const })),
    { width: gapWidth, align: 'center' },
    { width: commentWidth },
  ];
  const TABLE_SIZE = 7;

  /** Draws one row of cells at y; returns its height. `measure` only computes it. */
  const row = (
    cells: Cell[],
    options: { size: number; maxLines: number[]; fill?: string; measure?: boolean },
  ) => {
    const prepared = cells.map((cell, i) => {
      const column = columns[i] ?? { width: 40 };
      const inner = column.width - 2 * CELL_PAD;
      use(doc, cell.font ?? 'Helvetica', options.size);
      let size = options.size;
      let text = clean(cell.text);
      if ((options.maxLines[i] ?? 1) === 1 && column.align === 'center') {
        // A level label is shrunk rather than cut.
        while (size > 5 && doc.widthOfString(text) > inner) {
          size -= 0.25;
          doc.fontSize(size);
        }
      }
      text = fit(doc, text, inner, options.maxLines[i] ?? 1);
      return { ...cell, text, size, inner, lines: lineCount(doc, text, inner) };
    });
    use(doc, 'Helvetica', options.size);
    const lineHeight = doc.heightOfString('X', { width: 100 });
    const height = Math.max(...prepared.map((c) => c.lines)) * lineHeight + 2 * CELL_PAD + 1;
    if (options.measure) return height;
    let x = left;
    if (options.fill) doc.rect(left, y, width, height).fill(options.fill);
    prepared.forEach((cell, i) => {
      const column = columns[i] ?? { width: 40 };
      if (cell.fill) doc.rect(x, y, column.width, height).fill(cell.fill);
      use(doc, cell.font ?? 'Helvetica', cell.size)
        .fillColor(cell.color ?? INK)
        .text(cell.text, x + CELL_PAD, y + CELL_PAD + 0.5, {
          width: cell.inner,
          align: column.align ?? 'left',
        });
      x += column.width;
    });
    doc
      .moveTo(left, y + height)
      .lineTo(left + width, y + height)
      .lineWidth(0.3)
      .strokeColor(RULE)
      .stroke();
    y += height;
    return height;
  };

  // Header: groups over their two columns, then Actuel / Cible.
  const groups = both
    ? [
        t('partnershipPdf.professional'),
        t('partnershipPdf.representative'),
        t('partnershipPdf.agreed'),
      ]
    : [t('partnershipPdf.agreed')];
  const headTop = y;
  doc.rect(left, y, width, 22).fill(HEAD_FILL);
  use(doc, 'Helvetica-Bold', TABLE_SIZE).fillColor(INK);
  groups.forEach((group, i) => {
    const before = levelWidths.slice(0, 2 * i).reduce((s, w) => s + w, 0);
    const span = (levelWidths[2 * i] ?? 0) + (levelWidths[2 * i + 1] ?? 0) - 2 * CELL_PAD;
    doc.text(fit(doc, group, span, 1), left + domainWidth + before + CELL_PAD, y + 2.5, {
      width: span,
      align: 'center',
    });
  });
  y += 10;
  row(
    [
      { text: t('partnershipPdf.domain'), font: 'Helvetica-Bold' },
      ...Array.from({ length: levelColumns }, (_, i) => ({
        text: t(i % 2 === 0 ? 'partnershipPdf.current' : 'partnershipPdf.target'),
        font: 'Helvetica-Bold' as const,
      })),
      { text: t('partnershipPdf.gap'), font: 'Helvetica-Bold' },
      { text: t('partnershipPdf.comment'), font: 'Helvetica-Bold' },
    ],
    { size: TABLE_SIZE, maxLines: [1], measure: false },
  );
  y = Math.max(y, headTop + 22);

  const domains = [...detail.domains].sort((a, b) => a.position - b.position);
  const domainRow = (domain: (typeof domains)[number]): [Cell[], number[]] => {
    const pro = proRatings.get(domain.id);
    const ru = ruRatings.get(domain.id);
    const position = positions.get(domain.id);
    const differs = (a: string | undefined, b: string | undefined) =>
      both && a !== undefined && b !== undefined && a !== b;
    const levelCell = (level: string | undefined, disagree: boolean): Cell => ({
      text: levelLabel(level),
      fill: disagree ? DISAGREE_FILL : undefined,
      color: level ? INK : MUTED,
    });
    const gap = position ? levelGap(position.current, position.target) : null;
    const individual = both
      ? [
          levelCell(pro?.current, differs(pro?.current, ru?.current)),
          levelCell(pro?.target, differs(pro?.target, ru?.target)),
          levelCell(ru?.current, differs(pro?.current, ru?.current)),
          levelCell(ru?.target, differs(pro?.target, ru?.target)),
        ]
      : [];
    const cells: Cell[] = [
      { text: domainName(domain) },
      ...individual,
      { ...levelCell(position?.current, false), font: 'Helvetica-Bold' },
      { ...levelCell(position?.target, false), font: 'Helvetica-Bold' },
      {
        text: gap === null ? '–' : gap > 0 ? `+${gap}` : String(gap),
        font: gap !== null && gap >= 2 ? 'Helvetica-Bold' : 'Helvetica',
        color: gap === null ? MUTED : INK,
      },
      { text: position?.comment ?? '', color: MUTED },
    ];
    const maxLines = cells.map((_, i) => (i === 0 ? 2 : i === cells.length - 1 ? 3 : 1));
    return [cells, maxLines];
  };

  // Room kept under the table for the legend, the stories and the actions.
  const previous = history.workshops
    .filter((w) => w.workshopId !== detail.workshop.id)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    .slice(0, 2);
  const LEGEND = 20;
  const LEFT_OUT = 10;
  const reserve =
    LEGEND +
    (previous.length > 0 ? HEADING_HEIGHT + 10 * previous.length : 0) +
    2 * HEADING_HEIGHT +
    Math.min(detail.stories.length, 2) * 30 +
    (detail.actions.length > 0 ? 11 + Math.min(detail.actions.length, 3) * 11 : 10) +
    (detail.stories.length === 0 ? 10 : 0);
  const heights = domains.map((d) => {
    const [cells, maxLines] = domainRow(d);
    return row(cells, { size: TABLE_SIZE, maxLines, measure: true });
  });
  let shownDomains = domains.length;
  const tableRoom = () =>
    heights.slice(0, shownDomains).reduce((sum, h) => sum + h, 0) +
    (shownDomains < domains.length ? LEFT_OUT : 0);
  while (shownDomains > 0 && y + tableRoom() > bottom - reserve) shownDomains -= 1;
  for (const domain of domains.slice(0, shownDomains)) {
    const [cells, maxLines] = domainRow(domain);
    row(cells, { size: TABLE_SIZE, maxLines });
  }
  if (shownDomains < domains.length) {
    y += 1;
    write(counted('partnershipPdf.domainsLeftOut', domains.length - shownDomains), {
      font: 'Helvetica-Oblique',
      size: 7,
      color: MUTED,
    });
  }
  y += 2;
  write(t(both ? 'partnershipPdf.legend' : 'partnershipPdf.legendAgreedOnly'), {
    size: 6.5,
    color: MUTED,
    maxLines: 2,
  });

  // ---------- Previous workshops (the same establishment's history) ----------
  if (previous.length > 0) {
    const number = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const mean = (values: number[]) =>
      values.length === 0 ? '–' : number.format(values.reduce((s, v) => s + v, 0) / values.length);
    heading(t('partnershipPdf.history'));
    for (const workshop of previous) {
      write(
        t('partnershipPdf.historyLine', {
          title: workshop.title,
          date: new Date(workshop.startsAt).toLocaleDateString(locale, {
            dateStyle: 'long',
            timeZone: PARIS,
          }),
          count: workshop.positions.length,
          current: mean(workshop.positions.map((p) => levelScore(p.current))),
          target: mean(workshop.positions.map((p) => levelScore(p.target))),
        }),
        { size: 7.5 },
      );
      y += 1;
    }
  }

  // ---------- Stories and actions: as many as the rest of the page holds ----------
  const STORY_TITLE = 8;
  const STORY_TEXT = 7.5;
  const storyHeight = (story: BinomeDetail['stories'][number]) => {
    use(doc, 'Helvetica', STORY_TEXT);
    const text = fit(doc, story.story, width - 8, 2);
    return 10 + lineCount(doc, text, width - 8) * doc.heightOfString('X') + 3;
  };
  const storyHeights = detail.stories.map(storyHeight);
  const ACTION_ROW = 11;
  const space = (stories: number, actions: number) =>
    2 * HEADING_HEIGHT +
    (detail.stories.length === 0 ? 10 : storyHeights.slice(0, stories).reduce((s, h) => s + h, 0)) +
    (stories < detail.stories.length ? LEFT_OUT : 0) +
    (detail.actions.length === 0 ? 10 : ACTION_ROW * (actions + 1)) +
    (actions < detail.actions.length ? LEFT_OUT : 0);
  let stories = detail.stories.length;
  let actions = detail.actions.length;
  while ((stories > 0 || actions > 0) && y + space(stories, actions) > bottom) {
    // Drop from whichever list takes more room, keeping at least one of each when possible.
    const storyRoom = storyHeights.slice(0, stories).reduce((s, h) => s + h, 0);
    if (stories > 0 && (storyRoom >= actions * ACTION_ROW || actions <= 1) && stories > 1)
      stories -= 1;
    else if (actions > 1) actions -= 1;
    else if (stories > 0) stories -= 1;
    else actions -= 1;
  }

  heading(t('partnershipPdf.stories'));
  if (detail.stories.length === 0)
    write(t('partnershipPdf.noStories'), { size: 7.5, color: MUTED });
  for (const story of detail.stories.slice(0, stories)) {
    write(story.title, { font: 'Helvetica-Bold', size: STORY_TITLE });
    write(story.story, { size: STORY_TEXT, color: MUTED, maxLines: 2, x: left + 8 });
    y += 3;
  }
  if (stories < detail.stories.length) {
    write(counted('partnershipPdf.storiesLeftOut', detail.stories.length - stories), {
      font: 'Helvetica-Oblique',
      size: 7,
      color: MUTED,
    });
  }

  heading(t('partnershipPdf.actions'));
  if (detail.actions.length === 0) {
    write(t('partnershipPdf.noActions'), { size: 7.5, color: MUTED });
  } else {
    columns.splice(
      0,
      columns.length,
      { width: width - 250 },
      { width: 120 },
      { width: 65 },
      {
        width: 65,
      },
    );
    const ACTION_SIZE = 7.5;
    row(
      [
        { text: t('partnershipPdf.action'), font: 'Helvetica-Bold' },
        { text: t('partnershipPdf.owner'), font: 'Helvetica-Bold' },
        { text: t('partnershipPdf.dueOn'), font: 'Helvetica-Bold' },
        { text: t('partnershipPdf.status'), font: 'Helvetica-Bold' },
      ],
      { size: ACTION_SIZE, maxLines: [1, 1, 1, 1], fill: HEAD_FILL },
    );
    for (const action of detail.actions.slice(0, actions)) {
      row(
        [
          { text: action.title },
          { text: action.owner || '–', color: action.owner ? INK : MUTED },
          {
            text: action.dueOn
              ? new Date(`${action.dueOn}T12:00:00Z`).toLocaleDateString(locale, {
                  day: '2-digit',
                  month: '2-digit',
                  year: 'numeric',
                  timeZone: PARIS,
                })
              : '–',
          },
          { text: t(`partnershipPdf.statuses.${action.status}`) },
        ],
        { size: ACTION_SIZE, maxLines: [1, 1, 1, 1] },
      );
    }
    if (actions < detail.actions.length) {
      y += 1;
      write(counted('partnershipPdf.actionsLeftOut', detail.actions.length - actions), {
        font: 'Helvetica-Oblique',
        size: 7,
        color: MUTED,
      });
    }
  }

  // ---------- Footer (inside the bottom margin: must not open a page) ----------
  const margin = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  use(doc, 'Helvetica', 7.5)
    .fillColor(MUTED)
    .text(
      toWinAnsi(
        t('partnershipPdf.footer', {
          date: generatedAt.toLocaleDateString(locale, { dateStyle: 'long', timeZone: PARIS }),
        }),
      ),
      left,
      footerY,
      { width, align: 'center', lineBreak: false },
    );
  doc.page.margins.bottom = margin;
}
