import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { canWorkspace } from '#src/domain/workspace/api';
import { workspaceNl } from '#src/i18n/nl/workspace';
import { tokenFromHash } from '#src/sync/token-store';
import { rememberWorkspace, workspaceTokenFor, WorkspaceSync } from '#src/sync/workspace-sync';
import { Loading } from '#src/ui/loading';
import { PageHeading } from '#src/ui/page-heading';
import { AttachForm, NewDossierForm } from './dossier-forms';
import { PortfolioSection } from './portfolio-section';
import { ResultsSection } from './results-section';
import { useLoaded } from './use-loaded';
import { WorkspaceInvites } from './workspace-invites';
import './workspace.css';

const t = workspaceNl.page;

/** /w/:id — a workspace's home: every partnership at a glance, and what its link may do there. */
export default function WorkspacePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const hashToken = tokenFromHash(location.hash);
  const token = hashToken ?? workspaceTokenFor(id);
  const sync = useMemo(() => (token ? new WorkspaceSync(id, token) : null), [id, token]);
  // The token leaves the address bar once read (it is kept in this browser), as a dossier link's does.
  useEffect(() => {
    if (hashToken) navigate({ pathname: location.pathname, hash: '' }, { replace: true });
  }, [hashToken, location.pathname, navigate]);

  if (!sync)
    return (
      <>
        <PageHeading>{workspaceNl.create.title}</PageHeading>
        <Alert type="error">
          <Paragraph>{t.noLink}</Paragraph>
        </Alert>
      </>
    );
  return <WorkspaceHome sync={sync} />;
}

function WorkspaceHome({ sync }: { sync: WorkspaceSync }) {
  const [version, setVersion] = useState(0);
  const { data: workspace, error } = useLoaded(() => sync.load(), [sync.id, sync.token, version]);
  useEffect(() => {
    if (workspace) rememberWorkspace(sync.id, sync.token, workspace.title);
  }, [workspace, sync]);

  if (error && !workspace)
    return (
      <>
        <PageHeading>{t.loadFailed}</PageHeading>
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      </>
    );
  if (!workspace) return <Loading text={t.loading} />;
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      <PageHeading focusKey={workspace.id}>{workspace.title}</PageHeading>
      <Paragraph lead>{t.kindLine(workspaceNl.kinds[workspace.kind], workspace.dossiers.length)}</Paragraph>
      {!canWorkspace.manage(workspace.me) && <Paragraph>{t.readOnly}</Paragraph>}
      <PortfolioSection sync={sync} version={version} />
      <ResultsSection sync={sync} version={version} />
      {canWorkspace.manage(workspace.me) && (
        <>
          <NewDossierForm sync={sync} workspace={workspace} onDone={changed} />
          <AttachForm sync={sync} onDone={changed} />
        </>
      )}
      {canWorkspace.own(workspace.me) && <WorkspaceInvites sync={sync} />}
    </>
  );
}
