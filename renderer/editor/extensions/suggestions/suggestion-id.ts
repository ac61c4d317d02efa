/**
 * A suggestion's id carries who made it and when, so that the mark alone
 * (synced by Yjs, saved, versioned, exported) says everything the pane and
 * the .docx need; no side table can drift from the text.
 *
 * Format (persisted: never change, only add fields at the end):
 *   s<random>|<ISO time>|<role>|<author id, URI-encoded>|<author name, URI-encoded>
 * The leading "s" keeps the library's parseInt-based id parsing from taking a
 * digit prefix as a number.
 */
export interface SuggestionAuthor {
  authorId: string;
  author: string;
  role: string;
}

export interface SuggestionInfo extends SuggestionAuthor {
  id: string;
  at: string;
}

export function makeSuggestionId(by: SuggestionAuthor, at: string, random: string = randomPart()): string {
  return ['s' + random, at, by.role, encodeURIComponent(by.authorId), encodeURIComponent(by.author)].join('|');
}

export function parseSuggestionId(id: unknown): SuggestionInfo {
  const text = String(id ?? '');
  const [, at = '', role = '', authorId = '', author = ''] = text.split('|');
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return { id: text, at, role, authorId: decode(authorId), author: decode(author) };
}

function randomPart(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
