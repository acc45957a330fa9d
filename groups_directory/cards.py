"""Group cards for the directory and the home page (see home.cards)."""

from home.cards import render_cards


def group_cards(ids, request):
    """The rendered cards of the groups ``ids``, in that order."""
    from groups_directory.models import GroupPage

    return render_cards(
        ids,
        request,
        queryset=GroupPage.objects.for_listing(),
        template_name="includes/group_card.html",
        name="group",
    )
