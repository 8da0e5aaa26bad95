"""Attack a running portal the way issue 13 did, and say what held.

Run it against the portal served as in production (gunicorn, PostgreSQL, Redis) with
the demo loaded, and a mail server that never answers:

    .venv/bin/python scripts/probe_hardening.py --hung-smtp-port 2525 &   # opens it
    EMAIL_HOST=127.0.0.1 EMAIL_PORT=2525 EMAIL_USE_TLS=0 ... gunicorn ...
    .venv/bin/python scripts/probe_hardening.py http://127.0.0.1:8000

Each probe prints PASS or FAIL with what it saw; the exit status is the number of
failures. It only reads, except: it sends comments to the first open consultation,
makes two moderation saves on one comment, and fails logins for a throw-away user name
(which locks that name and this client's address for LOGIN_LOCKOUT_MINUTES).
"""

import argparse
import re
import socket
import sys
import threading
import time

import requests

PASSWORD = "sonla-demo-2026"


class Probe:
    def __init__(self, base, verify=True):
        self.base = base.rstrip("/")
        self.verify = verify
        self.failures = 0

    def check(self, name, ok, seen):
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {seen}")
        self.failures += 0 if ok else 1

    def session(self, username=None):
        browser = requests.Session()
        browser.verify = self.verify
        # REQUESTS_CA_BUNDLE in the environment would override verify=False.
        browser.trust_env = self.verify
        if username:
            page = browser.get(f"{self.base}/admin/login/")
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
            response = browser.post(
                f"{self.base}/admin/login/",
                data={
                    "csrfmiddlewaretoken": token.group(1),
                    "username": username,
                    "password": PASSWORD,
                },
                headers={"Referer": f"{self.base}/admin/login/"},
                allow_redirects=False,
            )
            if response.status_code != 302:
                raise SystemExit(
                    f"could not sign in as {username}: {response.status_code}"
                )
        return browser

    def open_consultation(self, browser):
        index = browser.get(f"{self.base}/cong-khai/").text
        for path in re.findall(r'href="(/cong-khai/[^"/]+/)"', index):
            page = browser.get(self.base + path)
            if 'name="form_token"' in page.text:
                return path, page
        raise SystemExit("no open consultation in the demo")

    def comment_payload(self, browser, path, page, **overrides):
        """The form as a person sends it: not faster than COMMENT_MIN_FILL_SECONDS."""
        time.sleep(3.2)

        def field(name):
            match = re.search(rf'name="{name}" value="([^"]*)"', page.text)
            return match.group(1) if match else ""

        data = {
            "csrfmiddlewaretoken": browser.cookies.get("csrftoken"),
            "form_token": field("form_token"),
            "nominee": "",
            "body": "Góp ý thử độ bền của cổng.",
            "full_name": "Người Thử Nghiệm",
            "address": "Phòng thử nghiệm",
            "phone": "0900 000 000",
            "email": "thu-nghiem@example.vn",
            "consent": "on",
            "website": "",
        }
        data.update(overrides)
        return data


def identity_filters(probe):
    admin = probe.session("quantri")
    url = f"{probe.base}/admin/honors/publiccomment/"
    answers = set()
    for lookup in (
        "full_name__startswith",
        "email",
        "phone__contains",
        "address__icontains",
        "full_name__regex",
    ):
        for value in ("N", "Zzzz"):
            response = admin.get(url, params={lookup: value}, allow_redirects=False)
            answers.add((response.status_code, response.headers.get("Location")))
    probe.check(
        "1. identity cannot be filtered without the permission",
        answers == {(302, "/admin/honors/publiccomment/")},
        answers,
    )
    unknown = admin.get(url, params={"foo": "1"}, allow_redirects=False)
    probe.check(
        "2. unknown list parameter", unknown.status_code == 302, unknown.status_code
    )


def hung_mail(probe):
    browser = probe.session()
    path, page = probe.open_consultation(browser)
    payload = probe.comment_payload(browser, path, page)
    started = time.monotonic()
    response = browser.post(
        f"{probe.base}{path}gop-y/",
        data=payload,
        headers={"Referer": probe.base + path},
        allow_redirects=False,
    )
    took = time.monotonic() - started
    probe.check(
        "3. a comment is answered without waiting on mail",
        response.status_code == 302 and took < 3,
        f"{response.status_code} in {took:.2f} s",
    )


def login_throttling(probe):
    browser = probe.session()
    statuses = []
    for _ in range(6):
        page = browser.get(f"{probe.base}/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        statuses.append(
            browser.post(
                f"{probe.base}/admin/login/",
                data={
                    "csrfmiddlewaretoken": token.group(1),
                    "username": "thu-nghiem-khoa",
                    "password": "sai",
                },
                headers={"Referer": f"{probe.base}/admin/login/"},
                allow_redirects=False,
            ).status_code
        )
    probe.check("4. wrong passwords are throttled", statuses[-1] == 429, statuses)


