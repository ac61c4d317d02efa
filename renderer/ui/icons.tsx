/**
 * The toolbar's icons: small line drawings in the text colour (so they follow
 * the button's state and the focus and contrast rules of text). They are
 * decoration only: every button that shows one carries its Vietnamese name in
 * `aria-label` and `title`.
 */
const PATHS = {
  undo: 'M8 5 4 9l4 4M4 9h8a4 4 0 0 1 0 8H9',
  redo: 'M12 5l4 4-4 4M16 9H8a4 4 0 0 0 0 8h3',
  link: 'M8.5 11.5a3 3 0 0 0 4.2 0l2.8-2.8a3 3 0 0 0-4.2-4.2l-1 1M11.5 8.5a3 3 0 0 0-4.2 0l-2.8 2.8a3 3 0 0 0 4.2 4.2l1-1',
  bulletList: 'M8 5h9M8 10h9M8 15h9M3.5 5h1M3.5 10h1M3.5 15h1',
  orderedList: 'M8 5h9M8 10h9M8 15h9M3 3.5l1.2-.8v4M2.8 9.2a1 1 0 0 1 1.9.4L3 12h1.9M3 14h1.8l-1 1.3a.9.9 0 1 1-.8 1.4',
  blockquote: 'M4 13c0-3.5 1-5.5 3.5-6.5M4 11h3v4H4zM11 13c0-3.5 1-5.5 3.5-6.5M11 11h3v4h-3z',
  hr: 'M2.5 10h15M5 5.5h10M5 14.5h10',
  alignLeft: 'M3 4h14M3 8h9M3 12h14M3 16h9',
  alignCenter: 'M3 4h14M5.5 8h9M3 12h14M5.5 16h9',
  alignRight: 'M3 4h14M8 8h9M3 12h14M8 16h9',
  alignJustify: 'M3 4h14M3 8h14M3 12h14M3 16h14',
  table: 'M3 4h14v12H3zM3 8h14M3 12h14M8 4v12M12.5 4v12',
  image: 'M3 4h14v12H3zM3 14.5l4.5-4.5 3 3 2-2 4.5 4.5M13 7.5h.01',
  video: 'M2.5 5h11v10h-11zM13.5 8.5l4-2.5v8l-4-2.5M6.5 7.8v4.4l3.6-2.2z',
  comment: 'M4 4h12v9H9.5L6 16v-3H4z',
  suggest: 'M4 16l.8-3.6L12.6 4.6l2.8 2.8-7.8 7.8zM11 6.2l2.8 2.8',
  print: 'M6 7V3h8v4M6 14H3.5V7.5h13V14H14M6 11h8v6H6z',
  html: 'M7 6l-4 4 4 4M13 6l4 4-4 4M11 4.5 9 15.5',
  docx: 'M5 2.5h7l3.5 3.5v11.5H5zM12 2.5V6h3.5M7 9l1.1 5 1.9-4 1.9 4L13 9',
  keyboard: 'M2 5.5h16v9H2zM5 8.5h.01M8 8.5h.01M11 8.5h.01M14 8.5h.01M6 11.5h8',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon(props: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[props.name]} fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A letter drawn as an icon (B, I, U): the usual marks of bold, italic and underline. */
export function LetterIcon(props: { letter: string; style: 'bold' | 'italic' | 'underline' }) {
  return (
    <span className={`icon icon-letter icon-${props.style}`} aria-hidden="true">
      {props.letter}
    </span>
  );
}
