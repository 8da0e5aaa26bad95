"""Codes people read aloud, copy from paper and type: receipt codes of comments
(GY-2026-7K3F-9QX2) and verification codes of honours (7K3F9-QX2AB).

One alphabet for all of them, without the characters people confuse (0/O, 1/I/L),
and one reading of what people type: upper or lower case, with or without dashes and
spaces.
"""

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def random_code(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def compact(raw: str) -> str:
    """The code as typed, without spaces and dashes, in capitals."""
    return "".join(raw.split()).replace("-", "").upper()


def is_code(text: str, length: int) -> bool:
    return len(text) == length and not set(text) - set(ALPHABET)


def in_groups(code: str, *sizes: int, separator: str = "-") -> str:
    """'7K3F9QX2AB' in groups of 5 and 5: '7K3F9-QX2AB'."""
    parts, start = [], 0
    for size in sizes:
        parts.append(code[start : start + size])
        start += size
    return separator.join(parts)


#: A code of the portal as it appears in text (for tests and log scrubbing).
PATTERN = re.compile(
    rf"\b(?:GY-\d{{4}}-[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}|[{ALPHABET}]{{5}}-[{ALPHABET}]{{5}})\b"
)
