/**
 * The AVG (GDPR) side of a workspace, for its owner: everything it holds as one ZIP, and erasure. Erasing
 * a workspace removes the workspace, its links and its log; its dossiers stay, with their own links,
 * because they belong to their partnerships.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Db } from '#src/db/db';
import { audit } from '#src/db/dossiers';
import {
  eraseWorkspace,
  findWorkspace,
  listWorkspaceAudit,
  listWorkspaceDossiers,
  listWorkspaceInvites,
  workspaceAudit,
  workspaceRows,
} from '#src/db/workspaces';
import { deleteWorkspaceBody } from '#src/domain/workspace/api';
import { workspaceNl } from '#src/i18n/nl/workspace';
import { emitRevoke } from '#src/server/access-events';
import { workspaceInviteId } from '#src/server/auth';
import { workspaceAuditLogCsv } from '#src/server/audit-csv';
import { invalidResponse, readJson } from '#src/server/http';
import { requireWorkspaceOwner, workspaceActor, type WorkspaceApp } from './auth';

export const WORKSPACE_EXPORT_FORMAT = 'samenwerkwijzer-werkruimte';

const README = (title: string, at: string) =>
  [
    `Export van de werkruimte "${title}" uit Samenwerkwijzer, gemaakt op ${at} (UTC).`,
    '',
    '- werkruimte.json: de werkruimte, haar links (zonder geheime tokens) en welke dossiers erin staan.',
    '- logboek.csv: het logboek van de werkruimte (wie deed wat, wanneer), te openen in Excel.',
    '',
    'De dossiers zelf exporteert u per dossier (Partners en toegang, "Dossier exporteren").',
    '',
  ].join('\r\n');

export function registerWorkspaceAvgRoutes(app: WorkspaceApp, db: Db, now: () => Date) {
  app.get('/api/workspaces/:id/export.zip', requireWorkspaceOwner, async (c) => {
    const workspaceId = c.get('workspaceId');
    await workspaceAudit(db, {
      workspaceId,
      action: 'workspace.export',
      object: `workspace:${workspaceId}`,
      result: 'ok',
      actor: workspaceActor(c.get('workspaceMe')),
    });
    const exportedAt = now().toISOString();
    const workspace = (await findWorkspace(db, workspaceId))!;
    const files: Zippable = {
      'werkruimte.json': strToU8(
        JSON.stringify({ format: WORKSPACE_EXPORT_FORMAT, exportedAt, tables: await workspaceRows(db, workspaceId) }, null, 2),
      ),
      'logboek.csv': strToU8(workspaceAuditLogCsv(await listWorkspaceAudit(db, workspaceId))),
      'LEESMIJ.txt': strToU8(README(workspace.title, exportedAt)),
    };
    const zip = zipSync(files, { level: 6, mtime: now() });
    return c.body(zip as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="werkruimte-${workspaceId}.zip"`,
      'Content-Length': String(zip.length),
    });
  });

  app.delete('/api/workspaces/:id', requireWorkspaceOwner, async (c) => {
    const workspaceId = c.get('workspaceId');
    const body = await readJson(c, deleteWorkspaceBody);
    if (!body.ok) return body.response;
    const workspace = (await findWorkspace(db, workspaceId))!;
    if (body.data.confirmTitle !== workspace.title)
      return invalidResponse(c, [{ path: ['confirmTitle'], message: workspaceNl.errors.confirmTitle }]);
    const dossiers = await listWorkspaceDossiers(db, workspaceId);
    const invites = await listWorkspaceInvites(db, workspaceId);
    await eraseWorkspace(db, workspaceId, workspaceNl.tombstoneOwner);
    for (const d of dossiers) for (const i of invites) emitRevoke({ dossierId: d.id, inviteId: workspaceInviteId(i.id) });
    // Each dossier's own log keeps that it left the workspace (the workspace's log is gone with it).
    for (const d of dossiers)
      await audit(db, {
        dossierId: d.id,
        action: 'workspace.detach',
        object: `dossier:${d.id}/workspace:${workspaceId}`,
        result: 'ok:erased',
        actor: 'eigenaar',
      });
    return c.json({ deleted: true, reason: workspaceNl.tombstoneOwner });
  });
}
