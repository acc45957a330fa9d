"""An index on (content_type, object_pk) for django-contrib-comments' table.

Every read of a page's comments filters on both columns. django-contrib-comments only
indexes each column alone, and SQLite then picks the content-type index, which reads
every comment on every article to show one article's thread. The table belongs to
another app, so the index is created here in SQL that SQLite and PostgreSQL share.
"""

from django.db import migrations

INDEX = "guyub_comments_target"


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0002_seed_blocklist"),
        ("django_comments", "0004_add_object_pk_is_removed_index"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON django_comments (content_type_id, object_pk)",
            reverse_sql=f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
