"""Which measure, series, part or place a figure speaks of when its words leave it open, and writings
that change what a figure says (a target, a bracketed percent, a language's thousands separator)."""
