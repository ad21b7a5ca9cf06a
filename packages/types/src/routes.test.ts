import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { ApiRoute } from './routes';

/** Every path, with each id parameter filled by `id`. */
function allPaths(node: unknown, id: string): string[] {
  if (typeof node === 'string') return [node];
  // The action is a typed literal, not an id, so it is left as it is.
  if (node === ApiRoute.Orders.Action) return [ApiRoute.Orders.Action(id, 'grab')];
  if (typeof node === 'function') return [(node as (...ids: string[]) => string)(id, id)];
  return Object.values(node as Record<string, unknown>).flatMap((child) => allPaths(child, id));
}

test('ids are encoded as one path segment', () => {
  assert.equal(ApiRoute.Event('a/b'), 'events/a%2Fb');
  assert.equal(ApiRoute.EventAdmin.Publish('a/b'), 'events/a%2Fb/publish');
  assert.equal(ApiRoute.EventAdmin.Checkin('e/1', 'c?2'), 'events/e%2F1/checkins/c%3F2');
  assert.equal(ApiRoute.EventSignup.Ticket('r#1'), 'events/registrations/r%231/ticket');
  assert.equal(ApiRoute.Points.Rules('x/y'), 'points/rules/x%2Fy');
  assert.equal(ApiRoute.Mall.Redeem('i/1'), 'mall/items/i%2F1/redeem');
  assert.equal(ApiRoute.Reports.MeToo('r/1'), 'reports/r%2F1/me-too');
  assert.equal(ApiRoute.Orders.Action('o/1', 'take-back'), 'orders/o%2F1/take-back');
  assert.equal(ApiRoute.PlaceUnits('p/1'), 'places/p%2F1/units');
  assert.equal(ApiRoute.Notifications.Read('n/1'), 'notifications/n%2F1/read');
});

test('no path leaks a raw id or has a leading, trailing or doubled slash', () => {
  for (const path of allPaths(ApiRoute, '../x')) {
    assert.ok(!path.includes('../'), path);
    assert.match(path, /^[a-z][a-z0-9.%-]*(\/[a-z0-9.%-]+)*$/i, path);
  }
});
