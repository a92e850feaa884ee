"""Reference model of the UB data link layer (UB Base Specification 2.0, Chapter 4, CRC30 mode).

Pure Python over the :mod:`hdl_py.proto.dll` formats. It is the golden model the link's
gateware, its scoreboards and the fast model backend share:

* CRC30 (E4 §4.7.2): :func:`crc30` (table driven) and :func:`crc30_bitwise` (the polynomial of
  the text, one bit at a time), :func:`seal_block` / :func:`block_crc_ok`.
* DLLDP framing (E4 §4.3.2): payload bytes -> DLLDBs of at most 32 flits -> 20-byte flits with
  LPH, LBH and BCRC; PLENGTH rules 1..3 (:func:`plength_for`, :func:`plength_payload_bytes`);
  :func:`frame_dlldp`, :func:`parse_dlldp`.
* DLLCBs (E4 §4.3.3): every type of Table 4-6 through :func:`control_block` and
  :func:`parse_dllcb`; the Retry_Req_Set and Retry_Ack_Set; the Init Block and the negotiation
  of E4 §4.4 (:class:`DllCapabilities`, :func:`negotiate`).
* Retry pointers (E4 §4.7.3.2): :class:`RetryBuffer` (WrPtr, TailPtr, RdPtr, NumFreeBuf) and
  :class:`RcvPtr`.
* Credits (E4 §4.6): :func:`dlldp_cells`, :class:`CreditCounter`, the sender's
  :class:`TxCredits` and the receiver's :class:`CreditReturn` (credit and ACK return).

A flit is a ``bytes`` of 20 bytes in wire order (byte 0 first). Parsers report what is wrong
(a list of error names) and never raise on bad bytes; a wrong Python type raises TypeError.

Retry-buffer size: 2.0 makes the buffer RETRY_BUF_DEPTH flits (indices 0..D-1); 2.0.1 makes it
RETRY_BUF_DEPTH + 1. OpenUB follows 2.0 (``docs/link.md``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from hdl_py.proto import decode, encode
from hdl_py.proto.dll import (
    BCRC_OFFSET,
    CRC30_INIT,
    CRC30_POLY,
    CRD_NUM_MAX,
    DLLCB_TYPES,
    DLLDB_MAX_FLITS,
    DLLDP_CFGS,
    DLLDP_MAX_BLOCKS,
    FLIT_BYTES,
    INIT_BLOCK_MIN_FLITS,
    LCH_FIXED,
    MAX_TOTAL_CREDIT,
    Bcrc,
    CrdAckBlock,
    InitBlock,
    Lbh,
    Lch,
    Lph,
    RetryAckBlock,
    RetryReqBlock,
)

__all__ = [
    "CRC30_POLY", "CRC30_INIT", "crc30_bitwise", "crc30", "block_crc", "seal_block",
    "block_crc_ok",
    "flit_capacities", "block_capacity", "MAX_PAYLOAD_BYTES", "dlldp_blocks", "plength_for",
    "plength_payload_bytes", "PlengthError", "frame_dlldp", "ParsedDlldp", "parse_dlldp",
    "control_block", "parse_dllcb", "ParsedDllcb", "dllcb_type_of", "RETRY_SET_BLOCKS",
    "retry_req_set", "retry_ack_set", "SEND_PRIORITY",
    "DllCapabilities", "DllParameters", "init_block", "parse_init_block", "negotiate",
    "MANDATORY", "NEGOTIATION_DEFAULTS", "bitmap_values",
    "RetryBuffer", "RcvPtr", "AckOverflow", "dlldp_cells", "CreditCounter", "CreditOverflow",
    "DLL_STATES", "CRD_NUM_MAX", "MAX_TOTAL_CREDIT", "init_credit_blocks", "initial_credit",
    "RetryReqSm", "TxCredits", "ReturnWatermarks", "CreditReturn",
]

# -- CRC30 (E4 §4.7.2 pp.132-133) -------------------------------------------------------------

_MASK30 = CRC30_INIT


def crc30_bitwise(bits: Iterable[int], state: int = CRC30_INIT) -> int:
    """CRC30 of a bit sequence fed first bit first (byte 0 bit 7 first), one bit at a time."""
    for bit in bits:
        feedback = ((state >> 29) & 1) ^ (bit & 1)
        state = (state << 1) & _MASK30
        if feedback:
            state ^= CRC30_POLY
    return state


def _make_table():
    table = []
    for top in range(256):
        state = top << 22
        for _ in range(8):
            state = ((state << 1) & _MASK30) ^ (CRC30_POLY if state >> 29 else 0)
        table.append(state)
    return table


_TABLE = _make_table()


def crc30(data: bytes, *, tail: int = 0, tail_bits: int = 0, state: int = CRC30_INIT) -> int:
    """CRC30 of ``data`` (each byte MSB first) followed by the ``tail_bits`` low bits of
    ``tail`` (most significant of them first)."""
    _check_bytes(data, "data")
    for byte in data:
        state = ((state << 8) & _MASK30) ^ _TABLE[(state >> 22) ^ byte]
    if tail_bits:
        state = crc30_bitwise(((tail >> i) & 1 for i in reversed(range(tail_bits))), state)
    return state


def block_crc(block: bytes) -> int:
    """The CRC30 a block's BCRC must carry: over every bit of the block before the CRC30 field,
    i.e. all bytes but the last four plus the BCRC's Reserved and ERROR_FLAG bits."""
    _check_bytes(block, "block")
    if len(block) < FLIT_BYTES or len(block) % FLIT_BYTES:
        raise ValueError(f"a block is a whole number of 20-byte flits, not {len(block)} bytes")
    return crc30(block[:-4], tail=block[-4] >> 6, tail_bits=2)


def seal_block(block: bytes, *, error_flag: int = 0) -> bytes:
    """``block`` with its BCRC (bytes 16..19 of the last flit) filled in: Reserved 0,
    ``error_flag`` and the CRC30."""
    head = bytes(block[:-4]) + encode(Bcrc, error_flag=error_flag)
    bcrc = encode(Bcrc, error_flag=error_flag, crc30=block_crc(head))
    return head[:-4] + bcrc


