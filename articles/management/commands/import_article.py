"""Import blog posts copied from WordPress pages as plain text (see articles/importing/)."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from articles.importing.article_import import (
    CREATED,
    FAILED,
    SKIPPED,
    UPDATED,
    FileResult,
    find_index,
    import_text_file,
)
from articles.importing.plaintext import MAX_BYTES


class Command(BaseCommand):
    help = (
        "Import plain-text blog posts (title, 'Posted on' line, paragraphs, numbered "
        "headings, 'Pos Terkait:' lines) as articles. One line of output per file."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files")
        parser.add_argument(
            "--index",
            default=None,
            help="URL path of the article index to import into, e.g. /artikel/ "
            "(default: the only article index)",
        )
        parser.add_argument(
            "--publish", action="store_true", help="publish the articles (default: drafts)"
        )
        parser.add_argument(
            "--author", default=None, help="author name (default: the 'by NAME' in the post)"
        )
        parser.add_argument("--category", default=None, help="category name to add")
        parser.add_argument(
            "--owner",
            default=None,
            help="username that owns the new pages (default: the only superuser, if one)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="report what would happen, change nothing"
        )

    def handle(self, *args, files, index, publish, author, category, dry_run, owner, **options):
        article_index = find_index(index)
        if article_index is None:
            raise CommandError(
                f"No article index at {index}." if index else "There is no article index yet."
            )
        self.owner = self.find_owner(owner)
        failures = 0
        for name in files:
            result = self.import_one(Path(name), article_index, publish, author, category, dry_run)
            failures += not result.ok
            self.report(result, dry_run)
        if failures:
            raise CommandError(f"{failures} of {len(files)} file(s) could not be imported.")

    @staticmethod
    def find_owner(username):
        """Pages made in the admin have an owner; imported ones get one too."""
        users = get_user_model().objects.filter(is_active=True)
        if username:
            user = users.filter(username=username).first()
            if user is None:
                raise CommandError(f"No active user {username!r} for --owner.")
            return user
        superusers = list(users.filter(is_superuser=True)[:2])
        return superusers[0] if len(superusers) == 1 else None

    def import_one(self, path, index, publish, author, category, dry_run):
        try:
            if path.stat().st_size > MAX_BYTES:
                data = path.open("rb").read(MAX_BYTES + 1)
            else:
                data = path.read_bytes()
        except OSError as error:
            return FileResult(
                name=str(path),
                error=f"cannot read the file ({error.strerror})",
                error_code="unreadable",
            )
        return import_text_file(
            data,
            str(path),
            index=index,
            publish=publish,
            author=author,
            category=category,
            dry_run=dry_run,
            owner=self.owner,
        )

    def report(self, result, dry_run):
        if result.status == FAILED:
            self.stderr.write(self.style.ERROR(f"skipped  {result.name}: ERROR: {result.error}"))
            return
        verb = {CREATED: "created", UPDATED: "updated", SKIPPED: "skipped"}[result.status]
        if dry_run and result.status != SKIPPED:
            verb = f"would be {verb}"
        line = f"{verb:<8} {result.name}: {result.title}"
        if result.status == SKIPPED:
            line += " (unchanged since the last import)"
        elif result.page is not None and not dry_run:
            line += f" [{'published' if result.page.live else 'draft'}]"
        if result.unresolved:
            titles = "; ".join(result.unresolved)
            line += f"; unresolved related links: {titles} (linked when imported)"
        for source, target in result.resolved:
            line += f"; resolved: '{source}' now links to '{target}'"
        for name in result.new_authors:
            line += f"; {'would add' if dry_run else 'new'} author: {name}"
        for warning in result.warnings:
            line += f"; warning: {warning}"
        style = self.style.SUCCESS if result.status != SKIPPED else self.style.NOTICE
        self.stdout.write(style(line))
