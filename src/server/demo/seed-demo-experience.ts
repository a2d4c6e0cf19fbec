import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { loadBuiltinModel } from '../../analysis/builtin';
import { analyseComment } from '../../analysis/engine';
import type { AnalysedSegment, ImportMapping } from '../../shared/schemas/experience';
import type { Db, Tx } from '../db/client';
import {
  appMeta,
  establishments,
  experienceActions,
  experienceComments,
  experienceCorrections,
  experienceFindings,
  experienceFocusGroups,
  experienceSources,
  users,
} from '../db/schema';
import { createStatsRefresher } from '../modules/experience/analysis/stats';
import { DEMO_ESTABLISHMENTS, demoFiness } from './demo-data';
import { generateDemoComments, type DemoCommentProfile } from './demo-comments';
import { claimSeedStep } from './seed-marker';

const SEEDED_KEY = 'demo_experience_seeded_at';
const BATCH = 500;

/** Who brings comments, from where, and how they feel (about 3,000 comments in all). */
const PROFILES: (DemoCommentProfile & { source: string; kind: 'file' | 'kiosk' })[] = [
  {
    establishment: 'chl',
    source: 'Export e-Satis +48h MCO',
    kind: 'file',
    services: ['Urgences', 'Médecine polyvalente', 'Chirurgie ambulatoire', 'Maternité'],
    volume: 1_400,
    positive: 0.62,
    themes: { attente: 2.5, relations: 2, soins: 1.5, information: 1.5, satisfaction: 2 },
  },
  {
    establishment: 'cliv',
    source: 'Questionnaire de sortie',
    kind: 'file',
    services: ['Chirurgie orthopédique', 'Chirurgie ambulatoire'],
    volume: 650,
    positive: 0.72,
    themes: { soins: 2, douleur: 1.5, sortie: 1.5, frais: 1.5 },
  },
  {
    establishment: 'ssr',
    source: 'Questionnaire de sortie',
    kind: 'file',
    services: ['Rééducation neurologique', 'Rééducation locomotrice'],
    volume: 380,
    positive: 0.7,
    themes: { soins: 2, repas: 1.5, chambre: 1.5, organisation: 1.5 },
  },
  {
    establishment: 'ehpad1',
    source: 'Borne du hall',
    kind: 'kiosk',
    services: ['Unité de vie', 'Unité protégée'],
    volume: 320,
    positive: 0.6,
    kiosk: true,
    themes: { repas: 3, relations: 2, proches: 2, chambre: 1.5, attente: 0.3, frais: 0.3 },
  },
  {
    establishment: 'ehpad2',
    source: 'Borne de l’accueil',
    kind: 'kiosk',
    services: ['Unité de vie'],
    volume: 250,
    positive: 0.66,
    kiosk: true,
    themes: { repas: 2.5, relations: 2, proches: 1.5, attente: 0.3, acces: 0.3 },
  },
];

/** The mapping the CH's e-Satis source remembers (offered again at its next import). */
const ESATIS_MAPPING: ImportMapping = {
  text: ['Commentaire positif', 'Commentaire négatif'],
  date: 'Date de sortie',
  dateFormat: 'dmy',
  service: 'Service',
  establishment: null,
  stayType: 'Type de séjour',
  responseId: 'Identifiant',
  scores: [{ column: 'Score global', label: 'Score global' }],
};