def block_crc_ok(block: bytes) -> bool:
    """Whether a received block's CRC30 matches (E4 §4.3.4.3: a mismatch triggers retry)."""
    return decode(Bcrc, block[-4:])["crc30"] == block_crc(block)


# -- DLLDP framing (E4 §4.3.2 pp.93-103) ------------------------------------------------------

def flit_capacities(first_block: bool, nflits: int) -> list[int]:
    """Payload bytes each flit of a DLLDB can carry (E4 Figures 4-5, 4-6, 4-10).

    Flit 0 holds the LPH (4 bytes, first DLLDB) or the LBH (2 bytes); the last flit ends with
    the 4-byte BCRC; every other byte is payload.
    """
    if not 1 <= nflits <= DLLDB_MAX_FLITS:
        raise ValueError(f"a DLLDB has 1..{DLLDB_MAX_FLITS} flits, not {nflits}")
    caps = [FLIT_BYTES] * nflits
    caps[0] -= 4 if first_block else 2
    caps[-1] -= FLIT_BYTES - BCRC_OFFSET
    return caps


def block_capacity(first_block: bool, nflits: int) -> int:
    """Payload bytes of a DLLDB of ``nflits`` flits."""
    return sum(flit_capacities(first_block, nflits))


#: Largest DLLDP payload: 16 DLLDBs of 32 flits (10,142 bytes).
MAX_PAYLOAD_BYTES = (block_capacity(True, DLLDB_MAX_FLITS)
                     + (DLLDP_MAX_BLOCKS - 1) * block_capacity(False, DLLDB_MAX_FLITS))


class PlengthError(ValueError):
    """A PLENGTH that no payload length encodes (reserved code, or bytes that cannot fit)."""


def _check_payload_len(n):
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"payload length must be an int, not {n!r}")
    if not 1 <= n <= MAX_PAYLOAD_BYTES:
        raise ValueError(f"a DLLDP carries 1..{MAX_PAYLOAD_BYTES} payload bytes, not {n}")


def dlldp_blocks(n: int) -> list[int]:
    """Flits of each DLLDB of a DLLDP of ``n`` payload bytes, as OpenUB's sender cuts it:
    every block but the last is 32 flits, the last is the shortest that holds the rest."""
    _check_payload_len(n)
    blocks = []
    left = n
    while left > block_capacity(not blocks, DLLDB_MAX_FLITS):
        left -= block_capacity(not blocks, DLLDB_MAX_FLITS)
        blocks.append(DLLDB_MAX_FLITS)
    first = not blocks
    last = next(f for f in range(1, DLLDB_MAX_FLITS + 1) if block_capacity(first, f) >= left)
    return [*blocks, last]


def _end_code(where: int, nbytes: int) -> int:
    """PLENGTH[4:0] for a payload ending ``where`` flits before the last (0 or 1) with
    ``nbytes`` bytes in that flit (CRC30 rules 1..3)."""
    if where == 0 and 1 <= nbytes <= 16:
        return nbytes - 1                     # rule 1: 0..15
    if where == 1 and 17 <= nbytes <= 20:
        return nbytes - 1                     # rule 2: 16..19
    if where == 1 and 13 <= nbytes <= 16:
        return nbytes + 11                    # rule 3: 24..27
    raise PlengthError(f"no PLENGTH[4:0] for a payload ending {where} flit(s) before the last "
                       f"with {nbytes} bytes")


def plength_for(n: int) -> dict:
    """The PLENGTH fields of a DLLDP of ``n`` payload bytes (``blocks_m1``, ``last_flits_m1``,
    ``end``), for the cut of :func:`dlldp_blocks`."""
    blocks = dlldp_blocks(n)
    first = len(blocks) == 1
    left = n - sum(block_capacity(i == 0, f) for i, f in enumerate(blocks[:-1]))
    caps = flit_capacities(first, blocks[-1])
    index = 0
    while left > caps[index]:
        left -= caps[index]
        index += 1
    return {"blocks_m1": len(blocks) - 1, "last_flits_m1": blocks[-1] - 1,
            "end": _end_code(len(caps) - 1 - index, left)}


def plength_payload_bytes(plength) -> int:
    """Payload bytes a PLENGTH (mapping or raw 14-bit int) announces; :class:`PlengthError`
    if the code is reserved or names more bytes than its flit can hold."""
    if isinstance(plength, int) and not isinstance(plength, bool):
        plength = {"blocks_m1": plength >> 10, "last_flits_m1": (plength >> 5) & 31,
                   "end": plength & 31}
    nblocks, nlast, end = plength["blocks_m1"] + 1, plength["last_flits_m1"] + 1, plength["end"]
    if end <= 15:
        where, nbytes = 0, end + 1
    elif 16 <= end <= 19:
        where, nbytes = 1, end + 1
    elif 24 <= end <= 27:
        where, nbytes = 1, end - 11
    else:
        raise PlengthError(f"PLENGTH[4:0] = {end} is reserved in CRC30 mode")
    if where >= nlast:
        raise PlengthError(f"PLENGTH[4:0] = {end} ends the payload before the last flit, but the "
                           f"last DLLDB has {nlast} flit(s)")
    caps = flit_capacities(nblocks == 1, nlast)
    index = nlast - 1 - where
    if nbytes > caps[index]:
        raise PlengthError(f"PLENGTH[4:0] = {end} puts {nbytes} bytes in flit {index} of the last "
                           f"DLLDB, which holds {caps[index]}")
    full = sum(block_capacity(i == 0, DLLDB_MAX_FLITS) for i in range(nblocks - 1))
    return full + sum(caps[:index]) + nbytes


def _check_bytes(value, what):
    if not isinstance(value, (bytes, bytearray)):
        raise TypeError(f"{what} must be bytes, not {type(value).__name__}")


def _per_block(values, nblocks, what, default):
    if values is None:
        return [default] * nblocks
    values = list(values)
    if len(values) != nblocks:
        raise ValueError(f"{what} needs one entry per DLLDB ({nblocks}), got {len(values)}")
    return values


