/** The kinds of record a route can name; each belongs to one place. */
export type RecordKind =
  | 'place'
  | 'placeParent'
  | 'placeUnit'
  | 'binding'
  | 'riderApplication'
  | 'roleGrant'
  | 'member'
  | 'pointsEntry'
  | 'pendingAward'
  | 'mallItem'
  | 'honour'
  | 'order'
  | 'category'
  | 'followUp'
  | 'event'
  | 'eventSeries'
  | 'moderationCase'
  | 'moderationWord'
  | 'import'
  | 'careRecord';

/**
 * Where records live, wired in by the composition root (`src/record-places.ts`) so that the kernel imports no
 * feature: the places table (grants and records join it for their path) and, per record kind, its table and the
 * column naming its place.
 */
export interface RecordPlaceTable {
  places: EntityClass;
  records: Record<RecordKind, readonly [EntityClass, string]>;
}

/** An entity class (TypeORM joins take the class). */
export type EntityClass = new () => object;

export const RECORD_PLACES = Symbol('RECORD_PLACES');
