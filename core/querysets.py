"""Page queries the apps' listings share."""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageQuerySet, PageViewRestriction


class ListedPageQuerySet(PageQuerySet):
    def listed(self):
        """Pages a listing may show to anyone: live and without view restrictions."""
        return self.live().without_view_restrictions()

    def without_view_restrictions(self):
        """Like Wagtail's ``public()``, but as a SQL subquery instead of a separate query
        that loads every restriction: a page is private when it or an ancestor (a page
        whose path is a prefix of its path) has a view restriction.
        """
        restricted = PageViewRestriction.objects.annotate(path_length=Length("page__path")).filter(
            page__path=Substr(OuterRef("path"), 1, F("path_length"))
        )
        return self.exclude(Exists(restricted))
