import { RoleGrant } from '../../modules/access/role-grant.entity';
import { AuditLog } from '../../modules/audit/audit-log.entity';
import { RefreshToken } from '../../modules/auth/refresh-token.entity';
import { SmsCode } from '../../modules/auth/sms-code.entity';
import { ResidenceBinding } from '../../modules/bindings/residence-binding.entity';
import { CommunityEvent } from '../../modules/events/event.entity';
import { Place } from '../../modules/places/place.entity';
import { PlaceUnit } from '../../modules/places/place-unit.entity';
import { RiderApplication } from '../../modules/rider-applications/rider-application.entity';
import { User } from '../../modules/users/user.entity';

/** Every entity, for the data source and the migration generator. */
export const ENTITIES = [
  Place,
  PlaceUnit,
  User,
  RoleGrant,
  SmsCode,
  RefreshToken,
  ResidenceBinding,
  RiderApplication,
  AuditLog,
  CommunityEvent,
];
