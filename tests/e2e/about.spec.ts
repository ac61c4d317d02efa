/**
 * Issue 15: the spellchecker's data is credited in the app's About box, with
 * its licences: Wikipedia (CC BY-SA), Mozilla Common Voice (CC0) and
 * public-domain Vietnamese prose.
 */
import { test, expect } from './fixtures/test';

test('the version in the status bar opens "Giới thiệu Tòa Soạn", which credits the language model\'s corpora and licences; Escape closes it', async ({ app }) => {
  const version = app.getByTestId('app-version');
  await version.click();
  const dialog = app.getByRole('dialog', { name: 'Giới thiệu Tòa Soạn' });
  await expect(dialog).toBeVisible();
  const credits = dialog.getByTestId('about-credits');
  await expect(credits).toContainText('Wikipedia tiếng Việt');
  await expect(credits).toContainText('CC BY-SA 4.0');
  await expect(credits).toContainText('Mozilla Common Voice (CC0 1.0');
  await expect(credits).toContainText('văn xuôi tiếng Việt thuộc phạm vi công cộng');
  await expect(credits).toContainText('@cspell/dict-vi-vn (giấy phép MIT)');
  await expect(credits).toContainText('SCOWL của Kevin Atkinson');
  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(version).toBeFocused();
});
