/** Routes on one order name it by the `id` parameter, so `@Authorize` checks the caller's grants on its place. */
export const ORDER = { record: 'order', param: 'id' } as const;
