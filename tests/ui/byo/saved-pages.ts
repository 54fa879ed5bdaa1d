/**
 * Saved pages for the tests of reading an official page on `#/new`: the self-written test pages of
 * tests/fixtures/pages (the project's own wording in an issuer's page structure, never official text), as a
 * browser saves them: `.html`, or `.mhtml` (one MIME message, the page quoted-printable, its address in the
 * headers, as Chromium writes it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXPECTED_PAGES, type ExpectedPage } from '../../fixtures/pages/expected';

const PAGES = path.resolve(import.meta.dirname, '../../fixtures/pages');

export function pageHtml(name: string): string {
  return readFileSync(path.join(PAGES, name), 'utf8');
}

export function expectedPage(name: string): ExpectedPage {
  const found = EXPECTED_PAGES.find((e) => e.page === name);
  if (!found) throw new Error(`no expectations for ${name}`);
  return found;
}

/** Quoted-printable: bytes outside printable ASCII and `=` escaped, lines soft-broken under 76 characters. */
function quotedPrintable(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const lines: string[] = [];
  let line = '';
  for (const byte of bytes) {
    if (byte === 0x0a) {
      lines.push(line);
      line = '';
      continue;
    }
    const printable = byte >= 0x20 && byte < 0x7f && byte !== 0x3d;
    const piece = printable
      ? String.fromCharCode(byte)
      : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  lines.push(line);
  return lines.join('\r\n');
}

/** The page as an .mhtml file saved from `url`. */
export function toMhtml(html: string, url: string): string {
  const boundary = '----MultipartBoundary--testpage0000----';
  return [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${url}`,
    'Subject: =?utf-8?Q?test_page?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    'Content-Type: text/html',
    'Content-ID: <frame-0000@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Location: ${url}`,
    '',
    quotedPrintable(html),
    '',
    `--${boundary}`,
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    `Content-Location: ${new URL('/logo.png', url).href}`,
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
