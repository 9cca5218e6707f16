/** The e-licence as a printable A4 PDF, answered as a download. */
import type { Context } from 'hono';
import type { ELicenceAnswer } from '../../../core/api-answers';
import type { Env } from '../../env';
import { appToday } from '../../lib/clock';
import { renderELicencePdf } from '../documents/pdf/elicence-pdf';
import { pdfFont } from '../documents/pdf/pdf-font';

export async function eLicencePdf(
  env: Env,
  l: ELicenceAnswer,
): Promise<{ bytes: Uint8Array; ms: number }> {
  const font = await pdfFont(env);
  const t0 = Date.now();
  const bytes = await renderELicencePdf(font, {
    number: l.number,
    holderName: l.holderName,
    shopName: l.shopName,
    address: l.address,
    businessScope: l.businessScope.zh,
    issuedOn: l.issuedOn,
    expiresOn: l.expiresOn,
    issuingBureau: l.issuingBureau,
    verifyUrl: l.verifyUrl,
    printedOn: appToday(env),
  });
  return { bytes, ms: Date.now() - t0 };
}

/**
 * A PDF answer: inline (the browser's viewer prints it), named for a download, with the time
 * the drawing took in Server-Timing.
 */
export function pdfResponse(
  c: Context,
  pdf: { bytes: Uint8Array; ms: number },
  filename: string,
): Response {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return c.body(pdf.bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/pdf',
    'content-disposition': `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'server-timing': `pdf;dur=${pdf.ms}`,
  });
}