const previousMonth = (now: Date) => {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

const monthOf = (date: string) => `${date.slice(0, 7)}-01`;

const kioskEstablishments = new Set(
  PROFILES.filter((p) => p.kind === 'kiosk').map((p) => p.establishment),
);

/**
 * Patient experience: a few thousand fictional comments over the 18 months before today, already
 * analysed by the built-in model, some of them reviewed by the CH's user representative and
 * quality manager, two kiosks, and a focus group on the emergency-department pathway.
 */
export async function seedDemoExperience(db: Db, now = new Date()): Promise<boolean> {
  const [done] = await db.select().from(appMeta).where(eq(appMeta.key, SEEDED_KEY));
  if (done) return false;
  const model = loadBuiltinModel('fr');
  const comments = generateDemoComments(PROFILES, previousMonth(now));
  // Analysed before the transaction: ~1.5 s of CPU that should not hold the database.
  const analysed = comments.map((c) => ({ comment: c, result: analyseComment(model, c.text) }));
  return db.transaction(async (tx) => {
    if (!(await claimSeedStep(tx, SEEDED_KEY))) return false;
    const keys = [...new Set(PROFILES.map((p) => p.establishment))];
    const rows = await tx
      .select({ id: establishments.id, finess: establishments.finess })
      .from(establishments)
      .where(
        inArray(
          establishments.finess,
          DEMO_ESTABLISHMENTS.filter((e) => keys.includes(e.key)).map(demoFiness),
        ),
      );
    const idOf = (key: string) => {
      const e = DEMO_ESTABLISHMENTS.find((d) => d.key === key)!;
      return rows.find((r) => r.finess === demoFiness(e))?.id;
    };
    if (keys.some((k) => !idOf(k))) return false;
    const people = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, ['qualite@demo.binome.fr', 'usager@demo.binome.fr']));
    const quality = people.find((p) => p.email.startsWith('qualite'))?.id ?? null;
    const representative = people.find((p) => p.email.startsWith('usager'))?.id ?? null;

    const sourceIds = new Map<string, string>();
    for (const p of PROFILES) {
      const [source] = await tx
        .insert(experienceSources)
        .values({
          establishmentId: idOf(p.establishment)!,
          kind: p.kind,
          name: p.source,
          mapping: p.source.startsWith('Export e-Satis') ? ESATIS_MAPPING : null,
          service: p.kind === 'kiosk' ? p.services[0]! : '',
          kioskToken: p.kind === 'kiosk' ? randomBytes(24).toString('base64url') : null,
          createdBy: quality,
        })
        .returning({ id: experienceSources.id });
      sourceIds.set(p.establishment, source!.id);
    }

    const analysedAt = now;
    const inserted: { id: number; index: number }[] = [];
    for (let start = 0; start < analysed.length; start += BATCH) {
      const batch = analysed.slice(start, start + BATCH);
      const ids = await tx
        .insert(experienceComments)
        .values(
          batch.map(({ comment: c, result }, i) => ({
            establishmentId: idOf(c.establishment)!,
            sourceId: sourceIds.get(c.establishment)!,
            dedupKey: `demo:${start + i}`,
            receivedOn: c.receivedOn,
            month: monthOf(c.receivedOn),
            service: c.service,
            text: result.redactedText,
            scores: c.scores,
            // A third of the kiosk comments were written with a helper.
            helped:
              c.text !== '' && kioskEstablishments.has(c.establishment) && (start + i) % 3 === 0,
            analysedAt,
            sentiment: c.text === '' ? null : result.sentiment,
            themes: result.themes,
            segments: result.segments.map((s): AnalysedSegment => ({
              start: s.start,
              end: s.end,
              themes: s.themes.map((t) => ({ code: t.code, evidence: t.evidence })),
              sentiment: s.sentiment,
              sentimentEvidence: s.sentimentEvidence,
            })),
          })),
        )
        .returning({ id: experienceComments.id });
      ids.forEach((row, i) => inserted.push({ id: row.id, index: start + i }));
    }

    // The CH's RU and quality manager reviewed 16 comments the model got wrong (enough to retrain).
    const reviewed = inserted
      .filter(({ index }) => {
        const { comment, result } = analysed[index]!;
        return (
          comment.establishment === 'chl' &&
          comment.text !== '' &&
          (result.sentiment !== comment.expected.sentiment ||
            [...result.themes].sort().join() !== [...comment.expected.themes].sort().join())
        );
      })
      .slice(0, 16);
    for (const [n, { id, index }] of reviewed.entries()) {
      const { comment, result } = analysed[index]!;
      const correctedAt = new Date(now.getTime() - (16 - n) * 86_400_000);
      await tx.insert(experienceCorrections).values({
        commentId: id,
        establishmentId: idOf('chl')!,
        themesBefore: result.themes,
        sentimentBefore: result.sentiment,
        themesAfter: comment.expected.themes,
        sentimentAfter: comment.expected.sentiment,
        correctedBy: n % 2 === 0 ? representative : quality,
        correctedAt,
      });
      await tx
        .update(experienceComments)
        .set({
          themes: comment.expected.themes,
          sentiment: comment.expected.sentiment,
          reviewedAt: correctedAt,
        })
        .where(inArray(experienceComments.id, [id]));
    }

    await seedFocusGroup(tx, idOf('chl')!, quality, representative, now);
    const months = new Map<string, { establishmentId: string; month: string }>();
    for (const { comment } of analysed) {
      const key = {
        establishmentId: idOf(comment.establishment)!,
        month: monthOf(comment.receivedOn),
      };
      months.set(`${key.establishmentId}|${key.month}`, key);
    }
    await createStatsRefresher(tx).refresh([...months.values()], tx);
    return true;
  });
}

