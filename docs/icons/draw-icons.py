# Draws the app icon: three people of different heights (old, middle-aged, young) on the club's blue.
import struct, zlib, sys
BLUE = (0x0b, 0x4f, 0x8a); WHITE = (255, 255, 255)
def inside(x, y):  # x, y in 0..1
    # people: (centre x, head y, head r, body top, body half width)
    for cx, hy, hr, bt, bw in ((0.30, 0.34, 0.075, 0.44, 0.10), (0.52, 0.28, 0.085, 0.39, 0.115), (0.72, 0.46, 0.06, 0.545, 0.08)):
        if (x - cx) ** 2 + (y - hy) ** 2 <= hr ** 2:
            return True
        # body: a rectangle with a round top, down to the ground line
        if bt <= y <= 0.74 and abs(x - cx) <= bw:
            top = bt + bw * 0.6
            if y >= top or (x - cx) ** 2 / bw ** 2 + (y - top) ** 2 / (bw * 0.6) ** 2 <= 1:
                return True
    return 0.78 <= y <= 0.81 and 0.18 <= x <= 0.84  # the ground they share
def png(size, path):
    rows = []
    n = 3
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            hits = sum(inside((i + (a + .5) / n) / size, (j + (b + .5) / n) / size) for a in range(n) for b in range(n))
            t = hits / (n * n)
            row += bytes(round(BLUE[k] + (WHITE[k] - BLUE[k]) * t) for k in range(3))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", raw) + chunk(b"IEND", b""))
for s in (192, 512):
    png(s, sys.argv[1] + f"/icon-{s}.png")
