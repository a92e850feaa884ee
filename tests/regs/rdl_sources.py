"""Test-only SystemRDL sources (compiled from strings) exercising the generator's generality."""

from __future__ import annotations

import functools

from hdl_py.regs import compile_rdl_text

#: A block with other sizes, offsets and behaviours than the controller map: small counters
#: (saturating at all-ones, at 5, wrapping) and a 32-bit counter reset near saturation, woset,
#: write-only and hw=na fields, interrupts with and without enable and with hw=rw, a write-only
#: singlepulse field, mixed constants, registers out of address order and far apart
#: (0x000..0x200, 10 address bits).
TEST_BLOCK_RDL = """
addrmap test_block {
    default regwidth = 32;
    default accesswidth = 32;
    reg {
        field { sw = rw; hw = r; counter; incrsaturate; } small[7:0] = 0xF0;
        field { sw = rw; hw = r; counter; onwrite = wclr; } wrap[15:8] = 0xFE;
        field { sw = r; hw = r; counter; incrsaturate = 5; } sat5[19:16] = 0;
        field { sw = r; hw = na; counter; } hidden[31:28] = 3;
    } CNT @ 0x40;
    reg {
        field { sw = rw; hw = r; onwrite = woset; } set[7:0] = 0;
        field { sw = w; hw = r; } wo[15:8] = 0xA5;
        field { sw = rw; hw = na; } plain[31:16] = 0x1234;
    } MISC @ 0x08;
    reg {
        field { sw = rw; hw = rw; intr; onwrite = woclr; } ev[3:0] = 0;
        field { sw = rw; hw = w; intr; onwrite = woclr; } noen[4:4] = 0;
        field { sw = rw; hw = w; intr; } plainw[9:8] = 0;
    } IRQ @ 0x100;
    reg {
        field { sw = rw; hw = r; } en[3:0] = 0;
    } IRQEN @ 0x104;
    IRQ.ev->enable = IRQEN.en;
    reg {
        field { sw = rw; hw = r; singlepulse; } go[0:0] = 0;
        field { sw = w; hw = r; singlepulse; } kick[9:9] = 0;
        field { sw = r; hw = w; } status[27:20];
    } CTRL @ 0x200;
    reg {
        field { sw = r; hw = r; } k[31:28] = 0xC;
        field { sw = r; hw = na; } k2[3:0] = 0x5;
    } CONST @ 0x1FC;
    reg {
        field { sw = rw; hw = r; onwrite = woclr; } w1c[31:0] = 0xFFFF0000;
    } W1C @ 0x0;
    // The controller's error counter, reset close to saturation so simulation reaches it.
    reg {
        field { sw = rw; hw = r; counter; incrsaturate; onwrite = wclr; } count[31:0] = 0xFFFFFFF0;
    } BIG @ 0x44;
};
"""


@functools.cache
def second_block():
    """The compiled :data:`TEST_BLOCK_RDL` (cached; treat as read-only)."""
    return compile_rdl_text(TEST_BLOCK_RDL)


#: Register arrays of every field kind, with a stride leaving holes (0x8), arrays of one and of
#: 5 elements, an interrupt array whose enable is one element of another array, an interrupt
#: array without enable, a singlepulse array, and plain registers between the arrays.
ARRAY_BLOCK_RDL = """
addrmap array_block {
    default regwidth = 32;
    default accesswidth = 32;
    reg {
        field { sw = rw; hw = r; } wt[15:0] = 0x100;
        field { sw = rw; hw = na; } hidden[16:16] = 1;
        field { sw = r; hw = w; } d[27:20];
        field { sw = r; hw = r; } k[31:28] = 0x9;
    } CFG[5] @ 0x20 += 0x8;
    reg {
        field { sw = rw; hw = r; counter; incrsaturate = 6; onwrite = wclr; } c[3:0] = 0;
        field { sw = r; hw = r; counter; } wrap[9:8] = 2;
    } CNT[3] @ 0x80 += 0x4;
    reg {
        field { sw = rw; hw = w; intr; onwrite = woclr; } ev[1:0] = 0;
    } IRQ[4] @ 0x90 += 0x4;
    reg {
        field { sw = rw; hw = r; } en[1:0] = 0;
    } IRQEN[2] @ 0xA0 += 0x4;
    IRQ.ev->enable = IRQEN[1].en;
    reg {
        field { sw = rw; hw = w; intr; onwrite = woclr; } ev[0:0] = 0;
    } FREE[1] @ 0xB0;
    reg {
        field { sw = w; hw = r; singlepulse; } go[3:3] = 0;
    } GO[2] @ 0xC0 += 0x4;
    reg {
        field { sw = rw; hw = r; } plain[7:0] = 0x5A;
    } PLAIN @ 0x04;
};
"""


@functools.cache
def array_block():
    """The compiled :data:`ARRAY_BLOCK_RDL` (cached; treat as read-only)."""
    return compile_rdl_text(ARRAY_BLOCK_RDL)
