"""CRC30 of the data link (UB Base Specification 2.0, E4 §4.7.2) as per-flit XOR matrices.

A block's CRC30 covers every bit before its CRC30 field, fed byte 0 bit 7 first, from the
initial value all ones, not inverted (polynomial and initial value: :mod:`hdl_py.proto.dll`;
bit-serial reference: :func:`sim.model.dll.crc30_bitwise`). The gateware handles one 20-byte
flit per cycle, so the CRC is written as constant XOR matrices over a whole flit:

* :func:`crc30_step` -- the register after one more full flit (160 bits);
* :func:`crc30_seal` -- the CRC30 of a block whose last flit this is: bytes 0..15 and the two
  bits above the CRC30 field (Reserved, ERROR_FLAG), 130 bits;
* a received block is good when :func:`crc30_step` over its last flit, BCRC included, leaves 0
  (a CRC without inversion or reflection leaves no remainder over data plus its own CRC), so a
  receiver needs only the step matrix.

Each next-state bit is one flat reduction ``(Cat(state, flit) & mask).xor()`` (the reason, and
the derivation by running the shift register on bit masks, are in :mod:`hdl_py.lib.crc`; that
module's :class:`~hdl_py.lib.crc.StreamCRC` works on byte-granular beats, while a block tail ends
two bits into byte 16, so these two matrices are built here). The flit is the ``data`` member of
a flit stream: byte ``k`` in bits ``[8k+7:8k]``, so the first bit on the wire is ``flit[7]``.
"""

from functools import cache

from amaranth.hdl import Cat, Const, Mux, Value

from hdl_py.proto.dll import CRC30_INIT, CRC30_POLY, FLIT_BYTES

__all__ = ["CRC30_WIDTH", "CRC30_START", "FLIT_BITS", "SEAL_BITS", "crc30_step", "crc30_seal",
           "crc30_parts", "crc30_finish", "crc30_masks", "wire_bit_order", "seal_one_flit"]

CRC30_WIDTH = 30
FLIT_BITS = 8 * FLIT_BYTES
#: Bits of a last flit the CRC30 covers: bytes 0..15 and bits 7:6 of byte 16.
SEAL_BITS = 16 * 8 + 2
#: Register value at the start of every block.
CRC30_START = Const(CRC30_INIT, 30)


def wire_bit_order(nbits: int) -> list[int]:
    """Flit bit indices in the order they are fed: byte 0 bit 7, byte 0 bit 6, ..."""
    return [8 * (i // 8) + 7 - (i % 8) for i in range(nbits)]


@cache
def crc30_masks(nbits: int) -> tuple[int, ...]:
    """Per register bit, the mask over ``Cat(state[0:30], flit[0:160])`` whose XOR is that bit
    after feeding the first ``nbits`` wire bits of the flit."""
    width = CRC30_WIDTH
    reg = [1 << i for i in range(width)]                  # state bit i = variable i
    for bit in wire_bit_order(nbits):
        inbit = 1 << (width + bit)
        feedback = reg[-1] ^ inbit
        reg = [feedback if i == 0 else reg[i - 1] for i in range(width)]
        reg = [r ^ feedback if (CRC30_POLY >> i) & 1 and i else r for i, r in enumerate(reg)]
    return tuple(reg)


def _apply(state, flit, masks):
    state = Value.cast(state)
    flit = Value.cast(flit)
    if len(state) != CRC30_WIDTH or len(flit) != FLIT_BITS:
        raise ValueError(f"need a {CRC30_WIDTH}-bit state and a {FLIT_BITS}-bit flit, "
                         f"not {len(state)} and {len(flit)}")
    inputs = Cat(state, flit)
    return Cat(*((inputs & Const(mask, len(inputs))).xor() for mask in masks))


def crc30_step(state, flit) -> Value:
    """The CRC30 register after feeding all 160 bits of ``flit``."""
    return _apply(state, flit, crc30_masks(FLIT_BITS))


def crc30_seal(state, flit) -> Value:
    """The CRC30 of a block that ends with ``flit``: bytes 0..15 and byte 16 bits 7:6 fed;
    the CRC30 field itself (byte 16 bits 5:0, bytes 17..19) is not read."""
    return _apply(state, flit, crc30_masks(SEAL_BITS))



def crc30_parts(flit) -> tuple[Value, Value]:
    """A flit's own parts of its CRC30 step and seal, ``crc30_step(0, flit)`` and
    ``crc30_seal(0, flit)``: both are linear in the register and the flit, so these can be
    registered a stage ahead and the register's loop left with its own part (30 inputs a bit)
    and an XOR (:func:`crc30_finish`) -- for the clock."""
    zero = Const(0, CRC30_WIDTH)
    return crc30_step(zero, flit), crc30_seal(zero, flit)


def crc30_finish(crc, step_part, seal_part, flit, eob) -> tuple[Value, Value]:
    """From the CRC30 register ``crc`` and a flit's registered parts (:func:`crc30_parts`):
    the flit with its block's CRC30 ORed into bytes 16..19 when it ends the block (``eob``;
    those bits are zero before), and the register's next value (the start value after a
    block's last flit)."""
    zero = Const(0, FLIT_BITS)
    seal = crc30_seal(crc, zero) ^ seal_part
    bcrc_lanes = Cat(Const(0, 128), seal[24:30], Const(0, 2), seal[16:24], seal[8:16],
                     seal[0:8])
    return (Mux(eob, flit | bcrc_lanes, flit),
            Mux(eob, CRC30_START, crc30_step(crc, zero) ^ step_part))


def seal_one_flit(flit: bytes) -> bytes:
    """A one-flit block with its BCRC's CRC30 filled in (bytes 16..19 as the gateware places
    them, Reserved and ERROR_FLAG as given), worked out at elaboration from the same masks:
    for constant blocks such as the Null Block."""
    if len(flit) != FLIT_BYTES:
        raise ValueError(f"a flit is {FLIT_BYTES} bytes, not {len(flit)}")
    inputs = CRC30_INIT | (int.from_bytes(flit, "little") << CRC30_WIDTH)
    seal = sum((bin(inputs & mask).count("1") & 1) << i
               for i, mask in enumerate(crc30_masks(SEAL_BITS)))
    out = bytearray(flit)
    out[16] = (out[16] & 0xC0) | (seal >> 24)
    out[17], out[18], out[19] = (seal >> 16) & 0xFF, (seal >> 8) & 0xFF, seal & 0xFF
    return bytes(out)
