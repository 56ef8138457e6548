import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSeal } from './seal-check';
import { selfSignedIdentity, type SealIdentity } from './seal-identity';
import { PdfStructureError } from './pdf-syntax';
import { createSeal } from './seal-signature';

/** A small PDF 1.4 file as another tool might write it: a link on its page, no newline at the end. */
function handMadePdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Annots [5 0 R] >>',
    '<< /Length 0 >>\nstream\n\nendstream',
    '<< /Type /Annot /Subtype /Link /Rect [10 10 50 20] /A << /S /URI /URI (https://example.nl/\\(x\\)) >> >>',
    '<< /Title (Handgemaakt) >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(out, 'latin1');
}

const work = mkdtempSync(join(tmpdir(), 'samenwerkwijzer-placeholder-'));
const qpdf = (pdf: Buffer, args: string[]) => {
  const file = join(work, `f${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const res = spawnSync('qpdf', [...args, file], { encoding: 'utf8' });
  return { status: res.status, output: `${res.stdout}${res.stderr}` };
};

describe('the signature update on a PDF from elsewhere', () => {
  let identity: SealIdentity;
  beforeAll(async () => {
    identity = await selfSignedIdentity('Test');
  });

  it('is sound PDF: an older header is raised to 1.7 in the catalog, existing annotations kept', async () => {
    const pdf = handMadePdf();
    expect(qpdf(pdf, ['--check']).status).toBe(0);
    const sealed = await createSeal(identity).seal(pdf, {
      reason: 'r',
      location: 'Súdwest-Fryslân',
      name: 'n',
      contactInfo: 'x',
    });
    expect(sealed.subarray(0, pdf.length).equals(pdf)).toBe(true);
    const check = qpdf(sealed, ['--check']);
    expect(check.status, check.output).toBe(0);
    expect(check.output).not.toContain('WARNING');
    expect(checkSeal(sealed)).toMatchObject({ signed: true, intact: true, coversWholeFile: true });

    const [, objects] = JSON.parse(qpdf(sealed, ['--json=2', '--json-key=qpdf']).output).qpdf;
    const catalog = objects['obj:1 0 R'].value;
    expect(catalog['/Version']).toBe('/1.7');
    expect(catalog['/Extensions']['/ESIC']['/ExtensionLevel']).toBe(2);
    expect(objects['obj:3 0 R'].value['/Annots']).toEqual(['5 0 R', '8 0 R']);
    expect(objects.trailer.value['/Prev']).toBeGreaterThan(0);
    // No /ID before: the update gives the file one.
    expect(objects.trailer.value['/ID']).toHaveLength(2);
    const signature = objects[`obj:${catalog['/Perms']['/DocMDP']}`].value;
    expect(signature['/Location']).toBe('u:Súdwest-Fryslân');
    expect(signature['/ContactInfo']).toBe('u:x');
  });

  it('refuses a file that already carries a certification or a form', async () => {
    const sealed = await createSeal(identity).seal(handMadePdf(), { reason: 'r', location: 'l', name: 'n', contactInfo: '' });
    await expect(createSeal(identity).seal(sealed, { reason: 'r', location: 'l', name: 'n', contactInfo: '' })).rejects.toThrow(
      PdfStructureError,
    );
  });

  it('refuses what is no PDF it can read', async () => {
    for (const bad of ['%PDF-1.7\nniets', 'geen pdf', '%PDF-1.5\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF']) {
      await expect(
        createSeal(identity).seal(Buffer.from(bad), { reason: 'r', location: 'l', name: 'n', contactInfo: '' }),
        bad,
      ).rejects.toThrow(PdfStructureError);
    }
  });
});
