/**
 * The message being written, kept on this phone as it is typed (localStorage, written at once,
 * so closing the tab mid-sentence loses nothing) and cleared once the message is saved. A
 * draft is never sent: only "Send message" makes a journal entry. While a PIN is set the copy
 * is sealed, never plain text at rest (data/lock/privateStorage.ts).
 */
import { privateStorage } from '../../data/lock/privateStorage';

const KEY = 'waymark.messageDraft';

export function readDraft(): string {
  try {
    return privateStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeDraft(text: string): void {
  try {
    if (text) privateStorage.setItem(KEY, text);
    else privateStorage.removeItem(KEY);
  } catch {
    // Storage may be full or blocked; the text is still in the box.
  }
}
