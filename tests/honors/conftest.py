import pytest

from . import factories


@pytest.fixture
def honour_roll(home_page):
    return factories.roll(home_page)


@pytest.fixture
def published_honour(honour_roll):
    """One honour on a live board: what a citizen can see."""
    item = factories.honour(
        factories.honoree(
            "Lò Thị Hương",
            position="Giáo viên",
            organisation="Trường Tiểu học Chiềng Cơi",
        ),
        reason="Dạy giỏi nhiều năm liền.",
    )
    factories.board(honour_roll, [item.decision])
    return item
