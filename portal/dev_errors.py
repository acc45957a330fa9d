"""Development-server help: readers trying the site get its own 404 page, not Django's."""

from django.http import Http404
from django.views.defaults import page_not_found


class ReaderNotFoundMiddleware:
    """Answer a missing page with templates/404.html even while ``DEBUG`` is on.

    ``make run`` serves with ``DEBUG`` so that errors explain themselves to developers,
    but a missing page is not an error worth an English stack of URL patterns: people
    trying the site meet the same Indonesian page as production shows. The 404 is still
    logged by ``django.request``; ``READER_404=False`` brings Django's debug page back.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Http404):
            return page_not_found(request, exception)
        return None
