/** The admin component for JSON fields editors only read (cms/components/JsonValue.tsx): no editor from a CDN. */
export const jsonValue = '/components/JsonValue#JsonValue'