def frame_dlldp(payload: bytes, *, vl: int, cfg: int, rt: int = 0,
                crd: Sequence[tuple[int, int] | None] | None = None,
                ack: Sequence[int] | None = None, error_flag: int = 0) -> list[list[bytes]]:
    """The DLLDBs of one DLLDP, each a list of 20-byte flits, sealed with their BCRCs.

    ``crd``: per DLLDB, ``None`` or ``(1, crd_vl)`` to return one data credit grain for
    ``crd_vl`` in that block's LPH/LBH; ``ack``: per DLLDB, 1 to release one data ACK grain.
    ``error_flag`` goes into the last DLLDB's BCRC (E4 §4.8.3).
    """
    _check_bytes(payload, "payload")
    if cfg not in DLLDP_CFGS:
        raise ValueError(f"a DLLDP's CFG is one of {sorted(DLLDP_CFGS)}, not {cfg}")
    sizes = dlldp_blocks(len(payload))
    crd = _per_block(crd, len(sizes), "crd", None)
    ack = _per_block(ack, len(sizes), "ack", 0)
    plength = plength_for(len(payload))
    blocks, pos = [], 0
    for index, nflits in enumerate(sizes):
        caps = flit_capacities(index == 0, nflits)
        take = min(sum(caps), len(payload) - pos)
        body = payload[pos:pos + take]
        pos += take
        crd_bit, crd_vl = crd[index] if crd[index] else (0, 0)
        head = dict(crd=crd_bit, crd_vl=crd_vl, ack=ack[index], vl=vl, cfg=cfg)
        header = (encode(Lph, head, rt=rt, plength=plength) if index == 0
                  else encode(Lbh, head))
        raw = bytearray(nflits * FLIT_BYTES)
        raw[:len(header)] = header
        off, start = len(header), 0
        for flit, cap in enumerate(caps):
            chunk = body[start:start + cap]
            base = flit * FLIT_BYTES + (off if flit == 0 else 0)
            raw[base:base + len(chunk)] = chunk
            start += cap
        last = index == len(sizes) - 1
        sealed = seal_block(bytes(raw), error_flag=error_flag if last else 0)
        blocks.append([sealed[i:i + FLIT_BYTES] for i in range(0, len(sealed), FLIT_BYTES)])
    return blocks


@dataclass
class ParsedDlldp:
    """What a receiver finds in the flits of one DLLDP (:func:`parse_dlldp`)."""
    payload: bytes = b""
    vl: int = 0
    cfg: int = 0
    rt: int = 0
    crd: list[tuple[int, int]] = field(default_factory=list)   # per DLLDB (crd, crd_vl)
    ack: list[int] = field(default_factory=list)               # per DLLDB
    error_flag: int = 0
    block_flits: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


def parse_dlldp(flits: Sequence[bytes]) -> ParsedDlldp:
    """Parse the flits of one DLLDP, first flit first. Errors (in ``errors``):
    ``cfg`` (LPH.CFG not a DLLDP value), ``plength`` (reserved or impossible code),
    ``flit_count`` (not the flits PLENGTH announces), ``crc`` (a DLLDB's CRC30 fails),
    ``lbh_vl`` / ``lbh_cfg`` (an LBH disagrees with the LPH: E4 §4.5, one VL per DLLDP)."""
    out = ParsedDlldp()
    for flit in flits:
        _check_bytes(flit, "flit")
        if len(flit) != FLIT_BYTES:
            out.errors.append("flit_size")
            return out
    if not flits:
        out.errors.append("flit_count")
        return out
    lph = decode(Lph, flits[0][:4])
    out.vl, out.cfg, out.rt = lph["vl"], lph["cfg"], lph["rt"]
    if out.cfg not in DLLDP_CFGS:
        out.errors.append("cfg")
    plength = lph["plength"]
    try:
        nbytes = plength_payload_bytes(plength)
    except PlengthError:
        out.errors.append("plength")
        return out
    nblocks = plength["blocks_m1"] + 1
    sizes = [DLLDB_MAX_FLITS] * (nblocks - 1) + [plength["last_flits_m1"] + 1]
    if sum(sizes) != len(flits):
        out.errors.append("flit_count")
        return out
    out.block_flits = sizes
    payload, pos = bytearray(), 0
    for index, nflits in enumerate(sizes):
        block = b"".join(flits[pos:pos + nflits])
        pos += nflits
        if not block_crc_ok(block):
            out.errors.append("crc")
        if index == 0:
            head = lph
        else:
            head = decode(Lbh, block[:2])
            if head["vl"] != out.vl:
                out.errors.append("lbh_vl")
            if head["cfg"] != out.cfg:
                out.errors.append("lbh_cfg")
        out.crd.append((head["crd"], head["crd_vl"]))
        out.ack.append(head["ack"])
        hdr = 4 if index == 0 else 2
        for flit, cap in enumerate(flit_capacities(index == 0, nflits)):
            base = flit * FLIT_BYTES + (hdr if flit == 0 else 0)
            payload += block[base:base + cap]
        if index == nblocks - 1:
            out.error_flag = decode(Bcrc, block[-4:])["error_flag"]
    out.payload = bytes(payload[:nbytes])
    return out


# -- DLLCBs (E4 §4.3.3 pp.103-121) ------------------------------------------------------------

#: Blocks of a Retry_Req_Set or Retry_Ack_Set: 1 Retry_Idle + 32 Retry_Req / Retry_Ack.
RETRY_SET_BLOCKS = 33

#: The reference sending priority, highest first (E4 §4.3.3.1 p.106, an example).
SEND_PRIORITY = ("RETRY_ACK_SET", "RETRY_REQ_SET", "BLOCK_MODE_CHG", "CRD_ACK_T0",
                 "LANE_MANAGE", "PARAM_EXCHG", "CRD_ACK_T1", "INIT", "NOB", "DLLDP", "NULL")

_BODY = {"RETRY_REQ": RetryReqBlock, "RETRY_ACK": RetryAckBlock, "CRD_ACK": CrdAckBlock,
         "INIT": InitBlock}


