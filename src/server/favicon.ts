/** Side of the icon in pixels. */
const SIZE = 16;
/** The pages' accent colour (#b4461d) and white, as BGRA. */
const ACCENT = [0x1d, 0x46, 0xb4, 0xff] as const;
const PAPER = [0xff, 0xff, 0xff, 0xff] as const;
const CLEAR = [0, 0, 0, 0] as const;

/** Lines of text on a page, as [row, first column, last column]: a digest at a glance. */
const LINES: [number, number, number][] = [
  [4, 3, 12],
  [5, 3, 12],
  [8, 3, 12],
  [11, 3, 9],
];

function pixel(x: number, y: number): readonly number[] {
  // A rounded square: the four corner pixels stay clear.
  const corner = (x === 0 || x === SIZE - 1) && (y === 0 || y === SIZE - 1);
  if (corner) return CLEAR;
  return LINES.some(([row, from, to]) => row === y && x >= from && x <= to) ? PAPER : ACCENT;
}

/**
 * /favicon.ico as a 16×16 32-bit ICO, drawn here so the server needs no binary
 * asset: an ICONDIR, one entry, a BMP header, bottom-up BGRA rows, and an
 * all-zero AND mask (the alpha channel does the masking).
 */
export function faviconIco(): Uint8Array {
  const pixels = SIZE * SIZE * 4;
  const mask = SIZE * 4; // one bit per pixel, rows padded to 32 bits
  const image = 40 + pixels + mask;
  const b = Buffer.alloc(6 + 16 + image);
  b.writeUInt16LE(0, 0);
  b.writeUInt16LE(1, 2); // icon
  b.writeUInt16LE(1, 4); // one image
  b.writeUInt8(SIZE, 6);
  b.writeUInt8(SIZE, 7);
  b.writeUInt16LE(1, 10); // planes
  b.writeUInt16LE(32, 12); // bits per pixel
  b.writeUInt32LE(image, 14);
  b.writeUInt32LE(22, 18); // offset of the image
  b.writeUInt32LE(40, 22); // BITMAPINFOHEADER
  b.writeInt32LE(SIZE, 26);
  b.writeInt32LE(SIZE * 2, 30); // colour rows plus mask rows
  b.writeUInt16LE(1, 34);
  b.writeUInt16LE(32, 36);
  b.writeUInt32LE(pixels + mask, 42);
  let at = 62;
  for (let y = SIZE - 1; y >= 0; y--) {
    for (let x = 0; x < SIZE; x++) {
      for (const c of pixel(x, y)) b[at++] = c;
    }
  }
  return b;
}
