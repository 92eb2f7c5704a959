#!/usr/bin/env python3
"""Writes the Windows .ico and the macOS .icns of the console from the PNG
renderings of packaging/icons/codemie-admin.svg (made by rsvg-convert in the
build). Both formats hold the PNGs as they are (.ico entries as PNG, which
Windows Vista and later read; .icns chunks of PNG type), so no image library
is needed.

    pack-icons.py ico OUT.ico 16.png 24.png 32.png 48.png 64.png 128.png 256.png
    pack-icons.py icns OUT.icns 16.png 32.png 64.png 128.png 256.png 512.png
"""
import struct
import sys


def png_size(data):
    if data[:8] != b'\x89PNG\r\n\x1a\n' or data[12:16] != b'IHDR':
        raise SystemExit('not a PNG file')
    return struct.unpack('>II', data[16:24])


def write_ico(out, pngs):
    images = []
    for path in pngs:
        data = open(path, 'rb').read()
        w, h = png_size(data)
        if w > 256 or h > 256:
            raise SystemExit(f'{path}: an .ico entry is at most 256 pixels')
        images.append((w, h, data))
    header = struct.pack('<HHH', 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b'', b''
    for w, h, data in images:
        # width/height 0 mean 256; 32 bits per pixel
        entries += struct.pack('<BBBBHHII', w % 256, h % 256, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    open(out, 'wb').write(header + entries + blobs)


# PNG chunk types of the .icns format by pixel size (1x renderings).
ICNS_TYPES = {16: b'icp4', 32: b'icp5', 64: b'icp6', 128: b'ic07', 256: b'ic08',
              512: b'ic09', 1024: b'ic10'}


def write_icns(out, pngs):
    chunks = b''
    for path in pngs:
        data = open(path, 'rb').read()
        w, h = png_size(data)
        if w != h or w not in ICNS_TYPES:
            raise SystemExit(f'{path}: {w}x{h} has no .icns slot')
        chunks += ICNS_TYPES[w] + struct.pack('>I', 8 + len(data)) + data
    open(out, 'wb').write(b'icns' + struct.pack('>I', 8 + len(chunks)) + chunks)


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ('ico', 'icns'):
        raise SystemExit(__doc__)
    (write_ico if sys.argv[1] == 'ico' else write_icns)(sys.argv[2], sys.argv[3:])


if __name__ == '__main__':
    main()
