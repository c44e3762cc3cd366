// Hostile input shapes of a given size, shared by test/adversarial.test.ts (a generous bound) and
// the benchmark (the real figures at 2 MB).

export function adversarialCases(normal: string, size: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return {
    'one long line': normal.replace(/\n/gu, ' '),
    '(1) markers': fill('(1) '),
    'a run of spaces': `a${' '.repeat(size)}b`,
    'spaces before a comma': `${fill('Hà Nội ')}     ,`,
    dots: fill('.'),
    digits: fill('1'),
    'digits and slashes': fill('12/'),
    'bold markers': fill('**'),
    'unmatched brackets': fill('(['),
    'deep outline': fill('1.1.1.1. a\n'),
    'dash lines': fill('- \n'),
    'deadline phrases': fill('trước ngày 30/4/2026 '),
    numbers: fill('Số 12-CV/TU '),
    'capital lines': fill('ỦY BAN NHÂN DÂN\n'),
    'tone marks': fill('hoà uỷ khoẻ '),
    'table rows': fill('| a | b |\n'),
    // Regex audit (docs/regex-audit.md): runs that backtracked polynomially or exponentially.
    'Số then spaces': `Số${' '.repeat(size)}x`,
    'Số then spaces, one line each': fill('Số:        x\n'),
    'title dots': fill('GS.'),
    'capitals and dots': fill('A.'),
    'signed note spaces': `(ký${' '.repeat(size)}))`,
    'authority spaces': `T${' '.repeat(size)}x`,
    'place, spaces': `Hà Nội,${' '.repeat(size)}x`,
    'blank date': `ngày${'…'.repeat(size)}x`,
  };
}
