/** Organizer routes act on the event in `:id`: the permission guard checks the caller's grant on its place. */
export const EVENT = { record: 'event', param: 'id' } as const;
