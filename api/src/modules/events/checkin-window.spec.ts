import { publicKeyOf, signTicket, verifyTicket } from '@tongxin/tickets';
import { DEFAULT_CHECKIN_WINDOW_MINUTES } from '@tongxin/types';

import { EnvDto } from '../../infra/config/env.dto';
import { admitMovedTicket, type CheckinWindow, checkinWindow, withinWindow } from './checkin-window';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const shifted = (date: Date, ms: number) => new Date(date.getTime() + ms);

describe('check-in window', () => {
  const event = { startsAt: new Date('2026-11-22T06:00:00.000Z'), endsAt: new Date('2026-11-22T08:00:00.000Z') };

  it('opens the window length before the start and closes as long after the end', () => {
    expect(checkinWindow(event, 30)).toEqual({
      from: new Date('2026-11-22T05:30:00.000Z'),
      until: new Date('2026-11-22T08:30:00.000Z'),
    });
    expect(checkinWindow(event, 0)).toEqual({ from: event.startsAt, until: event.endsAt });
  });

  it('defaults to the window the organizer’s form shows', () => {
    expect(new EnvDto().CHECKIN_WINDOW_MINUTES).toBe(DEFAULT_CHECKIN_WINDOW_MINUTES);
  });

  it('takes both ends in and nothing beyond them', () => {
    const window = checkinWindow(event, 30);
    expect(withinWindow(window, window.from)).toBe(true);
    expect(withinWindow(window, window.until)).toBe(true);
    expect(withinWindow(window, event.startsAt)).toBe(true);
    expect(withinWindow(window, shifted(window.from, -1))).toBe(false);
    expect(withinWindow(window, shifted(window.until, 1))).toBe(false);
  });

  describe('tickets', () => {
    const seed = new Uint8Array(32).fill(7);
    const publicKey = publicKeyOf(seed);
    const eventId = '0b6f6f52-7a43-4c1e-9a55-2f1f3c1d0a01';
    const registrationId = '5d2b0a8e-93c4-4f6e-8d1b-7e6a2c9f4b02';
    /** The window the ticket was signed with: the event's times when the member opened their ticket. */
    const own = checkinWindow(event, 30);
    const claims = { eventId, registrationId, validFrom: own.from, validUntil: own.until };
    const token = signTicket(claims, seed);

    /** A scan at `at` judged for `forEvent`, whose window is now `current`; counts the event look-ups. */
    async function judge(at: Date, current: CheckinWindow | null, forEvent = eventId) {
      const currentWindow = jest.fn(async () => current);
      const check = await admitMovedTicket(verifyTicket(token, publicKey, at), {
        eventId: forEvent,
        at,
        currentWindow,
      });
      return { check, lookups: currentWindow.mock.calls.length };
    }

    it('carry the window they were made with, ends included', () => {
      expect(verifyTicket(token, publicKey, own.from)).toEqual({ ok: true, claims });
      expect(verifyTicket(token, publicKey, own.until)).toEqual({ ok: true, claims });
      expect(verifyTicket(token, publicKey, shifted(own.from, -MINUTE))).toMatchObject({ reason: 'not_yet_valid' });
      expect(verifyTicket(token, publicKey, shifted(own.until, MINUTE))).toMatchObject({ reason: 'expired' });
    });

    it('count inside their own window without looking the event up', async () => {
      expect(await judge(shifted(own.from, 10 * MINUTE), checkinWindow(event, 30))).toEqual({
        check: { ok: true, claims },
        lookups: 0,
      });
    });

    describe('made before the organizer moved the event', () => {
      const later = checkinWindow({ startsAt: shifted(event.startsAt, DAY), endsAt: shifted(event.endsAt, DAY) }, 30);
      const earlier = checkinWindow(
        { startsAt: shifted(event.startsAt, -DAY), endsAt: shifted(event.endsAt, -DAY) },
        30,
      );

      it('count in the event’s current window though outside their own, whichever way it moved', async () => {
        const inLater = shifted(later.from, 10 * MINUTE);
        expect(verifyTicket(token, publicKey, inLater)).toMatchObject({ ok: false, reason: 'expired' });
        expect(await judge(inLater, later)).toEqual({ check: { ok: true, claims }, lookups: 1 });

        const inEarlier = shifted(earlier.until, -10 * MINUTE);
        expect(verifyTicket(token, publicKey, inEarlier)).toMatchObject({ ok: false, reason: 'not_yet_valid' });
        expect((await judge(inEarlier, earlier)).check).toEqual({ ok: true, claims });
      });

      it('count at both ends of the current window and not a moment beyond', async () => {
        expect((await judge(later.from, later)).check.ok).toBe(true);
        expect((await judge(later.until, later)).check.ok).toBe(true);
        expect((await judge(shifted(later.from, -1), later)).check).toMatchObject({ ok: false, reason: 'expired' });
        expect((await judge(shifted(later.until, 1), later)).check).toMatchObject({ ok: false, reason: 'expired' });
        expect((await judge(shifted(earlier.from, -1), earlier)).check).toMatchObject({
          ok: false,
          reason: 'not_yet_valid',
        });
      });

      it('stay refused when the event is gone', async () => {
        expect((await judge(shifted(later.from, 10 * MINUTE), null)).check).toMatchObject({ ok: false });
      });

      it('do not count at another event, whatever that event’s window', async () => {
        const otherEvent = '9c1d7e2a-4b6f-4a3e-8f0c-1a2b3c4d5e03';
        expect(await judge(shifted(later.from, 10 * MINUTE), later, otherEvent)).toEqual({
          check: { ok: false, reason: 'expired', claims },
          lookups: 0,
        });
      });
    });

    it('never rescue a forged ticket', async () => {
      const [prefix, body, signature] = token.split('.');
      const forged = `${prefix}.${body}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
      const at = shifted(own.until, DAY);
      const currentWindow = jest.fn(async () => checkinWindow(event, 2 * 24 * 60));
      expect(await admitMovedTicket(verifyTicket(forged, publicKey, at), { eventId, at, currentWindow })).toEqual({
        ok: false,
        reason: 'bad_signature',
      });
      expect(currentWindow).not.toHaveBeenCalled();
    });
  });
});
