"""Every admin URL times every role: who may open what.

The URLs come from the URL resolver, not from a list, and are filled in with objects of
the demo (tests/admin_samples.py); a URL no rule below classifies fails the test, so a
new screen gets a decision. Each URL is opened by the superuser first: where the
superuser gets the page, each role must get it exactly when the rule allows; where the
superuser cannot either (a form that only takes POST, an object the demo lacks), no
role may get more. Wagtail refuses many views with a redirect to the dashboard rather
than a 403: both count as denied. Nothing may answer with a server error.
"""

import re

import pytest
from django.contrib.auth import get_user_model

from tests.admin_samples import demo_samples, values_for
from tests.admin_urls import admin_urls

EDITOR, SECRETARY, LEADER, HANDLER, UNIT, ADMIN = (
    "bientap",
    "thuky",
    "lanhdao",
    "gopy",
    "donvi1",
    "quantri",
)
ROLES = (EDITOR, SECRETARY, LEADER, HANDLER, UNIT, ADMIN)

ANYONE = frozenset(ROLES)
NOBODY = frozenset()  # the superuser alone
WRITERS = frozenset({EDITOR, SECRETARY, ADMIN})
PAGE_READERS = frozenset({EDITOR, SECRETARY, LEADER, ADMIN})
LOCKERS = frozenset({SECRETARY, LEADER, ADMIN})
KEEPERS = frozenset({SECRETARY, ADMIN})
APPROVERS = frozenset({SECRETARY, LEADER, ADMIN})
COMMENTS = frozenset({HANDLER, ADMIN})
#: Dossiers: the sample is a dossier of donvi1's unit, already received, so the unit,
#: the secretariat, the council's leadership and the administrators see it, nobody
#: edits it (only the steps change a sent dossier), and donvi2 sees nothing of it
#: (tests/honors/test_dossier_admin.py).
DOSSIER_READERS = frozenset({UNIT, SECRETARY, LEADER, ADMIN})
ADMINISTRATION = frozenset({ADMIN})

#: (pattern on the URL name, who may open it). First match wins.
RULES = [
    # Anyone who may enter the admin: the dashboard, their account, choosers and
    # modals whose actions check permissions themselves, the read-only admin API lists,
    # Wagtail's own assets, the login and password reset pages.
    (
        r"^(wagtailadmin_home|wagtailadmin_account|wagtailadmin_dismissibles"
        r"|wagtailadmin_sprite|wagtailadmin_javascript_catalog"
        r"|wagtail_modeladmin:javascript_catalog|wagtailadmin_login|wagtailadmin_logout"
        r"|wagtailadmin_password_reset.*|wagtailadmin_tag_.*autocomplete"
        r"|wagtailadmin_choose_page.*|wagtailadmin_workflows:task_cho.*"
        r"|wagtailadmin_editing_sessions:.*|wagtailadmin_block_preview"
        r"|wagtailembeds:.*|wagtailadmin_reports:site_history.*"
        r"|wagtailadmin_api:(pages|images|documents):(listing|find)"
        r"|wagtailadmin_api:(images|documents):detail|wagtailadmin_api:pages:action"
        r"|wagtail_bulk_action|admin/test404/|admin/\^\.\*/\$"
        r"|wagtailadmin_pages:(choose_parent|move_confirm|confirm_workflow_cancellation"
        r"|set_page_position|lock|unlock|convert_alias|revisions_index)"
        r"|decision_chooser:(choose|choose_results|chosen|chosen_multiple)"
        r"|honoree_chooser:(choose|choose_results|chosen|chosen_multiple)"
        r"|wagtail(images|docs)_chooser:(choose|choose_results|chosen_multiple)"
        r"|wagtailsearchpromotions:chooser.*)$",
        ANYONE,
    ),
    # Pages: the explorer and search for those with page permissions somewhere; the
    # page in the secretariat's queue for those who write pages.
    (
        r"^(wagtailadmin_explore.*|wagtailadmin_pages:(search.*|type_use.*)"
        r"|wagtailadmin_reports:(workflow.*|aging_pages.*|page_types_usage.*)"
        r"|wagtailforms:.*)$",
        PAGE_READERS,
    ),
    # What only the emergency account does: publish outside a workflow.
    (
        r"^(wagtailadmin_pages:(set_privacy|revisions_unschedule)"
        r"|wagtailsearchpromotions:search_terms.*)$",
        NOBODY,
    ),
    (r"^wagtailadmin_reports:locked_pages.*$", LOCKERS),
    # Withdrawing a live page: those who publish it (news here: the secretariat).
    (r"^wagtailadmin_pages:unpublish$", KEEPERS),
    (
        r"^(wagtailadmin_pages:(add|preview_on_add|add_subpage|usage|edit|preview_on_edit"
        r"|view_draft|delete|move|copy|revisions_.*|workflow_history.*"
        r"|history.*)|wagtailadmin_api:pages:detail)$",
        WRITERS,
    ),
    # Approving the step of the secretariat: its members (not the superuser's group).
    (
        r"^(wagtailadmin_pages:(workflow_action|collect_workflow_action_data"
        r"|workflow_preview)|review_action)$",
        frozenset({SECRETARY}),
    ),
    # Images, documents and the registry: those who write.
    (
        r"^(wagtail(images|docs):.*|wagtail(images|docs)_chooser:.*"
        r"|(decision|honoree)_chooser:create|honors_import.*"
        r"|honors_(honour|honoree|decision)_modeladmin_(index|create|edit|inspect|history)"
        r"|honors_(award|locality|holiday)_modeladmin_(index|inspect|history)"
        r"|search_terms_report.*)$",
        WRITERS,
    ),
    # The catalogue, the calendar, deletions, editors' picks: the secretariat.
    (
        r"^(honors_(honour|honoree|decision)_modeladmin_delete"
        r"|honors_(award|locality|holiday)_modeladmin_(create|edit|delete)"
        r"|wagtailsearchpromotions:.*)$",
        KEEPERS,
    ),
    (r"^publication_report.*$", APPROVERS),
    # Commendation dossiers and the units that send them.
    (
        r"^dossiers:(index|index_results|inspect|document_file|report_file)$",
        DOSSIER_READERS,
    ),
    (r"^dossiers:add$", frozenset({UNIT, ADMIN})),
    (r"^dossiers:(history|history_results|usage)$", frozenset({UNIT, ADMIN})),
    (r"^dossiers:(edit|delete|step|draft_disclosure|upload_nominee_list)$", NOBODY),
    (r"^(units|dossier_requirements|hold_list):.*$", KEEPERS),
    # The people's comments: their handlers (identity and attachments: handlers only).
    (r"^honors_publiccomment_modeladmin_.*$", COMMENTS),
    (r"^honors_comment_(attachment|erasure)$", frozenset({HANDLER})),
    # Users, groups, sites, settings, workflows, collections, redirects, languages.
    (
        r"^(wagtailusers_.*|wagtailsites:.*|wagtailsettings:.*|wagtailadmin_workflows:.*"
        r"|wagtailadmin_collections:.*|wagtailredirects:.*|wagtaillocales:.*"
        r"|simple_translation:.*|wagtailsnippets:.*)$",
        ADMINISTRATION,
    ),
]

