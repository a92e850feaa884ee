"""Beat-parallel CRC for the packet stream, any :mod:`amaranth.lib.crc` algorithm.

How the CRC is built, and why not with :class:`amaranth.lib.crc.Processor` directly
----------------------------------------------------------------------------------------
The algorithm (polynomial, initial value, reflections, output XOR) comes from
:class:`amaranth.lib.crc.Algorithm`, so every entry of :mod:`amaranth.lib.crc.catalog` and any
hand-made ``Algorithm`` (such as the link layer's 30-bit CRC) works, and
``algorithm(8).compute(message)`` is the bit-exact Python reference. The datapath is written out
here rather than taken from ``Processor`` for three reasons:

1. ``Processor`` builds each next-state bit as a chain of two-input XORs, one per contributing
   input bit. At 32 bytes per beat that is an expression about 150 operators deep, and
   ``amaranth.sim`` already fails on it with ``RecursionError`` (at 256 bytes per beat so does
   RTLIL conversion). Here every next-state bit is one flat reduction, ``(inputs & mask).xor()``.
2. ``Processor`` has a fixed data width; the last beat of a packet carries 1..``data_bytes`` valid
   bytes.
3. ``Processor`` feeds a multi-byte word most significant bit first, which for algorithms without
   input reflection means the highest byte lane first; the packet stream puts the first byte on
   the wire in lane 0. Here the bytes are fed in lane order, each byte reflected or not as the
   algorithm says, so the result is the CRC of the byte string, whatever the algorithm.

The XOR matrices are derived in Python by running the algorithm's shift register symbolically:
each register bit is a bit mask over the input variables (old state bits and data bits), and one
shift step XORs masks exactly as the hardware XORs bits.

Partial last beats. Instead of one full matrix per possible byte count (``data_bytes`` matrices
of up to ``crc_width x (crc_width + 8*data_bytes)`` entries, far too much logic at 32 bytes per
beat), every beat goes through the single full-width matrix with the lanes at and above ``nbytes``
forced to zero. Feeding ``j`` zero bytes after the message advances the register by the linear
map ``F**(8*j)`` (``F``: one shift step with a zero input bit), which is invertible because the
polynomial has its ``+1`` term (every catalogue entry does; the constructor checks). So the
register after the short beat is ``F**(8*j)`` times the wanted value, with
``j = data_bytes - nbytes``; the unit keeps ``j`` in a register and applies ``F**(-8*j)`` on the
way to the ``crc``/``match`` outputs only. That correction is a few small
``crc_width x crc_width`` matrices (one per non-zero octal digit value of ``j``) chained by digit,
and it stays out of the one-cycle state feedback loop, which only holds the full-width matrix
(``crc`` is combinational from the two registers through ``ceil(log2(data_bytes) / 3)`` such
stages). For CRC-32 at 32 bytes per beat that is about 4,500 XOR taps in the full matrix plus
about 4,400 in ten correction matrices, against about 84,000 for one matrix per byte count. The
price is the rule that a short beat ends the message: the next beat must come with ``start``
(``framing_err`` pulses otherwise) -- exactly the packet stream rule that only a last beat may be
short.
"""

from amaranth.hdl import Cat, Const, Module, Mux, Signal
from amaranth.lib import crc, wiring
from amaranth.lib.wiring import In, Out
from amaranth.utils import ceil_log2

__all__ = ["StreamCRC"]

# Bits of the pad count handled per correction stage: each stage selects one of 2**3 - 1 matrices
# (or none), which keeps both the matrix count and the chain length small for 1..256 byte beats.
_DIGIT_BITS = 3


def _shift_in(reg, polynomial, inbit):
    """One forward step of the Galois shift register on bit masks (``inbit``: mask of input)."""
    width = len(reg)
    feedback = reg[-1] ^ inbit
    return [
        (reg[i - 1] if i else 0) ^ (feedback if (polynomial >> i) & 1 else 0)
        for i in range(width)
    ]


