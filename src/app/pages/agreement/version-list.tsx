import { Link as RouterLink } from 'react-router';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Version } from '#src/domain/agreement/api';
import { shortHash } from '#src/domain/agreement/canonical';
import { agreementNl } from '#src/i18n/nl/agreement';
import { formatNl } from '#src/i18n/nl/format';
import { useDossier } from '#src/app/dossier-context';

/** "Alle versies": every frozen version, newest first, each with its text and what it changed. */
export function VersionList({ versions }: { versions: Version[] }) {
  const { dossier } = useDossier();
  return (
    <section aria-labelledby="versies">
      <Heading2 id="versies">{agreementNl.historyTitle}</Heading2>
      {versions.length === 0 ? (
        <Paragraph>{agreementNl.noVersions}</Paragraph>
      ) : (
        <ol className="sw-version-list" reversed>
          {[...versions].reverse().map((v) => (
            <VersionItem key={v.number} version={v} previous={versions.find((p) => p.number === v.replaces)} />
          ))}
        </ol>
      )}
      <Paragraph>
        <RouterLink to={`/d/${dossier.id}/controleer`} className="utrecht-link">
          {agreementNl.verifyLink}
        </RouterLink>
      </Paragraph>
    </section>
  );
}

function VersionItem({ version, previous }: { version: Version; previous?: Version }) {
  const { dossier } = useDossier();
  return (
    <li className="sw-version-item">
      <Heading3>
        {agreementNl.versionTitle(version.number)} — {agreementNl.versionStatus[version.status]}
      </Heading3>
      <Paragraph>
        {agreementNl.frozenAt} {formatNl.time(version.frozenAt)} · {agreementNl.hashLabel}:{' '}
        <code className="sw-hash">{shortHash(version.hash)}</code>
        {version.replaces ? ` · ${agreementNl.replaces(version.replaces)}` : ''}
      </Paragraph>
      {version.overrideReason && <Paragraph>{agreementNl.overrideNote(version.overrideReason)}</Paragraph>}
      <Paragraph>
        <RouterLink to={`/d/${dossier.id}/versie/${version.number}`} className="utrecht-link">
          {agreementNl.view(version.number)}
        </RouterLink>
        {previous && (
          <>
            {' · '}
            <RouterLink to={`/d/${dossier.id}/versie/${version.number}/wijzigingen`} className="utrecht-link">
              {agreementNl.changes(version.number, previous.number)}
            </RouterLink>
          </>
        )}
      </Paragraph>
    </li>
  );
}
