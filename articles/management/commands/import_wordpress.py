"""Import a whole WordPress blog from its export file (Tools > Export > All content)."""

from django.core.management.base import BaseCommand, CommandError

from articles.importing.article_import import find_index
from articles.importing.wordpress_import import WxrError, comments_supported, import_wordpress


class Command(BaseCommand):
    help = (
        "Import a WordPress export (WXR): posts become articles with their categories, tags, "
        "authors, images, comments and redirects from the old addresses. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", metavar="EXPORT.xml", help="the WordPress export file")
        parser.add_argument(
            "--media-dir",
            default=None,
            help="folder with the blog's wp-content/uploads files; images are only read "
            "from here, never downloaded",
        )
        parser.add_argument(
            "--index", default=None, help="URL path of the article index (default: the only one)"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="report what would happen, change nothing"
        )

    def handle(self, *args, export, media_dir, index, dry_run, **options):
        article_index = find_index(index)
        if article_index is None:
            raise CommandError(
                f"No article index at {index}." if index else "There is no article index yet."
            )
        if media_dir is None:
            self.stdout.write("No --media-dir given: images will be reported as not found.")
        if not comments_supported():
            self.stdout.write(
                "Threaded comments are not installed: comments will be reported as skipped."
            )
        try:
            summary = import_wordpress(
                export, index=article_index, media_dir=media_dir, dry_run=dry_run
            )
        except (WxrError, OSError) as error:
            raise CommandError(f"{export}: {error}. Nothing was imported.") from None
        for warning in summary.warnings:
            self.stdout.write(self.style.WARNING(f"warning: {warning}"))
        # Per post and page: what was dropped or changed on the way, so nothing is lost
        # silently.
        for item in summary.items:
            self.stdout.write(item.line())
            for note in item.notes:
                self.stdout.write(f"    {note}")
        heading = "Dry run, nothing was saved:" if dry_run else "Imported:"
        self.stdout.write(self.style.SUCCESS(heading))
        for line in summary.lines():
            self.stdout.write(f"  {line}")
