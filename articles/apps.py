from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


def _moderate_new_article_index(sender, instance, created, raw=False, **kwargs):
    # The index cannot exist when migrations run, so its permissions and workflow are
    # attached when it is created (see articles/roles.py).
    if created and not raw:
        from articles.roles import attach_editorial_workflow

        attach_editorial_workflow(instance)


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Artikel")

    def ready(self):
        from articles.models import ArticleIndexPage

        post_save.connect(
            _moderate_new_article_index,
            sender=ArticleIndexPage,
            dispatch_uid="articles.moderate_new_article_index",
        )
