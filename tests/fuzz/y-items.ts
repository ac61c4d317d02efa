/**
 * The items of an editor's Yjs fragment in document order, one per line, nested
 * blocks indented: `client:clock+length`, D when deleted, the origins
 * (`o=`/`ro=`, clients cut to their last 3 digits) and the text. Two windows'
 * listings side by side show where their documents differ, which Yjs must
 * never allow (what found seed 200602's cause). Runs in the page (page kit).
 */
interface ItemLike {
  id: { client: number; clock: number };
  length: number;
  deleted: boolean;
  content: { str?: string; type?: { _start: ItemLike | null } };
  right: ItemLike | null;
  origin: { client: number; clock: number } | null;
  rightOrigin: { client: number; clock: number } | null;
}

export function yItemsListing(fragment: { _start: ItemLike | null }): string {
  const id = (x: { client: number; clock: number } | null) => (x ? `${x.client % 1000}:${x.clock}` : '-');
  const out: string[] = [];
  const walk = (start: ItemLike | null, depth: number) => {
    for (let it = start; it; it = it.right) {
      const text = typeof it.content.str === 'string' ? JSON.stringify(it.content.str) : it.content.type ? '<type>' : it.deleted ? '<collected>' : '<other>';
      out.push(`${'  '.repeat(depth)}${id(it.id)}+${it.length} ${it.deleted ? 'D' : ' '} o=${id(it.origin)} ro=${id(it.rightOrigin)} ${text}`);
      if (it.content.type && '_start' in it.content.type) walk(it.content.type._start, depth + 1);
    }
  };
  walk(fragment._start, 0);
  return out.join('\n');
}
