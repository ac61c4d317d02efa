/** Legacy Vietnamese encodings (TCVN3, VNI-Windows, VIQR, Windows-1258, NFD) → NFC Unicode. */
export {
  LEGACY_ENCODINGS,
  decodeWindows1252,
  decodeWindows1258,
  fromCp1258,
  fromLegacy,
  fromTcvn3,
  fromViqr,
  fromVni,
  type LegacyEncoding,
} from './convert';
export {
  AUTO_CONVERT_CONFIDENCE,
  convertLegacy,
  convertRuns,
  detectEncoding,
  encodingOfFont,
  isLegacy,
  type Conversion,
  type ConvertOptions,
  type DetectedEncoding,
  type Detection,
  type RunsConversion,
  type TextRun,
} from './detect';
export { convertBytes, decodeUtf8, textOfBytes, type ByteEncoding } from './bytes';
