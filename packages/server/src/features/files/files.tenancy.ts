import { attemptsOnRecord, type TenancyCase } from '../../test/tenancy-case';
import { aMovement, PDF } from '../movements/movement-fixtures';

/** Commune B's movement with its plan attached. */
const b = { movementId: '', fileId: '' };

const filesOf = (communeId: string) => `/api/communes/${communeId}/files`;
const ofMovement = (communeId: string) => `${filesOf(communeId)}?owner=movement&ownerId=${b.movementId}`;
const route = '/api/communes/{communeId}/files';

export const fileTenancy: TenancyCase = {
  async seed(_ctx, officerB, communeB) {
    const movement = await officerB.post(
      `/api/communes/${communeB.id}/years/${communeB.yearId}/movements`,
      aMovement({ name: 'Phong trào có kế hoạch của B' }),
    );
    b.movementId = movement.json().id;
    const uploaded = await officerB.upload(
      `${ofMovement(communeB.id)}&fileName=ke-hoach.pdf`,
      PDF,
      'application/pdf',
    );
    b.fileId = uploaded.json().id;
  },
  attempts: [
    ...attemptsOnRecord('GET', route, ofMovement),
    ...attemptsOnRecord(
      'POST',
      route,
      (communeId) => `${ofMovement(communeId)}&fileName=xam-nhap.pdf`,
      () => PDF,
    ).map((attempt) => ({ ...attempt, contentType: 'application/octet-stream' })),
    ...attemptsOnRecord('GET', `${route}/{id}`, (communeId) => `${filesOf(communeId)}/${b.fileId}`),
    ...attemptsOnRecord('DELETE', `${route}/{id}`, (communeId) => `${filesOf(communeId)}/${b.fileId}`),
  ],
};
