import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEstablishment } from '../../../../../test/factories/establishments';
import { createTestApp, type TestApp } from '../../../../../test/support/test-app';
import { buildApp } from '../../../app';
import {
  experienceComments,
  experienceImports,
  experienceScoreStats,
  experienceStats,
} from '../../../db/schema';
import { ANALYSIS_BATCH } from './analysis.job';
import { insertComments, makeSource } from './experience.testing';
import { createStatsRefresher } from './stats';

let t: TestApp;
let establishmentId: string;

const statsOf = async (id: string) =>
  t.database.db
    .select({
      month: experienceStats.month,
      service: experienceStats.service,
      theme: experienceStats.theme,
      sentiment: experienceStats.sentiment,
      comments: experienceStats.comments,
    })
    .from(experienceStats)
    .where(eq(experienceStats.establishmentId, id))
    .orderBy(
      asc(experienceStats.month),
      asc(experienceStats.service),
      asc(experienceStats.theme),
      asc(experienceStats.sentiment),
    );

const commentsOf = (id: string) =>
  t.database.db
    .select()
    .from(experienceComments)
    .where(eq(experienceComments.establishmentId, id))
    .orderBy(asc(experienceComments.id));

beforeAll(async () => {
  t = await createTestApp();
  establishmentId = (await makeEstablishment(t.database)).id;
});
afterAll(() => t.close());

