/**
 * Where the candidate lives. A contact line's town and its country or state ("Wokingham, UK", "Edmonton, AB, Canada"),
 * which no city list need know; a key-value table's label with its value in the next cell (现居住地 / 上海); a label
 * needs its colon, so "City College" or a city named in a sentence is no location. Invented people.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const locationOf = (...lines: string[]) =>
  parseResumeText(['Dana Holt', ...lines, '', 'Experience', 'Acme Ltd', '2019 – 2021'].join('\n')).location.value;

describe('the location', () => {
  it("reads a contact line's town with its country, state or region, however small the town", () => {
    expect(locationOf('+44 7700 900123  |  dana.holt@example.com  |  Fenbury, UK')).toBe('Fenbury, UK');
    expect(locationOf('+1 541 555 0142 | dana@example.com | Bend, OR')).toBe('Bend, OR');
    expect(locationOf('+1 780 555 0142 | dana@example.com | Edmonton, AB, Canada')).toBe('Edmonton, AB, Canada');
    expect(locationOf('+1 614 555 0142 | dana@example.com | Columbus, OH 43219')).toBe('Columbus, OH 43219');
    expect(locationOf('+91 98450 12345 | dana@example.com | Pune, Maharashtra')).toBe('Pune, Maharashtra');
    expect(locationOf('+61 438 902 617 | dana@example.com | Perth, WA (FIFO)')).toBe('Perth, WA (FIFO)');
    expect(locationOf('+52 55 1234 5678 | dana@example.com | Ciudad de México, México')).toBe('Ciudad de México, México');
  });

  it('reads a sidebar of contact lines, the town on a line of its own', () => {
    expect(locationOf('CONTACT', '+44 7911 234567', 'dana.holt@example.com', 'Fenbury, UK')).toBe('Fenbury, UK');
  });

  it("reads a key-value table's label with its value in the next cell, in either script", () => {
    expect(locationOf('基本信息', '姓名', '王芳', '现居住地', '成都', '电话', '139 1234 5678')).toBe('成都');
    expect(locationOf('電話：9123 4567    電郵：dana@example.com    現居：九龍灣')).toBe('九龍灣');
    expect(locationOf('Personal Details', 'Location', 'Fenbury, UK')).toBe('Fenbury, UK');
  });

  it('takes no label without its colon, and no place a sentence names', () => {
    expect(locationOf('dana.holt@example.com', 'Studied at Fenbury City College; happy to relocate.')).toBeNull();
    expect(locationOf('dana.holt@example.com', 'Manager, Acme Ltd')).toBeNull();
  });
});
