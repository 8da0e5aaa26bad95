"""The search page finds published pages of the language being read."""


def test_search_finds_a_published_page_by_a_word_of_its_content(client, demo):
    response = client.get("/tim-kiem/", {"q": "giao ước"})

    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/gioi-thieu/"' in html
    assert 'href="/en/about/"' not in html


def test_english_search_returns_english_pages(client, demo):
    html = client.get("/en/tim-kiem/", {"q": "honoured"}).content.decode()

    assert 'href="/en/about/"' in html
    assert 'href="/gioi-thieu/"' not in html


def test_empty_search_shows_the_form_and_no_results(client, demo):
    response = client.get("/tim-kiem/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="search"' in html
    assert "kết quả" not in html


def test_search_pages_are_not_indexed_by_search_engines(client, demo):
    html = client.get("/tim-kiem/", {"q": "Sơn La"}).content.decode()

    assert '<meta name="robots" content="noindex">' in html


def test_an_overlong_query_is_cut_rather_than_refused(client, demo):
    response = client.get("/tim-kiem/", {"q": "Sơn La " * 100})

    assert response.status_code == 200


def test_a_page_number_past_the_end_shows_the_last_page(client, demo):
    response = client.get("/tim-kiem/", {"q": "Sơn La", "page": "999"})

    assert response.status_code == 200
