"""Flat illustrations for the demo articles, drawn with Pillow.

Each article names a motif that fits its subject (a table seen from above for an arisan,
terraced fields for a farmers' group, a night sky over the guard post...), so the demo
blog does not look like one picture recoloured a dozen times. No text in the pictures:
thumbnails crop cleanly and nothing is hidden from screen readers.
"""

import math
import random

from PIL import Image, ImageDraw, ImageFont

HERO_SIZE = (1200, 675)
PHOTO_SIZE = (320, 320)
WHITE = (255, 255, 255)
SUN = (246, 201, 69)


def shade(colour, amount):
    """Lighter (positive) or darker (negative) version of ``colour``."""
    return tuple(max(0, min(255, c + amount)) for c in colour)


def draw_hero(colour, seed, motif="people"):
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    image = Image.new("RGB", HERO_SIZE, colour)
    MOTIFS[motif](ImageDraw.Draw(image), colour, rng, *HERO_SIZE)
    return image


def people(draw, colour, rng, width, height):
    """A row of people under rings: a gathering."""
    draw.rectangle([0, height * 0.68, width, height], fill=shade(colour, -60))
    for _ in range(7):
        radius = rng.randint(60, 160)
        x, y = rng.randint(0, width), rng.randint(0, int(height * 0.6))
        draw.ellipse(
            [x - radius, y - radius, x + radius, y + radius], outline=shade(colour, 70), width=6
        )
    _crowd(draw, rng.randint(7, 10), 0.12, 0.88, int(height * 0.6))


def _crowd(draw, count, left, right, base, width=1200, size=1.0):
    for person in range(count):
        cx = int(width * (left + (right - left) * person / max(count - 1, 1)))
        fill = SUN if person % 3 == 0 else WHITE
        head, body = int(26 * size), int(40 * size)
        draw.ellipse(
            [cx - head, base - int(96 * size), cx + head, base - int(44 * size)], fill=fill
        )
        draw.rounded_rectangle(
            [cx - body, base - int(38 * size), cx + body, base + body],
            radius=int(28 * size),
            fill=fill,
        )


def table(draw, colour, rng, width, height):
    """A round table seen from above, cups and envelopes around it: an arisan."""
    cx, cy = width // 2, height // 2
    draw.ellipse([cx - 260, cy - 260, cx + 260, cy + 260], fill=shade(colour, -50))
    draw.ellipse([cx - 230, cy - 230, cx + 230, cy + 230], fill=shade(colour, 40))
    seats = rng.randint(8, 11)
    for seat in range(seats):
        angle = 2 * math.pi * seat / seats
        x, y = cx + 330 * math.cos(angle), cy + 330 * math.sin(angle)
        draw.ellipse([x - 45, y - 45, x + 45, y + 45], fill=WHITE if seat % 2 else SUN)
        cup_x, cup_y = cx + 180 * math.cos(angle), cy + 180 * math.sin(angle)
        draw.ellipse(
            [cup_x - 22, cup_y - 22, cup_x + 22, cup_y + 22],
            fill=WHITE,
            outline=shade(colour, -70),
            width=5,
        )
    draw.rectangle([cx - 70, cy - 45, cx + 70, cy + 45], fill=WHITE)
    draw.line([cx - 70, cy - 45, cx, cy + 5, cx + 70, cy - 45], fill=shade(colour, -70), width=5)


def dome(draw, colour, rng, width, height):
    """A prayer house's dome and arches over a row of seated figures."""
    ground = int(height * 0.72)
    draw.rectangle([0, ground, width, height], fill=shade(colour, -55))
    draw.rectangle([300, 260, 900, ground], fill=shade(colour, 45))
    draw.pieslice([390, 80, 810, 440], 180, 360, fill=WHITE)
    draw.line([600, 40, 600, 90], fill=SUN, width=8)
    for arch in range(4):
        x = 340 + arch * 140
        draw.rectangle([x, 360, x + 100, ground], fill=shade(colour, -30))
        draw.pieslice([x, 310, x + 100, 410], 180, 360, fill=shade(colour, -30))
    for _ in range(rng.randint(20, 30)):
        x, y, r = rng.randint(0, width), rng.randint(0, 220), rng.randint(3, 7)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=shade(colour, 90))
    _crowd(draw, 6, 0.1, 0.9, ground + 60, size=0.7)


def bunting(draw, colour, rng, width, height):
    """Strings of pennants over a field: young people's events."""
    draw.rectangle([0, height * 0.7, width, height], fill=shade(colour, -50))
    for row, top in enumerate((60, 170, 280)):
        sag = 50 + row * 10
        points = [(x, top + sag * math.sin(math.pi * x / width)) for x in range(0, width + 1, 60)]
        draw.line(points, fill=WHITE, width=3)
        for index, (x, y) in enumerate(points[:-1]):
            fill = (SUN, WHITE, shade(colour, -70))[(index + row) % 3]
            draw.polygon([(x + 6, y), (x + 54, y + 4), (x + 30, y + 60)], fill=fill)
    draw.ellipse([520, 360, 680, 520], fill=WHITE)
    draw.line([600, 360, 600, 520], fill=shade(colour, -60), width=4)
    draw.line([520, 440, 680, 440], fill=shade(colour, -60), width=4)


