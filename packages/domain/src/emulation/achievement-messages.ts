/** Vietnamese sentences for achievements, initiatives, exemplars and five-year targets. Spread into MESSAGES (messages.ts). */
export const ACHIEVEMENT_MESSAGES = {} as const satisfies Record<string, { text: string; params: readonly string[] }>;
