"""URL converters for ids that go straight into a database query."""

# The largest value a BigAutoField (and SQLite's INTEGER) can hold. Bigger ids would make
# the query itself fail (OverflowError on SQLite, DataError on PostgreSQL): they can name
# no row, so the URL does not match and the visitor gets a 404.
MAX_ID = 2**63 - 1


class IdConverter:
    """A positive database id in canonical form: no sign, no leading zero, in range.

    ``068`` does not match, so one object has exactly one URL.
    """

    regex = "[1-9][0-9]{0,18}"

    def to_python(self, value):
        number = int(value)
        if number > MAX_ID:
            raise ValueError("id out of range")
        return number

    def to_url(self, value):
        return str(value)


def parse_id(value):
    """``value`` as a database id, or None when it is not a canonical, in-range id."""
    value = str(value)
    if not value.isascii() or not value.isdigit() or value != str(int(value)):
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None
