import { formatCitation } from './labels';
import type { Certainty, RuleRow, Source } from './rule-row';
import type { RuleMessageCode } from './rule-messages';

export type CheckStatus = 'passed' | 'failed' | 'needs_judgement';
export type Verdict = 'eligible' | 'ineligible' | 'needs_judgement';

export interface Citation extends Source {
  certainty: Certainty;
  /** «Điều 23, Luật Thi đua, khen thưởng 2022», as shown to people. */
  text: string;
}

/**
 * One rule applied to one case: which row, what came out, the message code with its parameters
 * (the sentence is in the catalog, with the article), and the citation of the row.
 */
export interface Check {
  ruleId: string;
  status: CheckStatus;
  code: RuleMessageCode;
  params: Record<string, string | number>;
  citation: Citation;
}

// Rows are immutable constants, so each row's citation is built once however many cases cite it.
const citations = new WeakMap<object, Citation>();

export function citationOf(row: Pick<RuleRow, 'source' | 'certainty'>): Citation {
  let citation = citations.get(row);
  if (!citation) {
    citation = Object.freeze({
      ...row.source,
      certainty: row.certainty,
      text: formatCitation(row.source, row.certainty),
    });
    citations.set(row, citation);
  }
  return citation;
}

/** A check of `row`; its citation text also fills the `{citation}` of the sentence. */
export function checkOf(
  row: Pick<RuleRow, 'id' | 'source' | 'certainty'>,
  status: CheckStatus,
  code: RuleMessageCode,
  params: Record<string, string | number> = {},
): Check {
  const citation = citationOf(row);
  return { ruleId: row.id, status, code, params: { ...params, citation: citation.text }, citation };
}

/** Any failure makes the case ineligible; otherwise anything left to a person makes it a judgement. */
export function verdictOf(checks: readonly Pick<Check, 'status'>[]): Verdict {
  if (checks.some((check) => check.status === 'failed')) return 'ineligible';
  if (checks.some((check) => check.status === 'needs_judgement')) return 'needs_judgement';
  return 'eligible';
}
