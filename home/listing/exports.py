"""What the portal's spreadsheet exports share: a file-like object for streaming CSV,
and cells that a spreadsheet reads as text, never as a formula (a title typed as
=HYPERLINK(...) stays words)."""


class Echo:
    """A file-like object whose write returns what it is given, for csv.writer: each
    row becomes a string a streaming response can yield."""

    def write(self, value):
        return value


#: A spreadsheet cell starting with one of these is a formula to Excel and LibreOffice.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value
