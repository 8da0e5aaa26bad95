"""News, stories and movement pages cost the same queries with 5 items or 40."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from . import factories

pytestmark = pytest.mark.django_db


def queries_for(client, path, params=None):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, params or {})
    assert response.status_code == 200, path
    return len(captured)


def add_articles(home_page, movement, picture, start, count):
    for number in range(start, start + count):
        day = date(2025, 1, 1) + timedelta(days=number)
        image = {"main_image": picture, "main_image_alt": "Ảnh"}
        factories.news(
            home_page,
            f"Tin {number}",
            day=day,
            tags=["khen thưởng"],
            movement=movement,
            **image,
        )
        factories.story(
            home_page, f"Gương {number}", day=day, movement=movement, **image
        )


def test_article_pages_cost_the_same_with_more_articles(client, home_page):
    movement = factories.movement(home_page)
    picture = factories.image("Ảnh chung")
    add_articles(home_page, movement, picture, 0, 5)
    views = [
        ("/", None),
        ("/tin-tuc/", None),
        ("/tin-tuc/", {"tag": "khen-thuong", "year": "2025"}),
        ("/guong-dien-hinh/", {"field": "education"}),
        (movement.url, None),
        ("/phong-trao/", None),
        ("/tin-tuc/rss/", None),
    ]
    for path, params in views:
        client.get(path, params or {})  # renditions are made on the first view

    small = [queries_for(client, path, params) for path, params in views]
    add_articles(home_page, movement, picture, 5, 35)
    for path, params in views:
        client.get(path, params or {})
    large = [queries_for(client, path, params) for path, params in views]

    assert large == small
    assert max(small) <= 32, small  # with the footer's "Tra cứu" links
