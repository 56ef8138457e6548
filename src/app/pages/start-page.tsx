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
import { nl } from '#src/i18n/nl';
import { forgetDossier, knownDossiers, parseDossierLink, rememberDossier } from '#src/sync/token-store';
import { api } from '#src/sync/client';

const t = nl.start;

export function StartPage() {
  const navigate = useNavigate();
  const [recent, setRecent] = useState(knownDossiers);
  const [link, setLink] = useState('');
  const [linkError, setLinkError] = useState('');
  const [example, setExample] = useState<'idle' | 'busy' | 'failed'>('idle');

  const openLink = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = parseDossierLink(link);
    if (!parsed) {
      setLinkError(t.reopenInvalid);
      document.getElementById('heropen-link')?.focus();
      return;
    }
    navigate(`/d/${parsed.id}#${parsed.token}`);
  };

  const openExample = async () => {
    setExample('busy');
    try {
      // Both load on demand: the example is large and the start page stays light.
      const [{ createExampleDossier }, { EXAMPLE_DOSSIER }] = await Promise.all([
        import('#src/sync/create-example'),
        import('#steps/example-dossier'),
      ]);
      const created = await createExampleDossier(api, EXAMPLE_DOSSIER);
      rememberDossier({ id: created.id, token: created.token, title: created.title });
      navigate(`/d/${created.id}#${created.token}`);
    } catch {
      setExample('failed');
    }
  };

  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <Paragraph lead>{t.lead}</Paragraph>
      <ButtonGroup>
        <RouterLink to="/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          {t.newButton}
        </RouterLink>
      </ButtonGroup>

      <section aria-labelledby="voor-wie">
        <Heading2 id="voor-wie">{t.forWhomTitle}</Heading2>
        <UnorderedList>
          {t.forWhom.map((line) => (
            <UnorderedListItem key={line}>{line}</UnorderedListItem>
          ))}
        </UnorderedList>
      </section>

      <section aria-labelledby="hoe">
        <Heading2 id="hoe">{t.howTitle}</Heading2>
        <OrderedList>
          {t.how.map((line) => (
            <OrderedListItem key={line}>{line}</OrderedListItem>
          ))}
        </OrderedList>
      </section>

      <section aria-labelledby="voorbeeld">
        <Heading2 id="voorbeeld">{t.exampleTitle}</Heading2>
        <Paragraph>{t.exampleText}</Paragraph>
        <Button type="button" appearance="secondary-action-button" onClick={openExample} disabled={example === 'busy'}>
          {t.exampleButton}
        </Button>
        {example === 'busy' && <Loading text={t.exampleBusy} />}
        {example === 'failed' && (
          <Alert type="error" role="alert">
            <Paragraph>{t.exampleFailed}</Paragraph>
          </Alert>
        )}
      </section>

      <section aria-labelledby="heropenen">
        <Heading2 id="heropenen">{t.reopenTitle}</Heading2>
        <Paragraph>{t.reopenText}</Paragraph>
        <form onSubmit={openLink} noValidate className="sw-reopen">
          <FormField invalid={!!linkError}>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="heropen-link">{t.reopenLabel}</FormLabel>
            </div>
            <FormFieldDescription id="heropen-hint">{t.reopenHint}</FormFieldDescription>
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
            {t.reopenButton}
          </Button>
        </form>

        <Heading2 id="recent" className="sw-subheading">
          {t.recentTitle}
        </Heading2>
        {recent.length === 0 ? (
          <Paragraph>{t.recentEmpty}</Paragraph>
        ) : (
          <UnorderedList aria-labelledby="recent" className="sw-recent">
            {recent.map((d) => (
              <UnorderedListItem key={d.token}>
                <RouterLink to={`/d/${d.id}#${d.token}`} className="utrecht-link">
                  {d.title}
                </RouterLink>{' '}
                {d.who && <span>— {d.who} </span>}
                <span className="sw-muted">({nl.time(d.openedAt)})</span>{' '}
                <Button
                  type="button"
                  appearance="subtle-button"
                  aria-label={t.forgetLabel(d.title, d.who)}
                  onClick={() => {
                    forgetDossier(d.id, d.token);
                    setRecent(knownDossiers());
                  }}
                >
                  {t.forget}
                </Button>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
    </>
  );
}