def houses(draw, colour, rng, width, height):
    """A row of kampung houses along a clean path."""
    ground = int(height * 0.66)
    draw.rectangle([0, ground, width, height], fill=shade(colour, -45))
    draw.polygon(
        [(520, height), (680, height), (620, ground), (580, ground)], fill=shade(colour, 60)
    )
    x = 20
    while x < width - 100:
        house = rng.randint(140, 200)
        wall = rng.randint(140, 200)
        fill = (WHITE, shade(colour, 70), SUN)[rng.randint(0, 2)]
        draw.rectangle([x, ground - wall, x + house, ground], fill=fill)
        draw.polygon(
            [
                (x - 15, ground - wall),
                (x + house // 2, ground - wall - 90),
                (x + house + 15, ground - wall),
            ],
            fill=shade(colour, -70),
        )
        draw.rectangle(
            [x + house // 2 - 20, ground - 70, x + house // 2 + 20, ground], fill=shade(colour, -30)
        )
        x += house + rng.randint(30, 60)


def growth(draw, colour, rng, width, height):
    """Bars growing under a heart: a health post's charts."""
    base = int(height * 0.82)
    draw.line([120, base, width - 120, base], fill=WHITE, width=6)
    value = rng.randint(90, 130)
    for bar in range(9):
        value += rng.randint(15, 40)
        x = 160 + bar * 105
        draw.rounded_rectangle(
            [x, base - value, x + 70, base], radius=12, fill=SUN if bar == 8 else WHITE
        )
    cx, cy = 960, 150
    draw.ellipse([cx - 80, cy - 60, cx, cy + 20], fill=shade(colour, 80))
    draw.ellipse([cx, cy - 60, cx + 80, cy + 20], fill=shade(colour, 80))
    draw.polygon([(cx - 78, cy - 5), (cx + 78, cy - 5), (cx, cy + 100)], fill=shade(colour, 80))


def sheet(draw, colour, rng, width, height):
    """A spreadsheet on a phone beside a cooking pot: a PKK going digital."""
    draw.rounded_rectangle([150, 70, 520, 620], radius=40, fill=shade(colour, -60))
    draw.rectangle([180, 130, 490, 560], fill=WHITE)
    for row in range(9):
        for col in range(3):
            if rng.random() < 0.6:
                x, y = 195 + col * 100, 145 + row * 46
                draw.rectangle([x, y, x + 80, y + 28], fill=shade(colour, 50) if col else SUN)
    draw.pieslice([650, 250, 1050, 650], 0, 180, fill=WHITE)
    draw.rectangle([630, 430, 1070, 460], fill=shade(colour, -60))
    for steam in range(3):
        x = 760 + steam * 80
        draw.arc([x, 260, x + 60, 400], 90, 270, fill=WHITE, width=6)


def fields(draw, colour, rng, width, height):
    """Terraced rice fields under a sun and hills."""
    draw.ellipse([900, 50, 1060, 210], fill=SUN)
    draw.polygon(
        [(0, 330), (300, 180), (620, 320), (900, 200), (1200, 330), (1200, 675), (0, 675)],
        fill=shade(colour, -40),
    )
    for band in range(7):
        top = 330 + band * 50
        fill = shade(colour, 30 if band % 2 else -10)
        draw.polygon(
            [(0, top + 20), (width, top - 10), (width, top + 45), (0, top + 70)], fill=fill
        )
        for _ in range(14):
            x = rng.randint(0, width)
            draw.line([x, top + 35, x - 6, top + 5], fill=WHITE, width=3)


def night(draw, colour, rng, width, height):
    """A guard post under the moon and stars: the night watch."""
    draw.rectangle([0, 0, width, height], fill=shade(colour, -40))
    for _ in range(60):
        x, y, r = rng.randint(0, width), rng.randint(0, 380), rng.randint(1, 4)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=WHITE)
    draw.ellipse([880, 60, 1020, 200], fill=SUN)
    draw.ellipse([920, 40, 1060, 180], fill=shade(colour, -40))
    ground = int(height * 0.8)
    draw.rectangle([0, ground, width, height], fill=shade(colour, -70))
    draw.rectangle([380, 330, 820, ground], fill=shade(colour, 30))
    draw.polygon([(340, 340), (600, 220), (860, 340)], fill=shade(colour, -80))
    draw.rectangle([430, 420, 770, 470], fill=shade(colour, -60))
    draw.ellipse([580, 350, 620, 390], fill=SUN)
    draw.line([600, 340, 600, 350], fill=WHITE, width=3)


def bottles(draw, colour, rng, width, height):
    """Bottles and cans sorted into three sacks: a waste bank."""
    ground = int(height * 0.85)
    draw.rectangle([0, ground, width, height], fill=shade(colour, -50))
    for sack in range(3):
        x = 150 + sack * 330
        draw.rounded_rectangle([x, ground - 300, x + 240, ground], radius=50, fill=WHITE)
        for _ in range(4):
            bx = x + rng.randint(30, 170)
            by = ground - 300 - rng.randint(40, 110)
            fill = (SUN, shade(colour, 70), shade(colour, -70))[sack]
            if sack == 2:
                draw.rounded_rectangle([bx, by + 30, bx + 50, by + 100], radius=8, fill=fill)
            else:
                draw.rounded_rectangle([bx, by, bx + 40, by + 110], radius=14, fill=fill)
                draw.rectangle([bx + 12, by - 18, bx + 28, by + 2], fill=fill)


def bicycle(draw, colour, rng, width, height):
    """A bicycle on a country road with hills behind."""
    draw.polygon(
        [(0, 400), (400, 260), (800, 380), (1200, 250), (1200, 675), (0, 675)],
        fill=shade(colour, 40),
    )
    draw.rectangle([0, 520, width, height], fill=shade(colour, -50))
    wheel = 130
    back, front, axle_y = (380, 470), (800, 470), 470
    for cx, cy in (back, front):
        draw.ellipse([cx - wheel, cy - wheel, cx + wheel, cy + wheel], outline=WHITE, width=14)
        for spoke in range(8):
            angle = math.pi * spoke / 4
            draw.line(
                [cx, cy, cx + wheel * math.cos(angle), cy + wheel * math.sin(angle)],
                fill=WHITE,
                width=3,
            )
    seat, bar = (520, 300), (740, 290)
    draw.line([back, (590, axle_y), seat, back], fill=SUN, width=14)
    draw.line([seat, bar, (590, axle_y)], fill=SUN, width=14)
    draw.line([bar, front], fill=SUN, width=14)
    draw.line([(490, 280), (560, 280)], fill=WHITE, width=16)
    draw.line([(720, 260), (780, 250)], fill=WHITE, width=12)


def waves(draw, colour, rng, width, height):
    """Rising water, rooftops and a rescue boat: the flood kitchen."""
    for roof in range(4):
        x = 80 + roof * 290
        top = rng.randint(220, 300)
        draw.polygon(
            [(x, top + 120), (x + 110, top), (x + 220, top + 120)], fill=shade(colour, -60)
        )
    for band in range(6):
        top = 360 + band * 55
        points = [(x, top + 14 * math.sin(x / 60 + band)) for x in range(0, width + 1, 20)]
        draw.polygon([*points, (width, height), (0, height)], fill=shade(colour, 25 - band * 12))
    draw.polygon([(640, 430), (960, 430), (910, 490), (690, 490)], fill=SUN)
    _crowd(draw, 3, 0.6, 0.74, 430, size=0.5)


def ledger(draw, colour, rng, width, height):
    """An open cash book with coins beside it."""
    draw.polygon([(160, 140), (600, 110), (600, 600), (160, 580)], fill=WHITE)
    draw.polygon([(600, 110), (1040, 140), (1040, 580), (600, 600)], fill=shade(WHITE, -20))
    for line in range(10):
        y = 170 + line * 40
        draw.line([200, y, 570, y - 10], fill=shade(colour, 40), width=3)
        draw.line([630, y - 10, 1000, y], fill=shade(colour, 40), width=3)
        if rng.random() < 0.7:
            draw.line(
                [820, y - 16, 820 + rng.randint(60, 160), y - 12], fill=shade(colour, -40), width=6
            )
    draw.line([360, 130, 360, 590], fill=shade(colour, -20), width=2)
    for coin in range(5):
        x, y = 1060 + (coin % 2) * 40, 600 - coin * 26
        draw.ellipse([x - 60, y - 20, x + 60, y + 20], fill=SUN, outline=shade(SUN, -60), width=4)


MOTIFS = {
    "people": people,
    "table": table,
    "dome": dome,
    "bunting": bunting,
    "houses": houses,
    "growth": growth,
    "sheet": sheet,
    "fields": fields,
    "night": night,
    "bottles": bottles,
    "bicycle": bicycle,
    "waves": waves,
    "ledger": ledger,
}


def draw_portrait(name, colour):
    image = Image.new("RGB", PHOTO_SIZE, colour)
    draw = ImageDraw.Draw(image)
    width, height = PHOTO_SIZE
    draw.ellipse([90, 40, 230, 180], fill=(255, 236, 210))
    draw.pieslice([40, 190, 280, 430], 180, 360, fill=WHITE)
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    draw.text(
        (width - 20, height - 20),
        initials,
        font=ImageFont.load_default(size=56),
        fill=WHITE,
        anchor="rb",
    )
    return image
