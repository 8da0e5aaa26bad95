"""Every URL the admin exposes, enumerated from the URL resolver and filled in with
objects of the demo, for the permission matrix (tests/portal/test_permission_matrix.py).
"""

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

_PARAM = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


@dataclass(frozen=True)
class AdminURL:
    name: str
    route: str

    @property
    def params(self):
        return [a or b for a, b in _PARAM.findall(self.route)]

    def build(self, values):
        """The path with each parameter replaced by values[param]."""

        def fill(match):
            return str(values[match.group(1) or match.group(2)])

        path = _PARAM.sub(fill, self.route)
        return "/" + path.replace("^", "").replace("$", "").replace("\\.", ".")


def admin_urls():
    found = []

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace + (
                    pattern.namespace + ":" if pattern.namespace else ""
                )
                walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                route = prefix + str(pattern.pattern)
                if route.startswith("admin/"):
                    name = namespace + (pattern.name or route)
                    found.append(AdminURL(name, route))

    walk(get_resolver().url_patterns, "", "")
    return found
