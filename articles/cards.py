"""Article cards for listings and the home page (see home.cards)."""

from home.cards import render_cards


def article_cards(ids, request):
    """The rendered cards of the articles ``ids``, in that order."""
    from articles.models import ArticlePage

    return render_cards(
        ids,
        request,
        queryset=ArticlePage.objects.for_listing(),
        template_name="includes/article_card.html",
        name="article",
    )
