import Taro from '@tarojs/taro';
import type { TicketView } from '@tongxin/types';

const TICKETS_KEY = 'tongxin.events.tickets';

type TicketMap = Record<string, TicketView>;

function readAll(): TicketMap {
  const stored: unknown = Taro.getStorageSync(TICKETS_KEY);
  return typeof stored === 'object' && stored !== null ? (stored as TicketMap) : {};
}

/** The ticket last loaded for a registration, so it still shows at a door with no signal. */
export function cachedTicket(registrationId: string): TicketView | undefined {
  return readAll()[registrationId];
}

export function cacheTicket(ticket: TicketView): void {
  const all = readAll();
  // Tickets of events long over are of no use at a door: keep the store small.
  const now = Date.now();
  const kept = Object.fromEntries(Object.entries(all).filter(([, t]) => new Date(t.validUntil).getTime() > now));
  Taro.setStorageSync(TICKETS_KEY, { ...kept, [ticket.registrationId]: ticket });
}

export function forgetTicket(registrationId: string): void {
  const all = readAll();
  delete all[registrationId];
  Taro.setStorageSync(TICKETS_KEY, all);
}
