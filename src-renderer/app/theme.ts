import { createTheme, type MantineThemeOverride } from '@mantine/core';
import type { Language } from '../../src-shared/api';

const SYSTEM_FONTS =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI Variable', 'Segoe UI', Roboto, 'Noto Sans', Helvetica, Arial, sans-serif";

/** Persian gets the bundled Vazirmatn (works offline); other languages use the system UI font. */
export function themeFor(language: Language): MantineThemeOverride {
  const fontFamily = language === 'fa' ? `Vazirmatn, ${SYSTEM_FONTS}` : SYSTEM_FONTS;
  return createTheme({
    primaryColor: 'blue',
    defaultRadius: 'md',
    fontFamily,
    headings: { fontFamily, fontWeight: '600' },
    cursorType: 'pointer',
  });
}
