import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

django_application = get_wsgi_application()

from core.wsgi import PageCacheApplication  # noqa: E402 - needs the apps loaded above

# Page-cache hits are answered before Django's request handling (core/wsgi.py).
application = PageCacheApplication(django_application)
