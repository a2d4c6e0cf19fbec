// Meetings are scheduled in Europe/Paris wall-clock time; the database stores instants.

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Paris',
  timeZoneName: 'shortOffset',
});

/** Minutes Paris is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function parisOffsetMinutes(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant of a Paris wall-clock time, e.g. parisTime('2021-06-08', '14:30'). */
export function parisTime(date: string, time: string): Date {
  const asUtc = new Date(`${date}T${time}:00Z`);
  const first = new Date(asUtc.getTime() - parisOffsetMinutes(asUtc) * 60_000);
  // Second pass: the offset at the real instant can differ near a daylight-saving change.
  return new Date(asUtc.getTime() - parisOffsetMinutes(first) * 60_000);
}