def _shift_back(reg, polynomial):
    """Inverse of one forward step with a zero input bit (needs ``polynomial & 1``)."""
    width = len(reg)
    feedback = reg[0]
    prev = [0] * width
    prev[width - 1] = feedback
    for i in range(1, width):
        prev[i - 1] = reg[i] ^ (feedback if (polynomial >> i) & 1 else 0)
    return prev


def _apply(value, masks):
    """Matrix-vector product over GF(2): output bit ``i`` is the XOR of the ``value`` bits named
    by ``masks[i]``, written as one flat reduction ``(value & mask).xor()`` per bit (the AND with
    a constant is only wiring after synthesis, and it keeps the simulator's code small).
    ``value`` should be a signal, so that it is not re-evaluated once per tap."""
    return Cat(*((value & Const(mask, len(value))).xor() for mask in masks))


class StreamCRC(wiring.Component):
    """CRC over a byte stream, ``data_bytes`` bytes per cycle, short last beat allowed.

    Feed it the beats of a message (for a packet stream: ``valid`` = the beat transfers,
    ``start`` = ``first``, ``data``, ``nbytes``). ``crc`` is the CRC of all bytes since the last
    ``start``, valid in the cycle after the beat that carried the last byte, as
    ``algorithm(8).compute(message)`` would give it. See the module documentation for the
    construction.

    Parameters
    ----------
    algorithm : :class:`amaranth.lib.crc.Algorithm`
        CRC algorithm; default :data:`amaranth.lib.crc.catalog.CRC32_ETHERNET`. The polynomial
        must have its ``+1`` term (every catalog entry does).
    data_bytes : int
        Bytes per beat, 1..256 (need not be a power of two, so the link layer can feed whole
        20-byte flits). Default 32.

    Members
    -------
    start : ``In(1)``
        Begin a new message: the register restarts from the algorithm's initial value. May come
        with ``valid`` (the beat is then the first of the message) or alone.
    valid : ``In(1)``
        ``data``/``nbytes`` hold a beat to add this cycle.
    data : ``In(8 * data_bytes)``
        Byte lanes; lane 0 (``data[0:8]``) is the first byte. Lanes at or above ``nbytes`` are
        ignored.
    nbytes : ``In(ceil_log2(data_bytes + 1))``
        Valid lanes in this beat, 1..``data_bytes``; less than ``data_bytes`` only on the last
        beat of a message.
    crc : ``Out(crc_width)``
        CRC of the message so far (reflection and output XOR applied); combinational from
        registers, so it is valid one cycle after the beat.
    match : ``Out(1)``
        The message so far ends with its own correct CRC (the register holds the algorithm's
        residue). Meaningful when the CRC was appended in the algorithm's bit order, e.g. for
        CRC-32/Ethernet as 4 bytes little-endian, for unreflected byte-wide CRCs big-endian.
    framing_err : ``Out(1)``
        One-cycle pulse (registered) after a beat with ``nbytes`` outside 1..``data_bytes``
        (it was processed as a full beat) or a beat without ``start`` following a short beat
        (the message continued after its last beat; its CRC is then not meaningful).
    """

    def __init__(self, *, algorithm=crc.catalog.CRC32_ETHERNET, data_bytes=32):
        if not isinstance(algorithm, crc.Algorithm):
            raise TypeError(f"algorithm must be an amaranth.lib.crc.Algorithm, not {algorithm!r}")
        if not isinstance(data_bytes, int) or isinstance(data_bytes, bool):
            raise TypeError(f"data_bytes must be an integer, not {data_bytes!r}")
        if not 1 <= data_bytes <= 256:
            raise ValueError(f"data_bytes must be from 1 to 256, not {data_bytes}")
        if not algorithm.polynomial & 1 and data_bytes > 1:
            raise ValueError(
                f"polynomial {algorithm.polynomial:#x} has no +1 term; short last beats need it")
        self._algorithm = algorithm
        self._data_bytes = data_bytes
        width = algorithm.crc_width
        residue = algorithm(8).residue()
        if algorithm.reflect_output:
            residue = int(f"{residue:0{width}b}"[::-1], 2)
        self._residue_reg = residue  # residue as it appears in the (unreflected) register
        super().__init__({
            "start": In(1),
            "valid": In(1),
            "data": In(8 * data_bytes),
            "nbytes": In(ceil_log2(data_bytes + 1)),
            "crc": Out(width),
            "match": Out(1),
            "framing_err": Out(1),
        })

    @property
    def algorithm(self):
        """CRC algorithm (read-only)."""
        return self._algorithm

    @property
    def data_bytes(self):
        """Bytes per beat (read-only)."""
        return self._data_bytes

    @property
    def crc_width(self):
        """CRC width in bits (read-only)."""
        return self._algorithm.crc_width

    def _forward_masks(self):
        """Next-register masks for a full beat, over ``Cat(register, data)``."""
        algo, width = self._algorithm, self._algorithm.crc_width
        reg = [1 << i for i in range(width)]
        for lane in range(self._data_bytes):
            order = range(8) if algo.reflect_input else range(7, -1, -1)
            for bit in order:
                reg = _shift_in(reg, algo.polynomial, 1 << (width + 8 * lane + bit))
        return reg

    def _backward_masks(self, max_bytes):
        """``[F**(-8*j) for j in 0..max_bytes]`` as register masks."""
        width = self._algorithm.crc_width
        reg = [1 << i for i in range(width)]
        result = [reg]
        for _ in range(max_bytes):
            for _ in range(8):
                reg = _shift_back(reg, self._algorithm.polynomial)
            result.append(reg)
        return result

    def elaborate(self, platform):
        m = Module()
        algo, width, nlanes = self._algorithm, self._algorithm.crc_width, self._data_bytes

        # Register state: ``raw`` is the shift register after the last beat with its unused
        # lanes zeroed; ``pad`` counts those zeroed lanes (0 after a full beat).
        raw = Signal(width, init=algo.initial_crc)
        pad = Signal(range(nlanes))

        nbytes_ok = (self.nbytes >= 1) & (self.nbytes <= nlanes)
        lanes = []
        for lane in range(nlanes):
            byte = self.data[8 * lane:8 * lane + 8]
            # Lane 0 is always used; lane k only when nbytes > k (or nbytes is invalid).
            used = (self.nbytes > lane) | ~nbytes_ok if lane else Const(1)
            lanes.append(Mux(used, byte, 0))
        masked = Signal(8 * nlanes)
        m.d.comb += masked.eq(Cat(*lanes))

        state_in = Signal(width + 8 * nlanes)
        m.d.comb += state_in.eq(Cat(Mux(self.start, Const(algo.initial_crc, width), raw), masked))
        next_raw = Signal(width)
        m.d.comb += next_raw.eq(_apply(state_in, self._forward_masks()))

        with m.If(self.valid):
            m.d.sync += [
                raw.eq(next_raw),
                pad.eq(Mux(nbytes_ok, nlanes - self.nbytes, 0)),
            ]
        with m.Elif(self.start):
            m.d.sync += [
                raw.eq(algo.initial_crc),
                pad.eq(0),
            ]
        m.d.sync += self.framing_err.eq(
            self.valid & (~nbytes_ok | (~self.start & (pad != 0))))

        # Undo the zero padding: multiply by F**(-8*pad), one octal digit of ``pad`` per stage.
        backward = self._backward_masks(nlanes - 1)
        value = raw
        for shift in range(0, len(pad), _DIGIT_BITS):
            digit = pad[shift:shift + _DIGIT_BITS]
            step = 1 << shift
            corrected = Signal(width, name=f"unpad_{shift}")
            with m.Switch(digit):
                for d in range(1, min(1 << len(digit), (nlanes - 1) // step + 1)):
                    with m.Case(d):
                        m.d.comb += corrected.eq(_apply(value, backward[d * step]))
                with m.Default():
                    m.d.comb += corrected.eq(value)
            value = corrected

        register = value[::-1] if algo.reflect_output else value
        m.d.comb += [
            self.crc.eq(register ^ algo.xor_output),
            self.match.eq(value == self._residue_reg),
        ]
        return m
