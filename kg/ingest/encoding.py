"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or a detected legacy code page.

Text that is not UTF-8 is handed to charset-normalizer; of the encodings it
finds plausible, the first whose text reads as well-formed Vietnamese is used,
and the caller gets a warning naming the encoding. When none does, the file is
refused with a clear :class:`~kg.errors.EncodingInputError`.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import BinaryInputError, EmptyInputError, EncodingInputError

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Decoded:
    """The text of a file and what the user should know about how it was decoded."""

    text: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes, source: str, *, declared: str | None = None) -> Decoded:
    """Decode article bytes; raise an :class:`InputError` naming ``source`` when impossible.

    ``declared`` is an encoding the file names itself (an HTML ``<meta charset>``); it is
    tried after UTF-8 and before detection.
    """
    if not data.strip():
        raise EmptyInputError(source, "file is empty, expected the text of an article")
    if data.startswith(_UTF16_BOMS):
        return _decode_utf16(data, source)
    if b"\x00" in data:
        raise BinaryInputError(source, "file is binary (contains NUL bytes), expected UTF-8 text")
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            text = data[: exc.start].decode("utf-8-sig")  # the rest decoded, so this does too
            return Decoded(text, ("file ends in the middle of a UTF-8 character (truncated?); "
                                  "the incomplete character was dropped",))
        first_error = exc
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            text = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; detection below decides
        else:
            from kg.ingest.base import looks_vietnamese

            if looks_vietnamese(text):
                return Decoded(text, (f"not UTF-8: decoded as {declared} (declared by the page) "
                                      "and converted to UTF-8",))
    return _detect(data, source, first_error)


def _decode_utf16(data: bytes, source: str) -> Decoded:
    warnings: tuple[str, ...] = ()
    if len(data) % 2:
        data = data[:-1]
        warnings = ("UTF-16 file has an odd number of bytes (truncated?); "
                    "the last byte was dropped",)
    try:
        return Decoded(data.decode("utf-16"), warnings)
    except UnicodeDecodeError as exc:
        raise EncodingInputError(
            source, f"UTF-16 BOM but invalid UTF-16 at byte {exc.start}; re-save the file as UTF-8"
        ) from exc


def _detect(data: bytes, source: str, first_error: UnicodeDecodeError) -> Decoded:
    """Return the text in the first detected encoding that gives Vietnamese, or raise."""
    import charset_normalizer

    from kg.ingest.base import looks_vietnamese

    tried: list[str] = []
    for match in charset_normalizer.from_bytes(data):
        if match.encoding in ("utf_8", "utf_16", "utf_32", "ascii"):
            continue  # UTF-8 failed above; these would only be lossy readings of it
        text = str(match)
        tried.append(match.encoding)
        if looks_vietnamese(text):
            return Decoded(text, (
                f"not UTF-8: detected {_label(match.encoding)} and converted to UTF-8 "
                "(check the names in the output; re-save the file as UTF-8 to be sure)",
            ))
    found = ""
    if tried:
        found = f"; it decodes as {', '.join(map(_label, tried[:3]))} but not as Vietnamese text"
    raise EncodingInputError(
        source,
        f"not valid UTF-8 (byte 0x{data[first_error.start]:02x} at offset {first_error.start})"
        f"{found}; re-save the file as UTF-8",
    ) from first_error


def _label(encoding: str) -> str:
    """Return the usual name of a Python codec (``cp1258`` → ``Windows-1258``)."""
    if encoding.startswith("cp12"):
        return "Windows-" + encoding[2:]
    if encoding in ("latin_1", "iso8859_1"):
        return "Latin-1"
    return encoding.replace("_", "-")
