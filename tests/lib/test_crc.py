"""StreamCRC against amaranth.lib.crc's Python computation, at several beat widths."""

import pytest
from amaranth.lib import crc

from hdl_py.lib.crc import StreamCRC

from .simhelpers import ignore_unused, run_simulation, seeded

# The link layer's CRC30, given explicitly as an Algorithm (same parameters as the catalogue's
# CRC-30/CDMA): not a whole number of bytes, not reflected.
CRC30 = crc.Algorithm(crc_width=30, polynomial=0x2030B9C7, initial_crc=0x3FFFFFFF,
                      reflect_input=False, reflect_output=False, xor_output=0x3FFFFFFF)


def _beats(message, data_bytes, rng):
    """Split ``message`` into (data, nbytes) beats, with random garbage in the unused lanes."""
    beats = []
    for offset in range(0, len(message), data_bytes):
        chunk = message[offset:offset + data_bytes]
        garbage = rng.getrandbits(8 * data_bytes) >> (8 * len(chunk)) << (8 * len(chunk))
        beats.append((int.from_bytes(chunk, "little") | garbage, len(chunk)))
    return beats


def _run_messages(dut, messages, rng, *, gap=0.0):
    """Feed each message (start on its first beat), return ``(crc, match)`` after each."""
    results = []

    async def tb(ctx):
        for message in messages:
            for index, (value, nbytes) in enumerate(_beats(message, dut.data_bytes, rng)):
                while rng.random() < gap:  # idle cycles, also inside a message
                    ctx.set(dut.valid, 0)
                    ctx.set(dut.start, 0)
                    ctx.set(dut.data, rng.getrandbits(8 * dut.data_bytes))
                    await ctx.tick()
                ctx.set(dut.valid, 1)
                ctx.set(dut.start, index == 0)
                ctx.set(dut.data, value)
                ctx.set(dut.nbytes, nbytes)
                await ctx.tick()
            # No gap: the next message's first beat is driven in this same cycle, so the
            # result is read while the unit already processes the next beat.
            results.append((ctx.get(dut.crc), ctx.get(dut.match), ctx.get(dut.framing_err)))
        ctx.set(dut.valid, 0)

    run_simulation(dut, tb, max_cycles=100_000)
    return results


@pytest.mark.parametrize("algorithm", [crc.catalog.CRC32_ETHERNET, CRC30],
                         ids=["crc32_ethernet", "crc30"])
@pytest.mark.parametrize("data_bytes", [4, 8, 32])
def test_random_lengths(algorithm, data_bytes):
    rng = seeded(data_bytes * 7 + algorithm.crc_width)
    dut = StreamCRC(algorithm=algorithm, data_bytes=data_bytes)
    lengths = [1, 200, data_bytes, data_bytes + 1] + [rng.randint(1, 200) for _ in range(36)]
    messages = [rng.randbytes(n) for n in lengths]
    results = _run_messages(dut, messages, rng, gap=0.2)
    reference = algorithm(8)
    assert [r[0] for r in results] == [reference.compute(m) for m in messages]
    assert not any(r[2] for r in results)


@pytest.mark.parametrize("algorithm, data_bytes", [
    (crc.catalog.CRC32_BZIP2, 4),  # unreflected: byte order matters inside a beat
    (crc.catalog.CRC16_XMODEM, 8),
    (crc.catalog.CRC8_SMBUS, 3),  # a beat width that is not a power of two
    (crc.catalog.CRC5_USB, 5),  # CRC narrower than a byte, reflected
    (CRC30, 20),  # one 20-byte flit per beat
    (crc.catalog.CRC32_ETHERNET, 1),
])
def test_other_algorithms(algorithm, data_bytes):
    rng = seeded(data_bytes)
    dut = StreamCRC(algorithm=algorithm, data_bytes=data_bytes)
    messages = [rng.randbytes(rng.randint(1, 60)) for _ in range(25)]
    results = _run_messages(dut, messages, rng)
    assert [r[0] for r in results] == [algorithm(8).compute(m) for m in messages]


