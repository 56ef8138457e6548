/** The agreement's header, footer, banner and watermark: version and hash on every page. */
import type { AgreementData } from '#templates/to-agreement-data';
import { PageFurniture as Furniture } from '#templates/pdf/page-furniture';
import { agreementCopy } from './copy';

export function PageFurniture({ data, height }: { data: AgreementData; height: number }) {
  const { running } = data;
  return (
    <Furniture
      height={height}
      running={{
        title: running.title,
        edition: `${running.version} · ${agreementCopy.hashLabel} ${running.shortHash}`,
        banner: running.banner,
        watermark: data.status === 'concept' ? agreementCopy.watermark : null,
      }}
    />
  );
}
