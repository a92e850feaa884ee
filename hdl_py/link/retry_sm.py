"""The link-level retry state machines (UB Base Specification 2.0, E4 §4.7.3.3-4.7.3.4), in
gateware: :class:`RetryReqSm` (RETRY_REQ_SM, the receiver's side, below) and
:class:`RetryAckSm` (RETRY_ACK_SM, the sender's answer: see its docstring).

RETRY_REQ_SM The behaviour is :class:`sim.model.dll.RetryReqSm`'s, state
for state and count for count (its text gives OpenUB's reading of the two counters).

* NORMAL -> REQ on ``blk_err`` (a CRC failure or a malformed block from the parser).
* REQ: ``send_req_set`` asks the transmitter for a Retry_Req_Set (1 Retry_Idle + 32 Retry_Req,
  back to back) with ``num_retry`` and ``num_phy_reinit``; ``set_sent`` -> WAIT.
* WAIT: a timer counts microseconds (``us_cycles`` clock cycles each) up to ``wait_timeout_us``
  (the `Data Link Retry Cfg.Wait Retry Ack Timeout` register, default 64 us); past it
  ``ack_timeout`` pulses (DL Retry ACK Timeout) and REQ again. ``retry_ack`` (a Retry_Ack_Set
  received) -> NORMAL, counters cleared.
* A round sends up to ``num_retry_threshold`` sets; the next entry to REQ pulses ``rollover``
  (DL Retry Rollover) and goes to RETRAIN, as does ``retrain_start`` (the PHY starts retraining)
  in NORMAL, REQ or WAIT.
* RETRAIN counts its entries; the ``num_phy_reinit_threshold``-th goes to ERROR and pulses
  ``retry_error`` (DL Retry Error); otherwise ``retrain_req`` pulses to command a PHY retrain, and
  ``retrain_done`` -> REQ.
* ERROR stays until ``ubfm_reset``.
* ``discard`` is high in every state but NORMAL: the parser then takes only Retry Blocks.
"""

from amaranth.hdl import Cat, Module, Mux, Signal
from amaranth.lib import enum, wiring
from amaranth.lib.wiring import In, Out

from hdl_py.proto.dll import PTR_BITS, RETRY_COUNT_BITS, RetryReqBlock
from hdl_py.proto.lanes import lanes_to_header

__all__ = ["RetryReqState", "RetryReqSm", "RetryAckState", "RetryAckSm", "WAIT_TIMEOUT_US_DEFAULT",
           "NUM_RETRY_THRESHOLD_DEFAULT", "NUM_PHY_REINIT_THRESHOLD_DEFAULT"]

#: Register defaults (Z Table D-117; E4 §4.7.3.3 RECOMMENDED values).
WAIT_TIMEOUT_US_DEFAULT = 64
NUM_RETRY_THRESHOLD_DEFAULT = 15
NUM_PHY_REINIT_THRESHOLD_DEFAULT = 4


class RetryReqState(enum.Enum, shape=3):
    """`Retry Req Status[7:4]` encoding (Z Table D-133)."""
    NORMAL = 0
    REQ = 1
    WAIT = 2
    RETRAIN = 3
    ERROR = 4


