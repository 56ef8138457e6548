import { useEffect, useMemo, useRef, type FocusEvent, type ReactNode } from 'react';
import { useSelector } from '@xstate/react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { StepId } from '#src/domain/step';
import type { PresenceEntry } from '#src/domain/live';
import { FieldPresenceContext } from '#src/forms/field-presence';
import { useLive } from '#src/sync/use-live';
import { syncNl } from '#src/i18n/nl/sync';
import { useDossier } from '#src/app/dossier-context';
import './live-step.css';

// Only fields of the step's own form are shared: tools beside it (such as the signal-sharing
// checklist, which is about a real case) must leave no trace on the server.
const fieldOf = (el: EventTarget | null) =>
  el instanceof HTMLElement && el.closest('form.sw-step-form') && 'name' in el && typeof el.name === 'string'
    ? el.name || null
    : null;

/** Per field name of this step, who else is editing it ("Sanne (Het Stedelijk Lyceum) bewerkt dit veld"). */
function editorsByField(viewers: readonly PresenceEntry[], stepId: StepId): Record<string, string> {
  const byField: Record<string, string[]> = {};
  for (const v of viewers) if (v.stepId === stepId && v.field) (byField[v.field] ??= []).push(syncNl.live.who(v));
  return Object.fromEntries(Object.entries(byField).map(([field, who]) => [field, syncNl.live.editsField(who.join(', '))]));
}

/**
 * Live updates around a step's form: who else is on this step, which field they are editing (marked
 * next to that field's label), a polite notice when someone else changed the step while this browser
 * was typing in it, and this browser's own presence (step and focused field) for the others.
 */
export function LiveStep({ stepId, children }: { stepId: StepId; children: ReactNode }) {
  const { sync } = useDossier();
  const live = sync.live;
  const { status, viewers, remote } = useLive(live);
  const actor = sync.actors[stepId];
  const revision = useSelector(actor, (s) => s.context.server.revision);
  const replaced = useSelector(actor, (s) => s.context.replaced);
  const wrapper = useRef<HTMLDivElement>(null);
  const lastFocusId = useRef<string | null>(null);

  useEffect(() => {
    live.setHere(stepId);
    return () => live.setHere(null);
  }, [live, stepId]);

  // The form re-mounts when the server replaced its data: put focus back where it was, if it was lost.
  useEffect(() => {
    const id = lastFocusId.current;
    if (!id) return;
    const timer = setTimeout(() => {
      const active = document.activeElement;
      if (active && active !== document.body) return;
      document.getElementById(id)?.focus({ preventScroll: true });
    });
    return () => clearTimeout(timer);
  }, [replaced]);

  const here = viewers.filter((v) => v.stepId === stepId);
  // The same object while the text per field stays the same: every field of the form reads it.
  const editingKey = JSON.stringify(editorsByField(viewers, stepId));
  const editing = useMemo(() => JSON.parse(editingKey) as Record<string, string>, [editingKey]);
  const notice = remote[stepId] && remote[stepId].revision > revision ? remote[stepId] : null;

  const onFocus = (e: FocusEvent) => {
    if (e.target.id) lastFocusId.current = e.target.id;
    live.setHere(stepId, fieldOf(e.target));
  };
  const onBlur = (e: FocusEvent) => {
    if (!wrapper.current?.contains(e.relatedTarget as Node | null)) live.setHere(stepId, null);
  };

  return (
    <>
      {here.length > 0 && (
        <Paragraph className="sw-presence">
          <span aria-hidden="true">👥 </span>
          {syncNl.live.alsoHere} {here.map(syncNl.live.who).join(', ')}
        </Paragraph>
      )}
      {status === 'refused' && (
        <Alert type="error">
          <Paragraph>{syncNl.live.linkRevoked}</Paragraph>
        </Alert>
      )}
      {/* The alert is a polite status message of its own (Utrecht Alert, type info). */}
      <div className="sw-live-notice">
        {notice && (
          <Alert type="info">
            <Paragraph>
              {syncNl.live.changedStep(syncNl.live.who(notice.by))}
              {actor.getSnapshot().context.pending !== null && <> {syncNl.live.loadNewWithMine}</>}
            </Paragraph>
            <Button type="button" appearance="secondary-action-button" onClick={() => live.loadRemote(stepId)}>
              {syncNl.live.loadNew}
            </Button>
          </Alert>
        )}
      </div>
      <div ref={wrapper} onFocus={onFocus} onBlur={onBlur} onInput={() => live.noteTyping(stepId)}>
        <FieldPresenceContext.Provider value={editing}>{children}</FieldPresenceContext.Provider>
      </div>
    </>
  );
}
