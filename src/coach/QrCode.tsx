/**
 * A QR code drawn as SVG from uqr's module matrix (no canvas, no inline styles: the CSP allows
 * neither). One path for all dark modules keeps the DOM small. It always draws dark on white
 * with a quiet zone, in dark mode too, because phone cameras need that contrast.
 */
import { encode } from 'uqr';

export function QrCode({ text, label }: { text: string; label: string }) {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect className="qr-code__light" width={size} height={size} />
      <path className="qr-code__dark" d={path} />
    </svg>
  );
}
