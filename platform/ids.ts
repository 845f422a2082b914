const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a uuid (any version): ids are checked before they reach a query. */
export const isUuid = (value: string): boolean => UUID.test(value);
