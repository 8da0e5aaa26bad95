"""Run axe-core (shipped inside axe-playwright-python, no download) against a page."""

from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_axe = Axe()


def wcag_violations(page) -> str:
    """An empty string when the page passes WCAG 2.1 A and AA rules, else axe's report."""
    results = _axe.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_21_AA},
            "resultTypes": ["violations"],
        },
    )
    return results.generate_report() if results.violations_count else ""