@pytest.mark.parametrize("algorithm, order, data_bytes", [
    (crc.catalog.CRC32_ETHERNET, "little", 8),  # Ethernet FCS: least significant byte first
    (crc.catalog.CRC32_BZIP2, "big", 4),
    (crc.catalog.CRC16_XMODEM, "big", 32),
])
def test_match_on_appended_crc(algorithm, order, data_bytes):
    """``match`` is set after a message followed by its own CRC, and clear if one bit flips."""
    rng = seeded(data_bytes + 1)
    dut = StreamCRC(algorithm=algorithm, data_bytes=data_bytes)
    nbytes = algorithm.crc_width // 8
    messages, expect = [], []
    for _ in range(30):
        body = rng.randbytes(rng.randint(1, 90))
        codeword = bytearray(body + algorithm(8).compute(body).to_bytes(nbytes, order))
        good = rng.random() < 0.5
        if not good:
            bit = rng.randrange(8 * len(codeword))
            codeword[bit // 8] ^= 1 << (bit % 8)
        messages.append(bytes(codeword))
        expect.append(int(good))
    results = _run_messages(dut, messages, rng)
    assert [r[1] for r in results] == expect
    assert 0 < sum(expect) < len(expect)


def test_one_beat_per_cycle_back_to_back():
    """Messages follow each other with a beat in every cycle and no idle cycle; each CRC is
    right in the cycle after its last beat, while the next message's first beat is already
    being processed (the unit has no backpressure, so it must keep up)."""
    rng = seeded(99)
    dut = StreamCRC(data_bytes=8)
    messages = [rng.randbytes(rng.randint(1, 40)) for _ in range(50)]
    results = []

    async def tb(ctx):
        for message in messages:
            for index, (value, nbytes) in enumerate(_beats(message, 8, rng)):
                ctx.set(dut.valid, 1)
                ctx.set(dut.start, index == 0)
                ctx.set(dut.data, value)
                ctx.set(dut.nbytes, nbytes)
                await ctx.tick()
            results.append(ctx.get(dut.crc))

    run_simulation(dut, tb)
    assert results == [crc.catalog.CRC32_ETHERNET(8).compute(m) for m in messages]


def test_framing_errors():
    dut = StreamCRC(data_bytes=4)
    reference = crc.catalog.CRC32_ETHERNET(8)

    async def tb(ctx):
        async def beat(value, nbytes, start):
            ctx.set(dut.valid, 1)
            ctx.set(dut.start, start)
            ctx.set(dut.data, value)
            ctx.set(dut.nbytes, nbytes)
            await ctx.tick()
            ctx.set(dut.valid, 0)
            return ctx.get(dut.framing_err)

        assert await beat(0x04030201, 4, 1) == 0
        assert await beat(0x0605, 2, 0) == 0  # short last beat: fine
        assert ctx.get(dut.crc) == reference.compute(bytes(range(1, 7)))
        await ctx.tick()
        assert ctx.get(dut.framing_err) == 0  # a pulse
        assert ctx.get(dut.crc) == reference.compute(bytes(range(1, 7)))  # held when idle
        assert await beat(0x07, 1, 0) == 1  # continued after a short beat without start
        # nbytes 0 and nbytes > data_bytes: flagged, processed as a full beat.
        assert await beat(0x0D0C0B0A, 0, 1) == 1
        assert ctx.get(dut.crc) == reference.compute(bytes([10, 11, 12, 13]))
        assert await beat(0x0D0C0B0A, 7, 1) == 1
        assert ctx.get(dut.crc) == reference.compute(bytes([10, 11, 12, 13]))
        # start alone restarts the register: an empty message has the CRC of b"".
        ctx.set(dut.start, 1)
        await ctx.tick()
        ctx.set(dut.start, 0)
        assert ctx.get(dut.crc) == reference.compute(b"")

    run_simulation(dut, tb)


def test_wide_beat_elaborates_flat():
    """256 bytes per beat simulate without hitting Python's recursion limit (a chained-XOR
    construction such as lib.crc.Processor's does at this width)."""
    rng = seeded(256)
    dut = StreamCRC(data_bytes=256)
    messages = [rng.randbytes(n) for n in (1, 256, 300)]
    results = _run_messages(dut, messages, rng)
    assert [r[0] for r in results] == [crc.catalog.CRC32_ETHERNET(8).compute(m)
                                       for m in messages]


@ignore_unused
def test_parameters():
    dut = StreamCRC(algorithm=CRC30, data_bytes=20)
    assert (dut.algorithm, dut.data_bytes, dut.crc_width) == (CRC30, 20, 30)
    assert (len(dut.data), len(dut.nbytes), len(dut.crc)) == (160, 5, 30)
    assert StreamCRC().algorithm is crc.catalog.CRC32_ETHERNET
    with pytest.raises(AttributeError):
        dut.data_bytes = 4
    with pytest.raises(TypeError, match="algorithm must be an amaranth.lib.crc.Algorithm"):
        StreamCRC(algorithm=CRC30(8))
    with pytest.raises(ValueError, match="data_bytes must be from 1 to 256"):
        StreamCRC(data_bytes=0)
    with pytest.raises(ValueError, match="data_bytes must be from 1 to 256"):
        StreamCRC(data_bytes=257)
    with pytest.raises(TypeError, match="data_bytes must be an integer"):
        StreamCRC(data_bytes=4.0)
    even = crc.Algorithm(crc_width=8, polynomial=0x06, initial_crc=0, reflect_input=False,
                         reflect_output=False, xor_output=0)
    with pytest.raises(ValueError, match="no \\+1 term"):
        StreamCRC(algorithm=even, data_bytes=4)
    StreamCRC(algorithm=even, data_bytes=1)  # one byte per beat needs no correction
