import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { PageHeading } from '#src/ui/page-heading';
import { Loading } from '#src/ui/loading';
import { commonNl } from '#src/i18n/nl/common';
import { createNl } from '#src/i18n/nl/create';
import { formatNl } from '#src/i18n/nl/format';
import { startNl } from '#src/i18n/nl/start';
import { verifyNl } from '#src/i18n/nl/verify';
import { workspaceNl } from '#src/i18n/nl/workspace';
import { currentExample, forgetDossier, knownDossiers, parseDossierLink, rememberDossier } from '#src/sync/token-store';
import { api } from '#src/sync/client';
import { useAction } from '#src/app/use-action';

// Whatever went wrong, the start page says the same: the example could not be made, try again.
const exampleFailed = () => startNl.exampleFailed;

/** Whether the server still has the example (it may have been removed early); if not, forget it here. */
async function stillThere(id: string, token: string) {
  try {
    await api.getDossier(id, token);
    return true;
  } catch {
    forgetDossier(id);
    return false;
  }
}

export function StartPage() {
  const navigate = useNavigate();
  const [recent, setRecent] = useState(knownDossiers);
  const [link, setLink] = useState('');
  const [linkError, setLinkError] = useState('');
  const example = useAction({ failed: exampleFailed });

  const openLink = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = parseDossierLink(link);
    if (!parsed) {
      setLinkError(startNl.reopenInvalid);
      document.getElementById('heropen-link')?.focus();
      return;
    }
    navigate(`/d/${parsed.id}#${parsed.token}`);
  };

  // One example per browser while it lasts: clicking again opens the same one, not a new dossier.
  const openExample = () =>
    example.run(async () => {
      const known = currentExample();
      if (known && (await stillThere(known.id, known.token))) return navigate(`/d/${known.id}#${known.token}`);
      const created = await api.createExample();
      rememberDossier({ id: created.id, token: created.token, title: created.title, expiresAt: created.expiresAt });
      navigate(`/d/${created.id}#${created.token}`);
    });

  return (
    <>
      <PageHeading>{startNl.title}</PageHeading>
      <Paragraph lead>{startNl.lead}</Paragraph>
      <ButtonGroup>
        <RouterLink to="/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          {createNl.title}
        </RouterLink>
      </ButtonGroup>
      <Paragraph>
        {workspaceNl.create.entryText}{' '}
        <RouterLink to="/werkruimte/nieuw" className="utrecht-link">
          {workspaceNl.create.entry}
        </RouterLink>
      </Paragraph>

      <section aria-labelledby="voor-wie">
        <Heading2 id="voor-wie">{startNl.forWhomTitle}</Heading2>
        <UnorderedList>
          {startNl.forWhom.map((line) => (
            <UnorderedListItem key={line}>{line}</UnorderedListItem>
          ))}
        </UnorderedList>
      </section>

      <section aria-labelledby="hoe">
        <Heading2 id="hoe">{startNl.howTitle}</Heading2>
        <OrderedList>
          {startNl.how.map((line) => (
            <OrderedListItem key={line}>{line}</OrderedListItem>
          ))}
        </OrderedList>
      </section>

      <section aria-labelledby="voorbeeld">
        <Heading2 id="voorbeeld">{startNl.exampleTitle}</Heading2>
        <Paragraph>{startNl.exampleText}</Paragraph>
        <Button type="button" appearance="secondary-action-button" onClick={openExample} disabled={example.busy}>
          {startNl.exampleButton}
        </Button>
        {example.busy && <Loading text={startNl.exampleBusy} />}
        {example.error && (
          <Alert type="error" role="alert">
            <Paragraph>{example.error}</Paragraph>
          </Alert>
        )}
      </section>

      <section aria-labelledby="heropenen">
        <Heading2 id="heropenen">{startNl.reopenTitle}</Heading2>
        <Paragraph>{startNl.reopenText}</Paragraph>
        <form onSubmit={openLink} noValidate className="sw-reopen">
          <FormField invalid={!!linkError}>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="heropen-link">{commonNl.dossierLink}</FormLabel>
            </div>
            <FormFieldDescription id="heropen-hint">{startNl.reopenHint}</FormFieldDescription>
            {linkError && <FormFieldErrorMessage id="heropen-fout">{linkError}</FormFieldErrorMessage>}
            <div className="utrecht-form-field__input">
              <Textbox
                id="heropen-link"
                type="url"
                value={link}
                invalid={!!linkError}
                aria-invalid={linkError ? true : undefined}
                aria-describedby={linkError ? 'heropen-hint heropen-fout' : 'heropen-hint'}
                onChange={(e) => {
                  setLink(e.target.value);
                  setLinkError('');
                }}
              />
            </div>
          </FormField>
          <Button type="submit" appearance="secondary-action-button">
            {startNl.reopenButton}
          </Button>
        </form>

        <Heading2 id="recent" className="sw-subheading">
          {startNl.recentTitle}
        </Heading2>
        {recent.length === 0 ? (
          <Paragraph>{startNl.recentEmpty}</Paragraph>
        ) : (
          <UnorderedList aria-labelledby="recent" className="sw-recent">
            {recent.map((d) => (
              <UnorderedListItem key={d.token}>
                <RouterLink to={`/d/${d.id}#${d.token}`} className="utrecht-link">
                  {d.title}
                </RouterLink>{' '}
                {d.who && <span>— {d.who} </span>}
                <span className="sw-muted">({formatNl.time(d.openedAt)})</span>{' '}
                <Button
                  type="button"
                  appearance="subtle-button"
                  aria-label={startNl.forgetLabel(d.title, d.who)}
                  onClick={() => {
                    forgetDossier(d.id, d.token);
                    setRecent(knownDossiers());
                  }}
                >
                  {startNl.forget}
                </Button>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      <section aria-labelledby="controleren">
        <Heading2 id="controleren">{verifyNl.title}</Heading2>
        <Paragraph>
          <RouterLink to="/controleren" className="utrecht-link">
            {verifyNl.startLink}
          </RouterLink>
        </Paragraph>
      </section>
    </>
  );
}