def _lch_fields(kind, nflits, info=0):
    t = DLLCB_TYPES[kind]
    return {"clength": nflits - 1, "fixed": LCH_FIXED, "cfg": 0, "ctrl": t.ctrl,
            "sub_ctrl": t.sub_ctrl, "info": info}


def control_block(kind: str, *, flits: int | None = None, info: int = 0,
                  **fields) -> list[bytes]:
    """A sealed DLLCB of type ``kind`` (a key of :data:`DLLCB_TYPES`), as flits.

    ``fields`` are the block struct's fields (RETRY_REQ, RETRY_ACK, CRD_ACK, INIT); for
    CRD_ACK, ``t`` and ``sd`` fill the LCH's info byte. ``flits`` sets the length of a
    variable-length block (Init: 5..32; the extra flits are reserved zeros).
    """
    t = DLLCB_TYPES[kind]
    if kind == "CRD_ACK":
        info = (fields.pop("sd", 0) << 1) | fields.pop("t", 0)
    nflits = flits if flits is not None else t.min_flits
    if not t.min_flits <= nflits <= t.max_flits:
        raise ValueError(f"a {kind} block has {t.min_flits}..{t.max_flits} flits, not {nflits}")
    lch = _lch_fields(kind, nflits, info)
    body_cls = _BODY.get(kind)
    if body_cls is None:
        if fields:
            raise ValueError(f"a {kind} block has no fields {sorted(fields)}")
        raw = encode(Lch, lch) + bytes(nflits * FLIT_BYTES - 4)
    else:
        raw = encode(body_cls, fields, lch=lch)
        if kind == "INIT" and nflits > INIT_BLOCK_MIN_FLITS:
            # Flits 4..N-2 are reserved, the BCRC is in the last flit: insert zero flits.
            raw = raw[:4 * FLIT_BYTES] + bytes((nflits - INIT_BLOCK_MIN_FLITS) * FLIT_BYTES) \
                + raw[4 * FLIT_BYTES:]
    sealed = seal_block(raw)
    return [sealed[i:i + FLIT_BYTES] for i in range(0, len(sealed), FLIT_BYTES)]


def dllcb_type_of(flit0: bytes) -> str | None:
    """Name of the DLLCB type whose LCH starts ``flit0``, or None (not an LCH: CFG != 0, a
    wrong fixed pattern, or a CTRL/SUB_CTRL pair not in Table 4-6)."""
    lch = decode(Lch, flit0[:4])
    if lch["cfg"] != 0 or lch["fixed"] != LCH_FIXED or lch["zero"]:
        return None
    for name, t in DLLCB_TYPES.items():
        if (t.ctrl, t.sub_ctrl) == (lch["ctrl"], lch["sub_ctrl"]):
            return name
    return None


@dataclass
class ParsedDllcb:
    """What a receiver finds in one DLLCB (:func:`parse_dllcb`)."""
    kind: str | None = None
    clength: int = 0
    info: int = 0
    fields: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


def parse_dllcb(flits: Sequence[bytes]) -> ParsedDllcb:
    """Parse one DLLCB. Errors: ``lch`` (not a known LCH), ``length`` (CLENGTH outside the
    type's lengths, or not the flits given), ``crc``."""
    out = ParsedDllcb()
    if not flits or any(len(f) != FLIT_BYTES for f in flits):
        out.errors.append("length")
        return out
    lch = decode(Lch, flits[0][:4])
    out.clength, out.info = lch["clength"], lch["info"]
    out.kind = dllcb_type_of(flits[0])
    if out.kind is None:
        out.errors.append("lch")
        return out
    t = DLLCB_TYPES[out.kind]
    nflits = lch["clength"] + 1
    if not t.min_flits <= nflits <= t.max_flits or nflits != len(flits):
        out.errors.append("length")
        return out
    block = b"".join(flits)
    if not block_crc_ok(block):
        out.errors.append("crc")
    body_cls = _BODY.get(out.kind)
    if body_cls is not None:
        raw = block
        if out.kind == "INIT":
            raw = block[:4 * FLIT_BYTES] + block[-FLIT_BYTES:]
        out.fields = {k: v for k, v in decode(body_cls, raw).items()
                      if k not in ("lch", "bcrc") and not k.startswith("rsvd")}
        if out.kind == "CRD_ACK":
            out.fields["t"] = out.info & 1
            out.fields["sd"] = (out.info >> 1) & 1
    return out


def retry_req_set(*, rcv_ptr: int, num_retry: int, num_phy_reinit: int) -> list[bytes]:
    """Retry_Req_Set: 1 Retry_Idle + 32 Retry_Req blocks, back to back (E4 §4.7.3.3)."""
    req = control_block("RETRY_REQ", rcv_ptr=rcv_ptr, num_retry=num_retry,
                        num_phy_reinit=num_phy_reinit)
    return control_block("RETRY_IDLE") + req * (RETRY_SET_BLOCKS - 1)


def retry_ack_set(*, num_retry: int, num_free_buf: int, rd_ptr: int,
                  wr_ptr: int) -> list[bytes]:
    """Retry_Ack_Set: 1 Retry_Idle + 32 Retry_Ack blocks, back to back (E4 §4.7.3.4)."""
    ack = control_block("RETRY_ACK", num_retry=num_retry, num_free_buf=num_free_buf,
                        rd_ptr=rd_ptr, wr_ptr=wr_ptr)
    return control_block("RETRY_IDLE") + ack * (RETRY_SET_BLOCKS - 1)


# -- Init Block and negotiation (E4 §4.3.3.9, §4.4 pp.116-128) ------------------------------

def bitmap_values(bitmap: int) -> list[int]:
    """The sizes a capability bitmap names: bit k = 2**k (bit 7..0 = {128, ..., 1})."""
    return [1 << k for k in range(8) if (bitmap >> k) & 1]


