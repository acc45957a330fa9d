"""Result extras for people: highlighted snippets and spelling suggestions."""

__all__ = ["ResultExtrasMixin"]


class ResultExtrasMixin:
    pass
