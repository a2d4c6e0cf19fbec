import { desc } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { OutboxEmail } from '../../../shared/schemas/admin';
import type { Paginated } from '../../../shared/schemas/common';
import type { Db } from '../../db/client';
import { outboxEmails } from '../../db/schema';
import { paginate } from '../../db/paginate';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Without SMTP_URL every message lands in the outbox table, readable by admins, so that a demo
 * works without a mail server. With SMTP_URL messages go through nodemailer and the outbox keeps
 * only a trace (recipient, subject, status), not the body with its single-use link.
 */
export function createMailService({
  db,
  smtpUrl,
  from,
}: {
  db: Db;
  smtpUrl?: string;
  from: string;
}) {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;

  return {
    async send(message: MailMessage): Promise<void> {
      if (!transport) {
        await db.insert(outboxEmails).values({
          toAddress: message.to,
          subject: message.subject,
          bodyText: message.text,
          transport: 'outbox',
        });
        return;
      }
      let error: string | null = null;
      try {
        await transport.sendMail({ from, ...message });
      } catch (err) {
        error = err instanceof Error ? err.message.slice(0, 500) : 'unknown error';
      }
      await db.insert(outboxEmails).values({
        toAddress: message.to,
        subject: message.subject,
        bodyText: '',
        transport: 'smtp',
        sentAt: error ? null : new Date(),
        error,
      });
    },

    async list(page: number, pageSize: number): Promise<Paginated<OutboxEmail>> {
      const query = db
        .select()
        .from(outboxEmails)
        .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
        .$dynamic();
      const { rows, total } = await paginate(
        db,
        query,
        { table: outboxEmails, where: undefined },
        { page, pageSize },
      );
      return {
        items: rows.map((r) => ({
          id: r.id,
          to: r.toAddress,
          subject: r.subject,
          text: r.bodyText,
          createdAt: r.createdAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
          transport: r.transport === 'smtp' ? 'smtp' : 'outbox',
          error: r.error,
        })),
        total,
        page,
        pageSize,
      };
    },
  };
}
export type MailService = ReturnType<typeof createMailService>;