#: Wagtail's deliberate error view (admin/error-test/) raises, for the superuser too.
INTENTIONAL_ERRORS = {"wagtailadmin_error_test"}

ALLOWED = {"ok", "redirect"}


def expected_roles(name):
    for pattern, roles in RULES:
        if re.match(pattern, name):
            return roles
    raise AssertionError(f"No rule says who may open {name}: add one to RULES.")


def outcome(response):
    status = response.status_code
    if status in (301, 302):
        location = response["Location"]
        if "/admin/login/" in location:
            return "login"
        return "denied" if location == "/admin/" else "redirect"
    return {200: "ok", 403: "denied", 404: "missing", 405: "post-only"}.get(
        status, f"status {status}"
    )


@pytest.fixture
def urls(demo):
    samples = demo_samples()
    return [(url, url.build(values_for(url, samples))) for url in admin_urls()]


def test_every_admin_url_is_classified(demo):
    unclassified = []
    for url in admin_urls():
        if url.name in INTENTIONAL_ERRORS:
            continue
        try:
            expected_roles(url.name)
        except AssertionError:
            unclassified.append(url.name)
    assert unclassified == []


def test_every_role_opens_exactly_what_it_may(client, urls):
    client.raise_request_exception = False
    users = {
        user.username: user
        for user in get_user_model().objects.filter(username__in=[*ROLES, "admin"])
    }
    mismatches, errors, checked = [], [], 0
    for url, path in urls:
        if url.name in INTENTIONAL_ERRORS:
            continue
        allowed_roles = expected_roles(url.name)
        client.force_login(users["admin"])
        baseline = outcome(client.get(path))
        for role in ROLES:
            client.force_login(users[role])
            got = outcome(client.get(path))
            if got.startswith("status 5"):
                errors.append((url.name, role, got))
            elif baseline in ALLOWED:
                checked += 1
                if (got in ALLOWED) != (role in allowed_roles):
                    mismatches.append((url.name, role, got))
            elif got in ALLOWED and role not in allowed_roles:
                mismatches.append((url.name, role, got))

    assert errors == []
    assert mismatches == [], "\n".join(map(str, mismatches))
    assert checked > 1000  # most URLs were opened for real, not only refused


#: The admin's lists, searches and reports: what takes filters from the query string.
LISTS = re.compile(
    r"(_modeladmin_index|:index|:index_results|_results|:search|:listing|:choose"
    r"|:chooserresults|^wagtailadmin_explore.*|^publication_report|_report)$"
)
#: Conditions no list declares; applied, each would empty or narrow the list.
PROBE = {
    "foo": "1",
    "id__lt": "0",
    "pk__in": "0",
    "full_name__startswith": "Zzz",
    "email__regex": "^$",
}


def rows(response):
    return response.content.decode().count("<tr")


def test_no_list_filters_on_what_it_does_not_declare(client, urls):
    """Every list reads only its declared filters: an undeclared condition is dropped
    (with a redirect that no longer carries it) or ignored (the same rows), for every
    role that may open the list, and never answers with a server error."""
    client.raise_request_exception = False
    users = {
        user.username: user
        for user in get_user_model().objects.filter(username__in=[*ROLES, "admin"])
    }
    problems, checked = [], 0
    for url, path in urls:
        if not LISTS.search(url.name) or url.name in INTENTIONAL_ERRORS:
            continue
        for role in ("admin", *sorted(expected_roles(url.name))):
            client.force_login(users[role])
            plain = client.get(path)
            if plain.status_code != 200:
                continue
            probed = client.get(path, PROBE)
            checked += 1
            status = probed.status_code
            if status == 302:
                if any(name in probed["Location"] for name in PROBE):
                    problems.append((url.name, role, "kept", probed["Location"]))
            elif status == 200:
                if rows(probed) != rows(plain):
                    problems.append((url.name, role, "filtered"))
            elif status != 400:  # the admin API refuses unknown fields with a 400
                problems.append((url.name, role, status))

    assert problems == [], "\n".join(map(str, problems))
    assert checked > 50
