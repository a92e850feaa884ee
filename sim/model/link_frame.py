"""Golden framing model of the data link layer: packets and control blocks <-> 20-byte flits.

Pure Python over the :mod:`hdl_py.proto` codec; it is the reference that ``LinkTx``, ``LinkRx``
and the PHY benches compare against, so it follows ``docs/link.md`` to the byte:

* A data packet of ``n`` payload bytes takes ``F = ceil((4 + n + 6) / 20)`` flits: the
  :class:`~hdl_py.proto.LinkHeader` (``crd`` = ``ack`` = ``crd_vl`` = ``rt`` = 0, ``plen`` =
  4 + n), the payload, zero padding, and the :class:`~hdl_py.proto.LinkTrailer` in the last 6
  bytes of the last flit: ``seq`` (bytes ``20F-6 .. 20F-5``) and ``rsvd:2 + crc:30`` (bytes
  ``20F-4 .. 20F-1``), the CRC being CRC-30/CDMA (:data:`hdl_py.link.common.LINK_CRC`) over
  bytes ``0 .. 20F-5``.
* A credit/ack control block is a :class:`~hdl_py.proto.CreditAckBlock`, 2 flits, with the same
  CRC over bytes 0..35 in bytes 36..39.

A flit here is a ``bytes`` object of 20 bytes in wire order. In gateware a flit is the ``data``
member of :func:`hdl_py.link.common.flit_layout`, with byte 0 in ``data[0:8]``:
:func:`flit_to_int` / :func:`int_to_flit` convert, :func:`flit_beats` / :func:`beats_to_flits`
give whole stream beats (``{"data": int, "ctl": int}``).

Parsing never raises on bad data (wrong bytes, wrong number of flits, wrong flit sizes): it
reports what it found. Only a wrong Python type (not bytes) raises :class:`TypeError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hdl_py.link.common import (
    CREDIT_BITS,
    CTL_BLOCK_FLITS,
    HEADER_BYTES,
    LINK_CRC,
    SEQ_BITS,
    TRAILER_BYTES,
    packet_flits,
)
from hdl_py.proto import (
    FLIT_BYTES,
    LCH_CONTROL_CREDIT,
    LCH_LENGTH_CREDIT_ACK,
    LCH_PATTERN,
    LCH_SUB_CONTROL_CREDIT_ACK,
    PLEN_MAX_BYTES,
    VL_COUNT,
    CreditAckBlock,
    LinkCfg,
    LinkHeader,
    LinkTrailer,
    decode,
    decode_prefix,
    encode,
    plen_from_bytes,
    plen_to_bytes,
)

__all__ = [
    "MAX_PAYLOAD_BYTES", "DATA_CFGS", "ERR_CFG", "ERR_PLEN_ENCODING", "ERR_PLEN_SMALL",
    "ERR_PLEN_LARGE", "ERR_FLIT_COUNT", "ERR_FLIT_SIZE", "ERR_EMPTY", "ERR_CTL_BLOCK",
    "link_crc", "frame_packet", "reseal", "ParsedPacket", "parse_packet",
    "control_block", "parse_control_block",
    "flit_to_int", "int_to_flit", "flit_beats", "beats_to_flits", "split_flit_stream",
]

#: Largest payload a data packet can carry (``plen`` counts the 4 header bytes too).
MAX_PAYLOAD_BYTES = PLEN_MAX_BYTES - HEADER_BYTES
#: ``cfg`` values a data packet may carry: every :class:`LinkCfg` but ``CREDIT_CONTROL``.
DATA_CFGS = tuple(cfg for cfg in LinkCfg if cfg is not LinkCfg.CREDIT_CONTROL)

# Error codes of ParsedPacket.errors (header errors; a CRC failure is ``crc_ok`` = False).
#: ``cfg`` is not a data packet type (CREDIT_CONTROL, or not a :class:`LinkCfg` value).
ERR_CFG = "cfg"
#: ``plen`` is not a canonical encoding (``tail_bytes`` >= 20).
ERR_PLEN_ENCODING = "plen_encoding"
#: ``plen`` below header + one payload byte (5).
ERR_PLEN_SMALL = "plen_small"
#: ``plen`` above header + ``max_payload`` bytes.
ERR_PLEN_LARGE = "plen_large"
#: The number of flits differs from the one ``plen`` implies.
ERR_FLIT_COUNT = "flit_count"
#: A flit is not 20 bytes long.
ERR_FLIT_SIZE = "flit_size"
#: No flit at all.
ERR_EMPTY = "empty"
#: Error code of :func:`split_flit_stream` for a control block cut short.
ERR_CTL_BLOCK = "ctl_block"

_CRC = LINK_CRC(data_width=8)
_CRC_MASK = (1 << LINK_CRC.crc_width) - 1
_SEQ_MASK = (1 << SEQ_BITS) - 1
_CREDIT_MAX = (1 << CREDIT_BITS) - 1
_CTL_BYTES = CreditAckBlock.BYTES
_CRC_BYTES = 4  # rsvd:2 + crc:30, at the end of the last flit of a packet or control block


def link_crc(data: bytes) -> int:
    """CRC-30/CDMA (:data:`hdl_py.link.common.LINK_CRC`) of ``data``, bytes in wire order."""
    return _CRC.compute(bytes(data))


def _check_bytes(value, what):
    if not isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(f"{what} must be bytes, not {type(value).__name__}")
    return bytes(value)


def _check_uint(value, bits, what):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {value!r}")
    if not 0 <= value < (1 << bits):
        raise ValueError(f"{what} {value} is outside 0..{(1 << bits) - 1}")
    return value


def _split(raw):
    return [raw[i:i + FLIT_BYTES] for i in range(0, len(raw), FLIT_BYTES)]


def _plen_raw(plen):
    """The raw 14 bits of a decoded ``plen`` mapping."""
    return (plen["blocks"] << 10) | (plen["flits"] << 5) | plen["tail_bytes"]


def _seal(body):
    """Append ``rsvd:2 = 0, crc:30`` over ``body`` (which ends where the CRC field starts)."""
    return body + link_crc(body).to_bytes(_CRC_BYTES, "big")


# -- data packets ---------------------------------------------------------------------------------

def frame_packet(payload: bytes, *, vl: int, cfg: LinkCfg | int, seq: int) -> list[bytes]:
    """Flits of one data packet, exactly as ``LinkTx`` sends them.

    Parameters
    ----------
    payload : bytes
        The network-layer packet (network header first), 1 .. :data:`MAX_PAYLOAD_BYTES` bytes.
    vl : int
        Virtual lane, 0..15 (link header ``vl``).
    cfg : LinkCfg or int
        Link header ``cfg`` (what follows the header): one of :data:`DATA_CFGS`.
    seq : int
        Link-level-retry sequence number, 0..65535 (trailer ``seq``).

    Returns
    -------
    list of bytes
        ``packet_flits(len(payload))`` flits of 20 bytes (all with ``ctl`` = 0 on the PHY).

    Raises
    ------
    TypeError, ValueError
        For arguments of the wrong type or out of range. Malformed packets for negative tests
        are built by editing the flits and re-sealing them with :func:`reseal`.
    """
    payload = _check_bytes(payload, "payload")
    if not 1 <= len(payload) <= MAX_PAYLOAD_BYTES:
        raise ValueError(f"payload of {len(payload)} bytes: a data packet carries "
                         f"1..{MAX_PAYLOAD_BYTES} bytes")
    _check_uint(vl, 4, "vl")
    _check_uint(seq, SEQ_BITS, "seq")
    if not isinstance(cfg, LinkCfg):
        if isinstance(cfg, bool) or not isinstance(cfg, int):
            raise TypeError(f"cfg must be a LinkCfg or an int, not {cfg!r}")
        try:
            cfg = LinkCfg(cfg)
        except ValueError:
            raise ValueError(f"cfg {cfg} is not a LinkCfg value") from None
    if cfg not in DATA_CFGS:
        raise ValueError(f"cfg {cfg.name} is not a data packet type (it marks a control block)")
    flits = packet_flits(len(payload))
    header = encode(LinkHeader, vl=vl, cfg=cfg,
                    plen=plen_from_bytes(HEADER_BYTES + len(payload)))
    body_bytes = flits * FLIT_BYTES - _CRC_BYTES
    body = header + payload
    body += bytes(body_bytes - (TRAILER_BYTES - _CRC_BYTES) - len(body))
    body += seq.to_bytes(SEQ_BITS // 8, "big")
    return _split(_seal(body))


def reseal(flits: Sequence[bytes]) -> list[bytes]:
    """The same flits with the CRC field of the last flit recomputed (``rsvd`` bits set to 0).

    For building malformed but CRC-correct packets (bad ``cfg``, ``plen``, flit count) and
    control blocks: edit the bytes, then reseal. Raises :class:`ValueError` when the flits are
    not all 20 bytes or there are none.
    """
    raw = b"".join(_check_bytes(f, "flit") for f in flits)
    if not flits or any(len(f) != FLIT_BYTES for f in flits):
        raise ValueError(f"reseal needs one or more flits of {FLIT_BYTES} bytes")
    return _split(_seal(raw[:-_CRC_BYTES]))


@dataclass(frozen=True)
class ParsedPacket:
    """What a receiver finds in the flits of one data packet (:func:`parse_packet`).

    Attributes
    ----------
    payload : bytes
        The ``plen - 4`` bytes after the header, cut short if the flits end earlier (empty if
        ``plen`` is below 4 or not decodable).
    vl, cfg : int
        Header ``vl`` and ``cfg`` (``cfg`` a :class:`LinkCfg` member when it is one, else the raw
        int). ``None`` when there is no complete first flit.
    seq : int or None
        Trailer ``seq`` of the last flit given (``None`` when that flit is not 20 bytes).
    crc_ok : bool
        The trailer CRC matches bytes ``0 .. 20F-5`` of the flits given (F flits given).
    errors : tuple of str
        Header and framing errors, as ``ERR_*`` codes, in the order checked.
    messages : tuple of str
        One human-readable sentence per error, same order.
    header : dict or None
        The whole decoded link header (non-strict: raw ints for unknown enum values), so a
        scoreboard can check ``crd``/``ack``/``rt``/reserved bits if it wants to.
    plen : int or None
        ``plen`` in bytes (``None`` for a non-canonical encoding or no first flit).
    """
    payload: bytes
    vl: int | None
    cfg: LinkCfg | int | None
    seq: int | None
    crc_ok: bool
    errors: tuple[str, ...] = ()
    messages: tuple[str, ...] = field(default=(), compare=False)
    header: dict | None = field(default=None, compare=False)
    plen: int | None = None

    @property
    def ok(self) -> bool:
        """A receiver commits this packet (CRC good, header valid); ``seq`` aside."""
        return self.crc_ok and not self.errors


def parse_packet(flits: Sequence[bytes], *, max_payload: int = MAX_PAYLOAD_BYTES
                 ) -> ParsedPacket:
    """Parse the flits of one data packet; never raises on bad data.

    Parameters
    ----------
    flits : sequence of bytes
        The flits of the packet as received, first flit first.
    max_payload : int
        Largest payload accepted (the receiver's MTU); a larger ``plen`` is ``ERR_PLEN_LARGE``.

    Checks, each reported as an ``ERR_*`` code in :attr:`ParsedPacket.errors`:

    * every flit is 20 bytes (``ERR_FLIT_SIZE``) and there is at least one (``ERR_EMPTY``);
    * ``cfg`` is a data packet type, one of :data:`DATA_CFGS` (``ERR_CFG``);
    * ``plen`` is canonical (``ERR_PLEN_ENCODING``), at least 5 (``ERR_PLEN_SMALL``) and at most
      ``4 + max_payload`` (``ERR_PLEN_LARGE``);
    * the number of flits is ``packet_flits(plen - 4)`` (``ERR_FLIT_COUNT``; only checked
      when ``plen`` is valid).

    The CRC is checked over the flits given, with the trailer at the end of the last one
    (where a receiver that counted the flits from ``plen`` finds it when the count is right).
    Reserved bits, padding and ``crd``/``ack``/``crd_vl``/``rt`` are not checked: the CRC
    covers them, and ``docs/link.md`` does not make them header errors.
    """
    flits = [_check_bytes(f, "flit") for f in flits]
    _check_uint(max_payload, 16, "max_payload")
    errors, messages = [], []

    def report(code, message):
        errors.append(code)
        messages.append(message)

    if not flits:
        report(ERR_EMPTY, "no flits")
        return ParsedPacket(b"", None, None, None, False, tuple(errors), tuple(messages))
    sizes = [len(f) for f in flits]
    if any(size != FLIT_BYTES for size in sizes):
        report(ERR_FLIT_SIZE, f"flit sizes {sizes}, each must be {FLIT_BYTES} bytes")
    raw = b"".join(flits)

    last = flits[-1]
    if len(last) == FLIT_BYTES:
        trailer = decode(LinkTrailer, last[-TRAILER_BYTES:])
        seq = trailer["seq"]
        crc_ok = (len(raw) >= FLIT_BYTES and not errors
                  and link_crc(raw[:-_CRC_BYTES]) == trailer["crc"] and trailer["rsvd0"] == 0)
    else:
        seq, crc_ok = None, False

    if len(flits[0]) < LinkHeader.BYTES:
        report(ERR_EMPTY, "the first flit has no complete link header")
        return ParsedPacket(b"", None, None, seq, crc_ok, tuple(errors), tuple(messages))
    header, _ = decode_prefix(LinkHeader, flits[0], strict=False)
    vl, cfg = header["vl"], header["cfg"]
    if cfg not in DATA_CFGS:
        name = cfg.name if isinstance(cfg, LinkCfg) else cfg
        report(ERR_CFG, f"cfg {name} is not a data packet type")

    plen_raw = _plen_raw(header["plen"])
    try:
        plen = plen_to_bytes(plen_raw)
    except ValueError:
        plen = None
        report(ERR_PLEN_ENCODING,
               f"plen {plen_raw:#06x} is not canonical (tail_bytes {plen_raw & 0x1F} >= 20)")
    if plen is not None:
        if plen < HEADER_BYTES + 1:
            report(ERR_PLEN_SMALL, f"plen {plen} is below {HEADER_BYTES + 1} (header + 1 byte)")
        elif plen > HEADER_BYTES + max_payload:
            report(ERR_PLEN_LARGE,
                   f"plen {plen} is above {HEADER_BYTES + max_payload} (header + max_payload)")
        else:
            want = packet_flits(plen - HEADER_BYTES)
            if want != len(flits):
                report(ERR_FLIT_COUNT,
                       f"plen {plen} takes {want} flits, {len(flits)} given")
    end = plen if plen is not None and plen >= HEADER_BYTES else HEADER_BYTES
    payload = raw[HEADER_BYTES:end]
    return ParsedPacket(payload, vl, cfg, seq, crc_ok, tuple(errors), tuple(messages),
                        header, plen)


# -- control blocks -----------------------------------------------------------------------------

def control_block(*, ack_number: int, credits: Sequence[int], sd: int = 0, init_done: int = 0,
                  retry_req: int = 0, retry_ack: int = 0, retry_seq: int = 0) -> list[bytes]:
    """The 2 flits of a credit/ack control block (all with ``ctl`` = 1 on the PHY).

    Parameters
    ----------
    ack_number : int
        Sequence number of the last data packet committed (0..65535).
    credits : sequence of int
        ``credit_vl0``, ``credit_vl1``, ... (at most 16, 0..63 each; missing VLs send 0):
        cumulative cells freed modulo 64, or the initial credits in an ``sd`` block.
    sd, init_done, retry_req, retry_ack : int
        Flags (0 or 1), see ``docs/link.md``.
    retry_seq : int
        Sequence number of a retry request or acknowledgement (0..65535).
    """
    _check_uint(ack_number, SEQ_BITS, "ack_number")
    _check_uint(retry_seq, SEQ_BITS, "retry_seq")
    for name, value in (("sd", sd), ("init_done", init_done), ("retry_req", retry_req),
                        ("retry_ack", retry_ack)):
        _check_uint(value, 1, name)
    credits = list(credits)
    if len(credits) > VL_COUNT:
        raise ValueError(f"{len(credits)} credit values given, a block carries {VL_COUNT}")
    for vl, value in enumerate(credits):
        _check_uint(value, CREDIT_BITS, f"credits[{vl}]")
    fields = {
        "lch": {"length": LCH_LENGTH_CREDIT_ACK, "pattern": LCH_PATTERN,
                "cfg": LinkCfg.CREDIT_CONTROL, "control": LCH_CONTROL_CREDIT,
                "sub_control": LCH_SUB_CONTROL_CREDIT_ACK, "sd": sd, "init_done": init_done},
        "ack_number": ack_number,
        **{f"credit_vl{vl}": value for vl, value in enumerate(credits)},
        "retry_req": retry_req, "retry_ack": retry_ack, "retry_seq": retry_seq,
    }
    raw = encode(CreditAckBlock, fields)
    return _split(_seal(raw[:-_CRC_BYTES]))


def parse_control_block(flits: Sequence[bytes]) -> dict | None:
    """Decode the 2 flits of a control block; ``None`` when a receiver drops it.

    Returns ``None`` when the CRC (or its 2 reserved bits) is wrong, or when the flits are not
    exactly 2 of 20 bytes. Otherwise a dict with ``ack_number``, ``credits`` (list of 16),
    ``sd``, ``init_done``, ``retry_req``, ``retry_ack``, ``retry_seq``, and ``lch_ok``: whether
    the link control header names a credit/ack block (``cfg`` 0, ``length`` 1, the fixed
    pattern, control 2, sub-control 4); a block with a good CRC but ``lch_ok`` False is of a
    type this link does not know (its other fields are the bits at the credit/ack positions).
    """
    flits = [_check_bytes(f, "flit") for f in flits]
    if len(flits) != CTL_BLOCK_FLITS or any(len(f) != FLIT_BYTES for f in flits):
        return None
    raw = b"".join(flits)
    block = decode(CreditAckBlock, raw, strict=False)
    if block["rsvd3"] != 0 or link_crc(raw[:-_CRC_BYTES]) != block["crc"]:
        return None
    lch = block["lch"]
    lch_ok = (lch["cfg"] == LinkCfg.CREDIT_CONTROL and lch["length"] == LCH_LENGTH_CREDIT_ACK
              and lch["pattern"] == LCH_PATTERN and lch["control"] == LCH_CONTROL_CREDIT
              and lch["sub_control"] == LCH_SUB_CONTROL_CREDIT_ACK)
    return {
        "ack_number": block["ack_number"],
        "credits": [block[f"credit_vl{vl}"] for vl in range(VL_COUNT)],
        "sd": lch["sd"], "init_done": lch["init_done"],
        "retry_req": block["retry_req"], "retry_ack": block["retry_ack"],
        "retry_seq": block["retry_seq"], "lch_ok": lch_ok,
    }


# -- flits in gateware --------------------------------------------------------------------------

def flit_to_int(flit: bytes) -> int:
    """The ``data`` value of a flit beat (``flit_layout``): byte 0 in ``data[0:8]``."""
    flit = _check_bytes(flit, "flit")
    if len(flit) != FLIT_BYTES:
        raise ValueError(f"a flit is {FLIT_BYTES} bytes, not {len(flit)}")
    return int.from_bytes(flit, "little")


def int_to_flit(value: int) -> bytes:
    """The 20 wire bytes of a flit beat's ``data`` value (inverse of :func:`flit_to_int`)."""
    _check_uint(value, 8 * FLIT_BYTES, "flit data")
    return value.to_bytes(FLIT_BYTES, "little")


def flit_beats(flits: Iterable[bytes], *, ctl: int) -> list[dict]:
    """Stream payloads (``{"data": int, "ctl": int}``) for ``flits``, all with the same ``ctl``.

    ``ctl`` is 0 for data packet flits and 1 for control block flits.
    """
    _check_uint(ctl, 1, "ctl")
    return [{"data": flit_to_int(f), "ctl": ctl} for f in flits]


def beats_to_flits(beats: Iterable) -> list[tuple[bytes, int]]:
    """``(flit, ctl)`` pairs from stream payloads: mappings with ``data``/``ctl``, or raw ints
    of :func:`hdl_py.link.common.flit_layout` (``data`` in the low 160 bits, ``ctl`` above)."""
    result = []
    for beat in beats:
        if isinstance(beat, int) and not isinstance(beat, bool):
            _check_uint(beat, 8 * FLIT_BYTES + 1, "flit beat")
            data_value, ctl = beat & ((1 << (8 * FLIT_BYTES)) - 1), beat >> (8 * FLIT_BYTES)
        else:
            data_value, ctl = beat["data"], beat["ctl"]
        result.append((int_to_flit(data_value), _check_uint(ctl, 1, "ctl")))
    return result


def split_flit_stream(beats: Iterable) -> list[tuple[str, list[bytes]]]:
    """Cut a fault-free flit stream (what ``LinkTx`` sends) into packets and control blocks.

    ``beats`` are ``(flit, ctl)`` pairs or anything :func:`beats_to_flits` takes. Returns, in
    stream order, ``("data", flits)`` for each complete data packet (its length from the
    header's ``plen``), ``("ctl", flits)`` for each control block (2 consecutive ``ctl`` flits),
    ``("aborted", flits)`` for a data packet cut short by a control block with ``retry_ack``
    (the TX answering a retry request stops the packet in flight), and at the end
    ``("partial", flits)`` if the stream stops inside a data packet. A control block may sit
    between the flits of a data packet (which then continues), but not be cut by one.

    Raises :class:`ValueError` for a stream a correct TX cannot send: a ``plen`` in a first
    flit that is not canonical or not in ``5 .. PLEN_MAX_BYTES``, a control block that is cut
    short (by a data flit or the end of the stream) or has a bad CRC.
    """
    items = list(beats)
    if items and not (isinstance(items[0], tuple) and len(items[0]) == 2
                      and isinstance(items[0][0], (bytes, bytearray))):
        items = beats_to_flits(items)
    result = []
    packet, need, ctl_run = [], 0, []
    for index, (flit, ctl) in enumerate(items):
        if ctl:
            ctl_run.append(bytes(flit))
            if len(ctl_run) < CTL_BLOCK_FLITS:
                continue
            fields = parse_control_block(ctl_run)
            if fields is None:
                raise ValueError(f"flit {index}: control block with a bad CRC")
            result.append(("ctl", ctl_run))
            ctl_run = []
            if packet and fields["retry_ack"]:
                result.append(("aborted", packet))
                packet, need = [], 0
            continue
        if ctl_run:
            raise ValueError(f"flit {index}: data flit inside a control block ({ERR_CTL_BLOCK})")
        if not packet:
            header, _ = decode_prefix(LinkHeader, bytes(flit), strict=False)
            plen_raw = _plen_raw(header["plen"])
            try:
                plen = plen_to_bytes(plen_raw)
            except ValueError:
                plen = -1
            if not HEADER_BYTES < plen <= PLEN_MAX_BYTES:
                raise ValueError(f"flit {index}: first flit of a data packet with plen "
                                 f"{plen_raw:#06x}")
            need = packet_flits(plen - HEADER_BYTES)
        packet.append(bytes(flit))
        if len(packet) == need:
            result.append(("data", packet))
            packet, need = [], 0
    if ctl_run:
        raise ValueError(f"the stream ends inside a control block ({ERR_CTL_BLOCK})")
    if packet:
        result.append(("partial", packet))
    return result
