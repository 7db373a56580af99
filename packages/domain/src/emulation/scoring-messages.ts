/** Vietnamese sentences for monthly scoring, year grades and discipline records. Spread into MESSAGES (messages.ts). */
export const SCORING_MESSAGES = {} as const satisfies Record<string, { text: string; params: readonly string[] }>;