describe('analysis job', () => {
  it('redacts, analyses, clears the raw text and counts the comments in the monthly figures', async () => {
    await insertComments(t.database.db, {
      establishmentId,
      rows: [
        {
          text: 'Six heures d’attente aux urgences, écrivez-moi à jean.dupont@example.fr ou au 06 12 34 56 78.',
          receivedOn: '2025-03-14',
          service: 'Urgences',
          scores: { 'Note globale': 4 },
        },
        {
          text: 'Repas froids. Infirmières très gentilles !',
          receivedOn: '2025-03-20',
          service: 'Médecine',
          scores: { 'Note globale': 8 },
        },
        // A score-only answer: analysed, with neither theme nor sentiment.
        {
          text: '  ',
          receivedOn: '2025-04-02',
          service: 'Médecine',
          scores: { 'Note globale': 6 },
        },
      ],
    });
    await t.app.jobs.drain();

    const [first, second, empty] = await commentsOf(establishmentId);
    for (const comment of [first!, second!, empty!]) {
      expect(comment.rawText).toBeNull();
      expect(comment.analysedAt).not.toBeNull();
      expect(comment.modelId).toBeNull(); // the built-in model
    }
    expect(first!.text).toBe(
      'Six heures d’attente aux urgences, écrivez-moi à [EMAIL] ou au [TELEPHONE].',
    );
    expect(first!.text).not.toContain('dupont');
    expect(first!.themes).toContain('attente');
    expect(first!.sentiment).toBe('negatif');
    expect(first!.segments.length).toBeGreaterThan(0);
    expect(first!.segments.some((s) => s.themes.some((th) => th.code === 'attente'))).toBe(true);
    expect(second!.themes).toEqual(expect.arrayContaining(['repas', 'relations']));
    expect(second!.sentiment).toBe('mixte');
    expect(empty).toMatchObject({ text: '', themes: [], sentiment: null, segments: [] });

    const stats = await statsOf(establishmentId);
    const count = (month: string, service: string, theme: string, sentiment: string) =>
      stats.find(
        (s) =>
          s.month === month &&
          s.service === service &&
          s.theme === theme &&
          s.sentiment === sentiment,
      )?.comments ?? 0;
    expect(count('2025-03-01', '*', '*', 'negatif')).toBe(1);
    expect(count('2025-03-01', '*', '*', 'mixte')).toBe(1);
    expect(count('2025-03-01', 'Urgences', 'attente', 'negatif')).toBe(1);
    expect(count('2025-03-01', '*', 'repas', 'mixte')).toBe(1);
    expect(count('2025-04-01', '*', '*', 'aucun')).toBe(1);
    expect(count('2025-04-01', 'Médecine', '*', 'aucun')).toBe(1);
    const scores = await t.database.db
      .select()
      .from(experienceScoreStats)
      .where(eq(experienceScoreStats.establishmentId, establishmentId));
    expect(scores.find((s) => s.month === '2025-03-01' && s.service === '*')).toMatchObject({
      question: 'Note globale',
      total: 12,
      answers: 2,
    });
    expect(scores.find((s) => s.month === '2025-04-01' && s.service === 'Médecine')).toMatchObject({
      total: 6,
      answers: 1,
    });
  });

  it('works through several batches, and its running figures equal a full recomputation', async () => {
    const other = (await makeEstablishment(t.database)).id;
    const texts = [
      'Accueil chaleureux et personnel très gentil',
      'Les repas sont froids et sans goût',
      'Chambre bruyante la nuit, impossible de dormir',
      'Merci à toute l’équipe pour les soins',
      '',
    ];
    await insertComments(t.database.db, {
      establishmentId: other,
      rows: Array.from({ length: ANALYSIS_BATCH * 2 + 37 }, (_, i) => ({
        text: texts[i % texts.length]!,
        receivedOn: `2025-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`,
        service: i % 2 ? 'Cardiologie' : 'Chirurgie',
        scores: i % 4 ? { Satisfaction: i % 10 } : undefined,
      })),
    });
    await t.app.jobs.drain();
    const result = await t.database.db.execute(
      sql`SELECT count(*)::int AS pending FROM experience_comments WHERE analysed_at IS NULL`,
    );
    const [{ pending }] = (result as unknown as { rows: [{ pending: number }] }).rows;
    expect(pending).toBe(0);

    const running = await statsOf(other);
    const runningScores = await t.database.db
      .select()
      .from(experienceScoreStats)
      .where(eq(experienceScoreStats.establishmentId, other))
      .orderBy(asc(experienceScoreStats.month), asc(experienceScoreStats.service));
    expect(running.length).toBeGreaterThan(20);
    await createStatsRefresher(t.database.db).refreshAll();
    expect(await statsOf(other)).toEqual(running);
    expect(
      await t.database.db
        .select()
        .from(experienceScoreStats)
        .where(eq(experienceScoreStats.establishmentId, other))
        .orderBy(asc(experienceScoreStats.month), asc(experienceScoreStats.service)),
    ).toEqual(runningScores);
    const all = running.filter((s) => s.service === '*' && s.theme === '*');
    expect(all.reduce((sum, s) => sum + s.comments, 0)).toBe(ANALYSIS_BATCH * 2 + 37);
  });

  it('closes an import once every comment of it is analysed', async () => {
    const sourceId = await makeSource(t.database.db, establishmentId);
    const imported = async (status: string) => {
      const [row] = await t.database.db
        .insert(experienceImports)
        .values({
          sourceId,
          establishmentId,
          fileName: 'enquete.csv',
          format: 'csv',
          storedPath: 'x',
          fileBytes: 10,
          fileSha256: 'x',
          status,
        })
        .returning({ id: experienceImports.id });
      return row!.id;
    };
    const analysing = await imported('analysing');
    const failed = await imported('failed');
    const emptyImport = await imported('analysing'); // every row was a duplicate
    for (const importId of [analysing, failed]) {
      await insertComments(t.database.db, {
        establishmentId,
        sourceId,
        importId,
        rows: [{ text: 'Très bon accueil', receivedOn: '2025-05-02' }],
      });
    }
    await t.app.jobs.drain();
    const statusOf = async (id: string) =>
      (
        await t.database.db
          .select({ status: experienceImports.status, finishedAt: experienceImports.finishedAt })
          .from(experienceImports)
          .where(eq(experienceImports.id, id))
      )[0]!;
    expect(await statusOf(analysing)).toMatchObject({
      status: 'done',
      finishedAt: expect.any(Date),
    });
    expect(await statusOf(emptyImport)).toMatchObject({ status: 'done' });
    // Only imports whose rows are all in are closed here (the import job owns the others).
    expect(await statusOf(failed)).toMatchObject({ status: 'failed', finishedAt: null });
  });

  it('resumes after a restart: a new app on the same database analyses what was left', async () => {
    const establishment = (await makeEstablishment(t.database)).id;
    await insertComments(t.database.db, {
      establishmentId: establishment,
      rows: [{ text: 'La douleur a été bien soulagée, merci.', receivedOn: '2025-06-10' }],
    });
    // The first app stops before its jobs ran (BACKGROUND_JOBS is off in tests).
    await t.app.close();
    expect((await commentsOf(establishment))[0]).toMatchObject({ analysedAt: null });
    const restarted = await buildApp({
      config: t.config,
      database: t.database,
      clock: t.clock,
      logger: false,
    });
    try {
      await restarted.ready();
      await restarted.jobs.drain();
      const [comment] = await commentsOf(establishment);
      expect(comment!.analysedAt).not.toBeNull();
      expect(comment!.rawText).toBeNull();
      expect(comment!.themes).toContain('douleur');
      expect(await statsOf(establishment)).toContainEqual(
        expect.objectContaining({ service: '*', theme: 'douleur', comments: 1 }),
      );
    } finally {
      await restarted.close();
    }
  });
});
