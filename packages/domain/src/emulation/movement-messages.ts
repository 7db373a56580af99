/** Vietnamese sentences for movements, their reviews, pacts and stored files. Spread into MESSAGES (messages.ts). */
export const MOVEMENT_MESSAGES = {} as const satisfies Record<string, { text: string; params: readonly string[] }>;