def two_moderators(probe):
    first, second = probe.session("gopy"), probe.session("admin")
    listing = first.get(f"{probe.base}/admin/honors/publiccomment/").text
    pk = re.search(r"/admin/honors/publiccomment/edit/(\d+)/", listing).group(1)
    url = f"{probe.base}/admin/honors/publiccomment/edit/{pk}/"
    forms = [browser.get(url).text for browser in (first, second)]

    def post(browser, form, **fields):
        data = {
            "csrfmiddlewaretoken": re.search(
                r'name="csrfmiddlewaretoken" value="([^"]+)"', form
            ).group(1),
            "seen_version": re.search(r'name="seen_version" value="(\d+)"', form).group(
                1
            ),
            "status": "under_review",
            "public_answer": "",
            "internal_notes": "",
            **fields,
        }
        return browser.post(
            url, data=data, headers={"Referer": url}, allow_redirects=False
        )

    saved = post(first, forms[0], public_answer="Trả lời thử của người thứ nhất")
    refused = post(second, forms[1], internal_notes="Ghi chú của người thứ hai")
    probe.check(
        "5. the second moderator cannot erase the first's answer",
        (saved.status_code, refused.status_code) == (302, 409),
        (saved.status_code, refused.status_code),
    )


def headers(probe):
    browser = probe.session()
    public = browser.get(f"{probe.base}/").headers.get("Content-Security-Policy", "")
    admin = browser.get(f"{probe.base}/admin/login/").headers.get(
        "Content-Security-Policy", ""
    )
    probe.check(
        "6. CSP on public and admin pages",
        "frame-ancestors 'none'" in public and "script-src 'self'" in public and admin,
        public[:80],
    )
    lookup = browser.get(f"{probe.base}/cong-khai/tra-cuu/").headers.get(
        "Cache-Control", ""
    )
    probe.check("6. look-up is no-store", "no-store" in lookup, lookup)


def charsets(probe):
    browser = probe.session()
    browser.get(f"{probe.base}/admin/login/")
    token = browser.cookies.get("csrftoken")
    statuses = [
        browser.post(
            probe.base + path,
            data=f"a=b&csrfmiddlewaretoken={token}".encode("utf-16"),
            headers={
                "Content-Type": "application/x-www-form-urlencoded; charset=utf-16",
                "Referer": probe.base + path,
            },
        ).status_code
        for path in ("/admin/login/", "/cong-khai/tra-cuu/", "/")
    ]
    probe.check("9. another charset is a 400", set(statuses) == {400}, statuses)


def retry_storm(probe):
    browser = probe.session()
    path, page = probe.open_consultation(browser)
    payload = probe.comment_payload(browser, path, page, body="Gửi lại nhiều lần.")
    answers = [
        browser.post(
            f"{probe.base}{path}gop-y/",
            data=payload,
            headers={"Referer": probe.base + path},
            allow_redirects=False,
        )
        for _ in range(20)
    ]
    codes = {answer.status_code for answer in answers}
    receipts = {answer.headers.get("Location") for answer in answers}
    probe.check(
        "10. twenty resubmissions give one receipt, no 429",
        codes == {302} and len(receipts) == 1,
        (codes, len(receipts)),
    )


def hold_hung_smtp(port):
    """A mail server that accepts connections and never answers."""
    server = socket.create_server(("127.0.0.1", port))
    held = []
    print(f"hung SMTP server on 127.0.0.1:{port}; Ctrl+C to stop")

    def accept():
        while True:
            connection, _ = server.accept()
            held.append(connection)

    threading.Thread(target=accept, daemon=True).start()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", nargs="?", default="http://127.0.0.1:8000")
    parser.add_argument(
        "--hung-smtp-port", type=int, help="only open a hung SMTP server"
    )
    parser.add_argument(
        "--insecure", action="store_true", help="accept a self-signed certificate"
    )
    options = parser.parse_args()
    if options.hung_smtp_port:
        hold_hung_smtp(options.hung_smtp_port)
        return 0
    if options.insecure:
        requests.packages.urllib3.disable_warnings()
    probe = Probe(options.base, verify=not options.insecure)
    for run in (
        identity_filters,
        hung_mail,
        headers,
        charsets,
        retry_storm,
        two_moderators,
        login_throttling,
    ):
        run(probe)
    print(f"{probe.failures} failure(s)")
    return probe.failures


if __name__ == "__main__":
    sys.exit(main())
