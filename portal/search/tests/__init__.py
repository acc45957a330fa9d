"""modelsearch's own backend test suite, run against ``portal.search.whoosh``.

Run with ``make test`` (second pytest run) or::

    .venv/bin/pytest portal/search/conformance --ds=portal.search.conformance.settings
"""