#: What every implementation supports, so negotiation always succeeds (E4 §4.4): Crd_Ack credit
#: grain 1 cell, DLLDP credit grain 4 cells, Crd_Ack ACK grain 1 flit, DLLDP ACK grain 32 flits,
#: cell 8 flits, DLLDPs on VL0.
MANDATORY = {"ctrl_credit_grain": 1, "data_credit_grain": 4, "ctrl_ack_grain_size": 1,
             "data_ack_grain_size": 32, "flow_ctrl_size": 8, "vl_enable": 0x0001}
#: The value a field takes when the two capability sets do not intersect (E4 Table 4-9).
NEGOTIATION_DEFAULTS = {"feature_id": 1, "rxbuf_vl_share": 0, "data_ack_grain_size": 32,
                        "ctrl_ack_grain_size": 1, "flow_ctrl_size": 8, "data_credit_grain": 4,
                        "ctrl_credit_grain": 1, "vl_enable": 0x0001}


@dataclass(frozen=True)
class DllCapabilities:
    """One end's Init Block content: capability bitmaps and its own retry buffer depth and
    packet spacing. Defaults: the mandatory capabilities only, VL0..VL3, a 512-flit buffer."""
    feature_id: int = 1
    rxbuf_vl_share: int = 0
    data_ack_grain_size: int = 0x20
    ctrl_ack_grain_size: int = 0x01
    flow_ctrl_size: int = 0x08
    vl_enable: int = 0x000F
    retry_buf_depth: int = 512
    packet_min_interval: int = 1
    ctrl_credit_grain: tuple[int, ...] = (0x01,) * 16
    data_credit_grain: tuple[int, ...] = (0x04,) * 16

    def with_(self, **changes):
        return replace(self, **changes)


def init_block(caps: DllCapabilities, *, flits: int = INIT_BLOCK_MIN_FLITS) -> list[bytes]:
    """The Init Block that advertises ``caps`` (all defined parameters together, E4 §4.3.3.9)."""
    ctrl, data_ = list(caps.ctrl_credit_grain), list(caps.data_credit_grain)
    if len(ctrl) != 16 or len(data_) != 16:
        raise ValueError("credit grains need 16 entries, one per VL")
    return control_block(
        "INIT", flits=flits, feature_id=caps.feature_id, rxbuf_vl_share=caps.rxbuf_vl_share,
        data_ack_grain_size=caps.data_ack_grain_size,
        ctrl_ack_grain_size=caps.ctrl_ack_grain_size, flow_ctrl_size=caps.flow_ctrl_size,
        vl_enable=caps.vl_enable, retry_buf_depth=caps.retry_buf_depth,
        packet_min_interval=caps.packet_min_interval,
        ctrl_credit_grain_lo=ctrl[:14], ctrl_credit_grain_hi=ctrl[14:],
        data_credit_grain_lo=data_[:12], data_credit_grain_hi=data_[12:])


def parse_init_block(flits: Sequence[bytes]) -> tuple[DllCapabilities | None, ParsedDllcb]:
    """The capabilities an Init Block advertises (None unless it parses cleanly)."""
    parsed = parse_dllcb(flits)
    if not parsed.ok or parsed.kind != "INIT":
        return None, parsed
    f = parsed.fields
    caps = DllCapabilities(
        feature_id=f["feature_id"], rxbuf_vl_share=f["rxbuf_vl_share"],
        data_ack_grain_size=f["data_ack_grain_size"],
        ctrl_ack_grain_size=f["ctrl_ack_grain_size"], flow_ctrl_size=f["flow_ctrl_size"],
        vl_enable=f["vl_enable"], retry_buf_depth=f["retry_buf_depth"],
        packet_min_interval=f["packet_min_interval"],
        ctrl_credit_grain=tuple(f["ctrl_credit_grain_lo"]) + tuple(f["ctrl_credit_grain_hi"]),
        data_credit_grain=tuple(f["data_credit_grain_lo"]) + tuple(f["data_credit_grain_hi"]))
    return caps, parsed


@dataclass(frozen=True)
class DllParameters:
    """The negotiated result one end uses (what Data Link Status shows), in units, not bitmaps."""
    feature_id: int
    data_ack_grain: int        # flits released by one LPH/LBH ACK
    ctrl_ack_grain: int        # flits released per Crd_Ack ACK_NUM
    cell_flits: int            # FLOW_CTRL_SIZE
    vl_enable: int             # bitmap
    ctrl_credit_grain: tuple[int, ...]    # cells per Crd_Ack CRD_NUM, per VL
    data_credit_grain: tuple[int, ...]    # cells per LPH/LBH CRD, per VL
    share_allowed: bool        # the peer's receive buffer supports VL sharing
    peer_retry_buf_depth: int  # taken from the peer (not negotiated)
    peer_packet_min_interval: int


def _smallest_common(a: int, b: int, default: int) -> int:
    common = bitmap_values(a & b)
    return common[0] if common else default


def negotiate(local: DllCapabilities, peer: DllCapabilities) -> DllParameters:
    """E4 §4.4 Table 4-9: the smallest value in the intersection of each capability set (the
    default when they do not intersect); the lower FEATURE_ID; the intersection of VL_ENABLE
    (VL0 always); RETRY_BUF_DEPTH and PACKET_MIN_INTERVAL are the peer's own."""
    d = NEGOTIATION_DEFAULTS
    vls = local.vl_enable & peer.vl_enable
    return DllParameters(
        feature_id=min(local.feature_id, peer.feature_id),
        data_ack_grain=_smallest_common(local.data_ack_grain_size, peer.data_ack_grain_size,
                                        d["data_ack_grain_size"]),
        ctrl_ack_grain=_smallest_common(local.ctrl_ack_grain_size, peer.ctrl_ack_grain_size,
                                        d["ctrl_ack_grain_size"]),
        cell_flits=_smallest_common(local.flow_ctrl_size, peer.flow_ctrl_size,
                                    d["flow_ctrl_size"]),
        vl_enable=vls | 1,
        ctrl_credit_grain=tuple(_smallest_common(a, b, d["ctrl_credit_grain"])
                                for a, b in zip(local.ctrl_credit_grain,
                                                peer.ctrl_credit_grain, strict=True)),
        data_credit_grain=tuple(_smallest_common(a, b, d["data_credit_grain"])
                                for a, b in zip(local.data_credit_grain,
                                                peer.data_credit_grain, strict=True)),
        share_allowed=bool(peer.rxbuf_vl_share),
        peer_retry_buf_depth=peer.retry_buf_depth,
        peer_packet_min_interval=peer.packet_min_interval)


