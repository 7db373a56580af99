import type { EmploymentCategory, Gender, GroupKind, UnitKind } from './organisation';

/** What the organisation API answers with; built by the server, read by the web UI. */

export interface UnitSummary {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  parentName: string | null;
  retiredOn: string | null;
  activePeople: number;
}

export interface ResidentialGroupSummary {
  id: string;
  name: string;
  kind: GroupKind;
  leaderName: string | null;
  leaderPhone: string | null;
  retiredOn: string | null;
  activeHouseholds: number;
  residents: number;
}

export interface PersonSummary {
  id: string;
  fullName: string;
  gender: Gender;
  birthDate: string;
  /** Shown in full only to roles that manage records; others see the last four digits. */
  idNumber: string;
  position: string | null;
  unitId: string | null;
  unitName: string | null;
  employmentCategory: EmploymentCategory;
  isLeader: boolean;
  serviceStart: string | null;
  serviceEnd: string | null;
  retiredOn: string | null;
}

export interface HouseholdSummary {
  id: string;
  groupId: string;
  groupName: string;
  headName: string;
  address: string;
  memberCount: number;
  retiredOn: string | null;
}

export type SearchHitKind = 'person' | 'household' | 'group' | 'unit';

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  title: string;
  detail: string;
  retiredOn: string | null;
}

export interface SearchResults {
  query: string;
  people: SearchHit[];
  households: SearchHit[];
  groups: SearchHit[];
  units: SearchHit[];
}

export const IMPORT_KINDS = ['people', 'households'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportProblem {
  /** The spreadsheet's own row number, as Excel shows it. */
  row: number;
  column: string | null;
  message: string;
}

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
}

export type ImportStatus = 'reading' | 'validating' | 'writing' | 'done' | 'invalid' | 'failed';

export interface ImportJob {
  id: string;
  kind: ImportKind;
  fileName: string;
  dryRun: boolean;
  status: ImportStatus;
  rowsRead: number;
  rowsTotal: number | null;
  rowsWritten: number;
  problems: ImportProblem[];
  problemCount: number;
  outcome: ImportOutcome | null;
  /** A Vietnamese sentence when the whole file failed (unreadable, wrong columns, server error). */
  failure: string | null;
  startedAt: string;
  finishedAt: string | null;
}
