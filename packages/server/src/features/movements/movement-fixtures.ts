import type { Role } from '@thidua/domain';
import type { TestAppContext } from '../../test/test-app';
import { PASSWORD } from '../../test/fixtures';
import { TestClient } from '../../test/test-client';
import { signedInAs } from '../emulation-year/emulation-year-fixtures';

/** "Cả nước chung sức xây dựng nông thôn mới" as a ward takes part in it in 2026. */
export const aMovement = (overrides: Record<string, unknown> = {}) => ({
  name: 'Cả nước chung sức xây dựng nông thôn mới',
  launchLevel: 'national',
  type: 'thematic',
  startsOn: '2026-01-15',
  endsOn: '2026-12-31',
  participants: 'Cán bộ, công chức và Nhân dân toàn phường',
  criteria: 'Giữ vững 19/19 tiêu chí nông thôn mới nâng cao.',
  planNumber: '12/KH-UBND',
  planDate: '2026-01-10',
  ...overrides,
});

export const aReview = (overrides: Record<string, unknown> = {}) => ({
  kind: 'interim',
  reviewedOn: '2026-06-30',
  results: 'Có 39/39 khu dân cư đạt danh hiệu «Khu dân cư văn hóa».',
  figures: [{ label: 'Khu dân cư văn hóa', value: 39, unit: 'khu' }],
  ...overrides,
});

/** A pact of the chair with these units. */
export const aPact = (unitIds: string[], overrides: Record<string, unknown> = {}) => ({
  name: 'Giao ước thi đua năm 2026',
  signedOn: '2026-01-20',
  chairSignatory: 'Nguyễn Văn Chủ Tịch',
  commitments: 'Hoàn thành xuất sắc nhiệm vụ chính trị năm 2026.',
  parties: unitIds.map((unitId, i) => ({
    unitId,
    signatory: `Người ký ${i + 1}`,
    commitments: `Cam kết ${i + 1}`,
  })),
  ...overrides,
});

/** A minimal PDF; a program and a web page dressed as one. */
export const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n');
export const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
export const HTML = Buffer.from('<!DOCTYPE html><html><script>alert("xss")</script></html>');

/** Those who keep the year's movements, pacts and their files (SPEC §1), and those who only read them. */
export const WRITERS = ['commune_officer', 'chair', 'province_admin'] as const satisfies Role[];
export const READERS = ['unit_head', 'member', 'council_member', 'group_leader'] as const satisfies Role[];

/** One signed-in client of commune A per role. */
export async function clientsOfCommuneA(
  ctx: TestAppContext,
  prefix: string,
): Promise<Record<Role, TestClient>> {
  const { communeA, users } = ctx.seed;
  const clients = {} as Record<Role, TestClient>;
  clients.commune_officer = await TestClient.signedIn(ctx.app, users.officerA.username, PASSWORD);
  clients.member = await TestClient.signedIn(ctx.app, users.memberA.username, PASSWORD);
  clients.province_admin = await TestClient.signedIn(ctx.app, users.provinceAdmin.username, PASSWORD);
  for (const role of ['chair', 'unit_head', 'council_member', 'group_leader'] as const) {
    clients[role] = await signedInAs(ctx, communeA, role, `${prefix}.${role.replace('_', '.')}`);
  }
  return clients;
}