# -- Retry pointers (E4 §4.7.3.2 pp.134-136) ------------------------------------------------

class AckOverflow(Exception):
    """An ACK would raise NumFreeBuf above the depth: DL Protocol Error (E4 §4.8.2)."""


class RetryBuffer:
    """The responder's retry buffer bookkeeping, in flits: WrPtr, TailPtr, RdPtr, NumFreeBuf.

    ``send(n)`` backs up a block of ``n`` flits (every block but Null and Retry blocks) and
    returns the index of its first flit; ``release(n)`` is an ACK of ``n`` flits;
    ``retry(rcv_ptr)`` starts a resend from the requested index and returns the indices to
    resend, oldest first (RdPtr runs up to WrPtr).
    """

    def __init__(self, depth: int):
        if not 1 <= depth <= (1 << 16) - 1:
            raise ValueError(f"retry buffer depth must be 1..65535 flits, not {depth}")
        self.depth = depth
        self.reset()

    def reset(self):
        """Entry to DLL_Disabled or link down: pointers 0, NumFreeBuf = depth."""
        self.wr_ptr = self.tail_ptr = self.rd_ptr = 0
        self.num_free_buf = self.depth

    def can_send(self, n: int) -> bool:
        return self.num_free_buf >= n

    def send(self, n: int) -> int:
        if not self.can_send(n):
            raise ValueError(f"{n} flits do not fit: NumFreeBuf = {self.num_free_buf}")
        start = self.wr_ptr
        self.wr_ptr = (self.wr_ptr + n) % self.depth
        self.rd_ptr = self.wr_ptr
        self.num_free_buf -= n
        return start

    def release(self, n: int):
        if self.num_free_buf + n > self.depth:
            raise AckOverflow(f"ACK of {n} flits with NumFreeBuf {self.num_free_buf} of "
                              f"{self.depth}")
        self.num_free_buf += n
        self.tail_ptr = (self.tail_ptr + n) % self.depth

    @property
    def unacked(self) -> int:
        return self.depth - self.num_free_buf

    def holds(self, index: int) -> bool:
        """Whether ``index`` is a flit still held (TailPtr <= index < WrPtr, modulo), or WrPtr
        itself (a request for nothing: everything was received)."""
        return (index - self.tail_ptr) % self.depth <= self.unacked

    def retry(self, rcv_ptr: int) -> list[int]:
        if not self.holds(rcv_ptr):
            raise ValueError(f"RcvPtr {rcv_ptr} is not in the retry buffer "
                             f"(TailPtr {self.tail_ptr}, WrPtr {self.wr_ptr})")
        self.rd_ptr = rcv_ptr
        out = []
        while self.rd_ptr != self.wr_ptr:
            out.append(self.rd_ptr)
            self.rd_ptr = (self.rd_ptr + 1) % self.depth
        return out


class RcvPtr:
    """The receiver's RcvPtr into the peer's retry buffer of ``depth`` flits (learned from the
    peer's Init Block): += block flits for every correct backed-up block (CRC30 mode)."""

    def __init__(self, depth: int):
        self.depth = depth
        self.value = 0

    def advance(self, nflits: int):
        self.value = (self.value + nflits) % self.depth


# -- Credits (E4 §4.6 pp.128-132) ------------------------------------------------------------

