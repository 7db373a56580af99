import type { Certainty, Source } from './rule-row';
import { cite, CULTURAL_DECREE_START, DOC } from './sources';

/** Shorthands for the versions most rules share, used by every table's `byRegime`. */
export const version = (source: Source, certainty: Certainty = 'verified') => ({ source, certainty });

/** Luật 2003 under R2003, Luật 2022 from R2024 (and so under R2025). */
export const bothLaws = (
  law2003: Source,
  law2022: Source,
  certainty2022: Certainty = 'verified',
  certainty2003: Certainty = 'verified',
) => ({ R2003: version(law2003, certainty2003), R2024: version(law2022, certainty2022) });

/** The same article number of both laws. */
export const sameArticleOfBothLaws = (
  article: string,
  certainty2022: Certainty = 'verified',
  certainty2003: Certainty = 'verified',
) => bothLaws(cite(DOC.LAW_2003, article), cite(DOC.LAW_2022, article), certainty2022, certainty2003);

/** Under Nghị định 86/2023 on cultural titles, in force from 2024-01-30 (within R2024). */
export const underCulturalDecree = (source: Source) => ({
  R2024: { ...version(source), from: CULTURAL_DECREE_START },
});
