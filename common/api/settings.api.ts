import { z } from 'zod';
import { defaultCategories } from '../article/categories';
import { ArticleKind } from '../article/model';
import { ArticleTemplate } from '../article/templates';
import { method } from './contract';

export const PostStatus = z.enum(['pending', 'draft', 'publish']);

/** A word target of one kind: 0 means none. */
export const WordTarget = z.number().int().min(0).max(100_000);
/** Word targets per kind (thể loại); a kind left out has none. */
export const WordTargets = z.object(
  Object.fromEntries(ArticleKind.options.map((kind) => [kind, WordTarget.optional()])) as Record<ArticleKind, z.ZodOptional<typeof WordTarget>>,
);
export type WordTargets = z.infer<typeof WordTargets>;

/**
 * Everything the newsroom sets once. Unknown keys are dropped and bad values
 * fall back to defaults when a file is read, so an old or hand-edited settings
 * file never stops the app from opening.
 */
export const Settings = z.object({
  authorName: z.string().max(200).default(''),
  toneStyle: z.enum(['new', 'old']).default('old'),
  categories: z.array(z.string().min(1).max(200)).max(200).default([...defaultCategories]),
  spellcheck: z.boolean().default(true),
  userDictionary: z.array(z.string().min(1).max(100)).max(50_000).default([]),
  /** The byline (authorName) was asked for once at first start: never ask again, even if left empty. */
  bylineAsked: z.boolean().default(false),
  wordTargets: WordTargets.default({}),
  /** The newsroom's own templates ("Lưu làm mẫu"); the built-in ones are not stored. */
  templates: z.array(ArticleTemplate).max(200).default([]),
  portal: z
    .object({
      /** Which adapter sends (electron/services/portal/adapters.ts): 'wordpress', 'folder', … */
      type: z.string().max(50).default('wordpress'),
      url: z.string().max(500).default(''),
      username: z.string().max(200).default(''),
      postStatus: PostStatus.default('pending'),
      /** The address whose connection check last passed: the password goes nowhere else. */
      checkedUrl: z.string().max(500).default(''),
      /** A plain-http address (not localhost) for which the user accepted sending the password unencrypted. */
      plainHttpAcceptedFor: z.string().max(500).default(''),
    })
    .default({ type: 'wordpress', url: '', username: '', postStatus: 'pending', checkedUrl: '', plainHttpAcceptedFor: '' }),
});
export type Settings = z.infer<typeof Settings>;

/** A patch replaces whole top-level keys (portal is merged one level deep). */
export const SettingsPatch = z
  .object({
    authorName: Settings.shape.authorName.unwrap(),
    toneStyle: Settings.shape.toneStyle.unwrap(),
    categories: Settings.shape.categories.unwrap(),
    spellcheck: Settings.shape.spellcheck.unwrap(),
    userDictionary: Settings.shape.userDictionary.unwrap(),
    bylineAsked: Settings.shape.bylineAsked.unwrap(),
    wordTargets: WordTargets,
    templates: Settings.shape.templates.unwrap(),
    portal: z
      .object({
        url: z.string().max(500),
        username: z.string().max(200),
        postStatus: PostStatus,
      })
      .partial(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export function defaultSettings(): Settings {
  return Settings.parse({});
}

export const settingsMethods = {
  'settings.get': method(z.object({}).strict(), Settings),
  'settings.set': method(z.object({ patch: SettingsPatch }).strict(), Settings),
};
