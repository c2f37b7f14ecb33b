"""The one exception hierarchy of vn-gov-kg.

Every error the package raises on purpose is a ``KGError``. Messages say what
was expected, what was found, and how to fix it.
"""

from __future__ import annotations


class KGError(Exception):
    """Root of every error raised by vn-gov-kg."""


class InputError(KGError):
    """An input article could not be read; carries the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # rebuilt from (path, reason) when it crosses a process boundary (--jobs, Dask)
        return (type(self), (self.path, self.reason))


class EmptyInputError(InputError):
    """The file holds no text (zero bytes or only white space)."""


class BinaryInputError(InputError):
    """The file is binary (NUL bytes or mostly control characters)."""


class EncodingInputError(InputError):
    """The file is not valid UTF-8 (or another supported encoding)."""


class GazetteerError(KGError):
    """The administrative-unit register could not be loaded or queried."""


class LocalityError(KGError):
    """A locality given by the user matches no unit, or several."""


class QueryError(KGError):
    """A SPARQL query is malformed or names an unknown shipped query."""


class TooLargeInputError(InputError):
    """A file (or one JSON line) is over the size limit (``--max-file-size``)."""


class ArticleTooLongError(InputError):
    """An article's text is over the length limit (``--max-chars``)."""


class NotVietnameseError(InputError):
    """The text holds no Vietnamese (no word carries Vietnamese letters or tone marks)."""


class MalformedInputError(InputError):
    """The file is not what its suffix says: bad JSON line, HTML page without article text."""


class StoreError(KGError):
    """A triple store directory is missing, in use by another process, or a file will not load."""
