"""Public pages cost a fixed number of queries, however much content the site holds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import StandardPage

HOME_PAGE_BUDGET = 42  # English: plus finding the Vietnamese source of the content
# A section page loads its subpages with one query per page type among them
# (standard and organisation pages under "Giới thiệu"), however many there are.
STANDARD_PAGE_BUDGET = 21  # with the footer's "Tra cứu" links


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def add_menu_pages(parent, how_many, prefix):
    for number in range(how_many):
        parent.add_child(
            instance=StandardPage(
                title=f"{prefix} {number}",
                slug=f"{prefix.lower()}-{number}",
                intro="Trang thử số lượng truy vấn.",
                show_in_menus=True,
            )
        )


@pytest.mark.parametrize("path", ["/", "/en/"])
def test_home_page_query_count_is_bounded_and_does_not_grow(client, demo, path):
    home = demo.root_page.specific
    client.get(path)  # warm caches that are per-process, as in production

    small = count_queries(client, path)
    add_menu_pages(home.localized, 15, "Muc")
    large = count_queries(client, path)

    assert small <= HOME_PAGE_BUDGET
    assert large == small


def test_section_page_query_count_does_not_grow_with_its_subpages(client, demo):
    about = StandardPage.objects.get(slug="gioi-thieu")
    add_menu_pages(about, 2, "Con")
    client.get(about.url)

    small = count_queries(client, about.url)
    add_menu_pages(about, 20, "Them")
    large = count_queries(client, about.url)

    assert small <= STANDARD_PAGE_BUDGET
    assert large == small
