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
        from wagtail.signals import page_published

        from articles.models import ArticleIndexPage, ArticlePage
        from articles.subscriptions import article_published

        post_save.connect(
            _moderate_new_article_index,
            sender=ArticleIndexPage,
            dispatch_uid="articles.moderate_new_article_index",
        )
        page_published.connect(
            article_published,
            sender=ArticlePage,
            dispatch_uid="articles.mail_new_article_to_subscribers",
        )