def dlldp_cells(nflits: int, cell_flits: int) -> int:
    """Credit a DLLDP of ``nflits`` flits consumes: ceil(flits / flits per cell)."""
    if cell_flits not in (1, 2, 4, 8, 16, 32, 64, 128):
        raise ValueError(f"a cell is 1, 2, 4, ..., 128 flits, not {cell_flits}")
    return -(-nflits // cell_flits)


class CreditOverflow(Exception):
    """Credit returned beyond the initial value: Flow Control Overflow (E4 §4.8.1)."""


class CreditCounter:
    """A sender's count of one VL's free cells at the peer, from the peer's initial credit."""

    def __init__(self, initial: int):
        self.initial = initial
        self.value = initial

    def take(self, cells: int) -> bool:
        if cells > self.value:
            return False
        self.value -= cells
        return True

    def give(self, cells: int):
        if self.value + cells > self.initial:
            raise CreditOverflow(f"{cells} cells returned with {self.value} of {self.initial} "
                                 f"free")
        self.value += cells


class TxCredits:
    """The sender's per-VL credit at the peer in credit exclusive mode (E4 §4.6.1.2, §4.6.2):
    one :class:`CreditCounter` per VL from the peer's initial credit; a DLLDP takes its cells;
    an LPH/LBH CRD returns DATA_CREDIT_GRAIN_SIZE cells of CRD_VL, a Crd_Ack (T = 0) returns
    CRD_NUM x CTRL_CREDIT_GRAIN_SIZE cells of each VL. A return beyond a VL's initial value is
    a Flow Control Overflow (E4 §4.8.1): that VL's return is refused and the VL reported."""

    def __init__(self, init_crd: Sequence[int], params: DllParameters):
        self.params = params
        self.vls = len(init_crd)
        self.counters = [CreditCounter(c) for c in init_crd]

    @property
    def value(self) -> list[int]:
        return [c.value for c in self.counters]

    def take(self, vl: int, cells: int) -> bool:
        return self.counters[vl].take(cells)

    def returns(self, lph_vl: int | None = None,
                crd_num: Sequence[int] | None = None) -> list[int]:
        """The credit returned together (one LPH/LBH grain of ``lph_vl``, a T = 0 Crd_Ack's
        CRD_NUM per VL), checked together per VL: a VL whose sum would pass its initial value
        takes none of it. Returns the VLs that overflowed."""
        add = [0] * 16
        if lph_vl is not None:
            add[lph_vl] += self.params.data_credit_grain[lph_vl]
        for v, n in enumerate(crd_num or ()):
            add[v] += n * self.params.ctrl_credit_grain[v]
        over = []
        for v in range(16):
            if not add[v]:
                continue
            if v >= self.vls:
                over.append(v)
                continue
            try:
                self.counters[v].give(add[v])
            except CreditOverflow:
                over.append(v)
        return over

    def lph_return(self, vl: int) -> list[int]:
        """One CRD grain for ``vl``; returns the VLs that overflowed ([] or [vl])."""
        return self.returns(lph_vl=vl)

    def crd_ack_return(self, crd_num: Sequence[int]) -> list[int]:
        """A T = 0 Crd_Ack's CRD_NUM per VL; returns the VLs that overflowed."""
        return self.returns(crd_num=crd_num)


@dataclass
class ReturnWatermarks:
    """`Data Link Performance Optimization Cfg` (Z App D.6.2.2, Table D-118): per VL
    `Cfg Crd Vn Return` (a Crd_Ack is due) and `Cfg Crd Vn Llcrd` (DLLDPs back-pressured, a
    Crd_Ack forced), in cells; `Cfg Ack Return` and `Cfg Ack Llcrd` the same for ACKs, in
    flits. A watermark is reached at >= its value; 0 turns it off (OpenUB: the text gives no
    values)."""
    crd_return: tuple[int, ...] = (32,) * 16
    crd_llcrd: tuple[int, ...] = (0,) * 16
    ack_return: int = 64
    ack_llcrd: int = 0


class CreditReturn:
    """What the receiver owes the peer (E4 §4.6.3, §4.7.3.2.3): cells freed per VL and flits
    of backed-up blocks received, waiting to go back.

    * ``freed(vl, cells)``: the receive buffer gave back ``cells`` of ``vl``;
      ``received(flits)``: a good backed-up block of ``flits`` flits came in.
    * Piggyback (rule 1): a VL with at least its DATA_CREDIT_GRAIN_SIZE pending may ride in
      the next DLLDB header (``crd_candidates``); ``use_crd(vl)`` takes one grain; likewise
      ``ack_candidate`` / ``use_ack`` with DATA_ACK_GRAIN_SIZE flits.
    * Crd_Ack (T = 0): ``crd_ack_due(tx_idle)`` -- rule 2 (nothing to send and credit of at
      least one CTRL_CREDIT_GRAIN_SIZE pending; OpenUB: pending ACKs alone do not count here,
      or two idle ends would ACK each other's Crd_Acks for ever), a Return watermark reached,
      or rule 3 (an Llcrd watermark reached: ``backpressure``). ``crd_ack_fields`` is what it
      carries: min(63, cells / grain) per VL and min(65535, flits / grain) ACK; ``take_crd_ack``
      removes it from the pending counts.
    """

    COUNT_MAX = (1 << 16) - 1

    def __init__(self, vls: int, params: DllParameters,
                 watermarks: ReturnWatermarks | None = None):
        self.vls, self.params = vls, params
        self.wm = watermarks or ReturnWatermarks()
        self.crd_pend = [0] * vls
        self.ack_pend = 0

    def freed(self, vl: int, cells: int) -> bool:
        """Returns False when the count would pass 65,535 (it saturates)."""
        n = self.crd_pend[vl] + cells
        self.crd_pend[vl] = min(n, self.COUNT_MAX)
        return n <= self.COUNT_MAX

    def received(self, flits: int) -> bool:
        n = self.ack_pend + flits
        self.ack_pend = min(n, self.COUNT_MAX)
        return n <= self.COUNT_MAX

    def crd_candidates(self) -> list[int]:
        return [v for v in range(self.vls)
                if self.crd_pend[v] >= self.params.data_credit_grain[v]]

    def use_crd(self, vl: int):
        g = self.params.data_credit_grain[vl]
        if self.crd_pend[vl] < g:
            raise ValueError(f"VL {vl} has {self.crd_pend[vl]} cells pending, less than a "
                             f"grain of {g}")
        self.crd_pend[vl] -= g

    @property
    def ack_candidate(self) -> bool:
        return self.ack_pend >= self.params.data_ack_grain

    def use_ack(self):
        if not self.ack_candidate:
            raise ValueError(f"{self.ack_pend} flits pending, less than a grain")
        self.ack_pend -= self.params.data_ack_grain

    @staticmethod
    def _reached(count: int, mark: int) -> bool:
        return mark != 0 and count >= mark

    @property
    def backpressure(self) -> bool:
        """Rule 3. A watermark counts only with a Crd_Ack grain to return, so the forced
        Crd_Ack can always clear it (OpenUB)."""
        p = self.params
        return (any(self._reached(self.crd_pend[v], self.wm.crd_llcrd[v])
                    and self.crd_pend[v] >= p.ctrl_credit_grain[v] for v in range(self.vls))
                or (self._reached(self.ack_pend, self.wm.ack_llcrd)
                    and self.ack_pend >= p.ctrl_ack_grain))

    def crd_ack_fields(self) -> tuple[tuple[int, ...], int]:
        p = self.params
        crd = tuple(min(CRD_NUM_MAX, self.crd_pend[v] // p.ctrl_credit_grain[v])
                    if v < self.vls else 0 for v in range(16))
        return crd, min(self.COUNT_MAX, self.ack_pend // p.ctrl_ack_grain)

    def crd_ack_due(self, tx_idle: bool) -> bool:
        crd, ack = self.crd_ack_fields()
        if not any(crd) and not ack:
            return False
        idle = tx_idle and any(crd)
        ret = (any(self._reached(self.crd_pend[v], self.wm.crd_return[v]) and crd[v]
                   for v in range(self.vls))
               or (self._reached(self.ack_pend, self.wm.ack_return) and ack))
        return idle or ret or self.backpressure

    def take_crd_ack(self, fields: tuple[Sequence[int], int]):
        crd, ack = fields
        p = self.params
        for v in range(self.vls):
            self.crd_pend[v] -= crd[v] * p.ctrl_credit_grain[v]
            if self.crd_pend[v] < 0:
                raise ValueError(f"VL {v}: the Crd_Ack returns more than is pending")
        self.ack_pend -= ack * p.ctrl_ack_grain
        if self.ack_pend < 0:
            raise ValueError("the Crd_Ack acknowledges more than is pending")


# -- Credit initialisation (E4 §4.2 DLL_Credit_Init, §4.6.1) --------------------------------

#: `Link Status[3:0]` of Data Link State Machine Status (Z Table D-133): the DLL states of E4
#: §4.2 Figure 4-2, in their encoding.
DLL_STATES = ("DLL_Disabled", "DLL_Param_Init", "DLL_Credit_Init", "DLL_Normal")


def init_credit_blocks(remote_crd: Sequence[int], ctrl_credit_grain: Sequence[int],
                       vl_enable: int) -> list[tuple[tuple[int, ...], int]]:
    """The Crd_Ack blocks with T = 1 that grant the peer ``remote_crd[vl]`` cells per VL
    (`Cfg Remote crd vlN`), as (crd_num per VL, SD) pairs in sending order.

    OpenUB's split (the text fixes only T, SD on the last block and CRD_NUM x grain): a VL
    grants floor(cells / grain) grains, rounded down so the peer is never granted more than
    the buffer holds (E4 §4.6.1.2); every block carries min(63, the grains left) for every
    enabled VL; SD = 1 on the block after which none are left. Disabled VLs grant nothing. At
    least one block is sent, so SD always reaches the peer."""
    if len(remote_crd) != 16 or len(ctrl_credit_grain) != 16:
        raise ValueError("remote_crd and ctrl_credit_grain need 16 entries, one per VL")
    if sum(remote_crd[v] for v in range(16) if vl_enable >> v & 1) > MAX_TOTAL_CREDIT:
        raise ValueError(f"more than {MAX_TOTAL_CREDIT} cells of credit in all")
    left = [remote_crd[v] // ctrl_credit_grain[v] if vl_enable >> v & 1 else 0
            for v in range(16)]
    blocks = []
    while True:
        take = tuple(min(CRD_NUM_MAX, n) for n in left)
        left = [n - t for n, t in zip(left, take, strict=True)]
        done = not any(left)
        blocks.append((take, int(done)))
        if done:
            return blocks


def initial_credit(blocks: Iterable[Sequence[int]], ctrl_credit_grain: Sequence[int]
                   ) -> tuple[int, ...]:
    """The cells per VL that a run of T = 1 Crd_Ack blocks (their CRD_NUM fields) grants:
    CRD_NUM x CTRL_CREDIT_GRAIN_SIZE of the VL, summed (E4 §4.6.1, §4.3.3.5)."""
    total = [0] * 16
    for crd_num in blocks:
        for v in range(16):
            total[v] += crd_num[v] * ctrl_credit_grain[v]
    return tuple(total)


# -- RETRY_REQ_SM (E4 §4.7.3.3 pp.136-139) ---------------------------------------------------

class RetryReqSm:
    """The receiver's retry request state machine, event by event.

    States ``NORMAL``, ``REQ``, ``WAIT``, ``RETRAIN``, ``ERROR``. OpenUB's reading of the
    counters (the text's state machine and its flow example of §4.7.3.5 differ by one, see
    ``docs/conformance/link.md``): each round sends up to ``num_retry_threshold`` Retry_Req_Sets
    (the check comes before the count, so a threshold of 15 sends 15); ``RETRAIN`` counts its
    entries first and goes to ``ERROR`` on the ``num_phy_reinit_threshold``-th, so with 15 and 4
    the link gives up after 15 x 4 = 60 sets, the DL Retry Error count of §4.8.2.

    Events: :meth:`block_error` (CRC or FEC failure, or a malformed block), :meth:`set_sent`,
    :meth:`retry_ack` (a Retry_Ack_Set received), :meth:`timeout` (the WAIT timer),
    :meth:`retrain_start` (the PHY starts retraining), :meth:`retrain_done`,
    :meth:`ubfm_reset`. ``reports`` collects ``DL Retry ACK Timeout``, ``DL Retry Rollover`` and
    ``DL Retry Error`` (E4 §4.8.2) as they happen.
    """

    def __init__(self, num_retry_threshold: int = 15, num_phy_reinit_threshold: int = 4):
        self.nrt = num_retry_threshold
        self.npt = num_phy_reinit_threshold
        self.state = "NORMAL"
        self.num_retry = 0
        self.num_phy_reinit = 0
        self.reports: list[str] = []

    def _enter_req(self):
        if self.num_retry >= self.nrt:
            self.num_retry = 0
            self.reports.append("DL Retry Rollover")
            self._enter_retrain()
            return
        self.num_retry += 1
        self.state = "REQ"

    def _enter_retrain(self):
        self.num_phy_reinit += 1
        if self.num_phy_reinit >= self.npt:
            self.num_phy_reinit = 0
            self.state = "ERROR"
            self.reports.append("DL Retry Error")
            return
        self.state = "RETRAIN"

    @property
    def discarding(self) -> bool:
        """Only Retry Blocks are taken (every state but NORMAL)."""
        return self.state != "NORMAL"

    def block_error(self):
        if self.state == "NORMAL":
            self._enter_req()

    def set_sent(self):
        if self.state == "REQ":
            self.state = "WAIT"

    def retry_ack(self):
        # WAIT only (E4 §4.7.3.3): a set arriving in REQ answers an earlier request; the one
        # for this request follows once this request is sent.
        if self.state == "WAIT":
            self.state = "NORMAL"
            self.num_retry = self.num_phy_reinit = 0

    def timeout(self):
        if self.state == "WAIT":
            self.reports.append("DL Retry ACK Timeout")
            self._enter_req()

    def retrain_start(self):
        if self.state in ("NORMAL", "REQ", "WAIT"):
            self.num_retry = 0
            self._enter_retrain()

    def retrain_done(self):
        if self.state == "RETRAIN":
            self._enter_req()

    def ubfm_reset(self):
        if self.state == "ERROR":
            self.state = "NORMAL"
            self.num_retry = self.num_phy_reinit = 0
