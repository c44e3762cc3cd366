// VNI-Windows (the VNI fonts `VNI-Times`, `VNI-Helve` …). A VNI file is Windows-1252 text in which a
// Vietnamese letter is a base letter followed by one "mark" character (`aù` = á, `eä` = ệ, `oâ` = ô,
// `aê` = ă), except for a few letters that have one character of their own (`ô` = ơ, `ö` = ư, `ñ` = đ,
// `í ì æ ó ò` = í ì ỉ ĩ ị, `î` = ỵ). ơ and ư take their tone as a mark after them: `ôø` = ờ, `öï` = ự.
// No npm package gets those right, hence this table-driven converter. Pure; output is NFC.

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** Tone marks, lower- and upper-case forms (the mark's case follows the base letter's in real files). */
const TONE: Readonly<Record<string, string>> = {
  ù: ACUTE,
  Ù: ACUTE,
  ø: GRAVE,
  Ø: GRAVE,
  û: HOOK,
  Û: HOOK,
  õ: TILDE,
  Õ: TILDE,
  ï: DOT,
  Ï: DOT,
};

/** Circumflex (â ê ô) alone or with a tone. */
const WITH_CIRCUMFLEX: Readonly<Record<string, string>> = {
  â: '',
  Â: '',
  á: ACUTE,
  Á: ACUTE,
  à: GRAVE,
  À: GRAVE,
  å: HOOK,
  Å: HOOK,
  ã: TILDE,
  Ã: TILDE,
  ä: DOT,
  Ä: DOT,
};

/** Breve (ă) alone or with a tone. */
const WITH_BREVE: Readonly<Record<string, string>> = {
  ê: '',
  Ê: '',
  é: ACUTE,
  É: ACUTE,
  è: GRAVE,
  È: GRAVE,
  ú: HOOK,
  Ú: HOOK,
  ü: TILDE,
  Ü: TILDE,
  ë: DOT,
  Ë: DOT,
};

/** Letters with a character of their own. */
const SINGLE: Readonly<Record<string, string>> = {
  ô: 'ơ',
  Ô: 'Ơ',
  ö: 'ư',
  Ö: 'Ư',
  ñ: 'đ',
  Ñ: 'Đ',
  í: 'í',
  Í: 'Í',
  ì: 'ì',
  Ì: 'Ì',
  æ: 'ỉ',
  Æ: 'Ỉ',
  ó: 'ĩ',
  Ó: 'Ĩ',
  ò: 'ị',
  Ò: 'Ị',
  î: 'ỵ',
  Î: 'Ỵ',
};

/** Which marks each base letter takes. `ô`/`ö` here are the VNI characters for ơ/ư. */
const BASES: Readonly<Record<string, { letter: string; marks: readonly Readonly<Record<string, string>>[] }>> = {
  a: { letter: 'a', marks: [TONE, WITH_CIRCUMFLEX, WITH_BREVE] },
  e: { letter: 'e', marks: [TONE, WITH_CIRCUMFLEX] },
  o: { letter: 'o', marks: [TONE, WITH_CIRCUMFLEX] },
  u: { letter: 'u', marks: [TONE] },
  y: { letter: 'y', marks: [TONE] },
  ô: { letter: 'ơ', marks: [TONE] },
  ö: { letter: 'ư', marks: [TONE] },
};

/** `base + mark` → Unicode letter (NFC), both cases; built once from the tables above. */
const PAIRS = new Map<string, string>();
for (const [base, { letter, marks }] of Object.entries(BASES)) {
  for (const table of marks) {
    const shape = table === WITH_CIRCUMFLEX ? CIRCUMFLEX : table === WITH_BREVE ? BREVE : '';
    for (const [mark, tone] of Object.entries(table)) {
      const lower = (letter + shape + tone).normalize('NFC');
      PAIRS.set(base + mark, lower);
      PAIRS.set(base.toUpperCase() + mark, lower.toUpperCase());
    }
  }
}

const MARK_CHARS = [...new Set([...Object.keys(TONE), ...Object.keys(WITH_CIRCUMFLEX), ...Object.keys(WITH_BREVE)])];
const BASE_CHARS = Object.keys(BASES).flatMap((b) => [b, b.toUpperCase()]);
const SINGLE_CHARS = Object.keys(SINGLE);

// One base followed by one mark, or one letter of its own: single-character classes, no nesting,
// so matching is linear.
const VNI_UNIT = new RegExp(`[${BASE_CHARS.join('')}][${MARK_CHARS.join('')}]|[${SINGLE_CHARS.join('')}]`, 'g');

/** Convert a Windows-1252 reading of VNI text to Unicode (NFC). Characters VNI does not use pass through. */
export function vniToUnicode(text: string): string {
  return text
    .replace(VNI_UNIT, (unit) => {
      if (unit.length === 1) return SINGLE[unit] ?? unit;
      const pair = PAIRS.get(unit);
      if (pair !== undefined) return pair;
      // A base with a mark it does not take (`uâ`): keep the mark, but a lone ơ/ư still converts.
      const first = unit.charAt(0);
      return (SINGLE[first] ?? first) + unit.charAt(1);
    })
    .normalize('NFC');
}
