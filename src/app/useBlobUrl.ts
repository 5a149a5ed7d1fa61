/**
 * An object URL for some text (a calendar file to download, for example), made again when the
 * text changes. A replaced URL is released a minute later, so a tap at that moment still works.
 */
import { useEffect, useMemo } from 'react';

const RELEASE_AFTER_MS = 60_000;

export function useBlobUrl(text: string, type: string): string {
  const url = useMemo(() => URL.createObjectURL(new Blob([text], { type })), [text, type]);
  useEffect(
    () => () => {
      setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
    },
    [url],
  );
  return url;
}
