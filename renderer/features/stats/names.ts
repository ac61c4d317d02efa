import { fromBase64 } from '../../../common/api/base64';
import type { Breakdown } from '../../../common/api/stats.api';
import { vi } from '../../i18n/vi';

const t = vi.stats;

export const categoryName = (name: string) => name || t.noCategory;
export const authorName = (name: string) => name || t.noAuthor;

/** A category row's label, marking one no longer in Settings' list. */
export function categoryLabel(row: Pick<Breakdown, 'name' | 'deleted'>): string {
  return row.deleted ? `${categoryName(row.name)} ${t.deletedCategory}` : categoryName(row.name);
}

/** Base64 (from the services) to a Blob for downloading. */
export function base64Blob(data: string, mimeType: string): Blob {
  return new Blob([fromBase64(data) as BlobPart], { type: mimeType });
}
