import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/http/app-error';
import { isPhoto, isPreviewable, sniffMediaType } from './file-types';

const refused = async (head: Buffer) => {
  const error = await sniffMediaType(head).catch((e: unknown) => e);
  return error instanceof AppError && error.code === 'unsupported-media-type';
};

describe('sniffMediaType', () => {
  it('refuses Windows programs, ELF and Mach-O binaries, and scripts, whatever they are called', async () => {
    expect(await refused(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)]))).toBe(true);
    expect(await refused(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(300)]))).toBe(true);
    expect(await refused(Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]), Buffer.alloc(300)]))).toBe(true);
    expect(await refused(Buffer.from('#!/usr/bin/env python\nprint(1)\n'))).toBe(true);
  });

  it('names PDFs, JPEGs and PNGs from their signatures', async () => {
    expect(await sniffMediaType(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'))).toBe('application/pdf');
    expect(await sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]))).toBe('image/jpeg');
    expect(await sniffMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toBe('image/png');
  });

  it('takes UTF-8 without control bytes as text, but never markup, and anything else as bytes', async () => {
    expect(await sniffMediaType(Buffer.from('Salaire de mars : 200 $\n'))).toBe('text/plain');
    expect(await sniffMediaType(Buffer.from('<!DOCTYPE html><script>alert(1)</script>'))).toBe('application/octet-stream');
    expect(await sniffMediaType(Buffer.from('<svg onload="alert(1)"/>'))).toBe('application/octet-stream');
    expect(await sniffMediaType(Buffer.from([0, 1, 2, 3, 250, 251]))).toBe('application/octet-stream');
  });
});

describe('what leaves without metadata and what previews', () => {
  it('treats JPEG, PNG, WebP, TIFF and HEIC as photos, and previews only PDFs and browser images', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'image/heic']) expect(isPhoto(type)).toBe(true);
    expect(isPhoto('application/pdf')).toBe(false);
    expect(isPreviewable('application/pdf')).toBe(true);
    expect(isPreviewable('image/tiff')).toBe(false);
    expect(isPreviewable('text/plain')).toBe(false);
  });
});
