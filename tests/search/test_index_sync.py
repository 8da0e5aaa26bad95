"""The search index follows what citizens may see of the registry, once changes commit.

An honoree enters the index when a board publishing one of its honours goes live, and
leaves it when that board is unpublished, when it is kept off public pages, or when
its last public honour goes. Nothing is indexed from a transaction that rolls back.
"""

from datetime import date

import pytest
from django.db import transaction

from honors.models import Award, Honoree, HonourBoardDecision
from search.page.site_search import SiteSearch
from tests.honors import factories

pytestmark = pytest.mark.django_db


def names_found(rf, text):
    site_search = SiteSearch(rf.get("/tim-kiem/"), text, type_key="nguoi-duoc-khen")
    return [hit.obj.name for hit in site_search.paginator().page(1).object_list]


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what is given as if it committed: on-commit work happens. (Whatever is
    saved outside it stays pending, as in a transaction that has not committed yet.)"""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture
def roll(home_page):
    return factories.roll(home_page)


@pytest.fixture
def honour(commit):
    return commit(lambda: factories.honour(factories.honoree("Lò Thị Hương")))


def test_an_honoree_is_found_once_its_board_is_published(rf, commit, roll, honour):
    assert names_found(rf, "lo thi huong") == []

    commit(factories.board, roll, [honour.decision])

    assert names_found(rf, "lo thi huong") == ["Lò Thị Hương"]


def test_unpublishing_the_board_withdraws_the_honoree(rf, commit, roll, honour):
    board = commit(factories.board, roll, [honour.decision])

    commit(board.unpublish)

    assert names_found(rf, "lo thi huong") == []


def test_taking_the_decision_off_the_board_withdraws_the_honoree(
    rf, commit, roll, honour
):
    board = commit(factories.board, roll, [honour.decision])
    other = factories.decision("77/QĐ-UBND")

    def replace_decision():
        board.board_decisions = [HonourBoardDecision(decision=other)]
        board.save_revision().publish()

    commit(replace_decision)

    assert names_found(rf, "lo thi huong") == []


def test_keeping_an_honoree_off_public_pages_withdraws_it(rf, commit, roll, honour):
    commit(factories.board, roll, [honour.decision])
    honoree = honour.honoree
    honoree.is_published = False

    commit(honoree.save)

    assert names_found(rf, "lo thi huong") == []


def test_deleting_the_last_public_honour_withdraws_the_honoree(
    rf, commit, roll, honour
):
    commit(factories.board, roll, [honour.decision])

    commit(honour.delete)

    assert names_found(rf, "lo thi huong") == []


def test_a_renamed_honoree_is_found_by_its_new_name(rf, commit, roll, honour):
    commit(factories.board, roll, [honour.decision])
    honoree = honour.honoree
    honoree.name = "Lò Thị Hường"

    commit(honoree.save)

    assert names_found(rf, "lo thi huong") == ["Lò Thị Hường"]
    assert names_found(rf, "Lò Thị Hường") == ["Lò Thị Hường"]


def test_a_renamed_award_is_found_under_its_new_name(rf, commit, roll, honour):
    commit(factories.board, roll, [honour.decision])
    award = Award.objects.get(pk=honour.award_id)
    award.name = "Bằng khen đặc biệt Mường Thanh"

    commit(award.save)

    assert names_found(rf, "muong thanh") == ["Lò Thị Hương"]


def test_only_public_honours_are_in_an_honorees_entry(commit, roll, honour):
    commit(factories.board, roll, [honour.decision])
    draft = factories.decision("999/QĐ-UBND", date(2026, 1, 5))
    factories.honour(
        honour.honoree, factories.award("Huân chương Lao động hạng Ba"), draft
    )
    commit(factories.board, roll, [draft], title="Bảng chưa duyệt", publish=False)

    entry = Honoree.get_indexed_objects().get(pk=honour.honoree_id)

    assert "Bằng khen" in entry.public_honours_text()
    assert "Huân chương" not in entry.public_honours_text()
    assert "999" not in entry.public_honours_text()


def test_nothing_is_indexed_from_a_transaction_that_rolls_back(
    rf, django_capture_on_commit_callbacks, roll, honour
):
    with (
        django_capture_on_commit_callbacks(execute=False) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        factories.board(roll, [honour.decision])
        raise RuntimeError("the editor's request failed")

    assert callbacks == []
    assert names_found(rf, "lo thi huong") == []


def test_changes_within_one_transaction_are_indexed_together(
    django_capture_on_commit_callbacks, roll
):
    decision = factories.decision("12/QĐ-UBND")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        for number in range(5):
            factories.honour(factories.honoree(f"Người số {number}"), None, decision)
        factories.board(roll, [decision])

    assert len(callbacks) == 1
