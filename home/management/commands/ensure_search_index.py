from django.core.management import call_command
from django.core.management.base import BaseCommand
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from portal.search.whoosh import SearchIndexError


class Command(BaseCommand):
    help = (
        "Build the search index when there is none or it cannot be read (a fresh or damaged "
        "deploy); leave a working index alone, so a restart does not reindex the whole site."
    )

    def handle(self, **options):
        try:
            list(get_search_backend().search("guyub", Page.objects.all())[:1])
        except SearchIndexError as error:
            self.stdout.write(f"{error} Building it now.")
            call_command("update_index", verbosity=options["verbosity"])
