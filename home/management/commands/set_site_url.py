"""Point the site records at the address the site is served on."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from core.public_url import sync_site_records


class Command(BaseCommand):
    help = (
        "Menyetel host dan port situs (Wagtail Site dan django.contrib.sites) ke alamat "
        "publik: WAGTAILADMIN_BASE_URL, atau URL yang diberikan."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="Misalnya https://guyub.example")

    def handle(self, *args, url=None, **options):
        try:
            hostname, port = sync_site_records(url)
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Situs: {hostname}:{port}")
