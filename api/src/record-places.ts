import type { RecordPlaceTable } from './modules/access/record-places';
import { RoleGrant } from './modules/access/role-grant.entity';
import { ResidenceBinding } from './modules/bindings/residence-binding.entity';
import { CareRecord } from './modules/care/entities/care-record.entity';
import { CommunityEvent } from './modules/events/event.entity';
import { EventSeries } from './modules/events/event-series.entity';
import { Honour } from './modules/honours/honour.entity';
import { ImportRun } from './modules/imports/entities/import-run.entity';
import { MallItem } from './modules/mall/mall-item.entity';
import { ModerationCase } from './modules/moderation/entities/moderation-case.entity';
import { ModerationWord } from './modules/moderation/entities/moderation-word.entity';
import { FollowUp } from './modules/orders/entities/follow-up.entity';
import { GridOrder } from './modules/orders/entities/grid-order.entity';
import { ReportCategory } from './modules/orders/entities/report-category.entity';
import { Place } from './modules/places/place.entity';
import { PlaceUnit } from './modules/places/place-unit.entity';
import { PendingAward } from './modules/points/pending-award.entity';
import { PointsEntry } from './modules/points/points-entry.entity';
import { RiderApplication } from './modules/rider-applications/rider-application.entity';
import { User } from './modules/users/user.entity';

/**
 * For each record kind a route can name (`@Authorize(…, { record })`): its table and the column naming its place.
 * `placeParent` acts on a place from its parent. Wired into the access kernel here, so the kernel imports no feature.
 */
export const RECORD_PLACES: RecordPlaceTable = {
  places: Place,
  records: {
    place: [Place, 'id'],
    placeParent: [Place, 'parent_id'],
    member: [User, 'home_place_id'],
    pointsEntry: [PointsEntry, 'community_id'],
    pendingAward: [PendingAward, 'place_id'],
    mallItem: [MallItem, 'community_id'],
    honour: [Honour, 'community_id'],
    order: [GridOrder, 'grid_id'],
    category: [ReportCategory, 'community_id'],
    followUp: [FollowUp, 'community_id'],
    event: [CommunityEvent, 'place_id'],
    eventSeries: [EventSeries, 'place_id'],
    placeUnit: [PlaceUnit, 'place_id'],
    binding: [ResidenceBinding, 'building_id'],
    riderApplication: [RiderApplication, 'community_id'],
    roleGrant: [RoleGrant, 'place_id'],
    moderationCase: [ModerationCase, 'place_id'],
    moderationWord: [ModerationWord, 'street_id'],
    import: [ImportRun, 'scope_id'],
    careRecord: [CareRecord, 'grid_id'],
  },
};
