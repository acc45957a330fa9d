"""Whoosh's BM25F, with each document's field lengths remembered by the searcher."""

from whoosh import scoring


class _FieldLengths(dict):
    """docnum -> length of one field, read from the index the first time it is asked."""

    def __init__(self, searcher, fieldname):
        super().__init__()
        self.searcher = searcher
        self.fieldname = fieldname

    def __missing__(self, docnum):
        # Default 1, as Whoosh's own scorer asks.
        length = self[docnum] = self.searcher.doc_field_length(docnum, self.fieldname, 1)
        return length


class CachedLengthBM25F(scoring.BM25F):
    """BM25F scoring that reads a document's field length once per searcher.

    BM25 needs the matched field's length for every matching document. A common word
    matches thousands of pages, and reading the length column for each of them again
    on every search took about a tenth of the search page's time. A searcher reads one
    fixed snapshot of the index and is replaced when the index changes, so the lengths
    it remembers stay right; scores are exactly Whoosh's.
    """

    def scorer(self, searcher, fieldname, text, qf=1):
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(scorer, scoring.WeightLengthScorer):
            cache = searcher.__dict__.setdefault("_guyub_field_lengths", {})
            lengths = cache.get(fieldname)
            if lengths is None:
                lengths = cache[fieldname] = _FieldLengths(searcher, fieldname)
            scorer.dfl = lengths.__getitem__
        return scorer
