"""Article cards for listings, rendered once per content change.

A card shows an article's title, image, category, authors, date, intro and comment
count; all of them change only through edits, publishing or comment moderation, each of
which starts a new cache generation (home.cache). A listing therefore reads its cards
from the cache in one request and renders, with their queries, only the cards it has
not rendered since the last change.
"""

from django.template.loader import get_template
from django.utils.safestring import mark_safe
from wagtail.models import Site

from home.cache import cached_many_until_change

CARD_TEMPLATE = "includes/article_card.html"


def article_cards(ids, request):
    """The rendered cards of the articles ``ids``, in that order (missing ones skipped)."""
    from articles.models import ArticlePage

    site = Site.find_for_request(request)
    # Card links are relative to the site the request is for.
    keys = {f"article-card:{site.pk if site else 0}:{pk}": pk for pk in ids}

    def render(missing):
        template = get_template(CARD_TEMPLATE)
        articles = ArticlePage.objects.filter(pk__in=[keys[key] for key in missing]).for_listing()
        by_pk = {article.pk: article for article in articles}
        return {
            key: template.render({"article": by_pk[keys[key]], "request": request})
            for key in missing
            if keys[key] in by_pk
        }

    cards = cached_many_until_change(list(keys), render)
    return [mark_safe(cards[key]) for key in keys if key in cards]  # noqa: S308 - our template's output
