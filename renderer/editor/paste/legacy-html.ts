import { convertRuns, isLegacy, type Detection, type TextRun } from '../../../common/vietnamese/legacy';

export interface LegacyHtml {
  /** The same HTML with its legacy-encoded text in Unicode. */
  html: string;
  detection: Detection;
}

/**
 * Pasted HTML whose text is in a legacy Vietnamese encoding → the same HTML
 * in Unicode, or null when there is nothing to convert. Each text node is a
 * run; its font is the nearest `font-family` (inline style, `<font face>`, or
 * a `<style>` rule such as Word's `p.MsoNormal {font-family:".VnTime"}`).
 * Runs in .VnTime/VNI fonts are converted by their font, the others by what
 * their words show (see common/vietnamese/legacy). Parsed inert: nothing loads.
 */
export function convertLegacyHtml(html: string): LegacyHtml | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const fonts = styleSheetFonts(doc);
  const nodes: Text[] = [];
  const runs: TextRun[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.nodeValue || !node.nodeValue.trim()) continue;
    nodes.push(node);
    runs.push({ text: node.nodeValue, font: fontOf(node.parentElement, fonts) });
  }
  if (runs.length === 0) return null;
  const result = convertRuns(runs);
  if (result.converted === 0 || !isLegacy(result.detection.encoding)) return null;
  nodes.forEach((node, i) => {
    if (node.nodeValue !== result.texts[i]) node.nodeValue = result.texts[i]!;
  });
  return { html: doc.documentElement.outerHTML, detection: result.detection };
}

function fontOf(el: Element | null, sheet: Map<Element, string>): string | null {
  for (let at = el; at; at = at.parentElement) {
    const inline = /(?:^|;)\s*font-family\s*:\s*([^;]+)/i.exec(at.getAttribute('style') ?? '')?.[1];
    if (inline) return inline;
    const face = at.tagName === 'FONT' ? at.getAttribute('face') : null;
    if (face) return face;
    const fromSheet = sheet.get(at);
    if (fromSheet) return fromSheet;
  }
  return null;
}

/** Elements that a `<style>` rule gives a font-family (only rules naming a font are read). */
function styleSheetFonts(doc: Document): Map<Element, string> {
  const fonts = new Map<Element, string>();
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\/|<!--|-->/g, '');
    for (const [, selectors, body] of css.matchAll(/([^{}@]+)\{([^}]*)\}/g)) {
      const family = /(?:^|;)\s*font-family\s*:\s*([^;]+)/i.exec(body!)?.[1];
      if (!family) continue;
      try {
        for (const el of Array.from(doc.querySelectorAll(selectors!.trim()))) fonts.set(el, family.trim());
      } catch {
        // A selector this DOM does not understand names nothing we can use.
      }
    }
  }
  return fonts;
}
