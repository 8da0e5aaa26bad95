"""QR codes for verification links, drawn here (segno), never fetched from a service."""

import io

import segno


def qr_svg(url: str, *, title: str = "", scale: int = 4) -> bytes:
    """A standalone SVG image; medium error correction survives a worn print."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(
        buffer, kind="svg", scale=scale, title=title or None, dark="#1f2933"
    )
    return buffer.getvalue()


def qr_png(url: str, *, scale: int = 8) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale)
    return buffer.getvalue()