class RetryReqSm(wiring.Component):
    """Parameter ``us_cycles``: clock cycles per microsecond (100 at the 100 MHz target)."""

    def __init__(self, *, us_cycles=100):
        if not isinstance(us_cycles, int) or us_cycles < 1:
            raise ValueError(f"us_cycles must be a positive integer, not {us_cycles!r}")
        self._us_cycles = us_cycles
        cb = RETRY_COUNT_BITS
        super().__init__({
            "blk_err": In(1), "set_sent": In(1), "retry_ack": In(1),
            "retrain_start": In(1), "retrain_done": In(1), "ubfm_reset": In(1),
            "wait_timeout_us": In(32, init=WAIT_TIMEOUT_US_DEFAULT),
            "num_retry_threshold": In(cb, init=NUM_RETRY_THRESHOLD_DEFAULT),
            "num_phy_reinit_threshold": In(cb, init=NUM_PHY_REINIT_THRESHOLD_DEFAULT),
            "state": Out(RetryReqState), "discard": Out(1), "send_req_set": Out(1),
            "num_retry": Out(cb), "num_phy_reinit": Out(cb),
            "retrain_req": Out(1), "ack_timeout": Out(1), "rollover": Out(1),
            "retry_error": Out(1),
        })

    def elaborate(self, platform):
        m = Module()
        S = RetryReqState
        state = self.state
        nr, np_ = self.num_retry, self.num_phy_reinit
        m.d.comb += [self.discard.eq(state != S.NORMAL), self.send_req_set.eq(state == S.REQ)]

        # Microsecond strobe and the WAIT timer (only counting in WAIT).
        pre = Signal(range(max(self._us_cycles, 2)))
        us = Signal(32)
        strobe = pre == self._us_cycles - 1
        with m.If(state == S.WAIT):
            m.d.sync += pre.eq(Mux(strobe, 0, pre + 1))
            with m.If(strobe):
                m.d.sync += us.eq(us + 1)
        with m.Else():
            m.d.sync += [pre.eq(0), us.eq(0)]
        expired = (state == S.WAIT) & strobe & (us + 1 >= self.wait_timeout_us)

        def enter_retrain(m):
            # Count the entry; the threshold-th goes to ERROR.
            with m.If(np_ + 1 >= self.num_phy_reinit_threshold):
                m.d.sync += [np_.eq(0), state.eq(S.ERROR)]
                m.d.comb += self.retry_error.eq(1)
            with m.Else():
                m.d.sync += [np_.eq(np_ + 1), state.eq(S.RETRAIN)]
                m.d.comb += self.retrain_req.eq(1)

        def enter_req(m):
            with m.If(nr >= self.num_retry_threshold):
                m.d.sync += nr.eq(0)
                m.d.comb += self.rollover.eq(1)
                enter_retrain(m)
            with m.Else():
                m.d.sync += [nr.eq(nr + 1), state.eq(S.REQ)]

        with m.Switch(state):
            with m.Case(S.NORMAL):
                with m.If(self.retrain_start):
                    m.d.sync += nr.eq(0)
                    enter_retrain(m)
                with m.Elif(self.blk_err):
                    enter_req(m)
            with m.Case(S.REQ):
                with m.If(self.retrain_start):
                    m.d.sync += nr.eq(0)
                    enter_retrain(m)
                with m.Elif(self.set_sent):
                    m.d.sync += state.eq(S.WAIT)
            with m.Case(S.WAIT):
                with m.If(self.retrain_start):
                    m.d.sync += nr.eq(0)
                    enter_retrain(m)
                with m.Elif(self.retry_ack):
                    m.d.sync += [state.eq(S.NORMAL), nr.eq(0), np_.eq(0)]
                with m.Elif(expired):
                    m.d.comb += self.ack_timeout.eq(1)
                    enter_req(m)
            with m.Case(S.RETRAIN):
                with m.If(self.retrain_done):
                    enter_req(m)
            with m.Case(S.ERROR):
                with m.If(self.ubfm_reset):
                    m.d.sync += [state.eq(S.NORMAL), nr.eq(0), np_.eq(0)]
        return m


class RetryAckState(enum.Enum, shape=1):
    """`Retry Ack Status[11:8]` encoding (Z Table D-133)."""
    NORMAL = 0
    ACK = 1


