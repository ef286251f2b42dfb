"""The picture shown when a page is shared: the site's title and description on the theme's
colour, drawn at build time with Pillow's own font, so no font is fetched and two builds make
the same bytes."""

from __future__ import annotations

import io
import textwrap

from PIL import Image, ImageDraw, ImageFont

IMAGE = "social.png"
SIZE = (1200, 630)
BACKGROUND = (64, 81, 181)  # the theme's indigo
INK = (255, 255, 255)
MARGIN = 72


# Pillow's font has no typographic dashes or quotes; their plain forms read the same.
PLAIN = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"'})


def _lines(text: str, size: int, width: int) -> list[str]:
    """Wrap to about as many characters as fit the width at this size."""
    return textwrap.wrap(text.translate(PLAIN), width=max(10, int(width / (size * 0.5))))


def social_image(title: str, subtitle: str) -> bytes:
    """A 1200×630 PNG (the size Open Graph and Twitter cards expect)."""
    image = Image.new("RGB", SIZE, BACKGROUND)
    draw = ImageDraw.Draw(image)
    width = SIZE[0] - 2 * MARGIN
    y = MARGIN
    heading = ImageFont.load_default(size=64)
    for line in _lines(title, 64, width)[:4]:
        draw.text((MARGIN, y), line, font=heading, fill=INK)
        y += 78
    y += 24
    body = ImageFont.load_default(size=34)
    for line in _lines(subtitle, 34, width)[:5]:
        draw.text((MARGIN, y), line, font=body, fill=INK)
        y += 46
    draw.rectangle((0, SIZE[1] - 16, SIZE[0], SIZE[1]), fill=(255, 202, 40))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
