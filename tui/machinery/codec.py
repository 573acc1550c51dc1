"""The values tui stores or sends between its processes, as data with a schema (MessagePack).

Whatever is read back (a cache entry from disk, the analysis child's request and answer) is
decoded into the model's own frozen dataclasses and checked against their types field by field
(msgspec): a value of any other shape is a CodecError, and no byte of it can name code to run,
as a pickle can. Each value travels in an envelope that says what it is:

    ["tui-zh-explorer", FORMAT, kind, value]      kind: "document", "analysis", "child-request"

msgspec (a dependency for this) encodes dataclasses, tuples, dicts keyed by Literal kinds and
Literal fields as the model declares them, and decodes about as fast as pickle loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec

from tui.model import Annotations, Document, Insight

MAGIC = "tui-zh-explorer"
FORMAT = 1  # raised whenever the envelope or the model changes shape


class CodecError(ValueError):
    """Bytes that are not a value of the expected kind, or a value that cannot be encoded."""


@dataclass(frozen=True)
class ChildRequest:
    """What the pipeline sends its analysis child: the document, and how many key sentences."""

    document: Document
    sentences: int


# Every kind of value there is, with its schema. Nothing else can be encoded or decoded.
SCHEMAS: dict[str, Any] = {
    "document": Document,
    "analysis": tuple[Annotations, Insight],
    "child-request": ChildRequest,
}

_encoder = msgspec.msgpack.Encoder()
_envelope = msgspec.msgpack.Decoder(tuple[str, int, str, msgspec.Raw])
_decoders = {kind: msgspec.msgpack.Decoder(schema) for kind, schema in SCHEMAS.items()}


def kind_of(value: object) -> str:
    """The kind of a value that can be encoded; CodecError for any other."""
    if isinstance(value, Document):
        return "document"
    if isinstance(value, ChildRequest):
        return "child-request"
    if (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], Annotations)
        and isinstance(value[1], Insight)
    ):
        return "analysis"
    raise CodecError(f"not a value tui stores: {type(value).__name__}")


def encode(value: object) -> bytes:
    """The value in its envelope; CodecError when it is not of a known kind or cannot be
    written (a string with a lone surrogate, which UTF-8 cannot hold)."""
    kind = kind_of(value)
    try:
        return _encoder.encode((MAGIC, FORMAT, kind, value))
    except (msgspec.MsgspecError, TypeError, ValueError) as error:  # UnicodeError is a ValueError
        raise CodecError(f"cannot encode the {kind}: {error}") from None


def decode(data: bytes, expected: str | None = None) -> Any:
    """The value in `data`, of kind `expected` if given; CodecError for anything else."""
    try:
        magic, version, kind, raw = _envelope.decode(data)
    except msgspec.MsgspecError as error:
        raise CodecError(f"not an entry of tui's: {error}") from None
    if magic != MAGIC or version != FORMAT:
        raise CodecError(f"an entry of another format ({magic!r} {version})")
    if kind not in _decoders or (expected is not None and kind != expected):
        raise CodecError(f"an entry of kind {kind!r}, not {expected or 'a known kind'}")
    try:
        return _decoders[kind].decode(raw)
    except msgspec.MsgspecError as error:
        raise CodecError(f"a damaged {kind}: {error}") from None
