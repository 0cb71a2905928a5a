/**
 * Names and document identities as one string per meaning: Unicode NFC (a Vietnamese letter typed on
 * another keyboard or pasted from a PDF arrives decomposed, "ệ" as e + ̣ + ̂) without the invisible
 * characters pasted text carries (zero-width spaces and joiners, bidirectional controls, soft hyphens, BOM).
 * Otherwise the same document registered three times: as NFC, as NFD and with a zero-width space.
 */
const invisible = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

export function cleanText(text: string): string {
  return text.normalize('NFC').replace(invisible, '');
}
