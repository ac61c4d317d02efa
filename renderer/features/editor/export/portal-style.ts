/** The look of an article on a district portal: used by the print preview and the HTML export. */
export const portalArticleCss = `
.portal-article { max-width: 760px; margin: 0 auto; padding: 24px; font-family: 'Times New Roman', 'Noto Serif', serif; font-size: 17px; line-height: 1.6; color: #222; background: #fff; }
.portal-category { font-family: Arial, sans-serif; font-size: 13px; font-weight: 700; text-transform: uppercase; color: #b3261e; border-bottom: 2px solid #b3261e; padding-bottom: 4px; margin-bottom: 12px; }
.portal-title { font-family: Arial, sans-serif; font-size: 28px; line-height: 1.3; color: #0b3d91; margin: 0 0 12px; }
.portal-sapo { font-weight: 700; margin: 0 0 16px; }
.portal-body h2 { font-size: 21px; } .portal-body h3 { font-size: 19px; } .portal-body h4 { font-size: 17px; }
.portal-body p { margin: 0 0 12px; text-align: justify; }
.portal-body blockquote { margin: 12px 0; padding: 8px 16px; border-left: 4px solid #0b3d91; background: #f3f6fb; font-style: italic; }
.portal-body table { border-collapse: collapse; width: 100%; margin: 12px 0; }
.portal-body th, .portal-body td { border: 1px solid #999; padding: 4px 8px; vertical-align: top; }
.portal-body th { background: #eef2f8; }
.portal-body figure, .portal-featured { margin: 16px 0; text-align: center; }
.portal-body figure img, .portal-featured img { max-width: 100%; height: auto; }
.portal-body figcaption, .portal-featured figcaption { font-size: 14px; font-style: italic; color: #555; margin-top: 4px; }
.portal-body hr { border: 0; border-top: 1px solid #ccc; margin: 16px 0; }
.portal-byline { text-align: right; font-weight: 700; margin-top: 16px; }
.portal-source, .portal-tags { font-size: 14px; color: #555; margin: 4px 0; }
.portal-article .image-missing { display: inline-block; padding: 24px; border: 1px dashed #aaa; color: #777; font-family: Arial, sans-serif; }
@media print { .portal-article { padding: 0; max-width: none; } @page { margin: 2cm; } }
`;
