"""Guyub's search infrastructure.

``portal.search.whoosh`` is a modelsearch (Wagtail search) backend on Whoosh with
Indonesian analysis. This package imports nothing from the project's apps, so it
could ship on its own.
"""
