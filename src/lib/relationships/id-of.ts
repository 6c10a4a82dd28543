/** The id of a relationship value, whether Payload returned it populated (an object) or as the bare id. */
export const idOf = (value: string | { id: string } | null | undefined): string | null =>
  typeof value === 'object' && value ? value.id : (value ?? null)
