"""gunicorn's settings for production: `gunicorn -c portal/gunicorn.conf.py portal.wsgi`.

The access log leaves out the query string and the referrer: people type names, phone
numbers and e-mail addresses into the search box, the receipt look-up and the admin's
filters, and both would carry them into the log. The path, status, size and time are
enough to run the site; the client address stays for security.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
#: %(U)s is the path alone; %(r)s (the request line), %(q)s (the query) and %(f)s
#: (the referrer) are never logged.
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms "%(a)s"'
