import { auditNl } from '#src/i18n/nl/audit';
import { formatNl } from '#src/i18n/nl/format';

/** One entry of the audit log as stored: codes, an object path with ids, UTC time. */
export interface StoredAuditEntry {
  id: string;
  at: string;
  action: string;
  object: string;
  result: string;
  actor: string;
  detail: string | null;
}

/** What the log needs to name things instead of showing their ids. */
export interface AuditNames {
  /** "Stap 4: Stel een gezamenlijke visie op" for a step id. */
  step: (stepId: string) => string | undefined;
  /** A partner organisation's name for its id. */
  partner: (partnerId: string) => string | undefined;
}

export const auditActionText = (code: string): string => auditNl.actions[code] ?? auditNl.otherAction;

export function auditResultText(code: string): string {
  const voided = /^ok:voided-(\d+)$/.exec(code);
  if (voided) return auditNl.voided(Number(voided[1]));
  return auditNl.results[code] ?? (code.startsWith('ok') ? auditNl.otherSuccess : auditNl.otherRefusal);
}

/** `dossier:<id>/step:visie/partner:<id>` → "Stap 4: …, akkoord van Het Zeekompas". */
export function auditObjectText(object: string, names: AuditNames): string {
  const parts = Object.fromEntries(
    object
      .split('/')
      .slice(1)
      .map((segment) => {
        const at = segment.indexOf(':');
        return at < 0 ? [segment, ''] : [segment.slice(0, at), segment.slice(at + 1)];
      }),
  );
  const o = auditNl.objects;
  const partner = (id: string | undefined) => (id && names.partner(id)) || o.somePartner;
  if (parts.step !== undefined) {
    const step = names.step(parts.step) ?? o.dossier;
    return parts.partner !== undefined ? o.approval(step, partner(parts.partner)) : step;
  }
  if (parts.version !== undefined) {
    return parts.organisation !== undefined ? o.signature(parts.version, partner(parts.organisation)) : o.version(parts.version);
  }
  if (parts.round !== undefined) return Object.keys(parts).length > 1 ? o.roundAnswers : o.round;
  for (const key of ['invite', 'action', 'knowledge', 'calendar', 'rounds', 'audit'] as const) {
    if (parts[key] !== undefined) return o[key];
  }
  return o.dossier;
}

/** "Sanne de Wit, Het Stedelijk Lyceum (link Xy12…)" → "…, Het Stedelijk Lyceum (via een uitnodigingslink)". */
export const auditActorText = (actor: string): string => actor.replace(/\(link [^)]*\)$/, auditNl.viaLink);

const ISO_MOMENT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})\b/g;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/**
 * An entry's explanation without ids, codes or UTC: organisations and steps by name, dates the Dutch
 * way. Done when reading, so entries written before (the log is append-only) read the same.
 */
export function auditDetailText(detail: string | null, names: AuditNames): string {
  if (!detail) return '';
  const partner = (id: string) => names.partner(id) ?? auditNl.objects.somePartner;
  return detail
    .replace(ISO_MOMENT, (m) => formatNl.stamp(m))
    .replace(ISO_DAY, (_m, y: string, mo: string, d: string) => `${d}-${mo}-${y}`)
    .replace(/\bpartner:([\w-]+)/g, (_m, id: string) => partner(id))
    .replace(/\brevision (\d+)\b/g, (_m, n: string) => auditNl.detail.revision(n))
    .replace(/\btemplate:[\w-]+/g, auditNl.detail.fromTemplate)
    .replace(/\b([a-z]+(?:-[a-z]+)*)\/([\w-]+)/g, (m, stepId: string, partnerId: string) => {
      const step = names.step(stepId);
      return step ? `${step} (${partner(partnerId)})` : m;
    });
}

/** The audit log as a table a person reads: Dutch phrases, local time with its zone, names instead of ids. */
export function auditLogTable(rows: readonly StoredAuditEntry[], names: AuditNames): string[][] {
  return [
    [...auditNl.header],
    ...rows.map((r) => [
      r.id,
      formatNl.stamp(r.at),
      auditActionText(r.action),
      auditObjectText(r.object, names),
      auditResultText(r.result),
      auditActorText(r.actor),
      auditDetailText(r.detail, names),
    ]),
  ];
}
