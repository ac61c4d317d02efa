import { decodeEntities } from '../portal/wordpress/wordpress-client';

/**
 * Plain text of an article's HTML (a portal post, an imported file): one line
 * per block (captions included), tags dropped, entities decoded, scripts and
 * styles left out.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|h[1-6]|li|div|figcaption|blockquote|tr|td|th|caption)>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' '),
  )
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