async function seedFocusGroup(
  tx: Tx,
  establishmentId: string,
  quality: string | null,
  representative: string | null,
  now: Date,
) {
  const heldOn = new Date(now.getTime() - 75 * 86_400_000).toISOString().slice(0, 10);
  const [group] = await tx
    .insert(experienceFocusGroups)
    .values({
      establishmentId,
      title: 'Le parcours aux urgences vu par les patients',
      pathway: 'urgences',
      heldOn,
      participants: [
        { profile: 'patient', count: 4, note: 'dont deux personnes de plus de 75 ans' },
        { profile: 'proche', count: 2, note: 'accompagnants présents pendant l’attente' },
      ],
      professionalFacilitatorId: quality,
      representativeFacilitatorId: representative,
      notes:
        'Deux heures d’échanges en salle de réunion du bâtiment B, après lecture des commentaires e-Satis sur les urgences. Les participants ont décrit leur passage de l’arrivée à la sortie ; les animateurs ont relu la synthèse avec eux en fin de séance.',
      createdBy: quality,
    })
    .returning({ id: experienceFocusGroups.id });
  const findings = [
    {
      text: 'L’attente n’est pas le seul problème : c’est l’absence de nouvelles pendant l’attente qui inquiète.',
      themes: ['attente', 'information'],
      sentiment: 'negatif',
      action: {
        title: 'Point d’information toutes les heures en salle d’attente, par l’IOA',
        owner: 'Cadre de santé des urgences',
        status: 'en_cours',
      },
    },
    {
      text: 'Les proches ne savent pas s’ils peuvent rester ni où attendre.',
      themes: ['proches'],
      sentiment: 'negatif',
      action: {
        title: 'Fiche « Accompagner un proche aux urgences » rédigée avec les RU, en FALC',
        owner: 'Représentants des usagers et cellule qualité',
        status: 'a_faire',
      },
    },
    {
      text: 'La douleur est évaluée à l’accueil mais pas réévaluée pendant l’attente.',
      themes: ['douleur'],
      sentiment: 'negatif',
      action: null,
    },
    {
      text: 'Tous saluent la gentillesse des soignants, même au plus fort de l’affluence.',
      themes: ['relations'],
      sentiment: 'positif',
      action: null,
    },
  ];
  for (const [position, finding] of findings.entries()) {
    const [row] = await tx
      .insert(experienceFindings)
      .values({
        focusGroupId: group!.id,
        text: finding.text,
        themes: finding.themes,
        sentiment: finding.sentiment,
        position,
      })
      .returning({ id: experienceFindings.id });
    if (finding.action) {
      await tx.insert(experienceActions).values({
        establishmentId,
        findingId: row!.id,
        title: finding.action.title,
        theme: finding.themes[0]!,
        owner: finding.action.owner,
        dueOn: new Date(now.getTime() + 60 * 86_400_000).toISOString().slice(0, 10),
        status: finding.action.status,
        createdBy: quality,
      });
    }
  }
}
