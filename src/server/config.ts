import path from 'node:path';
import { z } from 'zod';

// The only place that reads process.env. Every variable is documented in the README.

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.string().default('development'),
  BINOME_MODE: z.enum(['demo', 'production']).optional(),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must hold at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Binôme <no-reply@binome.local>'),
  TRUST_PROXY: booleanFromEnv.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  MAX_UPLOAD_MB: z.coerce.number().min(0.001).max(1024).default(20),
  BACKGROUND_JOBS: booleanFromEnv.default(true),
  LLM_URL: z.url().optional(),
  LLM_MODEL: z.string().default('mistral-small'),
  LLM_API_KEY: z.string().optional(),
});

export interface Config {
  mode: 'demo' | 'production';
  host: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PGlite directory (unused with DATABASE_URL). */
  pgliteDir: string;
  /** Uploaded documents (local storage; see modules/communities/file-store.ts). */
  filesDir: string;
  maxUploadBytes: number;
  sessionSecret: string | undefined;
  sessionTtlHours: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  trustProxy: boolean;
  logLevel: string;
  cookieSecure: boolean;
  login: { maxFailures: number; lockMinutes: number; rateLimitPerMinute: number };
  /** Run the background jobs (imports, analysis, retraining) in this process; tests drain them. */
  backgroundJobs: boolean;
  /** Optional OpenAI-compatible chat API that summarises comments; off without LLM_URL. */
  llm: { url: string; model: string; apiKey: string | undefined } | null;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const mode = e.BINOME_MODE ?? (e.NODE_ENV === 'production' ? 'production' : 'demo');
  if (mode === 'production' && !e.SESSION_SECRET) {
    throw new ConfigError(
      'SESSION_SECRET est obligatoire en production (au moins 32 caractères aléatoires, par ex. `openssl rand -base64 48`).',
    );
  }
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    mode,
    host: e.HOST,
    port: e.PORT,
    publicUrl: publicUrl.replace(/\/$/, ''),
    dataDir,
    databaseUrl: e.DATABASE_URL || undefined,
    pgliteDir: path.join(dataDir, 'pglite'),
    filesDir: path.join(dataDir, 'files'),
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    sessionSecret: e.SESSION_SECRET,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    cookieSecure: publicUrl.startsWith('https://'),
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMinutes: e.LOGIN_LOCK_MINUTES,
      rateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    },
    backgroundJobs: e.BACKGROUND_JOBS,
    llm: e.LLM_URL ? { url: e.LLM_URL, model: e.LLM_MODEL, apiKey: e.LLM_API_KEY } : null,
  };
}