class RetryAckSm(wiring.Component):
    """RETRY_ACK_SM, the sender side (E4 §4.7.3.4).

    A good Retry_Req Block from the receive parser (``retry_valid`` with ``retry_type`` 1 and
    its ``retry_flit``) starts ACK, once per set. How many of a set's 32 copies make a set is
    not in the text (E4 §4.3.4.1, §4.7.3.3); OpenUB answers the first good copy and takes the
    copies after it as the rest of that set, until a new set shows itself:

    * by its Retry_Idle, which a set is sent behind (the Retry_Idle separates Retry Blocks
      from what came before them, E4 §4.3.3.4.1), or
    * by a Retry_Req whose fields (RcvPtr, NUM_PHY_REINIT, NUM_RETRY) are not the answered
      one's: the requester counts NUM_RETRY up on every set of a retry event, so the next set
      is known even with its Retry_Idle lost.

    A foreign flit inside a set (``other_flit``: a data flit or another control block, from a
    copy damaged into one or put between the copies) is damage to that set, never the start of
    a new one: the copies after it are not answered again, which would resend RcvPtr ..
    WrPtr-1 a second time to a peer that took the first answer and is back in NORMAL. Lost
    copies cost nothing. The one case this costs something: a new retry event asking from the
    same RcvPtr with the same counts as the answered set, with its Retry_Idle lost, is not
    answered; the requester's next set (NUM_RETRY + 1, after its WAIT timeout) is.

    In ACK: ``ack_set`` asks the DLLCB sender for a Retry_Ack_Set with the request's NUM_RETRY,
    the retry buffer's NumFreeBuf and WrPtr and RdPtr = the request's RcvPtr; when it is sent
    (``ack_set_done``) ``replay`` pulses to the retry buffer with ``rcv_ptr``, and when the
    buffer has resent up to WrPtr (``replaying`` falls) the state is NORMAL again. A new set in
    ACK starts ACK over, with a whole Retry_Ack_Set for it (one with the old request's fields
    already under way is finished first). ``hold`` is high in ACK: the transmitter sends
    nothing new meanwhile. ``req_rx`` pulses per set taken (the retry_req_sum counter).
    """

    def __init__(self):
        pw, cb = PTR_BITS, RETRY_COUNT_BITS
        super().__init__({
            "retry_valid": In(1), "retry_type": In(2), "retry_flit": In(160),
            "other_flit": In(1),            # unused: never a set's start (see above)
            "buf_num_free": In(pw), "buf_wr_ptr": In(pw), "replaying": In(1),
            "ack_set_done": In(1),
            "state": Out(RetryAckState), "hold": Out(1),
            "ack_set": Out(1), "ack_num_retry": Out(cb), "ack_num_free_buf": Out(pw),
            "ack_rd_ptr": Out(pw), "ack_wr_ptr": Out(pw),
            "replay": Out(1), "rcv_ptr": Out(pw), "req_rx": Out(1),
        })

    def elaborate(self, platform):
        m = Module()
        S = RetryAckState
        req = lanes_to_header(self.retry_flit, RetryReqBlock)
        armed = Signal(init=1)
        is_req = self.retry_valid & (self.retry_type == 1)
        is_idle = self.retry_valid & (self.retry_type == 0)
        ans = Signal(2 * RETRY_COUNT_BITS + PTR_BITS)       # the answered request's fields
        fields = Cat(req.num_retry, req.num_phy_reinit, req.rcv_ptr)
        trigger = is_req & (armed | (fields != ans))
        with m.If(trigger):
            m.d.sync += [armed.eq(0), ans.eq(fields)]
        with m.Elif(is_idle):
            m.d.sync += armed.eq(1)
        m.d.comb += [self.req_rx.eq(trigger), self.hold.eq(self.state == S.ACK)]

        phase = Signal(2)          # 0: sending the set, 1: start the resend, 2: resending
        # A new set while the answer to the last one is being sent: the DLLCB sender takes a
        # set's fields as it starts it, so the set under way carries the old request's; its
        # end does not end ACK's set, another one goes with the new fields.
        again = Signal()
        with m.If(trigger):
            m.d.sync += [
                self.state.eq(S.ACK), phase.eq(0), self.ack_set.eq(1),
                again.eq((self.state == S.ACK) & (phase == 0) & self.ack_set
                         & ~self.ack_set_done),
                self.rcv_ptr.eq(req.rcv_ptr), self.ack_rd_ptr.eq(req.rcv_ptr),
                self.ack_num_retry.eq(req.num_retry),
                self.ack_num_free_buf.eq(self.buf_num_free),
                self.ack_wr_ptr.eq(self.buf_wr_ptr),
            ]
        with m.Elif(self.state == S.ACK):
            with m.Switch(phase):
                with m.Case(0):
                    with m.If(self.ack_set_done & again):
                        m.d.sync += again.eq(0)
                    with m.Elif(self.ack_set_done):
                        m.d.sync += [self.ack_set.eq(0), phase.eq(1)]
                with m.Case(1):
                    m.d.comb += self.replay.eq(1)
                    m.d.sync += phase.eq(2)
                with m.Case(2):
                    with m.If(~self.replaying):
                        m.d.sync += self.state.eq(S.NORMAL)
        return m
