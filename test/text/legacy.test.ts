import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/text/decode.js';
import { readCp1252 } from '../../src/text/legacy/cp1252.js';
import { accepts, detectLegacy, scoreLegacy } from '../../src/text/legacy/detect.js';
import { isVietnameseSyllable } from '../../src/text/legacy/syllable.js';
import { restoreCapsFont, tcvn3ToUnicode } from '../../src/text/legacy/tcvn3.js';
import { vniToUnicode } from '../../src/text/legacy/vni.js';
import { windows1258ToUnicode } from '../../src/text/legacy/windows1258.js';
import {
  ENCODERS,
  encodeTcvn3,
  encodeVni,
  encodeWindows1258,
  type LegacyName,
  misSaveAsUtf8,
  misSaveAsUtf16le,
  prepareSample,
} from '../helpers/legacy-encode.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => [d.name, readFileSync(new URL(`${d.name}/input.txt`, FIXTURES), 'utf8')] as const);
const latin = (bytes: Uint8Array) => readCp1252(bytes);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('VNI-Windows', () => {
  it('reads the national motto and the usual tell-tale words', () => {
    expect(vniToUnicode('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(vniToUnicode('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(vniToUnicode('Vieät Nam, ñöôïc, Haø Noäi, Quyeát ñònh')).toBe('Việt Nam, được, Hà Nội, Quyết định');
  });

  it('gets ơ and ư right with every tone, lower and upper case (what npm packages get wrong)', () => {
    expect(vniToUnicode('ô ôø ôù ôû ôõ ôï ö öø öù öû öõ öï')).toBe('ơ ờ ớ ở ỡ ợ ư ừ ứ ử ữ ự');
    expect(vniToUnicode('Ô ÔØ ÔÙ ÔÛ ÔÕ ÔÏ Ö ÖØ ÖÙ ÖÛ ÖÕ ÖÏ')).toBe('Ơ Ờ Ớ Ở Ỡ Ợ Ư Ừ Ứ Ử Ữ Ự');
    expect(vniToUnicode('Ôø Ôù Ôû Ôõ Ôï Öø Öù Öû Öõ Öï')).toBe('Ờ Ớ Ở Ỡ Ợ Ừ Ứ Ử Ữ Ự');
    expect(vniToUnicode('ngöôøi ñöôïc tröôøng nöôùc Tröôûng thuôû möôøi söûa ÖU TIEÂN NGÖÔØI')).toBe(
      'người được trường nước Trưởng thuở mười sửa ƯU TIÊN NGƯỜI',
    );
  });

  it('reads circumflex, breve, i and y forms', () => {
    expect(vniToUnicode('aâ aá aà aå aã aä aê aé aè aú aü aë')).toBe('â ấ ầ ẩ ẫ ậ ă ắ ằ ẳ ẵ ặ');
    expect(vniToUnicode('eâ eá eà eå eã eä oâ oá oà oå oã oä')).toBe('ê ế ề ể ễ ệ ô ố ồ ổ ỗ ộ');
    expect(vniToUnicode('i í ì æ ó ò y yù yø yû yõ î Í Ì Æ Ó Ò Î')).toBe('i í ì ỉ ĩ ị y ý ỳ ỷ ỹ ỵ Í Ì Ỉ Ĩ Ị Ỵ');
    expect(vniToUnicode('AÊ AÉ EÂ OÂ Ñ ñ')).toBe('Ă Ắ Ê Ô Đ đ');
  });

  it('leaves what VNI does not use alone and returns NFC', () => {
    expect(vniToUnicode('abc “x” – 12/KH¹ uâ')).toBe('abc “x” – 12/KH¹ uâ');
    expect(vniToUnicode('Vieät').normalize('NFC')).toBe(vniToUnicode('Vieät'));
  });

  it('the test encoder writes what the format doc shows', () => {
    expect(latin(encodeVni('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM');
    expect(latin(encodeVni('Độc lập - Tự do - Hạnh phúc'))).toBe('Ñoäc laäp - Töï do - Haïnh phuùc');
  });
});

describe('TCVN3 (ABC)', () => {
  it('reads the .VnTime font samples of the format doc', () => {
    expect(tcvn3ToUnicode('Céng hßa x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(tcvn3ToUnicode('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(tcvn3ToUnicode('QuyÕt ®Þnh, n¨m, ngµy, B¸o c¸o, Uû ban nh©n d©n')).toBe(
      'Quyết định, năm, ngày, Báo cáo, Uỷ ban nhân dân',
    );
  });

  it('reads byte 0xAD (a soft hyphen in Windows-1252) as ư', () => {
    expect(tcvn3ToUnicode('tr\u00adêng, n\u00adíc')).toBe('trường, nước');
  });

  it('keeps Windows-1252 punctuation (smart quotes, dashes) and control bytes', () => {
    expect(tcvn3ToUnicode('“6 râ” – \t')).toBe('“6 rõ” – \t');
  });

  it('restores words typed in the caps font .VnTimeH', () => {
    expect(tcvn3ToUnicode('CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(tcvn3ToUnicode('§éC LËP - Tù DO - H¹NH PHóC')).toBe('ĐỘC LẬP - TỰ DO - HẠNH PHÚC');
    expect(tcvn3ToUnicode('ñY BAN NH¢N D¢N X· TI£N DU')).toBe('ỦY BAN NHÂN DÂN XÃ TIÊN DU');
    expect(tcvn3ToUnicode('TM. BAN TH¦êNG Vô')).toBe('TM. BAN THƯỜNG VỤ');
  });

  it('does not upper-case ordinary words next to capitals', () => {
    expect(tcvn3ToUnicode('Sè: 12/Q§-UBND')).toBe('Số: 12/QĐ-UBND');
    expect(tcvn3ToUnicode('Uû ban nh©n d©n tØnh ë §BSCL')).toBe('Uỷ ban nhân dân tỉnh ở ĐBSCL');
    expect(restoreCapsFont('Kính gửi: UBND tỉnh')).toBe('Kính gửi: UBND tỉnh');
  });

  it('the test encoder writes what the format doc shows', () => {
    expect(latin(encodeTcvn3('Cộng hòa xã hội chủ nghĩa Việt Nam'))).toBe('Céng hßa x· héi chñ nghÜa ViÖt Nam');
    expect(latin(encodeTcvn3('CỘNG HÒA'))).toBe('CéNG HßA');
  });
});

describe('Windows-1258', () => {
  it('reads decomposed tones (the format doc shows the Windows-1252 reading)', () => {
    expect(windows1258ToUnicode('Côòng hoÌa xaÞ hôòi chuÒ nghiÞa Viêòt Nam')).toBe(
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
    );
    expect(windows1258ToUnicode('Ðôòc lâòp - Týò do - Haònh phuìc')).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  it('the test encoder writes what the format doc shows', () => {
    expect(latin(encodeWindows1258('Cộng hòa xã hội chủ nghĩa Việt Nam'))).toBe(
      'Côòng hoÌa xaÞ hôòi chuÒ nghiÞa Viêòt Nam',
    );
  });
});

describe('isVietnameseSyllable', () => {
  it.each(['người', 'nghiêng', 'quốc', 'gì', 'khuya', 'Đường', 'THƯỜNG', 'ủy', 'uỷ', 'xoong', 'oái', 'giữa'])(
    'accepts %s',
    (w) => {
      expect(isVietnameseSyllable(w)).toBe(true);
      expect(isVietnameseSyllable(w.normalize('NFD'))).toBe(true);
    },
  );
  it.each(['hßa', 'n¨m', 'ngµy', 'Vieät', 'Ñoäc', 'school', 'café', 'hoànn', 'tiếnng', 'QĐ', 'ẵẵ', ''])(
    'rejects %s',
    (w) => {
      expect(isVietnameseSyllable(w)).toBe(false);
    },
  );
});

// Round trips over the dev set: encode each input.txt, decode, compare exactly (NFC).
// `prepareSample` documents the only changes (TCVN3: ¹ ² → 1 2, Ủy → Uỷ).
describe.each(['tcvn3', 'vni', 'windows-1258'] as const)('dev-set texts encoded as %s', (encoding: LegacyName) => {
  it.each(fixtures)('%s: raw bytes decode back to the original', (_name, text) => {
    const sample = prepareSample(text, encoding);
    expect(decodeInput(ENCODERS[encoding](sample), 'x')).toEqual({ text: sample, encoding });
  });

  it.each(fixtures)('%s: mis-saved as UTF-8 converts back', (_name, text) => {
    const sample = prepareSample(text, encoding);
    const bytes = misSaveAsUtf8(ENCODERS[encoding](sample));
    expect(decodeInput(bytes, 'x')).toEqual({ text: sample, encoding: `${encoding}-as-utf8` });
    expect(decodeInput(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), 'x').encoding).toBe(`${encoding}-as-utf8`);
  });

  it.each(fixtures)('%s: mis-saved as UTF-16 ("Unicode Text") converts back', (_name, text) => {
    const sample = prepareSample(text, encoding);
    const bytes = misSaveAsUtf16le(ENCODERS[encoding](sample));
    expect(decodeInput(bytes, 'x')).toEqual({ text: sample, encoding: `${encoding}-as-utf16` });
  });

  it('the sample differs from the original only where documented', () => {
    for (const [, text] of fixtures) {
      const sample = prepareSample(text, encoding);
      if (encoding !== 'tcvn3') expect(sample).toBe(text.normalize('NFC'));
      else expect(sample.replace(/Uỷ/g, 'Ủy')).toBe(text.replace(/[¹²³]/g, (c) => String('¹²³'.indexOf(c) + 1)));
    }
  });
});

describe('detection leaves real Unicode alone', () => {
  it.each(fixtures)('%s as UTF-8 stays utf-8, byte for byte', (_name, text) => {
    expect(decodeInput(utf8(text), 'x')).toEqual({ text, encoding: 'utf-8' });
    expect(detectLegacy(text)).toBeNull();
    const nfd = text.normalize('NFD');
    expect(decodeInput(utf8(nfd), 'x')).toEqual({ text: nfd, encoding: 'utf-8' });
  });

  it.each([
    ['English', 'The committee met on Monday. Please send the report by 5 May 2026.'],
    ['French/German', 'Le café était naïf; die Grüße aus München waren schön. Señor Núñez, año 2026.'],
    [
      'Vietnamese with stray ß µ §',
      'Căn cứ § 3 Điều 5 Nghị định số 30/2020/NĐ-CP; xem ß và µ trong phụ lục § 4. Kính gửi: Các sở, ban, ngành.',
    ],
    ['Vietnamese with many symbols', '§ ß µ · ¸ ¹ ¨ © ® Ủy ban nhân dân tỉnh Hải Dương, ngày 14 tháng 4 năm 2026'],
  ])('%s', (_name, text) => {
    expect(decodeInput(utf8(text), 'x')).toEqual({ text, encoding: 'utf-8' });
  });

  it('scores: proper Vietnamese has many Unicode-only words and almost no fixes', () => {
    for (const [, text] of fixtures) {
      const s = scoreLegacy(text);
      expect(s.unicode).toBeGreaterThan(0.5 * s.words);
      for (const c of s.candidates) expect(c.fixed).toBeLessThanOrEqual(2);
    }
  });
});

describe('detection on short legacy snippets', () => {
  it.each([
    ['Céng hßa x· héi chñ nghÜa ViÖt Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'tcvn3-as-utf8'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc', 'vni-as-utf8'],
    ['Côòng hoÌa xaÞ hôòi chuÒ nghiÞa Viêòt Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'windows-1258-as-utf8'],
  ])('%s', (garbage, text, encoding) => {
    expect(decodeInput(utf8(garbage), 'x')).toEqual({ text, encoding });
  });

  it('does not convert two legacy-looking words in an otherwise English text', () => {
    const text = 'Report hßa n¨m submitted to the board on Monday.';
    expect(decodeInput(utf8(text), 'x')).toEqual({ text, encoding: 'utf-8' });
  });
});

describe('detection shortcut', () => {
  it('no Windows-1252 character is a letter the shortcut treats as Unicode-only', () => {
    // detect.ts stops early on text where words with these letters are at least half of all.
    const all = readCp1252(Uint8Array.from({ length: 256 }, (_, i) => i));
    const vietnameseOnly = /[\u0300-\u036f\u1e00-\u1effăĂđĐĩĨũŨơƠưƯ]/u;
    expect([...all].filter((c) => vietnameseOnly.test(c))).toEqual([]);
  });

  it('never stops a text the full scoring would accept (random mixes of Unicode and legacy words)', () => {
    // Words from real Unicode, TCVN3/VNI readings and plain ASCII, so both sides of the half-way
    // line are drawn; the shortcut may only return null where no encoding passes anyway.
    const words = [
      'Cộng',
      'hòa',
      'được',
      'Đảng',
      'ủy',
      'tỉnh',
      'Céng',
      'hßa',
      'n¨m',
      'ViÖt',
      'Ñoäc',
      'laäp',
      'Haïnh',
      'phuùc',
      'CÔNG',
      'văn',
      'the',
      'and',
      '2026',
      'x·',
      'héi',
      'ñaûng',
    ];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }).map((w) => w.join(' '));
    // detectLegacy without the shortcut: the best passing candidate, unless two tie.
    const fullAnswer = (t: string) => {
      const scores = scoreLegacy(t);
      const margin = (c: { fixed: number; broken: number }) => c.fixed - c.broken;
      const [best, second] = scores.candidates.filter((c) => accepts(c, scores)).sort((a, b) => margin(b) - margin(a));
      if (best === undefined || (second !== undefined && margin(second) === margin(best))) return null;
      return best.encoding;
    };
    const seen = new Set<string | null>();
    fc.assert(
      fc.property(text, (t) => {
        const answer = fullAnswer(t);
        seen.add(answer);
        expect(detectLegacy(t)).toBe(answer);
      }),
      { numRuns: 400 },
    );
    // Both outcomes were drawn, or the property says nothing.
    expect(seen.has(null) && seen.size > 1).toBe(true);
  });

  it('gives the same answer as the full scoring on Unicode text and on legacy readings', () => {
    for (const [, text] of fixtures) {
      expect(detectLegacy(text)).toBeNull();
      expect(detectLegacy(latin(encodeTcvn3(prepareSample(text, 'tcvn3'))))).toBe('tcvn3');
    }
  });
});

describe('TCVN3 capitals typed as lower-case bytes', () => {
  it('restores the first letter after a list marker', () => {
    // `ñy` is how TCVN3 writes both `ủy` and the caps-font `Ủy`
    const text = tcvn3ToUnicode('3. ñy ban KiÓm tra §¶ng ñy:\n- Ch\u00ednh quy\u00ean');
    expect(text.split('\n')[0]).toBe('3. Ủy ban Kiểm tra Đảng ủy:');
    expect(tcvn3ToUnicode('c¸c ®ång chÝ ñy viªn BTV')).toBe('các đồng chí ủy viên BTV');
  });
});
