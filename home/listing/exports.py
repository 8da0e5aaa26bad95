"""What the portal's spreadsheet exports share: cells that a spreadsheet reads as text,
never as a formula (a title typed as =HYPERLINK(...) stays words)."""

#: A spreadsheet cell starting with one of these is a formula to Excel and LibreOffice.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value
