import { feedDossier, insertFeed, liveFeed, revokeFeeds } from '#src/db/calendar-feeds';
import { audit } from '#src/db/dossiers';
import { newRowId } from '#src/domain/fields';
import { fileSlug } from '#src/domain/file-name';
import { toIcs } from '#src/domain/follow-up/ics';
import type { CalendarFeed, CalendarFeedCreated } from '#src/domain/working/api';
import { followUpNl } from '#src/i18n/nl/follow-up';
import { workingNl } from '#src/i18n/nl/working';
import { actorOf, hashToken, newToken, requireOwner } from '#src/server/auth';
import { announceWork, todayOf, type App, type WorkingDeps } from './context';
import { followUpFor } from './follow-up';

const errors = workingNl.errors;

/** The public feed: `/api/agenda/<token>.ics`. The token (256 bits) is the only key; logs show `[token].ics`. */
export const FEED_PREFIX = '/api/agenda/';
export const feedPath = (token: string) => `${FEED_PREFIX}${token}.ics`;
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

const CALENDAR_HEADERS = {
  'Content-Type': 'text/calendar; charset=utf-8',
  // A calendar app asks again every few hours; it must get the dates as they are then.
  'Cache-Control': 'no-cache',
} as const;

/**
 * The calendar: a secret feed URL per dossier that calendar apps subscribe to (the owner makes one,
 * revokes it, or makes a new one, which ends the old), and "Toevoegen aan agenda": one date as a file,
 * with the same UID as in the feed, so the calendar updates it instead of adding a second.
 */
export function registerCalendarRoutes(app: App, deps: WorkingDeps) {
  const { db } = deps;
  const titleOf = async (dossierId: string) =>
    (await db.query<{ title: string }>('SELECT title FROM dossiers WHERE id = $1', [dossierId]))[0]?.title ?? '';

  app.get('/api/dossiers/:id/calendar-feed', requireOwner, async (c) => {
    const feed = await liveFeed(db, c.get('dossierId'));
    return c.json({
      active: feed !== null,
      createdAt: feed?.createdAt ?? null,
      createdBy: feed?.createdBy ?? null,
    } satisfies CalendarFeed);
  });

  app.post('/api/dossiers/:id/calendar-feed', requireOwner, async (c) => {
    const dossierId = c.get('dossierId');
    const actor = actorOf(c.get('identity'));
    const token = newToken();
    await db.transaction(async (tx) => {
      const had = await revokeFeeds(tx, dossierId, actor);
      await insertFeed(tx, { dossierId, id: newRowId(), tokenHash: hashToken(token), actor });
      await audit(tx, {
        dossierId,
        action: 'calendar.create',
        object: `dossier:${dossierId}/calendar`,
        result: had ? 'ok:replaced' : 'ok',
        actor,
      });
    });
    const feed = (await liveFeed(db, dossierId))!;
    await announceWork(deps, c, 'calendar');
    return c.json({ token, path: feedPath(token), createdAt: feed.createdAt } satisfies CalendarFeedCreated, 201);
  });

  app.delete('/api/dossiers/:id/calendar-feed', requireOwner, async (c) => {
    const dossierId = c.get('dossierId');
    const actor = actorOf(c.get('identity'));
    const revoked = await db.transaction(async (tx) => {
      const had = await revokeFeeds(tx, dossierId, actor);
      if (had)
        await audit(tx, { dossierId, action: 'calendar.revoke', object: `dossier:${dossierId}/calendar`, result: 'ok', actor });
      return had;
    });
    if (revoked) await announceWork(deps, c, 'calendar');
    return c.body(null, 204);
  });

  app.get(`${FEED_PREFIX}:file`, async (c) => {
    const token = FEED_FILE.exec(c.req.param('file'))?.[1];
    const dossierId = token ? await feedDossier(db, hashToken(token)) : null;
    if (!dossierId) return c.json({ error: errors.unknownFeed }, 404);
    const followUp = await followUpFor(db, dossierId, todayOf(deps));
    const ics = toIcs(followUp.keyDates, { calName: followUpNl.calendarName(await titleOf(dossierId)) });
    return c.body(ics, 200, {
      ...CALENDAR_HEADERS,
      'Content-Disposition': `inline; filename="${workingNl.calendar.fileName}.ics"`,
    });
  });

  app.get('/api/dossiers/:id/key-dates/:uid', async (c) => {
    const dossierId = c.get('dossierId');
    const followUp = await followUpFor(db, dossierId, todayOf(deps));
    const date = followUp.keyDates.find((k) => k.uid === c.req.param('uid'));
    if (!date) return c.json({ error: errors.unknownKeyDate }, 404);
    const ics = toIcs([date], { calName: followUpNl.calendarName(await titleOf(dossierId)) });
    const name = `${fileSlug(date.title, workingNl.calendar.fileName)}-${date.date}.ics`;
    return c.body(ics, 200, { ...CALENDAR_HEADERS, 'Content-Disposition': `attachment; filename="${name}"` });
  });
}
