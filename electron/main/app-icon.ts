/**
 * The window's icon, under the app's root (`app.getAppPath()`), where
 * build/electron-builder.yml ships resources/icons/. Linux shows it; Windows
 * takes the icon of the .exe (resources/icon.ico). Made by `npm run icons`.
 */
export const WINDOW_ICON = 'resources/icons/256x256.png';
