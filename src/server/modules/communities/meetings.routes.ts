import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  attendanceInputSchema,
  documentLinkInputSchema,
  calendarFeedSchema,
  calendarQuerySchema,
  meetingDetailSchema,
  meetingDocumentParamsSchema,
  meetingInputSchema,
  meetingListQuerySchema,
  meetingListSchema,
  meetingParamsSchema,
  slugParamsSchema,
} from '../../../shared/schemas/communities';
import { requireUser } from '../../lib/authz';
import { noContent, problems, typed } from '../../lib/route-helpers';
import type { MeetingsService } from './meetings.service';

const ICS = 'text/calendar; charset=utf-8';
const icsBody = z.string().describe('iCalendar (RFC 5545)');

export function registerMeetingRoutes(
  app: FastifyInstance,
  { meetings }: { meetings: MeetingsService },
) {
  const r = typed(app);
  const tags = ['communities'];
  const base = '/api/communities/:slug';

  r.get(
    `${base}/meetings`,
    {
      schema: {
        tags,
        operationId: 'listCommunityMeetings',
        params: slugParamsSchema,
        querystring: meetingListQuerySchema,
        response: { 200: meetingListSchema, ...problems },
      },
    },
    async (request) => meetings.list(request.user ?? null, request.params.slug, request.query),
  );

  r.post(
    `${base}/meetings`,
    {
      schema: {
        tags,
        operationId: 'createCommunityMeeting',
        params: slugParamsSchema,
        body: meetingInputSchema,
        response: { 201: meetingDetailSchema, ...problems },
      },
    },
    async (request, reply) => {
      const created = await meetings.create(
        requireUser(request),
        request.params.slug,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  r.get(
    `${base}/meetings/:id`,
    {
      schema: {
        tags,
        operationId: 'getCommunityMeeting',
        params: meetingParamsSchema,
        response: { 200: meetingDetailSchema, ...problems },
      },
    },
    async (request) => meetings.get(request.user ?? null, request.params.slug, request.params.id),
  );

  r.put(
    `${base}/meetings/:id`,
    {
      schema: {
        tags,
        operationId: 'updateCommunityMeeting',
        params: meetingParamsSchema,
        body: meetingInputSchema,
        response: { 200: meetingDetailSchema, ...problems },
      },
    },
    async (request) =>
      meetings.update(requireUser(request), request.params.slug, request.params.id, request.body),
  );

  r.delete(
    `${base}/meetings/:id`,
    {
      schema: {
        tags,
        operationId: 'deleteCommunityMeeting',
        params: meetingParamsSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      await meetings.remove(requireUser(request), request.params.slug, request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.post(
    `${base}/meetings/:id/documents`,
    {
      schema: {
        tags,
        operationId: 'attachCommunityMeetingDocument',
        params: meetingParamsSchema,
        body: documentLinkInputSchema,
        response: { 200: meetingDetailSchema, ...problems },
      },
    },
    async (request) => {
      const { slug, id } = request.params;
      return meetings.attach(requireUser(request), slug, id, request.body.documentId);
    },
  );

  r.delete(
    `${base}/meetings/:id/documents/:documentId`,
    {
      schema: {
        tags,
        operationId: 'detachCommunityMeetingDocument',
        params: meetingDocumentParamsSchema,
        response: { 200: meetingDetailSchema, ...problems },
      },
    },
    async (request) => {
      const { slug, id, documentId } = request.params;
      return meetings.detach(requireUser(request), slug, id, documentId);
    },
  );

  r.put(
    `${base}/meetings/:id/attendance`,
    {
      schema: {
        tags,
        operationId: 'setCommunityMeetingAttendance',
        params: meetingParamsSchema,
        body: attendanceInputSchema,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { slug, id } = request.params;
      await meetings.setAttendance(requireUser(request), slug, id, request.body);
      return reply.status(204).send(null);
    },
  );

  r.get(
    `${base}/meetings/:id/calendar.ics`,
    {
      schema: {
        tags,
        operationId: 'downloadCommunityMeetingIcs',
        params: meetingParamsSchema,
        response: { 200: icsBody, ...problems },
      },
    },
    async (request, reply) => {
      const text = await meetings.ics(request.user ?? null, request.params.slug, request.params.id);
      return reply
        .type(ICS)
        .header('content-disposition', 'attachment; filename="rencontre.ics"')
        .send(text);
    },
  );

  r.get(
    `${base}/calendar.ics`,
    {
      schema: {
        tags,
        operationId: 'communityCalendarFeed',
        params: slugParamsSchema,
        querystring: calendarQuerySchema,
        response: { 200: icsBody, ...problems },
      },
    },
    async (request, reply) => {
      const text = await meetings.feed(request.params.slug, request.query.token);
      return reply.type(ICS).header('cache-control', 'private, max-age=300').send(text);
    },
  );

  r.get(
    `${base}/calendar-feed`,
    {
      schema: {
        tags,
        operationId: 'getCommunityCalendarFeed',
        params: slugParamsSchema,
        response: { 200: calendarFeedSchema, ...problems },
      },
    },
    async (request) => meetings.feedUrl(requireUser(request), request.params.slug),
  );

  r.post(
    `${base}/calendar-feed/rotate`,
    {
      schema: {
        tags,
        operationId: 'rotateCommunityCalendarFeed',
        params: slugParamsSchema,
        response: { 200: calendarFeedSchema, ...problems },
      },
    },
    async (request) => meetings.rotateFeed(requireUser(request), request.params.slug),
  );
}
