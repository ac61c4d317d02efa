/**
 * A "folder" portal: some small portals take articles as files dropped in a
 * shared folder. Each article becomes `<folder>/<slug>/index.html` with its
 * images beside it (`<slug>/images/<imageId>.<ext>`), and a `post.json` that
 * names the article, so a resend rewrites the same folder even after the
 * title changed. Every write goes to a temporary name first, then is renamed
 * into place, so whoever reads the folder never sees half a file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ServiceError } from '../../../../common/api/errors';
import type { ConnectionReport } from '../../../../common/api/portal.api';
import { articleToHtml, escapeAttr, escapeText } from '../../../../common/article/to-html';
import { readableSlug } from '../names';
import { uncheckedReport, type PortalAdapter, type PortalConnection, type PortalKind, type SentPost, type Submission } from '../portal-adapter';
import { bylineHtml } from '../submission';

interface PostFile {
  articleId: string;
  id: number;
  title: string;
  category: string;
  tags: string[];
  status: string;
  sentAt: string;
}

export const folderPortal: PortalKind = {
  signsIn: false,
  siteKey: (url) => `folder:${resolve(url.trim())}`,
  create: (connection) => createFolderPortal(connection),
};

export function createFolderPortal(connection: PortalConnection): PortalAdapter {
  const root = connection.url.trim();

  function checkFolder(): void {
    if (!root || !isAbsolute(root)) throw new ServiceError('PORTAL_NOT_CONFIGURED', `not an absolute folder: ${root}`);
    let isFolder = false;
    try {
      isFolder = statSync(root).isDirectory();
    } catch {
      // missing or unreadable: same answer
    }
    if (!isFolder) throw new ServiceError('PORTAL_UNREACHABLE', `shared folder ${root} is not there`);
  }

  /** The folder this article was written to before, found by its post.json. */
  function folderOf(articleId: string): string | null {
    for (const name of readdirSync(root)) {
      const meta = readPost(join(root, name, 'post.json'));
      if (meta?.articleId === articleId) return name;
    }
    return null;
  }

  return {
    async testConnection(): Promise<ConnectionReport> {
      const report: ConnectionReport = uncheckedReport();
      try {
        checkFolder();
        report.reachable = true;
        report.siteName = root;
        // No sign-in: whoever can write the folder can send.
        report.signedIn = true;
        const probe = join(root, `.toasoan-check-${process.pid}`);
        writeFileSync(probe, '');
        rmSync(probe, { force: true });
        report.canCreatePosts = true;
        report.canUploadMedia = true;
      } catch (error) {
        if (error instanceof ServiceError) report.problem = error.code;
        else report.problem = 'PORTAL_FORBIDDEN';
      }
      return report;
    },

    async send(submission: Submission): Promise<SentPost> {
      const { article, articleId } = submission;
      if (!article.title) throw new ServiceError('BAD_REQUEST', 'the article has no title');
      checkFolder();
      const imageIds = [...new Set([...(article.featured ? [article.featured.imageId] : []), ...article.inlineImages])];
      const files = imageIds.map((id) => ({ id, file: submission.images.read(articleId, id) }));

      const name = folderOf(articleId) ?? readableSlug(article.title, articleId);
      const folder = join(root, name);
      try {
        mkdirSync(join(folder, 'images'), { recursive: true });
        const sources = new Map<string, string>();
        for (const { id, file } of files) {
          const fileName = `${id}.${file.extension}`;
          writeAtomic(join(folder, 'images', fileName), file.bytes);
          sources.set(id, `images/${fileName}`);
        }
        const id = postId(articleId);
        const featured = article.featured ? sources.get(article.featured.imageId) : undefined;
        const html = [
          '<!DOCTYPE html>',
          '<html lang="vi">',
          '<head>',
          '<meta charset="utf-8">',
          `<title>${escapeText(article.title)}</title>`,
          `<meta name="description" content="${escapeAttr(article.sapo)}">`,
          article.category ? `<meta name="category" content="${escapeAttr(article.category)}">` : '',
          article.tags.length ? `<meta name="keywords" content="${escapeAttr(article.tags.join(', '))}">` : '',
          featured ? `<meta property="og:image" content="${escapeAttr(featured)}">` : '',
          '</head>',
          '<body>',
          '<article>',
          `<h1>${escapeText(article.title)}</h1>`,
          article.sapo ? `<p class="sapo"><strong>${escapeText(article.sapo)}</strong></p>` : '',
          articleToHtml(submission.doc, { imageSrc: (imageId) => sources.get(imageId) ?? '' }),
          bylineHtml(article.byline),
          '</article>',
          '</body>',
          '</html>',
          '',
        ]
          .filter((line) => line !== '')
          .join('\n');
        writeAtomic(join(folder, 'index.html'), Buffer.from(html, 'utf8'));
        const post: PostFile = {
          articleId,
          id,
          title: article.title,
          category: article.category,
          tags: article.tags,
          status: submission.postStatus,
          sentAt: new Date().toISOString(),
        };
        writeAtomic(join(folder, 'post.json'), Buffer.from(JSON.stringify(post, null, 2), 'utf8'));
        return { id, link: pathToFileURL(join(folder, 'index.html')).href, status: submission.postStatus };
      } catch (error) {
        if (error instanceof ServiceError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        // A full or write-protected share is for a person to fix; a share that went away comes back.
        const lasting = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC';
        throw new ServiceError(lasting ? 'PORTAL_FORBIDDEN' : 'PORTAL_UNREACHABLE', `cannot write ${folder}: ${String(error)}`);
      }
    },
  };
}

function readPost(path: string): PostFile | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PostFile;
  } catch {
    return null;
  }
}

/** A stable number for the article (the outbox keeps a numeric post id). */
function postId(articleId: string): number {
  return createHash('sha256').update(articleId).digest().readUInt32BE(0) & 0x7fffffff || 1;
}

function writeAtomic(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}
