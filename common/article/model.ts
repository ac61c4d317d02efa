import { z } from 'zod';

/** An article's id (a UUID from the drafts service); safe as a file and folder name. */
export const ArticleId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a safe article id');
export type ArticleId = z.infer<typeof ArticleId>;

/** Where an article stands in the newsroom's flow (see GLOSSARY.md). */
export const ArticleStatus = z.enum(['draft', 'in_review', 'returned', 'approved', 'submitted', 'published']);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

/** Thể loại. */
export const ArticleKind = z.enum(['tin', 'bai', 'phong_su', 'anh', 'video', 'do_hoa']);
export type ArticleKind = z.infer<typeof ArticleKind>;

export const FeaturedImage = z.object({
  imageId: z.string().min(1).max(100),
  caption: z.string().max(2000).default(''),
});
export type FeaturedImage = z.infer<typeof FeaturedImage>;
