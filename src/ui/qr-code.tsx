import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/**
 * A QR code for `text` as an SVG image, drawn in the browser (no request leaves the page). The image
 * carries its meaning in `alt`; the text itself should be shown next to it for whoever cannot scan.
 */
export function QrCode({ text, alt, className = 'sw-qr' }: { text: string; alt: string; className?: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (svg) => current && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      // A text too long for a QR code: the link next to it still works.
      () => current && setSrc(null),
    );
    return () => {
      current = false;
    };
  }, [text]);
  return src ? <img src={src} alt={alt} className={className} /> : null;
}
