"""Rate limits kept in the shared cache, so they hold across every app server (Redis in
production). Client addresses are hashed before they become cache keys: an address is
personal data and has no business sitting in the cache in clear."""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    """The client's address, trusting X-Forwarded-For only as far as the configured
    number of reverse proxies in front of the portal."""
    proxies = getattr(settings, "PORTAL_TRUSTED_PROXY_COUNT", 0)
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _key(scope: str, identity: str, window: int) -> str:
    digest = hmac.new(
        settings.SECRET_KEY.encode(), identity.encode(), hashlib.sha256
    ).hexdigest()[:24]
    return f"ratelimit:{scope}:{digest}:{int(time.time() // window)}"


def allow(scope: str, identity: str, *, limit: int, window: int) -> bool:
    """Count one hit; False once more than `limit` hits fall in the current window."""
    key = _key(scope, identity, window)
    cache.add(key, 0, timeout=window + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window + 5)
        count = 1
    return count <= limit


def used(scope: str, identity: str, *, window: int) -> int:
    """Hits counted in the current window, without counting one more."""
    return cache.get(_key(scope, identity, window), 0)
