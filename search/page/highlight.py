"""Snippets with the words that matched marked, whatever tone marks were typed.

The index holds folded text, so a query "hoa binh" matched "Hòa Bình" (or "Hoà Bình").
To mark it in the text as written, each word of the text is folded and compared with
the folded words of the query; the marks go around the original words. Everything else
is escaped: the text is the editors' or an import's, the query the visitor's.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.folding import fold, folded_words

_WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_LENGTH = 240


def _matches(word: str, wanted: set[str]) -> bool:
    return any(part in wanted for part in fold(word).split())


def highlight(text: str | None, query: str, length: int = SNIPPET_LENGTH) -> str:
    """About `length` characters of `text` around its first matching word, with the
    matching words in <mark>. Without a match, the start of the text."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    wanted = set(folded_words(query))
    words = list(_WORD.finditer(text)) if wanted else []
    first = next((m for m in words if _matches(m.group(), wanted)), None)

    start = 0
    if first is not None and first.start() > length // 3:
        start = text.rfind(" ", 0, first.start() - length // 4) + 1
    end = min(len(text), start + length)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end

    spans = []  # matched words, neighbours separated by spaces only joined in one mark
    for match in words:
        if match.start() < start or match.end() > end:
            continue
        if _matches(match.group(), wanted):
            if spans and not text[spans[-1][1] : match.start()].strip():
                spans[-1][1] = match.end()
            else:
                spans.append([match.start(), match.end()])

    pieces = ["… " if start > 0 else ""]
    position = start
    for span_start, span_end in spans:
        pieces.append(escape(text[position:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    pieces.append(escape(text[position:end]))
    if end < len(text):
        pieces.append(" …")
    return mark_safe("".join(pieces))
