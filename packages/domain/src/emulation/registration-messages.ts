/** Vietnamese sentences for title registrations. Spread into MESSAGES (messages.ts). */
export const REGISTRATION_MESSAGES = {} as const satisfies Record<string, { text: string; params: readonly string[] }>;
