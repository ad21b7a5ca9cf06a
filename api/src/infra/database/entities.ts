import { CommunityEvent } from '../../modules/events/event.entity';
import { Place } from '../../modules/places/place.entity';
import { User } from '../../modules/users/user.entity';

/** Every entity, for the data source and the migration generator. */
export const ENTITIES = [Place, User, CommunityEvent];
