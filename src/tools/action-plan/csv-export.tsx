import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { fileSlug } from '#src/domain/file-name';
import { PARTNER_KIND_LABELS } from '#src/domain/partners';
import { useStepContext } from '#src/forms/step-context';
import { saveBlob } from '#src/ui/save-blob';
import { actionPlanCopy } from './copy';
import { stepLabelIn } from './labels';
import { ACTION_PLAN_KEY, type ActionRow } from './schema';
import { actionPlanCsv } from './to-csv';
import { customFactorsOf, factorLabel, todayIso } from './view';

const t = actionPlanCopy.export;

/**
 * Downloads every row (filtered or not) as CSV. The file is made in the browser and handed over as a
 * `blob:` URL on an `<a download>`, which the Content-Security-Policy does not restrict.
 */
export function CsvExport({ name = ACTION_PLAN_KEY }: { name?: string }) {
  const { getValues } = useFormContext();
  const { partners, steps, dossier, stepList = [] } = useStepContext();
  const [done, setDone] = useState('');

  const download = () => {
    const rows = getValues(name);
    const custom = customFactorsOf(steps.visie);
    const csv = actionPlanCsv(Array.isArray(rows) ? (rows as ActionRow[]) : [], {
      partnerName: (id) => {
        const p = partners.find((x) => x.id === id);
        return p ? p.name.trim() || PARTNER_KIND_LABELS[p.kind] : undefined;
      },
      factorLabel: (id) => factorLabel(id, custom),
      stepLabel: (id) => stepLabelIn(stepList, id),
      today: todayIso(),
    });
    const file = t.fileName(fileSlug(dossier?.title, t.fallbackName));
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), file);
    setDone(t.done(file));
  };

  return (
    <div className="sw-action-export">
      <Paragraph>{t.hint}</Paragraph>
      <Button type="button" appearance="secondary-action-button" onClick={download}>
        {t.button}
      </Button>
      <Paragraph role="status" className="sw-save-note">
        {done}
      </Paragraph>
    </div>
  );
}
