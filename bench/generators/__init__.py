"""Per-app data generators, run in order by ``bench.generate``.

A generator is a module ``bench/generators/<name>.py`` with:

- ``REQUIRES``: model labels it needs (``["articles.ArticlePage"]``); when one is missing
  (the app is not merged yet) the generator is skipped with a printed note;
- ``generate(ctx)``: builds its data with ``ctx.rng``, ``ctx.counts`` and ``ctx.home``,
  using ``bench.pages.bulk_add_children`` for pages, and records the pages the
  benchmark should measure with ``ctx.record(name, url)`` (see ``bench/targets.py``).

Add a name to ``ORDER`` when adding a generator; later generators can use what earlier
ones recorded in ``ctx.shared``.
"""

ORDER = ["home", "articles", "groups_directory", "comments"]
