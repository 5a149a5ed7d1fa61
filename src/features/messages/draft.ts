/**
 * The message being written, kept on this phone as it is typed (localStorage, written at once,
 * so closing the tab mid-sentence loses nothing) and cleared once the message is saved. A
 * draft is never sent: only "Send message" makes a journal entry.
 */
const KEY = 'waymark.messageDraft';

export function readDraft(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeDraft(text: string): void {
  try {
    if (text) localStorage.setItem(KEY, text);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage may be full or blocked; the text is still in the box.
  }
}
