"""Placeholder files for the demo's documents: a one-page PDF drawn with Pillow, so the
demo needs no download and no PDF library. Each says plainly that it is a stand-in."""

import io
from pathlib import Path

from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model

from search.folding import fold, folded_slug

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
]

DISCLAIMER = [
    "Bản trình diễn của cổng thông tin thi đua – khen thưởng.",
    "Văn bản này được tạo tự động, không có giá trị pháp lý.",
]


def _font(size):
    for candidate in FONT_CANDIDATES:
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size), True
    # Pillow's own font has no Vietnamese letters: the text is written without marks.
    return ImageFont.load_default(size=size), False


def _wrap(line, width):
    words, chunk = line.split(), ""
    if not words:
        return [""]
    chunks = []
    for word in words:
        if chunk and len(chunk) + 1 + len(word) > width:
            chunks.append(chunk)
            chunk = word
        else:
            chunk = f"{chunk} {word}".strip()
    chunks.append(chunk)
    return chunks


def placeholder_pdf(*, title, headings, lines, collection=None):
    """A Wagtail document holding an A4 page with the national motto, the given
    headings (large) and lines, and the demo disclaimer."""
    font, has_vietnamese = _font(26)
    heading, _ = _font(32)

    def text(value):
        return value if has_vietnamese else fold(value).upper()

    page = PillowImage.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    rows = [
        (heading, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (font, "Độc lập – Tự do – Hạnh phúc"),
        (font, ""),
        *((heading, line) for line in headings),
        *((font, line) for line in lines),
        (font, ""),
        *((font, line) for line in DISCLAIMER),
    ]
    y = 160
    for line_font, line in rows:
        for chunk in _wrap(text(line), 60):
            width = draw.textlength(chunk, font=line_font)
            draw.text(((1240 - width) / 2, y), chunk, font=line_font, fill=0)
            y += 52
    buffer = io.BytesIO()
    page.convert("1").save(buffer, format="PDF", resolution=150)
    extra = {"collection": collection} if collection is not None else {}
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(buffer.getvalue(), name=f"{folded_slug(title)}.pdf"),
        **extra,
    )
