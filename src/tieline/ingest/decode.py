"""Turn input bytes into text: refuse binaries, detect the encoding, say when it is doubtful."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import InputError

# Magic numbers of binary formats users drop into news folders by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x7fELF", "an executable"), (b"\xd0\xcf\x11\xe0", "an MS Office document"),
    (b"SQLite format 3", "an SQLite database"), (b"\x1f\x8b", "gzip data (name it .gz)"),
    (b"BZh", "bzip2 data"), (b"\xfd7zXZ", "xz data"), (b"Rar!", "a RAR archive"),
)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def sniff_binary(data: bytes) -> str | None:
    """Return what binary format *data* looks like, or None when it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    head = data[:8192]
    nul = head.find(b"\x00")
    if nul >= 0:
        return f"binary data (NUL byte at offset {nul})"
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and controls / len(head) > 0.05:
        return f"binary data ({controls} control bytes in the first {len(head)})"
    return None


def decode(data: bytes, origin: str) -> tuple[str, list[str]]:
    """Decode *data* to text; return it with warnings. Raise InputError for binary data."""
    kind = sniff_binary(data)
    if kind:
        raise InputError(f"binary file: looks like {kind}, not text or HTML")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    return _guess(data, origin)


# The legacy encodings most web text comes in, most common first: short texts fit several
# single-byte code pages equally well, and then the commoner one is the better bet.
_PREFERRED = ("cp1252", "cp1251", "koi8_r", "cp1250", "gb18030", "big5", "shift_jis",
              "euc_jp", "euc_kr", "cp1256", "cp1253", "cp1254", "cp1255", "iso8859_15")


def _guess(data: bytes, origin: str) -> tuple[str, list[str]]:
    sample = data[:200_000]
    matches = list(from_bytes(sample))
    if not matches:
        text = data.decode("cp1252", errors="replace")
        return text, [f"{origin}: encoding not recognised; decoded as cp1252 with replacements"]
    floor = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= floor + 0.1]
    rank = {enc: i for i, enc in enumerate(_PREFERRED)}
    best = min(close, key=lambda m: (rank.get(m.encoding, len(rank)), m.chaos))
    text = data.decode(best.encoding, errors="replace")
    rivals = {m.encoding for m in close
              if m.encoding != best.encoding and sample.decode(m.encoding, "replace") != str(best)}
    warnings = []
    if best.chaos > 0.1 or rivals:
        others = ", ".join(sorted(rivals)[:3]) or "none"
        warnings.append(f"{origin}: encoding doubtful: decoded as {best.encoding}, "
                        f"which fits no better than {others}; check accented letters")
    return text, warnings
